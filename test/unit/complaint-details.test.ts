import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dossierKey } from '../../shared/bucket-keys.js';
import { compileCaseDossier } from '../../shared/usecases/compile-case-dossier.js';
import { apiHarness } from '../support/api-harness.js';
import { openedCase, post } from '../support/web-forms.js';

const IDENTITY = {
  fullName: 'Zoé Ñandú-Martin',
  dateOfBirth: '1994-03-07',
  placeOfBirth: 'Lyon (69)',
  address: '12 rue des Lilas\n69003 Lyon',
  phone: '+33 6 12 34 56 78',
};

const HARM = {
  sleep: 'Réveils nocturnes, cauchemars',
  fears: 'Peur de sortir seule, d’ouvrir ses messages',
  socialLife: 'A quitté les réseaux sociaux',
  ittDays: 3,
  certificateDate: '2026-11-02',
  doctor: 'Dr Anne Lefèvre',
};

async function withCase(resource: 'identity' | 'harm' = 'identity') {
  const h = apiHarness();
  const { caseId, accessToken } = await h.openCase();
  const put = (body: unknown) =>
    h.call('PUT', `/api/v1/cases/${caseId}/${resource}`, accessToken, JSON.stringify(body));
  const view = async () =>
    (await (await h.call('GET', `/api/v1/cases/${caseId}`, accessToken)).json()) as {
      identity: unknown;
      harm: unknown;
      witnesses: unknown[];
    };
  return { ...h, caseId, accessToken, put, view };
}

/** The text of a dossier compiled now from the case. */
async function dossierText(
  h: Awaited<ReturnType<typeof withCase>>,
  purpose: 'complaint' | 'prosecutor-letter',
) {
  const compiled = await compileCaseDossier(
    { store: h.store, log: h.log, logger: h.logger },
    { caseId: h.caseId, purpose },
  );
  if (!compiled.version) throw new Error('not compiled');
  const pdf = await h.store.get(dossierKey(h.caseId, compiled.version, 'dossier.pdf'));
  const path = join(mkdtempSync(join(tmpdir(), 'complaint-details-')), 'dossier.pdf');
  writeFileSync(path, pdf ?? new Uint8Array());
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
}

describe('PUT /api/v1/cases/{id}/identity', () => {
  it('records the identity, which the case view shows and a later PUT replaces whole', async () => {
    // Prepare
    const h = await withCase();

    // Act
    const first = await h.put(IDENTITY);
    const afterFirst = await h.view();
    const second = await h.put({ fullName: '  Zoé Martin  ' });
    const afterSecond = await h.view();
    const cleared = await h.put({});

    // Assess
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ identity: IDENTITY });
    expect(afterFirst.identity).toEqual(IDENTITY);
    expect(await second.json()).toEqual({ identity: { fullName: 'Zoé Martin' } });
    expect(afterSecond.identity).toEqual({ fullName: 'Zoé Martin' });
    expect(await cleared.json()).toEqual({ identity: null });
    expect((await h.view()).identity).toBeNull();
  });

  it.each([
    ['dateOfBirth', { dateOfBirth: '2999-01-01' }],
    ['dateOfBirth', { dateOfBirth: '07/03/1994' }],
    ['phone', { phone: 'call me maybe' }],
    ['fullName', { fullName: '' }],
    ['address', { address: 'x'.repeat(501) }],
  ])('refuses a bad %s with problem+json naming it, and records nothing', async (field, body) => {
    // Prepare
    const h = await withCase();
    const before = [...h.store.objects.keys()];

    // Act
    const response = await h.put(body);

    // Assess
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({ errors: [expect.objectContaining({ field })] });
    expect([...h.store.objects.keys()]).toEqual(before);
  });

  it('refuses an unknown field, and keeps the identity out of the logs', async () => {
    // Prepare
    const h = await withCase();

    // Act
    const unknown = await h.put({ ...IDENTITY, socialSecurityNumber: '1 94 03 69 123 456' });
    const recorded = await h.put(IDENTITY);

    // Assess
    expect(unknown.status).toBe(422);
    expect(recorded.status).toBe(200);
    const logs = h.logger.lines.join('\n');
    expect(logs).toContain('identity-recorded');
    for (const value of [...Object.values(IDENTITY), 'Ñandú', '12 34 56 78']) {
      expect(logs).not.toContain(value);
    }
  });

  it('prints the identity in the letter to the Procureur of the next dossier', async () => {
    // Prepare
    const h = await withCase();
    await h.put(IDENTITY);

    // Act
    const text = await dossierText(h, 'prosecutor-letter');

    // Assess
    for (const value of [
      'Zoé Ñandú-Martin',
      '7 mars 1994',
      'Lyon (69)',
      '69003 Lyon',
      '+33 6 12',
    ]) {
      expect(text).toContain(value);
    }
  });
});

describe('PUT /api/v1/cases/{id}/harm', () => {
  it('records the certificate’s points, which the case view shows and a later PUT replaces', async () => {
    // Prepare
    const h = await withCase('harm');

    // Act
    const first = await h.put(HARM);
    const afterFirst = await h.view();
    const cleared = await h.put({});

    // Assess
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ harm: HARM });
    expect(afterFirst.harm).toEqual(HARM);
    expect(await cleared.json()).toEqual({ harm: null });
    expect((await h.view()).harm).toBeNull();
  });

  it.each([
    ['ittDays', { ittDays: -1 }],
    ['ittDays', { ittDays: 2.5 }],
    ['ittDays', { ittDays: '3' }],
    ['certificateDate', { certificateDate: '2999-01-01' }],
    ['sleep', { sleep: 'x'.repeat(2001) }],
  ])('refuses a bad %s with problem+json naming it, and records nothing', async (field, body) => {
    // Prepare
    const h = await withCase('harm');
    const before = [...h.store.objects.keys()];

    // Act
    const response = await h.put(body);

    // Assess
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ errors: [{ field }] });
    expect([...h.store.objects.keys()]).toEqual(before);
  });

  it('describes the harm and the ITT in the letter of the next dossier, and logs none of it', async () => {
    // Prepare
    const h = await withCase('harm');
    await h.put(HARM);

    // Act
    const text = (await dossierText(h, 'complaint')).replace(/\s+/g, ' ');

    // Assess
    for (const value of [
      'Sommeil : Réveils nocturnes, cauchemars',
      'Vie sociale : A quitté les réseaux sociaux',
      'Incapacité totale de travail (ITT) : 3 jours',
      'Dr Anne Lefèvre',
    ]) {
      expect(text).toContain(value);
    }
    const logs = h.logger.lines.join('\n');
    expect(logs).toContain('harm-recorded');
    for (const value of ['cauchemars', 'réseaux sociaux', 'Lefèvre']) {
      expect(logs).not.toContain(value);
    }
  });
});

describe('the case page’s harm form', () => {
  it('saves the points and shows them; a bad ITT comes back named, with what was typed', async () => {
    // Prepare
    const { app, log } = apiHarness();
    const { caseId, path, csrf, headers } = await openedCase(app);
    const fields = { csrf, sleep: HARM.sleep, doctor: HARM.doctor, ittDays: '3' };

    // Act
    const refused = await post(app, `${path}/harm`, { ...fields, ittDays: 'trois' }, headers);
    const refusedPage = await refused.text();
    const stateAfterRefusal = await log.load(caseId);
    const saved = await post(app, `${path}/harm`, fields, headers);
    const page = await (await app.request(`http://localhost${path}`, { headers })).text();

    // Assess
    expect(refused.status).toBe(422);
    expect(refusedPage).toContain('Indiquez un nombre de jours');
    expect(refusedPage).toContain('value="trois"');
    expect(stateAfterRefusal?.harm).toBeUndefined();
    expect(saved.headers.get('location')).toBe(`${path}?ok=harm#harm`);
    expect((await log.load(caseId))?.harm).toEqual({
      sleep: HARM.sleep,
      doctor: HARM.doctor,
      ittDays: 3,
    });
    expect(page).toContain(`value="${HARM.sleep}"`);
    expect(page).toContain('name="ittDays" type="number" value="3"');
  });
});

describe('witnesses through the API', () => {
  it('adds, lists and removes witnesses, who are named in the letter of the next dossier', async () => {
    // Prepare
    const h = await withCase();
    const witnesses = `/api/v1/cases/${h.caseId}/witnesses`;
    const add = (body: unknown) => h.call('POST', witnesses, h.accessToken, JSON.stringify(body));

    // Act
    const karim = await add({
      name: 'Karim B.',
      contact: '06 11 22 33 44',
      statement: 'A vu les messages',
    });
    const lea = await add({ name: 'Léa M.' });
    const { witnessId } = (await lea.json()) as { witnessId: string };
    const removed = await h.call('DELETE', `${witnesses}/${witnessId}`, h.accessToken);
    const again = await h.call('DELETE', `${witnesses}/${witnessId}`, h.accessToken);
    const text = (await dossierText(h, 'complaint')).replace(/\s+/g, ' ');

    // Assess
    expect([karim.status, lea.status, removed.status]).toEqual([201, 201, 204]);
    expect(again.status).toBe(404);
    expect(await again.json()).toMatchObject({ type: '/problems/witness-not-found' });
    expect((await h.view()).witnesses).toEqual([
      {
        witnessId: expect.any(String),
        name: 'Karim B.',
        contact: '06 11 22 33 44',
        statement: 'A vu les messages',
        attestation: { status: 'none', linkExpiresAt: null, sent: null },
      },
    ]);
    expect(text).toContain('Karim B. – 06 11 22 33 44 – A vu les messages');
    expect(text).not.toContain('Léa M.');
    expect(h.logger.lines.join('\n')).not.toMatch(/Karim|Léa|06 11 22/);
  });

  it('names the missing field, and refuses a witness past the limit', async () => {
    // Prepare
    const h = await withCase();
    const add = (body: unknown) =>
      h.call('POST', `/api/v1/cases/${h.caseId}/witnesses`, h.accessToken, JSON.stringify(body));
    for (let i = 0; i < 20; i++) expect((await add({ name: `Témoin ${i}` })).status).toBe(201);

    // Act
    const nameless = await add({ statement: 'A tout vu' });
    const twentyFirst = await add({ name: 'Témoin 21' });

    // Assess
    expect(nameless.status).toBe(422);
    expect(await nameless.json()).toMatchObject({ errors: [{ field: 'name' }] });
    expect(twentyFirst.status).toBe(409);
    expect(await twentyFirst.json()).toMatchObject({ type: '/problems/witness-limit' });
  });
});

describe('the case page’s witnesses', () => {
  it('adds a witness from the form, lists them, and removes them with their button', async () => {
    // Prepare
    const { app, log } = apiHarness();
    const { caseId, path, csrf, headers } = await openedCase(app);
    const page = async () => (await app.request(`http://localhost${path}`, { headers })).text();

    // Act
    const nameless = await post(
      app,
      `${path}/witnesses`,
      { csrf, contact: 'karim@example.org' },
      headers,
    );
    const added = await post(app, `${path}/witnesses`, { csrf, name: 'Karim B.' }, headers);
    const listed = await page();
    const witnessId = (await log.load(caseId))?.witnesses[0]?.witnessId;
    const removed = await post(app, `${path}/witnesses/${witnessId}/remove`, { csrf }, headers);

    // Assess
    expect(nameless.status).toBe(422);
    expect(await nameless.text()).toContain('value="karim@example.org"');
    expect(added.headers.get('location')).toBe(`${path}?ok=witness-added#witnesses`);
    expect(listed).toContain('<strong>Karim B.</strong>');
    expect(listed).toContain(`action="${path}/witnesses/${witnessId}/remove"`);
    expect(removed.headers.get('location')).toBe(`${path}?ok=witness-removed#witnesses`);
    expect((await log.load(caseId))?.witnesses).toEqual([]);
    expect(await page()).not.toContain('Karim B.');
  });
});

describe('the case page’s witness form at the limit', () => {
  it('comes back with the limit said and what was typed kept, adding nothing', async () => {
    // Prepare: a case that names as many witnesses as it may.
    const { app, log } = apiHarness();
    const { caseId, path, csrf, headers } = await openedCase(app);
    for (let i = 0; i < 20; i++) {
      const witnessId = `01JB00000000000000000000${String(i).padStart(2, '0')}`;
      await log.append({ type: 'witness-added', caseId, witnessId, name: `Témoin ${i}` });
    }

    // Act
    const refused = await post(app, `${path}/witnesses`, { csrf, name: 'Karim B.' }, headers);

    // Assess
    expect(refused.status).toBe(409);
    const page = await refused.text();
    expect(page).toContain('Votre dossier nomme déjà autant de témoins qu’il peut.');
    expect(page).toContain('value="Karim B."');
    expect((await log.load(caseId))?.witnesses).toHaveLength(20);
  });
});

describe('the case page’s identity form', () => {
  it('saves the details and shows them filled in, and the dossier section no longer asks for them', async () => {
    // Prepare
    const { app } = apiHarness();
    const { path, csrf, headers } = await openedCase(app);

    const before = await (await app.request(`http://localhost${path}`, { headers })).text();

    // Act
    const saved = await post(app, `${path}/identity`, { csrf, ...IDENTITY }, headers);
    const page = await (await app.request(`http://localhost${path}`, { headers })).text();

    // Assess: the dossier section asked for them until then.
    const hint = 'Votre nom et votre adresse n’y figurent pas encore';
    expect(before).toContain(hint);
    expect(page).not.toContain(hint);
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe(`${path}?ok=identity#identity`);
    expect(page).toContain('value="Zoé Ñandú-Martin"');
    expect(page).toContain('value="1994-03-07"');
    expect(page).toContain('>12 rue des Lilas\n69003 Lyon</textarea>');
  });

  it('comes back with the field named and what was typed kept, recording nothing', async () => {
    // Prepare
    const { app, log } = apiHarness();
    const { caseId, path, csrf, headers } = await openedCase(app);

    // Act
    const refused = await post(
      app,
      `${path}/identity`,
      { csrf, ...IDENTITY, phone: 'appelez-moi' },
      headers,
    );

    // Assess
    expect(refused.status).toBe(422);
    const page = await refused.text();
    expect(page).toContain('Indiquez un numéro de téléphone');
    expect(page).toContain('value="appelez-moi"');
    expect(page).toContain('value="Zoé Ñandú-Martin"');
    expect((await log.load(caseId))?.identity).toBeUndefined();
  });
});
