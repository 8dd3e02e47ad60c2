import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import prettier from 'prettier';

import { allOptions, parseOptions, type CommandSpec, type OptionSpec } from '../../src/cli/arguments.js';
import type { CliContext } from '../../src/cli/command.js';
import { commandPagePath, withOptions } from '../../src/cli/docs.js';
import { optionLabel, optionText, renderHelp } from '../../src/cli/help.js';
import { COMMANDS, loadCommands, runCli } from '../../src/cli/main.js';

const root = join(import.meta.dirname, '..', '..');

function capture(): { context: Omit<CliContext, 'argv'>; out: () => string; err: () => string } {
  let stdout = '';
  let stderr = '';
  return {
    context: {
      env: {},
      cwd: root,
      isTTY: false,
      signal: AbortSignal.abort(),
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
    },
    out: () => stdout,
    err: () => stderr,
  };
}

async function misuse(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = capture();
  const code = await runCli(args, io.context);
  return { code, out: io.out(), err: io.err() };
}

const names = COMMANDS.map((command) => command.name);

describe('every command: --help comes from its option table', () => {
  it.each(names)('%s', async (name) => {
    const command = await COMMANDS.find((candidate) => candidate.name === name)!.load();
    const io = capture();
    expect(await runCli([name, '--help'], io.context)).toBe(0);
    expect(io.out()).toBe(renderHelp(command.spec));
    expect(command.help).toBe(io.out());
    for (const option of allOptions(command.spec)) {
      expect(io.out()).toContain(optionLabel(option));
      // The first words of every option's help are there, whatever the wrapping did to the rest.
      expect(io.out()).toContain(optionText(option).split(' ').slice(0, 2).join(' '));
    }
    const short = capture();
    expect(await runCli([name, '-h'], short.context)).toBe(0);
    expect(short.out()).toBe(io.out());
  });
});

describe('every command: the same misuse gets the same message', () => {
  const firstValueOption = (spec: CommandSpec): OptionSpec | undefined =>
    spec.options.find(
      (option) => option.type === 'string' && option.choices === undefined && option.multiple !== true,
    );

  it.each(names)('%s', async (name) => {
    const command = await COMMANDS.find((candidate) => candidate.name === name)!.load();
    const tail = `\nRun 'jira-perms ${name} --help' for the options.\n`;
    const expectError = async (args: string[], message: string) => {
      const run = await misuse([name, ...args]);
      expect(run.code).toBe(1);
      expect(run.out).toBe('');
      expect(run.err).toBe(`jira-perms ${name}: ${message}${tail}`);
    };
    await expectError(['--no-colour'], 'unknown option "--no-colour" (did you mean "--no-color"?)');
    await expectError(['--zzzzzzzzzz'], 'unknown option "--zzzzzzzzzz"');
    await expectError(['-Z'], 'unknown option "-Z"');
    await expectError(['--no-color=1'], '--no-color takes no value');
    const hint = command.spec.positionalHint === undefined ? '' : ` (${command.spec.positionalHint})`;
    await expectError(['stray'], `unexpected argument "stray": this command takes options only${hint}`);
    await expectError(['--', 'stray'], `unexpected argument "stray": this command takes options only${hint}`);
    const option = firstValueOption(command.spec);
    if (option !== undefined) {
      const flag = `--${option.name}`;
      const usage = `${flag} ${option.valueName ?? 'VALUE'}`;
      await expectError([flag], `${flag} needs a value (${usage})`);
      await expectError([`${flag}=`], `${flag} needs a value (${usage})`);
      await expectError([flag, ''], `${flag} needs a value (${usage})`);
      await expectError([flag, '--no-color'], `${flag} needs a value (${usage})`);
      await expectError([`${flag}=a`, flag, 'b'], `${flag} given twice: it takes one value`);
    }
  });

  it('takes --no-color and NO_COLOR everywhere', async () => {
    for (const command of await loadCommands()) {
      expect(parseOptions(command.spec, ['--no-color'])).toMatchObject({
        ok: true,
        options: { noColor: true },
      });
      expect(parseOptions(command.spec, [], { NO_COLOR: '1' })).toMatchObject({
        ok: true,
        options: { noColor: true },
      });
      expect(parseOptions(command.spec, [], { NO_COLOR: '' })).toMatchObject({
        ok: true,
        options: { noColor: false },
      });
    }
  });

  it('suggests the closest command, swapped letters included', async () => {
    expect((await misuse(['plna'])).err).toContain('unknown command "plna" (did you mean "plan"?)');
    expect((await misuse(['exprot'])).err).toContain('(did you mean "export"?)');
    expect((await misuse(['frobnicate'])).err).toBe(
      'jira-perms: unknown command "frobnicate"\nRun \'jira-perms --help\' for the list of commands.\n',
    );
  });
});

describe('the option parser', () => {
  const OPTIONS = [
    { name: 'format', type: 'string', choices: ['text', 'json'], default: 'text', help: 'how' },
    { name: 'tag', type: 'string', multiple: true, valueName: 'T', help: 'tags' },
    { name: 'project', type: 'string', required: true, valueName: 'KEY', help: 'which project' },
    { name: 'flavour', type: 'string', aliases: ['flavor'], help: 'taste' },
    { name: 'dry-run', type: 'boolean', short: 'n', help: 'do nothing' },
    { name: 'since', type: 'string', env: 'TEST_SINCE', help: 'days' },
  ] as const satisfies readonly OptionSpec[];
  const SPEC: CommandSpec<typeof OPTIONS> = {
    name: 'test',
    summary: 'a test',
    description: '',
    options: OPTIONS,
    epilogue: '',
  };

  it('gives typed values, defaults, repeats, aliases, shorts and environment variables', () => {
    const parsed = parseOptions(SPEC, ['--project=A', '--tag', 'x', '--tag=y', '--flavor', 'dc', '-n'], {
      TEST_SINCE: '30',
    });
    expect(parsed).toEqual({
      ok: true,
      options: {
        format: 'text',
        tag: ['x', 'y'],
        project: 'A',
        flavour: 'dc',
        dryRun: true,
        since: '30',
        noColor: false,
        help: false,
      },
    });
    if (parsed.ok) {
      // The types follow the table: a choice is a union, a repeatable option a list, a switch a boolean.
      const format: 'text' | 'json' = parsed.options.format;
      const tags: string[] = parsed.options.tag;
      const dryRun: boolean = parsed.options.dryRun;
      expect([format, tags.length, dryRun]).toEqual(['text', 2, true]);
    }
    expect(parseOptions(SPEC, ['--project', 'A', '--since', '7'], { TEST_SINCE: '30' })).toMatchObject({
      options: { since: '7' },
    });
  });

  it('refuses values outside the choices, missing required options and repeats through an alias', () => {
    expect(parseOptions(SPEC, ['--project', 'A', '--format', 'jsn'])).toEqual({
      ok: false,
      error: 'unknown format "jsn" (did you mean "json"?): use text or json',
    });
    expect(parseOptions(SPEC, [])).toEqual({ ok: false, error: '--project KEY is required' });
    expect(parseOptions(SPEC, ['--project', 'A', '--flavour', 'a', '--flavor', 'b'])).toEqual({
      ok: false,
      error: '--flavour given twice: it takes one value',
    });
    expect(parseOptions(SPEC, ['--project', 'A', '--dry-run', '--dry-run'])).toMatchObject({ ok: true });
  });
});

describe('commands are loaded when they run', () => {
  it.each(names)('%s: the summary in the list of commands is the one its help starts with', async (name) => {
    const entry = COMMANDS.find((candidate) => candidate.name === name)!;
    const command = await entry.load();
    expect(command.name).toBe(name);
    expect(command.summary).toBe(entry.summary);
    expect(command.help.startsWith(`jira-perms ${name}: ${entry.summary}\n`)).toBe(true);
  });
});

describe('docs/commands pages', () => {
  it.each(names)('%s: the generated option table matches the command table', async (name) => {
    const command = await COMMANDS.find((candidate) => candidate.name === name)!.load();
    const file = join(root, commandPagePath(name));
    expect(existsSync(file)).toBe(true);
    const page = readFileSync(file, 'utf8');
    // When this fails: run `npm run docs:options` and commit the pages.
    const generated = await prettier.format(withOptions(page, command.spec), {
      ...(await prettier.resolveConfig(file)),
      filepath: file,
    });
    expect(page).toBe(generated);
    for (const option of allOptions(command.spec)) {
      expect(page).toContain(`\`${optionLabel(option).replace(/\|/g, '\\|')}\``);
    }
  });
});
