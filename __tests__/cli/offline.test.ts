import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

import { offlineDeps } from '../../src/cli/command.js';
import { startSimulator, type Simulator } from '../../src/sim/index.js';
import { testGitEnv } from '../support/git.js';

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

const sims: Simulator[] = [];
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(sims.splice(0).map((sim) => sim.stop()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A git checkout holding one scheme file, and a preload that writes the modules loaded at exit. */
function checkout(): { cwd: string; preload: string } {
  const root = mkdtempSync(join(tmpdir(), 'plan-modules-'));
  dirs.push(root);
  const cwd = join(root, 'repo');
  mkdirSync(join(cwd, 'jira-permissions'), { recursive: true });
  writeFileSync(
    join(cwd, 'jira-permissions/archive.yml'),
    'name: Archive\ngrants:\n  BROWSE_PROJECTS: [projectRole: Administrators]\n  ADMINISTER_PROJECTS: [projectRole: Administrators]\n',
  );
  const env = testGitEnv(root);
  for (const args of [
    ['init', '--quiet'],
    ['add', '.'],
    ['commit', '--quiet', '-m', 'base'],
  ]) {
    execFileSync('git', args, { cwd, env });
  }
  const preload = join(root, 'modules.cjs');
  writeFileSync(
    preload,
    `process.on('exit', () => require('node:fs').writeFileSync(process.env.MODULES_OUT, JSON.stringify(process.moduleLoadList)));\n`,
  );
  return { cwd, preload };
}

/** The built-in modules the bundled command line loaded for `plan ARGS` against `sim`. */
async function modulesOfPlan(sim: Simulator, args: string[]): Promise<Set<string>> {
  const folder = await cliBundle();
  const { cwd, preload } = checkout();
  const out = join(cwd, '..', 'modules.json');
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--require', preload, join(folder, 'index.js'), 'plan', '--json', ...args],
    { cwd, env: { ...process.env, ...sim.env(), NODE_OPTIONS: '', NO_COLOR: '1', MODULES_OUT: out } },
  );
  expect(JSON.parse(stdout)).toMatchObject({ version: 1 });
  const loaded = JSON.parse(readFileSync(out, 'utf8')) as string[];
  return new Set(loaded.filter((name) => name.startsWith('NativeModule ')).map((name) => name.slice(13)));
}

describe('a plan against an http:// Jira', () => {
  it('loads neither node:https nor node:tls, and node:child_process only to read a base ref with git', async () => {
    const sim = await startSimulator();
    sims.push(sim);
    expect(sim.env()['JIRA_BASE_URL']).toMatch(/^http:\/\//);
    const plain = await modulesOfPlan(sim, []);
    expect(plain.has('http')).toBe(true);
    expect(['https', 'tls', 'child_process'].filter((name) => plain.has(name))).toEqual([]);
    const withBase = await modulesOfPlan(sim, ['--base-ref', 'HEAD']);
    expect(['https', 'tls', 'child_process'].filter((name) => withBase.has(name))).toEqual(['child_process']);
  });
});

/**
 * A preload that counts the full collections the process asks V8 for: src/util/heap.ts takes V8's gc()
 * from a `vm` context; the context's answer is wrapped in a counter, written at exit.
 */
function collectionCounter(root: string): string {
  const preload = join(root, 'collections.cjs');
  writeFileSync(
    preload,
    `const vm = require('node:vm');
const { syncBuiltinESMExports } = require('node:module');
let collections = 0;
const original = vm.runInNewContext;
vm.runInNewContext = (...args) => {
  const answer = original(...args);
  return typeof answer === 'function' ? (...rest) => { collections += 1; return answer(...rest); } : answer;
};
syncBuiltinESMExports();
process.on('exit', () => require('node:fs').writeFileSync(process.env.COLLECTIONS_OUT, String(collections)));
`,
  );
  return preload;
}

describe("a plan's full collections", () => {
  it('are asked for before and after resolving and before printing; validate asks for none', async () => {
    const sim = await startSimulator();
    sims.push(sim);
    const folder = await cliBundle();
    const { cwd } = checkout();
    const preload = collectionCounter(join(cwd, '..'));
    const count = async (args: string[]): Promise<{ stdout: string; collections: number }> => {
      const out = join(cwd, '..', `collections-${args[0] ?? ''}.txt`);
      const { stdout } = await promisify(execFile)(
        process.execPath,
        ['--require', preload, join(folder, 'index.js'), ...args],
        { cwd, env: { ...process.env, ...sim.env(), NODE_OPTIONS: '', NO_COLOR: '1', COLLECTIONS_OUT: out } },
      );
      return { stdout, collections: Number(readFileSync(out, 'utf8')) };
    };
    const plan = await count(['plan', '--json']);
    expect(JSON.parse(plan.stdout)).toMatchObject({ version: 1 });
    expect(plan.collections).toBe(3);
    const validate = await count(['validate']);
    expect(validate.collections).toBe(0);
  });
});
