/**
 * One output discipline (#13 items 2, 5 and 8; #12 views): every byte that leaves the process passes one
 * function for its destination. Each test feeds the hostile input an attacker used (a file name, a group
 * or scheme name, a Jira answer, a token) to that function and checks what would reach the destination.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import { terminalOutputs } from '../../src/cli/command.js';
import { clearSecretsForTesting, registerSecret } from '../../src/jira/secrets.js';
import type { Finding } from '../../src/model/finding.js';
import { findingItem, findingRow } from '../../src/view/finding.js';
import { findingsMarkdown } from '../../src/view/findings-markdown.js';
import { escapeMarkdown } from '../../src/view/markdown.js';
import { annotate, command, log } from '../../src/view/workflow.js';
import { captureStdout } from '../support/capture-stdout.js';

/** What the runner would read as a workflow command: a line that starts with `::` or `##[` after spaces. */
function commandLines(stdout: string): string[] {
  return stdout.split(/\r\n|\r|\n/).filter((line) => /^(::|##\[)/.test(line.trimStart()));
}

const hostileFinding: Finding = {
  file: 'jira-permissions/x\n::stop-commands::zzz.yml',
  line: 3,
  column: 5,
  severity: 'error',
  ruleId: 'unknown-permission',
  message: 'unknown permission "[text](https://evil.example)" for group "g\n::error::X"',
  hint: '![x](https://evil.example/pixel.png) <img src=x> @octocat #12 `tick` a|b',
};

describe('the action log: one writer of stdout', () => {
  let stdout: ReturnType<typeof captureStdout>;
  beforeEach(() => {
    stdout = captureStdout();
  });
  afterEach(() => {
    stdout.restore();
    clearSecretsForTesting();
  });

  it('neutralises workflow commands injected into log lines, after any line break', () => {
    log('x\n::stop-commands::zzz');
    log('group g\r::error::X');
    log('  ::add-mask::visible\r\n##[error]old form\n::warning file=a::w');
    expect(commandLines(stdout.text())).toEqual([]);
    // The text still reads the same to people.
    expect(stdout.text().replace(/\u200B/g, '')).toContain('::stop-commands::zzz');
  });

  it('keeps a hostile file name and message inside their annotation', () => {
    annotate([hostileFinding]);
    const lines = stdout
      .text()
      .split('\n')
      .filter((line) => line !== '');
    expect(lines).toHaveLength(1);
    expect(commandLines(stdout.text())).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^::error file=jira-permissions\/x%0A%3A%3Astop-commands%3A%3Azzz\.yml,line=3,col=5::/,
    );
    expect(lines[0]).not.toContain('\r');
  });

  it('shows terminal escapes from names as text in log lines and annotation messages', () => {
    log('scheme Evil\u001b]8;;https://evil.example\u0007link \u001b[8mhidden \u202eepyt');
    annotate([{ ...hostileFinding, message: 'group \u001b[2J\u001b]0;title\u0007' }]);
    // eslint-disable-next-line no-control-regex -- no ESC, BEL or bidi override may reach the log
    expect(stdout.text()).not.toMatch(/[\u001b\u0007\u202e]/);
    expect(stdout.text()).toContain('Evil\\u001b]8;;https://evil.example\\u0007link');
  });

  it('escapes the message and properties of its own commands', () => {
    command('notice', 'done\n::error::X 100%', [['title', 'a,b:c\n::warning::Y']]);
    expect(stdout.text()).toBe('::notice title=a%2Cb%3Ac%0A%3A%3Awarning%3A%3AY::done%0A::error::X 100%25\n');
    expect(commandLines(stdout.text())).toHaveLength(1);
  });

  it('redacts secrets in every form before anything is written', () => {
    const token = 'ATATT3xFfGF0-hostile-token-value';
    registerSecret(token);
    log(`Jira said: bad token ${token.slice(0, 20)}`);
    log(`url ?token=${encodeURIComponent(token)} and ${token.toUpperCase()}`);
    annotate([{ ...hostileFinding, file: `${token}.yml`, message: `value ${token}` }]);
    command('error', `failed with ${Buffer.from(token).toString('base64')}`);
    const text = stdout.text();
    expect(text).not.toContain(token.slice(0, 12));
    expect(text.toLowerCase()).not.toContain(token.toLowerCase().slice(0, 12));
    expect(text).not.toContain(Buffer.from(token).toString('base64').slice(0, 12));
    expect(text).toContain('***');
  });
});

describe('the command line: one sink per stream', () => {
  afterEach(() => {
    clearSecretsForTesting();
  });

  const sinks = (options: { colour: boolean; isTTY: boolean }) => {
    const out = { stdout: '', stderr: '' };
    const outputs = terminalOutputs(
      {
        stdout: { write: (text) => (out.stdout += text) },
        stderr: { write: (text) => (out.stderr += text) },
        isTTY: options.isTTY,
      },
      { colour: options.colour },
    );
    return { out, outputs };
  };

  it('shows control, escape and bidirectional characters from names as visible escapes', () => {
    const { out, outputs } = sinks({ colour: false, isTTY: false });
    const hostile =
      'Evil\u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007 \u001b[2J \u202eemanretsam\u0008';
    outputs.stdout.write(`scheme ${hostile}\n`);
    outputs.stderr.write(`\r\u001b[2Kprogress ${hostile}\n`);
    // eslint-disable-next-line no-control-regex -- looking for any control character but the line break
    expect(out.stdout + out.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(out.stdout).toContain('Evil\\u001b]8;;https://evil.example\\u0007link');
    expect(out.stdout).toContain('\\u202eemanretsam\\u0008');
  });

  it('keeps the views own colours and live line only when they are allowed', () => {
    const coloured = sinks({ colour: true, isTTY: true });
    coloured.outputs.stdout.write('\u001b[32m+ ADD\u001b[0m\n');
    coloured.outputs.stderr.write('\r\u001b[2KReading projects: 1 of 2');
    expect(coloured.out.stdout).toBe('\u001b[32m+ ADD\u001b[0m\n');
    expect(coloured.out.stderr).toBe('\r\u001b[2KReading projects: 1 of 2');
    const plain = sinks({ colour: false, isTTY: false });
    plain.outputs.stdout.write('\u001b[32m+ ADD\u001b[0m\n');
    plain.outputs.stderr.write('\r\u001b[2Kx');
    expect(plain.out.stdout + plain.out.stderr).not.toContain('\u001b');
  });

  it('redacts secrets at the sink, whatever the command printed', () => {
    const token = 'ATATT3xFfGF0-cli-token-value';
    registerSecret(token);
    const { out, outputs } = sinks({ colour: false, isTTY: false });
    outputs.stdout.write(`token ${token}\n`);
    outputs.stderr.write(`Jira echoed ${encodeURIComponent(token)}\n`);
    expect(out.stdout + out.stderr).not.toContain(token.slice(0, 12));
    expect(out.stdout).toBe('token ***\n');
  });
});

describe('Markdown: one escaper for every piece of user and Jira text', () => {
  /** The Markdown without code spans: what GitHub would interpret. */
  const prose = (markdown: string): string => markdown.replace(/(?<!`)(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, '');

  const expectInert = (markdown: string): void => {
    const text = prose(markdown);
    expect(text).not.toMatch(/(?<!\\)\]\(/); // no link or image: `](` only with its bracket escaped
    expect(text).not.toMatch(/(?<!\\)!\[/);
    expect(text).not.toMatch(/(?<!\\)<(img|b|script)\b/);
    expect(text).not.toMatch(/@octocat/); // a zero-width joiner follows every @
    expect(text).not.toMatch(/#\d|GH-\d/i); // no #12 or GH-3 reference to an issue
    expect(text).not.toMatch(/https?:\/\//); // no bare link GitHub would make clickable
  };

  it('escapes links, images, HTML, mentions, references, pipes and backticks in prose', () => {
    const escaped = escapeMarkdown(
      '[text](https://evil.example) ![x](https://evil.example/p.png) <img src=x> @octocat #12 GH-3 `t` a|b',
    );
    expectInert(escaped);
    expect(escaped).toContain('a\\|b');
    expect(escaped).toContain('\\`t\\`');
  });

  it("keeps the findings table's cells closed and its text inert (the comment of invalid files)", () => {
    const row = findingRow(hostileFinding);
    expectInert(row);
    // Four cells: every `|` from the finding is escaped.
    expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(6);
    expect(row).not.toContain('\n');
    const table = findingsMarkdown([hostileFinding], 1);
    expectInert(table);
    expect(table).not.toMatch(/\n::/);
  });

  it('keeps a finding list item inert (the plan comment)', () => {
    const item = findingItem({ ...hostileFinding, file: 'jira-permissions/[a](https://evil.example).yml' });
    expectInert(item);
    expect(item.split('\n')).toHaveLength(1);
  });
});
