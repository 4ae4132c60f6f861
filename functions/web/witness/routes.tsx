import { type Context, Hono } from 'hono';
import {
  attestationRequestSchema,
  RELATIONSHIP_KINDS,
  WITNESS_FILE_ROLES,
  WitnessFileRole,
} from '../../../shared/domain/attestation.js';
import type { CaseState } from '../../../shared/domain/fold.js';
import { isCaseId } from '../../../shared/domain/ids.js';
import type { Witness } from '../../../shared/domain/witnesses.js';
import {
  saveStatement,
  submitAttestation,
  withdrawAttestation,
  witnessUploadForm,
} from '../../../shared/usecases/witness-attestation.js';
import { witnessOfSession } from '../../../shared/usecases/witness-link.js';
import { type Fields, formFields, text } from '../forms/fields.js';
import { type FormState, refusedForm } from '../forms/form-state.js';
import { frameTexts } from '../frame/texts.js';
import { guestEntry } from '../guest/entry.js';
import type { PageContext } from '../page-context.js';
import {
  allowUploadOrigin,
  csrfToken,
  fromOurPages,
  pageLocale,
  todayInParis,
} from '../session.js';
import { witnessTexts } from './texts.js';
import { type UploadForm, WitnessPage } from './view.js';

/** A witness's cookie, apart from the victim's and the helper's, sent to `/witness` pages only. */
const GUEST_COOKIE = 'hd_guest';

/**
 * The witness's pages (no account): the link's landing and its button, the attestation
 * (text, identity copy, signature), sending and withdrawing it. Every other page of the
 * case answers a witness as it answers anyone: not found.
 */
export function witnessRoutes(web: PageContext) {
  const { deps, now } = web;
  const app = new Hono();

  const entry = guestEntry(web, {
    kind: 'witness',
    cookie: GUEST_COOKIE,
    texts: witnessTexts,
    refusal: (locale, status) => {
      const t = witnessTexts[locale].messages;
      if (status.status !== 'ended') return t[status.status];
      return t[status.reason === 'withdrawn' ? 'withdrawn' : 'cancelled'];
    },
    guestOf: witnessOfSession,
    idOf: (witness) => witness.witnessId,
  });
  app.route('/', entry.routes);

  /** This browser's witness on the case the path names: it opens that attestation only. */
  const ownWitness = async (
    c: Context,
  ): Promise<{ state: CaseState; witness: Witness } | undefined> => {
    const own = await entry.own(c);
    return own && { state: own.state, witness: own.guest };
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
    const entryPage = entry.entryPage(c);
    if (entryPage) return entryPage;
    const own = await ownWitness(c);
    return own ? render(c, own) : notFound(c);
  });

  app.get('/witness/:caseId/uploaded', (c) => {
    const role = WitnessFileRole.safeParse(c.req.query('role'));
    const caseId = isCaseId(c.req.param('caseId')) ? c.req.param('caseId') : '';
    // Storage's own parameters (bucket, key, etag) stay out of the page's address.
    return c.redirect(`/witness/${caseId}${role.success ? `?uploaded=${role.data}` : ''}`, 303);
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
      entry.forget(c);
      const t = witnessTexts[locale].messages.withdrawn;
      return web.message(c, locale, { title: t.title, body: t.body }, { role: 'status' });
    }),
  );

  return app;
}
