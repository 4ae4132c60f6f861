import {
  concatTransformationMatrix,
  drawObject,
  type PDFDocument,
  PDFHexString,
  PDFName,
  type PDFObject,
  type PDFPage,
  popGraphicsState,
  pushGraphicsState,
} from 'pdf-lib';
import type { JpegHeader } from './jpeg.js';
import { COLORS } from './layout.js';
import { displayedSize, orientedImageMatrix } from './orientation.js';
import { type DeferredStream, deferStream } from './pdf-stream-writer.js';
import { flattenedPngData, type PngHeader, pngImageData } from './png.js';

/** How an image goes into the PDF. */
export type ImagePlan =
  | { readonly format: 'jpeg'; readonly header: JpegHeader }
  | { readonly format: 'png'; readonly header: PngHeader; readonly mode: 'passthrough' | 'flatten' }
  /** Interlaced or 16-bit-alpha PNGs: decoded by pdf-lib, in memory (rare). */
  | { readonly format: 'png-decode'; readonly width: number; readonly height: number };

/** An exhibit's bytes: streamed when written, or whole for `png-decode`. */
export interface ImageBytes {
  readonly open: () => AsyncIterable<Uint8Array>;
  readonly load: () => Promise<Uint8Array>;
}

/**
 * Draws an image scaled to fit `box` (turned as its EXIF orientation says). JPEG and most
 * PNGs are deferred streams, read from `bytes.open` only when the PDF is written (pushed
 * on `deferred`); the rare PNG pdf-lib must decode is loaded whole.
 */
export async function placeImage(
  doc: PDFDocument,
  deferred: DeferredStream[],
  page: PDFPage,
  plan: ImagePlan,
  box: { x: number; y: number; width: number; height: number },
  bytes: ImageBytes,
): Promise<void> {
  const orientation = plan.format === 'jpeg' ? plan.header.orientation : 1;
  const stored = plan.format === 'png-decode' ? plan : plan.header;
  const { width, height } = displayedSize(stored, orientation);
  const scale = Math.min(box.width / width, box.height / height, 1);
  const w = width * scale;
  const h = height * scale;
  const x = box.x + (box.width - w) / 2;
  const y = box.y + box.height - h;
  if (plan.format === 'png-decode') {
    const image = await doc.embedPng(await bytes.load());
    page.drawImage(image, { x, y, width: w, height: h });
    return;
  }
  const stream = deferImage(doc, plan, () => imageData(plan, bytes.open()));
  deferred.push(stream);
  const name = page.node.newXObject('Im', stream.ref);
  page.pushOperators(
    pushGraphicsState(),
    concatTransformationMatrix(...orientedImageMatrix(orientation, { x, y, width: w, height: h })),
    drawObject(name),
    popGraphicsState(),
  );
  page.drawRectangle({ x, y, width: w, height: h, borderWidth: 0.5, borderColor: COLORS.grey });
}

function deferImage(
  doc: PDFDocument,
  plan: Exclude<ImagePlan, { format: 'png-decode' }>,
  data: () => AsyncIterable<Uint8Array>,
): DeferredStream {
  const context = doc.context;
  const entries: Record<string, PDFObject> = {
    Type: PDFName.of('XObject'),
    Subtype: PDFName.of('Image'),
    Width: context.obj(plan.header.width),
    Height: context.obj(plan.header.height),
  };
  if (plan.format === 'jpeg') {
    const { components } = plan.header;
    entries.ColorSpace = PDFName.of(
      components === 1 ? 'DeviceGray' : components === 4 ? 'DeviceCMYK' : 'DeviceRGB',
    );
    entries.BitsPerComponent = context.obj(plan.header.bitsPerComponent);
    entries.Filter = PDFName.of('DCTDecode');
    if (components === 4) entries.Decode = context.obj([1, 0, 1, 0, 1, 0, 1, 0]);
    return deferStream(context, entries, data);
  }
  const { header } = plan;
  const gray = header.colorType === 0 || header.colorType === 4;
  entries.Filter = PDFName.of('FlateDecode');
  if (plan.mode === 'flatten') {
    entries.ColorSpace = PDFName.of(gray ? 'DeviceGray' : 'DeviceRGB');
    entries.BitsPerComponent = context.obj(8);
    return deferStream(context, entries, data);
  }
  entries.BitsPerComponent = context.obj(header.bitDepth);
  if (header.colorType === 3) {
    const palette = header.palette ?? new Uint8Array(3);
    entries.ColorSpace = context.obj([
      PDFName.of('Indexed'),
      PDFName.of('DeviceRGB'),
      palette.length / 3 - 1,
      PDFHexString.of(Buffer.from(palette).toString('hex')),
    ]);
  } else entries.ColorSpace = PDFName.of(gray ? 'DeviceGray' : 'DeviceRGB');
  entries.DecodeParms = context.obj({
    Predictor: 15,
    Colors: header.colorType === 2 ? 3 : 1,
    BitsPerComponent: header.bitDepth,
    Columns: header.width,
  });
  return deferStream(context, entries, data);
}

function imageData(
  plan: Exclude<ImagePlan, { format: 'png-decode' }>,
  source: AsyncIterable<Uint8Array>,
): AsyncIterable<Uint8Array> {
  if (plan.format === 'jpeg') return source;
  return plan.mode === 'flatten' ? flattenedPngData(source, plan.header) : pngImageData(source);
}
