import { RemovalPolicy } from 'aws-cdk-lib';
import { AnyPrincipal, Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Key, KeySpec, KeyUsage } from 'aws-cdk-lib/aws-kms';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Construct } from 'constructs';

/** Where the compile function finds the timestamp authority's chain inside its bundle. */
export const TIMESTAMP_AUTHORITY_CHAIN_BUNDLE_FILE = 'proof/tsa-chain.pem';

export interface DossierProofProps {
  /** Signs manifests: the only principal allowed to use the key. */
  readonly compileDossier: NodejsFunction;
  /** Timestamps each accepted file. */
  readonly ingestEvidence: NodejsFunction;
  /**
   * The RFC 3161 timestamp authority (HTTP URL), ideally a qualified trust service.
   * @default none: files wait for a timestamp, manifests are signed only
   */
  readonly timestampAuthorityUrl?: string;
  /**
   * Whether the compile function's bundle carries the authority's chain
   * (`TIMESTAMP_AUTHORITY_CHAIN_BUNDLE_FILE`, copied by the stack).
   * @default false
   */
  readonly chainInBundle?: boolean;
}

/**
 * What makes dossiers prove themselves on AWS: the manifest signing key (KMS,
 * `ECC_NIST_P256`, `SIGN_VERIFY`; its private half never leaves KMS, which has no way to
 * export it) that only the compile function may sign with, and the timestamp authority's
 * settings for the ingest and compile functions.
 */
export class DossierProof extends Construct {
  readonly signingKey: Key;

  constructor(scope: Construct, id: string, props: DossierProofProps) {
    super(scope, id);
    const { compileDossier, ingestEvidence } = props;
    this.signingKey = new Key(this, 'ManifestSigningKey', {
      description: 'Signs the manifest.json of every harassment dossier (ECDSA P-256, SHA-256)',
      keySpec: KeySpec.ECC_NIST_P256,
      keyUsage: KeyUsage.SIGN_VERIFY,
      // Dossiers already handed to the police name this key: it outlives the stack.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const compileRole = compileDossier.role;
    if (!compileRole) throw new Error('the compile function has no role');
    // The account's administrators keep managing the key (the default policy), but no IAM
    // policy can let anyone else sign: the key policy refuses kms:Sign to every other
    // principal.
    this.signingKey.addToResourcePolicy(
      new PolicyStatement({
        sid: 'OnlyTheCompileFunctionSigns',
        effect: Effect.DENY,
        principals: [new AnyPrincipal()],
        actions: ['kms:Sign'],
        resources: ['*'],
        conditions: { ArnNotEquals: { 'aws:PrincipalArn': compileRole.roleArn } },
      }),
    );
    compileDossier.addToRolePolicy(
      new PolicyStatement({
        actions: ['kms:Sign', 'kms:GetPublicKey'],
        resources: [this.signingKey.keyArn],
      }),
    );
    compileDossier.addEnvironment('MANIFEST_SIGNING_KEY_ID', this.signingKey.keyArn);
    if (props.timestampAuthorityUrl) {
      for (const fn of [compileDossier, ingestEvidence])
        fn.addEnvironment('TIMESTAMP_AUTHORITY_URL', props.timestampAuthorityUrl);
    }
    if (props.chainInBundle)
      compileDossier.addEnvironment(
        'TIMESTAMP_AUTHORITY_CHAIN_FILE',
        `/var/task/${TIMESTAMP_AUTHORITY_CHAIN_BUNDLE_FILE}`,
      );
  }
}
