/**
 * Findings as the runner shows them (pure): one annotation per finding on its file and line, and a job
 * summary table. Text that came from scheme files is escaped for the summary (it is rendered as HTML).
 */
import type { AnnotationProperties } from '@actions/core';

import type { Finding } from '../model/finding.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  properties: AnnotationProperties;
}

const LEVELS: Record<Finding['severity'], AnnotationLevel> = {
  error: 'error',
  warning: 'warning',
  info: 'notice',
};

export function annotationFor(finding: Finding): Annotation {
  const properties: AnnotationProperties = {
    file: finding.file,
    startLine: finding.line,
    startColumn: finding.column,
  };
  // The rule id closes the first line (there is no title: see annotationCommand); the hint follows.
  const headline = `${finding.message} [${finding.ruleId}]`;
  const message = finding.hint === undefined ? headline : `${headline}\n${finding.hint}`;
  return { level: LEVELS[finding.severity], message, properties };
}

/** The runner's escaping of a command's message (as `@actions/core` does it). */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** The runner's escaping of a command property value. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * The workflow command line for an annotation, in the form GitHub documents:
 * `::error file=F,line=L,col=C::message`. Written here rather than by `core.error`, which puts a
 * `title` first and end positions after `col`: tools and people that read the log (and grep it) expect
 * the location right after the level, and nothing between `col` and the message. The message is
 * redacted by the caller's `redact`.
 */
export function annotationCommand(
  annotation: Annotation,
  redact: (text: string) => string = (text) => text,
): string {
  const { properties } = annotation;
  const pairs: [string, string | number | undefined][] = [
    ['file', properties.file],
    ['line', properties.startLine],
    ['col', properties.startColumn],
  ];
  const rendered = pairs
    .filter((pair): pair is [string, string | number] => pair[1] !== undefined && pair[1] !== '')
    .map(([name, value]) => `${name}=${escapeProperty(redact(String(value)))}`)
    .join(',');
  return `::${annotation.level} ${rendered}::${escapeData(redact(annotation.message))}`;
}

export interface FindingCounts {
  errors: number;
  warnings: number;
  notices: number;
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  return {
    errors: findings.filter((finding) => finding.severity === 'error').length,
    warnings: findings.filter((finding) => finding.severity === 'warning').length,
    notices: findings.filter((finding) => finding.severity === 'info').length,
  };
}

/** Escapes text for a Markdown table cell that GitHub renders as HTML: no tags, no pipes, one line. */
export function escapeCell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '&#124;')
    .replace(/@/g, '&#64;')
    .replace(/\r?\n/g, '<br>');
}

const SEVERITY_ICON: Record<Finding['severity'], string> = {
  error: '🔴 error',
  warning: '🟡 warning',
  info: '🔵 info',
};

/** The job summary keeps to GitHub's 1 MiB step summary limit with room to spare. */
const MAX_ROWS = 1000;

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export function findingsHeadline(counts: FindingCounts, files: number): string {
  const parts = [plural(counts.errors, 'error'), plural(counts.warnings, 'warning')];
  if (counts.notices > 0) parts.push(plural(counts.notices, 'note'));
  return `${parts.join(', ')} in ${plural(files, 'file')}`;
}

export function findingsMarkdown(findings: readonly Finding[], fileCount: number): string {
  const counts = countFindings(findings);
  const verdict = counts.errors > 0 ? '❌' : '✅';
  const lines = [`## Validation`, '', `${verdict} ${findingsHeadline(counts, fileCount)}`, ''];
  if (findings.length === 0) return `${lines.join('\n')}\n`;
  lines.push('| severity | location | rule | message |', '|---|---|---|---|');
  for (const finding of findings.slice(0, MAX_ROWS)) {
    const message = finding.hint === undefined ? finding.message : `${finding.message}\n${finding.hint}`;
    lines.push(
      `| ${SEVERITY_ICON[finding.severity]} | ${escapeCell(finding.file)}:${finding.line}:${finding.column} | ` +
        `${escapeCell(finding.ruleId)} | ${escapeCell(message)} |`,
    );
  }
  if (findings.length > MAX_ROWS) {
    lines.push('', `…and ${findings.length - MAX_ROWS} more: see the annotations and the step log.`);
  }
  return `${lines.join('\n')}\n`;
}
