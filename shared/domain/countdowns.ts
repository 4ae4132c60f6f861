import * as z from 'zod';
import { deadlines, publicationsOf } from './deadlines.js';
import { eventEnvelope } from './event-envelope.js';
import type { CaseState } from './fold.js';

/**
 * Countdown mails before the three-month limit of a public fact ends (public insult or
 * defamation: loi du 29 juillet 1881, art. 65, see `deadlines.ts`): 30, 14 and 7 days
 * before, each at most once per fact, never more than these three. The victim may turn
 * them off.
 */
export const COUNTDOWN_DAYS = [30, 14, 7] as const;
export type CountdownDays = (typeof COUNTDOWN_DAYS)[number];

const DAY_MS = 24 * 3600 * 1000;

/** The victim turned the countdown mails off, or back on. */
export const CountdownsSet = z.object({
  ...eventEnvelope,
  type: z.literal('countdowns-set'),
  enabled: z.boolean(),
});

/** Body of `PUT /api/v1/cases/{id}/countdowns`. */
export const CountdownsRequest = z.object({ enabled: z.boolean() }).strict();
export type CountdownsRequest = z.infer<typeof CountdownsRequest>;

/** What a countdown mail is about: recorded with it (`mail-sent`, `mail-failed`). */
export const CountdownOf = z.object({
  factId: z.string(),
  daysBefore: z.union([z.literal(30), z.literal(14), z.literal(7)]),
});
export type CountdownOf = z.infer<typeof CountdownOf>;

export function countdownKey(countdown: CountdownOf): string {
  return `${countdown.factId}:${countdown.daysBefore}`;
}

export interface DueCountdown extends CountdownOf {
  /** When the limit ends (UTC). */
  readonly dueBy: string;
  /** Days left, counting today: what the mail says (a late sweep says the truth). */
  readonly daysLeft: number;
}

/**
 * The countdown mail due now, if any: for the public fact whose limit ends first and is
 * not past, the threshold whose window holds the days left (30: from 30 down to 15 days,
 * 14: down to 8, 7: to the end; a sweep that missed days sends 14, not 30 then 14), unless
 * that one or a nearer one was already sent (or refused) for the fact.
 */
export function dueCountdown(state: CaseState, now: Date): DueCountdown | undefined {
  if (state.countdownsOff) return undefined;
  const press = deadlines(state.harassmentKinds, [], now, publicationsOf(state)).find(
    (d) => d.id === 'public-insult-defamation',
  );
  const sent = new Set(state.mails.flatMap((m) => (m.countdown ? [m.countdown] : [])));
  for (const publication of press?.publications ?? []) {
    if (publication.passed) continue;
    const daysLeft = (Date.parse(publication.dueBy) - now.getTime()) / DAY_MS;
    const reached = COUNTDOWN_DAYS.filter((days) => daysLeft <= days);
    const nearest = reached.at(-1);
    if (nearest === undefined) continue;
    const { factId } = publication;
    const sentNearer = COUNTDOWN_DAYS.some(
      (days) => days <= nearest && sent.has(countdownKey({ factId, daysBefore: days })),
    );
    if (sentNearer) continue;
    return { factId, daysBefore: nearest, dueBy: publication.dueBy, daysLeft: Math.ceil(daysLeft) };
  }
  return undefined;
}
