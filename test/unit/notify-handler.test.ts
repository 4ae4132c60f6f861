import { describe, expect, it } from 'vitest';
import type { AwsRuntime } from '../../functions/environment.js';
import { createNotifyHandler } from '../../functions/notify.js';
import { CaseLog } from '../../shared/case-log.js';
import { compileCaseDossier } from '../../shared/usecases/compile-case-dossier.js';
import { issueSignInLink, useSignInLink } from '../../shared/usecases/sign-in.js';
import { capturingLogger, RecordingMailer } from '../support/fakes.js';
import { MemoryBlobStore } from '../support/memory-blob-store.js';

const caseId = '0123456789ABCDEFGHJKMNPQRS';

/** The notify function on an in-memory store, a case with a confirmed address and a dossier. */
async function setup() {
  const store = new MemoryBlobStore();
  const log = new CaseLog(store);
  const logger = capturingLogger();
  const mailer = new RecordingMailer();
  await log.append({
    type: 'case-opened',
    caseId,
    email: 'victim@example.org',
    locale: 'en',
    harassmentKinds: [],
    accessTokenHash: 'a'.repeat(64),
  });
  const token = await issueSignInLink({ log }, caseId);
  const state = await log.load(caseId);
  if (!state || !(await useSignInLink({ log, logger }, state, token))) throw new Error('link');
  await compileCaseDossier({ log, store, logger }, { caseId, purpose: 'complaint' });
  const runtime = {
    env: {},
    store,
    log,
    logger,
    mailer: () => mailer,
    mailContext: () => ({ publicBaseUrl: 'https://app.example' }),
  } as unknown as AwsRuntime;
  return { handler: createNotifyHandler(runtime), mailer, logger };
}

describe('the notify function', () => {
  it('sends the workflow mail of a task, and a protected copy asked for by the API', async () => {
    const { handler, mailer } = await setup();

    const workflowMail = await handler({ caseId, mail: 'dossier-ready' });
    const protectedCopy = await handler({
      mail: 'protected-dossier',
      caseId,
      password: 'Girafe bleue 2026',
    });

    expect(workflowMail).toMatchObject({ sent: true });
    expect(protectedCopy).toEqual({ sent: true });
    expect(mailer.sent.map((m) => m.attachments?.length ?? 0)).toEqual([0, 1]);
    expect(mailer.sent[1]?.text).toContain('protected by the password you chose');
  });

  it('refuses a protected copy with a bad password without quoting it, and sends nothing', async () => {
    const { handler, mailer, logger } = await setup();

    const error = await Promise.resolve()
      .then(() => handler({ mail: 'protected-dossier', caseId, password: 'short12' }))
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(Error);
    expect(String(error)).not.toContain('short12');
    expect(logger.lines.join('\n')).not.toContain('short12');
    expect(mailer.sent).toEqual([]);
  });
});
