import assert from 'node:assert/strict';
import { test } from 'node:test';
import { backoffDelayMs, isIdempotent, retryDelayMs, serverDelayMs, type RetryOptions } from '../../lib/client/retry-policy.ts';

const NOW = Date.parse('2025-01-01T00:00:00Z');
const POLICY: RetryOptions = { maxRetries: 3, maxDelayMs: 5000, baseDelayMs: 200 };

test('Retry-After in seconds is a delay', () => {
  assert.equal(serverDelayMs({ 'retry-after': '2' }, NOW), 2000);
});

test('Retry-After as an HTTP-date is the time until then', () => {
  assert.equal(serverDelayMs({ 'retry-after': 'Wed, 01 Jan 2025 00:00:03 GMT' }, NOW), 3000);
  assert.equal(serverDelayMs({ 'retry-after': 'Tue, 31 Dec 2024 23:59:00 GMT' }, NOW), 0, 'a date in the past means now');
});

test('X-RateLimit-Reset counts when Retry-After is absent, as seconds or as a Unix time', () => {
  assert.equal(serverDelayMs({ 'x-ratelimit-reset': '4' }, NOW), 4000);
  assert.equal(serverDelayMs({ 'x-ratelimit-reset': String(NOW / 1000 + 7) }, NOW), 7000);
  assert.equal(serverDelayMs({ 'retry-after': '1', 'x-ratelimit-reset': '4' }, NOW), 1000);
});

test('an unusable hint is no hint', () => {
  assert.equal(serverDelayMs({ 'retry-after': 'soon' }, NOW), undefined);
  assert.equal(serverDelayMs({}, NOW), undefined);
});

test('a server hint is capped by maxDelayMs', () => {
  assert.equal(retryDelayMs(1, { 'retry-after': '3600' }, POLICY), 5000);
});

test('backoff doubles per retry, with jitter between half and all of the step', () => {
  assert.equal(backoffDelayMs(1, POLICY, () => 0), 100);
  assert.equal(backoffDelayMs(1, POLICY, () => 1), 200);
  assert.equal(backoffDelayMs(3, POLICY, () => 1), 800);
  assert.equal(backoffDelayMs(10, POLICY, () => 1), 5000, 'capped by maxDelayMs');
});

test('only methods that are safe to replay count as idempotent', () => {
  assert.deepEqual(
    ['GET', 'head', 'PUT', 'DELETE', 'OPTIONS', 'POST', 'PATCH'].map(isIdempotent),
    [true, true, true, true, true, false, false],
  );
});
