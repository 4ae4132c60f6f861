import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { dossierKey, evidenceKey } from '../../../shared/bucket-keys.js';
import { Pen } from '../../../shared/dossier/layout.js';
import { OFFENCE_TEXTS } from '../../../shared/dossier/offence-texts.js';
import { typographyFaults } from '../../../shared/i18n/typography.js';
import { compileCaseDossier } from '../../../shared/usecases/compile-case-dossier.js';
import { ingestEvidence } from '../../../shared/usecases/ingest-evidence.js';
import { apiHarness } from '../../support/api-harness.js';
import { encodePng } from '../../support/images.js';

const run = (command: string, args: string[], cwd?: string) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** A fact as the victim typed it, plain spaces before its marks and inside its quotes. */
const TYPED_FACT =
  'Sur le forum, Kr4ken_du_93 me traite de « menteuse » et écrit : « on va te retrouver ».';

/** Every event type the log knows: none may print in a French dossier. */
const ENGLISH_EVENT_NAMES = [
  'case-opened',
  'workflow-started',
  'step-awaiting',
  'step-updated',
  'mail-sent',
  'upload-requested',
  'evidence-uploaded',
  'evidence-rejected',
  'link-added',
  'fact-recorded',
  'identity-recorded',
  'harm-recorded',
  'letter-details-recorded',
  'authors-recorded',
  'offences-confirmed',
  'complaint-outcome-recorded',
  'platform-report-recorded',
  'dossier-compiled',
  'dossier-progress',
];

interface Compiled {
  /** Text of each page, footer (case reference, page number) taken out. */
  readonly pages: string[];
  /** The whole text, whitespace (no-break spaces included) folded to one space. */
  readonly flat: string;
  readonly raw: string;
  readonly dir: string;
  readonly caseId: string;
}

/**
 * A victim's case built through the API as she would (identity, letter, authors, offences,
 * facts, reports, uploads), then compiled as the workflow's task does and read back with
 * pdftotext page by page.
 */
async function victimCase(options: {
  locale?: 'fr' | 'en';
  kinds: string[];
  civility?: 'madame' | 'monsieur';
  refused?: boolean;
  letter?: object;
  offences?: string[];
  authors?: object[];
}): Promise<Compiled> {
  const h = apiHarness();
  const opened = (await (
    await h.call(
      'POST',
      '/api/v1/cases',
      undefined,
      JSON.stringify({
        email: 'lucie@example.org',
        locale: options.locale ?? 'fr',
        harassmentKinds: options.kinds,
      }),
    )
  ).json()) as { caseId: string; accessToken: string };
  const { caseId, accessToken } = opened;
  const api = async (method: string, path: string, body: unknown) => {
    const response = await h.call(
      method,
      `/api/v1/cases/${caseId}${path}`,
      accessToken,
      JSON.stringify(body),
    );
    expect(response.status, `${method} ${path}: ${await response.clone().text()}`).toBeLessThan(
      300,
    );
    return (await response.json()) as Record<string, string>;
  };
  await api('PUT', '/identity', {
    ...(options.civility ? { civility: options.civility } : {}),
    fullName: 'Lucie Claire MARTIN',
    dateOfBirth: '1998-07-04',
    placeOfBirth: 'Villeurbanne (69)',
    address: '14 rue des Lilas\n69007 Lyon',
    phone: '06 12 34 56 78',
  });
  await api('PUT', '/harm', {
    sleep: 'Réveils nocturnes',
    ittDays: 10,
    estimate: '3 000 € de préjudice moral, 240 € de frais de consultation',
  });
  if (options.letter) await api('PUT', '/letter', options.letter);
  if (options.offences) await api('PUT', '/offences', { offences: options.offences });
  if (options.authors) await api('PUT', '/authors', { authors: options.authors });
  // A screenshot described by the victim, and one she said nothing about.
  const png = encodePng(40, 30, 2, (x, y) => [x * 6, y * 8, 90]);
  const described = await api('POST', '/uploads', {
    kind: 'screenshot',
    fileName: 'capture2-insta-dm.jpg.png',
    contentType: 'image/png',
    size: png.length,
    capturedAt: '2025-03-14T00:12:00Z',
    platform: 'Instagram',
    authorPseudonym: 'kr4ken.93',
  });
  const bare = await api('POST', '/uploads', {
    kind: 'screenshot',
    fileName: 'screenshot.png',
    contentType: 'image/png',
    size: png.length,
  });
  // An upload form issued and never used: it must not read as missing evidence.
  await api('POST', '/uploads', {
    kind: 'video',
    fileName: 'jamais-envoyee.mp4',
    contentType: 'video/mp4',
    size: 5000,
  });
  for (const { evidenceId } of [described, bare]) {
    const key = evidenceKey(caseId, evidenceId as string);
    // Stored as the form makes the browser send it: with its Content-Type.
    await h.store.put(key, png, { contentType: 'image/png' });
    const ingested = await ingestEvidence(
      { log: h.log, store: h.store, workflow: h.workflow, logger: h.logger },
      { key, eventTime: new Date().toISOString() },
    );
    expect(ingested.outcome).toBe('accepted');
  }
  // A link whose capture day the victim knows, not the time: it stays a day.
  await api('POST', '/links', {
    url: 'https://www.instagram.com/kr4ken_du_93/',
    capturedAt: '2025-03-15',
    platform: 'Instagram',
  });
  await api('POST', '/facts', {
    occurredAt: '2025-03-12T21:47:00Z',
    description: TYPED_FACT,
    platform: 'Jeux-Discussion',
    authorPseudonym: 'Kr4ken_du_93',
    publishedAt: '2025-03-12T21:47:00Z',
  });
  await api('POST', '/facts', {
    occurredAt: '2025-03-22',
    description: 'Découverte d’un faux profil à mon nom.',
    platform: 'Instagram',
    authorPseudonym: 'kr4ken_du_93',
    evidenceIds: [described.evidenceId],
  });
  await api('POST', '/steps/report-content', {
    site: 'Jeux-Discussion',
    reportedAt: '2025-03-13',
    reference: '88231',
  });
  if (options.refused)
    await h.log.append({
      type: 'complaint-outcome-recorded',
      caseId,
      outcome: 'refused',
      policeStation: 'Commissariat de police de Lyon 7e',
      filedAt: '2025-03-27',
    });

  const compiled = await compileCaseDossier(
    { store: h.store, log: h.log, logger: h.logger, now: () => new Date('2026-12-01T13:52:47Z') },
    { caseId, purpose: options.refused ? 'prosecutor-letter' : 'complaint' },
  );
  const dir = mkdtempSync(join(tmpdir(), 'letter-dossier-'));
  const version = compiled.version as number;
  writeFileSync(
    join(dir, 'd.pdf'),
    (await h.store.get(dossierKey(caseId, version, 'dossier.pdf'))) ?? '',
  );
  writeFileSync(
    join(dir, 'd.zip'),
    (await h.store.get(dossierKey(caseId, version, 'dossier.zip'))) ?? '',
  );
  const raw = run('pdftotext', ['-enc', 'UTF-8', join(dir, 'd.pdf'), '-']);
  const count = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [join(dir, 'd.pdf')]))?.[1]);
  const pages = Array.from({ length: count }, (_, i) =>
    run('pdftotext', [
      '-enc',
      'UTF-8',
      '-f',
      String(i + 1),
      '-l',
      String(i + 1),
      join(dir, 'd.pdf'),
      '-',
    ])
      .split('\n')
      .filter((line) => !line.includes(caseId) && !/^Page \d+ \/ \d+$/.test(line.trim()))
      .join('\n'),
  );
  return { pages, flat: raw.replace(/\s+/g, ' '), raw, dir, caseId };
}

/** The letter's pages: from its title to the legal basis. */
function letterOf(c: Compiled, fr = true): string {
  const start = c.pages.findIndex((p) =>
    p.trimStart().startsWith(fr ? 'Lettre au Procureur' : 'Summary of the complaint'),
  );
  const end = c.pages.findIndex((p) =>
    p.trimStart().startsWith(fr ? 'Fondement juridique' : 'Legal basis'),
  );
  return c.pages.slice(start, end).join('\n').replace(/\s+/g, ' ');
}

describe('the letter to the Procureur, from a case built through the API', () => {
  let c: Compiled;
  let letter: string;
  /** Every line the renderer drew, as drawn (pdftotext turns no-break spaces into spaces). */
  const drawn: string[] = [];
  afterAll(() => vi.restoreAllMocks());
  beforeAll(async () => {
    const draw = Pen.prototype.drawLine;
    vi.spyOn(Pen.prototype, 'drawLine').mockImplementation(function (this: Pen, ...args) {
      drawn.push(args[1]);
      return draw.apply(this, args);
    });
    c = await victimCase({
      kinds: ['threats-insults', 'fake-profile'],
      civility: 'madame',
      refused: true,
      letter: { tribunal: 'Lyon', place: 'Villeurbanne', civilParty: true },
      offences: ['threats', 'public-insult'],
      authors: [{ pseudonyms: ['KR4KEN_DU_93', 'Kraken93'], details: 'ancien camarade de classe' }],
    });
    letter = letterOf(c);
  }, 60_000);

  it('is ready to sign: the tribunal and the place given, the date, the victim agreed with', () => {
    expect(letter).toContain('Tribunal judiciaire de Lyon');
    expect(letter).toContain('Fait à Villeurbanne, le 1er décembre 2026');
    expect(letter).toContain(
      'Je soussignée Lucie Claire MARTIN, née le 4 juillet 1998 à Villeurbanne (69), demeurant 14 rue des Lilas, 69007 Lyon',
    );
    expect(c.raw).not.toMatch(/\p{L}·\p{L}/u);
    expect(c.raw).not.toContain('………');
    // The address on its own lines above, never a break inside the opening sentence.
    expect(c.pages.join('\n')).toMatch(/\n14 rue des Lilas\n69007 Lyon\n/);
  });

  it('never leaves the signature block alone on a page', () => {
    for (const [i, page] of c.pages.entries()) {
      const lines = page
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      const signatureOnly = lines.every((line) =>
        /^(Signature\s*:|Fait à|Le \d|Lucie Claire MARTIN$)/.test(line),
      );
      expect(signatureOnly && lines.length > 0, `page ${i + 1}: ${lines.join(' | ')}`).toBe(false);
    }
    const signaturePage = c.pages.find((p) => /Signature\s*:/.test(p)) ?? '';
    expect(signaturePage).toContain('considération distinguée');
  });

  it('says where the complaint was refused, with the right article, and what art. 15-3 CPP obliges', () => {
    expect(letter).toContain('auprès du commissariat de police de Lyon 7e le 27 mars 2025');
    expect(letter).toContain('article 15-3 du Code de procédure pénale oblige');
    expect(letter).toContain('territorialement compétent');
  });

  it('names each pseudonym once, whatever its case, with where it was seen', () => {
    const authors = letter.slice(letter.indexOf('Les auteurs'), letter.indexOf('Témoins'));
    expect(authors.match(/kr4ken_du_93/gi)).toHaveLength(1);
    expect(authors).toContain('Kraken93');
    expect(authors).toContain('vu sur Jeux-Discussion, Instagram');
    expect(authors).toContain('kr4ken.93');
    expect(authors).toContain('contre X');
  });

  it('names the offences the victim confirmed, and only those, with their articles and penalties', () => {
    const o = OFFENCE_TEXTS.fr;
    expect(letter).toContain('menaces (articles 222-17 et 222-18 du Code pénal)');
    expect(letter).toContain('injure publique (articles 29 et 33 de la loi du 29 juillet 1881)');
    // The kinds suggest identity theft for the fake profile, but she did not tick it.
    expect(c.flat).not.toContain('226-4-1');
    expect(c.flat).not.toContain('Diffamation publique');
    for (const text of [o.harassment, o.others.threats, o.others['public-insult']])
      for (const paragraph of text.paragraphs)
        expect(c.flat).toContain(paragraph.replace(/\s+/g, ' '));
    expect(c.flat).toContain('un an d’emprisonnement et 15 000 € d’amende');
    expect(c.flat).toContain('trois ans d’emprisonnement et 45 000 € d’amende');
    expect(c.flat).toContain('savent que ces propos ou comportements caractérisent une répétition');
    expect(c.flat).toContain('article 131-35-1 du Code pénal');
    // ITT over eight days and the online medium: two circumstances, said in the letter.
    expect(letter).toContain('ITT de 10 jours, supérieure à huit jours');
    expect(letter).toContain(
      'la peine encourue est de trois ans d’emprisonnement et 45 000 € d’amende',
    );
  });

  it('states the harm’s estimate and the civil-party intent', () => {
    expect(letter).toContain('J’estime mon préjudice ainsi : 3 000 € de préjudice moral');
    expect(letter).toContain('Je déclare vouloir me constituer partie civile');
  });

  it('prints a day given without a time as a day, and platform report dates without 12:00:00', () => {
    expect(c.flat).toContain('22 mars 2025');
    expect(c.flat).not.toMatch(/22\/03\/2025|2025-03-22 \d/);
    expect(letter).toContain('Jeux-Discussion – 13 mars 2025 – 88231');
    expect(c.flat).not.toMatch(/13\/03\/2025|12:00:00/);
  });

  it('says the press offences’ limit correctly, per public fact, and that it has passed', () => {
    const legal = c.pages.find((p) => p.includes('Délais de prescription')) ?? '';
    const flatLegal = c.flat.slice(c.flat.indexOf('Délais de prescription'));
    expect(legal).toBeTruthy();
    expect(flatLegal).toContain('Une plainte simple n’interrompt pas ce délai');
    expect(flatLegal).toContain('premières semaines');
    expect(flatLegal).toContain('plainte avec constitution de partie civile');
    expect(flatLegal).toContain('Publication du 12/03/2025 22:47:00 Paris (GMT+1) : délai dépassé');
    expect(flatLegal).toContain('six ans à compter du dernier acte');
    expect(flatLegal).toContain('dernier acte le 22 mars 2025, jusqu’au 22 mars 2031');
  });

  it('names exhibits for a magistrate: capture date only when stated, never the file name', () => {
    expect(letter).toContain(
      'Pièce n° 1 – Capture d’écran – Instagram, message de kr4ken.93, 14 mars 2025',
    );
    expect(letter).toMatch(/Pièce n° 2 – Capture d’écran – déposée le \d+(er)? \p{L}+ \d{4}/u);
    expect(letter).not.toContain('capture2-insta-dm');
    expect(letter).not.toContain('screenshot.png');
    const index = c.flat.slice(
      c.flat.indexOf('Index des pièces Chaque'),
      c.flat.indexOf('Captures d’écran Pièce'),
    );
    const second = index.slice(index.indexOf('Pièce n° 2'), index.indexOf('Pièce n° 3'));
    expect(second).toContain('Déposé le');
    expect(second).not.toContain('Capturé le');
    // A day given without a time: "Capturé le" with the day only; "Enregistré le" always.
    const third = index.slice(index.indexOf('Pièce n° 3'));
    expect(third).toContain('Capturé le : 15 mars 2025 Enregistré le : ');
    expect(third).not.toMatch(/15\/03\/2025|2025-03-15 \d/);
    // Each screenshot page carries its caption.
    expect(
      c.pages.some((p) =>
        /^(Captures d’écran\n)?Pièce n° 1 – Capture d’écran – Instagram/.test(p.trimStart()),
      ),
    ).toBe(true);
  });

  it('keeps the custody log in French: no ARN, no English event name, no unused upload form', () => {
    for (const name of ENGLISH_EVENT_NAMES) expect(c.raw, name).not.toContain(name);
    expect(c.raw).not.toContain('arn:aws');
    expect(c.raw).not.toContain('jamais-envoyee');
    const custody = c.flat.slice(c.flat.indexOf('Journal de conservation des preuves Chaque'));
    expect(custody.match(/Pièce reçue/g)).toHaveLength(2);
    expect(custody).toContain('Ouverture du dossier');
    expect(custody).toContain('par la victime');
    expect(custody).not.toMatch(/Vidéo/);
  });

  it('writes French typography in its own texts, and the victim’s words as typed', () => {
    const text = drawn.join('\n');
    expect(text).toContain('Objet\u202f:');
    // Her fact, typed with plain spaces, is evidence: it prints exactly as typed.
    expect(drawn.join(' ')).toContain(TYPED_FACT);
    expect(typographyFaults(text).filter((fault) => !TYPED_FACT.includes(fault))).toEqual([]);
    // A line never starts with the punctuation the space binds.
    expect(drawn.filter((line) => /^[:;!?»]/.test(line))).toEqual([]);
  });

  it('puts journal.json in the ZIP, listed in SHA256SUMS, without secrets, and the victim-only page', () => {
    const out = join(c.dir, 'out');
    run('unzip', ['-q', join(c.dir, 'd.zip'), '-d', out]);
    const check = run('sha256sum', ['-c', 'SHA256SUMS'], out);
    expect(check).toContain('journal.json: OK');
    expect(check).not.toMatch(/FAILED/);
    const journal = JSON.parse(readFileSync(join(out, 'journal.json'), 'utf8')) as {
      type: string;
    }[];
    expect(journal.map((e) => e.type)).toContain('upload-requested');
    expect(JSON.stringify(journal)).not.toMatch(/accessTokenHash|taskToken|tokenHash|sessionHash/);
    expect(readFileSync(join(out, 'LISEZMOI.txt'), 'utf8')).toContain('journal.json');
    const victimOnly = readFileSync(join(out, 'pour-vous-seulement-a-completer.txt'), 'utf8');
    expect(victimOnly).toContain('Les témoins éventuels');
    expect(victimOnly).not.toContain('Votre civilité');
    expect(c.raw).not.toContain('Les témoins éventuels');
  });
});

describe('other letters', () => {
  it('stays neutral without a civility, and names the kinds’ offences until the victim answers', async () => {
    const c = await victimCase({ kinds: ['fake-profile', 'orders-in-my-name'], refused: true });
    const letter = letterOf(c);

    expect(letter).toContain('Je, Lucie Claire MARTIN (date de naissance : 4 juillet 1998');
    expect(c.raw).not.toMatch(/soussign|\p{L}·\p{L}/u);
    expect(letter).toContain('Tribunal judiciaire de ____');
    expect(letter).toContain('Fait à ____');
    expect(letter).toContain('usurpation d’identité (article 226-4-1 du Code pénal)');
    expect(letter).toContain('escroquerie, le cas échéant (article 313-1 du Code pénal)');
    expect(c.flat).not.toContain('222-17');
    expect(c.flat).not.toContain('Je déclare vouloir me constituer partie civile');
  }, 60_000);

  it('says "Je soussigné, né" for monsieur, in the complaint summary for the police', async () => {
    const c = await victimCase({ kinds: ['message-flooding'], civility: 'monsieur' });
    const letter = letterOf(c, false).length ? c.flat : c.flat;

    expect(letter).toContain('Je soussigné Lucie Claire MARTIN, né le 4 juillet 1998');
    expect(c.flat).not.toContain('222-17');
    expect(c.flat).not.toContain('Injure publique –');
  }, 60_000);

  it('writes the custody log in English for an English case', async () => {
    const c = await victimCase({ locale: 'en', kinds: ['threats-insults'], civility: 'madame' });

    expect(c.flat).toContain('I, the undersigned Lucie Claire MARTIN, born on 4 July 1998');
    expect(c.flat).toContain('Exhibit received');
    expect(c.flat).toContain('by the victim');
    for (const name of ENGLISH_EVENT_NAMES) expect(c.raw, name).not.toContain(name);
  }, 60_000);
});
