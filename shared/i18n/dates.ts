import type { Locale } from '../domain/locale.js';

/**
 * Dates as a person in France reads them: Europe/Paris, long form, in the case's language.
 * Each format is made at its first use: making the four of them loads ICU's locale and
 * time-zone data, which cost about a fifth of the API's cold start when done at load.
 */
const formats = new Map<string, Intl.DateTimeFormat>();

function format(locale: Locale, withTime: boolean): Intl.DateTimeFormat {
  const key = `${locale}${withTime ? '+time' : ''}`;
  let made = formats.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
      dateStyle: 'long',
      ...(withTime ? { timeStyle: 'short' } : {}),
      timeZone: 'Europe/Paris',
    });
    formats.set(key, made);
  }
  return made;
}

/** `10 décembre 2026`, `1er décembre 2026` / `10 December 2026` */
export function longDate(locale: Locale, iso: string): string {
  return firstOfMonth(format(locale, false).format(new Date(iso)), locale);
}

/** `10 décembre 2026 à 14:30` / `10 December 2026 at 14:30` */
export function longDateTime(locale: Locale, iso: string): string {
  return firstOfMonth(format(locale, true).format(new Date(iso)), locale);
}

/** French writes the first of the month "1er"; Intl gives a bare "1". */
function firstOfMonth(date: string, locale: Locale): string {
  return locale === 'fr' ? date.replace(/^1 /, '1er ') : date;
}
