import { casePrefix, ERASED_CASES_PREFIX, erasedCaseKey } from './bucket-keys.js';
import { isCaseId } from './domain/ids.js';
import type { Logger } from './logger.js';
import type { BlobStore } from './ports/blob-store.js';

/** A task of a stopped execution may still land a write: list again until nothing is left. */
const MAX_SWEEPS = 5;

const DAY_MS = 24 * 3600 * 1000;

/**
 * Leaves the tombstone of an erased case, before its objects are swept: a writer still
 * running checks it after writing, so whichever finishes last, nothing of the case stays.
 * It holds the time of the erase, nothing else: the key is the random id alone.
 */
export async function markCaseErased(
  store: BlobStore,
  caseId: string,
  now: Date = new Date(),
): Promise<void> {
  await store.put(erasedCaseKey(caseId), JSON.stringify({ erasedAt: now.toISOString() }), {
    contentType: 'application/json',
  });
}

/**
 * Deletes every object under the case, every version and delete marker included (the
 * bucket is versioned on AWS). Resolves once a listing finds nothing left, with the
 * number of objects (or versions) it deleted.
 */
export async function sweepCase(store: BlobStore, caseId: string): Promise<number> {
  const prefix = casePrefix(caseId);
  let deleted = 0;
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    const versions = await store.listVersions(prefix);
    if (versions) {
      if (versions.length === 0) return deleted;
      await store.deleteVersions(versions);
      deleted += versions.length;
    } else {
      const keys = await store.list(prefix);
      if (keys.length === 0) return deleted;
      await store.delete(keys);
      deleted += keys.length;
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

export interface ErasedCasesSweepOptions {
  readonly now: Date;
  /**
   * Removes the tombstones older than this. On AWS the bucket's lifecycle rule does it
   * (`infra/case-bucket.ts`, `ERASE_TOMBSTONE_DAYS`); the local S3 has no lifecycle.
   * @default undefined: tombstones are left to the lifecycle rule
   */
  readonly expireAfterDays?: number;
}

/**
 * The daily pass over the tombstones: sweeps each erased case again, so that whatever a
 * writer still landed after the erase and its own check is gone by the next day, then
 * removes the tombstones past their time where asked. A tombstone with no readable time
 * (written before it held one) starts its time now.
 */
export async function sweepErasedCases(
  deps: { readonly store: BlobStore; readonly logger: Logger },
  options: ErasedCasesSweepOptions,
): Promise<{ readonly swept: number; readonly expired: number }> {
  const { store, logger } = deps;
  let swept = 0;
  let expired = 0;
  for (const key of await store.list(ERASED_CASES_PREFIX)) {
    const caseId = key.slice(ERASED_CASES_PREFIX.length);
    if (!isCaseId(caseId)) continue;
    const left = await sweepCase(store, caseId);
    if (left > 0) {
      swept++;
      logger.warn('objects of an erased case swept again', { caseId, code: 'erase-leftover' });
    }
    const body = options.expireAfterDays === undefined ? undefined : await store.get(key);
    if (options.expireAfterDays === undefined || body === undefined) continue;
    const erasedAt = erasedAtOf(body);
    if (erasedAt === undefined) {
      await markCaseErased(store, caseId, options.now);
    } else if (options.now.getTime() - erasedAt >= options.expireAfterDays * DAY_MS) {
      await store.delete([key]);
      expired++;
    }
  }
  return { swept, expired };
}

function erasedAtOf(body: Uint8Array): number | undefined {
  try {
    const { erasedAt } = JSON.parse(new TextDecoder().decode(body)) as { erasedAt?: unknown };
    const at = typeof erasedAt === 'string' ? Date.parse(erasedAt) : Number.NaN;
    return Number.isNaN(at) ? undefined : at;
  } catch {
    return undefined;
  }
}
