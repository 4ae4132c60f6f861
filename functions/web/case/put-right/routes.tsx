import { Hono } from 'hono';
import { evidenceDetailsSchema, factRequestSchema } from '../../../../shared/domain/evidence.js';
import type { CaseState } from '../../../../shared/domain/fold.js';
import {
  describeEvidence,
  editFact,
  withdrawEvidence,
  withdrawFact,
} from '../../../../shared/usecases/put-right-evidence.js';
import { given, optional, text } from '../../forms/fields.js';
import { refusedForm } from '../../forms/form-state.js';
import type { PageContext } from '../../page-context.js';
import { pageLocale, parisToIso } from '../../session.js';
import type { CaseForms } from '../case-form.js';
import { DESCRIBE_RENAME, describedDetails } from '../evidence/describe-fields.js';

/** Mistakes put right from the case page: the same use cases as the API's routes. */
export function putRightRoutes(web: PageContext, forms: CaseForms) {
  const { deps, now } = web;
  const app = new Hono();

  app.post(
    '/cases/:caseId/facts/:factId',
    web.formLimit,
    forms.caseForm(async (c, state, fields) => {
      const factId = c.req.param('factId') ?? '';
      const recorded = state.evidence.facts.find((fact) => fact.factId === factId);
      if (!recorded) return forms.back(c, state.caseId, 'fact-withdrawn', 'facts');
      const parsed = factRequestSchema(() => now().getTime()).safeParse(
        correctedFact(fields, recorded),
      );
      const form = `fact-${factId}`;
      if (!parsed.success)
        return forms.sendBack(c, state, form, fields, parsed.error.issues, { occurredAt: 'date' });
      await editFact(deps, state, factId, parsed.data);
      return forms.back(c, state.caseId, 'fact-edited', 'facts');
    }),
  );

  app.post(
    '/cases/:caseId/facts/:factId/withdraw',
    web.formLimit,
    forms.caseForm(async (c, state) => {
      await withdrawFact(deps, state, c.req.param('factId') ?? '');
      return forms.back(c, state.caseId, 'fact-withdrawn', 'facts');
    }),
  );

  app.post(
    '/cases/:caseId/evidence/:evidenceId/describe',
    web.formLimit,
    forms.caseForm(async (c, state, fields) => {
      const evidenceId = c.req.param('evidenceId') ?? '';
      const item = state.evidence.items.find((candidate) => candidate.evidenceId === evidenceId);
      if (!item) return forms.back(c, state.caseId, 'evidence-withdrawn', 'evidence');
      const form = `item-${evidenceId}`;
      const locale = pageLocale(c, state.locale);
      const described = describedDetails(
        {
          capturedDate: text(fields, 'capturedDate'),
          capturedTime: text(fields, 'capturedTime'),
          platform: text(fields, 'platform'),
          authorPseudonym: text(fields, 'authorPseudonym'),
          url: text(fields, 'url'),
          description: text(fields, 'description'),
        },
        locale,
      );
      const parsed = evidenceDetailsSchema(() => now().getTime()).safeParse(
        // A link's address is required: a blank one is refused, not cleared.
        given({
          ...described.body,
          url: described.body.url ?? (item.kind === 'link' ? '' : undefined),
        }),
      );
      if (!parsed.success || Object.keys(described.errors).length) {
        const sent = refusedForm(locale, form, fields, parsed.error?.issues ?? [], DESCRIBE_RENAME);
        const errors = { ...sent.errors, ...described.errors };
        return forms.refuse(c, state, form, fields, errors, 422);
      }
      await describeEvidence(deps, state, evidenceId, parsed.data);
      return forms.back(c, state.caseId, 'evidence-described', 'evidence');
    }),
  );

  app.post(
    '/cases/:caseId/evidence/:evidenceId/withdraw',
    web.formLimit,
    forms.caseForm(async (c, state) => {
      await withdrawEvidence(deps, state, c.req.param('evidenceId') ?? '');
      return forms.back(c, state.caseId, 'evidence-withdrawn', 'evidence');
    }),
  );

  return app;
}

type FormFields = Parameters<typeof text>[0];
type RecordedFact = CaseState['evidence']['facts'][number];

/**
 * A fact as its correction form gives it, for the fact schema. Without a time the fact
 * stays a day: no "12:00" is invented for it. The form shows neither the evidence cited
 * nor the publication date: both are kept.
 */
function correctedFact(fields: FormFields, recorded: RecordedFact) {
  const date = text(fields, 'date').trim();
  const time = text(fields, 'time').trim();
  const occurredAt = time ? parisToIso(date, time) : parisToIso(date) && date;
  const isPublic = fields.public === 'yes';
  const publishedAt =
    isPublic &&
    recorded.publishedAt &&
    occurredAt &&
    recorded.publishedAt >= occurredAt.slice(0, 10)
      ? recorded.publishedAt
      : undefined;
  return given({
    occurredAt: occurredAt ?? (date ? 'invalid' : undefined),
    description: optional(fields, 'description'),
    platform: optional(fields, 'platform'),
    authorPseudonym: optional(fields, 'authorPseudonym'),
    url: optional(fields, 'url'),
    evidenceIds: [...recorded.evidenceIds],
    public: isPublic ? true : undefined,
    publishedAt,
    exposesPersonalData: recorded.exposesPersonalData,
  });
}
