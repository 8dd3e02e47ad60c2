import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Finding } from '../model/finding.js';
import { VERSION } from '../version.js';
import { problemFinding } from './findings.js';
import { SCHEMAS } from './schemas.js';
import { displayPath } from './settings.js';

/**
 * The JSON Schemas, copied into the repository (`.jira-permissions/schemas/` at its root) so that the
 * `$schema` line export writes works offline and matches the tool that checks the files. The copies are
 * the tool's schemas without `$id`: with no `$id`, editors resolve `permission-scheme.schema.json`'s
 * relative `$ref`s against the copy's own folder rather than a web address. `version.json` records which
 * jira-perms wrote them, so `validate` can tell older copies from newer ones.
 */

/** Where the copies go, relative to the repository root. */
export const SCHEMA_COPIES_FOLDER = '.jira-permissions/schemas';

const VERSION_FILE = 'version.json';

const SCHEMA_FILES: Readonly<Record<string, object>> = {
  'permission-scheme.schema.json': SCHEMAS.permissionScheme,
  'holder.schema.json': SCHEMAS.holder,
  'permissions.schema.json': SCHEMAS.permissions,
  'settings.schema.json': SCHEMAS.settings,
};

export function schemaCopiesDir(root: string): string {
  return join(root, ...SCHEMA_COPIES_FOLDER.split('/'));
}

/** File name -> text of every file of the copy, `version.json` included. */
export function schemaCopyFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const [name, schema] of Object.entries(SCHEMA_FILES)) {
    const { $id: _id, ...copy } = schema as Record<string, unknown>;
    files.set(name, `${JSON.stringify(copy, null, 2)}\n`);
  }
  const note = 'Written by jira-perms export; refresh with `jira-perms export --schemas`. Do not edit.';
  files.set(VERSION_FILE, `${JSON.stringify({ jiraPerms: VERSION, note }, null, 2)}\n`);
  return files;
}

/** -1, 0 or 1 as version `a` is lower, equal or higher than `b` (numeric parts of `x.y.z`). */
function compareVersions(a: string, b: string): number {
  const parts = (version: string) =>
    version
      .split(/[.+-]/u)
      .slice(0, 3)
      .map((part) => Number(part) || 0);
  const [left, right] = [parts(a), parts(b)];
  for (let index = 0; index < 3; index++) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}

function readOrUndefined(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** The jira-perms version a copy says wrote it; undefined when it does not say. */
function copyVersion(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  try {
    const data: unknown = JSON.parse(text);
    if (typeof data === 'object' && data !== null && 'jiraPerms' in data) {
      const version = data.jiraPerms;
      return typeof version === 'string' ? version : undefined;
    }
  } catch {
    // Not JSON: a copy that does not say which version wrote it.
  }
  return undefined;
}

/**
 * A warning when the repository's copy of the schemas is not this tool's: editors would complete and
 * check against other schemas than the ones `validate` uses. Nothing when there is no copy (the files
 * may point at the schemas another way). Reads only the copy's few small files, inside the repository.
 */
export function schemaCopyFindings(root: string, cwd: string): Finding[] {
  const dir = schemaCopiesDir(root);
  const versionText = readOrUndefined(join(dir, VERSION_FILE));
  const present = [...schemaCopyFiles().keys()].filter(
    (name) => readOrUndefined(join(dir, name)) !== undefined,
  );
  if (present.length === 0) return [];
  const stale = [...schemaCopyFiles()].filter(
    ([name, text]) => name !== VERSION_FILE && readOrUndefined(join(dir, name)) !== text,
  );
  if (stale.length === 0) return [];
  const written = copyVersion(versionText);
  const first = stale[0]?.[0] ?? VERSION_FILE;
  const file = displayPath(cwd, join(dir, first));
  const names = stale.map(([name]) => name).join(', ');
  if (written !== undefined && compareVersions(written, VERSION) > 0) {
    return [
      problemFinding(
        file,
        1,
        1,
        'schema',
        'copies-newer',
        `the schemas in ${SCHEMA_COPIES_FOLDER} were written by jira-perms ${written}, newer than this one (${VERSION}); editors check the files against them, validate does not (${names})`,
        'Update jira-perms (the action: its version in the workflow) so that editors and validate agree.',
      ),
    ];
  }
  const by = written === undefined ? 'an older jira-perms' : `jira-perms ${written}`;
  return [
    problemFinding(
      file,
      1,
      1,
      'schema',
      'copies-old',
      `the schemas in ${SCHEMA_COPIES_FOLDER} are older than this jira-perms's (${VERSION}; they were written by ${by}): editors complete and check the files against out-of-date schemas (${names})`,
      'Refresh them with `jira-perms export --schemas` (writes only the schemas, no Jira needed), and commit them.',
    ),
  ];
}
