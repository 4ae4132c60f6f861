import { describe, expect, it } from 'vitest';
import { startWitnessSession } from '../../../shared/usecases/witness-link.js';
import { apiHarness } from '../../support/api-harness.js';
import { CASE_ROUTES as ROUTES } from '../../support/case-routes.js';

/**
 * A witness of the case with a link out, and another whose link was used: the link's token
 * and the session it gave are credentials of the witness's page only.
 */
async function witnessCredentials(
  h: ReturnType<typeof apiHarness>,
  mine: { caseId: string; accessToken: string },
  links: string[],
) {
  const add = async () => {
    const added = await h.call(
      'POST',
      `/api/v1/cases/${mine.caseId}/witnesses`,
      mine.accessToken,
      '{"name":"Karim B."}',
    );
    const { witnessId } = (await added.json()) as { witnessId: string };
    await h.call(
      'POST',
      `/api/v1/cases/${mine.caseId}/witnesses/${witnessId}/link`,
      mine.accessToken,
      '{"email":"karim@example.org","locale":"fr"}',
    );
    return links.at(-1) ?? '';
  };
  const link = await add();
  const state = await h.log.load(mine.caseId);
  const started = state && (await startWitnessSession(h, state, await add(), new Date()));
  return { link, session: started?.ok ? started.session : '' };
}

describe('the access matrix', () => {
  for (const route of ROUTES) {
    describe(`${route.method} ${route.path('{id}')}`, () => {
      it.each([
        ['no token', undefined],
        ['a wrong token', 'wrong'],
        ["another case's token", 'other'],
        ["a witness's link of this case", 'witness-link'],
        ["a witness's session of this case", 'witness-session'],
      ])('answers the same 404 with %s, and changes nothing', async (_, which) => {
        // Prepare
        const links: string[] = [];
        const h = apiHarness({ mailWitnessLink: async ({ token }) => void links.push(token) });
        const mine = await h.openCase('victim@example.org');
        const other = await h.openCase('someone@example.org');
        const witness = await witnessCredentials(h, mine, links);
        const token =
          which === 'wrong'
            ? 'A'.repeat(43)
            : which === 'other'
              ? other.accessToken
              : which === 'witness-link'
                ? witness.link
                : which === 'witness-session'
                  ? witness.session
                  : undefined;
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
        // unknown evidence id, witness, report or dossier file, no compiler in this harness,
        // or a step not yet open (the follow-up before the complaint).
        const problem =
          response.status >= 400 ? ((await response.json()) as { type: string }) : undefined;
        if (problem) {
          expect([
            '/problems/evidence-not-found',
            '/problems/fact-not-found',
            '/problems/witness-not-found',
            '/problems/witness-link-not-found',
            '/problems/report-not-found',
            '/problems/dossier-file-not-found',
            '/problems/dossier-unavailable',
            '/problems/step-not-applicable',
          ]).toContain(problem.type);
        } else {
          expect(response.status).toBeLessThan(300);
        }
      });
    });
  }
});
