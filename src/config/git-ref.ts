/**
 * The scheme files as they were at a git ref (`plan --base-ref REF`): read with git itself, never
 * checked out over the working tree. Every YAML file of the commit (and the settings file, whatever
 * its name) is written to a temporary folder laid out like the repository, with an empty `.git`
 * folder at its top so the loader finds the same repository root, settings file and confinement as
 * in the real checkout. Only regular files are copied: a symbolic link or submodule in the commit is
 * left out, so nothing of the base can lead outside the copy.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize, relative, resolve, sep } from 'node:path';

/**
 * node:child_process when git is run: only `plan --base-ref` runs it, and a plan without one would
 * load the module (and its hundreds of kilobytes of resident memory) for nothing.
 */
function childProcess(): typeof import('node:child_process') {
  return process.getBuiltinModule('node:child_process');
}

/** Larger files are not scheme files anyone writes by hand; the loader would refuse them anyway. */
const MAX_FILE_BYTES = 16 * 1024 * 1024;
const GIT_OUTPUT_LIMIT = 256 * 1024 * 1024;

export class GitRefError extends Error {
  override name = 'GitRefError';
}

export interface FilesAtRef {
  /** The commit the ref named (40 hex digits). */
  commit: string;
  /** The working directory inside the copy that matches the caller's `cwd`. */
  cwd: string;
  /** Deletes the copy. */
  remove: () => void;
}

function git(cwd: string, args: readonly string[]): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    childProcess().execFile(
      'git',
      [...args],
      {
        cwd,
        maxBuffer: GIT_OUTPUT_LIMIT,
        encoding: 'utf8',
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
      },
      (error, stdout, stderr) => {
        if (error !== null) {
          const detail = stderr.trim().split('\n')[0] ?? '';
          reject(new GitRefError(detail === '' ? error.message : detail));
        } else {
          resolvePromise(stdout);
        }
      },
    );
  });
}

/** Blobs by object id, through one `git cat-file --batch`. */
function readBlobs(cwd: string, ids: readonly string[]): Promise<Map<string, Buffer>> {
  return new Promise((resolvePromise, reject) => {
    const child = childProcess().spawn('git', ['cat-file', '--batch'], {
      cwd,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) {
        reject(new GitRefError(`git cat-file exited with ${String(code)}`));
        return;
      }
      const output = Buffer.concat(chunks);
      const blobs = new Map<string, Buffer>();
      let at = 0;
      for (const id of ids) {
        const end = output.indexOf(0x0a, at);
        const header = output.subarray(at, end).toString('utf8').split(' ');
        const size = Number(header[2]);
        if (header[1] !== 'blob' || !Number.isSafeInteger(size)) {
          reject(new GitRefError(`git cat-file did not return the blob ${id}`));
          return;
        }
        blobs.set(id, output.subarray(end + 1, end + 1 + size));
        at = end + 1 + size + 1;
      }
      resolvePromise(blobs);
    });
    child.stdin.end(ids.map((id) => `${id}\n`).join(''));
  });
}

interface TreeEntry {
  mode: string;
  id: string;
  size: number;
  /** Relative to the repository root, `/`-separated. */
  path: string;
}

/** `git ls-tree -r -l -z --full-tree` lines: `<mode> <type> <id> <size>\t<path>`. */
function parseTree(output: string): TreeEntry[] {
  const entries: TreeEntry[] = [];
  for (const line of output.split('\0')) {
    const tab = line.indexOf('\t');
    if (tab === -1) continue;
    const [mode = '', type = '', id = '', size = ''] = line.slice(0, tab).split(/ +/);
    if (type !== 'blob') continue;
    entries.push({ mode, id, size: Number(size), path: line.slice(tab + 1) });
  }
  return entries;
}

function wanted(entry: TreeEntry, settingsFile: string | undefined): boolean {
  // Regular files only: 120000 is a symbolic link, 160000 a submodule.
  if (entry.mode !== '100644' && entry.mode !== '100755') return false;
  if (!(entry.size <= MAX_FILE_BYTES)) return false;
  return /\.ya?ml$/i.test(entry.path) || entry.path === settingsFile;
}

/**
 * Copies the YAML files of `ref` (and the settings file) to a temporary folder. `ref` is anything git
 * names a commit by (`main`, `origin/main`, a sha); it is checked to be one before it is used.
 */
export async function filesAtRef(options: {
  cwd: string;
  ref: string;
  /** The settings file, relative to `cwd`, when the caller names one. */
  settingsPath?: string | undefined;
  /**
   * A commit id the checkout lacks is fetched from `origin` (one commit, no history): the action's
   * checkout is shallow by default and holds the pull request's merge commit only.
   */
  fetch?: boolean;
}): Promise<FilesAtRef> {
  const { cwd, ref } = options;
  // A ref that starts with `-` would be read by git as an option.
  if (ref === '' || ref.startsWith('-') || /[\0\n]/.test(ref)) {
    throw new GitRefError(`"${ref}" is not a git ref`);
  }
  let top: string;
  let commit: string;
  try {
    top = (await git(cwd, ['rev-parse', '--show-toplevel'])).trim();
  } catch (error) {
    throw new GitRefError(
      `--base-ref needs a git repository: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const resolveRef = async (): Promise<string> =>
    (await git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])).trim();
  try {
    commit = await resolveRef().catch(async (error: unknown) => {
      if (options.fetch !== true || !/^[0-9a-f]{40}$/i.test(ref)) throw error;
      await git(cwd, ['fetch', '--quiet', '--no-tags', '--depth=1', 'origin', ref]);
      return resolveRef();
    });
  } catch {
    throw new GitRefError(
      `the git ref "${ref}" names no commit in this checkout (a shallow clone may not have it: ` +
        'fetch it, or check out with fetch-depth: 0)',
    );
  }
  const inside = relative(top, resolve(cwd));
  const settingsFile =
    options.settingsPath === undefined
      ? undefined
      : relative(top, resolve(cwd, options.settingsPath)).split(sep).join('/');
  const entries = parseTree(await git(top, ['ls-tree', '-r', '-l', '-z', '--full-tree', commit])).filter(
    (entry) => wanted(entry, settingsFile),
  );
  const blobs =
    entries.length === 0
      ? new Map<string, Buffer>()
      : await readBlobs(
          top,
          entries.map((e) => e.id),
        );

  const root = mkdtempSync(join(tmpdir(), 'jira-perms-base-'));
  const remove = (): void => {
    rmSync(root, { recursive: true, force: true });
  };
  try {
    mkdirSync(join(root, '.git'));
    for (const entry of entries) {
      const target = normalize(join(root, entry.path));
      // git never stores `..` or absolute paths in a tree; checked anyway, since the tree is data.
      if (!target.startsWith(`${root}${sep}`) || entry.path.split('/').includes('.git')) continue;
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, blobs.get(entry.id) ?? Buffer.alloc(0));
    }
    const copyCwd = join(root, inside);
    mkdirSync(copyCwd, { recursive: true });
    return { commit, cwd: copyCwd, remove };
  } catch (error) {
    remove();
    throw error;
  }
}
