import {
  beginText,
  endText,
  moveText,
  type PDFDocument,
  type PDFFont,
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
import { encodeByCharacter, glyphs } from './glyphs.js';
import { clean, lastCut } from './line-cut.js';

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
  private readonly measured = new Map<Face, Map<number, Glyph>>();
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
   * The font printing code point `cp` in `face` (the face, or the fallback for what it
   * lacks) and its width at size 1. Measured once per code point and face: wrapping sums
   * these, so its cost stays linear in the text whatever the text holds.
   */
  private glyph(cp: number, face: Face): Glyph {
    let known = this.measured.get(face);
    if (!known) {
      known = new Map();
      this.measured.set(face, known);
    }
    let glyph = known.get(cp);
    if (!glyph) {
      const font = this.fontFor(cp, face);
      glyph = { font, width: font.widthOfTextAtSize(String.fromCodePoint(cp), 1) };
      known.set(cp, glyph);
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
    let start = 0;
    let font: PDFFont | undefined;
    for (let at = 0; at < text.length; ) {
      const cp = text.codePointAt(at) as number;
      const next = this.glyph(cp, face).font;
      if (font && next !== font) {
        runs.push({ text: text.slice(start, at), font });
        start = at;
      }
      font = next;
      at += cp > 0xffff ? 2 : 1;
    }
    if (font) runs.push({ text: text.slice(start), font });
    return runs;
  }

  /** The width `text` prints at: each character as its own glyph (`encodeByCharacter`). */
  width(text: string, size: number, face: Face = 'regular'): number {
    return this.advance(clean(text), face) * size;
  }

  /** The width of cleaned text at size 1. */
  private advance(text: string, face: Face): number {
    let width = 0;
    for (let at = 0; at < text.length; ) {
      const cp = text.codePointAt(at) as number;
      width += this.glyph(cp, face).width;
      at += cp > 0xffff ? 2 : 1;
    }
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
    const space = this.glyph(0x20, face).width * size;
    for (const paragraph of clean(text).split('\n')) {
      let line: string[] = [];
      let lineWidth = 0;
      for (const word of bound(paragraph.split(/ +/))) {
        if (!word) continue;
        const { until, starts } = this.cumulativeWidths(word, size, face);
        const count = starts.length - 1;
        const wordWidth = until[count] as number;
        if (line.length === 0 ? wordWidth <= maxWidth : lineWidth + space + wordWidth <= maxWidth) {
          lineWidth += (line.length ? space : 0) + wordWidth;
          line.push(word);
          continue;
        }
        if (line.length) lines.push(line.join(' '));
        let first = 0;
        while (wordWidth - (until[first] as number) > maxWidth) {
          const cut = lastCut(word, starts, until, first, maxWidth);
          lines.push(word.slice(starts[first], starts[cut]));
          first = cut;
        }
        line = first < count ? [word.slice(starts[first])] : [];
        lineWidth = wordWidth - (until[first] as number);
      }
      lines.push(line.join(' '));
    }
    return lines;
  }

  /**
   * For each character of `word`: where it starts (UTF-16 offset, plus the word's end),
   * and the width of the word up to it (`until[i]`, `until[count]` being the whole).
   */
  private cumulativeWidths(word: string, size: number, face: Face) {
    const starts: number[] = [];
    const until = new Float64Array(word.length + 1);
    let width = 0;
    for (let at = 0; at < word.length; ) {
      const cp = word.codePointAt(at) as number;
      starts.push(at);
      width += this.glyph(cp, face).width * size;
      until[starts.length] = width;
      at += cp > 0xffff ? 2 : 1;
    }
    starts.push(word.length);
    return { until, starts };
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

/**
 * Words joined where a line must not break although the space is a plain one: before
 * `: ; ! ?` or `»`, and after `«`. Our texts carry no-break spaces there; the victim's
 * words print as typed (they are evidence), so a colon she typed after a plain space
 * stays on its word's line without the space being changed.
 */
function bound(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const word of words) {
    const previous = out.at(-1);
    if (previous !== undefined && word && (/^[:;!?»]/.test(word) || previous.endsWith('«')))
      out[out.length - 1] = `${previous} ${word}`;
    else out.push(word);
  }
  return out;
}
