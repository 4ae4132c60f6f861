import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { monotonicFactory } from 'ulid';
import {
  evidenceDetailsSchema,
  factRequestSchema,
  linkRequestSchema,
  MAX_BYTES_PER_CASE,
  MAX_EVIDENCE_PER_CASE,
  MAX_FACTS_PER_CASE,
  uploadRequestSchema,
} from '../../shared/domain/evidence.js';
import { evidenceDownload } from '../../shared/usecases/download-links.js';
import { issueUpload } from '../../shared/usecases/issue-upload.js';
import {
  describeEvidence,
  editFact,
  type PutRightResult,
  withdrawEvidence,
  withdrawFact,
} from '../../shared/usecases/put-right-evidence.js';
import { readOwnCase } from '../../shared/usecases/read-case.js';
import { addLink, recordFact } from '../../shared/usecases/record-evidence.js';
import { caseNotFound } from './abuse-limits.js';
import type { ApiDeps } from './deps.js';
import { bearerToken, parseJsonBody } from './json-body.js';
import { type Problem, problemResponse, problems } from './problem.js';

/** Evidence requests are short JSON: the files themselves go straight to storage. */
export const EVIDENCE_BODY_MAX_BYTES = 16 * 1024;

export const evidenceProblems = {
  evidenceLimit: (): Problem => ({
    type: '/problems/evidence-limit',
    title: 'Too much evidence in this case',
    status: 409,
    detail: `A case holds at most ${MAX_EVIDENCE_PER_CASE} evidence items (files and links, uploads in progress included).`,
  }),
  factLimit: (): Problem => ({
    type: '/problems/fact-limit',
    title: 'Too many facts in this case',
    status: 409,
    detail: `A case holds at most ${MAX_FACTS_PER_CASE} facts.`,
  }),
  storageLimit: (): Problem => ({
    type: '/problems/storage-limit',
    title: 'Too many bytes in this case',
    status: 409,
    detail: `A case holds at most ${MAX_BYTES_PER_CASE / 1e9} GB of files (uploads in progress included).`,
  }),
  evidenceNotFound: (): Problem => ({
    type: '/problems/evidence-not-found',
    title: 'Evidence not found',
    status: 404,
    detail: 'No file of this case matches this id.',
  }),
  itemNotFound: (): Problem => ({
    type: '/problems/evidence-not-found',
    title: 'Evidence not found',
    status: 404,
    detail: 'No evidence item (file or link) of this case matches this id.',
  }),
  factNotFound: (): Problem => ({
    type: '/problems/fact-not-found',
    title: 'Fact not found',
    status: 404,
    detail: 'No fact of this case matches this id.',
  }),
};

/** `evidenceIds` citing no evidence of this case, as fields of a problem. */
function unknownEvidence(unknown: readonly number[]): Problem {
  return problems.invalidFields(
    unknown.map((index) => ({
      field: `evidenceIds.${index}`,
      detail: 'must be the id of evidence of this case',
    })),
  );
}

/**
 * Evidence intake: upload forms (the browser posts the file straight to storage),
 * links, dated facts, and downloads for the case's owner.
 */
export function evidenceRoutes(deps: ApiDeps) {
  const now = deps.now ?? (() => new Date());
  const nowMs = () => now().getTime();
  const nextId = monotonicFactory();
  const limit = bodyLimit({
    maxSize: EVIDENCE_BODY_MAX_BYTES,
    onError: (c) => problemResponse(c, problems.tooLarge(EVIDENCE_BODY_MAX_BYTES)),
  });
  const ownCase = (c: Context) =>
    readOwnCase(deps.log, c.req.param('caseId') ?? '', bearerToken(c));

  return new Hono()
    .post('/:caseId/uploads', limit, async (c) => {
      const state = await ownCase(c);
      if (!state) return caseNotFound(c);
      const parsed = await parseJsonBody(c, uploadRequestSchema(nowMs));
      if (!parsed.ok) return problemResponse(c, parsed.problem);
      const issued = await issueUpload(deps, state, parsed.value, { now: now(), nextId });
      if (!issued.ok)
        return problemResponse(
          c,
          issued.reason === 'evidence-limit'
            ? evidenceProblems.evidenceLimit()
            : evidenceProblems.storageLimit(),
        );
      const { evidenceId, upload, expiresAt, maxBytes } = issued;
      return c.json({ evidenceId, upload, expiresAt, maxBytes }, 201);
    })
    .post('/:caseId/links', limit, async (c) => {
      const state = await ownCase(c);
      if (!state) return caseNotFound(c);
      const parsed = await parseJsonBody(c, linkRequestSchema(nowMs));
      if (!parsed.ok) return problemResponse(c, parsed.problem);
      const added = await addLink(deps, state, parsed.value, { now: now(), nextId });
      if (!added.ok) return problemResponse(c, evidenceProblems.evidenceLimit());
      return c.json({ evidenceId: added.evidenceId }, 201);
    })
    .post('/:caseId/facts', limit, async (c) => {
      const state = await ownCase(c);
      if (!state) return caseNotFound(c);
      const parsed = await parseJsonBody(c, factRequestSchema(nowMs));
      if (!parsed.ok) return problemResponse(c, parsed.problem);
      const recorded = await recordFact(deps, state, parsed.value, { now: now(), nextId });
      if (recorded.ok) return c.json({ factId: recorded.factId }, 201);
      if (recorded.reason === 'fact-limit') return problemResponse(c, evidenceProblems.factLimit());
      return problemResponse(c, unknownEvidence(recorded.unknown));
    })
    .put('/:caseId/facts/:factId', limit, async (c) => {
      const state = await ownCase(c);
      if (!state) return caseNotFound(c);
      const parsed = await parseJsonBody(c, factRequestSchema(nowMs));
      if (!parsed.ok) return problemResponse(c, parsed.problem);
      const edited = await editFact(deps, state, c.req.param('factId'), parsed.value);
      return putRight(c, edited, evidenceProblems.factNotFound());
    })
    .delete('/:caseId/facts/:factId', async (c) => {
      const state = await ownCase(c);
      if (!state) return caseNotFound(c);
      const withdrawn = await withdrawFact(deps, state, c.req.param('factId'));
      return putRight(c, withdrawn, evidenceProblems.factNotFound());
    })
    .put('/:caseId/evidence/:evidenceId', limit, async (c) => {
      const state = await ownCase(c);
      if (!state) return caseNotFound(c);
      const parsed = await parseJsonBody(c, evidenceDetailsSchema(nowMs));
      if (!parsed.ok) return problemResponse(c, parsed.problem);
      const described = await describeEvidence(
        deps,
        state,
        c.req.param('evidenceId'),
        parsed.value,
      );
      return putRight(c, described, evidenceProblems.itemNotFound());
    })
    .delete('/:caseId/evidence/:evidenceId', async (c) => {
      const state = await ownCase(c);
      if (!state) return caseNotFound(c);
      const withdrawn = await withdrawEvidence(deps, state, c.req.param('evidenceId'));
      return putRight(c, withdrawn, evidenceProblems.itemNotFound());
    })
    .get('/:caseId/evidence/:evidenceId', async (c) => {
      const state = await ownCase(c);
      if (!state) return caseNotFound(c);
      const url = await evidenceDownload(deps, state, c.req.param('evidenceId'));
      if (!url) return problemResponse(c, evidenceProblems.evidenceNotFound());
      c.header('Cache-Control', 'no-store');
      return c.redirect(url, 302);
    });
}

function putRight(c: Context, result: PutRightResult, notFound: Problem) {
  if (result.ok) return c.body(null, 204);
  if (result.reason === 'not-found') return problemResponse(c, notFound);
  return problemResponse(c, unknownEvidence(result.unknown));
}
