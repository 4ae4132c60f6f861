/**
 * `npm run bench:start`: how long `npm start` takes from the command to its first answer
 * (the API answers 503 until every part is up), on free ports and an empty data folder.
 * - "sources unchanged": the usual start, the state machine read from the cache;
 * - "after a change to infra/ or workflows/": the CDK app synthesized first (what every
 *   start cost before the cache), measured with an empty cache folder.
 * Each is the median of a few starts; the target is 5 s for the usual start.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const TARGET_SECONDS = 5;
const runs = Number(process.env.BENCH_START_RUNS ?? 3);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * CPU seconds spent so far by every process of a group (npm, the shell, node, esbuild), from
 * /proc: what the start costs whatever else the machine runs; undefined off Linux.
 */
function groupCpuSeconds(group: number): number | undefined {
  try {
    let ticks = 0;
    for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
      let stat: string;
      try {
        stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      } catch {
        continue; // gone meanwhile
      }
      // Fields after the command name, which may hold spaces: state is field 3.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== group) continue; // pgrp
      ticks += Number(fields[11]) + Number(fields[12]); // utime + stime
    }
    return ticks / 100; // USER_HZ
  } catch {
    return undefined;
  }
}

interface Start {
  readonly seconds: number;
  readonly cpuSeconds: number | undefined;
}

/** Seconds from `npm start` to the API's first answer that is not 503. */
async function readySeconds(cacheDir: string): Promise<Start> {
  const [api, s3, ses, sfn] = await Promise.all([freePort(), freePort(), freePort(), freePort()]);
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-start-'));
  const started = performance.now();
  const child = spawn('npm', ['start', '--silent'], {
    cwd: root,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(api),
      S3_PORT: String(s3),
      SES_PORT: String(ses),
      SFN_PORT: String(sfn),
      LOCAL_WORKFLOW_CACHE_DIR: cacheDir,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  try {
    for (;;) {
      if (exited) throw new Error('npm start exited before serving');
      const status = await fetch(`http://127.0.0.1:${api}/api/v1/openapi.json`).then(
        (response) => response.status,
        () => 0,
      );
      if (status === 200) {
        const seconds = (performance.now() - started) / 1000;
        return { seconds, cpuSeconds: child.pid ? groupCpuSeconds(child.pid) : undefined };
      }
      if (performance.now() - started > 300_000) throw new Error('not serving after 300 s');
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  } finally {
    // npm runs node in a child of its own: stop the whole group.
    if (!exited && child.pid) process.kill(-child.pid, 'SIGTERM');
    await new Promise((resolve) => (exited ? resolve(undefined) : child.once('exit', resolve)));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

const cacheDir = mkdtempSync(join(tmpdir(), 'bench-workflow-cache-'));
const changed: Start[] = [];
const unchanged: Start[] = [];
for (let run = 0; run < runs; run++) {
  rmSync(cacheDir, { recursive: true, force: true });
  changed.push(await readySeconds(cacheDir));
  unchanged.push(await readySeconds(cacheDir));
}
rmSync(cacheDir, { recursive: true, force: true });

const wall = (starts: Start[]) => median(starts.map((start) => start.seconds));
const cpu = (starts: Start[]) => {
  const seconds = starts.map((start) => start.cpuSeconds);
  return seconds.every((value) => value !== undefined)
    ? `, ${median(seconds as number[]).toFixed(2)} s of CPU`
    : '';
};
const row = (what: string, starts: Start[], target: string) =>
  console.log(
    `${what.padEnd(42)} ${wall(starts).toFixed(2).padStart(6)} s${cpu(starts).padEnd(20)} (${starts.map((s) => s.seconds.toFixed(1)).join(', ')})   ${target}`,
  );
console.log(`npm start, command to first answer (median of ${runs}; CPU: all its processes)`);
row(
  '  sources unchanged (workflow cached)',
  unchanged,
  `target <= ${TARGET_SECONDS} s: ${wall(unchanged) <= TARGET_SECONDS ? 'met' : 'NOT met'}`,
);
row(
  '  after a change to infra/ or workflows/',
  changed,
  `${(wall(changed) / wall(unchanged)).toFixed(1)}x the usual start (synthesizes the CDK app)`,
);
