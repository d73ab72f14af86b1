/**
 * RFC 7643 §2.3.5: dateTime values are xsd:dateTime strings. They are compared as instants, so
 * "2011-05-13T04:42:34Z" and "2011-05-13T06:42:34+02:00" are equal. A value without a time zone is
 * read as UTC rather than as the host's local time, so results never depend on where the code runs.
 */
const XSD_DATE_TIME = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;

export function parseDateTime(text: string): number | undefined {
  const match = XSD_DATE_TIME.exec(text);
  if (match === null) return undefined;
  const instant = Date.parse(match[1] === undefined ? `${text}Z` : text);
  return Number.isNaN(instant) ? undefined : instant;
}
