import { LOCALES, type Locale } from '../../shared/domain/locale.js';
import { typesetTexts } from '../../shared/i18n/typography.js';

/** One text in every language of the pages, side by side: a missing one fails `tsc`. */
export type Bilingual<T> = { readonly [L in Locale]: T };

/** A page's texts: each key holds its French and English side by side, or a group of keys. */
export interface Catalogue {
  readonly [key: string]: Bilingual<unknown> | Catalogue;
}

/** The catalogue as one language reads it: each `{ fr, en }` becomes its text. */
export type InLocale<C> =
  C extends Bilingual<infer T> ? T : { readonly [K in keyof C]: InLocale<C[K]> };

function isBilingual(node: unknown): node is Bilingual<unknown> {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return false;
  const keys = Object.keys(node);
  return keys.length === LOCALES.length && LOCALES.every((locale) => keys.includes(locale));
}

function inLocale(node: Bilingual<unknown> | Catalogue, locale: Locale): unknown {
  if (isBilingual(node)) return typesetTexts(locale, node[locale]);
  return Object.fromEntries(Object.entries(node).map(([key, v]) => [key, inLocale(v, locale)]));
}

/**
 * A page's texts, written French and English side by side per key, read per language:
 * `homeTexts[locale].title`. Built once, when the module loads. The French side is set
 * in French typography here (`typesetTexts`: a no-break space before `: ; ! ?` and inside
 * `« »`), so a text is written with plain spaces and no page has to remember it; what a
 * text function is given (an address, a date, a receipt number) comes back untouched.
 */
export function catalogue<C extends Catalogue>(texts: C): Readonly<Record<Locale, InLocale<C>>> {
  return Object.fromEntries(LOCALES.map((locale) => [locale, inLocale(texts, locale)])) as Record<
    Locale,
    InLocale<C>
  >;
}
