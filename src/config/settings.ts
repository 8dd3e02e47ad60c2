import { lstatSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

import type { Finding } from '../model/finding.js';
import type { Settings } from '../model/settings.js';
import { DEFAULT_SETTINGS, DEFAULT_SETTINGS_FILE } from '../model/settings.js';
import { ADJUSTABLE_RULE_IDS, RULE_REGISTRY, newFinding } from '../model/rules.js';
import { settingsProblems } from './messages.js';
import { PositionMap } from './positions.js';
import { readTextFile } from './read.js';
import { SCHEMAS, getValidators } from './schemas.js';
import { parseYamlDocument } from './yaml.js';
import { yamlFindings, problemFinding } from './findings.js';
import { findRepositoryRoot } from './confine.js';

export interface SettingsResult {
  /** The settings, defaults applied. Defaults alone when the file is missing or invalid. */
  settings: Settings;
  /** Problems with the settings file (rule id `settings`). */
  findings: Finding[];
  /** The settings file that was read, when there is one. */
  source?: { path: string; sha256: string };
  /** Folder relative paths in the settings file are resolved against. */
  baseDir: string;
  /** Where `schemes:` is written in the settings file, when it is. */
  schemesAt?: { line: number; column: number };
}

export interface LoadSettingsOptions {
  cwd: string;
  /**
   * Settings file, relative to `cwd`. When given, it must exist. Default: `.jira-permissions.yml` in
   * `cwd` or the nearest folder above it, up to the repository root (as git, npm and eslint look).
   */
  settingsPath?: string;
  /** The repository root: the settings file must resolve inside it. Default: found from `cwd`. */
  root?: string;
}

/**
 * The default settings file for a working directory: `.jira-permissions.yml` in `cwd` or the nearest
 * folder above it, stopping at the repository root; in `cwd` when there is none (it may be created
 * there). A symbolic link counts as a file here, so one that leads outside is refused, not skipped.
 */
export function findSettingsFile(cwd: string, root: string): { path: string; found: boolean } {
  const start = resolve(cwd);
  const top = resolve(root);
  const inside = relative(top, start);
  const searchUp = inside === '' || (!inside.startsWith('..') && !isAbsolute(inside));
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, DEFAULT_SETTINGS_FILE);
    try {
      lstatSync(candidate);
      return { path: candidate, found: true };
    } catch {
      // Not here: look one folder up.
    }
    if (!searchUp || dir === top || dirname(dir) === dir) break;
  }
  return { path: join(start, DEFAULT_SETTINGS_FILE), found: false };
}

const ROOT_KEYS = Object.keys(SCHEMAS.settings.properties);

/** Registered rules that `rules:` cannot change, with the reason. */
const FIXED_RULES: ReadonlyMap<string, string> = new Map(
  RULE_REGISTRY.flatMap((meta) => (meta.fixed === undefined ? [] : [[meta.id, meta.fixed] as const])),
);

/**
 * Forward-slash path of `absolute` relative to `cwd`, as findings and specs name files. A path outside
 * `cwd` is shown whole: `../../tmp/x` would make the reader work out where that is.
 */
export function displayPath(cwd: string, absolute: string): string {
  const path = relative(cwd, absolute) || '.';
  const outside = path === '..' || path.startsWith(`..${sep}`) || isAbsolute(path);
  const shown = outside ? absolute : path;
  return sep === '/' ? shown : shown.split(sep).join('/');
}

/**
 * Reads the settings file, validates it against settings.schema.json and applies the defaults.
 * Never throws: a missing default file means defaults; every problem is a finding.
 */
export function loadSettings(options: LoadSettingsOptions): Promise<SettingsResult> {
  return Promise.resolve(loadSettingsSync(options));
}

export function loadSettingsSync(options: LoadSettingsOptions): SettingsResult {
  const explicit = options.settingsPath !== undefined;
  const root = options.root ?? findRepositoryRoot(options.cwd);
  const absolute =
    options.settingsPath === undefined
      ? findSettingsFile(options.cwd, root).path
      : resolvePath(options.cwd, options.settingsPath);
  const file = displayPath(options.cwd, absolute);
  const defaults = (): Settings => structuredClone(DEFAULT_SETTINGS);
  const read = readTextFile(absolute, { root });
  if (!read.ok) {
    if (!explicit && read.missing === true) {
      return { settings: defaults(), findings: [], baseDir: options.cwd };
    }
    const finding = problemFinding(
      file,
      read.line,
      read.column,
      'settings',
      'unreadable',
      read.message,
      read.hint,
    );
    return { settings: defaults(), findings: [finding], baseDir: dirname(absolute) };
  }
  const source = { path: file, sha256: read.sha256 };
  const baseDir = dirname(absolute);
  const parsed = parseYamlDocument(read.text);
  if (!parsed.ok) {
    const findings = yamlFindings(file, read.text, parsed.problems, 'settings');
    // A settings file holding only comments is as good as none.
    if (parsed.problems.length === 1 && parsed.problems[0]?.empty === true) {
      return { settings: { ...defaults(), file }, findings: [], source, baseDir };
    }
    return { settings: defaults(), findings, source, baseDir };
  }
  const positions = new PositionMap(file, read.text, parsed.root);
  const validate = getValidators().settings;
  if (!validate(parsed.value)) {
    const findings = settingsProblems(validate.errors ?? [], ROOT_KEYS, ADJUSTABLE_RULE_IDS, FIXED_RULES).map(
      (problem) => {
        const location =
          problem.at === 'key' ? positions.locateKey(problem.path) : positions.locate(problem.path);
        return newFinding('settings', 'problem', location, problem.message, problem.hint);
      },
    );
    // The step fails on these findings anyway; keeping the keys that are valid on their own (above all
    // `schemes`) means the rest of the run reports on the right folder instead of adding false errors.
    return {
      settings: withDefaults(validKeys(parsed.value), file),
      findings,
      source,
      baseDir,
      ...schemesLocation(positions, parsed.value),
    };
  }
  return {
    settings: withDefaults(parsed.value as SettingsFile, file),
    findings: [],
    source,
    baseDir,
    ...schemesLocation(positions, parsed.value),
  };
}

function schemesLocation(positions: PositionMap, value: unknown): Pick<SettingsResult, 'schemesAt'> {
  if (typeof value !== 'object' || value === null || !('schemes' in value)) return {};
  const { line, column } = positions.locate(['schemes']);
  return { schemesAt: { line, column } };
}

/** The top-level keys of an invalid settings file that pass the schema on their own. */
function validKeys(value: unknown): SettingsFile {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const validate = getValidators().settings;
  const kept: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
    if (validate({ [key]: entry })) kept[key] = entry;
  }
  return kept;
}

/** The settings file as written (valid against settings.schema.json): ids may be numbers. */
type SettingsFile = Partial<Omit<Settings, 'managedHolders'>> & {
  managedHolders?: { type: string; name?: string; id?: string | number }[];
};

function withDefaults(value: SettingsFile, file: string): Settings {
  const defaults = structuredClone(DEFAULT_SETTINGS);
  return {
    file,
    schemes: value.schemes ?? defaults.schemes,
    customPermissions: value.customPermissions ?? defaults.customPermissions,
    prune: value.prune ?? defaults.prune,
    rules: value.rules ?? defaults.rules,
    managedHolders: (value.managedHolders ?? defaults.managedHolders).map((holder) => ({
      type: holder.type,
      ...(holder.name === undefined ? {} : { name: holder.name }),
      ...(holder.id === undefined ? {} : { id: String(holder.id) }),
    })),
    accessLimits: value.accessLimits ?? defaults.accessLimits,
    guardrails: {
      maxRemovals: value.guardrails?.maxRemovals ?? defaults.guardrails.maxRemovals,
      maxRemovalRatio: value.guardrails?.maxRemovalRatio ?? defaults.guardrails.maxRemovalRatio,
      allow: value.guardrails?.allow ?? defaults.guardrails.allow,
    },
  };
}

export function resolvePath(base: string, path: string): string {
  return isAbsolute(path) ? path : resolve(join(base, path));
}
