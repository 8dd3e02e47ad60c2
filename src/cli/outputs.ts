import { redact } from '../jira/secrets.js';
import { terminalSafe } from '../view/terminal.js';
import type { CliContext, Output } from './command.js';

/**
 * The one place the command line's output leaves the process: every write is redacted (no secret in
 * any of its forms) and made safe for a terminal (no ESC, OSC or bidi character from a file or from
 * Jira; the views' own colours only when colour is on, the progress line only on a terminal).
 */
export function terminalOutputs(
  context: Pick<CliContext, 'stdout' | 'stderr' | 'isTTY'>,
  options: { colour: boolean },
): Pick<CliContext, 'stdout' | 'stderr'> {
  const sink = (output: Output, live: boolean): Output => ({
    write: (text) => {
      output.write(terminalSafe(redact(text), { colour: options.colour, live }));
    },
  });
  return { stdout: sink(context.stdout, false), stderr: sink(context.stderr, context.isTTY) };
}
