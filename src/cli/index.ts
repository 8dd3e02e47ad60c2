#!/usr/bin/env node
import { tuneHeapFor } from '../util/heap.js';
import { runCli } from './main.js';
import { unexpectedErrorText } from './unexpected.js';

// Before the command's code loads: the commands that read a whole site run with V8 settings of their
// own (src/util/heap.ts).
tuneHeapFor(process.argv[2]);

const controller = new AbortController();
/** 128 + SIGPIPE, as a shell reports a command whose reader went away (as 130 is 128 + SIGINT). */
const READER_GONE = 141;
// An object, not a `let`: it changes in an event handler, where narrowing cannot see.
const gone = { stdout: false, stderr: false };
let interrupts = 0;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    interrupts += 1;
    // A second interrupt means "now": leave without waiting for the command to wind down.
    if (interrupts > 1) process.exit(130);
    if (!gone.stderr)
      process.stderr.write(`\nReceived ${signal}: finishing the current step, starting nothing new...\n`);
    controller.abort(new Error(`interrupted by ${signal}`));
  });
}

const readerGone = (): boolean => gone.stdout || gone.stderr;
// `jira-perms plan --json | head -1`: once the reader has closed the pipe, each write to the stream
// fails with EPIPE, an 'error' event that nothing else handles (a stack trace). Nobody reads what
// follows: stop writing, end the command as an interrupt would (no new step started, so an apply
// winds down and writes its journal), and exit quietly. Stderr too: the progress lines go there, and
// `apply ... 2>&1 | head -3` closes the pipe under both streams.
for (const name of ['stdout', 'stderr'] as const) {
  process[name].on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    if (gone[name]) return;
    gone[name] = true;
    process.exitCode = READER_GONE;
    controller.abort(new Error('the reader of the output went away'));
  });
}

/** Writes to `name` until its reader has gone; after that the text has nowhere to go. */
const guarded = (name: 'stdout' | 'stderr') => ({
  write: (text: string): void => {
    if (!gone[name]) process[name].write(text);
  },
});

try {
  const code = await runCli(process.argv.slice(2), {
    env: process.env,
    cwd: process.cwd(),
    stdout: guarded('stdout'),
    stderr: guarded('stderr'),
    isTTY: process.stdout.isTTY,
    signal: controller.signal,
  });
  process.exitCode = readerGone() ? READER_GONE : code;
} catch (error) {
  guarded('stderr').write(unexpectedErrorText(error, process.env));
  process.exitCode = readerGone() ? READER_GONE : 1;
}
