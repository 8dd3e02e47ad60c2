/**
 * The last line of defence of the command line: an error no command turned into a message (a bug, or
 * something the commands do not foresee, like a full disk) is printed as one readable line, never as a
 * stack trace unless asked for, and never with a secret in it.
 */
import { redact } from '../jira/secrets.js';
import { safeLines } from '../view/terminal.js';

export const DEBUG_VARIABLE = 'JIRA_PERMS_DEBUG';

export function unexpectedErrorText(error: unknown, env: Record<string, string | undefined>): string {
  const message = error instanceof Error ? error.message : String(error);
  const debug =
    env[DEBUG_VARIABLE] !== undefined && env[DEBUG_VARIABLE] !== '' && env[DEBUG_VARIABLE] !== '0';
  const lines = [`jira-perms: unexpected error: ${message}`];
  if (debug && error instanceof Error && error.stack !== undefined) {
    lines.push(error.stack);
  } else {
    lines.push(
      `Nothing more was done. Run again with ${DEBUG_VARIABLE}=1 for the details, and please report it ` +
        'if it looks like a bug in jira-perms.',
    );
  }
  return `${safeLines(redact(lines.join('\n')))}\n`;
}
