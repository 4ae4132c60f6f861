import { SESv2Client } from '@aws-sdk/client-sesv2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, startLocalSes } from '../../local/emulators.js';
import { SesMailer } from '../../shared/ports/mailer-ses-adapter.js';
import { mailbox } from '../support/mailbox.js';

let ses: RunningEmulator;
beforeAll(async () => {
  ses = await startLocalSes({ host: '127.0.0.1', port: 0 });
  await fetch(`${ses.url}/clear-store`, { method: 'POST' });
});
afterAll(() => ses.close());

describe('SesMailer against the local SES', () => {
  it('delivers a UTF-8 mail with its PDF attachment intact', async () => {
    const mailer = new SesMailer(
      new SESv2Client({
        endpoint: ses.url,
        region: 'eu-west-3',
        credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
      }),
      { from: 'dossier@localhost' },
    );
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0xff, 0x00, 0x7f]);

    await mailer.send({
      to: 'victime@example.org',
      subject: 'Votre dossier est prêt — Zoé',
      text: 'Bonjour Zoé',
      html: '<p>Bonjour Zoé</p>',
      attachments: [{ fileName: 'dossier.pdf', contentType: 'application/pdf', content: pdf }],
    });

    const [mail] = (await mailbox(ses.url)) as unknown as {
      subject: string;
      attachments: { filename: string; contentType: string; content: string }[];
    }[];
    expect(mail?.subject).toBe('Votre dossier est prêt — Zoé');
    expect(mail?.attachments).toHaveLength(1);
    expect(mail?.attachments[0]).toMatchObject({
      filename: 'dossier.pdf',
      contentType: 'application/pdf',
    });
    expect(Buffer.from(mail?.attachments[0]?.content ?? '', 'base64')).toEqual(Buffer.from(pdf));
  });
});
