import { conformance, evidence } from '../../fixtures/index.ts';
import { failCheck } from '../../fixtures/verdicts.ts';
import type { ScimClient, ScimResponse } from '../../lib/client/index.ts';
import { URN } from '../../lib/scim-uris.ts';

/** What an implementation's internals look like when they leak into an answer (RFC 7644 §7). */
const INTERNALS: ReadonlyArray<readonly [string, RegExp]> = [
  ['a JavaScript stack frame', /\bat [\w$.<>[\] ]+ \(?[^()\s]*:\d+:\d+\)?/],
  ['a JavaScript stack frame', /\bat JSON\.parse\b/],
  ['a source file and line', /\.(?:ts|js|mjs|py|java|rb|go|php|cs|kt):\d+/],
  ['a Python traceback', /Traceback \(most recent call last\)/],
  ['a Java exception', /\b(?:java|javax|org\.springframework)\.[\w.]+(?:Exception|Error)\b|Exception in thread/],
  ['a Go panic', /goroutine \d+ \[/],
  ['a server file path', /node_modules|site-packages|\/usr\/(?:lib|local|src)\/|\/home\/\w|\/var\/www|[A-Z]:\\\\/],
  ['an SQL error', /SQLSTATE|ORA-\d{5}|syntax error at or near|SQLException|You have an error in your SQL syntax/i],
];

/** Requests every SCIM endpoint refuses, each reaching a different error path. */
function provoke(scim: ScimClient): Array<Promise<ScimResponse>> {
  return [
    scim.request({ method: 'POST', path: '/Users', body: '{"schemas":["' + URN.user + '"],"userName":', headers: { 'content-type': 'application/scim+json' } }),
    scim.get('/Users/00000000-0000-0000-0000-00000000dead'),
    scim.get('/Users', { filter: 'userName eq "unterminated' }),
    scim.patch('/Users/00000000-0000-0000-0000-00000000dead', { schemas: [URN.patchOp], Operations: [{ op: 'explode' }] }),
    scim.request({ method: 'POST', path: '/Users', body: '<User/>', headers: { 'content-type': 'application/xml' } }),
  ];
}

conformance('security/errors/no-internals', 'error answers show no stack traces, paths or SQL', async ({ scim }) => {
  for (const response of await Promise.all(provoke(scim))) {
    if (response.status < 400) continue;
    const found = INTERNALS.find(([, pattern]) => pattern.test(response.text));
    if (found !== undefined) {
      failCheck(`Expected the ${response.status} of ${response.exchange.method} ${response.exchange.url} to describe the problem without internals, but its body contains ${found[0]}.${evidence(response)}`);
    }
  }
});
