import { readOwnRecentCase } from '../../shared/usecases/read-case.js';
import { CASE_VIEW_MAX_STALENESS_MS, wantsRevalidation } from './cases-routes.js';
import type { ApiDeps } from './deps.js';
import { bearerTokenIn } from './json-body.js';
import type { CaseViewAnswers } from './rendered-case-views.js';

/** `GET /api/v1/cases/{id}`, its id captured; a query string is ignored, as routing does. */
const CASE_VIEW_URL = /^[a-z]+:\/\/[^/]+\/api\/v1\/cases\/([^/?#]+)(?:\?[^#]*)?$/;

/**
 * The case view a victim's page polls, answered before the app's routing and middleware
 * when everything it needs is in memory: the case this instance read less than
 * `caseViewMaxStalenessMs` ago (`CaseLog.recentState`), a token that opens it, and its
 * rendering (`renderedCaseViews`, whose answers carry the API's headers from the start).
 * It is the answer the routed `GET` gives for the same state; profiles of the polled view
 * spent about a tenth of its CPU in routing, middleware and their promises.
 *
 * Only that success is answered here. Everything else gets `undefined` and goes the
 * usual way: no token or a wrong one (404, counted by the abuse limits), a case not in
 * memory or read too long ago, `Cache-Control: no-cache`, another method, another path.
 * A write through this instance, or an erase, drops the remembered state at once.
 */
export function caseViewFastPath(
  deps: Pick<ApiDeps, 'log' | 'caseViewMaxStalenessMs'>,
  answers: CaseViewAnswers,
): (request: Request) => Response | undefined {
  const maxStalenessMs = deps.caseViewMaxStalenessMs ?? CASE_VIEW_MAX_STALENESS_MS;
  return (request) => {
    if (request.method !== 'GET') return undefined;
    const caseId = CASE_VIEW_URL.exec(request.url)?.[1];
    if (!caseId) return undefined;
    const headers = request.headers;
    if (wantsRevalidation(headers.get('cache-control'))) return undefined;
    const token = bearerTokenIn(headers.get('authorization'));
    const state = readOwnRecentCase(deps.log, caseId, token, maxStalenessMs);
    if (!state) return undefined;
    return answers(state, maxStalenessMs, headers.get('accept-encoding'));
  };
}
