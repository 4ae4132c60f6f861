import { ArnFormat, CfnOutput, Duration, Stack, type StackProps, Token } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { HttpMethods } from 'aws-cdk-lib/aws-s3';
import type { ConfigurationSet } from 'aws-cdk-lib/aws-ses';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import {
  DefinitionBody,
  LogLevel,
  StateMachine,
  StateMachineType,
} from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { DEFAULT_FOLLOW_UP_WAIT_SECONDS } from '../shared/domain/follow-up.js';
import { caseWorkflowDefinition } from '../workflows/case-workflow.js';
import { CaseAlarms } from './case-alarms.js';
import { CaseBucket } from './case-bucket.js';
import { addCaseEventRules } from './case-event-rules.js';
import {
  CaseFunction,
  type CaseFunctionProps,
  DOSSIER_FONT_FOLDER,
  dossierFontFiles,
  FUNCTION_ENTRIES,
  type FunctionName,
  OPENAPI_BUNDLE_FILE,
  openApiDocumentFiles,
} from './case-functions.js';
import { grantCaseAccess } from './case-grants.js';
import { addCaseHttpApi, routeCaseHttpApi } from './case-http-api.js';
import { addMailConfigurationSet, sendMailStatement } from './case-mail.js';
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
   * How long after the complaint (filed, or the letter to the Procureur sent) the workflow
   * asks the victim what came of it. Three months is when CPP art. 85 lets her file a
   * civil-party complaint if nothing happened; 92 days cover any three calendar months.
   * @default Duration.days(92)
   */
  readonly followUpWait?: Duration;
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

    this.httpApi = addCaseHttpApi(this, {
      logRetention,
      throttlingRateLimit: props.throttlingRateLimit,
      throttlingBurstLimit: props.throttlingBurstLimit,
    });
    this.configurationSet = addMailConfigurationSet(this);

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
      FOLLOW_UP_WAIT_SECONDS: String(
        (props.followUpWait ?? Duration.seconds(DEFAULT_FOLLOW_UP_WAIT_SECONDS)).toSeconds(),
      ),
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
    // `/api/…` and the pages are two functions behind one HTTP API: the API's cold start
    // loads none of the pages' views, texts and JSX runtime (`npm run bench:api`).
    const api = fn('api', {
      environment: { ...environment, OPENAPI_DOCUMENT: `/var/task/${OPENAPI_BUNDLE_FILE}` },
      copiedFiles: openApiDocumentFiles(),
    });
    const web = fn('web');
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
    this.functions = {
      api,
      web,
      notify,
      awaitStep,
      compileDossier,
      ingestEvidence,
      retentionSweep,
    };
    this.proof = new DossierProof(this, 'Proof', {
      compileDossier,
      ingestEvidence,
      timestampAuthorityUrl: props.timestampAuthorityUrl,
      chainInBundle: props.timestampAuthorityChainFile !== undefined,
    });

    this.stateMachine = new StateMachine(this, 'CaseWorkflow', {
      stateMachineType: StateMachineType.STANDARD,
      definitionBody: DefinitionBody.fromChainable(
        caseWorkflowDefinition(
          this,
          { notify, awaitStep, compileDossier },
          {
            followUpWait: props.followUpWait,
          },
        ),
      ),
      tracingEnabled: true,
      // Failures only, never the state's data (case ids, task tokens).
      logs: {
        destination: new LogGroup(this, 'CaseWorkflowLogs', { retention: logRetention }),
        level: LogLevel.ERROR,
        includeExecutionData: false,
      },
    });
    // The sweep resumes a case whose execution ended early (an execution's one-year limit).
    for (const fn of [api, web, retentionSweep])
      fn.addEnvironment('STATE_MACHINE_ARN', this.stateMachine.stateMachineArn);
    this.executionArns = this.formatArn({
      service: 'states',
      resource: 'execution',
      arnFormat: ArnFormat.COLON_RESOURCE_NAME,
      resourceName: `${this.stateMachine.stateMachineName}:*`,
    });

    grantCaseAccess(this, {
      bucket: this.bucket,
      key: this.bucketKey,
      functions: this.functions,
      stateMachine: this.stateMachine,
      executionArns: this.executionArns,
      sendMail: sendMailStatement(this, sesIdentity, this.configurationSet),
    });
    addCaseEventRules(this, {
      bucket: this.bucket,
      ingestEvidence,
      retentionSweep,
      retryTimestamps: props.timestampAuthorityUrl !== undefined,
      deadLetterQueues: this.deadLetterQueues,
    });
    // Browsers post their files straight to the bucket, from the app's origin only.
    this.bucket.addCorsRule({
      allowedOrigins: [originOf(props.publicBaseUrl ?? this.httpApi.apiEndpoint)],
      allowedMethods: [HttpMethods.POST],
      allowedHeaders: ['*'],
      maxAge: 600,
    });

    routeCaseHttpApi(this.httpApi, { api, web });

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
