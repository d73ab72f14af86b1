import { URN } from '../../lib/scim-uris.ts';
import type { EmulatorResponse } from '../http/types.ts';
import { ROLES } from '../roles.ts';
import { legacyGroupName, type SystemGroup } from '../store/system-groups.ts';
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
import { misreadGroupPatch, refuseShape } from './shape-defects.ts';

/** /Groups and /Groups/{id} (CLOUDFLARE.md A3, A5.7-A5.13, A6; RFC 7644 §3.3-§3.6). */
export function groups(ctx: ScimContext, id: string | undefined): EmulatorResponse {
  refuseShape(ctx, 'Groups');
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
  if (status === 201 && ctx.defects.has('idp/create-group')) delete resource.id;
  // Entra and Okta compare the name they read back with the one they pushed (IDP-SHAPES.md §3.10.15).
  if (ctx.req.method === 'GET' && ctx.defects.has('idp/find-group') && typeof resource.displayName === 'string') resource.displayName = resource.displayName.toUpperCase();
  return scimJson(status, resource, resourceHeaders(ctx, 'Groups', target.group, status === 201));
}

/** System groups first, then custom groups, each in creation order (A3: both are listed). */
function listGroups(ctx: ScimContext): EmulatorResponse {
  const plan = planFilter(ctx, ctx.req.query.get('filter'), { attribute: 'displayName', coreSchema: URN.group, schema: GROUP_RESOURCE_SCHEMA });
  const system: Sliceable<GroupTarget> = arraySource(ctx.account.systemGroups.list.map((group) => ({ kind: 'system', group }) as const));
  const store = ctx.state.groups;
  const custom: Sliceable<GroupTarget> = { size: store.size, page: (offset, count) => store.page(offset, count).map((group) => ({ kind: 'custom', group }) as const) };
  const all = concatSources(system, custom);
  // Okta links groups from its cached list page (IDP-SHAPES.md §2.7); this defect empties every page.
  const items: Sliceable<GroupTarget> = plan.kind === 'none' && ctx.defects.has('idp/link-group~okta-list-empty') ? { size: all.size, page: () => [] } : all;
  const lookup = (name: string): GroupTarget | undefined => (ctx.defects.has('idp/link-group') ? undefined : lookupByName(ctx, name));
  return listResources(ctx, { items, render: (target) => renderGroup(ctx, target, 'list'), lookup, schema: GROUP_RESOURCE_SCHEMA }, plan);
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
  const system = legacyBinding(ctx, draft.displayName);
  if (system === undefined) {
    const domainRole = ctx.defects.has('cloudflare/legacy/account-scoped-roles-only') ? ROLES.find((r) => r.scope === 'domain' && legacyGroupName(ctx.account.info.id, r.name) === draft.displayName) : undefined;
    if (domainRole !== undefined) {
      const group = createCustomGroup(ctx, draft);
      for (const id of draft.members) ctx.state.users.grant(ctx.state.users.get(id)!, domainRole.id);
      return groupResponse(ctx, 201, { kind: 'custom', group });
    }
    const pattern = legacyGroupName(ctx.account.info.id, '<Role Name>');
    throw new ScimFailure(400, `Custom groups are not supported: displayName must be exactly "${pattern}" for an account-scoped role`, 'invalidValue');
  }
  const target: GroupTarget = { kind: 'system', group: system };
  const current = draftOf(ctx, target);
  if (!ctx.defects.has('cloudflare/legacy/exact-name-binds-role')) for (const id of draft.members) current.members.add(id);
  commitGroup(ctx, target, current, 'Create SCIM Group');
  return groupResponse(ctx, 201, target);
}

/** The legacy exact-name binding (A6), as the binding defects loosen or break it. */
function legacyBinding(ctx: ScimContext, displayName: string): SystemGroup | undefined {
  if (ctx.defects.has('idp/link-group')) return undefined;
  const exact = ctx.account.systemGroups.bindLegacyName(displayName);
  if (exact !== undefined || !ctx.defects.has('cloudflare/legacy/near-miss-binds-nothing')) return exact;
  const roleName = /^cf-[0-9a-f]{32}\s*-\s*(.+?)\s*$/i.exec(displayName)?.[1]?.toLowerCase();
  return ctx.account.systemGroups.list.find((g) => g.role.name.toLowerCase() === roleName);
}

function patchGroup(ctx: ScimContext, target: GroupTarget): EmulatorResponse {
  checkIfMatch(ctx, target.group);
  let draft = draftOf(ctx, target);
  const body = misreadGroupPatch(ctx);
  if (ctx.knobs.groupModel === 'plain') {
    draft = draftFromResource(ctx, applyPatch(renderGroup(ctx, target, 'item'), body, GROUP_RESOURCE_SCHEMA));
  } else {
    applyGroupPatch(ctx, draft, body);
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
  if (target.kind === 'system') {
    if (ctx.defects.has('cloudflare/user-groups/system-groups-members-only')) return scimNoContent();
    throw new ScimFailure(400, `Group ${target.group.id} is a system group and cannot be deleted`, 'mutability');
  }
  checkIfMatch(ctx, target.group);
  if (ctx.defects.has('idp/delete-group')) return scimNoContent();
  if (ctx.defects.has('cloudflare/group-membership-keeps-account-membership')) {
    for (const id of [...target.group.members]) {
      const user = ctx.state.users.get(id);
      if (user !== undefined) ctx.state.deprovisionUser(user);
    }
  }
  ctx.state.groups.remove(target.group);
  ctx.state.audit.record('Delete SCIM Group', 'Group', target.group.id);
  return scimNoContent();
}
