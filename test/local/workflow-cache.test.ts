import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { synthesizeWorkflow } from '../../local/synthesized-workflow.js';
import { cachedWorkflow, workflowKey, workflowSources } from '../../local/workflow-cache.js';

// Synthesizing the CDK app takes 6 s of CPU, several times that on a loaded machine.
const SYNTH_TIMEOUT_MS = 180_000;

describe('the cached workflow of the local runtime', () => {
  it(
    'is the definition the CDK app deploys, synthesized once then read from the cache',
    async () => {
      // Prepare
      const directory = mkdtempSync(join(tmpdir(), 'workflow-cache-'));
      const deployed = synthesizeWorkflow();

      // Act
      const first = await cachedWorkflow({ directory });
      const second = await cachedWorkflow({ directory });

      // Assess
      expect(first.fromCache).toBe(false);
      expect(second.fromCache).toBe(true);
      for (const workflow of [first, second]) {
        expect(workflow.definition).toEqual(deployed.definition);
        expect(workflow.stateMachineArn).toBe(deployed.stateMachineArn);
        expect(workflow.functions).toEqual(deployed.functions);
      }
      const [arn, name] = Object.entries(deployed.functions)[0] ?? [];
      expect(second.functionOf(arn as string)).toBe(name);
      expect(() => second.functionOf('arn:aws:lambda:eu-west-3:0:function:nope')).toThrow();
      expect(readdirSync(directory)).toHaveLength(1);
    },
    SYNTH_TIMEOUT_MS,
  );

  it(
    'synthesizes again over a broken cache file',
    async () => {
      const directory = mkdtempSync(join(tmpdir(), 'workflow-cache-'));
      const key = workflowKey(await workflowSources());
      writeFileSync(join(directory, `workflow-${key}.json`), '{"definition":');

      const workflow = await cachedWorkflow({ directory });

      expect(workflow.fromCache).toBe(false);
      expect(workflow.definition).toEqual(synthesizeWorkflow().definition);
      expect((await cachedWorkflow({ directory })).fromCache).toBe(true);
    },
    SYNTH_TIMEOUT_MS,
  );

  it('is keyed by every source the synthesis runs and by the CDK version', async () => {
    // Prepare
    const sources = await workflowSources();
    const paths = sources.map((source) => source.path);
    const changed = sources.map((source) =>
      source.path === 'shared/bucket-keys.ts'
        ? { ...source, content: `${source.content}\n// changed` }
        : source,
    );

    // Act
    const key = workflowKey(sources);

    // Assess
    expect(paths).toEqual(
      expect.arrayContaining([
        'workflows/case-workflow.ts',
        'infra/case-stack.ts',
        'local/synthesized-workflow.ts',
        'shared/bucket-keys.ts',
        'node_modules/aws-cdk-lib/package.json#version',
      ]),
    );
    expect(key).toBe(workflowKey(await workflowSources()));
    expect(workflowKey(changed)).not.toBe(key);
  });
});
