import { DescribeExecutionCommand, SendTaskSuccessCommand, SFNClient } from '@aws-sdk/client-sfn';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startStepFunctionsApi } from '../../local/step-functions/api-server.js';
import { LocalStepFunctions } from '../../local/step-functions/engine.js';
import { type SynthesizedWorkflow, synthesizeWorkflow } from '../../local/synthesized-workflow.js';
import { SfnWorkflow } from '../../shared/ports/workflow-sfn-adapter.js';
import { waitFor } from '../support/wait-for.js';

let synthesized: SynthesizedWorkflow;
beforeAll(() => {
  synthesized = synthesizeWorkflow();
});
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** The local engine behind its HTTP API, tasks answering at once, tokens kept. */
async function setup() {
  const tokens: string[] = [];
  const engine = new LocalStepFunctions({
    definition: synthesized.definition,
    stateMachineArn: synthesized.stateMachineArn,
    handlerFor: (arn) =>
      synthesized.functionOf(arn) === 'awaitStep'
        ? async (payload) => {
            tokens.push((payload as { taskToken: string }).taskToken);
          }
        : async () => ({ sent: true, messageId: 'm' }),
  });
  const { server, url } = await startStepFunctionsApi(engine, { host: '127.0.0.1', port: 0 });
  cleanups.push(async () => {
    engine.stopAll();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  const client = new SFNClient({
    endpoint: url,
    region: 'eu-west-3',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  return { engine, tokens, client, workflow: new SfnWorkflow(client, synthesized.stateMachineArn) };
}

const input = {
  caseId: '0123456789ABCDEFGHJKMNPQRS',
  timing: { stepTimeoutSeconds: 1, maxReminders: 1 },
};

describe('the local Step Functions API', () => {
  it('starts an execution and completes its task through the SDK', async () => {
    const { workflow, tokens, client } = await setup();

    const { executionId } = await workflow.start('case-a', input);
    const token = await waitFor(() => tokens[0], { what: 'the task token' });
    expect(
      await workflow.sendTaskSuccess(token, { stepId: 'collect-evidence', status: 'done' }),
    ).toBe(true);

    const described = await waitFor(async () => {
      const out = await client.send(new DescribeExecutionCommand({ executionArn: executionId }));
      return out.status === 'SUCCEEDED' && out;
    });
    expect(JSON.parse(described.output ?? '{}')).toMatchObject({ completed: { status: 'done' } });
  });

  it('answers TaskTimedOut for a token whose wait timed out, as AWS does', async () => {
    const { workflow, tokens, client } = await setup();
    await workflow.start('case-b', input);
    const first = await waitFor(() => tokens[0]);

    await waitFor(() => tokens.length > 1, { what: 'the wait after the reminder' });

    await expect(
      client.send(new SendTaskSuccessCommand({ taskToken: first, output: '{}' })),
    ).rejects.toMatchObject({
      name: 'TaskTimedOut',
    });
    expect(await workflow.sendTaskSuccess(first, {})).toBe(false);
    expect(await workflow.sendTaskSuccess('never-issued', {})).toBe(false);
  });

  it('is idempotent for the same name and input, and refuses another input', async () => {
    const { workflow } = await setup();

    const one = await workflow.start('case-c', input);
    const two = await workflow.start('case-c', input);

    expect(two.executionId).toBe(one.executionId);
    await expect(
      workflow.start('case-c', { ...input, caseId: 'ZZZZZZZZZZZZZZZZZZZZZZZZZZ' }),
    ).rejects.toMatchObject({
      name: 'ExecutionAlreadyExists',
    });
  });

  it('stops an execution and drops its tokens', async () => {
    const { workflow, tokens, client } = await setup();
    const { executionId } = await workflow.start('case-d', input);
    const token = await waitFor(() => tokens[0]);

    await workflow.stop(executionId, 'erased');

    const out = await client.send(new DescribeExecutionCommand({ executionArn: executionId }));
    expect(out.status).toBe('ABORTED');
    expect(await workflow.sendTaskSuccess(token, {})).toBe(false);
  });
});
