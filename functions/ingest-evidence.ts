import * as z from 'zod';
import { type IngestResult, ingestEvidence } from '../shared/usecases/ingest-evidence.js';
import {
  type RetryTimestampsResult,
  retryPendingTimestamps,
} from '../shared/usecases/retry-timestamps.js';
import { type AwsRuntime, awsRuntime, type LambdaContext, lazyHandler } from './environment.js';
import { proofPorts } from './proof-ports.js';

/**
 * What EventBridge delivers when an object is created in the bucket (S3's "Object
 * Created" event); only the fields ingestion reads. The key is used as it comes: the keys
 * we issue hold ids and slashes only, which no URL encoding changes.
 */
export const ObjectCreatedEvent = z.object({
  source: z.literal('aws.s3'),
  'detail-type': z.literal('Object Created'),
  time: z.string(),
  detail: z.object({
    object: z.object({ key: z.string(), 'version-id': z.string().optional() }),
  }),
});
export type ObjectCreatedEvent = z.infer<typeof ObjectCreatedEvent>;

/** What an EventBridge schedule delivers: the daily retry of timestamps still waiting. */
export const ScheduledEvent = z.object({
  source: z.literal('aws.events'),
  'detail-type': z.literal('Scheduled Event'),
});

/** Left to the file under way when a retry run stops taking new cases. */
export const RETRY_STOP_WITH_MS_LEFT = 60_000;

/**
 * Target of the rule for evidence objects (and, locally, of s3rver's events given the
 * same shape and filter): checks the new object and records it, or deletes it and
 * records why. Also the target of the daily schedule that retries the timestamps still
 * waiting (locally, a timer): the function that timestamps at upload, with its grants.
 */
export function createIngestEvidenceHandler(runtime: AwsRuntime) {
  const deps = {
    log: runtime.log,
    store: runtime.store,
    workflow: runtime.workflow(),
    logger: runtime.logger,
    authority: proofPorts(runtime.env).timestampAuthority(),
  };
  return async (
    event: unknown,
    context?: LambdaContext,
  ): Promise<IngestResult | RetryTimestampsResult> => {
    // The same function asks again, on a schedule, for the timestamps that failed.
    if (ScheduledEvent.safeParse(event).success) {
      const started = Date.now();
      const result = await retryPendingTimestamps(deps, {
        timeIsUp: () => (context?.getRemainingTimeInMillis() ?? Infinity) < RETRY_STOP_WITH_MS_LEFT,
      });
      const summary = { ...result, durationMs: Date.now() - started, code: result.stopped };
      deps.logger.info('pending timestamps retried', summary);
      return result;
    }
    const { time, detail } = ObjectCreatedEvent.parse(event);
    return ingestEvidence(deps, {
      key: detail.object.key,
      eventTime: time,
      versionId: detail.object['version-id'] || undefined,
    });
  };
}

export const handler = lazyHandler(() => createIngestEvidenceHandler(awsRuntime()));
