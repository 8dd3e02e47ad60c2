import { describe, expect, it, jest } from '@jest/globals';
import { execFile } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

import { offlineDeps } from '../../src/cli/command.js';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** ncc's first build after an edit takes about half a minute per entry on the shared machine. */
jest.setTimeout(180_000);

/** The command line's bundle built from the current sources (cached in .tmp/bundles/). */
async function cliBundle(): Promise<string> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [join(ROOT, 'scripts', 'bundle.mjs'), '--cached', 'cli'],
    { cwd: ROOT },
  );
  return stdout.trim();
}

/** The text of every chunk a command's entry loads in the bundle's command table. */
function chunksOf(folder: string, command: string): string {
  const entry = readFileSync(join(folder, 'index.js'), 'utf8');
  const line = entry.split('\n').find((text) => text.includes(`entry('${command}'`));
  expect(line).toBeDefined();
  const ids = [...(line ?? '').matchAll(/__nccwpck_require__\.e\((\d+)\)/g)].map((match) => match[1] ?? '');
  expect(ids.length).toBeGreaterThan(0);
  return ids.map((id) => readFileSync(join(folder, `${id}.index.js`), 'utf8')).join('\n');
}

describe('an offline validate', () => {
  it('loads no Jira client, unlike plan', async () => {
    const folder = await cliBundle();
    const client = /class JiraReadClient\b|class JiraHttp\b/;
    expect(client.test(chunksOf(folder, 'plan'))).toBe(true);
    expect(client.test(chunksOf(folder, 'validate'))).toBe(false);
  });

  it('is given a Jira that refuses to make a client', () => {
    const deps = offlineDeps({
      argv: [],
      env: { JIRA_BASE_URL: 'https://example.atlassian.net' },
      cwd: ROOT,
      stdout: { write: () => undefined },
      stderr: { write: () => undefined },
      isTTY: false,
      signal: new AbortController().signal,
    });
    expect(deps.cwd).toBe(ROOT);
    expect(() => deps.jira.reader()).toThrow('this command runs offline');
    expect(() => deps.jira.connection()).toThrow('this command runs offline');
  });
});

describe("Jira's commands", () => {
  it('reach Jira through node:http: the command line bundles no undici at all', async () => {
    const folder = await cliBundle();
    expect(/class TunnelAgent\b/.test(chunksOf(folder, 'plan'))).toBe(true);
    // undici's HTTP parser (llhttp, WebAssembly) is in every build of it; the action keeps undici for
    // its GitHub calls, the command line has none to load.
    const withUndici = readdirSync(folder)
      .filter((name) => name.endsWith('.js'))
      .filter((name) => readFileSync(join(folder, name), 'utf8').includes('llhttp'));
    expect(withUndici).toEqual([]);
  });
});
