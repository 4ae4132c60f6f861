import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  type LocalRuntime,
  type LocalRuntimeOptions,
  startLocalRuntime,
} from '../../../local/runtime.js';
import { capturingLogger } from '../../support/fakes.js';
import { waitFor } from '../../support/wait-for.js';
import { launchChromium, startNeutralSite } from '../browser.js';

/** One local runtime, one Chromium and the neutral page, for a file of browser tests. */
export interface Stage {
  readonly runtime: LocalRuntime;
  readonly browser: Browser;
  readonly neutral: Awaited<ReturnType<typeof startNeutralSite>>;
  stop(): Promise<void>;
}

export async function startStage(
  options: Pick<LocalRuntimeOptions, 'followUpWaitSeconds'> = {},
): Promise<Stage> {
  const neutral = await startNeutralSite();
  const runtime = await startLocalRuntime({
    dataDir: mkdtempSync(join(tmpdir(), 'harassment-e2e-')),
    ports: { api: 0, s3: 0, ses: 0, stepFunctions: 0 },
    stepTimeoutSeconds: 3600,
    maxReminders: 1,
    logger: capturingLogger(),
    quickExitUrl: neutral.url,
    ...options,
  });
  const browser = await launchChromium();
  return {
    runtime,
    browser,
    neutral,
    stop: async () => {
      await browser.close();
      await runtime.stop();
      await neutral.close();
    },
  };
}

/** A phone: 390×844, JavaScript on or off. */
export function phone(stage: Stage, javaScript: boolean): Promise<BrowserContext> {
  return stage.browser.newContext({
    javaScriptEnabled: javaScript,
    viewport: { width: 390, height: 844 },
    acceptDownloads: true,
  });
}

/**
 * Submits a form and waits for the page it leads to: a navigation without JavaScript; with
 * it, the script replaces the page or its body, so wait for the marked body to be gone.
 */
export async function submitForm(page: Page, javaScript: boolean, target: string) {
  const button = page.locator(target).first();
  if (!javaScript) {
    await Promise.all([page.waitForEvent('load'), button.click()]);
    return;
  }
  await page.evaluate("document.body.dataset.stale = '1'");
  await button.click();
  await waitFor(
    async () =>
      page
        .evaluate("document.readyState === 'complete' && !document.body.dataset.stale")
        .catch(() => false),
    { what: `the answer to ${target}`, timeoutMs: 10_000 },
  );
}

/** Opens a case from the home page in `page`; this browser then holds it. */
export async function openCase(
  stage: Stage,
  page: Page,
  javaScript: boolean,
  email: string,
  locale: 'fr' | 'en' = 'fr',
): Promise<string> {
  await page.goto(`${stage.runtime.apiUrl}/?lang=${locale}`);
  await page.fill('#email', email);
  await page.check(`input[name=locale][value=${locale}]`);
  await page.check('input[name=kinds][value=threats-insults]');
  await submitForm(page, javaScript, 'form[action="/cases"] button[type=submit]');
  await page.waitForURL(/\/cases\/[0-9A-Z]{26}$/);
  return new URL(page.url()).pathname.split('/')[2] as string;
}
