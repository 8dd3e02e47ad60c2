/** `command: validate` (and the first half of plan on forks): annotations, summary table, outputs. */
import { loadProject } from '../../config/load.js';
import type { Finding } from '../../model/finding.js';
import { findingsMarkdown, type FindingCounts } from '../report.js';
import { annotate, appendSummary, fail, info, phase, setOutput, type StepContext } from '../runner.js';

export interface ValidationOutcome {
  findings: Finding[];
  counts: FindingCounts;
  fileCount: number;
}

/** Validates the files offline (no Jira), annotates every finding and writes the summary and outputs. */
export async function validateFiles(context: StepContext): Promise<ValidationOutcome> {
  const project = await phase('Validate the scheme files', async () => {
    const loaded = await loadProject({
      cwd: context.workspace,
      ...(context.inputs.path === undefined ? {} : { path: context.inputs.path }),
      ...(context.inputs.settings === undefined ? {} : { settingsPath: context.inputs.settings }),
    });
    info(`${loaded.files.length} scheme file(s) in ${loaded.folder}, ${loaded.findings.length} finding(s)`);
    for (const finding of loaded.findings) {
      info(
        `${finding.file}:${finding.line}:${finding.column}  ${finding.severity}  ${finding.message}  ${finding.ruleId}`,
      );
    }
    return loaded;
  });
  const counts = annotate(project.findings);
  setOutput('errors', counts.errors);
  setOutput('warnings', counts.warnings);
  await appendSummary(findingsMarkdown(project.findings, project.files.length));
  return { findings: project.findings, counts, fileCount: project.files.length };
}

export async function validateStep(context: StepContext): Promise<void> {
  const outcome = await validateFiles(context);
  if (outcome.counts.errors > 0) {
    fail(
      `${outcome.counts.errors} error(s) in the scheme files: see the annotations (and the job summary) for each one and its fix`,
    );
  }
}
