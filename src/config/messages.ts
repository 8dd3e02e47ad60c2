import { HOLDER_TYPES, PARAMETERLESS_HOLDER_TYPES } from '../model/holder.js';
import { BUILT_IN_PERMISSIONS, isBuiltInPermission } from '../model/permissions.js';
import { suggestFor } from './suggest.js';
import type { NodePath } from './positions.js';
import { pointerToPath } from './positions.js';
import type { ErrorObject } from './schemas.js';
import { EXCERPT_LENGTH, excerpt } from '../util/excerpt.js';

/** A schema problem, by path into the file's value; `at: 'key'` points at the key rather than its value. */
export interface SchemaProblem {
  path: NodePath;
  at: 'key' | 'value';
  message: string;
  hint?: string;
  /** A required key that is missing (so that a misspelling of it is not reported twice). */
  missing?: string;
  /** The key an unknown key is most likely a misspelling of. */
  misspellingOf?: string;
}

/**
 * A misspelt required key (`grants2:`) is one mistake, though the schema sees two (an unknown key, and
 * a missing one): keep the "did you mean" and drop the "missing".
 */
function dropMissingThatAreMisspelt(problems: SchemaProblem[]): SchemaProblem[] {
  const misspelt = new Set(
    problems
      .filter((problem) => problem.misspellingOf !== undefined)
      .map((problem) => [...problem.path.slice(0, -1), problem.misspellingOf].join('\u0000')),
  );
  if (misspelt.size === 0) return problems;
  return problems.filter(
    (problem) =>
      problem.missing === undefined || !misspelt.has([...problem.path, problem.missing].join('\u0000')),
  );
}

const SCHEME_KEYS = ['name', 'description', 'id', 'projects', 'grants'];
const BUILT_IN_KEYS = BUILT_IN_PERMISSIONS.map((permission) => permission.key);
const HOLDER_TYPE_NAMES: readonly string[] = HOLDER_TYPES;
const BARE_WORDS = new Set([...PARAMETERLESS_HOLDER_TYPES, 'applicationRole']);

const CUSTOM_PERMISSION_HINT =
  "An app's permission key is accepted once it is listed under customPermissions in .jira-permissions.yml.";

/** How each holder type with a value is written, for messages. */
const HOLDER_FORMS: Record<string, string> = {
  applicationRole: '"applicationRole: <application key>" (e.g. jira-software), or bare "applicationRole"',
  group: '"group: <group name>" or "group: {id: <groupId>}"',
  projectRole: '"projectRole: <role name>", "projectRole: <role id>" or "projectRole: {id: <role id>}"',
  user: '"user: <accountId>" or "user: {email: <address>}"',
  userCustomField: '"userCustomField: <field id or name>"',
  groupCustomField: '"groupCustomField: <field id or name>"',
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A value inside a hint's example: itself when short and plain, else a placeholder. */
const shortValue = (value: string): string =>
  excerpt(value) === `"${value}"` && value.length <= EXCERPT_LENGTH ? value : '<address>';

const describeValue = (value: unknown): string => {
  if (value === null) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return excerpt(value);
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`;
  return typeof value;
};

const suggestion = (input: string, candidates: readonly string[], quote = true): string => {
  const match = suggestFor(input, candidates);
  if (match === undefined) return '';
  return quote ? ` — did you mean "${match}"?` : ` — did you mean ${match}?`;
};

/** Permission keys the file uses that are neither built in nor allowed (settings or live catalogue). */
export function unknownPermissionProblems(
  value: unknown,
  allowed: ReadonlySet<string>,
  limit = Number.POSITIVE_INFINITY,
): SchemaProblem[] {
  if (!isRecord(value) || !isRecord(value.grants)) return [];
  const problems: SchemaProblem[] = [];
  for (const key of Object.keys(value.grants)) {
    if (isBuiltInPermission(key) || allowed.has(key)) continue;
    // Past the limit, count without composing messages (suggestions cost an edit distance per key).
    if (problems.length >= limit) {
      problems.push({ path: ['grants', key], at: 'key', message: '' });
      continue;
    }
    const candidates = [...BUILT_IN_KEYS, ...allowed];
    problems.push({
      path: ['grants', key],
      at: 'key',
      message: `unknown permission ${excerpt(key)}${suggestion(key, candidates, false)}`,
      hint: /^[A-Z][A-Z0-9_]*$/.test(key)
        ? `Built-in keys are listed in schemas/permissions.schema.json. ${CUSTOM_PERMISSION_HINT}`
        : CUSTOM_PERMISSION_HINT,
    });
  }
  return problems;
}

/**
 * Rewrites ajv's errors for a scheme file into one problem per real mistake, in words a person acts on.
 * Holder entries (where the schema's anyOf over eleven holder types floods ajv's output) are explained
 * from the entry itself; the permission keys are checked by {@link unknownPermissionProblems}.
 */
export function schemeProblems(
  value: unknown,
  errors: readonly ErrorObject[],
  limit = Number.POSITIVE_INFINITY,
): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  const add = (problem: SchemaProblem): void => {
    const id = `${problem.path.join('\u0000')}|${problem.message}`;
    if (seen.has(id)) return;
    seen.add(id);
    problems.push(problem);
  };
  const explainedHolders = new Set<string>();
  for (const error of errors) {
    if (problems.length >= limit) break;
    if (error.keyword === 'propertyNames' || error.propertyName !== undefined) continue;
    const path = pointerToPath(error.instancePath);
    if (path[0] === 'grants' && path.length >= 3) {
      const holderPath = path.slice(0, 3);
      const id = holderPath.join('\u0000');
      if (explainedHolders.has(id)) continue;
      explainedHolders.add(id);
      const item = valueAt(value, holderPath);
      const explained = explainHolder(item, holderPath);
      if (explained.length > 0) explained.forEach(add);
      else add({ path, at: 'value', message: `holder ${ajvWords(error)}` });
      continue;
    }
    // anyOf over permission key forms is reported by unknownPermissionProblems.
    if (path.length === 1 && path[0] === 'grants' && error.keyword === 'anyOf') continue;
    if (path.length === 1 && path[0] === 'grants' && error.schemaPath.includes('Permission')) continue;
    add(generalProblem(error, path, SCHEME_KEYS));
  }
  return dropMissingThatAreMisspelt(problems);
}

/**
 * Rewrites ajv's errors for the settings file; `ruleIds` are the rules that `rules:` may name, and
 * `fixedRules` the registered ones it may not, with the reason.
 */
export function settingsProblems(
  errors: readonly ErrorObject[],
  rootKeys: readonly string[],
  ruleIds: readonly string[],
  fixedRules: ReadonlyMap<string, string> = new Map(),
): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const path = pointerToPath(error.instancePath);
    let problem: SchemaProblem | undefined;
    if (error.propertyName !== undefined && path.length === 1 && path[0] === 'rules') {
      const rule = error.propertyName;
      const fixed = fixedRules.get(rule);
      problem =
        fixed === undefined
          ? {
              path: ['rules', rule],
              at: 'key',
              message: `unknown rule ${excerpt(rule)}${suggestion(rule, ruleIds)}`,
              hint: `Rules: ${ruleIds.join(', ')}.`,
            }
          : {
              path: ['rules', rule],
              at: 'key',
              message: `rule "${rule}" cannot be changed: ${fixed}`,
              hint: 'Remove the line; fix what the rule reports instead.',
            };
    } else if (error.keyword === 'propertyNames') {
      continue;
    } else if (path.length === 2 && path[0] === 'rules' && error.keyword === 'enum') {
      problem = {
        path,
        at: 'value',
        message: `rule "${path[1] ?? ''}" must be error, warning or off, not ${describeValue(error.data)}`,
      };
    } else if (error.keyword === 'enum') {
      const allowed = ((error.params as { allowedValues?: unknown[] }).allowedValues ?? []).map(String);
      const got = typeof error.data === 'string' ? error.data : '';
      problem = {
        path,
        at: 'value',
        message: `"${path.join('.')}" must be one of ${allowed.join(', ')}, not ${describeValue(error.data)}${suggestion(got, allowed)}`,
      };
    } else if (error.keyword === 'anyOf' || error.keyword === 'if') {
      continue;
    } else {
      problem = generalProblem(error, path, rootKeys);
    }
    const id = `${problem.path.join('\u0000')}|${problem.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    problems.push(problem);
  }
  return dropMissingThatAreMisspelt(problems);
}

function generalProblem(error: ErrorObject, path: string[], rootKeys: readonly string[]): SchemaProblem {
  const params = error.params as Record<string, unknown>;
  const where = path.length === 0 ? 'the file' : `"${path.join('.')}"`;
  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      return {
        path,
        at: 'value',
        missing,
        message: `missing "${missing}"`,
        hint:
          missing === 'name'
            ? 'Every scheme file needs a name: the scheme’s name in Jira, unique across the folder.'
            : missing === 'grants'
              ? 'Every scheme file needs "grants:", a mapping of permission keys to lists of holders.'
              : undefined,
      };
    }
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const candidates = path.length === 0 ? rootKeys : propertyNamesOf(error.parentSchema);
      const likely = suggestFor(key, candidates);
      return {
        path: [...path, key],
        at: 'key',
        ...(likely === undefined ? {} : { misspellingOf: likely }),
        message: `unknown key ${excerpt(key)}${suggestion(key, candidates)}`,
        hint: candidates.length > 0 ? `Allowed here: ${candidates.join(', ')}.` : undefined,
      };
    }
    case 'type':
      return typeProblem(path, String(params.type), error.data);
    case 'minItems': {
      const permission = path[1] ?? '';
      return {
        path,
        at: path.length === 2 ? 'key' : 'value',
        message: `${permission} lists no holders`,
        hint: 'Add the holders it is granted to, or remove the key.',
      };
    }
    case 'minLength':
    case 'pattern':
      if (path[0] === 'projects') return projectKeyProblem(path, error.data);
      return {
        path,
        at: 'value',
        message: `${where} must not be empty`,
        hint:
          path[0] === 'name'
            ? "Write the scheme's name in Jira, e.g. name: Software Development"
            : 'Write a value, or remove the key.',
      };
    case 'minimum':
      return {
        path,
        at: 'value',
        message:
          Number((error.params as { limit?: unknown }).limit) === 0
            ? `${where} must not be negative`
            : `${where} must be a positive whole number`,
        hint:
          path[0] === 'id' ? "Write the live scheme's id (as Jira shows it), or remove the key." : undefined,
      };
    case 'maximum':
      return path.length === 1 && path[0] === 'id'
        ? {
            path,
            at: 'value',
            message: `"id" is larger than any Jira scheme id`,
            hint: "Check the id (Jira shows it in the scheme's URL), or remove it to match the live scheme by name.",
          }
        : {
            path,
            at: 'value',
            message: `${where} must be at most ${String((error.params as { limit?: unknown }).limit)}`,
          };
    default:
      return { path, at: 'value', message: `${where} ${ajvWords(error)}` };
  }
}

function typeProblem(path: string[], expected: string, data: unknown): SchemaProblem {
  const field = path.join('.');
  const got = describeValue(data);
  if (path.length === 1 && (field === 'name' || field === 'description')) {
    return {
      path,
      at: 'value',
      message: `"${field}" must be text, not ${got}`,
      hint:
        typeof data === 'number' || typeof data === 'boolean'
          ? `Quote it: ${field}: "${String(data)}"`
          : `Write it as one line of text, e.g. ${field}: ${field === 'name' ? 'Software Development' : 'Default scheme for software teams'}`,
    };
  }
  if (field === 'id') {
    return {
      path,
      at: 'value',
      message: `"id" must be a whole number (the live scheme's id), not ${got}`,
      hint: 'Write it unquoted, e.g. id: 10001, or remove it to match the live scheme by name.',
    };
  }
  if (field === 'grants') {
    return {
      path,
      at: data === null ? 'key' : 'value',
      message: `"grants" must be a mapping of permission keys to lists of holders, not ${got}`,
      hint: 'e.g.\n  grants:\n    BROWSE_PROJECTS:\n      - projectRole: Developers',
    };
  }
  if (path[0] === 'projects') {
    return path.length === 1
      ? {
          path,
          at: data === null ? 'key' : 'value',
          message: `"projects" must be a list of project keys, not ${got}`,
          hint:
            data === null
              ? 'Write projects: [] for a scheme no project uses, or remove the key to leave its projects alone.'
              : 'e.g. projects: [SOFT, MOB], or one key per line starting with "- ".',
        }
      : projectKeyProblem(path, data);
  }
  if (path[0] === 'grants' && path.length === 2) {
    const permission = path[1] ?? '';
    return data === null
      ? {
          path,
          at: 'key',
          message: `${permission} lists no holders`,
          hint: 'Add the holders it is granted to, or remove the key.',
        }
      : {
          path,
          at: 'value',
          message: `${permission} must be a list of holders, not ${got}`,
          hint: `Write each holder on its own line starting with "- ", or as a list: ${permission}: [assignee, reporter]`,
        };
  }
  return { path, at: 'value', message: `"${field}" must be ${article(expected)}, not ${got}` };
}

/** One entry of `projects:` that is not a project key. */
function projectKeyProblem(path: string[], data: unknown): SchemaProblem {
  const got = describeValue(data);
  return {
    path,
    at: 'value',
    message:
      typeof data === 'string'
        ? `"${data}" is not a project key: keys are a letter followed by letters, digits or underscores`
        : `a project key must be text, not ${got}`,
    hint:
      typeof data === 'boolean' || data === null
        ? `YAML reads some words as true, false or null: quote the key, e.g. "${data === null ? 'NULL' : String(data).toUpperCase()}"`
        : "Write the project's key as Jira shows it, e.g. SOFT (not its name or id).",
  };
}

function article(type: string): string {
  switch (type) {
    case 'object':
      return 'a mapping';
    case 'array':
      return 'a list';
    case 'integer':
      return 'a whole number';
    case 'string':
      return 'text';
    default:
      return `a ${type}`;
  }
}

/** Explains why one holder entry is wrong, from the entry itself. */
export function explainHolder(item: unknown, path: NodePath): SchemaProblem[] {
  if (item === null || item === undefined) {
    return [
      {
        path,
        at: 'value',
        message: 'empty holder entry',
        hint: 'Write a holder after the "- ", e.g. "- projectRole: Developers", or remove the line.',
      },
    ];
  }
  if (typeof item === 'string') {
    if (BARE_WORDS.has(item)) return [];
    if (Object.hasOwn(HOLDER_FORMS, item)) {
      return [
        {
          path,
          at: 'value',
          message: `"${item}" needs a value`,
          hint: `Write it as ${HOLDER_FORMS[item] ?? item}.`,
        },
      ];
    }
    return [unknownHolderType(item, path, 'value')];
  }
  if (!isRecord(item)) {
    return [
      {
        path,
        at: 'value',
        message: `a holder must be a holder type or a mapping of one holder type to its value, not ${describeValue(item)}`,
        hint: 'e.g. "- assignee" or "- group: jira-developers".',
      },
    ];
  }
  const keys = Object.keys(item);
  if (keys.length === 0) {
    return [{ path, at: 'value', message: 'empty holder entry', hint: 'e.g. "- group: jira-developers".' }];
  }
  if (keys.length > 1) {
    const second = keys[1] ?? '';
    return [
      {
        path: [...path, second],
        at: 'key',
        message: `a holder entry has one holder type; this one has ${keys.length} (${keys.join(', ')})`,
        hint: 'Start each holder on its own line with "- ".',
      },
    ];
  }
  const type = keys[0] ?? '';
  const parameter = item[type];
  const at = [...path, type];
  if (!HOLDER_TYPE_NAMES.includes(type)) return [unknownHolderType(type, at, 'key')];
  if (PARAMETERLESS_HOLDER_TYPES.has(type)) {
    return [
      {
        path: at,
        at: 'key',
        message: `"${type}" takes no value`,
        hint: `Write it as a bare word: "- ${type}".`,
      },
    ];
  }
  return explainParameter(type, parameter, at);
}

function unknownHolderType(type: string, path: NodePath, at: 'key' | 'value'): SchemaProblem {
  return {
    path,
    at,
    message: `holder ${excerpt(type)} is not a holder type${suggestion(type, HOLDER_TYPE_NAMES)}`,
    hint: `Holder types: ${HOLDER_TYPE_NAMES.join(', ')}.`,
  };
}

function explainParameter(type: string, parameter: unknown, path: NodePath): SchemaProblem[] {
  const form = HOLDER_FORMS[type] ?? type;
  const needs = (message: string, where: NodePath = path, at: 'key' | 'value' = 'value'): SchemaProblem[] => [
    { path: where, at, message, hint: `Write it as ${form}.` },
  ];
  if (parameter === null) return needs(`"${type}" needs a value`, path, 'key');
  if (typeof parameter === 'string') {
    if (parameter.trim() === '') return needs(`"${type}" needs a value, not empty text`);
    if (type === 'user' && parameter.includes('@')) {
      return [
        {
          path,
          at: 'value',
          message: `${excerpt(parameter)} looks like an email address, not an account id`,
          hint: `Write it as "user: {email: ${shortValue(parameter)}}".`,
        },
      ];
    }
    if (type === 'user' && /\s/.test(parameter)) {
      return needs(`${excerpt(parameter)} is not an account id (account ids have no spaces)`);
    }
    return needs(`"${type}" has an invalid value ${describeValue(parameter)}`);
  }
  if (typeof parameter === 'number') {
    if (type === 'projectRole') {
      return needs(`a project role id must be a positive whole number, not ${String(parameter)}`);
    }
    return needs(`"${type}" takes text, not the number ${String(parameter)}`);
  }
  if (isRecord(parameter)) return explainParameterObject(type, parameter, path);
  return needs(
    `"${type}" takes ${type === 'group' || type === 'projectRole' || type === 'user' ? 'text or a mapping' : 'text'}, not ${describeValue(parameter)}`,
  );
}

const OBJECT_KEYS: Record<string, readonly string[]> = {
  group: ['id', 'name'],
  projectRole: ['id', 'name'],
  user: ['accountId', 'email'],
};

function explainParameterObject(
  type: string,
  parameter: Record<string, unknown>,
  path: NodePath,
): SchemaProblem[] {
  const allowed = OBJECT_KEYS[type];
  const form = HOLDER_FORMS[type] ?? type;
  if (allowed === undefined) {
    return [
      { path, at: 'value', message: `"${type}" takes text, not a mapping`, hint: `Write it as ${form}.` },
    ];
  }
  const problems: SchemaProblem[] = [];
  const keys = Object.keys(parameter);
  if (keys.length === 0) {
    return [
      { path, at: 'value', message: `"${type}" needs ${allowed.join(' or ')}`, hint: `Write it as ${form}.` },
    ];
  }
  for (const key of keys) {
    if (!allowed.includes(key)) {
      problems.push({
        path: [...path, key],
        at: 'key',
        message: `unknown key ${excerpt(key)} in ${type}${suggestion(key, allowed)}`,
        hint: `A ${type} mapping takes ${allowed.join(' and/or ')}.`,
      });
    }
  }
  if (problems.length > 0) return problems;
  if ((type === 'user' || type === 'projectRole') && keys.length > 1) {
    return [
      {
        path: [...path, keys[1] ?? ''],
        at: 'key',
        message: `a ${type} is given by ${allowed.join(' or ')}, not both`,
        hint: `Keep one of them.`,
      },
    ];
  }
  for (const key of keys) {
    const field = parameter[key];
    const at = [...path, key];
    if (type === 'projectRole' && key === 'id') {
      if (typeof field !== 'number' || !Number.isInteger(field) || field < 1) {
        problems.push({
          path: at,
          at: 'value',
          message: `a project role id must be a positive whole number, not ${describeValue(field)}`,
          hint: 'Write it unquoted, e.g. projectRole: {id: 10002}.',
        });
      }
      continue;
    }
    if (typeof field !== 'string' || field.trim() === '') {
      problems.push({
        path: at,
        at: 'value',
        message: `"${type}.${key}" must be text, not ${describeValue(field)}`,
        hint: typeof field === 'number' ? `Quote it: ${key}: "${String(field)}"` : undefined,
      });
      continue;
    }
    if (type === 'user' && key === 'email' && !/^[^@\s]+@[^@\s]+$/.test(field)) {
      problems.push({
        path: at,
        at: 'value',
        message: `${excerpt(field)} is not an email address`,
        hint: 'Write the address in full, e.g. user: {email: ada@example.com}.',
      });
    }
    if (type === 'user' && key === 'accountId' && !/^[^@\s]+$/.test(field)) {
      problems.push({
        path: at,
        at: 'value',
        message: `${excerpt(field)} is not an account id`,
        hint: field.includes('@') ? `Write it as "user: {email: ${shortValue(field)}}".` : undefined,
      });
    }
  }
  return problems;
}

function propertyNamesOf(schema: unknown): string[] {
  if (!isRecord(schema) || !isRecord(schema.properties)) return [];
  return Object.keys(schema.properties);
}

function ajvWords(error: ErrorObject): string {
  return error.message ?? `fails ${error.keyword}`;
}

function valueAt(value: unknown, path: NodePath): unknown {
  let current = value;
  for (const segment of path) {
    if (Array.isArray(current)) current = current[Number(segment)];
    else if (isRecord(current)) current = current[String(segment)];
    else return undefined;
  }
  return current;
}
