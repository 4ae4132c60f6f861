import { type App, Stack, Validations } from 'aws-cdk-lib';
import { HttpRoute } from 'aws-cdk-lib/aws-apigatewayv2';
import { AwsSolutionsChecks } from 'cdk-nag';
import { flattenCfnReference } from 'cdk-nag/lib/utils/flatten-cfn-reference.js';
import type { IConstruct } from 'constructs';
import { ALL_CASE_OBJECTS } from '../shared/bucket-keys.js';
import type { CaseStack } from './case-stack.js';

/**
 * Runs cdk-nag's AWS Solutions rules on the app as a policy-validation plugin (cdk-nag
 * v3): `cdk synth` prints the findings and fails on any that is not acknowledged.
 */
export function addNagChecks(app: App): void {
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
}

function acknowledge(scope: IConstruct, rule: string, reason: string): void {
  Validations.of(scope).acknowledge({ id: `AwsSolutions::${rule}`, reason });
}

/** The finding id cdk-nag gives a wildcard resource in an IAM policy. */
function wildcardResource(scope: IConstruct, resource: string): string {
  return `AwsSolutions-IAM5[Resource::${flattenCfnReference(Stack.of(scope).resolve(resource))}]`;
}

function child(scope: IConstruct, id: string): IConstruct {
  const found = scope.node.tryFindChild(id);
  if (!found) throw new Error(`no ${id} under ${scope.node.path}`);
  return found;
}

/**
 * Every AWS Solutions finding the stack keeps on purpose, each on the construct it
 * concerns, with the reason. Anything else fails synthesis and the tests.
 */
export function acknowledgeNagFindings(stack: CaseStack): void {
  const casesObjects = wildcardResource(stack, stack.bucket.arnForObjects(ALL_CASE_OBJECTS));
  for (const fn of Object.values(stack.functions)) {
    const policy = child(fn.role ?? fn, 'DefaultPolicy');
    acknowledge(
      policy,
      casesObjects,
      'Objects are keyed per case (cases/{caseId}/...), created at run time: access is scoped to the cases/ prefix of this bucket, all the app stores.',
    );
    acknowledge(
      policy,
      'AwsSolutions-IAM5[Resource::*]',
      'X-Ray tracing (xray:PutTraceSegments, xray:PutTelemetryRecords) supports no resource-level permission.',
    );
  }
  for (const fn of [stack.functions.api, stack.functions.web, stack.functions.retentionSweep]) {
    acknowledge(
      child(fn.role ?? fn, 'DefaultPolicy'),
      wildcardResource(stack, stack.executionArns),
      'Executions are named per case at run time ({caseId}-{n}); the grant covers only the executions of this state machine.',
    );
  }

  const workflowPolicy = child(stack.stateMachine.role, 'DefaultPolicy');
  acknowledge(
    workflowPolicy,
    'AwsSolutions-IAM5[Resource::*]',
    'X-Ray tracing and CloudWatch Logs delivery (logs:CreateLogDelivery and related) support no resource-level permission.',
  );
  const { notify, awaitStep, compileDossier } = stack.functions;
  for (const fn of [notify, awaitStep, compileDossier]) {
    acknowledge(
      workflowPolicy,
      wildcardResource(stack, `${fn.functionArn}:*`),
      'LambdaInvoke grants the task function and its versions and aliases (ARN:*): that one function only.',
    );
  }
  for (const fn of [stack.functions.api, stack.functions.web]) {
    acknowledge(
      child(fn.role ?? fn, 'DefaultPolicy'),
      wildcardResource(stack, `${compileDossier.functionArn}:*`),
      'The API and the pages start dossier compilations: invoke on the compile function and its versions and aliases (ARN:*), that one function only.',
    );
    acknowledge(
      child(fn.role ?? fn, 'DefaultPolicy'),
      wildcardResource(stack, `${notify.functionArn}:*`),
      'The API and the pages have a password-protected dossier mailed: invoke on the notify function and its versions and aliases (ARN:*), that one function only.',
    );
  }
  acknowledge(
    stack.stateMachine,
    'AwsSolutions-SF1',
    'Only failures are logged (ERROR, without execution data: the state holds task tokens); the execution history keeps every transition, and ALL would log each step of days-long waits for nothing.',
  );

  const handler = stack.node.children.find((c) =>
    c.node.id.startsWith('BucketNotificationsHandler'),
  );
  if (handler) {
    acknowledge(
      child(handler, 'Role'),
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      'The CDK-managed handler that configures the bucket notification (aws-cdk-lib creates it with its role); it only writes its own logs.',
    );
  }

  for (const route of stack.httpApi.node.children.filter((c) => c instanceof HttpRoute)) {
    acknowledge(
      route,
      'AwsSolutions-APIG4',
      'The app authorizes in code: every route but opening a case checks the case access token or the session cookie (a wrong credential and an unknown case both answer 404); opening a case and the public pages are public by design.',
    );
  }
}
