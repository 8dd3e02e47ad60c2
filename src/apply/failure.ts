import type { CallOutcome } from '../jira/api.js';
import type { ChangeAction } from '../model/plan.js';
import type { JournalEntry } from './journal.js';

/**
 * What apply needs to know about a failed write to decide its next step: did it maybe happen (re-read
 * before anything else), was it refused (say why), or did nothing leave (safe to send again)?
 */
export interface WriteFailure {
  outcome: CallOutcome;
  status?: number;
  message: string;
}

/** Thrown when an interrupt's grace period ends before the in-flight write answered. */
export class InterruptedInFlight extends Error {
  constructor() {
    super('interrupted while the request was in flight; its outcome is unknown');
    this.name = 'InterruptedInFlight';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

const OUTCOMES: readonly string[] = ['not-sent', 'rejected', 'unknown'];

/**
 * Classifies any thrown value. A JiraError carries its `outcome`; anything else (a bug, a raw network
 * error) is treated as `unknown`, the conservative reading: apply re-reads before deciding.
 */
export function classifyFailure(error: unknown): WriteFailure {
  const message = error instanceof Error ? error.message : String(error);
  if (!isRecord(error)) return { outcome: 'unknown', message };
  const outcome =
    typeof error.outcome === 'string' && OUTCOMES.includes(error.outcome) ? error.outcome : 'unknown';
  // A JiraError's message carries the call and a list of fixes for people at a terminal; the journal
  // wants one line per change: what happened and what Jira said.
  const concise =
    typeof error.summary === 'string' && error.summary !== ''
      ? `${error.summary}${typeof error.jiraMessage === 'string' && error.jiraMessage !== '' ? ` Jira said: ${error.jiraMessage}` : ''}`
      : message;
  const failure: WriteFailure = { outcome: outcome as CallOutcome, message: concise };
  if (typeof error.status === 'number') failure.status = error.status;
  return failure;
}

/** How a removal or deletion refused with 403 begins its journal detail. */
const DELETE_REFUSED = 'the token lacks delete access';

/**
 * The 403 on a removal, in words that say what to grant. The access categories are those of Atlassian's
 * TWG CLI reference (read / write and manage / delete); the scopes are Jira's own for these endpoints.
 */
export function deleteAccessHint(kind: 'grant' | 'scheme'): string {
  const scope = kind === 'grant' ? 'delete:permission:jira' : 'delete:permission-scheme:jira';
  return (
    `${DELETE_REFUSED}: Jira refused the ${kind === 'grant' ? 'grant removal' : 'scheme deletion'} (403). ` +
    `Give the token the Delete category: for an OAuth 2.0 or TWG CLI token, allow ${scope} ` +
    `(Atlassian Administration > Rovo > Teamwork Graph CLI > Permissions > Delete, or the app's scopes; ` +
    `the classic scope manage:jira-configuration also covers it); for an API token, the user needs the ` +
    `Administer Jira global permission. Then run apply again.`
  );
}

/** The 403 on a create or update: the write-and-manage category. */
export function writeAccessHint(): string {
  return (
    'the token lacks write access (403). Give it the Write and manage category: for an OAuth 2.0 or TWG CLI ' +
    'token, allow write:permission-scheme:jira and write:permission:jira (or the classic ' +
    'manage:jira-configuration); for an API token, the user needs the Administer Jira global permission.'
  );
}

/** Why Jira refused to move a project onto a scheme (403), and what to change. */
export function assignAccessHint(): string {
  return (
    'Jira refused to assign the permission scheme to the project (403). It needs the Administer Jira ' +
    'global permission; an OAuth 2.0 or TWG CLI token also needs manage:jira-project (granular: ' +
    'write:project:jira). On Jira Free plans permission schemes cannot be assigned at all.'
  );
}

const NOUNS: Record<ChangeAction, [string, string]> = {
  'create-scheme': ['scheme created', 'schemes created'],
  'update-scheme': ['scheme renamed or redescribed', 'schemes renamed or redescribed'],
  'add-grant': ['grant added', 'grants added'],
  'remove-grant': ['grant removal', 'grant removals'],
  'delete-scheme': ['scheme deletion', 'scheme deletions'],
  'assign-project': ['project moved onto its scheme', 'projects moved onto their schemes'],
};

function countByAction(entries: readonly JournalEntry[]): string {
  const counts = new Map<ChangeAction, number>();
  for (const entry of entries) counts.set(entry.action, (counts.get(entry.action) ?? 0) + 1);
  return [...counts]
    .map(([action, count]) => `${String(count)} ${NOUNS[action][count === 1 ? 0 : 1]}`)
    .join(', ');
}

/**
 * Apply's summary when its only failures are removals or deletions the token may not make (403): it
 * did its adds and is stopped half-way, which is safe (nobody lost access) but not finished. Says what was
 * done, what is left, and how to finish. Undefined when anything else failed.
 */
export function deleteRefusedSummary(entries: readonly JournalEntry[]): string | undefined {
  const failed = entries.filter((entry) => entry.result === 'failed');
  const refusedDeletes = failed.filter(
    (entry) =>
      (entry.action === 'remove-grant' || entry.action === 'delete-scheme') &&
      entry.detail?.startsWith(DELETE_REFUSED) === true,
  );
  if (refusedDeletes.length === 0 || refusedDeletes.length !== failed.length) return undefined;
  const done = entries.filter((entry) => entry.result === 'done');
  const left = entries.filter((entry) => entry.result !== 'done');
  return (
    `Apply stopped: the token may not delete, so Jira refused the removals (403). ` +
    `Done: ${done.length > 0 ? countByAction(done) : 'nothing'}. Left: ${countByAction(left)}; ` +
    'Jira has the new grants and still the old ones, so nobody lost access. ' +
    'Run apply again with a token that may delete (the Delete category: delete:permission:jira and ' +
    'delete:permission-scheme:jira, or manage:jira-configuration; for an API token, an account with ' +
    'Administer Jira): it re-reads Jira and finishes the job.'
  );
}
