import { Policy, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { StateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import type { CaseBucket } from './case-bucket.js';
import { type CaseFunction, caseDataStatements, type FunctionName } from './case-functions.js';

export interface CaseGrantsProps {
  readonly bucket: CaseBucket['bucket'];
  /** The bucket's encryption key. */
  readonly key: CaseBucket['key'];
  readonly functions: Readonly<Record<FunctionName, CaseFunction>>;
  readonly stateMachine: StateMachine;
  /** ARN pattern of the state machine's executions. */
  readonly executionArns: string;
  /** Sending mail through the stack's identity and configuration set. */
  readonly sendMail: PolicyStatement;
}

/**
 * Who may do what: each function's access to the case data, to mail, to the workflow and
 * to the other functions (and the environment that names them). The standalone policy is
 * created in `scope` itself so that its logical id stays the stack's.
 */
export function grantCaseAccess(scope: Construct, props: CaseGrantsProps): void {
  const { bucket, key, stateMachine, executionArns, sendMail } = props;
  const { api, notify, awaitStep, compileDossier, ingestEvidence, retentionSweep } =
    props.functions;
  for (const statement of caseDataStatements(bucket, { write: true, key })) {
    for (const fn of [notify, awaitStep]) fn.addToRolePolicy(statement);
  }
  // The compiler also cleans up after itself: a failed compilation leaves no partial file.
  // It and the ingestion (uploads, timestamps) may outlive an erase of the case they write
  // to (a stopped execution does not stop a running Lambda): finding its tombstone after
  // writing, they sweep the case again, so they may erase as the API does.
  for (const statement of caseDataStatements(bucket, {
    write: true,
    cleanUp: true,
    erase: true,
    key,
  })) {
    compileDossier.addToRolePolicy(statement);
  }
  compileDossier.grantInvoke(api);
  api.addEnvironment('COMPILE_DOSSIER_FUNCTION_NAME', compileDossier.functionName);
  // A password-protected dossier is mailed by the notify function, invoked by the API
  // (never through the workflow, whose execution history would keep the password).
  notify.grantInvoke(api);
  api.addEnvironment('NOTIFY_FUNCTION_NAME', notify.functionName);
  // The API and the sweep erase cases: every object, version and delete marker under it.
  for (const statement of caseDataStatements(bucket, { write: true, erase: true, key })) {
    for (const fn of [api, retentionSweep]) fn.addToRolePolicy(statement);
  }
  // The workflow's mails (notify), the retention warning (the sweep), and sign-in links
  // (the API: the pages' "lost link" form).
  for (const fn of [notify, retentionSweep, api]) fn.addToRolePolicy(sendMail);
  for (const statement of caseDataStatements(bucket, {
    write: true,
    deleteVersions: true,
    erase: true,
    key,
  }))
    ingestEvidence.addToRolePolicy(statement);
  // A medical certificate received completes its step, resuming the waiting workflow.
  stateMachine.grantTaskResponse(ingestEvidence);

  stateMachine.grantStartExecution(api);
  stateMachine.grantTaskResponse(api);
  // Executions of this state machine (named `{caseId}-{n}`): the API reads and stops
  // them, and erasing a case (API or retention sweep) stops its execution.
  api.addToRolePolicy(
    new PolicyStatement({
      actions: ['states:StopExecution', 'states:DescribeExecution'],
      resources: [executionArns],
    }),
  );
  retentionSweep.addToRolePolicy(
    new PolicyStatement({ actions: ['states:StopExecution'], resources: [executionArns] }),
  );
  // The state machine depends on the await-step function, so its grant cannot go in the
  // function's default policy (which the function depends on): a standalone policy
  // breaks the cycle.
  new Policy(scope, 'AwaitStepTaskResponse', {
    roles: [awaitStep.role].flatMap((role) => (role ? [role] : [])),
    statements: [
      new PolicyStatement({
        actions: ['states:SendTaskSuccess', 'states:SendTaskFailure', 'states:SendTaskHeartbeat'],
        resources: [stateMachine.stateMachineArn],
      }),
    ],
  });
}
