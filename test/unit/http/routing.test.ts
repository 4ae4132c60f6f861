import { RegExpRouter } from 'hono/router/reg-exp-router';
import { describe, expect, it } from 'vitest';
import { apiHarness } from '../../support/api-harness.js';

describe('routing', () => {
  it("fits every route in Hono's RegExpRouter, so no request falls back to the slower trie", () => {
    // Prepare: one ambiguous pair (a fixed segment where another route has a parameter)
    // makes Hono's SmartRouter use the TrieRouter for every request.
    const { app } = apiHarness();
    const router = new RegExpRouter<number>();

    // Act
    const addAndMatch = () => {
      for (const [index, route] of app.routes.entries())
        router.add(route.method, route.path, index);
      return router.match('GET', '/api/v1/cases/01JB0000000000000000000000');
    };

    // Assess
    expect(addAndMatch).not.toThrow();
  });
});
