import { describe, expect, it } from 'vitest';
import { HELPER_ROLES, type HelperRole } from '../../../shared/domain/helpers.js';
import { startGuestSession } from '../../../shared/usecases/guest-access.js';
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
  const started = state && (await startGuestSession(h, state, 'witness', await add(), new Date()));
  return { link, session: started?.ok ? started.session : '' };
}

/**
 * Helpers of the case, one per set of roles, each with a session, and one taken off after
 * signing in, and the last one's (spent) link: none is a credential of the API.
 */
async function helperCredentials(
  h: ReturnType<typeof apiHarness>,
  mine: { caseId: string; accessToken: string },
  links: string[],
) {
  const invite = async (roles: HelperRole[], n: number) => {
    const sent = await h.call(
      'POST',
      `/api/v1/cases/${mine.caseId}/helpers`,
      mine.accessToken,
      JSON.stringify({ name: `Aide ${n}`, email: `aide${n}@example.org`, roles }),
    );
    const { helperId } = (await sent.json()) as { helperId: string };
    const state = await h.log.load(mine.caseId);
    const started =
      state && (await startGuestSession(h, state, 'helper', links.at(-1) ?? '', new Date()));
    // Real credentials of the pages, or this matrix would prove nothing.
    expect(started?.ok).toBe(true);
    return { helperId, session: started?.ok ? started.session : '' };
  };
  const revoked = await invite([...HELPER_ROLES], 0);
  await h.call(
    'DELETE',
    `/api/v1/cases/${mine.caseId}/helpers/${revoked.helperId}`,
    mine.accessToken,
  );
  const sessions: Record<string, string> = { 'revoked-helper': revoked.session };
  const roleSets: HelperRole[][] = [['evidence'], ['steps'], [...HELPER_ROLES]];
  for (const [n, roles] of roleSets.entries())
    sessions[`helper-${roles.join('+')}`] = (await invite(roles, n + 1)).session;
  sessions['helper-link'] = links.at(-1) ?? '';
  return sessions;
}

const HELPER_CREDENTIALS = [
  'helper-link',
  'revoked-helper',
  'helper-evidence',
  'helper-steps',
  `helper-${HELPER_ROLES.join('+')}`,
];

describe('the access matrix', () => {
  for (const route of ROUTES) {
    describe(`${route.method} ${route.path('{id}')}`, () => {
      it.each([
        ['no token', undefined],
        ['a wrong token', 'wrong'],
        ["another case's token", 'other'],
        ["a witness's link of this case", 'witness-link'],
        ["a witness's session of this case", 'witness-session'],
        ...HELPER_CREDENTIALS.map((which): [string, string] => [
          `a ${which}'s credential of this case`,
          which,
        ]),
      ])('answers the same 404 with %s, and changes nothing', async (_, which) => {
        // Prepare
        const links: string[] = [];
        const h = apiHarness({
          mailWitnessLink: async ({ token }) => void links.push(token),
          mailHelperInvite: async ({ token }) => void links.push(token),
        });
        const mine = await h.openCase('victim@example.org');
        const other = await h.openCase('someone@example.org');
        const witness = await witnessCredentials(h, mine, links);
        const helpers = await helperCredentials(h, mine, links);
        const token =
          which === 'wrong'
            ? 'A'.repeat(43)
            : which === 'other'
              ? other.accessToken
              : which === 'witness-link'
                ? witness.link
                : which === 'witness-session'
                  ? witness.session
                  : which
                    ? helpers[which]
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
            '/problems/witness-file-not-found',
            '/problems/helper-not-found',
            '/problems/helper-invite-not-sent',
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
