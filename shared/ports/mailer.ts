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
  /**
   * The page that stops every mail about the case: mail clients offer it as their
   * "Unsubscribe" button (List-Unsubscribe, with RFC 8058's one-click POST).
   */
  readonly stopMailsUrl?: string;
  /**
   * The name the mail is sent under, with the configured address (discreet mode's neutral
   * name); without it, the configured sender as is.
   */
  readonly senderName?: string;
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
