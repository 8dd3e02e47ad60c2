/**
 * One way to write a finding, per form: a terminal or log line (`file:line:col  severity  message
 * rule`, the fix indented below), a Markdown list item and a Markdown table row, and the one count line
 * (`2 errors, 1 warning in 3 files`). Every view that shows findings (validate, plan, apply, export, the
 * action's summary and comment) uses these.
 */
import type { Finding } from '../model/finding.js';
import { countFindings } from '../validate/order.js';
import { codeSpan, escapeMarkdown } from './markdown.js';
import { safeText } from './terminal.js';
import { plural } from './words.js';

const COLOURS = { error: '\u001b[31m', warning: '\u001b[33m', info: '\u001b[36m' } as const;
const RESET = '\u001b[0m';

/**
 * What a lint error that a plan found already live in Jira is called wherever findings are shown: the
 * rule's severity, and why it does not stop the plan.
 */
export const ALREADY_LIVE = 'error (already live, not blocking)';

/** The severity as shown: `error`, `warning`, `info`, or {@link ALREADY_LIVE}. */
export function severityLabel(finding: Finding): string {
  return finding.alreadyLive === true ? ALREADY_LIVE : finding.severity;
}

/** `file:line:col  severity  message  rule`, the severity coloured on request. */
export function findingLine(finding: Finding, options: { colour?: boolean } = {}): string {
  const label = severityLabel(finding);
  const severity = options.colour === true ? `${COLOURS[finding.severity]}${label}${RESET}` : label;
  return `${safeText(finding.file)}:${finding.line}:${finding.column}  ${severity}  ${safeText(finding.message)}  ${safeText(finding.ruleId)}`;
}

/** The finding's line, then its fix indented on the lines below. */
export function findingLines(
  finding: Finding,
  options: { colour?: boolean; indent?: string } = {},
): string[] {
  const lines: string[] = [];
  appendFindingLines(lines, finding, options);
  return lines;
}

/** {@link findingLines}, added to `lines`: no array per finding when there are thousands of them. */
export function appendFindingLines(
  lines: string[],
  finding: Finding,
  options: { colour?: boolean; indent?: string } = {},
): void {
  const indent = options.indent ?? '';
  lines.push(`${indent}${findingLine(finding, options)}`);
  if (finding.hint === undefined) return;
  for (const hint of safeHintLines(finding.hint)) lines.push(`${indent}    ${hint}`);
}

/**
 * A hint's lines, made safe, remembered by text: a rule that fires on every grant repeats its one hint
 * tens of thousands of times. Bounded, since hints can also be built per finding.
 */
const hintCache = new Map<string, readonly string[]>();
const HINT_CACHE_SIZE = 256;

function safeHintLines(hint: string): readonly string[] {
  let lines = hintCache.get(hint);
  if (lines === undefined) {
    lines = hint.split('\n').map(safeText);
    if (hintCache.size >= HINT_CACHE_SIZE) hintCache.clear();
    hintCache.set(hint, lines);
  }
  return lines;
}

/** `2 errors, 1 warning in 3 files` (`, 1 note` when there are notes); `no problems in 3 files`. */
export function findingsCountLine(findings: readonly Finding[], fileCount: number): string {
  const counts = countFindings(findings);
  const files = plural(fileCount, 'file');
  if (findings.length === 0) return `no problems in ${files}`;
  const parts = [plural(counts.errors, 'error'), plural(counts.warnings, 'warning')];
  if (counts.alreadyLive > 0)
    parts.push(`${plural(counts.alreadyLive, 'error')} already live (not blocking)`);
  if (counts.infos > 0) parts.push(plural(counts.infos, 'note'));
  return `${parts.join(', ')} in ${files}`;
}

/** A Markdown list item: `- **error** `rule` at `file:line`: message fix`. */
export function findingItem(finding: Finding): string {
  const where = codeSpan(`${finding.file}:${finding.line}`);
  const hint = finding.hint === undefined ? '' : ` ${escapeMarkdown(finding.hint)}`;
  return `- **${severityLabel(finding)}** ${codeSpan(finding.ruleId)} at ${where}: ${escapeMarkdown(finding.message)}${hint}`;
}

const SEVERITY_ICON: Record<Finding['severity'], string> = {
  error: '🔴 error',
  warning: '🟡 warning',
  info: '🔵 info',
};

/** A Markdown table row: `| severity | location | rule | message |`. */
export function findingRow(finding: Finding): string {
  const message = finding.hint === undefined ? finding.message : `${finding.message}\n${finding.hint}`;
  const severity = finding.alreadyLive === true ? `⚪ ${ALREADY_LIVE}` : SEVERITY_ICON[finding.severity];
  return `| ${severity} | ${escapeMarkdown(`${finding.file}:${finding.line}:${finding.column}`)} | ${escapeMarkdown(finding.ruleId)} | ${escapeMarkdown(message)} |`;
}
