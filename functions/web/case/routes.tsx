import { Hono } from 'hono';
import { UploadKind } from '../../../shared/domain/evidence.js';
import { ID_PATTERN, isCaseId } from '../../../shared/domain/ids.js';
import { StepId } from '../../../shared/domain/steps.js';
import { sitePath } from '../frame/layout.js';
import type { PageContext } from '../page-context.js';
import { csrfToken, pageLocale } from '../session.js';
import { SignedOutPage } from '../sign-in/view.js';
import { caseForms } from './case-form.js';
import { detailsRoutes } from './details/routes.js';
import { witnessLinkRoutes } from './details/witness-link-routes.js';
import { dossierRoutes } from './dossier/routes.js';
import { evidenceRoutes } from './evidence/routes.js';
import { uploadRoutes } from './evidence/upload-routes.js';
import { factsRoutes } from './facts/routes.js';
import { helpersPageRoutes } from './helpers/routes.js';
import { letterRoutes } from './letter/routes.js';
import { platformRoutes } from './platforms/routes.js';
import { putRightRoutes } from './put-right/routes.js';
import { leaveRoutes } from './safety/leave-routes.js';
import { safetyRoutes } from './safety/routes.js';
import { stepsRoutes } from './steps/routes.js';
import { NOTICE_CODES, type NoticeCode } from './texts.js';

function isNotice(code: string | undefined): code is NoticeCode {
  return (NOTICE_CODES as readonly (string | undefined)[]).includes(code);
}

/** The case page, and one sub-app per section of it, each with its forms. */
export function caseRoutes(web: PageContext) {
  const forms = caseForms(web);
  const app = new Hono();

  app.get('/cases/:caseId', async (c) => {
    const state = await web.ownCase(c);
    const ok = c.req.query('ok');
    if (!state) {
      const locale = pageLocale(c);
      const caseId = c.req.param('caseId');
      // Arriving from another site (a mail, the upload's redirect), the browser holds back
      // SameSite=Strict cookies: one same-site refresh brings them.
      const url = new URL(c.req.url);
      const refresh = url.searchParams.has('r')
        ? undefined
        : `${sitePath(url.pathname)}?${new URLSearchParams({ ...(ok ? { ok } : {}), r: '1' })}`;
      return c.html(
        <SignedOutPage
          {...web.frame(c, locale)}
          refreshTo={refresh}
          csrf={csrfToken(c)}
          caseId={isCaseId(caseId) ? caseId : ''}
        />,
      );
    }
    const step = StepId.safeParse(c.req.query('step'));
    const uploaded = UploadKind.safeParse(c.req.query('uploaded'));
    return forms.render(c, state, {
      notice: isNotice(ok) ? ok : undefined,
      openStep: step.success ? step.data : undefined,
      atNow: c.req.query('at') === 'now',
      uploaded: uploaded.success
        ? {
            kind: uploaded.data,
            evidenceId: ID_PATTERN.test(c.req.query('item') ?? '')
              ? c.req.query('item')
              : undefined,
            attempt: Math.min(Number.parseInt(c.req.query('try') ?? '0', 10) || 0, 99),
            url: `${new URL(c.req.url).pathname}${new URL(c.req.url).search}`,
          }
        : undefined,
    });
  });

  app.route('/', stepsRoutes(web, forms));
  app.route('/', evidenceRoutes(web, forms));
  app.route('/', uploadRoutes(web));
  app.route('/', factsRoutes(web, forms));
  app.route('/', putRightRoutes(web, forms));
  app.route('/', platformRoutes(web, forms));
  app.route('/', detailsRoutes(web, forms));
  app.route('/', witnessLinkRoutes(web, forms));
  app.route('/', helpersPageRoutes(web));
  app.route('/', letterRoutes(web, forms));
  app.route('/', dossierRoutes(web, forms));
  app.route('/', leaveRoutes(web, forms));
  app.route('/', safetyRoutes(web, forms));
  return app;
}
