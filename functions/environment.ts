import { S3Client } from '@aws-sdk/client-s3';
import * as z from 'zod';
import { CaseLog } from '../shared/case-log.js';
import { jsonLogger, type Logger } from '../shared/logger.js';
import { S3BlobStore } from '../shared/ports/blob-store-s3-adapter.js';
import { SesMailer } from '../shared/ports/mailer-ses-adapter.js';
import type { Workflow } from '../shared/ports/workflow.js';
import { SfnWorkflow } from '../shared/ports/workflow-sfn-adapter.js';

/** Settings every function reads from its environment (set by the CDK app, or `npm start`). */
export const Environment = z.object({
  BUCKET_NAME: z.string().min(3),
  STATE_MACHINE_ARN: z.string().optional(),
  /** The compile-dossier function, invoked asynchronously by `POST …/dossier`. */
  COMPILE_DOSSIER_FUNCTION_NAME: z.string().optional(),
  /** The notify function, invoked by the API to mail a password-protected dossier. */
  NOTIFY_FUNCTION_NAME: z.string().optional(),
  MAIL_FROM: z.string().optional(),
  SES_CONFIGURATION_SET: z.string().optional(),
  PUBLIC_BASE_URL: z.url().optional(),
  /** The neutral page the pages' quick exit leads to. */
  QUICK_EXIT_URL: z.url().optional(),
  STEP_TIMEOUT_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .default(3 * 24 * 3600),
  MAX_REMINDERS: z.coerce.number().int().min(0).default(4),
  /** Seconds from the complaint to the follow-up question; unset: the definition's 92 days. */
  FOLLOW_UP_WAIT_SECONDS: z.coerce.number().int().min(1).optional(),
  /** Only locally: stands in for the waits around a hearing (see `WorkflowTiming`). */
  HEARING_WAIT_SECONDS: z.coerce.number().int().min(1).optional(),
  /** Largest dossier PDF attached to a mail (SES takes up to 40 MB a message). */
  MAIL_ATTACHMENT_MAX_BYTES: z.coerce.number().int().min(0).max(28_000_000).optional(),
  /** Days without activity before a case is erased, and before that the warning mail. */
  RETENTION_DAYS: z.coerce.number().int().min(1).default(365),
  RETENTION_WARNING_DAYS: z.coerce.number().int().min(1).default(30),
  /** The RFC 3161 timestamp authority (HTTP); unset: accepted files wait for one. */
  TIMESTAMP_AUTHORITY_URL: z.url().optional(),
  /** PEM file of the authority's certificate chain up to its root (`tsa-chain.pem`). */
  TIMESTAMP_AUTHORITY_CHAIN_FILE: z.string().optional(),
  /** The KMS key (`ECC_NIST_P256`, `SIGN_VERIFY`) that signs dossier manifests. */
  MANIFEST_SIGNING_KEY_ID: z.string().optional(),
  /** Locally, the PEM file of the manifest signing key instead of a KMS key. */
  MANIFEST_SIGNING_KEY_FILE: z.string().optional(),
  /** Endpoints of the local stand-ins; unset on AWS. */
  AWS_ENDPOINT_URL_S3: z.url().optional(),
  AWS_ENDPOINT_URL_SESV2: z.url().optional(),
  AWS_ENDPOINT_URL_SFN: z.url().optional(),
  AWS_ENDPOINT_URL_KMS: z.url().optional(),
});
export type Environment = z.input<typeof Environment>;

function required(value: string | undefined, name: string): string {
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

/**
 * Clients, adapters and settings of one function, built once per cold start from its
 * environment. The local runtime builds them from the same variables.
 */
export function awsRuntime(
  variables: Environment = process.env as Environment,
  logger: Logger = jsonLogger(),
) {
  const env = Environment.parse(variables);
  const local = env.AWS_ENDPOINT_URL_S3 !== undefined;
  const s3 = new S3Client({
    endpoint: env.AWS_ENDPOINT_URL_S3,
    forcePathStyle: local,
    // The local S3 stand-in stores aws-chunked bodies as is unless checksums are only
    // sent when required; real S3 accepts both.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const store = new S3BlobStore(s3, env.BUCKET_NAME);
  return {
    env,
    store,
    logger,
    log: new CaseLog(store),
    // SES and Step Functions load at their first call: most requests need neither.
    mailer: () =>
      new SesMailer(
        async () => {
          const { SESv2Client } = await import('@aws-sdk/client-sesv2');
          return new SESv2Client({ endpoint: env.AWS_ENDPOINT_URL_SESV2 });
        },
        {
          from: required(env.MAIL_FROM, 'MAIL_FROM'),
          configurationSetName: env.SES_CONFIGURATION_SET,
        },
      ),
    workflow: (): Workflow =>
      new SfnWorkflow(async () => {
        const { SFNClient } = await import('@aws-sdk/client-sfn');
        return new SFNClient({ endpoint: env.AWS_ENDPOINT_URL_SFN });
      }, env.STATE_MACHINE_ARN),
    timing: {
      stepTimeoutSeconds: env.STEP_TIMEOUT_SECONDS,
      maxReminders: env.MAX_REMINDERS,
      ...(env.FOLLOW_UP_WAIT_SECONDS ? { followUpWaitSeconds: env.FOLLOW_UP_WAIT_SECONDS } : {}),
      ...(env.HEARING_WAIT_SECONDS ? { hearingWaitSeconds: env.HEARING_WAIT_SECONDS } : {}),
    },
    retention: { retentionDays: env.RETENTION_DAYS, warningDays: env.RETENTION_WARNING_DAYS },
    mailContext: () => ({ publicBaseUrl: required(env.PUBLIC_BASE_URL, 'PUBLIC_BASE_URL') }),
  };
}
export type AwsRuntime = ReturnType<typeof awsRuntime>;

/** The part of Lambda's invocation context the handlers use. */
export interface LambdaContext {
  getRemainingTimeInMillis(): number;
}

/** A Lambda handler whose dependencies are built on the first call, once per cold start. */
export function lazyHandler<E, R>(
  create: () => (event: E, context: LambdaContext) => Promise<R>,
): (event: E, context: LambdaContext) => Promise<R> {
  let handler: ((event: E, context: LambdaContext) => Promise<R>) | undefined;
  return (event, context) => {
    handler ??= create();
    return handler(event, context);
  };
}
