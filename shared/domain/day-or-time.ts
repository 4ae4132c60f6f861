import * as z from 'zod';

/**
 * A date the victim gave: a day (`2025-03-22`) when she did not say the time, or an
 * instant (ISO 8601, UTC). A day stays a day everywhere: no page, mail or dossier invents
 * a time ("12:00") for it.
 */
export type DayOrTime = string;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 24 * 3600 * 1000;

/** True for a day without a time (`YYYY-MM-DD`). */
export function isDay(value: string): boolean {
  return DAY.test(value);
}

/** As events store it: a day, or an instant in UTC. */
export const DayOrTimeField = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

/**
 * A past day or instant from a request: `YYYY-MM-DD`, or ISO 8601 with an offset (stored in
 * UTC). Not in the future (a day may be today anywhere on Earth), not before 1990.
 */
export function pastDayOrTime(now: () => number = Date.now, skewMs = 5 * 60 * 1000) {
  return z
    .string({ error: 'must be a date, YYYY-MM-DD, or a date and time, ISO 8601 with offset' })
    .trim()
    .transform((value, ctx) => {
      if (DAY.test(value)) {
        if (!z.iso.date().safeParse(value).success) {
          ctx.addIssue({ code: 'custom', message: 'must be a real date, YYYY-MM-DD' });
          return z.NEVER;
        }
        if (Date.parse(value) > now() + DAY_MS) {
          ctx.addIssue({ code: 'custom', message: 'must not be in the future' });
          return z.NEVER;
        }
        if (value < '1990-01-01') {
          ctx.addIssue({ code: 'custom', message: 'must be after 1990' });
          return z.NEVER;
        }
        return value;
      }
      if (!z.iso.datetime({ offset: true }).safeParse(value).success) {
        ctx.addIssue({
          code: 'custom',
          message: 'must be a date, YYYY-MM-DD, or a date and time, ISO 8601 with offset',
        });
        return z.NEVER;
      }
      const iso = new Date(value).toISOString();
      if (Date.parse(iso) > now() + skewMs) {
        ctx.addIssue({ code: 'custom', message: 'must not be in the future' });
        return z.NEVER;
      }
      if (iso < '1990-01-01') {
        ctx.addIssue({ code: 'custom', message: 'must be after 1990' });
        return z.NEVER;
      }
      return iso;
    });
}

/** Sorts days and instants together: a day comes before the instants of that day. */
export function compareDayOrTime(a: DayOrTime, b: DayOrTime): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
