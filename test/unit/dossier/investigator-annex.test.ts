import { describe, expect, it } from 'vitest';
import { DossierInput } from '../../../shared/dossier/dossier-input.js';
import { annexManifest, investigatorAnnex } from '../../../shared/dossier/investigator-annex.js';
import { typographyFaults } from '../../../shared/i18n/typography.js';

const CASE_ID = '01JB0000000000000000000AAA';

function input(locale: 'fr' | 'en' = 'fr') {
  return DossierInput.parse({
    caseId: CASE_ID,
    locale,
    purpose: 'complaint',
    compiledAt: '2026-11-20T09:30:00Z',
    identity: { email: 'victim@example.org' },
    facts: [
      {
        occurredAt: '2026-11-04T21:15:00Z',
        description: 'Rumeur, "reprise" partout, sur X',
        platform: 'X',
        authorPseudonym: '=HYPERLINK("http://evil.example")',
        url: 'https://x.com/krak/status/1',
        evidenceIds: ['ev-2'],
      },
      {
        occurredAt: '2026-11-02',
        publishedAt: '2026-11-02',
        description: 'Menace de venir chez moi',
        platform: 'jeuxvideo.com',
        authorPseudonym: 'Kr4ken_du_93',
        url: 'https://www.jeuxvideo.com/forums/42-51-1.htm',
        evidenceIds: ['ev-1'],
      },
    ],
    evidence: [
      {
        evidenceId: 'ev-1',
        number: 1,
        kind: 'screenshot',
        fileName: 'menace.png',
        contentType: 'image/png',
        size: 1234,
        sha256: 'b'.repeat(64),
        capturedAt: '2026-11-02',
        uploadedAt: '2026-11-03T08:00:00Z',
        platform: 'jeuxvideo.com',
        url: 'https://www.jeuxvideo.com/forums/42-51-1.htm',
        storageKey: `cases/${CASE_ID}/evidence/ev-1`,
      },
      { evidenceId: 'ev-2', number: 2, kind: 'link', url: 'https://x.com/krak/status/1' },
    ],
    reports: [
      {
        site: 'jeuxvideo.com',
        reportedAt: '2026-11-03',
        reference: 'MOD-1',
        answer: {
          answer: 'refused',
          answeredAt: '2026-11-06',
          followUps: ['internal-complaint'],
        },
      },
    ],
  });
}

const file = (files: { name: string; body: string }[], name: string) =>
  files.find((f) => f.name === name)?.body ?? '';

describe('the annex for investigators', () => {
  it('gives the facts and evidence as CSV, a day staying a day, and never a spreadsheet formula', () => {
    // Act
    const files = investigatorAnnex(input());
    const facts = file(files, 'annexe-enqueteurs/faits.csv').split('\r\n');
    const evidence = file(files, 'annexe-enqueteurs/preuves.csv').split('\r\n');

    // Assess
    expect(facts[0]).toBe(
      'date_des_faits,date_de_publication,plateforme,pseudonyme,adresse,description,pieces',
    );
    // Oldest first; the day as given, no invented time.
    expect(facts[1]).toBe(
      '2026-11-02,2026-11-02,jeuxvideo.com,Kr4ken_du_93,https://www.jeuxvideo.com/forums/42-51-1.htm,Menace de venir chez moi,1',
    );
    expect(facts[2]).toBe(
      `2026-11-04T21:15:00Z,,X,"'=HYPERLINK(""http://evil.example"")",https://x.com/krak/status/1,"Rumeur, ""reprise"" partout, sur X",2`,
    );
    expect(evidence[1]).toBe(
      `1,screenshot,jeuxvideo.com,,https://www.jeuxvideo.com/forums/42-51-1.htm,2026-11-02,2026-11-03T08:00:00Z,pieces/001-capture-menace.png,${'b'.repeat(64)},1234`,
    );
    expect(evidence[2]).toBe('2,link,,,https://x.com/krak/status/1,,,,,');
  });

  it('gives the same as JSON, with the exact text and the platforms’ answers', () => {
    const json = JSON.parse(
      file(investigatorAnnex(input()), 'annexe-enqueteurs/faits-preuves.json'),
    );

    expect(json.format).toBe('harassment-dossier/investigator-annex@1');
    expect(json.facts[1].authorPseudonym).toBe('=HYPERLINK("http://evil.example")');
    expect(json.facts[0].occurredAt).toBe('2026-11-02');
    expect(json.evidence[0]).toMatchObject({ number: 1, sha256: 'b'.repeat(64), size: 1234 });
    expect(json.reports).toEqual([
      {
        site: 'jeuxvideo.com',
        reportedAt: '2026-11-03',
        reference: 'MOD-1',
        answer: 'refused',
        answeredAt: '2026-11-06',
        answerReference: null,
        answerReason: null,
        followUps: ['internal-complaint'],
      },
    ]);
  });

  it('says per platform where a request goes and when its connection data may be gone', () => {
    const fr = file(investigatorAnnex(input()), 'annexe-enqueteurs/plateformes.txt');
    const en = file(investigatorAnnex(input('en')), 'investigators/platforms.txt');

    const forum = fr.slice(fr.indexOf('== jeuxvideo.com =='), fr.indexOf('== X (Twitter) =='));
    expect(forum).toContain('Kr4ken_du_93');
    expect(forum).toContain('établi en France');
    expect(forum).toMatch(/retrait refusé/);
    expect(forum).toMatch(/décret n°\s2021-1362/);
    expect(forum).toContain('dès le 2 novembre 2027');
    const x = fr.slice(fr.indexOf('== X (Twitter) =='));
    expect(x).toContain('art. 11 du règlement (UE) 2022/2065');
    expect(x).toContain('dès le 4 novembre 2027');
    expect(en).toContain('may be erased from 2 November 2027');
    expect(typographyFaults(fr)).toEqual([]);
  });

  it('lists each file with its hash for the manifest', () => {
    const files = investigatorAnnex(input());

    const listed = annexManifest(files);

    expect(listed.map((f) => f.path)).toEqual(files.map((f) => f.name));
    expect(listed.every((f) => /^[0-9a-f]{64}$/.test(f.sha256) && f.size > 0)).toBe(true);
  });
});
