import type { Finding } from '../model/finding.js';
import { sortFindings } from '../validate/order.js';
import { appendFindingLines, findingsCountLine } from './finding.js';

export interface TextReportOptions {
  /** How many files were checked, for the closing count line. */
  fileCount: number;
  /** ANSI colours for severities (terminals only). */
  color?: boolean;
}

/**
 * One line per finding, `file:line:col  severity  message  rule`, the fix indented on the lines below,
 * then a count line: `2 errors, 1 warning in 3 files`.
 */
export function formatText(findings: readonly Finding[], options: TextReportOptions): string {
  const lines: string[] = [];
  const lineOptions = { colour: options.color === true };
  for (const finding of sortFindings(findings)) appendFindingLines(lines, finding, lineOptions);
  if (lines.length > 0) lines.push('');
  lines.push(findingsCountLine(findings, options.fileCount));
  return `${lines.join('\n')}\n`;
}
