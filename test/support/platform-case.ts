import type { CaseEvent } from '../../shared/domain/events.js';
import { type CaseState, fold } from '../../shared/domain/fold.js';

const CASE_ID = '01JB0000000000000000000AAA';
let next = 0;
const id = () => `01JB0000000000000000${String(++next).padStart(6, '0')}`;

/**
 * A case harassed on the forum and on X, reported to both: facts, a screenshot, a link and a
 * medical certificate, as events folded (the notice and the annex read the fold).
 */
export function platformCaseEvents(options: { fullName?: string; locale?: 'fr' | 'en' } = {}) {
  const at = '2026-11-10T09:00:00.000Z';
  const e = <T extends object>(body: T) => ({ id: id(), caseId: CASE_ID, at, ...body });
  const sha = (c: string) => c.repeat(64);
  const events = [
    e({
      type: 'case-opened',
      email: 'zoe@example.org',
      locale: options.locale ?? 'fr',
      harassmentKinds: ['threats-insults', 'rumours'],
      displayName: 'Zoé',
      accessTokenHash: 'a'.repeat(64),
    }),
    ...(options.fullName
      ? [e({ type: 'identity-recorded', fullName: options.fullName, civility: 'madame' })]
      : []),
    e({
      type: 'fact-recorded',
      factId: '01JB000000000000000000FAC1',
      occurredAt: '2026-11-02',
      description: 'Menace de venir chez moi',
      platform: 'jeuxvideo.com',
      authorPseudonym: 'Kr4ken_du_93',
      url: 'https://www.jeuxvideo.com/forums/42-51-1.htm',
      evidenceIds: [],
      public: true,
      publishedAt: '2026-11-02',
    }),
    e({
      type: 'fact-recorded',
      factId: '01JB000000000000000000FAC2',
      occurredAt: '2026-11-04T21:15:00.000Z',
      description: 'Rumeur reprise sur X',
      platform: 'X',
      authorPseudonym: '@krak',
      url: 'https://x.com/krak/status/1',
      evidenceIds: [],
    }),
    e({
      type: 'evidence-uploaded',
      evidenceId: '01JB000000000000000000EV01',
      kind: 'screenshot',
      sha256: sha('b'),
      size: 1000,
      contentType: 'image/png',
      fileName: 'forum-menace.png',
      uploadedAt: at,
    }),
    e({
      type: 'evidence-described',
      evidenceId: '01JB000000000000000000EV01',
      platform: 'jeuxvideo.com',
      url: 'https://www.jeuxvideo.com/forums/42-51-2.htm',
    }),
    e({
      type: 'link-added',
      evidenceId: '01JB000000000000000000EV02',
      url: 'https://x.com/krak/status/2',
      platform: 'X',
    }),
    e({
      type: 'evidence-uploaded',
      evidenceId: '01JB000000000000000000EV03',
      kind: 'medical-certificate',
      sha256: sha('c'),
      size: 2000,
      contentType: 'application/pdf',
      fileName: 'certificat-jeuxvideo.com.pdf',
      uploadedAt: at,
    }),
    // Described as about the forum: still never sent to a platform.
    e({
      type: 'evidence-described',
      evidenceId: '01JB000000000000000000EV03',
      platform: 'jeuxvideo.com',
    }),
    e({ type: 'platform-report-recorded', site: 'jeuxvideo.com', reportedAt: '2026-11-03' }),
    e({ type: 'platform-report-recorded', site: 'Twitter', reportedAt: '2026-11-05' }),
  ] as unknown as CaseEvent[];
  return events;
}

export function platformCase(options: Parameters<typeof platformCaseEvents>[0] = {}): CaseState {
  const state = fold(platformCaseEvents(options));
  if (!state) throw new Error('no case');
  return state;
}
