import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { toCaseView } from '../../shared/domain/case-view.js';
import { OpenCaseRequest } from '../../shared/domain/open-case.js';
import { openCase } from '../../shared/usecases/open-case.js';
import { readOwnCase } from '../../shared/usecases/read-case.js';
import { caseNotFound } from './abuse-limits.js';
import type { ApiDeps } from './deps.js';
import { bearerToken, parseJsonBody } from './json-body.js';
import { problemResponse, problems } from './problem.js';

/** A case-opening body is a few short fields; 16 KiB leaves room for a long summary. */
export const OPEN_CASE_MAX_BYTES = 16 * 1024;

export function casesRoutes(deps: ApiDeps) {
  return new Hono()
    .post(
      '/',
      bodyLimit({
        maxSize: OPEN_CASE_MAX_BYTES,
        onError: (c) => problemResponse(c, problems.tooLarge(OPEN_CASE_MAX_BYTES)),
      }),
      async (c) => {
        const parsed = await parseJsonBody(c, OpenCaseRequest);
        if (!parsed.ok) return problemResponse(c, parsed.problem);
        const opened = await openCase(deps, parsed.value);
        return c.json(opened, 201, { Location: `/api/v1/cases/${opened.caseId}` });
      },
    )
    .get('/:caseId', async (c) => {
      const state = await readOwnCase(deps.log, c.req.param('caseId'), bearerToken(c));
      if (!state) return caseNotFound(c);
      return c.json(toCaseView(state));
    });
}
