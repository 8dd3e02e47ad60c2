/**
 * The generated part of each command's page in `docs/commands/`: the usage and the option table, made
 * from the same table as `--help`. Between the markers below, the page belongs to this generator
 * (`npm run docs:options` writes it, a test fails when it differs); around them, to the people who
 * write the docs.
 */
import { allOptions, type CommandSpec } from './arguments.js';
import { optionLabel, synopsis } from './help.js';
import { codeCell, escapeMarkdown } from '../view/markdown.js';

export const OPTIONS_BEGIN = '<!-- options:begin -->';
export const OPTIONS_END = '<!-- options:end -->';

/** Where a command's page is, relative to the repository root. */
export function commandPagePath(name: string): string {
  return `docs/commands/${name}.md`;
}

/** The Markdown between the markers: a note, the usage, the table of options. */
export function optionsMarkdown(spec: CommandSpec): string {
  const rows = allOptions(spec).map((option) => {
    const cells = [
      codeCell(optionLabel(option)),
      option.type === 'boolean' ? 'switch' : option.multiple === true ? 'value, repeatable' : 'value',
      option.default !== undefined ? codeCell(option.default) : escapeMarkdown(option.defaultText ?? ''),
      option.env === undefined ? '' : codeCell(option.env),
      escapeMarkdown(option.help),
    ];
    return `| ${cells.join(' | ')} |`;
  });
  return [
    `<!-- Generated from the option table of src/cli/commands/${spec.name}.ts by \`npm run docs:options\`; edit the table, not this part. -->`,
    '',
    '```text',
    `jira-perms ${spec.name} ${synopsis(spec).join(' ')}`,
    '```',
    '',
    '| option | takes | default | environment | what it does |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** A new page, when the command has none yet: a title, the purpose, the generated part. */
function newPage(spec: CommandSpec): string {
  return [
    `# jira-perms ${spec.name}`,
    '',
    `${spec.summary[0]?.toUpperCase() ?? ''}${spec.summary.slice(1)}.`,
    '',
    '## Options',
    '',
    OPTIONS_BEGIN,
    '',
    OPTIONS_END,
    '',
  ].join('\n');
}

/**
 * The page with its generated part replaced (or the page made, when `page` is undefined). A page
 * without the markers gets them at its end.
 */
export function withOptions(page: string | undefined, spec: CommandSpec): string {
  const text = page ?? newPage(spec);
  const begin = text.indexOf(OPTIONS_BEGIN);
  const end = text.indexOf(OPTIONS_END);
  const generated = `${OPTIONS_BEGIN}\n${optionsMarkdown(spec)}\n${OPTIONS_END}`;
  if (begin === -1 || end === -1 || end < begin) {
    return `${text.trimEnd()}\n\n## Options\n\n${generated}\n`;
  }
  return `${text.slice(0, begin)}${generated}${text.slice(end + OPTIONS_END.length)}`;
}
