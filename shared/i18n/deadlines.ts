import type { Deadline } from '../domain/deadlines.js';
import type { Locale } from '../domain/locale.js';
import { longDate } from './dates.js';

/** One sentence per deadline, in the case's language. */
export function deadlineText(locale: Locale, deadline: Deadline): string {
  const date = (iso: string | null | undefined) => (iso ? longDate(locale, iso) : '');
  if (deadline.id === 'public-insult-defamation') {
    if (locale === 'fr') {
      return deadline.dueBy
        ? `Attention : les injures et la diffamation publiques doivent être dénoncées dans les 3 mois suivant leur publication (1 an si elles sont discriminatoires). Pour la première publication de votre dossier : avant le ${date(deadline.dueBy)} (ou le ${date(deadline.dueByIfDiscriminatory)}).`
        : 'Attention : les injures et la diffamation publiques doivent être dénoncées dans les 3 mois suivant leur publication (1 an si elles sont discriminatoires). Notez la date de chaque publication et agissez vite.';
    }
    return deadline.dueBy
      ? `Be quick: public insults and defamation must be reported within 3 months of publication (1 year if discriminatory). For the first publication in your case: before ${date(deadline.dueBy)} (or ${date(deadline.dueByIfDiscriminatory)}).`
      : 'Be quick: public insults and defamation must be reported within 3 months of publication (1 year if discriminatory). Note the date of each publication and act soon.';
  }
  if (locale === 'fr') {
    return deadline.dueBy
      ? `Le harcèlement en ligne (article 222-33-2-2 du Code pénal) peut être poursuivi pendant 6 ans après le dernier acte : jusqu’au ${date(deadline.dueBy)} pour votre dossier.`
      : 'Le harcèlement en ligne (article 222-33-2-2 du Code pénal) peut être poursuivi pendant 6 ans après le dernier acte.';
  }
  return deadline.dueBy
    ? `Online harassment (article 222-33-2-2 of the French Code pénal) can be prosecuted for 6 years after the last act: until ${date(deadline.dueBy)} for your case.`
    : 'Online harassment (article 222-33-2-2 of the French Code pénal) can be prosecuted for 6 years after the last act.';
}
