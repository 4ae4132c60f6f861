import { describe, expect, it } from 'vitest';
import { createApp } from '../../functions/http/app.js';
import { CaseLog } from '../../shared/case-log.js';
import { typographyFaults } from '../../shared/i18n/typography.js';
import { capturingLogger, RecordingWorkflow } from '../support/fakes.js';
import { MemoryBlobStore } from '../support/memory-blob-store.js';
import { openedCase } from '../support/web-forms.js';

async function signedIn() {
  const store = new MemoryBlobStore();
  const log = new CaseLog(store);
  const app = createApp({
    store,
    log,
    workflow: new RecordingWorkflow(),
    timing: { stepTimeoutSeconds: 60, maxReminders: 1 },
    logger: capturingLogger(),
  });
  const opened = await openedCase(app);
  const progressJson = async (path: string) =>
    (await get(path, 'application/json')).json() as Promise<{
      status: string;
      progress: number;
      text: string;
    }>;
  const get = (path: string, accept?: string) =>
    app.request(`http://localhost${opened.path}${path}`, {
      headers: { ...opened.headers, ...(accept ? { accept } : {}) },
    });
  /** The same request from a browser without this case's session. */
  const stranger = (path: string) =>
    app.request(`http://localhost${opened.path}${path}`, {
      headers: { accept: 'application/json' },
    });
  return { ...opened, log, get, progressJson, stranger };
}

/** The dossier section's progress box. */
function box(html: string): string {
  const start = html.indexOf('<div class="card soft dossier-progress"');
  return start < 0 ? '' : html.slice(start, html.indexOf('</div>', start));
}

describe('a dossier being compiled, on the case page', () => {
  it('says where it stands, follows it as JSON for the script, and says when it is ready', async () => {
    // Prepare: a compilation laying out its pages.
    const s = await signedIn();
    const progress = (stage: 'rendering' | 'failed', value: number) =>
      s.log.append({
        type: 'dossier-progress',
        caseId: s.caseId,
        version: 1,
        purpose: 'complaint',
        stage,
        progress: value,
      });
    await progress('rendering', 0.4);

    // Act
    const page = await (await s.get('')).text();
    const json = await s.progressJson('/dossier-progress');
    const plain = await s.get('/dossier-progress?back=now');
    await s.log.append({
      type: 'dossier-compiled',
      caseId: s.caseId,
      version: 1,
      purpose: 'complaint',
      files: [{ name: 'dossier.pdf', sha256: 'a'.repeat(64), size: 10 }],
    });
    const ready = await s.progressJson('/dossier-progress');
    const readyPage = await (await s.get('')).text();

    // Assess: said on the page (live, politely), with its bar and a link to look again.
    expect(box(page)).toContain(
      '<p class="progress-text" role="status">Votre dossier se prépare\u202f: mise en page (40\u00a0%).</p>',
    );
    expect(box(page)).toContain('<progress max="100" value="40"');
    expect(box(page)).toContain(`href="${s.path}/dossier-progress?back=dossier"`);
    expect(page).not.toContain('http-equiv="refresh"');
    expect(json).toEqual({
      status: 'compiling',
      progress: 0.4,
      text: 'Votre dossier se prépare\u202f: mise en page (40\u00a0%).',
    });
    // Without the script, the link leads back to the page, at the part it came from.
    expect(plain.status).toBe(303);
    expect(plain.headers.get('location')).toBe(`${s.path}#now`);
    expect(ready).toMatchObject({ status: 'ready', progress: 1 });
    expect(ready.text).toContain('prêt');
    expect(box(readyPage)).toBe('');
    expect(readyPage).toContain(`href="${s.path}/dossier/1/dossier.pdf"`);
    for (const text of [json.text, ready.text]) expect(typographyFaults(text)).toEqual([]);
  });

  it('says a failed compilation failed, and how to start again', async () => {
    const s = await signedIn();
    await s.log.append({
      type: 'dossier-progress',
      caseId: s.caseId,
      version: 1,
      purpose: 'complaint',
      stage: 'failed',
      progress: 0.2,
      errorName: 'IntegrityError',
    });

    const page = await (await s.get('?lang=en')).text();
    const json = await s.progressJson('/dossier-progress?lang=en');

    expect(box(page)).toContain('Preparing your file did not succeed.');
    expect(box(page)).not.toContain('<progress');
    expect(json).toMatchObject({ status: 'failed' });
    expect(json.text).toContain('Prepare my file now');
  });

  it('tells a browser without the case’s session nothing', async () => {
    const s = await signedIn();
    const answer = await s.stranger('/dossier-progress');
    expect(answer.status).toBe(404);
    expect(await answer.text()).not.toContain('status');
  });
});
