/** What every command of the command line is given, so commands never touch `process` directly. */
import type { CommandDeps, JiraFactory } from '../commands/deps.js';
import type { OnlineCheck } from '../commands/validate.js';
import { progressView, type ProgressView } from '../view/progress.js';
import {
  parseOptions,
  wantsHelp,
  type CommandSpec,
  type OptionSpec,
  type ParsedOptions,
} from './arguments.js';
import { renderHelp } from './help.js';
import { terminalOutputs } from './outputs.js';

export { terminalOutputs };

export interface Output {
  write(text: string): void;
}

export interface CliContext {
  /** Arguments after the command name. */
  argv: string[];
  env: Record<string, string | undefined>;
  cwd: string;
  stdout: Output;
  stderr: Output;
  /** Colour and progress lines only on a terminal. */
  isTTY: boolean;
  /** Aborted on SIGINT/SIGTERM: long commands stop starting new work. */
  signal: AbortSignal;
  /** Tests: parts of what the commands are given, in place of the real ones. */
  overrides?: CliOverrides;
}

export type CliOverrides = Partial<CommandDeps> & {
  /** validate --online: how names are checked (default: the resolver against Jira). */
  onlineCheck?: OnlineCheck;
};

/** Progress on stderr: a live line on a terminal, a line per step (and every 10 s) in a log. */
export function cliProgress(context: Pick<CliContext, 'stderr' | 'isTTY'>): ProgressView {
  return progressView(
    (text) => {
      context.stderr.write(text);
    },
    { live: context.isTTY },
  );
}

/**
 * What an offline command is given (`validate` without `--online`): the context's folder, signal and
 * progress, and no Jira. Unlike `cliDeps` (deps.ts) it loads nothing of the Jira client (its
 * HTTP layer, connection and transport code), which an offline run never uses.
 */
export function offlineDeps(context: CliContext, progress?: ProgressView): CommandDeps {
  return {
    cwd: context.cwd,
    jira: OFFLINE,
    clock: () => new Date(),
    progress: progress?.report ?? (() => undefined),
    signal: context.signal,
    ...context.overrides,
  };
}

const offline = (): never => {
  throw new Error('this command runs offline: it has no Jira client');
};

/** The Jira of an offline command: asking it for anything is a mistake in the command. */
const OFFLINE: JiraFactory = { connection: offline, reader: offline, writer: offline, prober: offline };

export interface CliCommand {
  name: string;
  /** One line for `jira-perms --help`. */
  summary: string;
  /** The full `jira-perms <name> --help` text, made from `spec`. */
  help: string;
  /** The option table: help, parsing and the docs' option tables come from it. */
  spec: CommandSpec;
  /** Returns the exit code. */
  run(context: CliContext): Promise<number>;
}

/** The one wording of a usage error: what is wrong, then where the options are described. */
export function usageError(context: Pick<CliContext, 'stderr'>, command: string, message: string): 1 {
  context.stderr.write(
    `jira-perms ${command}: ${message}\nRun 'jira-perms ${command} --help' for the options.\n`,
  );
  return 1;
}

/** Whether this run may colour its output: a terminal, and neither --no-color nor NO_COLOR. */
export function useColor(options: { noColor: boolean }, context: Pick<CliContext, 'isTTY'>): boolean {
  return context.isTTY && !options.noColor;
}

/**
 * A command of the command line from its option table and what it does with the parsed options: `--help`
 * and every usage error are handled here, the same way for every command.
 */
export function defineCommand<Options extends readonly OptionSpec[]>(
  spec: CommandSpec<Options>,
  run: (options: ParsedOptions<Options>, context: CliContext) => Promise<number>,
): CliCommand {
  const help = renderHelp(spec);
  return {
    name: spec.name,
    summary: spec.summary,
    help,
    spec,
    run: async (context) => {
      const plain = { ...context, ...terminalOutputs(context, { colour: false }) };
      if (wantsHelp(context.argv)) {
        plain.stdout.write(help);
        return 0;
      }
      const parsed = parseOptions(spec, context.argv, context.env);
      if (!parsed.ok) return usageError(plain, spec.name, parsed.error);
      const colour = useColor(parsed.options, context);
      return run(parsed.options, { ...context, ...terminalOutputs(context, { colour }) });
    },
  };
}
