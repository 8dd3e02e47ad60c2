import { hash } from 'node:crypto';
import { Buffer, isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

import { confine } from './confine.js';

/** Files larger than this are refused before they are read in full, let alone parsed. */
export const MAX_FILE_BYTES = 1024 * 1024;

export type ReadResult =
  | { ok: true; text: string; sha256: string }
  | {
      ok: false;
      message: string;
      hint?: string;
      line: number;
      column: number;
      sha256?: string;
      /** The file does not exist. */
      missing?: boolean;
      /** The file leads outside the repository (or into `.git`): refused unread. */
      outside?: boolean;
    };

export interface ReadOptions {
  /**
   * The repository root: the file must resolve inside it (after symbolic links), else it is refused
   * before it is opened. Every file the product loads (settings, scheme files, files export finds) is
   * read with it.
   */
  root?: string;
  /**
   * The file's real path, when the caller already knows it is inside `root`: a regular file found by
   * walking real folders (no links) under a scheme folder that was itself confined. Opened as is,
   * without asking the file system to resolve it again (two `realpath` calls per file were a tenth of
   * validating 2,000 files).
   */
  confinedPath?: string;
}

const BYTE_ORDER_MARK = 0xfeff;

/**
 * Reads a file as UTF-8 text: refuses files over {@link MAX_FILE_BYTES} (a huge file costs reading
 * its first MiB, never more) and invalid UTF-8 (with the line and column of the first bad byte).
 * A byte order mark is dropped. With `root`, a file outside it is refused unopened. Never throws.
 */
export function readTextFile(absolutePath: string, options: ReadOptions = {}): ReadResult {
  let target = options.confinedPath ?? absolutePath;
  if (options.root !== undefined && options.confinedPath === undefined) {
    const confined = confine(options.root, absolutePath, 'the file');
    if (!confined.ok) {
      return {
        ok: false,
        message: `${confined.message}; it was not read`,
        hint: confined.hint,
        line: 1,
        column: 1,
        outside: true,
      };
    }
    // The resolved path, not the link: what was checked is what is opened.
    target = confined.real;
  }
  // Synchronous on purpose: thousands of small files read faster this way than through the thread pool.
  let bytes: Buffer;
  try {
    // A file found as a regular file is opened without following a link: one swapped in for it since
    // the walk (a race) is refused instead of read from wherever it points. (Windows has no O_NOFOLLOW:
    // there it is undefined, which `|` reads as 0.)
    const handle = openSync(
      target,
      options.confinedPath === undefined ? 'r' : constants.O_RDONLY | constants.O_NOFOLLOW,
    );
    try {
      // Read first, into the reused buffer (growing it up to one byte past the limit), and ask for the
      // size only when the file turns out too large: a stat of every file was a system call and a Stats
      // object each, for the rare file over the limit.
      let buffer = readBuffer(0);
      let length = 0;
      for (;;) {
        if (length === buffer.length) {
          if (length > MAX_FILE_BYTES) break;
          buffer = readBuffer(Math.min(2 * length, MAX_FILE_BYTES + 1), length);
        }
        const bytesRead = readSync(handle, buffer, length, buffer.length - length, length);
        if (bytesRead === 0) break;
        length += bytesRead;
      }
      if (length > MAX_FILE_BYTES) {
        const { size } = fstatSync(handle);
        return size > MAX_FILE_BYTES
          ? {
              ok: false,
              message: `the file is ${formatSize(size)}, over the 1 MiB (1,048,576 bytes) limit`,
              hint: 'A permission scheme fits in a few kilobytes; split the file or check that it is a scheme file.',
              line: 1,
              column: 1,
            }
          : { ok: false, message: 'the file is over the 1 MiB limit', line: 1, column: 1 };
      }
      bytes = buffer.subarray(0, length);
    } finally {
      closeSync(handle);
    }
  } catch (error) {
    return {
      ok: false,
      message: `the file could not be read: ${describeError(error)}`,
      line: 1,
      column: 1,
      ...(errorCode(error) === 'ENOENT' ? { missing: true } : {}),
    };
  }
  return decodeUtf8(bytes);
}

/**
 * The buffer files are read into, reused: reads are synchronous and nothing keeps the bytes (a file's
 * text and hash are made from them before the next read), so a run of 2,000 files allocates one buffer
 * instead of 2,000 (each above Node's pooled size, and each counted as external memory by the collector).
 */
let scratch: Buffer | undefined;

/** The reused buffer, at least `bytes` long; when it grows, its first `keep` bytes are kept. */
function readBuffer(bytes: number, keep = 0): Buffer {
  if (scratch === undefined || scratch.length < bytes) {
    const grown = Buffer.allocUnsafe(Math.max(bytes, 32 * 1024));
    if (scratch !== undefined && keep > 0) scratch.copy(grown, 0, 0, keep);
    scratch = grown;
  }
  return scratch;
}

/**
 * The SHA-256 of `bytes` (a text as its UTF-8), in hex. One call (Node 20.12 and later) instead of a
 * Hash object fed and finished per file: the object and its stream machinery cost more than hashing
 * a scheme file's few kilobytes.
 */
export function sha256(bytes: Uint8Array | string): string {
  return hash('sha256', bytes, 'hex');
}

/** Decodes UTF-8 strictly (a leading BOM is dropped), pointing at the first invalid byte when it fails. */
export function decodeUtf8(bytes: Uint8Array): ReadResult {
  // Checked, then decoded natively: TextDecoder's fatal mode decodes the same bytes several times slower,
  // most of all in a process's first pass over 2,000 files (it starts up ICU).
  if (isUtf8(bytes)) {
    const decoded = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    // A leading byte order mark is dropped, as TextDecoder did.
    const text = decoded.charCodeAt(0) === BYTE_ORDER_MARK ? decoded.slice(1) : decoded;
    return { ok: true, text, sha256: sha256(bytes) };
  }
  const digest = sha256(bytes);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      ok: false,
      message: 'the file is UTF-16, not UTF-8',
      hint: 'Save the file as UTF-8.',
      line: 1,
      column: 1,
      sha256: digest,
    };
  }
  const bad = firstInvalidUtf8Byte(bytes);
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
  const lineStart = before.lastIndexOf('\n') + 1;
  let line = 1;
  for (let index = before.indexOf('\n'); index !== -1; index = before.indexOf('\n', index + 1)) line++;
  const byte = bytes[bad] ?? 0;
  return {
    ok: false,
    message: `the file is not valid UTF-8 (byte 0x${byte.toString(16).padStart(2, '0')} at byte offset ${bad})`,
    hint: 'Save the file as UTF-8 (Latin-1 and UTF-16 files are refused).',
    line,
    column: before.length - lineStart + 1,
    sha256: digest,
  };
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence (RFC 3629). */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index] ?? 0;
    if (byte < 0x80) {
      index++;
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (byte >= 0xc2 && byte <= 0xdf) length = 2;
    else if (byte >= 0xe0 && byte <= 0xef) {
      length = 3;
      if (byte === 0xe0) low = 0xa0;
      if (byte === 0xed) high = 0x9f;
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      length = 4;
      if (byte === 0xf0) low = 0x90;
      if (byte === 0xf4) high = 0x8f;
    } else return index;
    for (let k = 1; k < length; k++) {
      const next = bytes[index + k];
      if (next === undefined) return index;
      const min = k === 1 ? low : 0x80;
      const max = k === 1 ? high : 0xbf;
      if (next < min || next > max) return index;
    }
    index += length;
  }
  return bytes.length;
}

function formatSize(bytes: number): string {
  return `${bytes.toLocaleString('en-US')} bytes`;
}

/** The errno code of a file system error (checked by shape: errors may come from another realm). */
function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

function describeError(error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOENT':
      return 'it does not exist';
    case 'EACCES':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder';
    default:
      return typeof error === 'object' && error !== null && 'message' in error
        ? String(error.message)
        : String(error);
  }
}
