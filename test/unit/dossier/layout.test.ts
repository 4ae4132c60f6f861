import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { fontBytes } from '../../../shared/dossier/fonts.js';
import { CONTENT_WIDTH, type Face, type FontSet, Pen } from '../../../shared/dossier/layout.js';

/** The longest text a fact may hold (`factRequestSchema`: `description` ≤ 4000). */
const LONGEST = 4000;
/**
 * Work allowed per character of text: wrapping must stay linear in the text, so the
 * characters handed to the fonts' width measurement are bounded by this × its length.
 */
const MEASURED_PER_CHARACTER = 2;

class TooMuchWork extends Error {
  override name = 'TooMuchWork';
}

/**
 * Counts the characters each font measures (`widthOfTextAtSize`), and stops the layout
 * once `budget` is spent: the quadratic (or cubic) wrapping this guards against would
 * otherwise run for minutes before failing.
 */
function countingMeasurements(fonts: FontSet) {
  const counter = { characters: 0, calls: 0, budget: Number.POSITIVE_INFINITY };
  for (const font of new Set(Object.values(fonts) as PDFFont[])) {
    const measure = font.widthOfTextAtSize.bind(font);
    font.widthOfTextAtSize = (text: string, size: number) => {
      counter.calls += 1;
      counter.characters += [...text].length;
      if (counter.characters > counter.budget) {
        throw new TooMuchWork(`measured over ${counter.budget} characters`);
      }
      return measure(text, size);
    };
  }
  return counter;
}

/** `length` characters of French prose (words of 1 to 13 letters, punctuation). */
function prose(length: number): string {
  const words = 'Il a publié mon adresse, des photos et des menaces anonymes quotidiennement'.split(
    ' ',
  );
  let text = '';
  for (let i = 0; text.length < length; i++) text += `${words[i % words.length]} `;
  return text.slice(0, length);
}

describe('Pen.wrap, the dossier layout', () => {
  let fonts: FontSet;
  let counter: ReturnType<typeof countingMeasurements>;
  let pen: Pen;

  beforeAll(async () => {
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkit);
    const [regular, bold, mono] = await Promise.all(
      (['regular', 'bold', 'mono'] as const).map(async (role) =>
        doc.embedFont(await fontBytes(role), { subset: true }),
      ),
    );
    fonts = { regular, bold, mono } as FontSet;
    counter = countingMeasurements(fonts);
    pen = new Pen(doc, fonts);
  });

  /**
   * Wraps `text` with a fresh pen (nothing measured before helps) on a budget of
   * measured characters; returns the lines and the characters measured.
   */
  const wrapCounting = (text: string, face: Face = 'regular', width = CONTENT_WIDTH - 12) => {
    const measuring = new Pen(pen.doc, fonts);
    counter.characters = 0;
    counter.calls = 0;
    counter.budget = MEASURED_PER_CHARACTER * text.length;
    try {
      const lines = measuring.wrap(text, 10, face, width);
      return { lines, measured: counter.characters };
    } finally {
      counter.budget = Number.POSITIVE_INFINITY;
    }
  };

  it.each([
    ['one unbroken word', (n: number) => 'W'.repeat(n)],
    ['one unbroken word of mixed letters', (n: number) => 'aZ9é-_%'.repeat(n).slice(0, n)],
    ['ordinary words', prose],
  ])('measures %s of the longest fact in time linear in its length', (_kind, make) => {
    // Act
    const short = wrapCounting(make(LONGEST / 4));
    const long = wrapCounting(make(LONGEST));

    // Assess: bounded by a small constant × length, and growing no faster than the text.
    expect(long.measured).toBeLessThanOrEqual(MEASURED_PER_CHARACTER * LONGEST);
    expect(long.measured).toBeLessThanOrEqual(4 * Math.max(short.measured, 100));
    expect(long.lines.length).toBeGreaterThan(20);
  });

  it('cuts an unbroken word into full lines that fit, losing no character', () => {
    const word = 'https://example.org/'.padEnd(LONGEST, 'x9');
    const width = CONTENT_WIDTH - 12;

    const { lines } = wrapCounting(word, 'regular', width);

    expect(lines.join('')).toBe(word);
    for (const line of lines) expect(pen.width(line, 10)).toBeLessThanOrEqual(width);
    // Each line but the last is full: one more character would not fit.
    for (const [i, line] of lines.slice(0, -1).entries()) {
      const next = (lines[i + 1] as string)[0] as string;
      expect(pen.width(line + next, 10)).toBeGreaterThan(width);
    }
  });

  it('breaks ordinary words at spaces into lines that fit, keeping every word', () => {
    const text = `${prose(1500)}\n\nsecond  paragraph,   spaced`;
    const width = 200;

    const { lines } = wrapCounting(text, 'bold', width);

    expect(lines.join(' ').split(/ +/).filter(Boolean)).toEqual(text.split(/\s+/).filter(Boolean));
    expect(lines).toContain('');
    expect(lines.at(-1)).toBe('second paragraph, spaced');
    for (const line of lines) expect(pen.width(line, 10, 'bold')).toBeLessThanOrEqual(width);
    // Greedy: the next line's first word would not have fitted on this one.
    for (const [i, line] of lines.slice(0, -1).entries()) {
      const next = (lines[i + 1] as string).split(' ')[0] as string;
      if (line && next) expect(pen.width(`${line} ${next}`, 10, 'bold')).toBeGreaterThan(width);
    }
  });

  it('keeps a mark typed after a plain space on its word’s line, the text unchanged', () => {
    // The victim's words print as typed (evidence): " :" keeps its plain space, yet no
    // line may start with the colon, nor end with an opening guillemet.
    const typed = 'Il m’a écrit : « tu vas voir » ; puis : « où es-tu ? » et « arrête ! »';

    // Widths where each bound group fits a line (a longer one is cut like a long URL).
    for (let width = 90; width <= 300; width += 3) {
      const { lines } = wrapCounting(typed, 'regular', width);

      expect(lines.join(' ')).toBe(typed);
      expect(lines.filter((line) => /^[:;!?»]/.test(line) || line.endsWith('«'))).toEqual([]);
    }
  });

  it('never cuts between a letter and its combining accent, nor inside a surrogate pair', () => {
    const word = 'q\u0307😀'.repeat(400);
    const { lines } = wrapCounting(word, 'regular', 100);

    expect(lines.join('')).toBe(word);
    for (const line of lines) {
      expect(line).not.toMatch(/^\p{M}/u);
      expect(line).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
    }
  });
});
