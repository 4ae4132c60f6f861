import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { CaseStack, type CaseStackProps } from '../../infra/case-stack.js';
import { addNagChecks } from '../../infra/nag.js';

const CHAIN = fileURLToPath(new URL('../fixtures/tsa-chain.pem', import.meta.url));
const TSA_URL = 'https://tsa.example.eu/rfc3161';

function synth(props: Partial<CaseStackProps> = {}) {
  const outdir = mkdtempSync(join(tmpdir(), 'cdk-proof-'));
  const app = new App({
    outdir,
    context: { 'aws:cdk:bundling-stacks': [] },
    analyticsReporting: false,
  });
  const stack = new CaseStack(app, 'HarassmentCase', {
    mailFrom: 'dossier@example.org',
    env: { account: '123456789012', region: 'eu-west-3' },
    ...props,
  });
  addNagChecks(app);
  return { app, stack, outdir };
}

type Statement = {
  Effect: string;
  Action: string | string[];
  Resource?: unknown;
  Condition?: unknown;
};
const actionsOf = (s: Statement) => (Array.isArray(s.Action) ? s.Action : [s.Action]);

let stack: CaseStack;
let template: Template;
beforeAll(() => {
  stack = synth({ timestampAuthorityUrl: TSA_URL, timestampAuthorityChainFile: CHAIN }).stack;
  template = Template.fromStack(stack);
});

describe('the manifest signing key', () => {
  it('is an ECC_NIST_P256 key for signing, kept when the stack goes', () => {
    template.hasResource('AWS::KMS::Key', {
      Properties: Match.objectLike({ KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' }),
      DeletionPolicy: 'Retain',
    });
  });

  it('lets only the compile function sign: its role alone, and the key policy refuses others', () => {
    const compileRole = stack.getLogicalId(
      stack.functions.compileDossier.role?.node.defaultChild as never,
    );
    const policies = template.findResources('AWS::IAM::Policy');
    const signers = Object.values(policies)
      .filter((policy) =>
        (policy.Properties.PolicyDocument.Statement as Statement[]).some((s) =>
          actionsOf(s).includes('kms:Sign'),
        ),
      )
      .map((policy) => policy.Properties.Roles);
    expect(signers).toEqual([[{ Ref: compileRole }]]);

    template.hasResourceProperties('AWS::KMS::Key', {
      KeyPolicy: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Principal: { AWS: '*' },
            Action: 'kms:Sign',
            Condition: {
              ArnNotEquals: { 'aws:PrincipalArn': { 'Fn::GetAtt': [compileRole, 'Arn'] } },
            },
          }),
        ]),
      },
    });
  });

  it('is named to the compile function, which may read its public key', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: Match.objectLike({
          MANIFEST_SIGNING_KEY_ID: Match.anyValue(),
          TIMESTAMP_AUTHORITY_URL: TSA_URL,
          TIMESTAMP_AUTHORITY_CHAIN_FILE: '/var/task/proof/tsa-chain.pem',
        }),
      },
    });
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Action: ['kms:Sign', 'kms:GetPublicKey'], Effect: 'Allow' }),
        ]),
      },
    });
  });
});

describe('the timestamp authority setting', () => {
  it('reaches the ingest and compile functions, and no other', () => {
    const functions = template.findResources('AWS::Lambda::Function');
    const withUrl = Object.entries(functions)
      .filter(([, fn]) => fn.Properties.Environment?.Variables?.TIMESTAMP_AUTHORITY_URL === TSA_URL)
      .map(([id]) => id)
      .sort();
    expect(withUrl).toEqual(
      [stack.functions.compileDossier, stack.functions.ingestEvidence]
        .map((fn) => stack.getLogicalId(fn.node.defaultChild as never))
        .sort(),
    );
  });

  it('asks again daily for the timestamps that failed: a schedule invoking the ingest function', () => {
    const ingest = stack.getLogicalId(stack.functions.ingestEvidence.node.defaultChild as never);
    template.hasResourceProperties(
      'AWS::Events::Rule',
      Match.objectLike({
        ScheduleExpression: 'cron(47 4 * * ? *)',
        State: 'ENABLED',
        Targets: [
          Match.objectLike({
            Arn: { 'Fn::GetAtt': [ingest, 'Arn'] },
            DeadLetterConfig: Match.objectLike({ Arn: Match.anyValue() }),
            RetryPolicy: Match.objectLike({ MaximumRetryAttempts: 2 }),
          }),
        ],
      }),
    );
    template.hasResourceProperties(
      'AWS::Lambda::Permission',
      Match.objectLike({
        Action: 'lambda:InvokeFunction',
        FunctionName: { 'Fn::GetAtt': [ingest, 'Arn'] },
        Principal: 'events.amazonaws.com',
        SourceArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^TimestampRetrySchedule'), 'Arn'] },
      }),
    );
  });

  it('is absent by default: files then wait for a timestamp, manifests are still signed', () => {
    const plain = Template.fromStack(synth().stack);
    // No authority, nothing to retry: no schedule.
    expect(
      Object.values(plain.findResources('AWS::Events::Rule')).filter(
        (rule) => rule.Properties.ScheduleExpression === 'cron(47 4 * * ? *)',
      ),
    ).toEqual([]);
    const functions = Object.values(plain.findResources('AWS::Lambda::Function'));
    expect(
      functions.filter((fn) => fn.Properties.Environment?.Variables?.TIMESTAMP_AUTHORITY_URL),
    ).toEqual([]);
    expect(
      functions.filter((fn) => fn.Properties.Environment?.Variables?.MANIFEST_SIGNING_KEY_ID),
    ).toHaveLength(1);
  });
});

describe('cdk-nag (AWS Solutions)', () => {
  it('finds nothing unacknowledged with a timestamp authority and its chain', () => {
    const { app, outdir } = synth({
      timestampAuthorityUrl: TSA_URL,
      timestampAuthorityChainFile: CHAIN,
    });

    app.synth();

    const report = JSON.parse(readFileSync(join(outdir, 'validation-report.json'), 'utf8')) as {
      pluginReports: { conclusion: string; violations: unknown[] }[];
    };
    expect(report.pluginReports).toEqual([
      expect.objectContaining({ conclusion: 'success', violations: [] }),
    ]);
  });
});
