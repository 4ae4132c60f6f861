import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dossierKey } from '../../../shared/bucket-keys.js';
import { compileCaseDossier } from '../../../shared/usecases/compile-case-dossier.js';
import { withdrawAttestation } from '../../../shared/usecases/witness-attestation.js';
import { apiHarness } from '../../support/api-harness.js';
import { sentAttestation, WITNESS_STATEMENT } from '../../support/witness-flow.js';

const run = (command: string, args: string[], cwd?: string) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('a witness’s attestation in the dossier', () => {
  it('prints in the CERFA’s layout, its originals and statement in the ZIP with their hashes, and can no longer be withdrawn', async () => {
    // Prepare
    const tokens: string[] = [];
    const h = apiHarness({ mailWitnessLink: async ({ token }) => void tokens.push(token) });
    const victim = await h.openCase();
    const w = await sentAttestation(h, victim, tokens);

    // Act
    const { version } = (await compileCaseDossier(
      { store: h.store, log: h.log, logger: h.logger },
      { caseId: victim.caseId, purpose: 'complaint' },
    )) as { version: number };
    const after = await w.me();
    const withdrawn = await withdrawAttestation(w.deps, after.state, after.witness);

    // Assess
    const dir = mkdtempSync(join(tmpdir(), 'attestation-dossier-'));
    for (const name of ['dossier.pdf', 'dossier.zip'] as const)
      writeFileSync(
        join(dir, name),
        (await h.store.get(dossierKey(victim.caseId, version, name))) ?? '',
      );
    const text = run('pdftotext', ['-enc', 'UTF-8', join(dir, 'dossier.pdf'), '-']).replace(
      /\s+/g,
      ' ',
    );
    expect(text).toContain('Attestations de témoins');
    expect(text).toContain('(Article 202 du code de procédure civile)');
    expect(text).toContain('CERFA n° 11527*03');
    expect(text).toContain(WITNESS_STATEMENT.facts);
    expect(text).toContain('Benali');
    expect(text).toMatch(/toute fausse attestation de ma part m’expose à des sanctions pénales/);
    run('unzip', ['-q', 'dossier.zip', '-d', 'x'], dir);
    const listing = run('unzip', ['-Z1', 'dossier.zip'], dir);
    expect(listing).toContain('temoins/1-benali/piece-identite.pdf');
    expect(listing).toContain('temoins/1-benali/signature.png');
    expect(listing).toContain('temoins/1-benali/attestation.json');
    const sums = run('sha256sum', ['-c', 'SHA256SUMS'], join(dir, 'x'));
    expect(sums).toContain('temoins/1-benali/signature.png: OK');
    expect(sums).toContain('temoins/1-benali/attestation.json: OK');
    expect(sums).not.toMatch(/FAILED/);
    expect(run('cat', ['x/manifest.json'], dir)).toContain('temoins/1-benali/piece-identite.pdf');
    expect(withdrawn).toBe('included');
  });
});
