export interface CaseRoute {
  readonly method: string;
  readonly path: (caseId: string) => string;
  /** A body the route would accept. */
  readonly body?: unknown;
}

/** Every route that reads or changes a case, with a body it would accept. */
export const CASE_ROUTES: readonly CaseRoute[] = [
  { method: 'GET', path: (id) => `/api/v1/cases/${id}` },
  {
    method: 'POST',
    path: (id) => `/api/v1/cases/${id}/steps/stop-contact`,
    body: { status: 'done' },
  },
  {
    method: 'POST',
    path: (id) => `/api/v1/cases/${id}/steps/follow-up`,
    body: { answer: 'dismissed', dismissedAt: '2026-11-03' },
  },
  { method: 'POST', path: (id) => `/api/v1/cases/${id}/resume` },
  {
    method: 'POST',
    path: (id) => `/api/v1/cases/${id}/uploads`,
    body: { kind: 'screenshot', fileName: 'a.png', contentType: 'image/png', size: 1000 },
  },
  {
    method: 'POST',
    path: (id) => `/api/v1/cases/${id}/links`,
    body: { url: 'https://forum.example/t/1' },
  },
  {
    method: 'POST',
    path: (id) => `/api/v1/cases/${id}/facts`,
    body: { occurredAt: '2026-11-01', description: 'Message menaçant', public: true },
  },
  { method: 'GET', path: (id) => `/api/v1/cases/${id}/evidence/01JB0000000000000000000000` },
  {
    method: 'PUT',
    path: (id) => `/api/v1/cases/${id}/evidence/01JB0000000000000000000000`,
    body: { description: 'Capture du message privé' },
  },
  { method: 'DELETE', path: (id) => `/api/v1/cases/${id}/evidence/01JB0000000000000000000000` },
  {
    method: 'PUT',
    path: (id) => `/api/v1/cases/${id}/facts/01JB0000000000000000000000`,
    body: { occurredAt: '2026-11-02', description: 'Message menaçant, corrigé' },
  },
  { method: 'DELETE', path: (id) => `/api/v1/cases/${id}/facts/01JB0000000000000000000000` },
  { method: 'GET', path: (id) => `/api/v1/cases/${id}/dossier` },
  { method: 'POST', path: (id) => `/api/v1/cases/${id}/dossier` },
  { method: 'GET', path: (id) => `/api/v1/cases/${id}/dossier/1/dossier.pdf` },
  {
    method: 'PUT',
    path: (id) => `/api/v1/cases/${id}/identity`,
    body: { civility: 'madame', fullName: 'Zoé Ñandú' },
  },
  { method: 'PUT', path: (id) => `/api/v1/cases/${id}/harm`, body: { ittDays: 3 } },
  {
    method: 'PUT',
    path: (id) => `/api/v1/cases/${id}/letter`,
    body: { tribunal: 'Lyon', place: 'Villeurbanne', civilParty: true },
  },
  {
    method: 'PUT',
    path: (id) => `/api/v1/cases/${id}/authors`,
    body: { authors: [{ pseudonyms: ['Kr4ken_du_93'] }] },
  },
  {
    method: 'PUT',
    path: (id) => `/api/v1/cases/${id}/offences`,
    body: { offences: ['threats'] },
  },
  { method: 'POST', path: (id) => `/api/v1/cases/${id}/witnesses`, body: { name: 'Karim B.' } },
  { method: 'DELETE', path: (id) => `/api/v1/cases/${id}/witnesses/01JB0000000000000000000000` },
  {
    method: 'POST',
    path: (id) => `/api/v1/cases/${id}/witnesses/01JB0000000000000000000000/link`,
    body: { email: 'karim@example.org', locale: 'fr' },
  },
  {
    method: 'DELETE',
    path: (id) => `/api/v1/cases/${id}/witnesses/01JB0000000000000000000000/link`,
  },
  {
    method: 'GET',
    path: (id) => `/api/v1/cases/${id}/witnesses/01JB0000000000000000000000/files/identity`,
  },
  { method: 'GET', path: (id) => `/api/v1/cases/${id}/reports/01JB0000000000000000000000/notice` },
  {
    method: 'PUT',
    path: (id) => `/api/v1/cases/${id}/reports/01JB0000000000000000000000/answer`,
    body: { answer: 'refused', answeredAt: '2026-11-05' },
  },
  {
    method: 'POST',
    path: (id) => `/api/v1/cases/${id}/helpers`,
    body: { name: 'Léa', email: 'lea@example.org', roles: ['evidence'], locale: 'fr' },
  },
  { method: 'GET', path: (id) => `/api/v1/cases/${id}/helpers` },
  { method: 'DELETE', path: (id) => `/api/v1/cases/${id}/helpers/01JB0000000000000000000000` },
  { method: 'PUT', path: (id) => `/api/v1/cases/${id}/mails`, body: { stopped: true } },
  {
    method: 'PUT',
    path: (id) => `/api/v1/cases/${id}/dossier-delivery`,
    body: { attachment: 'protected', password: 'Tournesol 4 étoiles' },
  },
  { method: 'PUT', path: (id) => `/api/v1/cases/${id}/discretion`, body: { discreet: false } },
  { method: 'PUT', path: (id) => `/api/v1/cases/${id}/countdowns`, body: { enabled: false } },
  { method: 'DELETE', path: (id) => `/api/v1/cases/${id}` },
];
