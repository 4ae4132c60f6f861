import { hash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A bearer token for one case: 256 random bits, base64url. Only its hash is stored. */
export function newAccessToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashAccessToken(token: string): string {
  return hash('sha256', token, 'hex');
}

/** Constant-time check of a presented token against the stored hash. */
export function accessTokenMatches(token: string, storedHash: string): boolean {
  const presented = hash('sha256', token, 'buffer');
  const stored = Buffer.from(storedHash, 'hex');
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}
