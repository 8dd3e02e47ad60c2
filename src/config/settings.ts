import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

import type { Finding } from '../model/finding.js';
import type { Settings } from '../model/settings.js';
import { DEFAULT_SETTINGS, DEFAULT_SETTINGS_FILE } from '../model/settings.js';
import { RULE_IDS } from '../validate/rules/index.js';
import { settingsProblems } from './messages.js';
import { PositionMap } from './positions.js';
import { readTextFile } from './read.js';
import { SCHEMAS, getValidators } from './schemas.js';
import { parseYamlDocument } from './yaml.js';
import { yamlFindings, problemFinding } from './findings.js';

export interface SettingsResult {
  /** The settings, defaults applied. Defaults alone when the file is missing or invalid. */
  settings: Settings;
  /** Problems with the settings file (rule id `settings`). */
  findings: Finding[];
  /** The settings file that was read, when there is one. */
  source?: { path: string; sha256: string };
  /** Folder relative paths in the settings file are resolved against. */
  baseDir: string;
}

export interface LoadSettingsOptions {
  cwd: string;
  /** Settings file, relative to `cwd` (default `.jira-permissions.yml`). When given, it must exist. */
  settingsPath?: string;
}

const ROOT_KEYS = Object.keys(SCHEMAS.settings.properties);

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
  const absolute = resolvePath(options.cwd, options.settingsPath ?? DEFAULT_SETTINGS_FILE);
  const file = displayPath(options.cwd, absolute);
  const defaults = (): Settings => structuredClone(DEFAULT_SETTINGS);
  const read = readTextFile(absolute);
  if (!read.ok) {
    if (!explicit && read.missing === true) {
      return { settings: defaults(), findings: [], baseDir: options.cwd };
    }
    const finding = problemFinding(file, read.line, read.column, 'settings', read.message, read.hint);
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
    const findings = settingsProblems(validate.errors ?? [], ROOT_KEYS, RULE_IDS).map((problem) => {
      const location =
        problem.at === 'key' ? positions.locateKey(problem.path) : positions.locate(problem.path);
      return {
        ...location,
        severity: 'error' as const,
        ruleId: 'settings',
        message: problem.message,
        ...(problem.hint === undefined ? {} : { hint: problem.hint }),
      };
    });
    // The step fails on these findings anyway; keeping the keys that are valid on their own (above all
    // `schemes`) means the rest of the run reports on the right folder instead of adding false errors.
    return { settings: withDefaults(validKeys(parsed.value), file), findings, source, baseDir };
  }
  return { settings: withDefaults(parsed.value as SettingsFile, file), findings: [], source, baseDir };
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
