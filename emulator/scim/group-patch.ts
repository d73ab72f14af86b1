import { URN } from '../../lib/scim-uris.ts';
import type { ScimContext } from './context.ts';
import type { GroupDraft } from './group-writes.ts';
import { ScimFailure } from './responses.ts';
import { operationName, patchOperations } from './patch-op.ts';
import { field, isObject, text, unqualify } from './values.ts';

/**
 * PATCH /Groups/{id} the Cloudflare way (CLOUDFLARE.md A4 PatchOp Group) with the IdP shapes it
 * must take (IDP-SHAPES 2.11, 3.10, 4.10): ops in any case; paths `members`,
 * `members[value eq "x"]`, `displayName`, `externalId`; a path-less value object (its `id`,
 * `schemas` and `meta` ignored); `remove` of `members` with a value array removes exactly those,
 * without a value removes all; `$ref: null` and `display` inside members are tolerated.
 */
const MEMBER_FILTER = /^members\[\s*value\s+eq\s+"([^"]*)"\s*\]$/i;

export function applyGroupPatch(ctx: ScimContext, draft: GroupDraft, body: unknown): void {
  for (const operation of patchOperations(body)) {
    const op = operationName(operation);
    const path = field(operation, 'path');
    const value = field(operation, 'value');
    if (path === undefined || path === null) {
      if (op === 'remove') throw new ScimFailure(400, 'A remove operation needs a "path"', 'noTarget');
      const values = isObject(value) ? value : undefined;
      if (values === undefined) throw new ScimFailure(400, `A ${op} without "path" needs an object "value"`, 'invalidSyntax');
      for (const [key, v] of Object.entries(values)) applyToPath(ctx, draft, op, key, v);
    } else if (typeof path === 'string') {
      applyToPath(ctx, draft, op, path, value);
    } else {
      throw new ScimFailure(400, `"path" must be a string, got ${JSON.stringify(path)}`, 'invalidPath');
    }
  }
}

function applyToPath(ctx: ScimContext, draft: GroupDraft, op: 'add' | 'remove' | 'replace', rawPath: string, value: unknown): void {
  const path = unqualify(rawPath, URN.group);
  const filtered = MEMBER_FILTER.exec(path);
  if (filtered !== null) {
    const id = filtered[1]!;
    if (op === 'remove') draft.members.delete(id);
    else addMembers(ctx, draft, [id]);
    return;
  }
  switch (path.toLowerCase()) {
    case 'members':
      if (op === 'add') addMembers(ctx, draft, memberValues(value));
      else if (op === 'replace') draft.members = new Set(memberValues(value));
      else if (value === undefined || value === null) draft.members.clear();
      else for (const id of memberValues(value)) draft.members.delete(id);
      return;
    case 'displayname': {
      const name = op === 'remove' ? undefined : text(value);
      if (name === undefined) throw new ScimFailure(400, 'displayName is required and must be a non-empty string', 'invalidValue');
      draft.displayName = name;
      return;
    }
    case 'externalid':
      draft.externalId = op === 'remove' ? undefined : text(value);
      return;
    default:
      // id, schemas, meta inside a path-less value (Authentik, Okta), and attributes the group does not have.
      return;
  }
}

/** Member values: `[{value}]`, a single `{value}`, or bare id strings; other keys ($ref, display) are ignored. */
export function memberValues(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  const items = Array.isArray(value) ? value : [value];
  return items.map((item, i) => {
    const id = isObject(item) ? text(field(item, 'value')) : text(item);
    if (id === undefined) throw new ScimFailure(400, `Member ${i + 1} needs a "value" with a user id`, 'invalidValue');
    return id;
  });
}

/** Re-adding a member is idempotent unless the preset answers 409 (A5.11 knob). */
function addMembers(ctx: ScimContext, draft: GroupDraft, ids: readonly string[]): void {
  for (const id of ids) {
    if (draft.members.has(id) && ctx.knobs.duplicateMemberAdd === 'conflict') {
      throw new ScimFailure(409, `${id} is already a member of this group`, 'uniqueness');
    }
    draft.members.add(id);
  }
}
