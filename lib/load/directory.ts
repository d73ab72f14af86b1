import type { Vars } from '../../fixtures/idp/template.ts';

/**
 * The directory an IdP pushes, made up deterministically from the run id: N users, G groups, every
 * user in one group (round robin), then a change wave that deactivates a share of the users and
 * moves another share to the next group. What the target must hold at the end follows from it.
 */
export interface DirectoryPlan {
  users: PlannedUser[];
  groups: PlannedGroup[];
  /** Indexes into `users`. */
  deactivations: number[];
  /** A user leaving group `from` for group `to` (indexes into `groups`). */
  moves: Array<{ user: number; from: number; to: number }>;
}

export interface PlannedUser {
  vars: Vars;
  /** Index of its group after the initial sync. */
  group: number;
}

export interface PlannedGroup {
  vars: Vars;
}

export interface DirectoryShape {
  users: number;
  groups: number;
  /** Every k-th user is deactivated in the change wave (0: none). */
  deactivateEvery: number;
  /** Every k-th active user moves to the next group (0: none). */
  moveEvery: number;
}

export function planDirectory(prefix: string, shape: DirectoryShape): DirectoryPlan {
  const groups: PlannedGroup[] = Array.from({ length: shape.groups }, (_, j) => ({
    vars: { 'group.displayName': `${prefix}-group-${j}`, 'group.newDisplayName': `${prefix}-group-${j} renamed`, 'group.externalId': `${prefix}-g${j}` },
  }));
  const users: PlannedUser[] = Array.from({ length: shape.users }, (_, i) => {
    const given = `Load${i}`;
    const family = `User${i % 997}`;
    return {
      group: shape.groups === 0 ? -1 : i % shape.groups,
      vars: {
        'user.userName': `${prefix}-${i}@example.com`,
        'user.givenName': given,
        'user.familyName': family,
        'user.displayName': `${given} ${family}`,
        'user.externalId': `${prefix}-u${i}`,
        'user.newGivenName': `${given}b`,
        'user.password': `Pw-${prefix}-${i}`,
      },
    };
  });
  const deactivations: number[] = [];
  const moves: DirectoryPlan['moves'] = [];
  let active = 0;
  for (let i = 0; i < users.length; i++) {
    if (shape.deactivateEvery > 0 && i % shape.deactivateEvery === shape.deactivateEvery - 1) {
      deactivations.push(i);
      continue;
    }
    active++;
    if (shape.groups > 1 && shape.moveEvery > 0 && active % shape.moveEvery === 0) {
      const from = users[i]!.group;
      moves.push({ user: i, from, to: (from + 1) % shape.groups });
    }
  }
  return { users, groups, deactivations, moves };
}
