import { Duration } from 'aws-cdk-lib';
import { Match as EventMatch, Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { EVIDENCE_KEY_WILDCARD } from '../shared/bucket-keys.js';
import type { CaseBucket } from './case-bucket.js';
import type { CaseFunction } from './case-functions.js';

export interface CaseEventRulesProps {
  readonly bucket: CaseBucket['bucket'];
  /** Checks and records each evidence file uploaded. */
  readonly ingestEvidence: CaseFunction;
  /** Warns of and erases cases past their retention. */
  readonly retentionSweep: CaseFunction;
  /**
   * Whether the ingest function also runs daily to ask again for the timestamps that
   * failed (an authority is configured).
   * @default false
   */
  readonly retryTimestamps?: boolean;
  /** Where events the functions failed to handle end. */
  readonly deadLetterQueues: { readonly ingestEvidence: Queue; readonly retentionSweep: Queue };
}

/**
 * What invokes the functions outside the API and the workflow: evidence uploaded to the
 * bucket, the daily retry of failed timestamps, and the daily retention sweep. Created in `scope` itself so that the rules'
 * logical ids stay the stack's.
 */
export function addCaseEventRules(scope: Construct, props: CaseEventRulesProps): void {
  const { bucket, ingestEvidence, retentionSweep, deadLetterQueues } = props;
  // Evidence objects only: S3's own notifications filter by prefix and suffix, and
  // evidence keys have the case id in between, so every write of the event log would
  // invoke the function for nothing.
  new Rule(scope, 'EvidenceUploaded', {
    description: 'Evidence uploaded to a harassment case: check and record it',
    eventPattern: {
      source: ['aws.s3'],
      detailType: ['Object Created'],
      detail: {
        bucket: { name: [bucket.bucketName] },
        object: { key: EventMatch.wildcard(EVIDENCE_KEY_WILDCARD) },
      },
    },
    targets: [
      new LambdaFunction(ingestEvidence, {
        deadLetterQueue: deadLetterQueues.ingestEvidence,
        maxEventAge: Duration.hours(24),
      }),
    ],
  });
  // Timestamps that failed (the authority down), asked for again daily at 04:47 UTC.
  if (props.retryTimestamps)
    new Rule(scope, 'TimestampRetrySchedule', {
      description: 'Daily retry of the evidence timestamps that failed',
      schedule: Schedule.cron({ minute: '47', hour: '4' }),
      targets: [
        new LambdaFunction(ingestEvidence, {
          deadLetterQueue: deadLetterQueues.ingestEvidence,
          retryAttempts: 2,
          maxEventAge: Duration.hours(6),
        }),
      ],
    });
  // The retention sweep, daily at 03:17 UTC (off the hour, when few victims are about).
  new Rule(scope, 'RetentionSweepSchedule', {
    description: 'Daily retention sweep of the harassment cases',
    schedule: Schedule.cron({ minute: '17', hour: '3' }),
    targets: [
      new LambdaFunction(retentionSweep, {
        deadLetterQueue: deadLetterQueues.retentionSweep,
        retryAttempts: 2,
        maxEventAge: Duration.hours(6),
      }),
    ],
  });
}
