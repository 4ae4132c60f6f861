import type { Locale } from '../domain/locale.js';
import { typeset } from '../i18n/typography.js';
import { MAIL_TEXT } from './texts.js';

export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

export interface MailBody {
  readonly text: string;
  readonly html: string;
}

export type MailBlock =
  | { readonly kind: 'p'; readonly text: string }
  /** Steps numbered as on the case page, each with its title and advice. */
  | { readonly kind: 'steps'; readonly items: readonly { title: string; advice: string }[] }
  /** One step, headed with its place on the case page ("Étape 4 sur 8"). */
  | { readonly kind: 'step'; readonly heading: string; readonly advice: string }
  /** Things to do in order. */
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | { readonly kind: 'link'; readonly label: string; readonly url: string };

/**
 * Wraps paragraphs and lists into the text and HTML versions of one mail, in the case's
 * language, with French typography (no-break spaces before `: ; ! ?`, inside `« »`).
 */
export function layout(
  locale: Locale,
  blocks: readonly MailBlock[],
  options: {
    signInLink?: boolean;
    /** Without it (a mail about the address, not a case), no "stop these mails" line. */
    stopMailsUrl?: string;
    /** Replaces the usual footer (plain text, typeset here). */
    footer?: string;
  },
): MailBody {
  const t = (text: string) => typeset(locale, text);
  const footer = t(
    options.footer ?? (options.signInLink ? MAIL_TEXT.signInFooter : MAIL_TEXT.footer)[locale],
  );
  const question = t(MAIL_TEXT.stopQuestion[locale]);
  const stopLink = MAIL_TEXT.stopLink[locale];
  const stopUrl = options.stopMailsUrl;
  const typeset_ = blocks.map((block) => typesetBlock(locale, block));
  const text = [
    ...typeset_.map(blockText),
    footer,
    ...(stopUrl ? [`${question}\n${t(`${stopLink}: `)}${stopUrl}`] : []),
  ].join('\n\n');
  const small = 'style="color:#555;font-size:.9em"';
  const stopHtml = stopUrl
    ? `<p ${small}>${escapeHtml(question)} <a href="${escapeHtml(stopUrl)}">${escapeHtml(stopLink)}</a></p>`
    : '';
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"></head><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1b1b1b;max-width:40em">${typeset_
    .map(blockHtml)
    .join('')}<p ${small}>${escapeHtml(footer)}</p>${stopHtml}</body></html>`;
  return { text, html };
}

function typesetBlock(locale: Locale, block: MailBlock): MailBlock {
  const t = (text: string) => typeset(locale, text);
  switch (block.kind) {
    case 'p':
      return { kind: 'p', text: t(block.text) };
    case 'steps':
      return {
        kind: 'steps',
        items: block.items.map((item) => ({ title: t(item.title), advice: t(item.advice) })),
      };
    case 'step':
      return { kind: 'step', heading: t(block.heading), advice: t(block.advice) };
    case 'list':
      return { kind: 'list', items: block.items.map(t) };
    case 'link':
      return { kind: 'link', label: t(block.label), url: block.url };
  }
}

/** The text part reads like the HTML: numbered lists, a heading line, a link under its label. */
function blockText(block: MailBlock): string {
  switch (block.kind) {
    case 'p':
      return block.text;
    case 'steps':
      return block.items
        .map((item, i) => `${i + 1}. ${item.title}\n   ${item.advice}`)
        .join('\n\n');
    case 'step':
      return `${block.heading}\n${block.advice}`;
    case 'list':
      return block.items.map((item, i) => `${i + 1}. ${item}`).join('\n');
    case 'link':
      return `${block.label}\n${block.url}`;
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
    case 'step':
      return `<p><strong>${escapeHtml(block.heading)}</strong><br>${escapeHtml(block.advice)}</p>`;
    case 'list':
      return `<ol>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ol>`;
    case 'link':
      return `<p><a href="${escapeHtml(block.url)}">${escapeHtml(block.label)}</a></p>`;
  }
}
