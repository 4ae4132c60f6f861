import { monotonicFactory } from 'ulid';
import { evidenceKey } from '../../shared/bucket-keys.js';
import { startGuestSession } from '../../shared/usecases/guest-access.js';
import { ingestEvidence } from '../../shared/usecases/ingest-evidence.js';
import {
  saveStatement,
  submitAttestation,
  witnessUploadForm,
} from '../../shared/usecases/witness-attestation.js';
import { witnessOfSession } from '../../shared/usecases/witness-link.js';
import { makePdf } from '../fixtures/make-hostile-corpus.js';
import type { apiHarness } from './api-harness.js';
import { RecordingWorkflow } from './fakes.js';
import { encodePng } from './images.js';

const nextId = monotonicFactory();

export const WITNESS_STATEMENT = {
  lastName: 'Benali',
  firstNames: 'Karim Youssef',
  dateOfBirth: '1991-04-12',
  placeOfBirth: 'Lyon',
  address: '3 rue des Lilas, 69003 Lyon',
  occupation: 'Infirmier',
  relationships: ['collaboration' as const],
  relationshipDetails: 'Collègue de la victime',
  facts: 'Le 2 novembre, j’ai vu sur son écran les messages de menace de Kr4ken_du_93.',
  place: 'Lyon',
  aware: true as const,
};

/**
 * A witness of the case who received a link, wrote, uploaded a PDF identity copy and a PNG
 * signature (through ingestion) and sent the attestation, as the use cases do it.
 */
export async function sentAttestation(
  h: ReturnType<typeof apiHarness>,
  victim: { caseId: string; accessToken: string },
  tokens: string[],
) {
  const added = await h.call(
    'POST',
    `/api/v1/cases/${victim.caseId}/witnesses`,
    victim.accessToken,
    JSON.stringify({ name: 'Karim B.' }),
  );
  const { witnessId } = (await added.json()) as { witnessId: string };
  await h.call(
    'POST',
    `/api/v1/cases/${victim.caseId}/witnesses/${witnessId}/link`,
    victim.accessToken,
    JSON.stringify({ email: 'karim@example.org', locale: 'fr' }),
  );
  const load = async () => {
    const state = await h.log.load(victim.caseId);
    if (!state) throw new Error('no case');
    return state;
  };
  const started = await startGuestSession(
    h,
    await load(),
    'witness',
    tokens.at(-1) ?? '',
    new Date(),
  );
  if (!started.ok) throw new Error('the link did not open');
  const me = async () => {
    const state = await load();
    const witness = witnessOfSession(state, started.session, new Date());
    if (!witness) throw new Error('the session opens no witness');
    return { state, witness };
  };
  const deps = { ...h, workflow: new RecordingWorkflow() };
  let current = await me();
  await saveStatement(deps, current.state, current.witness, WITNESS_STATEMENT);
  const signature = encodePng(300, 100, 0, (x, y) => [
    Math.abs(y - 50 - ((x / 10) % 20)) < 3 ? 0 : 255,
  ]);
  for (const [role, bytes] of [
    ['identity', makePdf()],
    ['signature', signature],
  ] as const) {
    current = await me();
    const form = await witnessUploadForm(deps, current.state, current.witness, role, {
      successRedirect: 'https://app.example/witness',
      now: new Date(),
      nextId,
    });
    const key = evidenceKey(victim.caseId, form.fileId);
    await h.store.put(key, bytes, { contentType: 'application/octet-stream' });
    await ingestEvidence(deps, { key, eventTime: new Date().toISOString() });
  }
  current = await me();
  const sent = await submitAttestation(deps, current.state, current.witness, new Date());
  if (sent !== 'sent') throw new Error(`not sent: ${sent}`);
  return { witnessId, session: started.session, me, deps, signature };
}
