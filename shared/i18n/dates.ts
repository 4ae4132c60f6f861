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

/** `10 décembre 2026` / `10 December 2026` */
export function longDate(locale: Locale, iso: string): string {
  return LONG_DATE[locale].format(new Date(iso));
}

/** `10 décembre 2026 à 14:30` / `10 December 2026 at 14:30` */
export function longDateTime(locale: Locale, iso: string): string {
  return LONG_DATE_TIME[locale].format(new Date(iso));
}
