import type { AttributeDefinition, AttributeType } from '../types.ts';

type Characteristics = Partial<Omit<AttributeDefinition, 'name' | 'type' | 'description'>>;

/**
 * An attribute with the defaults of RFC 7643 §2.2 (required false, caseExact false, mutability
 * readWrite, returned default, uniqueness none), written out in full so every definition served
 * from /Schemas states all of its characteristics.
 */
export function attribute(
  name: string,
  type: AttributeType,
  description: string,
  characteristics: Characteristics = {},
): AttributeDefinition {
  return {
    name,
    type,
    multiValued: false,
    description,
    required: false,
    caseExact: false,
    mutability: 'readWrite',
    returned: 'default',
    uniqueness: 'none',
    ...characteristics,
  };
}

export function complex(
  name: string,
  description: string,
  subAttributes: AttributeDefinition[],
  characteristics: Characteristics = {},
): AttributeDefinition {
  return attribute(name, 'complex', description, { ...characteristics, subAttributes });
}

/**
 * The multi-valued attributes of RFC 7643 §2.4 and §4.1.2 (emails, phoneNumbers, ims, photos,
 * entitlements, roles, x509Certificates) share the sub-attributes "value", "display", "type" and
 * "primary"; only the value's type and the canonical "type" labels differ.
 */
export function pluralAttribute(
  name: string,
  description: string,
  value: AttributeDefinition,
  typeCanonicalValues?: string[],
): AttributeDefinition {
  return complex(name, description, [
    value,
    attribute('display', 'string', 'A human-readable name, primarily used for display purposes.'),
    typeAttribute(typeCanonicalValues),
    primaryAttribute(),
  ], { multiValued: true });
}

/** The "type" label of a multi-valued value (RFC 7643 §2.4), with its canonical values if any. */
export function typeAttribute(canonicalValues?: string[]): AttributeDefinition {
  const description = "A label indicating the value's function, e.g. 'work' or 'home'.";
  return attribute('type', 'string', description, canonicalValues === undefined ? {} : { canonicalValues });
}

/** RFC 7643 §2.4: the value "true" appears at most once among a multi-valued attribute's values. */
export function primaryAttribute(): AttributeDefinition {
  return attribute('primary', 'boolean', 'Whether this is the preferred value of the attribute; true appears at most once.');
}
