import { Hono } from 'hono';
import { handle } from 'hono/aws-lambda';

/** The reference: a Hono app with one JSON route, bundled and served like ours. */
export const app = new Hono().get('/api/v1/cases/:caseId', (c) =>
  c.json({ caseId: c.req.param('caseId'), steps: [] }),
);

export const handler = handle(app);
