import { runPin } from '../../commands/pin.js';
import { formatPinSummary } from '../../view/pin.js';
import { safeLines } from '../../view/terminal.js';
import type { CommandSpec } from '../arguments.js';
import { cliProgress, defineCommand, type CliCommand } from '../command.js';
import { cliDeps } from '../deps.js';
import { CONNECTION_HELP, FILE_OPTIONS } from './plan.js';
import { SUMMARIES } from '../summaries.js';

const PIN_OPTIONS = [...FILE_OPTIONS] as const;

export const PIN_SPEC: CommandSpec<typeof PIN_OPTIONS> = {
  name: 'pin',
  summary: SUMMARIES.pin,
  description: `Adds an "id: <n>" line under name: in every scheme file that has no id: and whose scheme exists in
Jira (found by name, as plan finds it). A pinned file is bound to its live scheme: renaming the scheme
in the file then renames it in Jira, instead of planning a delete and a create. plan warns at the
name: line of every file pin would change.

Nothing else in a file changes: comments, key order, quoting and line endings stay as they are. Files
whose scheme Jira does not have yet are left alone (apply creates them and prints the id: line to
add; run pin again afterwards). Reads Jira only.`,
  options: PIN_OPTIONS,
  epilogue: `${CONNECTION_HELP}

Examples:
  jira-perms pin && git diff         # review the id: lines, then commit them
  jira-perms pin --path jira-permissions/teams

Exit codes: 0 done (also when nothing needed pinning); 1 a file could not be pinned (listed, with the
reason), the files could not be read, or Jira could not be reached.`,
  positionalHint: 'a scheme folder goes after --path',
};

export const pinCommand: CliCommand = defineCommand(PIN_SPEC, async (options, context) => {
  const { stdout, stderr } = context;
  const progress = cliProgress({ stderr, isTTY: context.isTTY });
  const result = await runPin(
    { path: options.path, settingsPath: options.settings },
    cliDeps(context, progress),
  );
  progress.done();
  if (result.status === 'failed') {
    stderr.write(`jira-perms pin: ${safeLines(result.error ?? 'failed')}\n`);
    return 1;
  }
  stdout.write(formatPinSummary(result));
  return result.refused.length > 0 ? 1 : 0;
});
