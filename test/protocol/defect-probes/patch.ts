import type { Emulator } from '../../../emulator/index.ts';
import { createGroup, createUser, patchOp, scim, type Client, type GroupBody, type UserBody } from '../../emulator/support.ts';
import { get, reference, type In, type Json, type Probe } from './probe.ts';

/** Probes of the PATCH defects: a user (or group) patched, then read back. */
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const WORK = { value: '+1 555 0100', type: 'work' };
const HOME = { value: '+1 555 0101', type: 'home' };

type Account = 'primary' | 'reference';

async function patchedUser(emulator: Emulator, account: Account, setup: Json, operations: Json[]): Promise<{ status: number; answer: unknown; read: Json }> {
  const client = account === 'reference' ? reference(emulator) : scim(emulator);
  const user = await createUser(client, setup);
  const reply = await client.patch(`/Users/${user.id}`, patchOp(...operations));
  return { status: reply.status, answer: reply.body, read: (await client.get<Json>(`/Users/${user.id}`)).body };
}

function user(account: Account, setup: Json, operations: Json[], read: (result: { status: number; answer: unknown; read: Json }) => unknown, healthy: unknown, broken: unknown): Probe {
  return { run: async (_c, e) => read(await patchedUser(e, account, setup, operations)), healthy, broken };
}

const at = (path: string) => (r: { read: Json }) => get(r.read, path);
const status = (r: { status: number }) => r.status;
const department = (r: { read: Json }) => (r.read[ENTERPRISE] as Json | undefined)?.department;
const phones = (r: { read: Json }) => ((r.read.phoneNumbers as Json[] | undefined) ?? []).length;

async function patchedGroupMembers(client: Client, members: number, operations: (ids: string[]) => Json[]): Promise<number | undefined> {
  const users: UserBody[] = [];
  for (let i = 0; i < 3; i++) users.push(await createUser(client));
  const ids = users.map((u) => u.id);
  const group = await createGroup(client, 'Team', ids.slice(0, members));
  await client.patch(`/Groups/${group.id}`, patchOp(...operations(ids)));
  return (await client.get<GroupBody>(`/Groups/${group.id}`)).body.members?.length;
}

export const PATCH_PROBES: Record<In<'patch'>, Probe> = {
  'patch/replace/simple-attribute': user('reference', {}, [{ op: 'replace', path: 'displayName', value: 'Replaced' }], at('displayName'), 'Replaced', undefined),
  'patch/replace/sub-attribute': user('primary', {}, [{ op: 'replace', path: 'name.givenName', value: 'Adeline' }], at('name.givenName'), 'Adeline', 'Ada'),
  'patch/replace/complex-merge': user('reference', {}, [{ op: 'replace', path: 'name', value: { givenName: 'Grace' } }], (r) => get(r.read, 'name.familyName') !== undefined, true, false),
  'patch/replace/pathless': user('primary', {}, [{ op: 'replace', value: { name: { givenName: 'Pathless' } } }], at('name.givenName'), 'Pathless', 'Ada'),
  'patch/replace/multi-valued-all': user('reference', { phoneNumbers: [WORK, HOME] }, [{ op: 'replace', path: 'phoneNumbers', value: [{ value: '+1 555 0199', type: 'mobile' }] }], phones, 1, 3),
  'patch/replace/value-filter': user('reference', { phoneNumbers: [WORK, HOME] }, [{ op: 'replace', path: 'phoneNumbers[type eq "work"].value', value: '+1 555 0177' }], (r) => (r.read.phoneNumbers as Json[]).map((p) => p.value), ['+1 555 0177', '+1 555 0101'], ['+1 555 0177', '+1 555 0177']),
  'patch/replace/filter-no-match': user('reference', { phoneNumbers: [WORK] }, [{ op: 'replace', path: 'phoneNumbers[type eq "pager"]', value: { value: '+1 555 0166', type: 'pager' } }], status, 400, 200),
  'patch/replace/unassigned-adds': user('reference', {}, [{ op: 'replace', path: 'nickName', value: 'Ace' }], at('nickName'), 'Ace', undefined),
  'patch/add/simple-attribute': user('reference', {}, [{ op: 'add', path: 'nickName', value: 'Ace' }], at('nickName'), 'Ace', undefined),
  'patch/add/multi-valued-appends': user('reference', { phoneNumbers: [WORK] }, [{ op: 'add', path: 'phoneNumbers', value: [HOME] }], phones, 2, 1),
  'patch/add/existing-value-not-duplicated': user('reference', { phoneNumbers: [WORK] }, [{ op: 'add', path: 'phoneNumbers', value: [WORK] }], phones, 1, 2),
  'patch/add/complex-merge': user('reference', {}, [{ op: 'add', path: 'name', value: { middleName: 'Augusta' } }], at('name.givenName'), 'Ada', undefined),
  'patch/add/pathless': user('reference', {}, [{ op: 'add', value: { nickName: 'Ace', title: 'Analyst' } }], (r) => [get(r.read, 'nickName'), get(r.read, 'title')], ['Ace', 'Analyst'], ['Ace', undefined]),
  'patch/remove/simple-attribute': user('reference', { title: 'Analyst' }, [{ op: 'remove', path: 'title' }], at('title'), undefined, 'Analyst'),
  'patch/remove/sub-attribute': user('reference', {}, [{ op: 'remove', path: 'name.givenName' }], at('name.givenName'), undefined, 'Ada'),
  'patch/remove/multi-valued-all': user('reference', { phoneNumbers: [WORK, HOME] }, [{ op: 'remove', path: 'phoneNumbers' }], phones, 0, 1),
  'patch/remove/value-filter': user('reference', { phoneNumbers: [WORK, HOME] }, [{ op: 'remove', path: 'phoneNumbers[type eq "home"]' }], phones, 1, 0),
  'patch/extension/urn-path': user('reference', {}, [{ op: 'replace', path: `${ENTERPRISE}:department`, value: 'Research' }], department, 'Research', undefined),
  'patch/extension/pathless-urn-key': user('reference', {}, [{ op: 'replace', value: { [ENTERPRISE]: { department: 'Sales' } } }], department, 'Sales', undefined),
  'patch/multi-valued/primary-exclusive': user('reference', { phoneNumbers: [{ ...WORK, primary: true }] }, [{ op: 'add', path: 'phoneNumbers', value: [{ ...HOME, primary: true }] }], (r) => (r.read.phoneNumbers as Json[]).filter((p) => p.primary === true).length, 1, 2),
  'patch/order/sequential': user('primary', {}, [{ op: 'replace', path: 'name.givenName', value: 'First' }, { op: 'replace', path: 'name.givenName', value: 'Second' }], at('name.givenName'), 'Second', 'First'),
  'patch/atomic/unchanged-on-failure': user('primary', {}, [{ op: 'replace', path: 'name.givenName', value: 'Changed' }, { op: 'replace', path: 'active', value: 'maybe' }], at('name.givenName'), 'Ada', 'Changed'),
  'patch/response/updated-resource': user('primary', {}, [{ op: 'replace', path: 'name.givenName', value: 'Responded' }], (r) => get(r.answer, 'name.givenName'), 'Responded', 'Ada'),
  'patch/errors/invalid-path': user('reference', {}, [{ op: 'replace', path: 'noSuchAttribute', value: 'x' }], status, 400, 200),
  'patch/errors/read-only-mutability': user('reference', {}, [{ op: 'replace', path: 'id', value: 'client-chosen' }], status, 400, 200),
  'patch/errors/remove-without-path': user('reference', {}, [{ op: 'remove' }], status, 400, 200),
  'patch/errors/unknown-op': user('primary', {}, [{ op: 'copy', path: 'name.givenName', value: 'Copied' }], status, 400, 200),
  'patch/errors/invalid-value-type': user('primary', {}, [{ op: 'replace', path: 'active', value: 'maybe' }], status, 400, 200),
  'patch/groups/add-member': { run: (c) => patchedGroupMembers(c, 1, (ids) => [{ op: 'add', path: 'members', value: [{ value: ids[1] }] }]), healthy: 2, broken: 1 },
  'patch/groups/remove-member-filter': { run: (c) => patchedGroupMembers(c, 2, (ids) => [{ op: 'remove', path: `members[value eq "${ids[0]}"]` }]), healthy: 1, broken: 0 },
  'patch/groups/replace-members': { run: (c) => patchedGroupMembers(c, 2, (ids) => [{ op: 'replace', path: 'members', value: [{ value: ids[2] }] }]), healthy: 1, broken: 3 },
  'patch/groups/replace-display-name': {
    run: async (c) => {
      const group = await createGroup(c, 'Team');
      await c.patch(`/Groups/${group.id}`, patchOp({ op: 'replace', path: 'displayName', value: 'Renamed' }));
      return (await c.get<GroupBody>(`/Groups/${group.id}`)).body.displayName;
    },
    healthy: 'Renamed',
    broken: 'Team',
  },
  'patch/groups/remove-all-members': { run: (c) => patchedGroupMembers(c, 2, () => [{ op: 'remove', path: 'members' }]), healthy: 0, broken: 1 },
};
