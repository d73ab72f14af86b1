import type { Emulator } from '../../emulator/index.ts';
import { patchOp } from '../emulator/support.ts';
import { accessApi, accessScim, accessUser, addMember, allowGroup, openApp, pushGroup, pushUser, sessionCount, setScimConfig, signIn } from './support.ts';

/**
 * Small observations of the Access defects (test/emulator/defects.test.ts runs each healthy and broken).
 * Each starts from a reset emulator and returns one comparable value.
 */
export async function pushedGroupsListed(emulator: Emulator): Promise<number> {
  await pushGroup(accessScim(emulator), 'Group A');
  const reply = await accessApi(emulator).get<{ result: unknown[] }>(`/identity_providers/${emulator.access('primary').idpId}/scim/groups`);
  return reply.body.result.length;
}

/** The app's answer after a user outside group A is added to it and signs in again. */
export async function appAfterJoiningGroupA(emulator: Emulator): Promise<number> {
  const client = accessScim(emulator);
  const user = await pushUser(client);
  const group = await pushGroup(client, 'Group A');
  await allowGroup(emulator, 'Group A');
  await signIn(emulator, user.userName);
  await addMember(client, group.id, user.id);
  return openApp(emulator, await signIn(emulator, user.userName));
}

export async function sessionsAfterDeactivation(emulator: Emulator): Promise<number> {
  const client = accessScim(emulator);
  const user = await pushUser(client);
  await signIn(emulator, user.userName);
  await client.patch(`/Users/${user.id}`, patchOp({ op: 'replace', value: { active: false } }));
  return sessionCount(emulator, user.userName);
}

export async function seatAfterDeactivation(emulator: Emulator): Promise<boolean | undefined> {
  await setScimConfig(emulator, { user_deprovision: true, seat_deprovision: true });
  const client = accessScim(emulator);
  const user = await pushUser(client);
  await signIn(emulator, user.userName);
  await client.patch(`/Users/${user.id}`, patchOp({ op: 'replace', value: { active: false } }));
  return (await accessUser(emulator, user.userName))?.access_seat;
}

export function seatWithoutUserDeprovision(emulator: Emulator): Promise<number> {
  return setScimConfig(emulator, { user_deprovision: false, seat_deprovision: true });
}

export async function sessionsAfterReauthChange(emulator: Emulator): Promise<number> {
  await setScimConfig(emulator, { identity_update_behavior: 'reauth' });
  const client = accessScim(emulator);
  const user = await pushUser(client);
  await signIn(emulator, user.userName);
  await addMember(client, (await pushGroup(client, 'Group B')).id, user.id);
  return sessionCount(emulator, user.userName);
}

export async function identityGroupsAfterAutomaticChange(emulator: Emulator): Promise<number> {
  const client = accessScim(emulator);
  const user = await pushUser(client);
  await signIn(emulator, user.userName);
  await addMember(client, (await pushGroup(client, 'Group B')).id, user.id);
  const person = await accessUser(emulator, user.userName);
  const identity = await accessApi(emulator).get<{ result: { groups: unknown[] } }>(`/users/${person!.id}/last_seen_identity`);
  return identity.body.result.groups.length;
}
