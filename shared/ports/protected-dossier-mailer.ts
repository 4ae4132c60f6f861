import type { ProtectedDossierMailResult } from '../domain/mail-preferences.js';

/**
 * Mails the case's latest dossier encrypted with the victim's password, there and then:
 * the password goes no further than this call (it is never stored, logged or queued).
 * Runs where the PDF library is (the notify function), not in the API's bundle.
 */
export interface ProtectedDossierMailer {
  mail(caseId: string, password: string): Promise<ProtectedDossierMailResult>;
}
