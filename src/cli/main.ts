import { terminalOutputs, type CliCommand, type CliContext } from './command.js';
import { accessCommand } from './commands/access.js';
import { applyCommand } from './commands/apply.js';
import { demoCommand } from './commands/demo.js';
import { doctorCommand } from './commands/doctor.js';
import { exportCommand } from './commands/export.js';
import { pinCommand } from './commands/pin.js';
import { planCommand } from './commands/plan.js';
import { simCommand } from './commands/sim.js';
import { validateCommand } from './commands/validate.js';
import { closestMatch } from '../util/suggest.js';
import { VERSION } from '../version.js';

export const COMMANDS: readonly CliCommand[] = [
  validateCommand,
  planCommand,
  applyCommand,
  exportCommand,
  pinCommand,
  doctorCommand,
  accessCommand,
  simCommand,
  demoCommand,
];

export function usage(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  const lines = COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return [
    'jira-perms: Jira permission schemes as code',
    '',
    'Usage: jira-perms <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Connection (plan, apply, export, doctor, validate --online), from the environment:',
    '  JIRA_BASE_URL      site URL (https://example.atlassian.net), api.atlassian.com/ex/jira/{cloudId}, or Data Center URL',
    '  JIRA_EMAIL + JIRA_API_TOKEN   basic auth, or',
    '  JIRA_BEARER_TOKEN  OAuth 2.0 access token or Data Center personal access token',
    '  JIRA_API_VERSION   3 (Cloud, default) or 2 (Data Center)',
    '',
    "Run 'jira-perms <command> --help' for a command's options.",
    '',
  ].join('\n');
}

/** Dispatches to a command; returns the exit code. */
export async function runCli(args: string[], context: Omit<CliContext, 'argv'>): Promise<number> {
  const [name, ...rest] = args;
  // The dispatcher's own words go out through the same sinks as every command's.
  const { stdout, stderr } = terminalOutputs(context, { colour: false });
  if (name === undefined) {
    // No command is a usage error: the usage goes to stderr with exit 1, so scripts see the mistake.
    stderr.write(usage());
    return 1;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    stdout.write(usage());
    return 0;
  }
  if (name === '--version' || name === '-v') {
    stdout.write(`${VERSION}\n`);
    return 0;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (command === undefined) {
    const suggestion = closestMatch(
      name,
      COMMANDS.map((candidate) => candidate.name),
    );
    stderr.write(
      `jira-perms: unknown command "${name}"${suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`}\n` +
        "Run 'jira-perms --help' for the list of commands.\n",
    );
    return 1;
  }
  return command.run({ ...context, argv: rest });
}
