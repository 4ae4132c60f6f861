import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dossierKey } from '../../../shared/bucket-keys.js';
import { CaseLog } from '../../../shared/case-log.js';
import { writeDossierVersion } from '../../../shared/dossier/write-dossier-version.js';
import { makeActivePdf } from '../../fixtures/hostile-files.js';
import { dossierFixture } from '../../support/dossier-fixture.js';
import { capturingLogger } from '../../support/fakes.js';
import { MemoryBlobStore } from '../../support/memory-blob-store.js';

const run = (command: string, args: string[]) =>
  execFileSync(command, args, { encoding: 'latin1', stdio: ['ignore', 'pipe', 'pipe'] });
/** A PDF name, not the start of a longer one (`/AAAAAA+DejaVuSans` is a font's subset tag). */
const ACTIVE_NAME = /\/(JavaScript|JS|AA|OpenAction|Launch|URI|EmbeddedFiles?)(?![A-Za-z0-9#])/g;

describe('pages copied into the dossier carry nothing active (issue 18, finding 2)', () => {
  let dir: string;
  let active: Uint8Array;
  let expanded: string;
  let text: string;

  beforeAll(async () => {
    // Prepare: a certificate with every kind of action, slipped past ingestion.
    dir = await mkdtemp(join(tmpdir(), 'inert-'));
    active = await makeActivePdf();
    const store = new MemoryBlobStore();
    const { input } = await dossierFixture(store);
    const certificate = input.evidence?.find((e) => e.evidenceId === 'ev-certificate');
    if (!certificate?.storageKey) throw new Error('the fixture has a certificate');
    await store.put(certificate.storageKey, active);
    Object.assign(certificate, {
      size: active.length,
      sha256: createHash('sha256').update(active).digest('hex'),
    });

    // Act
    await writeDossierVersion(
      { store, log: new CaseLog(store), logger: capturingLogger() },
      { caseId: input.caseId, purpose: 'prosecutor-letter', version: 1 },
      input,
    );
    const pdf = join(dir, 'dossier.pdf');
    await writeFile(
      pdf,
      store.objects.get(dossierKey(input.caseId, 1, 'dossier.pdf')) as Uint8Array,
    );
    run('qpdf', ['--qdf', '--object-streams=disable', pdf, join(dir, 'expanded.pdf')]);
    expanded = await readFile(join(dir, 'expanded.pdf'), 'latin1');
    text = run('pdftotext', ['-enc', 'UTF-8', pdf, '-']);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('starts from a certificate that has them all, once decompressed', async () => {
    const source = join(dir, 'active.pdf');
    await writeFile(source, active);
    run('qpdf', ['--qdf', '--object-streams=disable', source, join(dir, 'active-expanded.pdf')]);
    const names = (await readFile(join(dir, 'active-expanded.pdf'), 'latin1')).match(ACTIVE_NAME);
    expect(new Set(names)).toEqual(
      new Set([
        '/JavaScript',
        '/JS',
        '/AA',
        '/OpenAction',
        '/Launch',
        '/URI',
        '/EmbeddedFiles',
        '/EmbeddedFile',
      ]),
    );
  });

  it('leaves no action, link, attachment or name tree in the compiled dossier', () => {
    expect(expanded.match(ACTIVE_NAME)).toBeNull();
    // pdf-lib gives each of the dossier's own pages an empty `/Annots []`.
    expect(expanded).not.toMatch(/\/Annots \[\s*[^\]\s]/);
    expect(expanded).not.toMatch(/\/AcroForm|\/Names|\/Subtype \/(Link|Widget|FileAttachment)/);
  });

  it('keeps what the certificate shows: its text, and the filled field painted in', () => {
    expect(text).toContain('CERTIFICAT MEDICAL');
    expect(text).toContain('ITT 3 jours');
  });
});
