// busboy 0.3 (the version s3rver parses forms with) ships no types: the part used here.
declare module 'busboy' {
  import type { IncomingHttpHeaders } from 'node:http';
  import type { Readable, Writable } from 'node:stream';

  interface BusboyOptions {
    headers: IncomingHttpHeaders;
    limits?: { fieldSize?: number; fields?: number; files?: number };
  }

  export default class Busboy extends Writable {
    constructor(options: BusboyOptions);
    on(event: 'field', listener: (name: string, value: string) => void): this;
    on(event: 'file', listener: (name: string, file: Readable) => void): this;
    on(event: 'finish', listener: () => void): this;
    on(event: 'error', listener: (error: Error) => void): this;
  }
}
