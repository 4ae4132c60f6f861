import type { CaseLog } from '../case-log.js';
import type { CaseState } from '../domain/fold.js';
import type { StepId } from '../domain/steps.js';
import type { Logger } from '../logger.js';
import type { Workflow } from '../ports/workflow.js';

export interface CompleteStepDeps {
  readonly log: CaseLog;
  readonly workflow: Workflow;
  readonly logger: Logger;
}

export interface StepCompletionRequest {
  readonly stepId: StepId;
  readonly status: 'done' | 'skipped';
}

export type CompleteStepResult =
  /** Recorded now; `workflowResumed` says whether a waiting workflow took it. */
  | { readonly outcome: 'completed'; readonly workflowResumed: boolean }
  /** The step was already complete: nothing changed. */
  | { readonly outcome: 'already-complete' };

/**
 * Completes a step of the victim's path. The workflow is told first, then the event is
 * recorded: if the second write fails, posting again finds the token spent and simply
 * records the step, so nothing is lost and nothing is sent twice.
 */
export async function completeStep(
  deps: CompleteStepDeps,
  state: CaseState,
  request: StepCompletionRequest,
): Promise<CompleteStepResult> {
  const { caseId } = state;
  const current = state.steps[request.stepId].status;
  if (current === 'done' || current === 'skipped') return { outcome: 'already-complete' };

  const waiting = state.awaiting[request.stepId];
  const workflowResumed = waiting
    ? await deps.workflow.sendTaskSuccess(waiting.taskToken, {
        stepId: request.stepId,
        status: request.status,
      })
    : false;
  await deps.log.append({
    type: 'step-updated',
    caseId,
    stepId: request.stepId,
    status: request.status,
  });
  deps.logger.info('step completed', { caseId, stepId: request.stepId, eventType: 'step-updated' });
  return { outcome: 'completed', workflowResumed };
}
