import { ArnFormat, CfnOutput, Duration, Stack, type StackProps, Token } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { HttpApi, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Match as EventMatch, Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { Policy, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { HttpMethods } from 'aws-cdk-lib/aws-s3';
import {
  CloudWatchDimensionSource,
  ConfigurationSet,
  ConfigurationSetTlsPolicy,
  EmailSendingEvent,
  EventDestination,
  SuppressionReasons,
} from 'aws-cdk-lib/aws-ses';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import {
  DefinitionBody,
  LogLevel,
  StateMachine,
  StateMachineType,
} from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { EVIDENCE_KEY_WILDCARD } from '../shared/bucket-keys.js';
import { caseWorkflowDefinition } from '../workflows/case-workflow.js';
import { CaseAlarms } from './case-alarms.js';
import { CaseBucket } from './case-bucket.js';
import {
  CaseFunction,
  type CaseFunctionProps,
  caseDataStatements,
  DOSSIER_FONT_FOLDER,
  dossierFontFiles,
  FUNCTION_ENTRIES,
  type FunctionName,
  OPENAPI_BUNDLE_FILE,
  openApiDocumentFiles,
} from './case-functions.js';
import { DossierProof, TIMESTAMP_AUTHORITY_CHAIN_BUNDLE_FILE } from './dossier-proof.js';
import { acknowledgeNagFindings } from './nag.js';

export interface CaseStackProps extends StackProps {
  /** Sender of every mail, on an SES-verified identity, e.g. `dossier@example.org`. */
  readonly mailFrom: string;
  /**
   * The SES identity `mailFrom` is verified under (a domain or the address itself).
   * @default the domain of `mailFrom`
   */
  readonly sesIdentity?: string;
  /**
   * Public address of the web app; mails link to its pages, and its origin is the only
   * one allowed to post uploads to the bucket.
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
  /**
   * How long a case is kept after its last activity (closed or abandoned) before the daily
   * sweep erases it.
   * @default Duration.days(365)
   */
  readonly retention?: Duration;
  /**
   * How long before the erasure the owner is warned by mail (once); a case is never erased
   * sooner than this after the warning.
   * @default Duration.days(30)
   */
  readonly retentionWarning?: Duration;
  /**
   * Steady-state request rate of the HTTP API, per second, across all clients.
   * @default 20
   */
  readonly throttlingRateLimit?: number;
  /**
   * Burst of requests the HTTP API accepts above the steady rate.
   * @default 50
   */
  readonly throttlingBurstLimit?: number;
  /**
   * Where alarms are mailed (an SNS topic with an email subscription is created).
   * @default no topic: alarms only show in CloudWatch
   */
  readonly alarmEmail?: string;
  /**
   * The RFC 3161 timestamp authority (HTTP URL) that timestamps every accepted file and
   * every dossier manifest: ideally a qualified trust service (eIDAS art. 41), see
   * docs/proof.md.
   * @default none: files wait for a timestamp (the case view says which), manifests are
   * signed only
   */
  readonly timestampAuthorityUrl?: string;
  /**
   * A PEM file with the authority's certificate chain up to its root: copied into the
   * compile function and into every dossier as `tsa-chain.pem` (responses rarely carry
   * the root).
   * @default the certificates the authority's responses carry
   */
  readonly timestampAuthorityChainFile?: string;
  /**
   * Retention of every log group (functions, state machine, API access logs).
   * @default RetentionDays.THREE_MONTHS
   */
  readonly logRetention?: RetentionDays;
}

/** The origin (scheme, host, port) of a URL; a token (the API's own URL) is one already. */
function originOf(url: string): string {
  return Token.isUnresolved(url) ? url : new URL(url).origin;
}

/**
 * The whole product on AWS: bucket, functions, workflow, HTTP API, retention sweep,
 * alarms.
 */
export class CaseStack extends Stack {
  readonly bucket: CaseBucket['bucket'];
  readonly bucketKey: CaseBucket['key'];
  readonly functions: Record<FunctionName, CaseFunction>;
  readonly stateMachine: StateMachine;
  readonly httpApi: HttpApi;
  readonly configurationSet: ConfigurationSet;
  readonly deadLetterQueues: {
    readonly ingestEvidence: Queue;
    readonly retentionSweep: Queue;
    readonly compileDossier: Queue;
  };
  readonly alarms: CaseAlarms;
  /** The manifest signing key and the timestamp authority's settings. */
  readonly proof: DossierProof;
  /** ARN pattern of the state machine's executions. */
  readonly executionArns: string;

  constructor(scope: Construct, id: string, props: CaseStackProps) {
    super(scope, id, props);
    const cases = new CaseBucket(this, 'Cases');
    this.bucket = cases.bucket;
    this.bucketKey = cases.key;
    const logRetention = props.logRetention ?? RetentionDays.THREE_MONTHS;
    const sesIdentity = props.sesIdentity ?? props.mailFrom.split('@')[1] ?? props.mailFrom;

    this.httpApi = new HttpApi(this, 'HttpApi', {
      description: 'Harassment case API',
      createDefaultStage: false,
    });
    // Access logs name the route and the outcome: no query string, no body, no headers,
    // no source address.
    const accessLogs = new LogGroup(this, 'HttpApiAccessLogs', { retention: logRetention });
    this.httpApi.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      throttle: {
        rateLimit: props.throttlingRateLimit ?? 20,
        burstLimit: props.throttlingBurstLimit ?? 50,
      },
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            time: '$context.requestTime',
            method: '$context.httpMethod',
            routeKey: '$context.routeKey',
            status: '$context.status',
            responseLength: '$context.responseLength',
            latencyMs: '$context.responseLatency',
            integrationStatus: '$context.integrationStatus',
          }),
        ),
      },
    });

    // Mail goes through a configuration set: reputation metrics (bounce and complaint
    // rates, alarmed below), event counts in CloudWatch, TLS required.
    this.configurationSet = new ConfigurationSet(this, 'MailConfigurationSet', {
      reputationMetrics: true,
      sendingEnabled: true,
      tlsPolicy: ConfigurationSetTlsPolicy.REQUIRE,
      suppressionReasons: SuppressionReasons.BOUNCES_AND_COMPLAINTS,
    });
    this.configurationSet.addEventDestination('CloudWatch', {
      destination: EventDestination.cloudWatchDimensions([
        {
          name: 'ses:configuration-set',
          source: CloudWatchDimensionSource.MESSAGE_TAG,
          defaultValue: 'none',
        },
      ]),
      events: [
        EmailSendingEvent.SEND,
        EmailSendingEvent.DELIVERY,
        EmailSendingEvent.BOUNCE,
        EmailSendingEvent.COMPLAINT,
        EmailSendingEvent.REJECT,
        EmailSendingEvent.RENDERING_FAILURE,
      ],
    });

    const deadLetterQueue = (queueId: string) =>
      new Queue(this, queueId, {
        encryption: QueueEncryption.SQS_MANAGED,
        enforceSSL: true,
        retentionPeriod: Duration.days(14),
      });
    this.deadLetterQueues = {
      ingestEvidence: deadLetterQueue('IngestEvidenceDeadLetters'),
      retentionSweep: deadLetterQueue('RetentionSweepDeadLetters'),
      compileDossier: deadLetterQueue('CompileDossierDeadLetters'),
    };

    const environment = {
      BUCKET_NAME: this.bucket.bucketName,
      MAIL_FROM: props.mailFrom,
      SES_CONFIGURATION_SET: this.configurationSet.configurationSetName,
      PUBLIC_BASE_URL: props.publicBaseUrl ?? this.httpApi.apiEndpoint,
      STEP_TIMEOUT_SECONDS: String((props.reminderInterval ?? Duration.days(3)).toSeconds()),
      MAX_REMINDERS: String(props.maxReminders ?? 4),
    };
    const fn = (name: FunctionName, options: Partial<CaseFunctionProps> = {}) =>
      new CaseFunction(this, `${name[0]?.toUpperCase()}${name.slice(1)}Function`, {
        entry: FUNCTION_ENTRIES[name],
        environment,
        logRetention,
        ...options,
      });
    const notify = fn('notify');
    const awaitStep = fn('awaitStep');
    // Reads every original twice and writes the PDF and the ZIP (multipart). The API also
    // invokes it asynchronously (POST …/dossier). Sized from `npm run bench:dossier` on the
    // 2-core development machine (2026-12-01, loaded): the worst text the schemas allow,
    // 1000 facts of 4000 unbroken characters, compiled in 13.3 s of CPU (23.6 s wall) with
    // a peak RSS of 955 MiB, and 100 screenshots (239 MiB) in 8.6 s with 214 MiB. Memory:
    // 1769 MB is the RSS with ~1.8× to spare, and one whole vCPU for a single-threaded
    // compile. Timeout: the maximum, 15 min (as the workflow's task and the API's stale
    // compilation), since copying up to 200 originals of up to 500 MB into the ZIP is
    // bound by S3's throughput, not the CPU.
    const compileDossier = fn('compileDossier', {
      timeout: Duration.minutes(15),
      memorySize: 1769,
      environment: { ...environment, DOSSIER_FONT_DIR: `/var/task/${DOSSIER_FONT_FOLDER}` },
      copiedFiles: {
        ...dossierFontFiles(),
        ...(props.timestampAuthorityChainFile
          ? { [TIMESTAMP_AUTHORITY_CHAIN_BUNDLE_FILE]: props.timestampAuthorityChainFile }
          : {}),
      },
      deadLetterQueue: this.deadLetterQueues.compileDossier,
      retryAttempts: 0,
    });
    const api = fn('api', {
      environment: { ...environment, OPENAPI_DOCUMENT: `/var/task/${OPENAPI_BUNDLE_FILE}` },
      copiedFiles: openApiDocumentFiles(),
    });
    // Streams files up to 500 MB once (hash and type check): more time and memory.
    // Invoked asynchronously by S3: failed events end in a dead-letter queue.
    const ingestEvidence = fn('ingestEvidence', {
      timeout: Duration.minutes(5),
      memorySize: 1024,
      deadLetterQueue: this.deadLetterQueues.ingestEvidence,
      retryAttempts: 2,
    });
    const retentionSweep = fn('retentionSweep', {
      timeout: Duration.minutes(15),
      environment: {
        ...environment,
        RETENTION_DAYS: String((props.retention ?? Duration.days(365)).toDays()),
        RETENTION_WARNING_DAYS: String((props.retentionWarning ?? Duration.days(30)).toDays()),
      },
      deadLetterQueue: this.deadLetterQueues.retentionSweep,
      retryAttempts: 2,
    });
    this.functions = { api, notify, awaitStep, compileDossier, ingestEvidence, retentionSweep };
    this.proof = new DossierProof(this, 'Proof', {
      compileDossier,
      ingestEvidence,
      timestampAuthorityUrl: props.timestampAuthorityUrl,
      chainInBundle: props.timestampAuthorityChainFile !== undefined,
    });

    this.stateMachine = new StateMachine(this, 'CaseWorkflow', {
      stateMachineType: StateMachineType.STANDARD,
      definitionBody: DefinitionBody.fromChainable(
        caseWorkflowDefinition(this, { notify, awaitStep, compileDossier }),
      ),
      tracingEnabled: true,
      // Failures only, never the state's data (case ids, task tokens).
      logs: {
        destination: new LogGroup(this, 'CaseWorkflowLogs', { retention: logRetention }),
        level: LogLevel.ERROR,
        includeExecutionData: false,
      },
    });
    api.addEnvironment('STATE_MACHINE_ARN', this.stateMachine.stateMachineArn);
    this.executionArns = this.formatArn({
      service: 'states',
      resource: 'execution',
      arnFormat: ArnFormat.COLON_RESOURCE_NAME,
      resourceName: `${this.stateMachine.stateMachineName}:*`,
    });

    const key = this.bucketKey;
    for (const statement of caseDataStatements(this.bucket, { write: true, key })) {
      for (const fn of [notify, awaitStep]) fn.addToRolePolicy(statement);
    }
    // The compiler also cleans up after itself: a failed compilation leaves no partial file.
    for (const statement of caseDataStatements(this.bucket, { write: true, cleanUp: true, key })) {
      compileDossier.addToRolePolicy(statement);
    }
    compileDossier.grantInvoke(api);
    api.addEnvironment('COMPILE_DOSSIER_FUNCTION_NAME', compileDossier.functionName);
    // A password-protected dossier is mailed by the notify function, invoked by the API
    // (never through the workflow, whose execution history would keep the password).
    notify.grantInvoke(api);
    api.addEnvironment('NOTIFY_FUNCTION_NAME', notify.functionName);
    // The API and the sweep erase cases: every object, version and delete marker under it.
    for (const statement of caseDataStatements(this.bucket, { write: true, erase: true, key })) {
      for (const fn of [api, retentionSweep]) fn.addToRolePolicy(statement);
    }
    const sendMail = new PolicyStatement({
      actions: ['ses:SendEmail'],
      resources: [
        this.formatArn({ service: 'ses', resource: 'identity', resourceName: sesIdentity }),
        this.formatArn({
          service: 'ses',
          resource: 'configuration-set',
          resourceName: this.configurationSet.configurationSetName,
        }),
      ],
    });
    // The workflow's mails (notify), the retention warning (the sweep), and sign-in links
    // (the API: the pages' "lost link" form).
    for (const fn of [notify, retentionSweep, api]) fn.addToRolePolicy(sendMail);
    for (const statement of caseDataStatements(this.bucket, {
      write: true,
      deleteVersions: true,
      key,
    }))
      ingestEvidence.addToRolePolicy(statement);
    // A medical certificate received completes its step, resuming the waiting workflow.
    this.stateMachine.grantTaskResponse(ingestEvidence);
    // Evidence objects only: S3's own notifications filter by prefix and suffix, and
    // evidence keys have the case id in between, so every write of the event log would
    // invoke the function for nothing.
    new Rule(this, 'EvidenceUploaded', {
      description: 'Evidence uploaded to a harassment case: check and record it',
      eventPattern: {
        source: ['aws.s3'],
        detailType: ['Object Created'],
        detail: {
          bucket: { name: [this.bucket.bucketName] },
          object: { key: EventMatch.wildcard(EVIDENCE_KEY_WILDCARD) },
        },
      },
      targets: [
        new LambdaFunction(ingestEvidence, {
          deadLetterQueue: this.deadLetterQueues.ingestEvidence,
          maxEventAge: Duration.hours(24),
        }),
      ],
    });
    // Browsers post their files straight to the bucket, from the app's origin only.
    this.bucket.addCorsRule({
      allowedOrigins: [originOf(props.publicBaseUrl ?? this.httpApi.apiEndpoint)],
      allowedMethods: [HttpMethods.POST],
      allowedHeaders: ['*'],
      maxAge: 600,
    });

    this.stateMachine.grantStartExecution(api);
    this.stateMachine.grantTaskResponse(api);
    // Executions of this state machine (named `{caseId}-{n}`): the API reads and stops
    // them, and erasing a case (API or retention sweep) stops its execution.
    api.addToRolePolicy(
      new PolicyStatement({
        actions: ['states:StopExecution', 'states:DescribeExecution'],
        resources: [this.executionArns],
      }),
    );
    retentionSweep.addToRolePolicy(
      new PolicyStatement({ actions: ['states:StopExecution'], resources: [this.executionArns] }),
    );
    // The state machine depends on the await-step function, so its grant cannot go in the
    // function's default policy (which the function depends on): a standalone policy
    // breaks the cycle.
    new Policy(this, 'AwaitStepTaskResponse', {
      roles: [awaitStep.role].flatMap((role) => (role ? [role] : [])),
      statements: [
        new PolicyStatement({
          actions: ['states:SendTaskSuccess', 'states:SendTaskFailure', 'states:SendTaskHeartbeat'],
          resources: [this.stateMachine.stateMachineArn],
        }),
      ],
    });

    // The retention sweep, daily at 03:17 UTC (off the hour, when few victims are about).
    new Rule(this, 'RetentionSweepSchedule', {
      description: 'Daily retention sweep of the harassment cases',
      schedule: Schedule.cron({ minute: '17', hour: '3' }),
      targets: [
        new LambdaFunction(retentionSweep, {
          deadLetterQueue: this.deadLetterQueues.retentionSweep,
          retryAttempts: 2,
          maxEventAge: Duration.hours(6),
        }),
      ],
    });

    this.httpApi.addRoutes({
      path: '/{proxy+}',
      integration: new HttpLambdaIntegration('ApiIntegration', api),
    });

    this.alarms = new CaseAlarms(this, 'Alarms', {
      stateMachine: this.stateMachine,
      functions: this.functions,
      deadLetterQueues: this.deadLetterQueues,
      configurationSet: this.configurationSet,
      alarmEmail: props.alarmEmail,
    });

    acknowledgeNagFindings(this);

    new CfnOutput(this, 'ApiUrl', { value: this.httpApi.apiEndpoint });
    new CfnOutput(this, 'BucketName', { value: this.bucket.bucketName });
  }
}
