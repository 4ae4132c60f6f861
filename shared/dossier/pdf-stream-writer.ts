import { type PDFContext, PDFDict, PDFName, type PDFObject, PDFRef } from 'pdf-lib';

/**
 * A stream object whose data is not in memory: an image read from the blob store while
 * the PDF is written. Its `/Length` is an indirect object written after the data, so
 * the size need not be known beforehand.
 */
export interface DeferredStream {
  readonly ref: PDFRef;
  readonly dict: PDFDict;
  readonly lengthRef: PDFRef;
  readonly data: () => AsyncIterable<Uint8Array>;
}

/** Registers a deferred stream in `context`; the object is written by `writePdf`. */
export function deferStream(
  context: PDFContext,
  entries: Record<string, PDFObject>,
  data: () => AsyncIterable<Uint8Array>,
): DeferredStream {
  const lengthRef = context.nextRef();
  const dict = PDFDict.withContext(context);
  for (const [key, value] of Object.entries(entries)) dict.set(PDFName.of(key), value);
  dict.set(PDFName.of('Length'), lengthRef);
  // A placeholder so the object number is taken and the ref enumerates in order.
  const ref = context.register(dict);
  return { ref, dict, lengthRef, data };
}

const encoder = new TextEncoder();
const FLUSH_BYTES = 64 * 1024;

/**
 * Writes the document of `context` (after `PDFDocument.flush()`) to `sink`, one object
 * at a time, deferred streams read as they are written: memory holds the page
 * descriptions and fonts, never the images. Classic cross-reference table, PDF 1.7.
 */
export async function writePdf(
  context: PDFContext,
  deferred: readonly DeferredStream[],
  sink: (chunk: Uint8Array) => Promise<void>,
  onDeferredWritten: (index: number) => void | Promise<void> = () => undefined,
): Promise<void> {
  const byRef = new Map(deferred.map((stream, index) => [stream.ref.tag, { stream, index }]));
  const offsets = new Map<number, number>();
  let written = 0;
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  const flush = async () => {
    if (pendingBytes === 0) return;
    const chunk = pending.length === 1 ? (pending[0] as Uint8Array) : Buffer.concat(pending);
    pending = [];
    pendingBytes = 0;
    await sink(chunk);
  };
  const emit = async (bytes: Uint8Array) => {
    pending.push(bytes);
    pendingBytes += bytes.length;
    written += bytes.length;
    if (pendingBytes >= FLUSH_BYTES) await flush();
  };
  const text = (value: string) => emit(encoder.encode(value));
  const objectBytes = (object: PDFObject) => {
    const bytes = new Uint8Array(object.sizeInBytes());
    object.copyBytesInto(bytes, 0);
    return bytes;
  };

  // Header, with a comment of high bytes so transfers treat the file as binary.
  await emit(Uint8Array.from([...encoder.encode('%PDF-1.7\n%'), 0xe2, 0xe3, 0xcf, 0xd3, 10]));
  for (const [ref, object] of context.enumerateIndirectObjects()) {
    offsets.set(ref.objectNumber, written);
    const lazy = byRef.get(ref.tag);
    await text(`${ref.objectNumber} ${ref.generationNumber} obj\n`);
    if (!lazy) {
      await emit(objectBytes(object));
      await text('\nendobj\n');
      continue;
    }
    await emit(objectBytes(lazy.stream.dict));
    await text('\nstream\n');
    let length = 0;
    for await (const chunk of lazy.stream.data()) {
      length += chunk.length;
      await emit(chunk);
    }
    await text('\nendstream\nendobj\n');
    offsets.set(lazy.stream.lengthRef.objectNumber, written);
    await text(`${lazy.stream.lengthRef.objectNumber} 0 obj\n${length}\nendobj\n`);
    await onDeferredWritten(lazy.index);
  }

  const size = context.largestObjectNumber + 1;
  const xrefOffset = written;
  const lines = [`xref\n0 ${size}\n0000000000 65535 f \n`];
  for (let n = 1; n < size; n++) {
    const offset = offsets.get(n);
    lines.push(
      offset === undefined
        ? '0000000000 00000 f \n'
        : `${String(offset).padStart(10, '0')} 00000 n \n`,
    );
  }
  await text(lines.join(''));
  const trailer = context.obj({
    Size: size,
    Root: context.trailerInfo.Root,
    Info: context.trailerInfo.Info,
    ID: context.trailerInfo.ID,
  });
  await text('trailer\n');
  await emit(objectBytes(trailer));
  await text(`\nstartxref\n${xrefOffset}\n%%EOF\n`);
  await flush();
}

export { PDFRef };
