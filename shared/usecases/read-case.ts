import type { CaseLog } from '../case-log.js';
import { accessTokenMatches } from '../domain/access-token.js';
import type { CaseState } from '../domain/fold.js';
import { CaseId } from '../domain/ids.js';

/**
 * The case, if `accessToken` opens it. An unknown case and a wrong token both give
 * `undefined`, so callers cannot tell which ids exist.
 */
export async function readOwnCase(
  log: CaseLog,
  caseId: string,
  accessToken: string | undefined,
): Promise<CaseState | undefined> {
  if (!accessToken || !CaseId.safeParse(caseId).success) return undefined;
  const state = await log.load(caseId);
  if (!state || !accessTokenMatches(accessToken, state.accessTokenHash)) return undefined;
  return state;
}
