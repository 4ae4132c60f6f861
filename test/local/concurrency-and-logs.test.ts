import { mkdtempSync } from 'node:fs';
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

describe('one case under 50 concurrent writers (API and ingestion), on the local S3', () => {
  it('keeps every event, and the logs hold no personal data', async () => {
    // Prepare
    const logger = capturingLogger();
    const runtime = await startLocalRuntime({
      dataDir: mkdtempSync(join(tmpdir(), 'concurrency-')),
      ports: { api: 0, s3: 0, ses: 0, stepFunctions: 0 },
      logger,
    });
    running.push(runtime);
    const api = `${runtime.apiUrl}/api/v1/cases`;
    const secrets = {
      email: 'zoe.secret@example.org',
      displayName: 'Zoé Ñandú-Secret',
      summary: 'Résumé très privé',
      fact: 'Il a publié mon adresse',
      fileName: 'capture-privée.png',
      url: 'https://forum.example/secret-topic',
      pseudonym: '@secret_troll',
      fullName: 'Zoé Ñandú-Civil',
      address: '7 impasse Secrète, 75011 Paris',
      phone: '+33 6 98 76 54 32',
    };
    const opened = await fetch(api, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: secrets.email,
        locale: 'fr',
        displayName: secrets.displayName,
        summary: secrets.summary,
      }),
    });
    const { caseId, accessToken } = (await opened.json()) as {
      caseId: string;
      accessToken: string;
    };
    const headers = { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' };

    const addFact = async (i: number) => {
      const response = await fetch(`${api}/${caseId}/facts`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          occurredAt: new Date(Date.UTC(2026, 9, 1, 0, i)).toISOString(),
          description: `${secrets.fact} #${i}`,
          authorPseudonym: secrets.pseudonym,
          url: secrets.url,
        }),
      });
      expect(response.status).toBe(201);
    };
    const upload = async (i: number) => {
      const png = makePng(8 + i, 8, i);
      const issued = await fetch(`${api}/${caseId}/uploads`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          kind: 'screenshot',
          fileName: secrets.fileName,
          contentType: 'image/png',
          size: png.length,
        }),
      });
      expect(issued.status).toBe(201);
      const { upload: form } = (await issued.json()) as {
        upload: { url: string; fields: Record<string, string> };
      };
      const body = new FormData();
      for (const [name, value] of Object.entries(form.fields)) body.append(name, value);
      body.append('file', new Blob([png], { type: 'image/png' }), secrets.fileName);
      expect((await fetch(form.url, { method: 'POST', body })).status).toBeLessThan(300);
    };

    const recordIdentity = async () => {
      const { fullName, address, phone } = secrets;
      const response = await fetch(`${api}/${caseId}/identity`, {
        method: 'PUT',
        headers,
        body: JSON.stringify({ fullName, address, phone }),
      });
      expect(response.status).toBe(200);
    };

    // Act
    await Promise.all([
      ...Array.from({ length: 50 }, (_, i) => (i % 2 ? addFact(i) : upload(i))),
      recordIdentity(),
    ]);

    // Assess
    const view = await waitFor(
      async () => {
        const current = (await (await fetch(`${api}/${caseId}`, { headers })).json()) as {
          facts: unknown[];
          evidence: { sha256?: string }[];
          identity: { fullName?: string } | null;
        };
        return current.evidence.length === 25 && current.facts.length === 25 && current;
      },
      { timeoutMs: 20_000, what: '25 facts and 25 screenshots' },
    );
    expect(new Set(view.evidence.map((e) => e.sha256)).size).toBe(25);
    expect(view.identity?.fullName).toBe(secrets.fullName);

    const logs = logger.lines.join('\n');
    expect(logs).toContain(caseId);
    for (const secret of [...Object.values(secrets), accessToken])
      expect(logs).not.toContain(secret);
  });
});
