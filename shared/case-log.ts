import { monotonicFactory } from 'ulid';
import { CASES_PREFIX, caseEventKey, caseEventsPrefix } from './bucket-keys.js';
import {
  FOLD_VERSION,
  readSnapshot,
  SNAPSHOT_EVERY,
  SNAPSHOT_SAFETY_MARGIN_MS,
  type StoredSnapshot,
  writeSnapshot,
} from './case-snapshot.js';
import { CaseEvent, type NewCaseEvent } from './domain/events.js';
import { apply, type CaseState } from './domain/fold.js';
import { isCaseId } from './domain/ids.js';
import type { BlobStore } from './ports/blob-store.js';

/** How many event objects are fetched at once when a case is read. */
const READ_CONCURRENCY = 16;
/** Snapshots and states kept in memory, for the cases this instance served last. */
const REMEMBERED_CASES = 200;

export interface LoadOptions {
  /**
   * Accept the state this instance last read if it was checked against the log at most
   * this long ago. Writes through this instance always show at once; writes by others
   * (ingest, the workflow, another instance) show within this bound.
   * @default 0 (always check the log)
   */
  readonly maxStalenessMs?: number;
}

interface RecentState {
  readonly state: CaseState | undefined;
  /** When the read that built it started: everything written before is in it. */
  readonly checkedAt: number;
}

/**
 * The ids of the cases in the store, in id order. Other folders under `cases/`, such as
 * the address index, are not cases.
 */
export async function storedCaseIds(store: BlobStore): Promise<string[]> {
  return (await store.listFolders(CASES_PREFIX)).filter(isCaseId);
}

/**
 * The append-only event log of each case: one JSON object per event at
 * `cases/{caseId}/events/{ulid}.json`. Appends never read, so concurrent writers never
 * lose each other's events.
 */
export class CaseLog {
  private readonly nextId = monotonicFactory();
  /** Snapshots read or written by this instance, most recent last. */
  private readonly snapshots = new Map<string, StoredSnapshot>();
  /** The last state read per case, for reads that accept a bounded staleness. */
  private readonly recent = new Map<string, RecentState>();
  /** Reads under way per case, shared by the callers that accept staleness. */
  private readonly reading = new Map<string, Promise<CaseState | undefined>>();
  /** Bumped by each append through this instance: a read started before is not kept. */
  private appends = 0;

  constructor(
    private readonly store: BlobStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async append(event: NewCaseEvent): Promise<CaseEvent> {
    const at = this.now();
    const stored = CaseEvent.parse({
      ...event,
      id: this.nextId(at.getTime()),
      at: at.toISOString(),
    });
    await this.store.put(caseEventKey(stored.caseId, stored.id), JSON.stringify(stored), {
      contentType: 'application/json',
    });
    this.appends++;
    this.recent.delete(stored.caseId);
    this.reading.delete(stored.caseId);
    return stored;
  }

  /** Drops what this instance remembers of a case, e.g. once it is erased. */
  forget(caseId: string): void {
    this.recent.delete(caseId);
    this.snapshots.delete(caseId);
  }

  /** Every event of the case, in key (id) order. */
  async read(caseId: string): Promise<CaseEvent[]> {
    return this.fetchEvents(await this.store.list(caseEventsPrefix(caseId)));
  }

  /**
   * The case as its log tells it. Starts from the snapshot (kept in memory once read),
   * then reads only the events after its watermark, so a case costs a few requests
   * whether it has 10 events or 1,000; folds settled events into a new snapshot as they
   * accumulate. Same result as `fold(read())`.
   *
   * With `maxStalenessMs`, answers from memory while this instance's last read is recent
   * enough: for views polled often, never for decisions.
   */
  async load(caseId: string, options: LoadOptions = {}): Promise<CaseState | undefined> {
    const maxStalenessMs = options.maxStalenessMs ?? 0;
    if (maxStalenessMs <= 0) return this.check(caseId);
    const recent = this.recentRead(caseId, maxStalenessMs);
    if (recent) return recent.state;
    // Concurrent views of one case share one read of the log.
    const under = this.reading.get(caseId);
    if (under) return under;
    const read = this.check(caseId).finally(() => {
      if (this.reading.get(caseId) === read) this.reading.delete(caseId);
    });
    this.reading.set(caseId, read);
    return read;
  }

  /**
   * The case as this instance last read it, without waiting, when that read is at most
   * `maxStalenessMs` old and found the case; otherwise `undefined` (then `load` it). The
   * same bound as `load`'s: writes through this instance and an erase drop it at once.
   */
  recentState(caseId: string, maxStalenessMs: number): CaseState | undefined {
    return this.recentRead(caseId, maxStalenessMs)?.state;
  }

  private recentRead(caseId: string, maxStalenessMs: number): RecentState | undefined {
    const recent = this.recent.get(caseId);
    if (recent && this.now().getTime() - recent.checkedAt <= maxStalenessMs) return recent;
    return undefined;
  }

  private async check(caseId: string): Promise<CaseState | undefined> {
    const startedAt = this.now().getTime();
    const appendsBefore = this.appends;
    const state = await this.readLog(caseId);
    // A read overtaken by an append here may have missed it: keeping it would hide the write.
    if (this.appends === appendsBefore) {
      this.recent.delete(caseId);
      this.recent.set(caseId, { state, checkedAt: startedAt });
      evictOldest(this.recent);
    }
    return state;
  }

  private async readLog(caseId: string): Promise<CaseState | undefined> {
    const prefix = caseEventsPrefix(caseId);
    const remembered = this.snapshots.get(caseId);
    if (remembered) {
      // Listed from the watermark's own key: if that event is gone, the case was erased.
      const keys = await this.store.list(prefix, {
        startAfter: remembered.watermarkKey.slice(0, -1),
      });
      if (keys[0] === remembered.watermarkKey)
        return this.foldFrom(caseId, remembered, keys.slice(1));
      this.snapshots.delete(caseId);
    }
    const snapshot = await readSnapshot(this.store, caseId);
    const keys = await this.store.list(prefix, { startAfter: snapshot?.watermarkKey });
    return this.foldFrom(caseId, snapshot, keys);
  }

  private async foldFrom(
    caseId: string,
    snapshot: StoredSnapshot | undefined,
    keys: readonly string[],
  ): Promise<CaseState | undefined> {
    const events = await this.fetchEvents(keys);
    let state = snapshot?.state;
    for (const event of events) state = apply(state, event);
    const latest = (await this.maybeSnapshot(caseId, snapshot?.state, events, keys)) ?? snapshot;
    if (latest) this.remember(caseId, latest);
    return state;
  }

  private remember(caseId: string, snapshot: StoredSnapshot): void {
    this.snapshots.delete(caseId);
    this.snapshots.set(caseId, snapshot);
    evictOldest(this.snapshots);
  }

  private async maybeSnapshot(
    caseId: string,
    base: CaseState | undefined,
    events: readonly CaseEvent[],
    keys: readonly string[],
  ): Promise<StoredSnapshot | undefined> {
    const settledBefore = this.now().getTime() - SNAPSHOT_SAFETY_MARGIN_MS;
    let settled = 0;
    while (settled < events.length && Date.parse((events[settled] as CaseEvent).at) < settledBefore)
      settled++;
    if (settled < SNAPSHOT_EVERY) return undefined;
    let state = base;
    for (const event of events.slice(0, settled)) state = apply(state, event);
    if (!state) return undefined;
    // Any snapshot is valid for its watermark: a concurrent, older one costs reads, not data.
    const snapshot = {
      foldVersion: FOLD_VERSION,
      watermarkKey: keys[settled - 1] as string,
      state,
    } as const;
    await writeSnapshot(this.store, caseId, snapshot);
    return snapshot;
  }

  private async fetchEvents(keys: readonly string[]): Promise<CaseEvent[]> {
    const events: CaseEvent[] = new Array(keys.length);
    let next = 0;
    const worker = async () => {
      while (next < keys.length) {
        const index = next++;
        const key = keys[index] as string;
        const body = await this.store.get(key);
        if (!body) throw new Error(`event ${key} vanished while reading`);
        events[index] = CaseEvent.parse(JSON.parse(new TextDecoder().decode(body)));
      }
    };
    await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, keys.length) }, worker));
    return events;
  }
}

/** Keeps a map, in insertion order, to the cases served last. */
function evictOldest(map: Map<string, unknown>): void {
  if (map.size <= REMEMBERED_CASES) return;
  const oldest = map.keys().next().value;
  if (oldest !== undefined) map.delete(oldest);
}
