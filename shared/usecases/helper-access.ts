import { addressStopped, spendWitnessLinkBudget } from '../address-mail.js';
import type { CaseLog } from '../case-log.js';
import type { HelperActor } from '../domain/actor.js';
import type { CaseState } from '../domain/fold.js';
import {
  emptyGuestAccess,
  GUEST_LINK_TTL_MS,
  type GuestPrincipal,
  guestOfSession,
  linksIssuedToday,
} from '../domain/guest-access.js';
import {
  activeHelpers,
  type Helper,
  type HelperInviteRequest,
  MAX_HELPERS_PER_CASE,
} from '../domain/helpers.js';
import type { Locale } from '../domain/locale.js';
import { newSecret, sha256Hex } from '../domain/sign-in.js';
import { errorName, type Logger } from '../logger.js';
import type { BlobStore } from '../ports/blob-store.js';
import { WITNESS_LINKS_PER_CASE_PER_DAY } from './witness-link.js';

export interface InviteHelperDeps {
  readonly log: CaseLog;
  readonly store: BlobStore;
  readonly logger: Logger;
  /** Mails the invitation; the address goes to the mail service only, never to the log. */
  readonly mailHelperInvite?: (message: {
    to: string;
    locale: Locale;
    caseId: string;
    token: string;
  }) => Promise<void>;
  readonly now?: () => Date;
}

export type InviteHelperResult =
  | { readonly ok: true; readonly helperId: string; readonly expiresAt: string }
  | {
      readonly ok: false;
      readonly reason: 'helper-limit' | 'case-limit' | 'address-limit' | 'not-sent';
    };

const helperPrincipal = (helperId: string): GuestPrincipal => ({ kind: 'helper', id: helperId });

/**
 * The victim invites a trusted helper, and only she (the API and the pages call this with
 * her credential; a helper's session opens no route that reaches it). At most
 * `MAX_HELPERS_PER_CASE` at a time; each invitation is a guest link, so it counts in the
 * case's daily links with the witnesses' and in the address's daily budget for guest links
 * (by its hash, never to an address that asked for no mail). The address is not kept.
 */
export async function inviteHelper(
  deps: InviteHelperDeps,
  state: CaseState,
  request: HelperInviteRequest,
  options: { nextId: (time: number) => string },
): Promise<InviteHelperResult> {
  const now = deps.now?.() ?? new Date();
  if (activeHelpers(state.helpers).length >= MAX_HELPERS_PER_CASE)
    return { ok: false, reason: 'helper-limit' };
  const guests = state.guests ?? emptyGuestAccess();
  if (linksIssuedToday(guests, now.getTime()) >= WITNESS_LINKS_PER_CASE_PER_DAY)
    return { ok: false, reason: 'case-limit' };
  if (!deps.mailHelperInvite) return { ok: false, reason: 'not-sent' };
  if (
    (await addressStopped(deps.store, request.email)) ||
    !(await spendWitnessLinkBudget(deps.store, request.email, now))
  )
    return { ok: false, reason: 'address-limit' };

  const helperId = options.nextId(now.getTime());
  const token = newSecret();
  const expiresAt = new Date(now.getTime() + GUEST_LINK_TTL_MS).toISOString();
  await deps.log.append({
    type: 'helper-invited',
    caseId: state.caseId,
    helperId,
    name: request.name,
    roles: request.roles,
  });
  await deps.log.append({
    type: 'guest-link-issued',
    caseId: state.caseId,
    principal: helperPrincipal(helperId),
    tokenHash: sha256Hex(token),
    expiresAt,
  });
  try {
    await deps.mailHelperInvite({
      to: request.email,
      locale: request.locale,
      caseId: state.caseId,
      token,
    });
  } catch (error) {
    // Not sent: the invitation ends, so it neither counts nor opens anything.
    await removeHelper(deps, state, helperId, { force: true });
    deps.logger.error('helper invitation not sent', {
      caseId: state.caseId,
      errorName: errorName(error),
    });
    return { ok: false, reason: 'not-sent' };
  }
  deps.logger.info('helper invited', { caseId: state.caseId, eventType: 'helper-invited' });
  return { ok: true, helperId, expiresAt };
}

/**
 * The victim takes a helper off the case: their link and every session end in the same
 * breath (each request reads the log, so the next one is refused). Their actions stay.
 */
export async function removeHelper(
  deps: { readonly log: CaseLog },
  state: CaseState,
  helperId: string,
  options: { force?: boolean } = {},
): Promise<boolean> {
  const helper = state.helpers?.find((h) => h.helperId === helperId);
  if (!options.force && (!helper || helper.removedAt)) return false;
  await deps.log.append({
    type: 'guest-access-ended',
    caseId: state.caseId,
    principal: helperPrincipal(helperId),
    reason: 'removed',
  });
  await deps.log.append({ type: 'helper-removed', caseId: state.caseId, helperId });
  return true;
}

/** The helper a guest session opens the case as, now: never one taken off the case. */
export function helperOfSession(state: CaseState, secret: string, now: Date): Helper | undefined {
  const principal = guestOfSession(state.guests ?? emptyGuestAccess(), secret, now.getTime());
  if (principal?.kind !== 'helper') return undefined;
  const helper = state.helpers?.find((h) => h.helperId === principal.id);
  return helper && !helper.removedAt ? helper : undefined;
}

/** The actor argument a helper's writes carry. */
export const actorOf = (helper: Helper): HelperActor => ({ kind: 'helper', id: helper.helperId });
