import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { build } from 'esbuild';

/**
 * `npm run bench:api`: the API Lambda next to a bare Hono app, measured in one run.
 * - bundle size, minified, bundled as the CDK app bundles it (ESM, AWS SDK external);
 * - module load time of each bundle (median of fresh Node processes);
 * - requests/s of `GET /api/v1/cases/{id}` (local runtime, a 40-event case) next to a
 *   bare Hono route, both on @hono/node-server, loaded by autocannon from this process.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}bench/.out`;
mkdirSync(out, { recursive: true });

async function bundle(entry: string, name: string): Promise<string> {
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

function loadTimeMs(file: string, runs = 15): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const result = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const t=performance.now();await import(${JSON.stringify(file)});console.log(performance.now()-t)`,
      ],
      { encoding: 'utf8', env: { ...process.env, BUCKET_NAME: 'bench-bucket' } },
    );
    times.push(Number(result.stdout.trim()));
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

/**
 * Where `taskset` exists and there are two CPUs or more, the load generator (this process,
 * every thread) runs on CPU 0 and the servers on CPU 1: sharing both, each round measured
 * mostly how the scheduler split them (ratios moved by ±7 points between runs).
 */
function pinCpus(): { server: string[] } | undefined {
  if (availableParallelism() < 2) return undefined;
  const pinned = spawnSync('taskset', ['-a', '-p', '-c', '0', String(process.pid)], {
    stdio: 'ignore',
  });
  return pinned.status === 0 ? { server: ['taskset', '-c', '1'] } : undefined;
}

async function serve(which: 'bare' | 'case', pinned: { server: string[] } | undefined) {
  const command = [
    ...(pinned?.server ?? []),
    process.execPath,
    '--openssl-legacy-provider',
    '--import',
    'tsx',
    `${root}bench/serve.ts`,
    which,
  ];
  const child = spawn(command[0] as string, command.slice(1), {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  });
  const line = await new Promise<string>((resolve) => {
    let buffer = '';
    child.stdout.on('data', (chunk) => {
      buffer += String(chunk);
      const end = buffer.indexOf('\n');
      if (end >= 0) resolve(buffer.slice(0, end));
    });
  });
  return { child, ...(JSON.parse(line) as { url: string; headers?: Record<string, string> }) };
}

type Target = { url: string; headers: Record<string, string> };

async function requestsPerSecond(target: Target, seconds: number): Promise<number> {
  const result = await autocannon({ ...target, connections: 10, duration: seconds });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${target.url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return result.requests.average;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/**
 * Each target's median over short rounds taken in turn: this machine's speed drifts by
 * half within a minute, so one long run of each would mostly measure the drift.
 */
async function throughputs<Name extends string>(
  targets: Record<Name, Target>,
  seconds: number,
): Promise<Record<Name, number>> {
  const rounds = 5;
  const samples = {} as Record<Name, number[]>;
  const names = Object.keys(targets) as Name[];
  for (const name of names) {
    await requestsPerSecond(targets[name], 2); // warm-up
    samples[name] = [];
  }
  for (let round = 0; round < rounds; round++) {
    for (const name of names)
      samples[name].push(await requestsPerSecond(targets[name], Math.max(1, seconds / rounds)));
  }
  return Object.fromEntries(names.map((name) => [name, median(samples[name])])) as Record<
    Name,
    number
  >;
}

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const api = await bundle('functions/api.ts', 'api');
const bare = await bundle('bench/bare-hono.ts', 'bare-hono');
const apiKb = statSync(api).size / 1024;
const bareKb = statSync(bare).size / 1024;
const apiLoad = loadTimeMs(api);
const bareLoad = loadTimeMs(bare);
// As browsers and fetch() send it: the view is then gzipped once per rendering.
const gzip = { 'accept-encoding': 'gzip, deflate, br' };
const pinned = pinCpus();
const caseServer = await serve('case', pinned);
const bareServer = await serve('bare', pinned);
const rps = await throughputs(
  {
    case: { url: caseServer.url, headers: caseServer.headers ?? {} },
    bare: { url: bareServer.url, headers: {} },
    caseGzip: { url: caseServer.url, headers: { ...caseServer.headers, ...gzip } },
    bareGzip: { url: bareServer.url, headers: gzip },
  },
  seconds,
).finally(() => {
  caseServer.child.kill('SIGTERM');
  bareServer.child.kill('SIGTERM');
});

const row = (what: string, ours: string, reference: string, ratio: string, target: string) =>
  `${what.padEnd(34)} ${ours.padStart(12)} ${reference.padStart(12)} ${ratio.padStart(8)}   ${target}`;
console.log(
  pinned
    ? 'Load generator on CPU 0, servers on CPU 1 (taskset).'
    : 'Load generator and servers share every CPU (no taskset, or a single CPU): expect noise.',
);
console.log(row('', 'API', 'bare Hono', 'ratio', 'target'));
console.log(
  row(
    'bundle, minified (KB)',
    apiKb.toFixed(1),
    bareKb.toFixed(1),
    `${(apiKb / bareKb).toFixed(1)}x`,
    `API <= 300 KB: ${apiKb <= 300 ? 'met' : 'NOT met'}`,
  ),
);
console.log(
  row(
    'module load, median (ms)',
    apiLoad.toFixed(1),
    bareLoad.toFixed(1),
    `${(apiLoad / bareLoad).toFixed(1)}x`,
    '',
  ),
);
const throughput = (what: string, ours: number, reference: number) =>
  console.log(
    row(
      what,
      ours.toFixed(0),
      reference.toFixed(0),
      `${((ours / reference) * 100).toFixed(1)}%`,
      `>= 50% of bare Hono: ${ours / reference >= 0.5 ? 'met' : 'NOT met'}`,
    ),
  );
throughput('GET /api/v1/cases/{id} (req/s)', rps.case, rps.bare);
throughput('  same, accepting gzip (req/s)', rps.caseGzip, rps.bareGzip);
