import type { Finding } from '../model/finding.js';
import { countFindings, sortFindings } from '../validate/order.js';

export interface TextReportOptions {
  /** How many files were checked, for the closing count line. */
  fileCount: number;
  /** ANSI colours for severities (terminals only). */
  color?: boolean;
}

const COLORS = { error: '\u001b[31m', warning: '\u001b[33m', info: '\u001b[36m' } as const;
const RESET = '\u001b[0m';

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * One line per finding, `file:line:col  severity  message  rule`, the fix indented on the lines below,
 * then a count line: `2 errors, 1 warning in 3 files`.
 */
export function formatText(findings: readonly Finding[], options: TextReportOptions): string {
  const lines: string[] = [];
  for (const finding of sortFindings(findings)) {
    const severity =
      options.color === true ? `${COLORS[finding.severity]}${finding.severity}${RESET}` : finding.severity;
    lines.push(
      `${finding.file}:${finding.line}:${finding.column}  ${severity}  ${finding.message}  ${finding.ruleId}`,
    );
    if (finding.hint !== undefined) {
      for (const hintLine of finding.hint.split('\n')) lines.push(`    ${hintLine}`);
    }
  }
  if (lines.length > 0) lines.push('');
  lines.push(countLine(findings, options.fileCount));
  return `${lines.join('\n')}\n`;
}

/** `2 errors, 1 warning in 3 files` (`, 1 note` when there are notes); `no problems in 3 files`. */
export function countLine(findings: readonly Finding[], fileCount: number): string {
  const counts = countFindings(findings);
  const files = plural(fileCount, 'file');
  if (findings.length === 0) return `no problems in ${files}`;
  const parts = [plural(counts.errors, 'error'), plural(counts.warnings, 'warning')];
  if (counts.infos > 0) parts.push(plural(counts.infos, 'note'));
  return `${parts.join(', ')} in ${files}`;
}
