import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { toCaseView } from '../../shared/domain/case-view.js';
import { type DsaNotice, dsaNoticeOf } from '../../shared/domain/dsa-notice.js';
import { PlatformAnswerRequest } from '../../shared/domain/platform-answers.js';
import { recordPlatformAnswer } from '../../shared/usecases/platform-answers.js';
import { readOwnCase } from '../../shared/usecases/read-case.js';
import { caseNotFound } from './abuse-limits.js';
import type { ApiDeps } from './deps.js';
import { bearerToken, parseJsonBody } from './json-body.js';
import { type Problem, problemResponse, problems } from './problem.js';

/** An answer, a date, a reference, the platform's reasons (1,000 characters) and follow-ups. */
export const PLATFORM_ANSWER_MAX_BYTES = 8 * 1024;

export const platformProblems = {
  reportNotFound: (): Problem => ({
    type: '/problems/report-not-found',
    title: 'Report not found',
    status: 404,
    detail: 'No report of this case matches this id (see `reports[].reportId` in the case).',
  }),
};

/**
 * A notice's words in both languages. Loaded at the first notice: they hold the dossier's
 * and the offences' text tables, which a cold start answering anything else never needs.
 */
async function noticeTexts(notice: DsaNotice) {
  const { noticeText } = await import('../../shared/i18n/dsa-notice.js');
  return { fr: noticeText(notice, 'fr'), en: noticeText(notice, 'en') };
}

/**
 * The reports made to platforms under the Digital Services Act: the art. 16 notice of each,
 * ready to paste into the platform's form, and what the platform answered.
 */
export function platformRoutes(deps: ApiDeps) {
  const ownCase = (c: Context) =>
    readOwnCase(deps.log, c.req.param('caseId') ?? '', bearerToken(c));
  return new Hono()
    .get('/:caseId/reports/:reportId/notice', async (c) => {
      const state = await ownCase(c);
      if (!state) return caseNotFound(c);
      const report = state.reports.find((r) => r.reportId === c.req.param('reportId'));
      if (!report) return problemResponse(c, platformProblems.reportNotFound());
      const notice = dsaNoticeOf(toCaseView(state, deps.now?.()), report);
      const { platform } = notice;
      return c.json({
        ...notice,
        ...(platform
          ? {
              platform: {
                id: platform.id,
                name: platform.name,
                ...(platform.language ? { language: platform.language } : {}),
                ...(platform.adviceForum ? { adviceForum: true } : {}),
              },
            }
          : {}),
        text: await noticeTexts(notice),
      });
    })
    .put(
      '/:caseId/reports/:reportId/answer',
      bodyLimit({
        maxSize: PLATFORM_ANSWER_MAX_BYTES,
        onError: (c) => problemResponse(c, problems.tooLarge(PLATFORM_ANSWER_MAX_BYTES)),
      }),
      async (c) => {
        const state = await ownCase(c);
        if (!state) return caseNotFound(c);
        const parsed = await parseJsonBody(c, PlatformAnswerRequest);
        if (!parsed.ok) return problemResponse(c, parsed.problem);
        const reportId = c.req.param('reportId');
        const result = await recordPlatformAnswer(deps, state, reportId, parsed.value);
        if (result.outcome === 'report-not-found')
          return problemResponse(c, platformProblems.reportNotFound());
        return c.json({ reportId, ...parsed.value });
      },
    );
}
