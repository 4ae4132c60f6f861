/** Every page of the victim's case, with a body each would accept. */
export const VICTIM_PAGES: readonly [string, string, Record<string, string>?][] = [
  ['GET', ''],
  ['GET', '/helpers'],
  ['GET', '/evidence-status'],
  ['GET', '/witnesses/01JB0000000000000000000000/files/identity'],
  ['POST', '/helpers', { name: 'Autre', email: 'autre@example.org', 'role-evidence': '1' }],
  ['POST', '/helpers/{helperId}/remove', {}],
  ['POST', '/erase', { confirm: 'yes' }],
  ['POST', '/mails', { stopped: 'yes' }],
  ['POST', '/identity', { fullName: 'Changé' }],
  ['POST', '/harm', { sleep: 'x' }],
  ['POST', '/dossier', {}],
  ['POST', '/dossier/delivery', { attachment: 'plain' }],
  ['POST', '/discretion', { discreet: 'yes' }],
  ['POST', '/links', { url: 'https://x.example/9' }],
  ['POST', '/facts', { date: '2026-11-02', description: 'x' }],
  ['POST', '/witnesses', { name: 'X' }],
  ['POST', '/steps/stop-contact', { status: 'done' }],
  ['POST', '/send-link', {}],
  ['POST', '/shared-device', { shared: 'yes' }],
  ['POST', '/sign-out', {}],
  ['POST', '/letter', {}],
  ['POST', '/offences', {}],
];

/** Every page of a trusted helper (`{id}` the case), with a body each would accept. */
export const HELPER_PAGES: readonly [string, string, Record<string, string>?][] = [
  ['GET', '/helper/{id}'],
  ['GET', '/helper/{id}/uploaded'],
  ['POST', '/helper/{id}/links', { url: 'https://x.example/guest' }],
  ['POST', '/helper/{id}/facts', { date: '2026-11-02', description: 'x' }],
  ['POST', '/helper/{id}/steps/lock-accounts', { status: 'done' }],
  ['POST', '/helper/{id}/sign-out', {}],
];

/** Every page of a witness (`{id}` the case), with a body each would accept. */
export const WITNESS_PAGES: readonly [string, string, Record<string, string>?][] = [
  ['GET', '/witness/{id}'],
  ['GET', '/witness/{id}/uploaded?role=identity'],
  ['POST', '/witness/{id}/statement', { facts: 'x' }],
  ['POST', '/witness/{id}/submit', {}],
  ['POST', '/witness/{id}/withdraw', {}],
  ['POST', '/witness/{id}/sign-out', {}],
];
