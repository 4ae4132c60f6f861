import type { CaseState } from '../../../shared/domain/fold.js';
import type { Helper } from '../../../shared/domain/helpers.js';
import type { PresignedPost } from '../../../shared/ports/blob-store.js';
import type { FormState } from '../forms/form-state.js';
import { Csrf, Page, type PageFrame } from '../frame/layout.js';
import { GuestSignOut } from '../guest/entry.js';
import { formatDateTime } from '../session.js';
import { Input } from './input.js';
import { HarmSection, IdentitySection, WitnessesSection } from './sections.js';
import { StepsSection } from './steps-section.js';
import { helperTexts } from './texts.js';

type Frame = Omit<PageFrame, 'title'>;

export interface HelperPageProps extends Frame {
  readonly csrf: string;
  readonly state: CaseState;
  readonly helper: Helper;
  /** The storage form for a file, when the role allows adding evidence. */
  readonly upload?: PresignedPost;
  readonly form?: FormState;
  readonly notice?: string;
  readonly today: string;
}

/** The helper's page: only the sections their roles open, nothing else of the case. */
export function HelperPage(props: HelperPageProps) {
  const t = helperTexts[props.locale];
  const can = (role: Helper['roles'][number]) => props.helper.roles.includes(role);
  return (
    <Page {...props} title={t.pageTitle}>
      <h1>{t.pageTitle}</h1>
      {props.notice ? (
        <p class="notice" role="status">
          {props.notice}
        </p>
      ) : null}
      <p class="lead">{t.pageIntro.replace('{name}', props.helper.name)}</p>
      <p class="muted">{t.cannot}</p>
      {can('evidence') ? <EvidenceSection {...props} /> : null}
      {can('steps') ? <StepsSection {...props} /> : null}
      {can('identity') ? <IdentitySection {...props} /> : null}
      {can('harm') ? <HarmSection {...props} /> : null}
      {can('witnesses') ? <WitnessesSection {...props} /> : null}
      <GuestSignOut
        action={`/helper/${props.state.caseId}/sign-out`}
        csrf={props.csrf}
        label={t.signOut}
      />
    </Page>
  );
}

function EvidenceSection(props: HelperPageProps) {
  const t = helperTexts[props.locale];
  const base = `/helper/${props.state.caseId}`;
  const mine = props.state.evidence.items.filter((i) => i.addedBy === props.helper.helperId);
  const facts = props.state.evidence.facts.filter((f) => f.addedBy === props.helper.helperId);
  return (
    <section aria-labelledby="evidence-title">
      <h2 id="evidence-title">{t.evidenceTitle}</h2>
      {props.upload ? (
        <div class="card">
          <h3>{t.uploadTitle}</h3>
          <form
            method="post"
            action={props.upload.url}
            enctype="multipart/form-data"
            id="form-upload"
          >
            {Object.entries(props.upload.fields).map(([name, value]) => (
              <input type="hidden" name={name} value={value} />
            ))}
            <label for="upload-file">{t.chooseFile}</label>
            <span class="hint" id="upload-hint">
              {t.uploadHint}
            </span>
            <input
              type="file"
              id="upload-file"
              name="file"
              required
              aria-describedby="upload-hint"
            />
            <button type="submit">{t.send}</button>
          </form>
        </div>
      ) : null}
      <div class="card">
        <h3>{t.linkTitle}</h3>
        <form method="post" action={`${base}/links`} id="form-link" novalidate>
          <Csrf token={props.csrf} />
          <Input
            p={props}
            form="link"
            name="url"
            label={t.linkUrl}
            type="url"
            required
            maxLength={2048}
          />
          <Input
            p={props}
            form="link"
            name="description"
            label={t.linkDescription}
            maxLength={1000}
          />
          <button type="submit">{t.linkSubmit}</button>
        </form>
      </div>
      <div class="card">
        <h3>{t.factTitle}</h3>
        <form method="post" action={`${base}/facts`} id="form-fact" novalidate>
          <Csrf token={props.csrf} />
          <Input
            p={props}
            form="fact"
            name="date"
            label={t.factDate}
            type="date"
            required
            max={props.today}
          />
          <Input p={props} form="fact" name="time" label={t.factTime} type="time" />
          <Input
            p={props}
            form="fact"
            name="description"
            label={t.factDescription}
            required
            multiline
            maxLength={4000}
          />
          <button type="submit">{t.factSubmit}</button>
        </form>
      </div>
      <h3>{t.added}</h3>
      {mine.length + facts.length === 0 ? (
        <p class="muted">{t.nothingAdded}</p>
      ) : (
        <ul class="items">
          {mine.map((item) => (
            <li>
              <strong>
                {item.number}. {item.kind === 'link' ? item.url : item.fileName}
              </strong>{' '}
              – {formatDateTime(props.locale, item.receivedAt)}
            </li>
          ))}
          {facts.map((fact) => (
            <li>
              <strong>{formatDateTime(props.locale, fact.occurredAt)}</strong> – {fact.description}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
