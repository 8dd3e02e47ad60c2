/**
 * Every input of the action, read once into one typed object. Reading goes through a `getInput`
 * function (the runner's `INPUT_<NAME>` variables by default) so the parsing is testable without a
 * runner. Secrets are registered with the runner's masker before anything else is parsed or printed.
 */
import { ACCESS_VARIABLE, parseAccessSetting, type AccessSetting } from '../commands/access-setting.js';
import { TRANSPORT_VARIABLES } from '../jira/transport-variables.js';
import { inputVariable } from './toolkit.js';

export const ACTION_COMMANDS = ['validate', 'plan', 'apply', 'export', 'doctor', 'drift'] as const;
export type ActionCommand = (typeof ACTION_COMMANDS)[number];

/** The Jira connection as the inputs (or the step's environment) give it; parsed by the one connection parser. */
export interface JiraInputs {
  url?: string;
  email?: string;
  apiToken?: string;
  bearerToken?: string;
  apiVersion?: string;
  /** Seconds per request (input `timeout`, else JIRA_PERMS_TIMEOUT). */
  timeout?: string;
  /** The most requests in flight (input `concurrency`, else JIRA_PERMS_CONCURRENCY). */
  concurrency?: string;
}

export interface Inputs {
  command: ActionCommand;
  /** Scheme folder; undefined = from the settings file, else `jira-permissions`. */
  path?: string;
  /**
   * Settings file path (relative to the workspace); undefined = the default `.jira-permissions.yml`,
   * which may be absent (defaults apply). An explicitly named file must exist.
   */
  settings?: string;
  jira: JiraInputs;
  githubToken?: string;
  /** Post the plan as one pull-request comment on `pull_request` events. */
  comment: boolean;
  allowDelete: boolean;
  /** Let `apply` run on a ref other than the repository's default branch. */
  applyOnAnyBranch: boolean;
  /** apply: the reviewed plan (a `plan-json` file); apply refuses when Jira or the files moved since. */
  planFile?: string;
  /**
   * plan: effective access (input `access`, else JIRA_PERMS_ACCESS): `always` (on, within the read
   * budget), `full` (every read), `limits` when switched off.
   */
  access: AccessSetting;
}

export type InputReader = (name: string) => string;

/**
 * The runner's way: `INPUT_<NAME>` with spaces as `_`, upper-cased (hyphens stay). A variable spelt
 * with `_` for the hyphens (`INPUT_JIRA_URL`, as some hand-written workflows and scripts set it) is
 * read when the runner's spelling is absent.
 */
export function runnerInputReader(env: NodeJS.ProcessEnv = process.env): InputReader {
  return (name) => {
    const variable = inputVariable(name);
    return (env[variable] ?? env[variable.replace(/-/g, '_')] ?? '').trim();
  };
}

export function getErrorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  // JSON.stringify has nothing to say about these (it answers undefined or throws).
  if (error === undefined || typeof error === 'function' || typeof error === 'symbol') return String(error);
  try {
    return JSON.stringify(error);
  } catch {
    // A cycle or a BigInt: say what kind of thing was thrown rather than nothing.
    return `a thrown ${typeof error} that cannot be printed`;
  }
}

function optional(value: string): string | undefined {
  return value === '' ? undefined : value;
}

/** Reads an input, falling back to the step's environment variable (e.g. `env: JIRA_BASE_URL`). */
function withEnvFallback(read: InputReader, name: string, env: NodeJS.ProcessEnv, variable: string) {
  return optional(read(name)) ?? optional((env[variable] ?? '').trim());
}

/** The secret values among the inputs, read raw so they can be masked before any parsing can fail. */
export function secretValues(read: InputReader, env: NodeJS.ProcessEnv = process.env): string[] {
  const email = withEnvFallback(read, 'jira-email', env, 'JIRA_EMAIL');
  const apiToken = withEnvFallback(read, 'jira-api-token', env, 'JIRA_API_TOKEN');
  const bearer = withEnvFallback(read, 'jira-bearer-token', env, 'JIRA_BEARER_TOKEN');
  const github = withEnvFallback(read, 'github-token', env, 'GITHUB_TOKEN');
  const secrets: string[] = [];
  if (apiToken !== undefined) {
    secrets.push(apiToken);
    // The Authorization header carries base64(email:token): mask that spelling too.
    secrets.push(Buffer.from(`${email ?? ''}:${apiToken}`).toString('base64'));
  }
  if (bearer !== undefined) secrets.push(bearer);
  if (github !== undefined) secrets.push(github);
  return secrets;
}

const TRUE_WORDS = new Set(['true', 'True', 'TRUE']);
const FALSE_WORDS = new Set(['false', 'False', 'FALSE']);

/** YAML 1.2 core booleans, as `core.getBooleanInput` reads them, but with a default for an empty input. */
function booleanInput(read: InputReader, name: string, fallback: boolean): boolean {
  const value = read(name);
  if (value === '') return fallback;
  if (TRUE_WORDS.has(value)) return true;
  if (FALSE_WORDS.has(value)) return false;
  throw new Error(`input "${name}" must be true or false, got "${value}"`);
}

function commandInput(read: InputReader): ActionCommand {
  const value = read('command');
  if (value === '') return 'plan';
  const found = ACTION_COMMANDS.find((command) => command === value);
  if (found === undefined) {
    throw new Error(`input "command" must be one of ${ACTION_COMMANDS.join(', ')}; got "${value}"`);
  }
  return found;
}

function accessInput(value: string | undefined): AccessSetting {
  try {
    return parseAccessSetting(value);
  } catch {
    throw new Error(
      `input "access" (or ${ACCESS_VARIABLE}) must be "on", "full" or "off"; got "${value ?? ''}"`,
    );
  }
}

const DEFAULT_SETTINGS_PATH = '.jira-permissions.yml';

function settingsInput(read: InputReader): string | undefined {
  const value = optional(read('settings'));
  // action.yml gives the default, so the runner always sets it: only another name is a choice.
  return value === undefined || value === DEFAULT_SETTINGS_PATH || value === `./${DEFAULT_SETTINGS_PATH}`
    ? undefined
    : value;
}

export function readInputs(read: InputReader, env: NodeJS.ProcessEnv = process.env): Inputs {
  return {
    command: commandInput(read),
    path: optional(read('path')),
    settings: settingsInput(read),
    jira: {
      url: withEnvFallback(read, 'jira-url', env, 'JIRA_BASE_URL'),
      email: withEnvFallback(read, 'jira-email', env, 'JIRA_EMAIL'),
      apiToken: withEnvFallback(read, 'jira-api-token', env, 'JIRA_API_TOKEN'),
      bearerToken: withEnvFallback(read, 'jira-bearer-token', env, 'JIRA_BEARER_TOKEN'),
      apiVersion: withEnvFallback(read, 'jira-api-version', env, 'JIRA_API_VERSION'),
      timeout: withEnvFallback(read, 'timeout', env, 'JIRA_PERMS_TIMEOUT'),
      concurrency: withEnvFallback(read, 'concurrency', env, 'JIRA_PERMS_CONCURRENCY'),
    },
    // action.yml defaults it to github.token; a run without that default may still have GITHUB_TOKEN.
    githubToken: withEnvFallback(read, 'github-token', env, 'GITHUB_TOKEN'),
    comment: booleanInput(read, 'comment', true),
    allowDelete: booleanInput(read, 'allow-delete', false),
    applyOnAnyBranch: booleanInput(read, 'apply-on-any-branch', false),
    planFile: optional(read('plan-file')),
    access: accessInput(withEnvFallback(read, 'access', env, ACCESS_VARIABLE)),
  };
}

const CONNECTION_VARIABLE =
  /\bJIRA_(?:BASE_URL|EMAIL|API_TOKEN|BEARER_TOKEN|API_VERSION|PERMS_TIMEOUT|PERMS_CONCURRENCY)\b/;

/**
 * The connection messages are written for the command line, in environment-variable names; in a
 * workflow the inputs are what people set, so a message that names a variable also names the inputs.
 */
export function forTheAction(message: string): string {
  if (!CONNECTION_VARIABLE.test(message)) return message;
  return (
    `${message}\nIn the action, these come from the inputs jira-url, jira-email + jira-api-token or ` +
    'jira-bearer-token, jira-api-version, timeout and concurrency (or the same JIRA_* variables in the step env).'
  );
}

/** True when the inputs hold a URL and a complete set of credentials (basic or bearer). */
export function hasJiraCredentials(jira: JiraInputs): boolean {
  if (jira.url === undefined) return false;
  if (jira.bearerToken !== undefined) return true;
  return jira.email !== undefined && jira.apiToken !== undefined;
}

/**
 * The environment-shaped record the command line reads, so the action and the CLI share one
 * connection parser (`connectionFromEnv`). The step's proxy and transport variables pass through.
 */
export function jiraEnvironment(
  jira: JiraInputs,
  env: NodeJS.ProcessEnv = process.env,
): Record<string, string | undefined> {
  const passed: Record<string, string | undefined> = {};
  for (const name of TRANSPORT_VARIABLES) if (env[name] !== undefined) passed[name] = env[name];
  return {
    ...passed,
    JIRA_PERMS_TIMEOUT: jira.timeout,
    JIRA_PERMS_CONCURRENCY: jira.concurrency,
    JIRA_BASE_URL: jira.url,
    JIRA_EMAIL: jira.email,
    JIRA_API_TOKEN: jira.apiToken,
    JIRA_BEARER_TOKEN: jira.bearerToken,
    JIRA_API_VERSION: jira.apiVersion,
  };
}
