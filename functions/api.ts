import { LambdaClient } from '@aws-sdk/client-lambda';
import { handle } from 'hono/aws-lambda';
import { LambdaDossierCompiler } from '../shared/ports/lambda-dossier-compiler.js';
import { type AwsRuntime, awsRuntime, lazyHandler } from './environment.js';
import { createApp } from './http/app.js';
import type { ApiDeps } from './http/deps.js';

export function createApiApp(runtime: AwsRuntime, overrides: Partial<ApiDeps> = {}) {
  const compileFunction = runtime.env.COMPILE_DOSSIER_FUNCTION_NAME;
  return createApp({
    dossierCompiler: compileFunction
      ? new LambdaDossierCompiler(new LambdaClient({}), compileFunction)
      : undefined,
    store: runtime.store,
    log: runtime.log,
    workflow: runtime.workflow(),
    timing: runtime.timing,
    logger: runtime.logger,
    ...overrides,
  });
}

type LambdaHandler = ReturnType<typeof handle>;

export const handler = lazyHandler<
  Parameters<LambdaHandler>[0],
  Awaited<ReturnType<LambdaHandler>>
>(() => {
  const lambda = handle(createApiApp(awsRuntime()));
  return (event) => lambda(event);
});
