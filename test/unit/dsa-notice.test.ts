import { describe, expect, it } from 'vitest';
import { toCaseView } from '../../shared/domain/case-view.js';
import { dsaNoticeOf as noticeOfView } from '../../shared/domain/dsa-notice.js';
import type { CaseState, PlatformReport } from '../../shared/domain/fold.js';
import { platformOf } from '../../shared/domain/platforms.js';
import { NOTICE_TEXT, noticeText } from '../../shared/i18n/dsa-notice.js';
import { typographyFaults } from '../../shared/i18n/typography.js';
import { platformCase } from '../support/platform-case.js';

const dsaNoticeOf = (state: CaseState, report: PlatformReport) =>
  noticeOfView(toCaseView(state), report);

/** Art. 16(2) DSA, element by element: what each text must hold. */
function elementsOf(text: string, locale: 'fr' | 'en') {
  const t = NOTICE_TEXT[locale];
  const section = (from: string, to: string) => text.slice(text.indexOf(from), text.indexOf(to));
  return {
    a: section(t.why, t.where),
    b: section(t.where, t.who),
    c: section(t.who, t.goodFaith),
    d: text.slice(text.indexOf(t.goodFaith)),
  };
}

describe('the DSA art. 16 notice of a report', () => {
  it.each(['fr', 'en'] as const)('holds each element art. 16(2) requires (%s)', (locale) => {
    // Prepare
    const state = platformCase({ fullName: 'Zoé Ñandú' });
    const report = state.reports[0];
    if (!report) throw new Error('no report');

    // Act
    const notice = dsaNoticeOf(state, report);
    const text = noticeText(notice, locale);
    const { a, b, c, d } = elementsOf(text, locale);

    // Assess
    // (a) why it is illegal: the offence with its article, and the facts on this site.
    expect(a).toContain('222-33-2-2');
    expect(a).toMatch(locale === 'fr' ? /menaces \(articles 222-17/ : /threats \(articles 222-17/);
    expect(a).toContain('Kr4ken_du_93');
    expect(a).not.toContain('Rumeur reprise sur X');
    // (b) the exact addresses of the facts and evidence on this site, and only those.
    expect(b).toContain('https://www.jeuxvideo.com/forums/42-51-1.htm');
    expect(b).toContain('https://www.jeuxvideo.com/forums/42-51-2.htm');
    expect(b).not.toContain('x.com');
    // (c) the notifier's name and e-mail.
    expect(c).toContain('Zoé Ñandú');
    expect(c).toContain('zoe@example.org');
    // (d) the statement of good faith, then the evidence by name and hash, never the certificate.
    expect(d).toContain(NOTICE_TEXT[locale].statement);
    expect(d).toContain(`forum-menace.png SHA-256 ${'b'.repeat(64)}`);
    expect(text).not.toContain('c'.repeat(64));
    expect(text).not.toContain('certificat');
    if (locale === 'fr') expect(typographyFaults(text)).toEqual([]);
  });

  it('is in French for the forum of the advice page, in the victim’s language elsewhere', () => {
    const state = platformCase({ locale: 'en' });
    const [forum, twitter] = state.reports;
    if (!forum || !twitter) throw new Error('no reports');

    const forumNotice = dsaNoticeOf(state, forum);
    const twitterNotice = dsaNoticeOf(state, twitter);

    expect(forumNotice.locale).toBe('fr');
    expect(forumNotice.platform?.adviceForum).toBe(true);
    expect(twitterNotice.locale).toBe('en');
    expect(twitterNotice.platform?.id).toBe('x');
    // "Twitter" as typed finds the facts recorded under "X" and the x.com addresses.
    expect(twitterNotice.urls).toEqual([
      'https://x.com/krak/status/1',
      'https://x.com/krak/status/2',
    ]);
    expect(twitterNotice.facts.map((f) => f.occurredAt)).toEqual(['2026-11-04T21:15:00.000Z']);
  });

  it('leaves a placeholder for the name, and asks for the URLs, when the case has none', () => {
    const state = platformCase();
    const unknownSite = { ...state.reports[0], site: 'forum-inconnu.example', reportId: 'R' };

    const notice = dsaNoticeOf({ ...state, displayName: undefined }, unknownSite as never);
    const text = noticeText(notice, 'fr');

    expect(notice.urls).toEqual([]);
    expect(text).toContain(NOTICE_TEXT.fr.noName);
    expect(text).toContain('aucune n’est encore notée');
    expect(text).toContain('zoe@example.org');
  });

  it('knows the platforms however the victim writes them', () => {
    expect(platformOf('JVC')?.id).toBe('jeuxvideo.com');
    expect(platformOf('https://m.jeuxvideo.com/forums/1')?.id).toBe('jeuxvideo.com');
    expect(platformOf('twitter.com')?.id).toBe('x');
    expect(platformOf('Instagram')?.id).toBe('instagram');
    expect(platformOf('mon-blog.example')).toBeUndefined();
  });
});
