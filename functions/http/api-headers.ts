import type { MiddlewareHandler } from 'hono';

/**
 * The headers OWASP's REST Security Cheat Sheet asks of JSON answers. The pages' set
 * (opener and resource policies, XSS and download switches) is for HTML documents.
 */
const API_HEADERS: Readonly<Record<string, string>> = {
  'Cache-Control': 'no-store',
  'Content-Security-Policy': "frame-ancestors 'none'",
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
};

const API_HEADER_ENTRIES = Object.entries(API_HEADERS);

const builtWithApiHeaders = new WeakSet<Response>();

/**
 * An answer carrying the API's headers from the start, for routes polled often: adding
 * headers to a finished response costs more than building it.
 */
export function apiResponse(
  body: string | Uint8Array<ArrayBuffer>,
  status: number,
  headers: Readonly<Record<string, string>>,
): Response {
  const response = new Response(body, { status, headers: { ...API_HEADERS, ...headers } });
  builtWithApiHeaders.add(response);
  return response;
}

export const apiHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  if (builtWithApiHeaders.has(c.res)) return;
  // Not `c.header`: on a finished response it copies the body through a stream.
  for (const [name, value] of API_HEADER_ENTRIES) c.res.headers.set(name, value);
};
