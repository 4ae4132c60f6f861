import { RELATIONSHIP_KINDS, type WitnessFileRole } from '../../../shared/domain/attestation.js';
import type { Witness } from '../../../shared/domain/witnesses.js';
import { TIE_LABELS } from '../case/details/witness-link-texts.js';
import type { FormState } from '../forms/form-state.js';
import { Csrf, Page, type PageFrame } from '../frame/layout.js';
import { GuestSignOut } from '../guest/entry.js';
import { formatDate } from '../session.js';
import { StatementForm } from './statement-form.js';
import { witnessTexts } from './texts.js';

type Frame = Omit<PageFrame, 'title'>;

export interface UploadForm {
  readonly url: string;
  readonly fields: Record<string, string>;
}

export interface WitnessPageProps extends Frame {
  readonly csrf: string;
  readonly caseId: string;
  readonly witness: Witness;
  readonly uploads: Partial<Record<WitnessFileRole, UploadForm>>;
  /** A file sent back from storage and not yet checked: the page looks again. */
  readonly checking?: WitnessFileRole;
  readonly form?: FormState;
  readonly notice?: string;
  readonly today: string;
}

/** The witness's attestation: the text, the identity copy, the signature, then send or withdraw. */
export function WitnessPage(props: WitnessPageProps) {
  const t = witnessTexts[props.locale];
  const sent = props.witness.attestation?.submitted;
  return (
    <Page {...props} title={t.pageTitle}>
      <h1>{t.pageTitle}</h1>
      {props.notice ? (
        <p class="notice" role="status">
          {props.notice}
        </p>
      ) : null}
      {sent ? <SentSection {...props} /> : <Drafting {...props} />}
      <GuestSignOut
        action={`/witness/${props.caseId}/sign-out`}
        csrf={props.csrf}
        label={t.signOut}
      />
    </Page>
  );
}

function Drafting(props: WitnessPageProps) {
  const t = witnessTexts[props.locale];
  const a = props.witness.attestation;
  const complete = Boolean(a?.draft && a.files.identity && a.files.signature);
  const base = `/witness/${props.caseId}`;
  return (
    <>
      <p class="lead">{t.pageIntro}</p>
      <p class="warning">{t.penalty}</p>
      <section aria-labelledby="part-statement">
        <h2 id="part-statement">{t.partStatement}</h2>
        <StatementForm {...props} action={`${base}/statement`} />
      </section>
      <FileSection {...props} fileRole="identity" title={t.partIdentity} hint={t.identityHint} />
      <FileSection {...props} fileRole="signature" title={t.partSignature} hint={t.signatureFile} />
      <section aria-labelledby="part-send">
        <h2 id="part-send">{t.partSend}</h2>
        <p>{t.sendHint}</p>
        {complete ? null : <p class="muted">{t.missing}</p>}
        <form method="post" action={`${base}/submit`}>
          <Csrf token={props.csrf} />
          <button type="submit">{t.send}</button>
        </form>
      </section>
    </>
  );
}

/**
 * One of the witness's files: a form posting straight to storage (no script needed), what
 * came of the last one. The signature's form also has a drawing box, which the script
 * shows and turns into the file.
 */
function FileSection(
  props: WitnessPageProps & { fileRole: WitnessFileRole; title: string; hint: string },
) {
  const t = witnessTexts[props.locale];
  const a = props.witness.attestation;
  const upload = props.uploads[props.fileRole];
  const id = `part-${props.fileRole}`;
  const status =
    props.checking === props.fileRole
      ? t.checking
      : a?.rejected[props.fileRole]
        ? t.refused
        : a?.files[props.fileRole]
          ? t.received
          : undefined;
  return (
    <section aria-labelledby={id} id={`${id}-section`}>
      <h2 id={id}>{props.title}</h2>
      {status ? (
        <p
          class={a?.rejected[props.fileRole] ? 'field-error' : 'notice'}
          role="status"
          id={`${id}-status`}
        >
          {status}
        </p>
      ) : null}
      {props.fileRole === 'signature' ? (
        <div data-signature-pad hidden>
          <script src="/assets/signature.js" defer></script>
          <p>{t.signatureDraw}</p>
          <canvas
            width="600"
            height="200"
            data-signature
            role="img"
            aria-label={t.signaturePad}
          ></canvas>
          <p>
            <button type="button" class="secondary" data-signature-clear>
              {t.signatureClear}
            </button>
          </p>
        </div>
      ) : null}
      <p class="hint" id={`${id}-hint`}>
        {props.hint}
      </p>
      {upload ? (
        <form
          method="post"
          action={upload.url}
          enctype="multipart/form-data"
          data-signature-form={props.fileRole === 'signature' ? '' : undefined}
        >
          {Object.entries(upload.fields).map(([name, value]) => (
            <input type="hidden" name={name} value={value} />
          ))}
          <label for={`${id}-file`}>{t.file}</label>
          <input
            type="file"
            id={`${id}-file`}
            name="file"
            accept="application/pdf,image/png,image/jpeg"
            aria-describedby={`${id}-hint`}
          />
          <button type="submit">{t.sendFile}</button>
        </form>
      ) : null}
    </section>
  );
}

function SentSection(props: WitnessPageProps) {
  const t = witnessTexts[props.locale];
  const ties = TIE_LABELS[props.locale];
  const sent = props.witness.attestation?.submitted;
  if (!sent) return null;
  return (
    <section aria-labelledby="sent-title">
      <h2 id="sent-title">{t.sentTitle}</h2>
      <p>{t.sentOn(formatDate(props.locale, sent.signedOn))}</p>
      <dl class="meta">
        <dt>{t.lastName}</dt>
        <dd>{sent.lastName}</dd>
        <dt>{t.firstNames}</dt>
        <dd>{sent.firstNames}</dd>
        <dt>{t.dateOfBirth}</dt>
        <dd>{`${formatDate(props.locale, sent.dateOfBirth)}, ${sent.placeOfBirth}`}</dd>
        <dt>{t.address}</dt>
        <dd>{sent.address}</dd>
        <dt>{t.occupation}</dt>
        <dd>{sent.occupation}</dd>
        <dt>{t.ties}</dt>
        <dd>
          {RELATIONSHIP_KINDS.filter((k) => sent.relationships.includes(k))
            .map((k) => ties[k])
            .join(', ') || '—'}
          {sent.relationshipDetails ? ` – ${sent.relationshipDetails}` : ''}
        </dd>
        <dt>{t.facts}</dt>
        <dd>{sent.facts}</dd>
      </dl>
      {sent.includedIn ? (
        <p>{t.included}</p>
      ) : (
        <form method="post" action={`/witness/${props.caseId}/withdraw`}>
          <Csrf token={props.csrf} />
          <p>{t.withdrawHint}</p>
          <button type="submit" class="danger">
            {t.withdraw}
          </button>
        </form>
      )}
    </section>
  );
}
