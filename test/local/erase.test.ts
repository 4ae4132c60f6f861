import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type LocalRuntime, startLocalRuntime } from '../../local/runtime.js';
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
});
