import { inflateBounded } from './hidden-content.js';
import type { Finding, Inspector } from './scan.js';

/**
 * Names that make a PDF act when opened or hide files: scripts, launching programs,
 * attachments, automatic actions, XFA forms, form submission, rich media; and `Encrypt`,
 * since encrypted objects cannot be inspected.
 */
const ACTIVE_NAMES = new Set([
  'JS',
  'JavaScript',
  'Launch',
  'EmbeddedFile',
  'EmbeddedFiles',
  'AA',
  'XFA',
  'Encrypt',
  'RichMedia',
  'GoToE',
  'SubmitForm',
  'ImportData',
]);
/** Filters other than Flate: an object stream encoded with one is not decoded, so refused. */
const OTHER_FILTERS = new Set([
  'ASCIIHexDecode',
  'ASCII85Decode',
  'LZWDecode',
  'RunLengthDecode',
  'CCITTFaxDecode',
  'JBIG2Decode',
  'DCTDecode',
  'JPXDecode',
  'Crypt',
  'AHx',
  'A85',
  'LZW',
  'RL',
  'CCF',
  'DCT',
]);
/** An object stream is inflated to at most this; all of a file's, to the total. */
const MAX_OBJECT_STREAM_BYTES = 16 * 1000 * 1000;
const MAX_INFLATED_TOTAL = 64 * 1000 * 1000;
const MAX_TOKEN = 256;

const ENDSTREAM = Buffer.from('endstream', 'latin1');
const latin1 = new TextDecoder('latin1');
const isSpace = (b: number) => b === 0 || b === 9 || b === 10 || b === 12 || b === 13 || b === 32;
/** ( ) < > [ ] { } / % */
const isDelimiter = (b: number) =>
  b === 0x28 ||
  b === 0x29 ||
  b === 0x3c ||
  b === 0x3e ||
  b === 0x5b ||
  b === 0x5d ||
  b === 0x7b ||
  b === 0x7d ||
  b === 0x2f ||
  b === 0x25;
const isRegular = (b: number) => !isSpace(b) && !isDelimiter(b);

type State = 'normal' | 'comment' | 'string' | 'hex' | 'lt' | 'name' | 'word' | 'stream';

/** What lexers of one file share: the inflation budget, and what `/OpenAction` points at. */
interface FileFacts {
  inflated: number;
  /** Objects that only go to a page: a destination array, or a GoTo action. */
  readonly goTo: Set<number>;
  /** Objects an `/OpenAction` refers to (`/OpenAction 4 0 R`). */
  readonly openActionTargets: number[];
}

/** Every name a GoTo action (`<</S/GoTo/D[3 0 R/Fit]>>`) may hold. */
const GO_TO_NAMES = new Set(
  'S GoTo D Type Action XYZ Fit FitH FitV FitR FitB FitBH FitBV'.split(' '),
);

/** The object being lexed: its number, its first byte, the names it holds. */
interface CurrentObject {
  readonly n: number;
  first?: number;
  readonly names: Set<string>;
}

const activeContent = (detail: string): Finding => ({ reason: 'active-content', detail });

/**
 * A PDF lexer fed as the file streams: every name outside strings and stream data is
 * decoded (`/J#61vaScript` is `/JavaScript`) and checked, across chunk boundaries.
 * Stream data is skipped to its `endstream`, except object streams (`/Type /ObjStm`),
 * which hold dictionaries: those are inflated (bounded) and lexed the same way. What it
 * cannot decode it refuses: a PDF is accepted only when inspected whole.
 */
export class PdfInspector implements Inspector {
  finding: Finding | undefined;
  private state: State = 'normal';
  private token = '';
  private depth = 0;
  private escaped = false;
  /** What the dictionary before the next `stream` said about it. */
  private objectStream = false;
  private flate = false;
  private otherFilter = false;
  private decodeParms = false;
  private streamTail: Uint8Array = new Uint8Array(0);
  private streamParts: Uint8Array[] | undefined;
  private streamBytes = 0;
  /** The last two numbers read, to know `n` when `n 0 obj` comes. */
  private numbers: [string, string] = ['', ''];
  /** An OpenAction's value is awaited, or the number of the object it refers to. */
  private awaiting: 'open-action' | 'open-action-ref' | 'first' | undefined;
  private object: CurrentObject | undefined;
  /** The next object stream's `/First`: where its objects start, after their index. */
  private first = 0;

  constructor(
    /** Inside an object stream, where no stream may start: where each object starts. */
    private readonly embedded?: { readonly starts: ReadonlyMap<number, number> },
    private readonly facts: FileFacts = {
      inflated: MAX_INFLATED_TOTAL,
      goTo: new Set(),
      openActionTargets: [],
    },
  ) {}

  write(chunk: Uint8Array): void {
    let i = 0;
    while (i < chunk.length && !this.finding) {
      if (this.state === 'stream') {
        i = this.streamData(chunk, i);
        continue;
      }
      const b = chunk[i] as number;
      const starting = this.embedded?.starts.get(i);
      if (starting !== undefined) this.beginObject(starting);
      if (this.state === 'normal' && !isSpace(b) && b !== 0x25) this.tokenStarts(b);
      switch (this.state) {
        case 'normal':
          if (b === 0x25) this.state = 'comment';
          else if (b === 0x28) {
            this.state = 'string';
            this.depth = 1;
          } else if (b === 0x3c) this.state = 'lt';
          else if (b === 0x2f) {
            this.state = 'name';
            this.token = '';
          } else if (isRegular(b)) {
            this.state = 'word';
            this.token = String.fromCharCode(b);
          }
          break;
        case 'comment':
          if (b === 10 || b === 13) this.state = 'normal';
          break;
        case 'string':
          if (this.escaped) this.escaped = false;
          else if (b === 0x5c) this.escaped = true;
          else if (b === 0x28) this.depth++;
          else if (b === 0x29 && --this.depth === 0) this.state = 'normal';
          break;
        case 'lt':
          // `<<` opens a dictionary; `<` alone, a hex string.
          this.state = b === 0x3c ? 'normal' : 'hex';
          if (b !== 0x3c) continue;
          break;
        case 'hex':
          if (b === 0x3e) this.state = 'normal';
          break;
        case 'name':
        case 'word':
          if (isRegular(b)) {
            if (this.token.length < MAX_TOKEN) this.token += String.fromCharCode(b);
            break;
          }
          if (this.state === 'name') this.endName();
          else if (this.endWord()) continue; // `stream`: this end-of-line byte is its data
          this.state = 'normal';
          continue; // the delimiter starts the next token
      }
      i++;
    }
  }

  end(): void {
    if (this.finding) return;
    if (this.state === 'name') this.endName();
    if (this.state === 'stream' && this.streamParts)
      this.finding = activeContent('unterminated object stream');
    this.endObject();
    // An OpenAction that only opens the file at a page (`[3 0 R /Fit]`, or a GoTo action,
    // as LaTeX writes it) does nothing; one doing anything else is refused.
    if (!this.embedded && this.facts.openActionTargets.some((n) => !this.facts.goTo.has(n)))
      this.finding ??= activeContent('/OpenAction');
  }

  /** The first byte of a token: an object's value starts, or an OpenAction's. */
  private tokenStarts(b: number): void {
    if (this.object && this.object.first === undefined) this.object.first = b;
    if (this.awaiting !== 'open-action') return;
    this.awaiting = undefined;
    // A direct destination array is harmless; a reference is resolved at the end.
    if (b >= 0x30 && b <= 0x39) this.awaiting = 'open-action-ref';
    else if (b !== 0x5b) this.finding = activeContent('/OpenAction');
  }

  private beginObject(n: number): void {
    this.endObject();
    this.object = { n, names: new Set() };
  }

  private endObject(): void {
    const object = this.object;
    this.object = undefined;
    if (!object) return;
    const goTo =
      object.first === 0x5b ||
      (object.first === 0x3c && [...object.names].every((name) => GO_TO_NAMES.has(name)));
    if (goTo) this.facts.goTo.add(object.n);
  }

  private endName(): void {
    const name = this.token.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) =>
      String.fromCharCode(Number.parseInt(hex, 16)),
    );
    if (this.object && this.object.names.size < 64) this.object.names.add(name);
    if (ACTIVE_NAMES.has(name)) this.finding = activeContent(`/${name}`);
    else if (name === 'OpenAction') this.awaiting = 'open-action';
    else if (name === 'First') this.awaiting = 'first';
    else if (name === 'ObjStm') this.objectStream = true;
    else if (name === 'FlateDecode' || name === 'Fl') this.flate = true;
    else if (name === 'DecodeParms' || name === 'DP') this.decodeParms = true;
    else if (OTHER_FILTERS.has(name)) this.otherFilter = true;
  }

  /** Ends a keyword or number; `true` when it was `stream` (stream data begins). */
  private endWord(): boolean {
    if (this.awaiting === 'open-action-ref') this.facts.openActionTargets.push(Number(this.token));
    if (this.awaiting === 'first') this.first = Number(this.token);
    if (this.awaiting !== 'open-action') this.awaiting = undefined;
    if (this.token === 'obj' && !this.embedded) this.beginObject(Number(this.numbers[0]));
    if (this.token === 'endobj') this.endObject();
    this.numbers = [this.numbers[1], this.token];
    if (this.token === 'obj' || this.token === 'endobj') this.resetObject();
    if (this.token !== 'stream') return false;
    if (this.embedded) {
      this.finding = activeContent('stream inside an object stream');
      return false;
    }
    this.state = 'stream';
    this.streamTail = new Uint8Array(0);
    this.streamBytes = 0;
    this.streamParts = this.objectStream ? [] : undefined;
    if (this.objectStream && (this.otherFilter || this.decodeParms))
      this.finding = activeContent('object stream with filters not inspected');
    return true;
  }

  private resetObject(): void {
    this.first = 0;
    this.objectStream = false;
    this.flate = false;
    this.otherFilter = false;
    this.decodeParms = false;
  }

  /** Consumes stream data from `from`; returns where lexing resumes. */
  private streamData(chunk: Uint8Array, from: number): number {
    const rest = chunk.subarray(from);
    const window = Buffer.concat([this.streamTail, rest]);
    const found = window.indexOf(ENDSTREAM);
    const used = found < 0 ? rest.length : found - this.streamTail.length + ENDSTREAM.length;
    if (this.streamParts) {
      this.streamParts.push(rest.subarray(0, used));
      this.streamBytes += used;
      if (this.streamBytes > MAX_OBJECT_STREAM_BYTES + ENDSTREAM.length) {
        this.finding = activeContent('oversized object stream');
        return chunk.length;
      }
    }
    if (found < 0) {
      this.streamTail = window.subarray(Math.max(0, window.length - ENDSTREAM.length + 1));
      return chunk.length;
    }
    this.state = 'normal';
    if (this.streamParts) this.objectStreamEnded(Buffer.concat(this.streamParts));
    this.streamParts = undefined;
    this.resetObject();
    return from + used;
  }

  /** An object stream's bytes, `endstream` included: decoded and lexed as dictionaries. */
  private objectStreamEnded(raw: Buffer): void {
    let data = raw.subarray(0, raw.length - ENDSTREAM.length);
    const start = data[0] === 13 && data[1] === 10 ? 2 : data[0] === 10 || data[0] === 13 ? 1 : 0;
    data = data.subarray(start);
    const decoded = this.flate
      ? inflateBounded(data, Math.min(MAX_OBJECT_STREAM_BYTES, this.facts.inflated))
      : data;
    if (!decoded) {
      this.finding = activeContent('object stream not decodable within bounds');
      return;
    }
    this.facts.inflated -= decoded.length;
    // The index: pairs of object number and offset from `/First`.
    const index = latin1.decode(decoded.subarray(0, this.first)).trim().split(/\s+/).map(Number);
    if (index.length % 2 || index.some((n) => !Number.isInteger(n) || n < 0)) {
      this.finding = activeContent('malformed object stream index');
      return;
    }
    const starts = new Map<number, number>();
    for (let k = 0; k < index.length; k += 2)
      starts.set(this.first + (index[k + 1] as number), index[k] as number);
    const inner = new PdfInspector({ starts }, this.facts);
    inner.write(decoded);
    inner.end();
    this.finding = inner.finding;
  }
}
