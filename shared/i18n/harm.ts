import type { HARM_POINTS } from '../domain/harm.js';
import type { Locale } from '../domain/locale.js';
import { typesetTable } from './typography.js';

export type HarmPoint = (typeof HARM_POINTS)[number];

/**
 * The medical certificate's points, in the words of the dossier's letter: the case page's
 * form uses the same, so the victim recognises them in the PDF.
 */
const asWritten: Readonly<Record<Locale, Readonly<Record<HarmPoint, string>>>> = {
  fr: {
    sleep: 'Sommeil',
    eating: 'Alimentation',
    fears: 'Craintes',
    goingOut: 'Sorties',
    socialLife: 'Vie sociale',
    medication: 'Prise de médicaments',
    other: 'Autres conséquences',
  },
  en: {
    sleep: 'Sleep',
    eating: 'Eating',
    fears: 'Fears',
    goingOut: 'Going out',
    socialLife: 'Social life',
    medication: 'Medication',
    other: 'Other effects',
  },
};

/** The French side set in French typography (no-break spaces), once, here. */
export const HARM_POINT_TEXT = typesetTable(asWritten);
