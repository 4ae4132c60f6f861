import type { Child } from 'hono/jsx';
import type { CaseView } from '../../shared/domain/case-view.js';
import type { UploadKind } from '../../shared/domain/evidence.js';
import type { Locale } from '../../shared/domain/locale.js';
import type { StepId } from '../../shared/domain/steps.js';
import { deadlineText } from '../../shared/i18n/deadlines.js';
import { REJECTION_TEXT } from '../../shared/i18n/evidence.js';
import { STEP_TEXT } from '../../shared/i18n/steps.js';
import type { PresignedPost } from '../../shared/ports/blob-store.js';
import { type Ctx, Field } from './case-fields.js';
import { HarmSection, IdentitySection, WitnessesSection } from './complaint-details.js';
import { Csrf, FieldError, Page, type PageFrame } from './layout.js';
import { formatDate, formatDateTime } from './session.js';
import { TEXTS } from './texts.js';

/** A form sent back with errors: which one, its fields' messages and what was typed. */
export interface FormState {
  readonly id: string;
  readonly errors: Readonly<Record<string, string>>;
  readonly values: Readonly<Record<string, string>>;
}

export interface CasePageProps extends Omit<PageFrame, 'title'> {
  readonly csrf: string;
  readonly view: CaseView;
  readonly uploads: Partial<Record<UploadKind, PresignedPost>>;
  readonly notice?: string;
  /** The step the notice is about (a redirect after its form): shown open with the current one. */
  readonly openStep?: StepId;
  readonly form?: FormState;
  readonly today: string;
  /** Whether this browser may turn the mails back on (see `mayResumeMails`). */
  readonly canResumeMails: boolean;
}

const OPEN = new Set(['pending', 'awaiting']);

function currentStep(view: CaseView): StepId | undefined {
  return view.steps.find(
    (s) =>
      OPEN.has(s.status) && (s.id !== 'write-prosecutor' || view.complaint?.outcome === 'refused'),
  )?.id;
}

function sizeText(locale: Locale, bytes: number): string {
  const n = new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    maximumFractionDigits: 1,
  });
  if (bytes < 1000) return `${bytes} ${locale === 'fr' ? 'o' : 'B'}`;
  if (bytes < 1e6) return `${n.format(bytes / 1000)} ${locale === 'fr' ? 'ko' : 'KB'}`;
  return `${n.format(bytes / 1e6)} ${locale === 'fr' ? 'Mo' : 'MB'}`;
}

export function CasePage(props: CasePageProps) {
  const { view, locale } = props;
  const t = TEXTS[locale];
  const c = t.case;
  const now = currentStep(view);
  const base = `/cases/${view.caseId}`;
  const form = (id: string) => (props.form?.id === id ? props.form : undefined);
  const ctx = { ...props, t, base, formOf: form };
  return (
    <Page {...props} title={c.title}>
      <h1>{c.title}</h1>
      <p class="muted">
        {c.reference} <span class="hash">{view.caseId}</span> · {c.openedOn}{' '}
        {formatDate(locale, view.openedAt)}
      </p>
      {props.notice ? (
        <p class="notice" role="status">
          {props.notice}
        </p>
      ) : null}
      {props.form ? (
        <div class="errors" role="alert">
          <a href={`#form-${props.form.id}`}>{c.errorsTitle}</a>
        </div>
      ) : null}
      <section class="card now" aria-labelledby="now-title">
        <h2 id="now-title">{c.now}</h2>
        {now ? (
          // A pointer to the step, whose advice and buttons are in the list below.
          <>
            <p class="muted">
              {c.nowStep(view.steps.findIndex((s) => s.id === now) + 1, view.steps.length)}
            </p>
            <h3>{STEP_TEXT[locale][now].title}</h3>
            <a class="button" href={`#step-${now}`}>
              {c.nowGo}
            </a>
          </>
        ) : (
          <p>{c.allDone}</p>
        )}
      </section>
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
      <section aria-labelledby="progress-title">
        <h2 id="progress-title">{c.progress}</h2>
        <ol class="steps">
          {view.steps.map((s) => (
            <li class={s.status} aria-current={s.id === now ? 'step' : undefined}>
              <StepSection id={s.id} current={s.id === now} {...ctx} />
            </li>
          ))}
        </ol>
      </section>
      <EvidenceSection {...ctx} />
      <FactsSection {...ctx} />
      <IdentitySection {...ctx} />
      <HarmSection {...ctx} />
      <WitnessesSection {...ctx} />
      <DossierSection {...ctx} />
      <section aria-labelledby="safety-title">
        <h2 id="safety-title">{c.safetyTitle}</h2>
        <p>{c.signOutHint}</p>
        <form method="post" action={`${base}/sign-out`}>
          <Csrf token={props.csrf} />
          <button type="submit" class="secondary">
            {c.signOut}
          </button>
        </form>
        <h3 id="mails">{c.mailsTitle}</h3>
        <p>
          {view.mailsStoppedAt ? c.mailsOff(formatDate(locale, view.mailsStoppedAt)) : c.mailsOn}
        </p>
        {props.canResumeMails ? (
          <form method="post" action={`${base}/mails`}>
            <Csrf token={props.csrf} />
            <input type="hidden" name="mails" value={view.mailsStoppedAt ? 'resume' : 'stop'} />
            <button type="submit" class="secondary">
              {view.mailsStoppedAt ? c.mailsResume : c.mailsStop}
            </button>
          </form>
        ) : (
          <p class="muted">{c.mailsStoppedByRecipient}</p>
        )}
        <details id="erase" open={form('erase') ? true : undefined}>
          <summary>{c.eraseTitle}</summary>
          <p class="warning">{c.eraseWarning}</p>
          <form method="post" action={`${base}/erase`} id="form-erase">
            <Csrf token={props.csrf} />
            <FieldError id="erase-error" message={form('erase')?.errors.confirm} />
            <label class="choice">
              <input type="checkbox" name="confirm" value="yes" required />
              <span>{c.eraseConfirm}</span>
            </label>
            <button type="submit" class="danger">
              {c.eraseButton}
            </button>
          </form>
        </details>
      </section>
    </Page>
  );
}

function StepButtons(props: { ctx: Ctx; id: StepId; skippable?: boolean; label?: string }) {
  const { ctx } = props;
  const f = ctx.formOf(props.id);
  return (
    <form method="post" action={`${ctx.base}/steps/${props.id}`} id={`form-${props.id}`}>
      <Csrf token={ctx.csrf} />
      <FieldError id={`${props.id}-error`} message={f?.errors.step} />
      <button type="submit" name="status" value="done">
        {props.label ?? ctx.t.case.done}
      </button>
      {props.skippable ? (
        <button type="submit" name="status" value="skipped" class="secondary">
          {ctx.t.case.skipStep}
        </button>
      ) : null}
    </form>
  );
}

function UploadForm(props: { ctx: Ctx; kind: UploadKind; title: string }) {
  const { ctx, kind } = props;
  const post = ctx.uploads[kind];
  if (!post) return null;
  const c = ctx.t.case;
  const id = `upload-${kind}`;
  return (
    <form
      method="post"
      action={post.url}
      enctype="multipart/form-data"
      id={`form-${id}`}
      data-kind={kind}
      data-issue={`${ctx.base}/upload-form`}
      data-csrf={ctx.csrf}
      data-done={`${ctx.base}?ok=upload#evidence`}
      data-sending={c.sending}
    >
      {Object.entries(post.fields).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      <label for={`${id}-file`}>{props.title}</label>
      <span class="hint" id={`${id}-hint`}>
        {c.uploadHint[kind]}
      </span>
      <input type="file" id={`${id}-file`} name="file" required aria-describedby={`${id}-hint`} />
      <progress max={100} value={0} hidden aria-label={c.sending}></progress>
      <p class="upload-status" aria-live="polite"></p>
      <button type="submit">{c.send}</button>
    </form>
  );
}

/**
 * One step of the list: closed to its number, title and status, so the list reads as a
 * tracker on a phone; open when it is the current step, the one a notice is about, or the
 * one whose form came back with errors.
 */
function StepSection(props: Ctx & { id: StepId; current: boolean }) {
  const { id, view, locale } = props;
  const c = props.t.case;
  const step = view.steps.find((s) => s.id === id);
  if (!step) return null;
  const text = STEP_TEXT[locale][id];
  const toDo = OPEN.has(step.status);
  const expanded = props.current || props.openStep === id || props.formOf(id) !== undefined;
  return (
    <details id={`step-${id}`} class="step" open={expanded ? true : undefined}>
      <summary>
        <h3>{text.title}</h3>
        <span class={`badge ${step.status === 'done' ? 'done' : ''}`}>
          {props.current ? c.current : c.status[step.status]}
        </span>
      </summary>
      <div class="step-body">
        {step.updatedAt && !toDo ? (
          <p class="muted">
            {c.status[step.status]} · {formatDateTime(locale, step.updatedAt)}
          </p>
        ) : null}
        <p>{text.advice}</p>
        {id === 'file-complaint' && view.complaint ? (
          <p class="notice">
            {view.complaint.outcome === 'filed'
              ? c.complaintFiled(view.complaint.reference ?? '')
              : c.complaintRefused}
          </p>
        ) : null}
        <StepAction {...props} toDo={toDo} />
      </div>
    </details>
  );
}

/** What a step asks for: its form while it is to do (reports at any time), else nothing. */
function StepAction(props: Ctx & { id: StepId; toDo: boolean }) {
  const { id, view, locale } = props;
  const c = props.t.case;
  let action: Child = null;
  if (id === 'report-content') {
    const f = 'report-content';
    action = (
      <>
        {view.reports.length ? (
          <>
            <h4>{c.reportsTitle}</h4>
            <ul>
              {view.reports.map((r) => (
                <li>
                  {r.site} — {c.reportedOn} {formatDate(locale, r.reportedAt)}
                  {r.reference ? ` (${r.reference})` : ''}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <form method="post" action={`${props.base}/steps/${id}`} id={`form-${f}`} novalidate>
          <Csrf token={props.csrf} />
          <Field ctx={props} formId={f} name="site" label={c.reportSite} required maxLength={200} />
          <Field
            ctx={props}
            formId={f}
            name="reportedAt"
            label={c.reportDate}
            type="date"
            required
            max={props.today}
          />
          <Field
            ctx={props}
            formId={f}
            name="reference"
            label={c.reportReference}
            maxLength={200}
          />
          <button type="submit">{c.reportSubmit}</button>
        </form>
      </>
    );
  } else if (!props.toDo) {
    action = null;
  } else if (id === 'stop-contact' || id === 'lock-accounts') {
    action = <StepButtons ctx={props} id={id} />;
  } else if (id === 'seek-support') {
    action = (
      <>
        <p>
          <a class="button secondary" href="tel:3018">
            {TEXTS[locale].home.call3018}
          </a>
        </p>
        <StepButtons ctx={props} id={id} skippable />
      </>
    );
  } else if (id === 'collect-evidence') {
    action = (
      <>
        {view.evidence.length === 0 ? (
          <p>
            <a href="#evidence">{c.evidenceNeeded}</a>
          </p>
        ) : null}
        <StepButtons ctx={props} id={id} label={c.evidenceComplete} />
      </>
    );
  } else if (id === 'medical-certificate') {
    action = (
      <>
        <UploadForm ctx={props} kind="medical-certificate" title={c.certificateUpload} />
        <form method="post" action={`${props.base}/steps/${id}`} id={`form-${id}`}>
          <Csrf token={props.csrf} />
          <FieldError id={`${id}-error`} message={props.formOf(id)?.errors.step} />
          <button type="submit" name="status" value="skipped" class="secondary">
            {c.skipStep}
          </button>
        </form>
      </>
    );
  } else if (id === 'file-complaint') {
    const f = props.formOf(id);
    const outcome = f?.values.outcome;
    action = (
      <form method="post" action={`${props.base}/steps/${id}`} id={`form-${id}`} novalidate>
        <Csrf token={props.csrf} />
        <fieldset>
          <legend>{c.complaintOutcome}</legend>
          <FieldError id={`${id}-outcome-error`} message={f?.errors.outcome} />
          <label class="choice">
            <input type="radio" name="outcome" value="filed" checked={outcome === 'filed'} />
            <span>{c.filed}</span>
          </label>
          <label class="choice">
            <input type="radio" name="outcome" value="refused" checked={outcome === 'refused'} />
            <span>{c.refused}</span>
          </label>
        </fieldset>
        <Field ctx={props} formId={id} name="reference" label={c.receipt} maxLength={100} />
        <Field ctx={props} formId={id} name="policeStation" label={c.station} maxLength={200} />
        <Field
          ctx={props}
          formId={id}
          name="filedAt"
          label={c.complaintDate}
          type="date"
          max={props.today}
        />
        <button type="submit">{c.complaintSubmit}</button>
      </form>
    );
  } else if (id === 'write-prosecutor') {
    action =
      view.complaint?.outcome === 'refused' ? (
        <form method="post" action={`${props.base}/steps/${id}`} id={`form-${id}`} novalidate>
          <Csrf token={props.csrf} />
          <Field
            ctx={props}
            formId={id}
            name="sentAt"
            label={c.letterSent}
            type="date"
            max={props.today}
          />
          <Field ctx={props} formId={id} name="trackingNumber" label={c.tracking} maxLength={100} />
          <button type="submit">{c.letterSubmit}</button>
        </form>
      ) : (
        <p class="muted">{c.letterOnlyIfRefused}</p>
      );
  }
  return <>{action}</>;
}

function EvidenceSection(props: Ctx) {
  const { view, locale } = props;
  const c = props.t.case;
  const link = 'link';
  const waiting = view.pendingUploads.some((u) => u.fileName !== u.kind);
  return (
    <section id="evidence" aria-labelledby="evidence-title">
      <h2 id="evidence-title">{c.evidenceTitle}</h2>
      <p>{c.evidenceIntro}</p>
      <div class="card">
        <UploadForm ctx={props} kind="screenshot" title={c.uploadTitle.screenshot} />
      </div>
      <details class="card">
        <summary>{c.otherFiles}</summary>
        <UploadForm ctx={props} kind="document" title={c.uploadTitle.document} />
        <UploadForm ctx={props} kind="video" title={c.uploadTitle.video} />
      </details>
      <div class="card">
        <h3>{c.linkTitle}</h3>
        <form method="post" action={`${props.base}/links`} id={`form-${link}`} novalidate>
          <Csrf token={props.csrf} />
          <Field
            ctx={props}
            formId={link}
            name="url"
            label={c.linkUrl}
            type="url"
            required
            maxLength={2048}
          />
          <Field
            ctx={props}
            formId={link}
            name="description"
            label={c.linkDescription}
            maxLength={1000}
          />
          <button type="submit">{c.linkSubmit}</button>
        </form>
      </div>
      {waiting ? <p class="notice">{c.pendingNote}</p> : null}
      {view.evidence.length === 0 ? (
        <p class="muted">{c.noEvidence}</p>
      ) : (
        <ul class="items" aria-label={c.evidenceTitle}>
          {view.evidence.map((item) => (
            <li data-evidence-id={item.evidenceId}>
              <strong>
                {item.number}. {c.kind[item.kind] ?? item.kind}
              </strong>
              {item.kind === 'link' ? <p class="hash">{item.url}</p> : <p>{item.fileName}</p>}
              {item.description ? <p>{item.description}</p> : null}
              <dl class="meta">
                <dt>{c.received}</dt>
                <dd>{formatDateTime(locale, item.receivedAt)}</dd>
                {item.size !== null ? (
                  <>
                    <dt>{c.size}</dt>
                    <dd>{sizeText(locale, item.size)}</dd>
                  </>
                ) : null}
                {item.sha256 ? (
                  <>
                    <dt>{c.hash}</dt>
                    <dd class="hash" data-sha256={item.sha256}>
                      {item.sha256}
                    </dd>
                  </>
                ) : null}
              </dl>
              {item.kind !== 'link' ? (
                <a
                  class="button secondary"
                  data-download
                  href={`${props.base}/evidence/${item.evidenceId}`}
                >
                  {c.download}
                  <span class="skip"> {item.number}</span>
                </a>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {view.rejectedUploads.length ? (
        <>
          <h3>{c.rejectedTitle}</h3>
          <ul class="items">
            {view.rejectedUploads.map((r) => (
              <li class="rejected">
                <strong>{r.kind ? (c.kind[r.kind] ?? r.kind) : ''}</strong>{' '}
                <span class="muted">{formatDateTime(locale, r.at)}</span>
                <p>{REJECTION_TEXT[locale][r.reason]}</p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function FactsSection(props: Ctx) {
  const { view, locale } = props;
  const c = props.t.case;
  const f = 'fact';
  return (
    <section id="facts" aria-labelledby="facts-title">
      <h2 id="facts-title">{c.factsTitle}</h2>
      <p>{c.factsIntro}</p>
      <div class="card">
        <form method="post" action={`${props.base}/facts`} id={`form-${f}`} novalidate>
          <Csrf token={props.csrf} />
          <div class="two">
            <div>
              <Field
                ctx={props}
                formId={f}
                name="date"
                label={c.factDate}
                type="date"
                required
                max={props.today}
              />
            </div>
            <div>
              <Field ctx={props} formId={f} name="time" label={c.factTime} type="time" />
            </div>
          </div>
          <Field
            ctx={props}
            formId={f}
            name="description"
            label={c.factDescription}
            required
            multiline
            maxLength={4000}
          />
          <Field ctx={props} formId={f} name="platform" label={c.factPlatform} maxLength={100} />
          <Field
            ctx={props}
            formId={f}
            name="authorPseudonym"
            label={c.factAuthor}
            maxLength={200}
          />
          <Field ctx={props} formId={f} name="url" label={c.factUrl} type="url" maxLength={2048} />
          <button type="submit">{c.factSubmit}</button>
        </form>
      </div>
      {view.facts.length === 0 ? (
        <p class="muted">{c.noFacts}</p>
      ) : (
        <ol class="items">
          {view.facts.map((fact) => (
            <li>
              <strong>{formatDateTime(locale, fact.occurredAt)}</strong>
              <p>{fact.description}</p>
              {fact.platform || fact.authorPseudonym ? (
                <p class="muted">
                  {[fact.platform, fact.authorPseudonym].filter(Boolean).join(' · ')}
                </p>
              ) : null}
              {fact.url ? <p class="hash">{fact.url}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function DossierSection(props: Ctx) {
  const { view, locale } = props;
  const c = props.t.case;
  const dossiers = [...view.dossiers].sort((a, b) => b.version - a.version);
  return (
    <section id="dossier" aria-labelledby="dossier-title">
      <h2 id="dossier-title">{c.dossierTitle}</h2>
      <p>{c.dossierIntro}</p>
      {view.identity?.fullName ? null : (
        <p>
          {c.dossierNoIdentity} <a href="#identity">{c.dossierAddIdentity}</a>.
        </p>
      )}
      {dossiers.length === 0 ? <p class="muted">{c.dossierNone}</p> : null}
      {dossiers.map((d) => (
        <div class="card">
          <h3>
            {c.dossierPurpose[d.purpose] ?? d.purpose} — {c.dossierVersion(d.version)}
          </h3>
          <p class="muted">{formatDateTime(locale, d.compiledAt)}</p>
          {/* Only versions recorded by the placeholder compiler of early builds. */}
          {d.files.length === 0 ? <p>{c.dossierEmpty}</p> : null}
          {d.files.map((file) => (
            <p>
              <a
                class="button"
                data-download
                href={`${props.base}/dossier/${d.version}/${encodeURIComponent(file.name)}`}
              >
                {c.download} {file.name} ({sizeText(locale, file.size)})
              </a>
              <span class="hash"> SHA-256 {file.sha256}</span>
            </p>
          ))}
        </div>
      ))}
      <form method="post" action={`${props.base}/dossier`}>
        <Csrf token={props.csrf} />
        <button type="submit" class="secondary">
          {c.dossierRequest}
        </button>
      </form>
    </section>
  );
}
