import { ScimClient, TransportError } from '../client/index.ts';
import type { HarnessConfig } from '../config/index.ts';

/**
 * One request before any test: is the target there, and does it take the token? An unreachable host or a
 * rejected token becomes one clear line here instead of a wall of identical failures and timeouts.
 * Returns undefined when the target answered with something a SCIM server could.
 */
export async function preflight(config: HarnessConfig): Promise<string | undefined> {
  if (config.target.kind !== 'remote') return undefined;
  const { baseUrl, token } = config.target;
  const client = new ScimClient({ baseUrl, token, timeoutMs: Math.min(config.timeoutMs, 15_000), retry: { maxRetries: 1, maxDelayMs: 5_000, baseDelayMs: 500 } });
  try {
    // /Users needs the token on every server; /ServiceProviderConfig may be public (RFC 7644 §4).
    const response = await client.get('/Users', 'startIndex=1&count=1');
    if (response.status === 401 || response.status === 403) {
      return `SCIM_TOKEN was rejected by ${baseUrl} (HTTP ${response.status}): check that the token is current and has SCIM permission for this endpoint (Cloudflare: Account > SCIM Provisioning > Edit).`;
    }
    if (response.status === 404) {
      return `SCIM_BASE_URL ${baseUrl} answered 404 for /Users: check the path (Cloudflare: https://api.cloudflare.com/client/v4/accounts/<ACCOUNT_ID>/scim/v2).`;
    }
    if (response.status >= 500) {
      return `SCIM_BASE_URL ${baseUrl} answered ${response.status} for /Users: the target is not healthy, so no verdict would mean anything. Try again later.`;
    }
    return undefined;
  } catch (error) {
    if (error instanceof TransportError) return `SCIM_BASE_URL ${baseUrl} is unreachable: ${error.message}`;
    throw error;
  } finally {
    await client.close();
  }
}
