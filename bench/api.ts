import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import autocannon from 'autocannon';
import { bundle, loadTimes, median, out, root } from './module-load.js';
import type { CapturedAnswer, ServedTargets } from './serve.js';

/**
 * `npm run bench:api`: the API Lambda next to a bare Hono app, measured in one run.
 * - bundle size, minified, bundled as the CDK app bundles it (ESM, AWS SDK external), of
 *   the API function and of the web function (the pages);
 * - module load time of each bundle (median of fresh Node processes, taken in turn), and
 *   of the floor of any API reading S3 (bare Hono with the S3 client,
 *   `bench/bare-hono-s3.ts`);
 * - requests/s of `GET /api/v1/cases/{id}` (local runtime: a case of 40 events, and one
 *   just opened) next to a bare Hono route, both on @hono/node-server, loaded by autocannon
 *   from this process; and a bare route answering the 40-event view's very bytes and
 *   headers, which tells what those cost apart from what our code costs.
 */

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
  // Every server by the same address: the runtime names itself `localhost`.
  const url = target.url.replace('//localhost:', '//127.0.0.1:');
  return { url, headers: target.headers ?? {} };
}

type Load = { duration: number } | { amount: number };

async function requestsPerSecond(target: Target, load: Load): Promise<number> {
  const result = await autocannon({ ...target, connections: 10, ...load });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${target.url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return result.requests.average;
}

/** Requests each target answers before it is measured: the same number for every one. */
const WARM_UP_REQUESTS = 3000;

/**
 * Each target's median over short rounds taken in turn, each round starting one target
 * further (none always follows the same neighbour): this machine's speed drifts by half
 * within a minute, so one long run of each would mostly measure the drift.
 */
async function throughputs<Name extends string>(
  targets: Record<Name, Target>,
  seconds: number,
): Promise<Record<Name, number>> {
  const rounds = 7;
  const samples = {} as Record<Name, number[]>;
  const names = Object.keys(targets) as Name[];
  for (const name of names) {
    await requestsPerSecond(targets[name], { amount: WARM_UP_REQUESTS });
    samples[name] = [];
  }
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(round + i) % names.length] as Name;
      const duration = Math.max(1, Math.round(seconds / rounds));
      samples[name].push(await requestsPerSecond(targets[name], { duration }));
    }
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

const seconds = Number(process.env.BENCH_SECONDS ?? 14);
const api = await bundle('functions/api.ts', 'api');
const web = await bundle('functions/web.ts', 'web');
const bare = await bundle('bench/bare-hono.ts', 'bare-hono');
const floor = await bundle('bench/bare-hono-s3.ts', 'bare-hono-s3');
const kbOf = (file: string) => statSync(file).size / 1024;
const apiKb = kbOf(api);
const webKb = kbOf(web);
const bareKb = kbOf(bare);
const loadAverage = () => loadavg()[0]?.toFixed(1);
const loadAverageBefore = loadAverage();
const loads = loadTimes({ api, web, bare, floor });
const loadAverageAfter = loadAverage();
const row = (what: string, ours: string, reference: string, ratio: string, target: string) =>
  `${what.padEnd(34)} ${ours.padStart(12)} ${reference.padStart(12)} ${ratio.padStart(8)}   ${target}`;
console.log(
  `Module loads measured at a load average of ${loadAverageBefore} (before) and ${loadAverageAfter} (after).`,
);
console.log(row('', 'ours', 'bare Hono', 'ratio', 'target'));
console.log(
  row(
    'API bundle, minified (KB)',
    apiKb.toFixed(1),
    bareKb.toFixed(1),
    `${(apiKb / bareKb).toFixed(1)}x`,
    `API <= ${TARGETS.bundleKb} KB: ${apiKb <= TARGETS.bundleKb ? 'met' : 'NOT met'}`,
  ),
);
console.log(
  row(
    'web bundle, minified (KB)',
    webKb.toFixed(1),
    bareKb.toFixed(1),
    `${(webKb / bareKb).toFixed(1)}x`,
    '(no target)',
  ),
);
const loadRow = (what: string, ours: number, reference: number, target: string) =>
  console.log(
    row(what, ours.toFixed(1), reference.toFixed(1), `${(ours / reference).toFixed(2)}x`, target),
  );
const overFloor = loads.api.ms / loads.floor.ms;
loadRow('API module load, median (ms)', loads.api.ms, loads.bare.ms, '');
loadRow(
  '  against bare Hono + S3 client (ms)',
  loads.api.ms,
  loads.floor.ms,
  `<= ${TARGETS.loadOverFloor}x the floor: ${overFloor <= TARGETS.loadOverFloor ? 'met' : 'NOT met'}`,
);
loadRow(
  '  same, CPU time (ms)',
  loads.api.cpuMs,
  loads.floor.cpuMs,
  '(steadier when the machine is busy)',
);
loadRow('web module load, against the floor', loads.web.ms, loads.floor.ms, '(no target)');
loadRow('  same, CPU time (ms)', loads.web.cpuMs, loads.floor.cpuMs, '');
// `-- --load-only`: the bundles and their module load, without the throughput rounds.
if (process.argv.includes('--load-only')) process.exit(0);

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
const load = { before: '', after: '' };
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
  load.before = loadAverage() ?? '';
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
  load.after = loadAverage() ?? '';
  for (const server of servers) server.kill('SIGTERM');
});

console.log(
  pinned
    ? 'Load generator on CPU 0, servers on CPU 1 (taskset).'
    : 'Load generator and servers share every CPU (no taskset, or a single CPU): expect noise.',
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
console.log(
  `GET /api/v1/cases/{id} (req/s; median of 7 rounds after ${WARM_UP_REQUESTS} requests each; load average ${load.before} before, ${load.after} after)`,
);
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
