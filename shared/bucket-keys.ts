import { ID_PATTERN, isCaseId } from './domain/ids.js';
import { sha256Hex } from './domain/sign-in.js';

/**
 * The map of the case bucket. Every key the app reads or writes is made here, and the
 * stack (IAM grants, the evidence upload rule) scopes itself with the same patterns:
 *
 *   cases/{caseId}/events/{ulid}.json               the case's event log, append-only
 *   cases/{caseId}/snapshot.json                    a cache of the fold and its watermark
 *   cases/{caseId}/evidence/{evidenceId}            a file as the browser posted it
 *   cases/{caseId}/timestamps/{evidenceId}.tsr      its RFC 3161 timestamp response
 *   cases/{caseId}/dossiers/{version}/claim         empty: its first writer owns the version
 *   cases/{caseId}/dossiers/{version}/dossier.pdf   and dossier.zip
 *   cases/by-email/{sha256 of the address}/{caseId} empty: the "lost link" index
 *   cases/retention-sweep.json                      where a sweep that ran out of time stopped
 *   cases/address-mail/{sha256}/stopped             the address asked for no more mail
 *   cases/address-mail/{sha256}/welcomes/{ulid}     empty: one welcome mail sent to it
 *   cases/address-mail/{sha256}/witness-links/{ulid} empty: one witness link mailed to it
 *   cases/address-mail/lifts/{sha256 of a token}    a pending "mail me again" confirmation
 *   cases/erased/{caseId}                           empty: the case was erased (a tombstone)
 *
 * Everything sits under one prefix, so one pattern scopes every grant. Case, event and
 * evidence ids are ULIDs: fixed length, so listing order is id order even where an
 * emulator walks folders.
 */
export const CASES_PREFIX = 'cases/';

/** Every object the app stores, as an IAM resource (`arnForObjects`) or `s3:prefix` pattern. */
export const ALL_CASE_OBJECTS = `${CASES_PREFIX}*`;

/** Every object of a case lives under this prefix: erasing a case deletes it whole. */
export function casePrefix(caseId: string): string {
  return `${CASES_PREFIX}${caseId}/`;
}

export function caseEventsPrefix(caseId: string): string {
  return `${casePrefix(caseId)}events/`;
}

export function caseEventKey(caseId: string, eventId: string): string {
  return `${caseEventsPrefix(caseId)}${eventId}.json`;
}

export function snapshotKey(caseId: string): string {
  return `${casePrefix(caseId)}snapshot.json`;
}

/** Evidence keys as an EventBridge wildcard (`*` matches any run, `/` included). */
export const EVIDENCE_KEY_WILDCARD = `${CASES_PREFIX}*/evidence/*`;

export function evidenceKey(caseId: string, evidenceId: string): string {
  return `${casePrefix(caseId)}evidence/${evidenceId}`;
}

export type ParsedEvidenceKey =
  /** Not an evidence key (an event, a dossier, another folder): not ours to ingest. */
  | { readonly kind: 'other' }
  /** Under `cases/{caseId}/evidence/` but not a key we could have issued. */
  | { readonly kind: 'malformed'; readonly caseId?: string }
  | { readonly kind: 'evidence'; readonly caseId: string; readonly evidenceId: string };

const EVIDENCE_KEY = new RegExp(`^${CASES_PREFIX}([^/]*)/evidence/(.*)$`, 's');

/** Tells evidence keys (`cases/{caseId}/evidence/{evidenceId}`) from every other key. */
export function parseEvidenceKey(key: string): ParsedEvidenceKey {
  const match = EVIDENCE_KEY.exec(key);
  if (!match) return { kind: 'other' };
  const [, caseId = '', evidenceId = ''] = match;
  if (!isCaseId(caseId)) return { kind: 'malformed' };
  if (!ID_PATTERN.test(evidenceId)) return { kind: 'malformed', caseId };
  return { kind: 'evidence', caseId, evidenceId };
}

/**
 * The timestamp response of an evidence file: beside it in the case, outside `evidence/`
 * (whatever is written there is ingested as an upload).
 */
export function evidenceTimestampKey(caseId: string, evidenceId: string): string {
  return `${casePrefix(caseId)}timestamps/${evidenceId}.tsr`;
}

/** The files of one dossier version. */
export const DOSSIER_FILES = ['dossier.pdf', 'dossier.zip'] as const;
export type DossierFileName = (typeof DOSSIER_FILES)[number];

function dossierVersionPrefix(caseId: string, version: number): string {
  return `${casePrefix(caseId)}dossiers/${version}/`;
}

export function dossierKey(caseId: string, version: number, name: DossierFileName): string {
  return `${dossierVersionPrefix(caseId, version)}${name}`;
}

/** An empty object whose first writer owns the version (see `claimDossierVersion`). */
export function dossierClaimKey(caseId: string, version: number): string {
  return `${dossierVersionPrefix(caseId, version)}claim`;
}

/**
 * The address index: one empty object per case, named by the hash of the trimmed,
 * lower-cased address, never the address itself. Not a case folder (see `isCaseId`).
 */
export function emailIndexPrefix(email: string): string {
  return emailIndexPrefixOf(addressHash(email));
}

/** The address index's folder for an address known only by its hash (`addressHash`). */
export function emailIndexPrefixOf(hash: string): string {
  return `${CASES_PREFIX}by-email/${hash}/`;
}

/** What names an address in keys and records: the hash of the trimmed, lower-cased address. */
export function addressHash(email: string): string {
  return sha256Hex(email.trim().toLowerCase());
}

export function emailIndexKey(email: string, caseId: string): string {
  return `${emailIndexPrefix(email)}${caseId}`;
}

/**
 * Where a retention sweep that ran out of time stopped. Under `cases/`, so the sweep's
 * grants on case data cover it; an object, not a folder, so it is never taken for a case.
 */
export const SWEEP_CURSOR_KEY = `${CASES_PREFIX}retention-sweep.json`;

/**
 * What the service knows of an address's mail, by the hash of the trimmed, lower-cased
 * address: its stop and the welcome mails sent to it. Kept when its cases are erased (as
 * SES keeps its suppression list), so erasing frees neither. Not a case folder.
 */
export function addressMailPrefix(email: string): string {
  return `${CASES_PREFIX}address-mail/${addressHash(email)}/`;
}

export function addressStopKey(email: string): string {
  return `${addressMailPrefix(email)}stopped`;
}

export function addressWelcomesPrefix(email: string): string {
  return `${addressMailPrefix(email)}welcomes/`;
}

/** One empty object per witness link mailed to the address (by its hash) in the last day. */
export function addressWitnessLinksPrefix(email: string): string {
  return `${addressMailPrefix(email)}witness-links/`;
}

/** Pending confirmations that lift an address's stop (expired by a lifecycle rule). */
export const ADDRESS_STOP_LIFTS_PREFIX = `${CASES_PREFIX}address-mail/lifts/`;

/** A pending confirmation that lifts an address's stop, found by its token's hash. */
export function addressStopLiftKey(tokenHash: string): string {
  return `${ADDRESS_STOP_LIFTS_PREFIX}${tokenHash}`;
}

/**
 * The tombstones of erased cases: one empty object per case, named by its random id alone
 * (nothing personal). Not a case folder (see `isCaseId`). Written before an erase sweeps
 * the case, so that a writer still running (a dossier compilation, a timestamp, an upload
 * being ingested) finds it after its last write and sweeps again (`sweepIfErased`). Kept
 * a week, far longer than any such writer runs, then expired by a lifecycle rule.
 */
export const ERASED_CASES_PREFIX = `${CASES_PREFIX}erased/`;

/** Days a tombstone is kept: the bucket's lifecycle rule on AWS, the sweep locally. */
export const ERASE_TOMBSTONE_DAYS = 7;

export function erasedCaseKey(caseId: string): string {
  return `${ERASED_CASES_PREFIX}${caseId}`;
}
