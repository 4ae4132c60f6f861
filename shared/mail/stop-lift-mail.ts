import type { Locale } from '../domain/locale.js';
import { typeset } from '../i18n/typography.js';
import { layout } from './layout.js';
import type { MailContext, RenderedMail } from './templates.js';
import { DISCREET_TEXT, MAIL_TEXT } from './texts.js';

/** Who a "mail me again" confirmation goes to, and how it speaks. */
export interface StopLiftRecipient {
  readonly email: string;
  readonly locale: Locale;
  /** Discreet mode: a neutral sender name and subject (see `DISCREET_TEXT`). */
  readonly discreet: boolean;
}

/**
 * The page a confirmation mail links to: its button, not the link, lifts the stop (mail
 * scanners open links). The single-use token is the only secret in it.
 */
export function stopLiftUrl(context: MailContext, token: string, locale: Locale): string {
  const base = context.publicBaseUrl.replace(/\/$/, '');
  return `${base}/mails/resume/confirm?t=${token}&lang=${locale}`;
}

/**
 * The confirmation that lifts an address's stop, mailed to that address only: whoever
 * uses its link reads the mailbox. It is about the address, not a case: no link to a case
 * page, no "stop these mails" line (the mails are stopped; ignoring it keeps them so).
 */
export function stopLiftMail(
  recipient: Omit<StopLiftRecipient, 'email'>,
  context: MailContext,
  token: string,
): Omit<RenderedMail, 'stopMailsUrl'> {
  const { locale, discreet } = recipient;
  const subject = discreet ? DISCREET_TEXT['stop-lift'][locale] : MAIL_TEXT.liftSubject[locale];
  return {
    subject: typeset(locale, subject),
    ...(discreet ? { senderName: DISCREET_TEXT.senderName[locale] } : {}),
    ...layout(
      locale,
      [
        { kind: 'p', text: MAIL_TEXT.hello[locale] },
        { kind: 'p', text: MAIL_TEXT.liftIntro[locale] },
        {
          kind: 'link',
          label: MAIL_TEXT.liftLink[locale],
          url: stopLiftUrl(context, token, locale),
        },
      ],
      { footer: MAIL_TEXT.liftFooter[locale] },
    ),
  };
}
