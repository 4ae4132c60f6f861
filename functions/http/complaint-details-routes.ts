import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { harmRequestSchema } from '../../shared/domain/harm.js';
import { identityRequestSchema } from '../../shared/domain/identity.js';
import { readOwnCase } from '../../shared/usecases/read-case.js';
import { recordHarm, recordIdentity } from '../../shared/usecases/record-complaint-details.js';
import { caseNotFound } from './abuse-limits.js';
import type { ApiDeps } from './deps.js';
import { bearerToken, parseJsonBody } from './json-body.js';
import { problemResponse, problems } from './problem.js';

/** A name, two places and a phone number: 4 KiB is plenty. */
export const IDENTITY_MAX_BYTES = 4 * 1024;
/** Seven points of up to 2,000 characters, a doctor and a date. */
export const HARM_MAX_BYTES = 32 * 1024;

const limit = (maxSize: number) =>
  bodyLimit({ maxSize, onError: (c) => problemResponse(c, problems.tooLarge(maxSize)) });

/**
 * What the victim enters for the complaint beyond the facts, each replaced whole by a
 * PUT: their identity, and the harm as the medical certificate describes it.
 */
export function complaintDetailsRoutes(deps: ApiDeps) {
  const now = () => (deps.now?.() ?? new Date()).getTime();
  const ownCase = (c: Context) =>
    readOwnCase(deps.log, c.req.param('caseId') ?? '', bearerToken(c));
  return new Hono()
    .put('/:caseId/identity', limit(IDENTITY_MAX_BYTES), async (c) => {
      const state = await ownCase(c);
      if (!state) return caseNotFound(c);
      const parsed = await parseJsonBody(c, identityRequestSchema(now));
      if (!parsed.ok) return problemResponse(c, parsed.problem);
      return c.json({ identity: await recordIdentity(deps, state, parsed.value) });
    })
    .put('/:caseId/harm', limit(HARM_MAX_BYTES), async (c) => {
      const state = await ownCase(c);
      if (!state) return caseNotFound(c);
      const parsed = await parseJsonBody(c, harmRequestSchema(now));
      if (!parsed.ok) return problemResponse(c, parsed.problem);
      return c.json({ harm: await recordHarm(deps, state, parsed.value) });
    });
}
