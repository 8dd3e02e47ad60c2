import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

import { runPlan, type PlanResult } from '../../commands/plan.js';
import { errorMessage } from '../../jira/errors.js';
import { redactingWriter } from '../../jira/secrets.js';
import type { Finding } from '../../model/finding.js';
import { formatText } from '../../report/text.js';
import { renderPlanJson } from '../../render/plan-json.js';
import { renderPlanText } from '../../render/plan-text.js';
import { safeText } from '../../render/sanitize.js';
import type { CliCommand, CliContext, Output } from '../command.js';
import { unknownArgument } from '../unknown-argument.js';

const PLAN_OPTIONS = [
  '--path',
  '--settings',
  '--json',
  '--out',
  '--detailed-exitcode',
  '--no-color',
  '--help',
];

const HELP = `jira-perms plan: show what apply would change in Jira, without changing anything

Usage: jira-perms plan [--path DIR] [--settings FILE] [--json] [--out plan.json]
                       [--detailed-exitcode] [--no-color]

Reads the scheme files, validates them, looks names up in Jira and compares the files with the live
permission schemes. Prints every grant that would be added (+) or removed (-) and every scheme that
would be created, renamed or deleted (~, +, -), grouped per scheme with the projects that use it.
Only ever reads from Jira (a read-only client that cannot send POST, PUT or DELETE).

Options:
  --path DIR           scheme folder (default: "schemes" in the settings file, else jira-permissions/)
  --settings FILE      settings file (default: .jira-permissions.yml)
  --json               print the plan as one JSON document instead of text:
                       {"version": 1, "changes": [...], "summary": {...}, "fingerprints": {...}, ...}
  --out FILE           also write the plan JSON to FILE (for review, or for apply --plan FILE)
  --detailed-exitcode  exit 2 when there are changes, 0 when there are none
  --no-color           no colours (colours are only used on a terminal anyway; NO_COLOR is honoured)
  -h, --help           this text

Guardrails fail the plan (exit 1) unless the settings file allows them for the scheme by name:
  lockout          a scheme that projects use would lose its last ADMINISTER_PROJECTS or BROWSE_PROJECTS holder
  public-exposure  a grant to "anyone" (anonymous access) would be added
  mass-removal     more than guardrails.maxRemovals (10) grants, or more than guardrails.maxRemovalRatio (20%)
                   of a scheme's grants, would be removed from one scheme
  In .jira-permissions.yml:
    guardrails:
      allow:
        - guardrail: mass-removal
          scheme: Software Development     # or "*" for every scheme

Exit codes:
  0  success (with --detailed-exitcode: success and no changes)
  1  error: invalid files, connection or permission failure, or a guardrail that is not allowed
  2  with --detailed-exitcode: success and there are changes

Connection, from the environment: JIRA_BASE_URL, JIRA_EMAIL + JIRA_API_TOKEN or JIRA_BEARER_TOKEN,
JIRA_API_VERSION (3 = Cloud, default; 2 = Data Center). See 'jira-perms --help'.
`;

export interface PlanArgs {
  path?: string;
  settingsPath?: string;
  json: boolean;
  out?: string;
  detailedExitcode: boolean;
  noColor: boolean;
}

/** Parses the plan command's options; returns an error message for anything it does not know. */
export function parsePlanArgs(argv: readonly string[]): PlanArgs | { error: string } {
  const args: PlanArgs = { json: false, detailedExitcode: false, noColor: false };
  for (let index = 0; index < argv.length; index++) {
    const raw = argv[index] ?? '';
    const equals = raw.startsWith('--') ? raw.indexOf('=') : -1;
    const name = equals === -1 ? raw : raw.slice(0, equals);
    const inline = equals === -1 ? undefined : raw.slice(equals + 1);
    const value = (): string | { error: string } => {
      if (inline !== undefined) return inline === '' ? { error: `${name} needs a value` } : inline;
      const next = argv[index + 1];
      if (next === undefined || next.startsWith('--')) return { error: `${name} needs a value` };
      index++;
      return next;
    };
    const flag = (): { error: string } | undefined =>
      inline === undefined ? undefined : { error: `${name} takes no value` };
    switch (name) {
      case '--path':
      case '--settings':
      case '--out': {
        const given = value();
        if (typeof given !== 'string') return given;
        if (name === '--path') args.path = given;
        else if (name === '--settings') args.settingsPath = given;
        else args.out = given;
        break;
      }
      case '--json':
      case '--detailed-exitcode':
      case '--no-color': {
        const problem = flag();
        if (problem !== undefined) return problem;
        if (name === '--json') args.json = true;
        else if (name === '--detailed-exitcode') args.detailedExitcode = true;
        else args.noColor = true;
        break;
      }
      default:
        return { error: unknownArgument(raw, PLAN_OPTIONS, 'a scheme folder goes after --path') };
    }
  }
  return args;
}

/** Findings as validate prints them (`file:line:col  severity  message  rule`, hint, count line). */
export function formatFindings(findings: readonly Finding[], fileCount: number, color = false): string {
  const safe = findings.map((finding) => ({
    ...finding,
    file: safeText(finding.file),
    message: safeText(finding.message),
    ...(finding.hint === undefined ? {} : { hint: finding.hint.split('\n').map(safeText).join('\n') }),
  }));
  return formatText(safe, { fileCount, color });
}

/** The exit code the contract gives a plan result. */
export function planExitCode(result: PlanResult, detailedExitcode: boolean): number {
  if (result.status !== 'planned' || result.blocked) return 1;
  return detailedExitcode && result.hasChanges ? 2 : 0;
}

/** Prints a plan result the way `plan` does (shared with `demo`). */
export function printPlanResult(
  result: PlanResult,
  output: { stdout: Output; stderr: Output },
  options: { json: boolean; color: boolean; notesHint?: boolean },
): void {
  const shown = result.findings.filter((finding) => finding.severity !== 'info');
  const notes = result.findings.length - shown.length;
  // Planner findings are part of the plan output; loader and resolver findings come first.
  const planFindings = new Set(result.plan?.findings ?? []);
  const early = shown.filter((finding) => !planFindings.has(finding));
  if (early.length > 0) {
    output.stderr.write(formatFindings(early, result.project?.files.length ?? 0, options.color));
  }
  if (notes > 0 && !options.json && options.notesHint !== false) {
    output.stderr.write(
      `(${notes} ${notes === 1 ? 'note' : 'notes'} not shown: run jira-perms validate to see them)\n`,
    );
  }
  if (result.status === 'invalid') {
    output.stderr.write('The scheme files have errors (above): nothing was planned.\n');
    return;
  }
  if (result.status === 'failed') {
    output.stderr.write(`Could not plan: ${result.error ?? 'unknown error'}\n`);
    return;
  }
  if (result.plan === undefined) return;
  if (options.json) output.stdout.write(renderPlanJson(result.plan));
  else output.stdout.write(renderPlanText(result.plan, { color: options.color }));
}

export const planCommand: CliCommand = {
  name: 'plan',
  summary: 'show what apply would change in Jira (read-only)',
  help: HELP,
  run: async (context: CliContext) => {
    const stdout = redactingWriter(context.stdout);
    const stderr = redactingWriter(context.stderr);
    const args = parsePlanArgs(context.argv);
    if ('error' in args) {
      stderr.write(`jira-perms plan: ${args.error}\nRun 'jira-perms plan --help' for the options.\n`);
      return 1;
    }
    const color = context.isTTY && !args.noColor && (context.env.NO_COLOR ?? '') === '';
    const result = await runPlan({
      cwd: context.cwd,
      path: args.path,
      settingsPath: args.settingsPath,
      env: context.env,
      signal: context.signal,
      ...(context.isTTY && !args.json
        ? {
            onProgress: (progress) => {
              stderr.write(`${progress.message}...\n`);
            },
          }
        : {}),
    });
    printPlanResult(result, { stdout, stderr }, { json: args.json, color });
    if (args.out !== undefined && result.plan !== undefined) {
      const target = resolve(context.cwd, args.out);
      try {
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, renderPlanJson(result.plan));
        if (!args.json) stderr.write(`Plan written to ${args.out}\n`);
      } catch (error) {
        stderr.write(`jira-perms plan: could not write ${args.out}: ${errorMessage(error)}\n`);
        return 1;
      }
    }
    return planExitCode(result, args.detailedExitcode);
  },
};
