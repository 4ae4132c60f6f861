import { Hono } from 'hono';
import { LetterRequest } from '../../../../shared/domain/letter.js';
import { OffencesRequest } from '../../../../shared/domain/offences.js';
import {
  confirmOffences,
  recordLetterDetails,
} from '../../../../shared/usecases/record-letter-details.js';
import { filled } from '../../forms/fields.js';
import type { PageContext } from '../../page-context.js';
import type { CaseForms } from '../case-form.js';

/** The letter's details and the offences checklist, through the same use cases as the API. */
export function letterRoutes(web: PageContext, forms: CaseForms) {
  const { deps } = web;
  const app = new Hono();

  app.post(
    '/cases/:caseId/letter',
    web.formLimit,
    forms.caseForm(async (c, state, fields) => {
      const parsed = LetterRequest.safeParse({
        ...filled(fields, ['tribunal', 'place']),
        civilParty: fields.civilParty === 'yes',
      });
      if (!parsed.success) return forms.sendBack(c, state, 'letter', fields, parsed.error.issues);
      await recordLetterDetails(deps, state, parsed.data);
      return forms.back(c, state.caseId, 'letter', 'letter');
    }),
  );

  app.post(
    '/cases/:caseId/offences',
    web.formLimit,
    forms.caseForm(async (c, state, fields) => {
      const ticked = fields.offences;
      const parsed = OffencesRequest.safeParse({
        offences: ticked === undefined ? [] : Array.isArray(ticked) ? ticked : [ticked],
      });
      if (!parsed.success) return forms.sendBack(c, state, 'offences', fields, parsed.error.issues);
      await confirmOffences(deps, state, parsed.data);
      return forms.back(c, state.caseId, 'offences', 'letter');
    }),
  );

  return app;
}
