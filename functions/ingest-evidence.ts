import * as z from 'zod';
import { type IngestResult, ingestEvidence } from '../shared/usecases/ingest-evidence.js';
import { type AwsRuntime, awsRuntime, lazyHandler } from './environment.js';
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

/**
 * Target of the rule for evidence objects (and, locally, of s3rver's events given the
 * same shape and filter): checks the new object and records it, or deletes it and
 * records why.
 */
export function createIngestEvidenceHandler(runtime: AwsRuntime) {
  const deps = {
    log: runtime.log,
    store: runtime.store,
    workflow: runtime.workflow(),
    logger: runtime.logger,
    authority: proofPorts(runtime.env).timestampAuthority(),
  };
  return async (event: unknown): Promise<IngestResult> => {
    const { time, detail } = ObjectCreatedEvent.parse(event);
    return ingestEvidence(deps, {
      key: detail.object.key,
      eventTime: time,
      versionId: detail.object['version-id'] || undefined,
    });
  };
}

export const handler = lazyHandler(() => createIngestEvidenceHandler(awsRuntime()));
