import { App } from 'aws-cdk-lib';
import { CaseStack } from './case-stack.js';

const app = new App();
new CaseStack(app, 'HarassmentCase', {
  mailFrom: app.node.tryGetContext('mailFrom') ?? process.env.MAIL_FROM ?? 'dossier@example.org',
  publicBaseUrl: app.node.tryGetContext('publicBaseUrl') ?? process.env.PUBLIC_BASE_URL,
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
});
