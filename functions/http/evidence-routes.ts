import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { monotonicFactory } from 'ulid';
import { evidenceKey } from '../../shared/bucket-keys.js';
import {
  factRequestSchema,
  linkRequestSchema,
  MAX_BYTES_PER_CASE,
  MAX_EVIDENCE_PER_CASE,
  uploadRequestSchema,
} from '../../shared/domain/evidence.js';
import { evidenceCount, issueUpload } from '../../shared/usecases/issue-upload.js';
import { readOwnCase } from '../../shared/usecases/read-case.js';
import { caseNotFound } from './abuse-limits.js';
import type { ApiDeps } from './deps.js';
import { bearerToken, parseJsonBody } from './json-body.js';
import { type Problem, problemResponse, problems } from './problem.js';

/** Evidence requests are short JSON: the files themselves go straight to storage. */
export const EVIDENCE_BODY_MAX_BYTES = 16 * 1024;
/** Facts per case: far beyond any real chronology, short of an unbounded log. */
export const MAX_FACTS_PER_CASE = 1000;
/** Lifetime of a download link, made when the owner asks. */
export const DOWNLOAD_EXPIRY_SECONDS = 60;

const evidenceProblems = {
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
};

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
      if (evidenceCount(state, nowMs()) >= MAX_EVIDENCE_PER_CASE)
        return problemResponse(c, evidenceProblems.evidenceLimit());

      const evidenceId = nextId(nowMs());
      await deps.log.append({
        type: 'link-added',
        caseId: state.caseId,
        evidenceId,
        ...parsed.value,
      });
      deps.logger.info('link added', { caseId: state.caseId, evidenceId, eventType: 'link-added' });
      return c.json({ evidenceId }, 201);
    })
    .post('/:caseId/facts', limit, async (c) => {
      const state = await ownCase(c);
      if (!state) return caseNotFound(c);
      const parsed = await parseJsonBody(c, factRequestSchema(nowMs));
      if (!parsed.ok) return problemResponse(c, parsed.problem);
      if (state.evidence.facts.length >= MAX_FACTS_PER_CASE)
        return problemResponse(c, evidenceProblems.factLimit());

      // A fact may cite evidence still uploading; never evidence of another case.
      const known = new Set([
        ...state.evidence.items.map((item) => item.evidenceId),
        ...Object.keys(state.evidence.uploads),
      ]);
      const unknown = parsed.value.evidenceIds.flatMap((id, index) =>
        known.has(id)
          ? []
          : [{ field: `evidenceIds.${index}`, detail: 'must be the id of evidence of this case' }],
      );
      if (unknown.length) return problemResponse(c, problems.invalidFields(unknown));

      const factId = nextId(nowMs());
      await deps.log.append({
        type: 'fact-recorded',
        caseId: state.caseId,
        factId,
        ...parsed.value,
      });
      deps.logger.info('fact recorded', { caseId: state.caseId, eventType: 'fact-recorded' });
      return c.json({ factId }, 201);
    })
    .get('/:caseId/evidence/:evidenceId', async (c) => {
      const state = await ownCase(c);
      if (!state) return caseNotFound(c);
      const item = state.evidence.items.find((i) => i.evidenceId === c.req.param('evidenceId'));
      if (!item || item.kind === 'link')
        return problemResponse(c, evidenceProblems.evidenceNotFound());

      // A fresh short link: the file may be a 500 MB video, beyond what a Lambda answers.
      const url = await deps.store.presignGet(evidenceKey(state.caseId, item.evidenceId), {
        expiresSeconds: DOWNLOAD_EXPIRY_SECONDS,
        fileName: item.fileName,
        contentType: item.contentType,
      });
      deps.logger.info('evidence download', { caseId: state.caseId, evidenceId: item.evidenceId });
      c.header('Cache-Control', 'no-store');
      return c.redirect(url, 302);
    });
}
