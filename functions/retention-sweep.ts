import {
  type RetentionSweepOptions,
  type RetentionSweepResult,
  sweepRetention,
} from '../shared/usecases/retention-sweep.js';
import { type AwsRuntime, awsRuntime, type LambdaContext, lazyHandler } from './environment.js';

/**
 * Left to the cases under way when a run stops taking new ones: an erase with many
 * evidence files takes seconds, the function's timeout is 15 minutes.
 */
export const SWEEP_STOP_WITH_MS_LEFT = 120_000;

/**
 * Runs daily (EventBridge rule): warns the owners of inactive cases once, then erases the
 * cases past their retention; resumes the kept cases whose execution ended too early (the
 * one-year limit of an execution). The event carries nothing the sweep needs. A run that
 * cannot reach every case before its timeout stops in time; the next goes on from there.
 * The local runtime also has it expire the tombstones (no lifecycle rule there).
 */
export function createRetentionSweepHandler(
  runtime: AwsRuntime,
  sweep: Pick<RetentionSweepOptions, 'expireTombstonesAfterDays'> = {},
) {
  const deps = {
    log: runtime.log,
    store: runtime.store,
    workflow: runtime.workflow(),
    mailer: runtime.mailer(),
    mail: runtime.mailContext(),
    logger: runtime.logger,
    timing: runtime.timing,
  };
  return async (_event: unknown, context: LambdaContext): Promise<RetentionSweepResult> => {
    const started = Date.now();
    const result = await sweepRetention(deps, runtime.retention, {
      ...sweep,
      timeIsUp: () => context.getRemainingTimeInMillis() < SWEEP_STOP_WITH_MS_LEFT,
    });
    const { scanned, warned, erased, resumed, complete } = result;
    const summary = { durationMs: Date.now() - started, scanned, warned, erased, resumed };
    if (complete) runtime.logger.info('retention sweep done', summary);
    else runtime.logger.warn('retention sweep ran out of time, next run goes on', summary);
    return result;
  };
}

export const handler = lazyHandler(() => createRetentionSweepHandler(awsRuntime()));
