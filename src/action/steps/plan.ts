/**
 * `command: plan`: validate, plan read-only against Jira, then the plan file, the outputs, the job
 * summary and (on pull requests) the one plan comment. On a pull request without Jira credentials (a
 * fork, or secrets not set) it validates only, says why, and does not fail.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { runPlan, type PlanResult } from '../../commands/plan.js';
import { runPlanWithBase, type BaseComparison } from '../../commands/plan-base.js';
import { redact } from '../../jira/secrets.js';
import { renderPlanJson } from '../../view/plan-json.js';
import { renderPlanMarkdown } from '../../view/plan-markdown.js';
import { summaryLine } from '../../view/plan-view.js';
import type { MarkerKey } from '../comment.js';
import { isPullRequestEvent, pullRequestInfo, untrustedHead, type PullRequestInfo } from '../event.js';
import { createCommentClient, upsertPlanComment } from '../github.js';
import { getErrorMessage, hasJiraCredentials } from '../inputs.js';
import { findingsMarkdown } from '../../view/findings-markdown.js';
import { codeSpan, escapeMarkdown } from '../../view/markdown.js';
import { commentDrift, planCommentContent, planTitle, type CommentExtras } from '../../view/plan-comment.js';
import {
  actionProgress,
  annotate,
  appendSummary,
  fail,
  info,
  notice,
  phase,
  runLink,
  setOutput,
  warning,
  type StepContext,
} from '../runner.js';
import { actionDeps } from '../deps.js';
import { validateFiles } from './validate.js';
import { plural } from '../../view/words.js';
import { collectGarbage } from '../../util/heap.js';

export const PLAN_FILE_NAME = 'jira-permissions-plan.json';

/** The job summary may hold 1 MiB; the plan gets most of it. */
const SUMMARY_PLAN_LIMIT = 800_000;

async function postComment(
  context: StepContext,
  pullRequest: PullRequestInfo,
  key: MarkerKey,
  content: string,
) {
  const token = context.inputs.githubToken;
  if (token === undefined) {
    warning('No plan comment: the github-token input is empty. The plan is in the job summary.');
    return;
  }
  if (context.repository === undefined) {
    warning('No plan comment: GITHUB_REPOSITORY is not set. The plan is in the job summary.');
    return;
  }
  try {
    const client = createCommentClient(token, context.repository, context.apiUrl);
    // The one place the comment leaves: redacted, like the summary and the log.
    const outcome = await upsertPlanComment(client, pullRequest.number, key, redact(content));
    info(
      `Plan comment ${outcome.action} (comment ${outcome.commentId}) on pull request #${pullRequest.number}`,
    );
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    const hint =
      status === 403 || status === 404
        ? ' Give the job `permissions: pull-requests: write` (a pull request from a fork gets a read-only token).'
        : '';
    warning(
      `Could not write the plan comment: ${getErrorMessage(error)}.${hint} The plan is in the job summary.`,
    );
  }
}

function notPlannedReason(
  pullRequest: PullRequestInfo | undefined,
  untrusted: 'fork' | 'unknown-head' | undefined,
  eventName: string | undefined,
): string {
  if (untrusted === 'fork') {
    const from = pullRequest?.headRepository ?? 'a deleted repository';
    if (eventName !== 'pull_request') {
      return (
        `this pull request comes from a fork (${from}), and this is a ${eventName ?? 'pull-request'} run, which ` +
        "holds this repository's secrets: the action does not plan a fork's files against Jira with them; the " +
        'plan runs once the change is on a branch of this repository'
      );
    }
    return (
      `this pull request comes from a fork (${from}). ` +
      'Workflows of fork pull requests get no secrets and a read-only token, so the action does not plan ' +
      'them against Jira; the plan runs once the change is on a branch of this repository'
    );
  }
  if (untrusted === 'unknown-head') {
    return (
      `the ${eventName ?? 'pull-request'} event does not say which repository the pull request's branch is in, ` +
      "and this run holds this repository's secrets: the action does not plan files it cannot trust against Jira"
    );
  }
  return (
    'the Jira connection inputs are empty (jira-url, and jira-email + jira-api-token or jira-bearer-token). ' +
    'Set them from repository or environment secrets to get a plan'
  );
}

/** The pull request's base commit (`pull_request.base.sha`), when the event names one. */
function baseCommitOf(payload: Record<string, unknown>): string | undefined {
  const pullRequest = payload['pull_request'];
  if (typeof pullRequest !== 'object' || pullRequest === null) return undefined;
  const sha = (pullRequest as { base?: { sha?: unknown } }).base?.sha;
  return typeof sha === 'string' && /^[0-9a-f]{40}$/i.test(sha) ? sha : undefined;
}

/** Which commit was planned (the pull request's head, else the run's commit) and the run, for the comment. */
function planFooter(context: StepContext, pullRequest: PullRequestInfo | undefined): string {
  const head = (context.payload['pull_request'] as { head?: { sha?: unknown } } | undefined)?.head?.sha;
  const commit = typeof head === 'string' && pullRequest !== undefined ? head : context.sha;
  const run = runLink(context);
  const parts = [
    ...(commit === undefined ? [] : [`Planned at commit ${codeSpan(commit.slice(0, 12))}`]),
    ...(run === undefined ? [] : [run]),
  ];
  return parts.length === 0 ? '' : `<sub>${parts.join(' · ')}</sub>`;
}

export async function planStep(context: StepContext): Promise<void> {
  const pullRequest = pullRequestInfo(
    context.eventName,
    context.payload,
    context.repository === undefined ? undefined : `${context.repository.owner}/${context.repository.repo}`,
  );
  const key: MarkerKey = {
    ...(context.inputs.path === undefined ? {} : { path: context.inputs.path }),
    ...(context.inputs.settings === undefined ? {} : { settings: context.inputs.settings }),
  };
  const title = planTitle(key);

  // Fork code never runs with the Jira credentials, even where a repository passes secrets to forks
  // (pull_request_target always does): a head that is not this repository's gets validation only.
  const untrusted = untrustedHead(context.eventName, context.payload, pullRequest);
  const onPullRequest = isPullRequestEvent(context.eventName, context.payload);
  if (onPullRequest && (untrusted !== undefined || !hasJiraCredentials(context.inputs.jira))) {
    const validation = await validateFiles(context);
    const reason = notPlannedReason(pullRequest, untrusted, context.eventName);
    notice(`Validated the scheme files, but did not plan: ${reason}.`, 'No Jira plan');
    await appendSummary(`### ${escapeMarkdown(title)}\n\nℹ️ Not planned: ${escapeMarkdown(reason)}.\n`);
    setOutput('has-changes', false);
    setOutput(
      'summary',
      untrusted === 'fork'
        ? 'not planned: pull request from a fork'
        : untrusted === 'unknown-head'
          ? 'not planned: the event does not name the pull request head'
          : 'not planned: no Jira credentials',
    );
    if (validation.counts.errors > 0) {
      fail(
        `${plural(validation.counts.errors, 'error')} in the scheme files: see the annotations for each one and its fix`,
      );
    }
    return;
  }

  // On a pull request, the base commit's files are planned too, to tell drift from the pull request's changes.
  const baseSha = pullRequest === undefined ? undefined : baseCommitOf(context.payload);
  const files = {
    path: context.inputs.path,
    settingsPath: context.inputs.settings,
    access: context.inputs.access,
  };
  let base: BaseComparison | undefined;
  const result: PlanResult = await phase('Plan against live Jira (read-only)', async () => {
    const progress = actionProgress();
    try {
      const deps = actionDeps(context, progress);
      // The comment, summary and plan file need the plan and its findings only (see PlanKeep).
      if (baseSha === undefined) return await runPlan({ ...files, keep: 'plan' }, deps);
      const withBase = await runPlanWithBase({ ...files, baseRef: baseSha, fetchBase: true }, deps);
      base = withBase.base;
      return withBase;
    } finally {
      progress.done();
    }
  });
  // What reading the site and effective access left is garbage now: collected before the comment, the
  // summary and the plan file are written, the heap's next limit comes from the plan alone.
  if (result.plan !== undefined) collectGarbage();
  if (base?.error !== undefined) info(`Drift not told apart: ${base.error}`);
  const extras: CommentExtras = { ...commentDrift(base, result), footer: planFooter(context, pullRequest) };
  const counts = annotate(result.findings);
  setOutput('errors', counts.errors);
  setOutput('warnings', counts.warnings);
  const plan = result.plan;

  let commentContent: string;
  if (plan !== undefined) {
    const planFile = join(context.tempDir, PLAN_FILE_NAME);
    await writeFile(planFile, renderPlanJson(plan));
    setOutput('has-changes', plan.changes.length > 0);
    setOutput('plan-json', planFile);
    setOutput('summary', summaryLine(plan));
    info(`${summaryLine(plan)}; plan file: ${planFile}`);
    await appendSummary(
      [
        renderPlanMarkdown(plan, { title, maxLength: SUMMARY_PLAN_LIMIT }),
        extras.drift ?? '',
        extras.footer ?? '',
      ]
        .filter((part) => part !== '')
        .join('\n'),
    );
    commentContent = planCommentContent(result, key, extras);
  } else {
    setOutput('has-changes', false);
    setOutput(
      'summary',
      result.status === 'invalid'
        ? `no plan: ${plural(counts.errors, 'error')} in the scheme files`
        : `no plan: ${(result.error ?? 'the plan could not be made').split('\n')[0] ?? ''}`,
    );
    commentContent = planCommentContent(result, key, extras);
    await appendSummary(commentContent);
  }
  if (result.findings.length > 0 && plan !== undefined) {
    // The plan's own findings (problems, errors already live) are in its section above.
    await appendSummary(findingsMarkdown(result.findings, result.fileCount, new Set(plan.findings)));
  }

  if (pullRequest !== undefined && context.inputs.comment) {
    await phase('Pull-request comment', () => postComment(context, pullRequest, key, commentContent));
  }

  if (result.status === 'invalid') {
    fail(
      `${plural(counts.errors, 'error')} in the scheme files: see the annotations for each one and its fix`,
    );
  } else if (result.status === 'failed') {
    fail(result.error ?? 'the plan could not be made');
  } else if (result.blocked) {
    const guardrails = plan?.guardrails.filter((violation) => !violation.allowed) ?? [];
    fail(
      guardrails.length > 0
        ? `the plan is blocked: ${guardrails.map((violation) => violation.message).join('; ')}`
        : `the plan is blocked by ${plural(counts.errors, 'error')}: see the annotations`,
    );
  }
}
