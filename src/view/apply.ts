/**
 * Apply as people read it: the progress line of each change as it settles, the closing line, the
 * journal in the job summary (Markdown) and as a file (JSON). Every name and message from the files or
 * from Jira passes `safeText` (terminal, log) or the Markdown escaper (summary).
 */
import {
  fromSchemeText,
  holderText,
  type ApplyOutcome,
  type EntryResult,
  type Journal,
  type JournalEntry,
} from '../apply/journal.js';
import type { ApplyProgress } from '../commands/apply.js';
import type { PlanChange } from '../model/plan.js';
import { findingLine } from './finding.js';
import { toJson } from './json.js';
import { codeSpan, escapeMarkdown } from './markdown.js';
import { renderPlanText } from './plan-text.js';
import { safeLines, safeText } from './terminal.js';
import { plural } from './words.js';

function schemeText(entry: { scheme: string; schemeId: number | null }): string {
  const name = `"${safeText(entry.scheme)}"`;
  return entry.schemeId === null ? name : `${name} (${entry.schemeId})`;
}

function grantText(entry: JournalEntry | PlanChange): string {
  return `${safeText(entry.permission ?? '?')} ${safeText(holderText(entry))} in ${schemeText(entry)}`;
}

/** What a change does, in one line: `+ BROWSE_PROJECTS group jira-devs in "Software" (10001)`. */
export function describeChange(entry: JournalEntry | PlanChange): string {
  switch (entry.action) {
    case 'create-scheme':
      return `+ scheme ${schemeText(entry)}`;
    case 'delete-scheme':
      return `- scheme ${schemeText(entry)}`;
    case 'update-scheme': {
      const parts: string[] = [];
      if (entry.to?.name !== undefined && entry.to.name !== entry.from?.name) {
        parts.push(`name "${safeText(entry.from?.name ?? '')}" -> "${safeText(entry.to.name)}"`);
      }
      if (entry.to?.description !== entry.from?.description) parts.push('description');
      return `~ scheme ${schemeText(entry)}${parts.length > 0 ? `: ${parts.join(', ')}` : ''}`;
    }
    case 'add-grant':
      return `+ ${grantText(entry)}`;
    case 'remove-grant':
      return `- ${grantText(entry)}`;
    case 'assign-project':
      return `~ project ${safeText(entry.project ?? '?')}: ${safeText(fromSchemeText(entry))} -> ${schemeText(entry)}`;
  }
}

/** The progress line printed as each change settles: `[12/40] + BROWSE_PROJECTS group x in "S" ... done`. */
export function progressLine(entry: JournalEntry, position: number, total: number): string {
  const width = String(total).length;
  const origin = entry.origin === 'jira-default' ? ' (Jira default grant)' : '';
  const detail = entry.detail === undefined ? '' : `: ${safeText(entry.detail)}`;
  return `[${String(position).padStart(width)}/${total}] ${describeChange(entry)}${origin} ... ${entry.result}${detail}`;
}

/**
 * The closing line: `Apply failed: 1 change(s) failed (10 done, 1 failed, 3 skipped)`. The message may
 * quote Jira, so it passes `escape` (the terminal's `safeText`, or the Markdown escaper); the tally is ours.
 */
export function journalSummaryLine(
  journal: Pick<Journal, 'counts' | 'message'>,
  escape: (text: string) => string = safeText,
): string {
  const { done, failed, skipped } = journal.counts;
  if (journal.counts.total === 0) return escape(journal.message);
  return `${escape(journal.message)} (${done} done, ${failed} failed, ${skipped} skipped)`;
}

/** One line per change still to make, for people (the check plan that was not empty). */
export function remainingLines(remaining: readonly PlanChange[], limit = 50): string[] {
  const lines = remaining.slice(0, limit).map((change) => `  ${describeChange(change)}`);
  if (remaining.length > limit)
    lines.push(`  ... and ${remaining.length - limit} more (run jira-perms plan to see them all)`);
  return lines;
}

/** The journal file (`--out`): the journal as one JSON document. */
export function journalJson(journal: Journal): string {
  return toJson(journal);
}

const OUTCOME_HEADING: Record<ApplyOutcome, string> = {
  'no-changes': 'Apply: no changes',
  converged: 'Apply: done, Jira matches the files',
  failed: 'Apply: FAILED',
  refused: 'Apply: refused, nothing was written',
  interrupted: 'Apply: interrupted',
};

const RESULT_MARK: Record<EntryResult, string> = {
  done: 'done',
  failed: '**failed**',
  skipped: 'skipped',
  pending: 'not started',
};

/** Changes still to make listed in the summary; the rest are counted. */
const REMAINING_LIMIT = 50;

/** Rows beyond this are summarised, so the job summary stays well under GitHub's 1 MiB step limit. */
const MARKDOWN_ROW_LIMIT = 500;

/** The journal for the action's job summary: verdict first, failures first, one table row per change. */
export function journalMarkdown(journal: Journal): string {
  const lines: string[] = [
    `## ${OUTCOME_HEADING[journal.outcome]}`,
    '',
    journalSummaryLine(journal, escapeMarkdown),
    '',
  ];
  if (journal.refusals.length > 0) {
    lines.push('Apply refused to start:', '');
    for (const refusal of journal.refusals) lines.push(`- ${escapeMarkdown(refusal)}`);
    lines.push('');
  }
  if (journal.remaining.length > 0) {
    lines.push('Still different in Jira after apply (run apply again once the cause is fixed):', '');
    for (const change of journal.remaining.slice(0, REMAINING_LIMIT)) {
      lines.push(`- ${codeSpan(describeChange(change))}`);
    }
    if (journal.remaining.length > REMAINING_LIMIT) {
      lines.push(
        `- ... and ${journal.remaining.length - REMAINING_LIMIT} more (run jira-perms plan to see them all)`,
      );
    }
    lines.push('');
  }
  if (journal.created !== undefined && journal.created.length > 0) {
    // A scheme created from a file without `id:` is matched by name until the file pins it.
    lines.push('New schemes: pin their ids, so that a rename in the file renames the scheme:', '');
    for (const created of journal.created) {
      lines.push(
        `- ${codeSpan(created.file)}: add ${codeSpan(created.line)} (${escapeMarkdown(`"${created.scheme}"`)}), or run ${codeSpan('jira-perms pin')}`,
      );
    }
    lines.push('');
  }
  if (journal.entries.length > 0) {
    const ordered = [
      ...journal.entries.filter((entry) => entry.result === 'failed'),
      ...journal.entries.filter((entry) => entry.result !== 'failed'),
    ];
    lines.push('| # | change | result | detail |', '|---:|---|---|---|');
    for (const entry of ordered.slice(0, MARKDOWN_ROW_LIMIT)) {
      const origin = entry.origin === 'jira-default' ? ' (Jira default grant)' : '';
      lines.push(
        `| ${entry.index} | ${escapeMarkdown(describeChange(entry) + origin)} | ${RESULT_MARK[entry.result]} | ${escapeMarkdown(entry.detail ?? '')} |`,
      );
    }
    if (ordered.length > MARKDOWN_ROW_LIMIT) {
      lines.push(
        '',
        `${plural(ordered.length - MARKDOWN_ROW_LIMIT, 'more change')} not shown here; the full journal is in the JSON written with \`--out\`.`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** Where a line of apply's terminal output goes: the plan and the progress to stdout, problems to stderr. */
export interface ApplyText {
  stream: 'stdout' | 'stderr';
  text: string;
}

/**
 * Apply's steps on a terminal, as they happen: the plan, a refusal, each phase and each change. The
 * list of changes before the first write (`entries`) is for the journal file, not for people.
 */
export function applyEventText(event: ApplyProgress, options: { colour: boolean }): ApplyText | undefined {
  switch (event.type) {
    case 'planned':
      return { stream: 'stdout', text: renderPlanText(event.plan, { color: options.colour }) };
    case 'refused':
      return {
        stream: 'stderr',
        text: `Apply refused; nothing was written:\n${[
          ...event.findings.map((finding) => `  - ${findingLine(finding)}\n`),
          ...event.reasons.map((reason) => `  - ${safeLines(reason)}\n`),
        ].join('')}`,
      };
    case 'phase':
      return { stream: 'stdout', text: `\n${safeText(event.message)}...\n` };
    case 'entry':
      return { stream: 'stdout', text: `${progressLine(event.entry, event.position, event.total)}\n` };
    case 'note':
      return { stream: 'stdout', text: `  note: ${safeText(event.message)}\n` };
    case 'entries':
      return undefined;
  }
}
