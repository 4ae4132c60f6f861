/** A mail as the local SES stand-in stores it (`GET /store`). */
export interface StoredMail {
  readonly messageId: string;
  readonly from: string;
  readonly destination: { readonly to: readonly string[] };
  readonly subject: string;
  readonly body: { readonly text?: string; readonly html?: string };
}

export async function mailbox(mailboxUrl: string): Promise<StoredMail[]> {
  const response = await fetch(`${mailboxUrl}/store`);
  return ((await response.json()) as { emails: StoredMail[] }).emails;
}
