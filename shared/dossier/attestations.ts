import * as z from 'zod';
import { RelationshipKind } from '../domain/attestation.js';
import { extensionOf } from '../domain/evidence.js';
import type { DossierEvidence } from './dossier-input.js';
import type { EvidenceFacts } from './render-pdf.js';

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

const AttestationFile = z.object({
  /** Where the original is in the blob store (under the case's evidence folder). */
  storageKey: z.string().min(1),
  fileId: z.string().min(1),
  sha256: sha256Hex,
  size: z.number().int().positive(),
  contentType: z.string(),
});

/** A witness's own attestation as sent (art. 202 CPC), with its two files. */
export const DossierAttestation = z.object({
  witnessId: z.string().min(1),
  lastName: z.string(),
  firstNames: z.string(),
  dateOfBirth: z.iso.date(),
  placeOfBirth: z.string(),
  address: z.string(),
  occupation: z.string(),
  relationships: z.array(RelationshipKind).default([]),
  relationshipDetails: z.string().optional(),
  facts: z.string(),
  place: z.string(),
  signedOn: z.iso.date(),
  submittedAt: z.iso.datetime({ offset: true }),
  identityFile: AttestationFile,
  signatureFile: AttestationFile,
});
export type DossierAttestation = z.infer<typeof DossierAttestation>;

/** The folder of witness `n` (1-based, in the order the victim named them) in the ZIP. */
export function attestationFolder(a: DossierAttestation, n: number, locale: 'fr' | 'en'): string {
  const name = a.lastName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `${locale === 'fr' ? 'temoins' : 'witnesses'}/${n}${name ? `-${name}` : ''}`;
}

export function attestationPaths(a: DossierAttestation, n: number, locale: 'fr' | 'en') {
  const folder = attestationFolder(a, n, locale);
  const fr = locale === 'fr';
  return {
    identity: `${folder}/${fr ? 'piece-identite' : 'identity-document'}.${extensionOf(a.identityFile.contentType)}`,
    signature: `${folder}/signature.${extensionOf(a.signatureFile.contentType)}`,
    json: `${folder}/${fr ? 'attestation' : 'statement'}.json`,
  };
}

/**
 * The attestation's own record in the ZIP, as the witness sent it: what they typed, the
 * day it is dated, and the hash of each file. The same bytes are hashed into the
 * manifest and into `SHA256SUMS`.
 */
export function attestationJson(a: DossierAttestation, n: number, locale: 'fr' | 'en'): string {
  const paths = attestationPaths(a, n, locale);
  return `${JSON.stringify(
    {
      format: 'harassment-dossier/attestation@1',
      legalBasis: 'Code de procédure civile, art. 202; form CERFA n° 11527*03',
      lastName: a.lastName,
      firstNames: a.firstNames,
      dateOfBirth: a.dateOfBirth,
      placeOfBirth: a.placeOfBirth,
      address: a.address,
      occupation: a.occupation,
      relationships: a.relationships,
      relationshipDetails: a.relationshipDetails ?? null,
      facts: a.facts,
      awareOfPenalties: true,
      place: a.place,
      signedOn: a.signedOn,
      submittedAt: a.submittedAt,
      identityDocument: {
        path: paths.identity,
        sha256: a.identityFile.sha256,
        size: a.identityFile.size,
      },
      signature: {
        path: paths.signature,
        sha256: a.signatureFile.sha256,
        size: a.signatureFile.size,
      },
    },
    null,
    2,
  )}\n`;
}

/**
 * Each file of the attestations as the compiler reads evidence (hash checked, images
 * planned, streamed into the ZIP), under its path in the witness's folder.
 */
export function attestationOriginals(
  attestations: readonly DossierAttestation[],
  locale: 'fr' | 'en',
): { evidence: DossierEvidence; zipName: string }[] {
  return attestations.flatMap((a, i) => {
    const paths = attestationPaths(a, i + 1, locale);
    return (['identity', 'signature'] as const).map((role) => {
      const file = role === 'identity' ? a.identityFile : a.signatureFile;
      return {
        zipName: paths[role],
        evidence: {
          evidenceId: file.fileId,
          // Not an exhibit of the victim's: numbered apart, never printed as one.
          number: 1,
          kind: 'document' as const,
          fileName: role,
          contentType: file.contentType,
          size: file.size,
          sha256: file.sha256,
          storageKey: file.storageKey,
        },
      };
    });
  });
}

/** What the signed manifest says of each attestation: its files and its JSON, by path and hash. */
export function attestationManifest(
  attestations: readonly DossierAttestation[],
  locale: 'fr' | 'en',
  facts: ReadonlyMap<string, EvidenceFacts>,
  sha256: (text: string) => string,
) {
  return attestations.map((a, i) => {
    const paths = attestationPaths(a, i + 1, locale);
    const json = attestationJson(a, i + 1, locale);
    const file = (path: string, f: { fileId: string; sha256: string; size: number }) => ({
      path,
      sha256: facts.get(f.fileId)?.sha256 ?? f.sha256,
      size: facts.get(f.fileId)?.size ?? f.size,
    });
    return {
      signedOn: a.signedOn,
      files: [
        file(paths.identity, a.identityFile),
        file(paths.signature, a.signatureFile),
        { path: paths.json, sha256: sha256(json), size: Buffer.byteLength(json) },
      ],
    };
  });
}
