import './polyfills.js';
import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createAwaitStepHandler } from '../functions/await-step.js';
import { webDeps } from '../functions/composition.js';
import { awsRuntime, type Environment } from '../functions/environment.js';
import { bothApps, type Fetch } from '../functions/http/app.js';
import { createIngestEvidenceHandler } from '../functions/ingest-evidence.js';
import { createNotifyHandler } from '../functions/notify.js';
import { createRetentionSweepHandler } from '../functions/retention-sweep.js';
import type { FunctionName } from '../infra/case-functions.js';
import { ERASE_TOMBSTONE_DAYS } from '../shared/bucket-keys.js';
import type { ProtectedDossierMailResult } from '../shared/domain/mail-preferences.js';
import { CompileDossierTask } from '../shared/domain/workflow-messages.js';
import { jsonLogger, type Logger } from '../shared/logger.js';
import { ChildProcessDossierCompiler } from '../shared/ports/dossier-compiler-child-process-adapter.js';
import { startLocalSes } from './emulators.js';
import { resumeOpenCases } from './resume-open-cases.js';
import { forwardEvidenceEvents } from './s3-events.js';
import { startLocalS3Process } from './s3-process.js';
import { runEvery } from './scheduled-runs.js';
import { ensureLocalSigningKey } from './signing-key.js';
import { startStepFunctionsApi } from './step-functions/api-server.js';
import { LocalStepFunctions, type TaskHandler } from './step-functions/engine.js';
import {
  type LocalTimestampAuthority,
  startLocalTimestampAuthority,
} from './timestamp-authority.js';
import { cachedWorkflow } from './workflow-cache.js';

export interface LocalRuntimeOptions {
  /** Folder holding the local S3 objects; they survive a restart. */
  readonly dataDir: string;
  /** @default '127.0.0.1' */
  readonly host?: string;
  /** Ports; 0 picks a free one. @default 3000, 4568, 8005, 8083 */
  readonly ports?: {
    api?: number;
    s3?: number;
    ses?: number;
    stepFunctions?: number;
    /** The local RFC 3161 timestamp authority: only the functions call it. @default 0 (any) */
    timestampAuthority?: number;
  };
  /** @default 20 */
  readonly stepTimeoutSeconds?: number;
  /** @default 3 */
  readonly maxReminders?: number;
  /** Seconds from the complaint to the follow-up question. @default 60 */
  readonly followUpWaitSeconds?: number;
  /** Pause before each retry instead of the definition's backoff, in ms (tests). */
  readonly retryPauseMs?: number;
  readonly logger?: Logger;
  /** The neutral page of the quick exit (tests point it at a local page). */
  readonly quickExitUrl?: string;
  /**
   * How often the timestamps still waiting are asked for again (daily on AWS).
   * @default 15 minutes
   */
  readonly timestampRetryMs?: number;
  /**
   * How often the retention sweep runs (daily on AWS): warnings, erasures, and the
   * erased cases swept again, their tombstones expired after `ERASE_TOMBSTONE_DAYS`.
   * @default 1 hour, so that a machine not on all day still runs it
   */
  readonly retentionSweepMs?: number;
}

export interface LocalRuntime {
  readonly apiUrl: string;
  readonly mailboxUrl: string;
  readonly s3Url: string;
  readonly bucket: string;
  readonly engine: LocalStepFunctions;
  /** The local timestamp authority (its CA is in the data folder). */
  readonly timestampAuthority: LocalTimestampAuthority;
  /** The variables the functions run with, as on Lambda. */
  readonly environment: Environment;
  /** Open cases whose workflow was restarted at start-up. */
  readonly resumedCases: number;
  stop(): Promise<void>;
}

const BUCKET = 'harassment-cases-local';

/**
 * The whole product on one machine: S3 and SES stand-ins, the state machine synthesized
 * from the CDK app run by aws-local-stepfunctions behind a local Step Functions API, and
 * the HTTP API, all on loopback. Each function is built exactly as on Lambda.
 */
export async function startLocalRuntime(options: LocalRuntimeOptions): Promise<LocalRuntime> {
  const host = options.host ?? '127.0.0.1';
  const ports = {
    api: options.ports?.api ?? 3000,
    s3: options.ports?.s3 ?? 4568,
    ses: options.ports?.ses ?? 8005,
    stepFunctions: options.ports?.stepFunctions ?? 8083,
  };
  const logger = options.logger ?? jsonLogger();
  // The SDK's default credential chain reads these; the stand-ins accept s3rver's pair.
  process.env.AWS_REGION ??= 'eu-west-3';
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  process.env.AWS_ACCESS_KEY_ID ??= 'S3RVER';
  process.env.AWS_SECRET_ACCESS_KEY ??= 'S3RVER';

  const s3Dir = join(options.dataDir, 's3');
  await mkdir(s3Dir, { recursive: true });
  const started: { close(): Promise<unknown> }[] = [];
  try {
    // Bound first, so that mails and CORS name the port actually bound (0 in tests).
    let app: Fetch | undefined;
    const apiServer = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const server = serve(
        {
          // The bindings carry the socket, whose address the abuse limits count by.
          fetch: (request, env) => app?.(request, env) ?? new Response(null, { status: 503 }),
          port: ports.api,
          hostname: host,
        },
        () => resolve(server),
      );
    });
    started.push({ close: () => new Promise((resolve) => apiServer.close(resolve)) });
    const apiUrl = `http://localhost:${(apiServer.address() as AddressInfo).port}`;

    // S3 runs in a process of its own, as it runs apart on AWS: serving a compilation's
    // reads and writes never holds up this process's answers. It starts while the rest does.
    const s3Starting = startLocalS3Process({
      host,
      port: ports.s3,
      directory: s3Dir,
      bucket: BUCKET,
      corsOrigins: [apiUrl],
    });
    s3Starting.catch(() => undefined);
    started.push({ close: async () => (await s3Starting.catch(() => undefined))?.close() });
    const ses = await startLocalSes({ host, port: ports.ses });
    started.push(ses);

    // Proof: a timestamp authority with its own CA, and the manifest signing key, both
    // made on first start and kept in the data folder.
    const timestampAuthority = await startLocalTimestampAuthority({
      dataDir: options.dataDir,
      host,
      port: options.ports?.timestampAuthority ?? 0,
    });
    started.push(timestampAuthority);
    const signingKeyFile = await ensureLocalSigningKey(options.dataDir);

    // The CDK app is synthesized only when its sources changed since the last start.
    const workflow = await cachedWorkflow();
    const s3 = await s3Starting;
    const handlers: Partial<Record<FunctionName, TaskHandler>> = {};
    const engine = new LocalStepFunctions({
      definition: workflow.definition,
      stateMachineArn: workflow.stateMachineArn,
      retryPauseMs: options.retryPauseMs,
      handlerFor: (arn) => {
        const handler = handlers[workflow.functionOf(arn)];
        if (!handler) throw new Error(`no local handler for ${arn}`);
        return handler;
      },
    });
    const sfn = await startStepFunctionsApi(engine, { host, port: ports.stepFunctions });
    started.push({
      close: async () => {
        engine.stopAll();
        sfn.server.closeAllConnections();
        await new Promise((resolve) => sfn.server.close(resolve));
      },
    });

    const environment: Environment = {
      BUCKET_NAME: BUCKET,
      STATE_MACHINE_ARN: workflow.stateMachineArn,
      MAIL_FROM: 'Dossier harcèlement <dossier@localhost>',
      PUBLIC_BASE_URL: apiUrl,
      STEP_TIMEOUT_SECONDS: String(options.stepTimeoutSeconds ?? 20),
      MAX_REMINDERS: String(options.maxReminders ?? 3),
      FOLLOW_UP_WAIT_SECONDS: String(options.followUpWaitSeconds ?? 60),
      HEARING_WAIT_SECONDS: String(options.followUpWaitSeconds ?? 60),
      ...(options.quickExitUrl ? { QUICK_EXIT_URL: options.quickExitUrl } : {}),
      TIMESTAMP_AUTHORITY_URL: timestampAuthority.url,
      TIMESTAMP_AUTHORITY_CHAIN_FILE: timestampAuthority.chainFile,
      MANIFEST_SIGNING_KEY_FILE: signingKeyFile,
      AWS_ENDPOINT_URL_S3: s3.url,
      AWS_ENDPOINT_URL_SESV2: ses.url,
      AWS_ENDPOINT_URL_SFN: sfn.url,
    };
    handlers.notify = createNotifyHandler(awsRuntime(environment, logger));
    handlers.awaitStep = createAwaitStepHandler(awsRuntime(environment, logger));
    // Dossiers compile in child processes, as the compile function runs apart on AWS: a
    // long (or hostile) compilation never holds up the requests this process answers.
    const compiler = new ChildProcessDossierCompiler({
      entry: new URL('./compile-dossier-process.ts', import.meta.url),
      environment,
      logger,
    });
    started.push({ close: () => compiler.stop() });
    handlers.compileDossier = (task) => compiler.compile(CompileDossierTask.parse(task));
    // Uploads, browser POSTs included, reach the same ingest handler as on AWS, and so
    // does the schedule that asks again for the timestamps still waiting.
    const ingest = createIngestEvidenceHandler(awsRuntime(environment, logger));
    const ingestion = forwardEvidenceEvents(s3.events, ingest, logger);
    started.push({ close: () => ingestion.drain() });
    started.push(
      runEvery(
        options.timestampRetryMs ?? 15 * 60_000,
        () => ingest({ source: 'aws.events', 'detail-type': 'Scheduled Event' }),
        logger,
        'timestamp retry',
      ),
    );

    const retentionSweep = createRetentionSweepHandler(awsRuntime(environment, logger), {
      expireTombstonesAfterDays: ERASE_TOMBSTONE_DAYS,
    });
    started.push(
      runEvery(
        options.retentionSweepMs ?? 60 * 60_000,
        () => retentionSweep({}, { getRemainingTimeInMillis: () => Number.POSITIVE_INFINITY }),
        logger,
        'retention sweep',
      ),
    );

    const api = awsRuntime(environment, logger);
    // Mailing a protected dossier runs the notify handler here, as the Lambda would.
    const notifyInProcess = handlers.notify;
    // The API and the pages on one port, as the HTTP API routes them to their two
    // functions on AWS (built with the web function's deps, which hold the API's).
    app = bothApps(
      webDeps(api, {
        dossierCompiler: compiler,
        protectedDossierMailer: {
          mail: async (caseId, password) =>
            (await notifyInProcess({
              mail: 'protected-dossier',
              caseId,
              password,
            })) as ProtectedDossierMailResult,
        },
      }),
    );
    const resumed = await resumeOpenCases({
      store: api.store,
      log: api.log,
      workflow: api.workflow(),
      timing: api.timing,
      logger,
    });

    return {
      apiUrl,
      mailboxUrl: ses.url,
      s3Url: s3.url,
      bucket: BUCKET,
      engine,
      timestampAuthority,
      environment,
      resumedCases: resumed,
      stop: async () => {
        for (const service of started.reverse()) await service.close();
      },
    };
  } catch (error) {
    for (const service of started.reverse()) await service.close().catch(() => undefined);
    throw error;
  }
}
