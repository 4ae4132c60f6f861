import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import {
  Choice,
  Condition,
  type INextable,
  IntegrationPattern,
  JsonPath,
  Pass,
  type State,
  StateMachineFragment,
  Succeed,
  TaskInput,
  Timeout,
} from 'aws-cdk-lib/aws-stepfunctions';
import { LambdaInvoke } from 'aws-cdk-lib/aws-stepfunctions-tasks';
import type { Construct } from 'constructs';
import type { StepId } from '../shared/domain/steps.js';
import { notifyTask } from './notify-task.js';
import { STATE } from './state-names.js';

export interface AwaitHumanStepProps {
  /** The step the workflow waits on. */
  readonly stepId: StepId;
  /** Records the task token (`step-awaiting`) so the API can complete the step. */
  readonly awaitStepFunction: IFunction;
  /** Sends reminders and the last "stalled" mail. */
  readonly notifyFunction: IFunction;
}

/**
 * Waits for the victim to complete a step (task-token callback). Each wait times out
 * after `$.timing.stepTimeoutSeconds`; a timeout sends a reminder and waits again, at
 * most `$.timing.maxReminders` times, then sends a last mail and ends the execution in
 * a stalled state the case can be resumed from.
 */
export class AwaitHumanStep extends StateMachineFragment {
  readonly startState: State;
  readonly endStates: INextable[];

  constructor(scope: Construct, id: string, props: AwaitHumanStepProps) {
    super(scope, id);
    const { stepId } = props;

    const startReminders = new Pass(this, 'StartReminders', {
      stateName: STATE.startReminders(stepId),
      result: { value: { sent: 0 } },
      resultPath: '$.reminders',
    });

    const wait = new LambdaInvoke(this, 'Await', {
      stateName: STATE.await(stepId),
      lambdaFunction: props.awaitStepFunction,
      integrationPattern: IntegrationPattern.WAIT_FOR_TASK_TOKEN,
      payload: TaskInput.fromObject({
        caseId: JsonPath.stringAt('$.caseId'),
        stepId,
        taskToken: JsonPath.taskToken,
        timing: JsonPath.objectAt('$.timing'),
      }),
      taskTimeout: Timeout.at('$.timing.stepTimeoutSeconds'),
      resultPath: '$.completed',
    });

    const countReminder = new Pass(this, 'CountReminder', {
      stateName: STATE.countReminder(stepId),
      parameters: { 'sent.$': 'States.MathAdd($.reminders.sent, 1)' },
      resultPath: '$.reminders',
    });

    const remind = notifyTask(this, STATE.remind(stepId), props.notifyFunction, {
      mail: 'reminder',
      stepId,
      reminderNumber: JsonPath.numberAt('$.reminders.sent'),
      maxReminders: JsonPath.numberAt('$.timing.maxReminders'),
    });

    const stalled = notifyTask(this, STATE.notifyStalled(stepId), props.notifyFunction, {
      mail: 'stalled',
      stepId,
      marks: 'stalled',
    }).next(new Succeed(this, 'Stalled', { stateName: STATE.stalled(stepId) }));

    const remindersLeft = new Choice(this, 'RemindersLeft', {
      stateName: STATE.remindersLeft(stepId),
    })
      .when(
        Condition.numberLessThanJsonPath('$.reminders.sent', '$.timing.maxReminders'),
        countReminder.next(remind).next(wait),
      )
      .otherwise(stalled);

    wait.addCatch(remindersLeft, { errors: ['States.Timeout'], resultPath: JsonPath.DISCARD });

    this.startState = startReminders;
    startReminders.next(wait);
    this.endStates = [wait];
  }
}
