import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { errorName } from '../../shared/logger.js';
import { pageNotFound, webRoutes } from '../web/app.js';
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
import { problemResponse, problems } from './problem.js';
import { renderedCaseViews } from './rendered-case-views.js';
import { stepsRoutes } from './steps-routes.js';
import { witnessLinksRoutes } from './witness-links-routes.js';

export function createApp(deps: ApiDeps) {
  const app = new Hono();
  // JSON answers get the API's headers, everything else the pages'.
  const pageSecurity = secureHeaders({ referrerPolicy: 'no-referrer', xFrameOptions: 'DENY' });
  app.use((c, next) =>
    c.req.path.startsWith('/api/') ? apiHeaders(c, next) : pageSecurity(c, next),
  );
  // One guard for the API and the pages: a credential guessed on either counts for both.
  const guard = new AbuseGuard(deps.limits);
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
  // The victim's web pages: the same app, cookie sessions instead of the Bearer header.
  app.route('/', webRoutes(deps, guard));
  const notFoundPage = pageNotFound(deps, guard);
  app.notFound((c) =>
    c.req.path.startsWith('/api/') ? problemResponse(c, problems.routeNotFound()) : notFoundPage(c),
  );
  app.onError((error, c) => {
    // A page refused whole (too many wrong credentials) carries its own answer.
    if (error instanceof HTTPException) return error.getResponse();
    deps.logger.error('request failed', { errorName: errorName(error) });
    return problemResponse(c, problems.internal());
  });
  // The polled case view, when memory can answer it, skips routing and middleware; every
  // other request, and that one otherwise, goes through them (`caseViewFastPath`).
  const fastCaseView = caseViewFastPath(deps, caseViews);
  const routed = app.fetch;
  app.fetch = (request, ...rest) => fastCaseView(request) ?? routed(request, ...rest);
  return app;
}
