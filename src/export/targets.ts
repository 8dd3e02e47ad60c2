import path from 'node:path';

import { findRepositoryRoot } from '../config/confine.js';
import { discoverSchemeFiles } from '../config/discover.js';
import { readTextFile } from '../config/read.js';
import { parseYamlDocument } from '../config/yaml.js';

/**
 * Where exported files go: the scheme files already in the folder (a file that pins a scheme's id is
 * that scheme's file, wherever it sits and whatever it is called), and the `$schema` reference editors
 * follow. The folder is walked and its files read exactly as plan loads them (one walker, one reader),
 * so export finds every file plan would plan, symbolic links included, and no file outside the root.
 */

/** Forward slashes, so paths read the same in messages and files on every platform. */
export function toPosix(relativePath: string): string {
  return relativePath.split(path.sep).join('/');
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
export function findExistingFiles(dir: string, root = findRepositoryRoot(dir)): Promise<ExistingFiles> {
  return Promise.resolve(existingFiles(dir, root));
}

function existingFiles(dir: string, root: string): ExistingFiles {
  const existing: ExistingFiles = { byId: new Map(), byName: new Map(), all: new Set() };
  const discovery = discoverSchemeFiles(dir);
  if (!discovery.ok || (discovery.files.length === 1 && discovery.files[0] === dir)) return existing;
  for (const file of discovery.files) {
    existing.all.add(file);
    // Outside the root, unreadable or not YAML: not a scheme's file (the conflict check still sees it).
    const read = readTextFile(file, { root });
    if (!read.ok) continue;
    const parsed = parseYamlDocument(read.text);
    if (!parsed.ok) continue;
    const data = parsed.value;
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

/**
 * The `$schema` reference for a file written into `fromDir`: the relative path to the schema's copy in
 * the repository (export writes the copies, see `src/config/schema-copies.ts`), so editors complete
 * offline against the schemas of the jira-perms that wrote the files.
 */
export function schemaReference(schemaFile: string, fromDir: string, schemasDir: string): string {
  const relative = toPosix(path.relative(fromDir, path.join(schemasDir, schemaFile)));
  return relative.startsWith('../') ? relative : `./${relative}`;
}
