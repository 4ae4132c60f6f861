import { Hono } from 'hono';
import { factRequestSchema } from '../../../../shared/domain/evidence.js';
import { recordFact } from '../../../../shared/usecases/record-evidence.js';
import { given, optional, text } from '../../forms/fields.js';
import type { PageContext } from '../../page-context.js';
import { parisToIso } from '../../session.js';
import type { CaseForms } from '../case-form.js';

/** A dated fact, its date and time typed in Paris time. */
export function factsRoutes(web: PageContext, forms: CaseForms) {
  const { deps, now, nextId } = web;
  return new Hono().post(
    '/cases/:caseId/facts',
    web.formLimit,
    forms.caseForm(async (c, state, fields) => {
      const date = text(fields, 'date').trim();
      const time = text(fields, 'time').trim();
      // Without a time, the fact stays a day: no "12:00" is invented for it.
      const occurredAt = time ? parisToIso(date, time) : parisToIso(date) && date;
      const parsed = factRequestSchema(() => now().getTime()).safeParse(
        given({
          occurredAt: occurredAt ?? (date ? 'invalid' : undefined),
          description: optional(fields, 'description'),
          platform: optional(fields, 'platform'),
          authorPseudonym: optional(fields, 'authorPseudonym'),
          url: optional(fields, 'url'),
          public: fields.public === 'yes' ? true : undefined,
        }),
      );
      const rename = { occurredAt: 'date' };
      if (!parsed.success)
        return forms.sendBack(c, state, 'fact', fields, parsed.error.issues, rename);
      const recorded = await recordFact(deps, state, parsed.data, { now: now(), nextId });
      // At the limit (a form cites no evidence), the description is what cannot be kept.
      if (!recorded.ok)
        return forms.sendBack(c, state, 'fact', fields, [
          { path: ['description'], code: 'too_big' },
        ]);
      return forms.back(c, state.caseId, 'fact', 'facts');
    }),
  );
}
