/** What every command of the command line is given, so commands never touch `process` directly. */
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
}

export interface CliCommand {
  name: string;
  /** One line for `jira-perms --help`. */
  summary: string;
  /** The full `jira-perms <name> --help` text. */
  help: string;
  /** Returns the exit code. */
  run(context: CliContext): Promise<number>;
}
