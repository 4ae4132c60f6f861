import { describe, expect, it } from 'vitest';
import { toApiCaseView as toCaseView } from '../../functions/http/case-view.js';
import { parseEvidenceKey } from '../../shared/bucket-keys.js';
import type { CaseEvent } from '../../shared/domain/events.js';
import { safeFileName } from '../../shared/domain/evidence.js';
import { fold } from '../../shared/domain/fold.js';

const caseId = '0123456789ABCDEFGHJKMNPQRS';
const E1 = '01JWNEY480AGA68ACMNBCT4H61';
const E2 = '01JWNEY480AGA68ACMNBCT4H62';
const E3 = '01JWNEY480AGA68ACMNBCT4H63';
let n = 0;
const at = '2025-06-01T10:00:00.000Z';
const event = (e: Record<string, unknown>) =>
  ({ id: `01JWNEY480AGA68ACMNBCT${String(n++).padStart(4, '0')}`, caseId, at, ...e }) as CaseEvent;

function log(locale: 'fr' | 'en') {
  n = 0;
  return [
    event({
      type: 'case-opened',
      email: 'v@example.org',
      locale,
      harassmentKinds: [],
      accessTokenHash: '0'.repeat(64),
    }),
    event({
      type: 'upload-requested',
      evidenceId: E1,
      kind: 'screenshot',
      fileName: 'a.png',
      contentType: 'image/png',
      size: 10,
      expiresAt: '2999-01-01T00:00:00.000Z',
      capturedAt: '2025-05-01T12:00:00.000Z',
      platform: 'Discord',
    }),
    event({
      type: 'upload-requested',
      evidenceId: E2,
      kind: 'screenshot',
      fileName: 'b.png',
      contentType: 'image/png',
      size: 10,
      expiresAt: '2999-01-01T00:00:00.000Z',
    }),
    event({ type: 'link-added', evidenceId: E3, url: 'https://example.org/' }),
    event({
      type: 'evidence-uploaded',
      evidenceId: E1,
      kind: 'screenshot',
      sha256: 'a'.repeat(64),
      size: 10,
      contentType: 'image/png',
      fileName: 'a.png',
      uploadedAt: '2025-06-01T10:00:05.000Z',
    }),
    event({
      type: 'evidence-uploaded',
      evidenceId: E1,
      kind: 'screenshot',
      sha256: 'a'.repeat(64),
      size: 10,
      contentType: 'image/png',
      fileName: 'a.png',
      uploadedAt: '2025-06-01T10:00:06.000Z',
    }),
    event({
      type: 'evidence-rejected',
      evidenceId: E2,
      reason: 'type-mismatch',
      detectedType: 'text/html',
    }),
  ];
}

describe('evidence in the fold and the case view', () => {
  it('numbers items in order of receipt, counts a file ingested twice once, keeps the victim details', () => {
    const view = toCaseView(fold(log('en')) ?? expect.fail('no case'));

    expect(view.evidence.map((e) => [e.number, e.evidenceId, e.kind])).toEqual([
      [1, E3, 'link'],
      [2, E1, 'screenshot'],
    ]);
    expect(view.evidence[1]).toMatchObject({
      capturedAt: '2025-05-01T12:00:00.000Z',
      capturedAtSource: 'victim',
      receivedAt: '2025-06-01T10:00:05.000Z',
      platform: 'Discord',
    });
    expect(view.pendingUploads).toEqual([]);
  });

  it('says why an upload was refused, in the case language', () => {
    const en = toCaseView(fold(log('en')) ?? expect.fail('no case'));
    const fr = toCaseView(fold(log('fr')) ?? expect.fail('no case'));

    expect(en.rejectedUploads).toEqual([
      expect.objectContaining({ evidenceId: E2, fileName: 'b.png', reason: 'type-mismatch' }),
    ]);
    expect(en.rejectedUploads[0]?.message).toMatch(/not in a format accepted/);
    expect(fr.rejectedUploads[0]?.message).toMatch(/ne correspond pas à un format accepté/);
  });
});

describe('file names and keys', () => {
  it.each([
    ['../../etc/passwd', '_.._etc_passwd'],
    ['photo.png\u0000.html', 'photo.png.html'],
    ['capture\u202Egnp.exe', 'capturegnp.exe'],
    ['  .hidden ', 'hidden'],
    ['e\u0301té.png', 'été.png'],
    // Issue 18, finding 9: invisible format characters (zero-width, joiners, BOM, soft hyphen).
    ['cap\u200Bture.png\u200C', 'capture.png'],
    ['\uFEFFmenace\u2060\u200D.png', 'menace.png'],
    ['photo.p\u00ADng', 'photo.png'],
    ['invoice\u061C.pdf', 'invoice.pdf'],
  ])('cleans %j into %j', (raw, clean) => {
    expect(safeFileName(raw)).toBe(clean);
  });

  it('tells evidence keys from every other key', () => {
    expect(parseEvidenceKey(`cases/${caseId}/evidence/${E1}`)).toEqual({
      kind: 'evidence',
      caseId,
      evidenceId: E1,
    });
    expect(parseEvidenceKey(`cases/${caseId}/events/${E1}.json`)).toEqual({ kind: 'other' });
    expect(parseEvidenceKey(`cases/${caseId}/evidence/${E1}/x`)).toEqual({
      kind: 'malformed',
      caseId,
    });
    expect(parseEvidenceKey(`cases/nope/evidence/${E1}`)).toEqual({ kind: 'malformed' });
  });
});
