/** `command: validate` (and the first half of plan on forks): annotations, summary table, outputs. */
import type { Finding } from '../../model/finding.js';
import { formatText } from '../../view/findings-text.js';
import type { FindingCounts } from '../../validate/order.js';
import { findingsMarkdown } from '../../view/findings-markdown.js';
import { annotate, appendSummary, fail, info, phase, setOutput, type StepContext } from '../runner.js';
import { plural } from '../../view/words.js';

export interface ValidationOutcome {
  findings: Finding[];
  counts: FindingCounts;
  fileCount: number;
}

/** Validates the files offline (no Jira), annotates every finding and writes the summary and outputs. */
export async function validateFiles(context: StepContext): Promise<ValidationOutcome> {
  const result = await phase('Validate the scheme files', async () => {
    // The command's code (the loader, YAML, the schema validators, the Jira client the deps can make)
    // is loaded once the group is open: the log shows the step at work from the action's first line.
    const [{ runValidate }, { actionDeps }] = await Promise.all([
      import('../../commands/validate.js'),
      import('../deps.js'),
    ]);
    const validated = await runValidate(
      { path: context.inputs.path, settingsPath: context.inputs.settings },
      actionDeps(context),
    );
    // The same report the command line prints, for people reading the step log.
    for (const line of formatText(validated.findings, { fileCount: validated.project.files.length }).split(
      '\n',
    )) {
      if (line !== '') info(line);
    }
    return validated;
  });
  const counts = annotate(result.findings);
  setOutput('errors', counts.errors);
  setOutput('warnings', counts.warnings);
  await appendSummary(findingsMarkdown(result.findings, result.project.files.length));
  return { findings: result.findings, counts, fileCount: result.project.files.length };
}

export async function validateStep(context: StepContext): Promise<void> {
  const outcome = await validateFiles(context);
  if (outcome.counts.errors > 0) {
    fail(
      `${plural(outcome.counts.errors, 'error')} in the scheme files: see the annotations (and the job summary) for each one and its fix`,
    );
  }
}
