import { Hono } from 'hono';
import { dossierDownload } from '../../../../shared/usecases/download-links.js';
import { requestDossier } from '../../../../shared/usecases/request-dossier.js';
import type { PageContext } from '../../page-context.js';
import type { CaseForms } from '../case-form.js';

/** The dossier: prepare a new version, download a file of one. */
export function dossierRoutes(web: PageContext, forms: CaseForms) {
  const { deps } = web;
  const app = new Hono();

  app.get('/cases/:caseId/dossier/:version/:name', async (c) => {
    const state = await web.ownCase(c);
    if (!state) return c.redirect(`/cases/${c.req.param('caseId')}`, 303);
    const version = Number(c.req.param('version'));
    const url = await dossierDownload(deps, state, version, c.req.param('name'));
    if (!url) return c.redirect(`/cases/${state.caseId}#dossier`, 303);
    return c.redirect(url, 302);
  });

  app.post(
    '/cases/:caseId/dossier',
    web.formLimit,
    forms.caseForm(async (c, state) => {
      const result = await requestDossier(deps, state);
      deps.logger.info('dossier requested', { caseId: state.caseId });
      const notice = result.outcome === 'unavailable' ? 'dossier-unavailable' : 'dossier-requested';
      return forms.back(c, state.caseId, notice, 'dossier');
    }),
  );

  return app;
}
