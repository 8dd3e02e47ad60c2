import { driftExitCode, runDrift, type DriftResult } from '../../commands/drift.js';
import { DEFAULT_SINCE_DAYS } from '../../drift/explain.js';
import { redactingWriter } from '../../jira/secrets.js';
import { renderDriftJson } from '../../view/drift-json.js';
import { renderDriftMarkdown } from '../../view/drift-markdown.js';
import { renderDriftText } from '../../view/drift-text.js';
import type { CommandSpec, OptionSpec } from '../arguments.js';
import { SUMMARIES } from '../summaries.js';
import {
  cliProgress,
  defineCommand,
  usageError,
  useColor,
  type CliCommand,
  type Output,
} from '../command.js';
import { cliDeps } from '../deps.js';
import { formatText } from '../../view/findings-text.js';
import { CONNECTION_HELP, FILE_OPTIONS } from './plan.js';

const DRIFT_OPTIONS = [
  ...FILE_OPTIONS,
  {
    name: 'json',
    type: 'boolean',
    help:
      'print one JSON document instead of text: {"version": 1, "drift": true, "window": {...}, "audit": {...}, ' +
      '"changes": [... each with "origin": "drift" and "changedBy"], "summary": {...}}',
  },
  {
    name: 'markdown',
    type: 'boolean',
    help: 'print the drift as GitHub Markdown, as the scheduled action writes it into its drift issue',
  },
  {
    name: 'since',
    type: 'string',
    valueName: 'DAYS',
    default: String(DEFAULT_SINCE_DAYS),
    help: "how many days of Jira's audit log to search for who made each change (counted back from Jira's clock)",
  },
] as const satisfies readonly OptionSpec[];

export const DRIFT_SPEC: CommandSpec<typeof DRIFT_OPTIONS> = {
  name: 'drift',
  summary: SUMMARIES.drift,
  description: `Compares the scheme files with the live permission schemes, as plan does, and reports every
difference as drift: a change made in Jira (by hand, by a script, by another tool) that apply would
undo. Each one names who made it and when, from Jira's audit log (the Administer Jira global
permission is needed to read it; without it, drift is still reported, without names). Read-only.`,
  options: DRIFT_OPTIONS,
  epilogue: `Run it on a schedule to notice changes made in Jira between merges; the action's command: drift
keeps one GitHub issue open while there is drift (see docs/action.md).

Exit codes:
  0  no drift: Jira matches the files
  1  error: invalid files, connection or permission failure
  2  drift: Jira differs from the files

${CONNECTION_HELP}`,
  positionalHint: 'a scheme folder goes after --path',
};

/** A whole number of days, 1 or more. */
function sinceDays(text: string): number | undefined {
  if (!/^\d{1,5}$/.test(text.trim())) return undefined;
  const days = Number(text.trim());
  return days >= 1 ? days : undefined;
}

function printDrift(
  result: DriftResult,
  output: { stdout: Output; stderr: Output },
  options: { json: boolean; markdown: boolean; color: boolean },
): void {
  const shown = result.findings.filter((finding) => finding.severity !== 'info');
  if (shown.length > 0 && !options.json) {
    output.stderr.write(formatText(shown, { fileCount: result.fileCount, color: options.color }));
  }
  if (options.json) {
    output.stdout.write(renderDriftJson(result));
  } else if (options.markdown) {
    output.stdout.write(renderDriftMarkdown(result));
  } else if (result.explanation !== undefined) {
    output.stdout.write(renderDriftText(result));
  }
  if (result.status === 'invalid') {
    output.stderr.write('The scheme files have errors (above): drift was not checked.\n');
  } else if (result.status === 'failed') {
    output.stderr.write(`Could not check drift: ${result.error ?? 'unknown error'}\n`);
  }
}

export const driftCommand: CliCommand = defineCommand(DRIFT_SPEC, async (options, context) => {
  const days = sinceDays(options.since);
  if (days === undefined) {
    return usageError(
      context,
      'drift',
      `--since takes a whole number of days (1 or more), not "${options.since}"`,
    );
  }
  if (options.json && options.markdown) {
    return usageError(context, 'drift', '--json and --markdown cannot be used together');
  }
  const stdout = redactingWriter(context.stdout);
  const stderr = redactingWriter(context.stderr);
  const progress = cliProgress({ stderr, isTTY: context.isTTY });
  const result = await runDrift(
    { path: options.path, settingsPath: options.settings, sinceDays: days },
    cliDeps(context, progress),
  );
  progress.done();
  printDrift(
    result,
    { stdout, stderr },
    { json: options.json, markdown: options.markdown, color: useColor(options, context) },
  );
  return driftExitCode(result);
});
