import { Csrf } from '../../frame/layout.js';
import { formatDateTime } from '../../session.js';
import { type Ctx, sizeText } from '../fields.js';
import { DeliveryForm } from './delivery-view.js';
import { DossierProgress } from './progress-view.js';
import { dossierTexts } from './texts.js';

/** The dossier's versions with their downloads, and the button that prepares a new one. */
export function DossierSection(props: Ctx) {
  const { view, locale } = props;
  const c = dossierTexts[props.locale];
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
      <DossierProgress {...props} back="dossier" live />
      {/* Drawn again by the pages' script once a compilation is ready. */}
      <div id="dossier-files">
        {dossiers.length === 0 && props.dossierRun?.status !== 'compiling' ? (
          <p class="muted">{c.dossierNone}</p>
        ) : null}
        {dossiers.map((d) => (
          <div class="card">
            <h3>
              {c.dossierPurpose[d.purpose] ?? d.purpose} — {c.dossierVersion(d.version)}
            </h3>
            <p class="muted">{formatDateTime(locale, d.compiledAt)}</p>
            {/* Only versions recorded by the placeholder compiler of early builds. */}
            {d.files.length === 0 ? <p>{c.dossierEmpty}</p> : null}
            <DossierFiles {...props} dossier={d} />
          </div>
        ))}
        {dossiers.length > 0 || view.dossierAttachment ? <DeliveryForm {...props} /> : null}
      </div>
      <PrepareDossierForm {...props} label={c.dossierRequest} secondary />
    </section>
  );
}

type DossierRecord = Ctx['view']['dossiers'][number];

/** A compiled version's downloads (only its PDF when `only` says so), each with its hash. */
export function DossierFiles(props: Ctx & { dossier: DossierRecord; only?: 'pdf' }) {
  const { dossier, locale } = props;
  const c = dossierTexts[locale];
  const files = dossier.files.filter((f) => !props.only || f.name.endsWith(`.${props.only}`));
  return (
    <>
      {files.map((file) => (
        <p>
          <a
            class="button"
            data-download
            href={`${props.base}/dossier/${dossier.version}/${encodeURIComponent(file.name)}`}
          >
            {c.download} {file.name} ({sizeText(locale, file.size)})
          </a>
          <span class="hash"> SHA-256 {file.sha256}</span>
        </p>
      ))}
    </>
  );
}

/** The button that starts compiling a new version (the dossier section's, step 8's). */
export function PrepareDossierForm(props: Ctx & { label: string; secondary?: boolean }) {
  return (
    <form method="post" action={`${props.base}/dossier`}>
      <Csrf token={props.csrf} />
      <button type="submit" class={props.secondary ? 'secondary' : undefined}>
        {props.label}
      </button>
    </form>
  );
}
