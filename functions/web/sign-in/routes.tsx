import { Hono } from 'hono';
import * as z from 'zod';
import { isCaseId } from '../../../shared/domain/ids.js';
import {
  mailSignInLink,
  mailSignInLinksTo,
  useSignInLink,
} from '../../../shared/usecases/sign-in.js';
import { clientAddress } from '../../http/abuse-limits.js';
import { FixedWindowCounter } from '../../http/rate-limit.js';
import { formFields, text } from '../forms/fields.js';
import { formTexts } from '../forms/texts.js';
import type { PageContext } from '../page-context.js';
import { csrfToken, fromOurPages, pageLocale, setSession } from '../session.js';
import { signInTexts } from './texts.js';
import { AccessPage, LostLinkPage } from './view.js';

/**
 * Signing in on a device: the page a mailed link opens (its button spends the link), the
 * "lost link" form, and the case page's "send me a link" button.
 */
export function signInRoutes(web: PageContext) {
  return new Hono().route('/', linkRequestRoutes(web)).route('/', accessRoutes(web));
}

/** Asking for a sign-in link: by address ("lost link"), or from a case page without a session. */
function linkRequestRoutes(web: PageContext) {
  const { deps, now } = web;
  const linksByAddress = new FixedWindowCounter(10, 3600_000);
  const app = new Hono();

  /** The same answer whether or not a case matches, limited or not. */
  const sent = (c: Parameters<PageContext['forbidden']>[0]) => {
    const locale = pageLocale(c);
    const a = signInTexts[locale];
    return web.message(c, locale, { title: a.sentTitle, body: a.sent }, { role: 'status' });
  };

  app.get('/lost-link', (c) => {
    const locale = pageLocale(c);
    return c.html(<LostLinkPage {...web.frame(c, locale)} csrf={csrfToken(c)} />);
  });

  app.post('/lost-link', web.formLimit, async (c) => {
    const fields = await formFields(c);
    if (!fromOurPages(c, text(fields, 'csrf'))) return web.forbidden(c);
    const locale = pageLocale(c);
    const email = text(fields, 'email').trim();
    if (!z.email().max(254).safeParse(email).success) {
      return c.html(
        <LostLinkPage
          {...web.frame(c, locale)}
          csrf={csrfToken(c)}
          email={email}
          error={formTexts[locale].errors.email}
        />,
        422,
      );
    }
    if (deps.emailIndex && deps.sendSignInLink && linksByAddress.hit(clientAddress(c)))
      await mailSignInLinksTo(deps, email, now());
    return sent(c);
  });

  app.post('/cases/:caseId/send-link', web.formLimit, async (c) => {
    const fields = await formFields(c);
    if (!fromOurPages(c, text(fields, 'csrf'))) return web.forbidden(c);
    const caseId = c.req.param('caseId');
    if (isCaseId(caseId) && linksByAddress.hit(clientAddress(c))) {
      const state = await deps.log.load(caseId);
      if (state) await mailSignInLink(deps, state, now());
    }
    return sent(c);
  });

  return app;
}

/** The page a mailed sign-in link opens, and its button, which spends the link. */
function accessRoutes(web: PageContext) {
  const { deps, now } = web;
  const app = new Hono();

  /** Opening the mailed link spends nothing: the page's button does (mail scanners GET). */
  app.get('/access/:caseId', (c) => {
    const locale = pageLocale(c);
    const token = c.req.query('t') ?? '';
    const caseId = isCaseId(c.req.param('caseId')) ? c.req.param('caseId') : '';
    return c.html(
      <AccessPage
        {...web.frame(c, locale)}
        // The token stays out of the language links.
        url={new URL(`/access/${caseId}`, c.req.url).href}
        csrf={csrfToken(c)}
        caseId={caseId}
        token={/^[A-Za-z0-9_-]{16,128}$/.test(token) ? token : ''}
      />,
    );
  });

  app.post('/access/:caseId', web.formLimit, async (c) => {
    const fields = await formFields(c);
    if (!fromOurPages(c, text(fields, 'csrf'))) return web.forbidden(c);
    const locale = pageLocale(c);
    const caseId = c.req.param('caseId');
    const token = text(fields, 't');
    // The link is tried before any limit: a valid unused link always works, however many
    // wrong ones others sent from the same network (shared Wi-Fi, a household, CGNAT).
    const state = isCaseId(caseId) && token ? await deps.log.load(caseId) : undefined;
    const session = state ? await useSignInLink(deps, state, token, now()) : undefined;
    if (!state || !session) {
      // Past the limits shared with the API and the other pages, the page says so.
      await web.credentialFailed(c, caseId);
      return c.html(
        <LostLinkPage {...web.frame(c, locale)} csrf={csrfToken(c)} invalidLink />,
        400,
      );
    }
    setSession(c, state.caseId, session);
    return c.redirect(`/cases/${state.caseId}`, 303);
  });

  return app;
}
