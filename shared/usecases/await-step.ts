import type { CaseLog } from '../case-log.js';
import type { AwaitStepTask } from '../domain/workflow-messages.js';
import type { Logger } from '../logger.js';
import type { Workflow } from '../ports/workflow.js';

export interface AwaitStepDeps {
  readonly log: CaseLog;
  readonly workflow: Workflow;
  readonly logger: Logger;
}

/**
 * Records that the workflow waits on a human step, with the task token the API will use
 * to complete it. A step the victim already finished is completed at once, so the
 * workflow never waits on something already done; an erased case fails the task.
 */
export async function awaitStep(deps: AwaitStepDeps, task: AwaitStepTask): Promise<void> {
  const state = await deps.log.load(task.caseId);
  if (!state) {
    // Erased while the workflow ran: end the execution rather than write into the void.
    await deps.workflow.sendTaskFailure(task.taskToken, 'CaseGone', 'the case no longer exists');
    return;
  }
  const step = state.steps[task.stepId];
  if (step.status === 'done' || step.status === 'skipped') {
    const outcome = task.stepId === 'file-complaint' ? state.complaint?.outcome : undefined;
    const answer = task.stepId === 'follow-up' ? state.followUp?.answer : undefined;
    await deps.workflow.sendTaskSuccess(task.taskToken, {
      stepId: task.stepId,
      status: step.status,
      ...(outcome ? { outcome } : {}),
      ...(answer ? { answer } : {}),
    });
    deps.logger.info('step already complete', { caseId: task.caseId, stepId: task.stepId });
    return;
  }
  await deps.log.append({
    type: 'step-awaiting',
    caseId: task.caseId,
    stepId: task.stepId,
    taskToken: task.taskToken,
  });
  deps.logger.info('step awaiting', {
    caseId: task.caseId,
    stepId: task.stepId,
    eventType: 'step-awaiting',
  });
}
