import { randomBytes } from 'node:crypto';
import {
  type Timestamp,
  type TimestampAuthority,
  TimestampUnavailableError,
} from './timestamp-authority.js';

export interface HttpTimestampAuthorityOptions {
  /** The authority's RFC 3161 HTTP endpoint. */
  readonly url: string;
  /** How the chain PEM is read (a file in the bundle, or the local CA). @default none */
  readonly chainPem?: () => Promise<string | undefined>;
  /** @default 10_000 */
  readonly timeoutMs?: number;
  /** Attempts per request before giving up for now. @default 2 */
  readonly attempts?: number;
  /** @default globalThis.fetch */
  readonly fetch?: typeof fetch;
}

/**
 * RFC 3161 over HTTP (RFC 3161 §3.4): POSTs a `TimeStampReq` as
 * `application/timestamp-query`, reads the `TimeStampResp`. The ASN.1 library loads at the
 * first request, so a function that never timestamps does not pay for it at cold start.
 */
export class HttpTimestampAuthority implements TimestampAuthority {
  constructor(private readonly options: HttpTimestampAuthorityOptions) {}

  async timestamp(sha256: string): Promise<Timestamp> {
    const { timestampRequest, readTimestampResponse } = await import('../proof/rfc3161.js');
    const attempts = this.options.attempts ?? 2;
    let failure: TimestampUnavailableError | undefined;
    for (let attempt = 0; attempt < attempts; attempt++) {
      const nonce = randomBytes(8);
      const body = await this.post(timestampRequest(sha256, nonce)).catch(
        (error: unknown) => error as TimestampUnavailableError,
      );
      if (body instanceof Error) {
        failure = body;
        continue;
      }
      try {
        const token = await readTimestampResponse(body, { sha256, nonce });
        return {
          response: body,
          genTime: token.genTime,
          serialNumber: token.serialNumber,
          policy: token.policy,
        };
      } catch {
        failure = new TimestampUnavailableError('invalid-response');
      }
    }
    throw failure ?? new TimestampUnavailableError('unavailable');
  }

  chainPem(): Promise<string | undefined> {
    return this.options.chainPem?.() ?? Promise.resolve(undefined);
  }

  private async post(request: Uint8Array): Promise<Uint8Array> {
    const fetcher = this.options.fetch ?? globalThis.fetch;
    let response: Response;
    try {
      response = await fetcher(this.options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/timestamp-query',
          accept: 'application/timestamp-reply',
        },
        body: request,
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
      });
    } catch {
      throw new TimestampUnavailableError('unavailable');
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new TimestampUnavailableError('unavailable');
    }
    return new Uint8Array(await response.arrayBuffer());
  }
}
