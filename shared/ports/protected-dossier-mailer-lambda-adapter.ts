import type { LambdaClient } from '@aws-sdk/client-lambda';
import type {
  ProtectedDossierMailResult,
  ProtectedDossierTask,
} from '../domain/mail-preferences.js';
import type { ProtectedDossierMailer } from './protected-dossier-mailer.js';
import { type ClientSource, clientAtFirstUse } from './sdk-client.js';

/**
 * Invokes the notify function and waits for its answer (`RequestResponse`): the password
 * travels in the invocation's payload over TLS, which Lambda does not record, instead of
 * through the state machine, whose execution history keeps every input.
 */
export class LambdaProtectedDossierMailer implements ProtectedDossierMailer {
  private readonly lambda: () => Promise<LambdaClient>;

  constructor(
    lambda: ClientSource<LambdaClient>,
    private readonly functionName: string,
  ) {
    this.lambda = clientAtFirstUse(lambda);
  }

  async mail(caseId: string, password: string): Promise<ProtectedDossierMailResult> {
    const lambda = await this.lambda();
    const { InvokeCommand } = await import('@aws-sdk/client-lambda');
    const task: ProtectedDossierTask = { mail: 'protected-dossier', caseId, password };
    const out = await lambda.send(
      new InvokeCommand({
        FunctionName: this.functionName,
        InvocationType: 'RequestResponse',
        Payload: new TextEncoder().encode(JSON.stringify(task)),
      }),
    );
    // A function error's payload is not echoed: it could quote the request.
    if (out.FunctionError || !out.Payload) throw new Error('protected dossier mail failed');
    return JSON.parse(new TextDecoder().decode(out.Payload)) as ProtectedDossierMailResult;
  }
}
