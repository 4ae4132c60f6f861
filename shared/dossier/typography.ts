import { typeset, typesetTexts } from '../i18n/typography.js';

/**
 * French typography for the dossier: the shared helper's no-break spaces before `: ; ! ?`
 * and inside `« »` (shared/i18n/typography.ts), and amounts kept whole ("15 000 €" never
 * breaks). Applied to the dossier's own French texts (`typesetAll`), never to the victim's
 * words: what she typed is evidence, printed as typed.
 */
export function frenchSpacing(text: string): string {
  return typeset('fr', text)
    .replace(/(\d) (?=\d{3}\b)/g, '$1\u202f')
    .replace(/(\d) €/g, '$1\u00a0€');
}

/**
 * `frenchSpacing` over every string of the dossier's French texts, deeply, and over what
 * each text function returns, except what it is given: the victim's words, passed in,
 * print as typed.
 */
export function typesetAll<T>(texts: T): T {
  return typesetTexts('fr', texts, frenchSpacing);
}
