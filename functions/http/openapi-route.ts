import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';

/**
 * Where the committed `docs/openapi.json` is: beside the bundle on Lambda (the CDK app
 * copies it there and sets `OPENAPI_DOCUMENT`), in the project when run from source.
 * Read from a file rather than imported: as a module it would add ~57 KB to the bundle
 * and to every cold start, for a route hardly anyone calls.
 */
export function openApiDocumentPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.OPENAPI_DOCUMENT ?? fileURLToPath(new URL('../../docs/openapi.json', import.meta.url));
}

/** `GET /api/v1/openapi.json`: the API's OpenAPI 3.1 document. Mounted on `/api/v1`. */
export function openApiRoute(path: string = openApiDocumentPath()) {
  let document: Promise<string> | undefined;
  return new Hono().get('/openapi.json', async (c) => {
    document ??= readFile(path, 'utf8').catch((error: unknown) => {
      document = undefined;
      throw error;
    });
    return c.body(await document, 200, { 'Content-Type': 'application/json; charset=utf-8' });
  });
}
