import type { CaseLog } from '../case-log.js';
import { accessTokenMatches } from '../domain/access-token.js';
import type { CaseState } from '../domain/fold.js';
import {
  newSecret,
  SIGN_IN_LINK_TTL_MS,
  sha256Hex,
  validLink,
  validSession,
} from '../domain/sign-in.js';
import type { Logger } from '../logger.js';

/**
 * Mints a single-use sign-in token for the case and records its hash. The token goes
 * into a mail link and nowhere else.
 */
export async function issueSignInLink(
  deps: { log: CaseLog },
  caseId: string,
  now: Date = new Date(),
): Promise<string> {
  const token = newSecret();
  await deps.log.append({
    type: 'sign-in-link-issued',
    caseId,
    tokenHash: sha256Hex(token),
    expiresAt: new Date(now.getTime() + SIGN_IN_LINK_TTL_MS).toISOString(),
  });
  return token;
}

/**
 * Spends a sign-in token: if it is unused and unexpired, records it used together with
 * the hash of a new session secret, and returns that secret (the browser's cookie).
 */
export async function useSignInLink(
  deps: { log: CaseLog; logger: Logger },
  state: CaseState,
  token: string,
  now: Date = new Date(),
): Promise<string | undefined> {
  const link = validLink(state.signIn, token, now.getTime());
  if (!link) return undefined;
  const session = newSecret();
  await deps.log.append({
    type: 'sign-in-link-used',
    caseId: state.caseId,
    tokenHash: link.tokenHash,
    sessionHash: sha256Hex(session),
  });
  deps.logger.info('signed in', { caseId: state.caseId, eventType: 'sign-in-link-used' });
  return session;
}

/**
 * True when the credential a browser holds opens the case: the access token itself (the
 * browser that opened the case) or the secret of an unexpired session.
 */
export function credentialOpens(state: CaseState, credential: string, now: Date): boolean {
  return (
    accessTokenMatches(credential, state.accessTokenHash) ||
    validSession(state.signIn, credential, now.getTime())
  );
}
