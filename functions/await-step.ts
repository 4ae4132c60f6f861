import { AwaitStepTask } from '../shared/domain/workflow-messages.js';
import { awaitStep } from '../shared/usecases/await-step.js';
import { type AwsRuntime, awsRuntime, lazyHandler } from './environment.js';

/** `.waitForTaskToken` task of the state machine: records what the workflow waits on. */
export function createAwaitStepHandler(runtime: AwsRuntime) {
  const deps = {
    log: runtime.log,
    store: runtime.store,
    workflow: runtime.workflow(),
    logger: runtime.logger,
  };
  return (event: unknown) => awaitStep(deps, AwaitStepTask.parse(event));
}

export const handler = lazyHandler(() => createAwaitStepHandler(awsRuntime()));
