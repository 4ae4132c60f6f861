import { monotonicFactory } from 'ulid';
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
import type { BlobStore } from './ports/blob-store.js';

/** How many event objects are fetched at once when a case is read. */
const READ_CONCURRENCY = 16;
/** Snapshots kept in memory, for the cases this instance served last. */
const REMEMBERED_SNAPSHOTS = 200;

/** Every object of a case lives under this prefix. */
export function casePrefix(caseId: string): string {
  return `cases/${caseId}/`;
}

export function caseEventsPrefix(caseId: string): string {
  return `${casePrefix(caseId)}events/`;
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
    await this.store.put(
      `${caseEventsPrefix(stored.caseId)}${stored.id}.json`,
      JSON.stringify(stored),
      { contentType: 'application/json' },
    );
    return stored;
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
   */
  async load(caseId: string): Promise<CaseState | undefined> {
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
    if (this.snapshots.size > REMEMBERED_SNAPSHOTS) {
      const oldest = this.snapshots.keys().next().value;
      if (oldest !== undefined) this.snapshots.delete(oldest);
    }
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
