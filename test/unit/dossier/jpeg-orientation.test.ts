import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dossierKey } from '../../../shared/bucket-keys.js';
import { CaseLog } from '../../../shared/case-log.js';
import { readJpegHeader } from '../../../shared/dossier/jpeg.js';
import {
  displayedSize,
  type Orientation,
  orientedImageMatrix,
} from '../../../shared/dossier/orientation.js';
import { writeDossierVersion } from '../../../shared/dossier/write-dossier-version.js';
import { dossierFixture } from '../../support/dossier-fixture.js';
import { capturingLogger } from '../../support/fakes.js';
import { encodeJpeg, withExifOrientation, withXmpSegment } from '../../support/images.js';
import { MemoryBlobStore } from '../../support/memory-blob-store.js';

const ALL: Orientation[] = [1, 2, 3, 4, 5, 6, 7, 8];

/** 400 × 300 as stored: blue, with a red block in the stored top-left corner. */
const photo = () =>
  encodeJpeg(400, 300, (x, y) => (x < 100 && y < 100 ? [255, 0, 0] : [0, 0, 255]));

async function* inPieces(bytes: Uint8Array, size: number): AsyncIterable<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

describe('readJpegHeader, EXIF orientation', () => {
  it.each(ALL.flatMap((o) => [[o, 'II'] as const, [o, 'MM'] as const]))(
    'reads orientation %i in %s byte order',
    async (orientation, order) => {
      // Prepare
      const bytes = withExifOrientation(photo(), orientation, order);

      // Act
      const header = await readJpegHeader(inPieces(bytes, 64 * 1024));

      // Assess
      expect(header).toMatchObject({ width: 400, height: 300, orientation });
    },
  );

  it('finds it when the segment arrives a byte at a time, after an XMP segment', async () => {
    const bytes = withXmpSegment(withExifOrientation(photo(), 6));
    expect(bytes.indexOf('http://ns.adobe.com')).toBeLessThan(bytes.indexOf('Exif'));

    const header = await readJpegHeader(inPieces(bytes, 1));

    expect(header).toMatchObject({ width: 400, height: 300, orientation: 6 });
  });

  it('takes 1 (as stored) without EXIF, or for a value EXIF does not define', async () => {
    expect((await readJpegHeader(inPieces(photo(), 4096))).orientation).toBe(1);
    const undefinedValue = withExifOrientation(photo(), 9);
    expect((await readJpegHeader(inPieces(undefinedValue, 4096))).orientation).toBe(1);
  });
});

describe('orientedImageMatrix', () => {
  const box = { x: 10, y: 20, width: 300, height: 400 };
  const apply = (m: readonly number[], u: number, v: number) => [
    (m[0] as number) * u + (m[2] as number) * v + (m[4] as number),
    (m[1] as number) * u + (m[3] as number) * v + (m[5] as number),
  ];
  const corner = {
    topLeft: [10, 420],
    topRight: [310, 420],
    bottomLeft: [10, 20],
    bottomRight: [310, 20],
  };
  // Where EXIF puts the stored image's top-left and top-right corners on display.
  const expected: Record<Orientation, [keyof typeof corner, keyof typeof corner]> = {
    1: ['topLeft', 'topRight'],
    2: ['topRight', 'topLeft'],
    3: ['bottomRight', 'bottomLeft'],
    4: ['bottomLeft', 'bottomRight'],
    5: ['topLeft', 'bottomLeft'],
    6: ['topRight', 'bottomRight'],
    7: ['bottomRight', 'topRight'],
    8: ['bottomLeft', 'topLeft'],
  };

  it.each(ALL)('turns orientation %i as EXIF defines it, within the box', (orientation) => {
    const m = orientedImageMatrix(orientation, box);

    // PDF draws an image's first row at v = 1.
    expect(apply(m, 0, 1)).toEqual(corner[expected[orientation][0]]);
    expect(apply(m, 1, 1)).toEqual(corner[expected[orientation][1]]);
  });

  it('swaps width and height for 5 to 8 only', () => {
    const stored = { width: 400, height: 300 };
    expect(ALL.map((o) => displayedSize(stored, o).width)).toEqual([
      400, 400, 400, 400, 300, 300, 300, 300,
    ]);
  });
});

/** A binary PPM (P6) as pdftoppm writes it. */
function parsePpm(bytes: Buffer) {
  const fields: string[] = [];
  let at = 0;
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(bytes[at] as number))) at++;
    let field = '';
    while (!/\s/.test(String.fromCharCode(bytes[at] as number)))
      field += String.fromCharCode(bytes[at++] as number);
    fields.push(field);
  }
  const [, width, height] = fields.map(Number) as [number, number, number];
  const data = bytes.subarray(at + 1);
  return { width, height, rgb: (x: number, y: number) => data.subarray((y * width + x) * 3) };
}

describe('a sideways phone photo in the dossier', () => {
  it.each([
    [6, 'right', 'top'],
    [8, 'left', 'bottom'],
  ] as const)(
    'is shown upright (orientation %i: the red corner on the %s, %s)',
    async (orientation, side, end) => {
      // Prepare: the fixture's JPEG exhibit (n° 4) replaced by a photo taken sideways.
      const store = new MemoryBlobStore();
      const { input } = await dossierFixture(store);
      const bytes = withExifOrientation(photo(), orientation);
      const evidence = (input.evidence ?? []).map((e) =>
        e.evidenceId === 'ev-jpeg'
          ? { ...e, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') }
          : e,
      );
      await store.put(
        evidence.find((e) => e.evidenceId === 'ev-jpeg')?.storageKey as string,
        bytes,
      );

      // Act
      await writeDossierVersion(
        { store, log: new CaseLog(store), logger: capturingLogger() },
        { caseId: input.caseId, purpose: 'prosecutor-letter', version: 1 },
        { ...input, evidence },
      );

      // Assess: rasterized by poppler, the photo is portrait, the red block where EXIF says.
      const dir = await mkdtemp(join(tmpdir(), 'orientation-'));
      try {
        const pdfPath = join(dir, 'd.pdf');
        await writeFile(
          pdfPath,
          store.objects.get(dossierKey(input.caseId, 1, 'dossier.pdf')) as Uint8Array,
        );
        const pages = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], {
          encoding: 'utf8',
        }).split('\f');
        // The exhibit's own page, after the index that lists it (the last one starting so).
        const page =
          1 +
          pages
            .map((p) =>
              p.trimStart().startsWith('Pièce n° 4 – Capture d’écran – jeuxvideo.com, Message n°4'),
            )
            .lastIndexOf(true);
        expect(page).toBeGreaterThan(0);
        const n = String(page);
        execFileSync('pdftoppm', ['-f', n, '-l', n, '-r', '36', pdfPath, join(dir, 'p')]);
        const [raster] = (await readdir(dir)).filter((name) => name.endsWith('.ppm'));
        const image = parsePpm(await readFile(join(dir, raster as string)));
        const red = { minX: Infinity, maxX: -1, minY: Infinity, maxY: -1, n: 0 };
        const photoBox = { ...red };
        for (let y = 0; y < image.height; y++)
          for (let x = 0; x < image.width; x++) {
            const [r = 0, g = 0, b = 0] = image.rgb(x, y);
            const isRed = r > 180 && g < 90 && b < 90;
            const isBlue = b > 180 && r < 90 && g < 90;
            for (const [box, hit] of [
              [red, isRed],
              [photoBox, isRed || isBlue],
            ] as const) {
              if (!hit) continue;
              box.minX = Math.min(box.minX, x);
              box.maxX = Math.max(box.maxX, x);
              box.minY = Math.min(box.minY, y);
              box.maxY = Math.max(box.maxY, y);
              box.n++;
            }
          }
        const photoWidth = photoBox.maxX - photoBox.minX;
        const photoHeight = photoBox.maxY - photoBox.minY;
        expect(photoHeight / photoWidth).toBeCloseTo(4 / 3, 1);
        const redCentre = {
          x: (red.minX + red.maxX) / 2 - photoBox.minX,
          y: (red.minY + red.maxY) / 2 - photoBox.minY,
        };
        expect(redCentre.x > photoWidth / 2 ? 'right' : 'left').toBe(side);
        expect(redCentre.y < photoHeight / 2 ? 'top' : 'bottom').toBe(end);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );
});
