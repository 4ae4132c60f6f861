import { Hono } from 'hono';
import { STEP_REQUESTS, type StepRequest } from '../../../../shared/domain/step-requests.js';
import { StepId } from '../../../../shared/domain/steps.js';
import { completeStep } from '../../../../shared/usecases/complete-step.js';
import { type Fields, given, optional, text } from '../../forms/fields.js';
import { refusedForm } from '../../forms/form-state.js';
import { formTexts } from '../../forms/texts.js';
import type { PageContext } from '../../page-context.js';
import { pageLocale, parisToIso } from '../../session.js';
import type { CaseForms } from '../case-form.js';
import { currentStepOf } from './current.js';

/** A date the form asks without a time: it stays a day (`YYYY-MM-DD`), never "12:00". */
function dayField(fields: Fields, name: string): string | undefined {
  const date = text(fields, name).trim();
  return date ? (parisToIso(date) ? date : 'invalid') : undefined;
}

/**
 * A step's form as its request body (`STEP_REQUESTS`), and the renaming of the schema's
 * fields to the form's. The markup of each form is in `view.tsx` beside this.
 */
export function stepBody(id: StepId, fields: Fields) {
  switch (id) {
    case 'report-content':
      return {
        body: {
          site: optional(fields, 'site'),
          reportedAt: dayField(fields, 'reportedAt'),
          reference: optional(fields, 'reference'),
        },
      };
    case 'file-complaint':
      return {
        body: {
          outcome: optional(fields, 'outcome'),
          reference: optional(fields, 'reference'),
          policeStation: optional(fields, 'policeStation'),
          filedAt: dayField(fields, 'filedAt'),
        },
      };
    case 'write-prosecutor':
      return {
        body: {
          status: 'done',
          sentAt: dayField(fields, 'sentAt'),
          trackingNumber: optional(fields, 'trackingNumber'),
        },
      };
    case 'follow-up':
      return {
        body: {
          answer: optional(fields, 'answer'),
          dismissedAt: dayField(fields, 'dismissedAt'),
          prosecutionReference: optional(fields, 'prosecutionReference'),
          hearingAt: dayField(fields, 'hearingAt'),
          court: optional(fields, 'court'),
        },
      };
    default:
      // The clicked button says done or skipped; without it nothing is recorded, since a
      // skip saved as done would put a false line in the dossier.
      return { body: { status: optional(fields, 'status') }, rename: { status: 'step' } };
  }
}

/** The steps of the victim's path: each form completes its step. */
export function stepsRoutes(web: PageContext, forms: CaseForms) {
  const { deps } = web;
  return new Hono().post(
    '/cases/:caseId/steps/:stepId',
    web.formLimit,
    forms.caseForm(async (c, state, fields) => {
      const locale = pageLocale(c, state.locale);
      const stepId = StepId.safeParse(c.req.param('stepId'));
      if (!stepId.success) return c.redirect(`/cases/${state.caseId}`, 303);
      const id = stepId.data;
      const e = formTexts[locale].errors;
      const { body, rename } = stepBody(id, fields);
      const parsed = STEP_REQUESTS[id].safeParse(given(body));
      if (!parsed.success) {
        const form = refusedForm(locale, id, fields, parsed.error.issues, rename);
        const errors =
          id === 'file-complaint' && form.errors.reference
            ? { ...form.errors, reference: e.receipt }
            : form.errors;
        return forms.render(c, state, { form: { ...form, errors }, status: 422 });
      }
      const request = { stepId: id, body: parsed.data } as StepRequest;
      // Done from "What to do now": back there, where the next step now waits.
      const wasNow = currentStepOf(state) === id;
      // Coming back to a stalled case picks it up, as the API does.
      const result = await completeStep(deps, state, request, { resumeStalledWith: deps.timing });
      const refused = (errors: Record<string, string>) =>
        forms.render(c, state, { form: { id, errors, values: {} }, status: 409 });
      switch (result.outcome) {
        case 'missing':
          return refused({ step: result.missing === 'evidence' ? e.evidence : e.certificate });
        case 'conflict':
          return refused({ step: e.conflict, outcome: e.conflict });
        case 'not-applicable':
          return refused({ step: e.notApplicable });
        case 'already-complete':
          return forms.backToStep(c, state.caseId, 'already-complete', id);
      }
      if (wasNow) return forms.backToNow(c, state.caseId, 'step');
      return forms.backToStep(c, state.caseId, 'step', id);
    }),
  );
}
