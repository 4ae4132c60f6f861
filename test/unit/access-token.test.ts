import { describe, expect, it } from 'vitest';
import {
  accessTokenMatches,
  hashAccessToken,
  newAccessToken,
} from '../../shared/domain/access-token.js';
import { CaseId, newCaseId } from '../../shared/domain/ids.js';

describe('access tokens', () => {
  it('are 256-bit base64url strings, each different', () => {
    const tokens = new Set(Array.from({ length: 100 }, newAccessToken));

    expect(tokens.size).toBe(100);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('match their own hash only', () => {
    const token = newAccessToken();
    const hash = hashAccessToken(token);

    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(accessTokenMatches(token, hash)).toBe(true);
    expect(accessTokenMatches(newAccessToken(), hash)).toBe(false);
    expect(accessTokenMatches(token, 'not-a-hash')).toBe(false);
  });
});

describe('case ids', () => {
  it('are 26 Crockford characters, random', () => {
    const ids = Array.from({ length: 200 }, newCaseId);

    for (const id of ids) expect(CaseId.safeParse(id).success).toBe(true);
    expect(new Set(ids).size).toBe(200);
  });
});
