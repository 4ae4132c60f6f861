import { clearAddressStop, stopAddress } from '../address-mail.js';
import type { CaseLog } from '../case-log.js';
import type { MailsStoppedBy } from '../domain/events.js';
import type { CaseState } from '../domain/fold.js';
import { isCaseId } from '../domain/ids.js';
import type { Logger } from '../logger.js';
import type { BlobStore } from '../ports/blob-store.js';

export interface StopMailsDeps {
  readonly log: CaseLog;
  readonly logger: Logger;
  /** Where a recipient's stop is kept for the address; without it, only the case stops. */
  readonly store?: BlobStore;
}

/**
 * Stops every mail about a case: from a link in one of its mails (`recipient`: anyone who
 * read one, whoever opened the case, since a stranger may have opened it with this
 * address), or from the case page or the API (`holder`). Says nothing of whether the case
 * exists, so the link's page answers alike for any id.
 */
export async function stopMails(
  deps: StopMailsDeps,
  caseId: string,
  by: MailsStoppedBy,
): Promise<void> {
  if (!isCaseId(caseId)) return;
  const state = await deps.log.load(caseId);
  if (!state) return;
  // Whoever reads the mail speaks for the address: every case of it, now and later, stops.
  if (by === 'recipient' && deps.store) await stopAddress(deps.store, state.email, new Date());
  // A recipient's stop outranks a holder's, never the other way round.
  if (state.mailsStoppedBy === 'recipient' || state.mailsStoppedBy === by) return;
  await deps.log.append({ type: 'mails-stopped', caseId, by });
  deps.logger.info('mails stopped', { caseId, eventType: 'mails-stopped', code: by });
}

/**
 * How the holder reached the case: with the access token (the browser or client that
 * opened it, perhaps a stranger using someone else's address) or with a session opened by
 * a sign-in link mailed to the case's address (whoever holds it reads that mailbox).
 */
export type HolderCredential = 'access-token' | 'mailed-link';

/**
 * Whether this holder may turn the mails back on: always after their own stop; after a
 * stop from a mail's link only if they showed they read that mailbox, or a stranger who
 * opened a case with the victim's address could undo the victim's stop.
 */
export function mayResumeMails(state: CaseState, credential: HolderCredential): boolean {
  return state.mailsStoppedBy !== 'recipient' || credential === 'mailed-link';
}

/**
 * The holder turns the mails back on; false when `mayResumeMails` says they may not. A
 * holder signed in with a link mailed to the address also lifts the address's stop: they
 * read that mailbox, as the confirmation mail of `lift-address-stop.ts` would show.
 */
export async function resumeMails(
  deps: StopMailsDeps,
  state: CaseState,
  credential: HolderCredential,
): Promise<boolean> {
  if (credential === 'mailed-link' && deps.store) await clearAddressStop(deps.store, state.email);
  if (!state.mailsStoppedAt) return true;
  if (!mayResumeMails(state, credential)) return false;
  await deps.log.append({ type: 'mails-resumed', caseId: state.caseId });
  deps.logger.info('mails resumed', { caseId: state.caseId, eventType: 'mails-resumed' });
  return true;
}
