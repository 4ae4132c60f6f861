import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ulid } from 'ulid';
import { describe, expect, it } from 'vitest';
import { dossierKey, evidenceKey } from '../../shared/bucket-keys.js';
import { CaseLog } from '../../shared/case-log.js';
import { nameForType } from '../../shared/domain/evidence.js';
import { newCaseId } from '../../shared/domain/ids.js';
import { compileCaseDossier } from '../../shared/usecases/compile-case-dossier.js';
import { evidenceDownload } from '../../shared/usecases/download-links.js';
import { ingestEvidence } from '../../shared/usecases/ingest-evidence.js';
import { makePng } from '../fixtures/hostile-files.js';
import { capturingLogger, RecordingWorkflow } from '../support/fakes.js';
import { MemoryBlobStore } from '../support/memory-blob-store.js';

describe('file names take the extension of the sniffed type (issue 18, finding 3)', () => {
  it.each([
    ['screenshot of the threat.html', 'image/png', 'screenshot of the threat.png'],
    ['photo.png.html', 'image/jpeg', 'photo.png.jpg'],
    ['certificat', 'application/pdf', 'certificat.pdf'],
    ['capture du 12.03 au soir', 'image/png', 'capture du 12.03 au soir.png'],
    ['menace.PNG', 'image/png', 'menace.png'],
    ['clip.svg', 'video/mp4', 'clip.mp4'],
  ])('names %s holding %s as %s', (fileName, type, expected) => {
    expect(nameForType(fileName, type)).toBe(expected);
  });

  it('puts a real PNG uploaded as "….html" in the ZIP as "….png", and downloads it so', async () => {
    // Prepare: a PNG posted under an HTML name, accepted by ingestion.
    const store = new MemoryBlobStore();
    const log = new CaseLog(store);
    const logger = capturingLogger();
    const caseId = newCaseId();
    await log.append({
      type: 'case-opened',
      caseId,
      email: 'victim@example.org',
      locale: 'en',
      harassmentKinds: [],
      accessTokenHash: '0'.repeat(64),
    });
    const evidenceId = ulid();
    const png = makePng();
    await log.append({
      type: 'upload-requested',
      caseId,
      evidenceId,
      kind: 'screenshot',
      fileName: 'screenshot of the threat.html',
      contentType: 'image/png',
      size: png.length,
      expiresAt: new Date(Date.now() + 600_000).toISOString(),
    });
    await store.put(evidenceKey(caseId, evidenceId), png, { contentType: 'image/png' });
    const deps = { log, store, logger, workflow: new RecordingWorkflow() };
    const eventTime = new Date().toISOString();
    expect(
      await ingestEvidence(deps, { key: evidenceKey(caseId, evidenceId), eventTime }),
    ).toMatchObject({
      outcome: 'accepted',
    });

    // Act
    const { version } = await compileCaseDossier(deps, { caseId, purpose: 'complaint' });
    const state = await log.load(caseId);
    await evidenceDownload(deps, state as NonNullable<typeof state>, evidenceId);

    // Assess
    const dir = await mkdtemp(join(tmpdir(), 'exhibit-names-'));
    try {
      const zip = join(dir, 'dossier.zip');
      await writeFile(
        zip,
        store.objects.get(dossierKey(caseId, version as number, 'dossier.zip')) as Uint8Array,
      );
      const names = execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).split('\n');
      expect(names).toContain('exhibits/001-screenshot-screenshot of the threat.png');
      expect(names.filter((name) => /\.html?$/i.test(name))).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    expect(store.presigned.at(-1)?.options).toMatchObject({
      fileName: 'screenshot of the threat.png',
      contentType: 'image/png',
    });
  });
});
