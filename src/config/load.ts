import { existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

import type { Finding } from '../model/finding.js';
import type { SourceLocation } from '../model/location.js';
import { DEFAULT_SETTINGS_FILE, type Settings } from '../model/settings.js';
import type { SchemeSpec } from '../model/spec.js';
import { crossFileFindings } from '../validate/cross-file.js';
import { SchemeLinter } from '../validate/lint.js';
import { projectListFindings } from '../validate/projects.js';
import { RULES } from '../validate/rules/index.js';
import { compareCodeUnits, compareFindings } from '../validate/order.js';
import { confine, findRepositoryRoot } from './confine.js';
import { discoverSchemeFiles } from './discover.js';
import { locatedFinding, problemFinding, yamlFindings } from './findings.js';
import { schemeProblems, unknownPermissionProblems } from './messages.js';
import type { SchemaProblem } from './messages.js';
import { PositionMap } from './positions.js';
import { readTextFile, type ReadOptions } from './read.js';
import { surelyValidScheme } from './scheme-check.js';
import { collectSchemeErrors, getValidators } from './schemas.js';
import { displayPath, loadSettingsSync, resolvePath } from './settings.js';
import { SpecSharing, toSchemeSpec } from './spec.js';
import { excerpt } from '../util/excerpt.js';
import { parseYamlDocument, type YamlParse } from './yaml.js';

export interface LoadProjectOptions {
  /** Working directory: relative paths are resolved against it, and findings name files relative to it. */
  cwd: string;
  /** The scheme folder (or one scheme file), relative to `cwd`. Default: the settings file's `schemes`. */
  path?: string;
  /** The settings file, relative to `cwd`. Default: `.jira-permissions.yml`, here or in a folder above. */
  settingsPath?: string;
  /**
   * The repository root: the settings file, the scheme folder and every scheme file must resolve inside
   * it (after symbolic links). Default: the nearest folder at or above `cwd` with `.git`, else `cwd`.
   */
  root?: string;
  /** Permission keys accepted besides the built-in ones and the settings' customPermissions (plan and
   * apply pass the live Jira's permission catalogue). */
  customPermissions?: readonly string[];
  /** The live site's permission keys, when known (plan): product permissions it offers are not noted. */
  sitePermissions?: readonly string[];
  /**
   * False when the caller reads only the findings and the files (an offline validate): the specs come
   * back with no grants (`grants: []`), so that each file's grants die young once its rules ran instead
   * of living, and being copied by the collector, until the run ends. The findings are the same.
   * Default true.
   */
  keepGrants?: boolean;
}

export interface LoadedFile {
  /** Relative to `cwd`, with forward slashes. */
  path: string;
  /** Of the file's bytes. */
  sha256: string;
}

export interface LoadedProject {
  settings: Settings;
  /** Files that loaded and passed every check, in file order. */
  schemes: SchemeSpec[];
  /**
   * Files that passed the schema but use permission keys that are neither built in nor allowed: only
   * the live catalogue can say whether they are right (`validate --online`, plan). In file order.
   */
  unverifiedSchemes: SchemeSpec[];
  /** Every problem of every file (YAML, schema, cross-file, lint rules, settings), sorted by place. */
  findings: Finding[];
  /** Every scheme file that was read (valid or not), in order. */
  files: LoadedFile[];
  /** The settings file, when one was read (not part of `files`). */
  settingsFile?: LoadedFile;
  /** The scheme folder, relative to `cwd`. */
  folder: string;
}

/** One scheme file, loaded. */
export interface LoadedSchemeFile extends CheckedSchemeText {
  sha256?: string;
}

/** Where a scheme folder really is, when it was confined to the repository. */
export interface ConfinedFolder {
  /** The folder as given (absolute). */
  folder: string;
  /** Its real path (every link followed). */
  real: string;
}

/** Where a missing scheme folder came from, so a run from the wrong folder says what it looked for. */
function missingFolderHint(options: LoadProjectOptions, project: LoadedProject, root: string): string {
  if (options.path !== undefined)
    return 'Check the path given with --path (it is relative to the working directory).';
  if (project.settingsFile !== undefined) {
    return `It comes from "schemes:" in ${project.settingsFile.path} (relative to that file): create the folder, or correct "schemes:".`;
  }
  const top = displayPath(options.cwd, root);
  const searched = top === '.' ? 'in this folder' : `from this folder up to the repository root (${top})`;
  return (
    `No ${DEFAULT_SETTINGS_FILE} was found ${searched}, so the default folder is looked for here. ` +
    `Run from the folder that holds it, pass --path DIR, or add ${DEFAULT_SETTINGS_FILE} with "schemes: <folder>".`
  );
}

/**
 * Loads the settings and every scheme file, validates them (YAML rules, schema, permission keys, files
 * against each other) and runs the lint rules. Never throws for bad files: every problem is a finding.
 */
export function loadProject(options: LoadProjectOptions): Promise<LoadedProject> {
  return Promise.resolve(loadProjectSync(options));
}

export function loadProjectSync(options: LoadProjectOptions): LoadedProject {
  const root = options.root ?? findRepositoryRoot(options.cwd);
  const settingsResult = loadSettingsSync({
    cwd: options.cwd,
    root,
    ...(options.settingsPath === undefined ? {} : { settingsPath: options.settingsPath }),
  });
  const settings = settingsResult.settings;
  const findings: Finding[] = [...settingsResult.findings];
  const folderAbsolute =
    options.path !== undefined
      ? resolvePath(options.cwd, options.path)
      : resolve(settingsResult.baseDir, settings.schemes);
  const folder = displayPath(options.cwd, folderAbsolute);
  const project: LoadedProject = {
    settings,
    schemes: [],
    unverifiedSchemes: [],
    findings,
    files: [],
    folder,
  };
  if (settingsResult.source !== undefined) project.settingsFile = settingsResult.source;

  // A missing folder is reported as missing below; one that exists must be inside the repository.
  const confined = existsSync(folderAbsolute)
    ? confine(root, folderAbsolute, `the scheme folder ${excerpt(folder)}`)
    : undefined;
  if (confined?.ok === false) {
    // Point at `schemes:` in the settings file when that is where the folder came from.
    const at = options.path === undefined ? settingsResult.schemesAt : undefined;
    findings.push(
      problemFinding(
        at === undefined || project.settingsFile === undefined ? folder : project.settingsFile.path,
        at?.line ?? 1,
        at?.column ?? 1,
        'files',
        'outside',
        `${confined.message}; no scheme file was read`,
        confined.hint,
      ),
    );
    return finish(project);
  }
  const discovery = discoverSchemeFiles(folderAbsolute);
  if (!discovery.ok) {
    findings.push(
      problemFinding(
        folder,
        1,
        1,
        'files',
        'no-folder',
        `the scheme folder "${folder}" ${discovery.message}`,
        discovery.reason === 'missing' ? missingFolderHint(options, project, root) : undefined,
      ),
    );
    return finish(project);
  }
  if (settings.prune && discovery.files.length === 1 && discovery.files[0] === folderAbsolute) {
    // One file says nothing about the schemes of the others: pruning them would delete schemes whose
    // files merely were not given.
    project.settings = { ...settings, prune: false };
    findings.push(
      problemFinding(
        folder,
        1,
        1,
        'files',
        'prune-ignored',
        `prune is ignored: "${folder}" is one scheme file, so live schemes without it are not planned for deletion`,
        'Plan the whole scheme folder (--path DIR) to prune.',
      ),
    );
  }
  const settingsAbsolute =
    settingsResult.source === undefined ? undefined : resolvePath(options.cwd, settingsResult.source.path);
  const allowed = new Set([...settings.customPermissions, ...(options.customPermissions ?? [])]);
  const partials: SchemeSpec[] = [];
  // Regular files found by walking real folders under the confined scheme folder are inside the
  // repository by construction: their real path is the folder's real path and their own relative path.
  const plain = new Set(discovery.plain);
  const realFolder = confined?.ok === true ? { folder: folderAbsolute, real: confined.real } : undefined;
  const sharing = new SpecSharing();
  const files: string[] = [];
  for (const absolute of discovery.files) {
    if (absolute !== settingsAbsolute) files.push(displayPath(options.cwd, absolute));
  }
  // Each file is linted as soon as it is read when the files come in the order the rules' findings are
  // given in (by path, compared by code unit: always, but for paths that displayPath reorders).
  const linter = new SchemeLinter(settings, RULES, {
    ...(options.sitePermissions === undefined ? {} : { sitePermissions: new Set(options.sitePermissions) }),
  });
  const lintAsRead = files.every(
    (file, index) => index === 0 || compareCodeUnits(files[index - 1] ?? '', file) < 0,
  );
  const keepGrants = options.keepGrants !== false;
  let index = 0;
  for (const absolute of discovery.files) {
    if (absolute === settingsAbsolute) continue;
    const file = files[index++] ?? displayPath(options.cwd, absolute);
    const loaded = loadSchemeFile(
      absolute,
      file,
      allowed,
      root,
      plain.has(absolute) ? realFolder : undefined,
      sharing,
    );
    if (loaded.sha256 !== undefined) project.files.push({ path: file, sha256: loaded.sha256 });
    findings.push(...loaded.findings);
    const readable = loaded.spec ?? loaded.unverified ?? loaded.partial;
    if (readable !== undefined && lintAsRead) {
      // A file that failed a check still gets the findings of the rules that judge grants one by one;
      // rules about the scheme as a whole would judge it by what could be read (or by a mistyped key,
      // e.g. BROWSE_PROJECT), and be wrong.
      linter.add(readable, loaded.spec === undefined);
      if (!keepGrants) readable.grants = [];
    }
    if (loaded.spec !== undefined) project.schemes.push(loaded.spec);
    if (loaded.unverified !== undefined) project.unverifiedSchemes.push(loaded.unverified);
    if (loaded.partial !== undefined) partials.push(loaded.partial);
  }
  if (discovery.files.length === 0) {
    findings.push(
      problemFinding(
        folder,
        1,
        1,
        'files',
        'no-files',
        `the scheme folder "${folder}" has no *.yml or *.yaml files`,
        'Add a scheme file, e.g. with `jira-perms export`, or check --path.',
      ),
    );
    if (project.settings.prune) {
      // An empty folder is far more likely a wrong path than a wish to delete every unused scheme.
      project.settings = { ...project.settings, prune: false };
      findings.push(
        problemFinding(
          folder,
          1,
          1,
          'files',
          'prune-ignored',
          `prune is ignored: the scheme folder "${folder}" has no scheme files, so no live scheme is planned for deletion`,
          'Check --path or "schemes:" in the settings file.',
        ),
      );
    }
  }
  const readable = [...project.schemes, ...project.unverifiedSchemes, ...partials].sort((a, b) =>
    compareCodeUnits(a.file, b.file),
  );
  findings.push(...crossFileFindings(readable));
  findings.push(...projectListFindings(readable));
  if (!lintAsRead) {
    const whole = new Set(project.schemes);
    for (const scheme of readable) linter.add(scheme, !whole.has(scheme));
    if (!keepGrants) for (const scheme of readable) scheme.grants = [];
  }
  findings.push(...linter.findings());
  return finish(project);
}

function finish(project: LoadedProject): LoadedProject {
  project.findings.sort(compareFindings);
  return project;
}

/**
 * Reads, parses and validates one scheme file: the spec when the file passed the schema and every
 * permission key is known, and the file's own problems (lint rules and cross-file checks are not run).
 */
export function loadSchemeFile(
  absolutePath: string,
  file: string,
  allowedPermissions: ReadonlySet<string>,
  /** The repository root the file must resolve inside (see {@link LoadProjectOptions.root}). */
  root?: string,
  /**
   * Only for a regular file reached without links under this folder, which was confined already: the
   * file is opened at the folder's real path without resolving it again.
   */
  confinedFolder?: ConfinedFolder,
  /** Shared by the files of one load (see {@link SpecSharing}). */
  sharing?: SpecSharing,
): LoadedSchemeFile {
  const options: ReadOptions = root === undefined ? {} : { root };
  if (confinedFolder !== undefined) {
    options.confinedPath = underRealFolder(confinedFolder, absolutePath);
  }
  const read = readTextFile(absolutePath, options);
  if (!read.ok) {
    return {
      findings: [
        read.outside === true
          ? problemFinding(file, read.line, read.column, 'files', 'outside', read.message, read.hint)
          : problemFinding(file, read.line, read.column, 'yaml', 'unreadable', read.message, read.hint),
      ],
      ...(read.sha256 === undefined ? {} : { sha256: read.sha256 }),
    };
  }
  return { ...checkSchemeText(read.text, file, allowedPermissions, sharing), sha256: read.sha256 };
}

/**
 * `absolutePath`, a file the walk found under `confined.folder`, at the folder's real path. The walk
 * built the path by joining names onto the folder, so swapping the prefix is what path.relative and
 * path.join would give, without their work per file; any other path takes them.
 */
function underRealFolder(confined: ConfinedFolder, absolutePath: string): string {
  const { folder, real } = confined;
  if (
    absolutePath.startsWith(folder) &&
    absolutePath.charAt(folder.length) === sep &&
    !folder.endsWith(sep)
  ) {
    return real.endsWith(sep)
      ? real + absolutePath.slice(folder.length + 1)
      : real + absolutePath.slice(folder.length);
  }
  return join(real, relative(folder, absolutePath));
}

/** One scheme file's text, checked. */
export interface CheckedSchemeText {
  /** The scheme, when the file passed every check. */
  spec?: SchemeSpec;
  /**
   * The scheme, when the file passed the schema but has permission keys that are neither built in nor
   * allowed (each one an error finding): plan, apply and `validate --online` ask the live catalogue.
   */
  unverified?: SchemeSpec;
  /**
   * What could be read of a file that failed the schema: its valid holders under valid permission lists,
   * for the lint rules that judge grants one by one. Never planned.
   */
  partial?: SchemeSpec;
  findings: Finding[];
}

/** Parses and validates one scheme file's text. Pure: no file system. */
export function checkSchemeText(
  text: string,
  file: string,
  allowedPermissions: ReadonlySet<string> = new Set(),
  sharing?: SpecSharing,
): CheckedSchemeText {
  // Nearly every file is valid, and a valid file's spec needs positions only down to its holder
  // entries: try that first. A file with any problem is parsed again with every position, so that each
  // finding points where it always did.
  const parsed = parseYamlDocument(text, { shallow: true });
  if (parsed.ok && parsed.shallow === true) {
    const value = parsed.value;
    if (
      typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value) &&
      // The hand-written check first (built-in keys only, so no key is unknown); the schema's validator
      // for whatever it does not answer for.
      (surelyValidScheme(value as Record<string, unknown>) ||
        (unknownPermissionProblems(value, allowedPermissions, 0).length === 0 &&
          getValidators().schemeCheck(value)))
    ) {
      return {
        spec: toSchemeSpec(
          value,
          new PositionMap(file, text, parsed.root),
          sharing === undefined ? {} : { sharing },
        ),
        findings: [],
      };
    }
    return checkParsedSchemeText(parseYamlDocument(text), text, file, allowedPermissions, sharing);
  }
  return checkParsedSchemeText(parsed, text, file, allowedPermissions, sharing);
}

/** {@link checkSchemeText} once the text is parsed with every position. */
function checkParsedSchemeText(
  parsed: YamlParse,
  text: string,
  file: string,
  allowedPermissions: ReadonlySet<string>,
  sharing?: SpecSharing,
): CheckedSchemeText {
  if (!parsed.ok) {
    const findings = yamlFindings(file, text, parsed.problems.slice(0, MAX_FINDINGS_PER_FILE));
    if (parsed.problems.length > MAX_FINDINGS_PER_FILE) findings.push(tooManyFinding(file, findings));
    return { findings };
  }
  const positions = new PositionMap(file, text, parsed.root);
  const value = parsed.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    // Never the value itself: a file that is not a mapping can be anything (a token, /etc/passwd), and
    // the value of a one-scalar file is the whole file.
    const what =
      value === null
        ? 'nothing'
        : Array.isArray(value)
          ? 'a list'
          : typeof value === 'string'
            ? `text (${Array.from(value).length.toLocaleString('en-US')} characters)`
            : typeof value === 'number'
              ? 'a number'
              : `a ${typeof value}`;
    return {
      findings: [
        locatedFinding(
          positions.locate([]),
          'schema',
          'not-a-mapping',
          `a scheme file must be a mapping (name:, grants:, ...), not ${what}`,
          'Start the file with "name: <scheme name>" and "grants:".',
        ),
      ],
    };
  }
  const { schemeCheck } = getValidators();
  // Every problem of the file, not only the first kind: unknown permission keys are findings beside the
  // schema's, and neither hides the lint rules' findings on what could be read.
  const unknown = unknownPermissionProblems(value, allowedPermissions, MAX_FINDINGS_PER_FILE);
  const explained: SchemaProblem[] = [];
  let more = Math.max(0, unknown.length - MAX_FINDINGS_PER_FILE);
  if (!schemeCheck(value)) {
    const room = MAX_FINDINGS_PER_FILE - Math.min(unknown.length, MAX_FINDINGS_PER_FILE);
    const all = schemeProblems(value, collectSchemeErrors(value, room + 1), room + 1);
    explained.push(...all.slice(0, room));
    if (all.length > room) more = Math.max(more, 1);
  }
  const locate = (problem: SchemaProblem): SourceLocation =>
    problem.at === 'key' ? positions.locateKey(problem.path) : positions.locate(problem.path);
  const findings = [
    ...unknown
      .slice(0, MAX_FINDINGS_PER_FILE)
      .map((problem) =>
        locatedFinding(locate(problem), 'schema', 'unknown-permission', problem.message, problem.hint),
      ),
    ...explained.map((problem) =>
      locatedFinding(locate(problem), 'schema', 'problem', problem.message, problem.hint),
    ),
  ];
  if (more > 0) {
    findings.push(tooManyFinding(file, findings));
    return { findings };
  }
  if (explained.length === 0) {
    const spec = toSchemeSpec(value, positions, sharing === undefined ? {} : { sharing });
    // Only unknown keys: the scheme is whole, and the live catalogue may still know them.
    return unknown.length === 0 ? { spec, findings } : { unverified: spec, findings };
  }
  return { partial: toSchemeSpec(value, positions, { partial: true }), findings };
}

/**
 * Most findings reported for one file: past this, the file is more likely not a scheme file at all, and
 * composing thousands of messages (each with a "did you mean") would only slow the run down.
 */
export const MAX_FINDINGS_PER_FILE = 50;

function tooManyFinding(file: string, shown: readonly Finding[]): Finding {
  const last = shown[shown.length - 1];
  return problemFinding(
    file,
    last?.line ?? 1,
    last?.column ?? 1,
    'schema',
    'too-many',
    `more problems in this file are not shown (the first ${MAX_FINDINGS_PER_FILE} are)`,
    'Fix these first, or check that this is a scheme file.',
  );
}

/** Stable order for findings (kept here too for callers that import it from the loader). */
export { compareFindings };
