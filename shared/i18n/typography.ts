import type { Locale } from '../domain/locale.js';

/**
 * French typography: a narrow no-break space (U+202F) before `: ; ! ?` and inside `« »`,
 * so that a colon never wraps to the start of a line. One helper for the mails, the pages
 * and the PDF; English text is returned as is.
 *
 * Left alone: web addresses (`https://…?t=…`), times and ratios (`14:30`, `2/3`), and
 * spaces that are already no-break. Applied to plain text, before any HTML escaping
 * (an entity such as `&#39;` holds a `;`).
 */
export const NARROW_NBSP = '\u202F';

/** Addresses and mail addresses: copied through untouched. */
const URL = /\b(?:https?:\/\/|mailto:|www\.)[^\s<>«»"]*[^\s<>«»".,;:!?)]/gi;

/** Any space but the no-break ones, before the mark. */
const SPACE_BEFORE = /[ \t]+([:;!?»])/g;
/** A mark glued to a word or a closing sign (not `14:30`, not `?!` in a row). */
const GLUED_BEFORE = /([\p{L}\p{N}\p{Pe}’'"”)])([;!?»])/gu;
/** A colon glued to a word, when a space or the end follows (not `14:30`, not `a:b`). */
const GLUED_COLON = /([\p{L}\p{N}\p{Pe}’'"”)])(:)(?=\s|$)/gmu;
const SPACE_AFTER_OPENING = /«[ \t]*(?=\S)/g;

function frenchSpaces(text: string): string {
  return text
    .replace(SPACE_BEFORE, `${NARROW_NBSP}$1`)
    .replace(GLUED_BEFORE, `$1${NARROW_NBSP}$2`)
    .replace(GLUED_COLON, `$1${NARROW_NBSP}$2`)
    .replace(SPACE_AFTER_OPENING, `«${NARROW_NBSP}`);
}

/** `text` with French no-break spaces when `locale` is French; addresses untouched. */
export function typeset(locale: Locale, text: string): string {
  if (locale !== 'fr') return text;
  let out = '';
  let from = 0;
  for (const match of text.matchAll(URL)) {
    out += frenchSpaces(text.slice(from, match.index)) + match[0];
    from = match.index + match[0].length;
  }
  return out + frenchSpaces(text.slice(from));
}

/**
 * Where French text breaks the rule: a regular space (or none) before `: ; ! ?`, or a
 * regular space inside `« »`, outside web addresses and times. For tests of every text.
 */
export function typographyFaults(text: string): string[] {
  const prose = text.replace(URL, ' ');
  const faults: string[] = [];
  const patterns = [
    /\S{0,12}[ \t][:;!?»]\S{0,12}/g,
    /\S{0,12}[\p{L}\p{N}’)][;!?»]\S{0,12}/gu,
    /\S{0,12}[\p{L}\p{N}’)]:(?=\s|$)/gmu,
    /«[ \t]\S{0,12}/g,
    /«[^\u202F\u00A0]\S{0,12}/g,
  ];
  for (const pattern of patterns) for (const m of prose.matchAll(pattern)) faults.push(m[0]);
  return faults;
}
