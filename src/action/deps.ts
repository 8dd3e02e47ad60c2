/**
 * What the commands are given in the action. Apart from `runner.ts` (the step log, outputs, summary),
 * because it brings the Jira client: a step loads it with the command's code, after its first line.
 */
import { commandDeps, type CommandDeps } from '../commands/deps.js';
import type { ProgressView } from '../view/progress.js';
import type { StepContext } from './runner.js';

/**
 * The workspace, the Jira connection from the inputs, the run's cancellation, and progress as log
 * lines (a line per step, one at least every 10 seconds).
 */
export function actionDeps(context: StepContext, progress?: ProgressView): CommandDeps {
  return commandDeps({
    cwd: context.workspace,
    env: context.env,
    signal: context.signal,
    ...(progress === undefined ? {} : { progress: progress.report }),
  });
}
