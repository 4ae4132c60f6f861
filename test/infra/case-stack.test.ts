import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { CaseStack } from '../../infra/case-stack.js';

type Resource = { Type: string; Properties: Record<string, unknown> };

/** Logical id prefix of the function the CDK adds to configure S3 notifications. */
const NOTIFICATIONS_HANDLER = 'BucketNotificationsHandler';

function partition<T>(items: T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((item) => !test(item))];
}
type Statement = { Action: string | string[]; Resource: unknown; Effect: string };

function synth(bundle = false) {
  const app = new App({
    outdir: mkdtempSync(join(tmpdir(), 'cdk-out-')),
    context: bundle ? {} : { 'aws:cdk:bundling-stacks': [] },
    analyticsReporting: false,
  });
  const stack = new CaseStack(app, 'HarassmentCase', {
    mailFrom: 'dossier@example.org',
    env: { account: '123456789012', region: 'eu-west-3' },
  });
  return { app, stack, template: Template.fromStack(stack) };
}

let template: Template;
beforeAll(() => {
  template = synth().template;
});

describe('the case bucket', () => {
  it('blocks public access, encrypts, and keeps versions', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [
          Match.objectLike({
            ServerSideEncryptionByDefault: {
              SSEAlgorithm: 'aws:kms',
              KMSMasterKeyID: { 'Fn::GetAtt': [Match.stringLikeRegexp('^CasesKey'), 'Arn'] },
            },
            BucketKeyEnabled: true,
          }),
        ],
      },
      VersioningConfiguration: { Status: 'Enabled' },
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
    });
  });

  it('is kept when the stack is deleted', () => {
    template.hasResource('AWS::S3::Bucket', {
      Properties: Match.objectLike({ VersioningConfiguration: { Status: 'Enabled' } }),
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
  });

  it('refuses requests without TLS', () => {
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Action: 's3:*',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      },
    });
  });
});

describe('the functions', () => {
  it('run on the current Node LTS runtime, arm64', () => {
    const all = template.findResources('AWS::Lambda::Function') as Record<string, Resource>;
    // S3 notifications come with the CDK's own custom-resource function (Python); ours
    // are the seven others.
    const [cdkOwn, ours] = partition(Object.entries(all), ([id]) =>
      id.startsWith(NOTIFICATIONS_HANDLER),
    );
    expect(cdkOwn).toHaveLength(1);
    expect(ours.map(([id]) => id.replace(/[0-9A-F]{8}$/, '')).sort()).toEqual([
      'ApiFunction',
      'AwaitStepFunction',
      'CompileDossierFunction',
      'IngestEvidenceFunction',
      'NotifyFunction',
      'RetentionSweepFunction',
      'WebFunction',
    ]);
    for (const [, fn] of ours) {
      expect(fn.Properties.Runtime).toMatch(/^nodejs(2[2-9]|[3-9]\d)\.x$/);
      expect(fn.Properties.Architectures).toEqual(['arm64']);
    }
  });

  it('have a log group with a retention', () => {
    template.allResourcesProperties('AWS::Logs::LogGroup', { RetentionInDays: Match.anyValue() });
  });

  it('get no wildcard action and no access outside cases/', () => {
    const policies = template.findResources('AWS::IAM::Policy') as Record<string, Resource>;
    const statements = Object.values(policies).flatMap(
      (policy) => (policy.Properties.PolicyDocument as { Statement: Statement[] }).Statement,
    );
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) {
      for (const action of [statement.Action].flat()) expect(action).not.toMatch(/\*/);
    }
    // Bucket-level actions: listing (under a prefix condition) and, for the CDK's
    // notifications handler only, configuring the notification, on this bucket alone.
    const bucketLevel = new Set([
      's3:ListBucket',
      's3:ListBucketVersions',
      's3:PutBucketNotification',
    ]);
    const s3Objects = statements.filter((s) =>
      [s.Action].flat().some((a) => a.startsWith('s3:') && !bucketLevel.has(a)),
    );
    for (const statement of s3Objects)
      expect(JSON.stringify(statement.Resource)).toContain('/cases/*');
    for (const s of statements.filter((s) =>
      [s.Action].flat().some((a) => a === 's3:ListBucket' || a === 's3:ListBucketVersions'),
    ))
      expect(s).toMatchObject({ Condition: { StringLike: { 's3:prefix': ['cases/*'] } } });
    const configuring = Object.values(policies).filter((p) =>
      JSON.stringify(p.Properties.PolicyDocument).includes('s3:PutBucketNotification'),
    );
    expect(configuring).toHaveLength(1);
    expect(configuring[0]?.Properties).toMatchObject({
      PolicyDocument: {
        Statement: [
          {
            Action: 's3:PutBucketNotification',
            Resource: { 'Fn::GetAtt': [expect.stringMatching(/^CasesBucket/), 'Arn'] },
          },
        ],
      },
      Roles: [{ Ref: expect.stringMatching(new RegExp(`^${NOTIFICATIONS_HANDLER}`)) }],
    });
  });

  it('let the ingest function read, delete and version-delete evidence, and complete tasks', () => {
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: ['s3:GetObjectVersion', 's3:DeleteObject', 's3:DeleteObjectVersion'],
            Resource: {
              'Fn::Join': [
                '',
                [{ 'Fn::GetAtt': [Match.stringLikeRegexp('^CasesBucket'), 'Arn'] }, '/cases/*'],
              ],
            },
          }),
          Match.objectLike({
            Action: [
              'states:SendTaskSuccess',
              'states:SendTaskFailure',
              'states:SendTaskHeartbeat',
            ],
          }),
        ]),
      },
      Roles: [{ Ref: Match.stringLikeRegexp('^IngestEvidenceFunctionServiceRole') }],
    });
    // Erasing a case (the API, the pages, the retention sweep) deletes every version; ingestion
    // deletes refused uploads; the compiler cleans up a failed compilation; the writers that
    // may outlive an erase (the compiler, ingestion, the workflow's tasks) sweep it again.
    const policies = Object.values(
      template.findResources('AWS::IAM::Policy') as Record<string, Resource>,
    );
    const rolesWith = (action: string) =>
      policies
        .filter((p) => JSON.stringify(p.Properties.PolicyDocument).includes(`"${action}"`))
        .map((p) =>
          JSON.stringify(p.Properties.Roles).replace(/^.*"Ref":"([A-Za-z]+?)Function.*$/, '$1'),
        )
        .sort();
    expect(rolesWith('s3:DeleteObjectVersion')).toEqual([
      'Api',
      'AwaitStep',
      'CompileDossier',
      'IngestEvidence',
      'Notify',
      'RetentionSweep',
      'Web',
    ]);
    expect(rolesWith('s3:DeleteObject')).toEqual([
      'Api',
      'AwaitStep',
      'CompileDossier',
      'IngestEvidence',
      'Notify',
      'RetentionSweep',
      'Web',
    ]);
  });

  it('let the API sign upload forms and download links (put and get under cases/)', () => {
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: ['s3:GetObject', 's3:PutObject'],
            Resource: { 'Fn::Join': ['', Match.arrayWith(['/cases/*'])] },
          }),
        ]),
      },
      Roles: [{ Ref: Match.stringLikeRegexp('^ApiFunctionServiceRole') }],
    });
  });

  it('let only the API, the pages and the sweep start executions, and only the first two and await-step complete tasks', () => {
    const policies = Object.values(
      template.findResources('AWS::IAM::Policy') as Record<string, Resource>,
    );
    const rolesWith = (action: string) =>
      policies
        .filter((p) => JSON.stringify(p.Properties.PolicyDocument).includes(`"${action}"`))
        .map((p) =>
          JSON.stringify(p.Properties.Roles).replace(/^.*"Ref":"([A-Za-z]+?)Role.*$/, '$1'),
        )
        .sort();
    expect(rolesWith('states:StartExecution')).toEqual([
      'ApiFunctionService',
      'RetentionSweepFunctionService',
      'WebFunctionService',
    ]);
    expect(rolesWith('states:SendTaskSuccess')).toEqual([
      'ApiFunctionService',
      'AwaitStepFunctionService',
      'IngestEvidenceFunctionService',
      'WebFunctionService',
    ]);
    // The API and the sweep resume a case, which reads whether its execution still runs.
    expect(rolesWith('states:DescribeExecution')).toEqual([
      'ApiFunctionService',
      'RetentionSweepFunctionService',
    ]);
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: [
          Match.objectLike({
            Action: [
              'states:SendTaskSuccess',
              'states:SendTaskFailure',
              'states:SendTaskHeartbeat',
            ],
          }),
        ],
      },
      Roles: [{ Ref: Match.stringLikeRegexp('^AwaitStepFunctionServiceRole') }],
    });
    const senders = Object.values(
      template.findResources('AWS::IAM::Policy') as Record<string, Resource>,
    ).filter((p) => JSON.stringify(p.Properties.PolicyDocument).includes('ses:SendEmail'));
    // The workflow's mails (notify), the retention warning, witnesses' links and helpers'
    // invitations (the API and the pages), sign-in links (the pages).
    expect(senders).toHaveLength(4);
    const roles = JSON.stringify(senders.map((p) => p.Properties.Roles));
    for (const role of [
      'NotifyFunctionServiceRole',
      'RetentionSweepFunctionServiceRole',
      'ApiFunctionServiceRole',
      'WebFunctionServiceRole',
    ])
      expect(roles).toContain(role);
  });

  it('send mail only from the configured SES identity, through the configuration set', () => {
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: 'ses:SendEmail',
            Resource: [
              {
                'Fn::Join': [
                  '',
                  Match.arrayWith([Match.stringLikeRegexp(':identity/example\\.org$')]),
                ],
              },
              {
                'Fn::Join': [
                  '',
                  Match.arrayWith([
                    Match.stringLikeRegexp(':configuration-set/$'),
                    { Ref: Match.stringLikeRegexp('^MailConfigurationSet') },
                  ]),
                ],
              },
            ],
          }),
        ]),
      },
    });
  });
});

describe('evidence uploads', () => {
  it('reach the ingest function through EventBridge, for evidence keys only', () => {
    // Prepare: the bucket's events go to EventBridge instead of straight to a function.
    template.hasResourceProperties('Custom::S3BucketNotifications', {
      NotificationConfiguration: { EventBridgeConfiguration: {} },
    });
    const notifications = template.findResources('Custom::S3BucketNotifications');
    for (const resource of Object.values(notifications))
      expect(resource.Properties.NotificationConfiguration).not.toHaveProperty(
        'LambdaFunctionConfigurations',
      );

    // Assess: one rule picks this bucket's evidence objects, with a dead-letter queue.
    template.hasResourceProperties('AWS::Events::Rule', {
      State: 'ENABLED',
      EventPattern: {
        source: ['aws.s3'],
        'detail-type': ['Object Created'],
        detail: {
          bucket: { name: [{ Ref: Match.stringLikeRegexp('^CasesBucket') }] },
          object: { key: [{ wildcard: 'cases/*/evidence/*' }] },
        },
      },
      Targets: [
        Match.objectLike({
          Arn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^IngestEvidenceFunction'), 'Arn'] },
          DeadLetterConfig: {
            Arn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^IngestEvidenceDeadLetters'), 'Arn'] },
          },
          RetryPolicy: { MaximumEventAgeInSeconds: 24 * 3600 },
        }),
      ],
    });
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      Principal: 'events.amazonaws.com',
      FunctionName: { 'Fn::GetAtt': [Match.stringLikeRegexp('^IngestEvidenceFunction'), 'Arn'] },
    });
  });

  it('give ingestion time and memory to stream a 500 MB video', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Handler: 'index.handler',
      Timeout: 300,
      MemorySize: 1024,
      Role: { 'Fn::GetAtt': [Match.stringLikeRegexp('^IngestEvidenceFunctionServiceRole'), 'Arn'] },
    });
  });

  it('give the compiler the time and memory the worst-case dossier benchmark measured', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Timeout: 900,
      MemorySize: 1769,
      Role: { 'Fn::GetAtt': [Match.stringLikeRegexp('^CompileDossierFunctionServiceRole'), 'Arn'] },
    });
  });

  it('let browsers post files from the app only', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      CorsConfiguration: {
        CorsRules: [
          Match.objectLike({ AllowedMethods: ['POST'], AllowedOrigins: [Match.anyValue()] }),
        ],
      },
    });
  });
});

describe('the state machine', () => {
  it('is a standard, traced workflow', () => {
    template.resourceCountIs('AWS::StepFunctions::StateMachine', 1);
    template.hasResourceProperties('AWS::StepFunctions::StateMachine', {
      StateMachineType: 'STANDARD',
      TracingConfiguration: { Enabled: true },
    });
  });

  it('waits for the evidence with a task token and a timeout taken from the input', () => {
    template.hasResourceProperties('AWS::StepFunctions::StateMachine', {
      DefinitionString: {
        'Fn::Join': [
          '',
          Match.arrayWith([
            Match.stringLikeRegexp(
              '"Await collect-evidence":\\{.*"TimeoutSecondsPath":"\\$\\.timing\\.stepTimeoutSeconds"',
            ),
            Match.stringLikeRegexp(':states:::lambda:invoke\\.waitForTaskToken"'),
            Match.stringLikeRegexp('"taskToken\\.\\$":"\\$\\$\\.Task\\.Token"'),
          ]),
        ],
      },
    });
  });
});

describe('the workflow definition', () => {
  /** The definition with its ARNs stubbed: enough to read states, not to compare wholesale. */
  function definition(): { StartAt: string; States: Record<string, Record<string, unknown>> } {
    const machine = Object.values(
      template.findResources('AWS::StepFunctions::StateMachine'),
    )[0] as Resource;
    const parts = (machine.Properties.DefinitionString as { 'Fn::Join': [string, unknown[]] })[
      'Fn::Join'
    ][1];
    return JSON.parse(parts.map((part) => (typeof part === 'string' ? part : 'ARN')).join(''));
  }

  it('starts with a Choice on resumeAt, falling back to the welcome', () => {
    const { StartAt, States } = definition();

    expect(StartAt).toBe('ResumeAt');
    expect(States.ResumeAt).toMatchObject({ Type: 'Choice', Default: 'SendWelcome' });
    expect(States.ResumeAt?.Choices).toHaveLength(12);
  });

  it('asks again after an investigation or a hearing, waits on the hearing dates, and bounds the rounds', () => {
    const states = definition().States;

    expect(states.WaitUntilHearingReminder).toMatchObject({
      Type: 'Wait',
      TimestampPath: '$.completed.reminderAt',
      Next: 'SendHearingReminder',
    });
    expect(states.WaitUntilAfterHearing).toMatchObject({
      Type: 'Wait',
      TimestampPath: '$.completed.afterAt',
      Next: 'SendFollowUpAgain',
    });
    expect(states.WaitToAskAgainDefault).toMatchObject({ Type: 'Wait', Seconds: 92 * 24 * 3600 });
    // The hearing's dates hold unless the input has the local stand-in (never on AWS).
    expect(JSON.stringify(states.HearingReminderWait)).toContain('$.timing.hearingWaitSeconds');
    expect(JSON.stringify(states.AfterHearingWait)).toContain('$.timing.hearingWaitSeconds');
    expect(states.SendFollowUpAgain).toMatchObject({ Next: 'StartReminders follow-up' });
    expect(JSON.stringify(states.FollowUpOutcome)).toContain(
      '"Variable":"$.completed.round","NumericGreaterThanEquals":8',
    );
  });

  it.each([
    'collect-evidence',
    'medical-certificate',
    'file-complaint',
    'write-prosecutor',
    'follow-up',
  ])(
    'waits for %s with a task token, a timeout from the input and a reminder on timeout',
    (step) => {
      const states = definition().States;

      expect(states[`Await ${step}`]).toMatchObject({
        Type: 'Task',
        Resource: 'arn:ARN:states:::lambda:invoke.waitForTaskToken',
        TimeoutSecondsPath: '$.timing.stepTimeoutSeconds',
        Catch: [{ ErrorEquals: ['States.Timeout'], Next: `RemindersLeft ${step}` }],
      });
      expect(states[`RemindersLeft ${step}`]).toMatchObject({
        Type: 'Choice',
        Default: `NotifyStalled ${step}`,
      });
    },
  );

  it('branches on the complaint outcome, to the letter to the Procureur when refused', () => {
    const states = definition().States;

    expect(states.ComplaintOutcome).toMatchObject({
      Type: 'Choice',
      Choices: [
        { Variable: '$.completed.outcome', StringEquals: 'filed', Next: 'SendComplaintFiled' },
        {
          Variable: '$.completed.outcome',
          StringEquals: 'refused',
          Next: 'CompileProsecutorLetter',
        },
      ],
    });
    expect(states.SendCaseClosed).toMatchObject({ Next: 'Closed' });
    expect(states.SendComplaintFiled).toMatchObject({ Next: 'FollowUpWait' });
  });

  it('waits before the follow-up, from the input or 92 days, then branches on the answer', () => {
    const states = definition().States;

    expect(states.FollowUpWait).toMatchObject({
      Type: 'Choice',
      Choices: [
        { Variable: '$.timing.followUpWaitSeconds', IsPresent: true, Next: 'WaitForFollowUp' },
      ],
      Default: 'WaitForFollowUpDefault',
    });
    expect(states.WaitForFollowUp).toMatchObject({
      Type: 'Wait',
      SecondsPath: '$.timing.followUpWaitSeconds',
      Next: 'StartReminders follow-up',
    });
    expect(states.WaitForFollowUpDefault).toMatchObject({ Type: 'Wait', Seconds: 92 * 24 * 3600 });
    expect(states['Await write-prosecutor']).toMatchObject({ Next: 'FollowUpWait' });
    expect(states['Await follow-up']).toMatchObject({ Next: 'FollowUpOutcome' });
    expect(states.FollowUpOutcome).toMatchObject({ Type: 'Choice', Default: 'SendCaseClosed' });
    expect(JSON.stringify(states.FollowUpOutcome)).toContain('CompileFollowUpLetters');
    expect(states.CompileFollowUpLetters).toMatchObject({
      Parameters: { Payload: { purpose: 'civil-party' } },
      Next: 'SendFollowUpLetters',
    });
    expect(states.SendFollowUpLetters).toMatchObject({ Next: 'SendCaseClosed' });
  });

  it('retries every mail with backoff', () => {
    const mails = Object.entries(definition().States).filter(([name]) =>
      /^(Send|Remind |NotifyStalled)/.test(name),
    );

    expect(mails.length).toBeGreaterThanOrEqual(12);
    for (const [, state] of mails) {
      expect(state.Retry).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ ErrorEquals: ['States.TaskFailed'], BackoffRate: 2 }),
        ]),
      );
    }
  });

  it('uses JSONPath only (the local engine ignores JSONata)', () => {
    expect(JSON.stringify(definition())).not.toContain('JSONata');
  });
});

describe('the HTTP API', () => {
  it('routes /api/ to the API function and every other path to the web function', () => {
    const integrationOf = (name: string) => ({
      'Fn::Join': ['', Match.arrayWith([{ Ref: Match.stringLikeRegexp(`^HttpApi${name}`) }])],
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', { ProtocolType: 'HTTP' });
    template.hasResourceProperties(
      'AWS::ApiGatewayV2::Route',
      Match.objectLike({ RouteKey: 'ANY /api/{proxy+}', Target: integrationOf('ANYapiproxy') }),
    );
    // $default also takes `/` itself, the home page, which `/{proxy+}` would not.
    template.hasResourceProperties(
      'AWS::ApiGatewayV2::Route',
      Match.objectLike({ RouteKey: '$default', Target: integrationOf('DefaultRoute') }),
    );
    template.resourceCountIs('AWS::ApiGatewayV2::Route', 2);
    template.hasResourceProperties(
      'AWS::ApiGatewayV2::Integration',
      Match.objectLike({
        IntegrationType: 'AWS_PROXY',
        IntegrationUri: { 'Fn::GetAtt': [Match.stringLikeRegexp('^ApiFunction'), 'Arn'] },
      }),
    );
    template.hasResourceProperties(
      'AWS::ApiGatewayV2::Integration',
      Match.objectLike({
        IntegrationType: 'AWS_PROXY',
        IntegrationUri: { 'Fn::GetAtt': [Match.stringLikeRegexp('^WebFunction'), 'Arn'] },
      }),
    );
  });

  it('gives the web function what the pages need, and not the OpenAPI document', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Role: { 'Fn::GetAtt': [Match.stringLikeRegexp('^WebFunctionServiceRole'), 'Arn'] },
      Handler: 'index.handler',
      Environment: {
        Variables: Match.objectLike({
          BUCKET_NAME: Match.anyValue(),
          STATE_MACHINE_ARN: Match.anyValue(),
          COMPILE_DOSSIER_FUNCTION_NAME: { Ref: Match.stringLikeRegexp('^CompileDossierFunction') },
          NOTIFY_FUNCTION_NAME: { Ref: Match.stringLikeRegexp('^NotifyFunction') },
          PUBLIC_BASE_URL: Match.anyValue(),
        }),
      },
    });
    const web = Object.entries(
      template.findResources('AWS::Lambda::Function') as Record<string, Resource>,
    ).find(([id]) => id.startsWith('WebFunction'));
    expect(JSON.stringify(web?.[1])).not.toContain('OPENAPI_DOCUMENT');
  });

  it('lets the API have a protected dossier mailed by the notify function, and by no other', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Role: { 'Fn::GetAtt': [Match.stringLikeRegexp('^ApiFunctionServiceRole'), 'Arn'] },
      Environment: {
        Variables: Match.objectLike({
          NOTIFY_FUNCTION_NAME: { Ref: Match.stringLikeRegexp('^NotifyFunction') },
        }),
      },
    });
    template.hasResourceProperties('AWS::IAM::Policy', {
      Roles: [{ Ref: Match.stringLikeRegexp('^ApiFunctionServiceRole') }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: 'lambda:InvokeFunction',
            Resource: Match.arrayWith([
              { 'Fn::GetAtt': [Match.stringLikeRegexp('^NotifyFunction'), 'Arn'] },
            ]),
          }),
        ]),
      },
    });
  });

  it('tells the API function where its copy of the OpenAPI document is', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: Match.objectLike({ OPENAPI_DOCUMENT: '/var/task/openapi.json' }),
      },
    });
  });
});

describe('synthesis with bundling', () => {
  it('bundles every function with the local esbuild, no Docker', () => {
    const { app, stack } = synth(true);

    const assembly = app.synth();

    const bundles = readdirSync(assembly.directory)
      .filter((name) => name.startsWith('asset.'))
      .map((name) => join(assembly.directory, name, 'index.mjs'));
    expect(bundles).toHaveLength(7);
    for (const bundle of bundles) expect(statSync(bundle).size).toBeGreaterThan(1000);
    expect(assembly.getStackByName(stack.stackName).template).toBeDefined();
    // The dossier compiler's bundle carries its fonts (esbuild bundles no data files).
    const withFonts = bundles
      .map((bundle) => join(bundle, '..', 'fonts'))
      .filter((folder) => existsSync(folder));
    expect(withFonts).toHaveLength(1);
    expect(readdirSync(withFonts[0] as string).sort()).toEqual([
      'DejaVuSans-Bold.ttf',
      'DejaVuSans.ttf',
      'DejaVuSansMono.ttf',
      'NotoSansSC_400Regular.ttf',
    ]);
    // The API's bundle carries the committed OpenAPI document, read at its first request.
    const withDocument = bundles
      .map((bundle) => join(bundle, '..', 'openapi.json'))
      .filter((file) => existsSync(file));
    expect(withDocument).toHaveLength(1);
    expect(readFileSync(withDocument[0] as string, 'utf8')).toBe(
      readFileSync(fileURLToPath(new URL('../../docs/openapi.json', import.meta.url)), 'utf8'),
    );
  }, 120_000);
});
