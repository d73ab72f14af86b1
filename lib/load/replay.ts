import { echoedBody } from '../../fixtures/idp/body-echo.ts';
import { captured } from '../../fixtures/idp/captures.ts';
import { holds } from '../../fixtures/idp/conditions.ts';
import { fill, fillValue, type Vars } from '../../fixtures/idp/template.ts';
import type { ScimClient } from '../client/index.ts';
import { joinMemberValues } from './member-batch.ts';
import type { ActionShape } from './shapes.ts';

/** One request's outcome, for the statistics: which request of which action, its status and time. */
export interface Sent {
  label: string;
  status: number;
  ms: number;
}

/**
 * Sends one IdP action with the given variables, the way the IdP's profile says: placeholders
 * filled, `when` branches taken, captured values written back into `vars` (e.g. the new user's id).
 * Responses are not judged here: the load profile judges the end state, not each answer.
 * `more` are further users' variables for the same request (a batched member change).
 */
export async function replayAction(client: ScimClient, shape: ActionShape, vars: Vars, onSent: (sent: Sent) => void, more: readonly Vars[] = []): Promise<number | undefined> {
  let previous: number | undefined;
  for (const request of shape.requests) {
    if (!holds(request.when, previous, vars)) continue;
    const body = request.body;
    const content = request.bodyFrom !== undefined ? echoedBody(request.bodyFrom, vars) : body === undefined ? undefined : joinMemberValues([vars, ...more].map((v) => fillValue(body, v)));
    const started = performance.now();
    const response = await client.request({
      method: request.method,
      path: fill(request.path, vars),
      ...(request.query === undefined ? {} : { query: fill(request.query, vars) }),
      headers: shape.headers,
      ...(content === undefined ? {} : { body: JSON.stringify(content) }),
    });
    onSent({ label: `${shape.action} ${request.method}`, status: response.status, ms: performance.now() - started });
    previous = response.status;
    if (request.capture !== undefined && response.status < 300) {
      const body = response.json();
      for (const [name, source] of Object.entries(request.capture)) {
        const value = captured(body, source, vars);
        if (value !== undefined) vars[name] = value;
      }
    }
  }
  return previous;
}
