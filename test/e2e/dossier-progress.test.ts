import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOSSIER_COMPILE_MS, RUNTIME_START_MS } from '../support/runtime-bounds.js';
import { waitFor } from '../support/wait-for.js';
import { expectAccessible, SCREENSHOTS } from './browser.js';
import { openCase, phone, type Stage, startStage, submitForm } from './support/journey.js';

let stage: Stage;
beforeAll(async () => {
  stage = await startStage();
}, RUNTIME_START_MS);
afterAll(async () => {
  await stage?.stop();
});

const PREPARE = '#dossier form[action$="/dossier"] button[type=submit]';
const shot = (name: string) => join(SCREENSHOTS, `${name}-phone.png`);

describe('a dossier’s compilation on a phone', () => {
  it('with JavaScript: followed live, politely, then its files appear without a reload', async () => {
    const context = await phone(stage, true);
    const page = await context.newPage();
    await openCase(stage, page, true, 'progress-js@example.org');
    await submitForm(page, true, PREPARE);
    const box = page.locator('#dossier .dossier-progress');
    await box.waitFor({ state: 'visible', timeout: 5000 });
    expect(await box.getAttribute('data-state')).toBe('compiling');
    const text = box.locator('.progress-text');
    expect(await text.getAttribute('role')).toBe('status');
    expect(await text.textContent()).toMatch(
      /^Votre dossier se prépare\u202f: .+ \(\d+\u00a0%\)\.$/,
    );
    // The script follows it: no link to look again.
    expect(await box.locator('[data-look-again]').isVisible()).toBe(false);
    await box.scrollIntoViewIfNeeded();
    await page.screenshot({ path: shot('dossier-compiling-js') });
    await expectAccessible(page, 'a dossier being compiled');
    let loads = 0;
    page.on('load', () => {
      loads += 1;
    });
    const focused = () => page.evaluate('document.activeElement && document.activeElement.id');
    const focusBefore = await focused();

    await waitFor(
      async () => (await page.locator('#dossier-files a[href$=".pdf"]').count()) > 0 || undefined,
      { what: 'the dossier’s files', timeoutMs: DOSSIER_COMPILE_MS },
    );

    expect(loads).toBe(0);
    expect(await text.textContent()).toContain('prêt');
    expect(await box.locator('progress').isVisible()).toBe(false);
    expect(await focused()).toBe(focusBefore);
    await page.screenshot({ path: shot('dossier-ready-js') });
    await expectAccessible(page, 'a dossier just compiled');
    await context.close();
  }, 120_000);

  it('without JavaScript: says where it stands, with a link to look again (no automatic refresh)', async () => {
    const context = await phone(stage, false);
    const page = await context.newPage();
    const caseId = await openCase(stage, page, false, 'progress-nojs@example.org');
    await submitForm(page, false, PREPARE);
    const box = page.locator('#dossier .dossier-progress');
    await box.waitFor({ state: 'visible', timeout: 5000 });
    expect(await box.locator('.progress-text').textContent()).toContain('Votre dossier se prépare');
    expect(await page.locator('meta[http-equiv=refresh]').count()).toBe(0);
    await box.scrollIntoViewIfNeeded();
    await page.screenshot({ path: shot('dossier-compiling-nojs') });
    // She looks again until it is ready: back at the dossier each time.
    await waitFor(
      async () => {
        const again = page.locator('#dossier a[href*="/dossier-progress"]');
        if ((await again.count()) === 0) return true;
        await Promise.all([page.waitForEvent('load'), again.click()]);
        expect(new URL(page.url()).pathname).toBe(`/cases/${caseId}`);
        expect(new URL(page.url()).hash).toBe('#dossier');
        return undefined;
      },
      { what: 'the dossier ready', timeoutMs: DOSSIER_COMPILE_MS },
    );
    expect(await page.locator('#dossier-files a[href$=".pdf"]').count()).toBeGreaterThan(0);
    await context.close();
  }, 120_000);
});
