import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

/**
 * RFC 3161 requests and responses, built and read with pkijs (no hand-written DER). Loaded
 * only where a timestamp is asked for or checked: pkijs is the largest part of it.
 */

export const SHA256_OID = '2.16.840.1.101.3.4.2.1';
/** id-ct-TSTInfo (RFC 3161 §2.4.2). */
export const TST_INFO_OID = '1.2.840.113549.1.9.16.1.4';

/** What a granted response says, once its token has been checked against the request. */
export interface TimestampToken {
  /** The time the authority vouches for (`genTime`, ISO 8601, UTC). */
  readonly genTime: string;
  /** The token's serial number, in hex, as the authority numbers its tokens. */
  readonly serialNumber: string;
  /** The authority's policy under which the token was issued. */
  readonly policy: string;
  /** The SHA-256 digest (hex) the token covers. */
  readonly sha256: string;
  /** Certificates the response carries (the authority's, sometimes its chain), DER. */
  readonly certificates: readonly Uint8Array[];
}

/** The response is not a granted timestamp over what was asked. */
export class TimestampResponseError extends Error {
  override readonly name = 'TimestampResponseError';
  constructor(
    readonly reason: 'refused' | 'malformed' | 'mismatch',
    detail: string,
  ) {
    super(`timestamp response ${reason}: ${detail}`);
  }
}

/** A `TimeStampReq` (DER) for a SHA-256 digest, asking for the authority's certificate. */
export function timestampRequest(sha256Hex: string, nonce: Uint8Array): Uint8Array {
  const request = new pkijs.TimeStampReq({
    version: 1,
    messageImprint: new pkijs.MessageImprint({
      hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: SHA256_OID }),
      hashedMessage: new asn1js.OctetString({ valueHex: hexBytes(sha256Hex) }),
    }),
    nonce: new asn1js.Integer({ valueHex: unsignedInteger(nonce) }),
    certReq: true,
  });
  return new Uint8Array(request.toSchema().toBER(false));
}

/**
 * Reads a `TimeStampResp`: granted, over this digest, with this nonce (when given). Throws
 * `TimestampResponseError` otherwise. Its signature and chain are checked where the data
 * is at hand (`verifyTimestamp`, and `openssl ts -verify` in the dossier's instructions).
 */
export async function readTimestampResponse(
  der: Uint8Array,
  expected: { sha256: string; nonce?: Uint8Array },
): Promise<TimestampToken> {
  const { signed, info } = parseResponse(der);
  const imprint = info.messageImprint;
  if (imprint.hashAlgorithm.algorithmId !== SHA256_OID)
    throw new TimestampResponseError('mismatch', 'not a SHA-256 imprint');
  const sha256 = bytesHex(imprint.hashedMessage.valueBlock.valueHexView);
  if (sha256 !== expected.sha256.toLowerCase())
    throw new TimestampResponseError('mismatch', 'another digest');
  if (expected.nonce) {
    // Compared as numbers: an authority may echo it re-encoded.
    const nonce = info.nonce ? bytesHex(unsignedInteger(info.nonce.valueBlock.valueHexView)) : '';
    if (nonce !== bytesHex(unsignedInteger(expected.nonce)))
      throw new TimestampResponseError('mismatch', 'another nonce');
  }
  const padded = nonDerInteger(info);
  if (padded) throw new TimestampResponseError('malformed', `${padded} is not DER`);
  const certificates = (signed.certificates ?? []).filter(
    (c): c is pkijs.Certificate => c instanceof pkijs.Certificate,
  );
  return {
    genTime: info.genTime.toISOString(),
    serialNumber: bytesHex(info.serialNumber.valueBlock.valueHexView),
    policy: info.policy,
    sha256,
    certificates: certificates.map((c) => new Uint8Array(c.toSchema().toBER(false))),
  };
}

/** The token's facts without checking it against a request (a stored response, re-read). */
export function describeTimestampResponse(der: Uint8Array): {
  genTime: string;
  serialNumber: string;
  sha256: string;
  certificates: Uint8Array[];
} {
  const { signed, info } = parseResponse(der);
  return {
    genTime: info.genTime.toISOString(),
    serialNumber: bytesHex(info.serialNumber.valueBlock.valueHexView),
    sha256: bytesHex(info.messageImprint.hashedMessage.valueBlock.valueHexView),
    certificates: (signed.certificates ?? [])
      .filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate)
      .map((c) => new Uint8Array(c.toSchema().toBER(false))),
  };
}

function parseResponse(der: Uint8Array) {
  let response: pkijs.TimeStampResp;
  try {
    response = pkijs.TimeStampResp.fromBER(toArrayBuffer(der));
  } catch {
    throw new TimestampResponseError('malformed', 'not a TimeStampResp');
  }
  const status = response.status.status;
  if (status !== pkijs.PKIStatus.granted && status !== pkijs.PKIStatus.grantedWithMods)
    throw new TimestampResponseError('refused', `status ${status}`);
  const token = response.timeStampToken;
  if (!token || token.contentType !== pkijs.ContentInfo.SIGNED_DATA)
    throw new TimestampResponseError('malformed', 'no signed token');
  try {
    const signed = new pkijs.SignedData({ schema: token.content });
    const content = signed.encapContentInfo;
    if (content.eContentType !== TST_INFO_OID || !content.eContent)
      throw new Error('not a TSTInfo');
    const info = pkijs.TSTInfo.fromBER(toArrayBuffer(octets(content.eContent)));
    return { response, signed, info };
  } catch {
    throw new TimestampResponseError('malformed', 'unreadable token');
  }
}

/** The bytes of an OCTET STRING, constructed (BER, as some authorities send) or not. */
function octets(value: asn1js.OctetString): Uint8Array {
  if (!value.idBlock.isConstructed) return value.valueBlock.valueHexView;
  const parts = value.valueBlock.value as asn1js.OctetString[];
  return Buffer.concat(parts.map((part) => octets(part)));
}

/**
 * The content octets of a DER INTEGER for an unsigned big-endian value (random bytes made
 * a serial number or a nonce). DER INTEGERs are signed and minimal (X.690 §8.3.2): no
 * leading zero byte unless the next byte's high bit is set, and then exactly one.
 * `openssl ts -verify` refuses a token whose serial or nonce breaks this ("illegal
 * padding"), which random bytes starting with 0x00 did once in a few hundred tokens.
 */
export function unsignedInteger(bytes: Uint8Array): Uint8Array {
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start++;
  const value = bytes.subarray(start);
  if (value.length === 0) return Uint8Array.of(0);
  return (value[0] ?? 0) & 0x80 ? Uint8Array.from([0, ...value]) : Uint8Array.from(value);
}

/**
 * The TSTInfo field whose INTEGER is not minimally encoded, if any: openssl refuses such a
 * token, so neither this project's check nor its intake may accept one.
 */
function nonDerInteger(info: pkijs.TSTInfo): 'serial number' | 'nonce' | undefined {
  if (!isDerInteger(info.serialNumber)) return 'serial number';
  if (info.nonce && !isDerInteger(info.nonce)) return 'nonce';
  return undefined;
}

/** Whether an INTEGER as read is minimally encoded (a negative one is taken as it is). */
export function isDerInteger(value: asn1js.Integer): boolean {
  const bytes = value.valueBlock.valueHexView;
  return bytesHex(bytes) === bytesHex(unsignedInteger(bytes)) || ((bytes[0] ?? 0) & 0x80) !== 0;
}

export function hexBytes(hex: string): Uint8Array {
  return Uint8Array.from(Buffer.from(hex, 'hex'));
}

export function bytesHex(bytes: ArrayBuffer | Uint8Array): string {
  return Buffer.from(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)).toString('hex');
}

export function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

/**
 * Checks a stored response against the data it covers, as `openssl ts -verify` does:
 * granted, over the data's SHA-256, signed by the certificate it names, whose chain ends at
 * one of `trustedDer` (the roots of `tsa-chain.pem`). Returns the token's time.
 */
export async function verifyTimestamp(
  der: Uint8Array,
  data: Uint8Array,
  trustedDer: readonly Uint8Array[],
): Promise<{ ok: true; genTime: string } | { ok: false; reason: string }> {
  try {
    const { signed, info } = parseResponse(der);
    const padded = nonDerInteger(info);
    if (padded) return { ok: false, reason: `the token's ${padded} is not DER` };
    const trustedCerts = trustedDer.map((c) => pkijs.Certificate.fromBER(toArrayBuffer(c)));
    // pkijs keeps eContent as a constructed OCTET STRING once parsed, yet reads the TSTInfo
    // from its primitive value when verifying: give it the bytes as one primitive string.
    const content = signed.encapContentInfo;
    if (content.eContent)
      content.eContent = new asn1js.OctetString({ valueHex: octets(content.eContent) });
    const result = await signed.verify({
      signer: 0,
      data: toArrayBuffer(data),
      trustedCerts,
      checkChain: true,
      extendedMode: true,
      checkDate: info.genTime,
    });
    if (result.signatureVerified !== true || result.signerCertificateVerified !== true)
      return { ok: false, reason: result.message || 'signature or chain does not verify' };
    return { ok: true, genTime: info.genTime.toISOString() };
  } catch (error) {
    const message = (error as { message?: string }).message;
    return { ok: false, reason: message || 'does not verify' };
  }
}
