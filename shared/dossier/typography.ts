/**
 * French typography for the dossier's own words: a no-break space before `: ; ! ?` (U+00A0
 * before the colon, U+202F narrow no-break before the others) and inside `« »`, so that a
 * line never starts with the punctuation. Applied to the texts this code writes, with the
 * victim's words they embed. Amounts ("15 000 €") do not break either.
 */
export function frenchSpacing(text: string): string {
  return (
    text
      .replace(/ :/g, '\u00a0:')
      .replace(/ ([;!?»])/g, '\u202f$1')
      .replace(/« /g, '«\u202f')
      // Nor inside an amount: "15 000 €".
      .replace(/(\d) (?=\d{3}\b)/g, '$1\u202f')
      .replace(/(\d) €/g, '$1\u00a0€')
  );
}

/** `frenchSpacing` over every string and every string a function returns, deeply. */
export function typeset<T>(texts: T): T {
  if (typeof texts === 'string') return frenchSpacing(texts) as T;
  if (typeof texts === 'function')
    return ((...args: unknown[]) => typeset((texts as (...a: unknown[]) => unknown)(...args))) as T;
  if (Array.isArray(texts)) return texts.map(typeset) as T;
  if (texts && typeof texts === 'object')
    return Object.fromEntries(
      Object.entries(texts).map(([key, value]) => [key, typeset(value)]),
    ) as T;
  return texts;
}
