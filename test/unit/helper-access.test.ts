import { monotonicFactory } from 'ulid';
import { describe, expect, it } from 'vitest';
import { dossierInputFromCase } from '../../shared/dossier/from-case.js';
import { completeStep } from '../../shared/usecases/complete-step.js';
import { startGuestSession } from '../../shared/usecases/guest-access.js';
import { actorOf, helperOfSession } from '../../shared/usecases/helper-access.js';
import { addLink, recordFact } from '../../shared/usecases/record-evidence.js';
import { apiHarness } from '../support/api-harness.js';
import { RecordingWorkflow } from '../support/fakes.js';

const nextId = monotonicFactory();

/** A case whose victim invites helpers through the API, with a recording mailer. */
async function withCase() {
  const mailed: { to: string; token: string; locale: string }[] = [];
  const h = apiHarness({ mailHelperInvite: async (m) => void mailed.push(m) });
  const { caseId, accessToken } = await h.openCase();
  const invite = (body: unknown) =>
    h.call('POST', `/api/v1/cases/${caseId}/helpers`, accessToken, JSON.stringify(body));
  const state = async () =>
    (await h.log.load(caseId)) as NonNullable<Awaited<ReturnType<typeof h.log.load>>>;
  const list = async () =>
    (
      (await (await h.call('GET', `/api/v1/cases/${caseId}/helpers`, accessToken)).json()) as {
        helpers: {
          helperId: string;
          name: string;
          roles: string[];
          actions: { action: string }[];
          removedAt: string | null;
          signedIn: boolean;
        }[];
      }
    ).helpers;
  return { h, caseId, accessToken, mailed, invite, state, list };
}

describe('a trusted helper', () => {
  it('is invited by one mail whose address is kept nowhere, with the roles chosen (evidence and steps by default)', async () => {
    const { h, mailed, invite, list } = await withCase();

    const response = await invite({ name: 'Léa', email: 'lea.helper@example.org' });

    expect(response.status).toBe(202);
    expect(mailed).toEqual([
      expect.objectContaining({ to: 'lea.helper@example.org', locale: 'fr' }),
    ]);
    expect(await list()).toEqual([
      expect.objectContaining({
        name: 'Léa',
        roles: ['evidence', 'steps'],
        removedAt: null,
        signedIn: false,
      }),
    ]);
    const stored = [...h.store.objects.values()]
      .map((b) => new TextDecoder().decode(b as Uint8Array))
      .join('\n');
    expect(stored).not.toContain('lea.helper@example.org');
    expect(stored).not.toContain(mailed[0]?.token);
    expect(h.logger.lines.join('\n')).not.toContain('lea.helper');
  });

  it('names the field of a bad invitation, and nobody is mailed', async () => {
    const { mailed, invite } = await withCase();

    const response = await invite({ name: 'Léa', email: 'not-an-address', roles: ['erase'] });

    expect(response.status).toBe(422);
    const problem = (await response.json()) as { errors: { field: string }[] };
    expect(problem.errors.map((e) => e.field).sort()).toEqual(['email', 'roles.0']);
    expect(mailed).toEqual([]);
  });

  it('is bounded: three at a time per case, three invitations a day per address', async () => {
    const { invite, mailed } = await withCase();
    for (const n of [1, 2, 3])
      expect((await invite({ name: `Aide ${n}`, email: `aide${n}@example.org` })).status).toBe(202);

    const fourth = await invite({ name: 'Aide 4', email: 'aide4@example.org' });

    expect(fourth.status).toBe(409);
    expect(await fourth.json()).toMatchObject({ type: '/problems/helper-limit' });
    const other = await withCase();
    for (const n of [1, 2]) await other.invite({ name: `A${n}`, email: 'same@example.org' });
    const list = await other.list();
    await other.h.call(
      'DELETE',
      `/api/v1/cases/${other.caseId}/helpers/${list[0]?.helperId}`,
      other.accessToken,
    );
    await other.invite({ name: 'A3', email: 'same@example.org' });
    await other.h.call(
      'DELETE',
      `/api/v1/cases/${other.caseId}/helpers/${list[1]?.helperId}`,
      other.accessToken,
    );
    const overBudget = await other.invite({ name: 'A4', email: 'same@example.org' });
    expect(overBudget.status).toBe(429);
    expect(await overBudget.json()).toMatchObject({ type: '/problems/helper-address-limit' });
    expect(mailed).toHaveLength(3);
  });

  it('signs in once by the link, writes through the same use cases as the victim, and every action is listed and attributed', async () => {
    const { h, mailed, invite, state, list } = await withCase();
    await invite({ name: 'Léa', email: 'lea@example.org' });
    const token = mailed[0]?.token ?? '';

    const started = await startGuestSession(h, await state(), 'helper', token, new Date());
    const again = await startGuestSession(h, await state(), 'helper', token, new Date());
    if (!started.ok) throw new Error('the link did not open');
    const helper = helperOfSession(await state(), started.session, new Date());
    if (!helper) throw new Error('no helper for the session');
    const link = await addLink(
      h,
      await state(),
      { url: 'https://x.example/post/1' },
      { now: new Date(), nextId, by: actorOf(helper) },
    );
    await recordFact(
      h,
      await state(),
      { occurredAt: '2026-11-02', description: 'Menaces en message privé', evidenceIds: [] },
      { now: new Date(), nextId, by: actorOf(helper) },
    );

    expect(again).toMatchObject({ ok: false, status: { status: 'used' } });
    const s = await state();
    expect(s.evidence.items.find((i) => link.ok && i.evidenceId === link.evidenceId)?.addedBy).toBe(
      helper.helperId,
    );
    expect(s.evidence.facts[0]?.addedBy).toBe(helper.helperId);
    expect((await list())[0]?.actions.map((a) => a.action)).toEqual(['signed-in', 'link', 'fact']);
    const custody = dossierInputFromCase(
      s,
      await h.log.read(s.caseId),
      'complaint',
      new Date(),
    ).custody;
    expect(custody?.find((e) => e.action === 'link-saved')).toMatchObject({
      by: 'helper',
      helperName: 'Léa',
    });
  });

  it('taken off by the victim, opens nothing from the next request on, and their actions stay listed', async () => {
    const { h, caseId, accessToken, mailed, invite, state, list } = await withCase();
    await invite({ name: 'Léa', email: 'lea@example.org' });
    const started = await startGuestSession(
      h,
      await state(),
      'helper',
      mailed[0]?.token ?? '',
      new Date(),
    );
    if (!started.ok) throw new Error('the link did not open');
    const [helper] = await list();

    const removed = await h.call(
      'DELETE',
      `/api/v1/cases/${caseId}/helpers/${helper?.helperId}`,
      accessToken,
    );
    const twice = await h.call(
      'DELETE',
      `/api/v1/cases/${caseId}/helpers/${helper?.helperId}`,
      accessToken,
    );

    expect(removed.status).toBe(204);
    expect(twice.status).toBe(404);
    expect(helperOfSession(await state(), started.session, new Date())).toBeUndefined();
    expect((await list())[0]).toMatchObject({
      removedAt: expect.any(String),
      actions: [{ action: 'signed-in' }],
    });
  });

  it('completes through the victim’s own use case only the steps a helper may, in the helper’s name', async () => {
    const { h, mailed, invite, state, list } = await withCase();
    await invite({ name: 'Léa', email: 'lea@example.org' });
    const started = await startGuestSession(
      h,
      await state(),
      'helper',
      mailed[0]?.token ?? '',
      new Date(),
    );
    const helper = started.ok
      ? helperOfSession(await state(), started.session, new Date())
      : undefined;
    if (!helper) throw new Error('no helper');
    const deps = { ...h, workflow: new RecordingWorkflow() };
    const by = actorOf(helper);

    const complaint = await completeStep(
      deps,
      await state(),
      { stepId: 'file-complaint', body: { outcome: 'filed', reference: 'PV-1' } },
      { by },
    );
    const support = await completeStep(
      deps,
      await state(),
      { stepId: 'seek-support', body: { status: 'done' } },
      { by },
    );
    const locked = await completeStep(
      deps,
      await state(),
      { stepId: 'lock-accounts', body: { status: 'done' } },
      { by },
    );

    expect([complaint.outcome, support.outcome, locked.outcome]).toEqual([
      'victim-only',
      'victim-only',
      'completed',
    ]);
    const s = await state();
    expect(s.complaint).toBeUndefined();
    expect(s.steps['seek-support'].status).toBe('pending');
    expect(s.steps['lock-accounts']).toMatchObject({
      status: 'done',
      completedBy: helper.helperId,
    });
    expect((await list())[0]?.actions.map((a) => a.action)).toEqual(['signed-in', 'step']);
  });
});
