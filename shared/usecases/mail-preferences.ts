import type { CaseLog } from '../case-log.js';
import type { CaseState } from '../domain/fold.js';
import {
  type DossierDeliveryRequest,
  isDiscreet,
  type ProtectedDossierMailResult,
} from '../domain/mail-preferences.js';
import type { Logger } from '../logger.js';
import type { ProtectedDossierMailer } from '../ports/protected-dossier-mailer.js';

export interface MailPreferencesDeps {
  readonly log: CaseLog;
  readonly logger: Logger;
  /** Mails a protected copy at once; without it, the choice is recorded and nothing sent. */
  readonly protectedDossierMailer?: ProtectedDossierMailer;
}

export interface DossierDeliveryResult {
  readonly attachment: DossierDeliveryRequest['attachment'];
  /** With `protected`: whether the latest dossier left, encrypted with her password. */
  readonly protectedCopy?: ProtectedDossierMailResult;
}

/**
 * The victim says how the dossier comes by mail. The choice is recorded (once: choosing
 * the same again records nothing); with `protected`, her password encrypts the latest
 * dossier and the mail leaves now, and the password is forgotten.
 */
export async function chooseDossierDelivery(
  deps: MailPreferencesDeps,
  state: CaseState,
  request: DossierDeliveryRequest,
): Promise<DossierDeliveryResult> {
  if (state.dossierAttachment !== request.attachment) {
    await deps.log.append({
      type: 'dossier-delivery-chosen',
      caseId: state.caseId,
      attachment: request.attachment,
    });
    deps.logger.info('dossier delivery chosen', {
      caseId: state.caseId,
      eventType: 'dossier-delivery-chosen',
      code: request.attachment,
    });
  }
  if (request.attachment !== 'protected') return { attachment: request.attachment };
  const protectedCopy: ProtectedDossierMailResult = deps.protectedDossierMailer
    ? await deps.protectedDossierMailer.mail(state.caseId, request.password)
    : { sent: false, reason: 'unavailable' };
  return { attachment: request.attachment, protectedCopy };
}

/** Turns discreet mode on or off; the same setting again records nothing. */
export async function setDiscretion(
  deps: MailPreferencesDeps,
  state: CaseState,
  discreet: boolean,
): Promise<void> {
  if (isDiscreet(state) === discreet && state.discreet !== undefined) return;
  await deps.log.append({ type: 'discretion-set', caseId: state.caseId, discreet });
  deps.logger.info('discretion set', {
    caseId: state.caseId,
    eventType: 'discretion-set',
    code: discreet ? 'on' : 'off',
  });
}
