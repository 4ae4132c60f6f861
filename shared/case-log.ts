import { monotonicFactory } from 'ulid';
import { CaseEvent, type NewCaseEvent } from './domain/events.js';
import { type CaseState, fold } from './domain/fold.js';
import type { BlobStore } from './ports/blob-store.js';

/** How many event objects are fetched at once when a case is read. */
const READ_CONCURRENCY = 16;

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

  async read(caseId: string): Promise<CaseEvent[]> {
    const keys = await this.store.list(caseEventsPrefix(caseId));
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

  async load(caseId: string): Promise<CaseState | undefined> {
    return fold(await this.read(caseId));
  }
}
