import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { MailSettingsRequest } from '../../shared/domain/mail-settings.js';
import { readOwnCase } from '../../shared/usecases/read-case.js';
import { resumeMails, stopMails } from '../../shared/usecases/stop-mails.js';
import { caseNotFound } from './abuse-limits.js';
import type { ApiDeps } from './deps.js';
import { bearerToken, parseJsonBody } from './json-body.js';
import { problemResponse, problems } from './problem.js';

const MAIL_SETTINGS_MAX_BYTES = 1024;

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
      if (parsed.value.stopped) await stopMails(deps, state.caseId);
      else await resumeMails(deps, state);
      const after = await deps.log.load(state.caseId);
      return c.json({ mailsStoppedAt: after?.mailsStoppedAt ?? null });
    },
  );
}
