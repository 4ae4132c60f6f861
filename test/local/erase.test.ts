import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { awsRuntime } from '../../functions/environment.js';
import { type LocalRuntime, startLocalRuntime } from '../../local/runtime.js';
import { ERASE_TOMBSTONE_DAYS, erasedCaseKey } from '../../shared/bucket-keys.js';
import { markCaseErased } from '../../shared/erased-cases.js';
import { makePng } from '../fixtures/make-hostile-corpus.js';
import { capturingLogger } from '../support/fakes.js';
import { RUNTIME_START_MS, RUNTIME_TEST_MS } from '../support/runtime-bounds.js';
import { waitFor } from '../support/wait-for.js';

// Each test starts the local runtime: see runtime-bounds.ts for why these bounds.
vi.setConfig({ testTimeout: RUNTIME_TEST_MS, hookTimeout: RUNTIME_START_MS });

const running: LocalRuntime[] = [];
afterEach(async () => {
  for (const runtime of running.splice(0)) await runtime.stop();
});

describe('erasing a case with npm start', () => {
  it('stops its workflow and leaves no object of it on disk before answering', async () => {
    // Prepare: a case with a link and a screenshot, its workflow waiting.
    const dataDir = mkdtempSync(join(tmpdir(), 'erase-'));
    const runtime = await startLocalRuntime({
      dataDir,
      ports: { api: 0, s3: 0, ses: 0, stepFunctions: 0 },
      logger: capturingLogger(),
    });
    running.push(runtime);
    const api = `${runtime.apiUrl}/api/v1/cases`;
    const opened = await fetch(api, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'victim@example.org', locale: 'fr', harassmentKinds: [] }),
    });
    const { caseId, accessToken } = (await opened.json()) as {
      caseId: string;
      accessToken: string;
    };
    const headers = { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' };
    await fetch(`${api}/${caseId}/links`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ url: 'https://x.example/p' }),
    });
    const png = makePng(20, 20, 3);
    const issued = (await (
      await fetch(`${api}/${caseId}/uploads`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          kind: 'screenshot',
          fileName: 'capture.png',
          contentType: 'image/png',
          size: png.length,
        }),
      })
    ).json()) as { upload: { url: string; fields: Record<string, string> } };
    const form = new FormData();
    for (const [name, value] of Object.entries(issued.upload.fields)) form.append(name, value);
    form.append('file', new Blob([png], { type: 'image/png' }), 'capture.png');
    await fetch(issued.upload.url, { method: 'POST', body: form });
    await waitFor(async () => {
      const view = (await (await fetch(`${api}/${caseId}`, { headers })).json()) as {
        evidence: unknown[];
      };
      return view.evidence.length === 2;
    });
    const caseDir = join(dataDir, 's3', runtime.bucket, 'cases', caseId);
    expect(readdirSync(join(caseDir, 'evidence')).length).toBeGreaterThan(0);

    // Act
    const erased = await fetch(`${api}/${caseId}`, { method: 'DELETE', headers });

    // Assess
    expect(erased.status).toBe(204);
    const leftovers = existsSync(caseDir)
      ? readdirSync(caseDir, { recursive: true }).filter((name) =>
          String(name).includes('_S3rver_object'),
        )
      : [];
    expect(leftovers).toEqual([]);
    expect(runtime.engine.listExecutions()[0]?.status).toBe('ABORTED');
    expect((await fetch(`${api}/${caseId}`, { headers })).status).toBe(404);
  });

  it('sweeps erased cases again and expires their tombstones as the AWS lifecycle does', async () => {
    // Prepare: one case erased 8 days ago, with an object a late writer left under it;
    // one erased just now. The sweep runs every 300 ms here (every hour by default).
    const runtime = await startLocalRuntime({
      dataDir: mkdtempSync(join(tmpdir(), 'erase-sweep-')),
      ports: { api: 0, s3: 0, ses: 0, stepFunctions: 0 },
      logger: capturingLogger(),
      retentionSweepMs: 300,
    });
    running.push(runtime);
    const { store } = awsRuntime(runtime.environment, capturingLogger());
    const old = '01JB0000000000000000000AAA';
    const recent = '01JB0000000000000000000BBB';
    const erasedAt = new Date(Date.now() - (ERASE_TOMBSTONE_DAYS + 1) * 24 * 3600 * 1000);
    await markCaseErased(store, old, erasedAt);
    await store.put(`cases/${old}/events/01JB0000000000000000000EEE.json`, '{}');
    await markCaseErased(store, recent);

    // Act: wait for a sweep to pass.
    await waitFor(async () => (await store.list(`cases/${old}`)).length === 0, {
      what: 'the leftover swept',
    });
    await waitFor(async () => (await store.get(erasedCaseKey(old))) === undefined, {
      what: 'the old tombstone expired',
    });

    // Assess: the recent tombstone stays (its writers may still run).
    expect(await store.get(erasedCaseKey(recent))).toBeDefined();
  });
});
