// Fails when dist/ differs from a fresh build of src/: the committed bundle is what GitHub runs. Also
// fails when a JavaScript file of dist/ holds a byte outside ASCII: V8 keeps every loaded file's text
// for the life of the process, as a two-byte string when one character is above U+00FF
// (scripts/slim-bundle.mjs escapes them all).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const fresh = mkdtempSync(join(tmpdir(), 'jira-perms-dist-'));

/** Every file under `root`, as paths relative to `root` (`cli/index.js`, not `index.js` twice). */
function listFiles(root, dir = root) {
  const files = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...listFiles(root, path));
    else files.push(relative(root, path));
  }
  return files.sort();
}

try {
  execFileSync(process.execPath, [join(root, 'scripts', 'bundle.mjs'), fresh], { stdio: 'inherit' });
  const committed = join(root, 'dist');
  const want = listFiles(fresh);
  const have = listFiles(committed);
  const problems = [];
  for (const file of want) {
    if (!have.includes(file)) problems.push(`missing from dist/: ${file}`);
    else if (!readFileSync(join(fresh, file)).equals(readFileSync(join(committed, file))))
      problems.push(`out of date: dist/${file}`);
  }
  for (const file of have) if (!want.includes(file)) problems.push(`not produced by the build: dist/${file}`);
  for (const file of have.filter((file) => /\.[cm]?js$/.test(file))) {
    const at = readFileSync(join(committed, file)).findIndex((byte) => byte > 0x7f);
    if (at !== -1)
      problems.push(
        `a byte outside ASCII at offset ${at} of dist/${file} (V8 would hold it as two bytes a character)`,
      );
  }
  if (problems.length > 0) {
    console.error(`dist/ does not match a fresh build of src/:\n  ${problems.join('\n  ')}`);
    console.error("Run 'npm run bundle' and commit dist/.");
    process.exit(1);
  }
  console.log(`dist/ is up to date (${want.length} files).`);
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
