import { URN } from '../../lib/scim-uris.ts';
import type { EmulatorResponse } from '../http/types.ts';
import { legacyGroupName } from '../store/system-groups.ts';
import type { ScimContext } from './context.ts';
import { planFilter } from './filters.ts';
import { draftFromResource, readGroupBody } from './group-input.ts';
import { applyGroupPatch } from './group-patch.ts';
import { findGroup, renderGroup, type GroupTarget } from './group-resource.ts';
import { commitGroup, createCustomGroup, draftOf } from './group-writes.ts';
import { arraySource, concatSources, listResources, type Sliceable } from './list.ts';
import { checkIfMatch, resourceHeaders } from './meta.ts';
import { project } from './projection.ts';
import { methodNotAllowed, ScimFailure, scimJson, scimNoContent } from './responses.ts';
import { applyPatch, GROUP_RESOURCE_SCHEMA } from './rfc-engine.ts';

/** /Groups and /Groups/{id} (CLOUDFLARE.md A3, A5.7-A5.13, A6; RFC 7644 §3.3-§3.6). */
export function groups(ctx: ScimContext, id: string | undefined): EmulatorResponse {
  if (id === undefined) {
    if (ctx.req.method === 'GET') return listGroups(ctx);
    if (ctx.req.method === 'POST') return postGroup(ctx);
    throw methodNotAllowed('GET, POST');
  }
  switch (ctx.req.method) {
    case 'GET':
      return groupResponse(ctx, 200, findGroup(ctx, id));
    case 'PATCH':
      return patchGroup(ctx, findGroup(ctx, id));
    case 'PUT':
      if (!ctx.knobs.groupPut) throw methodNotAllowed('GET, PATCH, DELETE');
      return putGroup(ctx, findGroup(ctx, id));
    case 'DELETE':
      return deleteGroup(ctx, findGroup(ctx, id));
    default:
      throw methodNotAllowed(ctx.knobs.groupPut ? 'GET, PATCH, PUT, DELETE' : 'GET, PATCH, DELETE');
  }
}

function groupResponse(ctx: ScimContext, status: number, target: GroupTarget): EmulatorResponse {
  const resource = project(ctx, renderGroup(ctx, target, 'item'), GROUP_RESOURCE_SCHEMA);
  return scimJson(status, resource, resourceHeaders(ctx, 'Groups', target.group, status === 201));
}

/** System groups first, then custom groups, each in creation order (A3: both are listed). */
function listGroups(ctx: ScimContext): EmulatorResponse {
  const plan = planFilter(ctx, ctx.req.query.get('filter'), { attribute: 'displayName', coreSchema: URN.group, schema: GROUP_RESOURCE_SCHEMA });
  const system: Sliceable<GroupTarget> = arraySource(ctx.account.systemGroups.list.map((group) => ({ kind: 'system', group }) as const));
  const store = ctx.state.groups;
  const custom: Sliceable<GroupTarget> = { size: store.size, page: (offset, count) => store.page(offset, count).map((group) => ({ kind: 'custom', group }) as const) };
  return listResources(
    ctx,
    { items: concatSources(system, custom), render: (target) => renderGroup(ctx, target, 'list'), lookup: (name) => lookupByName(ctx, name), schema: GROUP_RESOURCE_SCHEMA },
    plan,
  );
}

function lookupByName(ctx: ScimContext, displayName: string): GroupTarget | undefined {
  const system = ctx.account.systemGroups.findByDisplayName(displayName);
  if (system !== undefined) return { kind: 'system', group: system };
  const custom = ctx.state.groups.findByDisplayName(displayName);
  return custom === undefined ? undefined : { kind: 'custom', group: custom };
}

function postGroup(ctx: ScimContext): EmulatorResponse {
  const draft = readGroupBody(ctx, ctx.body);
  if (ctx.knobs.groupModel !== 'legacy-virtual-groups') return groupResponse(ctx, 201, { kind: 'custom', group: createCustomGroup(ctx, draft) });
  // A6: only the exact name of an account-scoped role binds, to that role's virtual group; its
  // members get the role. Everything else was "not supported" ([INF] 400 invalidValue).
  const system = ctx.account.systemGroups.bindLegacyName(draft.displayName);
  if (system === undefined) {
    const pattern = legacyGroupName(ctx.account.info.id, '<Role Name>');
    throw new ScimFailure(400, `Custom groups are not supported: displayName must be exactly "${pattern}" for an account-scoped role`, 'invalidValue');
  }
  const target: GroupTarget = { kind: 'system', group: system };
  const current = draftOf(ctx, target);
  for (const id of draft.members) current.members.add(id);
  commitGroup(ctx, target, current, 'Create SCIM Group');
  return groupResponse(ctx, 201, target);
}

function patchGroup(ctx: ScimContext, target: GroupTarget): EmulatorResponse {
  checkIfMatch(ctx, target.group);
  let draft = draftOf(ctx, target);
  if (ctx.knobs.groupModel === 'plain') {
    draft = draftFromResource(ctx, applyPatch(renderGroup(ctx, target, 'item'), ctx.body, GROUP_RESOURCE_SCHEMA));
  } else {
    applyGroupPatch(ctx, draft, ctx.body);
  }
  commitGroup(ctx, target, draft, 'Update SCIM Group');
  return groupResponse(ctx, 200, target);
}

/** Full-state replace of displayName, externalId and members (A5.12, [INF] RFC 7644 §3.5.1 semantics). */
function putGroup(ctx: ScimContext, target: GroupTarget): EmulatorResponse {
  checkIfMatch(ctx, target.group);
  commitGroup(ctx, target, readGroupBody(ctx, ctx.body), 'Update SCIM Group');
  return groupResponse(ctx, 200, target);
}

function deleteGroup(ctx: ScimContext, target: GroupTarget): EmulatorResponse {
  if (target.kind === 'system') throw new ScimFailure(400, `Group ${target.group.id} is a system group and cannot be deleted`, 'mutability');
  checkIfMatch(ctx, target.group);
  ctx.state.groups.remove(target.group);
  ctx.state.audit.record('Delete SCIM Group', 'Group', target.group.id);
  return scimNoContent();
}
