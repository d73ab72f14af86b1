import type { Account } from '../accounts.ts';
import type { Scope } from '../auth.ts';
import { exceedsBodyLimit, type EmulatorRequest, type EmulatorResponse } from '../http/types.ts';
import { V4Failure, v4Failure, V4_ERRORS } from './envelope.ts';
import { getMember, listMembers, updateMember } from './members.ts';
import { listRoles } from './roles.ts';

/**
 * The v4 API of one account, `/client/v4/accounts/<id>/...` (CLOUDFLARE.md A12, C1): members and
 * roles, the observer side of the lifecycle checks. Auth failures always use the v4 envelope
 * (C3: code 10000 "Authentication error").
 */
interface V4Route {
  scope: Scope;
  run(req: EmulatorRequest, account: Account): EmulatorResponse;
}

function match(method: string, segments: readonly string[]): V4Route | undefined {
  const [resource, id, ...rest] = segments;
  if (rest.length > 0) return undefined;
  if (resource === 'roles' && id === undefined && method === 'GET') return { scope: 'roles:read', run: (req) => listRoles(req) };
  if (resource !== 'members') return undefined;
  if (id === undefined) return method === 'GET' ? { scope: 'members:read', run: listMembers } : undefined;
  if (method === 'GET') return { scope: 'members:read', run: (_req, account) => getMember(account, id) };
  if (method === 'PUT') return { scope: 'members:write', run: (req, account) => updateMember(account, id, parseBody(req)) };
  return undefined;
}

export function handleV4(req: EmulatorRequest, account: Account | undefined, segments: readonly string[]): EmulatorResponse {
  const route = match(req.method, segments);
  if (route === undefined) return v4NoRoute();
  if (exceedsBodyLimit(req.body)) return v4Failure(413, { code: 1001, message: 'Request body too large' });
  const auth = account?.tokens.authenticate(req.headers.get('authorization'));
  if (account === undefined || auth === undefined || !auth.ok) return v4Failure(401, V4_ERRORS.authentication);
  if (!auth.scopes.includes(route.scope)) return v4Failure(403, V4_ERRORS.authentication);
  try {
    return route.run(req, account);
  } catch (error) {
    if (error instanceof V4Failure) return v4Failure(error.status, error.error);
    throw error;
  }
}

export function v4NoRoute(): EmulatorResponse {
  return v4Failure(404, V4_ERRORS.noRoute);
}

function parseBody(req: EmulatorRequest): unknown {
  try {
    return JSON.parse(req.body) as unknown;
  } catch {
    throw new V4Failure(400, { code: 6007, message: 'Malformed JSON in request body' });
  }
}
