import { fileURLToPath } from 'node:url';
import { startLocalRuntime } from './runtime.js';

const number = (name: string) => (process.env[name] ? Number(process.env[name]) : undefined);
const dataDir = process.env.DATA_DIR ?? fileURLToPath(new URL('../.data', import.meta.url));

const runtime = await startLocalRuntime({
  dataDir,
  ports: {
    api: number('PORT') ?? 3000,
    s3: number('S3_PORT'),
    ses: number('SES_PORT'),
    stepFunctions: number('SFN_PORT'),
  },
  stepTimeoutSeconds: number('STEP_TIMEOUT_SECONDS'),
  maxReminders: number('MAX_REMINDERS'),
  followUpWaitSeconds: number('FOLLOW_UP_WAIT_SECONDS'),
});

process.stdout.write(`
  Harassment case dossier, running locally (no AWS account needed)

  Web pages        ${runtime.apiUrl}/   (open a case here, on a phone or a browser)
  API              ${runtime.apiUrl}/api/v1/cases
  Local mailbox    ${runtime.mailboxUrl}   (every mail the app sends lands here; JSON at ${runtime.mailboxUrl}/store)
  Local S3         ${runtime.s3Url}   (bucket ${runtime.bucket}, data in ${dataDir})
  Reminders every  ${runtime.environment.STEP_TIMEOUT_SECONDS} s, at most ${runtime.environment.MAX_REMINDERS} per step
  Follow-up asked  ${runtime.environment.FOLLOW_UP_WAIT_SECONDS} s after the complaint
  Open cases resumed at start-up: ${runtime.resumedCases}

  Try: curl -s -XPOST ${runtime.apiUrl}/api/v1/cases -H 'content-type: application/json' \\
         -d '{"email":"victim@example.org","locale":"fr","harassmentKinds":["threats-insults"]}'

  Ctrl+C stops.
`);

const shutdown = async () => {
  await runtime.stop();
  process.exit(0);
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
