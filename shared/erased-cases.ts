import { casePrefix, erasedCaseKey } from './bucket-keys.js';
import type { BlobStore } from './ports/blob-store.js';

/** A task of a stopped execution may still land a write: list again until nothing is left. */
const MAX_SWEEPS = 5;

/**
 * Leaves the tombstone of an erased case, before its objects are swept: a writer still
 * running checks it after writing, so whichever finishes last, nothing of the case stays.
 */
export async function markCaseErased(store: BlobStore, caseId: string): Promise<void> {
  await store.put(erasedCaseKey(caseId), '');
}

/**
 * Deletes every object under the case, every version and delete marker included (the
 * bucket is versioned on AWS). Resolves once a listing finds nothing left.
 */
export async function sweepCase(store: BlobStore, caseId: string): Promise<void> {
  const prefix = casePrefix(caseId);
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    const versions = await store.listVersions(prefix);
    if (versions) {
      if (versions.length === 0) return;
      await store.deleteVersions(versions);
    } else {
      const keys = await store.list(prefix);
      if (keys.length === 0) return;
      await store.delete(keys);
    }
  }
  throw new Error('objects kept appearing while erasing the case');
}

/** Whether the case's tombstone is there: an erase has begun, or is done. */
export async function isCaseErased(store: BlobStore, caseId: string): Promise<boolean> {
  return (await store.get(erasedCaseKey(caseId))) !== undefined;
}

/**
 * For a writer that may outlive an erase (its execution stopped, its Lambda still
 * running): called after its last write, sweeps the case again if it was erased meanwhile
 * and says so. Checking after writing closes the race whichever of the two ends first:
 * either the erase's sweep comes after these writes, or this check sees its tombstone.
 */
export async function sweepIfErased(store: BlobStore, caseId: string): Promise<boolean> {
  if (!(await isCaseErased(store, caseId))) return false;
  await sweepCase(store, caseId);
  return true;
}
