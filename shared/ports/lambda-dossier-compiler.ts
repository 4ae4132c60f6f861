import { InvokeCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import type { CompileDossierTask } from '../domain/workflow-messages.js';
import type { DossierCompiler } from './dossier-compiler.js';

/** Invokes the compile-dossier function asynchronously (`InvocationType: Event`). */
export class LambdaDossierCompiler implements DossierCompiler {
  constructor(
    private readonly lambda: LambdaClient,
    private readonly functionName: string,
  ) {}

  async start(task: CompileDossierTask): Promise<void> {
    const out = await this.lambda.send(
      new InvokeCommand({
        FunctionName: this.functionName,
        InvocationType: 'Event',
        Payload: new TextEncoder().encode(JSON.stringify(task)),
      }),
    );
    if (out.StatusCode !== 202) throw new Error(`compile-dossier not queued (${out.StatusCode})`);
  }
}
