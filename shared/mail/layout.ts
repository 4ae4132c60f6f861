import type { Locale } from '../domain/locale.js';

export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

const FOOTER: Record<Locale, string> = {
  fr: 'Vous recevez ce message parce qu’un dossier a été ouvert avec cette adresse. Ce message ne contient aucun lien de connexion : ouvrez votre dossier depuis la page ci-dessus.',
  en: 'You receive this message because a case was opened with this address. It holds no sign-in link: open your case from the page above.',
};

/** For mails that carry a sign-in link: what it does, and what to do if it was not you. */
const SIGN_IN_FOOTER: Record<Locale, string> = {
  fr: 'Le bouton ci-dessus est un lien de connexion personnel : il fonctionne une seule fois, pendant 24 heures, et ne donne accès qu’après un clic sur « Me connecter ». Ne le transférez pas. Si vous n’avez rien demandé, ignorez ce message.',
  en: 'The button above is a personal sign-in link: it works once, for 24 hours, and only opens your case after you press “Sign me in”. Do not forward it. If you did not ask for it, ignore this message.',
};

/** Under every mail: a link that stops all mail about the case, for whoever reads it. */
const STOP_MAILS: Record<Locale, { question: string; link: string }> = {
  fr: {
    question:
      'Vous n’avez pas ouvert ce dossier, ou ne voulez plus recevoir de messages à son sujet ?',
    link: 'Ne plus recevoir ces messages',
  },
  en: {
    question: 'You did not open this case, or want no more mail about it?',
    link: 'Stop these mails',
  },
};

export interface MailBody {
  readonly text: string;
  readonly html: string;
}

/** Wraps paragraphs and lists into the text and HTML versions of one mail. */
export function layout(
  locale: Locale,
  blocks: readonly MailBlock[],
  options: { signInLink?: boolean; stopMailsUrl: string },
): MailBody {
  const footer = options.signInLink ? SIGN_IN_FOOTER[locale] : FOOTER[locale];
  const stop = STOP_MAILS[locale];
  const text = [
    ...blocks.map(blockText),
    footer,
    `${stop.question}\n${stop.link}: ${options.stopMailsUrl}`,
  ].join('\n\n');
  const small = 'style="color:#555;font-size:.9em"';
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"></head><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1b1b1b;max-width:40em">${blocks
    .map(blockHtml)
    .join(
      '',
    )}<p ${small}>${escapeHtml(footer)}</p><p ${small}>${escapeHtml(stop.question)} <a href="${escapeHtml(
    options.stopMailsUrl,
  )}">${escapeHtml(stop.link)}</a></p></body></html>`;
  return { text, html };
}

export type MailBlock =
  | { readonly kind: 'p'; readonly text: string }
  | { readonly kind: 'steps'; readonly items: readonly { title: string; advice: string }[] }
  | { readonly kind: 'link'; readonly label: string; readonly url: string };

function blockText(block: MailBlock): string {
  switch (block.kind) {
    case 'p':
      return block.text;
    case 'steps':
      return block.items
        .map((item, i) =>
          item.title ? `${i + 1}. ${item.title}\n   ${item.advice}` : `${i + 1}. ${item.advice}`,
        )
        .join('\n');
    case 'link':
      return `${block.label}: ${block.url}`;
  }
}

function blockHtml(block: MailBlock): string {
  switch (block.kind) {
    case 'p':
      return `<p>${escapeHtml(block.text)}</p>`;
    case 'steps':
      return `<ol>${block.items
        .map(
          (item) =>
            `<li><strong>${escapeHtml(item.title)}</strong><br>${escapeHtml(item.advice)}</li>`,
        )
        .join('')}</ol>`;
    case 'link':
      return `<p><a href="${escapeHtml(block.url)}">${escapeHtml(block.label)}</a></p>`;
  }
}
