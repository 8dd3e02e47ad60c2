/** What the commands that may reach Jira are given; an offline command takes `offlineDeps` (command.ts). */
import { commandDeps, type CommandDeps } from '../commands/deps.js';
import type { ProgressView } from '../view/progress.js';
import type { CliContext } from './command.js';

/** What a command of the command line is given: the context's folder, environment, signal and progress. */
export function cliDeps(context: CliContext, progress?: ProgressView): CommandDeps {
  return {
    ...commandDeps({
      cwd: context.cwd,
      env: context.env,
      signal: context.signal,
      ...(progress === undefined ? {} : { progress: progress.report }),
    }),
    ...context.overrides,
  };
}
