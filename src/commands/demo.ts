import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { errorMessage } from '../jira/errors.js';
import { startSimulator, type Simulator, type SiteData } from '../sim/index.js';
import { jiraFromEnv, type CommandDeps } from './deps.js';
import { runPlan, type PlanResult } from './plan.js';

/**
 * `demo`: plans the example scheme files against the built-in simulator (default seed), so anyone can
 * see a real plan in seconds without a Jira site. The simulator runs in-process on 127.0.0.1 and is
 * stopped before this returns; the plan only ever reads.
 */

export interface DemoOptions {
  /** Scheme folder to plan instead of the bundled examples (relative to the working directory). */
  path?: string | undefined;
  /** Settings file (relative to the working directory) when `path` is given. */
  settingsPath?: string | undefined;
  /** Site to simulate (default: the simulator's default seed). */
  seed?: SiteData;
}

export interface DemoResult {
  /** The plan against the simulator; `failed` when the examples or the simulator were missing. */
  result: PlanResult;
  /** The examples folder planned (absolute), or the given path. */
  examples: string;
  /** Where the simulator listened (it is stopped by now); empty when it did not start. */
  baseUrl: string;
}

/** The `examples/` folder that ships with the package, found from this module's own location. */
export function findExamplesRoot(from: string = dirname(fileURLToPath(import.meta.url))): string | undefined {
  // Sources live in src/commands/, the bundle in dist/cli/: both are two levels below the package
  // root, but look a few levels up so other layouts work too.
  let directory = from;
  for (let level = 0; level < 5; level++) {
    const candidate = join(directory, 'examples');
    if (
      existsSync(join(candidate, '.jira-permissions.yml')) &&
      existsSync(join(candidate, 'jira-permissions'))
    ) {
      return candidate;
    }
    const parent = dirname(directory);
    if (parent === directory) break;
    directory = parent;
  }
  return undefined;
}

/**
 * Plans the examples (or `options.path`) against a simulator started for the occasion. The Jira of
 * `deps` is not used: the demo's Jira is its own simulator, read with a read-only token.
 */
export async function runDemo(options: DemoOptions, deps: CommandDeps): Promise<DemoResult> {
  let cwd: string;
  if (options.path !== undefined) {
    cwd = deps.cwd;
  } else {
    const examples = findExamplesRoot();
    if (examples === undefined) {
      const error =
        'The examples folder that ships with jira-perms was not found next to the program. ' +
        'Pass a scheme folder with --path DIR.';
      return {
        result: { status: 'failed', findings: [], fileCount: 0, error, hasChanges: false, blocked: true },
        examples: '',
        baseUrl: '',
      };
    }
    cwd = examples;
  }
  const examples = options.path === undefined ? cwd : resolve(cwd, options.path);
  let simulator: Simulator;
  try {
    simulator = await startSimulator(options.seed === undefined ? {} : { seed: options.seed });
  } catch (error) {
    const message = `the simulator did not start: ${errorMessage(error)}`;
    return {
      result: {
        status: 'failed',
        findings: [],
        fileCount: 0,
        error: message,
        hasChanges: false,
        blocked: true,
      },
      examples,
      baseUrl: '',
    };
  }
  try {
    const result = await runPlan(
      { path: options.path, settingsPath: options.path === undefined ? undefined : options.settingsPath },
      // A token that may only read: the plan needs nothing more.
      { ...deps, cwd, jira: jiraFromEnv(simulator.env('readOnly')) },
    );
    return { result, examples, baseUrl: simulator.baseUrl };
  } finally {
    await simulator.stop();
  }
}
