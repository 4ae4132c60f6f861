import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monotonicFactory } from 'ulid';
import { beforeAll, describe, expect, it } from 'vitest';
import { dossierKey } from '../../../shared/bucket-keys.js';
import { compileCaseDossier } from '../../../shared/usecases/compile-case-dossier.js';
import { completeStep } from '../../../shared/usecases/complete-step.js';
import { startGuestSession } from '../../../shared/usecases/guest-access.js';
import { actorOf, helperOfSession } from '../../../shared/usecases/helper-access.js';
import { addLink, recordFact } from '../../../shared/usecases/record-evidence.js';
import { apiHarness } from '../../support/api-harness.js';
import { RecordingWorkflow } from '../../support/fakes.js';

const nextId = monotonicFactory();

/** The PDF's text with every run of spaces (line ends, no-break spaces) as one space. */
const flat = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ');

async function dossierText(locale: 'fr' | 'en') {
  // Prepare: a victim, and Léa, a helper she invited, who adds a link and a fact, records a
  // report to a site and marks the accounts locked; the victim records a fact of her own.
  const mailed: { token: string }[] = [];
  const h = apiHarness({ mailHelperInvite: async (m) => void mailed.push(m) });
  const opened = await h.call(
    'POST',
    '/api/v1/cases',
    undefined,
    JSON.stringify({ email: 'victim@example.org', locale, harassmentKinds: ['rumours'] }),
  );
  const { caseId, accessToken } = (await opened.json()) as { caseId: string; accessToken: string };
  const call = (method: string, path: string, body: unknown) =>
    h.call(method, `/api/v1/cases/${caseId}${path}`, accessToken, JSON.stringify(body));
  await call('POST', '/helpers', { name: 'Léa', email: 'lea@example.org' });
  const state = async () => {
    const s = await h.log.load(caseId);
    if (!s) throw new Error('no case');
    return s;
  };
  const started = await startGuestSession(
    h,
    await state(),
    'helper',
    mailed[0]?.token ?? '',
    new Date(),
  );
  const helper = started.ok
    ? helperOfSession(await state(), started.session, new Date())
    : undefined;
  if (!helper) throw new Error('no helper');
  const by = actorOf(helper);
  const deps = { ...h, workflow: new RecordingWorkflow() };
  await addLink(
    h,
    await state(),
    { url: 'https://forum.example/fil-de-lea' },
    { now: new Date(), nextId, by },
  );
  await recordFact(
    h,
    await state(),
    { occurredAt: '2026-11-02', description: 'Fait noté par Léa', evidenceIds: [] },
    { now: new Date(), nextId, by },
  );
  await completeStep(
    deps,
    await state(),
    {
      stepId: 'report-content',
      body: { site: 'signalement-par-lea.example', reportedAt: '2026-11-03' },
    },
    { by },
  );
  await completeStep(
    deps,
    await state(),
    { stepId: 'lock-accounts', body: { status: 'done' } },
    { by },
  );
  await call('POST', '/facts', {
    occurredAt: '2026-11-04',
    description: 'Fait noté par la victime',
  });

  // Act
  const compiled = await compileCaseDossier(
    { log: h.log, store: h.store, logger: h.logger },
    { caseId, purpose: 'complaint' },
  );
  const pdf = await h.store.get(dossierKey(caseId, compiled.version as number, 'dossier.pdf'));
  const dir = mkdtempSync(join(tmpdir(), 'helper-dossier-'));
  writeFileSync(join(dir, 'd.pdf'), pdf ?? new Uint8Array());
  return flat(
    execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'd.pdf'), '-'], { encoding: 'utf8' }),
  );
}

describe('a dossier with a trusted helper’s work, read with pdftotext', () => {
  let fr: string;
  let en: string;
  beforeAll(async () => {
    fr = await dossierText('fr');
    en = await dossierText('en');
  });

  it('names the helper beside each fact, exhibit and report she brought, and not beside the victim’s', () => {
    const source = 'Origine : Léa, personne de confiance invitée par la victime';
    // The letter's facts and the chronology.
    expect(fr).toMatch(
      /Fait noté par Léa.{0,80}Origine : Léa, personne de confiance invitée par la victime/,
    );
    expect(fr.split('Fait noté par Léa').length - 1).toBeGreaterThanOrEqual(2);
    for (const part of fr.split('Fait noté par la victime').slice(1))
      expect(part.slice(0, 60)).not.toContain('Origine');
    // The evidence index and the reports to platforms.
    expect(fr).toMatch(/forum\.example\/fil-de-lea.{0,200}Origine : Léa/);
    expect(fr).toMatch(/signalement-par-lea\.example.{0,80}Origine : Léa/);
    expect(fr.split(source).length - 1).toBeGreaterThanOrEqual(4);
  });

  it('puts in the custody record the step she marked done, and the link she saved, by her name', () => {
    expect(fr).toMatch(
      /Étape marquée faite – comptes de la victime restreints à ses proches.{0,40}par Léa, personne de confiance invitée par la victime/,
    );
    expect(fr).toMatch(
      /Lien enregistré.{0,60}par Léa, personne de confiance invitée par la victime/,
    );
  });

  it('says the same in English', () => {
    expect(en).toMatch(/Fait noté par Léa.{0,80}Source: Léa, a trusted helper the victim invited/);
    expect(en).toMatch(
      /Step marked done – the victim’s accounts restricted to people she knows.{0,40}by Léa, a trusted helper the victim invited/,
    );
  });
});
