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

/**
 * Marks answers built with the API's headers. A property rather than a WeakSet: polled
 * routes answer thousands of times a second, and each WeakSet entry is work for the GC.
 */
const BUILT_WITH_API_HEADERS = Symbol('builtWithApiHeaders');

type ApiHeadersResponse = Response & { [BUILT_WITH_API_HEADERS]?: true };

declare const apiHeaderSet: unique symbol;

/** A route's own headers merged with the API's: only `withApiHeaders` makes one. */
export type ApiHeaderSet = Readonly<Record<string, string>> & { readonly [apiHeaderSet]: true };

/** Merges a route's own headers with the API's, once, for `apiResponse`. */
export function withApiHeaders(headers: Readonly<Record<string, string>>): ApiHeaderSet {
  return Object.freeze({ ...API_HEADERS, ...headers }) as ApiHeaderSet;
}

/**
 * An answer carrying the API's headers from the start, for routes polled often: adding
 * headers to a finished response costs more than building it.
 */
export function apiResponse(
  body: string | Uint8Array<ArrayBuffer>,
  status: number,
  headers: ApiHeaderSet,
): Response {
  const response: ApiHeadersResponse = new Response(body, { status, headers });
  response[BUILT_WITH_API_HEADERS] = true;
  return response;
}

export const apiHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  if ((c.res as ApiHeadersResponse)[BUILT_WITH_API_HEADERS]) return;
  // Not `c.header`: on a finished response it copies the body through a stream.
  for (const [name, value] of API_HEADER_ENTRIES) c.res.headers.set(name, value);
};
