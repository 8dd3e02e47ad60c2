import { afterEach, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { runCli } from '../../src/cli/main.js';
import { parseOptions } from '../../src/cli/arguments.js';
import { EXPORT_SPEC } from '../../src/cli/commands/export.js';
import { temporaryDir, withSimulator } from './helpers.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function capture(cwd: string, env: Record<string, string>, isTTY = false) {
  let stdout = '';
  let stderr = '';
  return {
    context: {
      env,
      cwd,
      isTTY,
      signal: new AbortController().signal,
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
    },
    out: () => stdout,
    err: () => stderr,
  };
}

function workspace(): string {
  const temporary = temporaryDir();
  cleanups.push(temporary.remove);
  return temporary.dir;
}

describe('jira-perms export (command line)', () => {
  it('has complete --help', async () => {
    const io = capture(workspace(), {});
    expect(await runCli(['export', '--help'], io.context)).toBe(0);
    for (const text of [
      '--out DIR',
      '--scheme NAME',
      '--force',
      'JIRA_BASE_URL',
      '.jira-permissions.yml',
      'Exit codes',
    ]) {
      expect(io.out()).toContain(text);
    }
  });

  it.each([
    [['--out'], '--out needs a value (--out DIR)'],
    [['--scheme', '--force'], '--scheme needs a value (--scheme NAME)'],
    [['--froce'], 'unknown option "--froce" (did you mean "--force"?)'],
    [
      ['Default'],
      'unexpected argument "Default": this command takes options only (scheme names go after --scheme)',
    ],
    [['--out', 'a', '--out', 'b'], '--out given twice'],
    [['--force=yes'], '--force takes no value'],
  ])('refuses %j with a clear message', async (argv, message) => {
    expect(parseOptions(EXPORT_SPEC, argv)).toEqual({ ok: false, error: expect.stringContaining(message) });
    const io = capture(workspace(), {});
    expect(await runCli(['export', ...argv], io.context)).toBe(1);
    expect(io.err()).toContain(message);
  });

  it('reads --out=, repeated --scheme and --force', () => {
    expect(parseOptions(EXPORT_SPEC, ['--out=perms', '--scheme', 'A B', '--scheme=C', '--force'])).toEqual({
      ok: true,
      options: {
        out: 'perms',
        scheme: ['A B', 'C'],
        force: true,
        schemas: false,
        noColor: false,
        help: false,
      },
    });
  });

  it('says what is missing when the connection is not configured, and writes nothing', async () => {
    const cwd = workspace();
    const io = capture(cwd, {});
    expect(await runCli(['export'], io.context)).toBe(1);
    expect(io.err()).toContain('JIRA_BASE_URL');
    expect(existsSync(path.join(cwd, 'jira-permissions'))).toBe(false);
  });

  it('exports, prints a summary, and shows progress: a live line on a terminal, a line per step in a log', async () => {
    await withSimulator(undefined, async (sim) => {
      const cwd = workspace();
      const plain = capture(cwd, sim.env());
      expect(await runCli(['export', '--out', 'perms'], plain.context)).toBe(0);
      expect(plain.out()).toContain('Exported 4 permission schemes to perms/:');
      expect(plain.out()).toMatch(
        /perms\/software-development\.yml +Software Development \(10000\), \d+ grants/,
      );
      expect(plain.out()).toContain(
        'Wrote .jira-permissions.yml:\n  customPermissions: 2 app-defined permission keys',
      );
      // The settings file keeps the default severities; what Jira already breaks is listed instead.
      expect(readFileSync(path.join(cwd, '.jira-permissions.yml'), 'utf8')).not.toContain('rules');
      expect(plain.out()).toContain(
        'The exported schemes break lint rules where Jira does: jira-perms validate will report 1 error and 0 warnings:\n' +
          '  perms/archived-projects-unused.yml:',
      );
      expect(plain.out()).toMatch(
        /\n {2}perms\/archived-projects-unused\.yml:\d+:\d+ {2}error {2}nobody can administer .* {2}admin-required\n/,
      );
      expect(plain.out()).toContain('jira-perms plan reports these errors as already live');
      expect(plain.out()).toContain('Next: jira-perms plan (it should report no changes');
      // The round trip: plan gives no change and exits 0 (also with --detailed-exitcode), listing the
      // error as already live; validate, which judges the files alone, still fails on it.
      const planned = capture(cwd, sim.env());
      expect(await runCli(['plan', '--detailed-exitcode'], planned.context)).toBe(0);
      expect(planned.out()).toContain('No changes. Jira matches the files.');
      expect(planned.out()).toMatch(
        /perms\/archived-projects-unused\.yml:\d+:\d+ {2}error \(already live, not blocking\) .* {2}admin-required/,
      );
      const validated = capture(cwd, {});
      expect(await runCli(['validate'], validated.context)).toBe(1);
      expect(validated.out()).toMatch(/archived-projects-unused\.yml:\d+:\d+ {2}error {2}.*admin-required/);
      expect(plain.err().split('\n')).toEqual([
        'Reading permission schemes, names and projects from Jira...',
        'Exporting schemes: 1 of 4',
        'Writing files: 1 of 4',
        '',
      ]);
      expect(readFileSync(path.join(cwd, 'perms', 'software-development.yml'), 'utf8')).toContain(
        'name: Software Development',
      );

      const terminal = capture(workspace(), sim.env(), true);
      expect(await runCli(['export'], terminal.context)).toBe(0);
      expect(terminal.err()).toContain('\r\x1b[2KExporting schemes: 4 of 4');
      expect(terminal.err().endsWith('\r\x1b[2K')).toBe(true);
    });
  });

  it('on Data Center: default severities, the findings listed, and plan --detailed-exitcode exits 0', async () => {
    await withSimulator(
      undefined,
      async (sim) => {
        const cwd = workspace();
        const exported = capture(cwd, sim.env());
        expect(await runCli(['export'], exported.context)).toBe(0);
        expect(readFileSync(path.join(cwd, '.jira-permissions.yml'), 'utf8')).not.toContain('rules');
        // Groups have no ids here, so the files name them: prefer-group-id warns (its default).
        expect(exported.out()).toMatch(
          /jira-perms validate will report 1 error and \d+ warnings:\n {2}jira-permissions\/archived-projects-unused\.yml:\d+:\d+ {2}error {2}.* {2}admin-required\n/,
        );
        expect(exported.out()).toMatch(
          /\.yml:\d+:\d+ {2}warning {2}group ".*" is given by name only .* {2}prefer-group-id\n/,
        );

        const planned = capture(cwd, sim.env());
        expect(await runCli(['plan', '--detailed-exitcode'], planned.context)).toBe(0);
        expect(planned.out()).toContain('No changes. Jira matches the files.');
        expect(planned.out()).toContain('error (already live, not blocking)');
        expect(planned.out()).not.toContain('Blocked by');
        const validated = capture(cwd, {});
        expect(await runCli(['validate'], validated.context)).toBe(1);
      },
      { flavour: 'datacenter' },
    );
  });

  it('fails with the diagnosis when Jira refuses the credential, writes nothing and never prints the token', async () => {
    await withSimulator(undefined, async (sim) => {
      const cwd = workspace();
      const token = 'not-the-right-token-5f2b8a3c';
      const io = capture(cwd, { ...sim.env(), JIRA_API_TOKEN: token });
      expect(await runCli(['export'], io.context)).toBe(1);
      expect(io.err()).toContain('401');
      expect(`${io.out()}${io.err()}`).not.toContain(token);
      expect(`${io.out()}${io.err()}`).not.toContain(
        Buffer.from(`${sim.env().JIRA_EMAIL ?? ''}:${token}`).toString('base64'),
      );
      expect(existsSync(path.join(cwd, 'jira-permissions'))).toBe(false);
    });
  });

  it('refuses to overwrite, listing the files, exits 1, and never prints the token', async () => {
    await withSimulator(undefined, async (sim) => {
      const cwd = workspace();
      const env = sim.env();
      expect(await runCli(['export'], capture(cwd, env).context)).toBe(0);
      const again = capture(cwd, env);
      expect(await runCli(['export', '--scheme', 'Software Development'], again.context)).toBe(1);
      expect(again.err()).toContain('export would overwrite a file that exists; nothing was written:');
      expect(again.err()).toContain('  jira-permissions/software-development.yml');
      expect(again.err()).toContain('--force');
      const forced = capture(cwd, env);
      expect(await runCli(['export', '--scheme', 'Software Development', '--force'], forced.context)).toBe(0);
      expect(forced.out()).toContain(', replaced');
      const token = env.JIRA_API_TOKEN ?? '';
      expect(token.length).toBeGreaterThan(5);
      for (const text of [again.out(), again.err(), forced.out(), forced.err()])
        expect(text).not.toContain(token);
    });
  });
});
