import {
  HARM_MAX_BYTES,
  IDENTITY_MAX_BYTES,
  WITNESS_MAX_BYTES,
  witnessProblems,
} from '../../functions/http/complaint-details-routes.js';
import {
  AUTHORS_MAX_BYTES,
  LETTER_MAX_BYTES,
  OFFENCES_MAX_BYTES,
} from '../../functions/http/letter-routes.js';
import {
  WITNESS_LINK_MAX_BYTES,
  witnessLinkProblems,
} from '../../functions/http/witness-links-routes.js';
import { WitnessFileRole } from '../../shared/domain/attestation.js';
import { AuthorsRequest } from '../../shared/domain/authors.js';
import { harmRequestSchema } from '../../shared/domain/harm.js';
import { identityRequestSchema } from '../../shared/domain/identity.js';
import { LetterRequest } from '../../shared/domain/letter.js';
import { OffencesRequest } from '../../shared/domain/offences.js';
import { WitnessLinkRequest, WitnessRequest } from '../../shared/domain/witnesses.js';
import {
  AuthorsAnswer,
  HarmAnswer,
  IdentityAnswer,
  LetterAnswer,
  OffencesAnswer,
  WitnessAdded,
  WitnessLinkSent,
} from './answers.js';
import { CASE, type Operation } from './operation.js';

/** What the complaint and the letters say: identity, harm, letter, authors, offences, witnesses. */
export const COMPLAINT_OPERATIONS: readonly Operation[] = [
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
    path: `${CASE}/witnesses/:witnessId/files/:role`,
    operationId: 'downloadWitnessFile',
    parameters: { role: WitnessFileRole },
    summary:
      'Download a file of a sent attestation: `identity` (the copy of the witness’s identity document) or `signature`',
    bearer: true,
    answers: { 302: { description: 'To a 60-second download link', headers: ['Location'] } },
    problems: [witnessLinkProblems.noFile()],
  },
];
