import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it, vi } from 'vitest';
import { dossierKey } from '../../shared/bucket-keys.js';
import { STEP_IDS } from '../../shared/domain/steps.js';
import { fontBytes } from '../../shared/dossier/fonts.js';
import type { GlyphSource } from '../../shared/dossier/glyphs.js';
import { Pen } from '../../shared/dossier/layout.js';
import { NARROW_NBSP as N } from '../../shared/i18n/typography.js';
import type { RenderedMail } from '../../shared/mail/templates.js';
import { compileCaseDossier } from '../../shared/usecases/compile-case-dossier.js';
import { harness, receivedScreenshot, signedInCase, TYPED_FACT } from '../support/french-case.js';
import { frenchFaults, pageText } from '../support/page-text.js';

/**
 * Issue 17, item 11, for what leaves the pages: every mail in French, and the dossier's
 * PDF (its own texts set, the victim's words printed as typed).
 */

/**
 * Arguments after (state, context) for each mail whose words depend on them: every
 * variant. A mail not listed here is rendered with none; a mail of another shape is listed
 * in `ownCalls`.
 */
function mailVariants(): Record<string, unknown[][]> {
  // An act 80 days ago: the 3-month limit is near, so the limits are stated too.
  const acts = [new Date(Date.now() - 80 * 24 * 3600 * 1000).toISOString()];
  const link = 'https://dossier.example.org/access/X?t=abc&lang=fr';
  const pdf = [
    undefined,
    'attached',
    'attached-protected',
    'too-large',
    'unconfirmed',
    'not-chosen',
    'not-wanted',
    'protected-on-request',
  ];
  return {
    welcomeMail: [[acts, link], [[]]],
    signInMail: [[link]],
    reminderMail: STEP_IDS.flatMap((stepId) => [
      [{ stepId, number: 1, max: 3 }, acts],
      [{ stepId, number: 3, max: 3 }, []],
    ]),
    dossierReadyMail: pdf.map((attachment) => [acts, attachment]),
    prosecutorLetterMail: pdf.map((attachment) => [[], attachment]),
    retentionWarningMail: [[new Date('2027-11-01T00:00:00Z')]],
    countdownMail: [
      [30, '2026-12-10T21:59:59.000Z'],
      [7, '2026-12-10T21:59:59.000Z'],
    ],
    followUpLettersMail: pdf.map((attachment) => [attachment]),
    platformAnswerReminderMail: [
      [1, 7],
      [3, 7],
    ],
  };
}

/** Every argument list of the mails not written for a case's holder (no state). */
function ownCalls(): Record<string, unknown[][]> {
  return {
    witnessLinkMail: [['fr', 'https://dossier.example.org/witness/X?t=abc&lang=fr']],
    helperInviteMail: [['fr', 'https://dossier.example.org/helper/X?t=abc&lang=fr']],
  };
}

/** Every function of `shared/mail/` named `…Mail`: the mails the service sends. */
async function everyTemplate(): Promise<[string, unknown][]> {
  const dir = fileURLToPath(new URL('../../shared/mail/', import.meta.url));
  const found = new Map<unknown, string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const module = (await import(join(dir, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module))
      if (name.endsWith('Mail') && typeof value === 'function') found.set(value, name);
  }
  return [...found].map(([template, name]) => [name, template]);
}

describe('every mail in French', () => {
  it.each([false, true])(
    'has no-break spaces, one colon at most in its subject (discreet %s)',
    async (discreet) => {
      // Prepare: a French case, as the mails read it.
      const h = harness();
      const s = await signedInCase(h);
      if (discreet) await s.send('/discretion', { discreet: 'on' });
      const state = await h.log.load(s.caseId);
      if (!state) throw new Error('no case');
      const context = { publicBaseUrl: 'https://dossier.example.org/' };
      const variants = mailVariants();
      const templates = await everyTemplate();

      // Act: every template, in every variant.
      const faults: string[] = [];
      const subjects: string[] = [];
      for (const [name, template] of templates)
        for (const args of ownCalls()[name] ??
          (variants[name] ?? [[]]).map((extra) => [state, context, ...extra])) {
          const mail = (template as (...a: unknown[]) => RenderedMail)(...args);
          subjects.push(mail.subject);
          for (const [part, text] of [
            ['subject', mail.subject],
            ['text', mail.text],
            ['html', pageText(mail.html)],
          ] as const)
            for (const fault of frenchFaults(text)) faults.push(`${name} ${part}: ${fault}`);
        }

      // Assess
      expect(templates.length).toBeGreaterThanOrEqual(10);
      expect(faults).toEqual([]);
      expect(subjects.filter((subject) => (subject.match(/:/g) ?? []).length > 1)).toEqual([]);
    },
  );
});

describe('the dossier in French', () => {
  it('sets its own texts with no-break spaces, and prints the victim’s words as typed', async () => {
    // Prepare: a case filled in from the pages, the complaint refused (the letter to the
    // Procureur), the victim's words typed with plain spaces.
    const h = harness();
    const s = await signedInCase(h);
    const typed = [TYPED_FACT, 'Il a écrit : « on sait où tu vis » ?', 'Bât. B ; 2e étage'];
    await receivedScreenshot(h, s.caseId);
    await s.send('/facts', { date: '2026-11-01', description: typed[0] as string });
    await s.send('/facts', { date: '2026-11-02', time: '23:10', description: typed[1] as string });
    await s.send('/identity', {
      civility: 'madame',
      fullName: 'Lucie Martin',
      address: `12 rue des Lilas\n${typed[2]}\n69007 Lyon`,
    });
    await s.send('/harm', { ittDays: '3', estimate: '3 000 €' });
    await s.send('/witnesses', { name: 'Awa Diallo', statement: 'Les messages' });
    await s.send('/steps/file-complaint', { outcome: 'refused', filedAt: '2026-11-04' });
    // Reports to platforms: one refused with what she did next, one never answered.
    const report = await h.log.append({
      type: 'platform-report-recorded',
      caseId: s.caseId,
      site: 'jeuxvideo.com',
      reportedAt: '2026-11-03',
    });
    await h.log.append({
      type: 'platform-answer-recorded',
      caseId: s.caseId,
      reportId: report.id,
      answer: 'refused',
      answeredAt: '2026-11-05',
      followUps: ['internal-complaint', 'out-of-court-settlement', 'arcom-complaint'],
    });
    await h.log.append({
      type: 'platform-report-recorded',
      caseId: s.caseId,
      site: 'X',
      reportedAt: '2026-11-04',
    });
    const drawn: string[] = [];
    const draw = Pen.prototype.drawLine;
    const spy = vi.spyOn(Pen.prototype, 'drawLine').mockImplementation(function (this: Pen, ...a) {
      drawn.push(a[1]);
      return draw.apply(this, a);
    });

    // Act: compiled as the workflow's task does, read back with pdftotext.
    const compiled = await compileCaseDossier(
      { log: h.log, store: h.store, logger: h.logger },
      { caseId: s.caseId, purpose: 'prosecutor-letter' },
    ).finally(() => spy.mockRestore());
    const pdf = await h.store.get(dossierKey(s.caseId, compiled.version as number, 'dossier.pdf'));
    const dir = mkdtempSync(join(tmpdir(), 'typography-'));
    writeFileSync(join(dir, 'd.pdf'), pdf ?? new Uint8Array());
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'd.pdf'), '-'], {
      encoding: 'utf8',
    });
    const unicode = execFileSync('qpdf', [
      '--qdf',
      '--object-streams=disable',
      join(dir, 'd.pdf'),
      '-',
    ]);

    // Assess: the drawn lines (pdftotext reads a no-break space as a plain one) have no
    // fault but in the victim's words, which print exactly as she typed them.
    const ours = drawn
      .flatMap((line) => frenchFaults(line))
      .filter((fault) => !typed.some((words) => words.includes(fault)));
    expect(ours).toEqual([]);
    expect(drawn.join('\n')).toContain(`Objet${N}:`);
    expect(drawn.join('\n')).toContain(`Suites données par la victime${N}:`);
    expect(drawn.join('\n')).toContain('aucune réponse notée');
    // Lines wrap at plain spaces: joined with one, her words come back exactly.
    for (const words of typed) expect(drawn.join(' ')).toContain(words);
    for (const words of typed) expect(text.replace(/\s+/g, ' ')).toContain(words);
    // In the PDF itself: no line starts with the mark a space binds, and the fonts map
    // their glyphs back to U+202F and U+00A0 (a copy from a reader keeps them).
    expect(text.split('\n').filter((line) => /^\s*[:;!?»]/.test(line))).toEqual([]);
    expect(unicode.toString('latin1')).toMatch(/<(?!0000)[0-9A-F]{4}> <202F>/);
    expect(unicode.toString('latin1')).toMatch(/<(?!0000)[0-9A-F]{4}> <00A0>/);
    for (const role of ['regular', 'bold', 'mono'] as const) {
      const face = fontkit.create(Buffer.from(await fontBytes(role))) as unknown as GlyphSource;
      expect(
        [0x202f, 0xa0].map((cp) => face.hasGlyphForCodePoint(cp)),
        role,
      ).toEqual([true, true]);
    }
  });
});
