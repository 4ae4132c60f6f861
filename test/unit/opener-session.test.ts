import { describe, expect, it } from 'vitest';
import { createApp } from '../../functions/http/app.js';
import { CaseLog } from '../../shared/case-log.js';
import { sha256Hex } from '../../shared/domain/sign-in.js';
import { capturingLogger, RecordingWorkflow } from '../support/fakes.js';
import { MemoryBlobStore } from '../support/memory-blob-store.js';
import { openedCase, post } from '../support/web-forms.js';

function harness() {
  const store = new MemoryBlobStore();
  const log = new CaseLog(store);
  const app = createApp({
    store,
    log,
    workflow: new RecordingWorkflow(),
    timing: { stepTimeoutSeconds: 60, maxReminders: 1 },
    logger: capturingLogger(),
  });
  return { store, log, app };
}

describe('the browser that opened the case', () => {
  it('holds a session of its own, not the access token: no API access, hashed in the log, ended by sign-out', async () => {
    // Prepare: a case opened from the home form; the cookie as a thief would copy it.
    const { app, log, store } = harness();
    const opened = await openedCase(app);
    const secret = /hd_session=[0-9A-Z]{26}\.([\w-]+)/.exec(opened.headers.cookie)?.[1] as string;
    const copied = { cookie: `hd_session=${opened.caseId}.${secret}` };

    // Act
    const asBearer = await app.request(`/api/v1/cases/${opened.caseId}`, {
      headers: { authorization: `Bearer ${secret}` },
    });
    const before = await app.request(`http://localhost${opened.path}`, { headers: copied });
    const signedOut = await post(
      app,
      `/cases/${opened.caseId}/sign-out`,
      { csrf: opened.csrf },
      opened.headers,
    );
    const after = await app.request(`http://localhost${opened.path}`, { headers: copied });

    // Assess
    expect(asBearer.status).toBe(404);
    expect(await before.text()).toContain(`action="/cases/${opened.caseId}/sign-out"`);
    expect(signedOut.status).toBe(303);
    expect(await after.text()).not.toContain(`action="/cases/${opened.caseId}/sign-out"`);
    const events = await log.read(opened.caseId);
    expect(events.map((e) => e.type)).toContain('opener-session-started');
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'session-ended', sessionHash: sha256Hex(secret) }),
    );
    const stored = [...store.objects.values()].map((v) => Buffer.from(v as Uint8Array).toString());
    expect(stored.some((body) => body.includes(secret))).toBe(false);
  });
});
