import type { CaseState } from '../domain/fold.js';
import type { Locale } from '../domain/locale.js';
import { type MailContext, mail, type RenderedMail } from './templates.js';

/**
 * The reminder the daily sweep sends when reports wait for a platform's answer. Like every
 * mail it carries nothing anyone typed: not the sites' names, only how many reports wait.
 * Sources: a platform must process notices "in a timely, diligent, non-arbitrary and
 * objective manner" (DSA art. 16(6)); Arcom named e-Enfance, which runs the 3018, a trusted
 * flagger (art. 22: their notices are processed with priority). CELEX 32022R2065 read
 * through copies (EUR-Lex not stored, see `functions/web/case/platforms/texts.ts`); Arcom
 * grants the status (arcom.fr, "Signaleurs de confiance : conditions et candidatures"), but
 * its list naming e-Enfance was read only through le-meridien.fr and telesatellite.com;
 * e-Enfance runs the 3018 (e-enfance.org); phone, chat on 3018.fr, Messenger and WhatsApp
 * (e-Enfance's launch notice, via veille-acteurs-sante.fr and educnum.fr).
 */
export const PLATFORM_MAIL_TEXT = {
  subject: {
    fr: 'Une plateforme n’a pas encore répondu à votre signalement',
    en: 'A platform has not answered your report yet',
  },
  intro: {
    fr: (count: number, days: number) =>
      count === 1
        ? `Vous avez signalé des contenus il y a plus de ${days} jours, et aucune réponse n’est notée dans votre dossier.`
        : `Vous avez fait ${count} signalements il y a plus de ${days} jours, et aucune réponse n’est notée dans votre dossier.`,
    en: (count: number, days: number) =>
      count === 1
        ? `You reported content more than ${days} days ago, and no answer is recorded in your case.`
        : `You made ${count} reports more than ${days} days ago, and no answer is recorded in your case.`,
  },
  next: {
    fr: [
      'Si la plateforme a retiré le contenu ou refusé de le faire, notez sa réponse dans votre dossier. Après un refus, votre dossier vous indique les recours : la réclamation auprès de la plateforme, un organisme de règlement des litiges, l’Arcom.',
      'Sans réponse, renvoyez la notification prête dans votre dossier : la plateforme doit traiter chaque notification avec diligence (article 16 du règlement européen sur les services numériques).',
      'Le 3018 peut signaler pour vous : c’est un signaleur de confiance, dont les signalements passent en priorité. Par téléphone au 3018, par tchat sur 3018.fr ou sur Messenger et WhatsApp.',
    ],
    en: [
      'If the platform removed the content or refused to, record its answer in your case. After a refusal, your case shows what you can do next: a complaint to the platform, a dispute settlement body, Arcom.',
      'Without an answer, send again the notice ready in your case: the platform must process every notice diligently (article 16 of the EU Digital Services Act).',
      '3018 can report for you: it is a trusted flagger, whose reports are dealt with first. Call 3018, or chat on 3018.fr, Messenger or WhatsApp.',
    ],
  },
} as const satisfies Readonly<Record<string, Readonly<Record<Locale, unknown>>>>;

export function platformAnswerReminderMail(
  state: CaseState,
  context: MailContext,
  count: number,
  days: number,
): RenderedMail {
  const locale = state.locale;
  const t = PLATFORM_MAIL_TEXT;
  return mail(state, context, 'platform-answer-reminder', t.subject[locale], [
    { kind: 'p', text: t.intro[locale](count, days) },
    { kind: 'list', items: t.next[locale] },
  ]);
}
