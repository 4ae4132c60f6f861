import type { Locale } from '../../../../shared/domain/locale.js';
import type { dossierStatus } from '../../../../shared/dossier/status.js';
import type { Ctx } from '../fields.js';
import { dossierTexts } from './texts.js';

/** Where the dossier's compilation stands (`GET …/dossier`'s answer). */
export type DossierRun = ReturnType<typeof dossierStatus>;

/** The sentence that says where it stands, in the page's language. */
export function progressText(locale: Locale, run: DossierRun): string {
  const c = dossierTexts[locale];
  if (run.status === 'failed') return c.progressFailed;
  if (run.status === 'compiling')
    return c.progressCompiling(
      c.progressStage[run.stage as keyof typeof c.progressStage] ?? c.progressStage.queued,
      Math.round(run.progress * 100),
    );
  return run.status === 'ready' ? c.progressReady : '';
}

/**
 * A compilation running or failed: where it stands. With the pages' script the text and
 * the bar follow it (polled from `…/dossier-progress`, said politely, focus left where it
 * is) and the section is drawn again once it is ready; without, a link looks again (no
 * automatic refresh, which would move the page under her eyes).
 */
export function DossierProgress(props: Ctx & { back: 'dossier' | 'now'; live: boolean }) {
  const run = props.dossierRun;
  if (!run || (run.status !== 'compiling' && run.status !== 'failed')) return null;
  const c = dossierTexts[props.locale];
  const percent = Math.round(run.progress * 100);
  return (
    <div
      class="card soft dossier-progress"
      data-dossier-progress={`${props.base}/dossier-progress`}
      data-state={run.status}
    >
      {/* One live text on the page (the dossier section's): said once, politely. */}
      <p class="progress-text" role={props.live ? 'status' : undefined}>
        {progressText(props.locale, run)}
      </p>
      {run.status === 'compiling' ? (
        <>
          <progress max={100} value={percent} aria-label={c.progressLabel}>
            {percent} %
          </progress>
          <p data-look-again>
            <a href={`${props.base}/dossier-progress?back=${props.back}`}>{c.progressLookAgain}</a>
          </p>
        </>
      ) : null}
    </div>
  );
}
