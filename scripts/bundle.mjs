// Builds the two bundles GitHub and npm users run: the action (dist/index.js) and the command line
// (dist/cli/index.js).
//
//   node scripts/bundle.mjs                  writes dist/ (commit it: GitHub runs dist/, not src/)
//   node scripts/bundle.mjs OUTDIR           writes another folder (check-dist, the benchmarks)
//   node scripts/bundle.mjs --cached ENTRY   prints the folder holding ENTRY's bundle (action | cli)
//                                            built from the current sources (the action tests)
//   node scripts/bundle.mjs --source-map OUTDIR
//                                            the same bundles with ncc's source maps beside them, for
//                                            `node --enable-source-maps` (debugging; never cached)
//
// Every JavaScript file ncc writes then goes through scripts/slim-bundle.mjs (no comments, only ASCII,
// every line where it was): V8 keeps each loaded file's text while the process runs, at two bytes a
// character when it holds one character above U+00FF.
//
// ncc takes about half a minute per entry (it type-checks), so every build goes through a cache in
// .tmp/bundles/, keyed by a hash of everything that shapes the output: running the tests, then
// check-dist, then `npm run bundle` builds each entry once. ncc's output is byte-identical across runs
// and folders, so a cached bundle is the bundle.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  cpSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative, resolve } from 'node:path';

import { slimBundleFile } from './slim-bundle.mjs';

const root = resolve(import.meta.dirname, '..');
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const cacheRoot = join(root, '.tmp', 'bundles');

/** Entry name -> [source, folder inside dist/]. */
const ENTRIES = {
  action: ['src/index.ts', '.'],
  cli: ['src/cli/index.ts', 'cli'],
};

/** Files and folders whose content shapes a bundle. */
const INPUTS = [
  'src',
  'schemas',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'scripts/bundle.mjs',
  'scripts/slim-bundle.mjs',
];

function filesUnder(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)));
}

function sourceHash() {
  const hash = createHash('sha256');
  hash.update(`node ${process.version}\n`);
  for (const file of INPUTS.flatMap((input) => filesUnder(join(root, input)))) {
    hash.update(`${relative(root, file)}\n`);
    hash.update(readFileSync(file));
    hash.update('\n');
  }
  return hash.digest('hex').slice(0, 16);
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * ncc's build of `entry` into `target`, slimmed. With `sourceMap`, ncc also writes a `.map` beside
 * each file (line-only, to src/; no register script, so that the lines stay where they are in the
 * bundle without maps).
 */
function build(entry, target, sourceMap = false) {
  const [source] = ENTRIES[entry];
  const maps = sourceMap ? ['--source-map', '--no-source-map-register'] : [];
  execFileSync(
    process.execPath,
    [ncc, 'build', join(root, source), '-o', target, '--license', 'licenses.txt', ...maps, '-q'],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  for (const name of readdirSync(target).filter((name) => name.endsWith('.js'))) {
    const path = join(target, name);
    writeFileSync(path, slimBundleFile(readFileSync(path, 'utf8'), relative(root, path)));
  }
  if (entry === 'cli') chmodSync(join(target, 'index.js'), 0o755);
}

/**
 * Old bundles of the same entry, left by earlier sources (kept an hour in case a test run still uses
 * one), and half-built folders of builds that died.
 */
function pruneOld(entry, keep) {
  const hour = 60 * 60 * 1000;
  for (const name of readdirSync(cacheRoot)) {
    const path = join(cacheRoot, name);
    if (name === keep || !name.startsWith(`${entry}-`)) continue;
    const partial = /\.partial-(\d+)$/.exec(name);
    if (partial !== null) {
      if (!isAlive(Number(partial[1]))) rmSync(path, { recursive: true, force: true });
    } else if (!name.includes('.') && Date.now() - statSync(path).mtimeMs > hour) {
      rmSync(path, { recursive: true, force: true });
    }
  }
}

/**
 * The folder holding `entry`'s bundle of the current sources, built when missing. Two test workers
 * may ask at once: the first takes a lock file (holding its pid) and builds into a private folder
 * that it renames into place; the others wait for the folder, or take over a lock whose owner died.
 */
export function cachedBundle(entry) {
  if (!(entry in ENTRIES)) throw new Error(`unknown bundle entry ${entry}: expected action or cli`);
  mkdirSync(cacheRoot, { recursive: true });
  const name = `${entry}-${sourceHash()}`;
  const folder = join(cacheRoot, name);
  const lock = `${folder}.lock`;
  for (;;) {
    if (existsSync(join(folder, 'index.js'))) return folder;
    let handle;
    try {
      handle = openSync(lock, 'wx');
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(lock, 'utf8'));
      if (Number.isInteger(owner) && owner > 0 && !isAlive(owner)) rmSync(lock, { force: true });
      else sleep(500);
      continue;
    }
    try {
      writeFileSync(handle, String(process.pid));
      closeSync(handle);
      const partial = `${folder}.partial-${process.pid}`;
      rmSync(partial, { recursive: true, force: true });
      build(entry, partial);
      renameSync(partial, folder);
      pruneOld(entry, name);
      return folder;
    } finally {
      rmSync(lock, { force: true });
    }
  }
}

function writeDist(out, sourceMap = false) {
  rmSync(out, { recursive: true, force: true });
  for (const [entry, [, inside]] of Object.entries(ENTRIES)) {
    const target = join(out, inside);
    mkdirSync(target, { recursive: true });
    if (sourceMap) build(entry, target, true);
    else cpSync(cachedBundle(entry), target, { recursive: true });
  }
  chmodSync(join(out, 'cli', 'index.js'), 0o755);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const args = process.argv.slice(2);
  if (args[0] === '--cached') {
    process.stdout.write(`${cachedBundle(args[1] ?? '')}\n`);
  } else if (args[0] === '--source-map') {
    if (args[1] === undefined) throw new Error('--source-map needs the folder to write');
    writeDist(resolve(args[1]), true);
  } else {
    writeDist(resolve(args[0] ?? join(root, 'dist')));
  }
}
