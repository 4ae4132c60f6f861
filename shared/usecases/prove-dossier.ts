import { createHash } from 'node:crypto';
import { caseEventsPrefix, evidenceTimestampKey } from '../bucket-keys.js';
import { withoutSecrets } from '../domain/secret-fields.js';
import { attestationManifest } from '../dossier/attestations.js';
import type { DossierEvidence, DossierInput } from '../dossier/dossier-input.js';
import { annexManifest, investigatorAnnex } from '../dossier/investigator-annex.js';
import { eventLogFolder, PROOF_FILES, timestampFileOf } from '../dossier/proof-files.js';
import type { EvidenceFacts } from '../dossier/render-pdf.js';
import type { BlobStore } from '../ports/blob-store.js';
import type { ManifestSigner } from '../ports/manifest-signer.js';
import type { TimestampAuthority } from '../ports/timestamp-authority.js';
import { derToPem, keyFingerprint, pemBlocks } from '../proof/pem.js';

export interface ProofDeps {
  readonly signer: ManifestSigner;
  readonly authority: TimestampAuthority;
}

/** A file of the ZIP the proof adds, with its bytes. */
export interface ProofFile {
  readonly path: string;
  readonly bytes: Uint8Array;
}

/** What the proof adds to a dossier, and what the PDF prints of it. */
export interface DossierProof {
  /** `manifest.json`, the exact bytes signed and timestamped. */
  readonly manifest: Uint8Array;
  readonly manifestSha256: string;
  /** SHA-256 of the public key's DER SubjectPublicKeyInfo. */
  readonly keyFingerprint: string;
  /** The time the authority vouched for the manifest; absent when it could not be had. */
  readonly manifestTimestampedAt?: string;
  /** Each exhibit's timestamp time, by evidence id; absent while one is awaited. */
  readonly exhibitTimestamps: ReadonlyMap<string, string>;
  /** Event objects covered by the manifest. */
  readonly eventCount: number;
  /** Files for the ZIP: signature, key, responses, chain, event objects. */
  readonly files: readonly ProofFile[];
}

const EVENT_READS_AT_ONCE = 16;

/**
 * The signed, timestamped `manifest.json` of a dossier and the files that let anyone
 * check it with openssl: every exhibit (name in the ZIP, SHA-256, size, upload time,
 * timestamp time) and the SHA-256 of every event object of the log so far, so that the
 * signature also covers the custody record. The manifest names neither the PDF nor the
 * ZIP: the PDF prints the manifest's hash, so the manifest comes first.
 */
export async function proveDossier(
  deps: { readonly store: BlobStore } & ProofDeps,
  input: DossierInput,
  version: number,
  facts: ReadonlyMap<string, EvidenceFacts>,
): Promise<DossierProof> {
  const { store, signer, authority } = deps;
  const { describeTimestampResponse } = await import('../proof/rfc3161.js');
  const files: ProofFile[] = [];
  const certificates: Uint8Array[] = [];

  // Exhibits and their timestamps, as stored at upload.
  const exhibitTimestamps = new Map<string, string>();
  const exhibits = [];
  for (const e of [...input.evidence].sort((a, b) => a.number - b.number)) {
    const f = facts.get(e.evidenceId);
    let timestamp: { path: string; genTime: string } | undefined;
    if (f) {
      const response = await store.get(evidenceTimestampKey(input.caseId, e.evidenceId));
      const token = response && describeOrNothing(describeTimestampResponse, response);
      // Only a response over the bytes in the ZIP goes with them.
      if (response && token && token.sha256 === f.sha256) {
        timestamp = { path: timestampFileOf(f.zipName), genTime: token.genTime };
        exhibitTimestamps.set(e.evidenceId, token.genTime);
        files.push({ path: timestamp.path, bytes: response });
        certificates.push(...token.certificates);
      }
    }
    exhibits.push(exhibitEntry(e, f, timestamp));
  }

  // The event log up to now, byte for byte, but for the secrets an event holds: the ZIP
  // carries that event without them, and the manifest signs both the copy's hash and the
  // stored object's, which the service can produce on request.
  const folder = eventLogFolder(input.locale);
  const keys = await store.list(caseEventsPrefix(input.caseId));
  const events: EventEntry[] = [];
  // What the victim withdrew stays out of the archive; its event's hash vouches it existed.
  const withheldIds = new Set(input.withheldEvents);
  const withheld: { event: string; sha256: string; size: number }[] = [];
  for (let i = 0; i < keys.length; i += EVENT_READS_AT_ONCE) {
    const batch = keys.slice(i, i + EVENT_READS_AT_ONCE);
    const bodies = await Promise.all(batch.map((key) => store.get(key)));
    batch.forEach((key, j) => {
      const bytes = bodies[j];
      if (!bytes) return; // erased since listed: nothing to vouch for
      const name = key.slice(key.lastIndexOf('/') + 1);
      const event = name.replace(/\.json$/, '');
      if (withheldIds.has(event)) {
        withheld.push({ event, sha256: sha256Hex(bytes), size: bytes.length });
        return;
      }
      const path = `${folder}/${name}`;
      const copy = dossierCopyOf(bytes);
      events.push({
        path,
        sha256: sha256Hex(copy.bytes),
        size: copy.bytes.length,
        ...(copy.omitted.length && {
          secretsOmitted: copy.omitted,
          stored: { sha256: sha256Hex(bytes), size: bytes.length },
        }),
      });
      files.push({ path, bytes: copy.bytes });
    });
  }

  const publicKey = await signer.publicKey();
  const fingerprint = keyFingerprint(publicKey);
  const manifest = Buffer.from(
    `${JSON.stringify(
      {
        format: 'harassment-dossier/manifest@3',
        caseId: input.caseId,
        version,
        purpose: input.purpose,
        locale: input.locale,
        compiledAt: input.compiledAt,
        signature: {
          algorithm: 'ECDSA P-256 SHA-256 (DER)',
          file: PROOF_FILES.signature,
          publicKey: PROOF_FILES.publicKey,
          publicKeySha256: fingerprint,
        },
        exhibits,
        annex: annexManifest(investigatorAnnex(input)),
        ...(input.attestations.length && {
          attestations: attestationManifest(input.attestations, input.locale, facts, (text) =>
            sha256Hex(Buffer.from(text)),
          ),
        }),
        eventLog: {
          folder,
          count: events.length,
          events,
          ...(withheld.length ? { withheld } : {}),
        },
      },
      null,
      2,
    )}\n`,
  );
  const manifestSha256 = sha256Hex(manifest);
  const signature = await signer.sign(manifest);
  files.push(
    { path: PROOF_FILES.signature, bytes: signature },
    { path: PROOF_FILES.publicKey, bytes: Buffer.from(derToPem('PUBLIC KEY', publicKey)) },
  );

  // The manifest's own timestamp: when the authority is down the dossier still comes.
  const manifestTimestamp = await authority.timestamp(manifestSha256).catch(() => undefined);
  if (manifestTimestamp) {
    files.push({ path: PROOF_FILES.manifestTimestamp, bytes: manifestTimestamp.response });
    certificates.push(...describeTimestampResponse(manifestTimestamp.response).certificates);
  }
  const chain = await chainOf(authority, certificates);
  if (chain) files.push({ path: PROOF_FILES.chain, bytes: Buffer.from(chain) });

  return {
    manifest,
    manifestSha256,
    keyFingerprint: fingerprint,
    manifestTimestampedAt: manifestTimestamp?.genTime,
    exhibitTimestamps,
    eventCount: events.length,
    files,
  };
}

function exhibitEntry(
  e: DossierEvidence,
  f: EvidenceFacts | undefined,
  timestamp: { path: string; genTime: string } | undefined,
) {
  return {
    number: e.number,
    evidenceId: e.evidenceId,
    kind: e.kind,
    path: f?.zipName ?? null,
    sha256: f?.sha256 ?? null,
    size: f?.size ?? null,
    originalFileName: e.fileName ?? null,
    contentType: e.contentType ?? null,
    capturedAt: e.capturedAt,
    uploadedAt: e.uploadedAt ?? null,
    timestampedAt: timestamp?.genTime ?? null,
    timestamp: timestamp?.path ?? null,
    platform: e.platform ?? null,
    url: e.url ?? null,
    description: e.description ?? null,
  };
}

interface EventEntry {
  readonly path: string;
  /** Of the bytes in the ZIP. */
  readonly sha256: string;
  readonly size: number;
  /** Fields the stored object has and the ZIP's copy lacks. */
  readonly secretsOmitted?: readonly string[];
  /** The stored object, when the ZIP carries a copy without its secrets. */
  readonly stored?: { readonly sha256: string; readonly size: number };
}

/** What the ZIP carries of a stored event: the object itself, or a copy without secrets. */
function dossierCopyOf(bytes: Uint8Array): { bytes: Uint8Array; omitted: readonly string[] } {
  let event: unknown;
  try {
    event = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    return { bytes, omitted: [] };
  }
  if (!event || typeof event !== 'object' || Array.isArray(event)) return { bytes, omitted: [] };
  const { copy, omitted } = withoutSecrets(event as Record<string, unknown>);
  return omitted.length
    ? { bytes: Buffer.from(JSON.stringify(copy)), omitted }
    : { bytes, omitted };
}

function describeOrNothing<T>(describe: (der: Uint8Array) => T, der: Uint8Array): T | undefined {
  try {
    return describe(der);
  } catch {
    return undefined;
  }
}

/**
 * `tsa-chain.pem`: the authority's configured chain (its root above all, which responses
 * rarely carry), then the certificates the responses carry, each once.
 */
async function chainOf(
  authority: TimestampAuthority,
  fromResponses: readonly Uint8Array[],
): Promise<string | undefined> {
  const configured = pemBlocks((await authority.chainPem().catch(() => undefined)) ?? '');
  const seen = new Set<string>();
  const pems: string[] = [];
  for (const der of [...configured, ...fromResponses]) {
    const id = sha256Hex(der);
    if (seen.has(id)) continue;
    seen.add(id);
    pems.push(derToPem('CERTIFICATE', der));
  }
  return pems.length ? pems.join('') : undefined;
}

function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
