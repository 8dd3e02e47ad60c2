import { afterAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { SITE_READING_COMMANDS, collectGarbage, heapFlagsFor, tuneHeapFor } from '../../src/util/heap.js';

/**
 * The V8 settings of the commands that read a whole site (src/util/heap.ts): which commands get them,
 * that a user's own node flags win, that this Node knows every flag and applies them at run time, and
 * that both entries (command line and action) set them before the command runs, and only for those
 * commands.
 */

const HEAP_FLAGS = ['--semi-space-growth-factor=1', '--heap-growing-percent=20'];
/** The read-only site commands run in the interpreter only, and with V8's memory-saving heap limits. */
const TIER_FLAG = '--max-opt=0';
const SIZE_FLAG = '--optimize-for-size';
const ALL_FLAGS = [...HEAP_FLAGS, TIER_FLAG, SIZE_FLAG];
const dir = mkdtempSync(join(tmpdir(), 'heap-flags-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const loader = pathToFileURL(join(process.cwd(), 'node_modules/tsx/dist/loader.mjs')).href;

interface Child {
  code: number | null;
  stdout: string;
  stderr: string;
}

function node(args: string[], env: Record<string, string> = {}, cwd = process.cwd()): Promise<Child> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      args,
      { cwd, env: { ...process.env, NODE_OPTIONS: '', NO_COLOR: '1', ...env }, timeout: 60_000 },
      (error, stdout, stderr) => {
        resolve({
          code: error === null ? 0 : typeof error.code === 'number' ? error.code : 1,
          stdout,
          stderr,
        });
      },
    );
  });
}

describe('heapFlagsFor', () => {
  it('gives every site-reading command the heap flags, the read-only ones the tier flag too, no other any', () => {
    for (const command of ['plan', 'drift', 'export', 'access']) {
      expect(heapFlagsFor(command)).toEqual(ALL_FLAGS);
    }
    expect(heapFlagsFor('apply')).toEqual(HEAP_FLAGS);
    expect([...SITE_READING_COMMANDS].sort()).toEqual(['access', 'apply', 'drift', 'export', 'plan']);
    for (const command of ['validate', 'doctor', 'pin', 'sim', 'demo', '--version', '--help', 'plann', '']) {
      expect(heapFlagsFor(command)).toEqual([]);
    }
    expect(heapFlagsFor(undefined)).toEqual([]);
  });

  it("leaves out a flag when the user's node options say the same, in either spelling", () => {
    expect(heapFlagsFor('plan', ['--max-semi-space-size=64'])).toEqual(ALL_FLAGS.slice(1));
    expect(heapFlagsFor('plan', ['--max_semi_space_size=64'])).toEqual(ALL_FLAGS.slice(1));
    expect(heapFlagsFor('plan', ['--heap-growing-percent=50', '--no-liftoff'])).toEqual([
      HEAP_FLAGS[0],
      TIER_FLAG,
      SIZE_FLAG,
    ]);
    expect(heapFlagsFor('apply', ['--enable-source-maps', '--max-old-space-size=4096'])).toEqual(HEAP_FLAGS);
    for (const tier of ['--max-opt=3', '--max_opt=2', '--no-opt', '--turbofan', '--sparkplug', '--jitless']) {
      expect(heapFlagsFor('plan', [tier])).toEqual([...HEAP_FLAGS, SIZE_FLAG]);
    }
    expect(heapFlagsFor('export', ['--no-optimize-for-size'])).toEqual([...HEAP_FLAGS, TIER_FLAG]);
    // A value given apart from its flag is not a flag of its own.
    expect(heapFlagsFor('drift', ['--require', '/opt/hooks/trace.cjs'])).toEqual(ALL_FLAGS);
  });

  it('tuneHeapFor sets the flags it returns, each once, and nothing for other commands', () => {
    const set: string[] = [];
    expect(tuneHeapFor('plan', (flag) => set.push(flag), [])).toEqual(ALL_FLAGS);
    expect(set).toEqual(ALL_FLAGS);
    expect(tuneHeapFor('validate', (flag) => set.push(flag), [])).toEqual([]);
    expect(set).toEqual(ALL_FLAGS);
  });
});

/**
 * A child process that sets a command's flags the way the entries do (after V8 has set up its heap),
 * then keeps 300,000 small objects alive while sampling the young generation's size.
 */
function youngGenerationChild(): string {
  const script = join(dir, 'young.mts');
  const module = pathToFileURL(join(process.cwd(), 'src/util/heap.ts')).href;
  writeFileSync(
    script,
    `import { getHeapSpaceStatistics } from 'node:v8';
import { tuneHeapFor } from '${module}';
const set = tuneHeapFor(process.argv[2], undefined, []);
const youngSize = () => getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0;
let largest = youngSize();
const kept = [];
for (let index = 0; index < 300_000; index++) {
  kept.push({ name: 'grant ' + String(index), ids: [index, index + 1] });
  if (index % 1000 === 0) largest = Math.max(largest, youngSize());
}
console.log(JSON.stringify({ set, largest, kept: kept.length }));
`,
  );
  return script;
}

interface YoungReport {
  set: string[];
  largest: number;
  kept: number;
}

describe('the flags on this Node', () => {
  it('are all known to its V8 and keep the young generation at its initial size', async () => {
    const script = youngGenerationChild();
    const [tuned, untouched] = await Promise.all([
      node(['--import', loader, script, 'plan']),
      node(['--import', loader, script, 'validate']),
    ]);
    // An unknown flag would be reported on stderr ("unrecognized flag") and ignored.
    expect(tuned.stderr).toBe('');
    expect(untouched.stderr).toBe('');
    const withFlags = JSON.parse(tuned.stdout) as YoungReport;
    const without = JSON.parse(untouched.stdout) as YoungReport;
    expect(withFlags.set).toEqual(ALL_FLAGS);
    expect(without.set).toEqual([]);
    // V8's defaults let the young generation double as objects survive (to 2 × 16 MB on 64-bit Node
    // 20); with the growth factor at 1 it stays where it started.
    expect(without.largest).toBeGreaterThanOrEqual(4 * withFlags.largest);
    expect(withFlags.largest).toBeLessThanOrEqual(4 * 1024 * 1024);
  }, 60_000);
});

/**
 * A child process that sets a command's flags the way the entries do, then runs a hot function until
 * V8 reports it optimized (or a few seconds have passed), and says whether it ever was.
 */
function tierChild(): string {
  const script = join(dir, 'tier.mts');
  const module = pathToFileURL(join(process.cwd(), 'src/util/heap.ts')).href;
  writeFileSync(
    script,
    `import { tuneHeapFor } from '${module}';
const set = tuneHeapFor(process.argv[2], undefined, []);
// V8's own status bits (--allow-natives-syntax): 16 is "optimized" (TurboFan or Maglev), 1 << 15
// "baseline code" (Sparkplug).
const status = new Function('f', 'return %GetOptimizationStatus(f)');
function hot(n) { let sum = 0; for (let i = 0; i < n; i++) sum += (i * 7) % 13; return sum; }
const started = Date.now();
let optimized = false;
let baseline = false;
while (!optimized && Date.now() - started < 5000) {
  hot(20_000);
  optimized = (status(hot) & 16) !== 0;
  baseline ||= (status(hot) & (1 << 15)) !== 0;
}
console.log(JSON.stringify({ set, optimized, baseline }));
`,
  );
  return script;
}

describe('the tier flag on this Node', () => {
  it('keeps a hot function of a read-only command out of both compilers, and only there', async () => {
    const script = tierChild();
    const flags = ['--allow-natives-syntax', '--import', loader, script];
    const [plan, apply] = await Promise.all([node([...flags, 'plan']), node([...flags, 'apply'])]);
    expect(plan.stderr).toBe('');
    expect(apply.stderr).toBe('');
    // The read-only command's hot function stays in the interpreter throughout.
    expect(JSON.parse(plan.stdout)).toEqual({ set: ALL_FLAGS, optimized: false, baseline: false });
    expect(JSON.parse(apply.stdout)).toMatchObject({ set: HEAP_FLAGS, optimized: true });
  }, 60_000);
});

/**
 * A child process that sets a command's flags the way the entries do, then turns on V8's GC trace and
 * keeps a rolling window of 40,000-object batches alive (so the old generation fills with what has
 * died since), long enough for several full collections, and prints V8's trace of them.
 */
function collectionsChild(): string {
  const script = join(dir, 'collections.mts');
  const module = pathToFileURL(join(process.cwd(), 'src/util/heap.ts')).href;
  writeFileSync(
    script,
    `import { setFlagsFromString } from 'node:v8';
import { tuneHeapFor } from '${module}';
tuneHeapFor(process.argv[2], undefined, []);
setFlagsFromString('--trace-gc');
setFlagsFromString('--trace-gc-ignore-scavenger');
const window = [];
for (let batch = 0; batch < 120; batch++) {
  const objects = [];
  for (let index = 0; index < 40_000; index++) objects.push({ batch, index, name: 'grant ' + String(index) });
  window.push(objects);
  if (window.length > 8) window.shift();
}
console.log('kept', window.length);
`,
  );
  return script;
}

describe('the heap limits on this Node', () => {
  it("make a read-only command's full collections the memory-reducing kind, and only its", async () => {
    const script = collectionsChild();
    const [plan, apply] = await Promise.all([
      node(['--import', loader, script, 'plan']),
      node(['--import', loader, script, 'apply']),
    ]);
    expect(plan.stderr).toBe('');
    expect(apply.stderr).toBe('');
    const fullCollections = (trace: string): string[] =>
      trace.split('\n').filter((line) => line.includes('Mark-Compact'));
    // V8 marks a collection made while it optimizes for size "(reduce)": the next limit is set at
    // least 2 MB (not 8 MB) above what survived, and emptied pages are released.
    // (V8's memory reducer may make one of the kind later in any process: only the first few are judged.)
    const planFirst = fullCollections(plan.stdout).slice(0, 3);
    const applyFirst = fullCollections(apply.stdout).slice(0, 3);
    expect(planFirst).toHaveLength(3);
    expect(planFirst.every((line) => line.includes('(reduce)'))).toBe(true);
    expect(applyFirst).toHaveLength(3);
    expect(applyFirst.some((line) => line.includes('(reduce)'))).toBe(false);
  }, 60_000);
});

/**
 * A child process that sets a command's flags the way the entries do, lets go of 300,000 objects, asks
 * for a collection, and reports whether one was made, how much of the heap went, and whether V8's gc()
 * was left where other code could find it.
 */
function collectChild(): string {
  const script = join(dir, 'collect.mts');
  const module = pathToFileURL(join(process.cwd(), 'src/util/heap.ts')).href;
  writeFileSync(
    script,
    `import { runInNewContext } from 'node:vm';
import { collectGarbage, tuneHeapFor } from '${module}';
tuneHeapFor(process.argv[2], undefined, []);
let held = [];
for (let index = 0; index < 300_000; index++) held.push({ index, name: 'grant ' + String(index) });
const before = process.memoryUsage().heapUsed;
held = [];
const collected = collectGarbage();
const freed = before - process.memoryUsage().heapUsed;
const again = collectGarbage();
console.log(JSON.stringify({
  collected,
  again,
  freedMB: Math.round(freed / 1048576),
  exposed: typeof globalThis.gc,
  inNewContext: runInNewContext('typeof gc'),
}));
`,
  );
  return script;
}

describe('collectGarbage', () => {
  it("collects at once in the read-only commands, leaving V8's gc() where no other code finds it", async () => {
    const script = collectChild();
    const run = (command: string): Promise<Child> => node(['--import', loader, script, command]);
    const [plan, drift, apply, validate] = await Promise.all([
      run('plan'),
      run('drift'),
      run('apply'),
      run('validate'),
    ]);
    for (const child of [plan, drift, apply, validate]) expect(child.stderr).toBe('');
    for (const readOnly of [plan, drift]) {
      const report = JSON.parse(readOnly.stdout) as Record<string, unknown>;
      expect(report).toMatchObject({
        collected: true,
        again: true,
        exposed: 'undefined',
        inNewContext: 'undefined',
      });
      // 300,000 objects of two fields with a string each: well over 10 MB, gone at once.
      expect(report.freedMB).toBeGreaterThanOrEqual(10);
    }
    for (const other of [apply, validate]) {
      expect(JSON.parse(other.stdout)).toMatchObject({
        collected: false,
        again: false,
        exposed: 'undefined',
      });
    }
  }, 60_000);

  it('does nothing in a process whose command was not tuned (as in these tests)', () => {
    expect(collectGarbage()).toBe(false);
  });
});

/** Records every flag the process sets through `v8.setFlagsFromString`, whatever imported it. */
function recorder(): string {
  const preload = join(dir, 'record-flags.cjs');
  writeFileSync(
    preload,
    `const v8 = require('node:v8');
const { syncBuiltinESMExports } = require('node:module');
const { writeFileSync } = require('node:fs');
const set = [];
const original = v8.setFlagsFromString;
v8.setFlagsFromString = (flag) => { set.push(flag); original(flag); };
syncBuiltinESMExports();
process.on('exit', () => writeFileSync(process.env.FLAGS_OUT, JSON.stringify(set)));
`,
  );
  return preload;
}

describe('the entries', () => {
  const preload = recorder();
  const flagsOf = async (entry: string, args: string[], env: Record<string, string> = {}) => {
    const out = join(dir, `flags-${String(Math.random()).slice(2)}.json`);
    const cwd = mkdtempSync(join(dir, 'cwd-'));
    await node(
      ['--require', preload, '--import', loader, join(process.cwd(), entry), ...args],
      {
        ...env,
        FLAGS_OUT: out,
        // Nowhere to connect to: the commands stop early, after the entry has set (or not) its flags.
        JIRA_BASE_URL: '',
      },
      cwd,
    );
    return JSON.parse(readFileSync(out, 'utf8')) as string[];
  };

  it('the command line sets them for plan and apply (no tier flag), not for validate or --version', async () => {
    const [plan, apply, validate, version] = await Promise.all([
      flagsOf('src/cli/index.ts', ['plan', '--json']),
      flagsOf('src/cli/index.ts', ['apply', '--yes']),
      flagsOf('src/cli/index.ts', ['validate']),
      flagsOf('src/cli/index.ts', ['--version']),
    ]);
    expect(plan).toEqual(ALL_FLAGS);
    expect(apply).toEqual(HEAP_FLAGS);
    expect(validate).toEqual([]);
    expect(version).toEqual([]);
  }, 60_000);

  it('the action sets them for its plan step, not for validate', async () => {
    const summary = join(dir, 'summary.md');
    writeFileSync(summary, '');
    const runner = { GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: join(dir, 'output.txt') };
    const [plan, validate] = await Promise.all([
      flagsOf('src/index.ts', [], { ...runner, INPUT_COMMAND: 'plan' }),
      flagsOf('src/index.ts', [], { ...runner, INPUT_COMMAND: ' validate ' }),
    ]);
    expect(plan).toEqual(ALL_FLAGS);
    expect(validate).toEqual([]);
  }, 60_000);
});
