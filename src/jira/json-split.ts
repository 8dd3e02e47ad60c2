/**
 * Cuts the elements of one top-level array out of a JSON answer while its bytes arrive, so a large list
 * (every permission scheme with every grant) is never held whole: neither as one string nor as one
 * parsed tree. Each element is decoded and parsed on its own and handed over at once.
 *
 * What is not an element (the braces, the other fields, the commas between elements) is kept as "the
 * rest", each element replaced by `{}`. Parsing the rest then checks everything the elements leave out:
 * when every element and the rest parse, the whole answer parses, since each `{}` stands exactly where a
 * value stood. A broken answer therefore fails as it would parsed whole (the caller reports invalid JSON);
 * an answer that does not start with `{` (an HTML page, a bare list) is kept whole, split nowhere.
 *
 * Byte-level: the only bytes that matter ({ } [ ] " \ , and the BOM) are ASCII and never occur inside a
 * multi-byte UTF-8 sequence, so cuts fall between characters, and each element decodes as it would within
 * the whole text.
 */

const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const BOM = [0xef, 0xbb, 0xbf];
const PLACEHOLDER = new Uint8Array([OPEN_BRACE, CLOSE_BRACE]);
/** A key longer than this (even fully escaped) cannot be the field's name. */
const MAX_KEY_BYTES = 512;
/**
 * What `scan` may pass over below the top-level object (depth 2 and deeper, outside a string): bytes
 * other than { } [ ], and whole strings. Keys and commas count only at depth 1, so the next bracket or
 * brace outside a string is the next byte that matters. A RegExp runs as native code whatever tier the
 * JavaScript runs at: several times faster than the byte loop when it runs without the optimising
 * compiler (`--max-opt=1`). It stops before a string it cannot see the end of (cut at the end of the
 * chunk or block, or not valid), which the byte loop then reads as before.
 */
const PASSABLE = /(?:[^"{}[\]]|"(?:[^"\\]|\\.)*")*/sy;
/**
 * The most bytes PASSABLE reads in one go. It keeps backtracking state for each byte and string it
 * passes, and throws (RangeError) past some millions of them: a chunk is read a block at a time.
 */
const PASS_BLOCK = 0x10000;

/** Receives the elements of the array, in order. */
export interface ElementReceiver {
  /** The field's array starts (again: with a repeated key, the last array is the one that counts). */
  array(): void;
  element(value: unknown): void;
}

function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

/**
 * A copy of part of a chunk. Not `chunk.slice`: on a Buffer (what the transport yields) that is a view,
 * which keeps the transport's whole read buffer alive for a few kept bytes: 25 MB at scale.
 */
function copyOf(chunk: Uint8Array, from: number, to: number): Uint8Array {
  return new Uint8Array(chunk.subarray(from, to));
}

export class ElementSplitter {
  private readonly decoder = new TextDecoder();
  /** Bytes of the rest, copied (a piece must not keep a whole network chunk alive). */
  private readonly rest: Uint8Array[] = [];
  /** 'head' before the first significant byte; 'split' in an object; 'whole' when not splitting. */
  private mode: 'head' | 'split' | 'whole' = 'head';
  private headBytes = 0;
  private bomBytes = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private expectKey = false;
  private key: Uint8Array[] | undefined;
  private keyBytes = 0;
  private lastKey: string | undefined;
  private inArray = false;
  /** Pieces of the element being cut, when it spans chunks; undefined outside an element. */
  private element: Uint8Array[] | undefined;
  /** The first element that is not valid JSON: the answer is broken, nothing more is handed over. */
  failure: SyntaxError | undefined;
  /** Bytes pushed so far. */
  bytes = 0;

  constructor(
    private readonly field: string,
    private readonly receiver: ElementReceiver,
  ) {}

  push(chunk: Uint8Array): void {
    this.bytes += chunk.length;
    if (this.failure !== undefined) return;
    let start = 0;
    if (this.mode === 'head') {
      start = this.head(chunk);
      this.keep(chunk, 0, start);
      if (start === chunk.length) return;
    }
    if (this.mode === 'whole') {
      this.keep(chunk, start, chunk.length);
      return;
    }
    this.scan(chunk, start);
  }

  /** The rest, decoded: the whole answer when it was not split. */
  restText(): string {
    if (this.element !== undefined) {
      // Truncated inside an element: the rest already lacks its closing brackets and fails to parse.
      this.element = undefined;
    }
    return this.decoder.decode(Buffer.concat(this.rest));
  }

  /** Skips a leading BOM (TextDecoder drops it too) and whitespace; returns where the JSON begins. */
  private head(chunk: Uint8Array): number {
    for (let index = 0; index < chunk.length; index++) {
      const byte = chunk[index] ?? 0;
      const inBom = this.headBytes === this.bomBytes && this.bomBytes < BOM.length;
      this.headBytes++;
      if (inBom && byte === BOM[this.bomBytes]) {
        this.bomBytes++;
        continue;
      }
      // Part of a BOM is not one: the text decodes to a replacement character, as it would whole.
      if (this.bomBytes > 0 && this.bomBytes < BOM.length) {
        this.mode = 'whole';
        return index;
      }
      if (isSpace(byte)) continue;
      this.mode = byte === OPEN_BRACE ? 'split' : 'whole';
      return index;
    }
    return chunk.length;
  }

  private keep(chunk: Uint8Array, from: number, to: number): void {
    if (to > from) this.rest.push(copyOf(chunk, from, to));
  }

  private scan(chunk: Uint8Array, from: number): void {
    let restFrom = this.element === undefined ? from : -1;
    let elementFrom = this.element === undefined ? -1 : from;
    let keyFrom = this.key === undefined ? -1 : from;
    const length = chunk.length;
    const view = Buffer.from(chunk.buffer, chunk.byteOffset, length);
    // The block of the chunk PASSABLE reads, one byte one character (latin1): text[i] is the byte at textFrom + i.
    let text = '';
    let textFrom = from;
    for (let index = from; index < length; index++) {
      if (!this.inString && this.depth >= 2) {
        for (;;) {
          if (index >= textFrom + text.length) {
            textFrom = index;
            text = view.toString('latin1', index, Math.min(length, index + PASS_BLOCK));
          }
          PASSABLE.lastIndex = index - textFrom;
          PASSABLE.test(text);
          index = textFrom + PASSABLE.lastIndex;
          // Stopped at a byte that matters, or passed the whole block: read on from the next one.
          if (index < textFrom + text.length || index === length) break;
        }
        if (index === length) break;
      }
      const byte = chunk[index] ?? 0;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (byte === BACKSLASH) this.escaped = true;
        else if (byte === QUOTE) {
          this.inString = false;
          if (keyFrom >= 0) {
            this.endKey(chunk.subarray(keyFrom, index + 1));
            keyFrom = -1;
          }
        }
        continue;
      }
      switch (byte) {
        case QUOTE:
          this.inString = true;
          if (this.depth === 1 && this.expectKey) {
            this.expectKey = false;
            this.key = [];
            this.keyBytes = 0;
            keyFrom = index;
          }
          break;
        case OPEN_BRACE:
        case OPEN_BRACKET:
          if (this.inArray && this.depth === 2 && elementFrom < 0) {
            this.keep(chunk, restFrom, index);
            this.rest.push(PLACEHOLDER);
            restFrom = -1;
            this.element = [];
            elementFrom = index;
          } else if (this.depth === 1 && byte === OPEN_BRACKET && this.lastKey === this.field) {
            this.inArray = true;
            this.receiver.array();
          }
          this.depth++;
          if (this.depth === 1) this.expectKey = true;
          break;
        case CLOSE_BRACE:
        case CLOSE_BRACKET:
          this.depth--;
          if (elementFrom >= 0 && this.depth === 2) {
            this.endElement(chunk.subarray(elementFrom, index + 1));
            if (this.failure !== undefined) return;
            elementFrom = -1;
            restFrom = index + 1;
          } else if (this.depth === 1) this.inArray = false;
          break;
        case COMMA:
          if (this.depth === 1) {
            this.expectKey = true;
            this.lastKey = undefined;
          }
          break;
        default:
          break;
      }
    }
    if (keyFrom >= 0) this.addKeyPiece(copyOf(chunk, keyFrom, length));
    if (elementFrom >= 0) this.element?.push(copyOf(chunk, elementFrom, length));
    else this.keep(chunk, restFrom, length);
  }

  private addKeyPiece(piece: Uint8Array): void {
    if (this.key === undefined) return;
    this.keyBytes += piece.length;
    if (this.keyBytes > MAX_KEY_BYTES) this.key = undefined;
    else this.key.push(piece);
  }

  private endKey(last: Uint8Array): void {
    this.addKeyPiece(last);
    const pieces = this.key;
    this.key = undefined;
    this.lastKey = undefined;
    if (pieces === undefined) return;
    try {
      const key: unknown = JSON.parse(this.decoder.decode(Buffer.concat(pieces)));
      if (typeof key === 'string') this.lastKey = key;
    } catch {
      // Not a valid string: the rest fails to parse, which reports it.
    }
  }

  private endElement(last: Uint8Array): void {
    const pieces = this.element ?? [];
    this.element = undefined;
    pieces.push(last);
    const bytes = pieces.length === 1 ? last : Buffer.concat(pieces);
    let value: unknown;
    try {
      value = JSON.parse(this.decoder.decode(bytes));
    } catch (error) {
      this.failure = error instanceof SyntaxError ? error : new SyntaxError(String(error));
      return;
    }
    this.receiver.element(value);
  }
}
