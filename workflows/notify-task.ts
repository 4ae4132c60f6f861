import { Duration } from 'aws-cdk-lib';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { JsonPath, TaskInput } from 'aws-cdk-lib/aws-stepfunctions';
import { LambdaInvoke } from 'aws-cdk-lib/aws-stepfunctions-tasks';
import type { Construct } from 'constructs';
import type { NotifyTask } from '../shared/domain/workflow-messages.js';

/** `NotifyTask` fields, each a constant or a JSONPath token into the state. */
export type NotifyPayload = { [K in keyof NotifyTask]?: NotifyTask[K] | string | number };

/**
 * Invokes the notify function. SES throttling and transient faults make the function
 * throw, and the task retries with backoff; a permanent rejection comes back as a result.
 */
export function notifyTask(scope: Construct, id: string, fn: IFunction, payload: NotifyPayload) {
  return new LambdaInvoke(scope, id, {
    stateName: id,
    lambdaFunction: fn,
    payload: TaskInput.fromObject({ caseId: JsonPath.stringAt('$.caseId'), ...payload }),
    resultPath: JsonPath.DISCARD,
    retryOnServiceExceptions: true,
  }).addRetry({
    errors: ['States.TaskFailed'],
    interval: Duration.seconds(10),
    backoffRate: 2,
    maxAttempts: 6,
    maxDelay: Duration.minutes(10),
  });
}
