import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { type IChainable, Succeed } from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { AwaitHumanStep } from './await-human-step.js';
import { notifyTask } from './notify-task.js';
import { STATE } from './state-names.js';

export interface CaseWorkflowFunctions {
  readonly notify: IFunction;
  readonly awaitStep: IFunction;
}

/**
 * The case workflow: welcome mail, then the victim's steps. Input: `WorkflowInput`
 * (`shared/domain/workflow-messages.ts`). JSONPath only: the local engine ignores JSONata.
 */
export function caseWorkflowDefinition(scope: Construct, fns: CaseWorkflowFunctions): IChainable {
  const sendWelcome = notifyTask(scope, STATE.sendWelcome, fns.notify, { mail: 'welcome' });
  const collectEvidence = new AwaitHumanStep(scope, 'CollectEvidence', {
    stepId: 'collect-evidence',
    awaitStepFunction: fns.awaitStep,
    notifyFunction: fns.notify,
  });
  return sendWelcome
    .next(collectEvidence)
    .next(new Succeed(scope, STATE.evidenceCollected, { stateName: STATE.evidenceCollected }));
}
