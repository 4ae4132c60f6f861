import * as z from 'zod';
import { eventEnvelope } from './event-envelope.js';
import { CaseId } from './ids.js';

/**
 * How the dossier PDF comes with the mails that announce it (DESIGN.md, "Dossier"): the
 * PDF holds the victim's identity, health and every screenshot, and a harasser often reads
 * her mailbox. Until she chooses, no mail carries it.
 * - `protected`: attached, encrypted with a password she types each time she asks for it
 *   (AES-256, PDF 2.0 security handler revision 6); the password is never stored;
 * - `plain`: attached as is;
 * - `none`: never attached; the mails link to the case page.
 */
export const DossierAttachment = z.enum(['protected', 'plain', 'none']);
export type DossierAttachment = z.infer<typeof DossierAttachment>;

export const DossierDeliveryChosen = z.object({
  ...eventEnvelope,
  type: z.literal('dossier-delivery-chosen'),
  attachment: DossierAttachment,
});

/**
 * A password for the PDF's standard security handler, revision 6: UTF-8, of which readers
 * use the first 127 bytes (ISO 32000-2, 7.6.4.3.3), so a longer one is refused rather than
 * silently cut. At least 8 characters: it is all that stands between the mailbox's reader
 * and the dossier.
 */
export const PdfPassword = z
  .string()
  .min(8)
  .refine((password) => new TextEncoder().encode(password).length <= 127, {
    message: 'At most 127 bytes in UTF-8',
  });

/**
 * Body of `PUT /api/v1/cases/{id}/dossier-delivery`. With `protected`, the password comes
 * with the request and the latest dossier is mailed at once, encrypted with it; it is
 * used then and forgotten, so a later dossier is mailed protected only when asked again.
 */
export const DossierDeliveryRequest = z.discriminatedUnion('attachment', [
  z.object({ attachment: z.literal('protected'), password: PdfPassword }).strict(),
  z.object({ attachment: z.enum(['plain', 'none']) }).strict(),
]);
export type DossierDeliveryRequest = z.infer<typeof DossierDeliveryRequest>;

/**
 * Discreet mode: the mails' sender name, subjects and attachment names, the tab's title and
 * the pages' header use a neutral product name that someone reading the victim's mailbox
 * or phone would not recognise.
 *
 * On by default: the first mail (the welcome mail, with the sign-in link) leaves before
 * the victim could choose anything, the victim cannot know whether someone reads her
 * mailbox, and a neutral name costs a victim who is safe nothing, while a name that says
 * "harcèlement" can put a watched one in danger. She may turn it off.
 */
export const DISCREET_BY_DEFAULT = true;

export const DiscretionSet = z.object({
  ...eventEnvelope,
  type: z.literal('discretion-set'),
  discreet: z.boolean(),
});

/** Body of `PUT /api/v1/cases/{id}/discretion`. */
export const DiscretionRequest = z.object({ discreet: z.boolean() }).strict();
export type DiscretionRequest = z.infer<typeof DiscretionRequest>;

export const MAIL_PREFERENCE_EVENTS = [DossierDeliveryChosen, DiscretionSet] as const;

/** Whether the case's mails and pages use the neutral name. */
export function isDiscreet(state: { readonly discreet?: boolean }): boolean {
  return state.discreet ?? DISCREET_BY_DEFAULT;
}

/**
 * Payload the API sends the notify function (a direct invocation, never the workflow, so
 * the password appears in no execution history): mail the latest dossier, encrypted with
 * this password. Nothing logs it.
 */
export const ProtectedDossierTask = z
  .object({ mail: z.literal('protected-dossier'), caseId: CaseId, password: PdfPassword })
  .strict();
export type ProtectedDossierTask = z.infer<typeof ProtectedDossierTask>;

/** What became of a request for a protected copy. */
export type ProtectedDossierMailResult =
  | { readonly sent: true }
  | {
      readonly sent: false;
      readonly reason:
        | 'no-dossier'
        | 'unconfirmed'
        | 'too-large'
        | 'mails-stopped'
        | 'rejected'
        | 'unavailable'
        | 'too-many';
    };
