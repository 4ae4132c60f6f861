import {
  addressStopped,
  issueStopLift,
  liftAddressStop,
  spendWelcomeBudget,
} from '../address-mail.js';
import { emailIndexPrefixOf } from '../bucket-keys.js';
import type { CaseLog } from '../case-log.js';
import { isCaseId } from '../domain/ids.js';
import type { Locale } from '../domain/locale.js';
import { isDiscreet } from '../domain/mail-preferences.js';
import { errorName, type Logger } from '../logger.js';
import { type StopLiftRecipient, stopLiftMail } from '../mail/stop-lift-mail.js';
import type { MailContext } from '../mail/templates.js';
import type { BlobStore } from '../ports/blob-store.js';
import type { Mailer } from '../ports/mailer.js';

/**
 * Lifting a stop made from a mail's link (issue 18, finding 4). The stop holds for the
 * address (`shared/address-mail.ts`); only whoever reads that mailbox may lift it: anyone
 * may ask, and a confirmation with a single-use link goes to the address, counted against
 * its welcome budget (5 a day), so asking cannot be used to flood it. Its page's button,
 * not the link, lifts the stop.
 */

export interface RequestStopLiftDeps {
  readonly store: BlobStore;
  readonly logger: Logger;
  /** Without both, nothing is mailed; whoever asked gets the same answer. */
  readonly mailer?: Mailer;
  readonly mail?: MailContext;
  /** @default () => new Date() */
  readonly now?: () => Date;
}

/** What became of a request; the pages answer the same whatever it is. */
export type StopLiftRequestResult =
  | 'sent'
  /** The address has no stop to lift (or no case has this id): nothing is mailed. */
  | 'not-stopped'
  /** The address had its day's welcome mails. */
  | 'welcome-budget'
  | 'not-sent';

/**
 * Mails the address a confirmation that lifts its stop, when it has one and its day's
 * welcome budget allows. Failures are logged (never the address), not shown.
 */
export async function requestStopLift(
  deps: RequestStopLiftDeps,
  recipient: StopLiftRecipient,
): Promise<StopLiftRequestResult> {
  const { mailer, mail, logger } = deps;
  if (!mailer || !mail) return 'not-sent';
  if (!(await addressStopped(deps.store, recipient.email))) return 'not-stopped';
  const now = deps.now?.() ?? new Date();
  if (!(await spendWelcomeBudget(deps.store, recipient.email, now))) {
    logger.warn('stop lift not sent', { code: 'welcome-budget' });
    return 'welcome-budget';
  }
  const token = await issueStopLift(deps.store, recipient.email, now);
  try {
    await mailer.send({ to: recipient.email, ...stopLiftMail(recipient, mail, token) });
  } catch (error) {
    logger.error('stop lift not sent', { errorName: errorName(error) });
    return 'not-sent';
  }
  logger.info('stop lift sent', { code: 'stop-lift-sent' });
  return 'sent';
}

/**
 * The same, for the address of a case (the page a mail's "stop" link opens, the case
 * page): in the case's language and discreet mode. Says nothing of whether it exists.
 */
export async function requestStopLiftForCase(
  deps: RequestStopLiftDeps & { readonly log: CaseLog },
  caseId: string,
  locale?: Locale,
): Promise<StopLiftRequestResult> {
  const state = isCaseId(caseId) ? await deps.log.load(caseId) : undefined;
  if (!state) return 'not-stopped';
  return requestStopLift(deps, {
    email: state.email,
    locale: locale ?? state.locale,
    discreet: isDiscreet(state),
  });
}

export interface ConfirmStopLiftDeps {
  readonly store: BlobStore;
  readonly log: CaseLog;
  readonly logger: Logger;
  /** @default () => new Date() */
  readonly now?: () => Date;
}

/**
 * Spends a confirmation token: the address's stop ends, and so does the stop of each of
 * its cases made from a mail's link (whoever confirms reads the mailbox, which is what
 * `mayResumeMails` asks). A stop its holder made from the case page stays. False when the
 * token is unknown, spent or expired.
 */
export async function confirmStopLift(deps: ConfirmStopLiftDeps, token: string): Promise<boolean> {
  const hash = await liftAddressStop(deps.store, token, deps.now?.() ?? new Date());
  if (!hash) return false;
  const prefix = emailIndexPrefixOf(hash);
  for (const key of await deps.store.list(prefix)) {
    const caseId = key.slice(prefix.length);
    const state = isCaseId(caseId) ? await deps.log.load(caseId) : undefined;
    if (state?.mailsStoppedBy !== 'recipient') continue;
    await deps.log.append({ type: 'mails-resumed', caseId });
    deps.logger.info('mails resumed', { caseId, eventType: 'mails-resumed', code: 'stop-lifted' });
  }
  deps.logger.info('address stop lifted', { code: 'stop-lifted' });
  return true;
}
