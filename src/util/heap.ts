import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * V8 settings for the commands that read a whole Jira site (every scheme with every grant, then one
 * request per project), set by the process's entry before the command's code loads. A command line
 * installed by npm, and the action's `node24` runner, cannot pass node flags; these are the flags V8
 * reads while the process runs (each one is consulted when the heap grows, not only when the heap is
 * set up), so setting them here takes effect. Measured at full scale (1,000 schemes × 60 grants, 3,000
 * projects, 24.8 MB of answers) in docs/performance.md, "Plan's memory, fifth round": the plan's peak
 * resident memory went from about 164 MB to about 110 MB at the same wall time.
 *
 * - `--semi-space-growth-factor=1`: the young generation stays at its initial size (two 1 MB
 *   semi-spaces) instead of doubling up to 2 × 16 MB. What these commands make mostly lives to the end
 *   (the files' grants, the live schemes), so a large young generation only holds it longer before
 *   copying it to the old one. `--max-semi-space-size` would say it directly, but V8 reads that only
 *   when the heap is set up.
 * - `--heap-growing-percent=20`: after a full collection the old generation may grow by 20% of what
 *   survived before the next one (V8 picks 50% to 300% by its own measure; at this scale it let the old
 *   space reach 1.5–2× the live set). A few more full collections, marked concurrently.
 *
 * `--liftoff-only` was the third, while Jira's requests went through undici: its HTTP parser is
 * WebAssembly, and V8's optimizing recompilation of it took 38 MB at once. Jira's transport is node:http
 * now (src/jira/transport.ts), a plan compiles no WebAssembly at all, and its peak was the same with and
 * without the flag (105–107 MB), so it is no longer set. (The action's GitHub calls still use undici's
 * fetch, a few requests per run: too few for V8 to recompile the parser.)
 *
 * The read-only ones (plan, drift, export, access) also run in V8's interpreter only (`--max-opt=0`: no
 * optimizing compiler, and no baseline compiler either). They wait on Jira for most of their run (at
 * full scale a plan is 20 s of wall time and 5 s of CPU), and the compilers' share of their memory is
 * large for what they buy there: TurboFan's code pages in node's binary and the memory its compile jobs
 * take and glibc keeps were 12–15 MB of a plan's 98–102 MB peak (docs/performance.md, "seventh
 * round"), and Sparkplug's machine code another 1–1.5 MB of heap ("eighth round", for about 0.6 s more
 * CPU). The hot loops (redaction, splitting Jira's answers) are written to run fast anyway, mostly as
 * RegExps, which are native code at any tier. Apply keeps every compiler: its writes are timed against
 * a floor process, and its memory has no target of its own.
 *
 * They also run with `--optimize-for-size`, which V8 consults at each full collection: it then sets the
 * old generation's next limit at least 2 MB above what survived, not 8 MB, and releases the pages a
 * collection empties instead of keeping them for later. At full scale a plan's live heap is 15–18 MB
 * for most of the run, so the 8 MB step alone was half as much again, in pages kept to the end
 * (docs/performance.md, "eighth round": peak 84.6 → 82.3 MB, medians of four runs). Apply keeps V8's
 * default here too.
 *
 * Validate and the rest are left at V8's defaults: validate reads no site, and its wall time is
 * measured against a floor process that runs with the defaults.
 */

/** The commands (command line and action) that read a whole site. */
export const SITE_READING_COMMANDS: ReadonlySet<string> = new Set([
  'plan',
  'apply',
  'drift',
  'export',
  'access',
]);

/** The site-reading commands that only read (see the top of this file: no optimizing compiler). */
const READ_ONLY_COMMANDS: ReadonlySet<string> = new Set(['plan', 'drift', 'export', 'access']);

interface HeapFlag {
  /** As passed to V8. */
  flag: string;
  /** A user's own flag that says the same (in NODE_OPTIONS or on node's command line) wins over ours. */
  overriddenBy: readonly string[];
  /** The commands that get it (of {@link SITE_READING_COMMANDS}). */
  commands: ReadonlySet<string>;
}

const SITE_READING_FLAGS: readonly HeapFlag[] = [
  {
    flag: '--semi-space-growth-factor=1',
    overriddenBy: ['semi-space-growth-factor', 'max-semi-space-size', 'semi-space-size'],
    commands: SITE_READING_COMMANDS,
  },
  {
    flag: '--heap-growing-percent=20',
    overriddenBy: ['heap-growing-percent'],
    commands: SITE_READING_COMMANDS,
  },
  // Any flag of the user's about the compiler tiers (`--max-opt`, `--no-opt`, `--turbofan`, `--maglev`,
  // `--sparkplug`, `--jitless`).
  {
    flag: '--max-opt=0',
    overriddenBy: ['opt', 'turbofan', 'maglev', 'sparkplug', 'jitless'],
    commands: READ_ONLY_COMMANDS,
  },
  { flag: '--optimize-for-size', overriddenBy: ['optimize-for-size'], commands: READ_ONLY_COMMANDS },
];

/**
 * Each flag's name as written on a command line, without its dashes and its `no-`:
 * `--max_semi_space_size=64` and `--max-semi-space-size` alike are `max-semi-space-size`.
 */
function namesOf(options: readonly string[]): string[] {
  // Values given apart (`--require /opt/hook.js`) are not flags.
  return options
    .filter((option) => option.startsWith('-'))
    .map((option) =>
      option
        .replace(/=.*$/, '')
        .replaceAll('_', '-')
        .replace(/^-+(no-)?/, ''),
    );
}

/**
 * Whether the user's flag `name` says what `own` does: the same flag, or one ending in it (`max-opt`
 * for `opt`), but not one that merely contains it (`optimize-for-size` is not about `opt`).
 */
function overrides(name: string, own: string): boolean {
  return name === own || name.endsWith(`-${own}`);
}

/**
 * The flags `command` gets, less those the user set a flag of their own for. `userOptions`: node's
 * options as given (`process.execArgv` and NODE_OPTIONS, split on spaces).
 */
export function heapFlagsFor(command: string | undefined, userOptions: readonly string[] = []): string[] {
  if (command === undefined || !SITE_READING_COMMANDS.has(command)) return [];
  const given = namesOf(userOptions);
  return SITE_READING_FLAGS.filter(
    ({ overriddenBy, commands }) =>
      commands.has(command) && !given.some((name) => overriddenBy.some((own) => overrides(name, own))),
  ).map(({ flag }) => flag);
}

/** Node's options as this process was given them. */
export function processNodeOptions(): string[] {
  return [
    ...process.execArgv,
    ...(process.env.NODE_OPTIONS ?? '').split(/\s+/).filter((option) => option !== ''),
  ];
}

/** Sets `command`'s flags in this process (see the top of this file); returns the flags set. */
export function tuneHeapFor(
  command: string | undefined,
  set: (flag: string) => void = setFlagsFromString,
  userOptions: readonly string[] = processNodeOptions(),
): string[] {
  const flags = heapFlagsFor(command, userOptions);
  for (const flag of flags) set(flag);
  collectsOnRequest = command !== undefined && READ_ONLY_COMMANDS.has(command);
  return flags;
}

/** Whether {@link collectGarbage} collects: the read-only site commands, set by {@link tuneHeapFor}. */
let collectsOnRequest = false;
/** V8's full collection, once obtained (undefined: not yet asked for; null: not to be had here). */
let fullCollection: (() => void) | null | undefined;

/**
 * V8's `gc()`: the user's own (`--expose-gc`), or one from a context made while the flag is set for that
 * moment only, so that no other code (a `vm` context of the user's, a test runner's) finds it.
 */
function obtainFullCollection(): (() => void) | null {
  const own: unknown = Reflect.get(globalThis, 'gc');
  if (typeof own === 'function') return () => Reflect.apply(own, globalThis, []) as unknown;
  try {
    setFlagsFromString('--expose-gc');
    const made: unknown = runInNewContext('typeof gc === "function" ? gc : undefined');
    return typeof made === 'function' ? () => Reflect.apply(made, undefined, []) as unknown : null;
  } catch {
    return null;
  } finally {
    setFlagsFromString('--no-expose-gc');
  }
}

/**
 * A full collection now, in the read-only site commands (elsewhere nothing happens; false). For the
 * moments such a command has just let go of much of what it held: a plan asks before resolving (the
 * scheme list's parsing garbage), once the files' grants are resolved, and before printing (src/
 * commands/plan.ts, the command line's and the action's plan). V8 sets the old generation's next limit
 * from what survived the collection before (at least 2 MB above it, with `--optimize-for-size`), and at
 * full scale its own collections fall where the most is held: mid-resolve, when the files' grants, the
 * desired and the live schemes are all there, and after effective access. The heap then grew to pages
 * the process kept to the end. Collected at those moments instead, each limit comes from what the rest
 * of the run holds (docs/performance.md, "eighth round"). One collection takes 10–20 ms at that scale.
 */
export function collectGarbage(): boolean {
  if (!collectsOnRequest) return false;
  fullCollection ??= obtainFullCollection();
  if (fullCollection === null) return false;
  fullCollection();
  return true;
}
