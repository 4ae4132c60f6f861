import { handle } from 'hono/aws-lambda';
import { webDeps } from './composition.js';
import { awsRuntime, lazyHandler } from './environment.js';
import { createWebApp } from './web/app.js';

type LambdaHandler = ReturnType<typeof handle>;

/**
 * The web function: the victim's pages and every path they use (sign-in links from mails,
 * witness and helper landings, the stylesheet and scripts); `/api/…` is the API function's.
 */
export const handler = lazyHandler<
  Parameters<LambdaHandler>[0],
  Awaited<ReturnType<LambdaHandler>>
>(() => {
  const lambda = handle(createWebApp(webDeps(awsRuntime())));
  return (event) => lambda(event);
});
