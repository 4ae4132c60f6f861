import { type SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { type Mailer, type MailMessage, MailRejectedError } from './mailer.js';

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
  constructor(
    private readonly ses: SESv2Client,
    private readonly options: SesMailerOptions,
  ) {}

  async send(message: MailMessage): Promise<{ messageId: string }> {
    try {
      const out = await this.ses.send(
        new SendEmailCommand({
          FromEmailAddress: this.options.from,
          Destination: { ToAddresses: [message.to] },
          ConfigurationSetName: this.options.configurationSetName,
          Content: {
            Simple: {
              Subject: { Data: message.subject, Charset: 'UTF-8' },
              Body: {
                Text: { Data: message.text, Charset: 'UTF-8' },
                Html: { Data: message.html, Charset: 'UTF-8' },
              },
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
