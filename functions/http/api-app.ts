import { Hono } from 'hono';
import { AbuseGuard, abuseLimits } from './abuse-limits.js';
import { apiHeaders } from './api-headers.js';
import { caseViewFastPath } from './case-view-fast-path.js';
import { casesRoutes } from './cases-routes.js';
import { complaintDetailsRoutes } from './complaint-details-routes.js';
import type { ApiDeps } from './deps.js';
import { dossierRoutes } from './dossier-routes.js';
import { evidenceRoutes } from './evidence-routes.js';
import { helpersRoutes } from './helpers-routes.js';
import { letterRoutes } from './letter-routes.js';
import { mailPreferencesRoutes } from './mail-preferences-routes.js';
import { mailSettingsRoutes } from './mail-settings-routes.js';
import { openApiRoute } from './openapi-route.js';
import { platformRoutes } from './platform-routes.js';
import { answerError, problemResponse, problems } from './problem.js';
import { renderedCaseViews } from './rendered-case-views.js';
import { stepsRoutes } from './steps-routes.js';
import { witnessLinksRoutes } from './witness-links-routes.js';

/**
 * The JSON API under `/api/`, alone: the API function serves it, and nothing here imports
 * the pages (their views, texts and JSX runtime stay out of its bundle and its cold start).
 * `guard` counts wrong credentials; give the pages the same one where both run in one
 * process (`createApp`), so a credential guessed on either counts for both.
 */
export function createApiApp(deps: ApiDeps, guard = new AbuseGuard(deps.limits)) {
  const app = new Hono();
  app.use(apiHeaders);
  const limits = abuseLimits(guard);
  app.post('/api/v1/cases', limits.creation);
  // Also matches /api/v1/cases/:caseId itself.
  app.use('/api/v1/cases/:caseId/*', limits.caseAccess);
  const caseViews = renderedCaseViews();
  app.route('/api/v1/cases', casesRoutes(deps, caseViews));
  app.route('/api/v1/cases', stepsRoutes(deps));
  app.route('/api/v1/cases', evidenceRoutes(deps));
  app.route('/api/v1/cases', dossierRoutes(deps));
  app.route('/api/v1/cases', complaintDetailsRoutes(deps));
  app.route('/api/v1/cases', witnessLinksRoutes(deps));
  app.route('/api/v1/cases', helpersRoutes(deps));
  app.route('/api/v1/cases', letterRoutes(deps));
  app.route('/api/v1/cases', mailSettingsRoutes(deps));
  app.route('/api/v1/cases', mailPreferencesRoutes(deps));
  app.route('/api/v1/cases', platformRoutes(deps));
  app.route('/api/v1', openApiRoute());
  app.notFound((c) => problemResponse(c, problems.routeNotFound()));
  app.onError(answerError(deps.logger));
  // The polled case view, when memory can answer it, skips routing and middleware; every
  // other request, and that one otherwise, goes through them (`caseViewFastPath`).
  const fastCaseView = caseViewFastPath(deps, caseViews);
  const routed = app.fetch;
  app.fetch = (request, ...rest) => fastCaseView(request) ?? routed(request, ...rest);
  return app;
}
