import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dossierKey } from '../../../shared/bucket-keys.js';
import { CaseLog } from '../../../shared/case-log.js';
import type { CaseEvent } from '../../../shared/domain/events.js';
import {
  IntegrityError,
  writeDossierVersion,
} from '../../../shared/dossier/write-dossier-version.js';
import { dossierFixture, VICTIM_NAME } from '../../support/dossier-fixture.js';
import { capturingLogger } from '../../support/fakes.js';
import { MemoryBlobStore } from '../../support/memory-blob-store.js';

const run = (command: string, args: string[], cwd?: string) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('writeDossierVersion, checked with qpdf, poppler, unzip and sha256sum', () => {
  let dir: string;
  let store: MemoryBlobStore;
  let fixture: Awaited<ReturnType<typeof dossierFixture>>;
  let result: Awaited<ReturnType<typeof writeDossierVersion>>;
  let logger: ReturnType<typeof capturingLogger>;
  let text: string;
  let pages: string[];
  let pdfPath: string;
  let zipPath: string;

  beforeAll(async () => {
    // Prepare
    dir = await mkdtemp(join(tmpdir(), 'dossier-'));
    store = new MemoryBlobStore();
    fixture = await dossierFixture(store);
    logger = capturingLogger();
    const caseId = fixture.input.caseId;

    // Act
    result = await writeDossierVersion(
      { store, log: new CaseLog(store), logger },
      { caseId, purpose: 'prosecutor-letter', version: 3 },
      fixture.input,
    );

    pdfPath = join(dir, 'dossier.pdf');
    zipPath = join(dir, 'dossier.zip');
    await writeFile(pdfPath, store.objects.get(dossierKey(caseId, 3, 'dossier.pdf')) as Uint8Array);
    await writeFile(zipPath, store.objects.get(dossierKey(caseId, 3, 'dossier.zip')) as Uint8Array);
    text = run('pdftotext', ['-enc', 'UTF-8', pdfPath, '-']);
    pages = text.split('\f');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('writes a PDF that qpdf finds sound, with the page count it reports', () => {
    expect(run('qpdf', ['--check', pdfPath])).toContain('No syntax or stream encoding errors');
    const info = run('pdfinfo', [pdfPath]);
    expect(info).toMatch(new RegExp(`Pages:\\s+${result.pages}\\n`));
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    expect(info).toContain(`Title:           Plainte adressée au Procureur`);
    expect(info).toContain(`Author:          ${VICTIM_NAME}`);
    // Cover, letter (3), legal (2), chronology, index (3), 4 screenshots, links,
    // certificate caption and its 2 pages, other files, reports, custody.
    expect(result.pages).toBe(21);
    expect(pages.filter((page) => page.trim()).length).toBe(result.pages);
  });

  it('prints the letter to the Procureur with every part a prosecutor expects', () => {
    for (const part of [
      'Lettre au Procureur de la République',
      'Tribunal judiciaire de Lyon',
      'Lettre recommandée avec demande d’avis de réception',
      'article 222-33-2-2 du Code pénal',
      'commissariat de Lyon 3e',
      'contre X',
      'Dark_Sasuke_77',
      'https://www.jeuxvideo.com/profil/dark_sasuke_77',
      'Camille Dupont',
      'Sommeil : Réveils nocturnes, cauchemars',
      'Alimentation : Perte d’appétit',
      'Craintes : Peur d’être reconnue dans la rue',
      'Sorties : Ne sort plus le soir',
      'Vie sociale : A quitté son club',
      'Prise de médicaments : Anxiolytiques depuis avril',
      'Incapacité totale de travail (ITT) : 3 jours.',
      'Pièces jointes',
      'accuser réception',
      'Circonstances aggravantes que montrent les faits de ce dossier',
      'Journal de conservation des preuves',
      'Signalements aux plateformes',
      'MOD-4411',
    ]) {
      expect(text.replace(/\s+/g, ' ')).toContain(part);
    }
  });

  it('renders a name in Latin with accents, Cyrillic and Chinese, as extracted text', () => {
    expect(text).toContain(VICTIM_NAME);
    expect(text).toContain('Ανώνυμος'); // Greek pseudonym
  });

  it('lists facts in date order, with both UTC and Paris times', () => {
    const flat = text.replace(/\s+/g, ' ');
    expect(flat.indexOf('Premier message insultant')).toBeLessThan(
      flat.indexOf('Menaces de mort dans un sujet public'),
    );
    expect(flat).toContain('2024-01-10 21:11:00 UTC · 10/01/2024 22:11:00 Paris (GMT+1)');
  });

  it('prints every SHA-256, and each screenshot on its own page with its hash', () => {
    for (const [id, bytes] of fixture.files) {
      const hash = sha256(bytes);
      expect(text, id).toContain(hash);
    }
    for (const n of [1, 2, 3, 4]) {
      const page = pages.find((p) =>
        p
          .split('\n')
          .slice(0, 2)
          .some((line) =>
            line.startsWith(`Pièce n° ${n} – Capture d’écran – jeuxvideo.com, Message`),
          ),
      );
      expect(page, `screenshot ${n}`).toBeDefined();
      expect(page).toContain(
        sha256(
          fixture.files.get(fixture.input.evidence?.[n - 1]?.evidenceId as string) as Uint8Array,
        ),
      );
    }
    // The certificate's own pages are copied in.
    expect(text).toContain('CERTIFICAT MEDICAL page 1/2');
    expect(text).toContain('CERTIFICAT MEDICAL page 2/2');
    expect(text).toContain('Page 21 / 21');
  });

  it('embeds every screenshot as an image, the JPEG as is', () => {
    const images = run('pdfimages', ['-list', pdfPath]);
    const rows = images.split('\n').slice(2).filter(Boolean);
    expect(rows).toHaveLength(4);
    expect(rows.map((r) => r.split(/\s+/)[9])).toEqual(['image', 'image', 'image', 'jpeg']);
    expect(rows.map((r) => r.split(/\s+/).slice(4, 6).join('x'))).toEqual([
      '320x480',
      '200x120',
      '240x160',
      '400x300',
    ]);
  });

  it('writes a ZIP that unzip tests and whose SHA256SUMS check', async () => {
    expect(run('unzip', ['-t', zipPath])).toContain('No errors detected');
    const out = join(dir, 'out');
    run('unzip', ['-q', zipPath, '-d', out]);
    const check = run('sha256sum', ['-c', 'SHA256SUMS'], out);
    // The PDF, the originals, manifest.json, the read-me, journal.json, the victim-only page,
    // and the investigators' annex (its read-me, two CSV, the JSON, the platforms' note).
    expect(check.trim().split('\n')).toHaveLength(fixture.files.size + 10);
    expect(check).toContain('annexe-enqueteurs/faits.csv: OK');
    expect(check).toContain('annexe-enqueteurs/plateformes.txt: OK');
    expect(check).not.toMatch(/FAILED/);
    expect(check).toContain('dossier.pdf: OK');
    expect(check).toContain('pieces/003-capture-profil_faux_compte.png: OK');
    // The originals, byte for byte.
    const sums = run('cat', ['SHA256SUMS'], out);
    for (const [, bytes] of fixture.files) expect(sums).toContain(sha256(bytes));
    expect(sums).toContain(`${result.files[0]?.sha256}  dossier.pdf`);
  });

  it('records progress, then dossier-compiled with the hashes of what it stored', () => {
    const events = store.json(`cases/${fixture.input.caseId}/events/`) as CaseEvent[];
    const progress = events.filter((e) => e.type === 'dossier-progress');
    expect(progress.length).toBeGreaterThanOrEqual(4);
    expect(progress.map((e) => e.type === 'dossier-progress' && e.progress)).toEqual(
      [...progress.map((e) => e.type === 'dossier-progress' && e.progress)].sort(),
    );
    const compiled = events.at(-1);
    const pdf = store.objects.get(dossierKey(fixture.input.caseId, 3, 'dossier.pdf')) as Uint8Array;
    const zip = store.objects.get(dossierKey(fixture.input.caseId, 3, 'dossier.zip')) as Uint8Array;
    expect(compiled).toMatchObject({
      type: 'dossier-compiled',
      version: 3,
      purpose: 'prosecutor-letter',
      files: [
        { name: 'dossier.pdf', sha256: sha256(pdf), size: pdf.length },
        { name: 'dossier.zip', sha256: sha256(zip), size: zip.length },
      ],
    });
    expect(compiled).not.toHaveProperty('placeholder');
    expect(store.streamed).toEqual([
      dossierKey(fixture.input.caseId, 3, 'dossier.pdf'),
      dossierKey(fixture.input.caseId, 3, 'dossier.zip'),
    ]);
  });

  it('logs ids and counts only', () => {
    const logs = logger.lines.join('\n');
    for (const secret of ['Zoé', 'victim@example.org', 'jeuxvideo', 'IMG_0042', 'Dark_Sasuke'])
      expect(logs).not.toContain(secret);
  });
});

describe('writeDossierVersion, other cases', () => {
  it('writes the complaint summary in English when the case is in English', async () => {
    // Prepare
    const store = new MemoryBlobStore();
    const { input } = await dossierFixture(store, {
      locale: 'en',
      purpose: 'complaint',
      complaint: undefined,
    });

    // Act
    const result = await writeDossierVersion(
      { store, log: new CaseLog(store), logger: capturingLogger() },
      { caseId: input.caseId, purpose: 'complaint', version: 1 },
      input,
    );

    // Assess
    const dir = await mkdtemp(join(tmpdir(), 'dossier-'));
    const pdfPath = join(dir, 'd.pdf');
    await writeFile(
      pdfPath,
      store.objects.get(dossierKey(input.caseId, 1, 'dossier.pdf')) as Uint8Array,
    );
    const text = run('pdftotext', ['-enc', 'UTF-8', pdfPath, '-']).replace(/\s+/g, ' ');
    await rm(dir, { recursive: true });
    expect(text).toContain('Summary of the complaint');
    expect(text).toContain('a plainte, not a main courante');
    expect(text).toContain('Exhibit 4 – Screenshot');
    expect(text).not.toContain('Procureur de la République,');
    expect(result.files.map((f) => f.name)).toEqual(['dossier.pdf', 'dossier.zip']);
  });

  it('refuses to compile when a stored original no longer matches its hash', async () => {
    // Prepare
    const store = new MemoryBlobStore();
    const { input } = await dossierFixture(store);
    const tampered = input.evidence?.[5];
    store.objects.set(tampered?.storageKey as string, new Uint8Array(300_000));

    // Act
    const compiling = writeDossierVersion(
      { store, log: new CaseLog(store), logger: capturingLogger() },
      { caseId: input.caseId, purpose: 'prosecutor-letter', version: 1 },
      input,
    );

    // Assess
    await expect(compiling).rejects.toBeInstanceOf(IntegrityError);
    const events = store.json(`cases/${input.caseId}/events/`) as CaseEvent[];
    expect(events.at(-1)).toMatchObject({
      type: 'dossier-progress',
      stage: 'failed',
      errorName: 'IntegrityError',
    });
    expect(await store.list(`cases/${input.caseId}/dossiers/`)).toEqual([]);
  });
});
