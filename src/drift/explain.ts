/**
 * Drift explained: for each change of a plan (what apply would do to make Jira match the files), who
 * made the opposite change in Jira and when, from the audit log of the last `sinceDays` days.
 *
 * The window ends at Jira's own clock (`serverTime`), not this machine's, so a site in another time
 * zone or with a skewed clock (or the simulator's settable clock) gives the same answer; without a
 * server time it ends now. The log is read only when there is drift. A log the token cannot read (403)
 * leaves every change reported, unattributed, with the reason.
 */
import type { JiraDirectory, UserRef } from '../jira/api.js';
import type { AuditRecord, JiraAuditReader } from '../jira/audit.js';
import { errorMessage } from '../jira/errors.js';
import { holderId, holderKey, holderName, type Holder } from '../model/holder.js';
import type { ChangedBy } from '../model/drift.js';
import type { PlanChange } from '../model/plan.js';
import type { Grant } from '../model/scheme.js';
import { attributeChanges, type NameBook } from './attribute.js';

export const DEFAULT_SINCE_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface DriftItem {
  change: PlanChange;
  /** The most recent audit record that explains the change, or null when the log has none. */
  changedBy: ChangedBy | null;
}

export type AuditStatus =
  /** `skipped`: records left out for having no readable time or id (absent when none was). */
  | { status: 'read'; records: number; truncated: boolean; skipped?: number }
  | { status: 'unavailable'; reason: string }
  /** No drift, so the log was not read. */
  | { status: 'not-read' };

export interface DriftWindow {
  /** ISO 8601 instants (UTC). */
  from: string;
  to: string;
  days: number;
  /** Whose clock ends the window: Jira's `serverTime`, or this machine's when Jira did not say. */
  clock: 'jira' | 'local';
}

export interface DriftExplanation {
  window: DriftWindow;
  audit: AuditStatus;
  /** One per change, in the plan's order. */
  items: DriftItem[];
}

export interface ExplainInput {
  changes: readonly PlanChange[];
  /** Grants as read and as the files want them: their holders' names. */
  grants: readonly Grant[];
}

export interface ExplainOptions {
  sinceDays: number;
  /** This machine's clock, used when Jira gives no server time. */
  now: () => Date;
}

export type DriftJira = JiraAuditReader & JiraDirectory;

async function windowEnd(jira: DriftJira, now: () => Date): Promise<{ end: Date; clock: 'jira' | 'local' }> {
  try {
    const serverTime = await jira.getServerTime();
    if (serverTime !== undefined) return { end: serverTime, clock: 'jira' };
  } catch {
    // The window still has an end: this machine's clock.
  }
  return { end: now(), clock: 'local' };
}

function add(map: Map<string, Set<string>>, key: string, name: string | undefined): void {
  if (name === undefined || name === '') return;
  const names = map.get(key) ?? new Set<string>();
  names.add(name);
  map.set(key, names);
}

/**
 * The names of every holder the changes name, from the grants read and wanted, and from the directory
 * (a role's, field's or application role's name; a user's display name). Lookups that fail leave fewer
 * names, never an error: attribution is a courtesy.
 */
async function nameBook(input: ExplainInput, jira: DriftJira): Promise<NameBook> {
  const byHolder = new Map<string, Set<string>>();
  for (const grant of input.grants) add(byHolder, holderKey(grant.holder), holderName(grant));
  const holders = input.changes
    .map((change) => change.holder)
    .filter((holder): holder is Holder => holder !== undefined);
  const ofType = (type: string | RegExp): Holder[] =>
    holders.filter((holder) => (typeof type === 'string' ? holder.type === type : type.test(holder.type)));
  const userIds = ofType('user')
    .map(holderId)
    .filter((id): id is string => id !== undefined);
  const [catalogue, roles, fields, applicationRoles, users] = await Promise.all([
    jira.getPermissionCatalogue().catch(() => []),
    ofType('projectRole').length > 0 ? jira.getProjectRoles().catch(() => []) : [],
    ofType(/CustomField$/).length > 0 ? jira.getFields().catch(() => []) : [],
    ofType('applicationRole').length > 0 ? jira.getApplicationRoles().catch(() => []) : [],
    userIds.length > 0
      ? jira.getUsers(userIds).catch(() => new Map<string, UserRef>())
      : new Map<string, UserRef>(),
  ]);
  for (const holder of holders) {
    const key = holderKey(holder);
    const id = holderId(holder);
    add(byHolder, key, holderName({ holder }));
    if (id === undefined) continue;
    add(byHolder, key, id);
    if (holder.type === 'projectRole') add(byHolder, key, roles.find((role) => String(role.id) === id)?.name);
    if (/CustomField$/.test(holder.type)) add(byHolder, key, fields.find((field) => field.id === id)?.name);
    if (holder.type === 'applicationRole') {
      add(byHolder, key, applicationRoles.find((role) => role.key === id)?.name);
    }
    if (holder.type === 'user') add(byHolder, key, users.get(id)?.displayName);
  }
  const permissionNames = new Map(catalogue.map((entry) => [entry.key, entry.name]));
  return {
    permission: (key) => [
      key,
      ...(permissionNames.get(key) === undefined ? [] : [permissionNames.get(key) ?? '']),
    ],
    holder: (holder) => [...(byHolder.get(holderKey(holder)) ?? [])],
  };
}

/** The id to look an author up by: Data Center's username, else Cloud's account id. */
function authorKey(record: AuditRecord): string | undefined {
  return record.author.name ?? record.author.accountId;
}

/** Display names for the authors of the chosen records. */
async function people(records: readonly AuditRecord[], jira: DriftJira): Promise<Map<string, string>> {
  const ids = [...new Set(records.map(authorKey).filter((id): id is string => id !== undefined))];
  if (ids.length === 0) return new Map();
  const users = await jira.getUsers(ids).catch(() => new Map<string, { displayName?: string }>());
  const names = new Map<string, string>();
  for (const [id, user] of users) if (user.displayName !== undefined) names.set(id, user.displayName);
  return names;
}

function changedBy(record: AuditRecord, names: Map<string, string>): ChangedBy {
  const { accountId, name: username } = record.author;
  const name = names.get(authorKey(record) ?? '') ?? username;
  return {
    // Data Center's numeric user id means nothing to people; Cloud's account id does to scripts.
    ...(accountId === undefined || username !== undefined ? {} : { accountId }),
    ...(name === undefined ? {} : { name }),
    at: record.at,
    summary: record.summary,
    ...(record.source === undefined ? {} : { source: record.source }),
  };
}

export async function explainDrift(
  input: ExplainInput,
  jira: DriftJira,
  options: ExplainOptions,
): Promise<DriftExplanation> {
  const { end, clock } = await windowEnd(jira, options.now);
  const window: DriftWindow = {
    from: new Date(end.getTime() - options.sinceDays * DAY_MS).toISOString(),
    to: end.toISOString(),
    days: options.sinceDays,
    clock,
  };
  const unexplained = (audit: AuditStatus): DriftExplanation => ({
    window,
    audit,
    items: input.changes.map((change) => ({ change, changedBy: null })),
  });
  if (input.changes.length === 0) return unexplained({ status: 'not-read' });

  let log;
  try {
    log = await jira.readAuditLog({ from: new Date(window.from), to: new Date(window.to) });
  } catch (error) {
    return unexplained({
      status: 'unavailable',
      reason: `the audit log could not be read: ${errorMessage(error)}`,
    });
  }
  if (log.status === 'unavailable') return unexplained(log);

  const found = attributeChanges(input.changes, log.records, await nameBook(input, jira));
  const chosen = found.filter((record): record is AuditRecord => record !== undefined);
  const names = await people(chosen, jira);
  return {
    window,
    audit: {
      status: 'read',
      records: log.records.length,
      truncated: log.truncated,
      ...(log.skipped === undefined ? {} : { skipped: log.skipped }),
    },
    items: input.changes.map((change, index) => {
      const record = found[index];
      return { change, changedBy: record === undefined ? null : changedBy(record, names) };
    }),
  };
}
