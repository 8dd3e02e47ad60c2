import { runDemo } from '../../commands/demo.js';
import { errorMessage } from '../../jira/errors.js';
import { renderPlanMarkdown } from '../../render/plan-markdown.js';
import type { CliCommand, CliContext } from '../command.js';
import { planExitCode, printPlanResult } from './plan.js';
import { unknownArgument } from '../unknown-argument.js';

const DEMO_OPTIONS = ['--path', '--settings', '--markdown', '--json', '--no-color', '--help'];

const HELP = `jira-perms demo: plan the example scheme files against the built-in Jira simulator

Usage: jira-perms demo [--path DIR] [--settings FILE] [--markdown] [--json] [--no-color]

Starts the local Jira simulator in this process (its default site: a Default, a Software Development
and a Service Management scheme, four projects), plans the example scheme folder that ships with
jira-perms (examples/jira-permissions) against it, prints the plan and stops the simulator.
Nothing outside this process is contacted; the plan only reads, with a read-only token.

Options:
  --path DIR        plan this scheme folder instead of the bundled examples
  --settings FILE   settings file for --path (default: .jira-permissions.yml in the current folder)
  --markdown        print the plan as the pull-request comment would show it
  --json            print the plan JSON (as 'jira-perms plan --json' does)
  --no-color        no colours
  -h, --help        this text

To try the other commands on the same site, run 'jira-perms sim' in another terminal and point
JIRA_BASE_URL and the credentials it prints at it.

Exit codes: 0 the plan was made, 1 it could not be (invalid files, simulator failure).
`;

interface DemoArgs {
  path?: string;
  settingsPath?: string;
  markdown: boolean;
  json: boolean;
  noColor: boolean;
}

function parseDemoArgs(argv: readonly string[]): DemoArgs | { error: string } {
  const args: DemoArgs = { markdown: false, json: false, noColor: false };
  for (let index = 0; index < argv.length; index++) {
    const raw = argv[index] ?? '';
    const [name, inline] =
      raw.startsWith('--') && raw.includes('=')
        ? [raw.slice(0, raw.indexOf('=')), raw.slice(raw.indexOf('=') + 1)]
        : [raw, undefined];
    if (name === '--path' || name === '--settings') {
      const value = inline ?? argv[++index];
      if (value === undefined || value === '' || value.startsWith('--'))
        return { error: `${name} needs a value` };
      if (name === '--path') args.path = value;
      else args.settingsPath = value;
    } else if (inline === undefined && name === '--markdown') args.markdown = true;
    else if (inline === undefined && name === '--json') args.json = true;
    else if (inline === undefined && name === '--no-color') args.noColor = true;
    else return { error: unknownArgument(raw, DEMO_OPTIONS, 'a scheme folder goes after --path') };
  }
  if (args.markdown && args.json) return { error: '--markdown and --json cannot be used together' };
  if (args.settingsPath !== undefined && args.path === undefined) return { error: '--settings needs --path' };
  return args;
}

export const demoCommand: CliCommand = {
  name: 'demo',
  summary: 'plan the example files against the built-in simulator',
  help: HELP,
  run: async (context: CliContext) => {
    const args = parseDemoArgs(context.argv);
    if ('error' in args) {
      context.stderr.write(`jira-perms demo: ${args.error}\nRun 'jira-perms demo --help' for the options.\n`);
      return 1;
    }
    const color = context.isTTY && !args.noColor && (context.env.NO_COLOR ?? '') === '';
    try {
      const demo = await runDemo({
        cwd: context.cwd,
        path: args.path,
        settingsPath: args.settingsPath,
        signal: context.signal,
      });
      if (!args.json && !args.markdown) {
        context.stderr.write(
          `Planning ${demo.examples} against the Jira simulator at ${demo.baseUrl} (default site)\n\n`,
        );
      }
      if (args.markdown && demo.result.plan !== undefined) {
        printPlanResult(
          { ...demo.result, plan: undefined },
          { stdout: context.stdout, stderr: context.stderr },
          { json: false, color: false, notesHint: false },
        );
        context.stdout.write(renderPlanMarkdown(demo.result.plan));
      } else {
        printPlanResult(
          demo.result,
          { stdout: context.stdout, stderr: context.stderr },
          { json: args.json, color, notesHint: false },
        );
      }
      return planExitCode(demo.result, false);
    } catch (error) {
      context.stderr.write(`jira-perms demo: ${errorMessage(error)}\n`);
      return 1;
    }
  },
};
