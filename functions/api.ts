import { handle } from 'hono/aws-lambda';
import { type AwsRuntime, awsRuntime, lazyHandler } from './environment.js';
import { createApp } from './http/app.js';

export function createApiApp(runtime: AwsRuntime) {
  return createApp({
    log: runtime.log,
    workflow: runtime.workflow(),
    timing: runtime.timing,
    logger: runtime.logger,
    store: runtime.store,
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
