/**
 * A command's `--help`, made from its option table: the purpose, the usage, the description, the
 * options (grouped by section, each with its value, default and environment variable), the epilogue.
 */
import { allOptions, optionUsage, type CommandSpec, type OptionSpec } from './arguments.js';

const WIDTH = 100;
/** Option column: longer names put their help on the next line. */
const MAX_NAME_COLUMN = 24;

/** Greedy word wrap; explicit line breaks are kept. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ').filter((part) => part !== '')) {
      if (line !== '' && line.length + 1 + word.length > width) {
        lines.push(line);
        line = word;
      } else {
        line = line === '' ? word : `${line} ${word}`;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** `-y, --yes` or `--path DIR`. */
export function optionLabel(option: OptionSpec): string {
  return `${option.short === undefined ? '' : `-${option.short}, `}${optionUsage(option)}`;
}

/** The option's help with its default and environment variable, as one paragraph. */
export function optionText(option: OptionSpec): string {
  const notes: string[] = [];
  const shownDefault = option.defaultText ?? option.default;
  if (shownDefault !== undefined) notes.push(`default: ${shownDefault}`);
  if (option.env !== undefined) notes.push(`environment: ${option.env}`);
  if (option.multiple === true) notes.push('repeatable');
  return notes.length === 0 ? option.help : `${option.help} (${notes.join('; ')})`;
}

/** The usage after the command name: `[--path DIR] [--json] ...` (or the spec's own). */
export function synopsis(spec: CommandSpec): string[] {
  if (spec.usage !== undefined) return [spec.usage];
  return allOptions(spec)
    .filter((option) => option.name !== 'help')
    .map((option) => {
      const text = optionUsage(option);
      if (option.required === true) return text;
      return option.multiple === true ? `[${text}]...` : `[${text}]`;
    });
}

/** `Usage: jira-perms plan [--path DIR] ...`, wrapped under the first option. */
export function usageBlock(spec: CommandSpec): string {
  const head = `Usage: jira-perms ${spec.name}`;
  const indent = ' '.repeat(head.length + 1);
  const lines: string[] = [];
  let line = head;
  for (const part of synopsis(spec)) {
    if (line !== head && line.length + 1 + part.length > WIDTH) {
      lines.push(line);
      line = `${indent}${part}`;
    } else {
      line = `${line} ${part}`;
    }
  }
  lines.push(line);
  return lines.join('\n');
}

function optionsBlock(spec: CommandSpec): string {
  const options = allOptions(spec);
  const sections = new Map<string, OptionSpec[]>();
  for (const option of spec.options) {
    const section = option.section ?? 'Options';
    sections.set(section, [...(sections.get(section) ?? []), option]);
  }
  const common = options.slice(spec.options.length);
  sections.set('Options', [...(sections.get('Options') ?? []), ...common]);

  const column = Math.min(MAX_NAME_COLUMN, Math.max(...options.map((option) => optionLabel(option).length)));
  const blocks: string[] = [];
  for (const [section, members] of sections) {
    const lines = [`${section}:`];
    for (const option of members) {
      const label = optionLabel(option);
      const text = wrap(optionText(option), WIDTH - column - 4);
      if (label.length > column) {
        lines.push(`  ${label}`);
        for (const line of text) lines.push(`  ${' '.repeat(column)}  ${line}`);
      } else {
        const [first = '', ...rest] = text;
        lines.push(`  ${label.padEnd(column)}  ${first}`);
        for (const line of rest) lines.push(`  ${' '.repeat(column)}  ${line}`);
      }
    }
    blocks.push(lines.join('\n'));
  }
  return blocks.join('\n\n');
}

/** The whole `jira-perms <command> --help` text. */
export function renderHelp(spec: CommandSpec): string {
  return [
    `jira-perms ${spec.name}: ${spec.summary}`,
    '',
    usageBlock(spec),
    '',
    spec.description.trimEnd(),
    '',
    optionsBlock(spec),
    '',
    spec.epilogue.trimEnd(),
    '',
  ].join('\n');
}
