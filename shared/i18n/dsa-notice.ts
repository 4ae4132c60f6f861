import { isDay } from '../domain/day-or-time.js';
import type { DsaNotice } from '../domain/dsa-notice.js';
import type { Locale } from '../domain/locale.js';
import { OFFENCE_TEXTS } from '../dossier/offence-texts.js';
import { DOSSIER_TEXTS } from '../dossier/texts.js';
import { longDate, longDateTime } from './dates.js';
import { typeset } from './typography.js';

/**
 * The words of a notice under art. 16 of the Digital Services Act, one heading per
 * element of art. 16(2) (CELEX 32022R2065, art. 16(2)(a) to (d); EUR-Lex itself is not in the stored corpus: read through the verbatim copies listed in
 * `functions/web/case/platforms/texts.ts`). The
 * statement of (d) follows the Regulation's words ("bona fide belief [...] that the
 * information and allegations contained therein are accurate and complete"); the French
 * wording ("croit de bonne foi que les informations et allégations qu'elle contient sont
 * exactes et complètes") could not be checked against the French version: no copy of it is
 * stored.
 */
export const NOTICE_TEXT = {
  fr: {
    title: (site: string) => `Notification de contenus illicites – ${site}`,
    basis:
      'Notification au titre de l’article 16 du règlement (UE) 2022/2065 sur les services numériques (DSA).',
    why: 'a) Pourquoi ces contenus sont illicites',
    harassment:
      'Ces contenus me visent personnellement et s’inscrivent dans un harcèlement répété, commis par l’utilisation d’un service de communication au public en ligne : harcèlement moral, article 222-33-2-2 du Code pénal.',
    forms: (list: string) => `Il prend les formes suivantes : ${list}.`,
    offences: (list: string) => `Ces contenus constituent aussi : ${list}.`,
    factsIntro: 'Les faits sur ce site :',
    by: (pseudonym: string) => `par « ${pseudonym} »`,
    where: 'b) Où se trouvent ces contenus (adresses exactes)',
    noUrl:
      '[Ajoutez ici l’adresse exacte (URL) de chaque message : aucune n’est encore notée pour ce site.]',
    who: 'c) Qui notifie',
    name: 'Nom',
    noName: '[votre nom et prénom]',
    email: 'Adresse électronique',
    goodFaith: 'd) Déclaration de bonne foi',
    statement:
      'Je déclare croire de bonne foi que les informations et allégations contenues dans la présente notification sont exactes et complètes.',
    evidence: 'Preuves conservées (nom du fichier et empreinte SHA-256)',
    link: 'lien',
    ask: 'Je vous demande de retirer ces contenus ou d’en rendre l’accès impossible, et de me notifier votre décision comme le prévoit l’article 16, paragraphe 5, du règlement.',
  },
  en: {
    title: (site: string) => `Notice of illegal content – ${site}`,
    basis:
      'Notice under Article 16 of Regulation (EU) 2022/2065 on digital services (Digital Services Act).',
    why: 'a) Why this content is illegal',
    harassment:
      'This content targets me personally and is part of repeated harassment committed through an online public communication service: moral harassment, article 222-33-2-2 of the French Code pénal.',
    forms: (list: string) => `It takes these forms: ${list}.`,
    offences: (list: string) => `This content is also: ${list}.`,
    factsIntro: 'The facts on this site:',
    by: (pseudonym: string) => `by “${pseudonym}”`,
    where: 'b) Where the content is (exact addresses)',
    noUrl:
      '[Add the exact address (URL) of each message here: none is recorded yet for this site.]',
    who: 'c) Who submits this notice',
    name: 'Name',
    noName: '[your first name and surname]',
    email: 'Email address',
    goodFaith: 'd) Statement of good faith',
    statement:
      'I confirm my bona fide belief that the information and allegations contained in this notice are accurate and complete.',
    evidence: 'Evidence kept (file name and SHA-256 fingerprint)',
    link: 'link',
    ask: 'I ask you to remove this content or disable access to it, and to notify me of your decision as Article 16(5) of the Regulation provides.',
  },
} as const;

const when = (locale: Locale, value: string) =>
  isDay(value) ? longDate(locale, value) : longDateTime(locale, value);

/** The notice as plain text, to paste into the platform's form; French typeset. */
export function noticeText(notice: DsaNotice, locale: Locale = notice.locale): string {
  const t = NOTICE_TEXT[locale];
  const sep = locale === 'fr' ? ' : ' : ': ';
  const number = (n: number) => (locale === 'fr' ? `n° ${n}` : `no. ${n}`);
  const kinds = notice.kinds.map((k) => DOSSIER_TEXTS[locale].harassmentKinds[k]);
  const offences = notice.offences.map((o) => OFFENCE_TEXTS[locale].others[o].short);
  const facts = notice.facts.map((f) =>
    [
      `- ${when(locale, f.occurredAt)}`,
      f.authorPseudonym ? ` ${t.by(f.authorPseudonym)}` : '',
      `${sep}${f.description}`,
      f.url ? ` (${f.url})` : '',
    ].join(''),
  );
  const lines = [
    t.title(notice.platform?.name ?? notice.site),
    t.basis,
    '',
    t.why,
    t.harassment,
    ...(kinds.length ? [t.forms(kinds.join(', '))] : []),
    ...(offences.length ? [t.offences(offences.join(locale === 'fr' ? ' ; ' : '; '))] : []),
    ...(facts.length ? [t.factsIntro, ...facts] : []),
    '',
    t.where,
    ...(notice.urls.length ? notice.urls.map((url) => `- ${url}`) : [t.noUrl]),
    '',
    t.who,
    `${t.name}${sep}${notice.notifier.name ?? t.noName}`,
    `${t.email}${sep}${notice.notifier.email}`,
    '',
    t.goodFaith,
    t.statement,
    ...(notice.evidence.length
      ? [
          '',
          t.evidence,
          ...notice.evidence.map(
            (e) =>
              `- ${number(e.number)} ${e.name}${e.sha256 ? ` SHA-256 ${e.sha256}` : ` (${t.link})`}`,
          ),
        ]
      : []),
    '',
    t.ask,
  ];
  return typeset(locale, lines.join('\n'));
}
