/**
 * Doctor as people read it: one line per check with the fix under each that fails (terminal and log),
 * and a table for the job summary.
 */
import type { DoctorCheck, DoctorResult } from '../commands/doctor.js';
import { escapeMarkdown } from './markdown.js';
import { safeLines, safeText } from './terminal.js';
import { plural } from './words.js';

const MARKS: Record<DoctorCheck['status'], string> = {
  pass: 'ok  ',
  warn: 'warn',
  fail: 'FAIL',
  skip: 'skip',
};

export function renderDoctor(result: DoctorResult): string {
  const width = Math.max(...result.checks.map((entry) => entry.title.length));
  const lines: string[] = [];
  if (result.connection !== undefined) lines.push(`Checking ${safeText(result.connection)}`);
  for (const entry of result.checks) {
    lines.push(`${MARKS[entry.status]}  ${entry.title.padEnd(width)}  ${safeLines(entry.detail)}`);
    if (entry.status === 'fail' || entry.status === 'warn') {
      const indent = ' '.repeat(6 + width + 2);
      if (entry.needs !== undefined) lines.push(`${indent}needs: ${safeText(entry.needs)}`);
      for (const [index, line] of (entry.fix ?? '')
        .split('\n')
        .filter((text) => text !== '')
        .entries()) {
        lines.push(`${indent}${index === 0 ? 'fix:   ' : '       '}${safeText(line)}`);
      }
    }
  }
  lines.push(doctorVerdict(result));
  const writeAccess = result.checks.find((entry) => entry.id === 'write-access');
  if (writeAccess?.status === 'skip' && result.checks.every((entry) => entry.status !== 'fail')) {
    lines.push(
      'Write and delete access were not checked: run jira-perms doctor --write-check to prove them.',
    );
  }
  return `${lines.join('\n')}\n`;
}

/** `2 checks failed.` or `All checks passed (1 warning).` */
export function doctorVerdict(result: DoctorResult): string {
  const failed = result.checks.filter((entry) => entry.status === 'fail').length;
  const warned = result.checks.filter((entry) => entry.status === 'warn').length;
  if (failed > 0) return `${plural(failed, 'check')} failed.`;
  return `All checks passed${warned > 0 ? ` (${plural(warned, 'warning')})` : ''}.`;
}

const ICON: Record<DoctorCheck['status'], string> = { pass: '✅', warn: '⚠️', fail: '❌', skip: '⏭️' };

/** The log line of one check, as the action writes it. */
export function doctorCheckLine(check: DoctorCheck): string {
  return `${ICON[check.status]} ${check.title}: ${check.detail}`;
}

/** The job summary: the connection, then one row per check with its fix. */
export function doctorMarkdown(result: DoctorResult): string {
  return [
    '## Doctor',
    '',
    ...(result.connection === undefined ? [] : [`Connection: ${escapeMarkdown(result.connection)}`, '']),
    '| | check | result | fix |',
    '|---|---|---|---|',
    ...result.checks.map(
      (check) =>
        `| ${ICON[check.status]} | ${escapeMarkdown(check.title)} | ${escapeMarkdown(check.detail)} | ${escapeMarkdown(check.fix ?? '')} |`,
    ),
    '',
  ].join('\n');
}
