import type { CaseEvent } from './events.js';

const DAY_MS = 24 * 3600 * 1000;

export interface RetentionPolicy {
  /** Days without activity after which a case is erased. */
  readonly retentionDays: number;
  /** Days between the warning mail and the erasure, at least. */
  readonly warningDays: number;
}

/**
 * What the retention policy reads of a case, kept by the fold so that a sweep reads a
 * snapshot rather than every event of every case.
 */
export interface RetentionClock {
  /** The last event that was not a retention warning. */
  readonly lastActivityAt: string;
  /** The retention warning sent (or refused) since that activity, if any. */
  readonly warnedAt?: string;
}

export type RetentionAction = 'keep' | 'warn' | 'erase';

export interface RetentionStatus {
  readonly action: RetentionAction;
  /** When the case is (or would be) erased. */
  readonly eraseAt: Date;
}

function sweepMail(event: CaseEvent): 'retention-warning' | 'countdown' | undefined {
  if (event.type !== 'mail-sent' && event.type !== 'mail-failed') return undefined;
  return event.mail === 'retention-warning' || event.mail === 'countdown' ? event.mail : undefined;
}

/**
 * Activity is any event but the retention warning itself: a victim who comes back writes
 * events and restarts the clock, and a new warning is due next time.
 */
export function tickRetentionClock(clock: RetentionClock, event: CaseEvent): RetentionClock {
  const mail = sweepMail(event);
  // A countdown (a mail of the sweep too) is neither activity nor a warning.
  if (mail === 'countdown') return clock;
  return mail === 'retention-warning'
    ? { lastActivityAt: clock.lastActivityAt, warnedAt: event.at }
    : { lastActivityAt: event.at };
}

/**
 * What the retention policy asks for a case. A case is erased `retentionDays` after its
 * last activity, and never less than `warningDays` after the warning was sent (or refused
 * by the mail service, when the address no longer works).
 */
export function retentionStatus(
  clock: RetentionClock,
  policy: RetentionPolicy,
  now: Date,
): RetentionStatus {
  const due = Date.parse(clock.lastActivityAt) + policy.retentionDays * DAY_MS;
  const warning = policy.warningDays * DAY_MS;
  if (clock.warnedAt === undefined) {
    if (now.getTime() < due - warning) return { action: 'keep', eraseAt: new Date(due) };
    return { action: 'warn', eraseAt: new Date(Math.max(due, now.getTime() + warning)) };
  }
  const eraseAt = Math.max(due, Date.parse(clock.warnedAt) + warning);
  return { action: now.getTime() >= eraseAt ? 'erase' : 'keep', eraseAt: new Date(eraseAt) };
}
