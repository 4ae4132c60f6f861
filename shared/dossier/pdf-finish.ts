import type { PDFDocument } from 'pdf-lib';
import type { DossierInput } from './dossier-input.js';
import { A4, COLORS, MARGIN, type Pen } from './layout.js';
import { DOSSIER_TEXTS } from './texts.js';

/**
 * What is drawn once every section has its page: the contents where the pen stands (on the
 * cover), the case reference and page number on every page, and the document's metadata.
 * Returns the pages.
 */
export function finishDocument(
  doc: PDFDocument,
  pen: Pen,
  sections: readonly { readonly title: string; readonly page: number }[],
  input: DossierInput,
  version: number,
) {
  const t = DOSSIER_TEXTS[input.locale];
  const cover = pen.page;
  pen.heading(t.contents, 2);
  for (const s of sections) {
    const number = String(s.page);
    pen.drawLine(cover, s.title, MARGIN.left, pen.y - 12, 10);
    pen.drawLine(cover, number, A4.width - MARGIN.right - pen.width(number, 10), pen.y - 12, 10);
    pen.y -= 15;
  }
  const pages = doc.getPages();
  pages.forEach((page, i) => {
    const footer = `${input.caseId} · v${version}`;
    const number = t.page(i + 1, pages.length);
    const width = page.getWidth();
    pen.drawLine(page, footer, MARGIN.left, 28, 8, { color: COLORS.grey });
    pen.drawLine(page, number, width - MARGIN.right - pen.width(number, 8), 28, 8, {
      color: COLORS.grey,
    });
  });
  const id = input.identity;
  doc.setTitle(`${t.title[input.purpose]} – ${input.caseId} v${version}`);
  doc.setSubject(t.sections.letter[input.purpose]);
  doc.setAuthor(id.fullName ?? id.displayName ?? '');
  doc.setKeywords([input.caseId, `v${version}`, input.purpose]);
  doc.setCreator('harassment-dossier');
  doc.setProducer('harassment-dossier (pdf-lib)');
  doc.setLanguage(input.locale === 'fr' ? 'fr-FR' : 'en-GB');
  const compiled = new Date(input.compiledAt);
  doc.setCreationDate(compiled);
  doc.setModificationDate(compiled);
  return pages;
}
