import {
  type ProtectedDossierMailResult,
  ProtectedDossierTask,
} from '../shared/domain/mail-preferences.js';
import { NotifyTask } from '../shared/domain/workflow-messages.js';
import { mailProtectedDossier } from '../shared/usecases/mail-protected-dossier.js';
import { type SendCaseMailResult, sendCaseMail } from '../shared/usecases/send-case-mail.js';
import { type AwsRuntime, awsRuntime, lazyHandler } from './environment.js';

/**
 * Sends one mail of the case: a task of the state machine (`NotifyTask`), or, invoked by
 * the API alone, the latest dossier encrypted with the victim's password
 * (`ProtectedDossierTask`), which must never pass through the state machine.
 */
export function createNotifyHandler(runtime: AwsRuntime) {
  const deps = {
    log: runtime.log,
    mailer: runtime.mailer(),
    mail: runtime.mailContext(),
    store: runtime.store,
    maxAttachmentBytes: runtime.env.MAIL_ATTACHMENT_MAX_BYTES,
    logger: runtime.logger,
    // Loaded at the first protected copy: evaluating its PDF library took 0.65 s of CPU at
    // every `npm start`, which serves nothing before it.
    protectPdf: async (pdf: Uint8Array, password: string) =>
      (await import('../shared/dossier/protect-pdf.js')).protectPdf(pdf, password),
  };
  return (event: unknown): Promise<SendCaseMailResult | ProtectedDossierMailResult> => {
    const task = ProtectedDossierTask.safeParse(event);
    if (task.success) return mailProtectedDossier(deps, task.data.caseId, task.data.password);
    return sendCaseMail(deps, NotifyTask.parse(event));
  };
}

export const handler = lazyHandler(() => createNotifyHandler(awsRuntime()));
