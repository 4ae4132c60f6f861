import { catalogue } from '../../catalogue.js';

/**
 * People who help, each said in the step where it helps. Sources, checked 2026-12-01:
 * - 116 006, France Victimes: free, every day of the year, a message service when closed,
 *   also victimes@france-victimes.fr; it directs victims to a local victim-support
 *   association (france-victimes.fr, "Animer une plate-forme téléphonique"; ministère de la
 *   Justice via savoie.gouv.fr and orne.gouv.fr). Its hours differ between sources: none
 *   stated here;
 * - 3018, e-Enfance: free, anonymous, confidential; by phone, chat on 3018.fr (and
 *   Messenger, WhatsApp) and its app; the seed says it helps adults too; Arcom named
 *   e-Enfance a trusted flagger (DSA art. 22) (e-enfance.org; Arcom's list read only
 *   through le-meridien.fr, see `../platforms/texts.ts`; educnum.fr). Hours
 *   differ between sources: none stated;
 * - 3919, Violences Femmes Info: free, anonymous, for every form of violence by a partner or
 *   ex-partner, cyber-violence included (icfhabitat.fr "Le 3919"; parolesdefemmes81.fr);
 * - 17 / 112 for the police, 114 by SMS or the Urgence 114 app for whoever cannot speak or
 *   hear, free, day and night (service-public "numéros d'urgence"; urgence114.fr via
 *   handicap.fr and cramif.fr);
 * - aide juridictionnelle: the State pays all or part of a lawyer's fees depending on
 *   resources; free lawyers' consultations in courts, town halls, maisons de justice et du
 *   droit and points d'accès au droit (service-public "Victime d'infraction: que faire?";
 *   infovictimes.fr "Droit à l'aide juridictionnelle");
 * - online routes: "Plainte en ligne" takes only offences against property by an unknown
 *   author (plainte-en-ligne.masecurite.interieur.gouv.fr/faq); the "pré-plainte en ligne"
 *   offences against property, or some discriminatory facts, by an unknown author, then
 *   signed at the police station or gendarmerie (service-public.fr R19620, read as
 *   syndicated on ville-chamalieres.fr: service-public.fr itself is not stored); THESEE
 *   takes online scams, among them hacked accounts and online blackmail with a demand for
 *   money (loiret.gouv.fr, "Thesee : la plainte en ligne pour les victimes
 *   d'e-escroqueries"; combs-la-ville.fr). None takes harassment;
 * - UMJ: a unité médico-judiciaire examines a victim on a requisition from the police or the
 *   prosecutor, usually when the complaint is taken, and sets the ITT, psychological harm
 *   included (sba-avocats.com "ITT"; equitas.site "Unité médico-judiciaire").
 */
export const helpTexts = catalogue({
  title: { fr: 'Qui peut vous aider', en: 'Who can help' },
  franceVictimes: {
    fr: 'France Victimes, au 116 006 : gratuit, tous les jours. On vous écoute, on vous explique vos droits et on vous oriente vers une association d’aide aux victimes près de chez vous. Aussi par mail : victimes@france-victimes.fr.',
    en: 'France Victimes, on 116 006: free, every day. They listen, explain your rights and put you in touch with a victim-support association near you. Also by mail: victimes@france-victimes.fr.',
  },
  call116006: { fr: 'Appeler le 116 006', en: 'Call 116 006' },
  e3018: {
    fr: 'Le 3018 : gratuit, anonyme et confidentiel, par téléphone, par tchat sur 3018.fr ou dans l’application 3018. Signaleur de confiance auprès des plateformes, il peut faire retirer des contenus rapidement.',
    en: '3018: free, anonymous and confidential, by phone, by chat on 3018.fr or in the 3018 app. As a trusted flagger with the platforms, it can get content removed quickly.',
  },
  call3018: { fr: 'Appeler le 3018', en: 'Call 3018' },
  partner: {
    fr: 'Si l’auteur est votre conjoint·e ou ex-conjoint·e : le 3919, gratuit et anonyme, écoute et oriente pour toutes les violences dans le couple, y compris en ligne.',
    en: 'If the author is your partner or ex-partner: 3919, free and anonymous, listens and guides on every kind of violence in a couple, online included.',
  },
  call3919: { fr: 'Appeler le 3919', en: 'Call 3919' },
  emergency: {
    fr: 'Si une menace vous fait craindre pour votre sécurité maintenant : appelez le 17 ou le 112 ; si vous ne pouvez pas parler, envoyez un SMS au 114.',
    en: 'If a threat makes you fear for your safety now: call 17 or 112; if you cannot speak, text 114.',
  },
  lawyer: {
    fr: 'Un avocat n’est pas obligatoire pour porter plainte. Selon vos revenus, l’aide juridictionnelle prend en charge tout ou partie de ses frais ; des consultations gratuites d’avocats ont lieu dans les tribunaux, les mairies, les maisons de justice et du droit et les points d’accès au droit.',
    en: 'You do not need a lawyer to file a complaint. Depending on your income, legal aid (aide juridictionnelle) pays all or part of a lawyer’s fees; free consultations with lawyers are held in courts, town halls, maisons de justice et du droit and points d’accès au droit.',
  },
  onlineTitle: { fr: 'Porter plainte en ligne ?', en: 'File the complaint online?' },
  online: {
    fr: [
      'La plainte en ligne et la pré-plainte en ligne ne concernent que les atteintes aux biens (vol, escroquerie…) dont l’auteur est inconnu, et, pour la pré-plainte, certains faits discriminatoires ; une pré-plainte se signe ensuite au commissariat ou à la gendarmerie. Elles ne servent pas pour le harcèlement.',
      'THESEE, la plainte en ligne pour les arnaques sur internet, prend le chantage en ligne et le piratage de compte : elle convient si le harcèlement comprend un chantage (« paie, sinon je publie ») ou un compte piraté, pas pour le reste.',
      'Pour le harcèlement, la plainte se dépose au commissariat ou à la gendarmerie, ou par écrit au Procureur de la République.',
    ],
    en: [
      'The online complaint and the online pre-complaint only cover offences against property (theft, fraud…) by an unknown author and, for the pre-complaint, some discriminatory acts; a pre-complaint is then signed at the police station or gendarmerie. They are not for harassment.',
      'THESEE, the online complaint for internet scams, takes online blackmail and hacked accounts: it fits if the harassment includes blackmail (“pay, or I publish”) or a hacked account, not the rest.',
      'For harassment, the complaint is filed at a police station or gendarmerie, or in writing to the Procureur de la République.',
    ],
  },
  umj: {
    fr: 'Lors de la plainte, vous pouvez demander aux enquêteurs une réquisition pour une unité médico-judiciaire (UMJ) : ses médecins fixent l’ITT au sens pénal, y compris pour un retentissement psychologique.',
    en: 'When you file the complaint, you can ask the investigators for a requisition to a unité médico-judiciaire (UMJ): its doctors set the ITT in the criminal sense, psychological harm included.',
  },
});
