import type { Locale } from '../domain/locale.js';

/** Dates as a person in France reads them: Europe/Paris, long form, in the case's language. */
const LONG_DATE: Record<Locale, Intl.DateTimeFormat> = {
  fr: new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'Europe/Paris' }),
};
const LONG_DATE_TIME: Record<Locale, Intl.DateTimeFormat> = {
  fr: new Intl.DateTimeFormat('fr-FR', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Paris',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Paris',
  }),
};

/** `10 décembre 2026`, `1er décembre 2026` / `10 December 2026` */
export function longDate(locale: Locale, iso: string): string {
  return firstOfMonth(LONG_DATE[locale].format(new Date(iso)), locale);
}

/** `10 décembre 2026 à 14:30` / `10 December 2026 at 14:30` */
export function longDateTime(locale: Locale, iso: string): string {
  return firstOfMonth(LONG_DATE_TIME[locale].format(new Date(iso)), locale);
}

/** French writes the first of the month "1er"; Intl gives a bare "1". */
function firstOfMonth(date: string, locale: Locale): string {
  return locale === 'fr' ? date.replace(/^1 /, '1er ') : date;
}
