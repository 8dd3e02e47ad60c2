import { grantLabel, type Holder } from '../model/holder.js';
import type { ChangeAction, PlanChange } from '../model/plan.js';

/**
 * The journal: every change apply meant to make, with what happened to it. It is the record people read
 * after a run (terminal lines as it goes, JSON with `--out`, Markdown in the job summary), so every entry
 * says not only the result but why.
 */

export type EntryResult = 'pending' | 'done' | 'failed' | 'skipped';

/**
 * `plan`: a change of the plan. `jira-default`: a grant Jira added on its own to a scheme apply created,
 * which the file does not list; removing it is part of creating the scheme the file describes.
 */
export type EntryOrigin = 'plan' | 'jira-default';

export interface JournalEntry {
  /** 1-based position in the journal. */
  index: number;
  action: ChangeAction;
  scheme: string;
  /** Live scheme id; filled in once a scheme apply creates exists. */
  schemeId: number | null;
  permission?: string;
  holder?: Holder;
  grantId?: number;
  label?: string;
  from?: { name?: string; description?: string };
  to?: { name?: string; description?: string };
  /** assign-project: the project (key as Jira spells it, and id) and the scheme it leaves. */
  project?: string;
  projectId?: string;
  fromScheme?: string | null;
  fromSchemeId?: number | null;
  origin: EntryOrigin;
  result: EntryResult;
  /** Why it failed or was skipped, or how success was established (e.g. confirmed by a re-read). */
  detail?: string;
  /** Write requests sent for this change (0 when none was needed or allowed). */
  attempts: number;
}

/**
 * - `no-changes`: the fresh plan was empty; nothing was written.
 * - `converged`: every change done and the read-back plan is empty (deletions skipped by design aside).
 * - `failed`: a change failed or the read-back plan is not empty; run apply again after fixing the cause.
 * - `refused`: stopped before any write (stale plan, guardrail, invalid files, no confirmation).
 * - `interrupted`: stopped by SIGINT/SIGTERM; run apply again to finish.
 */
export type ApplyOutcome = 'no-changes' | 'converged' | 'failed' | 'refused' | 'interrupted';

export interface JournalCounts {
  total: number;
  done: number;
  failed: number;
  skipped: number;
  pending: number;
}

export interface Journal {
  version: 1;
  outcome: ApplyOutcome;
  /** One line a person reads first. */
  message: string;
  startedAt: string;
  finishedAt: string;
  /** Hash of the scheme files the fresh plan was made from. */
  filesHash?: string;
  counts: JournalCounts;
  entries: JournalEntry[];
  /** Changes the read-back plan still shows (empty when converged). */
  remaining: PlanChange[];
  /** Reasons apply refused to start, when it did. */
  refusals: string[];
  /**
   * Schemes apply created from files without `id:`: the line to add to each file (`jira-perms pin` adds
   * it), so that a later rename in the file renames the scheme instead of creating another.
   */
  created?: CreatedScheme[];
}

export interface CreatedScheme {
  scheme: string;
  schemeId: number;
  file: string;
  /** The line to add, e.g. `id: 10007`. */
  line: string;
}

export function entryFromChange(
  change: PlanChange,
  index: number,
  origin: EntryOrigin = 'plan',
): JournalEntry {
  const entry: JournalEntry = {
    index,
    action: change.action,
    scheme: change.scheme,
    schemeId: change.schemeId,
    origin,
    result: 'pending',
    attempts: 0,
  };
  if (change.permission !== undefined) entry.permission = change.permission;
  if (change.holder !== undefined) entry.holder = { ...change.holder };
  if (change.grantId !== undefined) entry.grantId = change.grantId;
  if (change.label !== undefined) entry.label = change.label;
  if (change.from !== undefined) entry.from = { ...change.from };
  if (change.to !== undefined) entry.to = { ...change.to };
  if (change.project !== undefined) entry.project = change.project;
  if (change.projectId !== undefined) entry.projectId = change.projectId;
  if (change.fromScheme !== undefined) entry.fromScheme = change.fromScheme;
  if (change.fromSchemeId !== undefined) entry.fromSchemeId = change.fromSchemeId;
  return entry;
}

export function countEntries(entries: readonly JournalEntry[]): JournalCounts {
  const counts: JournalCounts = { total: entries.length, done: 0, failed: 0, skipped: 0, pending: 0 };
  for (const entry of entries) counts[entry.result] += 1;
  return counts;
}

/** A holder as people read it: the label the plan gave it, else the holder module's label. */
export function holderText(entry: { holder?: Holder; label?: string }): string {
  return entry.holder === undefined ? (entry.label ?? '') : grantLabel({ ...entry, holder: entry.holder });
}

function schemeText(entry: { scheme: string; schemeId: number | null }): string {
  return entry.schemeId === null ? `"${entry.scheme}"` : `"${entry.scheme}" (${entry.schemeId})`;
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
        parts.push(`name "${entry.from?.name ?? ''}" -> "${entry.to.name}"`);
      }
      if (entry.to?.description !== entry.from?.description) parts.push('description');
      return `~ scheme ${schemeText(entry)}${parts.length > 0 ? `: ${parts.join(', ')}` : ''}`;
    }
    case 'add-grant':
      return `+ ${entry.permission ?? '?'} ${holderText(entry)} in ${schemeText(entry)}`;
    case 'remove-grant':
      return `- ${entry.permission ?? '?'} ${holderText(entry)} in ${schemeText(entry)}`;
    case 'assign-project':
      return `~ project ${entry.project ?? '?'}: ${fromSchemeText(entry)} -> ${schemeText(entry)}`;
  }
}

/** The scheme a project leaves, as people read it. */
export function fromSchemeText(entry: { fromScheme?: string | null; fromSchemeId?: number | null }): string {
  const id = entry.fromSchemeId ?? null;
  if (entry.fromScheme === undefined || entry.fromScheme === null)
    return id === null ? 'no scheme' : `scheme ${id}`;
  return schemeText({ scheme: entry.fromScheme, schemeId: id });
}

/** The progress line printed as each change settles: `[12/40] + BROWSE_PROJECTS group x in "S" ... done`. */
export function progressLine(entry: JournalEntry, position: number, total: number): string {
  const width = String(total).length;
  const origin = entry.origin === 'jira-default' ? ' (Jira default grant)' : '';
  const detail = entry.detail === undefined ? '' : `: ${entry.detail}`;
  return `[${String(position).padStart(width)}/${total}] ${describeChange(entry)}${origin} ... ${entry.result}${detail}`;
}

/** The closing line: `Apply failed: 10 done, 1 failed, 3 skipped.` */
export function summaryLine(journal: Pick<Journal, 'outcome' | 'counts' | 'message'>): string {
  const { done, failed, skipped } = journal.counts;
  if (journal.counts.total === 0) return journal.message;
  const tally = `${done} done, ${failed} failed, ${skipped} skipped`;
  return `${journal.message} (${tally})`;
}

export function journalToJson(journal: Journal): string {
  return `${JSON.stringify(journal, null, 2)}\n`;
}

/**
 * Escapes user-controlled text for Markdown: no HTML, no @mentions, no table or emphasis breakage.
 * Scheme names, group names and descriptions all come from Jira or the files, never from us.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/([\\`*_[\]|~])/g, '\\$1')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@/g, '&#64;')
    .replace(/\r?\n/g, ' ');
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
export function journalToMarkdown(journal: Journal): string {
  const lines: string[] = [
    `## ${OUTCOME_HEADING[journal.outcome]}`,
    '',
    escapeMarkdown(summaryLine(journal)),
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
      lines.push(`- \`${describeChange(change).replace(/`/g, "'")}\``);
    }
    if (journal.remaining.length > REMAINING_LIMIT) {
      lines.push(
        `- ... and ${journal.remaining.length - REMAINING_LIMIT} more (run jira-perms plan to see them all)`,
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
        `${ordered.length - MARKDOWN_ROW_LIMIT} more changes are not shown here; the full journal is in the JSON written with \`--out\`.`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}
