import type { Locale } from '../domain/locale.js';

/**
 * French typography: a narrow no-break space (U+202F) before `: ; ! ?` and inside `« »`,
 * so that a colon never wraps to the start of a line, and a no-break space after `n°`.
 * One helper for the mails, the pages and the PDF; English text is returned as is.
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
/** "n° 12" never splits over two lines. */
const NUMBER_SIGN = /\b([nN]°)[ \t]+(?=\S)/g;

function frenchSpaces(text: string): string {
  return text
    .replace(SPACE_BEFORE, `${NARROW_NBSP}$1`)
    .replace(GLUED_BEFORE, `$1${NARROW_NBSP}$2`)
    .replace(GLUED_COLON, `$1${NARROW_NBSP}$2`)
    .replace(SPACE_AFTER_OPENING, `«${NARROW_NBSP}`)
    .replace(NUMBER_SIGN, '$1\u00A0');
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
 * `texts` as `typeset` sets them (or `set`), deeply: each string, each string of an array
 * or a plain object, and what each function returns. For the text tables written by hand
 * (the pages' catalogues, the shared tables, the dossier's), so no text has to remember it.
 *
 * What a function is given comes back exactly as given (an address, a date, a name or a
 * number the victim typed, also inside an object or array argument): only the words
 * around it are set. Other values (numbers, Intl formatters, markup) are left alone.
 */
export function typesetTexts<T>(
  locale: Locale,
  texts: T,
  set: (text: string) => string = (text) => typeset(locale, text),
): T {
  if (locale !== 'fr') return texts;
  if (typeof texts === 'string') return set(texts) as T;
  if (typeof texts === 'function') {
    const write = texts as (...args: unknown[]) => unknown;
    return ((...args: unknown[]) => {
      const written = write(...args);
      if (typeof written !== 'string') return typesetTexts(locale, written, set);
      return setAround(written, stringsIn(args), set);
    }) as T;
  }
  if (Array.isArray(texts)) return texts.map((text) => typesetTexts(locale, text, set)) as T;
  if (isPlainObject(texts))
    return Object.fromEntries(
      Object.entries(texts).map(([key, value]) => [key, typesetTexts(locale, value, set)]),
    ) as T;
  return texts;
}

/**
 * A table written `{ fr: …, en: … }`, its French side typeset (`typesetTexts`) at its
 * first read: tables are made when their module loads, and setting them all then was a
 * measurable part of a function's cold start.
 */
export function typesetTable<T extends { readonly fr: unknown }>(table: T): T {
  let fr: T['fr'] | undefined;
  return Object.defineProperty({ ...table }, 'fr', {
    get: () => {
      fr ??= typesetTexts('fr', table.fr);
      return fr;
    },
    enumerable: true,
  });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype
  );
}

/** The non-empty strings in `values`, in arrays and plain objects too. */
function stringsIn(values: readonly unknown[], found: string[] = []): string[] {
  for (const value of values) {
    if (typeof value === 'string' && value) found.push(value);
    else if (Array.isArray(value)) stringsIn(value, found);
    else if (isPlainObject(value)) stringsIn(Object.values(value), found);
  }
  return found;
}

/**
 * A word-like stand-in for the `index`th value while the words around it are set:
 * letters (U+A66E, U+A66D) no text of ours or of a victim's plausibly holds, so that
 * "${name}!" still gets its space before the mark; no stand-in holds another.
 */
const standIn = (index: number) => `\uA66E${'\uA66D'.repeat(index + 1)}\uA66E`;

/** `written` set by `set`, each of `values` it holds put back as it was. */
function setAround(written: string, values: string[], set: (text: string) => string): string {
  const kept = [...new Set(values)]
    .filter((value) => written.includes(value))
    // The longest first: a value inside another is then already stood in for.
    .sort((a, b) => b.length - a.length);
  const marked = kept.reduce((text, value, i) => text.replaceAll(value, standIn(i)), written);
  return kept.reduce((text, value, i) => text.replaceAll(standIn(i), value), set(marked));
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
