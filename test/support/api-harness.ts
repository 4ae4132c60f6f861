import { createApp } from '../../functions/http/app.js';
import type { ApiDeps } from '../../functions/http/deps.js';
import { CaseLog } from '../../shared/case-log.js';
import { capturingLogger, RecordingWorkflow } from './fakes.js';
import { MemoryBlobStore } from './memory-blob-store.js';
import { checkedAgainstDocument } from './openapi-contract.js';

/** The HTTP app on an in-memory store, with helpers to open cases and call routes. */
export function apiHarness(overrides: Partial<ApiDeps> = {}) {
  const store = new MemoryBlobStore();
  const log = new CaseLog(store);
  const workflow = new RecordingWorkflow();
  const logger = capturingLogger();
  const app = checkedAgainstDocument(
    createApp({
      store,
      log,
      workflow,
      timing: { stepTimeoutSeconds: 60, maxReminders: 1 },
      logger,
      ...overrides,
    }),
  );
  const openCase = async (email = 'victim@example.org') => {
    const response = await app.request('/api/v1/cases', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, locale: 'fr', harassmentKinds: ['rumours'] }),
    });
    return (await response.json()) as { caseId: string; accessToken: string };
  };
  const call = (
    method: string,
    path: string,
    token?: string,
    body?: string,
    contentType = 'application/json',
  ) =>
    app.request(path, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined ? { 'content-type': contentType } : {}),
      },
      body,
    });
  return { store, log, workflow, logger, app, openCase, call };
}
