import type { Context, MiddlewareHandler } from 'hono';
import { type Problem, problemResponse, problems } from './problem.js';
import { FixedWindowCounter } from './rate-limit.js';

export interface AbuseLimits {
  /** Cases one address may open per hour. @default 20 */
  readonly casesPerAddressPerHour: number;
  /** Wrong or missing tokens one address may present per 15 minutes. @default 30 */
  readonly authFailuresPerAddress: number;
  /** Wrong tokens presented for one case id per hour, from anywhere. @default 100 */
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
 * Limits case creation per address, and token guessing per address and per case. A right
 * token is never refused because of someone else's failures: the per-case limit only
 * turns further failures into 429, so an attacker cannot lock a victim out.
 */
export function abuseLimits(limits: AbuseLimits = DEFAULT_ABUSE_LIMITS): {
  creation: MiddlewareHandler;
  caseAccess: MiddlewareHandler;
} {
  const created = new FixedWindowCounter(limits.casesPerAddressPerHour, 3600_000);
  const failuresByAddress = new FixedWindowCounter(limits.authFailuresPerAddress, 900_000);
  const failuresByCase = new FixedWindowCounter(limits.authFailuresPerCase, 3600_000);
  return {
    creation: async (c, next) => {
      const address = clientAddress(c);
      if (!created.hit(address)) {
        return tooMany(
          c,
          created.retryAfter(address),
          problems.tooManyRequests('cases opened from this address'),
        );
      }
      await next();
    },
    caseAccess: async (c, next) => {
      const address = clientAddress(c);
      if (failuresByAddress.isOver(address)) {
        return tooMany(
          c,
          failuresByAddress.retryAfter(address),
          problems.tooManyRequests('wrong access tokens from this address'),
        );
      }
      await next();
      if (!failedRequests.has(c.req.raw)) return;
      failuresByAddress.hit(address);
      const caseId = c.req.param('caseId') ?? '';
      if (!failuresByCase.hit(caseId)) {
        c.res = tooMany(
          c,
          failuresByCase.retryAfter(caseId),
          problems.tooManyRequests('wrong access tokens for this case'),
        );
      }
    },
  };
}
