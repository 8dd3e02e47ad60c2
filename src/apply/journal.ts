import { grantLabel, type Holder } from '../model/holder.js';
import type { ChangeAction, PlanChange } from '../model/plan.js';

/**
 * The journal: every change apply meant to make, with what happened to it. It is the record people read
 * after a run (terminal lines as it goes, JSON with `--out`, Markdown in the job summary: all written by
 * `src/view/apply.ts`), so every entry says not only the result but why.
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

/**
 * The scheme a project leaves, in words (`"Old" (10001)`, `scheme 10001`, `no scheme`): the stale-plan
 * messages quote it; views escape the message for their destination.
 */
export function fromSchemeText(entry: { fromScheme?: string | null; fromSchemeId?: number | null }): string {
  const id = entry.fromSchemeId ?? null;
  if (entry.fromScheme === undefined || entry.fromScheme === null)
    return id === null ? 'no scheme' : `scheme ${id}`;
  return id === null ? `"${entry.fromScheme}"` : `"${entry.fromScheme}" (${id})`;
}
