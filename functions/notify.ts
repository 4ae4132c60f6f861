import { NotifyTask } from '../shared/domain/workflow-messages.js';
import { sendCaseMail } from '../shared/usecases/send-case-mail.js';
import { type AwsRuntime, awsRuntime, lazyHandler } from './environment.js';

/** Task of the state machine: sends one mail of the case workflow. */
export function createNotifyHandler(runtime: AwsRuntime) {
  const deps = {
    log: runtime.log,
    mailer: runtime.mailer(),
    mail: runtime.mailContext(),
    store: runtime.store,
    maxAttachmentBytes: runtime.env.MAIL_ATTACHMENT_MAX_BYTES,
    logger: runtime.logger,
  };
  return (event: unknown) => sendCaseMail(deps, NotifyTask.parse(event));
}

export const handler = lazyHandler(() => createNotifyHandler(awsRuntime()));
