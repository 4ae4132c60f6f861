/**
 * `npm run bench:dossier`: compiles a dossier of N synthetic screenshots (PNG and JPEG,
 * 1–3 MB each) and runs img2pdf on the same images, each in its own child process, and
 * prints wall time, peak RSS and the ratios, for N = 10 and N = 100.
 *
 * The compile is the whole thing the service does: the PDF (every page of the dossier,
 * each screenshot embedded) AND the ZIP of the originals, with every hash; img2pdf only
 * writes a PDF of the images. Both read from and write to the same disk.
 *
 * Needs img2pdf (Debian: `apt-get install -y img2pdf`). First, the rows of the worst case
 * the schemas allow (`bench/dossier-worst-case.ts`), which need nothing else.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { build } from 'esbuild';
import jpeg from 'jpeg-js';
import { pngChunk } from '../test/support/images.js';
import { printWorstCaseRows } from './dossier-worst-case.js';
import { measure } from './measure.js';

const SIZES = [10, 100];
const WIDTH = 1080;
const HEIGHT = 2340;

/** A screenshot-like image: flat bands, "text" rows and a photo-like noisy block. */
function pixels(seed: number, noiseRows: number): Buffer {
  const rgb = Buffer.alloc(WIDTH * HEIGHT * 3);
  let state = seed * 2654435761;
  const random = () => {
    state = (state * 1103515245 + 12345) >>> 0;
    return state >>> 24;
  };
  for (let y = 0; y < HEIGHT; y++) {
    const band = (y >> 6) % 4;
    const noisy = y >= 400 && y < 400 + noiseRows;
    for (let x = 0; x < WIDTH; x++) {
      const at = (y * WIDTH + x) * 3;
      if (noisy) {
        const base = (x + y + seed * 13) & 255;
        rgb[at] = (base + random() / 2) & 255;
        rgb[at + 1] = (base * 2 + random() / 2) & 255;
        rgb[at + 2] = (255 - base + random() / 2) & 255;
      } else {
        const ink = band === 1 && (x * 7 + y * 3 + seed) % 11 < 4 ? 40 : 245;
        rgb[at] = ink;
        rgb[at + 1] = ink - (band === 2 ? 30 : 0);
        rgb[at + 2] = ink - (band === 3 ? 60 : 0);
      }
    }
  }
  return rgb;
}

function png(rgb: Buffer): Buffer {
  const stride = WIDTH * 3 + 1;
  const raw = Buffer.alloc(stride * HEIGHT);
  for (let y = 0; y < HEIGHT; y++)
    rgb.copy(raw, y * stride + 1, y * WIDTH * 3, (y + 1) * WIDTH * 3);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(WIDTH, 0);
  ihdr.writeUInt32BE(HEIGHT, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  const data = deflateSync(raw, { level: 6 });
  const idat: Buffer[] = [];
  for (let at = 0; at < data.length; at += 65536)
    idat.push(pngChunk('IDAT', data.subarray(at, at + 65536)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    ...idat,
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

function jpg(rgb: Buffer): Buffer {
  const rgba = Buffer.alloc(WIDTH * HEIGHT * 4);
  for (let i = 0, j = 0; i < rgb.length; i += 3, j += 4) {
    rgba[j] = rgb[i] as number;
    rgba[j + 1] = rgb[i + 1] as number;
    rgba[j + 2] = rgb[i + 2] as number;
    rgba[j + 3] = 255;
  }
  return jpeg.encode({ data: rgba, width: WIDTH, height: HEIGHT }, 92).data;
}

interface Generated {
  readonly dir: string;
  readonly files: { path: string; key: string; type: string; size: number; sha256: string }[];
}

/** N images, half PNG, half JPEG; JPEG encoding is slow in JS, so 4 bases are reused. */
async function generate(root: string, n: number): Promise<Generated> {
  const dir = join(root, `n${n}`);
  await mkdir(join(dir, 'store', 'evidence'), { recursive: true });
  const jpegBases: Buffer[] = [];
  const files: Generated['files'] = [];
  for (let i = 0; i < n; i++) {
    let bytes: Buffer;
    let type: string;
    if (i % 2 === 0) {
      bytes = png(pixels(i, 300 + ((i * 37) % 500)));
      type = 'image/png';
    } else {
      const base = (i >> 1) % 4;
      jpegBases[base] ??= jpg(pixels(1000 + base, 1200 + base * 200));
      const b = jpegBases[base] as Buffer;
      // A comment segment after SOI makes each copy a distinct file.
      const comment = Buffer.from(`screenshot ${i}`);
      bytes = Buffer.concat([
        b.subarray(0, 2),
        Buffer.from([0xff, 0xfe, 0, comment.length + 2]),
        comment,
        b.subarray(2),
      ]);
      type = 'image/jpeg';
    }
    const key = `evidence/${String(i + 1).padStart(3, '0')}.${type === 'image/png' ? 'png' : 'jpg'}`;
    const path = join(dir, 'store', key);
    await writeFile(path, bytes);
    files.push({
      path,
      key,
      type,
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
  }
  return { dir, files };
}

/**
 * The child, bundled as the CDK app bundles the compile function (ESM, minified, the AWS
 * SDK external), into `bench/.out/` so that it finds the fonts in node_modules.
 */
async function bundleCompiler(): Promise<string> {
  const outfile = fileURLToPath(new URL('.out/dossier-child.mjs', import.meta.url));
  await build({
    entryPoints: [fileURLToPath(new URL('dossier-child.ts', import.meta.url))],
    outfile,
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    external: ['@aws-sdk/*'],
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    logLevel: 'error',
  });
  return outfile;
}

/** The targets of issue 23, at the largest N: wall time start-up included, and flat RSS. */
const TARGETS = { timeOverImg2pdf: 1.5, rssGrowth: 1.1 };

function printTargets(measured: ReadonlyMap<number, { timeRatio: number; rssMiB: number }>) {
  const smallest = measured.get(Math.min(...measured.keys()));
  const largest = Math.max(...measured.keys());
  const at = measured.get(largest);
  if (!at || !smallest) return;
  const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
  const growth = at.rssMiB / smallest.rssMiB;
  console.log(
    [
      `Targets at N=${largest}`,
      `  wall time, start-up included: ${at.timeRatio.toFixed(2)}x img2pdf, target <= ${TARGETS.timeOverImg2pdf}x: ${met(at.timeRatio <= TARGETS.timeOverImg2pdf)}`,
      `  peak RSS: ${growth.toFixed(2)}x that at N=${Math.min(...measured.keys())}, target flat (<= ${TARGETS.rssGrowth}x): ${met(growth <= TARGETS.rssGrowth)}`,
    ].join('\n'),
  );
}

async function main(): Promise<void> {
  // The worst case the schemas allow (issue 18): layout, 1000 long facts, page latency.
  await printWorstCaseRows();
  try {
    execFileSync('img2pdf', ['--version'], { stdio: 'ignore' });
  } catch {
    console.error('img2pdf is missing: install it with `apt-get install -y img2pdf` (Debian).');
    process.exit(1);
  }
  const root = await mkdtemp(join(tmpdir(), 'bench-dossier-'));
  const compiler = await bundleCompiler();
  const rows: string[] = [];
  const measured = new Map<number, { timeRatio: number; rssMiB: number }>();
  try {
    for (const n of SIZES) {
      const generated = await generate(root, n);
      const total = generated.files.reduce((sum, f) => sum + f.size, 0);
      await writeFile(join(generated.dir, 'files.json'), JSON.stringify(generated.files));
      const ours = await measure(process.execPath, [compiler, generated.dir]);
      const inner = JSON.parse(ours.out.split('\n')[0] as string) as {
        compileMs: number;
        pages: number;
        files: { name: string; size: number }[];
      };
      const img2pdfOut = join(generated.dir, 'img2pdf.pdf');
      const theirs = await measure('img2pdf', [
        '-o',
        img2pdfOut,
        ...generated.files.map((f) => f.path),
      ]);
      const theirSize = (await stat(img2pdfOut)).size;
      const mib = (bytes: number) => (bytes / 1048576).toFixed(1);
      rows.push(
        [
          `N=${n} (${mib(total)} MiB of images, ${inner.pages} pages)`,
          `  dossier : ${ours.seconds.toFixed(2)} s wall (compile ${(inner.compileMs / 1000).toFixed(2)} s), CPU ${ours.cpuSeconds.toFixed(2)} s, peak RSS ${ours.rssMiB.toFixed(0)} MiB, PDF ${mib(inner.files[0]?.size ?? 0)} MiB + ZIP ${mib(inner.files[1]?.size ?? 0)} MiB`,
          `  img2pdf : ${theirs.seconds.toFixed(2)} s wall, CPU ${theirs.cpuSeconds.toFixed(2)} s, peak RSS ${theirs.rssMiB.toFixed(0)} MiB, PDF ${mib(theirSize)} MiB`,
          `  ratio   : time ${(ours.seconds / theirs.seconds).toFixed(2)}× (compile only ${(inner.compileMs / 1000 / theirs.seconds).toFixed(2)}×), CPU ${(ours.cpuSeconds / theirs.cpuSeconds).toFixed(2)}×, RSS ${(ours.rssMiB / theirs.rssMiB).toFixed(2)}×`,
        ].join('\n'),
      );
      console.log(rows.at(-1));
      measured.set(n, { timeRatio: ours.seconds / theirs.seconds, rssMiB: ours.rssMiB });
      await rm(generated.dir, { recursive: true, force: true });
    }
    printTargets(measured);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

await main();
