import type { SESv2Client } from '@aws-sdk/client-sesv2';
import { type Mailer, type MailMessage, MailRejectedError } from './mailer.js';
import { type ClientSource, clientAtFirstUse } from './sdk-client.js';

/** SES errors that retrying the same message cannot fix. */
const PERMANENT_ERRORS = new Set([
  'MessageRejected',
  'MailFromDomainNotVerifiedException',
  'AccountSuspendedException',
  'SendingPausedException',
  'BadRequestException',
]);

export interface SesMailerOptions {
  readonly from: string;
  /** SES configuration set, for bounce and complaint tracking. */
  readonly configurationSetName?: string;
}

export class SesMailer implements Mailer {
  private readonly ses: () => Promise<SESv2Client>;

  constructor(
    ses: ClientSource<SESv2Client>,
    private readonly options: SesMailerOptions,
  ) {
    this.ses = clientAtFirstUse(ses);
  }

  async send(message: MailMessage): Promise<{ messageId: string }> {
    const ses = await this.ses();
    const { SendEmailCommand } = await import('@aws-sdk/client-sesv2');
    try {
      const out = await ses.send(
        new SendEmailCommand({
          FromEmailAddress: fromAddress(this.options.from, message.senderName),
          Destination: { ToAddresses: [message.to] },
          ConfigurationSetName: this.options.configurationSetName,
          Content: {
            Simple: {
              Subject: { Data: message.subject, Charset: 'UTF-8' },
              Body: {
                Text: { Data: message.text, Charset: 'UTF-8' },
                Html: { Data: message.html, Charset: 'UTF-8' },
              },
              ...(message.stopMailsUrl
                ? {
                    Headers: [
                      { Name: 'List-Unsubscribe', Value: `<${message.stopMailsUrl}>` },
                      { Name: 'List-Unsubscribe-Post', Value: 'List-Unsubscribe=One-Click' },
                    ],
                  }
                : {}),
              ...(message.attachments?.length
                ? {
                    Attachments: message.attachments.map((file) => ({
                      FileName: file.fileName,
                      ContentType: file.contentType,
                      ContentDisposition: 'ATTACHMENT' as const,
                      ContentTransferEncoding: 'BASE64' as const,
                      RawContent: file.content,
                    })),
                  }
                : {}),
            },
          },
        }),
      );
      return { messageId: out.MessageId ?? '' };
    } catch (error) {
      const name = (error as { name?: string }).name ?? '';
      if (PERMANENT_ERRORS.has(name)) throw new MailRejectedError(name);
      throw error;
    }
  }
}

/**
 * The configured sender (`address` or `Name <address>`), under `senderName` when given:
 * `Name <address>`, the name as an RFC 2047 encoded word when it is not plain ASCII (SES
 * takes only ASCII in the From header).
 */
export function fromAddress(configured: string, senderName: string | undefined): string {
  const parts = configured.match(/^\s*(.*?)\s*<([^<>]+)>\s*$/);
  const address = parts?.[2] ?? configured.trim();
  const name = senderName ?? parts?.[1]?.replace(/^"(.*)"$/, '$1') ?? '';
  if (!name) return address;
  const shown = /^[\x20-\x7e]*$/.test(name)
    ? `"${name.replace(/["\\]/g, '\\$&')}"`
    : `=?UTF-8?B?${Buffer.from(name, 'utf8').toString('base64')}?=`;
  return `${shown} <${address}>`;
}
