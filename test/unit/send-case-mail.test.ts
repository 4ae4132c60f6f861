import { describe, expect, it } from 'vitest';
import { dossierKey } from '../../shared/bucket-keys.js';
import { CaseLog } from '../../shared/case-log.js';
import type { DossierAttachment } from '../../shared/domain/mail-preferences.js';
import { sendCaseMail } from '../../shared/usecases/send-case-mail.js';
import { issueSignInLink, useSignInLink } from '../../shared/usecases/sign-in.js';
import { capturingLogger, RecordingMailer } from '../support/fakes.js';
import { MemoryBlobStore } from '../support/memory-blob-store.js';

const caseId = '0123456789ABCDEFGHJKMNPQRS';

/**
 * A case with a compiled dossier; `confirmed`: a link mailed to its address was used;
 * `attachment`: how the victim chose to receive the dossier by mail, if she did.
 */
async function caseWithDossier(
  pdfSize: number,
  {
    confirmed = true,
    attachment = 'plain',
  }: { confirmed?: boolean; attachment?: DossierAttachment | null } = {},
) {
  const store = new MemoryBlobStore();
  const log = new CaseLog(store);
  await log.append({
    type: 'case-opened',
    caseId,
    email: 'victim@example.org',
    locale: 'fr',
    harassmentKinds: [],
    accessTokenHash: 'a'.repeat(64),
  });
  if (confirmed) {
    const token = await issueSignInLink({ log }, caseId);
    const state = await log.load(caseId);
    if (!state) throw new Error('no case');
    await useSignInLink({ log, logger: capturingLogger() }, state, token);
  }
  if (attachment) await log.append({ type: 'dossier-delivery-chosen', caseId, attachment });
  await store.put(dossierKey(caseId, 1, 'dossier.pdf'), new Uint8Array(pdfSize).fill(37));
  await log.append({
    type: 'dossier-compiled',
    caseId,
    version: 1,
    purpose: 'complaint',
    files: [{ name: 'dossier.pdf', sha256: 'b'.repeat(64), size: pdfSize }],
  });
  const mailer = new RecordingMailer();
  const deps = {
    log,
    store,
    mailer,
    logger: capturingLogger(),
    mail: { publicBaseUrl: 'https://app.example' },
  };
  return { deps, mailer };
}

describe('the "dossier ready" mail', () => {
  it('attaches the PDF when it fits, and says so', async () => {
    const { deps, mailer } = await caseWithDossier(1000);

    await sendCaseMail({ ...deps, maxAttachmentBytes: 1000 }, { caseId, mail: 'dossier-ready' });

    expect(
      mailer.sent[0]?.attachments?.map((a) => [a.fileName, a.contentType, a.content.length]),
    ).toEqual([['document-v1.pdf', 'application/pdf', 1000]]);
    expect(mailer.sent[0]?.text).toContain('Le dossier PDF est joint');
  });

  it('leaves a PDF over the cap to the case page, and says so', async () => {
    const { deps, mailer } = await caseWithDossier(1001);

    await sendCaseMail({ ...deps, maxAttachmentBytes: 1000 }, { caseId, mail: 'dossier-ready' });

    expect(mailer.sent[0]?.attachments).toEqual([]);
    expect(mailer.sent[0]?.text).toContain('trop volumineux pour être joint');
    expect(mailer.sent[0]?.text).toContain(`https://app.example/cases/${caseId}`);
  });

  it('leaves the PDF to the case page until a link mailed to the address was used', async () => {
    // Prepare: whoever opened this case never showed they read its mailbox.
    const { deps, mailer } = await caseWithDossier(1000, { confirmed: false });

    // Act
    await sendCaseMail({ ...deps, maxAttachmentBytes: 1000 }, { caseId, mail: 'dossier-ready' });

    // Assess
    expect(mailer.sent[0]?.attachments).toEqual([]);
    expect(mailer.sent[0]?.text).toContain('Téléchargez le dossier PDF depuis votre page');
    expect(mailer.sent[0]?.text).not.toContain('Le dossier PDF est joint');
  });

  it.each([
    [null, 'Le dossier PDF n’est pas joint.'],
    ['none', 'Comme vous l’avez choisi, le dossier PDF n’est pas joint'],
    ['protected', 'Nous ne gardons pas ce mot de passe'],
  ] as const)('carries no attachment when the choice is %s, and says why', async (choice, says) => {
    // Prepare: a confirmed address and a PDF that fits; only her choice is missing.
    const { deps, mailer } = await caseWithDossier(1000, { attachment: choice });

    // Act
    await sendCaseMail({ ...deps, maxAttachmentBytes: 1000 }, { caseId, mail: 'dossier-ready' });

    // Assess
    expect(mailer.sent).toHaveLength(1);
    expect(mailer.sent[0]?.attachments).toEqual([]);
    expect(mailer.sent[0]?.text).toContain(says);
    expect(mailer.sent[0]?.text).toContain(`https://app.example/cases/${caseId}`);
  });
});
