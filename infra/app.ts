import { App, Duration } from 'aws-cdk-lib';
import { CaseStack } from './case-stack.js';
import { addNagChecks } from './nag.js';

const app = new App();
const context = (name: string): string | undefined => app.node.tryGetContext(name);
const days = (value: string | undefined) => (value ? Duration.days(Number(value)) : undefined);
new CaseStack(app, 'HarassmentCase', {
  mailFrom: context('mailFrom') ?? process.env.MAIL_FROM ?? 'dossier@example.org',
  publicBaseUrl: context('publicBaseUrl') ?? process.env.PUBLIC_BASE_URL,
  alarmEmail: context('alarmEmail') ?? process.env.ALARM_EMAIL,
  retention: days(context('retentionDays')),
  timestampAuthorityUrl: context('timestampAuthorityUrl') ?? process.env.TIMESTAMP_AUTHORITY_URL,
  timestampAuthorityChainFile:
    context('timestampAuthorityChainFile') ?? process.env.TIMESTAMP_AUTHORITY_CHAIN_FILE,
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
});
// cdk-nag (AWS Solutions rules): `cdk synth` fails on any finding not acknowledged in code.
addNagChecks(app);
