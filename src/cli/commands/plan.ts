import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

import {
  ACCESS_VALUES,
  ACCESS_VARIABLE,
  parseAccessSetting,
  type AccessSetting,
} from '../../commands/access-setting.js';
import { runPlan, type PlanResult } from '../../commands/plan.js';
import { runPlanWithBase, type PlanWithBaseResult } from '../../commands/plan-base.js';
import { renderPlanDriftText } from '../../view/drift-text.js';
import { errorMessage } from '../../jira/errors.js';
import { redact } from '../../jira/secrets.js';
import type { MarkerKey } from '../../action/comment.js';
import { formatText } from '../../view/findings-text.js';
import { renderPlanJsonPieces } from '../../view/plan-json.js';
import { renderPlanText } from '../../view/plan-text.js';
import { commentDrift, planCommentBody, type CommentExtras } from '../../view/plan-comment.js';
import { safeText } from '../../view/terminal.js';
import { plural } from '../../view/words.js';
import { replaceFileInPieces } from '../../util/write-file.js';
import type { CommandSpec, OptionSpec } from '../arguments.js';
import {
  cliProgress,
  defineCommand,
  usageError,
  useColor,
  type CliCommand,
  type Output,
} from '../command.js';
import { cliDeps } from '../deps.js';
import { SUMMARIES } from '../summaries.js';
import { collectGarbage } from '../../util/heap.js';

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
    name: 'markdown',
    type: 'boolean',
    help:
      'print exactly the body of the pull-request comment the action would post (Markdown), ' +
      'to preview it from a terminal',
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
  {
    name: 'base-ref',
    type: 'string',
    valueName: 'REF',
    help:
      "tell drift apart: plan the files of git ref REF (a pull request's base) too; a change both plan " +
      'undoes a change made in Jira ("origin": "drift", with who made it), any other is "pull-request"',
  },
  {
    name: 'access',
    type: 'string',
    choices: ACCESS_VALUES,
    help:
      'effective access (who gains and who loses): on reads people within a budget of max(50, 4% of ' +
      "the plan's own requests) and names the outcomes it could not expand; full reads every holder; " +
      'off leaves it out',
    defaultText: 'JIRA_PERMS_ACCESS, else on',
  },
  {
    name: 'no-access',
    type: 'boolean',
    help:
      'leave out effective access (who gains and who loses): no group members or role actors are read, ' +
      'unless accessLimits in the settings file need them; the same as --access off or JIRA_PERMS_ACCESS=off',
  },
] as const satisfies readonly OptionSpec[];

export const PLAN_SPEC: CommandSpec<typeof PLAN_OPTIONS> = {
  name: 'plan',
  summary: SUMMARIES.plan,
  description: `Reads the scheme files, validates them, looks names up in Jira and compares the files with the live
permission schemes. Prints every grant that would be added (+) or removed (-) and every scheme that
would be created, renamed or deleted (~, +, -), grouped per scheme with the projects that use it,
then the effective access: per project and permission, the people who gain it and who lose it.
By default effective access reads people within a budget (max(50, 4% of the requests the plan made
before it)) and lists the outcomes it could not expand; --access full reads every holder.
Only ever reads from Jira (a read-only client that cannot send POST, PUT or DELETE).
validate judges the files alone, plan judges the changes: a lint error about a grant or scheme Jira
already has and the plan leaves as it is is listed as "already live, not blocking" and does not fail
the plan; one in anything the plan adds or changes does.`,
  options: PLAN_OPTIONS,
  epilogue: `Guardrails fail the plan (exit 1) unless the settings file allows them for the scheme by name:
  lockout          a scheme that projects use would lose its last ADMINISTER_PROJECTS or BROWSE_PROJECTS holder
  public-exposure  a grant to "anyone" (anonymous access) would be added
  mass-removal     more than guardrails.maxRemovals (10) grants, or more than guardrails.maxRemovalRatio (20%)
                   of a scheme's grants, would be removed from one scheme
  access-limit     more people than accessLimits allows would gain a permission in one project
                   (settings: accessLimits: {ADMINISTER_PROJECTS: 5})
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

/** The exit code the contract gives a plan result. */
export function planExitCode(result: PlanResult, detailedExitcode: boolean): number {
  if (result.status !== 'planned' || result.blocked) return 1;
  return detailedExitcode && result.hasChanges ? 2 : 0;
}

/** How a plan is printed: the text plan, the plan JSON, or the pull-request comment's body. */
export type PlanFormat = 'text' | 'json' | 'markdown';

/** Prints a plan result the way `plan` does (shared with `demo`): the plan to stdout, problems to stderr. */
export function printPlanResult(
  result: PlanResult,
  output: { stdout: Output; stderr: Output },
  options: {
    format: PlanFormat;
    color: boolean;
    notesHint?: boolean;
    comment?: MarkerKey;
    /** The comment's sections after the plan (`--markdown`): the drift of `--base-ref`. */
    commentExtras?: CommentExtras;
  },
): void {
  const shown = result.findings.filter((finding) => finding.severity !== 'info');
  const notes = result.findings.length - shown.length;
  // Planner findings are part of the plan output; loader and resolver findings come first.
  const planFindings = new Set(result.plan?.findings ?? []);
  const early = shown.filter((finding) => !planFindings.has(finding));
  if (early.length > 0) {
    output.stderr.write(formatText(early, { fileCount: result.fileCount, color: options.color }));
  }
  if (notes > 0 && options.format === 'text' && options.notesHint !== false) {
    output.stderr.write(`(${plural(notes, 'note')} not shown: run jira-perms validate to see them)\n`);
  }
  if (result.status === 'invalid') {
    output.stderr.write('The scheme files have errors (above): nothing was planned.\n');
  } else if (result.status === 'failed') {
    output.stderr.write(`Could not plan: ${result.error ?? 'unknown error'}\n`);
  }
  // The comment says why there is no plan, too: the preview shows what the pull request would get.
  if (options.format === 'markdown') {
    output.stdout.write(planCommentBody(result, options.comment ?? {}, options.commentExtras));
    return;
  }
  if (result.plan === undefined || result.status !== 'planned') return;
  if (options.format === 'json') {
    for (const piece of renderPlanJsonPieces(result.plan)) output.stdout.write(piece);
  } else output.stdout.write(renderPlanText(result.plan, { color: options.color }));
}

/** Each piece redacted as it is written. */
function* redacted(pieces: Iterable<string>): Generator<string> {
  for (const piece of pieces) yield redact(piece);
}

export const planCommand: CliCommand = defineCommand(PLAN_SPEC, async (options, context) => {
  if (options.json && options.markdown) {
    return usageError(context, 'plan', '--json and --markdown cannot be used together');
  }
  const { stdout, stderr } = context;
  if (options.noAccess && options.access !== undefined && options.access !== 'off') {
    return usageError(context, 'plan', `--no-access and --access ${options.access} cannot be used together`);
  }
  let access: AccessSetting;
  try {
    access = options.noAccess ? 'limits' : parseAccessSetting(options.access ?? context.env[ACCESS_VARIABLE]);
  } catch (error) {
    return usageError(context, 'plan', errorMessage(error));
  }
  const progress = cliProgress({ stderr, isTTY: context.isTTY });
  const deps = cliDeps(context, progress);
  const files = { path: options.path, settingsPath: options.settings, access };
  const withBase: PlanWithBaseResult | undefined =
    options.baseRef === undefined
      ? undefined
      : await runPlanWithBase({ ...files, baseRef: options.baseRef }, deps);
  // Printing needs the plan and its findings only: the inputs are let go as soon as the plan is made.
  const result: PlanResult = withBase ?? (await runPlan({ ...files, keep: 'plan' }, deps));
  progress.done();
  // What reading the site and effective access left is garbage now: collected before the plan is
  // printed (12 MB of JSON at scale), the heap's next limit comes from the plan alone (src/util/heap.ts).
  if (result.plan !== undefined) collectGarbage();
  printPlanResult(
    result,
    { stdout, stderr },
    {
      format: options.json ? 'json' : options.markdown ? 'markdown' : 'text',
      color: useColor(options, context),
      comment: {
        ...(options.path === undefined ? {} : { path: options.path }),
        ...(options.settings === undefined ? {} : { settings: options.settings }),
      },
      commentExtras: commentDrift(withBase?.base, result),
    },
  );
  if (withBase !== undefined && result.plan !== undefined) {
    const base = withBase.base;
    if (base.error !== undefined) stderr.write(renderPlanDriftText(base));
    else if (!options.json && !options.markdown) stdout.write(`\n${renderPlanDriftText(base)}`);
    // A ref git cannot read is a mistake in the command, not a property of the plan.
    if (base.commit === undefined && base.error !== undefined) return 1;
  }
  if (options.out !== undefined && result.plan !== undefined) {
    const target = resolve(context.cwd, options.out);
    const name = safeText(options.out);
    try {
      mkdirSync(dirname(target), { recursive: true });
    } catch (error) {
      stderr.write(`jira-perms plan: could not write ${name}: ${errorMessage(error)}\n`);
      return 1;
    }
    try {
      // A file leaves the process too: redacted like everything printed (piece by piece: each ends
      // at a line break, which no secret in JSON text can span).
      // Written beside the target and renamed over it: a full disk or a killed run never leaves a
      // partial plan where `apply --plan` would read it.
      replaceFileInPieces(target, redacted(renderPlanJsonPieces(result.plan)));
    } catch (error) {
      const state = existsSync(target) ? ' (the file there is left as it was)' : '';
      stderr.write(`jira-perms plan: could not write ${name}${state}: ${errorMessage(error)}\n`);
      return 1;
    }
    if (!options.json) stderr.write(`Plan written to ${name}\n`);
  }
  return planExitCode(result, options.detailedExitcode);
});
