import { blockValue, scalar } from './yaml.js';

/**
 * The settings file export writes when the exported schemes use app-defined permission keys: without
 * them listed under `customPermissions`, offline `validate` would reject the files export just wrote.
 * It never sets a rule's severity: what the live site breaks is reported, not relaxed.
 */

export interface SettingsFileOptions {
  /** What follows `$schema=` on the first line. */
  schemaRef: string;
  /** The scheme folder, relative to the settings file, with forward slashes. */
  schemes: string;
  customPermissions: readonly string[];
}

export function renderNewSettingsFile(options: SettingsFileOptions): string {
  const lines = [
    `# yaml-language-server: $schema=${options.schemaRef}`,
    '#',
    '# Settings for jira-perms, written by jira-perms export.',
    `schemes: ${scalar(options.schemes)}`,
  ];
  if (options.customPermissions.length > 0) {
    lines.push(
      '# Permission keys that apps define on this site and the exported schemes use: listed so that',
      '# jira-perms validate accepts them without asking Jira.',
      'customPermissions:',
      ...[...options.customPermissions].sort().map((key) => `  - ${scalar(key)}`),
    );
  }
  return `${lines.join('\n')}\n`;
}

type Data = string | number | boolean | null | Data[] | { [key: string]: Data };

function isMapping(value: Data): value is { [key: string]: Data } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function inline(value: Data): string | undefined {
  if (value === null) return 'null';
  if (typeof value === 'string') return value.includes('\n') ? undefined : scalar(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.length === 0) return '[]';
  if (isMapping(value) && Object.keys(value).length === 0) return '{}';
  return undefined;
}

/** Generic block YAML for settings data (mappings, sequences, scalars). */
function emit(value: Data, indent: string): string[] {
  const lines: string[] = [];
  if (Array.isArray(value)) {
    for (const item of value) {
      const simple = inline(item);
      if (simple !== undefined) {
        lines.push(`${indent}- ${simple}`);
        continue;
      }
      const nested = emit(item, `${indent}  `);
      const [first, ...rest] = nested;
      lines.push(`${indent}- ${(first ?? '').trimStart()}`, ...rest);
    }
    return lines;
  }
  if (isMapping(value)) {
    for (const [key, item] of Object.entries(value)) {
      const simple = inline(item);
      if (simple !== undefined) lines.push(`${indent}${scalar(key)}: ${simple}`);
      else if (typeof item === 'string')
        lines.push(`${indent}${scalar(key)}: ${blockValue(item, `${indent}  `).join('\n')}`);
      else lines.push(`${indent}${scalar(key)}:`, ...emit(item, `${indent}  `));
    }
  }
  return lines;
}

/**
 * An existing settings file with keys added to `customPermissions`, everything else kept as data (its
 * rules and their severities above all: export never changes a team's). Comments in the old file are
 * lost, which is why this only happens with `--force`.
 */
export function renderMergedSettingsFile(
  existing: Readonly<Record<string, unknown>>,
  change: { addKeys: readonly string[] },
  schemaRef: string,
): string {
  const data: Record<string, Data> = { ...(existing as Record<string, Data>) };
  if (change.addKeys.length > 0) {
    const current = Array.isArray(existing.customPermissions)
      ? existing.customPermissions.filter((key): key is string => typeof key === 'string')
      : [];
    data.customPermissions = [...new Set([...current, ...change.addKeys])].sort();
  }
  const lines = [
    `# yaml-language-server: $schema=${schemaRef}`,
    '#',
    '# Settings for jira-perms, extended by jira-perms export --force.',
    ...emit(data, ''),
  ];
  return `${lines.join('\n')}\n`;
}
