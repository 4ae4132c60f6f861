import { type Context, Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import {
  attestationRequestSchema,
  RELATIONSHIP_KINDS,
  WITNESS_FILE_ROLES,
  WitnessFileRole,
} from '../../../shared/domain/attestation.js';
import type { CaseState } from '../../../shared/domain/fold.js';
import { GUEST_SESSION_TTL_MS } from '../../../shared/domain/guest-access.js';
import { isCaseId } from '../../../shared/domain/ids.js';
import type { Witness } from '../../../shared/domain/witnesses.js';
import {
  saveStatement,
  submitAttestation,
  withdrawAttestation,
  witnessUploadForm,
} from '../../../shared/usecases/witness-attestation.js';
import { startWitnessSession, witnessOfSession } from '../../../shared/usecases/witness-link.js';
import { type Fields, formFields, text } from '../forms/fields.js';
import { type FormState, refusedForm } from '../forms/form-state.js';
import { Page, type PageFrame } from '../frame/layout.js';
import { frameTexts } from '../frame/texts.js';
import type { PageContext } from '../page-context.js';
import {
  allowUploadOrigin,
  csrfToken,
  fromOurPages,
  pageLocale,
  todayInParis,
} from '../session.js';
import { witnessTexts } from './texts.js';
import { type UploadForm, WitnessLandingPage, WitnessPage } from './view.js';

/**
 * A witness's cookie, apart from the victim's: `{caseId}.{secret}`, sent to `/witness`
 * pages only. It opens that witness's attestation page and nothing else.
 */
const GUEST_COOKIE = 'hd_guest';
const cookieOptions = {
  httpOnly: true,
  secure: true,
  sameSite: 'Strict',
  path: '/witness',
} as const;
const TOKEN = /^[A-Za-z0-9_-]{16,128}$/;

/**
 * The witness's pages (no account): the link's landing and its button, the attestation
 * (text, identity copy, signature), sending and withdrawing it. Every other page of the
 * case answers a witness as it answers anyone: not found.
 */
export function witnessRoutes(web: PageContext) {
  const { deps, now } = web;
  const app = new Hono();

  const ownWitness = async (
    c: Context,
  ): Promise<{ state: CaseState; witness: Witness } | undefined> => {
    const caseId = c.req.param('caseId') ?? '';
    const match = getCookie(c, GUEST_COOKIE)?.match(
      /^([0-9A-HJKMNP-TV-Z]{26})\.([A-Za-z0-9_-]{16,128})$/,
    );
    if (!match || match[1] !== caseId) return undefined;
    const state = await deps.log.load(caseId);
    const witness = state && witnessOfSession(state, match[2] as string, now());
    if (state && witness) return { state, witness };
    // A cookie naming this case that opens nothing: counted as any wrong credential.
    await web.credentialFailed(c, caseId);
    return undefined;
  };

  const notFound = (c: Context) => {
    const locale = pageLocale(c);
    return web.message(c, locale, frameTexts[locale].notFound, { status: 404 });
  };

  const render = async (
    c: Context,
    { state, witness }: { state: CaseState; witness: Witness },
    options: { form?: FormState; notice?: string; status?: 200 | 409 | 422 } = {},
  ) => {
    const locale = pageLocale(c);
    const at = now();
    const origin = new URL(c.req.url).origin;
    const uploads: Partial<Record<WitnessFileRole, UploadForm>> = {};
    if (!witness.attestation?.submitted)
      for (const role of WITNESS_FILE_ROLES) {
        const form = await witnessUploadForm(deps, state, witness, role, {
          successRedirect: `${origin}/witness/${state.caseId}/uploaded?role=${role}`,
          now: at,
          nextId: web.nextId,
        });
        uploads[role] = form.upload;
        allowUploadOrigin(c, form.upload.url);
      }
    const uploaded = WitnessFileRole.safeParse(c.req.query('uploaded'));
    const attempt = Math.min(Number.parseInt(c.req.query('try') ?? '0', 10) || 0, 99);
    const role = uploaded.success ? uploaded.data : undefined;
    const a = witness.attestation;
    const checking =
      role && !a?.files[role] && !a?.rejected[role] && attempt < 15 ? role : undefined;
    return c.html(
      <WitnessPage
        {...web.frame(c, locale)}
        url={new URL(`/witness/${state.caseId}`, c.req.url).href}
        csrf={csrfToken(c)}
        caseId={state.caseId}
        witness={witness}
        uploads={uploads}
        checking={checking}
        refreshTo={
          checking ? `/witness/${state.caseId}?uploaded=${checking}&try=${attempt + 1}` : undefined
        }
        refreshAfter={checking ? 1 : undefined}
        form={options.form}
        notice={options.notice ?? (c.req.query('saved') ? witnessTexts[locale].saved : undefined)}
        today={todayInParis(at)}
      />,
      options.status ?? 200,
    );
  };

  /** A form of the witness's page: from our pages, with a live witness session. */
  const witnessForm =
    (
      handle: (
        c: Context,
        own: { state: CaseState; witness: Witness },
        fields: Fields,
      ) => Promise<Response>,
    ) =>
    async (c: Context) => {
      const fields = await formFields(c);
      if (!fromOurPages(c, text(fields, 'csrf'))) return web.forbidden(c);
      const own = await ownWitness(c);
      if (!own) return notFound(c);
      return handle(c, own, fields);
    };

  app.get('/witness/:caseId', async (c) => {
    const caseId = c.req.param('caseId');
    const token = c.req.query('t') ?? '';
    if (TOKEN.test(token) && isCaseId(caseId)) {
      const locale = pageLocale(c);
      return c.html(
        <WitnessLandingPage
          {...web.frame(c, locale)}
          // The token stays out of the language links.
          url={new URL(`/witness/${caseId}`, c.req.url).href}
          csrf={csrfToken(c)}
          caseId={caseId}
          token={token}
        />,
      );
    }
    const own = await ownWitness(c);
    if (own) return render(c, own);
    // Back from storage (another site), the browser holds back the Strict cookie: one
    // same-site refresh brings it.
    if (isCaseId(caseId) && !c.req.query('r')) {
      const url = new URL(c.req.url);
      url.searchParams.set('r', '1');
      const locale = pageLocale(c);
      return c.html(
        <WitnessRefresh {...web.frame(c, locale)} to={`${url.pathname}${url.search}`} />,
      );
    }
    return notFound(c);
  });

  app.get('/witness/:caseId/uploaded', (c) => {
    const role = WitnessFileRole.safeParse(c.req.query('role'));
    const caseId = isCaseId(c.req.param('caseId')) ? c.req.param('caseId') : '';
    // Storage's own parameters (bucket, key, etag) stay out of the page's address.
    return c.redirect(`/witness/${caseId}${role.success ? `?uploaded=${role.data}` : ''}`, 303);
  });

  app.post('/witness/:caseId/start', web.formLimit, async (c) => {
    const fields = await formFields(c);
    if (!fromOurPages(c, text(fields, 'csrf'))) return web.forbidden(c);
    const locale = pageLocale(c);
    const caseId = c.req.param('caseId');
    const token = text(fields, 't');
    // The link is tried before any limit: a valid unused link always works.
    const state = isCaseId(caseId) && TOKEN.test(token) ? await deps.log.load(caseId) : undefined;
    const started = state ? await startWitnessSession(deps, state, token, now()) : undefined;
    if (started?.ok) {
      setCookie(c, GUEST_COOKIE, `${caseId}.${started.session}`, {
        ...cookieOptions,
        maxAge: Math.floor(GUEST_SESSION_TTL_MS / 1000),
      });
      return c.redirect(`/witness/${caseId}`, 303);
    }
    const status = started?.status;
    const t = witnessTexts[locale].messages;
    if (!status || status.status === 'unknown') {
      await web.credentialFailed(c, caseId);
      return web.message(
        c,
        locale,
        { title: t.unknown.title, body: t.unknown.body },
        { status: 400 },
      );
    }
    // The same browser using its link again goes on with its attestation.
    const own = status.status === 'used' ? await ownWitness(c) : undefined;
    if (own?.witness.witnessId === status.principal.id)
      return c.redirect(`/witness/${caseId}`, 303);
    const which =
      status.status === 'ended'
        ? status.reason === 'withdrawn'
          ? 'withdrawn'
          : 'cancelled'
        : status.status;
    return web.message(
      c,
      locale,
      { title: t[which].title, body: t[which].body },
      { role: 'alert', status: 400 },
    );
  });

  app.post(
    '/witness/:caseId/statement',
    web.formLimit,
    witnessForm(async (c, own, fields) => {
      const locale = pageLocale(c);
      const parsed = attestationRequestSchema(() => now().getTime()).safeParse({
        ...Object.fromEntries(
          [
            'lastName',
            'firstNames',
            'dateOfBirth',
            'placeOfBirth',
            'address',
            'occupation',
            'facts',
            'place',
          ].map((name) => [name, text(fields, name).trim()] as const),
        ),
        relationships: RELATIONSHIP_KINDS.filter((kind) => text(fields, `tie-${kind}`) !== ''),
        ...(text(fields, 'relationshipDetails').trim() && {
          relationshipDetails: text(fields, 'relationshipDetails').trim(),
        }),
        ...(text(fields, 'aware') === '1' && { aware: true }),
      });
      if (!parsed.success)
        return render(c, own, {
          form: refusedForm(locale, 'statement', fields, parsed.error.issues),
          status: 422,
        });
      await saveStatement(deps, own.state, own.witness, parsed.data);
      return c.redirect(`/witness/${own.state.caseId}?saved=1#part-identity`, 303);
    }),
  );

  app.post(
    '/witness/:caseId/submit',
    web.formLimit,
    witnessForm(async (c, own) => {
      const sent = await submitAttestation(deps, own.state, own.witness, now());
      if (sent === 'incomplete') {
        const t = witnessTexts[pageLocale(c)].messages.incomplete;
        return render(c, own, { notice: t.body, status: 409 });
      }
      return c.redirect(`/witness/${own.state.caseId}`, 303);
    }),
  );

  app.post(
    '/witness/:caseId/withdraw',
    web.formLimit,
    witnessForm(async (c, own) => {
      const locale = pageLocale(c);
      const result = await withdrawAttestation(deps, own.state, own.witness);
      if (result !== 'withdrawn') return c.redirect(`/witness/${own.state.caseId}`, 303);
      deleteCookie(c, GUEST_COOKIE, cookieOptions);
      const t = witnessTexts[locale].messages.withdrawn;
      return web.message(c, locale, { title: t.title, body: t.body }, { role: 'status' });
    }),
  );

  return app;
}

/** One same-site refresh, which brings the Strict cookie back after a trip to storage. */
function WitnessRefresh(props: Omit<PageFrame, 'title'> & { to: string }) {
  const t = witnessTexts[props.locale];
  return (
    <Page {...props} title={t.pageTitle} refreshTo={props.to}>
      <h1>{t.pageTitle}</h1>
      <p>
        <a href={props.to}>{t.continue}</a>
      </p>
    </Page>
  );
}
