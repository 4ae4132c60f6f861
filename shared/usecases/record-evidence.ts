import type { CaseLog } from '../case-log.js';
import type { HelperActor } from '../domain/actor.js';
import {
  type FactRequest,
  type LinkRequest,
  MAX_EVIDENCE_PER_CASE,
  MAX_FACTS_PER_CASE,
} from '../domain/evidence.js';
import type { CaseState } from '../domain/fold.js';
import type { Logger } from '../logger.js';
import { evidenceCount } from './issue-upload.js';

export interface RecordEvidenceDeps {
  readonly log: CaseLog;
  readonly logger: Logger;
}

/** When the request is handled, and the source of time-ordered ids (like every id of a case). */
export interface NewRecordOptions {
  readonly now: Date;
  readonly nextId: (time: number) => string;
  /** Who acts when it is not the victim: a helper she invited (the pages check the role). */
  readonly by?: HelperActor;
}

export type AddLinkResult =
  | { readonly ok: true; readonly evidenceId: string }
  | { readonly ok: false; readonly reason: 'evidence-limit' };

/** Keeps the link of a page as evidence, within the case's evidence limit. */
export async function addLink(
  deps: RecordEvidenceDeps,
  state: CaseState,
  link: LinkRequest,
  options: NewRecordOptions,
): Promise<AddLinkResult> {
  const now = options.now.getTime();
  if (evidenceCount(state, now) >= MAX_EVIDENCE_PER_CASE)
    return { ok: false, reason: 'evidence-limit' };
  const evidenceId = options.nextId(now);
  await deps.log.append({
    type: 'link-added',
    caseId: state.caseId,
    evidenceId,
    ...link,
    ...(options.by ? { by: options.by } : {}),
  });
  deps.logger.info('link added', { caseId: state.caseId, evidenceId, eventType: 'link-added' });
  return { ok: true, evidenceId };
}

export type RecordFactResult =
  | { readonly ok: true; readonly factId: string }
  | { readonly ok: false; readonly reason: 'fact-limit' }
  /** `evidenceIds` cites ids that are no evidence of this case: their indexes in the list. */
  | {
      readonly ok: false;
      readonly reason: 'unknown-evidence';
      readonly unknown: readonly number[];
    };

/** Records a dated fact, within the case's fact limit, citing only this case's evidence. */
export async function recordFact(
  deps: RecordEvidenceDeps,
  state: CaseState,
  fact: FactRequest,
  options: NewRecordOptions,
): Promise<RecordFactResult> {
  if (state.evidence.facts.length >= MAX_FACTS_PER_CASE) return { ok: false, reason: 'fact-limit' };
  // A fact may cite evidence still uploading; never evidence of another case.
  const known = new Set([
    ...state.evidence.items.map((item) => item.evidenceId),
    ...Object.keys(state.evidence.uploads),
  ]);
  const unknown = fact.evidenceIds.flatMap((id, index) => (known.has(id) ? [] : [index]));
  if (unknown.length) return { ok: false, reason: 'unknown-evidence', unknown };
  const factId = options.nextId(options.now.getTime());
  await deps.log.append({
    type: 'fact-recorded',
    caseId: state.caseId,
    factId,
    ...fact,
    ...(options.by ? { by: options.by } : {}),
  });
  deps.logger.info('fact recorded', { caseId: state.caseId, eventType: 'fact-recorded' });
  return { ok: true, factId };
}
