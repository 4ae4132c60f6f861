import { Hono } from 'hono';
import {
  DossierDeliveryRequest,
  type ProtectedDossierMailResult,
} from '../../../../shared/domain/mail-preferences.js';
import { dossierStatus } from '../../../../shared/dossier/status.js';
import { dossierDownload } from '../../../../shared/usecases/download-links.js';
import { chooseDossierDelivery } from '../../../../shared/usecases/mail-preferences.js';
import { requestDossier } from '../../../../shared/usecases/request-dossier.js';
import { given, text } from '../../forms/fields.js';
import type { PageContext } from '../../page-context.js';
import { pageLocale } from '../../session.js';
import type { CaseForms } from '../case-form.js';
import type { NoticeCode } from '../texts.js';
import { progressText } from './progress-view.js';

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

  /**
   * Where the compilation stands: JSON for the pages' script; a browser without it is sent
   * back to the page, where it is said, at the part it came from.
   */
  app.get('/cases/:caseId/dossier-progress', async (c) => {
    const state = await web.ownCase(c);
    const caseId = c.req.param('caseId');
    const json = (c.req.header('accept') ?? '').includes('application/json');
    if (!state)
      return json ? c.json({ error: 'not-found' }, 404) : c.redirect(`/cases/${caseId}`, 303);
    const back = c.req.query('back') === 'now' ? 'now' : 'dossier';
    if (!json) return c.redirect(`/cases/${state.caseId}#${back}`, 303);
    const run = dossierStatus(state, web.now());
    const locale = pageLocale(c, state.locale);
    return c.json({
      status: run.status,
      progress: run.progress,
      text: progressText(locale, run),
    });
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

  app.post(
    '/cases/:caseId/dossier/delivery',
    web.formLimit,
    forms.caseForm(async (c, state, fields) => {
      const attachment = text(fields, 'attachment');
      const password = attachment === 'protected' ? text(fields, 'password') : undefined;
      const parsed = DossierDeliveryRequest.safeParse(given({ attachment, password }));
      // What was typed comes back, but never the password.
      const { password: _password, ...kept } = fields;
      if (!parsed.success) return forms.sendBack(c, state, 'delivery', kept, parsed.error.issues);
      const result = await chooseDossierDelivery(deps, state, parsed.data);
      return forms.back(c, state.caseId, deliveryNotice(result.protectedCopy), 'delivery');
    }),
  );

  return app;
}

/** The notice after the choice: whether a protected copy left, and if not, why. */
function deliveryNotice(copy: ProtectedDossierMailResult | undefined): NoticeCode {
  if (!copy) return 'delivery-chosen';
  if (copy.sent) return 'protected-sent';
  return copy.reason === 'unconfirmed' ? 'protected-unconfirmed' : 'protected-not-sent';
}
