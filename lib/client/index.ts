export { ScimClient } from './scim-client.ts';
export type { ScimCallOptions, ScimClientOptions, ScimRequestOptions } from './options.ts';
export { ScimResponse } from './response.ts';
export { ExchangeLog } from './exchange-log.ts';
export { Pacer, type PacerOptions } from './pacer.ts';
export { BudgetExceededError, TransportError } from './errors.ts';
export type { HeaderOverrides } from './headers.ts';
export type { QueryInput } from './request-url.ts';
export { DEFAULT_RETRY, type RetryOptions } from './retry-policy.ts';
