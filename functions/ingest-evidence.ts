import type { S3Event } from 'aws-lambda';
import { type IngestResult, ingestEvidence } from '../shared/usecases/ingest-evidence.js';
import { type AwsRuntime, awsRuntime, lazyHandler } from './environment.js';

/** S3 event keys are URL-encoded, with `+` for spaces. */
export function decodeS3Key(key: string): string {
  const spaced = key.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

/**
 * Target of the bucket's object-created notifications (and, locally, of s3rver's events):
 * checks each new evidence object and records it, or deletes it and records why. Other
 * keys under `cases/` (the event log itself) are ignored without a read.
 */
export function createIngestEvidenceHandler(runtime: AwsRuntime) {
  const deps = {
    log: runtime.log,
    store: runtime.store,
    workflow: runtime.workflow(),
    logger: runtime.logger,
  };
  return async (event: S3Event): Promise<IngestResult[]> => {
    const results: IngestResult[] = [];
    for (const record of event.Records ?? []) {
      if (!record.eventName?.startsWith('ObjectCreated:')) continue;
      results.push(
        await ingestEvidence(deps, {
          key: decodeS3Key(record.s3.object.key),
          eventTime: record.eventTime,
          versionId: record.s3.object.versionId || undefined,
        }),
      );
    }
    return results;
  };
}

export const handler = lazyHandler(() => createIngestEvidenceHandler(awsRuntime()));
