import type { DossierInput } from './dossier-input.js';
import { COLORS, CONTENT_WIDTH, type Pen } from './layout.js';
import type { DossierTexts, Signatory } from './texts.js';
import { calendarDate, longDate } from './time.js';

/** Where the addressee and the signature sit, from the left margin. */
export const RIGHT_COLUMN = 250;
/** Room left under "Signature :" for the hand-written signature. */
const SIGNATURE_SPACE = 40;

/** The victim's name as the letters print it. */
export function senderName(input: DossierInput): string | undefined {
  return input.identity.fullName ?? input.identity.displayName;
}

/** The postal address's lines, as she typed them. */
export function addressLinesOf(input: DossierInput): string[] {
  return (input.identity.address ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The victim as the opening sentence names her. */
export function signatoryOf(input: DossierInput): Signatory {
  const id = input.identity;
  const addressLines = addressLinesOf(input);
  return {
    name: senderName(input) ?? '____________________',
    civility: id.civility,
    born: id.dateOfBirth && calendarDate(id.dateOfBirth, input.locale),
    bornIn: id.placeOfBirth,
    // In the sentence, the address's lines are joined: it prints on its own lines above.
    address: addressLines.length ? addressLines.join(', ') : undefined,
  };
}

/**
 * Sender, then addressee and its court, as on a French letter sent by registered post. A
 * court the victim did not give is a line to fill in by hand.
 */
export function writeLetterHead(
  pen: Pen,
  input: DossierInput,
  t: DossierTexts,
  addressee: string,
  court: { readonly line: string; readonly given: boolean; readonly address?: string },
): void {
  const l = t.letter;
  const id = input.identity;
  pen.text(senderName(input) ?? l.fillIn, { face: 'bold', after: 1 });
  for (const line of [...addressLinesOf(input), id.phone, id.email].filter(Boolean) as string[])
    pen.text(line, { after: 1 });
  pen.space(12);
  pen.text(addressee, { indent: RIGHT_COLUMN, face: 'bold', after: 1 });
  pen.text(court.line, { indent: RIGHT_COLUMN, after: 1 });
  if (!court.given) pen.text(l.fillIn, { indent: RIGHT_COLUMN, size: 8, color: COLORS.grey });
  if (court.address) pen.text(court.address, { indent: RIGHT_COLUMN, after: 1 });
  pen.space(12);
  pen.text(l.registered, { face: 'bold' });
}

/** "Tribunal judiciaire de Lyon", or the same with a line to fill in. */
export function tribunalLine(input: DossierInput, t: DossierTexts) {
  const tribunal = input.prosecutor?.tribunal;
  return {
    line: `${t.letter.tribunal} ${tribunal ?? '____________________'}`,
    given: tribunal !== undefined,
    address: input.prosecutor?.address,
  };
}

/**
 * The last two paragraphs and the signature block, kept on one page: a page never holds
 * the signature alone, and the place and date print whole or as a line to fill in.
 */
export function writeSignedClosing(
  pen: Pen,
  input: DossierInput,
  t: DossierTexts,
  paragraphs: readonly [string, string],
): void {
  const l = t.letter;
  const name = senderName(input);
  const date = longDate(input.compiledAt, input.locale);
  const place = input.prosecutor?.place;
  const signedAt = place
    ? [l.placeDate(place, date)]
    : [`${l.place} ____________________`, `${l.date} ${date}`];
  const lineHeight = 10 * 1.35;
  const lines = (text: string, indent = 0) =>
    pen.wrap(text, 10, 'regular', CONTENT_WIDTH - indent).length;
  const height =
    paragraphs.reduce((sum, p) => sum + lines(p) * lineHeight + 5, 0) +
    13 +
    signedAt.reduce((sum, s) => sum + lines(s, RIGHT_COLUMN) * lineHeight + 2, 0) +
    (name ? lines(name, RIGHT_COLUMN) * lineHeight + 2 : 0) +
    lineHeight +
    SIGNATURE_SPACE;
  pen.ensure(height);
  pen.text(paragraphs[0]);
  pen.text(paragraphs[1], { after: 18 });
  for (const line of signedAt) pen.text(line, { indent: RIGHT_COLUMN, after: 2 });
  if (name) pen.text(name, { indent: RIGHT_COLUMN, face: 'bold', after: 2 });
  pen.text(l.signature, { indent: RIGHT_COLUMN, after: SIGNATURE_SPACE });
}
