import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../../functions/http/app.js';
import { CaseLog } from '../../../shared/case-log.js';
import { protectPdf } from '../../../shared/dossier/protect-pdf.js';
import { compileCaseDossier } from '../../../shared/usecases/compile-case-dossier.js';
import { mailProtectedDossier } from '../../../shared/usecases/mail-protected-dossier.js';
import { sendCaseMail } from '../../../shared/usecases/send-case-mail.js';
import { issueSignInLink, useSignInLink } from '../../../shared/usecases/sign-in.js';
import { capturingLogger, RecordingMailer, RecordingWorkflow } from '../../support/fakes.js';
import { MemoryBlobStore } from '../../support/memory-blob-store.js';
import { checkedAgainstDocument } from '../../support/openapi-contract.js';

const PASSWORD = 'Tournesol 4 étoiles';

/**
 * The API on an in-memory store whose protected copies are made and mailed in process,
 * as the local runtime does (the notify function's use case and the real PDF encryption).
 */
function setup() {
  const store = new MemoryBlobStore();
  const log = new CaseLog(store);
  const logger = capturingLogger();
  const mailer = new RecordingMailer();
  const mailDeps = {
    log,
    store,
    mailer,
    logger,
    mail: { publicBaseUrl: 'https://app.example' },
    protectPdf,
  };
  const app = checkedAgainstDocument(
    createApp({
      store,
      log,
      workflow: new RecordingWorkflow(),
      timing: { stepTimeoutSeconds: 60, maxReminders: 1 },
      logger,
      protectedDossierMailer: {
        mail: (caseId, password) => mailProtectedDossier(mailDeps, caseId, password),
      },
    }),
  );
  const put = (caseId: string, token: string, path: string, body: unknown) =>
    app.request(`/api/v1/cases/${caseId}/${path}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const view = async (caseId: string, token: string) =>
    (await (
      await app.request(`/api/v1/cases/${caseId}`, {
        headers: { authorization: `Bearer ${token}`, 'cache-control': 'no-cache' },
      })
    ).json()) as { dossierAttachment: string | null; discreet: boolean };
  /** Opens a case, confirms its address (a mailed link used) and compiles a dossier. */
  const caseWithDossier = async ({ confirmed = true } = {}) => {
    const response = await app.request('/api/v1/cases', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'victim@example.org', locale: 'fr', harassmentKinds: [] }),
    });
    const { caseId, accessToken } = (await response.json()) as {
      caseId: string;
      accessToken: string;
    };
    if (confirmed) {
      const token = await issueSignInLink({ log }, caseId);
      const state = await log.load(caseId);
      if (!state || !(await useSignInLink({ log, logger }, state, token))) throw new Error('link');
    }
    await compileCaseDossier({ log, store, logger }, { caseId, purpose: 'complaint' });
    return { caseId, accessToken };
  };
  return { store, log, logger, mailer, mailDeps, put, view, caseWithDossier };
}

function qpdfCheck(pdf: Uint8Array, password?: string) {
  const file = join(mkdtempSync(join(tmpdir(), 'protected-')), 'dossier.pdf');
  writeFileSync(file, pdf);
  const args = [...(password === undefined ? [] : [`--password=${password}`]), '--check', file];
  return { ...spawnSync('qpdf', args, { encoding: 'utf8' }), file };
}

describe('PUT /api/v1/cases/{id}/dossier-delivery', () => {
  it('mails the dossier encrypted with her password (AES-256, R6), which opens it and nothing else', async () => {
    // Prepare
    const h = setup();
    const { caseId, accessToken } = await h.caseWithDossier();

    // Act
    const response = await h.put(caseId, accessToken, 'dossier-delivery', {
      attachment: 'protected',
      password: PASSWORD,
    });

    // Assess: one mail, its PDF encrypted; qpdf opens it with her password only.
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      dossierAttachment: 'protected',
      protectedCopy: { sent: true },
    });
    expect(h.mailer.sent).toHaveLength(1);
    const [file] = h.mailer.sent[0]?.attachments ?? [];
    expect(file?.fileName).toBe('document-v1.pdf');
    const content = file?.content ?? new Uint8Array();
    const withPassword = qpdfCheck(content, PASSWORD);
    expect(withPassword.status).toBe(0);
    const encryption = execFileSync(
      'qpdf',
      [`--password=${PASSWORD}`, '--show-encryption', withPassword.file],
      { encoding: 'utf8' },
    );
    expect(encryption).toContain('R = 6');
    expect(encryption).toMatch(/stream encryption method: AESv3/);
    expect(encryption).toContain('print high resolution: allowed');
    expect(qpdfCheck(content).status).not.toBe(0);
    expect(qpdfCheck(content, 'Tournesol 4 etoiles').status).not.toBe(0);
    // Decrypted, it is the compiled dossier's text.
    const text = execFileSync('sh', [
      '-c',
      `qpdf --password="$1" --decrypt "$2" - | pdftotext - -`,
      'sh',
      PASSWORD,
      withPassword.file,
    ]).toString();
    expect(text).toMatch(/plainte/i);
    expect(Buffer.from(content).toString('latin1')).not.toMatch(/plainte/i);
    // The mail says it is protected, and the password is nowhere: not in the mail, the
    // case log, the store, or a log line.
    expect(h.mailer.sent[0]?.text).toContain('protégé par le mot de passe que vous avez choisi');
    const everywhere = [
      JSON.stringify(h.mailer.sent.map(({ attachments: _, ...mail }) => mail)),
      ...h.logger.lines,
      ...[...h.store.objects.values()].map((o) => Buffer.from(o).toString('utf8')),
    ].join('\n');
    expect(everywhere).not.toContain(PASSWORD);
    expect(everywhere).not.toContain(PASSWORD.slice(0, 9));
    expect((await h.view(caseId, accessToken)).dossierAttachment).toBe('protected');
  });

  it('sends no protected copy before the address is confirmed, and says why', async () => {
    const h = setup();
    const { caseId, accessToken } = await h.caseWithDossier({ confirmed: false });

    const response = await h.put(caseId, accessToken, 'dossier-delivery', {
      attachment: 'protected',
      password: PASSWORD,
    });

    expect(await response.json()).toEqual({
      dossierAttachment: 'protected',
      protectedCopy: { sent: false, reason: 'unconfirmed' },
    });
    expect(h.mailer.sent).toEqual([]);
  });

  it('records a choice once, and the next dossier mail follows it', async () => {
    // Prepare: before she chooses, the "dossier ready" mail carries nothing.
    const h = setup();
    const { caseId, accessToken } = await h.caseWithDossier();
    await sendCaseMail(h.mailDeps, { caseId, mail: 'dossier-ready' });
    expect(h.mailer.sent[0]?.attachments).toEqual([]);

    // Act
    const first = await h.put(caseId, accessToken, 'dossier-delivery', { attachment: 'plain' });
    const again = await h.put(caseId, accessToken, 'dossier-delivery', { attachment: 'plain' });
    await sendCaseMail(h.mailDeps, { caseId, mail: 'dossier-ready' });

    // Assess
    expect(await first.json()).toEqual({ dossierAttachment: 'plain', protectedCopy: null });
    expect(again.status).toBe(200);
    const events = (await h.log.read(caseId)).filter((e) => e.type === 'dossier-delivery-chosen');
    expect(events).toHaveLength(1);
    expect(h.mailer.sent[1]?.attachments?.map((a) => a.fileName)).toEqual(['document-v1.pdf']);
    expect((await h.view(caseId, accessToken)).dossierAttachment).toBe('plain');
  });

  it.each([
    [{ attachment: 'protected' }, 'password'],
    [{ attachment: 'protected', password: 'court' }, 'password'],
    [{ attachment: 'protected', password: 'é'.repeat(64) }, 'password'],
    [{ attachment: 'plain', password: PASSWORD }, 'password'],
    [{ attachment: 'by-pigeon' }, 'attachment'],
    [{}, 'attachment'],
  ])('refuses %j with problem+json naming %s, and records nothing', async (body, field) => {
    const h = setup();
    const { caseId, accessToken } = await h.caseWithDossier();
    const before = (await h.log.read(caseId)).length;

    const response = await h.put(caseId, accessToken, 'dossier-delivery', body);

    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await response.json()) as { errors: { field: string }[] };
    expect(problem.errors.map((e) => e.field)).toContain(field);
    expect(JSON.stringify(problem)).not.toContain(PASSWORD);
    expect(await h.log.read(caseId)).toHaveLength(before);
    expect(h.mailer.sent).toEqual([]);
  });
});

describe('PUT /api/v1/cases/{id}/discretion', () => {
  it('is on by default, and turns off and on again', async () => {
    const h = setup();
    const { caseId, accessToken } = await h.caseWithDossier();
    expect((await h.view(caseId, accessToken)).discreet).toBe(true);

    const off = await h.put(caseId, accessToken, 'discretion', { discreet: false });
    const offView = await h.view(caseId, accessToken);
    await sendCaseMail(h.mailDeps, { caseId, mail: 'dossier-ready' });
    const on = await h.put(caseId, accessToken, 'discretion', { discreet: true });
    await sendCaseMail(h.mailDeps, { caseId, mail: 'dossier-ready' });

    expect(await off.json()).toEqual({ discreet: false });
    expect(offView.discreet).toBe(false);
    expect(await on.json()).toEqual({ discreet: true });
    expect(h.mailer.sent.map((m) => [m.subject, m.senderName])).toEqual([
      ['Votre dossier de plainte est prêt', undefined],
      ['Votre document est prêt', 'Mon espace'],
    ]);
  });

  it('names the field of a bad body', async () => {
    const h = setup();
    const { caseId, accessToken } = await h.caseWithDossier();

    const response = await h.put(caseId, accessToken, 'discretion', { discreet: 'yes' });

    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ errors: [{ field: 'discreet' }] });
  });
});

describe('protected copies', () => {
  it('are not made more than five times a day for a case', async () => {
    // Prepare
    const h = setup();
    const { caseId, accessToken } = await h.caseWithDossier();
    const body = { attachment: 'protected', password: PASSWORD };

    // Act
    const answers = [];
    for (let i = 0; i < 6; i++) {
      const response = await h.put(caseId, accessToken, 'dossier-delivery', body);
      answers.push(((await response.json()) as { protectedCopy: unknown }).protectedCopy);
    }

    // Assess
    expect(answers.slice(0, 5)).toEqual(Array(5).fill({ sent: true }));
    expect(answers[5]).toEqual({ sent: false, reason: 'too-many' });
    expect(h.mailer.sent).toHaveLength(5);
  });
});
