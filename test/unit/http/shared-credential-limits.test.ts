import { describe, expect, it } from 'vitest';
import { createApp } from '../../../functions/http/app.js';
import { CaseLog } from '../../../shared/case-log.js';
import { issueSignInLink } from '../../../shared/usecases/sign-in.js';
import { capturingLogger, RecordingWorkflow } from '../../support/fakes.js';
import { MemoryBlobStore } from '../../support/memory-blob-store.js';

const ATTACKER = '198.51.100.66';

/** The app with its default limits (30 wrong credentials per address per 15 minutes). */
function setup() {
  const store = new MemoryBlobStore();
  const log = new CaseLog(store);
  const app = createApp({
    store,
    log,
    workflow: new RecordingWorkflow(),
    timing: { stepTimeoutSeconds: 60, maxReminders: 1 },
    logger: capturingLogger(),
  });
  const from = (address: string, path: string, init: RequestInit = {}) =>
    app.request(`http://localhost${path}`, init, {
      requestContext: { http: { sourceIp: address } },
    });
  const open = async () => {
    const opened = await from('203.0.113.1', '/api/v1/cases', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'victim@example.org', locale: 'fr' }),
    });
    return (await opened.json()) as { caseId: string; accessToken: string };
  };
  const page = (address: string, caseId: string, secret: string) =>
    from(address, `/cases/${caseId}`, { headers: { cookie: `hd_session=${caseId}.${secret}` } });
  const api = (address: string, caseId: string, token: string) =>
    from(address, `/api/v1/cases/${caseId}`, { headers: { authorization: `Bearer ${token}` } });
  /** The sign-in page's button, as the browser posts it from our own page. */
  const signIn = async (address: string, caseId: string, token: string) => {
    const home = await from(address, '/');
    const cookie = (home.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const csrf = /name="csrf" value="([^"]+)"/.exec(await home.text())?.[1] as string;
    return from(address, `/access/${caseId}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        cookie,
        'sec-fetch-site': 'same-origin',
      },
      body: new URLSearchParams({ csrf, t: token }).toString(),
    });
  };
  return { log, from, open, page, api, signIn };
}

const guess = (i: number) => `guess${String(i).padStart(3, '0')}`.padEnd(43, 'x');

describe('one limit for every credential check, API and pages', () => {
  it('turns wrong page cookies from one address into 429, and still lets the right cookie in', async () => {
    // Prepare
    const s = setup();
    const { caseId, accessToken } = await s.open();
    const answers: number[] = [];

    // Act: 40 guessed cookies on the case page.
    for (let i = 0; i < 40; i++) answers.push((await s.page(ATTACKER, caseId, guess(i))).status);
    const refused = await s.page(ATTACKER, caseId, guess(99));
    const owner = await s.page(ATTACKER, caseId, accessToken);

    // Assess
    expect(answers.slice(0, 30)).toEqual(Array(30).fill(200));
    expect(answers.slice(30)).toEqual(Array(10).fill(429));
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await refused.text()).toContain('Trop de tentatives');
    expect(owner.status).toBe(200);
    expect(await owner.text()).not.toContain('Trop de tentatives');
  });

  it('counts guesses on the pages and on the API against the same per-address limit', async () => {
    const s = setup();
    const { caseId, accessToken } = await s.open();

    for (let i = 0; i < 15; i++)
      expect((await s.page(ATTACKER, caseId, guess(i))).status).toBe(200);
    for (let i = 15; i < 30; i++)
      expect((await s.api(ATTACKER, caseId, guess(i))).status).toBe(404);
    const apiNext = await s.api(ATTACKER, caseId, guess(30));
    const pageNext = await s.page(ATTACKER, caseId, guess(31));
    const linkNext = await s.signIn(ATTACKER, caseId, guess(32));

    expect([apiNext.status, pageNext.status, linkNext.status]).toEqual([429, 429, 429]);
    expect((await s.api(ATTACKER, caseId, accessToken)).status).toBe(200);
  });

  it('counts guesses on one case from many addresses, through the pages too', async () => {
    const s = setup();
    const { caseId, accessToken } = await s.open();
    const answers: number[] = [];

    // 100 per case per hour: each address stays under its own 30.
    for (let i = 0; i < 105; i++)
      answers.push(
        (await s.page(`198.51.${Math.floor(i / 20)}.${i % 20}`, caseId, guess(i))).status,
      );

    expect(answers.slice(0, 100)).toEqual(Array(100).fill(200));
    expect(answers.slice(100)).toEqual(Array(5).fill(429));
    expect((await s.page('192.0.2.10', caseId, accessToken)).status).toBe(200);
  });
});

describe('download routes', () => {
  it.each([
    ['evidence', (caseId: string) => `/cases/${caseId}/evidence/01JD0000000000000000000000`],
    ['dossier', (caseId: string) => `/cases/${caseId}/dossier/1/dossier.pdf`],
  ])('count a wrong cookie on the %s download as a guess', async (_, path) => {
    const s = setup();
    const { caseId } = await s.open();
    for (let i = 0; i < 30; i++) await s.page(ATTACKER, caseId, guess(i));

    const download = await s.from(ATTACKER, path(caseId), {
      headers: { cookie: `hd_session=${caseId}.${guess(30)}` },
    });

    expect(download.status).toBe(429);
  });
});

describe('sign-in links behind a shared address', () => {
  it('lets a valid unused link in after 30 wrong ones from the same address, and says when the limit refuses', async () => {
    // Prepare: a household's address has sent 30 wrong links.
    const s = setup();
    const { caseId } = await s.open();
    const token = await issueSignInLink({ log: s.log }, caseId);
    const wrong: number[] = [];
    for (let i = 0; i < 30; i++) wrong.push((await s.signIn(ATTACKER, caseId, guess(i))).status);

    // Act
    const valid = await s.signIn(ATTACKER, caseId, token);
    const spentAgain = await s.signIn(ATTACKER, caseId, token);

    // Assess
    expect(wrong).toEqual(Array(30).fill(400));
    expect(valid.status).toBe(303);
    expect(valid.headers.get('location')).toBe(`/cases/${caseId}`);
    expect(valid.headers.get('set-cookie')).toMatch(/^hd_session=/);
    expect(spentAgain.status).toBe(429);
    const page = await spentAgain.text();
    expect(page).toContain('Trop de tentatives');
    expect(page).not.toContain('Ce lien ne fonctionne plus');
  });
});
