/** `command: export`: the live schemes as scheme files in the workspace (read-only against Jira). */
import { runExport } from '../../commands/export.js';
import { exportFindingsLines, exportMarkdown } from '../../view/export.js';
import { plural } from '../../view/words.js';
import { actionProgress, appendSummary, fail, info, phase, type StepContext } from '../runner.js';
import { actionDeps } from '../deps.js';

export async function exportStep(context: StepContext): Promise<void> {
  const result = await phase('Export live permission schemes', async () => {
    const progress = actionProgress();
    try {
      // The workspace is the run's own checkout: overwriting its files is the point (the diff is the drift).
      return await runExport(
        {
          ...(context.inputs.path === undefined ? {} : { out: context.inputs.path }),
          ...(context.inputs.settings === undefined ? {} : { settingsPath: context.inputs.settings }),
          force: true,
        },
        actionDeps(context, progress),
      );
    } finally {
      progress.done();
    }
  });
  if (result.status !== 'exported') {
    fail(result.error);
    return;
  }
  for (const file of result.files) {
    info(
      `${file.replaced ? 'replaced' : 'wrote'} ${file.path} (${file.scheme}, ${plural(file.grants, 'grant')})`,
    );
  }
  if (result.settingsFile !== undefined) info(`${result.settingsFile.action} ${result.settingsFile.path}`);
  // What the live schemes already break: in the log, not as annotations (the export itself succeeded).
  for (const line of exportFindingsLines(result)) info(line);
  await appendSummary(exportMarkdown(result));
}
