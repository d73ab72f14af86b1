import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { formatTranscript, indentJson, type Exchange } from '../../lib/exchange.ts';

function exchange(seq: number, overrides: Partial<Exchange> = {}): Exchange {
  return {
    seq,
    method: 'POST',
    url: 'https://scim.example.test/v2/Users',
    requestHeaders: { 'content-type': 'application/scim+json', authorization: 'Bearer [REDACTED]' },
    requestBody: '{"userName":"a@example.com"}',
    status: 201,
    responseHeaders: { 'content-type': 'application/scim+json' },
    responseBody: '{"id":"1","emails":[]}',
    durationMs: 12.4,
    attempts: 1,
    startedAt: '2025-01-01T00:00:00.000Z',
    ...overrides,
  };
}

describe('indentJson', () => {
  it('indents objects and arrays, keeping empty ones on one line', () => {
    assert.equal(indentJson('{"a":[1,{"b":{}}],"c":[]}'), '{\n  "a": [\n    1,\n    {\n      "b": {}\n    }\n  ],\n  "c": []\n}');
  });

  it('changes only white space: number literals, duplicate keys and string contents stay as sent', () => {
    const sent = '{"id":1.0,"id":"x","note":"{ not: [json] , \\"quoted\\" }","big":12345678901234567890}';
    const shown = indentJson(sent)!;
    // White space outside strings (an even number of unescaped quotes follows it) is all that was added.
    assert.equal(shown.replace(/\s+(?=(?:[^"\\]|\\.|"(?:[^"\\]|\\.)*")*$)/g, ''), sent);
    assert.match(shown, /"id": 1\.0,/);
    assert.match(shown, /"note": "\{ not: \[json\] , \\"quoted\\" \}"/);
    assert.match(shown, /"big": 12345678901234567890/);
  });

  it('leaves anything that is not JSON as it was', () => {
    assert.equal(indentJson('not found'), 'not found');
    assert.equal(indentJson('{"truncated": '), '{"truncated": ');
    assert.equal(indentJson(undefined), undefined);
    assert.equal(indentJson(''), '');
  });
});

describe('formatTranscript', () => {
  it('numbers and names each exchange, then shows it in full with readable bodies', () => {
    const text = formatTranscript([exchange(1), exchange(2, { method: 'GET', requestBody: undefined, status: undefined, transportError: 'ECONNRESET', responseBody: undefined })]);
    const [first, second] = text.split('\n\n\n');
    assert.match(first!, /^#1 {2}POST https:\/\/scim\.example\.test\/v2\/Users -> 201 \(12 ms\)\n=+\nPOST https:\/\/scim\.example\.test\/v2\/Users\n/);
    assert.match(first!, /authorization: Bearer \[REDACTED\]/);
    assert.match(first!, /\n\{\n {2}"userName": "a@example\.com"\n\}\n/);
    assert.match(first!, /HTTP 201 {2}\(12 ms\)/);
    assert.match(second!, /^#2 {2}GET .* -> no response \(ECONNRESET\)/);
    assert.match(second!, /no response: ECONNRESET$/);
  });
});
