import type { RuleMeta } from './rule.js';
import { RULES } from './rules/index.js';

/**
 * The checks that are not lint rules: they cannot be turned off, because a file that fails them cannot
 * be read or means nothing. Listed beside the lint rules for SARIF's rule list and the README.
 */
export const CORE_CHECKS: readonly RuleMeta[] = [
  {
    id: 'yaml',
    description:
      'The file is readable, plain YAML: UTF-8, at most 1 MiB, one document, no duplicate keys, anchors, aliases, merge keys, tags, tab indentation or deep nesting.',
    defaultSeverity: 'error',
    docs: 'Fix the YAML at the reported line and column; the message says what to change.',
  },
  {
    id: 'schema',
    description:
      'The file is a permission scheme: name and grants, known permission keys, and holders in one of their documented forms.',
    defaultSeverity: 'error',
    docs: 'Compare with schemas/permission-scheme.schema.json (point your editor at it for completion).',
  },
  {
    id: 'unique-name',
    description: 'Two files describe schemes with the same name.',
    defaultSeverity: 'error',
    docs: "A scheme's name is its identity: give each file its own name, or merge the files.",
  },
  {
    id: 'unique-id',
    description: 'Two files bind the same live scheme id.',
    defaultSeverity: 'error',
    docs: 'Keep the id in one file only.',
  },
  {
    id: 'settings',
    description: 'The settings file (.jira-permissions.yml) is valid.',
    defaultSeverity: 'error',
    docs: 'Compare with schemas/settings.schema.json.',
  },
  {
    id: 'files',
    description: 'The scheme folder exists and has scheme files.',
    defaultSeverity: 'error',
    docs: 'Create the folder, pass --path DIR, or set "schemes:" in .jira-permissions.yml.',
  },
];

/** Every check and rule, core checks first. */
export const ALL_CHECKS: readonly RuleMeta[] = [...CORE_CHECKS, ...RULES.map((rule) => rule.meta)];
