import { PDFDocument } from 'pdf-lib';
import type { RelationshipKind } from '../domain/attestation.js';
import type { Locale } from '../domain/locale.js';
import { typeset } from '../i18n/typography.js';
import { attestationOriginals, attestationPaths, type DossierAttestation } from './attestations.js';
import type { DossierEvidence } from './dossier-input.js';
import { copyInertPages } from './inert-pages.js';
import { A4, COLORS, CONTENT_WIDTH, MARGIN, type Pen } from './layout.js';
import { placeImage } from './pdf-images.js';
import type { DeferredStream } from './pdf-stream-writer.js';
import type { EvidenceFacts } from './render-pdf.js';
import { bothTimes, calendarDate } from './time.js';

/*
 * Each witness's attestation printed in the layout of the form CERFA n° 11527*03
 * (« Attestation de témoin », art. 202 du Code de procédure civile): identity boxes, the
 * ties to the parties, the statement on penalties, the account of the facts, place and
 * date, signature; then the copy of the identity document the article asks to annex.
 * The form itself could not be fetched here (service-public's page was not in the stored
 * corpus); its fields are those art. 202 lists, checked on Légifrance.
 */

const fr = (text: string) => typeset('fr', text);

const TEXT = {
  fr: {
    section: 'Attestations de témoins',
    title: 'ATTESTATION',
    article: '(Article 202 du code de procédure civile)',
    layoutNote: fr(
      'Présentation du formulaire CERFA n° 11527*03. Texte saisi en ligne par le témoin lui-même ; la personne qui a ouvert ce dossier ne peut pas le modifier.',
    ),
    undersigned: 'Je soussigné(e)',
    lastName: 'Nom',
    firstNames: 'Prénoms',
    born: 'Date et lieu de naissance',
    address: 'Demeurant',
    occupation: 'Profession',
    ties: fr(
      'Lien de parenté ou d’alliance avec les parties, de subordination à leur égard, de collaboration ou de communauté d’intérêts avec elles',
    ),
    noTie: 'Néant',
    tie: {
      family: 'parenté ou alliance',
      subordination: 'subordination',
      collaboration: 'collaboration',
      'common-interest': 'communauté d’intérêts',
    } satisfies Record<RelationshipKind, string>,
    aware: fr(
      'Je sais que la présente attestation est établie en vue de sa production en justice et que toute fausse attestation de ma part m’expose à des sanctions pénales.',
    ),
    facts: 'Relation des faits',
    madeAt: (place: string, day: string) => fr(`Fait à ${place}, le ${day}`),
    signature: 'Signature',
    signatureNotShown: fr('Signature : voir le fichier joint'),
    sentAt: (at: string) => fr(`Envoyée en ligne : ${at}`),
    identity: fr('Pièce jointe : copie d’un document officiel d’identité comportant la signature'),
    file: 'Fichier',
    inZip: 'Le fichier est dans l’archive ZIP.',
  },
  en: {
    section: 'Witness statements',
    title: 'WITNESS STATEMENT (ATTESTATION)',
    article: '(Article 202 of the French Code of civil procedure)',
    layoutNote:
      'Layout of the form CERFA no. 11527*03. Text typed online by the witness themselves; the person who opened this case cannot change it.',
    undersigned: 'I, the undersigned',
    lastName: 'Last name',
    firstNames: 'First names',
    born: 'Date and place of birth',
    address: 'Residing at',
    occupation: 'Occupation',
    ties: 'Family or marriage tie to the parties, subordination, collaboration or common interests with them',
    noTie: 'None',
    tie: {
      family: 'family or marriage',
      subordination: 'subordination',
      collaboration: 'collaboration',
      'common-interest': 'common interests',
    } satisfies Record<RelationshipKind, string>,
    aware:
      'I know that this statement is made to be produced in court and that a false statement on my part exposes me to penal sanctions.',
    facts: 'Account of the facts',
    madeAt: (place: string, day: string) => `Signed at ${place}, on ${day}`,
    signature: 'Signature',
    signatureNotShown: 'Signature: see the attached file',
    sentAt: (at: string) => `Sent online: ${at}`,
    identity: 'Attached: copy of an official identity document bearing the signature',
    file: 'File',
    inZip: 'The file is in the ZIP archive.',
  },
} as const;

export function attestationSectionTitle(locale: Locale): string {
  return TEXT[locale].section;
}

export interface AttestationSources {
  readonly doc: PDFDocument;
  readonly deferred: DeferredStream[];
  readonly facts: ReadonlyMap<string, EvidenceFacts>;
  readonly open: (evidence: DossierEvidence) => AsyncIterable<Uint8Array>;
  readonly load: (evidence: DossierEvidence) => Promise<Uint8Array>;
}

type Box = { x: number; y: number; width: number; height: number };

/** An image file in a box of the current page; false when it cannot be drawn. */
async function drawImage(pen: Pen, s: AttestationSources, e: DossierEvidence, box: Box) {
  const plan = s.facts.get(e.evidenceId)?.image;
  if (!plan) return false;
  await placeImage(s.doc, s.deferred, pen.page, plan, box, {
    open: () => s.open(e),
    load: () => s.load(e),
  });
  return true;
}

/** A PDF file's pages, inert, after the current one; false when it cannot be read. */
async function copyPages(s: AttestationSources, e: DossierEvidence) {
  const bytes = s.facts.get(e.evidenceId)?.pdf;
  if (!bytes) return false;
  try {
    const source = await PDFDocument.load(bytes, { updateMetadata: false });
    const copied = await copyInertPages(s.doc, source);
    if (!copied) return false;
    for (const page of copied) s.doc.addPage(page);
    return true;
  } catch {
    return false;
  }
}

/** One page per attestation, in the CERFA's layout, then its identity document. */
export async function writeAttestations(
  pen: Pen,
  attestations: readonly DossierAttestation[],
  locale: Locale,
  sources: AttestationSources,
): Promise<void> {
  const t = TEXT[locale];
  const colon = locale === 'fr' ? '\u202f: ' : ': ';
  const originals = attestationOriginals(attestations, locale);
  for (const [i, a] of attestations.entries()) {
    if (i > 0) pen.newPage();
    const paths = attestationPaths(a, i + 1, locale);
    const [identity, signature] = originals.slice(i * 2, i * 2 + 2).map((o) => o.evidence) as [
      DossierEvidence,
      DossierEvidence,
    ];
    pen.text(t.title, { size: 16, face: 'bold', after: 0 });
    pen.text(t.article, { size: 10, after: 4 });
    pen.text(t.layoutNote, { size: 8, color: COLORS.grey, after: 8 });
    pen.rule();
    pen.text(t.undersigned, { face: 'bold', after: 4 });
    const box = (label: string, value: string) => {
      pen.text(label, { size: 8, color: COLORS.grey, after: 0 });
      pen.text(value, { size: 10.5, indent: 8, after: 5 });
    };
    box(t.lastName, a.lastName);
    box(t.firstNames, a.firstNames);
    box(t.born, `${calendarDate(a.dateOfBirth, locale)}, ${a.placeOfBirth}`);
    box(t.address, a.address);
    box(t.occupation, a.occupation);
    box(
      t.ties,
      a.relationships.length
        ? `${a.relationships.map((r) => t.tie[r]).join(', ')}${a.relationshipDetails ? ` – ${a.relationshipDetails}` : ''}`
        : t.noTie,
    );
    pen.rule();
    pen.text(t.aware, { face: 'bold', after: 8 });
    pen.text(`${t.facts}${colon}`, { face: 'bold', after: 3 });
    // The witness's words print exactly as typed: they are the evidence.
    for (const paragraph of a.facts.split(/\r?\n/)) pen.text(paragraph || ' ', { after: 2 });
    pen.space(8);
    pen.text(t.madeAt(a.place, calendarDate(a.signedOn, locale)), { after: 2 });
    pen.text(t.sentAt(bothTimes(a.submittedAt, locale)), { size: 8, color: COLORS.grey, after: 6 });
    pen.ensure(120);
    pen.text(`${t.signature}${colon}`, { face: 'bold', after: 4 });
    const drawn = await drawImage(pen, sources, signature, {
      x: MARGIN.left,
      y: Math.max(MARGIN.bottom, pen.y - 100),
      width: Math.min(CONTENT_WIDTH, 300),
      height: 100,
    });
    if (drawn) pen.y = Math.max(MARGIN.bottom, pen.y - 100) - 8;
    else pen.text(t.signatureNotShown, { after: 4 });
    pen.text(`${t.file}${colon}${paths.signature}`, { size: 8, after: 0 });
    pen.text(a.signatureFile.sha256, { size: 7.5, face: 'mono', after: 6 });

    // The identity document the article asks to annex.
    pen.newPage();
    pen.text(t.identity, { face: 'bold', after: 2 });
    pen.text(`${t.file}${colon}${paths.identity}`, { size: 8, after: 0 });
    pen.text(a.identityFile.sha256, { size: 7.5, face: 'mono', after: 6 });
    const shown =
      (await drawImage(pen, sources, identity, {
        x: MARGIN.left,
        y: Math.max(MARGIN.bottom, pen.y - A4.height / 2),
        width: CONTENT_WIDTH,
        height: Math.min(pen.y - MARGIN.bottom, A4.height / 2),
      })) || (await copyPages(sources, identity));
    if (!shown) pen.text(t.inZip, { color: COLORS.grey });
  }
}
