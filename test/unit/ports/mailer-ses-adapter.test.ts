import {
  MessageRejected,
  SESv2Client,
  SendEmailCommand,
  TooManyRequestsException,
} from '@aws-sdk/client-sesv2';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { MailRejectedError } from '../../../shared/ports/mailer.js';
import { fromAddress, SesMailer } from '../../../shared/ports/mailer-ses-adapter.js';

const sesMock = mockClient(SESv2Client);
const mailer = new SesMailer(new SESv2Client({ region: 'eu-west-3' }), {
  from: 'dossier@example.org',
  configurationSetName: 'case-mail',
});
const message = {
  to: 'victim@example.org',
  subject: 'Sujet é',
  text: 'texte',
  html: '<p>html</p>',
};

describe('SesMailer', () => {
  beforeEach(() => sesMock.reset());

  it('sends a simple UTF-8 message with text and HTML through the configuration set', async () => {
    sesMock.on(SendEmailCommand).resolves({ MessageId: 'ses-1' });

    const result = await mailer.send(message);

    expect(result).toEqual({ messageId: 'ses-1' });
    expect(sesMock).toReceiveCommandWith(SendEmailCommand, {
      FromEmailAddress: 'dossier@example.org',
      Destination: { ToAddresses: ['victim@example.org'] },
      ConfigurationSetName: 'case-mail',
      Content: {
        Simple: {
          Subject: { Data: 'Sujet é', Charset: 'UTF-8' },
          Body: {
            Text: { Data: 'texte', Charset: 'UTF-8' },
            Html: { Data: '<p>html</p>', Charset: 'UTF-8' },
          },
        },
      },
    });
  });

  it("offers the stop page as the mail client's unsubscribe, one-click (RFC 8058)", async () => {
    // Prepare
    sesMock.on(SendEmailCommand).resolves({ MessageId: 'ses-3' });
    const stopMailsUrl =
      'https://dossier.example.org/mails/stop/0123456789ABCDEFGHJKMNPQRS?lang=fr';

    // Act
    await mailer.send({ ...message, stopMailsUrl });

    // Assess
    expect(sesMock).toReceiveCommandWith(SendEmailCommand, {
      Content: {
        Simple: expect.objectContaining({
          Headers: [
            { Name: 'List-Unsubscribe', Value: `<${stopMailsUrl}>` },
            { Name: 'List-Unsubscribe-Post', Value: 'List-Unsubscribe=One-Click' },
          ],
        }),
      },
    });
  });

  it('attaches files as base64 attachments', async () => {
    sesMock.on(SendEmailCommand).resolves({ MessageId: 'ses-2' });
    const pdf = new TextEncoder().encode('%PDF-1.7 dossier');

    await mailer.send({
      ...message,
      attachments: [{ fileName: 'dossier.pdf', contentType: 'application/pdf', content: pdf }],
    });

    expect(sesMock).toReceiveCommandWith(SendEmailCommand, {
      Content: {
        Simple: expect.objectContaining({
          Attachments: [
            {
              FileName: 'dossier.pdf',
              ContentType: 'application/pdf',
              ContentDisposition: 'ATTACHMENT',
              ContentTransferEncoding: 'BASE64',
              RawContent: pdf,
            },
          ],
        }),
      },
    });
  });

  it('turns a permanent rejection into MailRejectedError, without the address', async () => {
    sesMock.on(SendEmailCommand).rejects(
      new MessageRejected({
        message: 'Email address is not verified: victim@example.org',
        $metadata: {},
      }),
    );

    const error = await mailer.send(message).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(MailRejectedError);
    expect((error as Error).message).toBe('MessageRejected');
  });

  it('lets throttling through, for the workflow to retry', async () => {
    sesMock
      .on(SendEmailCommand)
      .rejects(new TooManyRequestsException({ message: 'slow down', $metadata: {} }));

    await expect(mailer.send(message)).rejects.toBeInstanceOf(TooManyRequestsException);
  });

  it("sends under discreet mode's neutral name, from the configured address", async () => {
    sesMock.on(SendEmailCommand).resolves({ MessageId: 'ses-4' });
    const named = new SesMailer(new SESv2Client({ region: 'eu-west-3' }), {
      from: 'Dossier harcèlement <dossier@example.org>',
    });

    await named.send({ ...message, senderName: 'Mon espace' });
    await named.send(message);

    const froms = sesMock
      .commandCalls(SendEmailCommand)
      .map((c) => c.args[0].input.FromEmailAddress);
    // Non-ASCII names go as RFC 2047 encoded words: SES takes only ASCII there.
    expect(froms).toEqual([
      '"Mon espace" <dossier@example.org>',
      `=?UTF-8?B?${Buffer.from('Dossier harcèlement').toString('base64')}?= <dossier@example.org>`,
    ]);
    expect(fromAddress('a@example.org', undefined)).toBe('a@example.org');
    expect(fromAddress('a@example.org', 'Espace élève')).toBe(
      '=?UTF-8?B?RXNwYWNlIMOpbMOodmU=?= <a@example.org>',
    );
  });
});
