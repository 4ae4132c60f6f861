import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { WitnessFileRole } from '../../shared/domain/attestation.js';
import { WitnessLinkRequest } from '../../shared/domain/witnesses.js';
import { witnessFileDownload } from '../../shared/usecases/download-links.js';
import { readOwnCase } from '../../shared/usecases/read-case.js';
import {
  cancelWitnessLink,
  type SendWitnessLinkResult,
  sendWitnessLink,
} from '../../shared/usecases/witness-link.js';
import { caseNotFound } from './abuse-limits.js';
import { witnessProblems } from './complaint-details-routes.js';
import type { ApiDeps } from './deps.js';
import { bearerToken, parseJsonBody } from './json-body.js';
import { type Problem, problemResponse, problems } from './problem.js';

/** An address and a language. */
export const WITNESS_LINK_MAX_BYTES = 1024;

type Refusal = Extract<SendWitnessLinkResult, { ok: false }>['reason'];

export const witnessLinkProblems: Record<Exclude<Refusal, 'witness-not-found'>, () => Problem> & {
  noLink: () => Problem;
  noFile: () => Problem;
} = {
  'link-out': () => ({
    type: '/problems/witness-link-out',
    title: 'A link is already out for this witness',
    status: 409,
    detail: 'One link per witness at a time: cancel it (DELETE …/link) or wait until it expires.',
  }),
  attested: () => ({
    type: '/problems/witness-attested',
    title: 'This witness already sent an attestation',
    status: 409,
    detail: 'A sent attestation stands until its witness withdraws it.',
  }),
  'case-limit': () => ({
    type: '/problems/witness-links-limit',
    title: 'Too many witness links today',
    status: 429,
    detail: 'A case sends at most 10 witness links in 24 hours.',
  }),
  'address-limit': () => ({
    type: '/problems/witness-address-limit',
    title: 'No more links to this address today',
    status: 429,
    detail: 'An address gets at most 3 witness links in 24 hours, or none if it asked for no mail.',
  }),
  'not-sent': () => ({
    type: '/problems/witness-link-not-sent',
    title: 'The link could not be sent',
    status: 503,
    detail: 'Nothing was sent and no link is out; try again later.',
  }),
  noFile: () => ({
    type: '/problems/witness-file-not-found',
    title: 'No such file of a sent attestation',
    status: 404,
    detail: 'A witness’s files open once they sent their attestation: `identity` or `signature`.',
  }),
  noLink: () => ({
    type: '/problems/witness-link-not-found',
    title: 'No link is out for this witness',
    status: 404,
    detail: 'This witness has no unused link to cancel.',
  }),
};

/**
 * The victim has a witness mailed a single-use link to write their own attestation, or
 * cancels one not yet used, and opens the files of a sent one. The witness's pages are in
 * `functions/web/witness/`.
 */
export function witnessLinksRoutes(deps: ApiDeps) {
  const ownCase = (c: Context) =>
    readOwnCase(deps.log, c.req.param('caseId') ?? '', bearerToken(c));
  return new Hono()
    .post(
      '/:caseId/witnesses/:witnessId/link',
      bodyLimit({
        maxSize: WITNESS_LINK_MAX_BYTES,
        onError: (c) => problemResponse(c, problems.tooLarge(WITNESS_LINK_MAX_BYTES)),
      }),
      async (c) => {
        const state = await ownCase(c);
        if (!state) return caseNotFound(c);
        const parsed = await parseJsonBody(c, WitnessLinkRequest);
        if (!parsed.ok) return problemResponse(c, parsed.problem);
        const sent = await sendWitnessLink(deps, state, {
          witnessId: c.req.param('witnessId'),
          ...parsed.value,
        });
        if (sent.ok) return c.json({ expiresAt: sent.expiresAt }, 202);
        if (sent.reason === 'witness-not-found')
          return problemResponse(c, witnessProblems.witnessNotFound());
        const refused = problemResponse(c, witnessLinkProblems[sent.reason]());
        // Both budgets are per 24 hours: the next link may go within the day.
        if (refused.status === 429) refused.headers.set('Retry-After', String(24 * 3600));
        return refused;
      },
    )
    .delete('/:caseId/witnesses/:witnessId/link', async (c) => {
      const state = await ownCase(c);
      if (!state) return caseNotFound(c);
      if (!(await cancelWitnessLink(deps, state, c.req.param('witnessId'))))
        return problemResponse(c, witnessLinkProblems.noLink());
      return c.body(null, 204);
    })
    .get('/:caseId/witnesses/:witnessId/files/:role', async (c) => {
      const state = await ownCase(c);
      if (!state) return caseNotFound(c);
      const role = WitnessFileRole.safeParse(c.req.param('role'));
      const url =
        role.success &&
        (await witnessFileDownload(deps, state, c.req.param('witnessId'), role.data));
      if (!url) return problemResponse(c, witnessLinkProblems.noFile());
      c.header('Cache-Control', 'no-store');
      return c.redirect(url, 302);
    });
}
