import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../../functions/http/app.js';
import { dossierKey } from '../../../shared/bucket-keys.js';
import { CaseLog } from '../../../shared/case-log.js';
import { InProcessDossierCompiler } from '../../../shared/ports/dossier-compiler-in-process-adapter.js';
import { compileCaseDossier } from '../../../shared/usecases/compile-case-dossier.js';
import { capturingLogger, RecordingWorkflow } from '../../support/fakes.js';
import { MemoryBlobStore } from '../../support/memory-blob-store.js';
import { checkedAgainstDocument } from '../../support/openapi-contract.js';

async function setup({ withCompiler = true } = {}) {
  const store = new MemoryBlobStore();
  const log = new CaseLog(store);
  const logger = capturingLogger();
  const compiler = new InProcessDossierCompiler(
    (task) => compileCaseDossier({ store, log, logger }, task),
    logger,
  );
  const app = checkedAgainstDocument(
    createApp({
      store,
      log,
      workflow: new RecordingWorkflow(),
      timing: { stepTimeoutSeconds: 60, maxReminders: 2 },
      logger,
      dossierCompiler: withCompiler ? compiler : undefined,
    }),
  );
  const opened = await app.request('/api/v1/cases', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email: 'victim@example.org',
      locale: 'fr',
      harassmentKinds: ['rumours'],
      displayName: 'Zoé Иванова',
    }),
  });
  const { caseId, accessToken } = (await opened.json()) as { caseId: string; accessToken: string };
  const call = (method: string, path: string, token = accessToken) =>
    app.request(`/api/v1/cases/${caseId}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}` },
    });
  const settled = () => Promise.all(compiler.running);
  return { store, log, app, caseId, call, settled, logger };
}

describe('the dossier routes', () => {
  it('compiles on POST (202), shows progress then the version, and redirects to a short link', async () => {
    // Prepare
    const s = await setup();

    // Act
    const started = await s.call('POST', '/dossier');
    const during = (await (await s.call('GET', '/dossier')).json()) as { status: string };
    await s.settled();
    const after = (await (await s.call('GET', '/dossier')).json()) as {
      status: string;
      progress: number;
      versions: { version: number; purpose: string; files: { name: string; sha256: string }[] }[];
    };
    const download = await s.call('GET', '/dossier/1/dossier.pdf');

    // Assess
    expect(started.status).toBe(202);
    expect(started.headers.get('location')).toBe(`/api/v1/cases/${s.caseId}/dossier`);
    expect(await started.json()).toEqual({ status: 'compiling', version: 1, purpose: 'complaint' });
    expect(during.status).toBe('compiling');
    expect(after.status).toBe('ready');
    expect(after.progress).toBe(1);
    expect(after.versions).toHaveLength(1);
    expect(after.versions[0]).toMatchObject({ version: 1, purpose: 'complaint' });
    expect(after.versions[0]?.files.map((f) => f.name)).toEqual(['dossier.pdf', 'dossier.zip']);
    expect(download.status).toBe(303);
    expect(download.headers.get('location')).toBe(
      `memory://${dossierKey(s.caseId, 1, 'dossier.pdf')}`,
    );
    // Named by what it is and its version, as its mail attachment (neutral while the case is
    // discreet, the default), never by the case's id.
    const zip = await s.call('GET', '/dossier/1/dossier.zip');
    await s.log.append({ type: 'discretion-set', caseId: s.caseId, discreet: false });
    await s.call('GET', '/dossier/1/dossier.pdf');
    expect(zip.status).toBe(303);
    expect(s.store.presigned.map((p) => (p.options as { fileName?: string }).fileName)).toEqual([
      'document-v1.pdf',
      'document-v1.zip',
      'dossier-plainte-v1.pdf',
    ]);
    expect(s.store.objects.get(dossierKey(s.caseId, 1, 'dossier.pdf'))?.length).toBeGreaterThan(
      1000,
    );
  });

  it('keeps older versions downloadable after a recompilation', async () => {
    const s = await setup();
    await s.call('POST', '/dossier');
    await s.settled();

    await s.call('POST', '/dossier');
    await s.settled();

    const view = (await (await s.call('GET', '/dossier')).json()) as {
      versions: { version: number }[];
    };
    expect(view.versions.map((v) => v.version)).toEqual([2, 1]);
    expect((await s.call('GET', '/dossier/1/dossier.zip')).status).toBe(303);
    expect((await s.call('GET', '/dossier/2/dossier.zip')).status).toBe(303);
  });

  it("gives the button's compilation and the workflow's, started together, a version each", async () => {
    // Prepare
    const s = await setup();

    // Act: the workflow's task carries no version; both read the log before either writes.
    const [button] = await Promise.all([
      s.call('POST', '/dossier'),
      compileCaseDossier(
        { store: s.store, log: s.log, logger: s.logger },
        { caseId: s.caseId, purpose: 'complaint' },
      ),
    ]);
    await s.settled();

    // Assess: two versions, each file the one its version recorded
    expect(button.status).toBe(202);
    const view = (await (await s.call('GET', '/dossier')).json()) as {
      versions: { version: number; files: { name: 'dossier.pdf'; sha256: string }[] }[];
    };
    expect(view.versions.map((v) => v.version)).toEqual([2, 1]);
    for (const { version, files } of view.versions) {
      for (const file of files) {
        const stored = s.store.objects.get(dossierKey(s.caseId, version, file.name));
        expect(stored && createHash('sha256').update(stored).digest('hex')).toBe(file.sha256);
      }
    }
  });

  it('answers the same 404 for a wrong token and an unknown case', async () => {
    const s = await setup();
    const wrong = await s.call('GET', '/dossier', 'x'.repeat(43));
    const unknown = await s.app.request('/api/v1/cases/00000000000000000000000000/dossier', {
      headers: { authorization: `Bearer ${'x'.repeat(43)}` },
    });

    expect(wrong.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(await wrong.json()).toMatchObject({ type: '/problems/case-not-found' });
    expect(await unknown.json()).toMatchObject({ type: '/problems/case-not-found' });
    expect((await s.call('POST', '/dossier', 'y'.repeat(43))).status).toBe(404);
  });

  it('answers 404 problem+json for a version or file that does not exist', async () => {
    const s = await setup();

    const response = await s.call('GET', '/dossier/7/dossier.pdf');
    const other = await s.call('GET', '/dossier/1/secrets.txt');

    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({ type: '/problems/dossier-file-not-found' });
    expect(other.status).toBe(404);
  });

  it('shows nothing before the first compilation, and 503 when compiling is not set up', async () => {
    const s = await setup({ withCompiler: false });

    const view = await (await s.call('GET', '/dossier')).json();
    const post = await s.call('POST', '/dossier');

    expect(view).toEqual({
      status: 'none',
      progress: 0,
      stage: null,
      compiling: null,
      versions: [],
    });
    expect(post.status).toBe(503);
    expect(await post.json()).toMatchObject({ type: '/problems/dossier-unavailable' });
  });

  it('logs no personal data while compiling', async () => {
    const s = await setup();
    await s.call('POST', '/dossier');
    await s.settled();

    const logs = s.logger.lines.join('\n');
    expect(logs).not.toContain('Zoé');
    expect(logs).not.toContain('victim@example.org');
  });
});
