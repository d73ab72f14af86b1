import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fill, fillValue } from '../../fixtures/idp/template.ts';
import { readPath } from '../../fixtures/idp/json-path.ts';

describe('IdP request templates', () => {
  const vars = { 'user.userName': 'a b@example.com', 'user.id': 'u1', flag: true };

  it('encodes a placeholder the way each IdP does', () => {
    assert.equal(fill('filter=userName%20eq%20%22{{user.userName|uri}}%22', vars), 'filter=userName%20eq%20%22a%20b%40example.com%22');
    assert.equal(fill('filter=userName+eq+%22{{user.userName|form}}%22', vars), 'filter=userName+eq+%22a+b%40example.com%22');
    assert.equal(fill('/Users/{{ user.id }}', vars), '/Users/u1');
  });

  it('keeps the type of a value that is a whole placeholder', () => {
    assert.deepEqual(fillValue({ active: '{{flag}}', members: [{ value: '{{user.id}}' }], n: 1 }, vars), { active: true, members: [{ value: 'u1' }], n: 1 });
  });

  it('names the placeholder that has no value', () => {
    assert.throws(() => fill('{{user.nope}}', vars), /\{\{user\.nope\}\} has no value; known: flag, user\.id, user\.userName/);
  });

  it('reads paths case-insensitively, through arrays by index', () => {
    const body = { Resources: [{ Name: { givenName: 'Jane' } }] };
    assert.equal(readPath(body, 'resources.0.name.GIVENNAME'), 'Jane');
    assert.equal(readPath(body, 'Resources.1.name'), undefined);
  });
});
