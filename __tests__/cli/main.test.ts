import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';

import { COMMANDS, runCli, usage } from '../../src/cli/main.js';
import { unexpectedErrorText } from '../../src/cli/unexpected.js';
import { registerSecret } from '../../src/jira/secrets.js';
import { closestMatch, editDistance } from '../../src/util/suggest.js';
import { VERSION } from '../../src/version.js';

function capture() {
  let stdout = '';
  let stderr = '';
  return {
    context: {
      env: {},
      cwd: process.cwd(),
      isTTY: false,
      signal: new AbortController().signal,
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
    },
    out: () => stdout,
    err: () => stderr,
  };
}

describe('command-line dispatcher', () => {
  it('lists every command in --help', async () => {
    const io = capture();
    expect(await runCli(['--help'], io.context)).toBe(0);
    for (const command of COMMANDS) expect(io.out()).toContain(`  ${command.name}`);
    expect(io.out()).toBe(usage());
  });

  it('prints the usage to stderr and exits 1 without a command', async () => {
    const io = capture();
    expect(await runCli([], io.context)).toBe(1);
    expect(io.out()).toBe('');
    expect(io.err()).toBe(usage());
  });

  it('suggests the closest command for a typo and exits 1', async () => {
    const io = capture();
    expect(await runCli(['valdate'], io.context)).toBe(1);
    expect(io.err()).toContain('unknown command "valdate" (did you mean "validate"?)');
  });

  it('prints the package version', async () => {
    const io = capture();
    expect(await runCli(['--version'], io.context)).toBe(0);
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(io.out().trim()).toBe(pkg.version);
    expect(VERSION).toBe(pkg.version);
  });
});

describe('suggestions', () => {
  it('measures edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('suggests only plausible typos', () => {
    expect(closestMatch('BROWSE_PROJECT', ['BROWSE_PROJECTS', 'ADD_COMMENTS'])).toBe('BROWSE_PROJECTS');
    expect(closestMatch('grup', ['group', 'user'])).toBe('group');
    expect(closestMatch('zzzzzz', ['group', 'user'])).toBeUndefined();
  });
});

describe('help', () => {
  it.each(COMMANDS.map((command) => command.name))(
    '%s --help starts with the command name and a one-line purpose, then its usage',
    async (name) => {
      const io = capture();
      expect(await runCli([name, '--help'], io.context)).toBe(0);
      expect(io.out()).toMatch(new RegExp(`^jira-perms ${name}: .+\\n\\nUsage: jira-perms ${name}`));
    },
  );
});

describe('sim options', () => {
  it('refuses a port above 65535 as a usage error, before starting anything', async () => {
    const io = capture();
    expect(await runCli(['sim', '--port', '99999'], io.context)).toBe(1);
    expect(io.err()).toContain('--port needs a port number from 0 to 65535 (got 99999)');
    expect(io.err()).toContain("Run 'jira-perms sim --help'");
    expect(io.out()).toBe('');
  });
});

describe('unexpected errors', () => {
  it('are one readable line without a stack trace or a secret, unless JIRA_PERMS_DEBUG is set', () => {
    registerSecret('super-secret-token-1234');
    const error = new Error('disk full while writing with super-secret-token-1234');
    const plain = unexpectedErrorText(error, {});
    expect(plain).toMatch(/^jira-perms: unexpected error: disk full while writing with \*+/);
    expect(plain).toContain('JIRA_PERMS_DEBUG=1');
    expect(plain).not.toContain('super-secret-token-1234');
    expect(plain).not.toMatch(/\n\s+at /);
    const debug = unexpectedErrorText(error, { JIRA_PERMS_DEBUG: '1' });
    expect(debug).toMatch(/\n\s+at /);
    expect(debug).not.toContain('super-secret-token-1234');
    expect(unexpectedErrorText('thrown text', {})).toContain('unexpected error: thrown text');
  });
});

describe('arguments a command does not take', () => {
  it.each([
    ['plan', ['--jsn'], 'unknown option "--jsn" (did you mean "--json"?)'],
    ['plan', ['jira-permissions'], 'unexpected argument "jira-permissions": this command takes options only'],
    ['apply', ['--alow-delete'], 'unknown option "--alow-delete" (did you mean "--allow-delete"?)'],
    ['apply', ['plan.json'], 'a plan file after --plan'],
    ['demo', ['--markdwn'], 'unknown option "--markdwn" (did you mean "--markdown"?)'],
    ['doctor', ['--jsn'], 'unknown option "--jsn" (did you mean "--json"?)'],
    ['doctor', ['now'], 'unexpected argument "now"'],
    ['sim', ['--prot', '8080'], 'unknown option "--prot" (did you mean "--port"?)'],
  ])('%s %j: exit 1, says what is wrong', async (command, args, message) => {
    const io = capture();
    expect(await runCli([command, ...args], io.context)).toBe(1);
    expect(io.err()).toContain(message);
    expect(io.out()).toBe('');
  });
});
