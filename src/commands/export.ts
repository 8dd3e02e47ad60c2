import { existsSync, lstatSync, statSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { renderSchemeFile } from '../export/render-scheme.js';
import { buildSchemeDocument, type LeftOutGrant } from '../export/scheme-document.js';
import { renderMergedSettingsFile, renderNewSettingsFile } from '../export/settings-file.js';
import type { SiteNames } from '../export/site.js';
import { checkExportedFiles } from '../export/check.js';
import { assignFileNames } from '../export/file-names.js';
import { findExistingFiles, schemaReference, toPosix, type ExistingFiles } from '../export/targets.js';
import type { GroupRef, JiraDirectory, JiraReader, UserRef } from '../jira/api.js';
import { keptHolderForms, type KeptForm } from '../export/kept-forms.js';
import { errorMessage } from '../jira/errors.js';
import type { Finding } from '../model/finding.js';
import type { LiveScheme } from '../model/scheme.js';
import { confine, findRepositoryRoot } from '../config/confine.js';
import { schemaCopiesDir, schemaCopyFiles } from '../config/schema-copies.js';
import { readTextFile } from '../config/read.js';
import { loadSettings } from '../config/settings.js';
import { parseYamlDocument } from '../config/yaml.js';
import { excerpt } from '../util/excerpt.js';
import { DEFAULT_SETTINGS, DEFAULT_SETTINGS_FILE, type Settings } from '../model/settings.js';
import { isBuiltInPermission } from '../model/permissions.js';
import { closestMatch } from '../util/suggest.js';
import type { CommandDeps } from './deps.js';

/**
 * `jira-perms export`: every live permission scheme (or the ones asked for) as a scheme file that plans
 * back against the same site with no changes. Reads only; writes nothing until every file has been
 * rendered and every conflict checked, so a refused or failed export leaves the folder as it was.
 */

export interface ExportOptions {
  /**
   * The repository root: export reads and writes only inside it, after symbolic links (never through a
   * link that leads out). Default: the nearest folder at or above the working directory with `.git`,
   * else the working directory.
   */
  root?: string;
  /** The settings in force (managed holders, the scheme folder). Default: loaded from the settings file. */
  settings?: Settings;
  /** The folder to write into, relative to the working directory. Default: the settings' scheme folder. */
  out?: string;
  /** Only these schemes (by name, or by id). Default: every live scheme. */
  schemes?: readonly string[];
  /** Overwrite files that exist. */
  force?: boolean;
  /** Where the settings file is (or goes). Default: the loaded settings file, else `.jira-permissions.yml` in cwd. */
  settingsPath?: string;
  /** Overrides the `$schema` reference written on each scheme file's first line. */
  schemaRef?: string;
  /** Only (re)write the schema copies in the repository: no scheme file, no settings file, no Jira. */
  schemasOnly?: boolean;
}

export interface ExportedFile {
  /** Relative to cwd, forward slashes. */
  path: string;
  schemeId: number;
  scheme: string;
  /** Grants written into the file. */
  grants: number;
  /** Whether a file was there before (only with `force`). */
  replaced: boolean;
}

export interface LeftOutInScheme extends LeftOutGrant {
  scheme: string;
  schemeId: number;
}

/** What export did: written, refused before writing (files in the way, unknown names), or failed. */
export type ExportOutcome =
  | ({ status: 'exported' } & ExportResult)
  | { status: 'refused'; error: string; conflicts: readonly string[] }
  | { status: 'failed'; error: string };

export interface ExportResult {
  /** The folder written into, relative to cwd. */
  out: string;
  files: ExportedFile[];
  /** The settings file, when export wrote or extended it. */
  settingsFile?: { path: string; action: 'created' | 'updated' };
  /** App-defined permission keys the exported files use. */
  customPermissions: string[];
  /**
   * What `jira-perms validate` reports on the exported files (paths as written), at the settings'
   * severities: what the live schemes already break. Export never relaxes a rule to hide it; `plan`
   * reports these as already live and does not refuse them (see `src/plan/already-live.ts`).
   */
  findings: Finding[];
  /** Grants not written (managed by Jira, unknown holder types or permissions), per scheme. */
  leftOut: LeftOutInScheme[];
  /** The schema copies the `$schema` lines point at (see `src/config/schema-copies.ts`). */
  schemas: SchemaCopiesResult;
}

export interface SchemaCopiesResult {
  /** The folder, relative to cwd, forward slashes. */
  path: string;
  /** `unchanged`: the copies were this version's already. */
  action: 'created' | 'updated' | 'unchanged';
}

const MAX_LISTED = 20;

/** A refusal that names what to do: unknown scheme names, files in the way. */
export class ExportError extends Error {
  constructor(
    message: string,
    readonly conflicts: readonly string[] = [],
  ) {
    super(message);
    this.name = 'ExportError';
  }
}

function selectSchemes(live: readonly LiveScheme[], wanted: readonly string[] | undefined): LiveScheme[] {
  if (wanted === undefined || wanted.length === 0) return [...live];
  const names = live.map((scheme) => scheme.name);
  const selected = new Map<number, LiveScheme>();
  const missing: string[] = [];
  for (const want of wanted) {
    const matches = live.filter((scheme) => scheme.name === want || String(scheme.id) === want.trim());
    if (matches.length === 0) {
      const suggestion = closestMatch(want, names);
      missing.push(`"${want}"${suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`}`);
    }
    for (const scheme of matches) selected.set(scheme.id, scheme);
  }
  if (missing.length > 0) {
    throw new ExportError(
      `no live permission scheme named ${missing.join(', ')}.\n` +
        '--scheme takes a scheme name exactly as Jira shows it (quote names with spaces), or a scheme id.',
    );
  }
  return [...selected.values()];
}

/** The names behind the ids the selected schemes' grants carry, in a handful of batched requests. */
async function gatherSiteNames(
  jira: JiraReader & JiraDirectory,
  schemes: readonly LiveScheme[],
): Promise<SiteNames> {
  const groupIds = new Set<string>();
  const accountIds = new Set<string>();
  for (const grant of schemes.flatMap((scheme) => scheme.grants)) {
    const { type, parameter, value } = grant.holder;
    if (type === 'group' && value !== undefined && value !== '') groupIds.add(value);
    const id = value ?? parameter;
    if (type === 'user' && id !== undefined && id !== '') accountIds.add(id);
  }
  const [groups, roles, users, fields, catalogue, projectsByScheme] = await Promise.all([
    groupIds.size === 0 || !jira.groupsHaveIds
      ? new Map<string, GroupRef>()
      : jira.findGroupsById([...groupIds].sort()),
    jira.getProjectRoles(),
    accountIds.size === 0 ? new Map<string, UserRef>() : jira.getUsers([...accountIds].sort()),
    jira.getFields(),
    jira.getPermissionCatalogue(),
    jira.getProjectsByScheme(),
  ]);
  return {
    groups: new Map([...groups].map(([id, group]) => [id, group.name])),
    roles: roles.map((role) => ({ id: String(role.id), name: role.name })),
    users,
    fields,
    permissionKeys: new Set(catalogue.map((entry) => entry.key)),
    projectsByScheme,
  };
}

interface PlannedWrite {
  absolute: string;
  text: string;
  exists: boolean;
}

/** Settings file work: nothing, a new file, or (with force) an existing one extended. */
function planSettingsWrite(
  settingsFile: string,
  keys: readonly string[],
  outDir: string,
  cwd: string,
  root: string,
): (PlannedWrite & { summary: string }) | undefined {
  const settingsDir = path.dirname(settingsFile);
  const schemaRef = schemaReference('settings.schema.json', settingsDir, schemaCopiesDir(root));
  if (!exists(settingsFile)) {
    if (keys.length === 0) return undefined;
    const relative = toPosix(path.relative(settingsDir, outDir)) || '.';
    return {
      absolute: settingsFile,
      text: renderNewSettingsFile({
        schemaRef,
        schemes: relative,
        customPermissions: keys,
      }),
      exists: false,
      summary: '',
    };
  }
  // An existing settings file is the team's: its rules (and the defaults it leaves) are never changed.
  if (keys.length === 0) return undefined;
  // The same reader and parser as every other load: one answer to "what does this file say".
  const shown = toPosix(path.relative(cwd, settingsFile));
  const read = readTextFile(settingsFile, { root });
  const parsed = read.ok ? parseYamlDocument(read.text) : undefined;
  if (!read.ok || parsed?.ok !== true) {
    const why = read.ok ? 'it is not valid YAML' : read.message;
    throw new ExportError(
      `${shown} does not load (${why}); fix it (jira-perms validate shows where) and export again.`,
    );
  }
  const data = parsed.value;
  const existing = (typeof data === 'object' && data !== null && !Array.isArray(data) ? data : {}) as Record<
    string,
    unknown
  >;
  const listed = Array.isArray(existing.customPermissions) ? (existing.customPermissions as unknown[]) : [];
  const addKeys = keys.filter((key) => !listed.includes(key));
  if (addKeys.length === 0) return undefined;
  const summary = [
    ...(addKeys.length > 0 ? [`customPermissions would gain: ${addKeys.join(', ')}`] : []),
  ].join('; ');
  return {
    absolute: settingsFile,
    text: renderMergedSettingsFile(existing, { addKeys }, schemaRef),
    exists: true,
    summary,
  };
}

/**
 * Which live scheme each existing file describes: the scheme whose id it pins, else the scheme it names
 * (a file without an id). Over every live scheme, so `--scheme` never changes where a file goes.
 */
function claimedFiles(live: readonly LiveScheme[], existing: ExistingFiles): Map<number, string> {
  const claimed = new Map<number, string>();
  const taken = new Set<string>();
  for (const scheme of live) {
    const file = existing.byId.get(scheme.id);
    if (file !== undefined) {
      claimed.set(scheme.id, file);
      taken.add(file);
    }
  }
  for (const scheme of live) {
    const file = existing.byName.get(scheme.name);
    if (claimed.has(scheme.id) || file === undefined || taken.has(file)) continue;
    claimed.set(scheme.id, file);
    taken.add(file);
  }
  return claimed;
}

/**
 * A scheme's file: the existing file that describes it, else its name in the folder, unless another
 * live scheme's file already has that name (then the id is appended, as for any other collision). A file
 * there that describes no live scheme is a plain conflict: replaced with `--force`.
 */
function targetPath(
  scheme: LiveScheme,
  fileNames: ReadonlyMap<number, string>,
  claimed: ReadonlyMap<number, string>,
  outDir: string,
  used: ReadonlySet<string>,
): string {
  const own = claimed.get(scheme.id);
  if (own !== undefined) return own;
  const others = new Set(claimed.values());
  const fileName = fileNames.get(scheme.id) ?? `scheme-${String(scheme.id)}.yml`;
  const stem = fileName.replace(/\.yml$/u, '');
  let candidate = path.join(outDir, fileName);
  for (let n = 1; others.has(candidate) || used.has(candidate); n++) {
    candidate = path.join(
      outDir,
      n === 1 ? `${stem}-${String(scheme.id)}.yml` : `${stem}-${String(scheme.id)}-${String(n)}.yml`,
    );
  }
  return candidate;
}

/** Whether anything is at `file`, a symbolic link included (even one that leads nowhere). */
function exists(file: string): boolean {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes a file so that a link in the way is replaced, never written through: a new file is created
 * exclusively (`wx` fails on anything there, a dangling link included), a replacement is written to a
 * new temporary file and renamed over the old entry (the link itself, not what it points at).
 */
async function writeAtomically(file: string, text: string, replace: boolean): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  if (!replace) {
    // `wx`: if something appeared since the conflict check, fail rather than overwrite it.
    await writeFile(file, text, { encoding: 'utf8', flag: 'wx' });
    return;
  }
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, text, { encoding: 'utf8', flag: 'wx' });
  await rename(temporary, file);
}

/**
 * Every place export writes (the folder, each file's folder, the settings file) must resolve inside the
 * repository: checked before Jira is asked, so a folder that is a link out of it costs nothing.
 */
function refuseOutside(root: string, target: string, subject: string): void {
  const confined = confine(root, target, subject);
  if (!confined.ok) throw new ExportError(`${confined.message}; nothing was written. ${confined.hint}`);
}

async function readSettings(cwd: string, root: string, settingsPath: string | undefined): Promise<Settings> {
  // A settings path that does not exist yet is where export may create the file: defaults until then.
  if (settingsPath !== undefined && !exists(path.resolve(cwd, settingsPath)))
    return structuredClone(DEFAULT_SETTINGS);
  const loaded = await loadSettings({ cwd, root, ...(settingsPath === undefined ? {} : { settingsPath }) });
  const errors = loaded.findings.filter((finding) => finding.severity === 'error');
  if (errors.length > 0) {
    const lines = errors.map(
      (finding) => `  ${finding.file}:${finding.line}:${finding.column}  ${finding.message}`,
    );
    throw new ExportError(
      `the settings file has ${errors.length === 1 ? 'a problem' : `${errors.length} problems`}; nothing was exported:\n${lines.join('\n')}\n` +
        'Fix it (jira-perms validate shows more) and export again.',
    );
  }
  return loaded.settings;
}

/** The output folder, or the first of its parents that exists, must be a folder: said before Jira is asked. */
function refuseNonFolder(outDir: string, cwd: string): void {
  for (let dir = outDir; ; dir = path.dirname(dir)) {
    if (existsSync(dir)) {
      if (statSync(dir).isDirectory()) return;
      const shown = toPosix(path.relative(cwd, dir)) || dir;
      throw new ExportError(
        `${shown} is a file, not a folder: export writes one file per scheme into a folder. ` +
          'Pass a folder with --out (it is created if it does not exist).',
      );
    }
    if (path.dirname(dir) === dir) return;
  }
}

/** The holder forms of the files export is about to replace, by absolute path (see kept-forms.ts). */
async function keptForms(
  targets: readonly string[],
  root: string,
  cwd: string,
  directory: JiraDirectory,
  customPermissions: readonly string[],
): Promise<Map<string, Map<string, KeptForm>>> {
  const files: { path: string; text: string; absolute: string }[] = [];
  for (const absolute of targets) {
    if (!exists(absolute)) continue;
    const read = readTextFile(absolute, { root });
    if (read.ok) files.push({ path: toPosix(path.relative(cwd, absolute)), text: read.text, absolute });
  }
  const byPath = await keptHolderForms(files, directory, customPermissions);
  return new Map(files.map((file) => [file.absolute, byPath.get(file.path) ?? new Map<string, KeptForm>()]));
}

/**
 * Writes the schema copies (each file only when its text changed), inside the repository and never
 * through a link out of it: the `$schema` line of every file export writes points at them.
 */
async function writeSchemaCopies(root: string, cwd: string): Promise<SchemaCopiesResult> {
  const dir = schemaCopiesDir(root);
  const shown = toPosix(path.relative(cwd, dir)) || '.';
  refuseOutside(root, dir, `the schema folder ${excerpt(shown)}`);
  let created = false;
  let updated = false;
  for (const [name, text] of schemaCopyFiles()) {
    const file = path.join(dir, name);
    refuseOutside(root, file, `the schema file ${excerpt(toPosix(path.relative(cwd, file)))}`);
    const before = exists(file) ? readTextFile(file, { root }) : undefined;
    if (before?.ok === true && before.text === text) continue;
    await writeAtomically(file, text, before !== undefined);
    if (before === undefined) created = true;
    else updated = true;
  }
  return { path: shown, action: updated ? 'updated' : created ? 'created' : 'unchanged' };
}

/**
 * Export, as a result: a refusal (files in the way, unknown scheme names, a broken settings file) and a
 * failure (Jira could not be read, a file could not be written) are outcomes, not exceptions.
 */
export async function runExport(options: ExportOptions, deps: CommandDeps): Promise<ExportOutcome> {
  try {
    return { status: 'exported', ...(await exportSchemes(options, deps)) };
  } catch (error) {
    if (error instanceof ExportError) {
      return { status: 'refused', error: error.message, conflicts: error.conflicts };
    }
    return { status: 'failed', error: errorMessage(error) };
  }
}

async function exportSchemes(options: ExportOptions, deps: CommandDeps): Promise<ExportResult> {
  const { cwd, signal } = deps;
  const root = options.root ?? findRepositoryRoot(cwd);
  if (options.schemasOnly === true) {
    // Offline: the copies are the tool's own; Jira is not asked and no other file is touched.
    const schemas = await writeSchemaCopies(root, cwd);
    return {
      out: '',
      files: [],
      customPermissions: [],
      findings: [],
      leftOut: [],
      schemas,
    };
  }
  const jira = deps.jira.reader({ signal });
  const settings = options.settings ?? (await readSettings(cwd, root, options.settingsPath));
  const settingsBase = settings.file === undefined ? cwd : path.dirname(path.resolve(cwd, settings.file));
  const outDir = path.resolve(
    options.out === undefined ? settingsBase : cwd,
    options.out ?? settings.schemes,
  );
  const settingsFile = path.resolve(cwd, options.settingsPath ?? settings.file ?? DEFAULT_SETTINGS_FILE);
  refuseNonFolder(outDir, cwd);
  refuseOutside(root, outDir, `the folder ${excerpt(toPosix(path.relative(cwd, outDir)) || '.')}`);
  refuseOutside(
    root,
    settingsFile,
    `the settings file ${excerpt(toPosix(path.relative(cwd, settingsFile)))}`,
  );
  const schemasDir = schemaCopiesDir(root);
  refuseOutside(root, schemasDir, `the schema folder ${excerpt(toPosix(path.relative(cwd, schemasDir)))}`);

  deps.progress({ step: 'reading', message: 'Reading permission schemes, names and projects from Jira' });
  const live = await jira.listPermissionSchemes();
  const selected = selectSchemes(live, options.schemes).sort((a, b) => a.id - b.id);
  signal.throwIfAborted();
  const site = await gatherSiteNames(jira, selected);
  signal.throwIfAborted();

  // Names come from every live scheme, so that exporting one scheme never renames another's file.
  const fileNames = assignFileNames(live);
  const claimed = claimedFiles(live, await findExistingFiles(outDir, root));
  const schemaRef = options.schemaRef ?? schemaReference('permission-scheme.schema.json', outDir, schemasDir);

  const writes: (PlannedWrite & { file: Omit<ExportedFile, 'replaced'> })[] = [];
  const leftOut: LeftOutInScheme[] = [];
  const customPermissions = new Set<string>();
  const used = new Set<string>();
  const targets = selected.map((scheme) => {
    const absolute = targetPath(scheme, fileNames, claimed, outDir, used);
    used.add(absolute);
    return absolute;
  });
  // --force over files people wrote: their holder forms stay where they name the grant Jira has.
  const kept =
    options.force === true
      ? await keptForms(targets, root, cwd, jira, settings.customPermissions)
      : new Map<string, Map<string, KeptForm>>();
  for (const [index, scheme] of selected.entries()) {
    const absolute = targets[index] ?? '';
    const keptFormsOfFile = kept.get(absolute);
    const document = buildSchemeDocument(scheme, site, {
      managedHolders: settings.managedHolders,
      customPermissions: settings.customPermissions,
      ...(keptFormsOfFile === undefined ? {} : { keptForms: keptFormsOfFile }),
    });
    // A file found in a subfolder may sit behind a link; the file itself is replaced, never followed.
    refuseOutside(
      root,
      path.dirname(absolute),
      `the folder of ${excerpt(toPosix(path.relative(cwd, absolute)))}`,
    );
    writes.push({
      absolute,
      text: renderSchemeFile(document, { schemaRef }),
      exists: exists(absolute),
      file: {
        path: toPosix(path.relative(cwd, absolute)),
        schemeId: scheme.id,
        scheme: scheme.name,
        grants: document.permissions.reduce((sum, permission) => sum + permission.holders.length, 0),
      },
    });
    for (const grant of document.leftOut)
      leftOut.push({ ...grant, scheme: scheme.name, schemeId: scheme.id });
    for (const key of document.appDefinedKeys) customPermissions.add(key);
    deps.progress({
      step: 'exporting',
      message: 'Exporting schemes',
      done: writes.length,
      total: selected.length,
    });
  }
  const keys = [...customPermissions].filter((key) => !isBuiltInPermission(key)).sort();
  // At the settings' severities (the defaults when export creates the file): never relaxed, reported.
  const findings = checkExportedFiles(
    writes.map((write) => ({ path: write.file.path, text: write.text })),
    settings,
    keys,
  );
  const settingsWrite = planSettingsWrite(settingsFile, keys, outDir, cwd, root);

  const conflicts = [
    ...writes.filter((write) => write.exists).map((write) => write.file.path),
    ...(settingsWrite?.exists === true
      ? [`${toPosix(path.relative(cwd, settingsFile))} (${settingsWrite.summary})`]
      : []),
  ];
  if (conflicts.length > 0 && options.force !== true) {
    const listed = conflicts.slice(0, MAX_LISTED).map((conflict) => `  ${conflict}`);
    if (conflicts.length > MAX_LISTED) listed.push(`  and ${conflicts.length - MAX_LISTED} more`);
    throw new ExportError(
      `export would overwrite ${conflicts.length === 1 ? 'a file that exists' : `${conflicts.length} files that exist`}; nothing was written:\n` +
        `${listed.join('\n')}\n` +
        'Run again with --force to overwrite them (check `git status` first), or export into another folder with --out.',
      conflicts,
    );
  }

  await mkdir(outDir, { recursive: true });
  const files: ExportedFile[] = [];
  for (const [index, write] of writes.entries()) {
    signal.throwIfAborted();
    await writeAtomically(write.absolute, write.text, write.exists);
    files.push({ ...write.file, replaced: write.exists });
    deps.progress({ step: 'writing', message: 'Writing files', done: index + 1, total: writes.length });
  }
  const schemas = await writeSchemaCopies(root, cwd);
  let settingsResult: ExportResult['settingsFile'];
  if (settingsWrite !== undefined) {
    await writeAtomically(settingsWrite.absolute, settingsWrite.text, settingsWrite.exists);
    settingsResult = {
      path: toPosix(path.relative(cwd, settingsWrite.absolute)),
      action: settingsWrite.exists ? 'updated' : 'created',
    };
  }

  return {
    out: toPosix(path.relative(cwd, outDir)) || '.',
    files,
    ...(settingsResult === undefined ? {} : { settingsFile: settingsResult }),
    customPermissions: keys,
    findings,
    leftOut,
    schemas,
  };
}
