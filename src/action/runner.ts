/**
 * The runner-facing side effects every step shares: annotations, outputs, the job summary, log groups.
 * Log lines and workflow commands are written by `src/view/workflow.ts` (the one writer of stdout:
 * secrets redacted, injected commands neutralised); outputs and the summary are redacted here.
 */
import { redact } from '../jira/secrets.js';
import type { Finding } from '../model/finding.js';
import { progressView, type ProgressView } from '../view/progress.js';
import { countFindings, type FindingCounts } from '../validate/order.js';
import { annotate as annotateFindings, command, log } from '../view/workflow.js';
import { forTheAction, type Inputs } from './inputs.js';
import * as toolkit from './toolkit.js';

/** What each step is given: the inputs and the workflow run, read once in `run()`. */
export interface StepContext {
  inputs: Inputs;
  /** The checkout (`GITHUB_WORKSPACE`): relative paths and annotation file names are taken from here. */
  workspace: string;
  /** The environment-shaped connection record the commands read (`JIRA_BASE_URL`, ...). */
  env: Record<string, string | undefined>;
  /** Aborted on SIGINT/SIGTERM (the runner's cancel). */
  signal: AbortSignal;
  eventName: string | undefined;
  payload: Record<string, unknown>;
  ref: string | undefined;
  /** `owner/name` of the repository the workflow runs in. */
  repository: { owner: string; repo: string } | undefined;
  apiUrl: string;
  /** Where files the run makes go (`RUNNER_TEMP`, else the OS temporary folder). */
  tempDir: string;
  /** The commit the run is for (`GITHUB_SHA`; on a pull request, its test merge commit). */
  sha?: string | undefined;
  /** `GITHUB_SERVER_URL` and `GITHUB_RUN_ID`, for a link to the run. */
  serverUrl?: string | undefined;
  runId?: number | undefined;
}

/** `[workflow run 123](https://github.com/o/r/actions/runs/123)`, or undefined outside a runner. */
export function runLink(context: StepContext): string | undefined {
  const { serverUrl, runId, repository } = context;
  if (serverUrl === undefined || runId === undefined || repository === undefined) return undefined;
  const url =
    `${serverUrl.replace(/\/+$/, '')}/${encodeURIComponent(repository.owner)}/` +
    `${encodeURIComponent(repository.repo)}/actions/runs/${String(runId)}`;
  // Only a plain http(s) URL without Markdown's link-ending characters becomes a link.
  if (!/^https?:\/\/[^\s()<>[\]]+$/.test(url)) return undefined;
  return `[workflow run ${String(runId)}](${url})`;
}

/** Progress in the step log. */
export function actionProgress(): ProgressView {
  return progressView(
    (text) => {
      for (const line of text.split('\n')) if (line !== '') info(line);
    },
    { live: false },
  );
}

/** One annotation per finding, on its file and line; returns the counts. */
export function annotate(findings: readonly Finding[]): FindingCounts {
  annotateFindings(findings);
  return countFindings(findings);
}

export function setOutput(name: string, value: string | number | boolean): void {
  toolkit.setOutput(name, redact(String(value)));
}

/** Fails the step with this message (an error annotation; exit code 1). */
export function fail(message: string): void {
  toolkit.setFailed(forTheAction(message));
}

/** A line (or lines) in the step log. */
export function info(message: string): void {
  log(message);
}

/** A warning annotation without a place. */
export function warning(message: string): void {
  command('warning', message);
}

/** A notice annotation, with a title when given. */
export function notice(message: string, title?: string): void {
  command('notice', message, [['title', title]]);
}

/** Opens a collapsible group in the log (closed by `endGroup`). */
export function startGroup(name: string): void {
  command('group', name);
}

export function endGroup(): void {
  command('endgroup', '');
}

/**
 * Appends Markdown to the job summary (a no-op outside a runner, where there is no summary file), as
 * its own block: it ends with a blank line, so the next section cannot run into it.
 */
export async function appendSummary(markdown: string): Promise<void> {
  if (process.env.GITHUB_STEP_SUMMARY === undefined || process.env.GITHUB_STEP_SUMMARY === '') return;
  await toolkit.appendSummary(redact(`${markdown.replace(/\n*$/, '')}\n\n`));
}

/** Runs `work` inside a collapsible log group; the group is closed even when `work` throws. */
export async function phase<T>(name: string, work: () => Promise<T>): Promise<T> {
  startGroup(name);
  try {
    return await work();
  } finally {
    endGroup();
  }
}
