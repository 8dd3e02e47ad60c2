import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from '@jest/globals';

import {
  MAX_FILE_BYTES,
  decodeUtf8,
  firstInvalidUtf8Byte,
  readTextFile,
  sha256,
} from '../../src/config/read.js';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('strict UTF-8', () => {
  it('finds the first byte that is not well-formed UTF-8', () => {
    expect(firstInvalidUtf8Byte(Buffer.from('plain ascii'))).toBe(11);
    expect(firstInvalidUtf8Byte(Buffer.from('é 😀 ü'))).toBe(Buffer.from('é 😀 ü').length);
    expect(firstInvalidUtf8Byte(bytes(0x61, 0xe9, 0x62))).toBe(1); // Latin-1 é
    expect(firstInvalidUtf8Byte(bytes(0xc0, 0xaf))).toBe(0); // overlong /
    expect(firstInvalidUtf8Byte(bytes(0xe0, 0x80, 0xaf))).toBe(0); // overlong, three bytes
    expect(firstInvalidUtf8Byte(bytes(0x61, 0xed, 0xa0, 0x80))).toBe(1); // an encoded surrogate
    expect(firstInvalidUtf8Byte(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0); // above U+10FFFF
    expect(firstInvalidUtf8Byte(bytes(0xf5, 0x80, 0x80, 0x80))).toBe(0);
    expect(firstInvalidUtf8Byte(bytes(0x61, 0x62, 0xe2, 0x82))).toBe(2); // cut short at the end
    expect(firstInvalidUtf8Byte(bytes(0x80))).toBe(0); // a lone continuation byte
  });

  it('agrees with the platform decoder on what is valid', () => {
    const samples = [
      bytes(0xc2, 0xa0),
      bytes(0xef, 0xbf, 0xbd),
      bytes(0xf0, 0x9f, 0x98, 0x80),
      bytes(0xed, 0x9f, 0xbf),
    ];
    for (const sample of samples) {
      expect(decodeUtf8(sample).ok).toBe(true);
      expect(firstInvalidUtf8Byte(sample)).toBe(sample.length);
    }
  });

  it('refuses exactly what the strict WHATWG decoder refuses (overlong forms, surrogates, beyond U+10FFFF)', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    const samples = [
      bytes(0x61, 0x62),
      bytes(0xc0, 0xaf),
      bytes(0xe0, 0x80, 0xaf),
      bytes(0x61, 0xed, 0xa0, 0x80),
      bytes(0xed, 0x9f, 0xbf),
      bytes(0xf4, 0x8f, 0xbf, 0xbf),
      bytes(0xf4, 0x90, 0x80, 0x80),
      bytes(0xf5, 0x80, 0x80, 0x80),
      bytes(0x61, 0x62, 0xe2, 0x82),
      bytes(0x80),
      bytes(0xef, 0xbb, 0xbf, 0xc3, 0xa9),
    ];
    for (const sample of samples) {
      let expected: string | undefined;
      try {
        expected = strict.decode(sample);
      } catch {
        expected = undefined;
      }
      const decoded = decodeUtf8(sample);
      expect(decoded.ok ? decoded.text : undefined).toBe(expected);
    }
  });

  it('drops a byte order mark and reports line and column of a bad byte', () => {
    expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0x61))).toMatchObject({ ok: true, text: 'a' });
    expect(decodeUtf8(Buffer.concat([Buffer.from('a: 1\nbé: '), bytes(0xff)]))).toMatchObject({
      ok: false,
      line: 2,
      column: 5,
      message: 'the file is not valid UTF-8 (byte 0xff at byte offset 10)',
    });
    expect(decodeUtf8(bytes(0xfe, 0xff, 0x00, 0x61))).toMatchObject({
      ok: false,
      message: 'the file is UTF-16, not UTF-8',
    });
  });

  it("gives the digest of the file's bytes, byte order mark and all", () => {
    const digest = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');
    for (const sample of [
      bytes(0xef, 0xbb, 0xbf, 0x61),
      Buffer.from('name: é 😀\r\ngrants: {}\n'),
      bytes(0x61, 0xef, 0xbb, 0xbf),
      bytes(),
    ]) {
      const decoded = decodeUtf8(sample);
      expect(decoded.ok).toBe(true);
      expect(decoded.sha256).toBe(digest(sample));
      expect({ ...decoded }.sha256).toBe(digest(sample));
    }
    const invalid = bytes(0x61, 0xff);
    expect(decodeUtf8(invalid).sha256).toBe(digest(invalid));
    // A text is hashed as its UTF-8, as a Hash object fed the text would.
    for (const text of ['', 'name: é 😀\r\n', '\ufeffa']) {
      expect(sha256(text)).toBe(createHash('sha256').update(text).digest('hex'));
      expect(sha256(text)).toBe(digest(Buffer.from(text, 'utf8')));
    }
  });
});

describe('a file found by the walk', () => {
  it('is not read through a link swapped in for it after the walk', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jpac-nofollow-'));
    try {
      writeFileSync(join(dir, 'secret.txt'), 'outside: true\n');
      writeFileSync(join(dir, 'plain.yml'), 'name: A\n');
      symlinkSync(join(dir, 'secret.txt'), join(dir, 'swapped.yml'));
      const plain = join(dir, 'plain.yml');
      expect(readTextFile(plain, { confinedPath: plain })).toMatchObject({ ok: true, text: 'name: A\n' });
      const swapped = join(dir, 'swapped.yml');
      const result = readTextFile(swapped, { confinedPath: swapped });
      expect(result.ok).toBe(false);
      expect(JSON.stringify(result)).not.toContain('outside');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('files read one after another', () => {
  it('each give their own text and digest, larger and smaller than the one before', () => {
    const folder = mkdtempSync(join(tmpdir(), 'jp-read-'));
    try {
      // Sizes around the reused read buffer's first size (32 KiB) and its growth.
      const texts = [40_000, 10, 200_000, 3, 33_000, 0, 70_000].map((size, index) =>
        `${String(index)}é`.repeat(Math.ceil(size / 3)).slice(0, size),
      );
      texts.forEach((text, index) => {
        writeFileSync(join(folder, `${String(index)}.yml`), text);
      });
      texts.forEach((text, index) => {
        const read = readTextFile(join(folder, `${String(index)}.yml`));
        const digest = createHash('sha256').update(Buffer.from(text)).digest('hex');
        expect([index, read]).toEqual([index, { ok: true, text, sha256: digest }]);
      });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('are read whole up to the limit, refused past it with their size, at every size the buffer grows through', () => {
    const folder = mkdtempSync(join(tmpdir(), 'jp-read-'));
    try {
      const sizes = [32 * 1024, 64 * 1024, 64 * 1024 + 1, MAX_FILE_BYTES, MAX_FILE_BYTES + 1, 3_000_000, 12];
      for (const [index, size] of sizes.entries()) {
        const text = 'a'.repeat(size);
        const path = join(folder, `${String(index)}.yml`);
        writeFileSync(path, text);
        const read = readTextFile(path);
        if (size <= MAX_FILE_BYTES) {
          const digest = createHash('sha256').update(text).digest('hex');
          expect([size, read]).toEqual([size, { ok: true, text, sha256: digest }]);
        } else {
          expect([size, read]).toEqual([
            size,
            {
              ok: false,
              message: `the file is ${size.toLocaleString('en-US')} bytes, over the 1 MiB (1,048,576 bytes) limit`,
              hint: 'A permission scheme fits in a few kilobytes; split the file or check that it is a scheme file.',
              line: 1,
              column: 1,
            },
          ]);
        }
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
