import type { CaseView } from '../../../../shared/domain/case-view.js';
import { Csrf, FieldError } from '../../frame/layout.js';
import { formatDate, formatDateTime } from '../../session.js';
import type { Ctx } from '../fields.js';
import { TIE_LABELS, witnessLinkTexts } from './witness-link-texts.js';

type WitnessOfView = CaseView['witnesses'][number];

/**
 * Under a witness: ask them for their own attestation (the link is mailed only when the
 * victim presses the button), follow it, and read it once sent, with no way to change it.
 */
export function WitnessAttestation(props: Ctx & { witness: WitnessOfView }) {
  const t = witnessLinkTexts[props.locale];
  const { witnessId, attestation } = props.witness;
  const action = `${props.base}/witnesses/${witnessId}/link`;
  switch (attestation.status) {
    case 'sent':
      return <SentAttestation {...props} />;
    case 'link-sent':
      return (
        <div class="attestation" id={`attestation-${witnessId}`}>
          <p>{t.linkOut(formatDateTime(props.locale, attestation.linkExpiresAt ?? ''))}</p>
          <form method="post" action={`${action}/cancel`}>
            <Csrf token={props.csrf} />
            <button type="submit" class="secondary">
              {t.cancel}
            </button>
          </form>
        </div>
      );
    default:
      return <AskForm {...props} action={action} />;
  }
}

function AskForm(props: Ctx & { witness: WitnessOfView; action: string }) {
  const t = witnessLinkTexts[props.locale];
  const { witnessId, attestation } = props.witness;
  const f = `witness-link-${witnessId}`;
  const form = props.formOf(f);
  const chosen = form?.values.locale ?? props.locale;
  return (
    <details class="attestation" id={`attestation-${witnessId}`} open={form ? true : undefined}>
      <summary>{t.askTitle}</summary>
      {attestation.status === 'in-progress' ? <p>{t.inProgress}</p> : null}
      {attestation.status === 'withdrawn' ? <p>{t.withdrawn}</p> : null}
      <p>{t.askIntro}</p>
      <p class="muted" id={`${f}-privacy`}>
        {t.askPrivacy}
      </p>
      <form method="post" action={props.action} id={`form-${f}`} novalidate>
        <Csrf token={props.csrf} />
        <FieldError id={`${f}-error`} message={form?.errors.link} />
        <label for={`${f}-email`}>{t.email}</label>
        <FieldError id={`${f}-email-error`} message={form?.errors.email} />
        <input
          id={`${f}-email`}
          name="email"
          type="email"
          required
          maxLength={254}
          autocomplete="off"
          value={form?.values.email ?? ''}
          aria-describedby={`${f}-privacy${form?.errors.email ? ` ${f}-email-error` : ''}`}
          aria-invalid={form?.errors.email ? 'true' : undefined}
        />
        <fieldset>
          <legend>{t.language}</legend>
          {(['fr', 'en'] as const).map((locale) => (
            <label class="choice">
              <input type="radio" name="locale" value={locale} checked={chosen === locale} />
              <span lang={locale}>{locale === 'fr' ? 'Français' : 'English'}</span>
            </label>
          ))}
        </fieldset>
        <button type="submit">{t.send}</button>
      </form>
    </details>
  );
}

function SentAttestation(props: Ctx & { witness: WitnessOfView }) {
  const t = witnessLinkTexts[props.locale];
  const ties = TIE_LABELS[props.locale];
  const sent = props.witness.attestation.sent;
  if (!sent) return null;
  return (
    <section
      class="attestation card"
      id={`attestation-${props.witness.witnessId}`}
      aria-label={t.sentTitle}
    >
      <h3>{t.sentTitle}</h3>
      <p>{t.sentOn(formatDate(props.locale, sent.signedOn))}</p>
      <dl>
        <dt>{t.fields.name}</dt>
        <dd>{`${sent.lastName} ${sent.firstNames}`}</dd>
        <dt>{t.fields.born}</dt>
        <dd>{`${formatDate(props.locale, sent.dateOfBirth)}, ${sent.placeOfBirth}`}</dd>
        <dt>{t.fields.address}</dt>
        <dd>{sent.address}</dd>
        <dt>{t.fields.occupation}</dt>
        <dd>{sent.occupation}</dd>
        <dt>{t.fields.ties}</dt>
        <dd>
          {sent.relationships.length
            ? `${sent.relationships.map((r) => ties[r]).join(', ')} – ${sent.relationshipDetails ?? ''}`
            : t.fields.noTie}
        </dd>
        <dt>{t.fields.facts}</dt>
        <dd class="prewrap">{sent.facts}</dd>
      </dl>
      <p class="muted">{t.fields.files}</p>
      <ul>
        <li>
          <a href={`${props.base}/witnesses/${props.witness.witnessId}/files/identity`}>
            {t.fields.identityFile}
          </a>
        </li>
        <li>
          <a href={`${props.base}/witnesses/${props.witness.witnessId}/files/signature`}>
            {t.fields.signatureFile}
          </a>
        </li>
      </ul>
      <p>{sent.includedIn ? t.includedIn(sent.includedIn) : t.notYetIncluded}</p>
    </section>
  );
}
