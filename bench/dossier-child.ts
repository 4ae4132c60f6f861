/**
 * The child side of `npm run bench:dossier`: compiles the dossier of the screenshots listed
 * in `<dir>/files.json`, from and to `<dir>/store`, and prints its own timing. The bench
 * runs it bundled and minified as the CDK app bundles the compile function, so that its
 * start-up is the deployed compiler's, not tsx's.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CaseLog } from '../shared/case-log.js';
import { newCaseId } from '../shared/domain/ids.js';
import type { DossierInputDraft } from '../shared/dossier/dossier-input.js';
import { writeDossierVersion } from '../shared/dossier/write-dossier-version.js';
import { jsonLogger } from '../shared/logger.js';
import { FileBlobStore } from './file-blob-store.js';

interface GeneratedFile {
  readonly path: string;
  readonly key: string;
  readonly type: string;
  readonly size: number;
  readonly sha256: string;
}

/** The child side: compiles the dossier from the generated files, prints its own timing. */
async function child(dir: string): Promise<void> {
  const files = JSON.parse(await readFile(join(dir, 'files.json'), 'utf8')) as GeneratedFile[];
  const store = new FileBlobStore(join(dir, 'store'));
  const caseId = newCaseId();
  const input: DossierInputDraft = {
    caseId,
    locale: 'fr',
    purpose: 'complaint',
    compiledAt: new Date().toISOString(),
    identity: { email: 'bench@example.org', fullName: 'Zoé Ñandú Łukasz Иванова' },
    harassmentKinds: ['threats-insults'],
    facts: files.map((f, i) => ({
      occurredAt: new Date(Date.UTC(2024, 0, 1 + i)).toISOString(),
      description: `Fait ${i + 1}`,
      platform: 'jeuxvideo.com',
      evidenceIds: [f.key],
    })),
    evidence: files.map((f, i) => ({
      evidenceId: f.key,
      number: i + 1,
      kind: 'screenshot',
      fileName: f.key.split('/')[1],
      contentType: f.type,
      size: f.size,
      sha256: f.sha256,
      capturedAt: new Date(Date.UTC(2024, 0, 1 + i)).toISOString(),
      storageKey: f.key,
    })),
  };
  const started = performance.now();
  const result = await writeDossierVersion(
    { store, log: new CaseLog(store), logger: jsonLogger(() => undefined) },
    { caseId, purpose: 'complaint', version: 1 },
    input,
  );
  const ms = performance.now() - started;
  console.log(
    JSON.stringify({ compileMs: Math.round(ms), pages: result.pages, files: result.files }),
  );
}

await child(process.argv[2] as string);
