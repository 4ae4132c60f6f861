import type { CaseState } from '../../../../shared/domain/fold.js';
import {
  DEFAULT_HELPER_ROLES,
  HELPER_ROLES,
  type Helper,
  type HelperAction,
} from '../../../../shared/domain/helpers.js';
import type { Locale } from '../../../../shared/domain/locale.js';
import { StepId } from '../../../../shared/domain/steps.js';
import { STEP_TEXT } from '../../../../shared/i18n/steps.js';
import type { FormState } from '../../forms/form-state.js';
import { Csrf, Page, type PageFrame } from '../../frame/layout.js';
import { helpersPageTexts } from '../../helper/texts.js';
import { formatDateTime } from '../../session.js';

type Frame = Omit<PageFrame, 'title'>;

export interface HelpersPageProps extends Frame {
  readonly csrf: string;
  readonly state: CaseState;
  readonly form?: FormState;
  readonly notice?: string;
  readonly refusal?: string;
}

/** The victim's helpers: who, what they may do, every action they took; invite, take off. */
export function HelpersPage(props: HelpersPageProps) {
  const t = helpersPageTexts[props.locale];
  const base = `/cases/${props.state.caseId}`;
  const helpers = [...(props.state.helpers ?? [])].reverse();
  return (
    <Page {...props} title={t.title}>
      <p>
        <a href={base}>← {t.back}</a>
      </p>
      <h1>{t.title}</h1>
      {props.notice ? (
        <p class="notice" role="status">
          {props.notice}
        </p>
      ) : null}
      {props.refusal ? (
        <p class="warning" role="alert">
          {props.refusal}
        </p>
      ) : null}
      <p class="lead">{t.intro}</p>
      <p>{t.never}</p>
      <section aria-labelledby="helpers-list">
        <h2 id="helpers-list">{t.listTitle}</h2>
        {helpers.length === 0 ? <p class="muted">{t.none}</p> : null}
        {helpers.map((h) => (
          <HelperCard {...props} helper={h} base={base} />
        ))}
      </section>
      <InviteForm {...props} base={base} />
    </Page>
  );
}

function statusOf(helper: Helper): 'invited' | 'active' | 'removed' {
  if (helper.removedAt) return 'removed';
  return helper.actions.some((a) => a.action === 'signed-in') ? 'active' : 'invited';
}

function HelperCard(props: HelpersPageProps & { helper: Helper; base: string }) {
  const t = helpersPageTexts[props.locale];
  const { helper } = props;
  const status = statusOf(helper);
  return (
    <div class="card" data-helper={helper.helperId}>
      <h3>
        {helper.name} ({t[status]})
      </h3>
      <p>
        {t.canDo}
        {props.locale === 'fr' ? '\u202f: ' : ': '}
        {helper.roles.map((r) => t.role[r]).join(props.locale === 'fr' ? '\u202f; ' : '; ')}
      </p>
      <h4>{t.actionsTitle}</h4>
      {helper.actions.length === 0 ? (
        <p class="muted">{t.noActions}</p>
      ) : (
        <ul class="items">
          {[...helper.actions].reverse().map((a) => (
            <li>
              {formatDateTime(props.locale, a.at)} – {t.action[a.action]}
              <ActionDetail state={props.state} action={a} locale={props.locale} />
            </li>
          ))}
        </ul>
      )}
      {status === 'removed' ? null : (
        <form method="post" action={`${props.base}/helpers/${helper.helperId}/remove`}>
          <Csrf token={props.csrf} />
          <button type="submit">
            {t.remove} – {helper.name}
          </button>
        </form>
      )}
    </div>
  );
}

/** What an action made: the item (its number, name or address), the fact, the report, the step. */
function ActionDetail(props: { state: CaseState; action: HelperAction; locale: Locale }) {
  const { ref } = props.action;
  if (!ref) return null;
  const colon = props.locale === 'fr' ? '\u202f: ' : ': ';
  if (props.action.action === 'step' && StepId.safeParse(ref).success)
    return (
      <>
        {colon}
        <strong>{STEP_TEXT[props.locale][ref as StepId].title}</strong>
      </>
    );
  const report = props.state.reports.find((r) => r.reportId === ref);
  if (props.action.action === 'report' && report)
    return (
      <>
        {colon}
        <strong>{report.site}</strong>
      </>
    );
  const item = props.state.evidence.items.find((i) => i.evidenceId === ref);
  if (item)
    return (
      <>
        {' '}
        :{' '}
        <strong>{`${item.number}. ${item.kind === 'link' ? (item.url ?? '') : (item.fileName ?? '')}`}</strong>
      </>
    );
  const fact = props.state.evidence.facts.find((f) => f.factId === ref);
  if (fact)
    return (
      <>
        {' '}
        : <q>{fact.description}</q>
      </>
    );
  return null;
}

function InviteForm(props: HelpersPageProps & { base: string }) {
  const t = helpersPageTexts[props.locale];
  const f = props.form?.id === 'invite' ? props.form : undefined;
  const checked = (role: (typeof HELPER_ROLES)[number]) =>
    f ? f.values[`role-${role}`] === '1' : DEFAULT_HELPER_ROLES.includes(role);
  const field = (name: 'name' | 'email', label: string, hint: string, type: string) => {
    const error = f?.errors[name];
    const id = `invite-${name}`;
    return (
      <>
        <label for={id}>{label}</label>
        <span class="hint" id={`${id}-hint`}>
          {hint}
        </span>
        {error ? (
          <p class="field-error" id={`${id}-error`}>
            {error}
          </p>
        ) : null}
        <input
          id={id}
          name={name}
          type={type}
          required
          maxlength={name === 'name' ? 60 : 254}
          autocomplete="off"
          value={f?.values[name] ?? ''}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          aria-invalid={error ? 'true' : undefined}
        />
      </>
    );
  };
  return (
    <section aria-labelledby="invite-title">
      <h2 id="invite-title">{t.inviteTitle}</h2>
      <form method="post" action={`${props.base}/helpers`} id="form-invite" novalidate>
        <Csrf token={props.csrf} />
        {field('name', t.name, t.nameHint, 'text')}
        {field('email', t.email, t.emailHint, 'email')}
        <fieldset>
          <legend>{t.rolesTitle}</legend>
          {HELPER_ROLES.map((role) => (
            <label class="choice">
              <input type="checkbox" name={`role-${role}`} value="1" checked={checked(role)} />
              <span>{t.role[role]}</span>
            </label>
          ))}
        </fieldset>
        <button type="submit">{t.invite}</button>
      </form>
    </section>
  );
}

/** On the case page: who helps her now, and the way to her helpers' page. */
export function HelpersLink(props: { locale: Locale; base: string; names: readonly string[] }) {
  const t = helpersPageTexts[props.locale];
  return (
    <section aria-labelledby="helpers-title">
      <h2 id="helpers-title">{t.link}</h2>
      <p>{props.names.length ? props.names.join(', ') : t.none}</p>
      <p>
        <a href={`${props.base}/helpers`}>{t.manage}</a>
      </p>
    </section>
  );
}
