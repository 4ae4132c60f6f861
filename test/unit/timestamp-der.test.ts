import { spawnSync } from 'node:child_process';
import { createHash, webcrypto } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type LocalTimestampAuthority,
  startLocalTimestampAuthority,
} from '../../local/timestamp-authority.js';
import { HttpTimestampAuthority } from '../../shared/ports/timestamp-authority-http-adapter.js';
import { derToPem, pemBlocks } from '../../shared/proof/pem.js';
import {
  readTimestampResponse,
  SHA256_OID,
  timestampRequest,
  unsignedInteger,
  verifyTimestamp,
} from '../../shared/proof/rfc3161.js';

// Random serial numbers and nonces that start with a zero byte once made DER INTEGERs
// with illegal padding: `openssl ts -verify` then refused the token (about one token in
// 250, the proof test's intermittent failure). These pin the bytes that did it.

const authorities: LocalTimestampAuthority[] = [];
afterEach(async () => {
  await Promise.all(authorities.splice(0).map((a) => a.close()));
});

async function authority(randomBytes?: (size: number) => Uint8Array) {
  const dataDir = mkdtempSync(join(tmpdir(), 'tsa-der-'));
  const started = await startLocalTimestampAuthority({ dataDir, randomBytes });
  authorities.push(started);
  return { tsa: started, dataDir };
}

/** `openssl ts -verify` over a file, as VERIFY.txt runs it. */
function opensslVerifies(folder: string, data: Uint8Array, response: Uint8Array, chain: string) {
  writeFileSync(join(folder, 'exhibit.bin'), data);
  writeFileSync(join(folder, 'exhibit.bin.tsr'), response);
  const result = spawnSync(
    'openssl',
    ['ts', '-verify', '-in', 'exhibit.bin.tsr', '-data', 'exhibit.bin', '-CAfile', chain],
    { cwd: folder, encoding: 'utf8' },
  );
  return `${result.stdout}${result.stderr}`;
}

const data = Buffer.from('a screenshot, byte for byte');
const digest = createHash('sha256').update(data).digest('hex');

describe('DER integers of timestamps', () => {
  it('are minimal: one leading zero only before a high bit', () => {
    expect([...unsignedInteger(Uint8Array.of(0, 0, 0x12, 0x34))]).toEqual([0x12, 0x34]);
    expect([...unsignedInteger(Uint8Array.of(0, 0x80, 1))]).toEqual([0, 0x80, 1]);
    expect([...unsignedInteger(Uint8Array.of(0x80, 1))]).toEqual([0, 0x80, 1]);
    expect([...unsignedInteger(Uint8Array.of(0, 0, 0))]).toEqual([0]);
    expect([...unsignedInteger(Uint8Array.of(0x7f))]).toEqual([0x7f]);
  });

  it('make tokens openssl accepts when the serial numbers start with zero bytes', async () => {
    // Every serial (root, timestamping certificate, token) drawn as 00 00 01 02 03 …
    const { tsa, dataDir } = await authority((size) =>
      Uint8Array.from({ length: size }, (_, i) => Math.max(0, i - 1)),
    );
    const client = new HttpTimestampAuthority({ url: tsa.url });

    const token = await client.timestamp(digest);

    expect(opensslVerifies(dataDir, data, token.response, tsa.chainFile)).toContain(
      'Verification: OK',
    );
    expect(token.serialNumber).toBe('0102030405060708090a0b0c0d0e');
  });

  it('make tokens openssl accepts when the nonce starts with zero bytes', async () => {
    const { tsa, dataDir } = await authority();
    const nonce = Uint8Array.of(0, 0, 0x05, 0xa1, 0x22, 0x33, 0x44, 0x55);
    const reply = await fetch(tsa.url, {
      method: 'POST',
      headers: { 'content-type': 'application/timestamp-query' },
      body: timestampRequest(digest, nonce),
    });
    const response = new Uint8Array(await reply.arrayBuffer());

    await expect(readTimestampResponse(response, { sha256: digest, nonce })).resolves.toMatchObject(
      { sha256: digest },
    );
    expect(opensslVerifies(dataDir, data, response, tsa.chainFile)).toContain('Verification: OK');
  });

  it('are demanded of an authority: a padded nonce is refused at intake and by npm run verify, as by openssl', async () => {
    const { tsa, dataDir } = await authority();
    const nonce = Uint8Array.of(0, 0x05, 0xa1);
    // A request whose nonce is padded, which the authority echoes as it came.
    const padded = new pkijs.TimeStampReq({
      version: 1,
      messageImprint: new pkijs.MessageImprint({
        hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: SHA256_OID }),
        hashedMessage: new asn1js.OctetString({ valueHex: Buffer.from(digest, 'hex') }),
      }),
      nonce: new asn1js.Integer({ valueHex: nonce }),
      certReq: true,
    });
    const reply = await fetch(tsa.url, {
      method: 'POST',
      headers: { 'content-type': 'application/timestamp-query' },
      body: new Uint8Array(padded.toSchema().toBER(false)),
    });
    const response = new Uint8Array(await reply.arrayBuffer());

    await expect(readTimestampResponse(response, { sha256: digest, nonce })).rejects.toMatchObject({
      reason: 'malformed',
    });
    const chain = pemBlocks(readFileSync(tsa.chainFile, 'utf8'));
    expect(await verifyTimestamp(response, data, chain)).toEqual({
      ok: false,
      reason: "the token's nonce is not DER",
    });
    expect(opensslVerifies(dataDir, data, response, tsa.chainFile)).toContain('illegal padding');
  });

  it('are remade with the CA when a data folder holds one with a padded serial', async () => {
    const { tsa, dataDir } = await authority();
    await tsa.close();
    authorities.splice(authorities.indexOf(tsa), 1);
    // A root as older versions could make it: serial 00 12 …, which openssl refuses.
    const keys = await webcrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
      'sign',
      'verify',
    ]);
    const root = new pkijs.Certificate({
      version: 2,
      serialNumber: new asn1js.Integer({ valueHex: Uint8Array.of(0, 0x12, 0x34) }),
    });
    const name = new pkijs.AttributeTypeAndValue({
      type: '2.5.4.3',
      value: new asn1js.Utf8String({ value: 'old root' }),
    });
    root.subject.typesAndValues.push(name);
    root.issuer.typesAndValues.push(name);
    root.notBefore.value = new Date(Date.now() - 86_400_000);
    root.notAfter.value = new Date(Date.now() + 86_400_000);
    await root.subjectPublicKeyInfo.importKey(keys.publicKey);
    await root.sign(keys.privateKey, 'SHA-256');
    const chainFile = join(dataDir, 'timestamp-authority', 'chain.pem');
    const [tsaCertificate] = pemBlocks(readFileSync(chainFile, 'utf8'));
    const pem = (der: Uint8Array) => derToPem('CERTIFICATE', der);
    writeFileSync(
      chainFile,
      `${pem(tsaCertificate as Uint8Array)}${pem(new Uint8Array(root.toSchema().toBER(false)))}`,
    );

    const restarted = await startLocalTimestampAuthority({ dataDir });
    authorities.push(restarted);
    const token = await new HttpTimestampAuthority({ url: restarted.url }).timestamp(digest);

    expect(readFileSync(chainFile, 'utf8')).not.toContain(
      pem(new Uint8Array(root.toSchema().toBER(false))),
    );
    expect(opensslVerifies(dataDir, data, token.response, chainFile)).toContain('Verification: OK');
  });
});
