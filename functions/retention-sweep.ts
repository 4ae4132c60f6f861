import { type RetentionSweepResult, sweepRetention } from '../shared/usecases/retention-sweep.js';
import { type AwsRuntime, awsRuntime, lazyHandler } from './environment.js';

/**
 * Runs daily (EventBridge rule): warns the owners of inactive cases once, then erases the
 * cases past their retention. The event carries nothing the sweep needs.
 */
export function createRetentionSweepHandler(runtime: AwsRuntime) {
  const deps = {
    log: runtime.log,
    store: runtime.store,
    workflow: runtime.workflow(),
    mailer: runtime.mailer(),
    mail: runtime.mailContext(),
    logger: runtime.logger,
  };
  return async (_event: unknown): Promise<RetentionSweepResult> => {
    const started = Date.now();
    const result = await sweepRetention(deps, runtime.retention);
    runtime.logger.info('retention sweep done', { durationMs: Date.now() - started });
    return result;
  };
}

export const handler = lazyHandler(() => createRetentionSweepHandler(awsRuntime()));
