import { isDeepStrictEqual } from 'node:util';

import { parseYamlDocument } from '../config/yaml.js';

import type { FileHolder, FileHolderValue, LeftOutGrant, SchemeDocument } from './scheme-document.js';
import { builtInPermission } from '../model/permissions.js';
import { blockValue, commentText, scalar } from './yaml.js';

/**
 * A scheme document as the text of its file. The layout is fixed so that exporting the same site twice
 * gives the same bytes (no dates, no counters): a re-export shows up in `git diff` only where Jira changed.
 */

export interface RenderOptions {
  /** What follows `$schema=` on the first line (a relative path or a URL). */
  schemaRef: string;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * `projects:` with every project that uses the scheme, one key a line (a move between schemes is then
 * one line out of one file and into another); `projects: []` when no project uses it.
 */
function projectLines(document: SchemeDocument): string[] {
  if (document.projects.length === 0) return ['projects: []'];
  return ['projects:', ...document.projects.map((project) => `  - ${scalar(project.key)}`)];
}

function leftOutLines(leftOut: readonly LeftOutGrant[]): string[] {
  if (leftOut.length === 0) return [];
  const lines = ['#', '# Left out of this file (plan and apply leave these grants as they are in Jira):'];
  const managed = new Map<string, number>();
  for (const grant of leftOut) {
    if (grant.reason === 'managed') managed.set(grant.label, (managed.get(grant.label) ?? 0) + 1);
  }
  for (const [label, count] of [...managed].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    lines.push(
      `#   ${commentText(label)}, on ${plural(count, 'permission', 'permissions')}: Jira manages it itself`,
      '#     (managedHolders in the settings file).',
    );
  }
  for (const grant of leftOut) {
    if (grant.reason === 'managed') continue;
    const why =
      grant.reason === 'unknown-holder-type'
        ? 'a holder type this product does not manage'
        : "a permission the site's catalogue does not list";
    lines.push(`#   ${commentText(grant.permission)}: ${commentText(grant.label)}: ${why}.`);
  }
  return lines;
}

function flowValue(value: FileHolderValue): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return scalar(value, 'flow');
  const pairs = Object.entries(value).map(
    ([key, inner]) => `${key}: ${typeof inner === 'number' ? String(inner) : scalar(inner, 'flow')}`,
  );
  return `{${pairs.join(', ')}}`;
}

function holderEntry(holder: FileHolder): string {
  const value = holder.value;
  const text =
    value === undefined
      ? scalar(holder.type)
      : `${scalar(holder.type)}: ${typeof value === 'object' ? flowValue(value) : typeof value === 'number' ? String(value) : scalar(value)}`;
  const comment = holder.comment === undefined ? '' : commentText(holder.comment);
  return comment === '' ? text : `${text}  # ${comment}`;
}

/** The heading a group of permissions gets, in the reference's own words. */
function categoryHeading(key: string): string {
  const category = builtInPermission(key)?.category;
  if (category === undefined) return 'Permissions that apps define';
  return `${category.charAt(0).toUpperCase()}${category.slice(1)} permissions`;
}

function grantLines(document: SchemeDocument): string[] {
  if (document.permissions.length === 0) return ['grants: {}'];
  const lines = ['grants:'];
  let heading: string | undefined;
  for (const permission of document.permissions) {
    // Permissions come in the reference's category order; a heading per category, as the reference has.
    const next = categoryHeading(permission.key);
    if (next !== heading) {
      if (heading !== undefined) lines.push('');
      lines.push(`  # ${next}`);
      heading = next;
    }
    const key = scalar(permission.key);
    const allBare = permission.holders.every((holder) => holder.value === undefined);
    if (allBare) {
      const words = permission.holders.map((holder) => scalar(holder.type, 'flow'));
      lines.push(`  ${key}: [${words.join(', ')}]`);
      continue;
    }
    lines.push(`  ${key}:`);
    for (const holder of permission.holders) lines.push(`    - ${holderEntry(holder)}`);
  }
  return lines;
}

/** One line for each holder word whose meaning is not obvious from the word, when the file uses it. */
function legendLines(document: SchemeDocument): string[] {
  const used = (type: string): boolean =>
    document.permissions.some((permission) =>
      permission.holders.some((holder) => holder.type === type && holder.value === undefined),
    );
  return [
    ...(used('applicationRole')
      ? ['# applicationRole without a key: every logged-in user of any product on the site.']
      : []),
    ...(used('anyone') ? ['# anyone: everyone, including people who are not logged in.'] : []),
    ...(used('sd.customer.portal.only')
      ? ['# sd.customer.portal.only: service project customers, in the help center portal only.']
      : []),
  ];
}

export function renderSchemeFile(document: SchemeDocument, options: RenderOptions): string {
  const lines = [
    `# yaml-language-server: $schema=${options.schemaRef}`,
    '#',
    `# Jira permission scheme ${document.id}, exported by jira-perms export.`,
    ...legendLines(document),
    ...leftOutLines(document.leftOut),
    `name: ${blockValue(document.name, '  ').join('\n')}`,
  ];
  if (document.description !== undefined) {
    lines.push(`description: ${blockValue(document.description, '  ').join('\n')}`);
  }
  lines.push(`id: ${document.id}`, ...projectLines(document), ...grantLines(document));
  const text = `${lines.join('\n')}\n`;
  assertReadsBack(text, document);
  return text;
}

function holderValue(holder: FileHolder): unknown {
  return holder.value === undefined ? holder.type : { [holder.type]: holder.value };
}

/** The data a YAML reader must get back from the file. */
export function documentData(document: SchemeDocument): Record<string, unknown> {
  return {
    name: document.name,
    ...(document.description === undefined ? {} : { description: document.description }),
    id: document.id,
    projects: document.projects.map((project) => project.key),
    grants: Object.fromEntries(
      document.permissions.map((permission) => [permission.key, permission.holders.map(holderValue)]),
    ),
  };
}

/**
 * Reads the text back as plan will and compares it with the data it was written from. Names come from Jira and can
 * hold anything; a file that would load as something else is a bug here, and it stops the export
 * rather than write a file that plans a change nobody asked for.
 */
function assertReadsBack(text: string, document: SchemeDocument): void {
  // The loader's own parser: what counts is what plan will read, not what some YAML library would.
  const parsed = parseYamlDocument(text);
  if (!parsed.ok || !isDeepStrictEqual(parsed.value, documentData(document))) {
    throw new Error(
      `internal error: the file written for scheme ${document.id} would not read back as the scheme; please report this`,
    );
  }
}
