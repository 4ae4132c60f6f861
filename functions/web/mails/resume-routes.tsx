import { Hono } from 'hono';
import * as z from 'zod';
import { isStopLiftToken } from '../../../shared/address-mail.js';
import {
  confirmStopLift,
  requestStopLift,
  requestStopLiftForCase,
} from '../../../shared/usecases/lift-address-stop.js';
import { clientAddress } from '../../http/abuse-limits.js';
import { FixedWindowCounter } from '../../http/rate-limit.js';
import { formFields, text } from '../forms/fields.js';
import { formTexts } from '../forms/texts.js';
import type { PageContext } from '../page-context.js';
import { csrfToken, fromOurPages, pageLocale } from '../session.js';
import { mailsTexts } from './texts.js';
import { ConfirmResumePage, ResumedPage, ResumeMailsPage } from './view.js';

/**
 * Receiving the mails again after a stop from a mail's link: anyone may ask (from the stop
 * page, the case page, or by typing the address); a confirmation goes to the address, and
 * its page's button lifts the stop. See `shared/usecases/lift-address-stop.ts`.
 */
export function resumeMailsRoutes(web: PageContext) {
  const { deps, now } = web;
  const requestsByAddress = new FixedWindowCounter(10, 3600_000);
  const app = new Hono();

  app.get('/mails/resume', (c) => {
    const locale = pageLocale(c);
    return c.html(<ResumeMailsPage {...web.frame(c, locale)} csrf={csrfToken(c)} />);
  });

  /** The same answer whether or not the address has a stop, a case, or its day's budget. */
  app.post('/mails/resume', web.formLimit, async (c) => {
    const fields = await formFields(c);
    if (!fromOurPages(c, text(fields, 'csrf'))) return web.forbidden(c);
    const locale = pageLocale(c);
    const caseId = text(fields, 'caseId');
    const email = text(fields, 'email').trim();
    if (!caseId && !z.email().max(254).safeParse(email).success) {
      return c.html(
        <ResumeMailsPage
          {...web.frame(c, locale)}
          csrf={csrfToken(c)}
          email={email}
          error={formTexts[locale].errors.email}
        />,
        422,
      );
    }
    if (requestsByAddress.hit(clientAddress(c))) {
      const liftDeps = { ...deps, now };
      if (caseId) await requestStopLiftForCase(liftDeps, caseId);
      // Typed in, the address has no case to take a choice from: discreet, as by default.
      else await requestStopLift(liftDeps, { email, locale, discreet: true });
    }
    const t = mailsTexts[locale];
    return web.message(c, locale, { title: t.askedTitle, body: t.asked }, { role: 'status' });
  });

  /** Opening the mailed link lifts nothing: the page's button does (mail scanners GET). */
  app.get('/mails/resume/confirm', (c) => {
    const locale = pageLocale(c);
    const token = c.req.query('t') ?? '';
    return c.html(
      <ConfirmResumePage
        {...web.frame(c, locale)}
        // The token stays out of the language links.
        url={new URL('/mails/resume/confirm', c.req.url).href}
        csrf={csrfToken(c)}
        token={isStopLiftToken(token) ? token : ''}
      />,
    );
  });

  app.post('/mails/resume/confirm', web.formLimit, async (c) => {
    const fields = await formFields(c);
    if (!fromOurPages(c, text(fields, 'csrf'))) return web.forbidden(c);
    const locale = pageLocale(c);
    // The token is tried before any limit: a valid one always works (shared networks).
    if (await confirmStopLift({ ...deps, now }, text(fields, 't'))) {
      return c.html(<ResumedPage {...web.frame(c, locale)} />);
    }
    // Counted with every other wrong credential; past the limit, the page says so.
    await web.credentialFailed(c, 'stop-lift');
    return c.html(
      <ResumeMailsPage {...web.frame(c, locale)} csrf={csrfToken(c)} invalidLink />,
      400,
    );
  });

  return app;
}
