import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import { UPLOAD_RULES, type UploadKind } from '../domain/evidence.js';
import type { RejectionReason } from '../domain/evidence-events.js';
import { type Finding, inspectorFor, SIGNATURE_BYTES } from '../inspection/index.js';

/** Bytes kept from the start of a file for type sniffing (file-type reads a few KB). */
const HEAD_BYTES = 64 * 1024;
/** Bytes kept from the end, to check a format's trailer. */
const TAIL_BYTES = 1024;

export interface Measured {
  readonly size: number;
  readonly sha256: string;
  readonly head: Uint8Array;
  readonly tail: Uint8Array;
  /** Reading stopped because the object grew past the limit: size and hash are partial. */
  readonly truncated: boolean;
  /** The format whose structure was walked whole, from the first bytes. */
  readonly inspectedFormat?: string;
  /** What that walk found hidden or active, if anything. */
  readonly finding?: Finding;
}

/**
 * Reads a stream once: SHA-256, size, the first and last bytes, and the whole structure
 * walked as it passes (`inspection/`): nothing hidden after an image's end or in its
 * metadata, no active content in a PDF. Stops (and releases the stream) as soon as more
 * than `maxBytes` arrived, so an oversized object is not read whole.
 */
export async function measure(
  body: AsyncIterable<Uint8Array>,
  maxBytes: number,
): Promise<Measured> {
  const hash = createHash('sha256');
  const head = new Uint8Array(HEAD_BYTES);
  let headLength = 0;
  let tail = new Uint8Array(0);
  let size = 0;
  let inspector: ReturnType<typeof inspectorFor> | undefined;
  for await (const chunk of body) {
    size += chunk.length;
    if (size > maxBytes) return { size, sha256: '', head, tail, truncated: true };
    hash.update(chunk);
    const before = headLength;
    if (headLength < HEAD_BYTES) {
      const part = chunk.subarray(0, HEAD_BYTES - headLength);
      head.set(part, headLength);
      headLength += part.length;
    }
    if (inspector) inspector.write(chunk);
    else if (headLength >= SIGNATURE_BYTES) {
      // The chunks before this one are all in the head.
      inspector = inspectorFor(head.subarray(0, headLength));
      inspector.write(head.subarray(0, before));
      inspector.write(chunk);
    }
    const joined = new Uint8Array(tail.length + chunk.length);
    joined.set(tail);
    joined.set(chunk, tail.length);
    tail = joined.slice(Math.max(0, joined.length - TAIL_BYTES));
  }
  if (!inspector) {
    inspector = inspectorFor(head.subarray(0, headLength));
    inspector.write(head.subarray(0, headLength));
  }
  inspector.end();
  return {
    size,
    sha256: hash.digest('hex'),
    head: head.slice(0, headLength),
    tail,
    truncated: false,
    inspectedFormat: inspector.format,
    finding: inspector.finding,
  };
}

export type Verdict =
  | { readonly ok: true; readonly contentType: string }
  | { readonly ok: false; readonly reason: RejectionReason; readonly detectedType?: string };

const latin1 = new TextDecoder('latin1');
const ascii = (bytes: Uint8Array) => latin1.decode(bytes);

/** Formats `measure` walks whole: the sniffed type must be the one walked. */
const WALKED = ['image/png', 'image/jpeg', 'image/gif', 'application/pdf'];
/** Markup a browser would sniff as HTML or SVG if the file were ever served inline. */
const MARKUP = /<(?:!doctype|html|head|body|script|iframe|svg|object|embed|\?xml)\b/i;

/**
 * Does the content match a format allowed for the kind, with nothing hidden around it?
 * The type comes from the bytes (`file-type`), never from the name or the declaration.
 * A file that is two formats at once (an image followed by an HTML page or a ZIP, markup
 * in an image's first bytes) is refused: evidence must be one plain file.
 */
export async function checkContent(kind: UploadKind, measured: Measured): Promise<Verdict> {
  const sniffed = await fileTypeFromBuffer(measured.head);
  const detectedType = sniffed?.mime ?? (looksLikeText(measured.head) ? 'text/plain' : 'unknown');
  if (!sniffed || !UPLOAD_RULES[kind].contentTypes.includes(sniffed.mime)) {
    return {
      ok: false,
      reason: 'type-mismatch',
      detectedType: MARKUP.test(ascii(measured.head.subarray(0, 1024)))
        ? 'text/html'
        : detectedType,
    };
  }
  const polyglot = () => ({ ok: false, reason: 'polyglot', detectedType: sniffed.mime }) as const;
  const { head, tail, size, finding } = measured;
  if (finding) return { ok: false, reason: finding.reason, detectedType: sniffed.mime };
  if (WALKED.includes(sniffed.mime) && measured.inspectedFormat !== sniffed.mime) return polyglot();
  if (sniffed.mime.startsWith('image/') && MARKUP.test(ascii(head.subarray(0, 1024))))
    return polyglot();
  switch (sniffed.mime) {
    case 'image/webp': {
      // RIFF header: the chunk size covers the whole file after its first 8 bytes.
      const riffSize = new DataView(head.buffer, head.byteOffset).getUint32(4, true);
      if (riffSize + 8 !== size && riffSize + 9 !== size) return polyglot();
      break;
    }
    case 'application/pdf':
      // Incremental updates append sections, each ending in %%EOF: the last one ends the file.
      if (!/%%EOF\s*$/.test(ascii(tail))) return polyglot();
      break;
    // PNG, JPEG, GIF: walked whole by `measure`. MP4, WebM, MOV: container formats.
  }
  return { ok: true, contentType: sniffed.mime };
}

function looksLikeText(head: Uint8Array): boolean {
  const sample = head.subarray(0, 512);
  return sample.length > 0 && sample.every((b) => b === 9 || b === 10 || b === 13 || b >= 32);
}
