import { HELPER_INVITE_MAX_BYTES, helperProblems } from '../../functions/http/helpers-routes.js';
import { MAIL_PREFERENCES_MAX_BYTES } from '../../functions/http/mail-preferences-routes.js';
import {
  MAIL_SETTINGS_MAX_BYTES,
  stoppedByRecipient,
} from '../../functions/http/mail-settings-routes.js';
import {
  PLATFORM_ANSWER_MAX_BYTES,
  platformProblems,
} from '../../functions/http/platform-routes.js';
import { CountdownsRequest } from '../../shared/domain/countdowns.js';
import { HelperInviteRequest } from '../../shared/domain/helpers.js';
import { DiscretionRequest, DossierDeliveryRequest } from '../../shared/domain/mail-preferences.js';
import { MailSettingsRequest } from '../../shared/domain/mail-settings.js';
import { PlatformAnswerRequest } from '../../shared/domain/platform-answers.js';
import {
  CountdownsAnswer,
  DiscretionAnswer,
  DossierDeliveryAnswer,
  HelperInvited,
  HelpersAnswer,
  MailSettingsAnswer,
} from './answers.js';
import { CASE, type Operation } from './operation.js';
import { NoticeAnswer, PlatformAnswerAnswer } from './platform-answers.js';

/** Who the case talks to: the platforms it reported to, the helpers, and the mails. */
export const CONTACT_OPERATIONS: readonly Operation[] = [
  {
    method: 'get',
    path: `${CASE}/reports/:reportId/notice`,
    operationId: 'getPlatformNotice',
    summary:
      'The notice of a report under art. 16 of the Digital Services Act: its elements and its text in French and English, to paste into the platform’s form',
    bearer: true,
    answers: { 200: { description: 'The notice', body: NoticeAnswer } },
    problems: [platformProblems.reportNotFound()],
  },
  {
    method: 'put',
    path: `${CASE}/reports/:reportId/answer`,
    operationId: 'recordPlatformAnswer',
    summary: 'What the platform did with a report: removed or refused; replaces the one before',
    bearer: true,
    body: { schema: PlatformAnswerRequest, maxBytes: PLATFORM_ANSWER_MAX_BYTES },
    answers: { 200: { description: 'Recorded', body: PlatformAnswerAnswer } },
    problems: [platformProblems.reportNotFound()],
  },
  {
    method: 'post',
    path: `${CASE}/helpers`,
    operationId: 'inviteHelper',
    summary:
      'Invite a trusted helper by a mailed single-use link, with the roles chosen; the address is used for that mail only',
    bearer: true,
    body: { schema: HelperInviteRequest, maxBytes: HELPER_INVITE_MAX_BYTES },
    answers: { 202: { description: 'Invited', body: HelperInvited } },
    problems: [
      helperProblems['helper-limit'](),
      helperProblems['case-limit'](),
      helperProblems['address-limit'](),
      helperProblems['not-sent'](),
    ],
  },
  {
    method: 'get',
    path: `${CASE}/helpers`,
    operationId: 'listHelpers',
    summary: 'Every helper of the case, with every action they took',
    bearer: true,
    answers: { 200: { description: 'The helpers', body: HelpersAnswer } },
    problems: [],
  },
  {
    method: 'delete',
    path: `${CASE}/helpers/:helperId`,
    operationId: 'removeHelper',
    summary: 'Take a helper off the case: their link and sessions end at once',
    bearer: true,
    answers: { 204: { description: 'Removed' } },
    problems: [helperProblems.notFound()],
  },
  {
    method: 'put',
    path: `${CASE}/mails`,
    operationId: 'setMails',
    summary: 'Stop every mail about the case, or turn them back on',
    bearer: true,
    body: { schema: MailSettingsRequest, maxBytes: MAIL_SETTINGS_MAX_BYTES },
    answers: { 200: { description: 'Recorded', body: MailSettingsAnswer } },
    problems: [stoppedByRecipient()],
  },
  {
    method: 'put',
    path: `${CASE}/dossier-delivery`,
    operationId: 'chooseDossierDelivery',
    summary: 'Choose how the dossier PDF comes by mail',
    description:
      'Until the victim chooses, no mail carries the PDF. `protected` takes a password (8 characters to 127 bytes) and mails the latest dossier at once, encrypted with it (AES-256, PDF security handler revision 6); the password is never stored, so a later dossier comes protected only when asked again. `plain` attaches it as is to the mails that announce a dossier; `none` never attaches it.',
    bearer: true,
    body: { schema: DossierDeliveryRequest, maxBytes: MAIL_PREFERENCES_MAX_BYTES },
    answers: { 200: { description: 'Recorded', body: DossierDeliveryAnswer } },
  },
  {
    method: 'put',
    path: `${CASE}/discretion`,
    operationId: 'setDiscretion',
    summary: 'Turn discreet mode on or off',
    description:
      'Discreet mode (on by default) sends the mails under a neutral name, with neutral subjects and attachment names, that someone reading the mailbox would not recognise.',
    bearer: true,
    body: { schema: DiscretionRequest, maxBytes: MAIL_PREFERENCES_MAX_BYTES },
    answers: { 200: { description: 'Recorded', body: DiscretionAnswer } },
  },
  {
    method: 'put',
    path: `${CASE}/countdowns`,
    operationId: 'setCountdowns',
    summary: 'Turn the countdown mails on or off',
    description:
      'Countdown mails (on by default) come 30, 14 and 7 days before the three-month limit of a public fact ends (public insult or defamation, loi du 29 juillet 1881, art. 65), each once per fact, never after the mails are stopped or the case erased; discreet mode gives them a neutral subject.',
    bearer: true,
    body: { schema: CountdownsRequest, maxBytes: MAIL_PREFERENCES_MAX_BYTES },
    answers: { 200: { description: 'Recorded', body: CountdownsAnswer } },
  },
];
