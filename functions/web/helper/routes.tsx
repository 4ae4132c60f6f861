import { type Context, Hono } from 'hono';
import { factRequestSchema, linkRequestSchema } from '../../../shared/domain/evidence.js';
import type { CaseState } from '../../../shared/domain/fold.js';
import { type Helper, type HelperRole, helperMayComplete } from '../../../shared/domain/helpers.js';
import { isCaseId } from '../../../shared/domain/ids.js';
import { STEP_REQUESTS, type StepRequest } from '../../../shared/domain/step-requests.js';
import { StepId } from '../../../shared/domain/steps.js';
import { completeStep } from '../../../shared/usecases/complete-step.js';
import { actorOf, helperOfSession } from '../../../shared/usecases/helper-access.js';
import { pageUploadForm } from '../../../shared/usecases/issue-upload.js';
import { addLink, recordFact } from '../../../shared/usecases/record-evidence.js';
import { stepBody } from '../case/steps/routes.js';
import { type Fields, filled, formFields, given, optional, text } from '../forms/fields.js';
import { type FormState, refusedForm } from '../forms/form-state.js';
import { frameTexts } from '../frame/texts.js';
import { guestEntry } from '../guest/entry.js';
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
import { HelperPage } from './view.js';

type Own = { state: CaseState; helper: Helper };

/** A helper's cookie, apart from the victim's and the witness's, sent to `/helper` pages only. */
const HELPER_COOKIE = 'hd_helper';

/**
 * The helper's pages: the invitation's landing and its button, their page (only what their
 * roles open), a file, a link and a fact added through the victim's own use cases with the
 * helper as actor, signing out. Every other page of the case answers a helper "not found".
 */
export function helperRoutes(web: PageContext) {
  const { deps, now, nextId } = web;
  const app = new Hono();

  const entry = guestEntry(web, {
    kind: 'helper',
    cookie: HELPER_COOKIE,
    texts: helperTexts,
    refusal: (locale, status) => {
      const t = helperTexts[locale].messages;
      return t[status.status === 'ended' ? 'removed' : status.status];
    },
    guestOf: helperOfSession,
    idOf: (helper) => helper.helperId,
  });
  app.route('/', entry.routes);

  /** This browser's helper on the case the path names: every request reads the log again. */
  const ownHelper = async (c: Context): Promise<Own | undefined> => {
    const own = await entry.own(c);
    return own && { state: own.state, helper: own.guest };
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
    const entryPage = entry.entryPage(c);
    if (entryPage) return entryPage;
    const own = await ownHelper(c);
    return own ? render(c, own) : notFound(c);
  });

  app.get('/helper/:caseId/uploaded', (c) => {
    const caseId = isCaseId(c.req.param('caseId')) ? c.req.param('caseId') : '';
    // Storage's own parameters (bucket, key, etag) stay out of the page's address.
    return c.redirect(`/helper/${caseId}?uploaded=1`, 303);
  });

  app.post(
    '/helper/:caseId/steps/:stepId',
    web.formLimit,
    helperForm('steps', async (c, own, fields) => {
      const locale = pageLocale(c);
      const stepId = StepId.safeParse(c.req.param('stepId'));
      // A step that is the victim's own answers as every page a helper cannot open.
      if (!stepId.success || !helperMayComplete(stepId.data)) return notFound(c);
      const id = stepId.data;
      const { body, rename } = stepBody(id, fields);
      const parsed = STEP_REQUESTS[id].safeParse(given(body));
      if (!parsed.success)
        return render(c, own, {
          form: refusedForm(locale, id, fields, parsed.error.issues, rename),
          status: 422,
        });
      // The victim's own use case, with the helper as actor. No `resumeStalledWith`: a
      // stalled workflow's reminders go to the victim, so only she picks the case up again.
      const result = await completeStep(
        deps,
        own.state,
        { stepId: id, body: parsed.data } as StepRequest,
        { by: actorOf(own.helper) },
      );
      if (result.outcome === 'victim-only') return notFound(c);
      if (result.outcome === 'missing')
        return render(c, own, {
          form: { id, errors: { step: helperTexts[locale].evidenceFirst }, values: {} },
          status: 409,
        });
      return c.redirect(`/helper/${own.state.caseId}#step-${id}`, 303);
    }),
  );

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

  return app;
}
