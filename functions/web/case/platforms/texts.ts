import { catalogue } from '../../catalogue.js';

/**
 * The reports to platforms on the case page: the notice to paste, the platform's answer,
 * what to do after a refusal, PHAROS. Sources, checked again 2026-12-01:
 * - Regulation (EU) 2022/2065 (CELEX 32022R2065, eur-lex.europa.eu): art. 16 (notices; the
 *   host tells the notifier its decision and the means of redress), art. 19 (Section 3,
 *   art. 20 to 28, does not bind online platforms that are micro or small enterprises),
 *   art. 20 (internal complaint-handling: electronically, free of charge, for at least six
 *   months after the decision, open to those who submitted a notice), art. 21 (certified
 *   out-of-court dispute settlement, open to notifiers: decision within 90 days, 180 for
 *   highly complex disputes, no power to impose a binding settlement), art. 22 (trusted
 *   flaggers' notices processed with priority), art. 53 (complaint to the Digital Services
 *   Coordinator). EUR-Lex itself is not in the stored corpus: read through the verbatim copies at
 * dataprotection-landscape.com and digitaldecade.hannessnellman.com (art. 19, 21), demo.codeliance.com
 * (art. 16), cms-digitallaws.com (recitals 52, 54), and the Slovenian regulator akos-rs.si (art. 20, 21);
 * - Arcom is France's Digital Services Coordinator (loi n° 2024-449 du 21 mai 2024, "SREN":
 *   Légifrance not in the stored corpus; arcom.fr, press release on the bill designating it,
 *   and actu-juridique.fr on the law) and grants the trusted-flagger status
 *   (arcom.fr/espace-professionnel/signaleurs-de-confiance-conditions-et-candidatures). That
 *   e-Enfance (the 3018) is on Arcom's list was read only through le-meridien.fr, which
 *   quotes that list: Arcom's list itself is not in the stored corpus;
 * - PHAROS takes public illegal content (threats or incitement to violence, discrimination,
 *   endangering people, offences against minors...); "si vous êtes victime d'injure ou de
 *   diffamation, vous ne pouvez pas utiliser PHAROS", nor for content received privately
 *   from someone you know (service-public.fr fiche F31979, "Signaler un contenu internet
 *   illégal", read as syndicated verbatim on agglo-paysdemeaux.fr, service-public.fr itself
 *   not stored; moncommissariat.interieur.gouv.fr, "Le portail [...] Pharos": "il ne doit pas
 *   s'agir d'une affaire privée avec une personne que vous connaissez"; its banner lists
 *   "injure ou diffamation" among what Pharos takes, which F31979 excludes for the victim
 *   herself: the page follows F31979);
 * - the seed (seeds/000): on jeuxvideo.com, with an account, the red "!" icon present on
 *   every forum message; with or without an account, the contact form (field Forum /
 *   Modération), through which the moderators advise, delete the messages and sanction
 *   their authors.
 */
export const platformsTexts = catalogue({
  noticeTitle: { fr: 'La notification à copier', en: 'The notice to copy' },
  noticeFor: {
    fr: (site: string) => `Notification pour ${site}`,
    en: (site: string) => `Notice for ${site}`,
  },
  howForum: {
    fr: 'Sur le forum : si vous avez un compte, cliquez sur l’icône « ! » rouge présente sur chaque message. Avec ou sans compte, écrivez par le formulaire de contact (champ Forum / Modération) et collez-y ce texte : la modération peut vous conseiller, supprimer les messages et sanctionner leurs auteurs.',
    en: 'On the forum: if you have an account, click the red “!” icon on each message. With or without an account, write through the contact form (field Forum / Modération) and paste this text there: the moderators can advise you, delete the messages and sanction their authors.',
  },
  howOther: {
    fr: 'Dans l’outil de signalement du site, choisissez le signalement d’un contenu illicite (prévu par l’article 16 du règlement européen sur les services numériques, le DSA) et collez-y ce texte. Joignez les captures si le formulaire le permet.',
    en: 'In the site’s reporting tool, choose to report illegal content (as Article 16 of the EU Digital Services Act provides) and paste this text there. Attach the screenshots if the form allows it.',
  },
  copy: { fr: 'Copier le texte', en: 'Copy the text' },
  copied: {
    fr: 'Texte copié : collez-le dans le formulaire du site.',
    en: 'Text copied: paste it into the site’s form.',
  },
  otherLanguage: {
    fr: { fr: 'Version française', en: 'Version anglaise' },
    en: { fr: 'French version', en: 'English version' },
  },
  noName: {
    fr: 'La notification doit donner votre nom : ajoutez-le dans',
    en: 'The notice must give your name: add it in',
  },
  identityLink: { fr: 'votre identité', en: 'your identity' },
  noUrl: {
    fr: 'Aucune adresse exacte n’est notée pour ce site : ajoutez le lien de chaque message à vos faits ou à vos preuves, la plateforme en a besoin pour les trouver.',
    en: 'No exact address is recorded for this site: add the link of each message to your facts or evidence; the platform needs it to find them.',
  },
  status: {
    waiting: { fr: 'En attente de réponse', en: 'Waiting for an answer' },
    removed: { fr: 'Contenu retiré', en: 'Content removed' },
    refused: { fr: 'Retrait refusé', en: 'Removal refused' },
  },
  waitingHint: {
    fr: (days: number) =>
      `Sans réponse notée après ${days} jours, nous vous enverrons un rappel par mail.`,
    en: (days: number) => `With no answer recorded after ${days} days, we will remind you by mail.`,
  },
  answerLegend: { fr: 'Ce que la plateforme a répondu', en: 'What the platform answered' },
  removed: { fr: 'Elle a retiré le contenu', en: 'It removed the content' },
  refused: { fr: 'Elle a refusé de le retirer', en: 'It refused to remove it' },
  answeredAt: { fr: 'Date de sa réponse (facultatif)', en: 'Date of its answer (optional)' },
  reference: {
    fr: 'Référence de sa décision (facultatif)',
    en: 'Reference of its decision (optional)',
  },
  reason: {
    fr: 'Ses raisons, si elle en a donné (facultatif)',
    en: 'Its reasons, if it gave any (optional)',
  },
  followUpsLegend: {
    fr: 'Ce que vous avez fait ensuite (facultatif)',
    en: 'What you did next (optional)',
  },
  followUps: {
    'internal-complaint': {
      fr: 'Réclamation auprès de la plateforme (article 20 du DSA)',
      en: 'Complaint to the platform (Article 20 of the DSA)',
    },
    'out-of-court-settlement': {
      fr: 'Saisine d’un organisme de règlement extrajudiciaire des litiges (article 21 du DSA)',
      en: 'Out-of-court dispute settlement body (Article 21 of the DSA)',
    },
    'arcom-complaint': { fr: 'Plainte auprès de l’Arcom', en: 'Complaint to Arcom' },
    'trusted-flagger': {
      fr: 'Signalement par le 3018 (signaleur de confiance)',
      en: 'Report through 3018 (trusted flagger)',
    },
  },
  submit: { fr: 'Enregistrer sa réponse', en: 'Record its answer' },
  afterRefusal: { fr: 'Après un refus', en: 'After a refusal' },
  refusalSteps: {
    fr: [
      'Contestez la décision auprès de la plateforme, gratuitement et en ligne, par son système de réclamation : elle doit vous l’ouvrir pendant au moins six mois après sa décision (article 20 du DSA ; les très petites plateformes en sont dispensées, article 19).',
      'Vous pouvez aussi choisir un organisme de règlement extrajudiciaire des litiges certifié : il se prononce en 90 jours au plus (180 pour un litige complexe), sans que sa décision s’impose à la plateforme (article 21 du DSA).',
      'Si la plateforme ne respecte pas ces règles (pas de réponse, pas de réclamation possible), déposez une plainte auprès de l’Arcom, le coordinateur pour les services numériques en France (article 53 du DSA).',
      'Le 3018 peut signaler le contenu pour vous : signaleur de confiance, ses signalements sont traités en priorité (article 22 du DSA).',
      'Un refus de la plateforme n’empêche pas la plainte : vos preuves restent dans votre dossier.',
    ],
    en: [
      'Challenge the decision with the platform, free of charge and online, through its complaint system: it must keep it open to you for at least six months after its decision (Article 20 of the DSA; very small platforms are exempt, Article 19).',
      'You can also choose a certified out-of-court dispute settlement body: it decides within 90 days at most (180 for a complex dispute), but its decision does not bind the platform (Article 21 of the DSA).',
      'If the platform does not follow these rules (no answer, no way to complain), lodge a complaint with Arcom, France’s Digital Services Coordinator (Article 53 of the DSA).',
      '3018 can report the content for you: as a trusted flagger, its reports are dealt with first (Article 22 of the DSA).',
      'A refusal by the platform does not stop a complaint to the police: your evidence stays in your case.',
    ],
  },
  forumRefusal: {
    fr: 'Sur le forum, écrivez aussi à la modération par le formulaire de contact (champ Forum / Modération) : elle peut supprimer les messages et sanctionner leurs auteurs.',
    en: 'On the forum, also write to the moderators through the contact form (field Forum / Modération): they can delete the messages and sanction their authors.',
  },
  pharosTitle: { fr: 'PHAROS : quand y signaler', en: 'PHAROS: when to report there' },
  pharos: {
    fr: [
      'PHAROS (internet-signalement.gouv.fr), le portail de la police et de la gendarmerie, reçoit les contenus illicites publics : menaces ou incitation à la violence, haine et discrimination, mise en danger, atteintes aux mineurs.',
      'Il ne prend pas les injures ni la diffamation visant une personne, ni ce qu’une personne que vous connaissez vous envoie en privé : pour cela, portez plainte. Un signalement PHAROS ne remplace pas une plainte.',
    ],
    en: [
      'PHAROS (internet-signalement.gouv.fr), the police and gendarmerie portal, takes public illegal content: threats or incitement to violence, hate and discrimination, endangering people, offences against minors.',
      'It does not take insults or defamation aimed at a person, nor what someone you know sends you privately: for these, file a complaint. A PHAROS report does not replace a complaint.',
    ],
  },
  pharosThreats: {
    fr: 'Vos menaces publiques peuvent y être signalées, en plus de la plainte.',
    en: 'The public threats against you can be reported there, as well as in your complaint.',
  },
});
