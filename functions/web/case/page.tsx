import type { CaseView } from '../../../shared/domain/case-view.js';
import type { UploadKind } from '../../../shared/domain/evidence.js';
import type { StepId } from '../../../shared/domain/steps.js';
import { deadlineText } from '../../../shared/i18n/deadlines.js';
import type { PresignedPost } from '../../../shared/ports/blob-store.js';
import type { FormState } from '../forms/form-state.js';
import { formTexts } from '../forms/texts.js';
import { Page, type PageFrame } from '../frame/layout.js';
import { formatDate } from '../session.js';
import { HarmSection, IdentitySection, WitnessesSection } from './details/view.js';
import type { DossierRun } from './dossier/progress-view.js';
import { DossierSection } from './dossier/view.js';
import { EvidenceSection } from './evidence/view.js';
import { FactsSection } from './facts/view.js';
import { HelpersLink } from './helpers/view.js';
import { LetterSection, MissingSection } from './letter/view.js';
import { SafetySection } from './safety/view.js';
import { NowSection, StepsSection } from './steps/view.js';
import { caseTexts, type NoticeCode } from './texts.js';

export interface CasePageProps extends Omit<PageFrame, 'title'> {
  readonly csrf: string;
  readonly view: CaseView;
  readonly uploads: Partial<Record<UploadKind, PresignedPost>>;
  /** Where the dossier's compilation stands. */
  readonly dossierRun?: DossierRun;
  readonly notice?: string;
  /** Which notice it is: the part of the page it is about opens. */
  readonly noticeCode?: NoticeCode;
  /** The notice is about the step just done from "What to do now": said there. */
  readonly noticeAtNow?: boolean;
  /** The step the notice is about (a redirect after its form): shown open with the current one. */
  readonly openStep?: StepId;
  readonly form?: FormState;
  readonly today: string;
  /** Whether this browser may turn the mails back on (see `mayResumeMails`). */
  readonly canResumeMails: boolean;
  /** A stop from a mail's link holds for the case's address (`shared/address-mail.ts`). */
  readonly addressMailStopped?: boolean;
  /** This device is marked as shared: the quick exit signs out. */
  readonly sharedDevice?: boolean;
  /** A file just came back from storage (no JavaScript): said at its form. */
  readonly uploaded?: UploadedFile;
  /** The names of the helpers she invited who still have access. */
  readonly helperNames?: readonly string[];
}

/** A file sent without JavaScript, back from storage: its form, its item, the page's URL. */
export interface UploadedFile {
  readonly kind: UploadKind;
  readonly evidenceId?: string;
  /** How many times the page has looked again for its check. */
  readonly attempt: number;
  readonly url: string;
}

/** The case page: what to do now, the time limits, then one section per feature. */
export function CasePage(props: CasePageProps) {
  const { view, locale } = props;
  const c = caseTexts[locale];
  const base = `/cases/${view.caseId}`;
  const form = (id: string) => (props.form?.id === id ? props.form : undefined);
  const ctx = { ...props, base, formOf: form };
  return (
    <Page {...props} title={c.title}>
      <h1>{c.title}</h1>
      <p class="muted">
        {c.reference} <span class="hash">{view.caseId}</span> · {c.openedOn}{' '}
        {formatDate(locale, view.openedAt)}
      </p>
      {isNew(view) ? <Welcome {...props} /> : null}
      {props.notice && !props.noticeAtNow ? (
        <p class="notice" role="status">
          {props.notice}
        </p>
      ) : null}
      {props.form ? (
        <div class="errors" role="alert">
          <a href={`#form-${props.form.id}`}>{formTexts[locale].errorsTitle}</a>
        </div>
      ) : null}
      <NowSection {...ctx} notice={props.noticeAtNow ? props.notice : undefined} />
      {view.deadlines.length ? (
        <section aria-labelledby="deadlines-title">
          <h2 id="deadlines-title">{c.deadlinesTitle}</h2>
          {view.deadlines.map((d) => (
            <p class={d.urgent || d.id === 'public-insult-defamation' ? 'warning' : 'card soft'}>
              {deadlineText(locale, d)}
            </p>
          ))}
        </section>
      ) : null}
      <StepsSection {...ctx} title={c.progress} />
      <EvidenceSection {...ctx} />
      <FactsSection {...ctx} />
      <IdentitySection {...ctx} />
      <HarmSection {...ctx} />
      <WitnessesSection {...ctx} />
      <HelpersLink locale={locale} base={ctx.base} names={props.helperNames ?? []} />
      <LetterSection {...ctx} />
      <MissingSection {...ctx} />
      <DossierSection {...ctx} />
      <SafetySection {...ctx} />
    </Page>
  );
}

/**
 * A case nothing has been done on yet: no evidence, no step answered. A step the workflow
 * merely reached (awaiting) counts as unanswered: it reaches the first one within moments
 * of the opening, often before the page is first drawn.
 */
function isNew(view: CaseView): boolean {
  return (
    view.evidence.length === 0 &&
    view.steps.every((s) => s.status === 'pending' || s.status === 'awaiting')
  );
}

/** Where the sign-in link went, how long this browser stays in, how to leave. */
function Welcome(props: CasePageProps) {
  const c = caseTexts[props.locale];
  return (
    <section id="welcome" class="card soft" aria-labelledby="welcome-title">
      <h2 id="welcome-title">{c.welcomeTitle}</h2>
      <p>{c.welcomeLink(props.view.email)}</p>
      <p>{c.welcomeStay}</p>
      <p>
        {c.welcomeLeave} <a href="#safety-title">{c.welcomeLeaveLink}</a>.
      </p>
    </section>
  );
}
