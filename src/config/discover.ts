import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { compareCodeUnits } from '../validate/order.js';

const SCHEME_FILE = /\.ya?ml$/i;

/** Folders never searched for scheme files (tool and VCS state, not schemes). */
const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['node_modules']);

export type Discovery =
  | {
      ok: true;
      files: string[];
      /**
       * The files among them that are regular files reached through real folders only (no symbolic link
       * below `folder`): where `folder` really is, they are too.
       */
      plain: string[];
    }
  | { ok: false; reason: 'missing' | 'unreadable'; message: string };

/**
 * Every *.yml / *.yaml file under `folder`, recursively, as absolute paths in a stable order (by path,
 * compared by code unit, so the order is the same on every machine). Folders whose name starts with a dot
 * and node_modules are skipped; symbolic links to files are followed, links to folders are not (no cycles).
 * A path to a single file is accepted too.
 */
export function discoverSchemeFiles(folder: string): Discovery {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(folder).isDirectory();
  } catch {
    return { ok: false, reason: 'missing', message: 'does not exist' };
  }
  if (!isDirectory) return { ok: true, files: [folder], plain: [] };
  const files: string[] = [];
  const plain: string[] = [];
  try {
    walk(folder, files, plain);
  } catch (error) {
    return {
      ok: false,
      reason: 'unreadable',
      message: error instanceof Error ? error.message : String(error),
    };
  }
  return { ok: true, files: files.sort(compareCodeUnits), plain };
}

function walk(folder: string, files: string[], plain: string[]): void {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (entry.name.startsWith('.') || SKIPPED_FOLDERS.has(entry.name)) continue;
      walk(path, files, plain);
    } else if (SCHEME_FILE.test(entry.name)) {
      if (entry.isFile()) {
        files.push(path);
        plain.push(path);
      } else if (entry.isSymbolicLink() && isFile(path)) files.push(path);
    }
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
