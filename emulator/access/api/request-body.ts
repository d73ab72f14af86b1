import type { EmulatorRequest } from '../../http/types.ts';
import { V4Failure } from '../../v4/envelope.ts';

/** The JSON body of a write, or a v4 400. */
export function jsonBody(req: EmulatorRequest): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(req.body) as unknown;
  } catch {
    throw new V4Failure(400, { code: 6007, message: 'Malformed JSON in request body' });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new V4Failure(400, { code: 6007, message: 'The request body must be a JSON object' });
  return value as Record<string, unknown>;
}

/** [INF] Access API error codes are not documented; 12000 stands for "invalid request" on Access routes. */
export function invalidRequest(message: string): V4Failure {
  return new V4Failure(400, { code: 12000, message });
}
