import { Hono } from 'hono';
import { HARM_POINTS, harmRequestSchema } from '../../../../shared/domain/harm.js';
import { identityRequestSchema } from '../../../../shared/domain/identity.js';
import { WitnessRequest } from '../../../../shared/domain/witnesses.js';
import {
  addWitness,
  recordHarm,
  recordIdentity,
  removeWitness,
} from '../../../../shared/usecases/record-complaint-details.js';
import { filled } from '../../forms/fields.js';
import { formTexts } from '../../forms/texts.js';
import type { PageContext } from '../../page-context.js';
import { pageLocale } from '../../session.js';
import type { CaseForms } from '../case-form.js';

/** What the complaint needs beyond the facts: identity, harm, witnesses. */
export function detailsRoutes(web: PageContext, forms: CaseForms) {
  const { deps, now, nextId } = web;
  const nowMs = () => now().getTime();
  const app = new Hono();

  app.post(
    '/cases/:caseId/identity',
    web.formLimit,
    forms.caseForm(async (c, state, fields) => {
      const parsed = identityRequestSchema(nowMs).safeParse(
        filled(fields, ['civility', 'fullName', 'dateOfBirth', 'placeOfBirth', 'address', 'phone']),
      );
      if (!parsed.success) return forms.sendBack(c, state, 'identity', fields, parsed.error.issues);
      await recordIdentity(deps, state, parsed.data);
      return forms.back(c, state.caseId, 'identity', 'identity');
    }),
  );

  app.post(
    '/cases/:caseId/harm',
    web.formLimit,
    forms.caseForm(async (c, state, fields) => {
      const { ittDays, ...points } = filled(fields, [
        ...HARM_POINTS,
        'doctor',
        'certificateDate',
        'ittDays',
        'estimate',
      ]);
      const parsed = harmRequestSchema(nowMs).safeParse({
        ...points,
        ...(ittDays === undefined ? {} : { ittDays: Number(ittDays) }),
      });
      if (!parsed.success) return forms.sendBack(c, state, 'harm', fields, parsed.error.issues);
      await recordHarm(deps, state, parsed.data);
      return forms.back(c, state.caseId, 'harm', 'harm');
    }),
  );

  app.post(
    '/cases/:caseId/witnesses',
    web.formLimit,
    forms.caseForm(async (c, state, fields) => {
      const parsed = WitnessRequest.safeParse(filled(fields, ['name', 'contact', 'statement']));
      if (!parsed.success) return forms.sendBack(c, state, 'witness', fields, parsed.error.issues);
      const added = await addWitness(deps, state, parsed.data, nextId(nowMs()));
      if (!added.ok) {
        // What was typed stays in the form, under the limit's message.
        const limit = formTexts[pageLocale(c, state.locale)].errors.witnessLimit;
        return forms.refuse(c, state, 'witness', fields, { witness: limit });
      }
      return forms.back(c, state.caseId, 'witness-added', 'witnesses');
    }),
  );

  app.post(
    '/cases/:caseId/witnesses/:witnessId/remove',
    web.formLimit,
    forms.caseForm(async (c, state) => {
      await removeWitness(deps, state, c.req.param('witnessId') ?? '');
      return forms.back(c, state.caseId, 'witness-removed', 'witnesses');
    }),
  );

  return app;
}
