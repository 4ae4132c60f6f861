import { handle } from 'hono/aws-lambda';
import { apiDeps } from './composition.js';
import { awsRuntime, lazyHandler } from './environment.js';
import { createApiApp } from './http/api-app.js';

type LambdaHandler = ReturnType<typeof handle>;

/** The API function: `/api/…` only (the pages are the web function's, `functions/web.ts`). */
export const handler = lazyHandler<
  Parameters<LambdaHandler>[0],
  Awaited<ReturnType<LambdaHandler>>
>(() => {
  const lambda = handle(createApiApp(apiDeps(awsRuntime())));
  return (event) => lambda(event);
});
