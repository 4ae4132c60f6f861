import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Policy, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { EventType, HttpMethods } from 'aws-cdk-lib/aws-s3';
import { LambdaDestination } from 'aws-cdk-lib/aws-s3-notifications';
import { DefinitionBody, StateMachine, StateMachineType } from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { caseWorkflowDefinition } from '../workflows/case-workflow.js';
import { CaseBucket } from './case-bucket.js';
import {
  CaseFunction,
  caseDataStatements,
  FUNCTION_ENTRIES,
  type FunctionName,
} from './case-functions.js';

export interface CaseStackProps extends StackProps {
  /** Sender of every mail, on an SES-verified identity, e.g. `dossier@example.org`. */
  readonly mailFrom: string;
  /**
   * The SES identity `mailFrom` is verified under (a domain or the address itself).
   * @default the domain of `mailFrom`
   */
  readonly sesIdentity?: string;
  /**
   * Public address of the web app; mails link to its pages.
   * @default the HTTP API's own URL
   */
  readonly publicBaseUrl?: string;
  /**
   * How long a human step waits before a reminder.
   * @default Duration.days(3)
   */
  readonly reminderInterval?: Duration;
  /**
   * Reminders per step before the case is marked stalled.
   * @default 4
   */
  readonly maxReminders?: number;
}

/** The whole product on AWS: bucket, functions, workflow, HTTP API. */
export class CaseStack extends Stack {
  readonly bucket: CaseBucket['bucket'];
  readonly functions: Record<FunctionName, CaseFunction>;
  readonly stateMachine: StateMachine;
  readonly httpApi: HttpApi;

  constructor(scope: Construct, id: string, props: CaseStackProps) {
    super(scope, id, props);
    this.bucket = new CaseBucket(this, 'Cases').bucket;
    const sesIdentity = props.sesIdentity ?? props.mailFrom.split('@')[1] ?? props.mailFrom;
    this.httpApi = new HttpApi(this, 'HttpApi', { description: 'Harassment case API' });

    const environment = {
      BUCKET_NAME: this.bucket.bucketName,
      MAIL_FROM: props.mailFrom,
      PUBLIC_BASE_URL: props.publicBaseUrl ?? this.httpApi.apiEndpoint,
      STEP_TIMEOUT_SECONDS: String((props.reminderInterval ?? Duration.days(3)).toSeconds()),
      MAX_REMINDERS: String(props.maxReminders ?? 4),
    };
    const fn = (name: FunctionName) =>
      new CaseFunction(this, `${name[0]?.toUpperCase()}${name.slice(1)}Function`, {
        entry: FUNCTION_ENTRIES[name],
        environment,
      });
    const notify = fn('notify');
    const awaitStep = fn('awaitStep');
    const compileDossier = fn('compileDossier');
    const api = fn('api');
    // Streams files up to 500 MB once (hash and type check): more time and memory.
    const ingestEvidence = new CaseFunction(this, 'IngestEvidenceFunction', {
      entry: FUNCTION_ENTRIES.ingestEvidence,
      environment,
      timeout: Duration.minutes(5),
      memorySize: 1024,
    });
    this.functions = { api, notify, awaitStep, compileDossier, ingestEvidence };

    this.stateMachine = new StateMachine(this, 'CaseWorkflow', {
      stateMachineType: StateMachineType.STANDARD,
      definitionBody: DefinitionBody.fromChainable(
        caseWorkflowDefinition(this, { notify, awaitStep, compileDossier }),
      ),
      tracingEnabled: true,
    });
    api.addEnvironment('STATE_MACHINE_ARN', this.stateMachine.stateMachineArn);

    for (const statement of caseDataStatements(this.bucket, { write: true })) {
      for (const fn of [notify, awaitStep, compileDossier, api]) fn.addToRolePolicy(statement);
    }
    // The API mails sign-in links (the pages' "lost link" form); the workflow's mails go
    // through notify.
    for (const fn of [notify, api])
      fn.addToRolePolicy(
        new PolicyStatement({
          actions: ['ses:SendEmail'],
          resources: [
            this.formatArn({ service: 'ses', resource: 'identity', resourceName: sesIdentity }),
          ],
        }),
      );
    for (const statement of caseDataStatements(this.bucket, { write: true, deleteVersions: true }))
      ingestEvidence.addToRolePolicy(statement);
    // A medical certificate received completes its step, resuming the waiting workflow.
    this.stateMachine.grantTaskResponse(ingestEvidence);
    // Every object created under cases/; the function ignores all but evidence keys (S3
    // filters take a prefix and a suffix, and evidence keys have the case id in between).
    this.bucket.addEventNotification(
      EventType.OBJECT_CREATED,
      new LambdaDestination(ingestEvidence),
      { prefix: 'cases/' },
    );
    // Browsers post their files straight to the bucket, from the app's pages only.
    this.bucket.addCorsRule({
      allowedOrigins: [props.publicBaseUrl ?? this.httpApi.apiEndpoint],
      allowedMethods: [HttpMethods.POST],
      allowedHeaders: ['*'],
      maxAge: 600,
    });

    this.stateMachine.grantStartExecution(api);
    this.stateMachine.grantTaskResponse(api);
    this.stateMachine.grantExecution(api, 'states:StopExecution', 'states:DescribeExecution');
    // The state machine depends on the await-step function, so its grant cannot go in the
    // function's default policy (which the function depends on): a standalone policy
    // breaks the cycle.
    new Policy(this, 'AwaitStepTaskResponse', {
      roles: awaitStep.role ? [awaitStep.role] : [],
      statements: [
        new PolicyStatement({
          actions: ['states:SendTaskSuccess', 'states:SendTaskFailure', 'states:SendTaskHeartbeat'],
          resources: [this.stateMachine.stateMachineArn],
        }),
      ],
    });

    this.httpApi.addRoutes({
      path: '/{proxy+}',
      integration: new HttpLambdaIntegration('ApiIntegration', api),
    });

    new CfnOutput(this, 'ApiUrl', { value: this.httpApi.apiEndpoint });
    new CfnOutput(this, 'BucketName', { value: this.bucket.bucketName });
  }
}
