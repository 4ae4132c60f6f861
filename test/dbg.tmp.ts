import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalRuntime } from '../local/runtime.js';
import { launchChromium } from './e2e/browser.js';
import { capturingLogger } from './support/fakes.js';

const rt = await startLocalRuntime({
  dataDir: mkdtempSync(join(tmpdir(), 'dbg-')),
  ports: { api: 0, s3: 0, ses: 0, stepFunctions: 0 },
  logger: capturingLogger(),
});
const b = await launchChromium();
const ctx = await b.newContext({ javaScriptEnabled: false });
const p = await ctx.newPage();
p.on('response', (r) => console.log('resp', r.status(), r.url()));
await p.goto(`${rt.apiUrl}/?lang=en`);
await p.fill('#email', 'bad');
await p.locator('form[action="/cases"] button[type=submit]').click();
await p.waitForTimeout(1000);
console.log(p.url(), (await p.content()).slice(0, 300));
await b.close();
await rt.stop();
