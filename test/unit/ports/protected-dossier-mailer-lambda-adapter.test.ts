import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { LambdaProtectedDossierMailer } from '../../../shared/ports/protected-dossier-mailer-lambda-adapter.js';

const lambdaMock = mockClient(LambdaClient);
const mailer = new LambdaProtectedDossierMailer(
  new LambdaClient({
    region: 'eu-west-3',
    credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
  }),
  'notify-fn',
);
const caseId = 'A'.repeat(26);
/** A response payload: the SDK's blob adapter is a Uint8Array with helpers the adapter ignores. */
const encode = (value: unknown) =>
  new TextEncoder().encode(JSON.stringify(value)) as Uint8Array & { transformToString: never };

describe('LambdaProtectedDossierMailer', () => {
  beforeEach(() => lambdaMock.reset());

  it('invokes the notify function and waits for its answer, the password in the payload only', async () => {
    // Prepare
    lambdaMock.on(InvokeCommand).resolves({ StatusCode: 200, Payload: encode({ sent: true }) });

    // Act
    const result = await mailer.mail(caseId, 'Girafe bleue 2026');

    // Assess
    expect(result).toEqual({ sent: true });
    expect(lambdaMock).toReceiveCommandWith(InvokeCommand, {
      FunctionName: 'notify-fn',
      InvocationType: 'RequestResponse',
    });
    const payload = lambdaMock.commandCalls(InvokeCommand)[0]?.args[0].input.Payload as Uint8Array;
    expect(JSON.parse(new TextDecoder().decode(payload))).toEqual({
      mail: 'protected-dossier',
      caseId,
      password: 'Girafe bleue 2026',
    });
  });

  it('fails on a function error without quoting its payload', async () => {
    lambdaMock.on(InvokeCommand).resolves({
      StatusCode: 200,
      FunctionError: 'Unhandled',
      Payload: encode({ errorMessage: 'Girafe bleue 2026' }),
    });

    const error = await mailer.mail(caseId, 'Girafe bleue 2026').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(Error);
    expect(String(error)).not.toContain('Girafe');
  });
});
