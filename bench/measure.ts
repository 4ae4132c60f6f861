import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface Measured {
  readonly seconds: number;
  /** User and system CPU time of the command and its children. */
  readonly cpuSeconds: number;
  readonly rssMiB: number;
  readonly out: string;
}

/** Runs `command` under a Python wrapper that reports wall time, CPU time and peak RSS. */
export function measure(command: string, args: string[]): Promise<Measured> {
  const python = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
  const wrapper = [
    'import resource, subprocess, sys, time',
    't = time.perf_counter()',
    'r = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE)',
    'dt = time.perf_counter() - t',
    'u = resource.getrusage(resource.RUSAGE_CHILDREN)',
    'sys.stdout.write(r.stdout.decode())',
    'print("@@", dt, u.ru_maxrss, r.returncode, u.ru_utime + u.ru_stime)',
  ].join('\n');
  return new Promise((resolve, reject) => {
    const child = spawn(python, ['-c', wrapper, command, ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.on('error', reject);
    child.on('close', () => {
      const match = out.match(/@@ ([\d.]+) (\d+) (-?\d+) ([\d.]+)/);
      if (match?.[3] !== '0') return reject(new Error(`${command} failed: ${out}`));
      resolve({
        seconds: Number(match[1]),
        rssMiB: Number(match[2]) / 1024,
        cpuSeconds: Number(match[4]),
        out,
      });
    });
  });
}
