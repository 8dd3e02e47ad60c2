/**
 * Arguments: one declarative option table per command, parsed with `node:util` `parseArgs` (strict) into
 * a typed object. The same table makes the command's `--help` (see `help.ts`) and the option tables in
 * `docs/commands/` (see `docs.ts`), so an option is written once. Every command gets the same behaviour
 * for every misuse: the messages below are the only ones.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

import { closestMatch } from '../util/suggest.js';

export interface OptionSpec {
  /** The long name, without dashes (`detailed-exitcode`); the parsed value is its camelCase form. */
  readonly name: string;
  readonly type: 'string' | 'boolean';
  /** One letter: `-y` for `--yes`. */
  readonly short?: string;
  /** The option may be given more than once; the value is the list of values given, in order. */
  readonly multiple?: boolean;
  /** The option must be given (string options only). */
  readonly required?: boolean;
  /** The value when the option is not given (string options only). */
  readonly default?: string;
  /** The default as people read it, when it is not one literal value ("from the settings file"). */
  readonly defaultText?: string;
  /** The only values accepted (string options only). */
  readonly choices?: readonly string[];
  /** What the value is, in help and usage: `--path DIR`. */
  readonly valueName?: string;
  /** One paragraph; help wraps it, the docs put it in a table cell. */
  readonly help: string;
  /**
   * An environment variable that sets the option when it is not given: a boolean is on when the
   * variable is set and not empty (as NO_COLOR works), a string takes the variable's value.
   */
  readonly env?: string;
  /** Other spellings accepted (`--flavor`), not shown in help. */
  readonly aliases?: readonly string[];
  /** A heading in help to group options under (default "Options"). */
  readonly section?: string;
}

/** What every command takes besides its own options. */
export const COMMON_OPTIONS = [
  {
    name: 'no-color',
    type: 'boolean',
    env: 'NO_COLOR',
    help: 'no colours; colours are only used on a terminal anyway',
  },
  { name: 'help', type: 'boolean', short: 'h', help: 'this text' },
] as const satisfies readonly OptionSpec[];

export interface CommandSpec<Options extends readonly OptionSpec[] = readonly OptionSpec[]> {
  name: string;
  /** The one-line purpose: `jira-perms --help` lists it, `--help` starts with it. */
  summary: string;
  /** The usage line after `Usage: `; default: made from the options. */
  usage?: string;
  /** What the command does, between the usage and the options (paragraphs, already wrapped). */
  description: string;
  options: Options;
  /** After the options: guardrails, examples, connection, exit codes. */
  epilogue: string;
  /** Said after "this command takes options only" when a bare word is given, e.g. where it belongs. */
  positionalHint?: string;
}

/** `detailed-exitcode` → `detailedExitcode`. */
export type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S;

type StringValue<O extends OptionSpec> = O extends { choices: readonly (infer C)[] } ? C : string;

export type OptionValue<O extends OptionSpec> = O['type'] extends 'boolean'
  ? boolean
  : O extends { multiple: true }
    ? string[]
    : O extends { default: string } | { required: true }
      ? StringValue<O>
      : StringValue<O> | undefined;

/** The typed options a table parses into. */
export type ParsedOptions<Options extends readonly OptionSpec[]> = {
  [O in Options[number] | (typeof COMMON_OPTIONS)[number] as CamelCase<O['name']>]: OptionValue<O>;
};

export type ParseOutcome<T> = { ok: true; options: T } | { ok: false; error: string };

export function camelCase(name: string): string {
  return name.replace(/-([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

/** The table a command is parsed with: its own options, then the common ones. */
export function allOptions(spec: Pick<CommandSpec, 'options'>): readonly OptionSpec[] {
  return [...spec.options, ...COMMON_OPTIONS];
}

/** `--path DIR` as help and messages show an option that takes a value. */
export function optionUsage(option: OptionSpec): string {
  if (option.type === 'boolean') return `--${option.name}`;
  const value = option.choices !== undefined ? option.choices.join('|') : (option.valueName ?? 'VALUE');
  return `--${option.name} ${value}`;
}

/** `a, b or c` */
export function orList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1) ?? ''}`;
}

function suggestion(input: string, candidates: readonly string[]): string {
  const match = closestMatch(input, candidates);
  return match === undefined ? '' : ` (did you mean "${match}"?)`;
}

/** True when the arguments ask for help (`--help` or `-h` anywhere before `--`). */
export function wantsHelp(argv: readonly string[]): boolean {
  for (const argument of argv) {
    if (argument === '--') return false;
    if (argument === '--help' || argument === '-h') return true;
  }
  return false;
}

/**
 * Parses `argv` (the arguments after the command name) against the command's table. The first misuse,
 * in argument order, is the error: an unknown option (with the closest one), a bare word, a missing or
 * empty value, a value given to a switch, a value outside the choices, a single-value option given twice,
 * a required option missing.
 */
export function parseOptions<Options extends readonly OptionSpec[]>(
  spec: CommandSpec<Options>,
  argv: readonly string[],
  env: Record<string, string | undefined> = {},
): ParseOutcome<ParsedOptions<Options>> {
  const options = allOptions(spec);
  const byName = new Map<string, OptionSpec>();
  const config: NonNullable<ParseArgsConfig['options']> = {};
  for (const option of options) {
    for (const name of [option.name, ...(option.aliases ?? [])]) {
      byName.set(name, option);
      // Every option is `multiple` for parseArgs, so a repeat is seen here and refused unless allowed.
      config[name] = {
        type: option.type,
        multiple: true,
        ...(option.short === undefined || name !== option.name ? {} : { short: option.short }),
      };
    }
  }

  // First pass, lenient: every token, so the first problem gets this product's message, not parseArgs'.
  const { tokens } = parseArgs({
    args: [...argv],
    options: config,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const seen = new Map<OptionSpec, number>();
  const longNames = options.map((option) => `--${option.name}`);
  for (const token of tokens) {
    if (token.kind === 'positional') {
      const hint = spec.positionalHint === undefined ? '' : ` (${spec.positionalHint})`;
      return {
        ok: false,
        error: `unexpected argument "${token.value}": this command takes options only${hint}`,
      };
    }
    if (token.kind !== 'option') continue;
    const option = byName.get(token.name);
    if (option === undefined) {
      const raw = argv[token.index] ?? token.rawName;
      const shown = raw.startsWith('--') ? raw : token.rawName;
      return { ok: false, error: `unknown option "${shown}"${suggestion(token.rawName, longNames)}` };
    }
    const flag = `--${option.name}`;
    if (option.type === 'boolean') {
      if (token.value !== undefined) return { ok: false, error: `${flag} takes no value` };
      continue;
    }
    const value = token.value;
    if (value === undefined || value === '' || (!token.inlineValue && value.startsWith('-'))) {
      return { ok: false, error: `${flag} needs a value (${optionUsage(option)})` };
    }
    if (option.choices !== undefined && !option.choices.includes(value)) {
      return {
        ok: false,
        error: `unknown ${option.name} "${value}"${suggestion(value, option.choices)}: use ${orList(option.choices)}`,
      };
    }
    const count = (seen.get(option) ?? 0) + 1;
    seen.set(option, count);
    if (count > 1 && option.multiple !== true) {
      return { ok: false, error: `${flag} given twice: it takes one value` };
    }
  }

  // Second pass, strict: the values. After the checks above it cannot fail; if it does, say why.
  let values: Record<string, (string | boolean)[] | undefined>;
  try {
    values = parseArgs({ args: [...argv], options: config, strict: true, allowPositionals: false })
      .values as Record<string, (string | boolean)[] | undefined>;
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }

  const parsed: Record<string, string | boolean | string[] | undefined> = {};
  for (const option of options) {
    const given = [option.name, ...(option.aliases ?? [])].flatMap((name) => values[name] ?? []);
    const fromEnv = option.env === undefined ? undefined : env[option.env];
    const key = camelCase(option.name);
    if (option.type === 'boolean') {
      parsed[key] = given.length > 0 || (fromEnv !== undefined && fromEnv !== '');
    } else if (option.multiple === true) {
      parsed[key] = given.map(String);
    } else {
      const value =
        given.length > 0
          ? String(given[0])
          : fromEnv !== undefined && fromEnv !== ''
            ? fromEnv
            : option.default;
      if (value === undefined && option.required === true) {
        return { ok: false, error: `${optionUsage(option)} is required` };
      }
      parsed[key] = value;
    }
  }
  return { ok: true, options: parsed as ParsedOptions<Options> };
}
