import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ulid } from 'ulid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type LocalTimestampAuthority,
  startLocalTimestampAuthority,
} from '../../local/timestamp-authority.js';
import { evidenceKey, evidenceTimestampKey } from '../../shared/bucket-keys.js';
import { CaseLog } from '../../shared/case-log.js';
import { newCaseId } from '../../shared/domain/ids.js';
import {
  NO_TIMESTAMP_AUTHORITY,
  type TimestampAuthority,
} from '../../shared/ports/timestamp-authority.js';
import { HttpTimestampAuthority } from '../../shared/ports/timestamp-authority-http-adapter.js';
import { ingestEvidence } from '../../shared/usecases/ingest-evidence.js';
import { timestampEvidence } from '../../shared/usecases/timestamp-evidence.js';
import { makePng } from '../fixtures/make-hostile-corpus.js';
import { capturingLogger, RecordingWorkflow } from '../support/fakes.js';
import { MemoryBlobStore } from '../support/memory-blob-store.js';

let tsa: LocalTimestampAuthority;
beforeAll(async () => {
  tsa = await startLocalTimestampAuthority({ dataDir: mkdtempSync(join(tmpdir(), 'tsa-')) });
});
afterAll(() => tsa?.close());

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function caseWithUpload(authority: TimestampAuthority) {
  const store = new MemoryBlobStore();
  const log = new CaseLog(store);
  const caseId = newCaseId();
  await log.append({
    type: 'case-opened',
    caseId,
    email: 'victim@example.org',
    locale: 'fr',
    harassmentKinds: [],
    accessTokenHash: '0'.repeat(64),
  });
  const png = makePng();
  const evidenceId = ulid();
  await log.append({
    type: 'upload-requested',
    caseId,
    evidenceId,
    kind: 'screenshot',
    fileName: 'capture.png',
    contentType: 'image/png',
    size: png.length,
    expiresAt: new Date(Date.now() + 600_000).toISOString(),
  });
  // Stored as the form makes the browser send it: with its Content-Type.
  await store.put(evidenceKey(caseId, evidenceId), png, { contentType: 'image/png' });
  const deps = {
    log,
    store,
    workflow: new RecordingWorkflow(),
    logger: capturingLogger(),
    authority,
  };
  const ingest = () =>
    ingestEvidence(deps, {
      key: evidenceKey(caseId, evidenceId),
      eventTime: new Date().toISOString(),
    });
  return { store, log, caseId, evidenceId, png, deps, ingest };
}

describe('timestamps at upload', () => {
  it('keeps the response beside the case and records it with the time it vouches for', async () => {
    const c = await caseWithUpload(new HttpTimestampAuthority({ url: tsa.url }));

    expect(await c.ingest()).toMatchObject({ outcome: 'accepted' });

    const stored = c.store.objects.get(evidenceTimestampKey(c.caseId, c.evidenceId));
    expect(stored).toBeDefined();
    const events = await c.log.read(c.caseId);
    const timestamped = events.find((e) => e.type === 'evidence-timestamped');
    expect(timestamped).toMatchObject({
      evidenceId: c.evidenceId,
      sha256: sha256(c.png),
      responseSha256: sha256(stored as Uint8Array),
      policy: '2.999.21.1',
    });
    const state = await c.log.load(c.caseId);
    expect(state?.evidence.items[0]?.timestampedAt).toBe(
      (timestamped as { genTime: string }).genTime,
    );
  });

  it.each([
    ['down (HTTP 503)', 'unavailable', () => new HttpTimestampAuthority({ url: tsa.url })],
    [
      'unreachable',
      'unavailable',
      () => new HttpTimestampAuthority({ url: 'http://127.0.0.1:9/', timeoutMs: 500 }),
    ],
    [
      'answering something else',
      'invalid-response',
      () =>
        new HttpTimestampAuthority({
          url: tsa.url,
          fetch: async () => new Response(new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x02])),
        }),
    ],
    ['not configured', 'not-configured', () => NO_TIMESTAMP_AUTHORITY],
  ])(
    'accepts the evidence all the same when the authority is %s, and the item waits',
    async (_name, reason, make) => {
      tsa.setAvailable(false);
      try {
        const c = await caseWithUpload(make());

        expect(await c.ingest()).toMatchObject({ outcome: 'accepted' });

        const events = await c.log.read(c.caseId);
        expect(events.map((e) => e.type)).toEqual([
          'case-opened',
          'upload-requested',
          'evidence-uploaded',
          'evidence-timestamp-failed',
        ]);
        expect(events[3]).toMatchObject({ evidenceId: c.evidenceId, reason });
        const state = await c.log.load(c.caseId);
        expect(state?.evidence.items[0]).toMatchObject({ timestampFailures: 1 });
        expect(state?.evidence.items[0]?.timestampedAt).toBeUndefined();
        expect(c.store.objects.has(evidenceKey(c.caseId, c.evidenceId))).toBe(true);
      } finally {
        tsa.setAvailable(true);
      }
    },
  );

  it('tries again on another delivery of the upload, once the authority is back', async () => {
    const c = await caseWithUpload(new HttpTimestampAuthority({ url: tsa.url }));
    tsa.setAvailable(false);
    await c.ingest().finally(() => tsa.setAvailable(true));

    expect(await c.ingest()).toMatchObject({ outcome: 'duplicate' });

    const state = await c.log.load(c.caseId);
    expect(state?.evidence.items[0]?.timestampedAt).toEqual(expect.any(String));
    expect((await c.log.read(c.caseId)).at(-1)?.type).toBe('evidence-timestamped');
  });

  it('keeps one response when two runs race: the second records the stored one', async () => {
    const c = await caseWithUpload(new HttpTimestampAuthority({ url: tsa.url }));
    const item = { evidenceId: c.evidenceId, sha256: sha256(c.png) };
    const deps = { ...c.deps, authority: new HttpTimestampAuthority({ url: tsa.url }) };

    const [a, b] = await Promise.all([
      timestampEvidence(deps, c.caseId, item),
      timestampEvidence(deps, c.caseId, item),
    ]);

    expect([a.outcome, b.outcome]).toEqual(['timestamped', 'timestamped']);
    const stored = c.store.objects.get(evidenceTimestampKey(c.caseId, c.evidenceId));
    const recorded = (await c.log.read(c.caseId)).filter((e) => e.type === 'evidence-timestamped');
    expect(recorded).toHaveLength(2);
    for (const event of recorded)
      expect(event).toMatchObject({ responseSha256: sha256(stored as Uint8Array) });
  });
});
