import { deflateSync } from 'node:zlib';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { UploadKind } from '../../shared/domain/evidence.js';
import { checkContent, measure } from '../../shared/usecases/inspect-object.js';
import {
  HTML_PAGE,
  makeGif,
  makeJpeg,
  makePdf,
  makePng,
  makeZip,
  pdfWithCatalog,
  pngWithChunk,
  pngWithCompressedText,
  pngWithText,
} from '../fixtures/hostile-files.js';
import { hostileCorpus } from '../fixtures/make-hostile-corpus.js';
import { certificatePdf } from '../support/dossier-fixture.js';
import { withExifOrientation, withXmpSegment } from '../support/images.js';

/** The bytes as a stream of `size`-byte chunks: names and markers split at every place. */
async function measured(bytes: Uint8Array, size = 65536) {
  return measure(
    (async function* () {
      for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
    })(),
    1e9,
  );
}

const CHUNK_SIZES = [1, 7, 65536];

/** A JPEG with a multi-picture index (APP2 "MPF"), followed by its second image. */
function multiPictureJpeg(): Buffer {
  const first = makeJpeg(32, 32);
  const payload = Buffer.from('MPF\0II*\0', 'latin1');
  const app2 = Buffer.concat([Buffer.from([0xff, 0xe2, 0, payload.length + 2]), payload]);
  return Buffer.concat([first.subarray(0, 2), app2, first.subarray(2), makeJpeg(8, 8)]);
}

describe('the structure walk as an object streams (issue 18, findings 2 and 3)', () => {
  it.each([
    ['a PNG', makePng()],
    ['a PNG with an ordinary text chunk', pngWithChunk('tEXt', Buffer.from('Software\0GIMP 2.10'))],
    ['a JPEG', makeJpeg()],
    ['a JPEG with EXIF and XMP', withXmpSegment(withExifOrientation(makeJpeg(), 6))],
    ['a multi-picture JPEG (a phone’s gain map after the first image)', multiPictureJpeg()],
    ['a JPEG padded with zeros', Buffer.concat([makeJpeg(), Buffer.alloc(64)])],
    ['a GIF', makeGif()],
    ['a GIF with an ordinary comment', makeGif('Made with GIMP')],
    ['a hand-written PDF', makePdf()],
    ['a PDF opening at its first page', pdfWithCatalog('/OpenAction[3 0 R/Fit]')],
    [
      'a PDF opening with a GoTo action held elsewhere',
      pdfWithCatalog('/OpenAction 5 0 R', ['<</S/GoTo/D[3 0 R/Fit]>>']),
    ],
  ] as const)('finds nothing in %s, however it is chunked', async (_, bytes) => {
    for (const size of CHUNK_SIZES) {
      const result = await measured(bytes, size);
      expect(result.finding, `${size}-byte chunks`).toBeUndefined();
      expect(result.inspectedFormat).toMatch(/^(image|application)\//);
    }
  });

  it('finds nothing in PDFs written by pdf-lib, with and without object streams', async () => {
    const doc = await PDFDocument.load(await certificatePdf());
    for (const useObjectStreams of [true, false]) {
      const bytes = await doc.save({ useObjectStreams });
      expect((await measured(bytes, 7)).finding).toBeUndefined();
    }
  });

  it.each([
    [
      'a JPEG followed by a deflated ZIP',
      Buffer.concat([makeJpeg(), deflatedZip()]),
      'data after EOI',
    ],
    ['a JPEG followed by an HTML page', Buffer.concat([makeJpeg(), HTML_PAGE]), 'data after EOI'],
    [
      'a JPEG followed by a second image it never announced',
      Buffer.concat([makeJpeg(), makeJpeg()]),
      'data after EOI',
    ],
    [
      'a JPEG whose comment holds SVG',
      jpegWithComment('<svg onload=alert(1)>'),
      'markup in a JPEG comment',
    ],
    ['a PNG followed by bytes', Buffer.concat([makePng(), Buffer.from('x')]), 'data after IEND'],
    [
      'a PNG whose text holds an image tag past byte 1024',
      pngWithText('<img src=x onerror=alert(1)>'),
      'markup in tEXt',
    ],
    [
      'a PNG whose compressed text holds HTML',
      pngWithCompressedText('<html><body>'),
      'markup in zTXt',
    ],
    ['a PNG whose text holds a ZIP', pngWithText(deflatedZip()), 'archive in tEXt'],
    [
      'a PNG whose text holds a gzip stream',
      pngWithText(Buffer.from([0x1f, 0x8b, 8, 0])),
      'archive in tEXt',
    ],
    [
      'a PNG whose private chunk holds a RAR',
      pngWithChunk('prVt', Buffer.from('Rar!\x1a\x07\x00', 'latin1')),
      'archive in prVt',
    ],
    [
      'a PNG whose zTXt inflates past 8 MB',
      pngWithChunk('zTXt', Buffer.concat([Buffer.from('c\0\0'), deflateSync(Buffer.alloc(9e6))])),
      'undecodable text in zTXt',
    ],
    [
      'a GIF whose comment holds SVG past byte 1024',
      makeGif('<svg onload=alert(1)>'),
      'markup in a GIF extension',
    ],
    [
      'a GIF followed by bytes',
      Buffer.concat([makeGif(), HTML_PAGE]),
      'data after the GIF trailer',
    ],
  ] as const)('refuses %s as a polyglot, however it is chunked', async (_, bytes, detail) => {
    for (const size of CHUNK_SIZES) {
      expect((await measured(bytes, size)).finding, `${size}-byte chunks`).toEqual({
        reason: 'polyglot',
        detail,
      });
    }
  });

  it.each([
    ['a JavaScript OpenAction', pdfWithCatalog('/OpenAction<</S/JavaScript/JS(app.alert(1))>>')],
    [
      'an OpenAction opening a web page',
      pdfWithCatalog('/OpenAction 5 0 R', ['<</S/URI/URI(https://evil.example/beacon)>>']),
    ],
    [
      'a page action (/AA)',
      pdfWithCatalog('', ['<</O<</S/Named/N/Print>>>>'])
        .toString('latin1')
        .replace('/Contents 4 0 R', '/Contents 4 0 R/AA 5 0 R'),
    ],
    ['a name written with escapes', pdfWithCatalog('/Names<</J#61vaScr#69pt 5 0 R>>')],
    ['a remote go-to', pdfWithCatalog('/OpenAction<</S/GoToE/T<</R/C/N(x)>>>>')],
    ['an object stream in a filter it does not decode', objectStreamPdf('/Filter/ASCIIHexDecode')],
    [
      'an object stream that does not inflate',
      objectStreamPdf('/Filter/FlateDecode', Buffer.from('not zlib')),
    ],
    [
      'an object stream with a stream inside',
      objectStreamPdf('', Buffer.from('1 0 <</Length 1>>stream\nx\nendstream')),
    ],
  ] as const)('refuses a PDF with %s as active content', async (_, bytes) => {
    for (const size of CHUNK_SIZES) {
      const result = await measured(
        typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : bytes,
        size,
      );
      expect(result.finding?.reason, `${size}-byte chunks`).toBe('active-content');
    }
  });

  it('refuses a pdf-lib PDF whose catalog, compressed in an object stream, runs JavaScript', async () => {
    const doc = await PDFDocument.load(await certificatePdf());
    const action = doc.context.obj({ S: 'JavaScript', JS: PDFString.of('app.alert(1)') });
    doc.catalog.set(PDFName.of('OpenAction'), doc.context.register(action));
    const bytes = await doc.save({ useObjectStreams: true });
    expect(Buffer.from(bytes).includes('JavaScript')).toBe(false);

    expect((await measured(bytes, 7)).finding).toEqual({
      reason: 'active-content',
      detail: '/JavaScript',
    });
  });

  it.each(
    hostileCorpus()
      .filter((entry) => ['polyglot', 'active-content', 'type-mismatch'].includes(entry.expected))
      .map((entry) => [entry.id, entry] as const),
  )('refuses %s of the hostile corpus with its reason, in any chunking', async (_, entry) => {
    for (const size of CHUNK_SIZES) {
      const verdict = await checkContent(
        entry.kind as UploadKind,
        await measured(entry.bytes, size),
      );
      expect(verdict, `${size}-byte chunks`).toMatchObject({ ok: false, reason: entry.expected });
    }
  });
});

/** A ZIP whose `evil.html` is deflated: no markup in its bytes, only the archive's. */
function deflatedZip(): Buffer {
  return makeZip('evil.html', deflateSync(HTML_PAGE));
}

function jpegWithComment(comment: string): Buffer {
  const jpeg = makeJpeg();
  const payload = Buffer.from(comment);
  const length = Buffer.alloc(2);
  length.writeUInt16BE(payload.length + 2);
  return Buffer.concat([
    jpeg.subarray(0, 2),
    Buffer.from([0xff, 0xfe]),
    length,
    payload,
    jpeg.subarray(2),
  ]);
}

/** A PDF with one object stream, encoded as `filter` says, holding `content`. */
function objectStreamPdf(filter: string, content?: Buffer): Buffer {
  const inner = content ?? Buffer.from('7 0 <</Type/Annot>>');
  return pdfWithCatalog('', [
    `<</Type/ObjStm/N 1/First 4${filter}/Length ${inner.length}>>\nstream\n${inner.toString('latin1')}\nendstream`,
  ]);
}
