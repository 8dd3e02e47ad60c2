/** `command: doctor`: the connection and the token's access, one line per check; fails if any fails. */
import { runDoctor } from '../../commands/doctor.js';
import { doctorCheckLine, doctorMarkdown } from '../../view/doctor.js';
import { plural } from '../../view/words.js';
import { appendSummary, fail, info, phase, warning, type StepContext } from '../runner.js';
import { actionDeps } from '../deps.js';

export async function doctorStep(context: StepContext): Promise<void> {
  const result = await phase('Check the Jira connection and access', () =>
    runDoctor({}, actionDeps(context)),
  );
  if (result.connection !== undefined) info(`Connection: ${result.connection}`);
  for (const check of result.checks) {
    info(doctorCheckLine(check));
    if (check.fix !== undefined && (check.status === 'fail' || check.status === 'warn')) {
      for (const line of check.fix.split('\n')) info(`     ${line}`);
    }
    if (check.status === 'warn') warning(`${check.title}: ${check.detail}`);
  }
  await appendSummary(doctorMarkdown(result));
  if (!result.ok) {
    const failed = result.checks.filter((check) => check.status === 'fail');
    // The first line of each failed check's detail, so the error annotation says what is wrong.
    const reasons = failed.map((check) => `${check.title} (${check.detail.split('\n')[0] ?? ''})`);
    fail(`doctor: ${plural(failed.length, 'check')} failed: ${reasons.join(', ')}`);
  }
}
