/**
 * An RFC 3161 timestamp authority: vouches, with its signature, that a digest existed at a
 * given time. The deployer chooses it (ideally a qualified trust service, eIDAS art. 41);
 * locally a stand-in with its own CA.
 */
export interface TimestampAuthority {
  /** A granted response over this SHA-256 digest (hex), checked against the request. */
  timestamp(sha256: string): Promise<Timestamp>;
  /**
   * The authority's certificate chain up to its root (PEM), for `tsa-chain.pem`; the
   * certificates in a response alone rarely include the root.
   */
  chainPem(): Promise<string | undefined>;
}

export interface Timestamp {
  /** The response as the authority sent it (DER `TimeStampResp`): the `.tsr` file. */
  readonly response: Uint8Array;
  /** The time the authority vouches for (ISO 8601, UTC). */
  readonly genTime: string;
  readonly serialNumber: string;
  readonly policy: string;
}

/** Why no timestamp came: the evidence is kept all the same, and the request retried. */
export type TimestampFailure =
  /** No authority is configured for this deployment. */
  | 'not-configured'
  /** The authority did not answer, or answered with an HTTP error. */
  | 'unavailable'
  /** The authority answered, but refused or answered something else than what was asked. */
  | 'invalid-response';

export class TimestampUnavailableError extends Error {
  override readonly name = 'TimestampUnavailableError';
  constructor(readonly reason: TimestampFailure) {
    super(`no timestamp: ${reason}`);
  }
}

/** The authority of a deployment that configured none: every request waits. */
export const NO_TIMESTAMP_AUTHORITY: TimestampAuthority = {
  timestamp: () => Promise.reject(new TimestampUnavailableError('not-configured')),
  chainPem: () => Promise.resolve(undefined),
};
