import type { EventEmitter } from 'node:events';
import type { S3Event } from 'aws-lambda';
import type { ObjectCreatedEvent } from '../functions/ingest-evidence.js';
import { EVIDENCE_KEY_WILDCARD, parseEvidenceKey } from '../shared/bucket-keys.js';
import { errorName, type Logger } from '../shared/logger.js';

/** An EventBridge wildcard: `*` matches any run of characters, the rest itself. */
export function matchesWildcard(pattern: string, value: string): boolean {
  const escaped = pattern.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('.*')}$`, 's').test(value);
}

/**
 * Routes s3rver's object events to a handler as the bucket's EventBridge rule does on
 * AWS: "Object Created" events only, for evidence keys only, in EventBridge's shape. A
 * failing handler is logged (ids only) and never takes the process down. `drain` waits
 * for the handlers in flight.
 */
export function forwardEvidenceEvents(
  s3rver: EventEmitter,
  handler: (event: ObjectCreatedEvent) => Promise<unknown>,
  logger: Logger,
): { drain(): Promise<void> } {
  const inFlight = new Set<Promise<unknown>>();
  s3rver.on('event', (event: S3Event) => {
    for (const record of event.Records ?? []) {
      const key = record.s3.object.key;
      if (!record.eventName.startsWith('ObjectCreated:')) continue;
      if (!matchesWildcard(EVIDENCE_KEY_WILDCARD, key)) continue;
      const run = handler({
        source: 'aws.s3',
        'detail-type': 'Object Created',
        time: record.eventTime,
        detail: { object: { key, 'version-id': record.s3.object.versionId } },
      }).catch((error: unknown) => {
        const parsed = parseEvidenceKey(key);
        logger.error('evidence ingestion failed', {
          caseId: parsed.kind === 'other' ? undefined : parsed.caseId,
          evidenceId: parsed.kind === 'evidence' ? parsed.evidenceId : undefined,
          errorName: errorName(error),
        });
      });
      inFlight.add(run);
      void run.finally(() => inFlight.delete(run));
    }
  });
  return {
    drain: async () => {
      while (inFlight.size) await Promise.allSettled([...inFlight]);
    },
  };
}
