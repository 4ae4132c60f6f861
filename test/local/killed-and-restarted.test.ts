import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RUNTIME_START_MS, RUNTIME_TEST_MS } from '../support/runtime-bounds.js';
import { waitFor } from '../support/wait-for.js';

// Each test starts the local runtime: see runtime-bounds.ts for why these bounds.
vi.setConfig({ testTimeout: RUNTIME_TEST_MS, hookTimeout: RUNTIME_START_MS });

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

/** `npm start`'s own entry point, in a child process, on free ports. */
async function startProcess(
  dataDir: string,
): Promise<{ child: ChildProcess; api: string; output: () => string }> {
  const child = spawn(
    process.execPath,
    ['--openssl-legacy-provider', '--import', 'tsx', 'local/start.ts'],
    {
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        PORT: '0',
        S3_PORT: '0',
        SES_PORT: '0',
        SFN_PORT: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  children.push(child);
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += String(chunk);
  });
  child.stderr?.on('data', (chunk) => {
    output += String(chunk);
  });
  const api = await waitFor(() => output.match(/API\s+(http:\/\/\S+)\/api\/v1\/cases/)?.[1], {
    timeoutMs: RUNTIME_START_MS,
    what: 'the local runtime to start',
  });
  return { child, api, output: () => output };
}

describe('the local runtime killed in the middle of a case', () => {
  it('resumes the case at its step after a restart, no event lost', async () => {
    // Prepare: a case waiting on the medical certificate.
    const dataDir = mkdtempSync(join(tmpdir(), 'killed-'));
    const first = await startProcess(dataDir);
    const opened = await fetch(`${first.api}/api/v1/cases`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'victim@example.org', locale: 'fr' }),
    });
    const { caseId, accessToken } = (await opened.json()) as {
      caseId: string;
      accessToken: string;
    };
    const headers = { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' };
    const stepStatus = async (api: string, stepId: string) => {
      const view = (await (await fetch(`${api}/api/v1/cases/${caseId}`, { headers })).json()) as {
        steps: { id: string; status: string }[];
      };
      return view.steps.find((s) => s.id === stepId)?.status;
    };
    await waitFor(async () => (await stepStatus(first.api, 'collect-evidence')) === 'awaiting');
    await fetch(`${first.api}/api/v1/cases/${caseId}/links`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ url: 'https://forum.example/t/1' }),
    });
    await fetch(`${first.api}/api/v1/cases/${caseId}/steps/collect-evidence`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ status: 'done' }),
    });
    await waitFor(async () => (await stepStatus(first.api, 'medical-certificate')) === 'awaiting');

    // Act: no shutdown, no cleanup.
    first.child.kill('SIGKILL');
    await new Promise((resolve) => first.child.once('exit', resolve));
    const second = await startProcess(dataDir);

    // Assess
    expect(second.output()).toContain('Open cases resumed at start-up: 1');
    // Whether the resumed execution waits already or not yet, it must move on.
    const skipped = await fetch(`${second.api}/api/v1/cases/${caseId}/steps/medical-certificate`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ status: 'skipped' }),
    });
    expect(await skipped.json()).toMatchObject({ outcome: 'completed' });
    await waitFor(async () => (await stepStatus(second.api, 'file-complaint')) === 'awaiting', {
      what: 'the workflow to reach the complaint',
    });
    const view = (await (
      await fetch(`${second.api}/api/v1/cases/${caseId}`, { headers })
    ).json()) as {
      evidence: unknown[];
      steps: { id: string; status: string }[];
    };
    expect(view.evidence).toHaveLength(1);
    expect(view.steps.find((s) => s.id === 'collect-evidence')?.status).toBe('done');
  });
});
