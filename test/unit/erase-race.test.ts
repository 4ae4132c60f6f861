import { describe, expect, it } from 'vitest';
import { erasedCaseKey } from '../../shared/bucket-keys.js';
import { CaseLog } from '../../shared/case-log.js';
import type { BlobStore } from '../../shared/ports/blob-store.js';
import type { TimestampAuthority } from '../../shared/ports/timestamp-authority.js';
import { compileCaseDossier } from '../../shared/usecases/compile-case-dossier.js';
import { eraseCase } from '../../shared/usecases/erase-case.js';
import { timestampEvidence } from '../../shared/usecases/timestamp-evidence.js';
import { apiHarness } from '../support/api-harness.js';
import { capturingLogger, RecordingWorkflow } from '../support/fakes.js';
import type { MemoryBlobStore } from '../support/memory-blob-store.js';

/** Every stored key that names the case, but for its tombstone (nothing personal). */
const leftOf = (store: MemoryBlobStore, caseId: string) =>
  [...store.objects.keys()].filter((key) => key.includes(caseId) && key !== erasedCaseKey(caseId));

function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

async function openedCase() {
  const h = apiHarness();
  const { caseId } = await h.openCase();
  const erase = async () => {
    // A log of its own, as the API's instance erasing while the compiler runs elsewhere.
    const log = new CaseLog(h.store);
    const state = await log.load(caseId);
    await eraseCase(
      { log, store: h.store, workflow: new RecordingWorkflow(), logger: capturingLogger() },
      state as never,
    );
  };
  return { h, caseId, erase };
}

describe('erasing a case while a late writer still runs', () => {
  it('leaves nothing of the case when the dossier compiler writes after the erase swept', async () => {
    // Prepare: a compiler that has read the case, held back just before claiming its
    // version until the erase has swept (as a Lambda whose execution was stopped).
    const { h, caseId, erase } = await openedCase();
    const claiming = deferred();
    const erased = deferred();
    const store = new Proxy(h.store, {
      get(target, name, receiver) {
        if (name !== 'putIfAbsent') return Reflect.get(target, name, receiver);
        return async (key: string, body: string | Uint8Array) => {
          if (key.includes('/dossiers/')) {
            claiming.resolve();
            await erased.promise;
          }
          return target.putIfAbsent(key, body);
        };
      },
    }) as BlobStore;
    const compiling = compileCaseDossier(
      { store, log: new CaseLog(store), logger: capturingLogger() },
      { caseId, purpose: 'complaint' },
    );

    // Act: the erase runs to its end, then the compiler claims, writes its files and events.
    await claiming.promise;
    await erase();
    expect(leftOf(h.store, caseId)).toEqual([]);
    erased.resolve();
    const compiled = await compiling;

    // Assess: the compiler found the tombstone after writing, and swept the case again.
    expect(leftOf(h.store, caseId)).toEqual([]);
    expect(compiled).toEqual({ version: null, reason: 'case-gone' });
  });

  it('leaves nothing of the case when a timestamp lands after the erase swept', async () => {
    // Prepare: an authority that answers only once the case is erased (the daily retry,
    // or the ingestion of an upload, asked it just before).
    const { h, caseId, erase } = await openedCase();
    const authority: TimestampAuthority = {
      async timestamp() {
        await erase();
        return {
          response: new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x00]),
          genTime: '2026-12-01T20:00:00Z',
          serialNumber: '1',
          policy: '1.2.3',
        };
      },
      async chainPem() {
        return undefined;
      },
    };

    // Act
    const outcome = await timestampEvidence(
      { store: h.store, log: new CaseLog(h.store), authority, logger: capturingLogger() },
      caseId,
      { evidenceId: '01JB0000000000000000000009', sha256: 'a'.repeat(64) },
    );

    // Assess: the response and its event were written after the sweep, then swept too.
    expect(outcome.outcome).toBe('timestamped');
    expect(leftOf(h.store, caseId)).toEqual([]);
  });
});
