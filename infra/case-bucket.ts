import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Key } from 'aws-cdk-lib/aws-kms';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import {
  ADDRESS_STOP_LIFTS_PREFIX,
  ERASE_TOMBSTONE_DAYS,
  ERASED_CASES_PREFIX,
} from '../shared/bucket-keys.js';

export interface CaseBucketProps {
  /**
   * What happens to the bucket, its key and its access logs when the stack is deleted.
   * Victims' evidence outlives a mistaken `cdk destroy`.
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
  /**
   * How long a deleted or overwritten object's old version is kept. An erased case is
   * gone for good after this.
   * @default Duration.days(30)
   */
  readonly noncurrentVersionExpiration?: Duration;
  /**
   * How long the bucket's server access logs are kept.
   * @default Duration.days(90)
   */
  readonly accessLogExpiration?: Duration;
}

/**
 * Evidence, case event logs and dossiers: private, encrypted with the app's own KMS key
 * (rotated, with an S3 bucket key to keep KMS calls few), versioned, TLS only, with
 * server access logs in a bucket of their own.
 */
export class CaseBucket extends Construct {
  readonly bucket: Bucket;
  readonly key: Key;
  readonly accessLogs: Bucket;

  constructor(scope: Construct, id: string, props: CaseBucketProps = {}) {
    super(scope, id);
    // S3 delivers access logs under a bucket policy, not an ACL (the log bucket keeps
    // ACLs disabled). Set here so it holds whatever the app's context says.
    this.node.setContext('@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy', true);
    const removalPolicy = props.removalPolicy ?? RemovalPolicy.RETAIN;
    this.key = new Key(this, 'Key', {
      description: 'Encrypts the harassment case bucket (evidence, event logs, dossiers)',
      enableKeyRotation: true,
      removalPolicy,
    });
    // Server access logs only support SSE-S3 on their target bucket.
    this.accessLogs = new Bucket(this, 'AccessLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      encryption: BucketEncryption.S3_MANAGED,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      removalPolicy,
      lifecycleRules: [
        { id: 'expire-access-logs', expiration: props.accessLogExpiration ?? Duration.days(90) },
      ],
    });
    this.bucket = new Bucket(this, 'Bucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      encryption: BucketEncryption.KMS,
      encryptionKey: this.key,
      bucketKeyEnabled: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      versioned: true,
      // Object events go to EventBridge, where a rule can pick evidence keys alone.
      eventBridgeEnabled: true,
      removalPolicy,
      serverAccessLogsBucket: this.accessLogs,
      serverAccessLogsPrefix: 'cases-bucket/',
      lifecycleRules: [
        { id: 'abort-incomplete-uploads', abortIncompleteMultipartUploadAfter: Duration.days(1) },
        // Erasing a case deletes its objects; on a versioned bucket that leaves the bytes
        // as noncurrent versions, which this expires, then the delete markers left behind.
        {
          id: 'expire-noncurrent-versions',
          noncurrentVersionExpiration: props.noncurrentVersionExpiration ?? Duration.days(30),
        },
        { id: 'remove-expired-delete-markers', expiredObjectDeleteMarker: true },
        // A "mail me again" confirmation works 24 hours; one never used goes a day later.
        {
          id: 'expire-stop-lift-tokens',
          prefix: ADDRESS_STOP_LIFTS_PREFIX,
          expiration: Duration.days(2),
        },
        // An erased case's tombstone (its id alone) outlives every writer that may still be
        // running when it is erased (a compilation, an upload's ingestion and its retries).
        {
          id: 'expire-erase-tombstones',
          prefix: ERASED_CASES_PREFIX,
          expiration: Duration.days(ERASE_TOMBSTONE_DAYS),
        },
      ],
    });
  }
}
