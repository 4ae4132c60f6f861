import { createHash, randomBytes, webcrypto } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { derToPem, pemBlocks, pemToDer } from '../shared/proof/pem.js';
import {
  isDerInteger,
  TST_INFO_OID,
  toArrayBuffer,
  unsignedInteger,
} from '../shared/proof/rfc3161.js';

/**
 * A local RFC 3161 timestamp authority on loopback, for `npm start` and the tests: its own
 * root CA and a timestamping certificate (extendedKeyUsage critical timeStamping, as
 * `openssl ts -verify` demands), made on first start and kept in the data folder, and
 * real signed responses (ECDSA P-256, ESS signingCertificateV2). It proves nothing to
 * anyone else: on AWS a deployer points the app at a real, ideally qualified, authority.
 */
export interface LocalTimestampAuthority {
  readonly url: string;
  /** The root CA and the timestamping certificate, PEM: what `tsa-chain.pem` holds. */
  readonly chainFile: string;
  /** Answers 503 while false, as an authority that is down (fault tests). */
  setAvailable(available: boolean): void;
  close(): Promise<void>;
}

/** A policy OID under the `example` arc (ITU-T X.660, 2.999): this authority is no one's. */
const LOCAL_POLICY = '2.999.21.1';
const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const EKU_TIME_STAMPING = '1.3.6.1.5.5.7.3.8';

interface Authority {
  readonly certificate: pkijs.Certificate;
  readonly privateKey: webcrypto.CryptoKey;
  readonly chain: pkijs.Certificate[];
  readonly chainPem: string;
}

/** Where serial numbers come from. */
type RandomBytes = (size: number) => Uint8Array;

export async function startLocalTimestampAuthority(options: {
  dataDir: string;
  host?: string;
  port?: number;
  /** The source of serial numbers (tokens and certificates). @default crypto.randomBytes */
  randomBytes?: RandomBytes;
}): Promise<LocalTimestampAuthority> {
  const folder = join(options.dataDir, 'timestamp-authority');
  const random = options.randomBytes ?? randomBytes;
  const authority = await loadOrCreate(folder, random);
  let available = true;
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (!available) return response.writeHead(503).end();
      if (request.method !== 'POST' || request.headers['content-type'] !== TSQ)
        return response.writeHead(415).end();
      answer(authority, Buffer.concat(chunks), random).then(
        (body) => response.writeHead(200, { 'content-type': TSR }).end(body),
        () => response.writeHead(400).end(),
      );
    });
  });
  await new Promise<void>((resolve) =>
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve),
  );
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}/`,
    chainFile: join(folder, 'chain.pem'),
    setAvailable: (value) => {
      available = value;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const TSQ = 'application/timestamp-query';
const TSR = 'application/timestamp-reply';

async function answer(
  authority: Authority,
  body: Uint8Array,
  random: RandomBytes,
): Promise<Uint8Array> {
  const request = pkijs.TimeStampReq.fromBER(toArrayBuffer(body));
  const genTime = new Date(Math.floor(Date.now() / 1000) * 1000);
  const info = new pkijs.TSTInfo({
    version: 1,
    policy: LOCAL_POLICY,
    messageImprint: request.messageImprint,
    serialNumber: new asn1js.Integer({ valueHex: serial(random) }),
    genTime,
    accuracy: new pkijs.Accuracy({ seconds: 1 }),
    ...(request.nonce ? { nonce: request.nonce } : {}),
  });
  const content = new Uint8Array(info.toSchema().toBER(false));
  const certificate = authority.certificate;
  const certificateDer = new Uint8Array(certificate.toSchema().toBER(false));
  const signed = new pkijs.SignedData({
    version: 3,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({
      eContentType: TST_INFO_OID,
      eContent: new asn1js.OctetString({ valueHex: content }),
    }),
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({
          issuer: certificate.issuer,
          serialNumber: certificate.serialNumber,
        }),
        signedAttrs: new pkijs.SignedAndUnsignedAttributes({
          type: 0,
          attributes: [
            attribute('1.2.840.113549.1.9.3', new asn1js.ObjectIdentifier({ value: TST_INFO_OID })),
            attribute('1.2.840.113549.1.9.5', new asn1js.UTCTime({ valueDate: genTime })),
            attribute(
              '1.2.840.113549.1.9.4',
              new asn1js.OctetString({ valueHex: sha256(content) }),
            ),
            // ESS signingCertificateV2 (RFC 5035): SEQUENCE { SEQUENCE OF ESSCertIDv2 },
            // the hash algorithm left at its default, SHA-256. openssl requires it.
            attribute(
              '1.2.840.113549.1.9.16.2.47',
              new asn1js.Sequence({
                value: [
                  new asn1js.Sequence({
                    value: [
                      new asn1js.Sequence({
                        value: [new asn1js.OctetString({ valueHex: sha256(certificateDer) })],
                      }),
                    ],
                  }),
                ],
              }),
            ),
          ],
        }),
      }),
    ],
    certificates: request.certReq ? [certificate] : [],
  });
  await signed.sign(authority.privateKey, 0, 'SHA-256');
  const response = new pkijs.TimeStampResp({
    status: new pkijs.PKIStatusInfo({ status: pkijs.PKIStatus.granted }),
    timeStampToken: new pkijs.ContentInfo({
      contentType: pkijs.ContentInfo.SIGNED_DATA,
      content: signed.toSchema(true),
    }),
  });
  return new Uint8Array(response.toSchema().toBER(false));
}

function attribute(type: string, value: asn1js.BaseBlock) {
  return new pkijs.Attribute({ type, values: [value] });
}

function sha256(bytes: Uint8Array): Uint8Array {
  return createHash('sha256').update(bytes).digest();
}

/** A positive random serial number, minimally encoded (RFC 5280 §4.1.2.2: at most 20 octets). */
function serial(random: RandomBytes): Uint8Array {
  const bytes = Uint8Array.from(random(16));
  bytes[0] = (bytes[0] ?? 0) & 0x7f;
  return unsignedInteger(bytes);
}

/** The CA and timestamping key and certificates of the data folder, made if absent. */
async function loadOrCreate(folder: string, random: RandomBytes): Promise<Authority> {
  const files = {
    key: join(folder, 'tsa-key.pem'),
    certificate: join(folder, 'tsa-cert.pem'),
    chain: join(folder, 'chain.pem'),
  };
  const stored = await Promise.all([
    readFile(files.key, 'utf8'),
    readFile(files.certificate, 'utf8'),
    readFile(files.chain, 'utf8'),
  ]).catch(() => undefined);
  // Certificates made before serials were minimal DER may carry a padded serial, which
  // openssl refuses in every token: those are made again.
  if (stored && pemBlocks(stored[2]).every(hasDerSerial)) {
    const [keyPem, certificatePem, chainPem] = stored;
    const privateKey = await webcrypto.subtle.importKey(
      'pkcs8',
      pemToDer(keyPem),
      ALGORITHM,
      false,
      ['sign'],
    );
    const certificate = pkijs.Certificate.fromBER(toArrayBuffer(pemToDer(certificatePem)));
    return { certificate, privateKey, chain: [certificate], chainPem };
  }
  await mkdir(folder, { recursive: true, mode: 0o700 });
  const rootKeys = await webcrypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']);
  const tsaKeys = await webcrypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']);
  const rootName = 'Local timestamp authority root CA (not trusted outside this machine)';
  const root = await certificateFor({
    subject: rootName,
    issuer: rootName,
    publicKey: rootKeys.publicKey,
    signingKey: rootKeys.privateKey,
    serialNumber: serial(random),
    years: 20,
    extensions: [
      new pkijs.Extension({
        extnID: '2.5.29.19',
        critical: true,
        extnValue: new pkijs.BasicConstraints({ cA: true }).toSchema().toBER(false),
      }),
      keyUsage(0x06, 1), // keyCertSign, cRLSign
    ],
  });
  const tsa = await certificateFor({
    subject: 'Local timestamp authority (not trusted outside this machine)',
    issuer: rootName,
    publicKey: tsaKeys.publicKey,
    signingKey: rootKeys.privateKey,
    serialNumber: serial(random),
    years: 10,
    extensions: [
      new pkijs.Extension({
        extnID: '2.5.29.19',
        critical: true,
        extnValue: new pkijs.BasicConstraints({ cA: false }).toSchema().toBER(false),
      }),
      keyUsage(0x80, 7), // digitalSignature
      new pkijs.Extension({
        extnID: '2.5.29.37',
        critical: true,
        extnValue: new pkijs.ExtKeyUsage({ keyPurposes: [EKU_TIME_STAMPING] })
          .toSchema()
          .toBER(false),
      }),
    ],
  });
  const pem = (c: pkijs.Certificate) =>
    derToPem('CERTIFICATE', new Uint8Array(c.toSchema().toBER(false)));
  const chainPem = `${pem(tsa)}${pem(root)}`;
  const keyDer = new Uint8Array(await webcrypto.subtle.exportKey('pkcs8', tsaKeys.privateKey));
  await writeFile(files.key, derToPem('PRIVATE KEY', keyDer), { mode: 0o600 });
  await writeFile(files.certificate, pem(tsa));
  await writeFile(files.chain, chainPem);
  return { certificate: tsa, privateKey: tsaKeys.privateKey, chain: [tsa, root], chainPem };
}

function hasDerSerial(der: Uint8Array): boolean {
  return isDerInteger(pkijs.Certificate.fromBER(toArrayBuffer(der)).serialNumber);
}

function keyUsage(bits: number, unusedBits: number) {
  return new pkijs.Extension({
    extnID: '2.5.29.15',
    critical: true,
    extnValue: new asn1js.BitString({
      valueHex: Uint8Array.from([bits]),
      unusedBits,
    }).toBER(false),
  });
}

function commonName(name: string) {
  return new pkijs.RelativeDistinguishedNames({
    typesAndValues: [
      new pkijs.AttributeTypeAndValue({
        type: '2.5.4.3',
        value: new asn1js.Utf8String({ value: name }),
      }),
    ],
  });
}

async function certificateFor(spec: {
  subject: string;
  issuer: string;
  publicKey: webcrypto.CryptoKey;
  signingKey: webcrypto.CryptoKey;
  serialNumber: Uint8Array;
  years: number;
  extensions: pkijs.Extension[];
}): Promise<pkijs.Certificate> {
  const certificate = new pkijs.Certificate({
    version: 2,
    serialNumber: new asn1js.Integer({ valueHex: spec.serialNumber }),
    subject: commonName(spec.subject),
    issuer: commonName(spec.issuer),
    extensions: spec.extensions,
  });
  const from = new Date(Date.now() - 24 * 3600 * 1000);
  certificate.notBefore.value = from;
  certificate.notAfter.value = new Date(from.getTime() + spec.years * 365 * 24 * 3600 * 1000);
  await certificate.subjectPublicKeyInfo.importKey(spec.publicKey);
  await certificate.sign(spec.signingKey, 'SHA-256');
  return certificate;
}
