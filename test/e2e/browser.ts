import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';
import type { StoredMail } from '../support/mailbox.js';
import { mailbox } from '../support/mailbox.js';
import { waitFor } from '../support/wait-for.js';

/** Debian's Chromium, driven by playwright-core (`.ci/run` installs it when missing). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A neutral page on loopback, standing in for the quick exit's weather search. */
export async function startNeutralSite(): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(
      '<!doctype html><html lang="fr"><title>Météo</title><h1>Météo à Paris</h1></html>',
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/meteo`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export const SCREENSHOTS = join(process.cwd(), 'test-results', 'screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

/** The page at phone then desktop width, whole length (not committed: test-results/). */
export async function screenshots(page: Page, name: string): Promise<void> {
  const size = page.viewportSize() ?? { width: 1280, height: 800 };
  for (const [label, viewport] of [
    ['phone', { width: 390, height: 844 }],
    ['desktop', { width: 1280, height: 800 }],
  ] as const) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${label}.png`), fullPage: true });
  }
  await page.setViewportSize(size);
}

/** axe-core on the page: no serious or critical violation. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(bad, `${what}: ${bad.join('; ')}`).toEqual([]);
}

/**
 * axe-core on a page as a browser without JavaScript shows it. axe runs in the page's own
 * JavaScript, which that browser does not have (its evaluation fails there): so the DOM the
 * page rendered without JavaScript (its `<noscript>` parts shown, no script run) is laid
 * out again at the same address and size, with its styles, in a browser that has
 * JavaScript, and none of the page's scripts.
 */
export async function expectAccessibleWithoutJavaScript(page: Page, what: string): Promise<void> {
  const html = (await page.content())
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<\/?noscript>/gi, '');
  const browser = page.context().browser();
  if (!browser) throw new Error('no browser for the copy');
  const context = await browser.newContext({ viewport: page.viewportSize() ?? undefined });
  try {
    const copy = await context.newPage();
    const url = page.url();
    await copy.route(
      (u) => u.href === url,
      (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
    );
    await copy.goto(url);
    await expectAccessible(copy, `${what}, JavaScript off`);
  } finally {
    await context.close();
  }
}

/** The sign-in link of the last mail sent to `to`. */
export async function signInLinkFor(mailboxUrl: string, to: string, after = 0): Promise<string> {
  const mail = await waitFor(
    async () => {
      const mails = (await mailbox(mailboxUrl)).filter((m: StoredMail) =>
        m.destination.to.includes(to),
      );
      return mails.length > after ? mails.at(-1) : undefined;
    },
    { what: `a mail to ${to}`, timeoutMs: 15_000 },
  );
  const link = mail.body.text?.match(/https?:\/\/\S+\/access\/\S+/)?.[0];
  if (!link) throw new Error('no sign-in link in the mail');
  return link;
}
