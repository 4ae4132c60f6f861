import { Hono } from 'hono';
import { dossierStatus } from '../../shared/dossier/status.js';
import { dossierDownload } from '../../shared/usecases/download-links.js';
import { readOwnCase } from '../../shared/usecases/read-case.js';
import { requestDossier } from '../../shared/usecases/request-dossier.js';
import { caseNotFound } from './abuse-limits.js';
import type { ApiDeps } from './deps.js';
import { bearerToken } from './json-body.js';
import { problemResponse, problems } from './problem.js';

/** The dossier: compile, follow, download. Mounted on `/api/v1/cases`. */
export function dossierRoutes(deps: ApiDeps) {
  return new Hono()
    .post('/:caseId/dossier', async (c) => {
      const state = await readOwnCase(deps.log, c.req.param('caseId'), bearerToken(c));
      if (!state) return caseNotFound(c);
      const location = `/api/v1/cases/${state.caseId}/dossier`;
      const result = await requestDossier(deps, state);
      if (result.outcome === 'unavailable')
        return problemResponse(c, problems.dossierUnavailable());
      return c.json(
        { status: 'compiling', version: result.version, purpose: result.purpose },
        202,
        {
          Location: location,
        },
      );
    })
    .get('/:caseId/dossier', async (c) => {
      const state = await readOwnCase(deps.log, c.req.param('caseId'), bearerToken(c));
      if (!state) return caseNotFound(c);
      return c.json(dossierStatus(state));
    })
    .get('/:caseId/dossier/:version/:name', async (c) => {
      const state = await readOwnCase(deps.log, c.req.param('caseId'), bearerToken(c));
      if (!state) return caseNotFound(c);
      const version = Number(c.req.param('version'));
      const url = await dossierDownload(deps, state, version, c.req.param('name'));
      if (!url) return problemResponse(c, problems.dossierFileNotFound());
      return c.redirect(url, 303);
    });
}
