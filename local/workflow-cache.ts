import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { FunctionName } from '../infra/case-functions.js';
import type { AslDefinition } from './step-functions/asl.js';
import type { SynthesizedWorkflow } from './synthesized-workflow.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SYNTHESIZER = 'local/synthesized-workflow.ts';
/** The packages whose code shapes the synthesized template. */
const SYNTH_PACKAGES = ['aws-cdk-lib', 'constructs'] as const;

/** What a cache file holds: the synthesized workflow, without its function. */
export interface WorkflowRecord {
  readonly definition: AslDefinition;
  readonly stateMachineArn: string;
  readonly functions: Readonly<Record<string, FunctionName>>;
}

export function workflowFrom(record: WorkflowRecord): SynthesizedWorkflow {
  return {
    ...record,
    functionOf: (arn) => {
      const name = record.functions[arn];
      if (!name) throw new Error(`no function of the app has ARN ${arn}`);
      return name;
    },
  };
}

export interface SourceFile {
  readonly path: string;
  readonly content: string;
}

/**
 * The project files the synthesis runs (the CDK app, the workflow chain, the shared
 * constants they import), as esbuild follows the imports: a change anywhere in them, or
 * another version of the CDK, gives another key.
 */
export async function workflowSources(root: string = ROOT): Promise<SourceFile[]> {
  const { metafile } = await build({
    entryPoints: [join(root, SYNTHESIZER)],
    absWorkingDir: root,
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'silent',
  });
  const paths = Object.keys(metafile.inputs).sort();
  const versions = await Promise.all(
    SYNTH_PACKAGES.map(async (name) => ({
      path: `node_modules/${name}/package.json#version`,
      content: (
        JSON.parse(await readFile(join(root, 'node_modules', name, 'package.json'), 'utf8')) as {
          version: string;
        }
      ).version,
    })),
  );
  const files = await Promise.all(
    paths.map(async (path) => ({ path, content: await readFile(join(root, path), 'utf8') })),
  );
  return [...files, ...versions];
}

export function workflowKey(sources: readonly SourceFile[]): string {
  const hash = createHash('sha256');
  for (const { path, content } of sources) hash.update(`${path}\0${content}\0`);
  return hash.digest('hex').slice(0, 32);
}

export interface CachedWorkflowOptions {
  /** @default `LOCAL_WORKFLOW_CACHE_DIR`, else node_modules/.cache/local-workflow */
  readonly directory?: string;
  /** @default the project root */
  readonly root?: string;
}

/**
 * The state machine the CDK app deploys, as `synthesizeWorkflow` extracts it, synthesized
 * only when what makes it changed: loading and running the CDK app takes most of a local
 * start (6 s of CPU), reading the cached definition a few milliseconds.
 */
export async function cachedWorkflow(
  options: CachedWorkflowOptions = {},
): Promise<SynthesizedWorkflow & { readonly fromCache: boolean }> {
  const root = options.root ?? ROOT;
  const directory =
    options.directory ??
    process.env.LOCAL_WORKFLOW_CACHE_DIR ??
    join(root, 'node_modules', '.cache', 'local-workflow');
  const file = join(directory, `workflow-${workflowKey(await workflowSources(root))}.json`);
  try {
    const record = JSON.parse(await readFile(file, 'utf8')) as WorkflowRecord;
    if (record.definition?.StartAt && record.stateMachineArn && record.functions)
      return { ...workflowFrom(record), fromCache: true };
  } catch {
    // No cache yet, or a broken one: synthesize.
  }
  const { synthesizeWorkflow } = await import('./synthesized-workflow.js');
  const workflow = synthesizeWorkflow();
  const record: WorkflowRecord = {
    definition: workflow.definition,
    stateMachineArn: workflow.stateMachineArn,
    functions: workflow.functions,
  };
  try {
    await mkdir(directory, { recursive: true });
    // Written aside then renamed: a start running beside this one never reads half a file.
    const partial = `${file}.${process.pid}.tmp`;
    await writeFile(partial, JSON.stringify(record));
    await rename(partial, file);
  } catch {
    // A read-only tree still starts, synthesizing each time.
  }
  return { ...workflow, fromCache: false };
}
