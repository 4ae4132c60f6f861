import { toCaseView } from '../../shared/domain/case-view.js';
import type { CaseState } from '../../shared/domain/fold.js';
import { REJECTION_TEXT } from '../../shared/i18n/evidence.js';

/**
 * The case as `GET /api/v1/cases/{id}` answers it: the domain's view, with each refused
 * upload's reason worded in the case's language (`message`) for the client to show.
 */
export function toApiCaseView(state: CaseState, now: Date = new Date()) {
  const view = toCaseView(state, now);
  return {
    ...view,
    rejectedUploads: view.rejectedUploads.map((rejected) => ({
      ...rejected,
      message: REJECTION_TEXT[state.locale][rejected.reason],
    })),
  };
}
export type ApiCaseView = ReturnType<typeof toApiCaseView>;
