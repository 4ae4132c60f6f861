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
  const { api, web, notify, awaitStep, compileDossier, ingestEvidence, retentionSweep } =
    props.functions;
  // The API and the pages run the same use cases (every write goes through one), so each
  // HTTP function gets what they need: of the two, only the API reads an execution's
  // status (resume).
  const http = [api, web];
  // The workflow's tasks may outlive an erase too (a mail, a step's wait): finding its
  // tombstone after writing, they sweep the case again (`sweepIfErased`).
  for (const statement of caseDataStatements(bucket, { write: true, erase: true, key })) {
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
  for (const fn of http) {
    compileDossier.grantInvoke(fn);
    fn.addEnvironment('COMPILE_DOSSIER_FUNCTION_NAME', compileDossier.functionName);
    // A password-protected dossier is mailed by the notify function, invoked by the API
    // or a page (never through the workflow, whose execution history would keep the
    // password).
    notify.grantInvoke(fn);
    fn.addEnvironment('NOTIFY_FUNCTION_NAME', notify.functionName);
  }
  // The API, the pages and the sweep erase cases: every object, version and delete marker
  // under it.
  for (const statement of caseDataStatements(bucket, { write: true, erase: true, key })) {
    for (const fn of [...http, retentionSweep]) fn.addToRolePolicy(statement);
  }
  // The workflow's mails (notify), the retention warning (the sweep), witnesses' links and
  // helpers' invitations (the API and the pages), sign-in links and the stop's lifting
  // (the pages).
  for (const fn of [notify, retentionSweep, ...http]) fn.addToRolePolicy(sendMail);
  for (const statement of caseDataStatements(bucket, {
    write: true,
    deleteVersions: true,
    erase: true,
    key,
  }))
    ingestEvidence.addToRolePolicy(statement);
  // A medical certificate received completes its step, resuming the waiting workflow.
  stateMachine.grantTaskResponse(ingestEvidence);

  for (const fn of http) {
    stateMachine.grantStartExecution(fn);
    stateMachine.grantTaskResponse(fn);
  }
  // The sweep resumes a case whose execution ended before the case did (an execution runs
  // at most one year; the follow-up rounds may take longer).
  stateMachine.grantStartExecution(retentionSweep);
  // Executions of this state machine (named `{caseId}-{n}`): the API and the sweep read
  // them (resuming a case), the API stops them, and erasing a case (API, pages or
  // retention sweep) stops its execution.
  api.addToRolePolicy(
    new PolicyStatement({
      actions: ['states:StopExecution', 'states:DescribeExecution'],
      resources: [executionArns],
    }),
  );
  web.addToRolePolicy(
    new PolicyStatement({ actions: ['states:StopExecution'], resources: [executionArns] }),
  );
  retentionSweep.addToRolePolicy(
    new PolicyStatement({
      actions: ['states:StopExecution', 'states:DescribeExecution'],
      resources: [executionArns],
    }),
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
