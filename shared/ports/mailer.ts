/** Outgoing mail. A message carries no token and no presigned URL (see DESIGN.md). */
export interface Mailer {
  send(message: MailMessage): Promise<{ messageId: string }>;
}

export interface MailMessage {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  /** Files sent with the mail (the dossier PDF); never a link that grants access. */
  readonly attachments?: readonly MailAttachment[];
}

export interface MailAttachment {
  readonly fileName: string;
  readonly contentType: string;
  readonly content: Uint8Array;
}

/** The mail service refused this message for good: retrying will not help. */
export class MailRejectedError extends Error {
  override readonly name = 'MailRejectedError';
}
