import type { CaseLog } from '../case-log.js';
import { followUpCompletion } from '../domain/follow-up.js';
import type { AwaitStepTask } from '../domain/workflow-messages.js';
import { isCaseErased, sweepIfErased } from '../erased-cases.js';
import type { Logger } from '../logger.js';
import type { BlobStore } from '../ports/blob-store.js';
import type { Workflow } from '../ports/workflow.js';

export interface AwaitStepDeps {
  readonly log: CaseLog;
  /** Where the tombstone of an erased case is looked for. */
  readonly store: BlobStore;
  readonly workflow: Workflow;
  readonly logger: Logger;
}

/**
 * Records that the workflow waits on a human step, with the task token the API will use
 * to complete it. A step the victim already finished is completed at once, so the
 * workflow never waits on something already done. An erased case fails the task: its
 * tombstone is looked for once the case is read (a log instance may still hold it for a
 * moment), and again after the write, for an erase that began in between.
 */
export async function awaitStep(deps: AwaitStepDeps, task: AwaitStepTask): Promise<void> {
  const state = await deps.log.load(task.caseId);
  if (!state || (await isCaseErased(deps.store, task.caseId))) {
    // Erased while the workflow ran: end the execution rather than write into the void.
    await deps.workflow.sendTaskFailure(task.taskToken, 'CaseGone', 'the case no longer exists');
    return;
  }
  const step = state.steps[task.stepId];
  if (step.status === 'done' || step.status === 'skipped') {
    const outcome = task.stepId === 'file-complaint' ? state.complaint?.outcome : undefined;
    const followUp = task.stepId === 'follow-up' ? state.followUp : undefined;
    await deps.workflow.sendTaskSuccess(task.taskToken, {
      stepId: task.stepId,
      status: step.status,
      ...(outcome ? { outcome } : {}),
      ...(followUp ? followUpCompletion(followUp) : {}),
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
  if (await sweepIfErased(deps.store, task.caseId)) {
    // Its execution was stopped by the erase: the token is dead, nothing to answer.
    deps.logger.info('case erased while awaiting', { caseId: task.caseId, stepId: task.stepId });
    return;
  }
  deps.logger.info('step awaiting', {
    caseId: task.caseId,
    stepId: task.stepId,
    eventType: 'step-awaiting',
  });
}
