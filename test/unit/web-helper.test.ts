import { describe, expect, it } from 'vitest';
import { VICTIM_PAGES } from '../support/case-pages.js';
import { ALL_ROLES, helperBrowser, victimAndHelper } from '../support/helper-browser.js';
import { post } from '../support/web-forms.js';

describe('a trusted helper from the pages, without JavaScript', () => {
  it('is invited by the victim’s form: one mail, the address shown nowhere, the helper listed with the roles chosen', async () => {
    const s = await victimAndHelper();

    const list = await (
      await s.page(s.invited.headers.get('location') ?? '', s.victim.headers)
    ).text();

    expect(s.invited.status).toBe(303);
    expect(s.tokens).toEqual([expect.objectContaining({ to: 'lea.helper@example.org' })]);
    expect(list).toContain('Invitation envoyée');
    expect(list).toContain('Léa (invitée, pas encore venue)');
    expect(list).toContain('Ajouter des preuves, des liens et des faits\u202f; Suivre les étapes');
    expect(list).not.toContain('lea.helper@example.org');
    expect(list).toContain('id="quick-exit"');
  });

  it('names the field of a bad invitation and mails nobody', async () => {
    const s = await victimAndHelper();
    const bad = await post(
      s.app,
      `${s.victim.path}/helpers`,
      { csrf: s.victim.csrf, name: 'Léa', email: 'pas une adresse', 'role-evidence': '1' },
      s.victim.headers,
    );

    const html = await bad.text();
    expect(bad.status).toBe(422);
    expect(html).toContain('id="invite-email-error"');
    expect(s.tokens).toHaveLength(1);
  });

  it('signs in by the single-use link and sees only what the roles open (identity, harm, witnesses off by default)', async () => {
    const s = await victimAndHelper();
    const b = await helperBrowser(s);

    const html = await (await s.page(`/helper/${s.victim.caseId}`, b.headers)).text();
    const second = await post(
      s.app,
      `/helper/${s.victim.caseId}/start`,
      { csrf: b.csrf, t: b.token },
      b.base,
    );

    expect(b.started.status).toBe(303);
    expect(html).toMatch(/Vous aidez en tant que «\u202fLéa\u202f»/);
    expect(html).toContain('id="form-link"');
    expect(html).toContain('id="steps-title"');
    expect(html).not.toContain('Camille Secrète-Durand');
    expect(html).not.toContain('id="identity-title"');
    expect(html).toContain('id="quick-exit"');
    expect(second.status).toBe(400);
    expect(await second.text()).toContain('Ce lien a déjà servi');
  });

  it('with every role granted, reads her identity too', async () => {
    const s = await victimAndHelper(ALL_ROLES);
    const b = await helperBrowser(s);

    const html = await (await s.page(`/helper/${s.victim.caseId}?lang=en`, b.headers)).text();

    expect(html).toContain('Camille Secrète-Durand');
    expect(html).toContain('id="harm-title"');
    expect(html).toContain('id="witnesses-title"');
  });

  it('adds a link and a fact the victim sees listed under the helper’s name', async () => {
    const s = await victimAndHelper();
    const b = await helperBrowser(s);

    const link = await post(
      s.app,
      `/helper/${s.victim.caseId}/links`,
      { csrf: b.csrf, url: 'https://x.example/post/42', description: '' },
      b.headers,
    );
    const fact = await post(
      s.app,
      `/helper/${s.victim.caseId}/facts`,
      { csrf: b.csrf, date: '2026-11-02', time: '', description: 'Menace reçue en message privé' },
      b.headers,
    );
    const bad = await post(
      s.app,
      `/helper/${s.victim.caseId}/facts`,
      { csrf: b.csrf, date: '', time: '', description: '' },
      b.headers,
    );
    const list = await (await s.page(`${s.victim.path}/helpers`, s.victim.headers)).text();

    expect([link.status, fact.status, bad.status]).toEqual([303, 303, 422]);
    expect(await bad.text()).toContain('id="fact-date-error"');
    expect(list).toContain('Léa (a accès)');
    expect(list).toContain('A ajouté un lien');
    expect(list).toContain('https://x.example/post/42');
    expect(list).toContain('A noté un fait');
    expect(list).toContain('Menace reçue en message privé');
  });

  it('without the evidence role, adds nothing', async () => {
    const s = await victimAndHelper(['steps']);
    const b = await helperBrowser(s);
    const before = (await s.log.read(s.victim.caseId)).length;

    const link = await post(
      s.app,
      `/helper/${s.victim.caseId}/links`,
      { csrf: b.csrf, url: 'https://x.example/1' },
      b.headers,
    );

    expect(link.status).toBe(404);
    expect((await s.log.read(s.victim.caseId)).length).toBe(before);
  });

  it('taken off by the victim, is refused from the next request on, and what they added stays attributed', async () => {
    const s = await victimAndHelper();
    const b = await helperBrowser(s);
    await post(
      s.app,
      `/helper/${s.victim.caseId}/links`,
      { csrf: b.csrf, url: 'https://x.example/post/7' },
      b.headers,
    );
    const helperId = (await s.log.load(s.victim.caseId))?.helpers?.[0]?.helperId ?? '';

    const removed = await post(
      s.app,
      `${s.victim.path}/helpers/${helperId}/remove`,
      { csrf: s.victim.csrf },
      s.victim.headers,
    );
    const before = (await s.log.read(s.victim.caseId)).length;
    const next = await s.page(`/helper/${s.victim.caseId}`, b.headers);
    const write = await post(
      s.app,
      `/helper/${s.victim.caseId}/links`,
      { csrf: b.csrf, url: 'https://x.example/post/8' },
      b.headers,
    );
    const list = await (await s.page(`${s.victim.path}/helpers`, s.victim.headers)).text();

    expect(removed.status).toBe(303);
    expect(next.status).toBe(404);
    expect(write.status).toBe(404);
    expect((await s.log.read(s.victim.caseId)).length).toBe(before);
    expect(list).toContain('Léa (accès retiré)');
    expect(list).toContain('https://x.example/post/7');
  });
});

describe('a trusted helper signing out', () => {
  it('ends the session in the log: the same cookie replayed is refused, other devices keep theirs', async () => {
    const s = await victimAndHelper();
    const b = await helperBrowser(s);

    const out = await post(
      s.app,
      `/helper/${s.victim.caseId}/sign-out`,
      { csrf: b.csrf },
      b.headers,
    );
    const replayed = await s.page(`/helper/${s.victim.caseId}`, b.headers);
    const write = await post(
      s.app,
      `/helper/${s.victim.caseId}/links`,
      { csrf: b.csrf, url: 'https://x.example/post/9' },
      b.headers,
    );

    expect(out.status).toBe(200);
    expect(out.headers.get('set-cookie')).toMatch(/hd_helper=;/);
    expect(replayed.status).toBe(404);
    expect(write.status).toBe(404);
    const state = await s.log.load(s.victim.caseId);
    expect(state?.guests?.sessions).toHaveLength(0);
    expect(state?.evidence.items).toHaveLength(0);
  });
});

describe('the victim’s pages, to a helper of any role or a revoked one', () => {
  for (const [method, route, body] of VICTIM_PAGES)
    it.each([
      ['a helper with every role', ALL_ROLES, false],
      ['a helper with the evidence role', ['evidence'], false],
      ['a revoked helper', ALL_ROLES, true],
    ])(
      `${method} /cases/{id}${route} answers %s as it answers nobody, and changes nothing`,
      async (_, roles, revoke) => {
        const s = await victimAndHelper(roles);
        const b = await helperBrowser(s);
        const helperId = (await s.log.load(s.victim.caseId))?.helpers?.[0]?.helperId ?? '';
        if (revoke)
          await post(
            s.app,
            `${s.victim.path}/helpers/${helperId}/remove`,
            { csrf: s.victim.csrf },
            s.victim.headers,
          );
        const path = `${s.victim.path}${route.replace('{helperId}', helperId)}`;
        const before = (await s.log.read(s.victim.caseId)).length;
        const call = (headers: Record<string, string>) =>
          method === 'GET'
            ? s.page(path, headers)
            : post(s.app, path, { csrf: b.csrf, ...body }, headers);

        const asHelper = await call(b.headers);
        const asNobody = await call(b.base);

        expect(asHelper.status).toBe(asNobody.status);
        expect(asHelper.headers.get('location')).toBe(asNobody.headers.get('location'));
        expect(await asHelper.text()).not.toContain('Camille Secrète-Durand');
        expect((await s.log.read(s.victim.caseId)).length).toBe(before);
        expect(s.tokens).toHaveLength(1);
      },
    );
});
