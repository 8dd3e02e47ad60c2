import type { CliCommand, CliContext } from './command.js';
import { terminalOutputs } from './outputs.js';
import { SUMMARIES, type CommandName } from './summaries.js';
import { closestMatch } from '../util/suggest.js';
import { VERSION } from '../version.js';

/**
 * A command of the command line, by name: its code is loaded only when it runs (or prints its help), so
 * `jira-perms --version` and `--help` load none of it and one command never pays for another's modules.
 */
export interface CommandEntry {
  name: CommandName;
  /** One line for `jira-perms --help`. */
  summary: string;
  load(): Promise<CliCommand>;
}

function entry(name: CommandName, load: () => Promise<CliCommand>): CommandEntry {
  return { name, summary: SUMMARIES[name], load };
}

export const COMMANDS: readonly CommandEntry[] = [
  entry('validate', async () => (await import('./commands/validate.js')).validateCommand),
  entry('plan', async () => (await import('./commands/plan.js')).planCommand),
  entry('apply', async () => (await import('./commands/apply.js')).applyCommand),
  entry('export', async () => (await import('./commands/export.js')).exportCommand),
  entry('pin', async () => (await import('./commands/pin.js')).pinCommand),
  entry('doctor', async () => (await import('./commands/doctor.js')).doctorCommand),
  entry('access', async () => (await import('./commands/access.js')).accessCommand),
  entry('drift', async () => (await import('./commands/drift.js')).driftCommand),
  entry('sim', async () => (await import('./commands/sim.js')).simCommand),
  entry('demo', async () => (await import('./commands/demo.js')).demoCommand),
];

/** Every command's code, loaded (the docs' option tables and the tests of every command's options). */
export function loadCommands(): Promise<CliCommand[]> {
  return Promise.all(COMMANDS.map((command) => command.load()));
}

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
  const found = COMMANDS.find((candidate) => candidate.name === name);
  if (found === undefined) {
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
  const command = await found.load();
  return command.run({ ...context, argv: rest });
}
