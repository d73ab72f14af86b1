import { URN } from '../../../lib/scim-uris.ts';
import type { SchemaDefinition } from '../types.ts';
import { COMMON_ATTRIBUTES } from './common.ts';
import { attribute, complex } from './define.ts';

/**
 * RFC 7643 §4.2 and §8.7.1: the core Group schema. §4.2 makes displayName REQUIRED (the §8.7.1
 * listing says so only in the description) and makes the sub-attributes of members immutable:
 * members are added and removed, never edited in place. `display` is not in the §8.7.1 listing but
 * Okta sends it with every member (IDP-SHAPES §2.7), so it is defined, immutable like its siblings.
 */
export const GROUP_SCHEMA: SchemaDefinition = {
  id: URN.group,
  name: 'Group',
  description: 'Group',
  attributes: [
    ...COMMON_ATTRIBUTES,
    attribute('displayName', 'string', 'A human-readable name for the Group. REQUIRED.', { required: true }),
    complex('members', 'A list of members of the Group.', [
      attribute('value', 'string', 'The id of the member resource.', { mutability: 'immutable' }),
      attribute('$ref', 'reference', 'The URI of the member resource.', {
        mutability: 'immutable',
        referenceTypes: ['User', 'Group'],
      }),
      attribute('type', 'string', "The type of the member resource, 'User' or 'Group'.", {
        mutability: 'immutable',
        canonicalValues: ['User', 'Group'],
      }),
      attribute('display', 'string', 'A human-readable name for the member.', { mutability: 'immutable' }),
    ], { multiValued: true }),
  ],
  meta: { resourceType: 'Schema' },
};
