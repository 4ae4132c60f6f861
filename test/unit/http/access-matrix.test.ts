import { describe, expect, it } from 'vitest';
import { apiHarness } from '../../support/api-harness.js';
import { CASE_ROUTES as ROUTES } from '../../support/case-routes.js';

describe('the access matrix', () => {
  for (const route of ROUTES) {
    describe(`${route.method} ${route.path('{id}')}`, () => {
      it.each([
        ['no token', undefined],
        ['a wrong token', 'wrong'],
        ["another case's token", 'other'],
      ])('answers the same 404 with %s, and changes nothing', async (_, which) => {
        // Prepare
        const h = apiHarness();
        const mine = await h.openCase('victim@example.org');
        const other = await h.openCase('someone@example.org');
        const token =
          which === 'wrong' ? 'A'.repeat(43) : which === 'other' ? other.accessToken : undefined;
        const before = [...h.store.objects.keys()];

        // Act
        const response = await h.call(
          route.method,
          route.path(mine.caseId),
          token,
          route.body === undefined ? undefined : JSON.stringify(route.body),
        );

        // Assess
        expect(response.status).toBe(404);
        expect(await response.json()).toMatchObject({
          type: '/problems/case-not-found',
          status: 404,
        });
        expect([...h.store.objects.keys()]).toEqual(before);
        expect(h.workflow.stopped).toEqual([]);
      });

      it('lets the right token through', async () => {
        const h = apiHarness();
        const mine = await h.openCase();

        const response = await h.call(
          route.method,
          route.path(mine.caseId),
          mine.accessToken,
          route.body === undefined ? undefined : JSON.stringify(route.body),
        );

        // With the right token, a 404 or 503 is about something else than the case: an
        // unknown evidence id, witness or dossier file, or no compiler in this harness.
        const problem =
          response.status >= 400 ? ((await response.json()) as { type: string }) : undefined;
        if (problem) {
          expect([
            '/problems/evidence-not-found',
            '/problems/fact-not-found',
            '/problems/witness-not-found',
            '/problems/dossier-file-not-found',
            '/problems/dossier-unavailable',
          ]).toContain(problem.type);
        } else {
          expect(response.status).toBeLessThan(300);
        }
      });
    });
  }
});
