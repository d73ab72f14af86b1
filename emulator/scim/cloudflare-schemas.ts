import type { AttributeDefinition, SchemaDefinition } from '../rfc/index.ts';
import { GROUP_SCHEMA, USER_SCHEMA } from '../rfc/index.ts';

/**
 * What the Cloudflare presets advertise in /Schemas: the RFC 7643 definitions narrowed to the
 * attributes CLOUDFLARE.md A4 lists for iamScimUser and iamScimGroup. The real attribute lists are
 * [UNK] (A4: "should be captured from the sandbox"); advertising what the API keeps lets clients, and
 * the harness, tell a supported attribute from one that is silently dropped. [INF]
 */
function pick(schema: SchemaDefinition, keep: Readonly<Record<string, true | readonly string[]>>, override: Readonly<Record<string, Partial<AttributeDefinition>>> = {}): SchemaDefinition {
  const attributes = schema.attributes
    .filter((a) => Object.hasOwn(keep, a.name))
    .map((a) => {
      const subs = keep[a.name];
      const narrowed = Array.isArray(subs) && a.subAttributes !== undefined ? { ...a, subAttributes: a.subAttributes.filter((s) => subs.includes(s.name)) } : a;
      return { ...narrowed, ...override[a.name] } as AttributeDefinition;
    });
  return { ...schema, attributes };
}

function formattedReadOnly(schema: SchemaDefinition): SchemaDefinition {
  const readOnly = (sub: AttributeDefinition): AttributeDefinition => (sub.name === 'formatted' ? { ...sub, mutability: 'readOnly' } : sub);
  return { ...schema, attributes: schema.attributes.map((a) => (a.name === 'name' ? { ...a, subAttributes: a.subAttributes?.map(readOnly) } : a)) as AttributeDefinition[] };
}

/** A4: `name.formatted` is read-only, and `groups` is an array of plain group id strings, read-only. */
export const CLOUDFLARE_USER_SCHEMA: SchemaDefinition = formattedReadOnly(pick(
  USER_SCHEMA,
  { id: true, externalId: true, meta: true, userName: true, name: ['givenName', 'familyName', 'formatted'], displayName: true, active: true, emails: true, groups: true },
  {
    groups: { type: 'string', multiValued: true, mutability: 'readOnly', description: 'Ids of the groups the User belongs to, as plain strings (CLOUDFLARE.md A4).', subAttributes: undefined },
  },
));

export const CLOUDFLARE_GROUP_SCHEMA: SchemaDefinition = pick(GROUP_SCHEMA, { id: true, externalId: true, meta: true, displayName: true, members: ['value', 'display'] });

