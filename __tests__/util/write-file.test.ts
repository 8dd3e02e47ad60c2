import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { writeAll, writeFileInPieces, type WriteBytes } from '../../src/util/write-file.js';

/**
 * A write(2) may write less than it is given (a disk filling up, a file size limit): the file writer
 * goes on until every byte is written, and a failure is the one thrown, never hidden by the close's.
 */

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'write-file-'));
  dirs.push(dir);
  return dir;
}

/** The real writeSync, at most `most` bytes a call: the short writes a full disk gives. */
function shortWrites(most: number, calls: number[]): WriteBytes {
  return (fd, buffer, offset, length) => {
    calls.push(length);
    return writeSync(fd, buffer, offset, Math.min(length, most));
  };
}

describe('writeAll and writeFileInPieces', () => {
  it('write every byte when each write(2) writes only some, characters of several bytes included', () => {
    const path = join(folder(), 'plan.json');
    const pieces = ['{\n  "name": "Équipe \u{1f600} α"\n', '}\n'];
    const calls: number[] = [];
    writeFileInPieces(path, pieces, { write: shortWrites(3, calls) });
    expect(readFileSync(path, 'utf8')).toBe(pieces.join(''));
    expect(calls.length).toBeGreaterThan(pieces.length);
  });

  it('throw when a write makes no progress rather than loop', () => {
    const path = join(folder(), 'plan.json');
    expect(() => {
      writeFileInPieces(path, ['text\n'], { write: () => 0 });
    }).toThrow('the write stopped after 0 of 5 bytes');
  });

  it("throw the write's failure", () => {
    const path = join(folder(), 'plan.json');
    const full: WriteBytes = () => {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    };
    expect(() => {
      writeFileInPieces(path, ['text\n'], { write: full });
    }).toThrow('ENOSPC');
  });

  it('writeAll leaves an empty text unwritten', () => {
    const calls: number[] = [];
    writeAll(-1, '', shortWrites(1, calls));
    expect(calls).toEqual([]);
  });
});
