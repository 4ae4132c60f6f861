import type { MissingItem } from '../../../../shared/domain/missing.js';
import { formatDateTime } from '../../session.js';
import { DossierProgress } from '../dossier/progress-view.js';
import { DossierFiles, PrepareDossierForm } from '../dossier/view.js';
import type { Ctx } from '../fields.js';
import { letterTexts } from '../letter/texts.js';
import { stepsTexts } from './texts.js';

/** Where on the page each missing item is given. */
const SECTION_OF: Record<MissingItem, string> = {
  'identity.civility': 'identity',
  'identity.fullName': 'identity',
  'identity.dateOfBirth': 'identity',
  'identity.placeOfBirth': 'identity',
  'identity.address': 'identity',
  'identity.phone': 'identity',
  'letter.tribunal': 'letter',
  'letter.place': 'letter',
  facts: 'facts',
  'facts.places': 'facts',
  authors: 'facts',
  witnesses: 'witnesses',
  harm: 'harm',
  'harm.estimate': 'harm',
  evidence: 'evidence',
  offences: 'letter',
  'civil-party': 'letter',
};

/**
 * Step 8 after a refused complaint: the letter the workflow prepared (ready, with its
 * download, or still being prepared), then what it does not say yet, each item a link to
 * where it is given, and the button that prepares it again once completed.
 */
export function LetterStatus(props: Ctx) {
  const { view, locale } = props;
  const c = stepsTexts[locale];
  const letter = view.dossiers
    .filter((d) => d.purpose === 'prosecutor-letter')
    .sort((a, b) => b.version - a.version)[0];
  return (
    <div class="card soft" id="letter-status">
      {letter ? (
        <>
          <p>{c.letterIsReady(letter.version, formatDateTime(locale, letter.compiledAt))}</p>
          <DossierFiles {...props} dossier={letter} only="pdf" />
        </>
      ) : (
        <p>{c.letterPreparing}</p>
      )}
      {/* The letter's compilation, where it stands (also in the dossier section below). */}
      <DossierProgress {...props} back="now" live={false} />
      {view.missing.length ? (
        <>
          <p>{c.letterNeeds}</p>
          <ul>
            {view.missing.map((item) => (
              <li>
                <a href={`#${SECTION_OF[item]}`}>{letterTexts[locale].missing[item]}</a>
              </li>
            ))}
          </ul>
          {letter ? (
            <>
              <p>{c.letterAgain}</p>
              <PrepareDossierForm {...props} label={c.letterPrepare} />
            </>
          ) : null}
        </>
      ) : (
        <p>{letterTexts[locale].nothingMissing}</p>
      )}
    </div>
  );
}
