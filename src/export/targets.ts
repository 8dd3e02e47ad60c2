import jsYaml from '../util/js-yaml.cjs';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

import { VERSION } from '../version.js';

/**
 * Where exported files go: the scheme files already in the folder (a file that pins a scheme's id is
 * that scheme's file, wherever it sits and whatever it is called), and the `$schema` reference editors
 * follow.
 */

const SCHEME_FILE = /\.ya?ml$/iu;

/** Forward slashes, so paths read the same in messages and files on every platform. */
export function toPosix(relativePath: string): string {
  return relativePath.split(path.sep).join('/');
}

async function listYamlFiles(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules') {
      files.push(...(await listYamlFiles(full)));
    } else if (entry.isFile() && SCHEME_FILE.test(entry.name)) {
      files.push(full);
    }
  }
  return files;
}

export interface ExistingFiles {
  /** Scheme id -> the file that pins it (`id: <n>` at the top level). */
  byId: Map<number, string>;
  /** Scheme name -> a file that names it without pinning an id. */
  byName: Map<string, string>;
  /** Every scheme file in the folder. */
  all: Set<string>;
}

/**
 * The scheme files already in the folder, by the scheme they describe, so a re-export updates the file
 * people already have (wherever it sits, whatever it is called) instead of adding a second file for the
 * same scheme. Files that do not load are skipped here: they only matter if export would write over
 * them, which the conflict check covers.
 */
export async function findExistingFiles(dir: string): Promise<ExistingFiles> {
  const existing: ExistingFiles = { byId: new Map(), byName: new Map(), all: new Set() };
  for (const file of await listYamlFiles(dir)) {
    existing.all.add(file);
    let data: unknown;
    try {
      data = jsYaml.load(await readFile(file, 'utf8'));
    } catch {
      continue;
    }
    if (typeof data !== 'object' || data === null) continue;
    const { id, name } = data as Record<string, unknown>;
    if (typeof id === 'number' && Number.isInteger(id)) {
      if (!existing.byId.has(id)) existing.byId.set(id, file);
    } else if (typeof name === 'string' && !existing.byName.has(name)) {
      existing.byName.set(name, file);
    }
  }
  return existing;
}

const PACKAGE = 'jira-permissions-as-code';

/**
 * The `$schema` reference for a file written into `fromDir`: a relative path when the schemas are on
 * disk (this repository's own `schemas/`, or the package installed under `node_modules`), so editors
 * work offline and match the installed version; otherwise the package's schema as npm publishes it,
 * pinned to this major version.
 */
export function schemaReference(schemaFile: string, fromDir: string, cwd: string): string {
  const candidates = [
    path.join(cwd, 'schemas', schemaFile),
    path.join(cwd, 'node_modules', PACKAGE, 'schemas', schemaFile),
  ];
  for (const candidate of candidates) {
    if (existsSync(candidate)) {
      const relative = toPosix(path.relative(fromDir, candidate));
      return relative.startsWith('.') ? relative : `./${relative}`;
    }
  }
  const major = VERSION.split('.')[0] ?? '0';
  return `https://unpkg.com/${PACKAGE}@${major}/schemas/${schemaFile}`;
}
