import type { UploadKind } from '../../../../shared/domain/evidence.js';
import { REJECTION_TEXT } from '../../../../shared/i18n/evidence.js';
import { STEP_TEXT } from '../../../../shared/i18n/steps.js';
import { Csrf } from '../../frame/layout.js';
import { formatDateTime } from '../../session.js';
import { type Ctx, Field, sizeText } from '../fields.js';
import { EvidencePutRight } from '../put-right/view.js';
import { currentStep, isToDo } from '../steps/current.js';
import { DescribeFields } from './describe-fields.js';
import { describeTexts } from './describe-texts.js';
import { evidenceTexts } from './texts.js';

/**
 * A form that posts one file straight to storage, without JavaScript; with it, the pages'
 * script asks for an exact-size form first and shows the upload's progress.
 */
export function UploadForm(props: { ctx: Ctx; kind: UploadKind; title: string }) {
  const { ctx, kind } = props;
  const post = ctx.uploads[kind];
  if (!post) return null;
  const c = evidenceTexts[ctx.locale];
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
      data-done={`${ctx.base}?ok=upload`}
      data-status={`${ctx.base}/evidence-status`}
      data-sending={c.sending}
      data-received={c.lineReceived}
      data-checked={c.lineChecked}
      data-refused={c.lineRefused}
      data-failed={c.lineFailed}
      data-slow={c.lineSlow}
      data-not-accepted={c.lineNotAccepted}
      data-check-describe={describeTexts[ctx.locale].lineCheck}
    >
      {Object.entries(post.fields).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      {ctx.uploaded?.kind === kind ? <UploadedNotice ctx={ctx} id={`${id}-done`} /> : null}
      <label for={`${id}-file`}>{props.title}</label>
      <span class="hint" id={`${id}-hint`}>
        {c.uploadHint[kind]}
      </span>
      <input type="file" id={`${id}-file`} name="file" required aria-describedby={`${id}-hint`} />
      {kind === 'medical-certificate' ? null : <UploadDescribe ctx={ctx} id={id} />}
      <button type="submit">{c.send}</button>
      {/* The script lists each file sent here, with its progress and its check. */}
      <ul class="upload-lines" aria-label={c.uploadsTitle} aria-live="polite"></ul>
    </form>
  );
}

/**
 * The upload form's describe fields, folded. Storage takes no field it did not sign, so
 * without JavaScript they stay out of the form (a `<template>`, which the pages' script
 * puts in place and sends with each file's request); the victim describes the file once it
 * is back, from the confirmation.
 */
function UploadDescribe(props: { ctx: Ctx; id: string }) {
  const d = describeTexts[props.ctx.locale];
  return (
    <>
      <template data-describe>
        <details class="describe" data-describe>
          <summary>{d.uploadSummary}</summary>
          <p class="hint" id={`${props.id}-describe-hint`}>
            {d.uploadHint}
          </p>
          <DescribeFields ctx={props.ctx} formId={props.id} />
        </details>
      </template>
      <noscript>
        <p class="hint">{d.noScriptHint}</p>
      </noscript>
    </>
  );
}

/** After a file sent without JavaScript: received, then checked or refused (and why). */
export function UploadedNotice(props: { ctx: Ctx; id: string }) {
  const { ctx } = props;
  const c = evidenceTexts[ctx.locale];
  const evidenceId = ctx.uploaded?.evidenceId;
  const item = ctx.view.evidence.find((e) => e.evidenceId === evidenceId);
  const refused = ctx.view.rejectedUploads.find((r) => r.evidenceId === evidenceId);
  if (item)
    return (
      <p class="notice" role="status" id={props.id} data-state="accepted">
        {c.lineChecked.replace('{n}', String(item.number))}{' '}
        <a href={`#describe-${item.evidenceId}`}>{describeTexts[ctx.locale].describeNow}</a>
      </p>
    );
  if (refused)
    return (
      <p class="errors" role="status" id={props.id} data-state="rejected">
        {c.lineRefused} {REJECTION_TEXT[ctx.locale][refused.reason]}
      </p>
    );
  return (
    <p class="notice" role="status" id={props.id} data-state="received">
      {c.uploadDone}
    </p>
  );
}

/**
 * Step 4 ("Keep screenshots…") holds the upload and link forms while it is to do; after,
 * this section does. Never both: each form's ids are the page's only ones.
 */
export function evidenceFormsInStep(view: Ctx['view']): boolean {
  return isToDo(view.steps.find((s) => s.id === 'collect-evidence')?.status ?? '');
}

/** The upload forms (screenshots first, other files folded) and the link form. */
export function EvidenceForms(props: Ctx) {
  const c = evidenceTexts[props.locale];
  return (
    <>
      <div class="card">
        <UploadForm ctx={props} kind="screenshot" title={c.uploadTitle.screenshot} />
      </div>
      <details
        class="card"
        open={['document', 'video'].includes(props.uploaded?.kind ?? '') ? true : undefined}
      >
        <summary>{c.otherFiles}</summary>
        <UploadForm ctx={props} kind="document" title={c.uploadTitle.document} />
        <UploadForm ctx={props} kind="video" title={c.uploadTitle.video} />
      </details>
      <LinkForm {...props} />
    </>
  );
}

/** What the case holds, numbered, and the forms to add to it once step 4 is done. */
export function EvidenceSection(props: Ctx) {
  const { view } = props;
  const c = evidenceTexts[props.locale];
  const waiting = view.pendingUploads.some((u) => u.fileName !== u.kind);
  const inStep = evidenceFormsInStep(view);
  const stepIsNow = inStep && currentStep(view) === 'collect-evidence';
  return (
    <section id="evidence" aria-labelledby="evidence-title">
      <h2 id="evidence-title">{c.evidenceTitle}</h2>
      <p>{c.evidenceIntro}</p>
      {inStep ? (
        <p>
          <a href={stepIsNow ? '#now' : '#step-collect-evidence'}>
            {c.addInStep(
              view.steps.findIndex((s) => s.id === 'collect-evidence') + 1,
              STEP_TEXT[props.locale]['collect-evidence'].title,
            )}
          </a>
        </p>
      ) : (
        <EvidenceForms {...props} />
      )}
      <div id="evidence-list">
        <EvidenceList {...props} waiting={waiting} />
      </div>
    </section>
  );
}

/** What the case holds and what was refused: the script swaps it in after each check. */
function EvidenceList(props: Ctx & { waiting: boolean }) {
  const { view } = props;
  const c = evidenceTexts[props.locale];
  return (
    <>
      {props.waiting ? <p class="notice">{c.pendingNote}</p> : null}
      {view.evidence.length === 0 ? (
        <p class="muted">{c.noEvidence}</p>
      ) : (
        <ul class="items" aria-label={c.evidenceTitle}>
          {view.evidence.map((item) => (
            <EvidenceItem {...props} item={item} />
          ))}
        </ul>
      )}
      <RejectedUploads {...props} />
    </>
  );
}

function LinkForm(props: Ctx) {
  const c = evidenceTexts[props.locale];
  const field = { ctx: props, formId: 'link' };
  return (
    <div class="card">
      <h3>{c.linkTitle}</h3>
      <form method="post" action={`${props.base}/links`} id="form-link" novalidate>
        <Csrf token={props.csrf} />
        <Field {...field} name="url" label={c.linkUrl} type="url" required maxLength={2048} />
        <Field {...field} name="description" label={c.linkDescription} maxLength={1000} />
        <button type="submit">{c.linkSubmit}</button>
      </form>
    </div>
  );
}

const PICTURES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'];

/** One item: its number and kind, when it came, its size and fingerprint, its download. */
function EvidenceItem(props: Ctx & { item: Ctx['view']['evidence'][number] }) {
  const { item, locale } = props;
  const c = evidenceTexts[locale];
  return (
    <li data-evidence-id={item.evidenceId}>
      <strong>
        {item.number}. {c.kind[item.kind] ?? item.kind}
      </strong>
      {item.kind === 'link' ? <p class="hash">{item.url}</p> : <p>{item.fileName}</p>}
      {PICTURES.includes(item.contentType ?? '') ? (
        <img
          class="thumb"
          src={`${props.base}/evidence/${item.evidenceId}/picture`}
          alt={c.pictureAlt(item.number)}
          width="112"
          height="112"
          loading="lazy"
        />
      ) : null}
      {item.description ? <p>{item.description}</p> : null}
      <dl class="meta">
        <ItemDetails {...props} item={item} />
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
            <dt>{c.timestamp}</dt>
            <dd data-timestamp={item.timestampedAt ? 'done' : 'waiting'}>
              {item.timestampedAt ? formatDateTime(locale, item.timestampedAt) : c.timestampWaiting}
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
      <EvidencePutRight {...props} item={item} />
    </li>
  );
}

/** What the victim said about an item: when she captured it (a day stays a day), where, by whom. */
function ItemDetails(props: Ctx & { item: Ctx['view']['evidence'][number] }) {
  const { item, locale } = props;
  const d = describeTexts[locale];
  const rows: [string, string, string?][] = [];
  if (item.capturedAtSource === 'victim')
    rows.push([d.captured, formatDateTime(locale, item.capturedAt), 'captured']);
  if (item.platform) rows.push([d.platformShort, item.platform]);
  if (item.authorPseudonym) rows.push([d.authorShort, item.authorPseudonym]);
  if (item.url && item.kind !== 'link') rows.push([d.urlShort, item.url]);
  return (
    <>
      {rows.map(([term, value, mark]) => (
        <>
          <dt>{term}</dt>
          <dd data-detail={mark}>{value}</dd>
        </>
      ))}
    </>
  );
}

/** Files refused at ingestion, each with the reason in the page's language. */
function RejectedUploads(props: Ctx) {
  const { view, locale } = props;
  const c = evidenceTexts[locale];
  if (!view.rejectedUploads.length) return null;
  return (
    <>
      <h3>{c.rejectedTitle}</h3>
      <ul class="items">
        {view.rejectedUploads.map((r) => (
          <li class="rejected">
            <strong>{r.kind ? (c.kind[r.kind] ?? r.kind) : ''}</strong>{' '}
            {r.fileName && r.fileName !== r.kind ? <span>{r.fileName}</span> : null}{' '}
            <span class="muted">{formatDateTime(locale, r.at)}</span>
            <p>{REJECTION_TEXT[locale][r.reason]}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
