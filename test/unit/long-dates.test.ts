import { describe, expect, it } from 'vitest';
import { longDate as dossierLongDate } from '../../shared/dossier/time.js';
import { longDate, longDateTime } from '../../shared/i18n/dates.js';

describe('long dates', () => {
  it('writes the first of the month "1er" in French, on pages, in mails and in the dossier', () => {
    // Prepare: noon on the 1st in Paris, and a day given without a time.
    const instant = '2026-12-01T11:00:00Z';

    // Act / Assess
    expect(longDate('fr', instant)).toBe('1er décembre 2026');
    expect(longDateTime('fr', instant)).toMatch(/^1er décembre 2026 à 12:00$/);
    expect(dossierLongDate('2026-12-01', 'fr')).toBe('1er décembre 2026');
    expect(dossierLongDate(instant, 'fr')).toBe('1er décembre 2026');
  });

  it('leaves other days and English alone', () => {
    expect(longDate('fr', '2026-12-11T11:00:00Z')).toBe('11 décembre 2026');
    expect(longDate('fr', '2026-12-21T11:00:00Z')).toBe('21 décembre 2026');
    expect(longDate('en', '2026-12-01T11:00:00Z')).toBe('1 December 2026');
  });
});
