import { monotonicFactory } from 'ulid';
import { describe, expect, it } from 'vitest';
import { evidenceKey } from '../../shared/bucket-keys.js';
import { fold } from '../../shared/domain/fold.js';
import { sha256Hex } from '../../shared/domain/sign-in.js';
import { startGuestSession } from '../../shared/usecases/guest-access.js';
import { ingestEvidence } from '../../shared/usecases/ingest-evidence.js';
import {
  saveStatement,
  submitAttestation,
  withdrawAttestation,
  witnessUploadForm,
} from '../../shared/usecases/witness-attestation.js';
import { witnessOfSession } from '../../shared/usecases/witness-link.js';
import { makePdf, makePng } from '../fixtures/make-hostile-corpus.js';
import { apiHarness } from '../support/api-harness.js';
import { RecordingWorkflow } from '../support/fakes.js';

const nextId = monotonicFactory();

const STATEMENT = {
  lastName: 'Benali',
  firstNames: 'Karim Youssef',
  dateOfBirth: '1991-04-12',
  placeOfBirth: 'Lyon',
  address: '3 rue des Lilas, 69003 Lyon',
  occupation: 'Infirmier',
  relationships: ['collaboration' as const],
  relationshipDetails: 'Collègue de la victime',
  facts: 'Le 2 novembre, j’ai vu sur son écran les messages de menace.',
  place: 'Lyon',
  aware: true as const,
};

/** A case with a witness, the API with a recording mailer for witness links. */
async function withWitness() {
  const mailed: { to: string; token: string; locale: string }[] = [];
  const h = apiHarness({
    mailWitnessLink: async (m) => {
      mailed.push(m);
    },
  });
  const { caseId, accessToken } = await h.openCase();
  const added = await h.call(
    'POST',
    `/api/v1/cases/${caseId}/witnesses`,
    accessToken,
    JSON.stringify({ name: 'Karim B.' }),
  );
  const { witnessId } = (await added.json()) as { witnessId: string };
  const sendLink = (body: unknown = { email: 'karim@example.org', locale: 'fr' }) =>
    h.call(
      'POST',
      `/api/v1/cases/${caseId}/witnesses/${witnessId}/link`,
      accessToken,
      JSON.stringify(body),
    );
  const state = async () =>
    (await h.log.load(caseId)) as NonNullable<Awaited<ReturnType<typeof h.log.load>>>;
  return { h, caseId, accessToken, witnessId, mailed, sendLink, state };
}

describe('a witness link', () => {
  it('is mailed once on the victim’s request, keeping only the token’s hash and no address', async () => {
    const w = await withWitness();

    const first = await w.sendLink();
    const second = await w.sendLink();

    expect(first.status).toBe(202);
    expect(w.mailed).toHaveLength(1);
    expect(second.status).toBe(409);
    expect(((await second.json()) as { type: string }).type).toBe('/problems/witness-link-out');
    const stored = [...w.h.store.objects.entries()]
      .filter(([key]) => key.includes('/events/'))
      .map(([, bytes]) => new TextDecoder().decode(bytes as Uint8Array))
      .join('\n');
    expect(stored).not.toContain('karim@example.org');
    expect(stored).not.toContain(w.mailed[0]?.token);
    expect(stored).toContain(sha256Hex(w.mailed[0]?.token ?? ''));
    expect(w.h.logger.lines.join('\n')).not.toContain('karim@');
  });

  it('counts links per address: the fourth in a day to one address is refused', async () => {
    const w = await withWitness();
    const answers: number[] = [];
    for (let j = 0; j < 4; j++) {
      answers.push((await w.sendLink()).status);
      // Cancelled each time, so that only the address's budget stands in the way.
      await w.h.call(
        'DELETE',
        `/api/v1/cases/${w.caseId}/witnesses/${w.witnessId}/link`,
        w.accessToken,
      );
    }

    expect(answers).toEqual([202, 202, 202, 429]);
    expect(w.mailed).toHaveLength(3);
  });

  it('opens a session once; a second use says it was used', async () => {
    const w = await withWitness();
    await w.sendLink();
    const token = w.mailed[0]?.token ?? '';
    const now = new Date();

    const first = await startGuestSession(w.h, await w.state(), 'witness', token, now);
    const second = await startGuestSession(w.h, await w.state(), 'witness', token, now);

    expect(first.ok).toBe(true);
    expect(second).toMatchObject({ ok: false, status: { status: 'used' } });
    // The witness's session is no credential of the victim's: the API refuses it.
    const session = first.ok ? first.session : '';
    const asVictim = await w.h.call('GET', `/api/v1/cases/${w.caseId}`, session);
    expect(asVictim.status).toBe(404);
    expect(witnessOfSession(await w.state(), session, now)?.witnessId).toBe(w.witnessId);
  });
});

describe('a witness’s attestation', () => {
  async function filled() {
    const w = await withWitness();
    await w.sendLink();
    const started = await startGuestSession(
      w.h,
      await w.state(),
      'witness',
      w.mailed[0]?.token ?? '',
      new Date(),
    );
    const session = started.ok ? started.session : '';
    const me = async () => {
      const witness = witnessOfSession(await w.state(), session, new Date());
      if (!witness) throw new Error('the session opens no witness');
      return witness;
    };
    const deps = { ...w.h, workflow: new RecordingWorkflow() };
    await saveStatement(deps, await w.state(), await me(), STATEMENT);
    const upload = async (role: 'identity' | 'signature', bytes: Uint8Array) => {
      const form = await witnessUploadForm(deps, await w.state(), await me(), role, {
        successRedirect: 'https://app.example/witness',
        now: new Date(),
        nextId,
      });
      const key = evidenceKey(w.caseId, form.fileId);
      await w.h.store.put(key, bytes, { contentType: 'application/octet-stream' });
      return ingestEvidence(deps, { key, eventTime: new Date().toISOString() });
    };
    return { ...w, session, me, deps, upload };
  }

  it('takes an identity copy and a signature through evidence’s checks, then is sent and frozen', async () => {
    const w = await filled();

    const refused = await w.upload('identity', new TextEncoder().encode('<html>not an id</html>'));
    const id = await w.upload('identity', makePdf());
    const signature = await w.upload('signature', makePng());
    const sent = await submitAttestation(w.deps, await w.state(), await w.me(), new Date());
    const after = await saveStatement(w.deps, await w.state(), await w.me(), {
      ...STATEMENT,
      facts: 'Autre chose',
    });

    expect(refused).toMatchObject({ outcome: 'rejected' });
    expect(id).toMatchObject({ outcome: 'witness-file-accepted' });
    expect(signature).toMatchObject({ outcome: 'witness-file-accepted' });
    expect(sent).toBe('sent');
    expect(after).toBe('already-sent');
    const state = await w.state();
    // Not the victim's evidence: nothing numbered, nothing in her list.
    expect(state.evidence.items).toEqual([]);
    const view = await w.h.call('GET', `/api/v1/cases/${w.caseId}`, w.accessToken);
    const { witnesses } = (await view.json()) as {
      witnesses: { attestation: { status: string; sent: { facts: string } } }[];
    };
    expect(witnesses[0]?.attestation).toMatchObject({
      status: 'sent',
      sent: { facts: STATEMENT.facts },
    });
  });

  it('cannot be sent without its files', async () => {
    const w = await filled();
    await w.upload('identity', makePdf());

    expect(await submitAttestation(w.deps, await w.state(), await w.me(), new Date())).toBe(
      'incomplete',
    );
  });

  it('is withdrawn whole by its witness, whose access ends, until a dossier carries it', async () => {
    const w = await filled();
    await w.upload('identity', makePdf());
    await w.upload('signature', makePng());
    await submitAttestation(w.deps, await w.state(), await w.me(), new Date());

    const withdrawn = await withdrawAttestation(w.deps, await w.state(), await w.me());

    expect(withdrawn).toBe('withdrawn');
    expect(witnessOfSession(await w.state(), w.session, new Date())).toBeUndefined();
    const state = fold(await w.h.log.read(w.caseId));
    expect(state?.witnesses[0]?.attestation?.submitted).toBeUndefined();
    expect([...w.h.store.objects.keys()].filter((k) => k.includes('/evidence/'))).toEqual([]);
  });
});
