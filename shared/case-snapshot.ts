import * as z from 'zod';
import { snapshotKey } from './bucket-keys.js';
import type { CaseState } from './domain/fold.js';
import type { BlobStore } from './ports/blob-store.js';

/**
 * Bump when `fold` changes what it builds: snapshots of another version are ignored and
 * rebuilt, since any snapshot is only a cache of the event log.
 */
export const FOLD_VERSION = 10;

/**
 * Events younger than this are never folded into a snapshot: a write that started
 * earlier may still land with a smaller key, and must not fall behind the watermark.
 */
export const SNAPSHOT_SAFETY_MARGIN_MS = 60_000;

/** A snapshot is rewritten once this many settled events follow its watermark. */
export const SNAPSHOT_EVERY = 20;

const StoredSnapshot = z.object({
  foldVersion: z.literal(FOLD_VERSION),
  /** Key of the last event folded in. */
  watermarkKey: z.string(),
  state: z.custom<CaseState>((value) => typeof value === 'object' && value !== null),
});
export type StoredSnapshot = z.infer<typeof StoredSnapshot>;

/** The case's snapshot, or `undefined` when there is none or it is of another fold version. */
export async function readSnapshot(
  store: BlobStore,
  caseId: string,
): Promise<StoredSnapshot | undefined> {
  const body = await store.get(snapshotKey(caseId));
  if (!body) return undefined;
  try {
    const parsed = StoredSnapshot.safeParse(JSON.parse(new TextDecoder().decode(body)));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export async function writeSnapshot(
  store: BlobStore,
  caseId: string,
  snapshot: StoredSnapshot,
): Promise<void> {
  await store.put(snapshotKey(caseId), JSON.stringify(snapshot), {
    contentType: 'application/json',
  });
}
