/**
 * RFC 7644 §3.12: the HTTP statuses a SCIM service provider uses for errors, and the `scimType`
 * values of a 400. One module, shared by the emulator's error builder and the harness's matchers,
 * so both sides read the same table.
 */
export const SCIM_ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error';

export const ERROR_STATUSES = {
  307: 'Temporary Redirect',
  308: 'Permanent Redirect',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Payload Too Large',
  500: 'Internal Server Error',
  501: 'Not Implemented',
} as const;

/**
 * Statuses outside the §3.12 table that a SCIM endpoint still answers with a SCIM Error body: plain HTTP
 * semantics (RFC 9110) for a method or media type it does not take, and rate limiting or overload.
 */
export const HTTP_ERROR_STATUSES = {
  405: 'Method Not Allowed',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  503: 'Service Unavailable',
} as const;

export type ScimErrorStatus = keyof typeof ERROR_STATUSES | keyof typeof HTTP_ERROR_STATUSES;

/** scimType values (RFC 7644 Table 9) and the status each belongs with. */
export const SCIM_TYPES = {
  invalidFilter: { status: 400, meaning: 'The specified filter syntax was invalid, or the attribute and comparison combination is not supported.' },
  tooMany: { status: 400, meaning: 'The filter yields too many results for the server to process.' },
  uniqueness: { status: 409, meaning: 'One or more attribute values are already in use or are reserved.' },
  mutability: { status: 400, meaning: 'The modification is incompatible with the target attribute\'s mutability.' },
  invalidSyntax: { status: 400, meaning: 'The request body structure was invalid or did not conform to the schema.' },
  invalidPath: { status: 400, meaning: 'The "path" attribute was invalid or malformed.' },
  noTarget: { status: 400, meaning: 'The specified "path" did not yield an attribute or attribute value that could be operated on.' },
  invalidValue: { status: 400, meaning: 'A required value was missing, or the value specified was not compatible with the operation or attribute type.' },
  invalidVers: { status: 400, meaning: 'The specified SCIM protocol version is not supported.' },
  sensitive: { status: 403, meaning: 'The request cannot be completed because of sensitive information in the request URI.' },
} as const;

export type ScimType = keyof typeof SCIM_TYPES;

export interface ScimErrorBody {
  schemas: [typeof SCIM_ERROR_SCHEMA];
  /** A string in RFC 7644 ("status": "400"), not a number. */
  status: string;
  scimType?: ScimType;
  detail?: string;
}

export function scimError(status: ScimErrorStatus, detail?: string, scimType?: ScimType): ScimErrorBody {
  const body: ScimErrorBody = { schemas: [SCIM_ERROR_SCHEMA], status: String(status) };
  if (scimType !== undefined) body.scimType = scimType;
  if (detail !== undefined) body.detail = detail;
  return body;
}

export function isScimType(value: unknown): value is ScimType {
  return typeof value === 'string' && Object.hasOwn(SCIM_TYPES, value);
}
