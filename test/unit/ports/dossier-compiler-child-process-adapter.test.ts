import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ChildProcessDossierCompiler } from '../../../shared/ports/dossier-compiler-child-process-adapter.js';
import type { StubEnvironment } from '../../support/compile-process-stub.js';
import { capturingLogger } from '../../support/fakes.js';
import { waitFor } from '../../support/wait-for.js';

const task = { caseId: '01JCASE0000000000000000000', purpose: 'complaint' } as const;
const compilers: ChildProcessDossierCompiler[] = [];

function compilerDoing(
  environment: StubEnvironment,
  options: { timeoutMs?: number; maxConcurrent?: number } = {},
) {
  const logger = capturingLogger();
  const compiler = new ChildProcessDossierCompiler({
    entry: new URL('../../support/compile-process-stub.ts', import.meta.url),
    environment,
    logger,
    ...options,
  });
  compilers.push(compiler);
  return { compiler, logger };
}

describe('ChildProcessDossierCompiler', () => {
  let dir: string;
  let server: Server;
  let serverUrl: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'compile-process-'));
    // A request this process answers, standing for another victim's page.
    server = createServer((_request, response) => response.end('page'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    serverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterEach(async () => {
    for (const compiler of compilers.splice(0)) await compiler.stop();
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await rm(dir, { recursive: true, force: true });
  });

  it('compiles in a process of its own and passes its logs to this process', async () => {
    const { compiler, logger } = compilerDoing({ behaviour: 'answer' });

    const result = (await compiler.compile(task)) as { pid: number };

    expect(result.pid).toBeGreaterThan(0);
    expect(result.pid).not.toBe(process.pid);
    expect(logger.lines).toContainEqual(
      JSON.stringify({ level: 'info', message: 'stub compiling', caseId: task.caseId }),
    );
  });

  it('answers requests while a compilation holds its CPU without yielding', async () => {
    // Prepare: a compilation spinning until this process writes `file`.
    const file = join(dir, 'go-on');
    const { compiler, logger } = compilerDoing({ behaviour: 'spin', file });
    const compiling = compiler.compile(task);
    await waitFor(() => logger.lines.some((line) => line.includes('stub spinning')), {
      timeoutMs: 20_000,
      what: 'the compilation to spin',
    });

    // Act: another request, answered by this process while the compilation still spins.
    const page = await fetch(serverUrl);
    await writeFile(file, '');

    // Assess: only this process could end the spin, so it ran while the compile did.
    expect(await page.text()).toBe('page');
    expect(await compiling).toMatchObject({ spunOut: false });
  });

  it('passes on the error a compilation failed with, by name', async () => {
    const { compiler } = compilerDoing({ behaviour: 'fail' });

    await expect(compiler.compile(task)).rejects.toMatchObject({ name: 'IntegrityError' });
  });

  it('fails a compilation whose process dies, and logs a background one by error name', async () => {
    const { compiler, logger } = compilerDoing({ behaviour: 'crash' });

    await expect(compiler.compile(task)).rejects.toMatchObject({
      name: 'CompilationProcessExited',
      message: expect.stringContaining('exit code 3'),
    });
    await compiler.start(task);
    await waitFor(() => logger.lines.some((line) => line.includes('background')), {
      timeoutMs: 20_000,
    });
    expect(logger.lines).toContainEqual(
      JSON.stringify({
        level: 'error',
        message: 'background dossier compilation failed',
        caseId: task.caseId,
        errorName: 'CompilationProcessExited',
      }),
    );
  });

  it('kills a compilation that runs out of time, as Lambda does', async () => {
    const { compiler } = compilerDoing({ behaviour: 'hang' }, { timeoutMs: 3_000 });

    await expect(compiler.compile(task)).rejects.toMatchObject({ name: 'TimeoutError' });
  });

  it('runs no more compilations at once than allowed; the others wait their turn', async () => {
    const file = join(dir, 'lock');
    const { compiler } = compilerDoing({ behaviour: 'exclusive', file }, { maxConcurrent: 1 });

    const results = await Promise.all([compiler.compile(task), compiler.compile(task)]);

    expect(results).toHaveLength(2);
  });

  it('kills the compilations still running when stopped', async () => {
    const { compiler, logger } = compilerDoing({ behaviour: 'hang' });
    const compiling = compiler.compile(task);
    await waitFor(() => logger.lines.some((line) => line.includes('stub compiling')), {
      timeoutMs: 20_000,
    });

    await compiler.stop();

    await expect(compiling).rejects.toMatchObject({ name: 'CompilationProcessExited' });
    await expect(compiler.compile(task)).rejects.toThrow('stopped');
  });
});
