import { ulid } from 'ulid';
import { describe, expect, it } from 'vitest';
import { matchesWildcard } from '../../local/s3-events.js';
import {
  ALL_CASE_OBJECTS,
  CASES_PREFIX,
  caseEventKey,
  caseEventsPrefix,
  casePrefix,
  DOSSIER_FILES,
  dossierClaimKey,
  dossierKey,
  EVIDENCE_KEY_WILDCARD,
  emailIndexKey,
  evidenceKey,
  evidenceTimestampKey,
  parseEvidenceKey,
  SWEEP_CURSOR_KEY,
  snapshotKey,
} from '../../shared/bucket-keys.js';
import { newCaseId } from '../../shared/domain/ids.js';

const caseId = newCaseId();
const evidenceId = ulid();

/** One key of every kind the app writes, other than evidence. */
const otherKeys = [
  caseEventKey(caseId, ulid()),
  snapshotKey(caseId),
  evidenceTimestampKey(caseId, evidenceId),
  dossierClaimKey(caseId, 1),
  ...DOSSIER_FILES.map((name) => dossierKey(caseId, 12, name)),
  emailIndexKey('Victime@Example.org', caseId),
  SWEEP_CURSOR_KEY,
];

describe('the bucket map', () => {
  it('keeps every key under the one pattern the stack grants', () => {
    const keys = [...otherKeys, evidenceKey(caseId, evidenceId)];

    for (const key of keys) expect(matchesWildcard(ALL_CASE_OBJECTS, key), key).toBe(true);
    expect(ALL_CASE_OBJECTS).toBe(`${CASES_PREFIX}*`);
  });

  it('keeps every object of a case under its prefix, and no other case under it', () => {
    const other = newCaseId();
    const ofCase = [
      caseEventKey(caseId, ulid()),
      snapshotKey(caseId),
      evidenceKey(caseId, evidenceId),
      evidenceTimestampKey(caseId, evidenceId),
      dossierKey(caseId, 3, 'dossier.zip'),
      dossierClaimKey(caseId, 3),
    ];

    for (const key of ofCase) expect(key.startsWith(casePrefix(caseId)), key).toBe(true);
    for (const key of ofCase) expect(key.startsWith(casePrefix(other)), key).toBe(false);
    expect(caseEventKey(caseId, evidenceId).startsWith(caseEventsPrefix(caseId))).toBe(true);
  });

  it('lets the upload rule and the ingest handler pick evidence keys alone', () => {
    const key = evidenceKey(caseId, evidenceId);

    expect(matchesWildcard(EVIDENCE_KEY_WILDCARD, key)).toBe(true);
    expect(parseEvidenceKey(key)).toEqual({ kind: 'evidence', caseId, evidenceId });
    for (const other of otherKeys) {
      expect(matchesWildcard(EVIDENCE_KEY_WILDCARD, other), other).toBe(false);
      expect(parseEvidenceKey(other), other).toEqual({ kind: 'other' });
    }
  });

  it('names an address in the index by its hash, whatever its case and spaces', () => {
    const key = emailIndexKey('Victime@Example.org', caseId);

    expect(key.toLowerCase()).not.toContain('victime');
    expect(key).toMatch(new RegExp(`^cases/by-email/[0-9a-f]{64}/${caseId}$`));
    expect(emailIndexKey('  victime@example.ORG ', caseId)).toBe(key);
    expect(emailIndexKey('autre@example.org', caseId)).not.toBe(key);
  });

  it('sorts event keys in id order', () => {
    const ids = Array.from({ length: 5 }, () => ulid()).sort();
    const keys = ids.map((id) => caseEventKey(caseId, id));

    expect([...keys].sort()).toEqual(keys);
  });
});
