import { type PDFFont, PDFHexString } from 'pdf-lib';

export interface GlyphSource {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

/** The fontkit font behind a pdf-lib custom font, to ask which characters it has. */
export function glyphs(font: PDFFont): GlyphSource | undefined {
  return (font as unknown as { embedder?: { font?: GlyphSource } }).embedder?.font;
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
export function encodeByCharacter(font: PDFFont): void {
  if (ENCODED_BY_CHARACTER.has(font)) return;
  ENCODED_BY_CHARACTER.add(font);
  const encodeShaped = font.encodeText.bind(font);
  const codes = new Map<number, string>();
  font.encodeText = (text: string) => {
    let hex = '';
    for (let at = 0; at < text.length; ) {
      const cp = text.codePointAt(at) as number;
      let code = codes.get(cp);
      if (code === undefined) {
        code = encodeShaped(String.fromCodePoint(cp)).asString();
        codes.set(cp, code);
      }
      hex += code;
      at += cp > 0xffff ? 2 : 1;
    }
    return PDFHexString.of(hex);
  };
}
