import { createHash } from 'node:crypto';
import { ulid } from 'ulid';
import { describe, expect, it } from 'vitest';
import { awsRuntime } from '../../functions/environment.js';
import { createIngestEvidenceHandler } from '../../functions/ingest-evidence.js';
import { matchesWildcard } from '../../local/s3-events.js';
import { EVIDENCE_KEY_WILDCARD, evidenceKey } from '../../shared/bucket-keys.js';
import { CaseLog } from '../../shared/case-log.js';
import type { UploadKind } from '../../shared/domain/evidence.js';
import { newCaseId } from '../../shared/domain/ids.js';
import { ingestEvidence } from '../../shared/usecases/ingest-evidence.js';
import { checkContent, measure } from '../../shared/usecases/inspect-object.js';
import { pdfWithCatalog } from '../fixtures/hostile-files.js';
import { makePdf, makePng } from '../fixtures/make-hostile-corpus.js';
import { capturingLogger, RecordingWorkflow } from '../support/fakes.js';
import { MemoryBlobStore } from '../support/memory-blob-store.js';

const T0 = new Date('2025-06-01T10:00:00.000Z');

async function setup() {
  const store = new MemoryBlobStore();
  const log = new CaseLog(store, () => T0);
  const workflow = new RecordingWorkflow();
  const logger = capturingLogger();
  const caseId = newCaseId();
  await log.append({
    type: 'case-opened',
    caseId,
    email: 'victim@example.org',
    locale: 'en',
    harassmentKinds: [],
    accessTokenHash: '0'.repeat(64),
  });
  const deps = { log, store, workflow, logger };
  const issue = async (
    kind: UploadKind,
    bytes: Uint8Array,
    size = bytes.length,
    storedType?: string,
  ) => {
    const evidenceId = ulid();
    const contentType = kind === 'medical-certificate' ? 'application/pdf' : 'image/png';
    await log.append({
      type: 'upload-requested',
      caseId,
      evidenceId,
      kind,
      fileName: 'file',
      contentType,
      size,
      expiresAt: new Date(T0.getTime() + 600_000).toISOString(),
    });
    const key = evidenceKey(caseId, evidenceId);
    // Stored as the form made the browser send it, unless a test says otherwise.
    await store.put(key, bytes, { contentType: storedType ?? contentType });
    return { evidenceId, key };
  };
  const ingest = (key: string, eventTime = T0.toISOString(), versionId?: string) =>
    ingestEvidence(deps, { key, eventTime, versionId });
  return { store, log, workflow, logger, caseId, issue, ingest };
}

describe('ingestEvidence', () => {
  it('records a checked file once, with the hash of its bytes', async () => {
    // Prepare
    const s = await setup();
    const png = makePng();
    const { evidenceId, key } = await s.issue('screenshot', png);

    // Act
    const first = await s.ingest(key);
    const second = await s.ingest(key);

    // Assess
    const sha256 = createHash('sha256').update(png).digest('hex');
    expect(first).toEqual({ outcome: 'accepted', evidenceId, sha256 });
    expect(second).toEqual({ outcome: 'duplicate', evidenceId });
    const events = (await s.log.read(s.caseId)).filter((e) => e.type === 'evidence-uploaded');
    expect(events).toEqual([
      expect.objectContaining({ evidenceId, sha256, size: png.length, contentType: 'image/png' }),
    ]);
    expect(s.store.objects.has(key)).toBe(true);
  });

  it('ignores keys outside cases/*/evidence/* without reading them', async () => {
    const s = await setup();
    const eventKey = (await s.store.list(`cases/${s.caseId}/events/`))[0] as string;

    expect(await s.ingest(eventKey)).toEqual({ outcome: 'ignored' });
    expect(await s.ingest('dossiers/x.pdf')).toEqual({ outcome: 'ignored' });
    expect(s.store.objects.has(eventKey)).toBe(true);
  });

  it('refuses an upload that lands after its form expired', async () => {
    const s = await setup();
    const { key } = await s.issue('screenshot', makePng());

    const result = await s.ingest(key, new Date(T0.getTime() + 60 * 60_000).toISOString());

    expect(result).toEqual({ outcome: 'rejected', reason: 'expired' });
    expect(s.store.objects.has(key)).toBe(false);
  });

  it('deletes objects under a key that names no case, and records nothing', async () => {
    const s = await setup();
    const key = evidenceKey(newCaseId(), ulid());
    await s.store.put(key, makePng());
    const malformed = `cases/${s.caseId}/evidence/../../x.png`;
    await s.store.put(malformed, makePng());

    expect(await s.ingest(key)).toEqual({ outcome: 'orphan-deleted' });
    expect(await s.ingest(malformed)).toEqual({ outcome: 'rejected', reason: 'not-issued' });
    expect(s.store.objects.has(key)).toBe(false);
    expect(s.store.objects.has(malformed)).toBe(false);
  });

  it('completes the medical-certificate step, resuming the workflow waiting on it', async () => {
    // Prepare
    const s = await setup();
    await s.log.append({
      type: 'step-awaiting',
      caseId: s.caseId,
      stepId: 'medical-certificate',
      taskToken: 'token-1',
    });
    const { key } = await s.issue('medical-certificate', makePdf());

    // Act
    const result = await s.ingest(key);

    // Assess
    expect(result.outcome).toBe('accepted');
    expect(s.workflow.completed).toEqual([
      { taskToken: 'token-1', output: { stepId: 'medical-certificate', status: 'done' } },
    ]);
    const state = await s.log.load(s.caseId);
    expect(state?.steps['medical-certificate'].status).toBe('done');
  });

  it('does not complete the step for a refused certificate', async () => {
    const s = await setup();
    const { key } = await s.issue('medical-certificate', Buffer.from('<html></html>'));

    expect(await s.ingest(key)).toMatchObject({ reason: 'type-mismatch' });
    expect(s.workflow.completed).toEqual([]);
    expect((await s.log.load(s.caseId))?.steps['medical-certificate'].status).toBe('pending');
  });

  it('refuses an object stored under another Content-Type than its form bound (issue 18, finding 9)', async () => {
    const s = await setup();
    const png = makePng();
    const { key, evidenceId } = await s.issue('screenshot', png, png.length, 'text/html');

    expect(await s.ingest(key)).toEqual({ outcome: 'rejected', reason: 'content-type-mismatch' });
    expect(s.store.objects.has(key)).toBe(false);
    const state = await s.log.load(s.caseId);
    expect(state?.evidence.items).toEqual([]);
    expect(s.store.json(`cases/${s.caseId}/events/`).at(-1)).toMatchObject({
      type: 'evidence-rejected',
      evidenceId,
      reason: 'content-type-mismatch',
    });
  });

  it('refuses a certificate PDF running JavaScript as active content, leaving the step pending', async () => {
    const s = await setup();
    const active = pdfWithCatalog('/OpenAction<</S/JavaScript/JS(app.alert(1))>>');
    const { key } = await s.issue('medical-certificate', active);

    expect(await s.ingest(key)).toEqual({ outcome: 'rejected', reason: 'active-content' });
    expect(s.store.objects.has(key)).toBe(false);
    expect(s.workflow.completed).toEqual([]);
    const state = await s.log.load(s.caseId);
    expect(state?.steps['medical-certificate'].status).toBe('pending');
    expect(state?.evidence.items).toEqual([]);
  });

  it('keeps the first file when the same form posts other bytes', async () => {
    const s = await setup();
    const { evidenceId, key } = await s.issue('screenshot', makePng());
    await s.ingest(key, T0.toISOString(), 'v1');
    await s.store.put(key, makePng(16, 16, 9));

    const result = await s.ingest(key, T0.toISOString(), 'v2');

    expect(result).toEqual({ outcome: 'rejected', reason: 'already-uploaded' });
    const state = await s.log.load(s.caseId);
    expect(state?.evidence.items).toHaveLength(1);
    expect(state?.evidence.rejected).toEqual([
      expect.objectContaining({ evidenceId, reason: 'already-uploaded' }),
    ]);
  });

  it('logs ids and codes only', async () => {
    const s = await setup();
    const { key } = await s.issue('screenshot', Buffer.from('<html>secret</html>'));

    await s.ingest(key);

    expect(s.logger.lines.join('\n')).toMatch(/"code":"type-mismatch"/);
    expect(s.logger.lines.join('\n')).not.toContain('secret');
  });
});

describe('checkContent', () => {
  const inspect = async (kind: UploadKind, bytes: Uint8Array) =>
    checkContent(
      kind,
      await measure(
        (async function* () {
          yield bytes;
        })(),
        1e9,
      ),
    );

  it.each([
    ['a PNG screenshot', 'screenshot', makePng(), 'image/png'],
    ['a PDF document', 'document', makePdf(), 'application/pdf'],
    ['a PNG certificate', 'medical-certificate', makePng(), 'image/png'],
  ] as const)('accepts %s', async (_, kind, bytes, type) => {
    expect(await inspect(kind, bytes)).toEqual({ ok: true, contentType: type });
  });

  it.each([
    ['a PDF as a screenshot', 'screenshot', makePdf(), 'type-mismatch'],
    ['a PNG as a video', 'video', makePng(), 'type-mismatch'],
    [
      'a PDF with a page appended after %%EOF',
      'document',
      Buffer.concat([makePdf(), Buffer.from('<html>')]),
      'polyglot',
    ],
    [
      'a PNG with script in its first bytes',
      'screenshot',
      (() => {
        const p = makePng();
        return Buffer.concat([
          p.subarray(0, 33),
          Buffer.from('<script>x</script>'),
          p.subarray(33),
        ]);
      })(),
      'polyglot',
    ],
  ] as const)('refuses %s', async (_, kind, bytes, reason) => {
    expect(await inspect(kind, bytes)).toMatchObject({ ok: false, reason });
  });

  it('stops reading past the limit', async () => {
    let chunks = 0;
    const endless = (async function* () {
      for (;;) {
        chunks++;
        yield new Uint8Array(1000);
      }
    })();

    const measured = await measure(endless, 10_000);

    expect(measured.truncated).toBe(true);
    expect(chunks).toBe(11);
  });
});

describe('the ingest Lambda handler', () => {
  it("reads EventBridge's Object Created event, and refuses any other shape", async () => {
    // Prepare
    const handler = createIngestEvidenceHandler(awsRuntime({ BUCKET_NAME: 'bucket' }));
    const objectCreated = (key: string) => ({
      version: '0',
      source: 'aws.s3',
      'detail-type': 'Object Created',
      time: T0.toISOString(),
      detail: { bucket: { name: 'bucket' }, object: { key, size: 10, etag: 'e' } },
    });

    // Act
    const notEvidence = await handler(objectCreated('cases/x/events/y.json'));
    const s3Notification = handler({ Records: [{ eventName: 'ObjectCreated:Put' }] });

    // Assess
    expect(notEvidence).toEqual({ outcome: 'ignored' });
    await expect(s3Notification).rejects.toThrow(/detail-type/);
  });
});

describe("the rule's key filter, as the local runtime applies it", () => {
  it('passes evidence keys and nothing else under cases/', () => {
    const CASE = newCaseId();
    const EVIDENCE = ulid();
    expect(matchesWildcard(EVIDENCE_KEY_WILDCARD, evidenceKey(CASE, EVIDENCE))).toBe(true);
    expect(matchesWildcard(EVIDENCE_KEY_WILDCARD, `cases/${CASE}/events/${EVIDENCE}.json`)).toBe(
      false,
    );
    expect(matchesWildcard(EVIDENCE_KEY_WILDCARD, `cases/${CASE}/dossiers/1/dossier.pdf`)).toBe(
      false,
    );
    expect(matchesWildcard('cases/a.b/*', 'cases/axb/c')).toBe(false);
  });
});
