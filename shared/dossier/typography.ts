import { typeset } from '../i18n/typography.js';

/**
 * French typography for the dossier: the shared helper's no-break spaces before `: ; ! ?`
 * and inside `« »` (shared/i18n/typography.ts), and amounts kept whole ("15 000 €" never
 * breaks). Applied to every paragraph of a French dossier, the victim's words included.
 */
export function frenchSpacing(text: string): string {
  return typeset('fr', text)
    .replace(/(\d) (?=\d{3}\b)/g, '$1\u202f')
    .replace(/(\d) €/g, '$1\u00a0€');
}

/** `frenchSpacing` over every string and every string a function returns, deeply. */
export function typesetAll<T>(texts: T): T {
  if (typeof texts === 'string') return frenchSpacing(texts) as T;
  if (typeof texts === 'function')
    return ((...args: unknown[]) =>
      typesetAll((texts as (...a: unknown[]) => unknown)(...args))) as T;
  if (Array.isArray(texts)) return texts.map(typesetAll) as T;
  if (texts && typeof texts === 'object')
    return Object.fromEntries(
      Object.entries(texts).map(([key, value]) => [key, typesetAll(value)]),
    ) as T;
  return texts;
}
