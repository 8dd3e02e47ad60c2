/**
 * What the action needs from the runner besides log lines: the inputs' variable names, outputs, the job
 * summary, masking and failing the step. `@actions/core` does the same, but importing it loads its
 * HTTP client (a whole undici) before the action can print its first line; these are the runner's
 * formats, as that package writes them (lib/core.js, lib/file-command.js, lib/summary.js), and nothing
 * else. Every stdout line goes through the one writer, `src/view/workflow.ts`.
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { access, appendFile, constants } from 'node:fs/promises';
import { EOL } from 'node:os';

import { command, log, mask } from '../view/workflow.js';

type Environment = Record<string, string | undefined>;

/** The variable the runner sets for an input: `INPUT_` and the name, spaces as `_`, upper-cased. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** A fresh heredoc delimiter: random, so a value cannot end its own block. */
export function newDelimiter(): string {
  return `ghadelimiter_${randomUUID()}`;
}

/**
 * `name<<DELIMITER`, the value, `DELIMITER`: the runner's multi-line format for output and state files.
 * A name or value that holds the delimiter would end the block early and set other names, so it is
 * refused.
 */
export function keyValueMessage(name: string, value: string, delimiter: string = newDelimiter()): string {
  if (name.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (value.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}`;
}

/**
 * A step output (`steps.<id>.outputs.<name>`), appended to the runner's `GITHUB_OUTPUT` file, which the
 * runner must have created; outside a runner that gives the file, the older stdout command after a line
 * break (as `@actions/core`).
 */
export function setOutput(name: string, value: string, env: Environment = process.env): void {
  const path = env.GITHUB_OUTPUT;
  if (path !== undefined && path !== '') {
    if (!existsSync(path)) throw new Error(`Missing file at path: ${path}`);
    appendFileSync(path, `${keyValueMessage(name, value)}${EOL}`, { encoding: 'utf8' });
    return;
  }
  log('');
  command('set-output', value, [['name', name]]);
}

/**
 * Appends text to the job summary file (`GITHUB_STEP_SUMMARY`) as it is. Like `core.summary.write()`, a
 * missing variable or a file the step cannot read and write is an error (the runner creates the file).
 */
export async function appendSummary(text: string, env: Environment = process.env): Promise<void> {
  const path = env.GITHUB_STEP_SUMMARY;
  if (path === undefined || path === '') {
    throw new Error(
      'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.',
    );
  }
  try {
    await access(path, constants.R_OK | constants.W_OK);
  } catch {
    throw new Error(
      `Unable to access summary file: '${path}'. Check if the file has correct read/write permissions.`,
    );
  }
  await appendFile(path, text, { encoding: 'utf8' });
}

/** Hides a value in the rest of the step's log. */
export function setSecret(secret: string): void {
  mask(secret);
}

/** Fails the step: an error annotation with the message, and exit code 1 when the process ends. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  command('error', message);
}
