import { ulid } from 'ulid';
import { describe, expect, it } from 'vitest';
import { evidenceKey } from '../../../shared/bucket-keys.js';
import type { CaseView } from '../../../shared/domain/case-view.js';
import { apiHarness } from '../../support/api-harness.js';

/** A case with a received screenshot (its bytes in storage), a link and a fact citing both. */
async function caseWithEvidence() {
  const h = apiHarness();
  const { caseId, accessToken } = await h.openCase();
  const call = (method: string, path: string, body?: unknown) =>
    h.call(
      method,
      `/api/v1/cases/${caseId}${path}`,
      accessToken,
      body === undefined ? undefined : JSON.stringify(body),
    );
  const fileId = ulid();
  await h.store.put(evidenceKey(caseId, fileId), new Uint8Array([137, 80, 78, 71]));
  await h.log.append({
    type: 'evidence-uploaded',
    caseId,
    evidenceId: fileId,
    kind: 'screenshot',
    sha256: 'b'.repeat(64),
    size: 4,
    contentType: 'image/png',
    fileName: 'photo-privee.png',
    uploadedAt: new Date().toISOString(),
  });
  const { evidenceId: linkId } = (await (
    await call('POST', '/links', { url: 'https://forum.example/t/1', description: 'Le fil' })
  ).json()) as { evidenceId: string };
  const { factId } = (await (
    await call('POST', '/facts', {
      occurredAt: '2026-11-01',
      description: 'Message menaçant',
      evidenceIds: [fileId, linkId],
    })
  ).json()) as { factId: string };
  const view = async () => (await (await call('GET', '')).json()) as CaseView;
  return { h, caseId, call, fileId, linkId, factId, view };
}

describe('PUT and DELETE /api/v1/cases/{id}/facts/{factId}', () => {
  it('replaces a fact whole, keeping when it was first recorded', async () => {
    const s = await caseWithEvidence();
    const before = (await s.view()).facts[0];

    const response = await s.call('PUT', `/facts/${s.factId}`, {
      occurredAt: '2026-11-02T21:30:00+01:00',
      description: 'Message menaçant, envoyé le lendemain',
      evidenceIds: [s.linkId],
    });

    expect(response.status).toBe(204);
    const [fact] = (await s.view()).facts;
    expect(fact).toMatchObject({
      factId: s.factId,
      occurredAt: '2026-11-02T20:30:00.000Z',
      description: 'Message menaçant, envoyé le lendemain',
      recordedAt: before?.recordedAt,
    });
    expect(fact?.evidence.map((e) => e.evidenceId)).toEqual([s.linkId]);
  });

  it.each([
    [{ occurredAt: '2026-11-01', description: '' }, 'description'],
    [{ occurredAt: 'hier', description: 'x' }, 'occurredAt'],
    [{ occurredAt: '2026-11-01', description: 'x', evidenceIds: [ulid()] }, 'evidenceIds.0'],
  ])('refuses %j naming %s, and keeps the fact as it was', async (body, field) => {
    const s = await caseWithEvidence();

    const response = await s.call('PUT', `/facts/${s.factId}`, body);

    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const problem = (await response.json()) as { errors: { field: string }[] };
    expect(problem.errors.map((e) => e.field)).toEqual([field]);
    expect((await s.view()).facts[0]?.description).toBe('Message menaçant');
  });

  it('withdraws a fact, and a second withdrawal changes nothing', async () => {
    const s = await caseWithEvidence();

    const first = await s.call('DELETE', `/facts/${s.factId}`);
    const events = (await s.h.log.read(s.caseId)).length;
    const again = await s.call('DELETE', `/facts/${s.factId}`);

    expect([first.status, again.status]).toEqual([204, 204]);
    expect((await s.view()).facts).toEqual([]);
    expect((await s.h.log.read(s.caseId)).length).toBe(events);
  });

  it('answers 404 fact-not-found for an id of no fact of the case', async () => {
    const s = await caseWithEvidence();

    const edit = await s.call('PUT', `/facts/${s.linkId}`, {
      occurredAt: '2026-11-01',
      description: 'x',
    });
    const withdraw = await s.call('DELETE', `/facts/${ulid()}`);

    for (const response of [edit, withdraw]) {
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ type: '/problems/fact-not-found' });
    }
  });
});

describe('PUT /api/v1/cases/{id}/evidence/{evidenceId}', () => {
  it("replaces a file's details, clearing those left out", async () => {
    const s = await caseWithEvidence();
    await s.call('PUT', `/evidence/${s.fileId}`, { platform: 'Instagram', description: 'Avant' });

    const response = await s.call('PUT', `/evidence/${s.fileId}`, {
      capturedAt: '2026-11-01T09:00:00Z',
      description: 'Le message du 1er novembre',
    });

    expect(response.status).toBe(204);
    const item = (await s.view()).evidence.find((e) => e.evidenceId === s.fileId);
    expect(item).toMatchObject({
      capturedAt: '2026-11-01T09:00:00.000Z',
      capturedAtSource: 'victim',
      description: 'Le message du 1er novembre',
      platform: null,
      sha256: 'b'.repeat(64),
    });
  });

  it('keeps a capture date given without a time as a day', async () => {
    const s = await caseWithEvidence();

    const response = await s.call('PUT', `/evidence/${s.fileId}`, { capturedAt: '2026-10-31' });

    expect(response.status).toBe(204);
    const item = (await s.view()).evidence.find((e) => e.evidenceId === s.fileId);
    expect(item).toMatchObject({ capturedAt: '2026-10-31', capturedAtSource: 'victim' });
  });

  it('keeps a link its address unless a new one is given', async () => {
    const s = await caseWithEvidence();

    await s.call('PUT', `/evidence/${s.linkId}`, { description: 'Le fil du forum' });
    const kept = (await s.view()).evidence.find((e) => e.evidenceId === s.linkId);
    await s.call('PUT', `/evidence/${s.linkId}`, { url: 'https://forum.example/t/2' });
    const moved = (await s.view()).evidence.find((e) => e.evidenceId === s.linkId);

    expect(kept).toMatchObject({
      url: 'https://forum.example/t/1',
      description: 'Le fil du forum',
    });
    expect(moved).toMatchObject({ url: 'https://forum.example/t/2', description: null });
  });

  it('refuses a bad field naming it, and an unknown id with evidence-not-found', async () => {
    const s = await caseWithEvidence();

    const bad = await s.call('PUT', `/evidence/${s.linkId}`, { url: 'javascript:alert(1)' });
    const unknown = await s.call('PUT', `/evidence/${ulid()}`, { description: 'x' });

    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { errors: { field: string }[] }).errors[0]?.field).toBe('url');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ type: '/problems/evidence-not-found' });
  });
});

describe('DELETE /api/v1/cases/{id}/evidence/{evidenceId}', () => {
  it('deletes the file, logs the withdrawal with its hash, and renumbers what is left', async () => {
    const s = await caseWithEvidence();

    const response = await s.call('DELETE', `/evidence/${s.fileId}`);

    expect(response.status).toBe(204);
    expect(await s.h.store.get(evidenceKey(s.caseId, s.fileId))).toBeUndefined();
    const withdrawn = (await s.h.log.read(s.caseId)).find((e) => e.type === 'evidence-withdrawn');
    expect(withdrawn).toMatchObject({
      evidenceId: s.fileId,
      kind: 'screenshot',
      sha256: 'b'.repeat(64),
      size: 4,
    });
    expect(withdrawn && 'fileName' in withdrawn).toBe(false);
    const view = await s.view();
    expect(view.evidence.map((e) => [e.evidenceId, e.number])).toEqual([[s.linkId, 1]]);
    expect(view.facts[0]?.evidence.map((e) => e.evidenceId)).toEqual([s.linkId]);
    expect(JSON.stringify(view)).not.toContain('photo-privee');
    expect(JSON.stringify(s.h.logger.lines)).not.toContain('photo-privee');
  });

  it('withdraws a link, answers 204 again, and 404 for an id of no item', async () => {
    const s = await caseWithEvidence();

    const first = await s.call('DELETE', `/evidence/${s.linkId}`);
    const again = await s.call('DELETE', `/evidence/${s.linkId}`);
    const unknown = await s.call('DELETE', `/evidence/${s.factId}`);

    expect([first.status, again.status, unknown.status]).toEqual([204, 204, 404]);
    expect((await s.view()).evidence.map((e) => e.evidenceId)).toEqual([s.fileId]);
    const withdrawals = (await s.h.log.read(s.caseId)).filter(
      (e) => e.type === 'evidence-withdrawn',
    );
    expect(withdrawals).toHaveLength(1);
  });
});
