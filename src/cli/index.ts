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

try {
  process.exitCode = await runCli(process.argv.slice(2), {
    env: process.env,
    cwd: process.cwd(),
    stdout: { write: (text) => process.stdout.write(text) },
    stderr: { write: (text) => process.stderr.write(text) },
    isTTY: process.stdout.isTTY,
    signal: controller.signal,
  });
} catch (error) {
  process.stderr.write(unexpectedErrorText(error, process.env));
  process.exitCode = 1;
}
