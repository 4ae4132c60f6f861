import * as z from 'zod';
import type { CaseState, PlatformReport } from './case-state.js';
import { DayOrTimeField, pastDayOrTime } from './day-or-time.js';
import { eventEnvelope } from './event-envelope.js';
import { ID_PATTERN } from './ids.js';
import type { PlatformReportRecorded } from './step-events.js';
import { withStep } from './step-fold.js';

/**
 * What a platform did with a notice (Regulation (EU) 2022/2065, the Digital Services Act):
 * art. 16(5) has the hosting provider notify its decision "without undue delay"; art. 20
 * opens its internal complaint-handling system to the notifier for at least six months
 * after that decision, unless the platform is a micro or small enterprise (art. 19)
 * (CELEX 32022R2065; EUR-Lex itself is not in the stored corpus: read through the verbatim copies listed in
 * `functions/web/case/platforms/texts.ts`).
 */
export const PLATFORM_ANSWERS = ['removed', 'refused'] as const;
export const PlatformAnswer = z.enum(PLATFORM_ANSWERS);
export type PlatformAnswer = z.infer<typeof PlatformAnswer>;

/**
 * What the victim did after the platform's decision (Regulation (EU) 2022/2065, CELEX
 * 32022R2065, through the copies named in `functions/web/case/platforms/texts.ts`): its internal complaint-handling system (art. 20), a certified
 * out-of-court dispute settlement body (art. 21), a complaint to the Digital Services
 * Coordinator, Arcom in France (art. 53), the 3018 as trusted flagger (art. 22).
 */
export const PLATFORM_FOLLOW_UPS = [
  'internal-complaint',
  'out-of-court-settlement',
  'arcom-complaint',
  'trusted-flagger',
] as const;
export const PlatformFollowUp = z.enum(PLATFORM_FOLLOW_UPS);
export type PlatformFollowUp = z.infer<typeof PlatformFollowUp>;

/**
 * Days without an answer after which the victim gets one reminder mail. The DSA sets no
 * number of days (art. 16(6): "in a timely, diligent, non-arbitrary and objective manner"),
 * so this is the service's own choice: a week, as a victim-support worker would chase.
 */
export const PLATFORM_ANSWER_REMINDER_DAYS = 7;

/** A report's id is the id of the event that recorded it. */
export const ReportId = z.string().regex(ID_PATTERN, 'must be a report id (26 characters)');

const SKEW_MS = 5 * 60 * 1000;

/** `PUT /cases/{id}/reports/{reportId}/answer`: what the platform answered. */
export const PlatformAnswerRequest = z
  .object({
    answer: PlatformAnswer,
    /** When the platform answered; a day stays a day. */
    answeredAt: pastDayOrTime(Date.now, SKEW_MS).optional(),
    /** The platform's decision or ticket reference, if it gave one. */
    reference: z.string().trim().min(1).max(200).optional(),
    /**
     * The reasons the platform gave with its decision (art. 16(5): the decision and the
     * means of redress go to the notifier; the full statement of reasons of art. 17 goes
     * to the author of the content), as the victim copies them: printed in the dossier.
     */
    reason: z.string().trim().min(1).max(1000).optional(),
    /** What she did next (after a refusal, or before a removal that came of it). */
    followUps: z
      .array(PlatformFollowUp)
      .max(PLATFORM_FOLLOW_UPS.length)
      .refine((list) => new Set(list).size === list.length, 'must not repeat an item')
      .optional(),
  })
  .strict();
export type PlatformAnswerRequest = z.output<typeof PlatformAnswerRequest>;

/** The victim recorded the platform's answer to one report; a later one replaces it. */
export const PlatformAnswerRecorded = z.object({
  ...eventEnvelope,
  type: z.literal('platform-answer-recorded'),
  reportId: z.string(),
  answer: PlatformAnswer,
  answeredAt: DayOrTimeField.optional(),
  reference: z.string().optional(),
  reason: z.string().optional(),
  followUps: z.array(PlatformFollowUp).optional(),
});

export const PLATFORM_ANSWER_EVENTS = [PlatformAnswerRecorded] as const;
export type PlatformAnswerEvent = z.infer<typeof PlatformAnswerRecorded>;

/** A report to a site (it does `report-content`) or a site's answer to one, in the case. */
export function applyReportEvent(
  state: CaseState,
  event: z.infer<typeof PlatformReportRecorded> | PlatformAnswerEvent,
): CaseState {
  if (event.type === 'platform-answer-recorded')
    return { ...state, reports: applyPlatformAnswer(state.reports, event) };
  const report: PlatformReport = {
    reportId: event.id,
    site: event.site,
    reportedAt: event.reportedAt,
    reference: event.reference,
    recordedAt: event.at,
    ...(event.by ? { addedBy: event.by.id } : {}),
  };
  return withStep(
    { ...state, reports: [...state.reports, report] },
    'report-content',
    'done',
    event.at,
    event.by?.id,
  );
}

/** Applies an answer to the report it is about; an unknown report changes nothing. */
export function applyPlatformAnswer(
  reports: readonly PlatformReport[],
  event: PlatformAnswerEvent,
): readonly PlatformReport[] {
  if (!reports.some((r) => r.reportId === event.reportId)) return reports;
  return reports.map((r) =>
    r.reportId === event.reportId
      ? {
          ...r,
          answer: {
            answer: event.answer,
            ...(event.answeredAt ? { answeredAt: event.answeredAt } : {}),
            ...(event.reference ? { reference: event.reference } : {}),
            ...(event.reason ? { reason: event.reason } : {}),
            ...(event.followUps?.length ? { followUps: event.followUps } : {}),
            recordedAt: event.at,
          },
        }
      : r,
  );
}

/** Marks reports as reminded by the mail that asked for their answer. */
export function markReminded(
  reports: readonly PlatformReport[],
  reportIds: readonly string[],
  at: string,
): readonly PlatformReport[] {
  const ids = new Set(reportIds);
  return reports.map((r) => (r.reportId && ids.has(r.reportId) ? { ...r, remindedAt: at } : r));
}

const DAY_MS = 24 * 3600 * 1000;

/**
 * Reports still waiting for an answer `days` after they were made, never reminded: the
 * ones the next reminder mail is about. A report made on a day counts from that day's
 * start (UTC), so the reminder never comes early by more than hours.
 */
export function reportsAwaitingAnswer(
  reports: readonly PlatformReport[],
  now: Date,
  days: number = PLATFORM_ANSWER_REMINDER_DAYS,
): PlatformReport[] {
  return reports.filter(
    (r) =>
      r.reportId !== undefined &&
      r.answer === undefined &&
      r.remindedAt === undefined &&
      Date.parse(r.reportedAt) + days * DAY_MS <= now.getTime(),
  );
}
