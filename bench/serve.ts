import '../local/polyfills.js';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { ulid } from 'ulid';
import { awsRuntime } from '../functions/environment.js';
import { startLocalRuntime } from '../local/runtime.js';
import { CaseLog } from '../shared/case-log.js';
import { jsonLogger } from '../shared/logger.js';
import { openCase } from '../shared/usecases/open-case.js';
import { app as bare } from './bare-hono.js';

/**
 * One server for the API benchmark, in its own process so the load generator does not
 * share its event loop. Prints one JSON line: the targets to load, by name.
 * - `bare`: the reference route;
 * - `same-bytes FILE`: a bare Hono route answering the body and headers saved in FILE, to
 *   tell what our view's bytes cost from what our code costs;
 * - `case`: the whole local runtime, with a case just opened and one of 40 settled events.
 */
export interface CapturedAnswer {
  /** Base64. */
  readonly body: string;
  readonly headers: Record<string, string>;
}

export type ServedTargets = Record<string, { url: string; headers?: Record<string, string> }>;

const which = process.argv[2];
const quiet = jsonLogger(() => undefined);

function announce(targets: ServedTargets): void {
  process.stdout.write(`${JSON.stringify(targets)}\n`);
}

function serveBare(app: Hono, name: string): void {
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
    announce({ [name]: { url: `http://127.0.0.1:${info.port}/api/v1/cases/X` } }),
  );
  process.once('SIGTERM', () => server.close());
}

if (which === 'bare') {
  serveBare(bare, 'bare');
} else if (which === 'same-bytes') {
  const captured = JSON.parse(readFileSync(process.argv[3] as string, 'utf8')) as CapturedAnswer;
  const body = new Uint8Array(Buffer.from(captured.body, 'base64'));
  const headers = Object.freeze({ ...captured.headers });
  serveBare(
    new Hono().get('/api/v1/cases/:caseId', () => new Response(body, { headers })),
    'sameBytes',
  );
} else {
  const runtime = await startLocalRuntime({
    dataDir: mkdtempSync(join(tmpdir(), 'bench-')),
    ports: { api: 0, s3: 0, ses: 0, stepFunctions: 0 },
    logger: quiet,
  });
  // Cases an hour old, their events settled as most cases' are: the view reads a snapshot.
  const aws = awsRuntime(runtime.environment, quiet);
  const log = new CaseLog(aws.store, () => new Date(Date.now() - 3600_000));
  const open = () =>
    openCase(
      { log, workflow: aws.workflow(), timing: aws.timing, logger: quiet },
      { email: 'victim@example.org', locale: 'fr', harassmentKinds: ['rumours'] },
    );
  const target = (opened: { caseId: string; accessToken: string }) => ({
    url: `${runtime.apiUrl}/api/v1/cases/${opened.caseId}`,
    headers: { authorization: `Bearer ${opened.accessToken}` },
  });
  const justOpened = await open();
  const withFacts = await open();
  for (let i = 0; i < 38; i++) {
    await log.append({
      type: 'fact-recorded',
      caseId: withFacts.caseId,
      factId: ulid(),
      occurredAt: '2026-10-01T10:00:00.000Z',
      description: `Fait ${i}`,
      evidenceIds: [],
    });
  }
  announce({ justOpened: target(justOpened), withFacts: target(withFacts) });
  process.once('SIGTERM', () => runtime.stop());
}
