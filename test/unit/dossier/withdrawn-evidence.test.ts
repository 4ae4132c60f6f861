import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ulid } from 'ulid';
import { beforeAll, describe, expect, it } from 'vitest';
import { dossierKey, evidenceKey } from '../../../shared/bucket-keys.js';
import { KeyFileManifestSigner } from '../../../shared/ports/manifest-signer-key-file-adapter.js';
import { compileCaseDossier } from '../../../shared/usecases/compile-case-dossier.js';
import { apiHarness } from '../../support/api-harness.js';

const run = (command: string, args: string[]) =>
  execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const WITHDRAWN_HASH = 'd'.repeat(64);

describe('a dossier compiled after a withdrawal, read with pdftotext and unzip', () => {
  let pdfText: string;
  let zipListing: string;
  let zipText: string;
  let manifest: { eventLog: { withheld?: { sha256: string }[]; events: unknown[] } };

  beforeAll(async () => {
    // Prepare: a private photo sent by mistake, a fact typed in the wrong case, a link kept.
    const h = apiHarness();
    const { caseId, accessToken } = await h.openCase();
    const call = (method: string, path: string, body?: unknown) =>
      h.call(
        method,
        `/api/v1/cases/${caseId}${path}`,
        accessToken,
        body === undefined ? undefined : JSON.stringify(body),
      );
    const photoId = ulid();
    await h.store.put(evidenceKey(caseId, photoId), new Uint8Array([1, 2, 3]));
    await h.log.append({
      type: 'evidence-uploaded',
      caseId,
      evidenceId: photoId,
      kind: 'screenshot',
      sha256: WITHDRAWN_HASH,
      size: 3,
      contentType: 'image/png',
      fileName: 'photo-intime-plage.png',
      uploadedAt: new Date().toISOString(),
    });
    await call('PUT', `/evidence/${photoId}`, { description: 'Vacances avec Léa' });
    await call('POST', '/links', {
      url: 'https://forum.example/garde',
      description: 'Le fil gardé',
    });
    const { factId } = (await (
      await call('POST', '/facts', {
        occurredAt: '2026-11-01',
        description: 'Texte tapé par erreur dans ce dossier',
        evidenceIds: [photoId],
      })
    ).json()) as { factId: string };
    await call('POST', '/facts', {
      occurredAt: '2026-11-03',
      description: 'Menace reçue par message',
    });

    // Act
    expect((await call('DELETE', `/evidence/${photoId}`)).status).toBe(204);
    expect((await call('DELETE', `/facts/${factId}`)).status).toBe(204);
    const dir = mkdtempSync(join(tmpdir(), 'withdrawn-'));
    const keyFile = join(dir, 'key.pem');
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    writeFileSync(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }));
    const compiled = await compileCaseDossier(
      {
        store: h.store,
        log: h.log,
        logger: h.logger,
        proof: {
          signer: new KeyFileManifestSigner(keyFile),
          authority: {
            timestamp: () => Promise.reject(new Error('no authority in this test')),
            chainPem: async () => undefined,
          },
        },
      },
      { caseId, purpose: 'complaint' },
    );

    // Assess (below): the files as a reader gets them.
    if (!compiled.version) throw new Error('not compiled');
    const pdfPath = join(dir, 'dossier.pdf');
    const zipPath = join(dir, 'dossier.zip');
    writeFileSync(
      pdfPath,
      (await h.store.get(dossierKey(caseId, compiled.version, 'dossier.pdf'))) ?? '',
    );
    writeFileSync(
      zipPath,
      (await h.store.get(dossierKey(caseId, compiled.version, 'dossier.zip'))) ?? '',
    );
    pdfText = run('pdftotext', ['-enc', 'UTF-8', pdfPath, '-']);
    zipListing = run('unzip', ['-l', zipPath]);
    zipText = execFileSync('unzip', ['-p', zipPath], { maxBuffer: 64 * 1024 * 1024 }).toString(
      'latin1',
    );
    manifest = JSON.parse(run('unzip', ['-p', zipPath, 'manifest.json']));
  });

  it('lists neither the withdrawn item nor its content, nor the withdrawn fact, in the PDF', () => {
    expect(pdfText).toContain('forum.example/garde');
    expect(pdfText).toContain('Menace reçue par message');
    for (const gone of ['photo-intime-plage', 'Vacances avec Léa', 'Texte tapé par erreur'])
      expect(pdfText).not.toContain(gone);
  });

  it('keeps in the custody record that an exhibit was withdrawn, with its hash', () => {
    expect(pdfText).toContain('Pièce retirée');
    expect(pdfText.replace(/\s/g, '')).toContain(WITHDRAWN_HASH);
  });

  it('holds neither the file nor any event naming it in the ZIP; the manifest keeps their hashes', () => {
    expect(zipListing).not.toContain('photo-intime');
    for (const gone of ['photo-intime-plage', 'Vacances avec L', 'Texte tap'])
      expect(zipText).not.toContain(gone);
    // Upload, description, and the fact: withheld, each by its hash.
    expect(manifest.eventLog.withheld).toHaveLength(3);
    expect(zipText).toContain('evidence-withdrawn');
  });
});
