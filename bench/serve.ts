import '../local/polyfills.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { ulid } from 'ulid';
import { awsRuntime } from '../functions/environment.js';
import { startLocalRuntime } from '../local/runtime.js';
import { CaseLog } from '../shared/case-log.js';
import { jsonLogger } from '../shared/logger.js';
import { openCase } from '../shared/usecases/open-case.js';
import { app as bare } from './bare-hono.js';

/**
 * One server for the API benchmark, in its own process so the load generator does not
 * share its event loop: `bare` serves the reference route, `case` the whole local
 * runtime with a case of 40 settled events. Prints one JSON line: the URL to load.
 */
const which = process.argv[2];
const quiet = jsonLogger(() => undefined);
if (which === 'bare') {
  const server = serve({ fetch: bare.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
    process.stdout.write(
      `${JSON.stringify({ url: `http://127.0.0.1:${info.port}/api/v1/cases/X` })}\n`,
    );
  });
  process.once('SIGTERM', () => server.close());
} else {
  const runtime = await startLocalRuntime({
    dataDir: mkdtempSync(join(tmpdir(), 'bench-')),
    ports: { api: 0, s3: 0, ses: 0, stepFunctions: 0 },
    logger: quiet,
  });
  // A case an hour old, its events settled as most cases' are: the view reads its snapshot.
  const aws = awsRuntime(runtime.environment, quiet);
  const log = new CaseLog(aws.store, () => new Date(Date.now() - 3600_000));
  const { caseId, accessToken } = await openCase(
    { log, workflow: aws.workflow(), timing: aws.timing, logger: quiet },
    { email: 'victim@example.org', locale: 'fr', harassmentKinds: ['rumours'] },
  );
  for (let i = 0; i < 38; i++) {
    await log.append({
      type: 'fact-recorded',
      caseId,
      factId: ulid(),
      occurredAt: '2026-10-01T10:00:00.000Z',
      description: `Fait ${i}`,
      evidenceIds: [],
    });
  }
  const url = `${runtime.apiUrl}/api/v1/cases/${caseId}`;
  const headers = { authorization: `Bearer ${accessToken}` };
  process.stdout.write(`${JSON.stringify({ url, headers })}\n`);
  process.once('SIGTERM', () => runtime.stop());
}
