import { handle } from 'hono/aws-lambda';
import { sendCaseMail } from '../shared/usecases/send-case-mail.js';
import { type AwsRuntime, awsRuntime, lazyHandler } from './environment.js';
import { createApp } from './http/app.js';

export function createApiApp(runtime: AwsRuntime) {
  let mailDeps: Parameters<typeof sendCaseMail>[0] | undefined;
  return createApp({
    log: runtime.log,
    workflow: runtime.workflow(),
    timing: runtime.timing,
    logger: runtime.logger,
    store: runtime.store,
    emailIndex: true,
    quickExitUrl: runtime.env.QUICK_EXIT_URL,
    // The "lost link" form and signed-out case pages mail a fresh sign-in link.
    sendSignInLink: async (state) => {
      mailDeps ??= {
        log: runtime.log,
        mailer: runtime.mailer(),
        mail: runtime.mailContext(),
        logger: runtime.logger,
      };
      await sendCaseMail(mailDeps, { caseId: state.caseId, mail: 'sign-in' });
    },
  });
}

type LambdaHandler = ReturnType<typeof handle>;

export const handler = lazyHandler<
  Parameters<LambdaHandler>[0],
  Awaited<ReturnType<LambdaHandler>>
>(() => {
  const lambda = handle(createApiApp(awsRuntime()));
  return (event) => lambda(event);
});
