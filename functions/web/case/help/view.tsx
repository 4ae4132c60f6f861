import type { CaseView } from '../../../../shared/domain/case-view.js';
import type { Locale } from '../../../../shared/domain/locale.js';
import type { StepId } from '../../../../shared/domain/steps.js';
import { helpTexts } from './texts.js';

type HelpId = 'emergency' | 'e3018' | 'franceVictimes' | 'partner' | 'umj' | 'lawyer';

const CALL: Partial<
  Record<HelpId, { tel: string; label: 'call3018' | 'call116006' | 'call3919' }>
> = {
  e3018: { tel: '3018', label: 'call3018' },
  franceVictimes: { tel: '116006', label: 'call116006' },
  partner: { tel: '3919', label: 'call3919' },
};

/**
 * Who helps at each step, so that no page shows a wall of numbers: the emergency numbers when
 * threats are part of it, the 3018 where content must come down, 116 006 and 3919 where the
 * victim needs someone, the UMJ where harm is put into words, legal aid where the law starts.
 */
export function helpFor(step: StepId, view: Pick<CaseView, 'harassmentKinds'>): HelpId[] {
  switch (step) {
    case 'stop-contact':
      return view.harassmentKinds.includes('threats-insults') ? ['emergency'] : [];
    case 'report-content':
      return ['e3018'];
    case 'seek-support':
      // The step has its own button for the 3018.
      return ['franceVictimes', 'partner'];
    case 'medical-certificate':
      return ['umj'];
    case 'file-complaint':
      return ['franceVictimes', 'lawyer'];
    case 'write-prosecutor':
      return ['lawyer'];
    case 'follow-up':
      // The letters, the hearing: someone to explain the rights, and a lawyer.
      return ['franceVictimes', 'lawyer'];
    default:
      return [];
  }
}

/** The help of one step: a sentence each, with a button to call where there is a number. */
export function StepHelp(props: { locale: Locale; step: StepId; view: CaseView }) {
  const t = helpTexts[props.locale];
  const ids = helpFor(props.step, props.view);
  if (ids.length === 0) return null;
  return (
    <aside class="help" aria-label={t.title}>
      {ids.map((id) => {
        const call = CALL[id];
        return (
          <p>
            {t[id]}
            {call ? (
              <>
                {' '}
                <a href={`tel:${call.tel}`}>{t[call.label]}</a>
              </>
            ) : null}
          </p>
        );
      })}
    </aside>
  );
}

/** Which online route fits a complaint, and which does not: under the complaint step. */
export function OnlineRoutes(props: { locale: Locale }) {
  const t = helpTexts[props.locale];
  return (
    <details class="online-routes">
      <summary>{t.onlineTitle}</summary>
      {t.online.map((line) => (
        <p>{line}</p>
      ))}
    </details>
  );
}
