import { URN } from '../../../lib/scim-uris.ts';
import type { SchemaDefinition } from '../types.ts';
import { COMMON_ATTRIBUTES } from './common.ts';
import { attribute, complex, pluralAttribute, primaryAttribute, typeAttribute } from './define.ts';

/** RFC 7643 §4.1 and §8.7.1: the core User schema, with the common attributes of §3.1 in front. */
export const USER_SCHEMA: SchemaDefinition = {
  id: URN.user,
  name: 'User',
  description: 'User Account',
  attributes: [
    ...COMMON_ATTRIBUTES,
    attribute('userName', 'string', 'Unique identifier for the User, typically used to authenticate to the service provider. REQUIRED.', {
      required: true,
      uniqueness: 'server',
    }),
    complex('name', "The components of the User's real name.", [
      attribute('formatted', 'string', 'The full name, formatted for display.'),
      attribute('familyName', 'string', 'The family name of the User, or last name.'),
      attribute('givenName', 'string', 'The given name of the User, or first name.'),
      attribute('middleName', 'string', 'The middle name(s) of the User.'),
      attribute('honorificPrefix', 'string', "The honorific prefix(es) of the User, e.g. 'Ms.'."),
      attribute('honorificSuffix', 'string', "The honorific suffix(es) of the User, e.g. 'III'."),
    ]),
    attribute('displayName', 'string', 'The name of the User, suitable for display to end-users.'),
    attribute('nickName', 'string', 'The casual way to address the User.'),
    attribute('profileUrl', 'reference', "A URL of a page representing the User's online profile.", {
      caseExact: true,
      referenceTypes: ['external'],
    }),
    attribute('title', 'string', "The User's title, such as 'Vice President'."),
    attribute('userType', 'string', "The relationship between the organization and the User, e.g. 'Employee'."),
    attribute('preferredLanguage', 'string', "The User's preferred written or spoken language, e.g. 'en-US'."),
    attribute('locale', 'string', "The User's default location for localization, e.g. 'en-US'."),
    attribute('timezone', 'string', "The User's time zone in IANA format, e.g. 'America/Los_Angeles'."),
    attribute('active', 'boolean', "The User's administrative status."),
    // RFC 7643 §7: writeOnly and never returned, so a stored password never leaves the server.
    attribute('password', 'string', "The User's cleartext password, used to set or reset it.", {
      caseExact: true,
      mutability: 'writeOnly',
      returned: 'never',
    }),
    pluralAttribute('emails', 'Email addresses for the User.',
      attribute('value', 'string', 'An email address for the User.'), ['work', 'home', 'other']),
    pluralAttribute('phoneNumbers', 'Phone numbers for the User.',
      attribute('value', 'string', 'A phone number for the User.'), ['work', 'home', 'mobile', 'fax', 'pager', 'other']),
    pluralAttribute('ims', 'Instant messaging addresses for the User.',
      attribute('value', 'string', 'An instant messaging address for the User.'),
      ['aim', 'gtalk', 'icq', 'xmpp', 'msn', 'skype', 'qq', 'yahoo']),
    pluralAttribute('photos', 'URLs of photos of the User.',
      attribute('value', 'reference', 'The URL of a photo of the User.', { caseExact: true, referenceTypes: ['external'] }),
      ['photo', 'thumbnail']),
    complex('addresses', 'Physical mailing addresses for the User.', [
      attribute('formatted', 'string', 'The full mailing address, formatted for display.'),
      attribute('streetAddress', 'string', 'The full street address component.'),
      attribute('locality', 'string', 'The city or locality component.'),
      attribute('region', 'string', 'The state or region component.'),
      attribute('postalCode', 'string', 'The zip code or postal code component.'),
      attribute('country', 'string', 'The country name component.'),
      typeAttribute(['work', 'home', 'other']),
      primaryAttribute(),
    ], { multiValued: true }),
    // RFC 7643 §4.1.2: membership is managed through the Group resource, so every part is readOnly.
    complex('groups', 'The groups to which the User belongs.', [
      attribute('value', 'string', "The identifier of the User's group.", { mutability: 'readOnly' }),
      attribute('$ref', 'reference', "The URI of the User's group.", {
        mutability: 'readOnly',
        referenceTypes: ['User', 'Group'],
      }),
      attribute('display', 'string', "A human-readable name of the User's group.", { mutability: 'readOnly' }),
      attribute('type', 'string', "How the membership is derived: 'direct' or 'indirect'.", {
        mutability: 'readOnly',
        canonicalValues: ['direct', 'indirect'],
      }),
    ], { multiValued: true, mutability: 'readOnly' }),
    pluralAttribute('entitlements', 'Entitlements of the User.',
      attribute('value', 'string', 'The value of an entitlement.')),
    pluralAttribute('roles', 'Roles of the User.',
      attribute('value', 'string', 'The value of a role.')),
    pluralAttribute('x509Certificates', 'Certificates issued to the User.',
      attribute('value', 'binary', 'The DER-encoded X.509 certificate, in base64.', { caseExact: true })),
  ],
  meta: { resourceType: 'Schema' },
};
