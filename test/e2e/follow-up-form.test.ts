import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BROWSER_JOURNEY_MS,
  DOSSIER_COMPILE_MS,
  RUNTIME_START_MS,
} from '../support/runtime-bounds.js';
import { waitFor } from '../support/wait-for.js';
import { expectAccessible, screenshots } from './browser.js';
import { phone, type Stage, startStage, submitForm } from './support/journey.js';

let stage: Stage;
beforeAll(async () => {
  // The local runtime's short timing: the follow-up comes 2 s after the complaint.
  stage = await startStage({ followUpWaitSeconds: 2 });
}, RUNTIME_START_MS);
afterAll(async () => {
  await stage?.stop();
});

/**
 * A case walked up to its follow-up through the API (the browser walks of the steps before
 * it are in `victim-journey.test.ts`): a link kept, the certificate skipped, the complaint
 * filed; then the workflow waits and asks what happened.
 */
async function caseAtFollowUp(email: string) {
  let token = '';
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${stage.runtime.apiUrl}/api/v1/cases${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return (await response.json().catch(() => null)) as Record<string, unknown>;
  };
  const opened = await call('POST', '', {
    email,
    locale: 'fr',
    harassmentKinds: ['threats-insults'],
  });
  const caseId = opened.caseId as string;
  token = opened.accessToken as string;
  const awaiting = (stepId: string) =>
    waitFor(
      async () => {
        const view = (await call('GET', `/${caseId}`)) as {
          steps: { id: string; status: string }[];
        };
        return view.steps.find((s) => s.id === stepId)?.status === 'awaiting';
      },
      { what: `the workflow to wait on ${stepId}`, timeoutMs: DOSSIER_COMPILE_MS },
    );
  await awaiting('collect-evidence');
  await call('POST', `/${caseId}/links`, { url: 'https://forum.example/t/1' });
  await call('POST', `/${caseId}/steps/collect-evidence`, { status: 'done' });
  await awaiting('medical-certificate');
  await call('POST', `/${caseId}/steps/medical-certificate`, { status: 'skipped' });
  await awaiting('file-complaint');
  await call('POST', `/${caseId}/steps/file-complaint`, {
    outcome: 'filed',
    reference: 'PV-69-2026-7',
    policeStation: 'commissariat de Lyon 3e',
    filedAt: '2026-08-20',
  });
  await awaiting('follow-up');
  return { caseId, cookie: `${caseId}.${token}` };
}

/**
 * axe runs in the page's JavaScript. For the run without it, the same page (same cookies)
 * is opened in a context whose own scripts are refused, every folded part opened.
 */
async function accessibleWithoutScripts(from: BrowserContext, url: string, what: string) {
  const context = await phone(stage, true);
  await context.route(/\/assets\/[^/?]+\.js/, (route) => route.abort());
  await context.addCookies(await from.cookies());
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate("document.querySelectorAll('details').forEach((d) => { d.open = true; })");
  await expectAccessible(page, what);
  await context.close();
}

/** The PDF behind a download link of the page, as text. */
async function pdfText(page: Page, href: string): Promise<string> {
  const response = await page.request.get(new URL(href, page.url()).toString());
  expect(response.status()).toBe(200);
  const bytes = await response.body();
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  const file = join(mkdtempSync(join(tmpdir(), 'follow-up-e2e-')), 'letters.pdf');
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

describe('the follow-up form, on a phone (390×844)', () => {
  for (const javaScript of [true, false])
    it(
      `records a dismissal with its date, shows where the case stands and what comes next, and the letters; axe clean in French and English (JavaScript ${javaScript ? 'on' : 'off'})`,
      async () => {
        // Prepare: the case waits on its follow-up; this browser holds its session.
        const { caseId, cookie } = await caseAtFollowUp(`follow-up-${javaScript}@example.org`);
        const context = await phone(stage, javaScript);
        await context.addCookies([
          { name: 'hd_session', value: cookie, url: stage.runtime.apiUrl },
        ]);
        const page = await context.newPage();
        const caseUrl = `${stage.runtime.apiUrl}/cases/${caseId}`;
        await page.goto(`${caseUrl}?lang=fr`);
        const accessible = async (what: string) =>
          javaScript
            ? expectAccessible(page, what)
            : accessibleWithoutScripts(context, page.url(), what);
        // The earlier steps are left as they are: step 9 is folded in the list until opened.
        const unfold = async () => {
          const step = page.locator('#step-follow-up');
          if (!(await step.evaluate((d) => (d as unknown as { open: boolean }).open)))
            await step.locator('> summary').click();
        };
        await unfold();
        const form = page.locator('#step-follow-up #form-follow-up');
        await form.waitFor({ state: 'visible' });
        await accessible('the follow-up question (fr)');

        // Act: a dismissal without its date first, then with it.
        await form.locator('input[name=answer][value=dismissed]').check();
        await submitForm(page, javaScript, '#step-follow-up #form-follow-up button[type=submit]');
        await unfold();
        const missing = await page
          .locator('#step-follow-up #follow-up-dismissedAt-error')
          .textContent();
        const keptChoice = await page
          .locator('#step-follow-up #form-follow-up input[name=answer][value=dismissed]')
          .isChecked();
        await page.locator('#step-follow-up #follow-up-dismissedAt').fill('2026-11-03');
        await page.locator('#step-follow-up #follow-up-prosecutionReference').fill('26123000042');
        await submitForm(page, javaScript, '#step-follow-up #form-follow-up button[type=submit]');
        await unfold();
        const stands = page.locator('#follow-up-stands').first();
        await stands.waitFor({ state: 'visible' });
        const standsText = (await stands.textContent()) ?? '';
        // The letters are compiled by the workflow: the page lists them once they are.
        const letters = await waitFor(
          async () => {
            await page.reload();
            const link = page.locator('#dossier a[data-download][href$="/2/dossier.pdf"]').first();
            return (await link.count()) ? link.getAttribute('href') : undefined;
          },
          { what: 'the follow-up letters on the page', timeoutMs: DOSSIER_COMPILE_MS },
        );
        await unfold();
        await page.locator('#follow-up-stands a[href="#dossier"]').first().click();
        const hash = new URL(page.url()).hash;
        const text = await pdfText(page, letters ?? '');

        // Assess: the error names the date and keeps the choice; then where the case stands.
        expect(missing).toContain('date');
        expect(keptChoice).toBe(true);
        expect(standsText).toContain('Plainte classée sans suite (avis du 3 novembre 2026).');
        expect(standsText).toContain('Et maintenant');
        expect(standsText).toContain('procureur général de la cour d’appel (article 40-3');
        expect(standsText).toContain('doyen des juges d’instruction');
        expect(await page.locator('#form-follow-up').count()).toBe(0);
        expect(hash).toBe('#dossier');
        expect(text).toContain('Procureur général');
        expect(text).toContain('article 40-3 du Code de procédure pénale');
        expect(text).toContain('me constituer partie civile');
        await accessible('where the case stands after a dismissal (fr)');
        await screenshots(page, `follow-up-dismissed-fr-${javaScript ? 'js' : 'nojs'}`);

        // English: the same page in the other language.
        await page.goto(`${caseUrl}?lang=en`);
        const english = (await page.locator('#follow-up-stands').first().textContent()) ?? '';
        expect(english).toContain('Complaint dismissed (notice of 3 November 2026).');
        expect(english).toContain('What comes next');
        expect(english).toContain('procureur général of the cour d’appel (article 40-3');
        await accessible('where the case stands after a dismissal (en)');
        await context.close();
      },
      BROWSER_JOURNEY_MS,
    );
});
