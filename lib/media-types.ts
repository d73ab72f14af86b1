/** RFC 7644 §3.1 / §8.1: the SCIM media type, and the JSON one servers must also accept. */
export const SCIM_MEDIA_TYPE = 'application/scim+json';
export const JSON_MEDIA_TYPE = 'application/json';
export const SCIM_CONTENT_TYPE = `${SCIM_MEDIA_TYPE}; charset=utf-8`;

/** `application/scim+json; charset=utf-8` -> `application/scim+json` */
export function mediaTypeOf(contentType: string | undefined): string | undefined {
  return contentType?.split(';', 1)[0]?.trim().toLowerCase() || undefined;
}

export function isJsonMediaType(contentType: string | undefined): boolean {
  const type = mediaTypeOf(contentType);
  return type === SCIM_MEDIA_TYPE || type === JSON_MEDIA_TYPE;
}
