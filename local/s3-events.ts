import type { EventEmitter } from 'node:events';
import type { S3Event } from 'aws-lambda';
import { parseEvidenceKey } from '../shared/domain/evidence.js';
import { errorName, type Logger } from '../shared/logger.js';

/** How S3 writes a key into an event notification: URL-encoded, `+` for a space. */
export function encodeS3EventKey(key: string): string {
  return encodeURIComponent(key).replace(/%2F/g, '/').replace(/%20/g, '+');
}

/**
 * Routes s3rver's object events to a handler, as S3 notifications invoke the Lambda.
 * s3rver puts raw keys in its events; they are encoded here as S3 does, so the handler
 * decodes exactly what it decodes on AWS. A failing handler is logged (ids only) and
 * never takes the process down. `drain` waits for the handlers in flight.
 */
export function forwardS3Events(
  s3rver: EventEmitter,
  handler: (event: S3Event) => Promise<unknown>,
  logger: Logger,
): { drain(): Promise<void> } {
  const inFlight = new Set<Promise<unknown>>();
  s3rver.on('event', (event: S3Event) => {
    const records = (event.Records ?? []).map((record) => ({
      ...record,
      s3: {
        ...record.s3,
        object: { ...record.s3.object, key: encodeS3EventKey(record.s3.object.key) },
      },
    }));
    const run = handler({ Records: records }).catch((error: unknown) => {
      const parsed = parseEvidenceKey(event.Records?.[0]?.s3.object.key ?? '');
      logger.error('evidence ingestion failed', {
        caseId: parsed.kind === 'other' ? undefined : parsed.caseId,
        evidenceId: parsed.kind === 'evidence' ? parsed.evidenceId : undefined,
        errorName: errorName(error),
      });
    });
    inFlight.add(run);
    void run.finally(() => inFlight.delete(run));
  });
  return {
    drain: async () => {
      while (inFlight.size) await Promise.allSettled([...inFlight]);
    },
  };
}
