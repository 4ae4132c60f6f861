import type { CaseLog } from '../case-log.js';
import type { CaseState } from '../domain/fold.js';
import {
  emptyGuestAccess,
  type GuestKind,
  type GuestPrincipal,
  guestOfSession,
  type LinkStatus,
  linkStatus,
} from '../domain/guest-access.js';
import { newSecret, sha256Hex } from '../domain/sign-in.js';
import type { Logger } from '../logger.js';

export type StartGuestSession =
  | { readonly ok: true; readonly session: string; readonly guestId: string }
  | { readonly ok: false; readonly status: Exclude<LinkStatus, { status: 'usable' }> };

/** Whether the guest a link names is still on the case (a witness kept, a helper not taken off). */
function stillOnCase(state: CaseState, principal: GuestPrincipal): boolean {
  if (principal.kind === 'witness')
    return state.witnesses.some((w) => w.witnessId === principal.id);
  const helper = state.helpers?.find((h) => h.helperId === principal.id);
  return helper !== undefined && !helper.removedAt;
}

/**
 * Spends a guest's link (the landing page's button, never opening it: mail scanners spend
 * nothing): the browser gets a session of its own, which opens the pages of that guest's
 * kind and nothing else. A link of another kind is unknown to this kind's pages: a helper's
 * link on the witness's page (or the reverse) answers "not found", never "ended".
 */
export async function startGuestSession(
  deps: { readonly log: CaseLog; readonly logger: Logger },
  state: CaseState,
  kind: GuestKind,
  token: string,
  now: Date,
): Promise<StartGuestSession> {
  const status = linkStatus(state.guests ?? emptyGuestAccess(), token, now.getTime());
  if (status.status === 'unknown' || status.principal.kind !== kind)
    return { ok: false, status: { status: 'unknown' } };
  if (status.status !== 'usable') return { ok: false, status };
  if (!stillOnCase(state, status.principal))
    return {
      ok: false,
      status: { status: 'ended', principal: status.principal, reason: 'removed' },
    };
  const session = newSecret();
  await deps.log.append({
    type: 'guest-link-used',
    caseId: state.caseId,
    tokenHash: status.tokenHash,
    sessionHash: sha256Hex(session),
  });
  deps.logger.info(`${kind} signed in`, { caseId: state.caseId, eventType: 'guest-link-used' });
  return { ok: true, session, guestId: status.principal.id };
}

/**
 * A guest signs out on one device (a shared computer, a borrowed phone): that session ends
 * in the log, so the same cookie, kept or copied, opens nothing afterwards. Other devices
 * of the same guest keep theirs; only the victim's removal ends them all.
 */
export async function endGuestSession(
  deps: { readonly log: CaseLog; readonly logger: Logger },
  state: CaseState,
  secret: string,
  now: Date,
): Promise<boolean> {
  const principal = guestOfSession(state.guests ?? emptyGuestAccess(), secret, now.getTime());
  if (!principal) return false;
  await deps.log.append({
    type: 'guest-signed-out',
    caseId: state.caseId,
    sessionHash: sha256Hex(secret),
  });
  deps.logger.info(`${principal.kind} signed out`, {
    caseId: state.caseId,
    eventType: 'guest-signed-out',
  });
  return true;
}
