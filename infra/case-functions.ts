import { fileURLToPath } from 'node:url';
import { Duration } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';

/** Lambda entry points, by function: the local runtime routes tasks to the same files. */
export const FUNCTION_ENTRIES = {
  api: 'functions/api.ts',
  notify: 'functions/notify.ts',
  awaitStep: 'functions/await-step.ts',
  compileDossier: 'functions/compile-dossier.ts',
  ingestEvidence: 'functions/ingest-evidence.ts',
} as const;
export type FunctionName = keyof typeof FUNCTION_ENTRIES;

const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface CaseFunctionProps {
  readonly entry: string;
  readonly environment: Record<string, string>;
  /** @default Duration.seconds(30) */
  readonly timeout?: Duration;
  /** @default 512 */
  readonly memorySize?: number;
  /** @default RetentionDays.THREE_MONTHS */
  readonly logRetention?: RetentionDays;
}

/** A function of the app: current Node LTS, arm64, bundled locally by esbuild (no Docker). */
export class CaseFunction extends NodejsFunction {
  constructor(scope: Construct, id: string, props: CaseFunctionProps) {
    super(scope, id, {
      entry: `${PROJECT_ROOT}${props.entry}`,
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: `${PROJECT_ROOT}package-lock.json`,
      handler: 'handler',
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(30),
      logGroup: new LogGroup(scope, `${id}Logs`, {
        retention: props.logRetention ?? RetentionDays.THREE_MONTHS,
      }),
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
      },
    });
  }
}

/**
 * Statements giving a function what the case event log needs, and nothing more.
 * `deleteVersions` adds deleting objects and single versions under `cases/` and reading a
 * given version (evidence ingestion, which removes refused uploads for good).
 */
export function caseDataStatements(
  bucket: IBucket,
  access: { write: boolean; deleteVersions?: boolean },
): PolicyStatement[] {
  return [
    new PolicyStatement({
      actions: ['s3:ListBucket'],
      resources: [bucket.bucketArn],
      conditions: { StringLike: { 's3:prefix': ['cases/*'] } },
    }),
    new PolicyStatement({
      actions: access.write ? ['s3:GetObject', 's3:PutObject'] : ['s3:GetObject'],
      resources: [bucket.arnForObjects('cases/*')],
    }),
    ...(access.deleteVersions
      ? [
          new PolicyStatement({
            actions: ['s3:GetObjectVersion', 's3:DeleteObject', 's3:DeleteObjectVersion'],
            resources: [bucket.arnForObjects('cases/*')],
          }),
        ]
      : []),
  ];
}
