/**
 * The shapes of RFC 7643: a resource is plain JSON, and its schema is described by attribute
 * definitions carrying the characteristics of RFC 7643 §2.2 and §7.
 */
export type ScimResource = Record<string, unknown>;

export type AttributeType =
  | 'string'
  | 'boolean'
  | 'decimal'
  | 'integer'
  | 'dateTime'
  | 'binary'
  | 'reference'
  | 'complex';

export type Mutability = 'readOnly' | 'readWrite' | 'immutable' | 'writeOnly';
export type Returned = 'always' | 'never' | 'default' | 'request';
export type Uniqueness = 'none' | 'server' | 'global';

export interface AttributeDefinition {
  name: string;
  type: AttributeType;
  multiValued: boolean;
  description: string;
  required: boolean;
  caseExact: boolean;
  mutability: Mutability;
  returned: Returned;
  uniqueness: Uniqueness;
  subAttributes?: AttributeDefinition[];
  referenceTypes?: string[];
  canonicalValues?: string[];
}

export interface SchemaDefinition {
  id: string;
  name: string;
  description: string;
  attributes: AttributeDefinition[];
  meta?: { resourceType: 'Schema'; location?: string };
}

/** A resource type's schemas (RFC 7643 §6): one core schema and the extensions it allows. */
export interface ResourceSchema {
  core: SchemaDefinition;
  extensions: SchemaDefinition[];
}
