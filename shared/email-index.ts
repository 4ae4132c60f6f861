import { emailIndexKey, emailIndexPrefix } from './bucket-keys.js';
import type { BlobStore } from './ports/blob-store.js';

/**
 * Finds cases by their owner's address for the "lost link" form, without putting the
 * address in a key: one empty object per case at
 * `cases/by-email/{sha256 of the trimmed, lower-cased address}/{caseId}` (see
 * `emailIndexKey`). Written when a case opens, deleted (every version) when it is erased.
 */

export async function indexCaseEmail(store: BlobStore, email: string, caseId: string) {
  await store.put(emailIndexKey(email, caseId), '');
}

/** Case ids opened with this address (at most a few). */
export async function casesByEmail(store: BlobStore, email: string): Promise<string[]> {
  const prefix = emailIndexPrefix(email);
  return (await store.list(prefix)).map((key) => key.slice(prefix.length)).slice(0, 10);
}

/** How many cases this address has (each erase removes its entry). */
export async function caseCountByEmail(store: BlobStore, email: string): Promise<number> {
  return (await store.list(emailIndexPrefix(email))).length;
}

export async function unindexCaseEmail(store: BlobStore, email: string, caseId: string) {
  const key = emailIndexKey(email, caseId);
  const versions = await store.listVersions(key);
  if (versions) {
    const exact = versions.filter((v) => v.key === key);
    if (exact.length) await store.deleteVersions(exact);
  } else {
    await store.delete([key]);
  }
}
