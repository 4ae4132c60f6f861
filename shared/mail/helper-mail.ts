import type { Locale } from '../domain/locale.js';
import { typeset } from '../i18n/typography.js';
import { escapeHtml } from './layout.js';
import type { MailContext } from './templates.js';

/**
 * The one mail a trusted helper gets: it names nobody and carries nothing anyone typed (a
 * harasser reading that mailbox learns no name, no fact); the link opens a page whose
 * button spends the single-use token. No other mail follows.
 */
const TEXT = {
  subject: {
    fr: 'Une invitation à aider une personne de confiance',
    en: 'An invitation to help someone who trusts you',
  },
  hello: { fr: 'Bonjour,', en: 'Hello,' },
  intro: {
    fr: 'Une personne victime de harcèlement en ligne vous invite à l’aider à constituer son dossier de plainte : ajouter des captures, des liens et des faits datés, suivre les étapes. Elle a dû vous prévenir ; si vous ne l’attendiez pas, ne faites rien.',
    en: 'Someone who is being harassed online invites you to help them build their complaint file: add screenshots, links and dated facts, follow the steps. They should have told you; if you did not expect it, do nothing.',
  },
  how: {
    fr: 'Le lien ouvre une page, sans compte à créer. Il ne sert qu’une fois et expire dans 7 jours. Cette personne voit tout ce que vous faites et peut vous retirer l’accès à tout moment.',
    en: 'The link opens a page, with no account to create. It works once and expires in 7 days. This person sees everything you do and can take your access away at any time.',
  },
  open: { fr: 'Accepter l’invitation', en: 'Accept the invitation' },
  address: {
    fr: 'Votre adresse n’a servi qu’à envoyer ce message : nous ne la gardons pas et ne vous écrirons plus, sauf nouvelle invitation.',
    en: 'Your address was used to send this message only: we do not keep it and will not write again unless invited again.',
  },
} as const;

/** The page a helper's link opens: the token is spent by that page's button, not by opening it. */
export function helperInviteUrl(
  context: MailContext,
  caseId: string,
  token: string,
  locale: Locale,
) {
  return `${context.publicBaseUrl.replace(/\/$/, '')}/helper/${caseId}?t=${token}&lang=${locale}`;
}

export function helperInviteMail(locale: Locale, link: string) {
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
