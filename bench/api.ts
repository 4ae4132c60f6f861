import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { build } from 'esbuild';
import type { CapturedAnswer, ServedTargets } from './serve.js';

/**
 * `npm run bench:api`: the API Lambda next to a bare Hono app, measured in one run.
 * - bundle size, minified, bundled as the CDK app bundles it (ESM, AWS SDK external);
 * - module load time of each bundle (median of fresh Node processes), and of the floor of
 *   any API reading S3 (bare Hono with the S3 client, `bench/bare-hono-s3.ts`);
 * - requests/s of `GET /api/v1/cases/{id}` (local runtime: a case of 40 events, and one
 *   just opened) next to a bare Hono route, both on @hono/node-server, loaded by autocannon
 *   from this process; and a bare route answering the 40-event view's very bytes and
 *   headers, which tells what those cost apart from what our code costs.
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

async function serve(args: string[], pinned: { server: string[] } | undefined) {
  const command = [
    ...(pinned?.server ?? []),
    process.execPath,
    '--openssl-legacy-provider',
    '--import',
    'tsx',
    `${root}bench/serve.ts`,
    ...args,
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
  return { child, targets: JSON.parse(line) as ServedTargets };
}

/** An answer as our code makes it (never compressed), for a bare route to repeat. */
async function captureAnswer(target: Target): Promise<CapturedAnswer> {
  const response = await fetch(target.url, {
    headers: { ...target.headers, 'accept-encoding': 'identity' },
  });
  if (!response.ok || response.headers.has('content-encoding'))
    throw new Error(`${target.url}: ${response.status}, not an identity answer`);
  const body = Buffer.from(await response.arrayBuffer());
  // The HTTP server adds these itself.
  const added = new Set(['date', 'connection', 'keep-alive', 'content-length']);
  const headers = Object.fromEntries([...response.headers].filter(([name]) => !added.has(name)));
  return { body: body.toString('base64'), headers };
}

const byteLength = (answer: CapturedAnswer) => Buffer.from(answer.body, 'base64').byteLength;

type Target = { url: string; headers: Record<string, string> };

function targetIn(targets: ServedTargets, name: string): Target {
  const target = targets[name];
  if (!target) throw new Error(`no target ${name} in ${JSON.stringify(targets)}`);
  return { url: target.url, headers: target.headers ?? {} };
}

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

/** The targets of issue 23: each row prints its ratio against one. */
const TARGETS = {
  /** The API bundle, minified, as the CDK app bundles it. */
  bundleKb: 200,
  /** Module load over the bare Hono + S3 client floor (`bench/bare-hono-s3.ts`). */
  loadOverFloor: 1.2,
  /** Case view requests/s as a share of bare Hono's. */
  caseViewShare: 0.6,
};

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const api = await bundle('functions/api.ts', 'api');
const bare = await bundle('bench/bare-hono.ts', 'bare-hono');
const floor = await bundle('bench/bare-hono-s3.ts', 'bare-hono-s3');
const apiKb = statSync(api).size / 1024;
const bareKb = statSync(bare).size / 1024;
const apiLoad = loadTimeMs(api);
const bareLoad = loadTimeMs(bare);
const floorLoad = loadTimeMs(floor);
// As browsers and fetch() send it: the view is then gzipped once per rendering.
const gzip = { 'accept-encoding': 'gzip, deflate, br' };
const pinned = pinCpus();
const servers: ChildProcess[] = [];
async function started(...args: string[]): Promise<ServedTargets> {
  const { child, targets } = await serve(args, pinned);
  servers.push(child);
  return targets;
}
const withGzip = (target: Target) => ({ ...target, headers: { ...target.headers, ...gzip } });
const viewBytes = { withFacts: 0, justOpened: 0 };
const rps = await (async () => {
  const cases = await started('case');
  const withFacts = targetIn(cases, 'withFacts');
  const justOpened = targetIn(cases, 'justOpened');
  const bare = targetIn(await started('bare'), 'bare');
  const captured = await captureAnswer(withFacts);
  viewBytes.withFacts = byteLength(captured);
  viewBytes.justOpened = byteLength(await captureAnswer(justOpened));
  const capturedFile = `${out}/view-with-facts.json`;
  writeFileSync(capturedFile, JSON.stringify(captured));
  const sameBytes = targetIn(await started('same-bytes', capturedFile), 'sameBytes');
  return throughputs(
    {
      withFacts,
      withFactsGzip: withGzip(withFacts),
      justOpened,
      justOpenedGzip: withGzip(justOpened),
      bare,
      bareGzip: withGzip(bare),
      sameBytes,
    },
    seconds,
  );
})().finally(() => {
  for (const server of servers) server.kill('SIGTERM');
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
    `API <= ${TARGETS.bundleKb} KB: ${apiKb <= TARGETS.bundleKb ? 'met' : 'NOT met'}`,
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
console.log(
  row(
    '  against bare Hono + S3 client (ms)',
    apiLoad.toFixed(1),
    floorLoad.toFixed(1),
    `${(apiLoad / floorLoad).toFixed(2)}x`,
    `<= ${TARGETS.loadOverFloor}x the floor: ${apiLoad / floorLoad <= TARGETS.loadOverFloor ? 'met' : 'NOT met'}`,
  ),
);
const throughput = (what: string, ours: number, reference: number) =>
  console.log(
    row(
      what,
      ours.toFixed(0),
      reference.toFixed(0),
      `${((ours / reference) * 100).toFixed(1)}%`,
      `>= ${TARGETS.caseViewShare * 100}% of bare Hono: ${ours / reference >= TARGETS.caseViewShare ? 'met' : 'NOT met'}`,
    ),
  );
console.log('GET /api/v1/cases/{id} (req/s)');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
throughput(`  40 events, ${kb(viewBytes.withFacts)} of JSON`, rps.withFacts, rps.bare);
throughput('    same, accepting gzip', rps.withFactsGzip, rps.bareGzip);
throughput(`  just opened, ${kb(viewBytes.justOpened)} of JSON`, rps.justOpened, rps.bare);
throughput('    same, accepting gzip', rps.justOpenedGzip, rps.bareGzip);
console.log(
  `What the 40-event view's bytes and headers alone allow: a bare Hono route answering them`,
);
console.log(
  row(
    '  (req/s)',
    rps.sameBytes.toFixed(0),
    rps.bare.toFixed(0),
    `${((rps.sameBytes / rps.bare) * 100).toFixed(1)}%`,
    `ours reach ${((rps.withFacts / rps.sameBytes) * 100).toFixed(1)}% of it`,
  ),
);
