import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { makePng } from '../../fixtures/make-hostile-corpus.js';
import { waitFor } from '../../support/wait-for.js';
import { SCREENSHOTS } from '../browser.js';
import { type Stage, submitForm } from './journey.js';

/** The phone every measure is taken on. */
export const PHONE = { width: 390, height: 844 } as const;

/** What a new victim goes through, from the home page to her first listed screenshot. */
export interface JourneyMeasure {
  /** Every tap but typing the email and choosing the file. */
  readonly taps: number;
  /** The taps after typing the email and before choosing the file. */
  readonly tapsBetween: number;
  /** What was tapped, in order. */
  readonly tapped: readonly string[];
  /** Distinct pages loaded (by path). */
  readonly pages: number;
  readonly paths: readonly string[];
  /** Scrolling to reach what she types in or taps, in phone screens. */
  readonly scrolledScreens: number;
  /** The home page's form: the bottom of its email field, in px from the top of the page. */
  readonly homeEmailBottom: number;
  /** The home page's header. */
  readonly homeHeader: HeaderBox;
  /** The case page's header. */
  readonly caseHeader: HeaderBox;
  /** The case page of the fresh case, in phone screens (scrollHeight / 844). */
  readonly caseScreens: number;
  /** The case page's width: no sideways scrolling on a phone. */
  readonly caseWidth: number;
  /** The sticky header's height, in px, and its share of the screen. */
  readonly headerHeight: number;
  readonly headerShare: number;
}

/** How far the page must scroll to show the element below the sticky header (then does it). */
async function reach(target: Locator): Promise<number> {
  await target.waitFor({ state: 'attached', timeout: 5000 });
  return target.evaluate((el) => {
    const doc = el.ownerDocument;
    const view = doc.defaultView as NonNullable<typeof doc.defaultView>;
    const header = doc.querySelector('.topbar')?.getBoundingClientRect().bottom ?? 0;
    const r = el.getBoundingClientRect();
    let delta = 0;
    if (r.top < header) delta = r.top - header - 8;
    else if (r.bottom > view.innerHeight) delta = r.bottom - view.innerHeight + 8;
    const before = view.scrollY;
    view.scrollBy(0, delta);
    return Math.abs(view.scrollY - before);
  });
}

export interface HeaderBox {
  readonly height: number;
  /** The tallest of what it holds (brand, language switch, quick exit). */
  readonly tallest: number;
  /** Its inner row's vertical padding. */
  readonly padding: number;
  /** Every item shares one row: each overlaps the quick exit vertically. */
  readonly oneRow: boolean;
  /** A hint line shows besides the row. */
  readonly visibleHint: boolean;
}

/** The sticky header of the page, measured. */
export async function headerBox(page: Page): Promise<HeaderBox> {
  return page.locator('.topbar').evaluate((header) => {
    const view = header.ownerDocument.defaultView as NonNullable<
      typeof header.ownerDocument.defaultView
    >;
    const boxes = [...header.querySelectorAll('.brand, .lang, .quick-exit')].map((i) =>
      i.getBoundingClientRect(),
    );
    const exit = boxes[boxes.length - 1] as (typeof boxes)[number];
    const inner = header.querySelector('.topbar-inner') as NonNullable<
      ReturnType<typeof header.querySelector>
    >;
    const style = view.getComputedStyle(inner);
    return {
      height: header.getBoundingClientRect().height,
      tallest: Math.max(...boxes.map((b) => b.height)),
      padding: Number.parseFloat(style.paddingTop) + Number.parseFloat(style.paddingBottom),
      oneRow: boxes.every((b) => b.top < exit.bottom && b.bottom > exit.top),
      visibleHint: [...header.querySelectorAll('.exit-hint')].some(
        (h) =>
          h.getBoundingClientRect().height > 2 && view.getComputedStyle(h).position !== 'absolute',
      ),
    };
  });
}

/**
 * A victim on a phone follows the page's own guidance to her first screenshot: opens a case
 * from the home page (email, the form's button), opens step 4 ("Keep screenshots…") and
 * sends a file from there, following the step's link to an upload form if the step has none.
 * Every tap is counted, except typing the email and choosing the file; every scroll that
 * brings what she needs into view is summed.
 */
export async function measureFirstScreenshot(
  stage: Stage,
  page: Page,
  options: {
    javaScript: boolean;
    locale: 'fr' | 'en';
    email: string;
    /** Phone screenshots of each page on the way, named after this. */
    screenshots?: string;
  },
): Promise<JourneyMeasure> {
  const tapped: string[] = [];
  let between = 0;
  let emailTyped = false;
  let fileChosen = false;
  let scrolled = 0;
  const paths = new Set<string>();
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) paths.add(new URL(frame.url()).pathname);
  });
  const tap = async (what: string, target: Locator, click: () => Promise<void>) => {
    scrolled += await reach(target);
    tapped.push(what);
    if (emailTyped && !fileChosen) between += 1;
    await click();
  };

  const shoot = async (what: string, fullPage = true) => {
    if (options.screenshots)
      await page.screenshot({
        path: join(SCREENSHOTS, `${options.screenshots}-${what}-phone.png`),
        fullPage,
      });
  };
  await page.goto(`${stage.runtime.apiUrl}/?lang=${options.locale}`);
  await shoot('home-first-screen', false);
  const email = page.locator('#email');
  const homeEmailBottom = await email.evaluate(
    (el) => el.getBoundingClientRect().bottom + (el.ownerDocument.defaultView?.scrollY ?? 0),
  );
  const homeHeader = await headerBox(page);
  scrolled += await reach(email);
  await email.fill(options.email);
  emailTyped = true;
  const open = page.locator('form[action="/cases"] button[type=submit]');
  await tap('open the case', open, () =>
    submitForm(page, options.javaScript, 'form[action="/cases"] button[type=submit]'),
  );
  await page.waitForURL(/\/cases\/[0-9A-Z]{26}$/);
  const caseScreens = await page.evaluate<number>(
    `document.documentElement.scrollHeight / ${PHONE.height}`,
  );
  const header = await headerBox(page);
  const caseWidth = await page.evaluate<number>('document.documentElement.scrollWidth');
  await shoot('case-fresh');

  // Step 4, opened by its summary unless it is open already.
  const step = page.locator('#step-collect-evidence');
  if ((await step.getAttribute('open')) === null) {
    const summary = step.locator('> summary');
    await tap('open step 4', summary, () => summary.click());
  }
  let file = step.locator('input[type=file]').first();
  if ((await file.count()) === 0) {
    // The step only points at the evidence section.
    const link = step.locator('a[href^="#"]').first();
    await tap('the step’s link to the uploads', link, () => link.click());
    file = page.locator('#upload-screenshot-file');
  }
  scrolled += await reach(file);
  await file.setInputFiles({ name: 'capture.png', mimeType: 'image/png', buffer: makePng(30, 20) });
  fileChosen = true;
  const form = file.locator('xpath=ancestor::form');
  const send = form.locator('button[type=submit]');
  await tap('send', send, async () => {
    if (options.javaScript) await send.click();
    else await Promise.all([page.waitForEvent('load'), send.click()]);
  });
  // Listed: on the page without a reload (JavaScript), or on the page storage sent her back to.
  await waitFor(
    async () => (await page.locator('#evidence-list [data-sha256]').count()) > 0 || undefined,
    { what: 'the first screenshot listed', timeoutMs: 30_000 },
  );
  await shoot('first-screenshot-listed', false);
  return {
    taps: tapped.length,
    tapsBetween: between,
    tapped,
    pages: paths.size,
    paths: [...paths],
    scrolledScreens: Math.round((scrolled / PHONE.height) * 10) / 10,
    homeEmailBottom: Math.round(homeEmailBottom),
    homeHeader,
    caseHeader: header,
    caseScreens: Math.round(caseScreens * 10) / 10,
    caseWidth,
    headerHeight: Math.round(header.height),
    headerShare: Math.round((header.height / PHONE.height) * 1000) / 10,
  };
}
