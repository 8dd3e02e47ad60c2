/**
 * The action's own replacement of `@actions/core` (src/action/toolkit.ts and the command writer in
 * src/view/workflow.ts): the exact bytes the runner reads, in files and on stdout.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  appendSummary,
  inputVariable,
  keyValueMessage,
  newDelimiter,
  setFailed,
  setOutput,
  setSecret,
} from '../../src/action/toolkit.js';
import { clearSecretsForTesting, registerSecret } from '../../src/jira/secrets.js';
import { annotationCommand, command } from '../../src/view/workflow.js';
import { captureStdout } from '../support/capture-stdout.js';

const DELIMITER = /^ghadelimiter_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('inputs', () => {
  it("names the variable as the runner does: spaces as '_', upper-cased, hyphens kept", () => {
    expect(inputVariable('jira url')).toBe('INPUT_JIRA_URL');
    expect(inputVariable('allow-delete')).toBe('INPUT_ALLOW-DELETE');
    expect(inputVariable('a b c')).toBe('INPUT_A_B_C');
  });
});

describe('output files', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'toolkit-'));
  });
  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('writes the multi-line heredoc format with the given delimiter', () => {
    expect(keyValueMessage('plan', 'line 1\nline 2', 'ghadelimiter_X')).toBe(
      'plan<<ghadelimiter_X\nline 1\nline 2\nghadelimiter_X',
    );
    expect(keyValueMessage('empty', '', 'ghadelimiter_X')).toBe('empty<<ghadelimiter_X\n\nghadelimiter_X');
  });

  it('draws a fresh random delimiter each time', () => {
    const first = newDelimiter();
    const second = newDelimiter();
    expect(first).toMatch(DELIMITER);
    expect(second).toMatch(DELIMITER);
    expect(first).not.toBe(second);
  });

  it('refuses a name or value holding the delimiter (it would end the block and set other outputs)', () => {
    const delimiter = 'ghadelimiter_X';
    expect(() => keyValueMessage('a', `x\n${delimiter}\nerrors<<y`, delimiter)).toThrow(
      'Unexpected input: value should not contain the delimiter "ghadelimiter_X"',
    );
    expect(() => keyValueMessage(`a${delimiter}`, 'x', delimiter)).toThrow(
      'Unexpected input: name should not contain the delimiter "ghadelimiter_X"',
    );
  });

  it('appends each output to GITHUB_OUTPUT as its own block, byte for byte', () => {
    const file = join(folder, 'output');
    writeFileSync(file, 'before\n');
    setOutput('errors', '0', { GITHUB_OUTPUT: file });
    setOutput('plan', 'a\nb', { GITHUB_OUTPUT: file });
    const text = readFileSync(file, 'utf8');
    const match = /^before\nerrors<<(\S+)\n0\n\1\nplan<<(\S+)\na\nb\n\2\n$/.exec(text);
    expect(match).not.toBeNull();
    expect(match?.[1]).toMatch(DELIMITER);
    expect(match?.[2]).toMatch(DELIMITER);
    expect(match?.[1]).not.toBe(match?.[2]);
  });

  it('refuses to create a file the runner should have made', () => {
    const file = join(folder, 'absent');
    expect(() => {
      setOutput('errors', '0', { GITHUB_OUTPUT: file });
    }).toThrow(`Missing file at path: ${file}`);
  });

  it('outside a runner that gives the file, writes the older stdout command after a line break', () => {
    const stdout = captureStdout();
    try {
      setOutput('plan', '50% done\nnext', {});
      setOutput('id', 'a:b', {});
    } finally {
      stdout.restore();
    }
    expect(stdout.text()).toBe('\n::set-output name=plan::50%25 done%0Anext\n\n::set-output name=id::a:b\n');
  });
});

describe('the job summary', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'toolkit-summary-'));
  });
  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('appends the text as it is', async () => {
    const file = join(folder, 'summary.md');
    writeFileSync(file, '# Earlier step\n\n');
    await appendSummary('## Validation\n\n✅ no problems\n\n', { GITHUB_STEP_SUMMARY: file });
    await appendSummary('## Plan\n\n', { GITHUB_STEP_SUMMARY: file });
    expect(readFileSync(file, 'utf8')).toBe(
      '# Earlier step\n\n## Validation\n\n✅ no problems\n\n## Plan\n\n',
    );
  });

  it('fails without the variable, or with a file it cannot reach', async () => {
    await expect(appendSummary('x', {})).rejects.toThrow(
      'Unable to find environment variable for $GITHUB_STEP_SUMMARY',
    );
    const file = join(folder, 'missing', 'summary.md');
    await expect(appendSummary('x', { GITHUB_STEP_SUMMARY: file })).rejects.toThrow(
      `Unable to access summary file: '${file}'`,
    );
  });
});

describe('workflow commands on stdout', () => {
  let stdout: ReturnType<typeof captureStdout>;
  let exitCode: typeof process.exitCode;
  beforeEach(() => {
    exitCode = process.exitCode;
    stdout = captureStdout();
  });
  afterEach(() => {
    stdout.restore();
    process.exitCode = exitCode;
    clearSecretsForTesting();
  });

  it('masks a secret with its data escaped but not redacted', () => {
    registerSecret('s3cret%value\nline2');
    setSecret('s3cret%value\nline2');
    expect(stdout.text()).toBe('::add-mask::s3cret%25value%0Aline2\n');
  });

  it('escapes a message (%, CR, LF) and properties (also : and ,) as the toolkit does', () => {
    const line = annotationCommand({
      level: 'error',
      message: '100% wrong\r\nsee: a, b',
      properties: { file: 'dir/a:b,c%\nd.yml', startLine: 3, startColumn: 5 },
    });
    expect(line).toBe('::error file=dir/a%3Ab%2Cc%25%0Ad.yml,line=3,col=5::100%25 wrong%0Asee: a, b');
    command('notice', 'n', [['title', 'T: a, b']]);
    expect(stdout.text()).toBe('::notice title=T%3A a%2C b::n\n');
  });

  it('writes groups and the failure', () => {
    command('group', 'Plan: 50%');
    command('endgroup', '');
    setFailed('2 error(s)\nsee the annotations');
    expect(stdout.text()).toBe(
      '::group::Plan: 50%25\n::endgroup::\n::error::2 error(s)%0Asee the annotations\n',
    );
    expect(process.exitCode).toBe(1);
  });
});
