import { storedCaseIds } from '../case-log.js';
import { awaitingTimestamp } from '../domain/evidence-fold.js';
import { type TimestampEvidenceDeps, timestampEvidence } from './timestamp-evidence.js';

export interface RetryTimestampsOptions {
  /**
   * Asked before each case; `true` ends the run (the function's time is nearly up). The
   * next run starts over: reading a case that waits for nothing costs a few requests.
   * @default never
   */
  readonly timeIsUp?: () => boolean;
}

export interface RetryTimestampsResult {
  readonly scanned: number;
  readonly timestamped: number;
  /** Files of the cases read that still wait (the run stops at the first failure). */
  readonly waiting: number;
  /** Why the run ended before the last case: the authority failed, or time ran out. */
  readonly stopped?: 'authority-failed' | 'time-is-up';
}

/**
 * The scheduled retry of the timestamps that failed (daily on AWS, on a timer locally):
 * besides another delivery of an upload's event and the next dossier compilation, every
 * accepted file still waiting for its timestamp gets one more request. Cases are read one
 * at a time, in id order. The first request the authority does not answer ends the run:
 * it is down (or unset), and asking for every other file would only add a failure to each
 * case's log. A file whose answer is unusable (or whose stored response is) waits, and the
 * run goes on: one such file must not hold up every case after it.
 */
export async function retryPendingTimestamps(
  deps: TimestampEvidenceDeps,
  options: RetryTimestampsOptions = {},
): Promise<RetryTimestampsResult> {
  const timeIsUp = options.timeIsUp ?? (() => false);
  let scanned = 0;
  let timestamped = 0;
  let waiting = 0;
  let stopped: RetryTimestampsResult['stopped'];
  for (const caseId of await storedCaseIds(deps.store)) {
    if (stopped) break;
    if (timeIsUp()) {
      stopped = 'time-is-up';
      break;
    }
    scanned++;
    const state = await deps.log.load(caseId);
    if (!state) continue;
    const pending = awaitingTimestamp(state.evidence);
    for (const [index, item] of pending.entries()) {
      const result = await timestampEvidence(deps, caseId, {
        evidenceId: item.evidenceId,
        sha256: item.sha256 as string,
      });
      if (result.outcome === 'timestamped') timestamped++;
      else if (result.reason === 'invalid-response')
        waiting++; // this file's; go on
      else {
        waiting += pending.length - index;
        stopped = 'authority-failed';
        break;
      }
    }
  }
  return { scanned, timestamped, waiting, ...(stopped ? { stopped } : {}) };
}
