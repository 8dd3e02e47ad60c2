/**
 * Findings in Markdown, for the job summary and the comment of a plan that could not be made: a verdict
 * with the count line, then one table row per finding. Text from the files goes through the one escaper.
 */
import type { Finding } from '../model/finding.js';
import { countFindings } from '../validate/order.js';
import { findingRow, findingsCountLine } from './finding.js';

/** The job summary keeps to GitHub's 1 MiB step summary limit with room to spare. */
const MAX_ROWS = 1000;

export function findingsMarkdown(findings: readonly Finding[], fileCount: number): string {
  const verdict = countFindings(findings).errors > 0 ? '❌' : '✅';
  const lines = [`## Validation`, '', `${verdict} ${findingsCountLine(findings, fileCount)}`, ''];
  if (findings.length === 0) return `${lines.join('\n')}\n`;
  lines.push('| severity | location | rule | message |', '|---|---|---|---|');
  for (const finding of findings.slice(0, MAX_ROWS)) lines.push(findingRow(finding));
  if (findings.length > MAX_ROWS) {
    lines.push('', `…and ${findings.length - MAX_ROWS} more: see the annotations and the step log.`);
  }
  return `${lines.join('\n')}\n`;
}
