import { createHash } from 'node:crypto';
import { ulid } from 'ulid';
import { createApp } from '../../functions/http/app.js';
import { evidenceKey } from '../../shared/bucket-keys.js';
import { CaseLog } from '../../shared/case-log.js';
import { issueSignInLink, useSignInLink } from '../../shared/usecases/sign-in.js';
import { capturingLogger, RecordingWorkflow } from './fakes.js';
import { encodePng } from './images.js';
import { MemoryBlobStore } from './memory-blob-store.js';
import { frenchFaults, pageText } from './page-text.js';
import { openedCase } from './web-forms.js';

/**
 * A fact as the victim typed it, with plain spaces: shown and kept as typed (it is her
 * evidence, and the form that corrects it sends it back), so left out of the check.
 */
export const TYPED_FACT = 'Un message. Il dit : « viens » !';

/** The app on an in-memory store, a French browser, and what each page read said wrong. */
export function harness() {
  const store = new MemoryBlobStore();
  const log = new CaseLog(store);
  const logger = capturingLogger();
  /** The single-use links mailed to witnesses, as their mail carries them. */
  const witnessTokens: string[] = [];
  const app = createApp({
    store,
    log,
    workflow: new RecordingWorkflow(),
    timing: { stepTimeoutSeconds: 60, maxReminders: 1 },
    logger,
    sendSignInLink: async () => {},
    mailWitnessLink: async ({ token }) => void witnessTokens.push(token),
    // Compilation is started by the workflow elsewhere: here it is only asked for.
    dossierCompiler: { start: async () => {} },
  });
  const faults: Record<string, string[]> = {};
  /** Each page read and its status, to see that each state was reached. */
  const statuses: Record<string, number> = {};
  /** Reads a response as the victim does, noting the page's faults under `name`. */
  /** What the victim typed in this case: shown as typed, so left out of the check. */
  const typed = [TYPED_FACT];
  const read = async (name: string, response: Response | Promise<Response>) => {
    const answer = await response;
    const body = await answer.text();
    statuses[name] = answer.status;
    const text = answer.headers.get('content-type')?.includes('json')
      ? JSON.stringify(JSON.parse(body), null, 1)
      : typed.reduce((text, words) => text.replaceAll(words, ''), pageText(body));
    const found = frenchFaults(text);
    if (found.length) faults[`${name} (${answer.status})`] = found;
    return body;
  };
  return { store, log, logger, app, faults, statuses, typed, witnessTokens, read };
}

export type Harness = ReturnType<typeof harness>;

/** A case opened from the home page in French, with helpers to read and post as its browser. */
export async function signedInCase(h: Harness) {
  const opened = await openedCase(h.app);
  const get = (at: string) =>
    h.app.request(`http://localhost${opened.path}${at}`, { headers: opened.headers });
  const send = (at: string, fields: Record<string, string> | [string, string][]) =>
    h.app.request(`http://localhost${opened.path}${at}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...opened.headers },
      body: new URLSearchParams([
        ['csrf', opened.csrf],
        ...(Array.isArray(fields) ? fields : Object.entries(fields)),
      ]).toString(),
    });
  return { ...opened, get, send };
}

/** A received screenshot, as ingestion records it. */
export async function receivedScreenshot(h: Harness, caseId: string): Promise<string> {
  const evidenceId = ulid();
  const png = encodePng(40, 30, 2, (x, y) => [x * 6, y * 8, 90]);
  await h.store.put(evidenceKey(caseId, evidenceId), png, { contentType: 'image/png' });
  await h.log.append({
    type: 'evidence-uploaded',
    caseId,
    evidenceId,
    kind: 'screenshot',
    sha256: createHash('sha256').update(png).digest('hex'),
    size: png.length,
    contentType: 'image/png',
    fileName: 'capture.png',
    uploadedAt: new Date().toISOString(),
  });
  return evidenceId;
}

/** The address confirmed, as a mailed sign-in link used once does. */
export async function confirmAddress(h: Harness, caseId: string) {
  const token = await issueSignInLink({ log: h.log }, caseId);
  const state = await h.log.load(caseId);
  if (!state || !(await useSignInLink({ log: h.log, logger: h.logger }, state, token)))
    throw new Error('link refused');
}
