/** `command: doctor`: the connection and the token's access, one line per check; fails if any fails. */
import * as core from '@actions/core';

import { runDoctor, type DoctorStatus } from '../../commands/doctor.js';
import { escapeCell } from '../report.js';
import { actionDeps, appendSummary, fail, info, phase, type StepContext } from '../runner.js';

const MARK: Record<DoctorStatus, string> = { pass: '✅', warn: '⚠️', fail: '❌', skip: '⏭️' };

export async function doctorStep(context: StepContext): Promise<void> {
  const result = await phase('Check the Jira connection and access', () =>
    runDoctor({}, actionDeps(context)),
  );
  if (result.connection !== undefined) info(`Connection: ${result.connection}`);
  for (const check of result.checks) {
    info(`${MARK[check.status]} ${check.title}: ${check.detail}`);
    if (check.fix !== undefined && (check.status === 'fail' || check.status === 'warn')) {
      for (const line of check.fix.split('\n')) info(`     ${line}`);
    }
    if (check.status === 'warn') core.warning(`${check.title}: ${check.detail}`);
  }
  await appendSummary(
    [
      '## Doctor',
      '',
      ...(result.connection === undefined ? [] : [`Connection: ${escapeCell(result.connection)}`, '']),
      '| | check | result | fix |',
      '|---|---|---|---|',
      ...result.checks.map(
        (check) =>
          `| ${MARK[check.status]} | ${escapeCell(check.title)} | ${escapeCell(check.detail)} | ${escapeCell(check.fix ?? '')} |`,
      ),
      '',
    ].join('\n'),
  );
  if (!result.ok) {
    const failed = result.checks.filter((check) => check.status === 'fail');
    // The first line of each failed check's detail, so the error annotation says what is wrong.
    const reasons = failed.map((check) => `${check.title} (${check.detail.split('\n')[0] ?? ''})`);
    fail(`doctor: ${failed.length} check(s) failed: ${reasons.join(', ')}`);
  }
}
