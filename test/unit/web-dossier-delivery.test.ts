import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../functions/http/app.js';
import { CaseLog } from '../../shared/case-log.js';
import { protectPdf } from '../../shared/dossier/protect-pdf.js';
import { compileCaseDossier } from '../../shared/usecases/compile-case-dossier.js';
import { mailProtectedDossier } from '../../shared/usecases/mail-protected-dossier.js';
import { issueSignInLink, useSignInLink } from '../../shared/usecases/sign-in.js';
import { capturingLogger, RecordingMailer, RecordingWorkflow } from '../support/fakes.js';
import { MemoryBlobStore } from '../support/memory-blob-store.js';
import { openedCase, post } from '../support/web-forms.js';

const PASSWORD = 'Girafe bleue 2026';

/** The app, its protected copies made and mailed in process (as `npm start` does). */
function harness() {
  const store = new MemoryBlobStore();
  const log = new CaseLog(store);
  const logger = capturingLogger();
  const mailer = new RecordingMailer();
  const mailDeps = { log, store, mailer, logger, mail: { publicBaseUrl: 'https://app.example' } };
  const app = createApp({
    store,
    log,
    workflow: new RecordingWorkflow(),
    timing: { stepTimeoutSeconds: 60, maxReminders: 1 },
    logger,
    protectedDossierMailer: {
      mail: (caseId, password) =>
        mailProtectedDossier({ ...mailDeps, protectPdf }, caseId, password),
    },
  });
  return { store, log, logger, mailer, app };
}

describe('the case page’s dossier section', () => {
  it('asks how the dossier comes by mail once there is one, and mails a protected copy', async () => {
    // Prepare: a case opened from the home page, its address confirmed, a dossier compiled.
    const h = harness();
    const { path, caseId, csrf, headers } = await openedCase(h.app);
    const page = async () => (await h.app.request(`http://localhost${path}`, { headers })).text();
    expect(await page()).not.toContain('id="delivery"');
    const token = await issueSignInLink({ log: h.log }, caseId);
    const state = await h.log.load(caseId);
    if (!state || !(await useSignInLink({ log: h.log, logger: h.logger }, state, token)))
      throw new Error('link refused');
    await compileCaseDossier(
      { log: h.log, store: h.store, logger: h.logger },
      { caseId, purpose: 'complaint' },
    );
    const asked = await page();
    const action = `${path}/dossier/delivery`;

    // Act: a password too short, then a good one.
    const refused = await post(
      h.app,
      action,
      { csrf, attachment: 'protected', password: 'court' },
      headers,
    );
    const refusedPage = await refused.text();
    const accepted = await post(
      h.app,
      action,
      { csrf, attachment: 'protected', password: PASSWORD },
      headers,
    );
    const after = await page();

    // Assess: the question is open and says no mail carries the file until she answers.
    expect(asked).toMatch(/<details id="delivery" open/);
    expect(asked).toContain('nos e-mails ne contiennent pas le dossier');
    expect(refused.status).toBe(422);
    expect(refusedPage).toContain('Choisissez un mot de passe d’au moins 8 caractères');
    expect(refusedPage).not.toContain('value="court"');
    expect(accepted.status).toBe(303);
    expect(accepted.headers.get('location')).toBe(`${path}?ok=protected-sent#delivery`);
    expect(after).toContain('le dossier protégé par un mot de passe');
    expect(after).not.toMatch(/<details id="delivery" open/);
    // One mail, its PDF opening with her password only.
    expect(h.mailer.sent).toHaveLength(1);
    const file = join(mkdtempSync(join(tmpdir(), 'page-protected-')), 'dossier.pdf');
    writeFileSync(file, h.mailer.sent[0]?.attachments?.[0]?.content ?? new Uint8Array());
    expect(spawnSync('qpdf', [`--password=${PASSWORD}`, '--check', file]).status).toBe(0);
    expect(spawnSync('qpdf', ['--check', file]).status).not.toBe(0);
    const kept = [...h.logger.lines, ...[...h.store.objects.values()].map((o) => Buffer.from(o))];
    expect(kept.join('\n')).not.toContain(PASSWORD);
  });

  it('records a plain or no attachment without a password, and names a missing choice', async () => {
    const h = harness();
    const { path, caseId, csrf, headers } = await openedCase(h.app);
    const action = `${path}/dossier/delivery`;

    const none = await post(h.app, action, { csrf, attachment: 'none', password: '' }, headers);
    const missing = await post(h.app, action, { csrf }, headers);

    expect(none.headers.get('location')).toBe(`${path}?ok=delivery-chosen#delivery`);
    expect((await h.log.load(caseId))?.dossierAttachment).toBe('none');
    expect(missing.status).toBe(422);
    expect(await missing.text()).toMatch(/id="delivery-attachment-error"/);
    expect(h.mailer.sent).toEqual([]);
  });
});

describe('the case page’s discreet mode', () => {
  it('is on by default, says what it does, and turns off and on', async () => {
    const h = harness();
    const { path, caseId, csrf, headers } = await openedCase(h.app);
    const page = async () => (await h.app.request(`http://localhost${path}`, { headers })).text();
    const before = await page();

    const off = await post(h.app, `${path}/discretion`, { csrf, discreet: 'off' }, headers);
    const offPage = await page();
    await post(h.app, `${path}/discretion`, { csrf, discreet: 'on' }, headers);

    expect(before).toMatch(/Mode discret activé.: nos e-mails arrivent sous le nom «.Mon espace.»/);
    expect(off.headers.get('location')).toBe(`${path}?ok=discreet-off#mails`);
    expect(offPage).toContain('Mode discret désactivé');
    expect(offPage).toContain('Activer le mode discret');
    expect((await h.log.load(caseId))?.discreet).toBe(true);
    const set = (await h.log.read(caseId)).filter((e) => e.type === 'discretion-set');
    expect(set.map((e) => 'discreet' in e && e.discreet)).toEqual([false, true]);
  });
});
