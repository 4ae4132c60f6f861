import { caseMailStopped } from '../address-mail.js';
import { actDatesOf } from '../domain/deadlines.js';
import type { ProtectedDossierMailResult } from '../domain/mail-preferences.js';
import { isCaseErased, sweepIfErased } from '../erased-cases.js';
import {
  attachmentFileName,
  dossierReadyMail,
  prosecutorLetterMail,
} from '../mail/dossier-mails.js';
import { MailRejectedError } from '../ports/mailer.js';
import { readDossierPdf, type SendCaseMailDeps } from './send-case-mail.js';

export interface MailProtectedDossierDeps extends SendCaseMailDeps {
  /** Encrypts a PDF with a password (`shared/dossier/protect-pdf.ts`). */
  readonly protectPdf: (pdf: Uint8Array, password: string) => Promise<Uint8Array>;
  /** @default () => new Date() */
  readonly now?: () => Date;
}

/**
 * Dossier mails a case may get in a day, protected copies included: each copy costs an
 * encryption of up to 10 MB and a mail, and a leaked token must not make either a flood.
 */
export const MAX_DOSSIER_MAILS_PER_DAY = 5;
const DAY_MS = 24 * 3600 * 1000;

/**
 * Mails the case's latest dossier, encrypted with the password the victim just typed: the
 * password is used here and kept nowhere (not in the log, not in a log line, not in the
 * mail). Same rules as any attachment: a confirmed address, a PDF that fits, mails not
 * stopped. An erased case gets no mail, and one erased while it goes is swept again.
 */
export async function mailProtectedDossier(
  deps: MailProtectedDossierDeps,
  caseId: string,
  password: string,
): Promise<ProtectedDossierMailResult> {
  try {
    return await mailUnlessErased(deps, caseId, password);
  } finally {
    await sweepIfErased(deps.store, caseId);
  }
}

async function mailUnlessErased(
  deps: MailProtectedDossierDeps,
  caseId: string,
  password: string,
): Promise<ProtectedDossierMailResult> {
  const state = await deps.log.load(caseId);
  if (!state || (await isCaseErased(deps.store, caseId))) {
    return { sent: false, reason: 'no-dossier' };
  }
  if (await caseMailStopped(deps.store, state)) return { sent: false, reason: 'mails-stopped' };
  const since = (deps.now?.() ?? new Date()).getTime() - DAY_MS;
  const recent = state.mails.filter(
    (m) =>
      (m.mail === 'dossier-ready' || m.mail === 'prosecutor-letter') &&
      !m.failed &&
      Date.parse(m.at) > since,
  );
  if (recent.length >= MAX_DOSSIER_MAILS_PER_DAY) return { sent: false, reason: 'too-many' };
  const dossier = state.dossiers
    .filter((d) => d.files.some((f) => f.name === 'dossier.pdf'))
    .at(-1);
  if (!dossier) return { sent: false, reason: 'no-dossier' };
  const read = await readDossierPdf(deps, state, dossier);
  if (!read.ok) return { sent: false, reason: read.reason };

  const content = await deps.protectPdf(read.content, password);
  const [kind, render] =
    dossier.purpose === 'complaint'
      ? (['dossier-ready', dossierReadyMail] as const)
      : (['prosecutor-letter', prosecutorLetterMail] as const);
  const fileName = attachmentFileName(state, dossier.purpose, dossier.version);
  try {
    const { messageId } = await deps.mailer.send({
      to: state.email,
      ...render(state, deps.mail, actDatesOf(state), 'attached-protected'),
      attachments: [{ fileName, contentType: 'application/pdf', content }],
    });
    await deps.log.append({ type: 'mail-sent', caseId, mail: kind, messageId });
    deps.logger.info('mail sent', {
      caseId,
      mail: kind,
      eventType: 'mail-sent',
      code: 'protected',
    });
    return { sent: true };
  } catch (error) {
    if (!(error instanceof MailRejectedError)) throw error;
    deps.logger.warn('mail rejected', { caseId, mail: kind, errorName: error.message });
    await deps.log.append({ type: 'mail-failed', caseId, mail: kind, reason: error.message });
    return { sent: false, reason: 'rejected' };
  }
}
