import { RegExpRouter } from 'hono/router/reg-exp-router';
import { describe, expect, it } from 'vitest';
import { createApiApp } from '../../../functions/http/api-app.js';
import type { ApiDeps } from '../../../functions/http/deps.js';
import { createWebApp } from '../../../functions/web/app.js';
import { CaseLog } from '../../../shared/case-log.js';
import { capturingLogger, RecordingWorkflow } from '../../support/fakes.js';
import { MemoryBlobStore } from '../../support/memory-blob-store.js';

function deps(): ApiDeps {
  const store = new MemoryBlobStore();
  return {
    store,
    log: new CaseLog(store),
    workflow: new RecordingWorkflow(),
    timing: { stepTimeoutSeconds: 60, maxReminders: 1 },
    logger: capturingLogger(),
  };
}

describe('routing', () => {
  it.each([
    ['API', () => createApiApp(deps()), '/api/v1/cases/01JB0000000000000000000000'],
    ['pages', () => createWebApp(deps()), '/cases/01JB0000000000000000000000'],
  ])(
    "fits every route of the %s in Hono's RegExpRouter, so no request falls back to the slower trie",
    (_, create, path) => {
      // Prepare: one ambiguous pair (a fixed segment where another route has a parameter)
      // makes Hono's SmartRouter use the TrieRouter for every request.
      const app = create();
      const router = new RegExpRouter<number>();

      // Act
      const addAndMatch = () => {
        for (const [index, route] of app.routes.entries())
          router.add(route.method, route.path, index);
        return router.match('GET', path);
      };

      // Assess
      expect(app.routes.length).toBeGreaterThan(10);
      expect(addAndMatch).not.toThrow();
    },
  );
});
