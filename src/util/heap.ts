import { setFlagsFromString } from 'node:v8';

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
 * The read-only ones (plan, drift, export, access) also run without V8's optimizing compiler
 * (`--max-opt=1`: the interpreter and the baseline compiler, Sparkplug, only). They wait on Jira for
 * most of their run (at full scale a plan is 20 s of wall time and 5 s of CPU), and TurboFan's share of
 * their memory is large for what it buys there: its code pages in node's binary, and the memory its
 * compile jobs take and glibc keeps, 12–15 MB of a plan's 98–102 MB peak. Without it the hot loops
 * (redaction, splitting Jira's answers) are written to run fast anyway, mostly as RegExps, which are
 * native code at any tier (docs/performance.md, "seventh round"). Apply keeps the optimizing compiler: its writes are timed
 * against a floor process, and its memory has no target of its own.
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
  // Any flag of the user's about the compiler tiers (`--max-opt`, `--no-opt`, `--turbofan`, `--jitless`).
  { flag: '--max-opt=1', overriddenBy: ['opt', 'turbofan', 'jitless'], commands: READ_ONLY_COMMANDS },
];

/** A flag's name as written on a command line: `--max_semi_space_size` and `--max-semi-space-size` alike. */
function namesOf(options: readonly string[]): string[] {
  // Values given apart (`--require /opt/hook.js`) are not flags.
  return options
    .filter((option) => option.startsWith('-'))
    .map((option) => option.replace(/=.*$/, '').replaceAll('_', '-'));
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
      commands.has(command) && !given.some((name) => overriddenBy.some((own) => name.includes(own))),
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
  return flags;
}
