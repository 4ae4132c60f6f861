import type { Context } from 'hono';
import { addressStopped } from '../../../shared/address-mail.js';
import { toCaseView } from '../../../shared/domain/case-view.js';
import type { UploadKind } from '../../../shared/domain/evidence.js';
import type { CaseState } from '../../../shared/domain/fold.js';
import { activeHelpers } from '../../../shared/domain/helpers.js';
import type { StepId } from '../../../shared/domain/steps.js';
import { dossierStatus } from '../../../shared/dossier/status.js';
import { pageUploadForm } from '../../../shared/usecases/issue-upload.js';
import { mayResumeMails } from '../../../shared/usecases/stop-mails.js';
import { type Fields, formFields, text } from '../forms/fields.js';
import { type FormState, type Issues, refusedForm } from '../forms/form-state.js';
import type { PageContext } from '../page-context.js';
import {
  allowUploadOrigin,
  csrfToken,
  fromOurPages,
  isSharedDevice,
  pageLocale,
  todayInParis,
} from '../session.js';
import { CasePage, type UploadedFile } from './page.js';
import { caseTexts, type NoticeCode } from './texts.js';

export interface CaseRenderOptions {
  readonly notice?: NoticeCode;
  readonly openStep?: StepId;
  /** The notice is about what was just done in "What to do now" (`?at=now`): said there. */
  readonly atNow?: boolean;
  readonly form?: FormState;
  readonly status?: 200 | 409 | 422;
  /** A file just came back from storage (no JavaScript): confirmed at its own form. */
  readonly uploaded?: UploadedFile;
}

/** The upload forms the page shows: the certificate's only while its step is to do. */
async function pageUploadForms(web: PageContext, c: Context, state: CaseState, at: Date) {
  const origin = new URL(c.req.url).origin;
  const kinds: UploadKind[] = ['screenshot', 'document', 'video'];
  if (['pending', 'awaiting'].includes(state.steps['medical-certificate'].status))
    kinds.push('medical-certificate');
  const uploads: Partial<Record<UploadKind, { url: string; fields: Record<string, string> }>> = {};
  for (const kind of kinds) {
    const form = await pageUploadForm(web.deps, state, kind, {
      // Back through a page of ours that drops S3's `bucket`, `key` and `etag` from the URL.
      successRedirect: `${origin}/cases/${state.caseId}/uploaded?kind=${kind}`,
      now: at,
      nextId: web.nextId,
    });
    if (form.ok) {
      uploads[kind] = form.upload;
      allowUploadOrigin(c, form.upload.url);
    }
  }
  return uploads;
}

/** Until a file sent without JavaScript is checked, the page looks again each second (20 times). */
function uploadRefresh(state: CaseState, uploaded: UploadedFile | undefined, at: Date) {
  if (!uploaded?.evidenceId || uploaded.attempt >= 20) return {};
  const view = toCaseView(state, at);
  const id = uploaded.evidenceId;
  if (view.evidence.some((e) => e.evidenceId === id)) return {};
  if (view.rejectedUploads.some((r) => r.evidenceId === id)) return {};
  const next = new URL(uploaded.url, 'http://page');
  next.searchParams.set('try', String(uploaded.attempt + 1));
  return {
    refreshTo: `${next.pathname}${next.search}#upload-${uploaded.kind}-done`,
    refreshAfter: 1,
  };
}

/** The case page, with its upload forms, a notice or a form sent back. */
async function renderCase(
  web: PageContext,
  c: Context,
  state: CaseState,
  options: CaseRenderOptions = {},
) {
  const locale = pageLocale(c, state.locale);
  const at = web.now();
  return c.html(
    <CasePage
      {...web.frame(c, locale)}
      csrf={csrfToken(c)}
      view={toCaseView(state, at)}
      uploads={await pageUploadForms(web, c, state, at)}
      dossierRun={dossierStatus(state, at)}
      notice={
        options.notice && !options.uploaded ? caseTexts[locale].notices[options.notice] : undefined
      }
      noticeCode={options.notice}
      noticeAtNow={options.atNow === true}
      uploaded={options.uploaded}
      {...uploadRefresh(state, options.uploaded, at)}
      openStep={options.openStep}
      form={options.form}
      today={todayInParis(at)}
      canResumeMails={mayResumeMails(state, web.holderCredential(c, state))}
      addressMailStopped={await addressStopped(web.deps.store, state.email)}
      sharedDevice={isSharedDevice(c)}
      helperNames={activeHelpers(state.helpers).map((h) => h.name)}
    />,
    options.status ?? 200,
  );
}

/**
 * What the case's routes share: the page drawn with its upload forms, a form sent back
 * with its errors, and the redirects after a form.
 */
export function caseForms(web: PageContext) {
  const render = (c: Context, state: CaseState, options?: CaseRenderOptions) =>
    renderCase(web, c, state, options);

  return {
    render,

    /** The case page again with a form's errors (422), what was typed kept. */
    sendBack: (
      c: Context,
      state: CaseState,
      id: string,
      fields: Fields,
      issues: Issues,
      rename?: Record<string, string>,
    ) =>
      render(c, state, {
        form: refusedForm(pageLocale(c, state.locale), id, fields, issues, rename),
        status: 422,
      }),

    /** The case page again with messages on a form (409, or 422): what was typed kept. */
    refuse: (
      c: Context,
      state: CaseState,
      id: string,
      fields: Fields,
      errors: FormState['errors'],
      status: 409 | 422 = 409,
    ) => {
      const form = refusedForm(pageLocale(c, state.locale), id, fields, []);
      return render(c, state, { form: { ...form, errors }, status });
    },

    /** A case form's handler: CSRF first, then the session; a lost session goes back to the page. */
    caseForm:
      (handle: (c: Context, state: CaseState, fields: Fields) => Promise<Response>) =>
      async (c: Context) => {
        const fields = await formFields(c);
        if (!fromOurPages(c, text(fields, 'csrf'))) return web.forbidden(c);
        const state = await web.ownCase(c);
        if (!state) return c.redirect(`/cases/${c.req.param('caseId')}`, 303);
        return handle(c, state, fields);
      },

    /** Back to the page after a form, at its section, with its notice. */
    back: (c: Context, caseId: string, notice: NoticeCode, anchor: string) =>
      c.redirect(`/cases/${caseId}?ok=${notice}#${anchor}`, 303),

    /**
     * Back to "What to do now" after its form (the step it did was the current one, or step
     * 4's link form while that step is the current one): the notice and the next step there.
     */
    backToNow: (c: Context, caseId: string, notice: NoticeCode) =>
      c.redirect(`/cases/${caseId}?ok=${notice}&at=now#now`, 303),

    /**
     * Back to a step after its form, with the step named in the query: a fragment alone opens
     * no closed <details> in Chromium, and the script's fetch drops it from the redirect.
     */
    backToStep: (c: Context, caseId: string, notice: NoticeCode, id: StepId) =>
      c.redirect(`/cases/${caseId}?ok=${notice}&step=${id}#step-${id}`, 303),
  };
}

export type CaseForms = ReturnType<typeof caseForms>;
