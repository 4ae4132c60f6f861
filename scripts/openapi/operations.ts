import { OPEN_CASE_MAX_BYTES } from '../../functions/http/cases-routes.js';
import {
  HARM_MAX_BYTES,
  IDENTITY_MAX_BYTES,
  WITNESS_MAX_BYTES,
  witnessProblems,
} from '../../functions/http/complaint-details-routes.js';
import { EVIDENCE_BODY_MAX_BYTES, evidenceProblems } from '../../functions/http/evidence-routes.js';
import { HELPER_INVITE_MAX_BYTES, helperProblems } from '../../functions/http/helpers-routes.js';
import {
  AUTHORS_MAX_BYTES,
  LETTER_MAX_BYTES,
  OFFENCES_MAX_BYTES,
} from '../../functions/http/letter-routes.js';
import { MAIL_PREFERENCES_MAX_BYTES } from '../../functions/http/mail-preferences-routes.js';
import {
  MAIL_SETTINGS_MAX_BYTES,
  stoppedByRecipient,
} from '../../functions/http/mail-settings-routes.js';
import {
  PLATFORM_ANSWER_MAX_BYTES,
  platformProblems,
} from '../../functions/http/platform-routes.js';
import { problems } from '../../functions/http/problem.js';
import { STEP_BODY_MAX_BYTES } from '../../functions/http/steps-routes.js';
import {
  WITNESS_LINK_MAX_BYTES,
  witnessLinkProblems,
} from '../../functions/http/witness-links-routes.js';
import { AuthorsRequest } from '../../shared/domain/authors.js';
import { CountdownsRequest } from '../../shared/domain/countdowns.js';
import {
  evidenceDetailsSchema,
  factRequestSchema,
  linkRequestSchema,
  uploadRequestSchema,
} from '../../shared/domain/evidence.js';
import { harmRequestSchema } from '../../shared/domain/harm.js';
import { HelperInviteRequest } from '../../shared/domain/helpers.js';
import { identityRequestSchema } from '../../shared/domain/identity.js';
import { LetterRequest } from '../../shared/domain/letter.js';
import { DiscretionRequest, DossierDeliveryRequest } from '../../shared/domain/mail-preferences.js';
import { MailSettingsRequest } from '../../shared/domain/mail-settings.js';
import { OffencesRequest } from '../../shared/domain/offences.js';
import { OpenCaseRequest } from '../../shared/domain/open-case.js';
import { PlatformAnswerRequest } from '../../shared/domain/platform-answers.js';
import { STEP_REQUESTS } from '../../shared/domain/step-requests.js';
import { WitnessLinkRequest, WitnessRequest } from '../../shared/domain/witnesses.js';
import {
  AuthorsAnswer,
  CaseViewAnswer,
  CountdownsAnswer,
  DiscretionAnswer,
  DossierCompiling,
  DossierDeliveryAnswer,
  DossierStatusAnswer,
  FactRecorded,
  HarmAnswer,
  HelperInvited,
  HelpersAnswer,
  IdentityAnswer,
  LetterAnswer,
  LinkAdded,
  MailSettingsAnswer,
  OffencesAnswer,
  OpenApiDocument,
  OpenedCaseAnswer,
  ResumeAnswer,
  StepAnswer,
  UploadIssued,
  WitnessAdded,
  WitnessLinkSent,
} from './answers.js';
import type { Operation } from './operation.js';
import { NoticeAnswer, PlatformAnswerAnswer } from './platform-answers.js';

export type { Answer, BodyByParameter, Operation } from './operation.js';

const CASE = '/api/v1/cases/:caseId';

/** Every route under `/api/`: a test fails when the app and this list differ. */
export const OPERATIONS: readonly Operation[] = [
  {
    method: 'get',
    path: '/api/v1/openapi.json',
    operationId: 'getOpenApiDocument',
    summary: 'This document',
    bearer: false,
    answers: { 200: { description: 'The OpenAPI document', body: OpenApiDocument } },
  },
  {
    method: 'post',
    path: '/api/v1/cases',
    operationId: 'openCase',
    summary: 'Open a case',
    description:
      'Records the case and starts its workflow, which sends the welcome mail. The access token is shown once.',
    bearer: false,
    body: { schema: OpenCaseRequest, maxBytes: OPEN_CASE_MAX_BYTES },
    answers: { 201: { description: 'Opened', body: OpenedCaseAnswer, headers: ['Location'] } },
    problems: [
      problems.tooManyCasesForEmail(5),
      problems.tooManyRequests('cases opened from this address'),
    ],
  },
  {
    method: 'get',
    path: CASE,
    operationId: 'getCase',
    summary: 'The case',
    description:
      'Gzipped for clients that accept it. May lag writes made elsewhere by up to a second; `Cache-Control: no-cache` always reads the log.',
    bearer: true,
    answers: { 200: { description: 'The case', body: CaseViewAnswer } },
  },
  {
    method: 'delete',
    path: CASE,
    operationId: 'eraseCase',
    summary: 'Erase the case',
    description: 'Stops the workflow and deletes every object of the case.',
    bearer: true,
    answers: { 204: { description: 'Erased' } },
  },
  {
    method: 'post',
    path: `${CASE}/steps/:stepId`,
    operationId: 'completeStep',
    summary: 'Complete a step',
    description:
      'Each step takes its own body. Posting a step twice answers `already-complete` and changes nothing.',
    bearer: true,
    body: { parameter: 'stepId', schemas: STEP_REQUESTS, maxBytes: STEP_BODY_MAX_BYTES },
    answers: { 200: { description: 'Recorded, or already complete', body: StepAnswer } },
    problems: [
      problems.unknownStep([]),
      problems.stepConflict(''),
      problems.stepNotApplicable(''),
      problems.stepMissing('evidence'),
    ],
  },
  {
    method: 'post',
    path: `${CASE}/resume`,
    operationId: 'resumeCase',
    summary: 'Resume the workflow at the current step',
    bearer: true,
    answers: {
      200: { description: 'Already running, or closed', body: ResumeAnswer },
      202: { description: 'Resumed', body: ResumeAnswer },
    },
    problems: [problems.workflowUnavailable()],
  },
  {
    method: 'post',
    path: `${CASE}/uploads`,
    operationId: 'issueUpload',
    summary: 'An upload form for one evidence file',
    description:
      'A presigned POST for one key, the declared type and the exact declared size, valid 10 minutes.',
    bearer: true,
    body: { schema: uploadRequestSchema(), maxBytes: EVIDENCE_BODY_MAX_BYTES },
    answers: { 201: { description: 'Issued', body: UploadIssued } },
    problems: [evidenceProblems.evidenceLimit(), evidenceProblems.storageLimit()],
  },
  {
    method: 'post',
    path: `${CASE}/links`,
    operationId: 'addLink',
    summary: 'Add a link as evidence',
    bearer: true,
    body: { schema: linkRequestSchema(), maxBytes: EVIDENCE_BODY_MAX_BYTES },
    answers: { 201: { description: 'Added', body: LinkAdded } },
    problems: [evidenceProblems.evidenceLimit()],
  },
  {
    method: 'post',
    path: `${CASE}/facts`,
    operationId: 'recordFact',
    summary: 'Record a dated fact',
    bearer: true,
    body: { schema: factRequestSchema(), maxBytes: EVIDENCE_BODY_MAX_BYTES },
    answers: { 201: { description: 'Recorded', body: FactRecorded } },
    problems: [evidenceProblems.factLimit()],
  },
  {
    method: 'get',
    path: `${CASE}/evidence/:evidenceId`,
    operationId: 'downloadEvidence',
    summary: 'Download an evidence file',
    bearer: true,
    answers: { 302: { description: 'To a 60-second download link', headers: ['Location'] } },
    problems: [evidenceProblems.evidenceNotFound()],
  },
  {
    method: 'put',
    path: `${CASE}/evidence/:evidenceId`,
    operationId: 'describeEvidence',
    summary: "Put an evidence item's details right",
    description:
      'For a file or a link: the details given replace the ones given before (a field left out is cleared); a link keeps its address unless a new `url` is given.',
    bearer: true,
    body: { schema: evidenceDetailsSchema(), maxBytes: EVIDENCE_BODY_MAX_BYTES },
    answers: { 204: { description: 'Described' } },
    problems: [evidenceProblems.itemNotFound()],
  },
  {
    method: 'delete',
    path: `${CASE}/evidence/:evidenceId`,
    operationId: 'withdrawEvidence',
    summary: 'Withdraw an evidence item given by mistake',
    description:
      "A file is deleted, every version of it. The case's log keeps that it was withdrawn, when, and the file's hash; the case view and the next dossier list neither the item nor its content. Withdrawing it again answers 204.",
    bearer: true,
    answers: { 204: { description: 'Withdrawn' } },
    problems: [evidenceProblems.itemNotFound()],
  },
  {
    method: 'put',
    path: `${CASE}/facts/:factId`,
    operationId: 'editFact',
    summary: 'Put a fact right',
    description: 'The fact as it should read, whole: it replaces the one recorded before.',
    bearer: true,
    body: { schema: factRequestSchema(), maxBytes: EVIDENCE_BODY_MAX_BYTES },
    answers: { 204: { description: 'Edited' } },
    problems: [evidenceProblems.factNotFound()],
  },
  {
    method: 'delete',
    path: `${CASE}/facts/:factId`,
    operationId: 'withdrawFact',
    summary: 'Withdraw a fact recorded by mistake',
    description:
      'The case view and the next dossier no longer list it. Withdrawing it again answers 204.',
    bearer: true,
    answers: { 204: { description: 'Withdrawn' } },
    problems: [evidenceProblems.factNotFound()],
  },
  {
    method: 'post',
    path: `${CASE}/dossier`,
    operationId: 'compileDossier',
    summary: 'Compile a new version of the dossier',
    bearer: true,
    answers: {
      202: { description: 'Compiling', body: DossierCompiling, headers: ['Location'] },
    },
    problems: [problems.dossierUnavailable()],
  },
  {
    method: 'get',
    path: `${CASE}/dossier`,
    operationId: 'getDossierStatus',
    summary: 'The running compilation and every version',
    bearer: true,
    answers: { 200: { description: 'Status', body: DossierStatusAnswer } },
  },
  {
    method: 'get',
    path: `${CASE}/dossier/:version/:name`,
    operationId: 'downloadDossierFile',
    summary: 'Download `dossier.pdf` or `dossier.zip` of a version',
    bearer: true,
    answers: { 303: { description: 'To a 60-second download link', headers: ['Location'] } },
    problems: [problems.dossierFileNotFound()],
  },
  {
    method: 'put',
    path: `${CASE}/identity`,
    operationId: 'recordIdentity',
    summary: "The victim's identity for the complaint, replaced whole",
    bearer: true,
    body: { schema: identityRequestSchema(), maxBytes: IDENTITY_MAX_BYTES },
    answers: { 200: { description: 'Recorded', body: IdentityAnswer } },
  },
  {
    method: 'put',
    path: `${CASE}/harm`,
    operationId: 'recordHarm',
    summary: 'What the medical certificate says of the harm, replaced whole',
    bearer: true,
    body: { schema: harmRequestSchema(), maxBytes: HARM_MAX_BYTES },
    answers: { 200: { description: 'Recorded', body: HarmAnswer } },
  },
  {
    method: 'put',
    path: `${CASE}/letter`,
    operationId: 'recordLetterDetails',
    summary:
      'Where the letter to the Procureur goes (tribunal judiciaire) and is signed, and the civil-party intent, replaced whole',
    bearer: true,
    body: { schema: LetterRequest, maxBytes: LETTER_MAX_BYTES },
    answers: { 200: { description: 'Recorded', body: LetterAnswer } },
  },
  {
    method: 'put',
    path: `${CASE}/authors`,
    operationId: 'recordAuthors',
    summary: 'The presumed authors (name if known, pseudonyms, profiles), replaced whole',
    bearer: true,
    body: { schema: AuthorsRequest, maxBytes: AUTHORS_MAX_BYTES },
    answers: { 200: { description: 'Recorded', body: AuthorsAnswer } },
  },
  {
    method: 'put',
    path: `${CASE}/offences`,
    operationId: 'confirmOffences',
    summary:
      'The offences besides online harassment that the victim recognises; the dossier names only those',
    bearer: true,
    body: { schema: OffencesRequest, maxBytes: OFFENCES_MAX_BYTES },
    answers: { 200: { description: 'Recorded', body: OffencesAnswer } },
  },
  {
    method: 'post',
    path: `${CASE}/witnesses`,
    operationId: 'addWitness',
    summary: 'Name a witness',
    bearer: true,
    body: { schema: WitnessRequest, maxBytes: WITNESS_MAX_BYTES },
    answers: { 201: { description: 'Added', body: WitnessAdded } },
    problems: [witnessProblems.witnessLimit()],
  },
  {
    method: 'delete',
    path: `${CASE}/witnesses/:witnessId`,
    operationId: 'removeWitness',
    summary: 'Take a witness off the case',
    bearer: true,
    answers: { 204: { description: 'Removed' } },
    problems: [witnessProblems.witnessNotFound()],
  },
  {
    method: 'post',
    path: `${CASE}/witnesses/:witnessId/link`,
    operationId: 'sendWitnessLink',
    summary:
      'Mail the witness a single-use link to write their own attestation (art. 202 CPC); the address is used for that mail only',
    bearer: true,
    body: { schema: WitnessLinkRequest, maxBytes: WITNESS_LINK_MAX_BYTES },
    answers: { 202: { description: 'Sent', body: WitnessLinkSent } },
    problems: [
      witnessProblems.witnessNotFound(),
      witnessLinkProblems['link-out'](),
      witnessLinkProblems.attested(),
      witnessLinkProblems['case-limit'](),
      witnessLinkProblems['address-limit'](),
      witnessLinkProblems['not-sent'](),
    ],
  },
  {
    method: 'delete',
    path: `${CASE}/witnesses/:witnessId/link`,
    operationId: 'cancelWitnessLink',
    summary: 'Cancel a witness link not yet used',
    bearer: true,
    answers: { 204: { description: 'Cancelled' } },
    problems: [witnessLinkProblems.noLink()],
  },
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
