import { createHash } from 'node:crypto';
import { isDay } from '../domain/day-or-time.js';
import { hostOf, onSite, platformOf } from '../domain/platforms.js';
import { longDate } from '../i18n/dates.js';
import { typeset } from '../i18n/typography.js';
import { zipNameOf } from './archive.js';
import type { DossierInput } from './dossier-input.js';

/**
 * The annex for investigators in the ZIP: the facts and the evidence as CSV and JSON (each
 * date as the victim gave it: a day stays a day), and per platform a short note of where a
 * judicial request goes and how long the data that identifies an author is kept, so that
 * the request goes out before the data is gone. Sources, checked 2026-12-01:
 * - Code de procédure pénale art. 60-1, 77-1-1 and 99-3: réquisitions to any person or
 *   body holding information useful to the inquiry, data from a computer system included,
 *   "sous réserve de l'article 60-1-2" (art. 77-1-1 through the verbatim copies on
 *   lexbase.fr and doctrine.fr; on legifrance.gouv.fr itself only the regulatory section
 *   that applies art. R. 15-33-… to "réquisitions prévues par les articles 77-1-1 et 99-3");
 * - Regulation (EU) 2022/2065: art. 10 (orders from national judicial authorities to
 *   provide information about specific recipients), art. 11 (each provider's single point
 *   of contact for Member States' authorities) (CELEX 32022R2065, through the copies named
 *   in `functions/web/case/platforms/texts.ts`: EUR-Lex itself is not stored);
 * - décret n° 2021-1362 du 20 octobre 2021 (taken under LCEN art. 6, II and CPCE art.
 *   L34-1, II bis): a host keeps the civil identity five years after the end of the
 *   contract, the other account data (identifier, pseudonyms) and payment data one year
 *   after the account is closed, and the technical data of each content's creation
 *   (connection identifier, protocols) one year from that creation (art. 5); by CPCE art.
 *   L34-1, II bis, 3°, those technical data serve the fight against serious crime
 *   (juriblio.fr's copy of the JORF text, art. 5; faceaurisque.com; lexsider.com). The
 *   Légifrance text (ELI /eli/decret/2021/10/20/2021-1362/jo/texte) is not in the stored
 *   corpus; a summary on jurisexpert.net counts the technical data's year "à compter de la
 *   connexion", the wording of CPCE art. L34-1, II bis, 3°: for a host, the connection that
 *   created the content, so the two agree.
 */
export interface AnnexFile {
  readonly name: string;
  readonly body: string;
}

const FOLDER = { fr: 'annexe-enqueteurs', en: 'investigators' } as const;

const TEXT = {
  fr: {
    facts: 'faits',
    evidence: 'preuves',
    platforms: 'plateformes.txt',
    json: 'faits-preuves.json',
    readme: 'LISEZMOI.txt',
    factColumns: [
      'date_des_faits',
      'date_de_publication',
      'plateforme',
      'pseudonyme',
      'adresse',
      'description',
      'pieces',
    ],
    evidenceColumns: [
      'piece',
      'nature',
      'plateforme',
      'pseudonyme',
      'adresse',
      'date_de_capture',
      'date_de_depot',
      'fichier',
      'sha256',
      'octets',
    ],
    readmeBody: [
      'Annexe pour les enquêteurs : les faits et les preuves du dossier, en CSV (séparateur virgule, UTF-8) et en JSON.',
      'Une date sans heure est un jour (AAAA-MM-JJ) : la victime n’a pas donné l’heure. Une date avec heure est en UTC.',
      'Dans les CSV, une cellule qui commencerait par = + - ou @ est précédée d’une apostrophe, pour qu’un tableur ne l’exécute pas ; le JSON garde le texte exact.',
      'plateformes.txt : pour chaque plateforme, où adresser une réquisition et jusqu’à quand les données de connexion sont conservées.',
    ],
    platformTitle: 'Plateformes : réquisitions et conservation des données',
    addresses: (n: number) => `Adresses relevées : ${n} (voir faits.csv et preuves.csv)`,
    pseudonyms: (list: string) => `Pseudonymes : ${list}`,
    span: (first: string, last: string) =>
      first === last ? `Fait relevé le ${first}` : `Faits relevés du ${first} au ${last}`,
    report: (date: string, reference?: string) =>
      `Signalement de la victime le ${date}${reference ? ` (référence ${reference})` : ''}`,
    answer: { removed: 'contenu retiré', refused: 'retrait refusé', none: 'pas de réponse notée' },
    frenchHost:
      'Réquisition : à l’éditeur du site, établi en France, identifié dans ses mentions légales (art. 60-1, 77-1-1 ou 99-3 du code de procédure pénale, sous réserve de l’art. 60-1-2).',
    otherHost:
      'Réquisition : au point de contact pour les autorités que le fournisseur doit désigner (art. 11 du règlement (UE) 2022/2065) ; une injonction de fournir des informations sur un utilisateur peut lui être adressée (art. 10 du même règlement).',
    retention:
      'Conservation (décret n° 2021-1362) : identité civile, cinq ans après la fin du contrat ; identifiant et pseudonymes du compte, un an après sa clôture ; données techniques de chaque publication (identifiant de la connexion, protocoles), un an à compter de la publication (art. 5), réservées à la lutte contre la criminalité et la délinquance graves (art. L34-1, II bis, 3° du code des postes et des communications électroniques).',
    gone: (date: string, until: string) =>
      `Pour la publication la plus ancienne relevée ici (${date}), ces données techniques peuvent être effacées dès le ${until}.`,
  },
  en: {
    facts: 'facts',
    evidence: 'evidence',
    platforms: 'platforms.txt',
    json: 'facts-evidence.json',
    readme: 'README.txt',
    factColumns: [
      'occurred_at',
      'published_at',
      'platform',
      'pseudonym',
      'url',
      'description',
      'exhibits',
    ],
    evidenceColumns: [
      'exhibit',
      'kind',
      'platform',
      'pseudonym',
      'url',
      'captured_at',
      'uploaded_at',
      'file',
      'sha256',
      'bytes',
    ],
    readmeBody: [
      'Annex for investigators: the facts and evidence of the dossier, as CSV (comma-separated, UTF-8) and JSON.',
      'A date without a time is a day (YYYY-MM-DD): the victim did not give the time. A date with a time is in UTC.',
      'In the CSV files, a cell that would start with = + - or @ is preceded by an apostrophe so that a spreadsheet does not run it; the JSON keeps the exact text.',
      'platforms.txt: for each platform, where a judicial request goes and until when connection data is kept.',
    ],
    platformTitle: 'Platforms: judicial requests and data retention',
    addresses: (n: number) => `Addresses recorded: ${n} (see facts.csv and evidence.csv)`,
    pseudonyms: (list: string) => `Pseudonyms: ${list}`,
    span: (first: string, last: string) =>
      first === last ? `Fact recorded on ${first}` : `Facts recorded from ${first} to ${last}`,
    report: (date: string, reference?: string) =>
      `Reported by the victim on ${date}${reference ? ` (reference ${reference})` : ''}`,
    answer: { removed: 'content removed', refused: 'removal refused', none: 'no answer recorded' },
    frenchHost:
      'Request: to the site’s publisher, established in France, named in its legal notice (Code de procédure pénale art. 60-1, 77-1-1 or 99-3, subject to art. 60-1-2).',
    otherHost:
      'Request: to the point of contact for authorities the provider must designate (Article 11 of Regulation (EU) 2022/2065); an order to provide information about a user can be sent to it (Article 10 of that Regulation).',
    retention:
      'Retention (décret n° 2021-1362): civil identity, five years after the contract ends; account identifier and pseudonyms, one year after the account is closed; technical data of each publication (connection identifier, protocols), one year from the publication (art. 5), for the fight against serious crime only (Code des postes et des communications électroniques art. L34-1, II bis, 3°).',
    gone: (date: string, until: string) =>
      `For the oldest publication recorded here (${date}), these technical data may be erased from ${until}.`,
  },
} as const;

/** A cell as a spreadsheet reads it safely: quoted when needed, never a formula. */
function cell(value: string | number | undefined | null): string {
  if (value === undefined || value === null) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(columns: readonly string[], rows: readonly (string | number | undefined)[][]): string {
  return [columns, ...rows]
    .map((row) => row.map(cell).join(','))
    .join('\r\n')
    .concat('\r\n');
}

/** The platform a fact or item is on: a known one by name, else what the victim wrote. */
function platformKey(item: { platform?: string; url?: string }): string | undefined {
  const known = platformOf(item.platform) ?? platformOf(hostOf(item.url));
  return known?.name ?? item.platform ?? hostOf(item.url);
}

const byDate = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function addYear(value: string): string {
  const date = new Date(isDay(value) ? `${value}T00:00:00Z` : value);
  date.setUTCFullYear(date.getUTCFullYear() + 1);
  return date.toISOString();
}

export function investigatorAnnex(input: DossierInput): AnnexFile[] {
  const locale = input.locale;
  const t = TEXT[locale];
  const folder = FOLDER[locale];
  const evidence = [...input.evidence].sort((a, b) => a.number - b.number);
  const numberOf = new Map(evidence.map((e) => [e.evidenceId, e.number]));
  const facts = [...input.facts].sort((a, b) => byDate(a.occurredAt, b.occurredAt));
  const files = evidence.map((e) => (e.kind === 'link' ? undefined : zipNameOf(e, locale)));

  const factRows = facts.map((f) => [
    f.occurredAt,
    f.publishedAt,
    f.platform,
    f.authorPseudonym,
    f.url,
    f.description,
    f.evidenceIds
      .map((id) => numberOf.get(id))
      .filter((n) => n !== undefined)
      .join(' '),
  ]);
  const evidenceRows = evidence.map((e, i) => [
    e.number,
    e.kind,
    e.platform,
    e.authorPseudonym,
    e.url,
    e.capturedAt,
    e.uploadedAt,
    files[i],
    e.sha256,
    e.size,
  ]);

  // One note per platform, from what the facts and evidence show.
  const groups = new Map<string, { urls: Set<string>; pseudonyms: Set<string>; dates: string[] }>();
  for (const item of [...facts, ...evidence]) {
    const key = platformKey(item);
    if (!key) continue;
    const group = groups.get(key) ?? { urls: new Set(), pseudonyms: new Set(), dates: [] };
    if (item.url) group.urls.add(item.url);
    if (item.authorPseudonym) group.pseudonyms.add(item.authorPseudonym);
    const date = 'occurredAt' in item ? (item.publishedAt ?? item.occurredAt) : item.capturedAt;
    if (date) group.dates.push(date);
    groups.set(key, group);
  }
  const day = (value: string) => longDate(locale, isDay(value) ? `${value}T12:00:00Z` : value);
  const notes = [...groups.entries()].map(([name, group]) => {
    const dates = group.dates.sort(byDate);
    const first = dates[0];
    const last = dates.at(-1);
    const known = platformOf(name);
    const reports = input.reports.filter((r) => onSite(r.site, { platform: name }));
    return [
      `== ${name} ==`,
      t.addresses(group.urls.size),
      ...(group.pseudonyms.size ? [t.pseudonyms([...group.pseudonyms].join(', '))] : []),
      ...(first && last ? [t.span(day(first), day(last))] : []),
      ...reports.map(
        (r) =>
          `${t.report(day(r.reportedAt), r.reference)} : ${t.answer[r.answer?.answer ?? 'none']}`,
      ),
      known?.adviceForum ? t.frenchHost : t.otherHost,
      t.retention,
      ...(first ? [t.gone(day(first), day(addYear(first)))] : []),
      '',
    ].join('\n');
  });

  const json = {
    format: 'harassment-dossier/investigator-annex@1',
    caseId: input.caseId,
    compiledAt: input.compiledAt,
    facts: facts.map((f) => ({
      occurredAt: f.occurredAt,
      publishedAt: f.publishedAt ?? null,
      platform: f.platform ?? null,
      authorPseudonym: f.authorPseudonym ?? null,
      url: f.url ?? null,
      description: f.description,
      exhibits: f.evidenceIds.map((id) => numberOf.get(id)).filter((n) => n !== undefined),
    })),
    evidence: evidence.map((e, i) => ({
      number: e.number,
      kind: e.kind,
      platform: e.platform ?? null,
      authorPseudonym: e.authorPseudonym ?? null,
      url: e.url ?? null,
      capturedAt: e.capturedAt ?? null,
      uploadedAt: e.uploadedAt ?? null,
      file: files[i] ?? null,
      sha256: e.sha256 ?? null,
      size: e.size ?? null,
    })),
    reports: input.reports.map((r) => ({
      site: r.site,
      reportedAt: r.reportedAt,
      reference: r.reference ?? null,
      answer: r.answer?.answer ?? null,
      answeredAt: r.answer?.answeredAt ?? null,
      answerReference: r.answer?.reference ?? null,
      answerReason: r.answer?.reason ?? null,
      followUps: r.answer?.followUps ?? [],
    })),
  };
  const fr = (text: string) => (locale === 'fr' ? typeset('fr', text) : text);
  return [
    { name: `${folder}/${t.readme}`, body: `${t.readmeBody.map(fr).join('\n')}\n` },
    { name: `${folder}/${t.facts}.csv`, body: csv(t.factColumns, factRows) },
    { name: `${folder}/${t.evidence}.csv`, body: csv(t.evidenceColumns, evidenceRows) },
    { name: `${folder}/${t.json}`, body: `${JSON.stringify(json, null, 2)}\n` },
    {
      name: `${folder}/${t.platforms}`,
      body: fr(`${t.platformTitle}\n${input.caseId}\n\n${notes.join('\n')}`),
    },
  ];
}

/** The annex's files as the manifest lists them: path, SHA-256 and size of each. */
export function annexManifest(
  files: readonly AnnexFile[],
): { path: string; sha256: string; size: number }[] {
  return files.map(({ name, body }) => ({
    path: name,
    sha256: createHash('sha256').update(body).digest('hex'),
    size: Buffer.byteLength(body),
  }));
}
