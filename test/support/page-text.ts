import { typographyFaults } from '../../shared/i18n/typography.js';

/** Tags after which a browser starts a new line: their text never runs on. */
const BLOCK =
  /<\/?(p|li|ul|ol|br|div|h[1-6]|dt|dd|dl|section|header|footer|main|nav|details|summary|option|label|legend|fieldset|td|th|tr|form|button|title|textarea)\b[^>]*>/gi;

/** Attributes a person reads or hears: labels, hints, the script's messages. */
const READ_ATTRIBUTES = /\s(?:aria-label|title|alt|placeholder|data-[a-z-]+)="([^"]*)"/gi;

function decode(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(Number.parseInt(n, 16)))
    .replaceAll('&quot;', '"')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&nbsp;', '\u00a0')
    .replaceAll('&amp;', '&');
}

/**
 * What a person reads on a page: its text (scripts and styles out, a line per block, inline
 * tags joined as the browser joins them) and the attributes read aloud or shown, one a line.
 * No-break spaces are kept as they are: they are what is checked.
 */
export function pageText(html: string): string {
  const withoutCode = html
    .replace(/<script\b[\s\S]*?<\/script>/gi, '\n')
    .replace(/<style\b[\s\S]*?<\/style>/gi, '\n')
    // A part marked in another language (the English DSA notice beside the French one)
    // follows that language's rules. Such parts hold no element of their own tag.
    .replace(/<(\w+)\b[^>]*\slang="(?!fr\b)[a-z-]+"[^>]*>[\s\S]*?<\/\1>/gi, '\n');
  const attributes = [...withoutCode.matchAll(READ_ATTRIBUTES)]
    .map((m) => decode(m[1] ?? ''))
    // Addresses the script posts to or goes to, not words.
    .filter((value) => !/^(\/|https?:)\S*$/.test(value));
  const text = decode(withoutCode.replace(BLOCK, '\n').replace(/<[^>]+>/g, ''));
  return [text, ...attributes].join('\n');
}

/**
 * Where French text breaks the rule, as `typographyFaults` finds it, and also a line that
 * starts with `: ; ! ?` or `»` (a block's text folded by the browser starts there too).
 */
export function frenchFaults(text: string): string[] {
  const lineStarts = [...text.matchAll(/(?:^|\n)[ \t]*([:;!?»][^\n]{0,12})/g)].map(
    (m) => `line starts with ${m[1]}`,
  );
  return [...typographyFaults(text), ...lineStarts];
}
