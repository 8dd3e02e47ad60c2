// Builds the two bundles GitHub and npm users run: the action (dist/index.js) and the command line
// (dist/cli/index.js). `node scripts/bundle.mjs OUTDIR` builds into another folder (used by check-dist).
import { execFileSync } from 'node:child_process';
import { chmodSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const out = resolve(process.argv[2] ?? join(root, 'dist'));
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

rmSync(out, { recursive: true, force: true });
const entries = [
  ['src/index.ts', out],
  ['src/cli/index.ts', join(out, 'cli')],
];
for (const [entry, target] of entries) {
  execFileSync(
    process.execPath,
    [ncc, 'build', join(root, entry), '-o', target, '--license', 'licenses.txt', '-q'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
}
chmodSync(join(out, 'cli', 'index.js'), 0o755);
