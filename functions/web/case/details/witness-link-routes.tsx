import { Hono } from 'hono';
import { WitnessFileRole } from '../../../../shared/domain/attestation.js';
import { WitnessLinkRequest } from '../../../../shared/domain/witnesses.js';
import { witnessFileDownload } from '../../../../shared/usecases/download-links.js';
import { cancelWitnessLink, sendWitnessLink } from '../../../../shared/usecases/witness-link.js';
import { text } from '../../forms/fields.js';
import type { PageContext } from '../../page-context.js';
import { pageLocale } from '../../session.js';
import type { CaseForms } from '../case-form.js';
import { witnessLinkTexts } from './witness-link-texts.js';

/**
 * The victim's two buttons under a witness: mail them a single-use link to write their
 * own attestation, or cancel a link not yet used. The address typed is passed on to the
 * mail and forgotten: it is in no event, no log line, and not sent back in the page. And
 * the two files of a sent attestation, for her eyes: her session only (a helper's or a
 * witness's cookie is not sent to `/cases`, and opens nothing there).
 */
export function witnessLinkRoutes(web: PageContext, forms: CaseForms) {
  const app = new Hono();

  app.post(
    '/cases/:caseId/witnesses/:witnessId/link',
    web.formLimit,
    forms.caseForm(async (c, state, fields) => {
      const witnessId = c.req.param('witnessId') ?? '';
      const formId = `witness-link-${witnessId}`;
      const parsed = WitnessLinkRequest.safeParse({
        email: text(fields, 'email').trim(),
        locale: text(fields, 'locale') || state.locale,
      });
      if (!parsed.success) return forms.sendBack(c, state, formId, fields, parsed.error.issues);
      const sent = await sendWitnessLink(web.deps, state, { witnessId, ...parsed.data });
      if (sent.ok)
        return forms.back(c, state.caseId, 'witness-link-sent', `attestation-${witnessId}`);
      if (sent.reason === 'witness-not-found')
        return c.redirect(`/cases/${state.caseId}#witnesses`, 303);
      const message = witnessLinkTexts[pageLocale(c, state.locale)].errors[sent.reason];
      // The address is not sent back: the victim types it again if she wants to.
      return forms.refuse(c, state, formId, { ...fields, email: '' }, { link: message });
    }),
  );

  app.post(
    '/cases/:caseId/witnesses/:witnessId/link/cancel',
    web.formLimit,
    forms.caseForm(async (c, state) => {
      const witnessId = c.req.param('witnessId') ?? '';
      await cancelWitnessLink(web.deps, state, witnessId);
      return forms.back(c, state.caseId, 'witness-link-cancelled', `attestation-${witnessId}`);
    }),
  );

  app.get('/cases/:caseId/witnesses/:witnessId/files/:role', async (c) => {
    const state = await web.ownCase(c);
    if (!state) return c.redirect(`/cases/${c.req.param('caseId')}`, 303);
    const witnessId = c.req.param('witnessId');
    const role = WitnessFileRole.safeParse(c.req.param('role'));
    const url = role.success && (await witnessFileDownload(web.deps, state, witnessId, role.data));
    if (!url) return c.redirect(`/cases/${state.caseId}#witnesses`, 303);
    c.header('Cache-Control', 'no-store');
    return c.redirect(url, 302);
  });

  return app;
}
