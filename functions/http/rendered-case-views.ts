import { gzipSync } from 'node:zlib';
import type { CaseState } from '../../shared/domain/fold.js';
import { apiResponse, withApiHeaders } from './api-headers.js';
import { toApiCaseView } from './case-view.js';

interface Rendered {
  /** The JSON, UTF-8 encoded once: a string body would be encoded again for each answer. */
  readonly json: Uint8Array<ArrayBuffer>;
  gzipped?: Uint8Array<ArrayBuffer>;
  readonly at: number;
}

const JSON_HEADERS = { 'Content-Type': 'application/json', Vary: 'Accept-Encoding' };
const IDENTITY_HEADERS = withApiHeaders(JSON_HEADERS);
const GZIP_HEADERS = withApiHeaders({ ...JSON_HEADERS, 'Content-Encoding': 'gzip' });

const utf8 = new TextEncoder();

/** Below this, gzip's header costs more than it saves. */
const GZIP_MIN_BYTES = 1024;

/**
 * Answers with a case's view as JSON, gzipped when the client accepts it (a phone on a
 * poor network gets a tenth of the bytes). The rendering is reused while its state is
 * (`CaseLog.load` answers a recent read with the same object) and no older than the
 * staleness the reader accepts, since the view's urgency flags depend on the time.
 */
export type CaseViewAnswers = ReturnType<typeof renderedCaseViews>;

export function renderedCaseViews() {
  const rendered = new WeakMap<CaseState, Rendered>();
  const render = (state: CaseState, maxStalenessMs: number): Rendered => {
    const at = Date.now();
    const reused = rendered.get(state);
    if (reused && at - reused.at <= maxStalenessMs) return reused;
    const json = utf8.encode(JSON.stringify(toApiCaseView(state, new Date(at))));
    const fresh: Rendered = { json, at };
    rendered.set(state, fresh);
    return fresh;
  };
  return (
    state: CaseState,
    maxStalenessMs: number,
    acceptEncoding: string | null | undefined,
  ): Response => {
    const view = render(state, maxStalenessMs);
    if (view.json.byteLength >= GZIP_MIN_BYTES && acceptsGzip(acceptEncoding)) {
      view.gzipped ??= gzipSync(view.json) as Uint8Array<ArrayBuffer>;
      return apiResponse(view.gzipped, 200, GZIP_HEADERS);
    }
    return apiResponse(view.json, 200, IDENTITY_HEADERS);
  };
}

/** Browsers send a handful of distinct Accept-Encoding values: each is parsed once. */
const gzipAccepted = new Map<string, boolean>();
const GZIP_ACCEPTED_MAX_ENTRIES = 64;

function acceptsGzip(header: string | null | undefined): boolean {
  if (!header) return false;
  let accepted = gzipAccepted.get(header);
  if (accepted === undefined) {
    accepted = listsGzip(header);
    if (gzipAccepted.size >= GZIP_ACCEPTED_MAX_ENTRIES) gzipAccepted.clear();
    gzipAccepted.set(header, accepted);
  }
  return accepted;
}

/** `gzip` listed, and not refused with `q=0`. */
function listsGzip(header: string): boolean {
  return header.split(',').some((part) => {
    const [coding, ...parameters] = part.trim().toLowerCase().split(';');
    if (coding?.trim() !== 'gzip' && coding?.trim() !== '*') return false;
    const q = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}
