/**
 * Findings in Markdown, for the job summary and the comment of a plan that could not be made: a verdict
 * with the count line, then one table row per finding. Text from the files goes through the one escaper.
 */
import type { Finding } from '../model/finding.js';
import { countFindings } from '../validate/order.js';
import { findingRow, findingsCountLine } from './finding.js';
import { plural } from './words.js';

/** The job summary keeps to GitHub's 1 MiB step summary limit with room to spare. */
const MAX_ROWS = 1000;

export function findingsMarkdown(
  findings: readonly Finding[],
  fileCount: number,
  /** Findings the summary already lists (the plan's own section): counted here, not listed twice. */
  shownAbove: ReadonlySet<Finding> = new Set(),
): string {
  const verdict = countFindings(findings).errors > 0 ? '❌' : '✅';
  const lines = [`## Validation`, '', `${verdict} ${findingsCountLine(findings, fileCount)}`, ''];
  const rows = findings.filter((finding) => !shownAbove.has(finding));
  if (rows.length < findings.length) {
    lines.push(`${plural(findings.length - rows.length, 'finding')} listed with the plan above.`, '');
  }
  if (rows.length === 0) return `${lines.join('\n')}\n`;
  lines.push('| severity | location | rule | message |', '|---|---|---|---|');
  for (const finding of rows.slice(0, MAX_ROWS)) lines.push(findingRow(finding));
  if (rows.length > MAX_ROWS) {
    lines.push('', `…and ${rows.length - MAX_ROWS} more: see the annotations and the step log.`);
  }
  return `${lines.join('\n')}\n`;
}
