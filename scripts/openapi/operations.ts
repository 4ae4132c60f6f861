import { OPEN_CASE_MAX_BYTES } from '../../functions/http/cases-routes.js';
import { EVIDENCE_BODY_MAX_BYTES, evidenceProblems } from '../../functions/http/evidence-routes.js';
import { problems } from '../../functions/http/problem.js';
import { STEP_BODY_MAX_BYTES } from '../../functions/http/steps-routes.js';
import {
  evidenceDetailsSchema,
  factRequestSchema,
  linkRequestSchema,
  uploadRequestSchema,
} from '../../shared/domain/evidence.js';
import { OpenCaseRequest } from '../../shared/domain/open-case.js';
import { STEP_REQUESTS } from '../../shared/domain/step-requests.js';
import {
  CaseViewAnswer,
  DossierCompiling,
  DossierStatusAnswer,
  FactRecorded,
  LinkAdded,
  OpenApiDocument,
  OpenedCaseAnswer,
  ResumeAnswer,
  StepAnswer,
  UploadIssued,
} from './answers.js';
import { COMPLAINT_OPERATIONS } from './complaint-operations.js';
import { CONTACT_OPERATIONS } from './contact-operations.js';
import { CASE, type Operation } from './operation.js';

export type { Answer, BodyByParameter, Operation } from './operation.js';

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
  ...COMPLAINT_OPERATIONS,
  ...CONTACT_OPERATIONS,
];
