/**
 * Where to cut `word` from its character `first` so that the piece fits `maxWidth`: the
 * furthest such character, found by binary search on the cumulative widths `until`; at
 * least one character, and never just before a combining mark, which stays with its
 * letter. `starts` maps characters to UTF-16 offsets.
 */
export function lastCut(
  word: string,
  starts: readonly number[],
  until: Float64Array,
  first: number,
  maxWidth: number,
): number {
  const limit = (until[first] as number) + maxWidth;
  let fits = first + 1;
  let over = starts.length - 1;
  while (over - fits > 1) {
    const middle = (fits + over) >>> 1;
    if ((until[middle] as number) <= limit) fits = middle;
    else over = middle;
  }
  let cut = fits;
  while (
    cut > first + 1 &&
    COMBINING.test(String.fromCodePoint(word.codePointAt(starts[cut] as number) as number))
  )
    cut--;
  return cut;
}

const COMBINING = /^\p{M}/u;

/**
 * Control characters out, tabs and odd spaces as plain spaces, NFC. No-break spaces stay:
 * French typography needs them, and lines never break at them.
 */
export function clean(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\t\u2000-\u200b]/g, ' ')
    .replace(/[^\P{Cc}\n]/gu, '');
}
