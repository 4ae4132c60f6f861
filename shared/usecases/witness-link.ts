import { addressStopped, spendWitnessLinkBudget } from '../address-mail.js';
import type { CaseLog } from '../case-log.js';
import type { CaseState } from '../domain/fold.js';
import {
  emptyGuestAccess,
  GUEST_LINK_TTL_MS,
  type GuestPrincipal,
  guestOfSession,
  linksIssuedToday,
  liveLinkOf,
} from '../domain/guest-access.js';
import type { Locale } from '../domain/locale.js';
import { newSecret, sha256Hex } from '../domain/sign-in.js';
import type { Witness } from '../domain/witnesses.js';
import { errorName, type Logger } from '../logger.js';
import type { BlobStore } from '../ports/blob-store.js';

/** Witness links one case may send in 24 hours (a stolen session cannot mail the world). */
export const WITNESS_LINKS_PER_CASE_PER_DAY = 10;

export interface SendWitnessLinkDeps {
  readonly log: CaseLog;
  readonly store: BlobStore;
  readonly logger: Logger;
  /**
   * Mails the link to the address, in the witness's language. The address goes to the
   * mail service and nowhere else: not into the log, not into a log line.
   */
  readonly mailWitnessLink?: (message: {
    to: string;
    locale: Locale;
    caseId: string;
    token: string;
  }) => Promise<void>;
  readonly now?: () => Date;
}

export type SendWitnessLinkResult =
  | { readonly ok: true; readonly expiresAt: string }
  | {
      readonly ok: false;
      readonly reason:
        | 'witness-not-found'
        | 'link-out'
        | 'attested'
        | 'case-limit'
        | 'address-limit'
        | 'not-sent';
    };

const witnessPrincipal = (witnessId: string): GuestPrincipal => ({
  kind: 'witness',
  id: witnessId,
});

/**
 * Mails a witness a single-use link to write their own attestation, on the victim's
 * explicit request: one live link per witness, a day's budget per case and per address
 * (counted by the address's hash, like welcome mails), never to an address that asked for
 * no more mail. Only the token's hash is recorded; the address is not kept at all.
 */
export async function sendWitnessLink(
  deps: SendWitnessLinkDeps,
  state: CaseState,
  request: { witnessId: string; email: string; locale: Locale },
): Promise<SendWitnessLinkResult> {
  const now = deps.now?.() ?? new Date();
  const witness = state.witnesses.find((w) => w.witnessId === request.witnessId);
  if (!witness) return { ok: false, reason: 'witness-not-found' };
  const guests = state.guests ?? emptyGuestAccess();
  const principal = witnessPrincipal(witness.witnessId);
  if (liveLinkOf(guests, principal, now.getTime())) return { ok: false, reason: 'link-out' };
  if (witness.attestation?.submitted) return { ok: false, reason: 'attested' };
  if (linksIssuedToday(guests, now.getTime()) >= WITNESS_LINKS_PER_CASE_PER_DAY)
    return { ok: false, reason: 'case-limit' };
  if (!deps.mailWitnessLink) return { ok: false, reason: 'not-sent' };
  // An address that asked for no more mail gets none: the victim reads the same answer
  // as for a spent budget, so the page tells nothing about that address.
  if (
    (await addressStopped(deps.store, request.email)) ||
    !(await spendWitnessLinkBudget(deps.store, request.email, now))
  )
    return { ok: false, reason: 'address-limit' };

  const token = newSecret();
  const expiresAt = new Date(now.getTime() + GUEST_LINK_TTL_MS).toISOString();
  await deps.log.append({
    type: 'guest-link-issued',
    caseId: state.caseId,
    principal,
    tokenHash: sha256Hex(token),
    expiresAt,
  });
  try {
    await deps.mailWitnessLink({
      to: request.email,
      locale: request.locale,
      caseId: state.caseId,
      token,
    });
  } catch (error) {
    // Not sent: the link must not stay out, or the victim could not send another.
    await deps.log.append({
      type: 'guest-access-ended',
      caseId: state.caseId,
      principal,
      reason: 'cancelled',
    });
    deps.logger.error('witness link not sent', {
      caseId: state.caseId,
      errorName: errorName(error),
    });
    return { ok: false, reason: 'not-sent' };
  }
  deps.logger.info('witness link sent', { caseId: state.caseId, eventType: 'guest-link-issued' });
  return { ok: true, expiresAt };
}

/** The victim takes back a link not yet used: it opens nothing from now on. */
export async function cancelWitnessLink(
  deps: { readonly log: CaseLog; readonly now?: () => Date },
  state: CaseState,
  witnessId: string,
): Promise<boolean> {
  const now = (deps.now?.() ?? new Date()).getTime();
  const principal = witnessPrincipal(witnessId);
  if (!liveLinkOf(state.guests ?? emptyGuestAccess(), principal, now)) return false;
  await deps.log.append({
    type: 'guest-access-ended',
    caseId: state.caseId,
    principal,
    reason: 'cancelled',
  });
  return true;
}

/** The witness a guest session opens the case as, if it is one and the witness is still there. */
export function witnessOfSession(state: CaseState, secret: string, now: Date): Witness | undefined {
  const principal = guestOfSession(state.guests ?? emptyGuestAccess(), secret, now.getTime());
  if (principal?.kind !== 'witness') return undefined;
  return state.witnesses.find((w) => w.witnessId === principal.id);
}

/** The state of a witness's link as the victim sees it: out (until when), or not. */
export function witnessLinkOut(state: CaseState, witnessId: string, now: Date) {
  return liveLinkOf(state.guests ?? emptyGuestAccess(), witnessPrincipal(witnessId), now.getTime());
}

/** Ends every link and session of a witness the victim took off the case. */
export async function endWitnessAccess(
  deps: { readonly log: CaseLog },
  state: CaseState,
  witnessId: string,
  reason: 'removed' | 'withdrawn',
): Promise<void> {
  const guests = state.guests ?? emptyGuestAccess();
  const has = (p: GuestPrincipal) => p.kind === 'witness' && p.id === witnessId;
  if (
    !guests.links.some((l) => has(l.principal) && !l.ended) &&
    !guests.sessions.some((s) => has(s.principal))
  )
    return;
  await deps.log.append({
    type: 'guest-access-ended',
    caseId: state.caseId,
    principal: witnessPrincipal(witnessId),
    reason,
  });
}
