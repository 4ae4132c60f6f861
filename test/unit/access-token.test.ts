import { describe, expect, it } from 'vitest';
import {
  accessTokenMatches,
  hashAccessToken,
  newAccessToken,
} from '../../shared/domain/access-token.js';
import { CaseId, isCaseId, newCaseId } from '../../shared/domain/ids.js';

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

  it('are refused when the stored hash differs in any one character', () => {
    const token = newAccessToken();
    const hash = hashAccessToken(token);

    for (const at of [0, 31, 63]) {
      const other = hash[at] === '0' ? '1' : '0';
      const altered = `${hash.slice(0, at)}${other}${hash.slice(at + 1)}`;
      expect(accessTokenMatches(token, altered)).toBe(false);
    }
    expect(accessTokenMatches(token, hash.slice(0, -1))).toBe(false);
    expect(accessTokenMatches(token, `${hash}0`)).toBe(false);
  });
});

describe('case ids', () => {
  it('are 26 Crockford characters, random', () => {
    const ids = Array.from({ length: 200 }, newCaseId);

    for (const id of ids) expect(CaseId.safeParse(id).success).toBe(true);
    expect(new Set(ids).size).toBe(200);
  });

  it('are recognised by isCaseId exactly as by the CaseId schema', () => {
    const samples = [
      newCaseId(),
      newCaseId().toLowerCase(),
      `${newCaseId()}0`,
      newCaseId().slice(1),
      `${newCaseId().slice(0, 25)}U`,
      `${newCaseId().slice(0, 25)}\n`,
      '',
    ];

    for (const sample of samples) expect(isCaseId(sample)).toBe(CaseId.safeParse(sample).success);
    expect(samples.filter(isCaseId)).toHaveLength(1);
  });
});
