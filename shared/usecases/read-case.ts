import type { CaseLog, LoadOptions } from '../case-log.js';
import { accessTokenMatches } from '../domain/access-token.js';
import type { CaseState } from '../domain/fold.js';
import { isCaseId } from '../domain/ids.js';

/**
 * The case, if `accessToken` opens it. An unknown case and a wrong token both give
 * `undefined`, so callers cannot tell which ids exist. `options` as `CaseLog.load`'s: only
 * views may accept a stale state, never the step that acts on it.
 */
export async function readOwnCase(
  log: CaseLog,
  caseId: string,
  accessToken: string | undefined,
  options?: LoadOptions,
): Promise<CaseState | undefined> {
  if (!accessToken || !isCaseId(caseId)) return undefined;
  const state = await log.load(caseId, options);
  if (!state || !accessTokenMatches(accessToken, state.accessTokenHash)) return undefined;
  return state;
}

/**
 * `readOwnCase` answered from memory only: the case this instance read at most
 * `maxStalenessMs` ago, if `accessToken` opens it; `undefined` when it does not, or when
 * the log must be read first (then ask `readOwnCase`).
 */
export function readOwnRecentCase(
  log: CaseLog,
  caseId: string,
  accessToken: string | undefined,
  maxStalenessMs: number,
): CaseState | undefined {
  if (!accessToken || maxStalenessMs <= 0 || !isCaseId(caseId)) return undefined;
  const state = log.recentState(caseId, maxStalenessMs);
  if (!state || !accessTokenMatches(accessToken, state.accessTokenHash)) return undefined;
  return state;
}
