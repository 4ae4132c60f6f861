import { ulid } from 'ulid';
import { describe, expect, it } from 'vitest';
import { evidenceKey } from '../../shared/bucket-keys.js';
import { apiHarness } from '../support/api-harness.js';
import { openedCase, post } from '../support/web-forms.js';

/** A case opened from the home page, with a fact and a received file, read as its page. */
async function caseOnThePage() {
  const h = apiHarness();
  const opened = await openedCase(h.app);
  const { caseId, path, csrf, headers } = opened;
  await post(
    h.app,
    `${path}/facts`,
    { csrf, date: '2026-11-01', description: 'Message menaçant de Kr4ken', public: 'yes' },
    headers,
  );
  const fileId = ulid();
  await h.store.put(evidenceKey(caseId, fileId), new Uint8Array([1, 2, 3]));
  await h.log.append({
    type: 'evidence-uploaded',
    caseId,
    evidenceId: fileId,
    kind: 'screenshot',
    sha256: 'e'.repeat(64),
    size: 3,
    contentType: 'image/png',
    fileName: 'photo-privee.png',
    uploadedAt: new Date().toISOString(),
  });
  const factId = (await h.log.load(caseId))?.evidence.facts[0]?.factId ?? '';
  const page = async (at = path) =>
    (await h.app.request(`http://localhost${at}`, { headers })).text();
  return { ...h, ...opened, fileId, factId, page };
}

describe('putting a mistake right from the case page, without JavaScript', () => {
  it('corrects a fact in its folded form, which shows what is recorded', async () => {
    const s = await caseOnThePage();
    const before = await s.page();

    const edited = await post(
      s.app,
      `${s.path}/facts/${s.factId}`,
      { csrf: s.csrf, date: '2026-11-02', time: '21:30', description: 'Message menaçant, corrigé' },
      s.headers,
    );

    expect(before).toContain(`action="${s.path}/facts/${s.factId}"`);
    expect(before).toContain('>Message menaçant de Kr4ken</textarea>');
    expect(edited.status).toBe(303);
    expect(edited.headers.get('location')).toBe(`${s.path}?ok=fact-edited#facts`);
    const fact = (await s.log.load(s.caseId))?.evidence.facts[0];
    expect(fact).toMatchObject({
      description: 'Message menaçant, corrigé',
      occurredAt: '2026-11-02T20:30:00.000Z',
    });
    expect(fact?.publishedAt).toBeUndefined();
    const after = await s.page(edited.headers.get('location') ?? '');
    expect(after).toContain('Le fait est corrigé.');
    expect(after).not.toContain('Message menaçant de Kr4ken');
  });

  it('sends a bad correction back in its own form, open, with the field named and what was typed', async () => {
    const s = await caseOnThePage();

    const refused = await post(
      s.app,
      `${s.path}/facts/${s.factId}`,
      { csrf: s.csrf, date: '2026-11-02', description: '   ' },
      s.headers,
    );

    expect(refused.status).toBe(422);
    const html = await refused.text();
    expect(html).toContain(`id="fact-${s.factId}-description-error"`);
    expect(html).toMatch(/<details class="put-right" open="?"?>/);
    expect((await s.log.load(s.caseId))?.evidence.facts[0]?.description).toBe(
      'Message menaçant de Kr4ken',
    );
  });

  it('withdraws a fact', async () => {
    const s = await caseOnThePage();

    const withdrawn = await post(
      s.app,
      `${s.path}/facts/${s.factId}/withdraw`,
      { csrf: s.csrf },
      s.headers,
    );

    expect(withdrawn.headers.get('location')).toBe(`${s.path}?ok=fact-withdrawn#facts`);
    expect((await s.log.load(s.caseId))?.evidence.facts).toEqual([]);
    expect(await s.page()).not.toContain('Kr4ken');
  });

  it('describes a file, then withdraws it: the file is deleted and the page lists it no more', async () => {
    const s = await caseOnThePage();

    const described = await post(
      s.app,
      `${s.path}/evidence/${s.fileId}/describe`,
      { csrf: s.csrf, platform: 'Instagram', description: 'Vacances, envoyée par erreur' },
      s.headers,
    );
    const listed = await s.page();
    const withdrawn = await post(
      s.app,
      `${s.path}/evidence/${s.fileId}/withdraw`,
      { csrf: s.csrf },
      s.headers,
    );

    expect(described.headers.get('location')).toBe(`${s.path}?ok=evidence-described#evidence`);
    expect(listed).toContain('Vacances, envoyée par erreur');
    expect(withdrawn.headers.get('location')).toBe(`${s.path}?ok=evidence-withdrawn#evidence`);
    expect(await s.store.get(evidenceKey(s.caseId, s.fileId))).toBeUndefined();
    const page = await s.page();
    expect(page).not.toContain('photo-privee');
    expect(page).not.toContain('Vacances, envoyée par erreur');
  });

  it('refuses a withdrawal posted without the page’s token, and keeps the file', async () => {
    const s = await caseOnThePage();

    const forged = await post(s.app, `${s.path}/evidence/${s.fileId}/withdraw`, {}, s.headers);

    expect(forged.status).toBe(403);
    expect(await s.store.get(evidenceKey(s.caseId, s.fileId))).toBeDefined();
    expect(await s.page()).toContain('photo-privee');
  });
});
