/**
 * `command: plan`: validate, plan read-only against Jira, then the plan file, the outputs, the job
 * summary and (on pull requests) the one plan comment. On a pull request without Jira credentials (a
 * fork, or secrets not set) it validates only, says why, and does not fail.
 */
import * as core from '@actions/core';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { runPlan, type PlanResult } from '../../commands/plan.js';
import { redact } from '../../jira/secrets.js';
import { fencedBlock } from '../../view/markdown.js';
import { renderPlanJson } from '../../render/plan-json.js';
import { renderPlanMarkdown } from '../../render/plan-markdown.js';
import { summaryLine } from '../../render/plan-view.js';
import { commentMarker, contentBudget, type MarkerKey } from '../comment.js';
import { isPullRequestEvent, pullRequestInfo, untrustedHead, type PullRequestInfo } from '../event.js';
import { createCommentClient, upsertPlanComment } from '../github.js';
import { getErrorMessage, hasJiraCredentials } from '../inputs.js';
import { countFindings, escapeCell, findingsMarkdown } from '../report.js';
import {
  actionDeps,
  actionProgress,
  annotate,
  appendSummary,
  fail,
  info,
  phase,
  setOutput,
  type StepContext,
} from '../runner.js';
import { validateFiles } from './validate.js';

export const PLAN_FILE_NAME = 'jira-permissions-plan.json';

/** The job summary may hold 1 MiB; the plan gets most of it. */
const SUMMARY_PLAN_LIMIT = 800_000;

function planTitle(key: MarkerKey): string {
  return key.path === undefined ? 'Jira permissions plan' : `Jira permissions plan: ${key.path}`;
}

/** Why there is no plan, in Markdown (comment and summary), so an old plan is never left standing. */
function noPlanMarkdown(title: string, result: PlanResult): string {
  const counts = countFindings(result.findings);
  const lines = [`### ${escapeCell(title)}`, ''];
  if (result.status === 'invalid') {
    lines.push(
      `❌ **No plan**: the scheme files have ${counts.errors} error(s). Each one is annotated on its file ` +
        'and line; fix them and push again.',
      findingsMarkdown(
        result.findings.filter((finding) => finding.severity === 'error'),
        result.project?.files.length ?? 0,
      ).replace(/^## Validation\n/, ''),
    );
  } else {
    // The error may span lines (a diagnosis, then likely fixes): a code block keeps them, inert.
    const error = (result.error ?? 'the plan could not be made').split('\n');
    lines.push('❌ **No plan**: the plan could not be made.', '', fencedBlock('text', error));
  }
  return `${lines.join('\n')}\n`;
}

async function postComment(
  context: StepContext,
  pullRequest: PullRequestInfo,
  key: MarkerKey,
  content: string,
) {
  const token = context.inputs.githubToken;
  if (token === undefined) {
    core.warning('No plan comment: the github-token input is empty. The plan is in the job summary.');
    return;
  }
  if (context.repository === undefined) {
    core.warning('No plan comment: GITHUB_REPOSITORY is not set. The plan is in the job summary.');
    return;
  }
  try {
    const client = createCommentClient(token, context.repository, context.apiUrl);
    const outcome = await upsertPlanComment(client, pullRequest.number, key, content);
    info(
      `Plan comment ${outcome.action} (comment ${outcome.commentId}) on pull request #${pullRequest.number}`,
    );
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    const hint =
      status === 403 || status === 404
        ? ' Give the job `permissions: pull-requests: write` (a pull request from a fork gets a read-only token).'
        : '';
    core.warning(
      redact(
        `Could not write the plan comment: ${getErrorMessage(error)}.${hint} The plan is in the job summary.`,
      ),
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
    core.notice(`Validated the scheme files, but did not plan: ${reason}.`, { title: 'No Jira plan' });
    await appendSummary(`### ${escapeCell(title)}\n\nℹ️ Not planned: ${escapeCell(reason)}.\n`);
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
        `${validation.counts.errors} error(s) in the scheme files: see the annotations for each one and its fix`,
      );
    }
    return;
  }

  const result = await phase('Plan against live Jira (read-only)', async () => {
    const progress = actionProgress();
    try {
      return await runPlan(
        { path: context.inputs.path, settingsPath: context.inputs.settings },
        actionDeps(context, progress),
      );
    } finally {
      progress.done();
    }
  });
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
    await appendSummary(renderPlanMarkdown(plan, { title, maxLength: SUMMARY_PLAN_LIMIT }));
    commentContent = renderPlanMarkdown(plan, {
      title,
      maxLength: contentBudget(commentMarker(key)) - 100,
    });
  } else {
    setOutput('has-changes', false);
    setOutput(
      'summary',
      result.status === 'invalid'
        ? `no plan: ${counts.errors} error(s) in the scheme files`
        : `no plan: ${(result.error ?? 'the plan could not be made').split('\n')[0] ?? ''}`,
    );
    commentContent = noPlanMarkdown(title, result);
    await appendSummary(commentContent);
  }
  if (result.findings.length > 0 && plan !== undefined) {
    await appendSummary(findingsMarkdown(result.findings, result.project?.files.length ?? 0));
  }

  if (pullRequest !== undefined && context.inputs.comment) {
    await phase('Pull-request comment', () => postComment(context, pullRequest, key, commentContent));
  }

  if (result.status === 'invalid') {
    fail(`${counts.errors} error(s) in the scheme files: see the annotations for each one and its fix`);
  } else if (result.status === 'failed') {
    fail(result.error ?? 'the plan could not be made');
  } else if (result.blocked) {
    const guardrails = plan?.guardrails.filter((violation) => !violation.allowed) ?? [];
    fail(
      guardrails.length > 0
        ? `the plan is blocked: ${guardrails.map((violation) => violation.message).join('; ')}`
        : `the plan is blocked by ${counts.errors} error(s): see the annotations`,
    );
  }
}
