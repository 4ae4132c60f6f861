import type { Locale } from '../domain/locale.js';
import { typeset } from '../i18n/typography.js';
import { escapeHtml } from './layout.js';
import type { MailContext } from './templates.js';

/**
 * The one mail a witness gets: it names nobody (the victim tells the witness herself that
 * it comes) and carries nothing anyone typed; its link opens a page whose button spends the
 * single-use token. No "stop these mails" link: it is not a case's mail, and no other mail
 * follows unless the victim asks again.
 */
const TEXT = {
  subject: {
    fr: 'Une demande de témoignage écrit',
    en: 'A request for a written witness statement',
  },
  hello: { fr: 'Bonjour,', en: 'Hello,' },
  intro: {
    fr: 'Une personne victime de harcèlement en ligne vous demande d’écrire une attestation de témoin (article 202 du Code de procédure civile) sur ce que vous avez vu ou entendu vous-même. Elle a dû vous prévenir ; si vous ne l’attendiez pas, ne faites rien.',
    en: 'Someone who is being harassed online asks you to write a witness statement (attestation, article 202 of the French Code of civil procedure) about what you saw or heard yourself. They should have told you; if you did not expect it, do nothing.',
  },
  how: {
    fr: 'Le lien ouvre une page, sans compte à créer, où vous remplissez l’attestation, la signez et joignez la copie d’une pièce d’identité. Il ne sert qu’une fois et expire dans 7 jours.',
    en: 'The link opens a page, with no account to create, where you fill in the statement, sign it and attach a copy of an identity document. It works once and expires in 7 days.',
  },
  open: { fr: 'Écrire mon attestation', en: 'Write my statement' },
  address: {
    fr: 'Votre adresse n’a servi qu’à envoyer ce message : nous ne la gardons pas et ne vous écrirons plus, sauf nouvelle demande.',
    en: 'Your address was used to send this message only: we do not keep it and will not write again unless asked again.',
  },
} as const;

/** The page a witness's link opens: the token is spent by that page's button, not by opening it. */
export function witnessLinkUrl(
  context: MailContext,
  caseId: string,
  token: string,
  locale: Locale,
) {
  return `${context.publicBaseUrl.replace(/\/$/, '')}/witness/${caseId}?t=${token}&lang=${locale}`;
}

export function witnessLinkMail(locale: Locale, link: string) {
  const t = (key: keyof typeof TEXT) => typeset(locale, TEXT[key][locale]);
  const paragraphs = [t('hello'), t('intro'), t('how')];
  const text = [...paragraphs, `${t('open')}\n${link}`, t('address')].join('\n\n');
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"></head><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1b1b1b;max-width:40em">${paragraphs
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join(
      '',
    )}<p><a href="${escapeHtml(link)}">${escapeHtml(t('open'))}</a></p><p style="color:#555;font-size:.9em">${escapeHtml(t('address'))}</p></body></html>`;
  return { subject: t('subject'), text, html };
}
