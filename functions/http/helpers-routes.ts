import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { monotonicFactory } from 'ulid';
import {
  HelperInviteRequest,
  helperView,
  MAX_HELPERS_PER_CASE,
} from '../../shared/domain/helpers.js';
import {
  type InviteHelperResult,
  inviteHelper,
  removeHelper,
} from '../../shared/usecases/helper-access.js';
import { readOwnCase } from '../../shared/usecases/read-case.js';
import { caseNotFound } from './abuse-limits.js';
import type { ApiDeps } from './deps.js';
import { bearerToken, parseJsonBody } from './json-body.js';
import { type Problem, problemResponse, problems } from './problem.js';

/** A name, an address, roles and a language. */
export const HELPER_INVITE_MAX_BYTES = 1024;

type Refusal = Extract<InviteHelperResult, { ok: false }>['reason'];

export const helperProblems: Record<Refusal, () => Problem> & { notFound: () => Problem } = {
  'helper-limit': () => ({
    type: '/problems/helper-limit',
    title: 'Too many helpers in this case',
    status: 409,
    detail: `A case has at most ${MAX_HELPERS_PER_CASE} helpers at a time: take one off first.`,
  }),
  'case-limit': () => ({
    type: '/problems/guest-links-limit',
    title: 'Too many links mailed today',
    status: 429,
    detail: 'A case mails at most 10 witness links and helper invitations in 24 hours.',
  }),
  'address-limit': () => ({
    type: '/problems/helper-address-limit',
    title: 'No more mail to this address today',
    status: 429,
    detail: 'An address gets at most 3 such links in 24 hours, or none if it asked for no mail.',
  }),
  'not-sent': () => ({
    type: '/problems/helper-invite-not-sent',
    title: 'The invitation could not be sent',
    status: 503,
    detail: 'Nothing was sent and nobody was added; try again later.',
  }),
  notFound: () => ({
    type: '/problems/helper-not-found',
    title: 'Helper not found',
    status: 404,
    detail: 'No helper of this case, still on it, matches this id.',
  }),
};

/**
 * The victim's helpers: invite one (a mail with a single-use link), list them with every
 * action they took, take one off at once. A helper's own pages are in `functions/web/helper/`;
 * no route here answers a helper's credential.
 */
export function helpersRoutes(deps: ApiDeps) {
  const ownCase = (c: Context) =>
    readOwnCase(deps.log, c.req.param('caseId') ?? '', bearerToken(c));
  const nextId = monotonicFactory();
  return new Hono()
    .post(
      '/:caseId/helpers',
      bodyLimit({
        maxSize: HELPER_INVITE_MAX_BYTES,
        onError: (c) => problemResponse(c, problems.tooLarge(HELPER_INVITE_MAX_BYTES)),
      }),
      async (c) => {
        const state = await ownCase(c);
        if (!state) return caseNotFound(c);
        const parsed = await parseJsonBody(c, HelperInviteRequest);
        if (!parsed.ok) return problemResponse(c, parsed.problem);
        const invited = await inviteHelper(deps, state, parsed.value, { nextId });
        if (invited.ok)
          return c.json({ helperId: invited.helperId, expiresAt: invited.expiresAt }, 202);
        const refused = problemResponse(c, helperProblems[invited.reason]());
        if (refused.status === 429) refused.headers.set('Retry-After', String(24 * 3600));
        return refused;
      },
    )
    .get('/:caseId/helpers', async (c) => {
      const state = await ownCase(c);
      if (!state) return caseNotFound(c);
      const now = (deps.now?.() ?? new Date()).getTime();
      const sessions = state.guests?.sessions ?? [];
      return c.json({
        helpers: (state.helpers ?? []).map((h) =>
          helperView(
            h,
            sessions.some(
              (s) =>
                s.principal.kind === 'helper' &&
                s.principal.id === h.helperId &&
                Date.parse(s.expiresAt) > now,
            ),
          ),
        ),
      });
    })
    .delete('/:caseId/helpers/:helperId', async (c) => {
      const state = await ownCase(c);
      if (!state) return caseNotFound(c);
      if (!(await removeHelper(deps, state, c.req.param('helperId'))))
        return problemResponse(c, helperProblems.notFound());
      return c.body(null, 204);
    });
}
