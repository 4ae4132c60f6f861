import { createHash } from 'node:crypto';
import { type PassThrough, Transform } from 'node:stream';

/** A pass-through that hashes and counts what goes through it. */
export function hashing() {
  const hash = createHash('sha256');
  let size = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
  });
  return {
    stream,
    update(chunk: Uint8Array) {
      hash.update(chunk);
      size += chunk.length;
    },
    result: () => ({ sha256: hash.digest('hex'), size }),
  };
}

export function write(stream: PassThrough, chunk: Uint8Array): Promise<void> {
  if (stream.destroyed) return Promise.reject(new Error('stream closed'));
  if (stream.write(chunk)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      stream.off('drain', done);
      stream.off('close', closed);
      error ? reject(error) : resolve();
    };
    const closed = () => done(new Error('stream closed'));
    stream.once('drain', done);
    stream.once('close', closed);
  });
}

export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}
