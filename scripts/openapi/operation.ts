import type * as z from 'zod';
import type { Problem } from '../../functions/http/problem.js';

/** One answer of an operation: a JSON body, a redirect, or nothing. */
export interface Answer {
  readonly description: string;
  /** A JSON body (`application/json`). */
  readonly body?: z.ZodType;
  /** Headers the answer always carries. */
  readonly headers?: readonly ('Location' | 'Retry-After')[];
}

/**
 * One route of the API, as the document describes it. The problems every route of its
 * kind can answer (bad body, wrong token, rate limit, internal error) are added by
 * `document.ts` from `body` and `bearer`; list here only the route's own problems.
 */
export interface Operation {
  readonly method: 'get' | 'post' | 'put' | 'delete';
  /** Hono's path syntax, as the app routes it (`/api/v1/cases/:caseId`). */
  readonly path: string;
  readonly operationId: string;
  readonly summary: string;
  readonly description?: string;
  /** Takes `Authorization: Bearer <accessToken>`; a wrong one answers 404 like a missing case. */
  readonly bearer: boolean;
  /** A JSON body (read with `parseJsonBody`) and the most bytes it may have. */
  readonly body?: { readonly schema: z.ZodType; readonly maxBytes: number } | BodyByParameter;
  readonly answers: Readonly<Record<number, Answer>>;
  /** The route's own problems (`application/problem+json`), each with its status. */
  readonly problems?: readonly Problem[];
  /** Path parameters whose values are fixed: their schema. */
  readonly parameters?: Readonly<Record<string, z.ZodType>>;
}

/** A body whose schema depends on a path parameter (each step takes its own). */
export interface BodyByParameter {
  readonly parameter: string;
  readonly schemas: Readonly<Record<string, z.ZodType>>;
  readonly maxBytes: number;
}

/** A case's own path, the prefix of most routes. */
export const CASE = '/api/v1/cases/:caseId';
