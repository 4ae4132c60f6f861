import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { STEP_REQUESTS, type StepRequest } from '../../shared/domain/step-requests.js';
import { STEP_IDS, StepId } from '../../shared/domain/steps.js';
import { completeStep } from '../../shared/usecases/complete-step.js';
import { eraseCase } from '../../shared/usecases/erase-case.js';
import { readOwnCase } from '../../shared/usecases/read-case.js';
import { resumeCase } from '../../shared/usecases/resume-case.js';
import { caseNotFound } from './abuse-limits.js';
import type { ApiDeps } from './deps.js';
import { bearerToken, parseJsonBody } from './json-body.js';
import { problemResponse, problems } from './problem.js';

export const STEP_BODY_MAX_BYTES = 8 * 1024;

/** Steps, resume and erase: what the victim does to a case. Mounted on `/api/v1/cases`. */
export function stepsRoutes(deps: ApiDeps) {
  const ownCase = (caseId: string, token: string | undefined) =>
    readOwnCase(deps.log, caseId, token);

  return new Hono()
    .post(
      '/:caseId/steps/:stepId',
      bodyLimit({
        maxSize: STEP_BODY_MAX_BYTES,
        onError: (c) => problemResponse(c, problems.tooLarge(STEP_BODY_MAX_BYTES)),
      }),
      async (c) => {
        const state = await ownCase(c.req.param('caseId'), bearerToken(c));
        if (!state) return caseNotFound(c);
        const stepId = StepId.safeParse(c.req.param('stepId'));
        if (!stepId.success) return problemResponse(c, problems.unknownStep(STEP_IDS));
        const parsed = await parseJsonBody(c, STEP_REQUESTS[stepId.data]);
        if (!parsed.ok) return problemResponse(c, parsed.problem);

        const request = { stepId: stepId.data, body: parsed.value } as StepRequest;
        const result = await completeStep(deps, state, request, {
          resumeStalledWith: deps.timing,
        });
        switch (result.outcome) {
          case 'conflict':
            return problemResponse(
              c,
              problems.stepConflict(`The complaint is already recorded as ${result.recorded}.`),
            );
          case 'not-applicable':
            return problemResponse(
              c,
              problems.stepNotApplicable(
                'The letter to the Procureur follows a refused complaint only.',
              ),
            );
          case 'missing':
            return problemResponse(c, problems.stepMissing(result.missing));
          case 'already-complete':
            return c.json({ stepId: stepId.data, outcome: result.outcome });
          case 'victim-only':
            // Only a helper's call gets this, and no API credential is a helper's.
            return caseNotFound(c);
        }
        return c.json({
          stepId: stepId.data,
          outcome: result.outcome,
          workflowResumed: result.workflowResumed,
          workflow: { status: result.workflow },
        });
      },
    )
    .post('/:caseId/resume', async (c) => {
      const state = await ownCase(c.req.param('caseId'), bearerToken(c));
      if (!state) return caseNotFound(c);
      try {
        const result = await resumeCase(deps, state);
        return c.json(result, result.outcome === 'resumed' ? 202 : 200);
      } catch {
        return problemResponse(c, problems.workflowUnavailable());
      }
    })
    .delete('/:caseId', async (c) => {
      const state = await ownCase(c.req.param('caseId'), bearerToken(c));
      if (!state) return caseNotFound(c);
      await eraseCase(deps, state);
      return c.body(null, 204);
    });
}
