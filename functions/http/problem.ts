import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodError } from 'zod';
import { errorName, type Logger } from '../../shared/logger.js';

/** One invalid field of a request body, by its JSON path (`harassmentKinds.0`). */
export interface FieldError {
  readonly field: string;
  readonly detail: string;
}

export interface Problem {
  /** Relative URI naming the kind of problem (RFC 9457 §3.1.1). */
  readonly type: string;
  readonly title: string;
  readonly status: ContentfulStatusCode;
  readonly detail: string;
  readonly errors?: readonly FieldError[];
}

/** An RFC 9457 `application/problem+json` answer. */
export function problemResponse(c: Context, problem: Problem): Response {
  return c.body(JSON.stringify({ ...problem, instance: c.req.path }), problem.status, {
    'Content-Type': 'application/problem+json',
    'Cache-Control': 'no-store',
  });
}

/** What an exception thrown by a route answers, in the API and the pages alike. */
export function answerError(logger: Logger) {
  return (error: Error, c: Context): Response => {
    // A page refused whole (too many wrong credentials) carries its own answer.
    if (error instanceof HTTPException) return error.getResponse();
    logger.error('request failed', { errorName: errorName(error) });
    return problemResponse(c, problems.internal());
  };
}

export function fieldErrors(error: ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    field: issue.path.length
      ? issue.path.join('.')
      : issue.code === 'unrecognized_keys'
        ? issue.keys.join(', ')
        : '(body)',
    detail: issue.message,
  }));
}

export const problems = {
  invalidFields: (errors: readonly FieldError[]): Problem => ({
    type: '/problems/invalid-fields',
    title: 'Invalid fields',
    status: 422,
    detail: errors.map((e) => `${e.field}: ${e.detail}`).join('; '),
    errors,
  }),
  notJson: (): Problem => ({
    type: '/problems/invalid-json',
    title: 'Body is not valid JSON',
    status: 400,
    detail: 'The request body must be a JSON object.',
  }),
  unsupportedMediaType: (): Problem => ({
    type: '/problems/unsupported-media-type',
    title: 'Unsupported media type',
    status: 415,
    detail: 'The Content-Type header must be application/json: send the body as JSON.',
  }),
  tooLarge: (maxBytes: number): Problem => ({
    type: '/problems/body-too-large',
    title: 'Body too large',
    status: 413,
    detail: `The request body must be at most ${maxBytes} bytes.`,
  }),
  caseNotFound: (): Problem => ({
    type: '/problems/case-not-found',
    title: 'Case not found',
    status: 404,
    detail: 'No case matches this id and access token.',
  }),
  unknownStep: (stepIds: readonly string[]): Problem => ({
    type: '/problems/unknown-step',
    title: 'Unknown step',
    status: 404,
    detail: `stepId must be one of: ${stepIds.join(', ')}.`,
    errors: [{ field: 'stepId', detail: 'unknown step' }],
  }),
  stepConflict: (detail: string): Problem => ({
    type: '/problems/step-conflict',
    title: 'Step already answered otherwise',
    status: 409,
    detail,
  }),
  stepNotApplicable: (detail: string): Problem => ({
    type: '/problems/step-not-applicable',
    title: 'Step does not apply',
    status: 409,
    detail,
  }),
  stepMissing: (missing: 'evidence' | 'certificate'): Problem => ({
    type: '/problems/step-needs-more',
    title: 'Something must come first',
    status: 409,
    detail:
      missing === 'evidence'
        ? 'Keep at least one screenshot, document or link in the case before marking the evidence complete.'
        : 'Upload the medical certificate (its upload completes the step), or skip the step.',
  }),
  workflowUnavailable: (): Problem => ({
    type: '/problems/workflow-unavailable',
    title: 'Workflow unavailable',
    status: 503,
    detail:
      'The step is recorded, but the workflow could not be restarted now. Try resuming later.',
  }),
  tooManyCasesForEmail: (limit: number): Problem => ({
    type: '/problems/too-many-cases-for-email',
    title: 'Too many cases for this address',
    status: 422,
    detail: `email: this address already has ${limit} cases. Erase one, or ask for a sign-in link to the existing ones.`,
    errors: [{ field: 'email', detail: `This address already has ${limit} cases.` }],
  }),
  tooManyRequests: (what: string): Problem => ({
    type: '/problems/too-many-requests',
    title: 'Too many requests',
    status: 429,
    detail: `Too many ${what}. Wait and try again (see Retry-After).`,
  }),
  dossierUnavailable: (): Problem => ({
    type: '/problems/dossier-unavailable',
    title: 'Dossier compilation unavailable',
    status: 503,
    detail: 'The dossier could not be compiled now. Nothing was lost; please try again later.',
  }),
  dossierFileNotFound: (): Problem => ({
    type: '/problems/dossier-file-not-found',
    title: 'No such dossier file',
    status: 404,
    detail: 'This case has no dossier file with that version and name.',
  }),
  routeNotFound: (): Problem => ({
    type: '/problems/not-found',
    title: 'Not found',
    status: 404,
    detail: 'There is nothing at this address.',
  }),
  internal: (): Problem => ({
    type: '/problems/internal',
    title: 'Internal error',
    status: 500,
    detail: 'Something went wrong on our side. Nothing you sent was lost; please try again.',
  }),
};
