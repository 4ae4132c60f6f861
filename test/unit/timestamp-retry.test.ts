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
import { awaitingTimestamp } from '../../shared/domain/evidence-fold.js';
import { newCaseId } from '../../shared/domain/ids.js';
import { HttpTimestampAuthority } from '../../shared/ports/timestamp-authority-http-adapter.js';
import { ingestEvidence } from '../../shared/usecases/ingest-evidence.js';
import { retryPendingTimestamps } from '../../shared/usecases/retry-timestamps.js';
import { makePng } from '../fixtures/make-hostile-corpus.js';
import { capturingLogger, RecordingWorkflow } from '../support/fakes.js';
import { MemoryBlobStore } from '../support/memory-blob-store.js';

let tsa: LocalTimestampAuthority;
beforeAll(async () => {
  tsa = await startLocalTimestampAuthority({ dataDir: mkdtempSync(join(tmpdir(), 'tsa-retry-')) });
});
afterAll(() => tsa?.close());

/** Cases in one bucket: some with a file uploaded while the authority was down. */
async function bucketWithCases(uploads: number[]) {
  const store = new MemoryBlobStore();
  const log = new CaseLog(store);
  const deps = {
    log,
    store,
    workflow: new RecordingWorkflow(),
    logger: capturingLogger(),
    authority: new HttpTimestampAuthority({ url: tsa.url, attempts: 1 }),
  };
  const caseIds: string[] = [];
  tsa.setAvailable(false);
  try {
    for (const count of uploads) {
      const caseId = newCaseId();
      caseIds.push(caseId);
      await log.append({
        type: 'case-opened',
        caseId,
        email: 'victim@example.org',
        locale: 'fr',
        harassmentKinds: [],
        accessTokenHash: '0'.repeat(64),
      });
      for (let i = 0; i < count; i++) {
        const png = makePng();
        const evidenceId = ulid();
        await log.append({
          type: 'upload-requested',
          caseId,
          evidenceId,
          kind: 'screenshot',
          fileName: `capture-${i}.png`,
          contentType: 'image/png',
          size: png.length,
          expiresAt: new Date(Date.now() + 600_000).toISOString(),
        });
        await store.put(evidenceKey(caseId, evidenceId), png, { contentType: 'image/png' });
        const ingested = await ingestEvidence(deps, {
          key: evidenceKey(caseId, evidenceId),
          eventTime: new Date().toISOString(),
        });
        expect(ingested).toMatchObject({ outcome: 'accepted' });
      }
    }
  } finally {
    tsa.setAvailable(true);
  }
  caseIds.sort();
  const waiting = async (caseId: string) => {
    const state = await log.load(caseId);
    return state ? awaitingTimestamp(state.evidence).length : 0;
  };
  const failures = async (caseId: string) =>
    (await log.read(caseId)).filter((e) => e.type === 'evidence-timestamp-failed').length;
  return { store, log, deps, caseIds, waiting, failures };
}

describe('the scheduled retry of pending timestamps', () => {
  it('stops at the first failure while the authority is still down, adding one failure', async () => {
    const b = await bucketWithCases([1, 2, 0]);
    const before = await Promise.all(b.caseIds.map(b.failures));
    const waitingBefore = await Promise.all(b.caseIds.map(b.waiting));
    tsa.setAvailable(false);

    const result = await retryPendingTimestamps(b.deps).finally(() => tsa.setAvailable(true));

    expect(result).toMatchObject({ timestamped: 0, stopped: 'authority-failed' });
    const after = await Promise.all(b.caseIds.map(b.failures));
    const added = after.map((n, i) => n - (before[i] ?? 0));
    expect(added.reduce((sum, n) => sum + n, 0)).toBe(1);
    // Nothing lost, nothing timestamped: every file still waits.
    expect(await Promise.all(b.caseIds.map(b.waiting))).toEqual(waitingBefore);
    expect(waitingBefore.reduce((sum, n) => sum + n, 0)).toBe(3);
  });

  it('timestamps every waiting file of every case once the authority is back', async () => {
    const b = await bucketWithCases([1, 2, 0]);
    expect((await Promise.all(b.caseIds.map(b.waiting))).sort()).toEqual([0, 1, 2]);

    const result = await retryPendingTimestamps(b.deps);

    expect(result).toEqual({ scanned: 3, timestamped: 3, waiting: 0 });
    expect(await Promise.all(b.caseIds.map(b.waiting))).toEqual([0, 0, 0]);
    const responses = [...b.store.objects.keys()].filter((key) => key.endsWith('.tsr'));
    expect(responses).toHaveLength(3);
    for (const caseId of b.caseIds) {
      const state = await b.log.load(caseId);
      for (const item of state?.evidence.items ?? []) {
        expect(item.timestampedAt).toEqual(expect.any(String));
        expect(b.store.objects.has(evidenceTimestampKey(caseId, item.evidenceId))).toBe(true);
      }
    }
    // A second run finds nothing to do and records nothing.
    const events = await Promise.all(b.caseIds.map((id) => b.log.read(id)));
    expect(await retryPendingTimestamps(b.deps)).toEqual({
      scanned: 3,
      timestamped: 0,
      waiting: 0,
    });
    expect(await Promise.all(b.caseIds.map((id) => b.log.read(id)))).toEqual(events);
  });

  it('ends a run when its time is up, leaving the rest to the next', async () => {
    const b = await bucketWithCases([1, 1]);
    let asked = 0;

    const result = await retryPendingTimestamps(b.deps, { timeIsUp: () => asked++ >= 1 });

    expect(result).toEqual({ scanned: 1, timestamped: 1, waiting: 0, stopped: 'time-is-up' });
    expect(await retryPendingTimestamps(b.deps)).toMatchObject({ timestamped: 1, waiting: 0 });
  });

  it('goes on past a file whose stored response is unreadable', async () => {
    const b = await bucketWithCases([1, 1]);
    const [first, second] = b.caseIds as [string, string];
    const stuck = (await b.log.load(first))?.evidence.items[0]?.evidenceId as string;
    await b.store.put(evidenceTimestampKey(first, stuck), Uint8Array.of(0x30, 0x00));

    const result = await retryPendingTimestamps(b.deps);

    expect(result).toEqual({ scanned: 2, timestamped: 1, waiting: 1 });
    expect([await b.waiting(first), await b.waiting(second)]).toEqual([1, 0]);
  });
});
