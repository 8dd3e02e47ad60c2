import { closeSync, fdatasyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** How a file descriptor is written: `fs.writeSync`'s buffer form (a parameter only for the tests). */
export type WriteBytes = (fd: number, buffer: Buffer, offset: number, length: number) => number;

/**
 * Writes all of `text` to `fd`. One write(2) may write less than it was given (a disk that fills up,
 * a file size limit, a pipe): `writeSync` answers how much, and the rest is written until none is
 * left; the write that cannot go on throws (ENOSPC, EFBIG), so a file is never cut short unnoticed.
 */
export function writeAll(fd: number, text: string, write: WriteBytes = writeSync): void {
  const bytes = Buffer.from(text, 'utf8');
  let offset = 0;
  while (offset < bytes.length) {
    const written = write(fd, bytes, offset, bytes.length - offset);
    // No system call answers 0 for a non-empty write to a file; were one to, this would never end.
    if (written <= 0)
      throw new Error(`the write stopped after ${String(offset)} of ${String(bytes.length)} bytes`);
    offset += written;
  }
}

/**
 * Closes `fd` after a failed write without hiding that failure behind the close's own: the write's
 * error is the one that says what went wrong.
 */
export function closeAfterFailure(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // The write already failed; its error is thrown by the caller.
  }
}

/**
 * Creates (or empties) the file at `path` and writes `pieces` to it, whole, then closes it; with
 * `sync`, flushed to the disk before it is closed. Throws the first failure, whether of a write or
 * of the close (which can report a write the disk refused late, as on NFS).
 */
export function writeFileInPieces(
  path: string,
  pieces: Iterable<string>,
  options: { sync?: boolean; write?: WriteBytes } = {},
): void {
  const fd = openSync(path, 'w');
  try {
    for (const piece of pieces) writeAll(fd, piece, options.write);
    if (options.sync === true) fdatasyncSync(fd);
  } catch (error) {
    closeAfterFailure(fd);
    throw error;
  }
  closeSync(fd);
}

/**
 * Writes `pieces` to a file beside `path`, then renames it over `path`: at every moment `path` holds
 * its earlier content or the new one, whole. A write that fails (a full disk) leaves `path` as it was
 * and removes the partial file. With `sync`, the new content is on the disk before the rename.
 */
export function replaceFileInPieces(
  path: string,
  pieces: Iterable<string>,
  options: { sync?: boolean; write?: WriteBytes } = {},
): void {
  const temporary = join(dirname(path), `.${basename(path)}.${String(process.pid)}.tmp`);
  try {
    writeFileInPieces(temporary, pieces, options);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
