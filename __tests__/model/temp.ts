import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Runs `body` in a fresh temporary folder holding `files` (relative path -> text), then removes it. */
export function withTempDir(files: Record<string, string>, body: (cwd: string) => void): void {
  const cwd = mkdtempSync(join(tmpdir(), 'jira-perms-model-'));
  try {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(cwd, path)), { recursive: true });
      writeFileSync(join(cwd, path), text);
    }
    body(cwd);
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
}
