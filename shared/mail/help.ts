import type { MailKind } from '../domain/events.js';
import type { HarassmentKind } from '../domain/harassment-kinds.js';
import type { Locale } from '../domain/locale.js';
import type { StepId } from '../domain/steps.js';

/**
 * Who helps, said in the mails where it fits the moment: one or two numbers per mail, never
 * a wall of them (the case page says the same, step by step: `functions/web/case/help/`).
 * Sources, read with the `search` tool on 2026-12-01:
 * - 116 006, France Victimes: free, every day of the year, for any victim of an offence
 *   (harassment named), listens, explains rights, directs to a local victim-support
 *   association (savoie.gouv.fr "Lancement du 116 006"; orne.gouv.fr; essentiel-sante-
 *   magazine.fr). Hours: 9–19 h in some, 9–20 h in others: none stated;
 * - 3018, e-Enfance: free, anonymous, confidential, national number for victims of online
 *   violence; by phone, live chat on 3018.fr and its app; fast removal through the platforms
 *   (mlvenissieux.fr, mairie-villetaneuse.fr "Le 3018"); the seed says it helps adults too.
 *   Hours differ between sources (and changed in 2023): none stated;
 * - 17 / 112 for the police; 114 by SMS, app or website for whoever cannot speak or hear,
 *   free, day and night (handicap.fr "114"; cramif.fr; syndicat-infirmier.com);
 * - aide juridictionnelle: the State pays all or part of a lawyer's fees depending on
 *   resources (loi n° 91-647 du 10 juillet 1991; barreau-angers.org; alexia.fr), in criminal
 *   cases too; free lawyers' consultations in points d'accès au droit and maisons de justice
 *   et du droit (service-public "Victime d'infraction", via `functions/web/case/help/texts.ts`);
 * - UMJ: examines a victim on a requisition from the police or the prosecutor, after the
 *   complaint, and sets the ITT, psychological harm included (equitas.site "Unité
 *   médico-judiciaire"; annuaire.dac-87.fr "UMJ"; brochard-avocat.com).
 * The 3919 (partner or ex-partner) is not in the mails: the case records the author's link to
 * the victim only as free text, which no mail reads. The case page names it at "talk to
 * someone".
 */
export const HELP_TEXT = {
  e3018: {
    fr: 'Le 3018 : gratuit, anonyme et confidentiel, y compris pour les adultes, par téléphone, par tchat sur 3018.fr ou dans l’application 3018.',
    en: '3018: free, anonymous and confidential, for adults too, by phone, by chat on 3018.fr or in the 3018 app.',
  },
  franceVictimes: {
    fr: 'France Victimes, au 116 006 : gratuit, tous les jours. On vous écoute, on vous explique vos droits et on vous oriente vers une association d’aide aux victimes près de chez vous.',
    en: 'France Victimes, on 116 006: free, every day. They listen, explain your rights and put you in touch with a victim-support association near you.',
  },
  lawyer: {
    fr: 'Un avocat : selon vos revenus, l’aide juridictionnelle prend en charge tout ou partie de ses frais ; des consultations gratuites d’avocats ont lieu dans les points d’accès au droit et les maisons de justice et du droit.',
    en: 'A lawyer: depending on your income, legal aid (aide juridictionnelle) pays all or part of the fees; free consultations with lawyers are held in points d’accès au droit and maisons de justice et du droit.',
  },
  umj: {
    fr: 'Lors de la plainte, vous pouvez demander une réquisition pour une unité médico-judiciaire (UMJ) : ses médecins fixent l’ITT, y compris pour un retentissement psychologique.',
    en: 'When you file the complaint, you can ask for a requisition to a unité médico-judiciaire (UMJ): its doctors set the ITT, psychological harm included.',
  },
  emergency: {
    fr: 'En cas de danger : le 17 ou le 112 ; si vous ne pouvez pas parler ou entendre, un SMS au 114.',
    en: 'If you are in danger: call 17 or 112; if you cannot speak or hear, text 114.',
  },
} as const satisfies Record<string, Record<Locale, string>>;

export type HelpId = keyof typeof HELP_TEXT;

/** Where the law starts: someone to explain the rights, and a lawyer. */
const LEGAL: HelpId[] = ['franceVictimes', 'lawyer'];

/** The help a reminder of `step` carries. */
function forStep(step: StepId, threats: boolean): HelpId[] {
  switch (step) {
    case 'stop-contact':
      return threats ? ['emergency', 'e3018'] : ['e3018'];
    case 'seek-support':
      return ['e3018', 'franceVictimes'];
    case 'medical-certificate':
      return ['umj'];
    case 'file-complaint':
    case 'write-prosecutor':
    case 'follow-up':
      return LEGAL;
    default:
      // Reporting, locking accounts, evidence: the 3018 gets content down and advises.
      return ['e3018'];
  }
}

/**
 * The help lines of one mail: by the step a reminder is about, else by the mail's moment.
 * The danger numbers come first when threats are part of the case and the mail opens it.
 */
export function mailHelp(
  kind: MailKind,
  harassmentKinds: readonly HarassmentKind[],
  step?: StepId,
): HelpId[] {
  const threats = harassmentKinds.includes('threats-insults');
  if (kind === 'reminder' && step) return forStep(step, threats);
  switch (kind) {
    case 'welcome':
      return threats ? ['emergency', 'e3018'] : ['e3018'];
    case 'sign-in':
    case 'retention-warning':
      return [];
    case 'stalled':
    case 'case-closed':
      return ['franceVictimes'];
    case 'dossier-ready':
    case 'complaint-filed':
    case 'prosecutor-letter':
    case 'follow-up-letters':
    case 'follow-up-again':
    case 'hearing-reminder':
    case 'countdown':
      return LEGAL;
    default:
      return ['e3018'];
  }
}
