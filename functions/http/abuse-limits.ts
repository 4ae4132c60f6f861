import type { Context, MiddlewareHandler } from 'hono';
import { type Problem, problemResponse, problems } from './problem.js';
import { FixedWindowCounter } from './rate-limit.js';

export interface AbuseLimits {
  /** Cases one address may open per hour, through the API and the pages together. @default 20 */
  readonly casesPerAddressPerHour: number;
  /** Wrong or missing credentials one address may present per 15 minutes. @default 30 */
  readonly authFailuresPerAddress: number;
  /** Wrong credentials presented for one case id per hour, from anywhere. @default 100 */
  readonly authFailuresPerCase: number;
  /**
   * Cases one email address may have at once, from anywhere (with the address index):
   * each case mails its address, so this bounds what a stranger can send a victim.
   * @default 5
   */
  readonly casesPerEmail: number;
}

export const DEFAULT_ABUSE_LIMITS: AbuseLimits = {
  casesPerAddressPerHour: 20,
  authFailuresPerAddress: 30,
  authFailuresPerCase: 100,
  casesPerEmail: 5,
};

/** Which limit a refused request went over, and for how many seconds more. */
export interface OverLimit {
  readonly over: 'address' | 'case';
  readonly retryAfter: number;
}

/**
 * The counters every credential check shares, built once per app: the API's Bearer token,
 * the pages' cookie, the mailed sign-in link and the download routes all count their
 * failures here, per address and per case, so no route family is a way round the others.
 * Only failures count and a right credential is checked before any limit, so nobody can
 * lock a victim out by failing in her name.
 */
export class AbuseGuard {
  private readonly created: FixedWindowCounter;
  private readonly failuresByAddress: FixedWindowCounter;
  private readonly failuresByCase: FixedWindowCounter;

  constructor(readonly limits: AbuseLimits = DEFAULT_ABUSE_LIMITS) {
    this.created = new FixedWindowCounter(limits.casesPerAddressPerHour, 3600_000);
    this.failuresByAddress = new FixedWindowCounter(limits.authFailuresPerAddress, 900_000);
    this.failuresByCase = new FixedWindowCounter(limits.authFailuresPerCase, 3600_000);
  }

  /** Counts one case opened from `address`; the seconds to wait when it is one too many. */
  caseOpened(address: string): number | undefined {
    return this.created.hit(address) ? undefined : this.created.retryAfter(address);
  }

  /** Counts one wrong credential; says which limit it went over, if any. */
  credentialFailed(address: string, caseId: string): OverLimit | undefined {
    const addressOk = this.failuresByAddress.hit(address);
    const caseOk = this.failuresByCase.hit(caseId);
    if (!addressOk)
      return { over: 'address', retryAfter: this.failuresByAddress.retryAfter(address) };
    if (!caseOk) return { over: 'case', retryAfter: this.failuresByCase.retryAfter(caseId) };
    return undefined;
  }
}

const failedRequests = new WeakSet<Request>();

/** The answer to a wrong token or an unknown case (the same 404), counted as a failure. */
export function caseNotFound(c: Context): Response {
  failedRequests.add(c.req.raw);
  return problemResponse(c, problems.caseNotFound());
}

/** The caller's address as the platform saw it: API Gateway's, or the socket's locally. */
export function clientAddress(c: Context): string {
  const env = c.env as
    | {
        requestContext?: { http?: { sourceIp?: string } };
        incoming?: { socket?: { remoteAddress?: string } };
      }
    | undefined;
  return env?.requestContext?.http?.sourceIp ?? env?.incoming?.socket?.remoteAddress ?? 'unknown';
}

function tooMany(c: Context, retryAfter: number, problem: Problem): Response {
  c.header('Retry-After', String(retryAfter));
  return problemResponse(c, problem);
}

/**
 * The API's side of the guard: limits case creation per address, and turns wrong tokens
 * past the per-address or per-case limit into 429. The token is checked first, so the
 * right one always passes.
 */
export function abuseLimits(guard: AbuseGuard): {
  creation: MiddlewareHandler;
  caseAccess: MiddlewareHandler;
} {
  return {
    creation: async (c, next) => {
      const retryAfter = guard.caseOpened(clientAddress(c));
      if (retryAfter !== undefined) {
        return tooMany(c, retryAfter, problems.tooManyRequests('cases opened from this address'));
      }
      await next();
    },
    caseAccess: async (c, next) => {
      await next();
      if (!failedRequests.has(c.req.raw)) return;
      const over = guard.credentialFailed(clientAddress(c), c.req.param('caseId') ?? '');
      if (!over) return;
      c.res = tooMany(
        c,
        over.retryAfter,
        problems.tooManyRequests(
          over.over === 'address'
            ? 'wrong access tokens from this address'
            : 'wrong access tokens for this case',
        ),
      );
    },
  };
}
