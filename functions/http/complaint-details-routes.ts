import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { monotonicFactory } from 'ulid';
import { harmRequestSchema } from '../../shared/domain/harm.js';
import { identityRequestSchema } from '../../shared/domain/identity.js';
import { MAX_WITNESSES_PER_CASE, WitnessRequest } from '../../shared/domain/witnesses.js';
import { readOwnCase } from '../../shared/usecases/read-case.js';
import {
  addWitness,
  recordHarm,
  recordIdentity,
  removeWitness,
} from '../../shared/usecases/record-complaint-details.js';
import { caseNotFound } from './abuse-limits.js';
import type { ApiDeps } from './deps.js';
import { bearerToken, parseJsonBody } from './json-body.js';
import { type Problem, problemResponse, problems } from './problem.js';

/** A name, two places and a phone number: 4 KiB is plenty. */
export const IDENTITY_MAX_BYTES = 4 * 1024;
/** Seven points of up to 2,000 characters, a doctor and a date. */
export const HARM_MAX_BYTES = 32 * 1024;
/** A name, a contact and a statement of up to 2,000 characters. */
export const WITNESS_MAX_BYTES = 8 * 1024;

export const witnessProblems = {
  witnessLimit: (): Problem => ({
    type: '/problems/witness-limit',
    title: 'Too many witnesses in this case',
    status: 409,
    detail: `A case names at most ${MAX_WITNESSES_PER_CASE} witnesses.`,
  }),
  witnessNotFound: (): Problem => ({
    type: '/problems/witness-not-found',
    title: 'Witness not found',
    status: 404,
    detail: 'No witness of this case matches this id.',
  }),
};

const limit = (maxSize: number) =>
  bodyLimit({ maxSize, onError: (c) => problemResponse(c, problems.tooLarge(maxSize)) });

/**
 * What the victim enters for the complaint beyond the facts: their identity and the harm
 * as the medical certificate describes it (each replaced whole by a PUT), and witnesses.
 */
export function complaintDetailsRoutes(deps: ApiDeps) {
  const now = () => (deps.now?.() ?? new Date()).getTime();
  const nextId = monotonicFactory();
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
    })
    .post('/:caseId/witnesses', limit(WITNESS_MAX_BYTES), async (c) => {
      const state = await ownCase(c);
      if (!state) return caseNotFound(c);
      const parsed = await parseJsonBody(c, WitnessRequest);
      if (!parsed.ok) return problemResponse(c, parsed.problem);
      const added = await addWitness(deps, state, parsed.value, nextId(now()));
      if (!added.ok) return problemResponse(c, witnessProblems.witnessLimit());
      return c.json({ witnessId: added.witnessId }, 201);
    })
    .delete('/:caseId/witnesses/:witnessId', async (c) => {
      const state = await ownCase(c);
      if (!state) return caseNotFound(c);
      if (!(await removeWitness(deps, state, c.req.param('witnessId'))))
        return problemResponse(c, witnessProblems.witnessNotFound());
      return c.body(null, 204);
    });
}
