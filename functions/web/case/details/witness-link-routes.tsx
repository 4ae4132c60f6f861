import { Hono } from 'hono';
import { WitnessLinkRequest } from '../../../../shared/domain/witnesses.js';
import { cancelWitnessLink, sendWitnessLink } from '../../../../shared/usecases/witness-link.js';
import { text } from '../../forms/fields.js';
import type { PageContext } from '../../page-context.js';
import { pageLocale } from '../../session.js';
import type { CaseForms } from '../case-form.js';
import { witnessLinkTexts } from './witness-link-texts.js';

/**
 * The victim's two buttons under a witness: mail them a single-use link to write their
 * own attestation, or cancel a link not yet used. The address typed is passed on to the
 * mail and forgotten: it is in no event, no log line, and not sent back in the page.
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

  return app;
}
