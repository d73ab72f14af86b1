import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ExchangeLog } from '../../lib/client/index.ts';
import type { Exchange } from '../../lib/exchange.ts';

function exchange(url: string): Exchange {
  const ex = { seq: 0, method: 'GET', url, requestHeaders: {}, requestBody: undefined, status: 200 };
  return { ...ex, responseHeaders: {}, responseBody: '', durationMs: 1, attempts: 1, startedAt: new Date(0).toISOString() };
}

test('exchanges are numbered from 1 in the order they are added', () => {
  const log = new ExchangeLog();
  log.add(exchange('/a'));
  log.add(exchange('/b'));

  assert.deepEqual(log.all().map((ex) => ex.seq), [1, 2]);
  assert.equal(log.last()?.url, '/b');
});

test('since(seq) returns what came after that exchange, also across clear()', () => {
  const log = new ExchangeLog();
  log.add(exchange('/a'));
  const mark = log.last()?.seq ?? 0;
  log.add(exchange('/b'));
  log.add(exchange('/c'));

  assert.deepEqual(log.since(mark).map((ex) => ex.url), ['/b', '/c']);

  log.clear();
  assert.equal(log.last(), undefined);
  log.add(exchange('/d'));
  assert.equal(log.last()?.seq, 4, 'numbering continues after clear()');
  assert.deepEqual(log.since(mark).map((ex) => ex.url), ['/d']);
  assert.deepEqual(log.since(3).map((ex) => ex.url), ['/d']);
});
