import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { MailSettingsRequest } from '../../shared/domain/mail-settings.js';
import { readOwnCase } from '../../shared/usecases/read-case.js';
import { resumeMails, stopMails } from '../../shared/usecases/stop-mails.js';
import { caseNotFound } from './abuse-limits.js';
import type { ApiDeps } from './deps.js';
import { bearerToken, parseJsonBody } from './json-body.js';
import { type Problem, problemResponse, problems } from './problem.js';

export const MAIL_SETTINGS_MAX_BYTES = 1024;

export const stoppedByRecipient = (): Problem => ({
  type: '/problems/mails-stopped-by-recipient',
  title: 'The mails were stopped from one of them',
  status: 409,
  detail:
    'Whoever read a mail about this case stopped them from its link; only a browser signed in with a link received at the case address can turn them back on.',
});

/** The holder stops every mail about the case, or turns them back on. */
export function mailSettingsRoutes(deps: ApiDeps) {
  return new Hono().put(
    '/:caseId/mails',
    bodyLimit({
      maxSize: MAIL_SETTINGS_MAX_BYTES,
      onError: (c) => problemResponse(c, problems.tooLarge(MAIL_SETTINGS_MAX_BYTES)),
    }),
    async (c) => {
      const state = await readOwnCase(deps.log, c.req.param('caseId'), bearerToken(c));
      if (!state) return caseNotFound(c);
      const parsed = await parseJsonBody(c, MailSettingsRequest);
      if (!parsed.ok) return problemResponse(c, parsed.problem);
      if (parsed.value.stopped) await stopMails(deps, state.caseId, 'holder');
      // The Bearer token is the access token: it shows no access to the case's mailbox.
      else if (!(await resumeMails(deps, state, 'access-token')))
        return problemResponse(c, stoppedByRecipient());
      const after = await deps.log.load(state.caseId);
      return c.json({
        mailsStoppedAt: after?.mailsStoppedAt ?? null,
        mailsStoppedBy: after?.mailsStoppedBy ?? null,
      });
    },
  );
}
