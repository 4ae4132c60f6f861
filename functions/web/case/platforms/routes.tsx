import { Hono } from 'hono';
import { PlatformAnswerRequest } from '../../../../shared/domain/platform-answers.js';
import { recordPlatformAnswer } from '../../../../shared/usecases/platform-answers.js';
import { type Fields, given, optional, text } from '../../forms/fields.js';
import type { PageContext } from '../../page-context.js';
import { parisToIso } from '../../session.js';
import type { CaseForms } from '../case-form.js';
import { currentStepOf } from '../steps/current.js';

/** The boxes ticked under a name: undefined when none is. */
function checked(fields: Fields, name: string): string[] | undefined {
  const value = fields[name];
  const list = (Array.isArray(value) ? value : value === undefined ? [] : [value]).map(String);
  return list.length ? list : undefined;
}

/** What a platform answered to a report: the same use case as the API's route. */
export function platformRoutes(web: PageContext, forms: CaseForms) {
  return new Hono().post(
    '/cases/:caseId/reports/:reportId/answer',
    web.formLimit,
    forms.caseForm(async (c, state, fields) => {
      const reportId = c.req.param('reportId') ?? '';
      const date = text(fields, 'answeredAt').trim();
      const parsed = PlatformAnswerRequest.safeParse(
        given({
          answer: optional(fields, 'answer'),
          // A date without a time stays a day.
          answeredAt: date ? (parisToIso(date) ? date : 'invalid') : undefined,
          reference: optional(fields, 'reference'),
          reason: optional(fields, 'reason'),
          followUps: checked(fields, 'followUps'),
        }),
      );
      const form = `report-${reportId}`;
      // The ticked boxes come back as one value (a form keeps one per name).
      const kept = { ...fields, followUps: (checked(fields, 'followUps') ?? []).join(' ') };
      if (!parsed.success) return forms.sendBack(c, state, form, kept, parsed.error.issues);
      await recordPlatformAnswer(web.deps, state, reportId, parsed.data);
      // Where the form was: "What to do now" while reporting is the current step.
      if (currentStepOf(state) === 'report-content')
        return forms.backToNow(c, state.caseId, 'platform-answer');
      return forms.backToStep(c, state.caseId, 'platform-answer', 'report-content');
    }),
  );
}
