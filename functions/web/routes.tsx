import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { monotonicFactory } from 'ulid';
import * as z from 'zod';
import { toCaseView } from '../../shared/domain/case-view.js';
import {
  factRequestSchema,
  linkRequestSchema,
  type UploadKind,
  uploadRequestSchema,
} from '../../shared/domain/evidence.js';
import type { CaseState } from '../../shared/domain/fold.js';
import { HARM_POINTS, harmRequestSchema } from '../../shared/domain/harm.js';
import { identityRequestSchema } from '../../shared/domain/identity.js';
import { isCaseId } from '../../shared/domain/ids.js';
import { OpenCaseRequest } from '../../shared/domain/open-case.js';
import { validSession } from '../../shared/domain/sign-in.js';
import { STEP_REQUESTS, type StepRequest } from '../../shared/domain/step-requests.js';
import { StepId } from '../../shared/domain/steps.js';
import { WitnessRequest } from '../../shared/domain/witnesses.js';
import { completeStep } from '../../shared/usecases/complete-step.js';
import { dossierDownload, evidenceDownload } from '../../shared/usecases/download-links.js';
import { eraseCase } from '../../shared/usecases/erase-case.js';
import { issueUpload, pageUploadForm } from '../../shared/usecases/issue-upload.js';
import { openCase, TooManyCasesForEmailError } from '../../shared/usecases/open-case.js';
import {
  addWitness,
  recordHarm,
  recordIdentity,
  removeWitness,
} from '../../shared/usecases/record-complaint-details.js';
import { addLink, recordFact } from '../../shared/usecases/record-evidence.js';
import { requestDossier } from '../../shared/usecases/request-dossier.js';
import {
  credentialOpens,
  mailSignInLink,
  mailSignInLinksTo,
  signOut,
  useSignInLink,
} from '../../shared/usecases/sign-in.js';
import {
  type HolderCredential,
  mayResumeMails,
  resumeMails,
  stopMails,
} from '../../shared/usecases/stop-mails.js';
import { clientAddress, DEFAULT_ABUSE_LIMITS } from '../http/abuse-limits.js';
import type { ApiDeps } from '../http/deps.js';
import { FixedWindowCounter } from '../http/rate-limit.js';
import { SCRIPT, STYLESHEET } from './assets.js';
import { CasePage, type FormState } from './case-page.js';
import {
  AccessPage,
  HomePage,
  LostLinkPage,
  MessagePage,
  SignedOutPage,
  StopMailsPage,
} from './pages.js';
import {
  allowUploadOrigin,
  clearSession,
  csrfToken,
  fromOurPages,
  pageHeaders,
  pageLocale,
  parisToIso,
  sessionFor,
  setSession,
  todayInParis,
} from './session.js';
import { type NoticeCode, TEXTS } from './texts.js';

export const DEFAULT_QUICK_EXIT_URL = 'https://www.google.com/search?q=m%C3%A9t%C3%A9o';
/** Form bodies: short fields only, files go straight to storage. */
const FORM_MAX_BYTES = 16 * 1024;
const NOTICES: readonly NoticeCode[] = [
  'step',
  'fact',
  'link',
  'upload',
  'dossier-requested',
  'dossier-unavailable',
  'signed-out',
  'already-complete',
  'mails-stopped',
  'mails-resumed',
  'mails-not-resumed',
  'identity',
  'harm',
  'witness-added',
  'witness-removed',
];

type Fields = Record<string, string | string[]>;

function text(fields: Fields, name: string): string {
  const value = fields[name];
  return (Array.isArray(value) ? (value[0] ?? '') : (value ?? '')).toString();
}
function optional(fields: Fields, name: string): string | undefined {
  const value = text(fields, name).trim();
  return value ? value : undefined;
}
/** The named fields that were filled in, trimmed: a blank field is one not given. */
function filled(fields: Fields, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    names.flatMap((name) => {
      const value = optional(fields, name);
      return value === undefined ? [] : [[name, value]];
    }),
  );
}

/**
 * The page for an address that leads nowhere, such as a link cut by a mail client. API
 * paths keep their problem+json answer.
 */
export function pageNotFound(deps: Pick<ApiDeps, 'quickExitUrl'>) {
  const exitUrl = deps.quickExitUrl ?? DEFAULT_QUICK_EXIT_URL;
  return (c: Context) => {
    const locale = pageLocale(c);
    const a = TEXTS[locale].access;
    return c.html(
      <MessagePage
        locale={locale}
        url={c.req.url}
        exitUrl={exitUrl}
        title={a.notFoundTitle}
        body={a.notFound}
      />,
      404,
    );
  };
}

/**
 * The victim's web pages, server-rendered, each working without JavaScript. Pages accept
 * the HttpOnly session cookie only (never a token in a URL); every form post carries a
 * CSRF token and must come from these pages.
 */
export function webRoutes(deps: ApiDeps) {
  const now = deps.now ?? (() => new Date());
  const nextId = monotonicFactory();
  const exitUrl = deps.quickExitUrl ?? DEFAULT_QUICK_EXIT_URL;
  const limits = deps.limits ?? DEFAULT_ABUSE_LIMITS;
  const created = new FixedWindowCounter(limits.casesPerAddressPerHour, 3600_000);
  const signInFailures = new FixedWindowCounter(30, 900_000);
  const linksByAddress = new FixedWindowCounter(10, 3600_000);
  const mailStopsByAddress = new FixedWindowCounter(30, 3600_000);
  const limit = bodyLimit({
    maxSize: FORM_MAX_BYTES,
    onError: (c) => c.text('Too large', 413),
  });

  const frame = (c: Context, locale: ReturnType<typeof pageLocale>) => ({
    locale,
    url: c.req.url,
    exitUrl,
  });

  const forbidden = (c: Context) => {
    const locale = pageLocale(c);
    const t = TEXTS[locale].forbidden;
    return c.html(
      <MessagePage {...frame(c, locale)} title={t.title} body={t.body} role="alert" />,
      403,
    );
  };

  /** The case, if this browser's cookie opens it. */
  const ownCase = async (c: Context): Promise<CaseState | undefined> => {
    const caseId = c.req.param('caseId') ?? '';
    const secret = sessionFor(c, caseId);
    if (!secret) return undefined;
    const state = await deps.log.load(caseId);
    if (!state || !credentialOpens(state, secret, now())) return undefined;
    return state;
  };

  /** How this browser opened the case: its cookie holds the access token or a session. */
  const holderCredential = (c: Context, state: CaseState): HolderCredential => {
    const secret = sessionFor(c, state.caseId);
    return secret && validSession(state.signIn, secret, now().getTime())
      ? 'mailed-link'
      : 'access-token';
  };

  const formFields = async (c: Context): Promise<Fields> =>
    (await c.req.parseBody({ all: true })) as Fields;

  const renderCase = async (
    c: Context,
    state: CaseState,
    options: {
      notice?: NoticeCode;
      openStep?: StepId;
      form?: FormState;
      status?: 200 | 409 | 422;
    } = {},
  ) => {
    const locale = pageLocale(c, state.locale);
    const at = now();
    const view = toCaseView(state, at);
    const origin = new URL(c.req.url).origin;
    const kinds: UploadKind[] = ['screenshot', 'document', 'video'];
    if (['pending', 'awaiting'].includes(state.steps['medical-certificate'].status))
      kinds.push('medical-certificate');
    const uploads: Partial<Record<UploadKind, { url: string; fields: Record<string, string> }>> =
      {};
    for (const kind of kinds) {
      const form = await pageUploadForm(deps, state, kind, {
        successRedirect: `${origin}/cases/${state.caseId}?ok=upload`,
        now: at,
        nextId,
      });
      if (form.ok) {
        uploads[kind] = form.upload;
        allowUploadOrigin(c, form.upload.url);
      }
    }
    return c.html(
      <CasePage
        {...frame(c, locale)}
        csrf={csrfToken(c)}
        view={view}
        uploads={uploads}
        notice={options.notice ? TEXTS[locale].case.notices[options.notice] : undefined}
        openStep={options.openStep}
        form={options.form}
        today={todayInParis(at)}
        canResumeMails={mayResumeMails(state, holderCredential(c, state))}
      />,
      options.status ?? 200,
    );
  };

  /** A form sent back: messages for each invalid field, what was typed kept. */
  const invalid = (
    locale: ReturnType<typeof pageLocale>,
    id: string,
    fields: Fields,
    issues: readonly { path: readonly PropertyKey[]; code: string }[],
    rename: Record<string, string> = {},
  ): FormState => {
    const e = TEXTS[locale].case.errors;
    const errors: Record<string, string> = {};
    for (const issue of issues) {
      const raw = String(issue.path[0] ?? 'step');
      const field = rename[raw] ?? raw;
      if (errors[field]) continue;
      errors[field] = /[dD]ate|At$/.test(field)
        ? e.date
        : field === 'ittDays'
          ? e.itt
          : field === 'url'
            ? e.url
            : field === 'email'
              ? e.email
              : field === 'phone'
                ? e.phone
                : issue.code === 'too_big'
                  ? e.tooLong
                  : issue.code === 'too_small' || issue.code === 'invalid_type'
                    ? e.required
                    : e.invalid;
    }
    const values = Object.fromEntries(
      Object.entries(fields)
        .filter(([name]) => name !== 'csrf')
        .map(([name, value]) => [name, Array.isArray(value) ? String(value[0]) : String(value)]),
    );
    return { id, errors, values };
  };

  /** The case page again with a form's errors (422), what was typed kept. */
  const sendBack = (
    c: Context,
    state: CaseState,
    id: string,
    fields: Fields,
    issues: Parameters<typeof invalid>[3],
    rename?: Record<string, string>,
  ) =>
    renderCase(c, state, {
      form: invalid(pageLocale(c, state.locale), id, fields, issues, rename),
      status: 422,
    });

  const app = new Hono();

  app.get('/assets/app.css', (c) =>
    c.body(STYLESHEET, 200, {
      'Content-Type': 'text/css; charset=utf-8',
      'Cache-Control': 'public, max-age=300',
    }),
  );
  app.get('/assets/app.js', (c) =>
    c.body(SCRIPT, 200, {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': 'public, max-age=300',
    }),
  );

  const pages = new Hono();
  pages.use(pageHeaders());

  pages.get('/', (c) => {
    const locale = pageLocale(c);
    const ok = c.req.query('ok');
    return c.html(
      <HomePage
        {...frame(c, locale)}
        csrf={csrfToken(c)}
        notice={ok === 'signed-out' ? TEXTS[locale].case.notices['signed-out'] : undefined}
      />,
    );
  });

  pages.post('/cases', limit, async (c) => {
    const fields = await formFields(c);
    if (!fromOurPages(c, text(fields, 'csrf'))) return forbidden(c);
    const locale = pageLocale(c);
    const kinds = ([] as string[]).concat(fields.kinds ?? []);
    const request = {
      email: text(fields, 'email').trim(),
      locale: text(fields, 'locale') || locale,
      harassmentKinds: kinds,
      summary: optional(fields, 'summary'),
    };
    const parsed = OpenCaseRequest.safeParse(request);
    const refused = (errors: Record<string, string>) =>
      c.html(
        <HomePage
          {...frame(c, locale)}
          csrf={csrfToken(c)}
          form={{ email: request.email, kinds, summary: request.summary, errors }}
        />,
        422,
      );
    const e = TEXTS[locale].case.errors;
    if (!parsed.success) {
      const errors: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0]);
        if (field === 'email') errors.email = e.email;
        else if (field === 'summary') errors.summary = e.tooLong;
        else errors.kinds = e.invalid;
      }
      return refused(errors);
    }
    if (!created.hit(clientAddress(c))) {
      const t = TEXTS[locale];
      return c.html(
        <MessagePage {...frame(c, locale)} title={t.error.title} body={t.access.tooMany} />,
        429,
      );
    }
    try {
      const opened = await openCase({ ...deps, casesPerEmail: limits.casesPerEmail }, parsed.data);
      // The browser that opened the case is signed in to it.
      setSession(c, opened.caseId, opened.accessToken);
      return c.redirect(`/cases/${opened.caseId}`, 303);
    } catch (error) {
      if (!(error instanceof TooManyCasesForEmailError)) throw error;
      return refused({ email: e.tooManyCases });
    }
  });

  pages.get('/lost-link', (c) => {
    const locale = pageLocale(c);
    return c.html(<LostLinkPage {...frame(c, locale)} csrf={csrfToken(c)} />);
  });

  pages.post('/lost-link', limit, async (c) => {
    const fields = await formFields(c);
    if (!fromOurPages(c, text(fields, 'csrf'))) return forbidden(c);
    const locale = pageLocale(c);
    const email = text(fields, 'email').trim();
    if (!z.email().max(254).safeParse(email).success) {
      return c.html(
        <LostLinkPage
          {...frame(c, locale)}
          csrf={csrfToken(c)}
          email={email}
          error={TEXTS[locale].case.errors.email}
        />,
        422,
      );
    }
    // The same answer whether or not a case matches, limited or not.
    if (deps.emailIndex && deps.sendSignInLink && linksByAddress.hit(clientAddress(c))) {
      await mailSignInLinksTo(deps, email, now());
    }
    const a = TEXTS[locale].access;
    return c.html(
      <MessagePage {...frame(c, locale)} title={a.sentTitle} body={a.sent} role="status" />,
    );
  });

  /** Opening the mailed link spends nothing: the page's button does (mail scanners GET). */
  pages.get('/access/:caseId', (c) => {
    const locale = pageLocale(c);
    const token = c.req.query('t') ?? '';
    return c.html(
      <AccessPage
        {...frame(c, locale)}
        // The token stays out of the language links.
        url={new URL(`/access/${c.req.param('caseId')}`, c.req.url).href}
        csrf={csrfToken(c)}
        caseId={isCaseId(c.req.param('caseId')) ? c.req.param('caseId') : ''}
        token={/^[A-Za-z0-9_-]{16,128}$/.test(token) ? token : ''}
      />,
    );
  });

  pages.post('/access/:caseId', limit, async (c) => {
    const fields = await formFields(c);
    if (!fromOurPages(c, text(fields, 'csrf'))) return forbidden(c);
    const locale = pageLocale(c);
    const address = clientAddress(c);
    const caseId = c.req.param('caseId');
    const token = text(fields, 't');
    const state =
      !signInFailures.isOver(address) && isCaseId(caseId) && token
        ? await deps.log.load(caseId)
        : undefined;
    const session = state ? await useSignInLink(deps, state, token, now()) : undefined;
    if (!state || !session) {
      signInFailures.hit(address);
      return c.html(<LostLinkPage {...frame(c, locale)} csrf={csrfToken(c)} invalidLink />, 400);
    }
    setSession(c, state.caseId, session);
    return c.redirect(`/cases/${state.caseId}`, 303);
  });

  /** Every mail links here: whoever reads it, perhaps not the case's holder, may stop them. */
  pages.get('/mails/stop/:caseId', (c) => {
    const locale = pageLocale(c);
    const caseId = c.req.param('caseId');
    return c.html(
      <StopMailsPage
        {...frame(c, locale)}
        csrf={csrfToken(c)}
        caseId={isCaseId(caseId) ? caseId : ''}
      />,
    );
  });

  pages.post('/mails/stop/:caseId', limit, async (c) => {
    const fields = await formFields(c);
    // A mail client's one-click unsubscribe (RFC 8058) posts from its own servers, with no
    // cookie. Stopping mails depends on no session, so the CSRF check protects nothing here.
    const oneClick = text(fields, 'List-Unsubscribe') === 'One-Click';
    if (!oneClick && !fromOurPages(c, text(fields, 'csrf'))) return forbidden(c);
    const locale = pageLocale(c);
    const t = TEXTS[locale];
    if (!mailStopsByAddress.hit(clientAddress(c))) {
      return c.html(
        <MessagePage {...frame(c, locale)} title={t.error.title} body={t.access.tooMany} />,
        429,
      );
    }
    // The same answer whether or not the case exists.
    await stopMails(deps, c.req.param('caseId'), 'recipient');
    return c.html(
      <MessagePage
        {...frame(c, locale)}
        title={t.stopMails.doneTitle}
        body={t.stopMails.done}
        role="status"
      />,
    );
  });

  pages.get('/erased', (c) => {
    const locale = pageLocale(c);
    const a = TEXTS[locale].access;
    return c.html(
      <MessagePage {...frame(c, locale)} title={a.erasedTitle} body={a.erased} role="status" />,
    );
  });

  pages.get('/cases/:caseId', async (c) => {
    const state = await ownCase(c);
    const ok = c.req.query('ok') as NoticeCode | undefined;
    if (!state) {
      const locale = pageLocale(c);
      const caseId = c.req.param('caseId');
      // Arriving from another site (a mail, the upload's redirect), the browser holds back
      // SameSite=Strict cookies: one same-site refresh brings them.
      const url = new URL(c.req.url);
      const refresh = url.searchParams.has('r')
        ? undefined
        : `${url.pathname}?${new URLSearchParams({ ...(ok ? { ok } : {}), r: '1' })}`;
      return c.html(
        <SignedOutPage
          {...frame(c, locale)}
          refreshTo={refresh}
          csrf={csrfToken(c)}
          caseId={isCaseId(caseId) ? caseId : ''}
        />,
      );
    }
    const step = StepId.safeParse(c.req.query('step'));
    return renderCase(c, state, {
      notice: ok && NOTICES.includes(ok) ? ok : undefined,
      openStep: step.success ? step.data : undefined,
    });
  });

  pages.post('/cases/:caseId/send-link', limit, async (c) => {
    const fields = await formFields(c);
    if (!fromOurPages(c, text(fields, 'csrf'))) return forbidden(c);
    const locale = pageLocale(c);
    const caseId = c.req.param('caseId');
    if (isCaseId(caseId) && linksByAddress.hit(clientAddress(c))) {
      const state = await deps.log.load(caseId);
      if (state) await mailSignInLink(deps, state, now());
    }
    const a = TEXTS[locale].access;
    return c.html(
      <MessagePage {...frame(c, locale)} title={a.sentTitle} body={a.sent} role="status" />,
    );
  });

  /** Every other case form: CSRF first, then the session; a lost session goes back to the page. */
  const caseForm =
    (handle: (c: Context, state: CaseState, fields: Fields) => Promise<Response>) =>
    async (c: Context) => {
      const fields = await formFields(c);
      if (!fromOurPages(c, text(fields, 'csrf'))) return forbidden(c);
      const state = await ownCase(c);
      if (!state) return c.redirect(`/cases/${c.req.param('caseId')}`, 303);
      return handle(c, state, fields);
    };

  const back = (c: Context, caseId: string, notice: NoticeCode, anchor: string) =>
    c.redirect(`/cases/${caseId}?ok=${notice}#${anchor}`, 303);

  /**
   * Back to a step after its form, with the step named in the query: a fragment alone opens
   * no closed <details> in Chromium, and the script's fetch drops it from the redirect.
   */
  const backToStep = (c: Context, caseId: string, notice: NoticeCode, id: StepId) =>
    c.redirect(`/cases/${caseId}?ok=${notice}&step=${id}#step-${id}`, 303);

  pages.post(
    '/cases/:caseId/steps/:stepId',
    limit,
    caseForm(async (c, state, fields) => {
      const locale = pageLocale(c, state.locale);
      const stepId = StepId.safeParse(c.req.param('stepId'));
      if (!stepId.success) return c.redirect(`/cases/${state.caseId}`, 303);
      const id = stepId.data;
      const rename: Record<string, string> = {};
      let body: Record<string, unknown>;
      switch (id) {
        case 'report-content': {
          const date = text(fields, 'reportedAt');
          body = {
            site: optional(fields, 'site'),
            reportedAt: parisToIso(date) ?? (date ? 'invalid' : undefined),
            reference: optional(fields, 'reference'),
          };
          break;
        }
        case 'file-complaint': {
          const date = text(fields, 'filedAt');
          body = {
            outcome: optional(fields, 'outcome'),
            reference: optional(fields, 'reference'),
            policeStation: optional(fields, 'policeStation'),
            filedAt: date ? (parisToIso(date) ?? 'invalid') : undefined,
          };
          break;
        }
        case 'write-prosecutor': {
          const date = text(fields, 'sentAt');
          body = {
            status: 'done',
            sentAt: date ? (parisToIso(date) ?? 'invalid') : undefined,
            trackingNumber: optional(fields, 'trackingNumber'),
          };
          break;
        }
        default:
          // The clicked button says done or skipped; without it nothing is recorded, since a
          // skip saved as done would put a false line in the dossier.
          body = { status: optional(fields, 'status') };
          rename.status = 'step';
      }
      const clean = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
      const parsed = STEP_REQUESTS[id].safeParse(clean);
      if (!parsed.success) {
        let form = invalid(locale, id, fields, parsed.error.issues, rename);
        if (id === 'file-complaint' && form.errors.reference)
          form = {
            ...form,
            errors: { ...form.errors, reference: TEXTS[locale].case.errors.receipt },
          };
        return renderCase(c, state, { form, status: 422 });
      }
      const request = { stepId: id, body: parsed.data } as StepRequest;
      // Coming back to a stalled case picks it up, as the API does.
      const result = await completeStep(deps, state, request, { resumeStalledWith: deps.timing });
      const e = TEXTS[locale].case.errors;
      switch (result.outcome) {
        case 'missing':
          return renderCase(c, state, {
            form: {
              id,
              errors: { step: result.missing === 'evidence' ? e.evidence : e.certificate },
              values: {},
            },
            status: 409,
          });
        case 'conflict':
          return renderCase(c, state, {
            form: { id, errors: { step: e.conflict, outcome: e.conflict }, values: {} },
            status: 409,
          });
        case 'not-applicable':
          return renderCase(c, state, {
            form: { id, errors: { step: e.notApplicable }, values: {} },
            status: 409,
          });
        case 'already-complete':
          return backToStep(c, state.caseId, 'already-complete', id);
      }
      return backToStep(c, state.caseId, 'step', id);
    }),
  );

  pages.post(
    '/cases/:caseId/facts',
    limit,
    caseForm(async (c, state, fields) => {
      const date = text(fields, 'date');
      const occurredAt = parisToIso(date, text(fields, 'time'));
      const parsed = factRequestSchema(() => now().getTime()).safeParse(
        Object.fromEntries(
          Object.entries({
            occurredAt: occurredAt ?? (date ? 'invalid' : undefined),
            description: optional(fields, 'description'),
            platform: optional(fields, 'platform'),
            authorPseudonym: optional(fields, 'authorPseudonym'),
            url: optional(fields, 'url'),
          }).filter(([, v]) => v !== undefined),
        ),
      );
      if (!parsed.success)
        return sendBack(c, state, 'fact', fields, parsed.error.issues, { occurredAt: 'date' });
      const recorded = await recordFact(deps, state, parsed.data, { now: now(), nextId });
      // At the limit (a form cites no evidence), the description is what cannot be kept.
      if (!recorded.ok)
        return sendBack(c, state, 'fact', fields, [{ path: ['description'], code: 'too_big' }]);
      return back(c, state.caseId, 'fact', 'facts');
    }),
  );

  pages.post(
    '/cases/:caseId/identity',
    limit,
    caseForm(async (c, state, fields) => {
      const parsed = identityRequestSchema(() => now().getTime()).safeParse(
        filled(fields, ['fullName', 'dateOfBirth', 'placeOfBirth', 'address', 'phone']),
      );
      if (!parsed.success) return sendBack(c, state, 'identity', fields, parsed.error.issues);
      await recordIdentity(deps, state, parsed.data);
      return back(c, state.caseId, 'identity', 'identity');
    }),
  );

  pages.post(
    '/cases/:caseId/harm',
    limit,
    caseForm(async (c, state, fields) => {
      const { ittDays, ...points } = filled(fields, [
        ...HARM_POINTS,
        'doctor',
        'certificateDate',
        'ittDays',
      ]);
      const parsed = harmRequestSchema(() => now().getTime()).safeParse({
        ...points,
        ...(ittDays === undefined ? {} : { ittDays: Number(ittDays) }),
      });
      if (!parsed.success) return sendBack(c, state, 'harm', fields, parsed.error.issues);
      await recordHarm(deps, state, parsed.data);
      return back(c, state.caseId, 'harm', 'harm');
    }),
  );

  pages.post(
    '/cases/:caseId/witnesses',
    limit,
    caseForm(async (c, state, fields) => {
      const parsed = WitnessRequest.safeParse(filled(fields, ['name', 'contact', 'statement']));
      if (!parsed.success) return sendBack(c, state, 'witness', fields, parsed.error.issues);
      const added = await addWitness(deps, state, parsed.data, nextId(now().getTime()));
      if (!added.ok) {
        const locale = pageLocale(c, state.locale);
        // What was typed stays in the form, under the limit's message.
        const form = {
          ...invalid(locale, 'witness', fields, []),
          errors: { witness: TEXTS[locale].case.errors.witnessLimit },
        };
        return renderCase(c, state, { form, status: 409 });
      }
      return back(c, state.caseId, 'witness-added', 'witnesses');
    }),
  );

  pages.post(
    '/cases/:caseId/witnesses/:witnessId/remove',
    limit,
    caseForm(async (c, state) => {
      await removeWitness(deps, state, c.req.param('witnessId') ?? '');
      return back(c, state.caseId, 'witness-removed', 'witnesses');
    }),
  );

  pages.post(
    '/cases/:caseId/links',
    limit,
    caseForm(async (c, state, fields) => {
      const parsed = linkRequestSchema(() => now().getTime()).safeParse(
        filled(fields, ['url', 'description']),
      );
      if (!parsed.success) return sendBack(c, state, 'link', fields, parsed.error.issues);
      const added = await addLink(deps, state, parsed.data, { now: now(), nextId });
      if (!added.ok) {
        const locale = pageLocale(c, state.locale);
        const form = invalid(locale, 'link', fields, []);
        const errors = { url: TEXTS[locale].case.errors.limit };
        return renderCase(c, state, { form: { ...form, errors }, status: 409 });
      }
      return back(c, state.caseId, 'link', 'evidence');
    }),
  );

  /** The pages' script asks for an exact-size form, to show the upload's progress. */
  pages.post('/cases/:caseId/upload-form', limit, async (c) => {
    if (!fromOurPages(c, c.req.header('x-csrf-token'))) return c.json({ error: 'forbidden' }, 403);
    const state = await ownCase(c);
    if (!state) return c.json({ error: 'not-found' }, 404);
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return c.json({ error: 'invalid' }, 400);
    }
    const parsed = uploadRequestSchema(() => now().getTime()).safeParse(body);
    if (!parsed.success) return c.json({ error: 'invalid' }, 422);
    const issued = await issueUpload(deps, state, parsed.data, { now: now(), nextId });
    if (!issued.ok) return c.json({ error: issued.reason }, 409);
    return c.json({ evidenceId: issued.evidenceId, upload: issued.upload }, 201);
  });

  pages.get('/cases/:caseId/evidence/:evidenceId', async (c) => {
    const state = await ownCase(c);
    if (!state) return c.redirect(`/cases/${c.req.param('caseId')}`, 303);
    const url = await evidenceDownload(deps, state, c.req.param('evidenceId') ?? '');
    if (!url) return c.redirect(`/cases/${state.caseId}#evidence`, 303);
    return c.redirect(url, 302);
  });

  pages.get('/cases/:caseId/dossier/:version/:name', async (c) => {
    const state = await ownCase(c);
    if (!state) return c.redirect(`/cases/${c.req.param('caseId')}`, 303);
    const version = Number(c.req.param('version'));
    const url = await dossierDownload(deps, state, version, c.req.param('name') ?? '');
    if (!url) return c.redirect(`/cases/${state.caseId}#dossier`, 303);
    return c.redirect(url, 302);
  });

  pages.post(
    '/cases/:caseId/dossier',
    limit,
    caseForm(async (c, state) => {
      const result = await requestDossier(deps, state);
      deps.logger.info('dossier requested', { caseId: state.caseId });
      return back(
        c,
        state.caseId,
        result.outcome === 'unavailable' ? 'dossier-unavailable' : 'dossier-requested',
        'dossier',
      );
    }),
  );

  pages.post(
    '/cases/:caseId/sign-out',
    limit,
    caseForm(async (c, state) => {
      await signOut(deps, state, sessionFor(c, state.caseId));
      clearSession(c);
      return c.redirect('/?ok=signed-out', 303);
    }),
  );

  pages.post(
    '/cases/:caseId/mails',
    limit,
    caseForm(async (c, state, fields) => {
      if (text(fields, 'mails') === 'resume') {
        const resumed = await resumeMails(deps, state, holderCredential(c, state));
        return back(c, state.caseId, resumed ? 'mails-resumed' : 'mails-not-resumed', 'mails');
      }
      await stopMails(deps, state.caseId, 'holder');
      return back(c, state.caseId, 'mails-stopped', 'mails');
    }),
  );

  pages.post(
    '/cases/:caseId/erase',
    limit,
    caseForm(async (c, state, fields) => {
      if (text(fields, 'confirm') !== 'yes') {
        const locale = pageLocale(c, state.locale);
        return renderCase(c, state, {
          form: { id: 'erase', errors: { confirm: TEXTS[locale].case.errors.confirm }, values: {} },
          status: 422,
        });
      }
      await eraseCase(deps, state);
      clearSession(c);
      return c.redirect('/erased', 303);
    }),
  );

  app.route('/', pages);
  return app;
}
