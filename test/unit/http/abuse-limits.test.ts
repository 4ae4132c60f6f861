import { describe, expect, it } from 'vitest';
import type { AbuseLimits } from '../../../functions/http/abuse-limits.js';
import { createApp } from '../../../functions/http/app.js';
import { CaseLog } from '../../../shared/case-log.js';
import { CASE_ROUTES } from '../../support/case-routes.js';
import { capturingLogger, RecordingWorkflow } from '../../support/fakes.js';
import { MemoryBlobStore } from '../../support/memory-blob-store.js';
import { checkedAgainstDocument } from '../../support/openapi-contract.js';

const LIMITS: AbuseLimits = {
  casesPerAddressPerHour: 3,
  authFailuresPerAddress: 5,
  authFailuresPerCase: 8,
  casesPerEmail: 5,
};

function setup(limits: AbuseLimits = LIMITS, options: { emailIndex?: boolean } = {}) {
  const store = new MemoryBlobStore();
  const logger = capturingLogger();
  const app = checkedAgainstDocument(
    createApp({
      store,
      log: new CaseLog(store),
      workflow: new RecordingWorkflow(),
      timing: { stepTimeoutSeconds: 60, maxReminders: 1 },
      logger,
      limits,
      emailIndex: options.emailIndex,
    }),
  );
  /** A request as API Gateway hands it over, from `address`. */
  const from = (address: string, path: string, init: RequestInit = {}) =>
    app.request(path, init, { requestContext: { http: { sourceIp: address } } });
  const open = (address: string, email = 'victim@example.org') =>
    from(address, '/api/v1/cases', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, locale: 'fr' }),
    });
  const view = (address: string, caseId: string, token: string) =>
    from(address, `/api/v1/cases/${caseId}`, { headers: { authorization: `Bearer ${token}` } });
  const call = (address: string, method: string, path: string, token: string, body?: unknown) =>
    from(address, path, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  return { store, logger, open, view, call };
}

describe('abuse limits', () => {
  it('limit the cases one address opens, with Retry-After, writing nothing more', async () => {
    const s = setup();
    for (let i = 0; i < 3; i++) expect((await s.open('198.51.100.7')).status).toBe(201);
    const written = s.store.objects.size;

    const refused = await s.open('198.51.100.7');
    const elsewhere = await s.open('203.0.113.9');

    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toBe('application/problem+json');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(elsewhere.status).toBe(201);
    expect(s.store.objects.size).toBe(written + 2); // only the other address's case-opened + workflow-started
  });

  it('stop an address that keeps presenting wrong tokens', async () => {
    const s = setup();
    const { caseId } = (await (await s.open('203.0.113.1')).json()) as { caseId: string };
    const answers: number[] = [];

    for (let i = 0; i < 7; i++)
      answers.push((await s.view('198.51.100.66', caseId, `guess-guess-guess-${i}`)).status);

    expect(answers).toEqual([404, 404, 404, 404, 404, 429, 429]);
  });

  it.each(CASE_ROUTES.map((route) => [`${route.method} ${route.path('{id}')}`, route] as const))(
    'count a wrong token presented to %s',
    async (_, route) => {
      // Prepare
      const s = setup({ ...LIMITS, authFailuresPerAddress: 1 });
      const { caseId } = (await (await s.open('203.0.113.1')).json()) as { caseId: string };
      const guess = 'guess-guess-guess-guess';

      // Act
      const first = await s.call(
        '198.51.100.66',
        route.method,
        route.path(caseId),
        guess,
        route.body,
      );
      const next = await s.view('198.51.100.66', caseId, guess);

      // Assess
      expect(first.status).toBe(404);
      expect(next.status).toBe(429);
    },
  );

  it('turn guesses on one case into 429 from anywhere, but never refuse the right token', async () => {
    const s = setup();
    const { caseId, accessToken } = (await (await s.open('203.0.113.1')).json()) as {
      caseId: string;
      accessToken: string;
    };
    const answers: number[] = [];

    for (let i = 0; i < 10; i++)
      answers.push((await s.view(`198.51.100.${i}`, caseId, `guess-guess-guess-${i}`)).status);
    const owner = await s.view('192.0.2.10', caseId, accessToken);

    expect(answers.slice(0, 8)).toEqual(Array(8).fill(404));
    expect(answers.slice(8)).toEqual([429, 429]);
    expect(owner.status).toBe(200);
  });

  it('limit the cases one email address has, from any address, writing nothing more', async () => {
    // Prepare: two cases for the victim's address, opened from two networks.
    const s = setup({ ...LIMITS, casesPerEmail: 2 }, { emailIndex: true });
    expect((await s.open('198.51.100.1')).status).toBe(201);
    const second = await s.open('198.51.100.2', 'Victim@Example.org');
    expect(second.status).toBe(201);
    const written = s.store.objects.size;

    // Act
    const refused = await s.open('203.0.113.3', 'VICTIM@example.org');
    const otherEmail = await s.open('203.0.113.3', 'someone@example.org');

    // Assess
    expect(refused.status).toBe(422);
    expect(refused.headers.get('content-type')).toBe('application/problem+json');
    expect(await refused.json()).toMatchObject({
      type: '/problems/too-many-cases-for-email',
      errors: [{ field: 'email' }],
    });
    expect(otherEmail.status).toBe(201);
    const logs = s.logger.lines.join('\n');
    expect(logs).toContain('too-many-cases-for-email');
    expect(logs.toLowerCase()).not.toContain('victim@example.org');
    // Only the other address's case: case-opened, its index entry, workflow-started.
    expect(s.store.objects.size).toBe(written + 3);
  });

  it('free a place for the address when one of its cases is erased', async () => {
    const s = setup({ ...LIMITS, casesPerEmail: 1 }, { emailIndex: true });
    const { caseId, accessToken } = (await (await s.open('198.51.100.1')).json()) as {
      caseId: string;
      accessToken: string;
    };
    expect((await s.open('198.51.100.1')).status).toBe(422);

    const erased = await s.call('198.51.100.1', 'DELETE', `/api/v1/cases/${caseId}`, accessToken);
    const reopened = await s.open('198.51.100.1');

    expect(erased.status).toBe(204);
    expect(reopened.status).toBe(201);
  });
});
