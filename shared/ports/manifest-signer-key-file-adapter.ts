import { createPrivateKey, createPublicKey, type KeyObject, sign } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { ManifestSigner } from './manifest-signer.js';

/**
 * The manifest signer of the local runtime: a P-256 private key in a PEM file of the data
 * folder (made on first start, readable by its owner only). It proves no more than the
 * machine's file permissions protect.
 */
export class KeyFileManifestSigner implements ManifestSigner {
  private key: Promise<KeyObject> | undefined;

  constructor(private readonly file: string) {}

  async sign(data: Uint8Array): Promise<Uint8Array> {
    return sign('sha256', data, { key: await this.privateKey(), dsaEncoding: 'der' });
  }

  async publicKey(): Promise<Uint8Array> {
    return createPublicKey(await this.privateKey()).export({ type: 'spki', format: 'der' });
  }

  private privateKey(): Promise<KeyObject> {
    this.key ??= readFile(this.file, 'utf8').then((pem) => createPrivateKey(pem));
    return this.key;
  }
}
