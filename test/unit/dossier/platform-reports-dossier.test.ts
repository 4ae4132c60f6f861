import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dossierKey } from '../../../shared/bucket-keys.js';
import { daysBetween } from '../../../shared/dossier/platform-reports-section.js';
import { compileCaseDossier } from '../../../shared/usecases/compile-case-dossier.js';
import { apiHarness } from '../../support/api-harness.js';

/** The platform's reasons as the victim copied them: printed as typed. */
const REASON = 'Ce contenu ne contrevient pas à nos Règles de la communauté.';

/**
 * A case with three reports made through the API, as the victim would: one refused (with
 * the platform's reasons and what she did next), one removed, one never answered; the
 * dossier compiled on a fixed day and read back with pdftotext.
 */
async function compiledWithReports(locale: 'fr' | 'en') {
  const h = apiHarness();
  const opened = await h.call(
    'POST',
    '/api/v1/cases',
    undefined,
    JSON.stringify({ email: 'lucie@example.org', locale, harassmentKinds: ['rumours'] }),
  );
  const { caseId, accessToken } = (await opened.json()) as { caseId: string; accessToken: string };
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await h.call(
      method,
      `/api/v1/cases/${caseId}${path}`,
      accessToken,
      body === undefined ? undefined : JSON.stringify(body),
    );
    expect(response.status, `${method} ${path}`).toBeLessThan(300);
    return response.json() as Promise<{ reports: { reportId: string; site: string }[] }>;
  };
  await call('POST', '/steps/report-content', {
    site: 'jeuxvideo.com',
    reportedAt: '2026-11-03',
    reference: 'MOD-4471',
  });
  await call('POST', '/steps/report-content', { site: 'X', reportedAt: '2026-11-05' });
  await call('POST', '/steps/report-content', { site: 'Instagram', reportedAt: '2026-11-20' });
  const { reports } = await call('GET', '');
  const idOf = (site: string) => reports.find((r) => r.site === site)?.reportId ?? '';
  await call('PUT', `/reports/${idOf('jeuxvideo.com')}/answer`, {
    answer: 'refused',
    answeredAt: '2026-11-06',
    reference: 'DEC-2026-118',
    reason: REASON,
    followUps: ['internal-complaint', 'arcom-complaint'],
  });
  await call('PUT', `/reports/${idOf('X')}/answer`, {
    answer: 'removed',
    answeredAt: '2026-11-05T16:40:00Z',
  });
  const compiled = await compileCaseDossier(
    { store: h.store, log: h.log, logger: h.logger, now: () => new Date('2026-12-01T09:00:00Z') },
    { caseId, purpose: 'complaint' },
  );
  const pdf = await h.store.get(dossierKey(caseId, compiled.version as number, 'dossier.pdf'));
  const dir = mkdtempSync(join(tmpdir(), 'platform-reports-'));
  writeFileSync(join(dir, 'd.pdf'), pdf ?? new Uint8Array());
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'd.pdf'), '-'], {
    encoding: 'utf8',
  });
  const start = text.lastIndexOf(
    locale === 'fr' ? 'Signalements aux plateformes' : 'Reports to platforms',
  );
  const end = text.indexOf(
    locale === 'fr' ? 'Journal de conservation des preuves' : 'Chain-of-custody log',
    start,
  );
  expect(start).toBeGreaterThan(-1);
  expect(end).toBeGreaterThan(start);
  return { text, section: text.slice(start, end).replace(/\s+/g, ' ') };
}

describe('the dossier’s reports to platforms', () => {
  it('prints each report with the platform’s answer, its reasons and what the victim did next, in French', async () => {
    // Prepare, Act
    const { text, section } = await compiledWithReports('fr');

    // Assess: listed in the contents, then the section a police officer reads.
    expect(text).toContain('Signalements aux plateformes');
    expect(section).toContain('article 16');
    expect(section).toContain('jeuxvideo.com Signalé le : 3 novembre 2026');
    expect(section).toContain('Référence du signalement : MOD-4471');
    expect(section).toContain(
      'Réponse de la plateforme : retrait refusé, réponse du 6 novembre 2026 (3 jours après le signalement)',
    );
    expect(section).toContain('Référence de la décision : DEC-2026-118');
    expect(section).toContain(REASON);
    expect(section).toContain('Suites données par la victime :');
    expect(section).toContain('réclamation auprès de la plateforme (article 20 du DSA)');
    expect(section).toContain('plainte auprès de l’Arcom');
    expect(section).not.toContain('article 21 du DSA)');
    // An answer given with its time: the day it was in Paris, counted in whole days.
    expect(section).toMatch(
      /contenu retiré, réponse du 05\/11\/2026 17:40:00 Paris \(GMT\+1\) \(le jour même du signalement\)/,
    );
    // Never answered: counted from the dates to the dossier's day, no invented time.
    expect(section).toContain(
      'Instagram Signalé le : 20 novembre 2026 Réponse de la plateforme : aucune réponse notée 11 jours après le signalement (au 1er décembre 2026, date de ce dossier)',
    );
    // Oldest report first.
    expect(section.indexOf('jeuxvideo.com Signalé')).toBeLessThan(
      section.indexOf('Instagram Signalé'),
    );
    expect(section).not.toMatch(/refused|removed|internal-complaint|platform-answer/);
  }, 60_000);

  it('prints the same in English', async () => {
    const { section } = await compiledWithReports('en');

    expect(section).toContain('Reported on: 3 November 2026');
    expect(section).toContain(
      'removal refused, answer of 6 November 2026 (3 days after the report)',
    );
    expect(section).toContain('complaint to the platform (Article 20 of the DSA)');
    expect(section).toContain(
      'no answer recorded 11 days after the report (as of 1 December 2026, the date of this dossier)',
    );
  }, 60_000);

  it('counts calendar days in Paris, a day or an instant alike', () => {
    expect(daysBetween('2026-11-03', '2026-11-06')).toBe(3);
    // 23:30 UTC on 5 November is already the 6th in Paris.
    expect(daysBetween('2026-11-03', '2026-11-05T23:30:00Z')).toBe(3);
    expect(daysBetween('2026-03-28', '2026-03-30T08:00:00Z')).toBe(2);
  });
});
