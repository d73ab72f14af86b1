import { attribute, complex } from './define.ts';
import type { AttributeDefinition } from '../types.ts';

/**
 * RFC 7643 §3.1 common attributes. They belong to no schema, but §3.1 lets a schema list them
 * "for backward compatibility", and listing them lets filters, projection and PATCH resolve `id`,
 * `externalId` and `meta.*` like any other attribute. The characteristics given in §3.1 win.
 */
export const COMMON_ATTRIBUTES: readonly AttributeDefinition[] = [
  // Assigned by the service provider, never supplied by a client, hence not "required" on input.
  attribute('id', 'string', 'A unique identifier for the resource, assigned by the service provider.', {
    caseExact: true,
    mutability: 'readOnly',
    returned: 'always',
    uniqueness: 'server',
  }),
  attribute('externalId', 'string', "An identifier for the resource as defined by the provisioning client.", {
    caseExact: true,
  }),
  complex('meta', 'Resource metadata maintained by the service provider.', [
    attribute('resourceType', 'string', 'The name of the resource type of the resource.', { caseExact: true, mutability: 'readOnly' }),
    attribute('created', 'dateTime', 'When the resource was added to the service provider.', { mutability: 'readOnly' }),
    attribute('lastModified', 'dateTime', 'When the resource was last updated.', { mutability: 'readOnly' }),
    attribute('location', 'reference', 'The URI of the resource being returned.', {
      caseExact: true,
      mutability: 'readOnly',
      referenceTypes: ['uri'],
    }),
    attribute('version', 'string', 'The version (entity tag) of the resource.', { caseExact: true, mutability: 'readOnly' }),
  ], { mutability: 'readOnly' }),
];

/**
 * RFC 7643 §3: every representation carries `schemas`. It is part of no schema definition, so it is
 * resolved on its own; RFC 7644 §3.4.2.2 filters on it (`schemas eq "urn:…"`). Schema URIs compare
 * without regard to case, as URNs do.
 */
export const SCHEMAS_ATTRIBUTE: AttributeDefinition = attribute(
  'schemas',
  'reference',
  'The URIs of the schemas used to define the attributes present in the resource.',
  { multiValued: true, required: true, returned: 'always', referenceTypes: ['uri'] },
);
