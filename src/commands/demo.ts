import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { startSimulator, type SiteData } from '../sim/index.js';
import { runPlan, type PlanOptions, type PlanResult } from './plan.js';

/**
 * `demo`: plans the example scheme files against the built-in simulator (default seed), so anyone can
 * see a real plan in seconds without a Jira site. The simulator runs in-process on 127.0.0.1 and is
 * stopped before this returns; the plan only ever reads.
 */

export interface DemoOptions {
  /** Working directory for a `path` given on the command line. */
  cwd: string;
  /** Scheme folder to plan instead of the bundled examples (relative to cwd). */
  path?: string | undefined;
  /** Settings file (relative to cwd) when `path` is given. */
  settingsPath?: string | undefined;
  /** Site to simulate (default: the simulator's default seed). */
  seed?: SiteData;
  signal?: AbortSignal;
  onProgress?: PlanOptions['onProgress'];
}

export interface DemoResult {
  result: PlanResult;
  /** The examples folder planned (absolute), or the given path. */
  examples: string;
  /** Where the simulator listened (it is stopped by now). */
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

export async function runDemo(options: DemoOptions): Promise<DemoResult> {
  let cwd: string;
  let path: string | undefined;
  let settingsPath: string | undefined;
  if (options.path !== undefined) {
    cwd = options.cwd;
    path = options.path;
    settingsPath = options.settingsPath;
  } else {
    const examples = findExamplesRoot();
    if (examples === undefined) {
      throw new Error(
        'The examples folder that ships with jira-perms was not found next to the program. ' +
          'Pass a scheme folder with --path DIR.',
      );
    }
    cwd = examples;
  }
  const simulator = await startSimulator(options.seed === undefined ? {} : { seed: options.seed });
  try {
    const result = await runPlan({
      cwd,
      path,
      settingsPath,
      // A token that may only read: the plan needs nothing more.
      env: simulator.env('readOnly'),
      ...(options.signal === undefined ? {} : { signal: options.signal }),
      ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
    });
    return { result, examples: path === undefined ? cwd : resolve(cwd, path), baseUrl: simulator.baseUrl };
  } finally {
    await simulator.stop();
  }
}
