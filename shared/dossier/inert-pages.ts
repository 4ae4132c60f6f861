import {
  concatTransformationMatrix,
  drawObject,
  PDFArray,
  PDFDict,
  type PDFDocument,
  PDFName,
  PDFNumber,
  type PDFObject,
  type PDFPage,
  PDFRef,
  PDFStream,
  popGraphicsState,
  pushGraphicsState,
} from 'pdf-lib';

/** What a copied page keeps: what it looks like, nothing it does. */
const PAGE_KEYS = new Set([
  'Type',
  'Parent',
  'Resources',
  'Contents',
  'MediaBox',
  'CropBox',
  'BleedBox',
  'TrimBox',
  'ArtBox',
  'Rotate',
  'UserUnit',
  'Group',
]);
/** Keys of actions, attachments, links, forms and name trees, removed wherever they are. */
const ACTIVE_KEYS = [
  'A',
  'AA',
  'OpenAction',
  'JS',
  'JavaScript',
  'Launch',
  'URI',
  'EmbeddedFile',
  'EmbeddedFiles',
  'Names',
  'Dests',
  'Annots',
  'AcroForm',
  'XFA',
  'RichMedia',
  'Threads',
  'B',
].map((key) => PDFName.of(key));
/** Dictionaries keyed by resource or glyph names (`/F1`, `/A`): their keys are not actions. */
const NAME_MAPS = new Set([
  'Font',
  'XObject',
  'ExtGState',
  'ColorSpace',
  'Pattern',
  'Shading',
  'Properties',
  'CharProcs',
]);
/** Annotation flags: Hidden (2) and NoView (32) are never drawn. */
const NOT_SHOWN = 2 | 32;

/**
 * Copies a PDF's pages into `doc` as the dossier needs them: the same marks on the page,
 * and nothing that acts. Each annotation's visible appearance (a filled form field, a
 * stamp) is painted into the page; then the page keeps only what draws it, and no
 * dictionary reachable from it keeps an action, link, attachment, form or name tree.
 * Ingestion refuses active PDFs already: this is the second line.
 */
export async function copyInertPages(doc: PDFDocument, source: PDFDocument): Promise<PDFPage[]> {
  for (const page of source.getPages()) {
    flattenAppearances(source, page);
    const node = page.node;
    for (const key of node.keys()) if (!PAGE_KEYS.has(key.asString().slice(1))) node.delete(key);
    scrub(source, node, new Set());
  }
  return doc.copyPages(source, source.getPageIndices());
}

/** Paints each shown annotation's normal appearance where the annotation sits. */
function flattenAppearances(source: PDFDocument, page: PDFPage): void {
  const context = source.context;
  const annots = page.node.Annots();
  if (!annots) return;
  for (let i = 0; i < annots.size(); i++) {
    const annot = annots.lookupMaybe(i, PDFDict);
    const flags = annot?.lookupMaybe(PDFName.of('F'), PDFNumber)?.asNumber() ?? 0;
    const rect = numbers(annot?.lookupMaybe(PDFName.of('Rect'), PDFArray));
    if (!annot || flags & NOT_SHOWN || rect.length !== 4) continue;
    const appearances = annot.lookupMaybe(PDFName.of('AP'), PDFDict);
    let normal = appearances?.get(PDFName.of('N'));
    const states = context.lookup(normal);
    if (states instanceof PDFDict && !(states instanceof PDFStream)) {
      const state = annot.lookupMaybe(PDFName.of('AS'), PDFName);
      normal = state ? states.get(state) : undefined;
    }
    const form = context.lookup(normal);
    if (!(form instanceof PDFStream)) continue;
    const ref = normal instanceof PDFRef ? normal : context.register(form);
    form.dict.set(PDFName.of('Type'), PDFName.of('XObject'));
    form.dict.set(PDFName.of('Subtype'), PDFName.of('Form'));
    const bbox = numbers(form.dict.lookupMaybe(PDFName.of('BBox'), PDFArray));
    const matrix = numbers(form.dict.lookupMaybe(PDFName.of('Matrix'), PDFArray));
    const placement = placeOnRect(bbox, matrix.length === 6 ? matrix : [1, 0, 0, 1, 0, 0], rect);
    if (!placement) continue;
    const name = page.node.newXObject('Flat', ref);
    page.pushOperators(
      pushGraphicsState(),
      concatTransformationMatrix(...placement),
      drawObject(name),
      popGraphicsState(),
    );
  }
}

/**
 * The matrix mapping an appearance onto its annotation's rectangle (PDF 32000-1, 12.5.5):
 * the box transformed by the form's own matrix, scaled and moved onto `rect`.
 */
function placeOnRect(
  bbox: number[],
  [a, b, c, d, e, f]: number[],
  rect: number[],
): [number, number, number, number, number, number] | undefined {
  if (bbox.length !== 4) return undefined;
  const [x1, y1, x2, y2] = bbox as [number, number, number, number];
  const corners = [
    [x1, y1],
    [x1, y2],
    [x2, y1],
    [x2, y2],
  ].map(([x = 0, y = 0]) => [
    (a ?? 1) * x + (c ?? 0) * y + (e ?? 0),
    (b ?? 0) * x + (d ?? 1) * y + (f ?? 0),
  ]);
  const xs = corners.map((p) => p[0] as number);
  const ys = corners.map((p) => p[1] as number);
  const [left, bottom, right, top] = [
    Math.min(...xs),
    Math.min(...ys),
    Math.max(...xs),
    Math.max(...ys),
  ];
  const [rx1, ry1, rx2, ry2] = rect as [number, number, number, number];
  if (right === left || top === bottom) return undefined;
  const sx = (Math.max(rx1, rx2) - Math.min(rx1, rx2)) / (right - left);
  const sy = (Math.max(ry1, ry2) - Math.min(ry1, ry2)) / (top - bottom);
  return [sx, 0, 0, sy, Math.min(rx1, rx2) - left * sx, Math.min(ry1, ry2) - bottom * sy];
}

function numbers(array: PDFArray | undefined): number[] {
  if (!array) return [];
  return array.asArray().map((item) => (item instanceof PDFNumber ? item.asNumber() : Number.NaN));
}

/** Removes every active key from what `object` reaches, each object once. */
function scrub(
  source: PDFDocument,
  object: PDFObject | undefined,
  seen: Set<PDFObject>,
  nameMap = false,
) {
  const value = object instanceof PDFRef ? source.context.lookup(object) : object;
  if (!value || seen.has(value)) return;
  seen.add(value);
  const dict =
    value instanceof PDFStream ? value.dict : value instanceof PDFDict ? value : undefined;
  if (dict) {
    if (!nameMap) for (const key of ACTIVE_KEYS) dict.delete(key);
    for (const [key, entry] of dict.entries())
      scrub(source, entry, seen, NAME_MAPS.has(key.asString().slice(1)));
  } else if (value instanceof PDFArray)
    for (const item of value.asArray()) scrub(source, item, seen);
}
