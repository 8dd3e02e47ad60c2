/**
 * Drift in GitHub-flavoured Markdown: `jira-perms drift --markdown`, the drift issue of the scheduled
 * action, and the drift section of a pull request's plan comment. One table row per change made in
 * Jira, with who made it and when. Every cell passes the one Markdown escaper.
 */
import type { DriftResult } from '../commands/drift.js';
import type { BaseComparison } from '../commands/plan-base.js';
import { attribution, driftLines, type DriftLine } from '../drift/describe.js';
import type { DriftExplanation } from '../drift/explain.js';
import { plural } from './words.js';
import { auditNote, NO_DRIFT, windowPhrase } from './drift-text.js';
import { codeCell, codeSpan, escapeMarkdown } from './markdown.js';

/** Issue and comment bodies must stay under GitHub's 65,536 characters, with room for a marker. */
export const DRIFT_MARKDOWN_LIMIT = 60_000;

function schemeCell(line: DriftLine): string {
  return line.schemeId === null
    ? escapeMarkdown(line.scheme)
    : `${escapeMarkdown(line.scheme)} (${String(line.schemeId)})`;
}

function row(line: DriftLine, auditRead: boolean): string {
  const what = [line.subject ?? '', line.detail ?? ''].filter((part) => part !== '').join(': ');
  const cells = [
    schemeCell(line),
    escapeMarkdown(line.happened),
    line.permission === undefined ? '' : codeCell(line.permission),
    escapeMarkdown(line.permission === undefined ? (line.detail ?? '') : what),
    escapeMarkdown(attribution(line.changedBy, auditRead)),
  ];
  return `| ${cells.join(' | ')} |`;
}

/**
 * The table of drifted changes, with the audit window and any note about the log; rows that do not fit
 * in `maxLength` are left out with a line saying how many.
 */
export function driftTable(explanation: DriftExplanation, maxLength = DRIFT_MARKDOWN_LIMIT): string {
  const lines = driftLines(explanation.items);
  const read = explanation.audit.status === 'read';
  const head = [
    `Audit log: ${escapeMarkdown(windowPhrase(explanation))}.`,
    ...(auditNote(explanation) === undefined
      ? []
      : ['', `> [!NOTE]\n> ${escapeMarkdown(auditNote(explanation) ?? '')}`]),
    '',
    '| Scheme | In Jira | Permission | Holder or detail | Changed by |',
    '| --- | --- | --- | --- | --- |',
  ];
  const out = [...head];
  let length = head.join('\n').length;
  let shown = 0;
  for (const line of lines) {
    const text = row(line, read);
    if (length + text.length + 200 > maxLength) break;
    out.push(text);
    length += text.length + 1;
    shown++;
  }
  if (shown < lines.length) {
    out.push('', `… and ${plural(lines.length - shown, 'more change')} (see \`jira-perms drift\`).`);
  }
  return out.join('\n');
}

export interface DriftMarkdownOptions {
  /** Heading (default "Jira permissions drift"). Escaped like any text. */
  title?: string;
  maxLength?: number;
}

export function renderDriftMarkdown(result: DriftResult, options: DriftMarkdownOptions = {}): string {
  const title = `### ${escapeMarkdown(options.title ?? 'Jira permissions drift')}`;
  const explanation = result.explanation;
  if (explanation === undefined) {
    const why =
      result.error ?? (result.status === 'invalid' ? 'the scheme files have errors' : 'drift unknown');
    return `${title}\n\n❌ **Drift could not be checked**: ${escapeMarkdown(why)}\n`;
  }
  if (explanation.items.length === 0) return `${title}\n\n✅ ${escapeMarkdown(NO_DRIFT)}\n`;
  const count = explanation.items.length;
  return [
    title,
    '',
    `⚠️ **${plural(count, 'change')} made in Jira ${count === 1 ? 'differs' : 'differ'} from the files.** ` +
      'Running apply would undo ' +
      (count === 1 ? 'it' : 'them') +
      '; to keep a change, write it into the files.',
    '',
    driftTable(explanation, (options.maxLength ?? DRIFT_MARKDOWN_LIMIT) - 600),
    '',
  ].join('\n');
}

/**
 * The drift section of a pull request's plan comment: which changes of the plan undo changes made in
 * Jira (so a reviewer knows what merging would revert), with who made them; or why that is not known.
 */
export function planDriftMarkdown(base: BaseComparison, maxLength = 20_000): string {
  const commit = base.commit === undefined ? codeSpan(base.ref) : codeSpan(base.commit.slice(0, 12));
  if (base.error !== undefined) {
    return `> [!NOTE]\n> Drift was not told apart from this pull request's changes: ${escapeMarkdown(base.error)}.\n`;
  }
  const drift = base.drift;
  if (drift === undefined || drift.items.length === 0) {
    return `No drift: every change above is this pull request's own (base ${commit}).\n`;
  }
  const count = drift.items.length;
  return [
    `#### ⚠️ Drift: ${plural(count, 'change')} made in Jira that merging would revert`,
    '',
    `The files of the base commit ${commit} plan ${count === 1 ? 'this change' : 'these changes'} too: ` +
      `${count === 1 ? 'it undoes' : 'they undo'} a change made in Jira outside the files, not in this pull ` +
      'request. To keep a change, write it into the files.',
    '',
    driftTable(drift, maxLength),
    '',
  ].join('\n');
}
