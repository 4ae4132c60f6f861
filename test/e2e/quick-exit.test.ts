import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RUNTIME_START_MS } from '../support/runtime-bounds.js';
import { expectAccessible, SCREENSHOTS, signInLinkFor } from './browser.js';
import { openCase, phone, type Stage, startStage, submitForm } from './support/journey.js';

let stage: Stage;
beforeAll(async () => {
  stage = await startStage();
}, RUNTIME_START_MS);
afterAll(async () => {
  await stage?.stop();
});

const CASE_TITLE = 'Votre dossier';

/** What the tab shows: its address and, on our pages, the main title. */
async function shown(page: Page): Promise<{ url: string; h1: string }> {
  const h1 = await page
    .locator('h1')
    .first()
    .textContent({ timeout: 2000 })
    .catch(() => '');
  return { url: page.url(), h1: (h1 ?? '').trim() };
}

/** Quick exit, then Back (twice, as a worried person would): the case never shows. */
async function exitThenBack(stage: Stage, page: Page, how: 'button' | 'escape') {
  if (how === 'button') await page.locator('#quick-exit').click();
  else await page.keyboard.press('Escape');
  await page.waitForURL(stage.neutral.url);
  for (let i = 0; i < 2; i += 1) {
    await page.goBack({ waitUntil: 'load' }).catch(() => null);
    // The guard sends a tab that came back by Back on to the neutral page again.
    await page.waitForTimeout(400);
    const { url, h1 } = await shown(page);
    expect(h1, `Back showed ${url}`).not.toBe(CASE_TITLE);
  }
}

/**
 * The in-page links of a case page, each reached as a victim would: the current step's link
 * up to "À faire maintenant", the link to her details in the dossier section, step 4's link
 * to the evidence list and the evidence section's link to step 4, the link to a refused
 * form, the skip link.
 */
const LINKS: Record<string, (page: Page) => Promise<void>> = {
  'steps: the current one, up to À faire maintenant': async (page) => {
    await page.locator('#step-stop-contact > summary').click();
    await page.locator('#step-stop-contact a[href="#now"]').click();
  },
  'dossier: ajoutez vos coordonnées': (page) =>
    page.locator('#dossier a[href="#identity"]').click(),
  'step 4: the evidence list': async (page) => {
    await page.locator('#step-collect-evidence > summary').click();
    await page.locator('#step-collect-evidence a[href="#evidence-list"]').click();
  },
  'evidence: the forms in step 4': (page) =>
    page.locator('#evidence a[href="#step-collect-evidence"]').click(),
  'errors: Vérifiez ce formulaire': async (page) => {
    await page.locator('#fact-form > summary').click();
    await submitForm(page, true, '#form-fact button[type=submit]');
    await page.locator('.errors a').click();
  },
  'skip link': async (page) => {
    await page.locator('a.skip').focus();
    await page.keyboard.press('Enter');
  },
};

describe('quick exit on a phone: no way back to the case', () => {
  it('with JavaScript: after every kind of in-page link, quick exit then Back never shows the case', async () => {
    const context = await phone(stage, true);
    const page = await context.newPage();
    const caseId = await openCase(stage, page, true, 'exit-js@example.org');
    const caseUrl = `${stage.runtime.apiUrl}/cases/${caseId}`;
    let round = 0;
    for (const [kind, tap] of Object.entries(LINKS)) {
      for (const how of ['button', 'escape'] as const) {
        round += 1;
        // A fresh tab each time, with the case page a few entries deep in its history.
        const tab = await context.newPage();
        await tab.goto(`${stage.runtime.apiUrl}/?lang=fr`);
        await tab.goto(caseUrl);
        expect((await shown(tab)).h1).toBe(CASE_TITLE);
        const entries = await tab.evaluate('history.length');
        await tap(tab);
        // The link moved the page, in place: no history entry of its own.
        await tab.waitForTimeout(100);
        expect(await tab.evaluate('history.length'), kind).toBe(entries);
        expect(tab.url(), kind).toContain('#');
        if (round === 1)
          await tab.screenshot({ path: join(SCREENSHOTS, 'quick-exit-after-link-phone.png') });
        await exitThenBack(stage, tab, how);
        await tab.close();
      }
    }
    expect(round).toBe(Object.keys(LINKS).length * 2);
    await context.close();
  }, 120_000);

  it('a device marked as shared: the quick exit ends the session on the server', async () => {
    const opener = await phone(stage, true);
    const email = 'exit-shared@example.org';
    const caseId = await openCase(stage, await opener.newPage(), true, email);
    await opener.close();
    const caseUrl = `${stage.runtime.apiUrl}/cases/${caseId}`;

    // Another phone, signed in with the mailed link: a session the server can end.
    const device = await phone(stage, true);
    const page = await device.newPage();
    await page.goto(await signInLinkFor(stage.runtime.mailboxUrl, email));
    await submitForm(page, true, `form[action="/access/${caseId}"] button[type=submit]`);
    await page.waitForURL(caseUrl);

    await page.locator('#form-shared-device input[name=shared]').check();
    await expectAccessible(page, 'the shared-device setting');
    await submitForm(page, true, '#form-shared-device button[type=submit]');
    expect(await page.locator('#form-shared-device input[name=shared]').isChecked()).toBe(true);
    expect(await page.locator('#quick-exit').getAttribute('data-csrf')).toMatch(/^[\w-]{43}$/);
    const session = (await device.cookies()).find((c) => c.name === 'hd_session');
    expect(session).toBeDefined();

    await page.locator('#evidence a[href="#step-collect-evidence"]').click();
    await exitThenBack(stage, page, 'button');

    // The cookie kept from before the exit no longer opens the case: the server ended it.
    await device.addCookies([session as NonNullable<typeof session>]);
    const again = await device.newPage();
    await again.goto(caseUrl);
    await again.locator(`form[action="/cases/${caseId}/send-link"]`).waitFor({ timeout: 5000 });
    expect((await shown(again)).h1).not.toBe(CASE_TITLE);
    await device.close();
  }, 60_000);

  it('without JavaScript: the quick exit signs out, so Back shows the signed-out page', async () => {
    const context: BrowserContext = await phone(stage, false);
    const page = await context.newPage();
    const caseId = await openCase(stage, page, false, 'exit-nojs@example.org');
    // A form posted and redirected (POST then 303: history entries of the case's page).
    // (Step 1 is the current step: it is open.)
    await submitForm(page, false, '#form-stop-contact button[value=done]');
    await page.locator('#evidence a[href="#step-collect-evidence"]').click();
    expect(page.url()).toContain(`/cases/${caseId}`);
    await page.locator('#quick-exit').click();
    await page.waitForURL(stage.neutral.url);
    for (let i = 0; i < 3; i += 1) {
      await page.goBack({ waitUntil: 'load' }).catch(() => null);
      const { url, h1 } = await shown(page);
      expect(h1, `Back showed ${url}`).not.toBe(CASE_TITLE);
    }
    await page.screenshot({ path: join(SCREENSHOTS, 'quick-exit-back-nojs-phone.png') });
    await context.close();
  }, 60_000);
});
