import { hash, randomBytes } from 'node:crypto';

/** A bearer token for one case: 256 random bits, base64url. Only its hash is stored. */
export function newAccessToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashAccessToken(token: string): string {
  return hash('sha256', token, 'hex');
}

/**
 * Constant-time check of a presented token against the stored hash. The digests are
 * compared as hex strings, every character whatever matches: a `timingSafeEqual` of two
 * buffers would allocate both, and this check runs on every authenticated request.
 */
export function accessTokenMatches(token: string, storedHash: string): boolean {
  const presented = hash('sha256', token, 'hex');
  if (presented.length !== storedHash.length) return false;
  let difference = 0;
  for (let i = 0; i < presented.length; i++) {
    difference |= presented.charCodeAt(i) ^ storedHash.charCodeAt(i);
  }
  return difference === 0;
}
