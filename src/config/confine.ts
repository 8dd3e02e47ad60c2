import { existsSync, lstatSync, readlinkSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

import { excerpt } from '../util/excerpt.js';

/**
 * Where the product may read and write: inside the repository it works on, after every symbolic link is
 * followed. A scheme file (or folder, or settings file) that leads out of the repository is refused
 * before a byte of it is read, so a pull request cannot make the tool read `/etc/passwd`, the runner's
 * token file or `.git/config` (where `actions/checkout` keeps the GitHub token) and echo it in an error.
 */

/** The marker of a repository root, as git itself finds it (a folder, or a file in a worktree). */
const REPOSITORY_MARKER = '.git';

/** More links than this in one path is a loop (the kernel's own limit is 40). */
const MAX_LINKS = 40;

/**
 * The repository root for a working directory: the nearest folder at or above `cwd` that holds `.git`,
 * as git finds it; `cwd` itself when there is none (a folder outside any repository).
 */
export function findRepositoryRoot(cwd: string): string {
  const start = resolve(cwd);
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, REPOSITORY_MARKER))) return dir;
    if (dirname(dir) === dir) return start;
  }
}

/**
 * Where `path` really is: every symbolic link followed, also a dangling one (a link to a file that does
 * not exist yet is where a write would land). Parts that do not exist are kept as written.
 */
export function realLocation(path: string, links = 0): string {
  const absolute = resolve(path);
  try {
    // The system's realpath(3): one call, where Node's own walks the path with an lstat per segment (twice
    // per scheme file read, it was a tenth of validating 2,000 files).
    return realpathSync.native(absolute);
  } catch {
    // Missing, or a dangling link: follow the link by hand, else resolve the parent and keep the name.
  }
  let stats;
  try {
    stats = lstatSync(absolute);
  } catch {
    stats = undefined;
  }
  if (stats?.isSymbolicLink() === true && links < MAX_LINKS) {
    return realLocation(resolve(dirname(absolute), readlinkSync(absolute)), links + 1);
  }
  const parent = dirname(absolute);
  if (parent === absolute) return absolute;
  return join(realLocation(parent, links), basename(absolute));
}

function isWithin(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

export type Confinement = { ok: true; real: string } | { ok: false; message: string; hint: string };

/**
 * Whether `path` resolves (after links) inside `root`, and not into its `.git` folder. The refusal says
 * `<subject> is outside the repository ...` (the caller says what it did not do), naming where the path leads (escaped), never anything
 * the path holds. `subject` is the caller's words for the path, e.g. `the scheme folder "x"`.
 */
export function confine(root: string, path: string, subject: string): Confinement {
  const realRoot = realLocation(root);
  const real = realLocation(path);
  const linked = real !== resolve(path);
  if (!isWithin(realRoot, real)) {
    return {
      ok: false,
      message: linked
        ? `${subject} is a symbolic link to ${excerpt(real, 120)}, outside the repository ${excerpt(realRoot, 120)}`
        : `${subject} is outside the repository ${excerpt(realRoot, 120)}`,
      hint:
        'Scheme files, the scheme folder and the settings file must be inside the repository, and ' +
        'symbolic links must point inside it too.',
    };
  }
  if (relative(realRoot, real).split(sep).includes(REPOSITORY_MARKER)) {
    return {
      ok: false,
      message: `${subject} leads into the repository's ${REPOSITORY_MARKER} folder`,
      hint: 'git keeps its own data (and credentials) there: a scheme file is never in it.',
    };
  }
  return { ok: true, real };
}
