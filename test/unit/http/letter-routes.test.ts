import { describe, expect, it } from 'vitest';
import { apiHarness } from '../../support/api-harness.js';

async function withCase() {
  const h = apiHarness();
  const { caseId, accessToken } = await h.openCase();
  const call = (method: string, path: string, body?: unknown) =>
    h.call(
      method,
      `/api/v1/cases/${caseId}${path}`,
      accessToken,
      body === undefined ? undefined : JSON.stringify(body),
    );
  const view = async () => (await (await call('GET', '')).json()) as Record<string, unknown>;
  return { ...h, call, view };
}

describe('what the letter needs, through the API', () => {
  it('records the tribunal, the place and the civil-party intent; a PUT replaces them whole', async () => {
    // Prepare
    const h = await withCase();

    // Act
    const first = await h.call('PUT', '/letter', {
      tribunal: ' Lyon ',
      place: 'Villeurbanne',
      civilParty: true,
    });
    const afterFirst = await h.view();
    const second = await h.call('PUT', '/letter', { tribunal: 'Créteil' });

    // Assess
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({
      letter: { tribunal: 'Lyon', place: 'Villeurbanne', civilParty: true },
    });
    expect(afterFirst.letter).toEqual({
      tribunal: 'Lyon',
      place: 'Villeurbanne',
      civilParty: true,
    });
    expect(afterFirst.missing).not.toContain('civil-party');
    expect(await second.json()).toEqual({ letter: { tribunal: 'Créteil' } });
    expect((await h.view()).missing).toContain('civil-party');
  });

  it('records the civility with the identity, and says what F1435 asks that is still missing', async () => {
    const h = await withCase();
    const before = await h.view();

    await h.call('PUT', '/identity', { civility: 'madame', fullName: 'Lucie Martin' });
    const after = await h.view();

    expect(before.missing).toEqual(
      expect.arrayContaining(['identity.civility', 'identity.fullName', 'facts', 'evidence']),
    );
    expect(after.identity).toEqual({ civility: 'madame', fullName: 'Lucie Martin' });
    expect(after.missing).not.toContain('identity.civility');
    expect(after.missing).not.toContain('identity.fullName');
  });

  it('suggests offences from the kinds, then names only those the victim confirms', async () => {
    // Prepare: the harness opens cases for rumours (public defamation).
    const h = await withCase();
    const suggested = (await h.view()).offences;

    // Act
    const confirmed = await h.call('PUT', '/offences', { offences: ['threats', 'identity-theft'] });
    const after = (await h.view()).offences;

    // Assess
    expect(suggested).toEqual({
      suggested: ['public-defamation'],
      confirmed: null,
      named: ['public-defamation'],
    });
    expect(confirmed.status).toBe(200);
    expect(after).toEqual({
      suggested: ['public-defamation'],
      confirmed: ['threats', 'identity-theft'],
      named: ['threats', 'identity-theft'],
    });
  });

  it('records the authors, a name when known', async () => {
    const h = await withCase();

    const response = await h.call('PUT', '/authors', {
      authors: [
        { name: 'Kevin D.', pseudonyms: ['Kr4ken_du_93'], details: 'ancien collègue' },
        { profileUrls: ['https://www.instagram.com/lucie.m.officiel.xx/'] },
      ],
    });

    expect(response.status).toBe(200);
    expect((await h.view()).authors).toEqual([
      {
        name: 'Kevin D.',
        pseudonyms: ['Kr4ken_du_93'],
        profileUrls: [],
        details: 'ancien collègue',
      },
      { pseudonyms: [], profileUrls: ['https://www.instagram.com/lucie.m.officiel.xx/'] },
    ]);
  });

  it('keeps a fact given as a day a day, and its publication date', async () => {
    const h = await withCase();

    const response = await h.call('POST', '/facts', {
      occurredAt: '2025-03-22',
      description: 'Faux profil découvert',
      public: true,
    });
    const [fact] = (await h.view()).facts as Record<string, unknown>[];

    expect(response.status).toBe(201);
    expect(fact).toMatchObject({ occurredAt: '2025-03-22', publishedAt: '2025-03-22' });
    expect(JSON.stringify(await h.view())).not.toContain('2025-03-22T');
  });

  it.each([
    ['/letter', { tribunal: '' }, 'tribunal'],
    ['/letter', { place: 'Lyon\nParis' }, 'place'],
    ['/letter', { civilParty: 'oui' }, 'civilParty'],
    ['/letter', { tribunal: 'x'.repeat(101) }, 'tribunal'],
    ['/letter', { court: 'Lyon' }, 'court'],
    ['/identity', { civility: 'mademoiselle' }, 'civility'],
    ['/offences', { offences: ['harassment'] }, 'offences.0'],
    ['/offences', { offences: ['threats', 'threats'] }, 'offences'],
    ['/authors', { authors: [{}] }, 'authors.0'],
    [
      '/authors',
      { authors: [{ profileUrls: ['javascript:alert(1)'] }] },
      'authors.0.profileUrls.0',
    ],
    ['/facts', { occurredAt: '2025-02-30', description: 'x' }, 'occurredAt'],
    ['/facts', { occurredAt: '2099-01-01', description: 'x' }, 'occurredAt'],
    [
      '/facts',
      { occurredAt: '2025-03-22', description: 'x', public: false, publishedAt: '2025-03-22' },
      'publishedAt',
    ],
    ['/steps/report-content', { site: 'X', reportedAt: '13/03/2025' }, 'reportedAt'],
  ])(
    'refuses %s %j with problem+json naming %s, and records nothing',
    async (path, body, field) => {
      const h = await withCase();
      const before = [...h.store.objects.keys()].length;

      const response = await h.call(
        path.startsWith('/steps') ? 'POST' : path === '/facts' ? 'POST' : 'PUT',
        path,
        body,
      );

      expect(response.status).toBe(422);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      const problem = (await response.json()) as { errors: { field: string }[] };
      expect(problem.errors.map((e) => e.field)).toContain(field);
      expect([...h.store.objects.keys()].length).toBe(before);
    },
  );
});
