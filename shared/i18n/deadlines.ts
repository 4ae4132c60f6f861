import type { Deadline } from '../domain/deadlines.js';
import type { Locale } from '../domain/locale.js';
import { longDate } from './dates.js';

/**
 * One sentence per deadline, in the case's language. Press offences: loi du 29 juillet 1881,
 * art. 65 (3 months from each publication; before prosecution only the parquet's requests for
 * an investigation interrupt it, so a simple complaint does not) and 65-3 (1 year when
 * discriminatory); a plainte avec constitution de partie civile starts the prosecution (CPP
 * art. 85). Harassment: CPP art. 8, six years, from the last act.
 */
export function deadlineText(locale: Locale, deadline: Deadline): string {
  const date = (iso: string | null | undefined) => (iso ? longDate(locale, iso) : '');
  if (deadline.id === 'public-insult-defamation') {
    if (locale === 'fr') {
      const rule =
        'Attention\u00a0: les injures et la diffamation publiques doivent être poursuivies dans les 3 mois suivant chaque publication (1 an si elles sont discriminatoires), et une plainte simple n’interrompt pas ce délai\u202f; agissez dans les premières semaines (une plainte avec constitution de partie civile l’interrompt).';
      if (!deadline.dueBy) return `${rule} Notez la date de chaque publication.`;
      return deadline.passed
        ? `${rule} Pour la première publication de votre dossier, ce délai est dépassé depuis le ${date(deadline.dueBy)} (sauf propos discriminatoires\u00a0: jusqu’au ${date(deadline.dueByIfDiscriminatory)})\u202f; ces faits restent des actes de harcèlement.`
        : `${rule} Pour la première publication de votre dossier\u00a0: avant le ${date(deadline.dueBy)} (ou le ${date(deadline.dueByIfDiscriminatory)}).`;
    }
    const rule =
      'Be quick: public insults and defamation must be prosecuted within 3 months of each publication (1 year if discriminatory), and a simple complaint does not stop that clock; act in the first weeks (a complaint as a civil party does stop it).';
    if (!deadline.dueBy) return `${rule} Note the date of each publication.`;
    return deadline.passed
      ? `${rule} For the first publication in your case, that limit passed on ${date(deadline.dueBy)} (unless discriminatory: until ${date(deadline.dueByIfDiscriminatory)}); these facts remain acts of harassment.`
      : `${rule} For the first publication in your case: before ${date(deadline.dueBy)} (or ${date(deadline.dueByIfDiscriminatory)}).`;
  }
  if (locale === 'fr') {
    return deadline.dueBy
      ? `Le harcèlement en ligne (article 222-33-2-2 du Code pénal) peut être poursuivi pendant 6 ans après le dernier acte\u00a0: jusqu’au ${date(deadline.dueBy)} pour votre dossier.`
      : 'Le harcèlement en ligne (article 222-33-2-2 du Code pénal) peut être poursuivi pendant 6 ans après le dernier acte.';
  }
  return deadline.dueBy
    ? `Online harassment (article 222-33-2-2 of the French Code pénal) can be prosecuted for 6 years after the last act: until ${date(deadline.dueBy)} for your case.`
    : 'Online harassment (article 222-33-2-2 of the French Code pénal) can be prosecuted for 6 years after the last act.';
}
