import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Duration } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { ALL_CASE_OBJECTS } from '../shared/bucket-keys.js';
import { FONT_FILES } from '../shared/dossier/fonts.js';

/** Lambda entry points, by function: the local runtime routes tasks to the same files. */
export const FUNCTION_ENTRIES = {
  api: 'functions/api.ts',
  web: 'functions/web.ts',
  notify: 'functions/notify.ts',
  awaitStep: 'functions/await-step.ts',
  compileDossier: 'functions/compile-dossier.ts',
  ingestEvidence: 'functions/ingest-evidence.ts',
  retentionSweep: 'functions/retention-sweep.ts',
} as const;
export type FunctionName = keyof typeof FUNCTION_ENTRIES;

const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
const requireFromHere = createRequire(import.meta.url);

export interface CaseFunctionProps {
  readonly entry: string;
  readonly environment: Record<string, string>;
  /** @default Duration.seconds(30) */
  readonly timeout?: Duration;
  /** @default 512 */
  readonly memorySize?: number;
  /** @default RetentionDays.THREE_MONTHS */
  readonly logRetention?: RetentionDays;
  /**
   * Files copied into the bundle beside the code, by path inside it (esbuild does not
   * bundle data files such as fonts).
   * @default none
   */
  readonly copiedFiles?: Readonly<Record<string, string>>;
  /**
   * For a function invoked asynchronously (EventBridge rules): where events
   * land once the retries are spent.
   * @default no dead-letter queue
   */
  readonly deadLetterQueue?: IQueue;
  /**
   * Retries of an asynchronous invocation that failed.
   * @default 2 (Lambda's own default)
   */
  readonly retryAttempts?: number;
}

/**
 * A function of the app: current Node LTS, arm64, bundled locally by esbuild (no Docker),
 * traced with X-Ray, logging to its own log group with a retention. Its role starts with
 * no managed policy: only writing to that log group (and X-Ray); grants add the rest.
 */
export class CaseFunction extends NodejsFunction {
  constructor(scope: Construct, id: string, props: CaseFunctionProps) {
    const logGroup = new LogGroup(scope, `${id}Logs`, {
      retention: props.logRetention ?? RetentionDays.THREE_MONTHS,
    });
    const role = new Role(scope, `${id}ServiceRole`, {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
    });
    logGroup.grantWrite(role);
    super(scope, id, {
      role,
      tracing: Tracing.ACTIVE,
      deadLetterQueue: props.deadLetterQueue,
      retryAttempts: props.deadLetterQueue ? (props.retryAttempts ?? 2) : props.retryAttempts,
      entry: `${PROJECT_ROOT}${props.entry}`,
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: `${PROJECT_ROOT}package-lock.json`,
      handler: 'handler',
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(30),
      logGroup,
      environment: { NODE_OPTIONS: '--enable-source-maps', ...props.environment },
      bundling: {
        format: OutputFormat.ESM,
        minify: true,
        sourceMap: true,
        target: 'node22',
        // The ESM bundle still meets CommonJS dependencies that call require().
        banner:
          "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
        externalModules: ['@aws-sdk/*'],
        ...(props.copiedFiles
          ? {
              commandHooks: {
                beforeBundling: () => [],
                beforeInstall: () => [],
                afterBundling: (_input: string, output: string) =>
                  Object.entries(props.copiedFiles ?? {}).map(
                    ([target, source]) =>
                      `mkdir -p "${output}/${dirname(target)}" && cp "${source}" "${output}/${target}"`,
                  ),
              },
            }
          : {}),
      },
    });
  }
}

/**
 * Statements giving a function what the case event log needs, and nothing more.
 * Scoped to the app's objects (`ALL_CASE_OBJECTS`, see `shared/bucket-keys.ts`).
 * `erase` adds deleting objects under `cases/` (erasing a case: the API, the retention
 * sweep). `deleteVersions` adds deleting objects and single versions under `cases/` and
 * reading a given version (evidence ingestion, which removes refused uploads for good).
 * With `key`, the bucket's KMS key: decrypt to read, and generate data keys to write.
 */
export function caseDataStatements(
  bucket: IBucket,
  access: {
    write: boolean;
    erase?: boolean;
    cleanUp?: boolean;
    deleteVersions?: boolean;
    key?: IKey;
  },
): PolicyStatement[] {
  return [
    new PolicyStatement({
      actions: ['s3:ListBucket'],
      resources: [bucket.bucketArn],
      conditions: { StringLike: { 's3:prefix': [ALL_CASE_OBJECTS] } },
    }),
    new PolicyStatement({
      actions: access.write ? ['s3:GetObject', 's3:PutObject'] : ['s3:GetObject'],
      resources: [bucket.arnForObjects(ALL_CASE_OBJECTS)],
    }),
    ...(access.erase
      ? [
          new PolicyStatement({
            actions: ['s3:ListBucketVersions'],
            resources: [bucket.bucketArn],
            conditions: { StringLike: { 's3:prefix': [ALL_CASE_OBJECTS] } },
          }),
          new PolicyStatement({
            actions: ['s3:DeleteObject', 's3:DeleteObjectVersion'],
            resources: [bucket.arnForObjects(ALL_CASE_OBJECTS)],
          }),
        ]
      : []),
    ...(access.cleanUp
      ? [
          new PolicyStatement({
            actions: ['s3:DeleteObject', 's3:AbortMultipartUpload'],
            resources: [bucket.arnForObjects(ALL_CASE_OBJECTS)],
          }),
        ]
      : []),
    ...(access.key
      ? [
          new PolicyStatement({
            actions: access.write ? ['kms:Decrypt', 'kms:GenerateDataKey'] : ['kms:Decrypt'],
            resources: [access.key.keyArn],
          }),
        ]
      : []),
    ...(access.deleteVersions
      ? [
          new PolicyStatement({
            actions: ['s3:GetObjectVersion', 's3:DeleteObject', 's3:DeleteObjectVersion'],
            resources: [bucket.arnForObjects(ALL_CASE_OBJECTS)],
          }),
        ]
      : []),
  ];
}

/** Where the dossier compiler finds its fonts inside its bundle. */
export const DOSSIER_FONT_FOLDER = 'fonts';

/** The fonts the dossier embeds (see `shared/dossier/fonts.ts`), from node_modules. */
export function dossierFontFiles(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(FONT_FILES).map(([, module]) => [
      `${DOSSIER_FONT_FOLDER}/${module.split('/').pop()}`,
      requireFromHere.resolve(module),
    ]),
  );
}

/** The API's OpenAPI document, copied beside its bundle (see `functions/http/openapi-route.ts`). */
export const OPENAPI_BUNDLE_FILE = 'openapi.json';

export function openApiDocumentFiles(): Record<string, string> {
  return { [OPENAPI_BUNDLE_FILE]: `${PROJECT_ROOT}docs/openapi.json` };
}
