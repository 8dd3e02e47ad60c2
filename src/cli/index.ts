#!/usr/bin/env node
import { runCli } from './main.js';
import { unexpectedErrorText } from './unexpected.js';

const controller = new AbortController();
let interrupts = 0;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    interrupts += 1;
    // A second interrupt means "now": leave without waiting for the command to wind down.
    if (interrupts > 1) process.exit(130);
    process.stderr.write(`\nReceived ${signal}: finishing the current step, starting nothing new...\n`);
    controller.abort(new Error(`interrupted by ${signal}`));
  });
}

/** 128 + SIGPIPE, as a shell reports a command whose reader went away (as 130 is 128 + SIGINT). */
const READER_GONE = 141;
// An object, not a `let`: it changes in an event handler, where narrowing cannot see.
const stdout = { readerGone: false };
// `jira-perms plan --json | head -1`: once the reader has closed the pipe, each write to stdout fails
// with EPIPE, an 'error' event that nothing else handles (a stack trace). Nobody reads what follows:
// stop writing, end the command as an interrupt would (no new step started), and exit quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  if (stdout.readerGone) return;
  stdout.readerGone = true;
  process.exitCode = READER_GONE;
  controller.abort(new Error('the reader of the output went away'));
});

try {
  const code = await runCli(process.argv.slice(2), {
    env: process.env,
    cwd: process.cwd(),
    stdout: {
      write: (text) => {
        if (!stdout.readerGone) process.stdout.write(text);
      },
    },
    stderr: { write: (text) => process.stderr.write(text) },
    isTTY: process.stdout.isTTY,
    signal: controller.signal,
  });
  process.exitCode = stdout.readerGone ? READER_GONE : code;
} catch (error) {
  process.stderr.write(unexpectedErrorText(error, process.env));
  process.exitCode = stdout.readerGone ? READER_GONE : 1;
}
