/**
 * `command: drift`, for a `schedule:` workflow: the files against the live site (read-only), the drift
 * in the log and the job summary, and one GitHub issue labelled `jira-permissions-drift` kept in step
 * with it: opened when drift appears, edited only when the drift changed, closed with a comment when
 * Jira matches the files again. Outputs `drift` and `issue-number`.
 *
 * Drift is what the step is for, not a failure: the step fails only when drift could not be checked
 * (invalid files, Jira unreachable) or the issue could not be kept.
 */
import { runDrift, type DriftResult } from '../../commands/drift.js';
import { redact } from '../../jira/secrets.js';
import { renderDriftMarkdown } from '../../view/drift-markdown.js';
import {
  DRIFT_LABEL,
  findDriftIssue,
  planDriftIssue,
  type DriftIssueAction,
  type DriftIssueKey,
} from '../drift-issue.js';
import { createIssueClient } from '../github.js';
import { getErrorMessage } from '../inputs.js';
import {
  actionProgress,
  annotate,
  appendSummary,
  fail,
  info,
  phase,
  runLink,
  setOutput,
  type StepContext,
} from '../runner.js';
import { actionDeps } from '../deps.js';
import { plural } from '../../view/words.js';

function title(key: DriftIssueKey): string {
  return key.path === undefined ? 'Jira permissions drift' : `Jira permissions drift: ${key.path}`;
}

async function keepIssue(
  context: StepContext,
  key: DriftIssueKey,
  result: DriftResult,
  content: string,
): Promise<void> {
  const token = context.inputs.githubToken;
  if (token === undefined || context.repository === undefined) {
    throw new Error(
      token === undefined
        ? 'the github-token input is empty: the drift issue cannot be kept'
        : 'GITHUB_REPOSITORY is not set: the drift issue cannot be kept',
    );
  }
  const client = createIssueClient(token, context.repository, context.apiUrl);
  const [identity, open] = await Promise.all([client.identity(), client.openIssuesWithLabel(DRIFT_LABEL)]);
  const existing = findDriftIssue(open, key, identity);
  const run = runLink(context);
  const action: DriftIssueAction = planDriftIssue({
    // Secrets never reach an issue, whatever Jira's answers held.
    key,
    existing,
    items: result.explanation?.items ?? [],
    title: title(key),
    content: redact(`${content}\n${run === undefined ? '' : `Found by ${run}.\n`}`),
    closing:
      `✅ Jira matches the files again: no drift${run === undefined ? '' : ` (checked by ${run})`}. ` +
      'Closing this issue.',
  });
  switch (action.action) {
    case 'create': {
      const number = await client.createIssue(action.title, action.body, [DRIFT_LABEL]);
      info(`Drift issue #${number} opened`);
      setOutput('issue-number', number);
      return;
    }
    case 'update':
      await client.updateIssue(action.number, { title: action.title, body: action.body });
      info(`Drift issue #${action.number} updated: the drift changed`);
      setOutput('issue-number', action.number);
      return;
    case 'unchanged':
      info(`Drift issue #${action.number} left as it is: the drift has not changed`);
      setOutput('issue-number', action.number);
      return;
    case 'close':
      await client.comment(action.number, action.comment);
      await client.updateIssue(action.number, { state: 'closed' });
      info(`Drift issue #${action.number} closed: Jira matches the files again`);
      setOutput('issue-number', action.number);
      return;
    case 'none':
      info('No drift, and no drift issue open');
      setOutput('issue-number', '');
  }
}

export async function driftStep(context: StepContext): Promise<void> {
  const key: DriftIssueKey = context.inputs.path === undefined ? {} : { path: context.inputs.path };
  const result = await phase('Compare the files with live Jira (read-only)', async () => {
    const progress = actionProgress();
    try {
      return await runDrift(
        { path: context.inputs.path, settingsPath: context.inputs.settings },
        actionDeps(context, progress),
      );
    } finally {
      progress.done();
    }
  });
  annotate(result.findings);
  const markdown = renderDriftMarkdown(result, { title: title(key) });
  await appendSummary(markdown);
  if (result.status === 'invalid' || result.status === 'failed') {
    setOutput('drift', false);
    fail(
      result.status === 'invalid'
        ? 'the scheme files have errors (see the annotations): drift was not checked'
        : `drift could not be checked: ${result.error ?? 'unknown error'}`,
    );
    return;
  }
  const drift = result.status === 'drift';
  setOutput('drift', drift);
  info(drift ? `Drift: ${plural(result.explanation?.items.length ?? 0, 'change')} made in Jira` : 'No drift');
  try {
    await phase('Drift issue', () => keepIssue(context, key, result, markdown));
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    const hint = status === 403 || status === 404 ? ' Give the job `permissions: issues: write`.' : '';
    fail(`could not keep the drift issue: ${getErrorMessage(error)}.${hint}`);
  }
}
