import { ulid } from 'ulid';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../functions/http/app.js';
import { CaseLog } from '../../shared/case-log.js';
import { capturingLogger, RecordingWorkflow } from '../support/fakes.js';
import { MemoryBlobStore } from '../support/memory-blob-store.js';
import { openedCase } from '../support/web-forms.js';

describe('the case page', () => {
  it('says which files still wait for a timestamp, and when the others were timestamped', async () => {
    // Prepare: two files received, one timestamped.
    const store = new MemoryBlobStore();
    const log = new CaseLog(store);
    const app = createApp({
      store,
      log,
      workflow: new RecordingWorkflow(),
      timing: { stepTimeoutSeconds: 60, maxReminders: 1 },
      logger: capturingLogger(),
    });
    const { path, headers, caseId } = await openedCase(app);
    const [stamped, waiting] = [ulid(), ulid()];
    for (const [evidenceId, sha256] of [
      [stamped, 'a'.repeat(64)],
      [waiting, 'b'.repeat(64)],
    ] as const)
      await log.append({
        type: 'evidence-uploaded',
        caseId,
        evidenceId,
        kind: 'screenshot',
        sha256,
        size: 100,
        contentType: 'image/png',
        fileName: `${evidenceId}.png`,
        uploadedAt: '2026-11-30T10:00:00.000Z',
      });
    await log.append({
      type: 'evidence-timestamped',
      caseId,
      evidenceId: stamped,
      sha256: 'a'.repeat(64),
      genTime: '2026-11-30T10:00:02.000Z',
      serialNumber: '01',
      policy: '2.999.21.1',
      responseSha256: 'c'.repeat(64),
    });
    await log.append({
      type: 'evidence-timestamp-failed',
      caseId,
      evidenceId: waiting,
      reason: 'unavailable',
    });

    // Act
    const html = await (await app.request(`http://localhost${path}`, { headers })).text();

    // Assess
    const item = (id: string) =>
      new RegExp(`<li data-evidence-id="${id}">(.*?)</li>`, 's').exec(html)?.[1] ?? '';
    expect(item(stamped)).toMatch(/<dt>Horodatage<\/dt><dd data-timestamp="done">[^<]*30/);
    expect(item(waiting)).toContain('<dd data-timestamp="waiting">en attente');
    expect(item(waiting)).toContain('La pièce est bien reçue et conservée');
  });
});
