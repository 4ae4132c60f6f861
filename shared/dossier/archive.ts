import { createHash } from 'node:crypto';
import { extensionOf, stemOf } from '../domain/evidence.js';
import { MISSING_TEXT } from '../i18n/missing.js';
import { attestationManifest } from './attestations.js';
import type { DossierEvidence, DossierInput, EvidenceKind } from './dossier-input.js';
import { DOSSIER_TEXTS } from './texts.js';
import { frenchSpacing } from './typography.js';

const KIND_SLUG: Record<'fr' | 'en', Record<EvidenceKind, string>> = {
  fr: {
    screenshot: 'capture',
    video: 'video',
    document: 'document',
    'medical-certificate': 'certificat-medical',
    link: 'lien',
  },
  en: {
    screenshot: 'screenshot',
    video: 'video',
    document: 'document',
    'medical-certificate': 'medical-certificate',
    link: 'link',
  },
};

/** The folder of the originals in the ZIP. */
export function originalsFolder(locale: 'fr' | 'en'): string {
  return locale === 'fr' ? 'pieces' : 'exhibits';
}

/**
 * A readable, safe name for an original in the ZIP: `pieces/003-capture-<name>.png`.
 * The exhibit number keeps names unique and in order; what the victim named the file
 * stays recognisable, without path separators, control characters or shell traps.
 */
export function zipNameOf(evidence: DossierEvidence, locale: 'fr' | 'en'): string {
  const number = String(evidence.number).padStart(3, '0');
  // The extension is the sniffed type's, whatever the upload was called: an exhibit named
  // `.html` would run as a web page when opened from the extracted ZIP.
  const extension = `.${extensionOf(evidence.contentType)}`;
  const stem = stemOf((evidence.fileName ?? '').normalize('NFC'))
    .replace(/[\p{Cc}/\\:*?"<>|]+/gu, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.-]+|[\s.]+$/g, '')
    .slice(0, 80);
  const name = [number, KIND_SLUG[locale][evidence.kind], stem].filter(Boolean).join('-');
  return `${originalsFolder(locale)}/${name}${extension}`;
}

export interface ManifestFile {
  readonly path: string;
  readonly sha256: string;
  readonly size: number;
}

/** `manifest.json`: what the ZIP holds and where each exhibit comes from. */
export function manifestOf(
  input: DossierInput,
  version: number,
  pdf: ManifestFile & { pages: number },
  originals: ReadonlyMap<string, ManifestFile>,
  /** The investigators' annex, listed like every file of the ZIP. */
  annex: readonly ManifestFile[] = [],
): string {
  const manifest = {
    format: 'harassment-dossier/manifest@1',
    caseId: input.caseId,
    version,
    purpose: input.purpose,
    locale: input.locale,
    compiledAt: input.compiledAt,
    dossier: pdf,
    exhibits: [...input.evidence]
      .sort((a, b) => a.number - b.number)
      .map((e) => {
        const file = originals.get(e.evidenceId);
        return {
          number: e.number,
          evidenceId: e.evidenceId,
          kind: e.kind,
          path: file?.path ?? null,
          sha256: file?.sha256 ?? null,
          size: file?.size ?? null,
          originalFileName: e.fileName ?? null,
          contentType: e.contentType ?? null,
          capturedAt: e.capturedAt ?? null,
          uploadedAt: e.uploadedAt ?? null,
          platform: e.platform ?? null,
          url: e.url ?? null,
          description: e.description ?? null,
        };
      }),
    ...(input.attestations.length && {
      attestations: attestationManifest(
        input.attestations,
        input.locale,
        new Map(
          [...originals].map(([id, f]) => [
            id,
            { sha256: f.sha256, size: f.size, zipName: f.path },
          ]),
        ),
        (text) => createHash('sha256').update(text).digest('hex'),
      ),
    }),
    annex,
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** `SHA256SUMS`, in the format `sha256sum -c` reads (text mode: two spaces). */
export function sha256SumsOf(files: readonly ManifestFile[]): string {
  return files.map((file) => `${file.sha256}  ${file.path}\n`).join('');
}

/**
 * The ZIP's text files besides the manifest: the read-me (how to check the files and read the
 * journal), `journal.json` (the case log as stored, access secrets taken out) and the page
 * for the victim only, listing what the complaint should still state.
 */
export function archiveTexts(
  input: DossierInput,
  version: number,
): { name: string; body: string }[] {
  const t = DOSSIER_TEXTS[input.locale];
  const fr = input.locale === 'fr';
  const missing = input.missing.map((item) => {
    const text = MISSING_TEXT[input.locale][item];
    return `- ${fr ? frenchSpacing(text) : text}`;
  });
  return [
    {
      name: fr ? 'LISEZMOI.txt' : 'README.txt',
      body: [
        t.title[input.purpose],
        `${input.caseId} v${version}`,
        '',
        t.zip.intro,
        '',
        t.zip.journal,
        t.zip.victimOnly,
        '',
      ].join('\n'),
    },
    { name: 'journal.json', body: `${JSON.stringify(input.journal, null, 2)}\n` },
    {
      name: t.zip.victimOnlyFile,
      body: [
        t.zip.victimOnlyTitle,
        `${input.caseId} v${version}`,
        '',
        ...(missing.length ? [t.zip.victimOnlyIntro, '', ...missing] : [t.zip.nothingMissing]),
        '',
        t.zip.victimOnlyOutro,
        '',
      ].join('\n'),
    },
  ];
}
