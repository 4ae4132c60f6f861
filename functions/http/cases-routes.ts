import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { OpenCaseRequest } from '../../shared/domain/open-case.js';
import { openCase, TooManyCasesForEmailError } from '../../shared/usecases/open-case.js';
import { readOwnCase } from '../../shared/usecases/read-case.js';
import { caseNotFound, DEFAULT_ABUSE_LIMITS } from './abuse-limits.js';
import type { ApiDeps } from './deps.js';
import { bearerToken, parseJsonBody } from './json-body.js';
import { problemResponse, problems } from './problem.js';
import { type CaseViewAnswers, renderedCaseViews } from './rendered-case-views.js';

/** A case-opening body is a few short fields; 16 KiB leaves room for a long summary. */
export const OPEN_CASE_MAX_BYTES = 16 * 1024;

/** Views polled while an upload is ingested see it within a second, at one log read a second. */
export const CASE_VIEW_MAX_STALENESS_MS = 1000;

/** `Cache-Control: no-cache`: the client asks for the log as it is now. */
export function wantsRevalidation(cacheControl: string | null | undefined): boolean {
  return cacheControl ? /\bno-cache\b/i.test(cacheControl) : false;
}

/** `caseView`: the renderings this app shares with `caseViewFastPath`. */
export function casesRoutes(deps: ApiDeps, caseView: CaseViewAnswers = renderedCaseViews()) {
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
        const { casesPerEmail } = deps.limits ?? DEFAULT_ABUSE_LIMITS;
        try {
          const opened = await openCase({ ...deps, casesPerEmail }, parsed.value);
          return c.json(opened, 201, { Location: `/api/v1/cases/${opened.caseId}` });
        } catch (error) {
          if (!(error instanceof TooManyCasesForEmailError)) throw error;
          return problemResponse(c, problems.tooManyCasesForEmail(error.limit));
        }
      },
    )
    .get('/:caseId', async (c) => {
      const revalidate = wantsRevalidation(c.req.header('Cache-Control'));
      const maxStalenessMs = revalidate
        ? 0
        : (deps.caseViewMaxStalenessMs ?? CASE_VIEW_MAX_STALENESS_MS);
      const state = await readOwnCase(deps.log, c.req.param('caseId'), bearerToken(c), {
        maxStalenessMs,
      });
      if (!state) return caseNotFound(c);
      return caseView(state, maxStalenessMs, c.req.header('Accept-Encoding'));
    });
}
