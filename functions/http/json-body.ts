import type { Context } from 'hono';
import type * as z from 'zod';
import { fieldErrors, type Problem, problems } from './problem.js';

export type Parsed<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problem: Problem };

/**
 * `application/json` or a `+json` type, parameters allowed. Not `text/plain`, which a page
 * of any site can send without asking (no CORS preflight), nor `json-seq` and the like.
 */
const JSON_MEDIA_TYPE = /^application\/(?:[\w.-]+\+)?json[ \t]*(?:;|$)/i;

/**
 * Reads a JSON body and validates it with `schema`. The body-size limit is applied
 * before this, by the `bodyLimit` middleware.
 */
export async function parseJsonBody<S extends z.ZodType>(
  c: Context,
  schema: S,
): Promise<Parsed<z.output<S>>> {
  if (!JSON_MEDIA_TYPE.test(c.req.header('content-type') ?? '')) {
    return { ok: false, problem: problems.unsupportedMediaType() };
  }
  let body: unknown;
  try {
    body = JSON.parse(await c.req.text());
  } catch {
    return { ok: false, problem: problems.notJson() };
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, problem: problems.notJson() };
  }
  const result = schema.safeParse(body);
  if (!result.success)
    return { ok: false, problem: problems.invalidFields(fieldErrors(result.error)) };
  return { ok: true, value: result.data };
}

export function bearerToken(c: Context): string | undefined {
  return bearerTokenIn(c.req.header('authorization'));
}

/** The token of an `Authorization: Bearer …` header's value. */
export function bearerTokenIn(header: string | null | undefined): string | undefined {
  return header?.match(/^Bearer\s+([A-Za-z0-9_-]{16,128})\s*$/)?.[1];
}
