import { Hono } from 'hono';
import {
  DossierDeliveryRequest,
  type ProtectedDossierMailResult,
} from '../../../../shared/domain/mail-preferences.js';
import { dossierDownload } from '../../../../shared/usecases/download-links.js';
import { chooseDossierDelivery } from '../../../../shared/usecases/mail-preferences.js';
import { requestDossier } from '../../../../shared/usecases/request-dossier.js';
import { given, text } from '../../forms/fields.js';
import type { PageContext } from '../../page-context.js';
import type { CaseForms } from '../case-form.js';
import type { NoticeCode } from '../texts.js';

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
