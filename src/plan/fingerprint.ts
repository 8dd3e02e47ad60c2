import { createHash } from 'node:crypto';

import { grantKey } from '../model/holder.js';
import type { LiveScheme } from '../model/scheme.js';
import type { ManagedHolder, Settings } from '../model/settings.js';
import { isManagedHolder } from './managed.js';
import { compareText } from './order.js';

/**
 * Fingerprints let apply tell whether what was reviewed is still what it would do.
 *
 * - `fingerprintScheme`: a live scheme's name, description and grants (each grant's id and identity),
 *   independent of the order Jira lists them in. Grant ids are part of it because a reviewed plan
 *   removes grants by id. Grants of managed holders are left out: Jira changes those on its own and the
 *   plan never touches them, so they must not make a reviewed plan stale.
 * - `hashSchemeFiles`: the scheme files (path + content hash) and the effective settings.
 */

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function fingerprintScheme(scheme: LiveScheme, managedHolders: readonly ManagedHolder[] = []): string {
  const grants = scheme.grants
    .filter((grant) => !isManagedHolder(grant, managedHolders))
    .map((grant) => `${grant.id}|${grantKey(grant.permission, grant.holder)}`)
    .sort(compareText);
  const canonical = JSON.stringify({
    id: scheme.id,
    name: scheme.name,
    description: scheme.description ?? '',
    grants,
  });
  return `sha256:${sha256(canonical)}`;
}

/** The files the plan was made from, in path order, plus the settings that shaped it. */
export function hashSchemeFiles(
  files: readonly { path: string; sha256: string }[],
  settings: Settings,
): string {
  const sortedFiles = [...files]
    .sort((a, b) => compareText(a.path, b.path))
    .map((file) => [file.path, file.sha256]);
  // `file` (where the settings came from) is not part of their meaning.
  const { file: _settingsFile, ...meaning } = settings;
  return `sha256:${sha256(stableStringify({ files: sortedFiles, settings: meaning }))}`;
}

/** Every file a plan is made from (scheme files and the settings file), path -> sha256 of its bytes. */
export function fileHashes(project: {
  files: readonly { path: string; sha256: string }[];
  settingsFile?: { path: string; sha256: string } | undefined;
}): Record<string, string> {
  const files = project.settingsFile === undefined ? project.files : [...project.files, project.settingsFile];
  return Object.fromEntries(
    [...files].sort((a, b) => compareText(a.path, b.path)).map((file) => [file.path, file.sha256]),
  );
}

/** JSON with object keys sorted at every level, so equal values always give equal text. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => stableStringify(item)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => compareText(a, b))
      .map(([key, item]) => `${JSON.stringify(key)}:${stableStringify(item)}`);
    return `{${entries.join(',')}}`;
  }
  // JSON.stringify answers undefined for values JSON cannot hold (functions, symbols).
  const text = JSON.stringify(value) as string | undefined;
  return text ?? 'null';
}
