import * as z from 'zod';
import { pastDayOrTime } from './day-or-time.js';
import { ID_PATTERN } from './ids.js';

const MB = 1000 * 1000;

/** Kinds of file a victim uploads. */
export const UPLOAD_KINDS = ['screenshot', 'video', 'document', 'medical-certificate'] as const;
export const UploadKind = z.enum(UPLOAD_KINDS);
export type UploadKind = z.infer<typeof UploadKind>;

/** Every kind of evidence item: the files, and links to pages (numbered like files). */
export const EvidenceKind = z.enum([...UPLOAD_KINDS, 'link']);
export type EvidenceKind = z.infer<typeof EvidenceKind>;

export interface UploadRule {
  /** Media types accepted, as declared and as sniffed from the bytes. */
  readonly contentTypes: readonly string[];
  readonly maxBytes: number;
}

const DOCUMENT: UploadRule = {
  contentTypes: ['application/pdf', 'image/png', 'image/jpeg'],
  maxBytes: 20 * MB,
};

export const UPLOAD_RULES: Readonly<Record<UploadKind, UploadRule>> = {
  screenshot: {
    contentTypes: ['image/png', 'image/jpeg', 'image/webp', 'image/gif'],
    maxBytes: 20 * MB,
  },
  video: { contentTypes: ['video/mp4', 'video/webm', 'video/quicktime'], maxBytes: 500 * MB },
  document: DOCUMENT,
  'medical-certificate': DOCUMENT,
};

/** How long a presigned upload form stays valid. */
export const UPLOAD_EXPIRY_SECONDS = 10 * 60;
/** A web page's upload form: issued when the page is shown, so it lives longer (re-issued on each render). */
export const PAGE_UPLOAD_EXPIRY_SECONDS = 60 * 60;
/** Upload events may arrive a little after the form expired (S3 checks the expiry itself). */
export const UPLOAD_EXPIRY_GRACE_MS = 2 * 60 * 1000;
/** Evidence items (files and links) plus uploads in flight, per case. */
export const MAX_EVIDENCE_PER_CASE = 200;
/** Facts per case: far beyond any real chronology, short of an unbounded log. */
export const MAX_FACTS_PER_CASE = 1000;
/** Lifetime of a download link (evidence or dossier), made when the owner asks, never mailed. */
export const DOWNLOAD_EXPIRY_SECONDS = 60;
/** Bytes of files per case, accepted plus in flight: four long videos, or a thousand screenshots. */
export const MAX_BYTES_PER_CASE = 2 * 1000 * 1000 * 1000;
/** Dates a victim gives may be this far ahead of our clock (their device's clock drifts). */
export const CLOCK_SKEW_MS = 5 * 60 * 1000;

export const EvidenceId = z.string().regex(ID_PATTERN, 'must be an evidence id (26 characters)');

/**
 * A file name fit to show and to store as data: NFC, without control characters (NUL
 * included), format characters (bidirectional overrides, which make `gnp.exe` read
 * `exe.png`; zero-width characters, which make two names look alike), path separators
 * or leading dots. Never used in a key or a path.
 */
export function safeFileName(raw: string): string {
  return (
    raw
      .normalize('NFC')
      // Controls (NUL included) and every invisible format character: bidi marks, overrides
      // and isolates, zero-width spaces and joiners, word joiner, BOM, soft hyphen.
      .replace(/[\p{Cc}\p{Cf}]/gu, '')
      .replace(/[/\\]/g, '_')
      .replace(/^[\s.]+/, '')
      .trim()
  );
}

/** The extension of each type ingestion accepts, as sniffed from the bytes. */
const EXTENSIONS: Readonly<Record<string, string>> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'video/mp4': 'mp4',
  'video/webm': 'webm',
  'video/quicktime': 'mov',
  'application/pdf': 'pdf',
};

/** The extension (without its dot) of a sniffed type; `bin` for any other. */
export function extensionOf(contentType: string | undefined): string {
  return EXTENSIONS[contentType ?? ''] ?? 'bin';
}

/**
 * A name without the extension the uploader gave it (`menace.html` is `menace`); a
 * suffix that is no extension (`capture du 12.03 au soir`) stays.
 */
export function stemOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 && /^\.[\p{L}\p{N}]{1,8}$/u.test(fileName.slice(dot))
    ? fileName.slice(0, dot)
    : fileName;
}

/**
 * The name a file is downloaded or archived under: the victim's name with the extension
 * of the type sniffed from the bytes, never the uploader's (a PNG uploaded as `x.html`
 * is `x.png`, and opens as an image).
 */
export function nameForType(fileName: string, contentType: string | undefined): string {
  return `${stemOf(fileName)}.${extensionOf(contentType)}`;
}

/** A link to a web page: http or https only, no credentials, at most 2 KB. */
export const WebUrl = z
  .string()
  .trim()
  .min(1)
  .max(2048, 'must be at most 2048 characters')
  .superRefine((value, ctx) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be an http or https URL' });
      return;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      ctx.addIssue({ code: 'custom', message: 'must be an http or https URL' });
    else if (url.username || url.password)
      ctx.addIssue({ code: 'custom', message: 'must not contain a user name or password' });
  })
  .transform((value) => new URL(value).href)
  .refine((href) => href.length <= 2048, 'must be at most 2048 characters');

const platform = z.string().trim().min(1).max(100);
const pseudonym = z.string().trim().min(1).max(200);

/** Details a victim may give about any evidence item; they go into the dossier's index. */
function evidenceDetails(now: () => number) {
  return {
    /**
     * When the victim captured it: a day (`YYYY-MM-DD`) when she does not know the time, which
     * stays a day everywhere, or an instant; the upload time stands in when absent.
     */
    capturedAt: pastDayOrTime(now, CLOCK_SKEW_MS).optional(),
    platform: platform.optional(),
    authorPseudonym: pseudonym.optional(),
    description: z.string().trim().min(1).max(1000).optional(),
  };
}

/** Body of `POST /api/v1/cases/{id}/uploads`. */
export function uploadRequestSchema(now: () => number = Date.now) {
  return z
    .object({
      kind: UploadKind,
      fileName: z
        .string()
        .max(1024)
        .transform(safeFileName)
        .pipe(
          z
            .string()
            .min(1, 'must keep at least one character once cleaned')
            .max(255, 'must be at most 255 characters'),
        ),
      contentType: z.string().trim().toLowerCase().max(100),
      size: z.number().int().min(1, 'must be at least 1 byte'),
      url: WebUrl.optional(),
      ...evidenceDetails(now),
    })
    .strict()
    .superRefine((body, ctx) => {
      const rule = UPLOAD_RULES[body.kind];
      if (!rule.contentTypes.includes(body.contentType))
        ctx.addIssue({
          code: 'custom',
          path: ['contentType'],
          message: `must be one of ${rule.contentTypes.join(', ')} for ${body.kind}`,
        });
      if (body.size > rule.maxBytes)
        ctx.addIssue({
          code: 'custom',
          path: ['size'],
          message: `must be at most ${rule.maxBytes} bytes for ${body.kind}`,
        });
    });
}
export type UploadRequest = z.output<ReturnType<typeof uploadRequestSchema>>;

/** Body of `POST /api/v1/cases/{id}/links`. */
export function linkRequestSchema(now: () => number = Date.now) {
  return z.object({ url: WebUrl, ...evidenceDetails(now) }).strict();
}
export type LinkRequest = z.output<ReturnType<typeof linkRequestSchema>>;

/**
 * Body of `PUT /api/v1/cases/{id}/evidence/{evidenceId}`: an item's details as they
 * should now read, replacing the ones given before (a field left out is cleared). A link
 * keeps its address unless a new `url` is given.
 */
export function evidenceDetailsSchema(now: () => number = Date.now) {
  return z.object({ url: WebUrl.optional(), ...evidenceDetails(now) }).strict();
}
export type EvidenceDetailsRequest = z.output<ReturnType<typeof evidenceDetailsSchema>>;

/** Body of `POST /api/v1/cases/{id}/facts` and `PUT …/facts/{factId}`. */
export function factRequestSchema(now: () => number = Date.now) {
  return z
    .object({
      /** A day (`YYYY-MM-DD`) when the victim does not know the time: it stays a day. */
      occurredAt: pastDayOrTime(now, CLOCK_SKEW_MS),
      description: z.string().trim().min(1).max(4000),
      platform: platform.optional(),
      authorPseudonym: pseudonym.optional(),
      url: WebUrl.optional(),
      evidenceIds: z
        .array(EvidenceId)
        .max(MAX_EVIDENCE_PER_CASE)
        .refine((ids) => new Set(ids).size === ids.length, 'must not repeat an id')
        .default([]),
      /**
       * Published where anyone could read it (a public post, not a private message): the
       * 3-month limit of public insult and defamation runs from its publication.
       */
      public: z.boolean().optional(),
      /** When it was published, if not when it happened; implies `public`. */
      publishedAt: pastDayOrTime(now, CLOCK_SKEW_MS).optional(),
      /** It reveals where or who the victim is, to expose her (Code pénal art. 223-1-1). */
      exposesPersonalData: z.boolean().optional(),
    })
    .strict()
    .refine((fact) => !(fact.public === false && fact.publishedAt), {
      path: ['publishedAt'],
      message: 'must be left out when public is false',
    })
    .refine((fact) => !fact.publishedAt || fact.publishedAt >= fact.occurredAt.slice(0, 10), {
      path: ['publishedAt'],
      message: 'must not be before the fact itself',
    });
}
export type FactRequest = z.output<ReturnType<typeof factRequestSchema>>;
