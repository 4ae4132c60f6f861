import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { awsRuntime } from '../../functions/environment.js';
import { stepsTexts } from '../../functions/web/case/steps/texts.js';
import { type LocalRuntime, startLocalRuntime } from '../../local/runtime.js';
import type { S3BlobStore } from '../../shared/ports/blob-store-s3-adapter.js';
import { makePdf, makePng } from '../fixtures/make-hostile-corpus.js';
import { capturingLogger } from '../support/fakes.js';
import {
  BROWSER_JOURNEY_MS,
  DOSSIER_COMPILE_MS,
  RUNTIME_START_MS,
} from '../support/runtime-bounds.js';
import { waitFor } from '../support/wait-for.js';
import {
  expectAccessible,
  launchChromium,
  screenshots,
  signInLinkFor,
  startNeutralSite,
} from './browser.js';

let runtime: LocalRuntime;
let browser: Browser;
let neutral: Awaited<ReturnType<typeof startNeutralSite>>;
let store: S3BlobStore;
const logger = capturingLogger();

beforeAll(async () => {
  neutral = await startNeutralSite();
  runtime = await startLocalRuntime({
    dataDir: mkdtempSync(join(tmpdir(), 'harassment-e2e-')),
    ports: { api: 0, s3: 0, ses: 0, stepFunctions: 0 },
    stepTimeoutSeconds: 3600,
    maxReminders: 1,
    logger,
    quickExitUrl: neutral.url,
  });
  // The same store the functions use, built from the same environment.
  store = awsRuntime(runtime.environment, logger).store;
  browser = await launchChromium();
}, RUNTIME_START_MS);

afterAll(async () => {
  await browser?.close();
  await runtime?.stop();
  await neutral?.close();
});

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

interface Options {
  readonly javaScript: boolean;
  readonly locale: 'fr' | 'en';
  /** Run axe-core and take screenshots on every page, in both languages. */
  readonly audit: boolean;
}

function daysAgo(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(
    new Date(Date.now() - days * 86400_000),
  );
}

async function newContext(javaScript: boolean): Promise<BrowserContext> {
  return browser.newContext({
    javaScriptEnabled: javaScript,
    viewport: { width: 390, height: 844 },
    acceptDownloads: true,
  });
}

/** axe and screenshots of the current page in French and English, then back to it. */
async function audit(page: Page, name: string, options: Options) {
  if (!options.audit) return;
  const current = page.url();
  for (const locale of ['fr', 'en'] as const) {
    const url = new URL(current);
    // The sign-in token stays out of the language switch: audit the page without it.
    if (name === 'access') url.search = '';
    url.searchParams.set('lang', locale);
    url.searchParams.delete('ok');
    url.hash = '';
    await page.goto(url.href);
    expect(await page.locator('html').getAttribute('lang')).toBe(locale);
    await expectAccessible(page, `${name} (${locale})`);
    await screenshots(page, `${name}-${locale}`);
  }
  const back = new URL(current);
  back.searchParams.set('lang', options.locale);
  back.searchParams.delete('ok');
  await page.goto(back.href);
}

/** Reloads until `check` holds: ingestion and the workflow run beside the page. */
async function reloadUntil(
  page: Page,
  check: () => Promise<boolean>,
  what: string,
  timeoutMs = 20_000,
) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await page.waitForTimeout(300);
    await page.reload();
  }
}

let javaScriptOn = false;

/**
 * Submits a form and waits for the page it leads to: a navigation without JavaScript; with
 * it, the script posts the form and replaces the page or its body, so wait for the marked
 * body to be gone.
 */
async function submit(page: Page, formSelector: string, button = 'button[type=submit]') {
  const target = page.locator(`${formSelector} ${button}`).first();
  if (!javaScriptOn) {
    await Promise.all([page.waitForEvent('load'), target.click()]);
    return;
  }
  await page.evaluate("document.body.dataset.stale = '1'");
  await target.click();
  await waitFor(
    async () =>
      page
        .evaluate("document.readyState === 'complete' && !document.body.dataset.stale")
        .catch(() => false),
    { what: `the answer to ${formSelector}`, timeoutMs: 10_000 },
  );
}

const isOpen = async (page: Page, step: string) =>
  (await page.locator(`#step-${step}`).getAttribute('open')) !== null;

/** The ids of the steps shown open, in the page's order. */
async function openSteps(page: Page): Promise<string[]> {
  const open = await page.locator('.steps details[open]').all();
  return Promise.all(open.map(async (d) => (await d.getAttribute('id')) ?? ''));
}

/** Opens a step as a user would, by tapping its summary, unless it is open already. */
async function openStep(page: Page, step: string) {
  if (!(await isOpen(page, step))) await page.locator(`#step-${step} > summary`).click();
  expect(await isOpen(page, step)).toBe(true);
}

async function upload(page: Page, kind: string, name: string, bytes: Buffer, mime: string) {
  const before = await page.locator('[data-sha256]').count();
  await page.setInputFiles(`#upload-${kind}-file`, { name, mimeType: mime, buffer: bytes });
  await page.locator(`#form-upload-${kind} button[type=submit]`).click();
  await page.waitForURL(/\/cases\/[0-9A-Z]{26}\?(ok=upload)/);
  await reloadUntil(
    page,
    async () => (await page.locator('[data-sha256]').count()) > before,
    `the ${kind} to be accepted`,
  );
}

async function journey(options: Options) {
  const started = Date.now();
  javaScriptOn = options.javaScript;
  const email = `victim-${options.javaScript ? 'js' : 'nojs'}-${options.locale}@example.org`;
  const context = await newContext(options.javaScript);
  const page = await context.newPage();
  const app = runtime.apiUrl;

  // Home: the advice in short, and the form.
  const home = await page.goto(`${app}/?lang=${options.locale}`);
  expect(home?.headers()['cache-control']).toBe('no-store');
  expect(home?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(home?.headers()['x-content-type-options']).toBe('nosniff');
  expect(home?.headers()['referrer-policy']).toBe('no-referrer');
  await page.locator('#quick-exit').waitFor({ state: 'visible', timeout: 5000 });
  expect(await page.locator('main').textContent()).toContain('3018');
  await audit(page, 'home', options);

  // A mistake is explained in place.
  await page.fill('#email', 'not-an-email');
  await submit(page, 'form[action="/cases"]');
  await page.locator('#email-error').waitFor({ state: 'visible', timeout: 5000 });
  if (options.audit) await screenshots(page, `home-error-${options.locale}`);

  await page.fill('#email', email);
  await page.check(`input[name=locale][value=${options.locale}]`);
  await page.check('input[name=kinds][value=threats-insults]');
  await page.fill('#summary', 'Insultes répétées sous mes messages.');
  await submit(page, 'form[action="/cases"]');
  await page.waitForURL(/\/cases\/[0-9A-Z]{26}$/);
  const caseId = new URL(page.url()).pathname.split('/')[2] as string;
  await context.close();

  // Another device: the emailed sign-in link opens a page with a button.
  const link = await signInLinkFor(runtime.mailboxUrl, email);
  const device = await newContext(options.javaScript);
  const victim = await device.newPage();
  const access = await victim.goto(link);
  expect(access?.headers()['referrer-policy']).toBe('no-referrer');
  await audit(victim, 'access', options);
  await submit(victim, `form[action="/access/${caseId}"]`);
  await victim.waitForURL(`${app}/cases/${caseId}`);
  const session = (await device.cookies()).find((c) => c.name === 'hd_session');
  expect(session).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/' });
  expect((await victim.locator('h1').textContent())?.trim()).toBe(
    options.locale === 'fr' ? 'Votre dossier' : 'Your case',
  );

  // The link works once.
  const again = await device.newPage();
  await again.goto(link);
  await submit(again, `form[action="/access/${caseId}"]`);
  expect((await again.locator('h1').textContent())?.trim()).toBe(
    options.locale === 'fr' ? 'Ce lien ne fonctionne plus' : 'This link no longer works',
  );
  await again.close();

  // The list reads as a tracker, number, title and status, every step folded: the current
  // one's advice and buttons are in "What to do now".
  expect(await openSteps(victim)).toEqual([]);
  expect(await victim.locator('.card.now #form-stop-contact button').isVisible()).toBe(true);
  expect(await victim.locator('li[aria-current=step] > #step-stop-contact').count()).toBe(1);
  expect(await victim.locator('#step-lock-accounts > summary').textContent()).toContain(
    options.locale === 'fr' ? 'À faire' : 'To do',
  );
  expect(await victim.locator('#form-lock-accounts button').isVisible()).toBe(false);

  await audit(victim, 'case', options);

  // Evidence: a screenshot, straight to S3, from step 4, where the upload form is.
  await openStep(victim, 'collect-evidence');
  const png = makePng(32, 24, options.javaScript ? 1 : 2);
  await upload(victim, 'screenshot', 'capture.png', png, 'image/png');
  expect(await victim.locator(`[data-sha256="${sha256(png)}"]`).count()).toBe(1);
  // With JavaScript the script uploads with an exact-size form and keeps the file's name;
  // without, the page's own form posts it, and the item is named after its kind.
  expect(await victim.locator('#evidence .items').first().textContent()).toContain(
    options.javaScript ? 'capture.png' : 'screenshot.png',
  );

  // Steps of the advice page.
  // The current step: its form is in "What to do now".
  await submit(victim, '#form-stop-contact', 'button[value=done]');
  // Back at "What to do now": the notice, and the next step's form in its place.
  await victim.locator('.card.now .notice').waitFor({ state: 'visible', timeout: 5000 });
  await victim.locator('.card.now #form-report-content').waitFor({ state: 'visible' });
  expect(await openSteps(victim)).toEqual([]);
  await openStep(victim, 'lock-accounts');
  await submit(victim, '#form-lock-accounts', 'button[value=done]');
  await openStep(victim, 'seek-support');
  await submit(victim, '#form-seek-support', 'button[value=skipped]');
  // The button's value travels with the form, with JavaScript too: skipped, not done.
  expect((await victim.locator('#step-seek-support .badge').textContent())?.trim()).toBe(
    stepsTexts[options.locale].status.skipped,
  );
  // The current step: its form is in "What to do now".
  await victim.fill('#report-content-site', 'jeuxvideo.com');
  await victim.fill('#report-content-reportedAt', daysAgo(2));
  await victim.fill('#report-content-reference', 'SIG-42');
  await submit(victim, '#form-report-content');
  expect(await victim.locator('#step-report-content').textContent()).toContain('SIG-42');

  // A fact and a link.
  // The fact form is folded until used.
  await victim.locator('#fact-form > summary').click();
  await victim.fill('#fact-date', daysAgo(20));
  await victim.fill('#fact-time', '21:30');
  await victim.fill('#fact-description', 'Menaces publiées sous mon dernier message.');
  await victim.fill('#fact-platform', 'jeuxvideo.com');
  await submit(victim, '#form-fact');
  expect(await victim.locator('#facts').textContent()).toContain('Menaces publiées');
  await victim.fill('#link-url', 'https://www.jeuxvideo.com/forums/message/123');
  await submit(victim, '#form-link');
  expect(await victim.locator('#evidence').textContent()).toContain(
    'https://www.jeuxvideo.com/forums/message/123',
  );

  // Her details for the complaint, the letter and a witness, in forms folded until used.
  for (const section of ['identity', 'harm', 'witnesses', 'letter'])
    await victim.locator(`#${section} summary`).click();
  if (options.audit) await expectAccessible(victim, `the complaint details (${options.locale})`);
  await victim.check('#form-identity input[name=civility][value=madame]');
  await victim.fill('#identity-fullName', 'Zoé Martin');
  await victim.fill('#identity-address', '12 rue des Lilas\n69003 Lyon');
  await submit(victim, '#form-identity');
  expect(await victim.locator('#identity summary .badge').textContent()).toBe(
    options.locale === 'fr' ? 'Enregistré' : 'Saved',
  );
  // The letter's tribunal and place (service-public F1435's guidance beside them), and
  // the offences she recognises.
  await victim.locator('#letter summary').click();
  await victim.fill('#letter-tribunal', 'Lyon');
  await victim.fill('#letter-place', 'Bron');
  await submit(victim, '#form-letter');
  expect(await victim.locator('#letter summary .badge').textContent()).toBe(
    options.locale === 'fr' ? 'Enregistré' : 'Saved',
  );
  await victim.locator('#letter summary').click();
  await victim.check('#form-offences input[value=threats]');
  await submit(victim, '#form-offences');
  expect(await victim.locator('#missing').textContent()).not.toContain(
    options.locale === 'fr' ? 'Votre civilité' : 'How to address you',
  );
  await victim.locator('#witnesses summary').click();
  await victim.fill('#witness-name', 'Karim B.');
  await victim.fill('#witness-statement', 'A vu les menaces sous mon message.');
  await submit(victim, '#form-witness');
  expect(await victim.locator('#witnesses li').textContent()).toContain('Karim B.');

  // Step 4 is now the current one: its button is in "What to do now".
  await submit(victim, '#form-collect-evidence', 'button[value=done]');

  // The medical certificate completes its step; the workflow then compiles the dossier.
  const pdf = makePdf(`Certificat ${options.locale}`);
  // The current step: its form is in "What to do now".
  await upload(victim, 'medical-certificate', 'certificat.pdf', pdf, 'application/pdf');
  await reloadUntil(
    victim,
    async () => (await victim.locator('#dossier .card').count()) > 0,
    'the dossier',
    DOSSIER_COMPILE_MS,
  );
  if (options.audit) await screenshots(victim, `case-dossier-${options.locale}`);

  // The complaint was refused: the letter to the Procureur comes next.
  // The current step: its form is in "What to do now".
  await victim.check('#form-file-complaint input[value=refused]');
  await victim.fill('#file-complaint-policeStation', 'Commissariat de Bron');
  await submit(victim, '#form-file-complaint');
  await victim.locator('.card.now .notice').waitFor({ state: 'visible', timeout: 5000 });
  await victim.locator('.card.now #form-write-prosecutor').waitFor({ state: 'visible' });
  // Step 8 says where the letter stands and what it still needs, each a link to its form.
  await victim.locator('.card.now #letter-status li a').first().waitFor({ state: 'visible' });
  if (options.audit) await screenshots(victim, `case-step8-refused-${options.locale}`);

  // The certificate downloads with the hash shown on the page.
  const item = victim.locator('li[data-evidence-id]', {
    has: victim.locator(`[data-sha256="${sha256(pdf)}"]`),
  });
  const [download] = await Promise.all([
    victim.waitForEvent('download'),
    item.locator('a[data-download]').click(),
  ]);
  const path = await download.path();
  expect(sha256(readFileSync(path))).toBe(sha256(pdf));
  expect(await item.locator('[data-sha256]').textContent()).toBe(sha256(pdf));

  // The dossier the workflow compiled: its PDF downloads with the hash the page shows.
  const dossierPdf = victim.locator('#dossier a[href$="/dossier.pdf"]').first();
  await reloadUntil(
    victim,
    async () => (await dossierPdf.count()) > 0,
    'the dossier PDF',
    DOSSIER_COMPILE_MS,
  );
  const [dossierDownload] = await Promise.all([
    victim.waitForEvent('download'),
    dossierPdf.click(),
  ]);
  const dossierBytes = readFileSync(await dossierDownload.path());
  expect(dossierBytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(await dossierPdf.locator('xpath=..').locator('.hash').textContent()).toContain(
    sha256(dossierBytes),
  );

  // Step 8 links to the letter once the workflow compiled it. (Waited for before erasing:
  // a compilation still running when the case is erased writes after the erasure.)
  const letter = victim.locator('.card.now #letter-status a[data-download][href$=".pdf"]');
  await reloadUntil(
    victim,
    async () => (await letter.count()) > 0,
    'the letter',
    DOSSIER_COMPILE_MS,
  );

  // Erase, with a confirmation.
  await victim.locator('#erase summary').click();
  // Not without ticking the confirmation (the browser holds the form back).
  await victim.locator('#form-erase button[type=submit]').click();
  expect(victim.url()).toContain(`/cases/${caseId}`);
  await victim.check('#form-erase input[name=confirm]');
  await submit(victim, '#form-erase');
  await victim.waitForURL(`${app}/erased`);
  await audit(victim, 'erased', options);
  expect(await store.list(`cases/${caseId}/`)).toEqual([]);
  await victim.goto(`${app}/cases/${caseId}`);
  await victim
    .locator(`form[action="/cases/${caseId}/send-link"]`)
    .waitFor({ state: 'visible', timeout: 5000 });
  await audit(victim, 'signed-out', options);
  if (options.audit) {
    // The "lost link" form, and its answer, the same whether or not a case matches.
    await victim.goto(`${app}/lost-link`);
    await audit(victim, 'lost-link', options);
    await victim.fill('#lost-email', email);
    await submit(victim, 'form[action="/lost-link"]');
    expect((await victim.locator('h1').textContent())?.trim()).toBe('Regardez votre boîte e-mail');
    await expectAccessible(victim, 'link sent');
    await screenshots(victim, 'link-sent-fr');
    // The page every mail's "stop these mails" link opens (the same for any id), and its answer.
    await victim.goto(`${app}/mails/stop/${caseId}`);
    await audit(victim, 'stop-mails', options);
    await submit(victim, `form[action="/mails/stop/${caseId}"]`);
    expect((await victim.locator('h1').textContent())?.trim()).toBe('Les messages sont arrêtés');
    await expectAccessible(victim, 'mails stopped');
    // A link cut by a mail client leads to a page, not to raw JSON.
    expect((await victim.goto(`${app}/cases`))?.status()).toBe(404);
    expect((await victim.locator('h1').textContent())?.trim()).toBe('Page introuvable');
    await audit(victim, 'not-found', options);
  }
  await device.close();
  return Date.now() - started;
}

describe('the victim’s pages in Chromium', () => {
  it('quick exit (button or Escape) leaves no way back to the site', async () => {
    const context = await newContext(true);
    const page = await context.newPage();
    await page.goto(`${runtime.apiUrl}/`);
    // Moving around the site adds no history entry either.
    await page.locator('a[href="/lost-link"]').click();
    await page.waitForURL(/\/lost-link/);
    await page.keyboard.press('Escape');
    await page.waitForURL(neutral.url);
    await page.goBack().catch(() => null);
    expect(page.url().startsWith(runtime.apiUrl)).toBe(false);

    await page.goto(`${runtime.apiUrl}/?lang=en`);
    await page.locator('#quick-exit').click();
    await page.waitForURL(neutral.url);
    await page.goBack().catch(() => null);
    expect(page.url().startsWith(runtime.apiUrl)).toBe(false);
    await context.close();

    // Without JavaScript the button is a plain link to the same neutral page.
    const plain = await newContext(false);
    const bare = await plain.newPage();
    await bare.goto(`${runtime.apiUrl}/`);
    expect(await bare.locator('#quick-exit').getAttribute('rel')).toBe('noreferrer');
    await bare.locator('#quick-exit').click();
    await bare.waitForURL(neutral.url);
    await plain.close();
  }, 60_000);

  it(
    'with JavaScript: a whole journey, accessible in French and English',
    async () => {
      const ms = await journey({ javaScript: true, locale: 'fr', audit: true });
      console.info(`e2e journey with JavaScript: ${ms} ms`);
    },
    BROWSER_JOURNEY_MS,
  );

  it(
    'without JavaScript: the same journey works',
    async () => {
      const ms = await journey({ javaScript: false, locale: 'en', audit: false });
      console.info(`e2e journey without JavaScript: ${ms} ms`);
    },
    BROWSER_JOURNEY_MS,
  );
});
