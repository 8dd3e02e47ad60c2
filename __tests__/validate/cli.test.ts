import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { validateCommand } from '../../src/cli/commands/validate.js';
import { runCli } from '../../src/cli/main.js';
import type { CliContext } from '../../src/cli/command.js';
import type { LoadedProject } from '../../src/config/load.js';
import type { Finding } from '../../src/model/finding.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures');

function context(argv: string[], env: Record<string, string | undefined> = {}) {
  let stdout = '';
  let stderr = '';
  const value: CliContext = {
    argv,
    env,
    cwd: fixtures,
    isTTY: false,
    signal: new AbortController().signal,
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  };
  return { value, out: () => stdout, err: () => stderr };
}

describe('jira-perms validate', () => {
  it('exits 0 when there are only warnings and notes', async () => {
    const io = context(['--path', 'valid/all-permissions.yml']);
    expect(await validateCommand.run(io.value)).toBe(0);
    expect(io.out()).toContain(
      'valid/all-permissions.yml:12:3  info  MANAGE_SPRINTS_PERMISSION only has an effect on sites with Jira Software  product-permission',
    );
    expect(io.out().trimEnd().split('\n').at(-1)).toBe('0 errors, 0 warnings, 3 notes in 1 file');
    expect(io.err()).toBe('');
  });

  it('exits 1 on errors, printing each with its place, fix and rule', async () => {
    const io = context(['--path=invalid/holder-typo.yml']);
    expect(await validateCommand.run(io.value)).toBe(1);
    expect(io.out()).toBe(
      [
        'invalid/holder-typo.yml:5:7  error  holder "grup" is not a holder type — did you mean "group"?  schema',
        '    Holder types: anyone, applicationRole, assignee, group, groupCustomField, projectLead, projectRole, reporter, sd.customer.portal.only, user, userCustomField.',
        '',
        '1 error, 0 warnings in 1 file',
        '',
      ].join('\n'),
    );
  });

  it('prints JSON and SARIF', async () => {
    const json = context(['--path', 'invalid/holder-typo.yml', '--format', 'json']);
    expect(await validateCommand.run(json.value)).toBe(1);
    expect(JSON.parse(json.out())).toMatchObject({
      version: 1,
      summary: { errors: 1, warnings: 0, notes: 0, files: 1 },
      findings: [{ file: 'invalid/holder-typo.yml', line: 5, column: 7, ruleId: 'schema' }],
    });
    const sarif = context(['--path', 'invalid/holder-typo.yml', '--format', 'sarif']);
    expect(await validateCommand.run(sarif.value)).toBe(1);
    expect(JSON.parse(sarif.out())).toMatchObject({
      version: '2.1.0',
      runs: [{ results: [{ ruleId: 'schema' }] }],
    });
  });

  it('colours severities on a terminal, unless NO_COLOR or --no-color', async () => {
    const tty = context(['--path', 'invalid/holder-typo.yml']);
    tty.value.isTTY = true;
    await validateCommand.run(tty.value);
    expect(tty.out()).toContain('\u001b[31merror\u001b[0m');
    const noColor = context(['--path', 'invalid/holder-typo.yml'], { NO_COLOR: '1' });
    noColor.value.isTTY = true;
    await validateCommand.run(noColor.value);
    expect(noColor.out()).not.toContain('\u001b[');
    const flag = context(['--path', 'invalid/holder-typo.yml', '--no-color']);
    flag.value.isTTY = true;
    await validateCommand.run(flag.value);
    expect(flag.out()).not.toContain('\u001b[');
  });

  it('uses the settings file given with --settings', async () => {
    const io = context(['--path', 'valid/all-permissions.yml', '--settings', 'missing.yml']);
    expect(await validateCommand.run(io.value)).toBe(1);
    expect(io.out()).toContain(
      'missing.yml:1:1  error  the file could not be read: it does not exist  settings',
    );
  });

  it('refuses unknown options and formats, suggesting the right one', async () => {
    const option = context(['--fromat', 'json']);
    expect(await validateCommand.run(option.value)).toBe(1);
    expect(option.err()).toContain('unknown option "--fromat" (did you mean "--format"?)');
    const format = context(['--format', 'sarf']);
    expect(await validateCommand.run(format.value)).toBe(1);
    expect(format.err()).toContain('unknown format "sarf" (did you mean "sarif"?): use text, json or sarif');
    const missing = context(['--path']);
    expect(await validateCommand.run(missing.value)).toBe(1);
    expect(missing.err()).toContain('--path needs a value');
    expect(option.out()).toBe('');
  });

  it('--online says what it needs when the connection is not configured', async () => {
    const io = context(['--online', '--path', 'valid']);
    expect(await validateCommand.run(io.value)).toBe(1);
    expect(io.err()).toContain(
      'validate --online needs JIRA_BASE_URL and JIRA_EMAIL + JIRA_API_TOKEN (or JIRA_BEARER_TOKEN)',
    );
    expect(io.out()).toBe('');
  });

  it('--online runs the installed check after the offline checks and merges its findings', async () => {
    const seen: LoadedProject[] = [];
    const env = { JIRA_BASE_URL: 'https://example.atlassian.net', JIRA_BEARER_TOKEN: 'secret-token' };
    const onlineCheck = (project: LoadedProject): Promise<{ findings: Finding[] }> => {
      seen.push(project);
      return Promise.resolve({
        findings: [
          {
            file: project.schemes[0]!.file,
            line: 3,
            column: 7,
            severity: 'error',
            ruleId: 'unresolved-role',
            message: `project role "Administrators" does not exist in ${env.JIRA_BASE_URL}`,
          },
        ],
      });
    };
    const io = context(['--online', '--path', 'valid/all-permissions.yml'], env);
    io.value.overrides = { onlineCheck };
    expect(await validateCommand.run(io.value)).toBe(1);
    expect(seen).toHaveLength(1);
    expect(io.out()).toContain(
      'valid/all-permissions.yml:3:7  error  project role "Administrators" does not exist in https://example.atlassian.net  unresolved-role',
    );
    expect(io.out()).not.toContain('secret-token');
  });

  it('--online is skipped, and says so, when no file can be read', async () => {
    let called = false;
    const io = context(['--online', '--path', 'invalid/holder-typo.yml'], {
      JIRA_BASE_URL: 'https://example.atlassian.net',
      JIRA_BEARER_TOKEN: 't',
    });
    io.value.overrides = {
      onlineCheck: () => {
        called = true;
        return Promise.resolve({ findings: [] });
      },
    };
    expect(await validateCommand.run(io.value)).toBe(1);
    expect(called).toBe(false);
    expect(io.err()).toContain('--online skipped: fix the errors below first');
    expect(io.out()).toContain('holder "grup" is not a holder type');
  });

  it('--online reports a failing check without a stack trace', async () => {
    const io = context(['--online', '--path', 'valid/all-permissions.yml'], {
      JIRA_BASE_URL: 'https://example.atlassian.net',
      JIRA_EMAIL: 'a@example.com',
      JIRA_API_TOKEN: 't',
    });
    io.value.overrides = {
      onlineCheck: () => Promise.reject(new Error('Jira answered 401: check JIRA_API_TOKEN')),
    };
    expect(await validateCommand.run(io.value)).toBe(1);
    expect(io.err()).toBe('jira-perms validate --online: Jira answered 401: check JIRA_API_TOKEN\n');
  });

  it('has complete --help text', async () => {
    const io = context([]);
    expect(await runCli(['validate', '--help'], { ...io.value })).toBe(0);
    for (const word of [
      '--path DIR',
      '--settings FILE',
      '--format',
      'text',
      'json',
      'sarif',
      '--online',
      'Exit codes',
    ]) {
      expect(io.out()).toContain(word);
    }
    for (const rule of [
      'no-anonymous-access',
      'no-broad-admin',
      'duplicate-grant',
      'prefer-group-id',
      'browse-required',
      'admin-required',
      'product-permission',
    ]) {
      expect(io.out()).toContain(rule);
    }
  });
});

describe('the documented example', () => {
  it('shows what validate prints for the example files', async () => {
    const io = context([]);
    io.value.cwd = join(fixtures, 'readme-example');
    expect(await validateCommand.run(io.value)).toBe(1);
    const readme = readFileSync(
      join(import.meta.dirname, '..', '..', 'docs', 'commands', 'validate.md'),
      'utf8',
    );
    const block = /<!-- validate-example:start -->\n\n```\n\$ jira-perms validate\n([\s\S]*?)```\n/.exec(
      readme,
    );
    expect(block?.[1]).toBe(io.out());
  });
});
