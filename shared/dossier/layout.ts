import {
  beginText,
  endText,
  moveText,
  type PDFDocument,
  type PDFFont,
  PDFHexString,
  type PDFName,
  type PDFOperator,
  type PDFPage,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  setFillingColor,
  setFontAndSize,
  showText,
} from 'pdf-lib';

export const A4 = { width: 595.28, height: 841.89 } as const;
export const MARGIN = { left: 56, right: 56, top: 56, bottom: 64 } as const;
export const CONTENT_WIDTH = A4.width - MARGIN.left - MARGIN.right;

/** The faces the dossier prints with; `fallback` covers what `regular` lacks (CJK). */
export interface FontSet {
  readonly regular: PDFFont;
  readonly bold: PDFFont;
  readonly mono: PDFFont;
  readonly fallback?: PDFFont;
}

interface GlyphSource {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

/** The fontkit font behind a pdf-lib custom font, to ask which characters it has. */
function glyphs(font: PDFFont): GlyphSource | undefined {
  return (font as unknown as { embedder?: { font?: GlyphSource } }).embedder?.font;
}

export type Face = 'regular' | 'bold' | 'mono';

interface Glyph {
  readonly font: PDFFont;
  /** Advance width at size 1, points. */
  readonly width: number;
}

export interface TextStyle {
  readonly size?: number;
  readonly face?: Face;
  readonly color?: ReturnType<typeof rgb>;
  /** Left indent, points. */
  readonly indent?: number;
  /** Space after the paragraph. */
  readonly after?: number;
}

const GREY = rgb(0.35, 0.35, 0.35);
export const COLORS = { text: rgb(0, 0, 0), grey: GREY, warn: rgb(0.7, 0, 0) };

/**
 * Lays text out top to bottom on A4 pages, wrapping words (and long URLs or hashes at
 * any character), starting a new page when one is full. Each line is cut into runs of
 * the first face that has the characters.
 */
export class Pen {
  page!: PDFPage;
  y = 0;
  /** Applied to every paragraph before it is wrapped: French spacing in a French dossier. */
  typography: (text: string) => string = (text) => text;

  private readonly measured = new Map<Face, Map<string, Glyph>>();
  private readonly fontKeys = new WeakMap<PDFPage, Map<PDFFont, PDFName>>();

  constructor(
    readonly doc: PDFDocument,
    readonly fonts: FontSet,
  ) {
    for (const font of Object.values(fonts) as (PDFFont | undefined)[]) {
      if (font) encodeByCharacter(font);
    }
  }

  newPage(): PDFPage {
    this.page = this.doc.addPage([A4.width, A4.height]);
    this.y = A4.height - MARGIN.top;
    return this.page;
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensure(height: number): void {
    if (this.y - height < MARGIN.bottom) this.newPage();
  }

  space(points: number): void {
    this.y -= points;
  }

  /**
   * The font printing `char` in `face` (the face, or the fallback for what it lacks) and
   * the character's width at size 1. Measured once per character and face: wrapping
   * sums these, so its cost stays linear in the text whatever the text holds.
   */
  private glyph(char: string, face: Face): Glyph {
    let known = this.measured.get(face);
    if (!known) {
      known = new Map();
      this.measured.set(face, known);
    }
    let glyph = known.get(char);
    if (!glyph) {
      const font = this.fontFor(char.codePointAt(0) as number, face);
      glyph = { font, width: font.widthOfTextAtSize(char, 1) };
      known.set(char, glyph);
    }
    return glyph;
  }

  private fontFor(cp: number, face: Face): PDFFont {
    const primary = this.fonts[face];
    const fallback = this.fonts.fallback;
    if (
      fallback &&
      cp > 0x20 &&
      !glyphs(primary)?.hasGlyphForCodePoint(cp) &&
      glyphs(fallback)?.hasGlyphForCodePoint(cp)
    ) {
      return fallback;
    }
    return primary;
  }

  runs(text: string, face: Face): { text: string; font: PDFFont }[] {
    const runs: { text: string; font: PDFFont }[] = [];
    for (const char of text) {
      const { font } = this.glyph(char, face);
      const last = runs.at(-1);
      if (last && last.font === font) last.text += char;
      else runs.push({ text: char, font });
    }
    return runs;
  }

  /** The width `text` prints at: each character as its own glyph (`encodeByCharacter`). */
  width(text: string, size: number, face: Face = 'regular'): number {
    return this.advance(clean(text), face) * size;
  }

  /** The width of cleaned text at size 1. */
  private advance(text: string, face: Face): number {
    let width = 0;
    for (const char of text) width += this.glyph(char, face).width;
    return width;
  }

  /**
   * Breaks `text` into lines no wider than `maxWidth`: greedily at spaces, and a word
   * longer than a line (a URL, a hash, or a hostile 4000-letter fact) where it must.
   * Linear in the text: each word's cumulative widths are summed once from the
   * per-character widths, and a cut is found by binary search on them.
   */
  wrap(text: string, size: number, face: Face, maxWidth: number): string[] {
    const lines: string[] = [];
    const space = this.glyph(' ', face).width * size;
    for (const paragraph of clean(this.typography(text)).split('\n')) {
      let line: string[] = [];
      let lineWidth = 0;
      for (const word of paragraph.split(/ +/)) {
        if (!word) continue;
        const chars = [...word];
        const until = new Float64Array(chars.length + 1);
        for (const [i, char] of chars.entries()) {
          until[i + 1] = (until[i] as number) + this.glyph(char, face).width * size;
        }
        const wordWidth = until[chars.length] as number;
        if (line.length === 0 ? wordWidth <= maxWidth : lineWidth + space + wordWidth <= maxWidth) {
          lineWidth += (line.length ? space : 0) + wordWidth;
          line.push(word);
          continue;
        }
        if (line.length) lines.push(line.join(' '));
        let start = 0;
        while (wordWidth - (until[start] as number) > maxWidth) {
          const cut = lastCut(chars, until, start, maxWidth);
          lines.push(chars.slice(start, cut).join(''));
          start = cut;
        }
        line = start < chars.length ? [chars.slice(start).join('')] : [];
        lineWidth = wordWidth - (until[start] as number);
      }
      lines.push(line.join(' '));
    }
    return lines;
  }

  /**
   * Draws one line at (x, y), no wrapping, as one text object: each run shows its glyphs
   * and the next starts where they end. Not `page.drawText`, which adds a new font entry
   * to the page for every call, searching all the earlier ones: quadratic in the runs of
   * a page (text alternating Latin and Chinese makes one run per character).
   */
  drawLine(page: PDFPage, text: string, x: number, y: number, size: number, style: TextStyle = {}) {
    const operators: PDFOperator[] = [
      pushGraphicsState(),
      beginText(),
      setFillingColor(style.color ?? COLORS.text),
      moveText(x, y),
    ];
    for (const run of this.runs(clean(text), style.face ?? 'regular')) {
      operators.push(
        setFontAndSize(this.fontKey(page, run.font), size),
        showText(run.font.encodeText(run.text)),
      );
    }
    operators.push(endText(), popGraphicsState());
    page.pushOperators(...operators);
  }

  /** The name `font` has in `page`'s resources, added once per page. */
  private fontKey(page: PDFPage, font: PDFFont): PDFName {
    let keys = this.fontKeys.get(page);
    if (!keys) {
      keys = new Map();
      this.fontKeys.set(page, keys);
    }
    let key = keys.get(font);
    if (!key) {
      key = page.node.newFontDictionary(font.name, font.ref);
      keys.set(font, key);
    }
    return key;
  }

  /** A wrapped paragraph at the pen's position. */
  text(text: string, style: TextStyle = {}): void {
    const size = style.size ?? 10;
    const face = style.face ?? 'regular';
    const indent = style.indent ?? 0;
    const leading = size * 1.35;
    for (const line of this.wrap(text, size, face, CONTENT_WIDTH - indent)) {
      this.ensure(leading);
      this.y -= leading;
      this.drawLine(this.page, line, MARGIN.left + indent, this.y + size * 0.3, size, style);
    }
    this.y -= style.after ?? size * 0.5;
  }

  heading(text: string, level: 1 | 2 = 1): void {
    const size = level === 1 ? 15 : 11.5;
    this.ensure(size * 4);
    this.space(level === 1 ? 6 : 4);
    this.text(text, { size, face: 'bold', after: level === 1 ? 8 : 3 });
  }

  /** `label: value` on one or more lines, the label in bold. */
  field(label: string, value: string, style: TextStyle = {}): void {
    this.text(`${label} : ${value}`.replace(' : ', label.endsWith(':') ? ' ' : ' : '), {
      after: 2,
      ...style,
    });
  }

  bullet(text: string, style: TextStyle = {}): void {
    const indent = style.indent ?? 0;
    const size = style.size ?? 10;
    const lines = this.wrap(text, size, style.face ?? 'regular', CONTENT_WIDTH - indent - 12);
    const leading = size * 1.35;
    lines.forEach((line, i) => {
      this.ensure(leading);
      this.y -= leading;
      if (i === 0) this.drawLine(this.page, '•', MARGIN.left + indent, this.y + size * 0.3, size);
      this.drawLine(this.page, line, MARGIN.left + indent + 12, this.y + size * 0.3, size, style);
    });
    this.y -= style.after ?? 2;
  }

  rule(): void {
    this.ensure(8);
    this.y -= 4;
    this.page.drawLine({
      start: { x: MARGIN.left, y: this.y },
      end: { x: A4.width - MARGIN.right, y: this.y },
      thickness: 0.5,
      color: GREY,
    });
    this.y -= 6;
  }
}

const ENCODED_BY_CHARACTER = new WeakSet<PDFFont>();

/**
 * Makes `font` encode text character by character, each character's glyph looked up
 * once. pdf-lib otherwise shapes every line with fontkit (OpenType substitution and
 * positioning, the latter thrown away), a few microseconds a glyph: the 8 million
 * characters of 1000 maximal facts, printed twice, would take minutes. Each character
 * prints as the glyph whose width `Pen` measured; what shaping would add (ligatures,
 * Arabic joining) is lost, as the fonts' notes say.
 */
function encodeByCharacter(font: PDFFont): void {
  if (ENCODED_BY_CHARACTER.has(font)) return;
  ENCODED_BY_CHARACTER.add(font);
  const encodeShaped = font.encodeText.bind(font);
  const codes = new Map<string, string>();
  font.encodeText = (text: string) => {
    let hex = '';
    for (const char of text) {
      let code = codes.get(char);
      if (code === undefined) {
        code = encodeShaped(char).asString();
        codes.set(char, code);
      }
      hex += code;
    }
    return PDFHexString.of(hex);
  };
}

/**
 * Where to cut `chars` from `start` so that the piece fits `maxWidth` (`until` holds the
 * cumulative widths): the furthest such index, found by binary search; at least one
 * character, and never just before a combining mark, which stays with its letter.
 */
function lastCut(
  chars: readonly string[],
  until: Float64Array,
  start: number,
  maxWidth: number,
): number {
  const limit = (until[start] as number) + maxWidth;
  let fits = start + 1;
  let over = chars.length;
  while (over - fits > 1) {
    const middle = (fits + over) >>> 1;
    if ((until[middle] as number) <= limit) fits = middle;
    else over = middle;
  }
  let cut = fits;
  while (cut > start + 1 && COMBINING.test(chars[cut] as string)) cut--;
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
