import type { DossierInput } from './dossier-input.js';
import type { Pen } from './layout.js';
import type { DossierTexts } from './texts.js';
import { bothTimes, byteSize } from './time.js';

/**
 * The chain of custody as a police officer reads it, in the dossier's language: when each
 * piece was received, its hash, who added it, when each dossier version was compiled. No
 * internal ids beyond the case reference; the full log is `journal.json` in the ZIP.
 */
export function writeCustody(pen: Pen, input: DossierInput, t: DossierTexts): void {
  const c = t.custody;
  const colon = input.locale === 'fr' ? '\u202f: ' : ': ';
  for (const entry of input.custody) {
    pen.ensure(30);
    const what = [
      c.actions[entry.action],
      entry.step && c.steps[entry.step],
      entry.exhibit !== undefined && t.exhibit(entry.exhibit),
      entry.kind && t.kinds[entry.kind],
      entry.version !== undefined &&
        c.compiled(entry.version, t.sections.letter[entry.purpose ?? 'complaint']),
    ]
      .filter(Boolean)
      .join(' – ');
    pen.text(`${bothTimes(entry.at, input.locale)} – ${what}`, {
      size: 8.5,
      face: 'bold',
      after: 0,
    });
    const details = [
      entry.size !== undefined &&
        c.bytes(byteSize(entry.size, input.locale), entry.contentType ?? ''),
      entry.action !== 'dossier-compiled' &&
        (entry.helperName ? c.byHelper(entry.helperName) : c.by[entry.by]),
    ].filter(Boolean);
    if (details.length) pen.text(details.join(' – '), { size: 8.5, indent: 12, after: 0 });
    if (entry.sha256)
      pen.text(`${t.sha256}${colon}${entry.sha256}`, {
        size: 8,
        face: 'mono',
        indent: 12,
        after: 0,
      });
    for (const file of entry.files ?? [])
      pen.text(`${file.name}${colon}${file.sha256}`, {
        size: 8,
        face: 'mono',
        indent: 12,
        after: 0,
      });
    pen.space(4);
  }
}
