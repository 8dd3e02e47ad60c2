import { readFile, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { confine, findRepositoryRoot } from '../config/confine.js';
import { loadProject, type LoadedProject } from '../config/load.js';
import { errorMessage } from '../jira/errors.js';
import { pinIdInText } from '../export/pin-id.js';
import type { SchemeSpec } from '../model/spec.js';
import { unpinnedMatches, type UnpinnedMatches } from '../plan/planner.js';
import type { CommandDeps } from './deps.js';

/**
 * `pin`: writes the live scheme id into every scheme file that has no `id:` and whose scheme exists live
 * (matched by name, as plan matches it), so that renaming the scheme in the file later renames it in
 * Jira instead of planning a delete and a create. Reads Jira only; edits each file by inserting one
 * line under `name:` (see `pinIdInText`), nothing else in it.
 */

export interface PinOptions {
  /** The scheme folder or one scheme file, relative to the working directory (default: from the settings file). */
  path?: string | undefined;
  /** The settings file (default `.jira-permissions.yml`). */
  settingsPath?: string | undefined;
}

export interface PinnedFile {
  file: string;
  scheme: string;
  schemeId: number;
  /** The line `id:` was written on (1-based). */
  line: number;
}

export interface PinResult {
  /** `done`: every file that could be pinned was; `failed`: nothing was written (see `error`). */
  status: 'done' | 'failed';
  pinned: PinnedFile[];
  /** Files that pin an id already. */
  alreadyPinned: number;
  /** Files whose scheme Jira does not have (yet): apply creates them and reports their ids. */
  notLive: { file: string; scheme: string }[];
  /** Files that should be pinned but were not, and why. */
  refused: { file: string; scheme: string; reason: string }[];
  /** Files that did not load as scheme files (validate says why): left alone. */
  unreadable: string[];
  error?: string;
}

export async function runPin(options: PinOptions, deps: CommandDeps): Promise<PinResult> {
  const result: PinResult = {
    status: 'done',
    pinned: [],
    alreadyPinned: 0,
    notLive: [],
    refused: [],
    unreadable: [],
  };
  const failed = (error: string): PinResult => ({ ...result, status: 'failed', error });

  deps.progress({ step: 'load', message: 'Reading the scheme files' });
  const root = findRepositoryRoot(deps.cwd);
  let project: LoadedProject;
  try {
    project = await loadProject({
      cwd: deps.cwd,
      root,
      ...(options.path === undefined ? {} : { path: options.path }),
      ...(options.settingsPath === undefined ? {} : { settingsPath: options.settingsPath }),
    });
  } catch (error) {
    return failed(`Could not read the scheme files: ${errorMessage(error)}`);
  }
  const loaded = new Set(project.schemes.map((spec) => spec.file));
  result.unreadable = project.files.map((file) => file.path).filter((file) => !loaded.has(file));
  result.alreadyPinned = project.schemes.filter((spec) => spec.id !== undefined).length;

  let matches: UnpinnedMatches<SchemeSpec>;
  try {
    deps.signal.throwIfAborted();
    deps.progress({ step: 'read-live', message: 'Reading the live permission schemes' });
    const live = await deps.jira.reader({ signal: deps.signal }).listPermissionSchemes();
    matches = unpinnedMatches(project.schemes, live);
  } catch (error) {
    return failed(errorMessage(error));
  }
  result.notLive = matches.notLive.map((spec) => ({ file: spec.file, scheme: spec.name }));
  result.refused = matches.ambiguous.map(({ desired, ids }) => ({
    file: desired.file,
    scheme: desired.name,
    reason: `Jira has ${ids.length} schemes with this name (ids ${ids.join(', ')}): add the right id: by hand`,
  }));

  for (const { desired, live } of matches.pins) {
    const refused = await pinFile(root, path.resolve(deps.cwd, desired.file), desired.file, live.id);
    if (typeof refused === 'string') {
      result.refused.push({ file: desired.file, scheme: desired.name, reason: refused });
    } else {
      result.pinned.push({ file: desired.file, scheme: desired.name, schemeId: live.id, line: refused.line });
    }
  }
  return result;
}

/**
 * Adds the `id:` line to one file: where the file really is (a link inside the repository keeps
 * pointing at its file), written beside it and renamed over it, so an interruption leaves the old file
 * or the new one. Returns the line written, or why nothing was.
 */
async function pinFile(
  root: string,
  absolute: string,
  file: string,
  id: number,
): Promise<{ line: number } | string> {
  const confined = confine(root, absolute, `the file ${file}`);
  if (!confined.ok) return `${confined.message}. ${confined.hint}`;
  let text: string;
  try {
    text = await readFile(confined.real, 'utf8');
  } catch (error) {
    return `could not read it again: ${errorMessage(error)}`;
  }
  const edit = pinIdInText(text, file, id);
  if (!edit.ok) return edit.reason;
  const temporary = `${confined.real}.${String(process.pid)}.tmp`;
  try {
    await writeFile(temporary, edit.text, { encoding: 'utf8', flag: 'wx' });
    await rename(temporary, confined.real);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    return `could not write it: ${errorMessage(error)}`;
  }
  return { line: edit.line };
}
