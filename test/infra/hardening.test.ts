import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Duration } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { CaseStack, type CaseStackProps } from '../../infra/case-stack.js';
import { addNagChecks } from '../../infra/nag.js';

type Resource = { Type: string; Properties: Record<string, unknown> };

function synth(props: Partial<CaseStackProps> = {}) {
  const outdir = mkdtempSync(join(tmpdir(), 'cdk-out-'));
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

let template: Template;
let withAlarmMail: Template;
beforeAll(() => {
  template = Template.fromStack(synth().stack);
  withAlarmMail = Template.fromStack(
    synth({
      alarmEmail: 'ops@example.org',
      publicBaseUrl: 'https://dossier.example.org/app/',
      retention: Duration.days(180),
      throttlingRateLimit: 5,
      throttlingBurstLimit: 10,
    }).stack,
  );
});

const ref = (prefix: string) => ({ 'Fn::GetAtt': [Match.stringLikeRegexp(`^${prefix}`), 'Arn'] });

describe('the bucket key', () => {
  it('is a KMS key with rotation, used as the bucket key', () => {
    template.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
    template.hasResourceProperties('AWS::S3::Bucket', {
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [
          Match.objectLike({
            ServerSideEncryptionByDefault: {
              SSEAlgorithm: 'aws:kms',
              KMSMasterKeyID: ref('CasesKey'),
            },
            BucketKeyEnabled: true,
          }),
        ],
      },
    });
  });

  it('is granted to the functions for decrypt and data keys only, on that key', () => {
    const policies = Object.values(
      template.findResources('AWS::IAM::Policy') as Record<string, Resource>,
    );
    const kms = policies.flatMap((p) =>
      (
        p.Properties.PolicyDocument as { Statement: { Action: unknown; Resource: unknown }[] }
      ).Statement.filter(
        (s) =>
          JSON.stringify(s.Action).includes('kms:') &&
          // The manifest signing key: test/infra/dossier-proof.test.ts.
          !JSON.stringify(s.Resource).includes('ManifestSigningKey'),
      ),
    );
    // The seven functions of the app.
    expect(kms).toHaveLength(7);
    for (const statement of kms) {
      expect(statement).toMatchObject({
        Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
        Resource: { 'Fn::GetAtt': [expect.stringMatching(/^CasesKey/), 'Arn'] },
      });
    }
  });
});

describe('the bucket lifecycle', () => {
  it('aborts incomplete uploads and expires noncurrent versions and stale delete markers', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      VersioningConfiguration: { Status: 'Enabled' },
      LifecycleConfiguration: {
        Rules: Match.arrayWith([
          Match.objectLike({
            Id: 'abort-incomplete-uploads',
            AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 },
            Status: 'Enabled',
          }),
          Match.objectLike({
            Id: 'expire-noncurrent-versions',
            NoncurrentVersionExpiration: { NoncurrentDays: 30 },
            Status: 'Enabled',
          }),
          Match.objectLike({
            Id: 'remove-expired-delete-markers',
            ExpiredObjectDeleteMarker: true,
          }),
          Match.objectLike({
            Id: 'expire-stop-lift-tokens',
            Prefix: 'cases/address-mail/lifts/',
            ExpirationInDays: 2,
          }),
          Match.objectLike({
            Id: 'expire-erase-tombstones',
            Prefix: 'cases/erased/',
            ExpirationInDays: 7,
          }),
        ]),
      },
    });
  });

  it('logs access to a bucket of its own, with an expiry', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      LoggingConfiguration: {
        DestinationBucketName: { Ref: Match.stringLikeRegexp('^CasesAccessLogs') },
        LogFilePrefix: 'cases-bucket/',
      },
    });
    template.hasResourceProperties('AWS::S3::Bucket', {
      LifecycleConfiguration: {
        Rules: [Match.objectLike({ Id: 'expire-access-logs', ExpirationInDays: 90 })],
      },
    });
  });

  it('lets browsers post from the app origin only (no path, no wildcard)', () => {
    withAlarmMail.hasResourceProperties('AWS::S3::Bucket', {
      CorsConfiguration: {
        CorsRules: [Match.objectLike({ AllowedOrigins: ['https://dossier.example.org'] })],
      },
    });
  });
});

describe('asynchronous invocations', () => {
  it.each([
    ['IngestEvidenceFunction', 'IngestEvidenceDeadLetters'],
    ['RetentionSweepFunction', 'RetentionSweepDeadLetters'],
  ])('%s has a dead-letter queue and retries', (fn, queue) => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Role: ref(`${fn}ServiceRole`),
      DeadLetterConfig: { TargetArn: ref(queue) },
    });
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: Match.stringLikeRegexp(`^${fn}`) },
      MaximumRetryAttempts: 2,
    });
  });

  it('queues are encrypted and refuse requests without TLS', () => {
    template.resourceCountIs('AWS::SQS::Queue', 3);
    template.allResourcesProperties('AWS::SQS::Queue', {
      SqsManagedSseEnabled: true,
      MessageRetentionPeriod: 14 * 24 * 3600,
    });
    const queuePolicies = Object.values(template.findResources('AWS::SQS::QueuePolicy'));
    expect(queuePolicies).toHaveLength(3);
    for (const policy of queuePolicies) {
      expect(policy).toMatchObject({
        Properties: {
          PolicyDocument: {
            Statement: expect.arrayContaining([
              expect.objectContaining({
                Effect: 'Deny',
                Condition: { Bool: { 'aws:SecureTransport': 'false' } },
              }),
            ]),
          },
        },
      });
    }
  });
});

describe('logs and traces', () => {
  it('every log group has a retention', () => {
    // Seven functions, the state machine, the API access logs.
    template.resourceCountIs('AWS::Logs::LogGroup', 9);
    template.allResourcesProperties('AWS::Logs::LogGroup', { RetentionInDays: 90 });
  });

  it('the state machine logs errors only, without execution data, and is traced', () => {
    template.hasResourceProperties('AWS::StepFunctions::StateMachine', {
      LoggingConfiguration: {
        Level: 'ERROR',
        IncludeExecutionData: false,
        Destinations: [{ CloudWatchLogsLogGroup: { LogGroupArn: ref('CaseWorkflowLogs') } }],
      },
      TracingConfiguration: { Enabled: true },
    });
  });

  it('every function of the app is traced with X-Ray', () => {
    const functions = Object.entries(
      template.findResources('AWS::Lambda::Function') as Record<string, Resource>,
    ).filter(([id]) => !id.startsWith('BucketNotificationsHandler'));
    expect(functions).toHaveLength(7);
    for (const [, fn] of functions) {
      expect(fn.Properties.TracingConfig).toEqual({ Mode: 'Active' });
    }
  });

  it('function roles carry no managed policy', () => {
    const roles = Object.entries(
      template.findResources('AWS::IAM::Role') as Record<string, Resource>,
    ).filter(([id]) => /FunctionServiceRole/.test(id));
    expect(roles).toHaveLength(7);
    for (const [, role] of roles) expect(role.Properties.ManagedPolicyArns).toBeUndefined();
  });

  it('API access logs hold no query string, body, header or address', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      AccessLogSettings: {
        DestinationArn: ref('HttpApiAccessLogs'),
        Format: Match.stringLikeRegexp('\\$context\\.requestId'),
      },
    });
    const [stage] = Object.values(
      template.findResources('AWS::ApiGatewayV2::Stage') as Record<string, Resource>,
    );
    const settings = stage?.Properties.AccessLogSettings as { Format: string } | undefined;
    const format = settings?.Format ?? '';
    expect(format).toContain('$context.routeKey');
    expect(format).not.toMatch(/querystring|body|header|sourceIp|userAgent|\$context\.path/i);
  });
});

describe('the HTTP API', () => {
  it('throttles its stage: defaults, or the props', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      DefaultRouteSettings: { ThrottlingRateLimit: 20, ThrottlingBurstLimit: 50 },
    });
    withAlarmMail.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      DefaultRouteSettings: { ThrottlingRateLimit: 5, ThrottlingBurstLimit: 10 },
    });
  });
});

describe('mail', () => {
  it('goes through a configuration set with reputation metrics and a CloudWatch destination', () => {
    template.hasResourceProperties('AWS::SES::ConfigurationSet', {
      ReputationOptions: { ReputationMetricsEnabled: true },
      DeliveryOptions: { TlsPolicy: 'REQUIRE' },
    });
    template.hasResourceProperties('AWS::SES::ConfigurationSetEventDestination', {
      ConfigurationSetName: { Ref: Match.stringLikeRegexp('^MailConfigurationSet') },
      EventDestination: Match.objectLike({
        Enabled: true,
        MatchingEventTypes: Match.arrayWith(['send', 'bounce', 'complaint']),
        CloudWatchDestination: {
          DimensionConfigurations: [Match.objectLike({ DimensionName: 'ses:configuration-set' })],
        },
      }),
    });
  });

  it('the functions that send mail are told the configuration set', () => {
    for (const fn of ['NotifyFunction', 'RetentionSweepFunction']) {
      template.hasResourceProperties('AWS::Lambda::Function', {
        Role: ref(`${fn}ServiceRole`),
        Environment: {
          Variables: Match.objectLike({
            SES_CONFIGURATION_SET: { Ref: Match.stringLikeRegexp('^MailConfigurationSet') },
          }),
        },
      });
    }
  });
});

describe('the retention sweep', () => {
  it('runs daily from an EventBridge rule, with a dead-letter queue for the target', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'cron(17 3 * * ? *)',
      State: 'ENABLED',
      Targets: [
        Match.objectLike({
          Arn: ref('RetentionSweepFunction'),
          DeadLetterConfig: { Arn: ref('RetentionSweepDeadLetters') },
          RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 6 * 3600 },
        }),
      ],
    });
  });

  it('gets the retention (12 months by default, or the prop), the 30-day warning and the workflow', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Role: ref('RetentionSweepFunctionServiceRole'),
      Timeout: 900,
      Environment: {
        Variables: Match.objectLike({
          RETENTION_DAYS: '365',
          RETENTION_WARNING_DAYS: '30',
          STATE_MACHINE_ARN: { Ref: Match.stringLikeRegexp('^CaseWorkflow') },
        }),
      },
    });
    withAlarmMail.hasResourceProperties('AWS::Lambda::Function', {
      Role: ref('RetentionSweepFunctionServiceRole'),
      Environment: { Variables: Match.objectLike({ RETENTION_DAYS: '180' }) },
    });
  });

  it('may stop, read and start executions and delete case objects, but not complete tasks', () => {
    // Reading and starting: it resumes a case whose execution ended (one-year limit).
    for (const statement of [
      {
        Action: 'states:StartExecution',
        Resource: { Ref: Match.stringLikeRegexp('^CaseWorkflow') },
      },
      { Action: ['s3:DeleteObject', 's3:DeleteObjectVersion'] },
      { Action: ['states:StopExecution', 'states:DescribeExecution'] },
    ]) {
      template.hasResourceProperties('AWS::IAM::Policy', {
        PolicyDocument: { Statement: Match.arrayWith([Match.objectLike(statement)]) },
        Roles: [{ Ref: Match.stringLikeRegexp('^RetentionSweepFunctionServiceRole') }],
      });
    }
    const sweep = Object.values(
      template.findResources('AWS::IAM::Policy') as Record<string, Resource>,
    ).filter((p) => JSON.stringify(p.Properties.Roles).includes('RetentionSweepFunction'));
    expect(JSON.stringify(sweep)).not.toContain('states:SendTask');
  });
});

describe('alarms', () => {
  const metrics = (t: Template) =>
    Object.values(t.findResources('AWS::CloudWatch::Alarm') as Record<string, Resource>).map(
      (a) => `${a.Properties.Namespace}/${a.Properties.MetricName}`,
    );

  it('cover the workflow, every function, the dead-letter queues and SES reputation', () => {
    // 2 workflow + 7 functions + 3 queues + 2 SES.
    template.resourceCountIs('AWS::CloudWatch::Alarm', 14);
    expect(metrics(template).sort()).toEqual(
      [
        'AWS/States/ExecutionsFailed',
        'AWS/States/ExecutionsTimedOut',
        ...Array(7).fill('AWS/Lambda/Errors'),
        ...Array(3).fill('AWS/SQS/ApproximateNumberOfMessagesVisible'),
        'AWS/SES/Reputation.BounceRate',
        'AWS/SES/Reputation.ComplaintRate',
      ].sort(),
    );
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'Reputation.BounceRate',
      Dimensions: [
        {
          Name: 'ses:configuration-set',
          Value: { Ref: Match.stringLikeRegexp('^MailConfigurationSet') },
        },
      ],
      ComparisonOperator: 'GreaterThanThreshold',
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
  });

  it('have no action and no topic without an alarm email', () => {
    template.resourceCountIs('AWS::SNS::Topic', 0);
    template.allResourcesProperties('AWS::CloudWatch::Alarm', {
      AlarmActions: Match.absent(),
    });
  });

  it('notify an encrypted, TLS-only topic mailed to the alarm email', () => {
    withAlarmMail.hasResourceProperties('AWS::SNS::Topic', {
      KmsMasterKeyId: ref('AlarmsTopicKey'),
    });
    withAlarmMail.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'ops@example.org',
    });
    withAlarmMail.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      },
    });
    withAlarmMail.allResourcesProperties('AWS::CloudWatch::Alarm', {
      AlarmActions: [{ Ref: Match.stringLikeRegexp('^AlarmsTopic') }],
    });
  });
});

describe('cdk-nag (AWS Solutions)', () => {
  it.each([
    ['the defaults', {}],
    [
      'an alarm email and a public URL',
      { alarmEmail: 'ops@example.org', publicBaseUrl: 'https://dossier.example.org' },
    ],
  ])('finds nothing unacknowledged with %s', (_name, props: Partial<CaseStackProps>) => {
    const { app, outdir } = synth(props);

    // An in-memory synthesis throws on any finding left.
    app.synth();

    const report = JSON.parse(readFileSync(join(outdir, 'validation-report.json'), 'utf8')) as {
      pluginReports: { pluginName: string; conclusion: string; violations: unknown[] }[];
    };
    expect(report.pluginReports).toEqual([
      expect.objectContaining({
        pluginName: 'AwsSolutions',
        conclusion: 'success',
        violations: [],
      }),
    ]);
  });
});
