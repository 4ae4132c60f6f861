import * as z from 'zod';

/** Body of `PUT /api/v1/cases/{id}/mails`: stop every mail about the case, or resume them. */
export const MailSettingsRequest = z.object({ stopped: z.boolean() }).strict();
export type MailSettingsRequest = z.infer<typeof MailSettingsRequest>;
