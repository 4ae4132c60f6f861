import { Hono } from 'hono';
import { isCaseId } from '../../../shared/domain/ids.js';
import { stopMails } from '../../../shared/usecases/stop-mails.js';
import { clientAddress } from '../../http/abuse-limits.js';
import { FixedWindowCounter } from '../../http/rate-limit.js';
import { formFields, text } from '../forms/fields.js';
import { frameTexts } from '../frame/texts.js';
import type { PageContext } from '../page-context.js';
import { csrfToken, fromOurPages, pageLocale } from '../session.js';
import { resumeMailsRoutes } from './resume-routes.js';
import { StopMailsPage } from './view.js';

/** Every mail links here: whoever reads it, perhaps not the case's holder, may stop them. */
export function mailsRoutes(web: PageContext) {
  const mailStopsByAddress = new FixedWindowCounter(30, 3600_000);
  const app = new Hono();

  app.get('/mails/stop/:caseId', (c) => {
    const locale = pageLocale(c);
    const caseId = c.req.param('caseId');
    return c.html(
      <StopMailsPage
        {...web.frame(c, locale)}
        csrf={csrfToken(c)}
        caseId={isCaseId(caseId) ? caseId : ''}
      />,
    );
  });

  app.post('/mails/stop/:caseId', web.formLimit, async (c) => {
    const fields = await formFields(c);
    // A mail client's one-click unsubscribe (RFC 8058) posts from its own servers, with no
    // cookie. Stopping mails depends on no session, so the CSRF check protects nothing here.
    const oneClick = text(fields, 'List-Unsubscribe') === 'One-Click';
    if (!oneClick && !fromOurPages(c, text(fields, 'csrf'))) return web.forbidden(c);
    const locale = pageLocale(c);
    if (!mailStopsByAddress.hit(clientAddress(c))) {
      const t = frameTexts[locale];
      return web.message(c, locale, { title: t.error.title, body: t.tooMany }, { status: 429 });
    }
    // The same answer whether or not the case exists.
    const caseId = c.req.param('caseId');
    await stopMails(web.deps, caseId, 'recipient');
    return c.html(
      <StopMailsPage
        {...web.frame(c, locale)}
        csrf={csrfToken(c)}
        caseId={isCaseId(caseId) ? caseId : ''}
        stopped
      />,
    );
  });

  app.route('/', resumeMailsRoutes(web));
  return app;
}
