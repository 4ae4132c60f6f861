import { describe, expect, it } from 'vitest';
import { snapshotKey } from '../../shared/bucket-keys.js';
import { CaseLog } from '../../shared/case-log.js';
import { readSnapshot } from '../../shared/case-snapshot.js';
import type { NewCaseEvent } from '../../shared/domain/events.js';
import { fold } from '../../shared/domain/fold.js';
import { MemoryBlobStore } from '../support/memory-blob-store.js';

const caseId = '0123456789ABCDEFGHJKMNPQRS';

/** A store that counts what a read costs. */
class CountingStore extends MemoryBlobStore {
  gets = 0;
  lists: { prefix: string; startAfter?: string }[] = [];
  override async get(key: string) {
    this.gets++;
    return super.get(key);
  }
  override async list(prefix: string, options: { startAfter?: string } = {}) {
    this.lists.push({ prefix, startAfter: options.startAfter });
    return super.list(prefix, options);
  }
}

function setup() {
  const store = new CountingStore();
  let clock = Date.parse('2026-11-01T10:00:00Z');
  const log = new CaseLog(store, () => new Date(clock));
  const tick = (ms: number) => {
    clock += ms;
  };
  const opened: NewCaseEvent = {
    type: 'case-opened',
    caseId,
    email: 'victim@example.org',
    locale: 'fr',
    harassmentKinds: [],
    accessTokenHash: 'a'.repeat(64),
  };
  const fact = (i: number): NewCaseEvent => ({
    type: 'fact-recorded',
    caseId,
    factId: `01JB${String(i).padStart(22, '0')}`,
    occurredAt: '2026-10-01T10:00:00.000Z',
    description: `fait ${i}`,
    evidenceIds: [],
  });
  return { store, log, tick, opened, fact };
}

describe('CaseLog.load with snapshots', () => {
  it('gives the same state as folding the whole log, before and after snapshots', async () => {
    const s = setup();
    await s.log.append(s.opened);
    for (let i = 0; i < 75; i++) {
      await s.log.append(s.fact(i));
      s.tick(5_000);
      if (i % 10 === 0) expect(await s.log.load(caseId)).toEqual(fold(await s.log.read(caseId)));
    }
    s.tick(120_000);

    expect(await s.log.load(caseId)).toEqual(fold(await s.log.read(caseId)));
    expect(await readSnapshot(s.store, caseId)).toBeDefined();
  });

  it('reads only the events after the watermark once a snapshot exists', async () => {
    const s = setup();
    await s.log.append(s.opened);
    for (let i = 0; i < 100; i++) await s.log.append(s.fact(i));
    s.tick(120_000);
    await s.log.load(caseId); // writes the snapshot
    await s.log.append(s.fact(100));
    s.store.gets = 0;
    s.store.lists = [];

    const state = await s.log.load(caseId);

    expect(state?.evidence.facts).toHaveLength(101);
    expect(s.store.gets).toBe(1); // the new event; the snapshot is in memory
    expect(s.store.lists).toHaveLength(1);
    expect(s.store.lists[0]?.startAfter).toMatch(new RegExp(`^cases/${caseId}/events/`));
  });

  it('never folds events younger than the safety margin into a snapshot', async () => {
    const s = setup();
    await s.log.append(s.opened);
    for (let i = 0; i < 30; i++) await s.log.append(s.fact(i));
    s.tick(120_000);
    for (let i = 30; i < 40; i++) await s.log.append(s.fact(i)); // young

    await s.log.load(caseId);

    const snapshot = await readSnapshot(s.store, caseId);
    expect(snapshot?.state.evidence.facts).toHaveLength(30);
  });

  it('keeps the snapshot in memory: one listing per read, and notices an erase', async () => {
    const s = setup();
    await s.log.append(s.opened);
    for (let i = 0; i < 30; i++) await s.log.append(s.fact(i));
    s.tick(120_000);
    await s.log.load(caseId);
    s.store.gets = 0;
    s.store.lists = [];

    const again = await s.log.load(caseId);
    await s.store.delete(await s.store.list(`cases/${caseId}/`));
    const erased = await s.log.load(caseId);

    expect(again?.evidence.facts).toHaveLength(30);
    expect(s.store.lists[0]).toBeDefined();
    expect(erased).toBeUndefined();
  });

  it('reads a remembered case with a single listing and no object', async () => {
    const s = setup();
    await s.log.append(s.opened);
    for (let i = 0; i < 30; i++) await s.log.append(s.fact(i));
    s.tick(120_000);
    await s.log.load(caseId);
    s.store.gets = 0;
    s.store.lists = [];

    await s.log.load(caseId);

    expect(s.store.gets).toBe(0);
    expect(s.store.lists).toHaveLength(1);
  });

  it('ignores a snapshot of another fold version', async () => {
    const s = setup();
    await s.log.append(s.opened);
    await s.store.put(
      snapshotKey(caseId),
      JSON.stringify({ foldVersion: 0, watermarkKey: 'cases/zzz', state: { caseId: 'forged' } }),
    );

    const state = await s.log.load(caseId);

    expect(state?.caseId).toBe(caseId);
    expect(state?.email).toBe('victim@example.org');
  });
});

describe('CaseLog.load with a bounded staleness', () => {
  it('answers from memory within the bound, then sees what another instance wrote', async () => {
    // Prepare
    const s = setup();
    await s.log.append(s.opened);
    const elsewhere = new CaseLog(s.store);
    await s.log.load(caseId, { maxStalenessMs: 1000 });
    const listsBefore = s.store.lists.length;

    // Act
    await elsewhere.append(s.fact(1));
    const within = await s.log.load(caseId, { maxStalenessMs: 1000 });
    s.tick(1001);
    const after = await s.log.load(caseId, { maxStalenessMs: 1000 });

    // Assess
    expect(within?.evidence.facts).toHaveLength(0);
    expect(after?.evidence.facts).toHaveLength(1);
    expect(s.store.lists.length).toBe(listsBefore + 1);
  });

  it("shows this instance's own writes at once", async () => {
    const s = setup();
    await s.log.append(s.opened);
    await s.log.load(caseId, { maxStalenessMs: 60_000 });

    await s.log.append(s.fact(1));

    expect((await s.log.load(caseId, { maxStalenessMs: 60_000 }))?.evidence.facts).toHaveLength(1);
  });

  it('does not keep a read that an append overtook', async () => {
    // Prepare: a store whose listing waits until an append has landed.
    const s = setup();
    await s.log.append(s.opened);
    let releaseList = () => {};
    const listHeld = new Promise<void>((resolve) => {
      releaseList = resolve;
    });
    const list = s.store.list.bind(s.store);
    s.store.list = async (prefix, options) => {
      const keys = await list(prefix, options);
      await listHeld;
      return keys;
    };

    // Act
    const slowView = s.log.load(caseId, { maxStalenessMs: 60_000 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    await s.log.append(s.fact(1));
    releaseList();
    await slowView;
    s.store.list = list;

    // Assess
    expect((await s.log.load(caseId, { maxStalenessMs: 60_000 }))?.evidence.facts).toHaveLength(1);
  });

  it('shares one read of the log among concurrent views, never with a strict read', async () => {
    const s = setup();
    await s.log.append(s.opened);
    const listsBefore = s.store.lists.length;

    const views = await Promise.all(
      Array.from({ length: 10 }, () => s.log.load(caseId, { maxStalenessMs: 1000 })),
    );
    await s.log.load(caseId);

    expect(new Set(views).size).toBe(1);
    expect(s.store.lists.length - listsBefore).toBe(2);
  });

  it('forgets an erased case', async () => {
    const s = setup();
    await s.log.append(s.opened);
    await s.log.load(caseId, { maxStalenessMs: 60_000 });
    await s.store.delete(await s.store.list(`cases/${caseId}/`));

    s.log.forget(caseId);

    expect(await s.log.load(caseId, { maxStalenessMs: 60_000 })).toBeUndefined();
  });
});
