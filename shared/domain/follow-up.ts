import * as z from 'zod';
import type { CaseState } from './case-state.js';
import { DayOrTimeField, pastDayOrTime } from './day-or-time.js';
import { eventEnvelope } from './event-envelope.js';
import { withStep } from './step-fold.js';

/**
 * After the complaint (filed with the police, or sent to the Procureur), the workflow waits
 * and then asks the victim what happened. The legal ground, checked 2026-12-01
 * with the texts in force (Légifrance ids LEGIARTI…, read through the mirrors cited):
 *
 * - CPP art. 85, as amended by loi n° 2019-222 (LEGIARTI000006575220,
 *   https://www.doctrine.fr/l/texts/codes/LEGITEXT000006071154/articles/LEGIARTI000006575220,
 *   https://lexbase.fr/texte-de-loi/art-85-code-de-procedure-penale/L0388LDQ.html):
 *   a victim may file a plainte avec constitution de partie civile with the juge
 *   d'instruction; it is receivable only if the Procureur said he would not prosecute
 *   after her complaint, or "un délai de trois mois s'est écoulé" since she filed with
 *   the Procureur (against a receipt or by registered letter), or since she sent him, the
 *   same way, a copy of a complaint filed with the police. That condition does not apply
 *   to a crime nor to a délit of the loi du 29 juillet 1881 (press law: public insult,
 *   defamation).
 * - CPP art. 88 (https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006575468;
 *   its current wording quoted in https://www.dalloz-actualite.fr/flash/de-consignation-de-partie-civile):
 *   the judge sets a consignation "en fonction des ressources de la partie civile" and the
 *   time to pay it, on pain of the complaint being unreceivable, unless she obtained aide
 *   juridictionnelle (partial aid included); he may waive it. Art. 88-1: it guarantees a
 *   civil fine and is given back when none is ordered.
 * - CPP art. 40-3 (LEGIARTI000006574939,
 *   https://www.doctrine.fr/l/texts/codes/LEGITEXT000006071154/articles/LEGIARTI000006574939):
 *   whoever reported facts to the Procureur may appeal a classement sans suite to the
 *   procureur général. No time limit is set there, and service-public names none
 *   (https://www.service-public.fr/particuliers/vosdroits/F1154: a letter, simple or
 *   registered, to the procureur général of the cour d'appel), so the product states none.
 * - Ordonnance n° 2025-1091 of 19 November 2025 renumbers the CPP from 1 January 2029 at
 *   the earliest, at constant law: these numbers are the ones in force.
 */
/**
 * What came of it. `decided`: a court gave its decision (asked after a hearing), which ends
 * the follow-up.
 */
export const FollowUpAnswer = z.enum([
  'no-news',
  'dismissed',
  'investigation',
  'hearing',
  'decided',
]);
export type FollowUpAnswer = z.infer<typeof FollowUpAnswer>;

/** Dates the victim gives for what is to come (a hearing): from 1990, at most 5 years on. */
const FIVE_YEARS_MS = 5 * 366 * 24 * 3600 * 1000;
const comingDay = z
  .string({ error: 'must be a date, YYYY-MM-DD, or a date and time, ISO 8601 with offset' })
  .trim()
  .pipe(DayOrTimeField)
  .refine((value) => value >= '1990-01-01', 'must be after 1990')
  .refine(
    (value) => Date.parse(value) < Date.now() + FIVE_YEARS_MS,
    'must be within five years from now',
  )
  .transform((value) => (value.length === 10 ? value : new Date(value).toISOString()));

const text = (max: number) => z.string().trim().min(1).max(max);

/** `follow-up`: what came of the complaint. */
export const FollowUpRequest = z
  .object({
    answer: FollowUpAnswer,
    /** The date on the avis de classement sans suite. */
    dismissedAt: pastDayOrTime().optional(),
    /** The reference on the Procureur's notices (numéro de parquet). */
    prosecutionReference: text(100).optional(),
    hearingAt: comingDay.optional(),
    /** The court that will hear the case (tribunal correctionnel de …). */
    court: text(200).optional(),
  })
  .strict()
  .refine((body) => body.answer !== 'dismissed' || body.dismissedAt !== undefined, {
    path: ['dismissedAt'],
    message: 'the date of the dismissal (classement sans suite) is needed',
  })
  .refine((body) => body.answer !== 'hearing' || body.hearingAt !== undefined, {
    path: ['hearingAt'],
    message: 'the date of the hearing is needed',
  });
export type FollowUpRequest = z.output<typeof FollowUpRequest>;

/** The victim said what came of her complaint (`follow-up`). */
export const FollowUpRecorded = z.object({
  ...eventEnvelope,
  type: z.literal('follow-up-recorded'),
  answer: FollowUpAnswer,
  dismissedAt: DayOrTimeField.optional(),
  prosecutionReference: z.string().optional(),
  hearingAt: DayOrTimeField.optional(),
  court: z.string().optional(),
});

/**
 * The workflow asks again (after an investigation's wait, or after a hearing): the step
 * opens for a new answer; the last one stays until then.
 */
export const FollowUpReopened = z.object({
  ...eventEnvelope,
  type: z.literal('follow-up-reopened'),
});

export interface FollowUp {
  readonly answer: FollowUpAnswer;
  /** 1 for the first answer, then one more each time the workflow asks again. */
  readonly round: number;
  readonly dismissedAt?: string;
  readonly prosecutionReference?: string;
  readonly hearingAt?: string;
  readonly court?: string;
  readonly recordedAt: string;
}

/** What the victim said happened after the complaint; it does the `follow-up` step. */
export function applyFollowUp(
  state: CaseState,
  event: z.infer<typeof FollowUpRecorded>,
): CaseState {
  const followUp: FollowUp = {
    answer: event.answer,
    round: (state.followUp?.round ?? 0) + 1,
    dismissedAt: event.dismissedAt,
    prosecutionReference: event.prosecutionReference,
    hearingAt: event.hearingAt,
    court: event.court,
    recordedAt: event.at,
  };
  return withStep({ ...state, followUp }, 'follow-up', 'done', event.at);
}

/** The workflow asks again: the step waits for a new answer. */
export function applyFollowUpReopened(
  state: CaseState,
  event: z.infer<typeof FollowUpReopened>,
): CaseState {
  return withStep(state, 'follow-up', 'pending', event.at);
}

/**
 * At most this many answers: after an investigation or a hearing the workflow asks again,
 * and after the eighth answer (about two years at three months each) it stops asking and
 * closes the case's workflow; the case itself stays open.
 */
export const MAX_FOLLOW_UP_ROUNDS = 8;

/** Days before a hearing when the reminder mail goes, and days after it when we ask again. */
export const HEARING_REMINDER_DAYS = 7;
export const AFTER_HEARING_DAYS = 7;

const DAY_MS = 24 * 3600 * 1000;

/**
 * When the workflow acts around a hearing: the reminder a week before, the question a week
 * after. Only the day of the hearing counts (the victim gives a date, no time is invented):
 * both at 07:00 UTC, morning in France.
 */
export function hearingTimes(hearingAt: string): { reminderAt: string; afterAt: string } {
  const day = Date.parse(`${hearingAt.slice(0, 10)}T07:00:00.000Z`);
  return {
    reminderAt: new Date(day - HEARING_REMINDER_DAYS * DAY_MS).toISOString(),
    afterAt: new Date(day + AFTER_HEARING_DAYS * DAY_MS).toISOString(),
  };
}

/** What the waiting workflow needs of a follow-up answer: the branch, the round, the dates. */
export function followUpCompletion(followUp: Pick<FollowUp, 'answer' | 'round' | 'hearingAt'>) {
  const times =
    followUp.answer === 'hearing' && followUp.hearingAt ? hearingTimes(followUp.hearingAt) : {};
  return { answer: followUp.answer, round: followUp.round, ...times };
}

/** The letters a follow-up answer calls for, in the order they go in the dossier. */
export type FollowUpLetter = 'civil-party' | 'recours';

export function followUpLetters(followUp: FollowUp | undefined): FollowUpLetter[] {
  if (followUp?.answer === 'no-news') return ['civil-party'];
  // After a dismissal both ways are open; the recours costs nothing and comes first.
  if (followUp?.answer === 'dismissed') return ['recours', 'civil-party'];
  return [];
}

/**
 * Default wait before the follow-up question: three calendar months are at most 92 days,
 * so the art. 85 delay has run by then whatever month the complaint was in.
 */
export const DEFAULT_FOLLOW_UP_WAIT_SECONDS = 92 * 24 * 3600;
