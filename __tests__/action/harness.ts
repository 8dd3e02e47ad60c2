/**
 * Runs the bundled action the way the runner does: `node <bundle>/index.js` with `INPUT_*` variables,
 * the GITHUB_* environment, and files for outputs and the job summary. The bundle is built from the
 * current `src/` (`scripts/bundle.mjs --cached action`, cached in `.tmp/bundles/` by a hash of the
 * sources, so only the first run after an edit pays for ncc), not the committed `dist/`: a test of an
 * edit to `src/action` must run that edit. `npm run check:dist` checks separately that `dist/` is
 * current. `JIRA_PERMS_DIST` names another build to run instead (e.g. the committed `dist/`).
 *
 * The child is spawned asynchronously: the GitHub stand-in and the Jira simulator live in this process
 * and must keep answering while the action runs.
 */
import { beforeAll, jest } from '@jest/globals';
import { load } from 'js-yaml';
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const REPOSITORY_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** ncc takes about half a minute per entry on a busy machine; the tests' own timeout is 30 s. */
const BUNDLE_TIMEOUT_MS = 300_000;

let bundleFolder: string | undefined = process.env.JIRA_PERMS_DIST;

/** The folder of the action bundle built from the current sources (built on first use, then cached). */
async function currentBundle(): Promise<string> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [join(REPOSITORY_ROOT, 'scripts', 'bundle.mjs'), '--cached', 'action'],
    { cwd: REPOSITORY_ROOT },
  );
  return stdout.trim();
}

/**
 * A test here spawns the action several times, each a fresh `node` loading a 2 MB bundle: seconds each
 * on a busy 2-core machine, where jest's 30 s default was seen to run out. A hang still fails.
 */
jest.setTimeout(90_000);

// Registered here, in the module every action test imports, so that no test file can forget it.
beforeAll(async () => {
  bundleFolder ??= await currentBundle();
}, BUNDLE_TIMEOUT_MS);

/** The literal defaults of action.yml's inputs, as the runner passes them to the action. */
export function actionDefaults(): Record<string, string> {
  const manifest = load(readFileSync(join(REPOSITORY_ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  const defaults: Record<string, string> = {};
  for (const [name, input] of Object.entries(manifest.inputs)) {
    if (input.default !== undefined && !input.default.includes('${{')) defaults[name] = input.default;
  }
  return defaults;
}

export function actionEntry(): string {
  if (bundleFolder === undefined)
    throw new Error('the action bundle is built in beforeAll: run actions inside tests');
  return join(bundleFolder, 'index.js');
}

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** `::error …::`, `::warning …::`, `::notice …::` lines, parsed. */
  annotations: WorkflowCommand[];
  /** Every `::add-mask::` value (the runner consumes these lines; they never reach the log). */
  masks: string[];
}

export interface RunActionOptions {
  workspace: string;
  inputs: Record<string, string>;
  eventName?: string;
  payload?: Record<string, unknown>;
  repository?: string;
  ref?: string;
  apiUrl?: string;
  env?: Record<string, string>;
  /** Called with each chunk of stdout and a way to signal the child (e.g. SIGINT on the first write). */
  onStdout?: (chunk: string, signal: (name: NodeJS.Signals) => void) => void;
}

function unescapeData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(text: string): string {
  return unescapeData(text).replace(/%3A/g, ':').replace(/%2C/g, ',');
}

export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (match === null) continue;
    const properties: Record<string, string> = {};
    for (const pair of (match[2] ?? '').split(',')) {
      const equals = pair.indexOf('=');
      if (equals > 0) properties[pair.slice(0, equals)] = unescapeProperty(pair.slice(equals + 1));
    }
    commands.push({ command: match[1] ?? '', properties, message: unescapeData(match[3] ?? '') });
  }
  return commands;
}

/** `name<<DELIMITER\nvalue\nDELIMITER` blocks, as `core.setOutput` writes them. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[index] ?? '');
    if (match === null) continue;
    const [, name = '', delimiter] = match;
    const value: string[] = [];
    index++;
    while (index < lines.length && lines[index] !== delimiter) {
      value.push(lines[index] ?? '');
      index++;
    }
    outputs[name] = value.join('\n');
  }
  return outputs;
}

export function makeTempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function writeFiles(root: string, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    const target = join(root, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
}

export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  const scratch = makeTempDir('jpac-action-run-');
  const outputFile = join(scratch, 'output');
  const summaryFile = join(scratch, 'summary.md');
  const eventFile = join(scratch, 'event.json');
  const runnerTemp = join(scratch, 'runner-temp');
  mkdirSync(runnerTemp);
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  writeFileSync(eventFile, JSON.stringify(options.payload ?? {}));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: scratch,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: options.eventName ?? 'push',
    GITHUB_REPOSITORY: options.repository ?? 'octo-org/permissions',
    GITHUB_REF: options.ref ?? 'refs/heads/main',
    GITHUB_SHA: '0000000000000000000000000000000000000002',
    GITHUB_API_URL: options.apiUrl ?? 'http://127.0.0.1:9',
    RUNNER_TEMP: runnerTemp,
    NO_PROXY: '127.0.0.1,localhost',
    ...options.env,
  };
  // The runner sets every input that has a default in action.yml (expressions aside), then the step's own.
  for (const [name, value] of Object.entries({ ...actionDefaults(), ...options.inputs })) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  const child = spawn(process.execPath, [actionEntry()], { cwd: options.workspace, env });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    options.onStdout?.(chunk, (name) => child.kill(name));
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const code = await new Promise<number | null>((resolvePromise, reject) => {
    child.on('error', reject);
    child.on('close', resolvePromise);
  });
  const commands = parseWorkflowCommands(stdout);
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : '',
    annotations: commands.filter((command) => ['error', 'warning', 'notice'].includes(command.command)),
    masks: commands.filter((command) => command.command === 'add-mask').map((command) => command.message),
  };
}

/** Every line a person could see: stdout without the runner's `::add-mask::` lines, and stderr. */
export function visibleLog(run: ActionRun): string {
  const stdout = run.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
  return `${stdout}\n${run.stderr}`;
}
