import type { Locale } from '../domain/locale.js';
import type { DossierEvidence } from './dossier-input.js';
import type { DossierTexts } from './texts.js';
import { longDate } from './time.js';

/**
 * An exhibit named for a magistrate, from what the victim said of it: "Pièce n° 3 – Capture
 * d'écran – Instagram, message de kr4ken.93, 14 mars 2025". Never the uploaded file's name
 * ("capture2-insta-dm.jpg", "screenshot.png"): that is in the index and the ZIP.
 */
export function exhibitCaption(e: DossierEvidence, t: DossierTexts, locale: Locale): string {
  return [t.exhibit(e.number), t.kinds[e.kind], exhibitSubject(e, t, locale)]
    .filter(Boolean)
    .join(' – ');
}

/** What the exhibit shows: platform, description (or whose message), and when. */
export function exhibitSubject(e: DossierEvidence, t: DossierTexts, locale: Locale): string {
  const what = e.description
    ? e.authorPseudonym && !e.description.includes(e.authorPseudonym)
      ? `${e.description} (${e.authorPseudonym})`
      : e.description
    : e.authorPseudonym
      ? t.messageBy(e.authorPseudonym)
      : e.kind === 'link'
        ? e.url
        : undefined;
  const when = e.capturedAt
    ? t.capturedOn(longDate(e.capturedAt, locale))
    : e.uploadedAt && e.kind !== 'link'
      ? t.receivedOn(longDate(e.uploadedAt, locale))
      : undefined;
  return [e.platform, what, when].filter(Boolean).join(', ');
}
