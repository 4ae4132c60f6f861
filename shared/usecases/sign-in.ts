import type { CaseLog } from '../case-log.js';
import { accessTokenMatches } from '../domain/access-token.js';
import type { CaseState } from '../domain/fold.js';
import {
  linksAlive,
  newSecret,
  SIGN_IN_LINK_TTL_MS,
  SIGN_IN_LINKS_ALIVE,
  sha256Hex,
  validLink,
  validSession,
} from '../domain/sign-in.js';
import { casesByEmail } from '../email-index.js';
import { errorName, type Logger } from '../logger.js';
import type { BlobStore } from '../ports/blob-store.js';

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
 * Gives the browser that opened the case a session of its own (its cookie), so that the
 * access token never sits in a cookie: only the secret's hash is recorded.
 */
export async function startOpenerSession(
  deps: { log: CaseLog; logger: Logger },
  caseId: string,
): Promise<string> {
  const session = newSecret();
  await deps.log.append({
    type: 'opener-session-started',
    caseId,
    sessionHash: sha256Hex(session),
  });
  deps.logger.info('signed in', { caseId, eventType: 'opener-session-started' });
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

/**
 * Ends the browser session whose secret is `secret`, if it is one of the case's. The
 * access token opens no session to end: its browser only forgets it.
 */
export async function signOut(
  deps: { log: CaseLog },
  state: CaseState,
  secret: string | undefined,
): Promise<void> {
  if (!secret) return;
  const sessionHash = sha256Hex(secret);
  if (!state.signIn.sessions.some((s) => s.sessionHash === sessionHash)) return;
  await deps.log.append({ type: 'session-ended', caseId: state.caseId, sessionHash });
}

export interface MailSignInLinkDeps {
  readonly log: CaseLog;
  readonly store: BlobStore;
  readonly logger: Logger;
  /** Mails a fresh link to the case's address; without it nothing is sent. */
  readonly sendSignInLink?: (state: CaseState) => Promise<void>;
}

/**
 * Mails a sign-in link to the case's address, unless it has as many unused links alive as
 * it may. Whoever asks gets the same answer: failures are logged, never shown.
 */
export async function mailSignInLink(
  deps: MailSignInLinkDeps,
  state: CaseState,
  now: Date,
): Promise<void> {
  if (linksAlive(state.signIn, now.getTime()) >= SIGN_IN_LINKS_ALIVE) {
    deps.logger.warn('sign-in link not sent', { caseId: state.caseId, code: 'too-many-links' });
    return;
  }
  try {
    await deps.sendSignInLink?.(state);
  } catch (error) {
    deps.logger.error('sign-in link not sent', {
      caseId: state.caseId,
      errorName: errorName(error),
    });
  }
}

/** Mails a sign-in link for each case opened with `email` (found through the address index). */
export async function mailSignInLinksTo(
  deps: MailSignInLinkDeps,
  email: string,
  now: Date,
): Promise<void> {
  const wanted = sha256Hex(email.trim().toLowerCase());
  for (const caseId of await casesByEmail(deps.store, email)) {
    const state = await deps.log.load(caseId);
    if (!state || sha256Hex(state.email.trim().toLowerCase()) !== wanted) continue;
    await mailSignInLink(deps, state, now);
  }
}
