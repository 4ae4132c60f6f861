import type { UploadKind } from '../../../../shared/domain/evidence.js';
import { REJECTION_TEXT } from '../../../../shared/i18n/evidence.js';
import { Csrf } from '../../frame/layout.js';
import { formatDateTime } from '../../session.js';
import { type Ctx, Field, sizeText } from '../fields.js';
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

/** Upload forms, the link form, and what the case holds, numbered. */
export function EvidenceSection(props: Ctx) {
  const { view } = props;
  const c = evidenceTexts[props.locale];
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
      <LinkForm {...props} />
      {waiting ? <p class="notice">{c.pendingNote}</p> : null}
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
    </section>
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
    </li>
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
            <span class="muted">{formatDateTime(locale, r.at)}</span>
            <p>{REJECTION_TEXT[locale][r.reason]}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
