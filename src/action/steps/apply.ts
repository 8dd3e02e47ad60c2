/** `command: apply`: only on the default branch; the journal goes to the log and the job summary. */
import * as core from '@actions/core';

import { journalToMarkdown, progressLine, summaryLine } from '../../apply/journal.js';
import { runApply, type ApplyProgress } from '../../commands/apply.js';
import { checkApplyBranch } from '../event.js';
import { escapeCell } from '../report.js';
import { annotate, appendSummary, fail, info, type StepContext } from '../runner.js';

export async function applyStep(context: StepContext): Promise<void> {
  if (!context.inputs.applyOnAnyBranch) {
    const branch = checkApplyBranch(context.ref, context.payload);
    if (!branch.allowed) {
      await appendSummary(`## Apply: refused, nothing was written\n\n${escapeCell(branch.reason)}\n`);
      fail(branch.reason);
      return;
    }
  }

  // One log group per phase of apply: planning, each write phase, the read-back check.
  const group = { open: false };
  const openGroup = (name: string) => {
    if (group.open) core.endGroup();
    core.startGroup(name);
    group.open = true;
  };
  openGroup('Plan against live Jira');
  const onEvent = (event: ApplyProgress) => {
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
        info(`${event.plan.changes.length} change(s) to make`);
        break;
      case 'refused':
        for (const reason of event.reasons) info(`refused: ${reason}`);
        break;
    }
  };
  let result;
  try {
    result = await runApply({
      cwd: context.workspace,
      env: context.env,
      path: context.inputs.path,
      settingsPath: context.inputs.settings,
      allowDelete: context.inputs.allowDelete,
      ...(context.inputs.planFile === undefined ? {} : { planFile: context.inputs.planFile }),
      signal: context.signal,
      onEvent,
    });
  } finally {
    if (group.open) core.endGroup();
  }
  annotate(result.findings);
  info(summaryLine(result.journal));
  await appendSummary(journalToMarkdown(result.journal));
  if (result.exitCode !== 0) {
    const reasons = result.journal.refusals.length > 0 ? `: ${result.journal.refusals.join('; ')}` : '';
    fail(`${result.journal.message}${reasons}`);
  }
}
