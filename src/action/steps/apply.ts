/**
 * `command: apply`: only on the default branch; the journal goes to the log and the job summary. The
 * outputs are those of `command: plan`, for the fresh plan apply carried out.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { runApply, type ApplyProgress } from '../../commands/apply.js';
import type { Plan } from '../../model/plan.js';
import { renderPlanJson } from '../../view/plan-json.js';
import { summaryLine as planSummaryLine } from '../../view/plan-view.js';
import type { Journal } from '../../apply/journal.js';
import { redact } from '../../jira/secrets.js';
import { applyResultMarkdown, commentWithResult } from '../apply-comment.js';
import { commentMarker, findOwnComment, type MarkerKey } from '../comment.js';
import { checkApplyBranch, refuseApplyOnPullRequest } from '../event.js';
import { createCommentClient, mergedPullRequest } from '../github.js';
import { getErrorMessage } from '../inputs.js';
import { journalMarkdown, journalSummaryLine, progressLine } from '../../view/apply.js';
import { findingLine } from '../../view/finding.js';
import { escapeMarkdown } from '../../view/markdown.js';
import {
  actionProgress,
  annotate,
  appendSummary,
  endGroup,
  fail,
  info,
  notice,
  phase,
  runLink,
  setOutput,
  startGroup,
  warning,
  type StepContext,
} from '../runner.js';
import { actionDeps } from '../deps.js';
import { plural } from '../../view/words.js';

/**
 * After apply on a merge: the merged pull request's plan comment gets the result at its top (applied
 * or failed, counts, time, the run). Best effort: apply's own result never depends on it.
 */
async function reportToPullRequest(context: StepContext, journal: Journal): Promise<void> {
  const token = context.inputs.githubToken;
  if (!context.inputs.comment || context.eventName !== 'push') return;
  if (token === undefined || context.repository === undefined || context.sha === undefined) return;
  try {
    const pull = await mergedPullRequest(token, context.repository, context.sha, context.apiUrl);
    if (pull === undefined) {
      info(`No merged pull request found for commit ${context.sha}: no plan comment to update`);
      return;
    }
    const key: MarkerKey = {
      ...(context.inputs.path === undefined ? {} : { path: context.inputs.path }),
      ...(context.inputs.settings === undefined ? {} : { settings: context.inputs.settings }),
    };
    const marker = commentMarker(key);
    const client = createCommentClient(token, context.repository, context.apiUrl);
    const [identity, comments] = await Promise.all([client.identity(), client.listComments(pull.number)]);
    const existing = findOwnComment(comments, marker, identity);
    const result = applyResultMarkdown(journal, { commit: context.sha, run: runLink(context) });
    const body = redact(commentWithResult(marker, existing?.body ?? undefined, result));
    if (existing === undefined) {
      const id = await client.createComment(pull.number, body);
      info(`Apply result posted on pull request #${pull.number} (comment ${id}): it had no plan comment`);
    } else {
      await client.updateComment(existing.id, body);
      info(`Apply result added to the plan comment of pull request #${pull.number}`);
    }
  } catch (error) {
    warning(`Could not update the merged pull request's plan comment: ${getErrorMessage(error)}`);
  }
}

/** Not the plan step's file name: the reviewed plan given as `plan-file` may be that file. */
const APPLIED_PLAN_FILE_NAME = 'jira-permissions-applied-plan.json';

/** The plan outputs, as `command: plan` sets them, for the fresh plan apply carried out. */
async function planOutputs(context: StepContext, plan: Plan | undefined): Promise<void> {
  if (plan === undefined) {
    setOutput('has-changes', false);
    setOutput('summary', 'no plan: apply could not plan (see the log)');
    return;
  }
  const planFile = join(context.tempDir, APPLIED_PLAN_FILE_NAME);
  await writeFile(planFile, renderPlanJson(plan));
  setOutput('has-changes', plan.changes.length > 0);
  setOutput('plan-json', planFile);
  setOutput('summary', planSummaryLine(plan));
}

export async function applyStep(context: StepContext): Promise<void> {
  // Before the branch check, and whatever apply-on-any-branch says: on pull_request_target the ref is
  // the base branch, so the branch check alone would let a fork's files be applied.
  const onPullRequest = refuseApplyOnPullRequest(context.eventName, context.payload);
  if (onPullRequest !== undefined) {
    await appendSummary(`## Apply: refused, nothing was written\n\n${escapeMarkdown(onPullRequest)}\n`);
    fail(onPullRequest);
    return;
  }
  if (!context.inputs.applyOnAnyBranch) {
    const branch = checkApplyBranch(context.ref, context.payload);
    if (!branch.allowed) {
      await appendSummary(`## Apply: refused, nothing was written\n\n${escapeMarkdown(branch.reason)}\n`);
      fail(branch.reason);
      return;
    }
    if (branch.note !== undefined) notice(branch.note);
  }

  // One log group per phase of apply: planning, each write phase, the read-back check.
  const group = { open: false };
  const openGroup = (name: string) => {
    if (group.open) endGroup();
    startGroup(name);
    group.open = true;
  };
  openGroup('Plan against live Jira');
  const progress = actionProgress();
  // The reasons that are not findings: findings get an annotation each, so the failure does not repeat them.
  let refusalReasons: readonly string[] = [];
  const onEvent = (event: ApplyProgress) => {
    progress.done();
    switch (event.type) {
      case 'phase':
        openGroup(event.message);
        break;
      case 'entry':
        info(progressLine(event.entry, event.position, event.total));
        break;
      case 'note':
        info(event.message);
        break;
      case 'planned':
        info(`${plural(event.plan.changes.length, 'change')} to make`);
        break;
      case 'refused':
        for (const finding of event.findings) info(`refused: ${findingLine(finding)}`);
        for (const reason of event.reasons) info(`refused: ${reason}`);
        refusalReasons = event.reasons;
        break;
    }
  };
  let result;
  try {
    result = await runApply(
      {
        path: context.inputs.path,
        settingsPath: context.inputs.settings,
        allowDelete: context.inputs.allowDelete,
        ...(context.inputs.planFile === undefined ? {} : { planFile: context.inputs.planFile }),
      },
      { ...actionDeps(context, progress), events: onEvent },
    );
  } finally {
    progress.done();
    if (group.open) endGroup();
  }
  const counts = annotate(result.findings);
  setOutput('errors', counts.errors);
  setOutput('warnings', counts.warnings);
  await planOutputs(context, result.plan);
  info(journalSummaryLine(result.journal));
  await appendSummary(journalMarkdown(result.journal));
  await phase('Merged pull request comment', () => reportToPullRequest(context, result.journal));
  if (result.exitCode !== 0) {
    const reasons = refusalReasons.length > 0 ? `: ${refusalReasons.join('; ')}` : '';
    const annotated = counts.errors > 0 ? ' (see the annotations)' : '';
    fail(`${result.journal.message}${reasons}${annotated}`);
  }
}
