import { isDay } from '../domain/day-or-time.js';
import type { Locale } from '../domain/locale.js';
import { longDate as longDateIn } from '../i18n/dates.js';

const PARIS: Record<Locale, Intl.DateTimeFormat> = {
  fr: new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'Europe/Paris',
    dateStyle: 'short',
    timeStyle: 'medium',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Paris',
    dateStyle: 'short',
    timeStyle: 'medium',
  }),
};
const OFFSET = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  timeZoneName: 'shortOffset',
});

/** `2024-05-01 12:34:56 UTC` */
export function utc(iso: string): string {
  return `${new Date(iso).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/** `01/05/2024 14:34:56 Paris (GMT+2)` */
export function paris(iso: string, locale: Locale): string {
  const date = new Date(iso);
  const offset = OFFSET.formatToParts(date).find((p) => p.type === 'timeZoneName')?.value;
  return `${PARIS[locale].format(date)} Paris (${offset ?? 'Europe/Paris'})`;
}

/** Both, as the index and the custody log print them. */
export function bothTimes(iso: string, locale: Locale): string {
  return `${utc(iso)} · ${paris(iso, locale)}`;
}

/** `1er décembre 2026` / `1 December 2026`, in Paris; a day (`YYYY-MM-DD`) stays that day. */
export function longDate(iso: string, locale: Locale): string {
  if (isDay(iso)) return calendarDate(iso, locale);
  return longDateIn(locale, iso);
}

/** A date without time (`YYYY-MM-DD`), written out. */
export function calendarDate(day: string, locale: Locale): string {
  return longDateIn(locale, `${day.slice(0, 10)}T12:00:00Z`);
}

/**
 * A date the victim gave: written out when she gave a day, with UTC and Paris times when she
 * gave the time. Never a time she did not give.
 */
export function dayOrTimes(value: string, locale: Locale): string {
  return isDay(value) ? calendarDate(value, locale) : bothTimes(value, locale);
}

/** Like `dayOrTimes`, shorter: a day, or the Paris time only (the letter's lists). */
export function dayOrParis(value: string, locale: Locale): string {
  return isDay(value) ? calendarDate(value, locale) : paris(value, locale);
}

export function byteSize(bytes: number, locale: Locale): string {
  const units = locale === 'fr' ? ['o', 'Ko', 'Mo', 'Go'] : ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const number = unit === 0 ? String(value) : value.toFixed(1);
  const exact = unit === 0 ? '' : ` (${bytes.toLocaleString(locale === 'fr' ? 'fr-FR' : 'en-GB')})`;
  return `${locale === 'fr' ? number.replace('.', ',') : number} ${units[unit]}${exact}`;
}
