import { SCIM_MEDIA_TYPE, JSON_MEDIA_TYPE } from '../../lib/media-types.ts';
import { SCIM_ERROR_SCHEMA } from '../../lib/scim-errors.ts';
import type { DefectSwitches } from '../defects.ts';
import type { EmulatorResponse } from '../http/types.ts';
import { bodyOf, isJson, rewritten } from './request.ts';

/**
 * Defects in the shape of error answers and in the media type of every answer (RFC 7644 §3.12,
 * §3.1). They apply to whatever the emulator answered, errors raised before routing included.
 */
export function misrepresentErrors(defects: DefectSwitches, response: EmulatorResponse): EmulatorResponse {
  let answer = response;
  const body = bodyOf(answer);
  if (answer.status >= 400 && isJson(body) && Array.isArray(body.schemas) && body.schemas.includes(SCIM_ERROR_SCHEMA)) {
    if (defects.has('errors/body/shape')) body.status = Number(body.status);
    if (defects.has('errors/body/shape~no-schemas')) delete body.schemas;
    if (defects.has('errors/scim-type/table') && typeof body.scimType === 'string') body.scimType = body.scimType === 'invalidValue' ? 'invalidSyntax' : 'invalidValue';
    answer = rewritten(answer, body);
  }
  const type = answer.headers['content-type'];
  if (defects.has('errors/content-type/scim-json') && type !== undefined) {
    answer = { ...answer, headers: { ...answer.headers, 'content-type': type.replace(SCIM_MEDIA_TYPE, JSON_MEDIA_TYPE) } };
  }
  return answer;
}
