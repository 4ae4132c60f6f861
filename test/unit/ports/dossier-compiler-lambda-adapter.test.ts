import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { LambdaDossierCompiler } from '../../../shared/ports/dossier-compiler-lambda-adapter.js';

const lambdaMock = mockClient(LambdaClient);
const compiler = new LambdaDossierCompiler(
  new LambdaClient({
    region: 'eu-west-3',
    credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
  }),
  'compile-dossier-fn',
);

describe('LambdaDossierCompiler', () => {
  beforeEach(() => lambdaMock.reset());

  it('invokes the compile function asynchronously with the task', async () => {
    // Prepare
    lambdaMock.on(InvokeCommand).resolves({ StatusCode: 202 });
    const task = { caseId: 'A'.repeat(26), purpose: 'complaint' as const, version: 2 };

    // Act
    await compiler.start(task);

    // Assess
    expect(lambdaMock).toReceiveCommandWith(InvokeCommand, {
      FunctionName: 'compile-dossier-fn',
      InvocationType: 'Event',
    });
    const payload = lambdaMock.commandCalls(InvokeCommand)[0]?.args[0].input.Payload as Uint8Array;
    expect(JSON.parse(new TextDecoder().decode(payload))).toEqual(task);
  });

  it('fails when the invocation is not queued', async () => {
    lambdaMock.on(InvokeCommand).resolves({ StatusCode: 500 });

    await expect(
      compiler.start({ caseId: 'A'.repeat(26), purpose: 'complaint' }),
    ).rejects.toThrow();
  });
});
