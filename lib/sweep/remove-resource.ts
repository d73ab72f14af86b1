import type { ScimClient } from '../client/index.ts';
import { describeExchange } from '../exchange.ts';
import { URN } from '../scim-uris.ts';

export type ResourceKind = 'Users' | 'Groups';

/**
 * Removes one resource the harness created: DELETE where the target has it; a User the target will not
 * delete is deprovisioned with active:false (Cloudflare's documented removal path). Already gone counts
 * as removed. Returns a message when the resource could not be removed, so callers report it.
 */
export async function removeResource(scim: ScimClient, kind: ResourceKind, id: string): Promise<string | undefined> {
  const path = `/${kind}/${encodeURIComponent(id)}`;
  const deleted = await scim.delete(path);
  if ((deleted.status >= 200 && deleted.status < 300) || deleted.status === 404) return undefined;
  if (kind === 'Users' && (deleted.status === 405 || deleted.status === 501)) {
    const patched = await scim.patch(path, { schemas: [URN.patchOp], Operations: [{ op: 'replace', value: { active: false } }] });
    if (patched.status === 200 || patched.status === 204 || patched.status === 404) return undefined;
    return `${kind}/${id} could not be deprovisioned: ${describeExchange(patched.exchange)}`;
  }
  return `${kind}/${id} could not be removed: ${describeExchange(deleted.exchange)}`;
}
