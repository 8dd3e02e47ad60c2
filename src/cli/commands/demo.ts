import { runDemo } from '../../commands/demo.js';
import type { CommandSpec, OptionSpec } from '../arguments.js';
import { defineCommand, usageError, useColor, type CliCommand } from '../command.js';
import { cliDeps } from '../deps.js';
import { planExitCode, printPlanResult } from './plan.js';
import { SUMMARIES } from '../summaries.js';

const DEMO_OPTIONS = [
  {
    name: 'path',
    type: 'string',
    valueName: 'DIR',
    help: 'plan this scheme folder instead of the bundled examples',
  },
  {
    name: 'settings',
    type: 'string',
    valueName: 'FILE',
    help: 'settings file for --path',
    defaultText: '.jira-permissions.yml in the current folder',
  },
  { name: 'markdown', type: 'boolean', help: 'print the plan as the pull-request comment would show it' },
  { name: 'json', type: 'boolean', help: "print the plan JSON (as 'jira-perms plan --json' does)" },
] as const satisfies readonly OptionSpec[];

export const DEMO_SPEC: CommandSpec<typeof DEMO_OPTIONS> = {
  name: 'demo',
  summary: SUMMARIES.demo,
  description: `Starts the local Jira simulator in this process (its default site: a Default, a Software Development
and a Service Management scheme, four projects), plans the example scheme folder that ships with
jira-perms (examples/jira-permissions) against it, prints the plan and stops the simulator.
Nothing outside this process is contacted; the plan only reads, with a read-only token.`,
  options: DEMO_OPTIONS,
  epilogue: `To try the other commands on the same site, run 'jira-perms sim' in another terminal and point
JIRA_BASE_URL and the credentials it prints at it.

Exit codes: 0 the plan was made, 1 it could not be (invalid files, simulator failure).`,
  positionalHint: 'a scheme folder goes after --path',
};

export const demoCommand: CliCommand = defineCommand(DEMO_SPEC, async (options, context) => {
  if (options.markdown && options.json) {
    return usageError(context, 'demo', '--markdown and --json cannot be used together');
  }
  if (options.settings !== undefined && options.path === undefined) {
    return usageError(context, 'demo', '--settings needs --path');
  }
  const demo = await runDemo({ path: options.path, settingsPath: options.settings }, cliDeps(context));
  if (!options.json && !options.markdown && demo.baseUrl !== '') {
    context.stderr.write(
      `Planning ${demo.examples} against the Jira simulator at ${demo.baseUrl} (default site)\n\n`,
    );
  }
  printPlanResult(
    demo.result,
    { stdout: context.stdout, stderr: context.stderr },
    {
      format: options.json ? 'json' : options.markdown ? 'markdown' : 'text',
      color: useColor(options, context),
      notesHint: false,
    },
  );
  return planExitCode(demo.result, false);
});
