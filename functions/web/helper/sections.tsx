import { formatDate } from '../session.js';
import { helperTexts } from './texts.js';
import type { HelperPageProps } from './view.js';

/* What a helper may read when the victim granted it: her identity, the harm, the witnesses. */

export function IdentitySection(props: HelperPageProps) {
  const t = helperTexts[props.locale];
  const id = props.state.identity;
  const rows = (['fullName', 'dateOfBirth', 'placeOfBirth', 'address', 'phone'] as const).filter(
    (k) => id?.[k],
  );
  return (
    <section aria-labelledby="identity-title">
      <h2 id="identity-title">{t.identityTitle}</h2>
      {rows.length ? (
        <dl class="meta">
          {rows.map((k) => (
            <>
              <dt>{t.identity[k]}</dt>
              <dd>{k === 'dateOfBirth' ? formatDate(props.locale, id?.[k] ?? '') : id?.[k]}</dd>
            </>
          ))}
        </dl>
      ) : (
        <p class="muted">{t.identityNone}</p>
      )}
    </section>
  );
}

export function HarmSection(props: HelperPageProps) {
  const t = helperTexts[props.locale];
  const harm = props.state.harm;
  const rows = (
    ['sleep', 'eating', 'fears', 'goingOut', 'socialLife', 'medication', 'other'] as const
  ).filter((k) => harm?.[k]);
  return (
    <section aria-labelledby="harm-title">
      <h2 id="harm-title">{t.harmTitle}</h2>
      {rows.length ? (
        <dl class="meta">
          {rows.map((k) => (
            <>
              <dt>{t.harm[k]}</dt>
              <dd>{harm?.[k]}</dd>
            </>
          ))}
        </dl>
      ) : (
        <p class="muted">{t.harmNone}</p>
      )}
    </section>
  );
}

export function WitnessesSection(props: HelperPageProps) {
  const t = helperTexts[props.locale];
  return (
    <section aria-labelledby="witnesses-title">
      <h2 id="witnesses-title">{t.witnessesTitle}</h2>
      {props.state.witnesses.length ? (
        <ul class="items">
          {props.state.witnesses.map((w) => (
            <li>
              <strong>{w.name}</strong>
              {w.statement ? <p>{w.statement}</p> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t.witnessesNone}</p>
      )}
    </section>
  );
}
