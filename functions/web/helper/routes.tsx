import { type Context, Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { factRequestSchema, linkRequestSchema } from '../../../shared/domain/evidence.js';
import type { CaseState } from '../../../shared/domain/fold.js';
import { GUEST_SESSION_TTL_MS } from '../../../shared/domain/guest-access.js';
import type { Helper, HelperRole } from '../../../shared/domain/helpers.js';
import { isCaseId } from '../../../shared/domain/ids.js';
import {
  actorOf,
  helperOfSession,
  startHelperSession,
} from '../../../shared/usecases/helper-access.js';
import { pageUploadForm } from '../../../shared/usecases/issue-upload.js';
import { addLink, recordFact } from '../../../shared/usecases/record-evidence.js';
import { type Fields, filled, formFields, given, optional, text } from '../forms/fields.js';
import { type FormState, refusedForm } from '../forms/form-state.js';
import { frameTexts } from '../frame/texts.js';
import type { PageContext } from '../page-context.js';
import {
  allowUploadOrigin,
  csrfToken,
  fromOurPages,
  pageLocale,
  parisToIso,
  todayInParis,
} from '../session.js';
import { helperTexts } from './texts.js';
import { HelperLandingPage, HelperPage, HelperRefresh } from './view.js';

/**
 * A helper's cookie, apart from the victim's and the witness's: `{caseId}.{secret}`, sent
 * to `/helper` pages only. Every request reads the log again, so a helper the victim took
 * off is refused from the next request on: no session is trusted from memory.
 */
const HELPER_COOKIE = 'hd_helper';
const cookieOptions = {
  httpOnly: true,
  secure: true,
  sameSite: 'Strict',
  path: '/helper',
} as const;
const TOKEN = /^[A-Za-z0-9_-]{16,128}$/;

type Own = { state: CaseState; helper: Helper };

/**
 * The helper's pages: the invitation's landing and its button, their page (only what their
 * roles open), a file, a link and a fact added through the victim's own use cases with the
 * helper as actor, signing out. Every other page of the case answers a helper "not found".
 */
export function helperRoutes(web: PageContext) {
  const { deps, now, nextId } = web;
  const app = new Hono();

  const ownHelper = async (c: Context): Promise<Own | undefined> => {
    const caseId = c.req.param('caseId') ?? '';
    const match = getCookie(c, HELPER_COOKIE)?.match(
      /^([0-9A-HJKMNP-TV-Z]{26})\.([A-Za-z0-9_-]{16,128})$/,
    );
    if (!match || match[1] !== caseId) return undefined;
    const state = await deps.log.load(caseId);
    const helper = state && helperOfSession(state, match[2] as string, now());
    if (state && helper) return { state, helper };
    await web.credentialFailed(c, caseId);
    return undefined;
  };

  const notFound = (c: Context) => {
    const locale = pageLocale(c);
    return web.message(c, locale, frameTexts[locale].notFound, { status: 404 });
  };

  const render = async (
    c: Context,
    { state, helper }: Own,
    options: { form?: FormState; notice?: string; status?: 200 | 422 | 409 } = {},
  ) => {
    const locale = pageLocale(c);
    const t = helperTexts[locale];
    let upload: Awaited<ReturnType<typeof pageUploadForm>> | undefined;
    if (helper.roles.includes('evidence')) {
      upload = await pageUploadForm(deps, state, 'screenshot', {
        successRedirect: `${new URL(c.req.url).origin}/helper/${state.caseId}/uploaded`,
        now: now(),
        nextId,
        by: actorOf(helper),
      });
      if (upload.ok) allowUploadOrigin(c, upload.upload.url);
    }
    return c.html(
      <HelperPage
        {...web.frame(c, locale)}
        url={new URL(`/helper/${state.caseId}`, c.req.url).href}
        csrf={csrfToken(c)}
        state={state}
        helper={helper}
        upload={upload?.ok ? upload.upload : undefined}
        form={options.form}
        notice={options.notice ?? (c.req.query('uploaded') ? t.uploaded : undefined)}
        today={todayInParis(now())}
      />,
      options.status ?? 200,
    );
  };

  /** A form of the helper's page: from our pages, a live session, and the role it needs. */
  const helperForm =
    (role: HelperRole, handle: (c: Context, own: Own, fields: Fields) => Promise<Response>) =>
    async (c: Context) => {
      const fields = await formFields(c);
      if (!fromOurPages(c, text(fields, 'csrf'))) return web.forbidden(c);
      const own = await ownHelper(c);
      if (!own?.helper.roles.includes(role)) return notFound(c);
      return handle(c, own, fields);
    };

  app.get('/helper/:caseId', async (c) => {
    const caseId = c.req.param('caseId');
    const token = c.req.query('t') ?? '';
    const locale = pageLocale(c);
    if (TOKEN.test(token) && isCaseId(caseId))
      return c.html(
        <HelperLandingPage
          {...web.frame(c, locale)}
          // The token stays out of the language links.
          url={new URL(`/helper/${caseId}`, c.req.url).href}
          csrf={csrfToken(c)}
          caseId={caseId}
          token={token}
        />,
      );
    const own = await ownHelper(c);
    if (own) return render(c, own);
    // Back from storage (another site), the browser holds back the Strict cookie.
    if (isCaseId(caseId) && !c.req.query('r') && getCookie(c, HELPER_COOKIE) === undefined) {
      const url = new URL(c.req.url);
      url.searchParams.set('r', '1');
      return c.html(
        <HelperRefresh {...web.frame(c, locale)} to={`${url.pathname}${url.search}`} />,
      );
    }
    return notFound(c);
  });

  app.get('/helper/:caseId/uploaded', (c) => {
    const caseId = isCaseId(c.req.param('caseId')) ? c.req.param('caseId') : '';
    // Storage's own parameters (bucket, key, etag) stay out of the page's address.
    return c.redirect(`/helper/${caseId}?uploaded=1`, 303);
  });

  app.post('/helper/:caseId/start', web.formLimit, async (c) => {
    const fields = await formFields(c);
    if (!fromOurPages(c, text(fields, 'csrf'))) return web.forbidden(c);
    const locale = pageLocale(c);
    const caseId = c.req.param('caseId');
    const token = text(fields, 't');
    // The link is tried before any limit: a valid unused link always works.
    const state = isCaseId(caseId) && TOKEN.test(token) ? await deps.log.load(caseId) : undefined;
    const started = state ? await startHelperSession(deps, state, token, now()) : undefined;
    if (started?.ok) {
      setCookie(c, HELPER_COOKIE, `${caseId}.${started.session}`, {
        ...cookieOptions,
        maxAge: Math.floor(GUEST_SESSION_TTL_MS / 1000),
      });
      return c.redirect(`/helper/${caseId}`, 303);
    }
    const status = started?.status;
    const t = helperTexts[locale].messages;
    if (!status || status.status === 'unknown') {
      await web.credentialFailed(c, caseId);
      return web.message(c, locale, t.unknown, { status: 400 });
    }
    // The same browser using its link again goes on helping.
    const own = status.status === 'used' ? await ownHelper(c) : undefined;
    if (own?.helper.helperId === status.principal.id) return c.redirect(`/helper/${caseId}`, 303);
    const which = status.status === 'ended' ? 'removed' : status.status;
    return web.message(c, locale, t[which], { role: 'alert', status: 400 });
  });

  app.post(
    '/helper/:caseId/links',
    web.formLimit,
    helperForm('evidence', async (c, own, fields) => {
      const locale = pageLocale(c);
      const parsed = linkRequestSchema(() => now().getTime()).safeParse(
        filled(fields, ['url', 'description']),
      );
      if (!parsed.success)
        return render(c, own, {
          form: refusedForm(locale, 'link', fields, parsed.error.issues),
          status: 422,
        });
      const added = await addLink(deps, own.state, parsed.data, {
        now: now(),
        nextId,
        by: actorOf(own.helper),
      });
      if (!added.ok)
        return render(c, own, {
          form: refusedForm(locale, 'link', fields, [{ path: ['url'], code: 'too_big' }]),
          status: 409,
        });
      return c.redirect(`/helper/${own.state.caseId}#evidence-title`, 303);
    }),
  );

  app.post(
    '/helper/:caseId/facts',
    web.formLimit,
    helperForm('evidence', async (c, own, fields) => {
      const locale = pageLocale(c);
      const date = text(fields, 'date').trim();
      const time = text(fields, 'time').trim();
      // Without a time, the fact stays a day: no "12:00" is invented for it.
      const occurredAt = time ? parisToIso(date, time) : parisToIso(date) && date;
      const parsed = factRequestSchema(() => now().getTime()).safeParse(
        given({
          occurredAt: occurredAt ?? (date ? 'invalid' : undefined),
          description: optional(fields, 'description'),
        }),
      );
      const rename = { occurredAt: 'date' };
      if (!parsed.success)
        return render(c, own, {
          form: refusedForm(locale, 'fact', fields, parsed.error.issues, rename),
          status: 422,
        });
      const recorded = await recordFact(deps, own.state, parsed.data, {
        now: now(),
        nextId,
        by: actorOf(own.helper),
      });
      if (!recorded.ok)
        return render(c, own, {
          form: refusedForm(locale, 'fact', fields, [{ path: ['description'], code: 'too_big' }]),
          status: 409,
        });
      return c.redirect(`/helper/${own.state.caseId}#evidence-title`, 303);
    }),
  );

  app.post('/helper/:caseId/sign-out', web.formLimit, async (c) => {
    const fields = await formFields(c);
    if (!fromOurPages(c, text(fields, 'csrf'))) return web.forbidden(c);
    deleteCookie(c, HELPER_COOKIE, cookieOptions);
    const locale = pageLocale(c);
    return web.message(c, locale, helperTexts[locale].signedOut, { role: 'status' });
  });

  return app;
}
