import { helperInviteMail, helperInviteUrl } from '../shared/mail/helper-mail.js';
import { witnessLinkMail, witnessLinkUrl } from '../shared/mail/witness-mail.js';
import { LambdaDossierCompiler } from '../shared/ports/dossier-compiler-lambda-adapter.js';
import { LambdaProtectedDossierMailer } from '../shared/ports/protected-dossier-mailer-lambda-adapter.js';
import { sendCaseMail } from '../shared/usecases/send-case-mail.js';
import type { AwsRuntime } from './environment.js';
import type { ApiDeps } from './http/deps.js';

/**
 * The composition root of the HTTP side: what the API and the pages are built with, from
 * one function's runtime. The API function (`apiDeps`), the web function (`webDeps`) and
 * `npm start`, which serves both on one port with `webDeps`, all build theirs here.
 */
export function apiDeps(runtime: AwsRuntime, overrides: Partial<ApiDeps> = {}): ApiDeps {
  const compileFunction = runtime.env.COMPILE_DOSSIER_FUNCTION_NAME;
  const notifyFunction = runtime.env.NOTIFY_FUNCTION_NAME;
  const lambdaClient = async () => {
    const { LambdaClient } = await import('@aws-sdk/client-lambda');
    return new LambdaClient({});
  };
  // SES loads at the first mail; most requests send none.
  const mailer = runtime.mailer();
  return {
    dossierCompiler: compileFunction
      ? new LambdaDossierCompiler(lambdaClient, compileFunction)
      : undefined,
    // The PDF library lives in the notify function, not in the API's bundle.
    protectedDossierMailer: notifyFunction
      ? new LambdaProtectedDossierMailer(lambdaClient, notifyFunction)
      : undefined,
    store: runtime.store,
    log: runtime.log,
    workflow: runtime.workflow(),
    timing: runtime.timing,
    logger: runtime.logger,
    emailIndex: true,
    // The confirmation that lifts an address's stop leaves from the request that asks.
    mailer,
    mail: runtime.env.PUBLIC_BASE_URL ? runtime.mailContext() : undefined,
    // A witness's link: one mail to an address the victim typed, kept nowhere.
    mailWitnessLink: async ({ to, locale, caseId, token }) => {
      const link = witnessLinkUrl(runtime.mailContext(), caseId, token, locale);
      await runtime.mailer().send({ to, ...witnessLinkMail(locale, link) });
    },
    // A helper's invitation: one mail to an address the victim typed, kept nowhere.
    mailHelperInvite: async ({ to, locale, caseId, token }) => {
      const link = helperInviteUrl(runtime.mailContext(), caseId, token, locale);
      await runtime.mailer().send({ to, ...helperInviteMail(locale, link) });
    },
    ...overrides,
  };
}

/**
 * `apiDeps` and what only the pages use: their quick exit, and the sign-in mail (the
 * mail templates stay out of the API's bundle).
 */
export function webDeps(runtime: AwsRuntime, overrides: Partial<ApiDeps> = {}): ApiDeps {
  let mailDeps: Parameters<typeof sendCaseMail>[0] | undefined;
  return apiDeps(runtime, {
    quickExitUrl: runtime.env.QUICK_EXIT_URL,
    // The "lost link" form and signed-out case pages mail a fresh sign-in link.
    sendSignInLink: async (state) => {
      mailDeps ??= {
        log: runtime.log,
        mailer: runtime.mailer(),
        mail: runtime.mailContext(),
        logger: runtime.logger,
        store: runtime.store,
      };
      await sendCaseMail(mailDeps, { caseId: state.caseId, mail: 'sign-in' });
    },
    ...overrides,
  });
}
