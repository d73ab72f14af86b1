import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { echoedBody } from '../../fixtures/idp/body-echo.ts';
import { captured } from '../../fixtures/idp/captures.ts';
import { holds } from '../../fixtures/idp/conditions.ts';
import { viewOf, writeBack } from '../../fixtures/idp/scoped-vars.ts';

describe('IdP replay engine parts', () => {
  it('shows a step one namespace under another name, and writes its captures back there', () => {
    const vars = { 'user.id': 'u1', 'other.id': 'u2', 'other.userName': 'b@example.com', 'group.id': 'g1' };
    const view = viewOf(vars, { user: 'other' });
    assert.deepEqual(view, { 'user.id': 'u2', 'user.userName': 'b@example.com', 'other.id': 'u2', 'other.userName': 'b@example.com', 'group.id': 'g1' });
    view['user.id'] = 'u3';
    view['group.id'] = 'g2';
    writeBack(vars, view, { user: 'other' });
    assert.deepEqual(vars, { 'user.id': 'u1', 'other.id': 'u3', 'other.userName': 'b@example.com', 'group.id': 'g2' });
  });

  it('echoes the server representation with attributes set, matching names case-insensitively', () => {
    const server = { id: 'u1', Name: { givenName: 'Jane' }, active: true, meta: { resourceType: 'User' } };
    const body = echoedBody({ echo: 'user.resource', set: { 'name.givenName': '{{new}}', active: false } }, { 'user.resource': server, new: 'Joan' });
    assert.deepEqual(body, { id: 'u1', Name: { givenName: 'Joan' }, active: false, meta: { resourceType: 'User' } });
    assert.equal(server.Name.givenName, 'Jane', 'the captured representation is not changed');
    assert.throws(() => echoedBody({ echo: 'user.resource' }, {}), /holds no JSON object/);
  });

  it('takes a branch on the previous status or on a captured value', () => {
    assert.equal(holds(undefined, undefined, {}), true);
    assert.equal(holds({ status: [409] }, 409, {}), true);
    assert.equal(holds({ status: [409] }, 201, {}), false);
    assert.equal(holds({ status: [409] }, undefined, {}), false);
    assert.equal(holds({ var: 'spc.patch', equals: true }, 200, { 'spc.patch': true }), true);
    assert.equal(holds({ var: 'spc.patch', notEquals: true }, 200, {}), true, 'an SPC without patch.supported means no PATCH');
  });

  it('captures a path, the whole body, or the first list item that matches', () => {
    const body = { Resources: [{ id: 'a', displayName: 'Ops' }, { id: 'b', displayName: 'Engineering' }] };
    assert.equal(captured(body, 'Resources.1.id', {}), 'b');
    assert.equal(captured(body, '$', {}), body);
    assert.equal(captured(body, { in: 'Resources', where: { displayName: '{{name}}' }, take: 'id' }, { name: 'Engineering' }), 'b');
    assert.equal(captured(body, { in: 'Resources', where: { displayName: 'Nope' }, take: 'id' }, {}), undefined);
  });
});
