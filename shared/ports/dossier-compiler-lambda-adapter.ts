import type { LambdaClient } from '@aws-sdk/client-lambda';
import type { CompileDossierTask } from '../domain/workflow-messages.js';
import type { DossierCompiler } from './dossier-compiler.js';
import { type ClientSource, clientAtFirstUse } from './sdk-client.js';

/** Invokes the compile-dossier function asynchronously (`InvocationType: Event`). */
export class LambdaDossierCompiler implements DossierCompiler {
  private readonly lambda: () => Promise<LambdaClient>;

  constructor(
    lambda: ClientSource<LambdaClient>,
    private readonly functionName: string,
  ) {
    this.lambda = clientAtFirstUse(lambda);
  }

  async start(task: CompileDossierTask): Promise<void> {
    const lambda = await this.lambda();
    const { InvokeCommand } = await import('@aws-sdk/client-lambda');
    const out = await lambda.send(
      new InvokeCommand({
        FunctionName: this.functionName,
        InvocationType: 'Event',
        Payload: new TextEncoder().encode(JSON.stringify(task)),
      }),
    );
    if (out.StatusCode !== 202) throw new Error(`compile-dossier not queued (${out.StatusCode})`);
  }
}
