import type { Exchange } from '../exchange.ts';

/**
 * What a check gets back. `headers` and `text` are the real values (checks compare them);
 * the redacted copy for reports is `exchange`.
 */
export class ScimResponse {
  #json: unknown;
  #parsed = false;

  constructor(
    readonly status: number,
    /** Lower-case names; repeated headers joined with ", ". */
    readonly headers: Readonly<Record<string, string>>,
    readonly text: string,
    readonly exchange: Exchange,
  ) {}

  get contentType(): string | undefined {
    return this.headers['content-type'];
  }

  /**
   * The body parsed as JSON, or undefined when it is empty or not JSON. Parsed on first use and
   * cached: many checks only look at the status, and a malformed body is evidence, not a crash.
   */
  json<T = unknown>(): T | undefined {
    if (!this.#parsed) {
      this.#parsed = true;
      this.#json = parseJson(this.text);
    }
    return this.#json as T | undefined;
  }
}

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    // `text` keeps a byte order mark as evidence; JSON parsers may ignore one (RFC 8259 §8.1), so do we.
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown;
  } catch {
    return undefined;
  }
}
