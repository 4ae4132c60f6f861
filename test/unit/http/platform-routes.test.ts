import { describe, expect, it } from 'vitest';
import { apiHarness } from '../../support/api-harness.js';

async function withReport() {
  const h = apiHarness();
  const { caseId, accessToken } = await h.openCase();
  const call = (method: string, path: string, body?: unknown) =>
    h.call(
      method,
      `/api/v1/cases/${caseId}${path}`,
      accessToken,
      body === undefined ? undefined : JSON.stringify(body),
    );
  await call('POST', '/facts', {
    occurredAt: '2026-11-02',
    description: 'Message me traitant de menteuse devant tout le forum',
    platform: 'jeuxvideo.com',
    authorPseudonym: 'Kr4ken_du_93',
    url: 'https://www.jeuxvideo.com/forums/42-51-1.htm',
    public: true,
  });
  await call('POST', '/steps/report-content', { site: 'jeuxvideo.com', reportedAt: '2026-11-03' });
  const view = async () =>
    (await (await call('GET', '')).json()) as {
      reports: { reportId: string; answer?: Record<string, string> }[];
    };
  const reportId = (await view()).reports[0]?.reportId ?? '';
  return { ...h, caseId, call, view, reportId };
}

describe('a report to a platform, through the API', () => {
  it('gives each report an id, its DSA notice in French and English, with the forum in French', async () => {
    // Prepare
    const h = await withReport();

    // Act
    const response = await h.call('GET', `/reports/${h.reportId}/notice`);

    // Assess
    expect(h.reportId).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(response.status).toBe(200);
    const notice = (await response.json()) as {
      locale: string;
      urls: string[];
      notifier: { email: string };
      text: { fr: string; en: string };
    };
    expect(notice.locale).toBe('fr');
    expect(notice.urls).toEqual(['https://www.jeuxvideo.com/forums/42-51-1.htm']);
    expect(notice.notifier.email).toBe('victim@example.org');
    expect(notice.text.fr).toContain('https://www.jeuxvideo.com/forums/42-51-1.htm');
    expect(notice.text.fr).toContain('de bonne foi');
    expect(notice.text.en).toContain('bona fide belief');
  });

  it('records what the platform answered, shows it in the case, and a later answer replaces it', async () => {
    const h = await withReport();

    const refused = await h.call('PUT', `/reports/${h.reportId}/answer`, {
      answer: 'refused',
      answeredAt: '2026-11-05',
      reference: 'Ticket 8812',
    });
    const afterRefusal = await h.view();
    const removed = await h.call('PUT', `/reports/${h.reportId}/answer`, { answer: 'removed' });

    expect(refused.status).toBe(200);
    expect(await refused.json()).toEqual({
      reportId: h.reportId,
      answer: 'refused',
      answeredAt: '2026-11-05',
      reference: 'Ticket 8812',
    });
    expect(afterRefusal.reports[0]?.answer).toMatchObject({
      answer: 'refused',
      answeredAt: '2026-11-05',
      reference: 'Ticket 8812',
    });
    expect(removed.status).toBe(200);
    expect((await h.view()).reports[0]?.answer).toMatchObject({ answer: 'removed' });
  });

  it('refuses an unknown answer with a problem naming the field, and records nothing', async () => {
    const h = await withReport();
    const before = h.store.objects.size;

    const response = await h.call('PUT', `/reports/${h.reportId}/answer`, {
      answer: 'ignored',
    });

    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(JSON.stringify(await response.json())).toContain('answer');
    expect(h.store.objects.size).toBe(before);
  });

  it('answers 404 report-not-found for a report the case does not have', async () => {
    const h = await withReport();

    const answer = await h.call('PUT', '/reports/01JB0000000000000000000000/answer', {
      answer: 'removed',
    });
    const notice = await h.call('GET', '/reports/01JB0000000000000000000000/notice');

    expect(answer.status).toBe(404);
    expect(await answer.json()).toMatchObject({ type: '/problems/report-not-found' });
    expect(notice.status).toBe(404);
  });
});
