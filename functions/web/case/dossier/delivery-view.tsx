import { DossierAttachment } from '../../../../shared/domain/mail-preferences.js';
import { Csrf, FieldError } from '../../frame/layout.js';
import type { Ctx } from '../fields.js';
import { dossierTexts } from './texts.js';

/**
 * How the dossier comes by mail: asked as soon as a dossier exists, open until she chose,
 * folded after. A protected copy's password is typed here each time, never filled back.
 */
export function DeliveryForm(props: Ctx) {
  const { view, locale, base } = props;
  const c = dossierTexts[locale];
  const f = props.formOf('delivery');
  const chosen = (f?.values.attachment ?? view.dossierAttachment) as DossierAttachment | null;
  const hasDossier = view.dossiers.length > 0;
  return (
    <details id="delivery" open={!view.dossierAttachment || f ? true : undefined}>
      <summary>{c.deliveryTitle}</summary>
      <p>{c.deliveryIntro}</p>
      <p class={view.dossierAttachment ? undefined : 'warning'}>
        {view.dossierAttachment ? c.deliveryCurrent[view.dossierAttachment] : c.deliveryNotChosen}
      </p>
      <form method="post" action={`${base}/dossier/delivery`} id="form-delivery" novalidate>
        <Csrf token={props.csrf} />
        <fieldset>
          <legend>{c.deliveryTitle}</legend>
          <FieldError id="delivery-attachment-error" message={f?.errors.attachment} />
          {DossierAttachment.options.map((option) => (
            <label class="choice">
              <input type="radio" name="attachment" value={option} checked={chosen === option} />
              <span>{c.deliveryOption[option]}</span>
            </label>
          ))}
        </fieldset>
        <p class="muted" id="delivery-protected-hint">
          {c.deliveryProtectedHint}
        </p>
        <label for="delivery-password">{c.deliveryPassword}</label>
        <FieldError id="delivery-password-error" message={f?.errors.password} />
        <input
          id="delivery-password"
          name="password"
          type="password"
          autocomplete="new-password"
          minlength={8}
          aria-describedby={`delivery-password-hint${f?.errors.password ? ' delivery-password-error' : ''}`}
          aria-invalid={f?.errors.password ? 'true' : undefined}
        />
        <p class="muted" id="delivery-password-hint">
          {c.deliveryPasswordHint}
        </p>
        <button type="submit" class="secondary">
          {hasDossier && chosen === 'protected' ? c.deliverySendProtected : c.deliverySubmit}
        </button>
      </form>
    </details>
  );
}
