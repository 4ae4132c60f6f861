import * as z from 'zod';
import { pastDayOrTime } from './day-or-time.js';
import { FollowUpRequest } from './follow-up.js';
import type { StepId } from './steps.js';

/** Clock skew tolerated on dates the victim gives. */
const SKEW_MS = 5 * 60 * 1000;

const text = (max: number) => z.string().trim().min(1).max(max);

const Acknowledge = z.object({ status: z.literal('done') }).strict();
const AcknowledgeOrSkip = z.object({ status: z.enum(['done', 'skipped']) }).strict();

/** `report-content`: one report to one site. */
export const PlatformReportRequest = z
  .object({
    site: text(200),
    /** A day when the victim does not know the time: it stays a day. */
    reportedAt: pastDayOrTime(Date.now, SKEW_MS),
    reference: text(200).optional(),
  })
  .strict();

/** `file-complaint`: the answer of the police or gendarmerie. */
export const ComplaintOutcomeRequest = z
  .object({
    outcome: z.enum(['filed', 'refused']),
    /** The receipt (récépissé) number: the police must give one (CPP art. 15-3). */
    reference: text(100).optional(),
    policeStation: text(200).optional(),
    filedAt: pastDayOrTime(Date.now, SKEW_MS).optional(),
  })
  .strict()
  .refine((body) => body.outcome !== 'filed' || body.reference !== undefined, {
    path: ['reference'],
    message: 'the receipt number is needed when the complaint was filed',
  });

/** `write-prosecutor`: the letter is sent. */
export const ProsecutorLetterRequest = z
  .object({
    status: z.literal('done'),
    sentAt: pastDayOrTime(Date.now, SKEW_MS).optional(),
    trackingNumber: text(100).optional(),
  })
  .strict();

/** The body each step takes on `POST /api/v1/cases/{id}/steps/{stepId}`. */
export const STEP_REQUESTS = {
  'stop-contact': Acknowledge,
  'report-content': PlatformReportRequest,
  'lock-accounts': Acknowledge,
  'collect-evidence': Acknowledge,
  'seek-support': AcknowledgeOrSkip,
  'medical-certificate': AcknowledgeOrSkip,
  'file-complaint': ComplaintOutcomeRequest,
  'write-prosecutor': ProsecutorLetterRequest,
  'follow-up': FollowUpRequest,
} as const satisfies Record<StepId, z.ZodType>;

export type StepRequest =
  | { readonly stepId: 'report-content'; readonly body: z.output<typeof PlatformReportRequest> }
  | { readonly stepId: 'file-complaint'; readonly body: z.output<typeof ComplaintOutcomeRequest> }
  | { readonly stepId: 'write-prosecutor'; readonly body: z.output<typeof ProsecutorLetterRequest> }
  | { readonly stepId: 'follow-up'; readonly body: z.output<typeof FollowUpRequest> }
  | {
      readonly stepId: Exclude<
        StepId,
        'report-content' | 'file-complaint' | 'write-prosecutor' | 'follow-up'
      >;
      readonly body: { readonly status: 'done' | 'skipped' };
    };
