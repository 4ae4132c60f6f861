import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/**
 * Bundles and module loads for `npm run bench:api`: each bundle built as the CDK app
 * bundles a function (ESM, minified, AWS SDK external), and its import timed in fresh
 * Node processes.
 */
export const root = fileURLToPath(new URL('..', import.meta.url));
export const out = `${root}bench/.out`;
mkdirSync(out, { recursive: true });

export async function bundle(entry: string, name: string): Promise<string> {
  const outfile = `${out}/${name}.mjs`;
  await build({
    entryPoints: [`${root}${entry}`],
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

export interface LoadTime {
  /** Wall time of the import. */
  readonly ms: number;
  /** CPU time (user and system) the import took: steadier than wall time on a busy machine. */
  readonly cpuMs: number;
}

function loadOnce(file: string): LoadTime {
  const result = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const t=performance.now(),c=process.cpuUsage();await import(${JSON.stringify(file)});const u=process.cpuUsage(c);console.log(performance.now()-t,(u.user+u.system)/1000)`,
    ],
    { encoding: 'utf8', env: { ...process.env, BUCKET_NAME: 'bench-bucket' } },
  );
  const [ms, cpuMs] = result.stdout.trim().split(' ').map(Number);
  if (result.status !== 0 || !ms || !cpuMs)
    throw new Error(`${file} did not load: ${result.stderr}`);
  return { ms, cpuMs };
}

/**
 * The median load time of each file over `runs` fresh processes, the files taken in turn
 * within each round: this machine's speed drifts within a minute, and measuring each file
 * in a block of its own would compare one moment with another.
 */
export function loadTimes<Name extends string>(
  files: Record<Name, string>,
  runs = 21,
): Record<Name, LoadTime> {
  const names = Object.keys(files) as Name[];
  const samples = Object.fromEntries(names.map((name) => [name, [] as LoadTime[]])) as Record<
    Name,
    LoadTime[]
  >;
  for (let run = 0; run < runs; run++)
    for (const name of names) samples[name].push(loadOnce(files[name]));
  return Object.fromEntries(
    names.map((name) => [
      name,
      {
        ms: median(samples[name].map((sample) => sample.ms)),
        cpuMs: median(samples[name].map((sample) => sample.cpuMs)),
      },
    ]),
  ) as Record<Name, LoadTime>;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}
