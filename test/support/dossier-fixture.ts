import { createHash, randomBytes } from 'node:crypto';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { newCaseId } from '../../shared/domain/ids.js';
import type { DossierInputDraft } from '../../shared/dossier/dossier-input.js';
import { encodeJpeg, encodePng } from './images.js';
import type { MemoryBlobStore } from './memory-blob-store.js';

export const VICTIM_NAME = 'Zoé Ñandú Łukasz Иванова 李小龙';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A two-page medical certificate, as a doctor's PDF. */
export async function certificatePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const n of [1, 2]) {
    const page = doc.addPage([595, 842]);
    page.drawText(`CERTIFICAT MEDICAL page ${n}/2`, { x: 72, y: 760, size: 14, font });
    page.drawText('Troubles du sommeil, anxiete, ITT 3 jours.', { x: 72, y: 730, size: 11, font });
  }
  return doc.save();
}

export interface DossierFixture {
  readonly input: DossierInputDraft;
  /** Evidence bytes by evidence id. */
  readonly files: Map<string, Uint8Array>;
}

/**
 * A refused complaint with every kind of evidence: PNG screenshots (RGB, palette, RGBA),
 * a JPEG, a PDF certificate, a video, links; stored in `store` as ingestion would.
 */
export async function dossierFixture(
  store: MemoryBlobStore,
  overrides: Partial<DossierInputDraft> = {},
): Promise<DossierFixture> {
  const caseId = overrides.caseId ?? newCaseId();
  const files = new Map<string, Uint8Array>();
  const stripes = (x: number, y: number) => [(x * 7) & 255, (y * 3) & 255, ((x + y) * 5) & 255];
  const blobs: [string, string, string, Uint8Array][] = [
    ['ev-png-rgb', 'capture forum 1.png', 'image/png', encodePng(320, 480, 2, stripes)],
    [
      'ev-png-palette',
      'menace.png',
      'image/png',
      encodePng(200, 120, 3, (x, y) => [(x >> 4) + (y >> 4) * 13], {
        palette: Uint8Array.from({ length: 256 * 3 }, (_, i) => (i * 37) & 255),
      }),
    ],
    [
      'ev-png-rgba',
      'profil/faux:compte.png',
      'image/png',
      encodePng(240, 160, 6, (x, y) => [200, x & 255, y & 255, (x * 2) & 255]),
    ],
    ['ev-jpeg', 'IMG_0042.jpg', 'image/jpeg', encodeJpeg(400, 300, stripes)],
    ['ev-certificate', 'certificat.pdf', 'application/pdf', await certificatePdf()],
    ['ev-video', 'story.mp4', 'video/mp4', randomBytes(300_000)],
  ];
  const evidence: NonNullable<DossierInputDraft['evidence']> = [];
  let number = 0;
  for (const [id, fileName, contentType, bytes] of blobs) {
    const storageKey = `cases/${caseId}/evidence/${id}`;
    await store.put(storageKey, bytes);
    files.set(id, bytes);
    evidence.push({
      evidenceId: id,
      number: ++number,
      kind:
        contentType === 'application/pdf'
          ? 'medical-certificate'
          : contentType === 'video/mp4'
            ? 'video'
            : 'screenshot',
      fileName,
      contentType,
      size: bytes.length,
      sha256: sha256(bytes),
      capturedAt: `2024-0${number}-10T21:1${number}:00Z`,
      uploadedAt: `2024-06-2${number}T08:00:00Z`,
      platform: 'jeuxvideo.com',
      url: `https://www.jeuxvideo.com/forums/message-${number}.htm`,
      authorPseudonym: number % 2 ? 'Dark_Sasuke_77' : 'Ανώνυμος',
      description: `Message n°${number} de l’auteur`,
      storageKey,
    });
  }
  evidence.push(
    {
      evidenceId: 'ev-link-1',
      number: ++number,
      kind: 'link',
      capturedAt: '2024-06-01T10:00:00Z',
      url: 'https://twitter.example/fake_zoe_profile',
      description: 'Faux profil à mon nom',
    },
    {
      evidenceId: 'ev-link-2',
      number: ++number,
      kind: 'link',
      capturedAt: '2024-06-02T10:00:00Z',
      url: 'https://www.jeuxvideo.com/forums/42-51-7000000-1-0-1-0-topic-contre-zoe.htm',
    },
  );
  const input: DossierInputDraft = {
    caseId,
    locale: 'fr',
    purpose: 'prosecutor-letter',
    compiledAt: '2024-07-01T09:30:00Z',
    identity: {
      email: 'victim@example.org',
      displayName: 'Zoé',
      fullName: VICTIM_NAME,
      dateOfBirth: '1999-02-28',
      placeOfBirth: 'Lyon',
      address: '12 rue des Lilas, 69003 Lyon',
      phone: '+33 6 12 34 56 78',
    },
    harassmentKinds: ['threats-insults', 'fake-profile'],
    summary: 'Depuis janvier, des messages me visent chaque jour sur le forum.',
    facts: [
      {
        occurredAt: '2024-03-05T20:00:00Z',
        description: 'Menaces de mort dans un sujet public',
        platform: 'jeuxvideo.com',
        authorPseudonym: 'Dark_Sasuke_77',
        url: 'https://www.jeuxvideo.com/forums/message-3.htm',
        evidenceIds: ['ev-png-palette'],
      },
      {
        occurredAt: '2024-01-10T21:11:00Z',
        description: 'Premier message insultant',
        platform: 'jeuxvideo.com',
        evidenceIds: ['ev-png-rgb', 'ev-jpeg'],
      },
    ],
    evidence,
    reports: [{ site: 'jeuxvideo.com', reportedAt: '2024-03-06T10:00:00Z', reference: 'MOD-4411' }],
    complaint: {
      outcome: 'refused',
      policeStation: 'commissariat de Lyon 3e',
      filedAt: '2024-06-15T14:00:00Z',
    },
    harm: {
      sleep: 'Réveils nocturnes, cauchemars',
      eating: 'Perte d’appétit',
      fears: 'Peur d’être reconnue dans la rue',
      goingOut: 'Ne sort plus le soir',
      socialLife: 'A quitté son club',
      medication: 'Anxiolytiques depuis avril',
      ittDays: 3,
      doctor: 'Dr Martin',
      certificateDate: '2024-06-10',
    },
    witnesses: [
      { name: 'Camille Dupont', contact: 'camille@example.org', statement: 'A vu les messages' },
    ],
    suspects: [
      {
        pseudonyms: ['Dark_Sasuke_77'],
        profileUrls: ['https://www.jeuxvideo.com/profil/dark_sasuke_77'],
      },
    ],
    prosecutor: { tribunal: 'Lyon' },
    custody: [
      { at: '2024-06-01T08:00:00Z', action: 'case-opened' },
      {
        at: '2024-06-21T08:00:00Z',
        action: 'evidence-received',
        exhibit: 1,
        kind: 'screenshot',
        sha256: evidence[0]?.sha256,
        size: evidence[0]?.size,
        contentType: 'image/png',
      },
    ],
    deadlines: [
      {
        id: 'public-insult-defamation',
        from: '2024-01-10T21:11:00.000Z',
        dueBy: '2024-04-10T21:11:00.000Z',
        dueByIfDiscriminatory: '2025-01-10T21:11:00.000Z',
        urgent: false,
      },
      {
        id: 'harassment',
        from: '2024-03-05T20:00:00.000Z',
        dueBy: '2030-03-05T20:00:00.000Z',
        urgent: false,
      },
    ],
    ...overrides,
  };
  return { input, files };
}
