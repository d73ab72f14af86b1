import type { ScimType } from '../../lib/scim-errors.ts';

/**
 * A request the engine refuses. It carries what an RFC 7644 §3.12 error response needs, so the
 * HTTP layer can turn it into a body with `scimError(status, detail, scimType)` and nothing else.
 */
export class ScimRequestError extends Error {
  readonly status: number;
  readonly scimType?: ScimType;
  readonly detail: string;

  constructor(status: number, detail: string, scimType?: ScimType) {
    super(scimType === undefined ? detail : `${scimType}: ${detail}`);
    this.name = 'ScimRequestError';
    this.status = status;
    this.detail = detail;
    if (scimType !== undefined) this.scimType = scimType;
  }
}

/** Every scimType of RFC 7644 Table 9 that this engine raises belongs with a 400. */
export function badRequest(scimType: ScimType, detail: string): ScimRequestError {
  return new ScimRequestError(400, detail, scimType);
}
