import type { PDFDocument, PDFFont } from 'pdf-lib';
import type { DossierInput } from './dossier-input.js';
import { fontBytes } from './fonts.js';
import type { FontSet } from './layout.js';

/** The dossier's faces, subset; the CJK fallback only when the text needs it. */
export async function embedFonts(doc: PDFDocument, input: DossierInput): Promise<FontSet> {
  const [regular, bold, mono] = await Promise.all([
    doc.embedFont(await fontBytes('regular'), { subset: true }),
    doc.embedFont(await fontBytes('bold'), { subset: true }),
    doc.embedFont(await fontBytes('mono'), { subset: true }),
  ]);
  const base: FontSet = { regular, bold, mono };
  // The CJK face is 10 MB: embedded only when some text has a character DejaVu lacks.
  const needsFallback = [...JSON.stringify(input)].some((char) => {
    const cp = char.codePointAt(0) as number;
    return cp > 0x2e7f && !hasGlyph(regular, cp);
  });
  if (!needsFallback) return base;
  const fallback = await doc.embedFont(await fontBytes('cjk'), { subset: true });
  return { ...base, fallback };
}

function hasGlyph(font: PDFFont, cp: number): boolean {
  const source = (
    font as unknown as { embedder?: { font?: { hasGlyphForCodePoint(c: number): boolean } } }
  ).embedder?.font;
  return source?.hasGlyphForCodePoint(cp) ?? true;
}
