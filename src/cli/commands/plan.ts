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
import type { CommandSpec, OptionSpec } from '../arguments.js';
import { cliDeps, cliProgress, defineCommand, useColor, type CliCommand, type Output } from '../command.js';

/** --path and --settings, as every command that reads the scheme files takes them. */
export const FILE_OPTIONS = [
  {
    name: 'path',
    type: 'string',
    valueName: 'DIR',
    help: 'the scheme folder',
    defaultText: '"schemes" in the settings file, else jira-permissions/',
  },
  {
    name: 'settings',
    type: 'string',
    valueName: 'FILE',
    help: 'the settings file',
    defaultText: '.jira-permissions.yml',
  },
] as const satisfies readonly OptionSpec[];

export const CONNECTION_HELP = `Connection, from the environment: JIRA_BASE_URL, JIRA_EMAIL + JIRA_API_TOKEN or JIRA_BEARER_TOKEN,
JIRA_API_VERSION (3 = Cloud, default; 2 = Data Center). See 'jira-perms --help'.`;

const PLAN_OPTIONS = [
  ...FILE_OPTIONS,
  {
    name: 'json',
    type: 'boolean',
    help:
      'print the plan as one JSON document instead of text: ' +
      '{"version": 1, "changes": [...], "summary": {...}, "fingerprints": {...}, ...}',
  },
  {
    name: 'out',
    type: 'string',
    valueName: 'FILE',
    help: 'also write the plan JSON to FILE (for review, or for apply --plan FILE)',
  },
  {
    name: 'detailed-exitcode',
    type: 'boolean',
    help: 'exit 2 when there are changes, 0 when there are none',
  },
] as const satisfies readonly OptionSpec[];

export const PLAN_SPEC: CommandSpec<typeof PLAN_OPTIONS> = {
  name: 'plan',
  summary: 'show what apply would change in Jira, without changing anything',
  description: `Reads the scheme files, validates them, looks names up in Jira and compares the files with the live
permission schemes. Prints every grant that would be added (+) or removed (-) and every scheme that
would be created, renamed or deleted (~, +, -), grouped per scheme with the projects that use it.
Only ever reads from Jira (a read-only client that cannot send POST, PUT or DELETE).`,
  options: PLAN_OPTIONS,
  epilogue: `Guardrails fail the plan (exit 1) unless the settings file allows them for the scheme by name:
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

${CONNECTION_HELP}`,
  positionalHint: 'a scheme folder goes after --path',
};

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

export const planCommand: CliCommand = defineCommand(PLAN_SPEC, async (options, context) => {
  const stdout = redactingWriter(context.stdout);
  const stderr = redactingWriter(context.stderr);
  const progress = cliProgress({ stderr, isTTY: context.isTTY });
  const result = await runPlan(
    { path: options.path, settingsPath: options.settings },
    cliDeps(context, progress),
  );
  progress.done();
  printPlanResult(result, { stdout, stderr }, { json: options.json, color: useColor(options, context) });
  if (options.out !== undefined && result.plan !== undefined) {
    const target = resolve(context.cwd, options.out);
    try {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, renderPlanJson(result.plan));
      if (!options.json) stderr.write(`Plan written to ${options.out}\n`);
    } catch (error) {
      stderr.write(`jira-perms plan: could not write ${options.out}: ${errorMessage(error)}\n`);
      return 1;
    }
  }
  return planExitCode(result, options.detailedExitcode);
});
