import { URN } from '../../lib/scim-uris.ts';
import type { ScimContext } from './context.ts';
import { memberValues } from './group-patch.ts';
import type { GroupDraft } from './group-writes.ts';
import { ScimFailure } from './responses.ts';
import { field, requireObject, requireSchema, text, withoutKeys, type JsonObject } from './values.ts';

/**
 * POST and PUT bodies of a Group. Unknown schema URIs (Entra's ADSCIM, IDP-SHAPES 3.10.8), `meta`
 * and `id` are tolerated; presets that store full resources keep the other attributes as written.
 */
const KEPT_AS_FIELDS = ['id', 'meta', 'members', 'displayName', 'externalId'];

export function readGroupBody(ctx: ScimContext, body: unknown): GroupDraft {
  const object = requireObject(body, 'The Group');
  requireSchema(object, URN.group);
  return draftFromResource(ctx, object);
}

/** Also reads back a group the RFC engine patched. */
export function draftFromResource(ctx: ScimContext, resource: JsonObject): GroupDraft {
  const displayName = text(field(resource, 'displayName'));
  if (displayName === undefined) throw new ScimFailure(400, 'displayName is required and must be a non-empty string', 'invalidValue');
  return {
    displayName,
    externalId: text(field(resource, 'externalId')),
    members: new Set(memberValues(field(resource, 'members'))),
    attributes: ctx.knobs.attributeStorage === 'full' ? withoutKeys(resource, KEPT_AS_FIELDS) : undefined,
  };
}
