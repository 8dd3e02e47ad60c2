import type { Holder } from './holder.js';

/**
 * Effective access: who gains and who loses a permission in a project when a plan is applied. These are
 * the shapes of `plan --json`'s `access` list and `summary.access` (the contract's field names), kept in
 * the plan as the JSON has them so a plan file read back is the same data. The lists are read-only:
 * a computed report shares equal lists and entries between changes, frozen (src/access/shared.ts).
 */

/** A person, as Jira names them: Cloud's account id (Data Center: the user key) and display name. */
export interface AccessPerson {
  accountId: string;
  displayName: string;
}

/** A holder whose people could not be read, and why (nothing is guessed in their place). */
export interface UnexpandedHolder {
  readonly holder: Holder;
  /** Display only: the holder as people read it (`group contractors (…)`). */
  readonly label: string;
  /** Where the holder grants the permission: the live scheme, the planned one, or both. */
  readonly side: 'live' | 'planned' | 'both';
  /** One line: what failed and what would fix it. */
  readonly reason: string;
  /** The read budget left it out (`JIRA_PERMS_ACCESS=full` reads it); absent: Jira refused the read. */
  readonly notRead?: true;
}

/** One permission in one project whose holders change. */
export interface AccessChange {
  /** The project's key, as Jira spells it. */
  project: string;
  permission: string;
  /** People who hold it after the plan and did not before (sorted by accountId). */
  gained: readonly AccessPerson[];
  /** People who held it before the plan and do not after (sorted by accountId). */
  lost: readonly AccessPerson[];
  /**
   * Holders that are not expanded into people and grant it after the plan only: `anyone`, bare
   * `applicationRole` (any logged-in user) and the per-issue holders (reporter, assignee, custom fields,
   * portal customers). Sorted by holder identity.
   */
  holdersGained: readonly Holder[];
  /** The same, for holders that grant it before the plan only. */
  holdersLost: readonly Holder[];
  /** The scheme the project uses after the plan (its file's name). */
  scheme: string;
  /** When the project moves: the scheme it uses now. */
  fromScheme?: string;
  /**
   * `anyone` or bare `applicationRole` (any logged-in user) grant it both before and after: the people
   * listed may have had it (or keep it) through them. Sorted by holder identity.
   */
  broadHoldersKept?: readonly Holder[];
  /** Holders whose people could not be read: `gained`/`lost` list only people known for certain. */
  unexpanded?: readonly UnexpandedHolder[];
}

export interface AccessSummary {
  /** Distinct people who gain some permission somewhere. */
  peopleGaining: number;
  /** Distinct people who lose some permission somewhere. */
  peopleLosing: number;
  /**
   * Present (false) only when the read budget ran out: some outcomes were not expanded (their
   * `unexpanded` entries say `notRead`); `JIRA_PERMS_ACCESS=full` reads them all.
   */
  complete?: false;
  /** What the budget did, present with `complete: false`. */
  budget?: AccessBudgetSummary;
}

/** The read budget of a plan whose effective access is partial. */
export interface AccessBudgetSummary {
  /** The people requests allowed. */
  limit: number;
  /** The people requests made. */
  requests: number;
  /** Reads (a group's members, a role's actors, a lead) not made. */
  readsSkipped: number;
  /** Changes (project and permission) with a holder not read. */
  changesNotExpanded: number;
}

/** The access part of a plan. */
export interface AccessReport {
  changes: AccessChange[];
  summary: AccessSummary;
}

/** Holders that cover everybody (`anyone`) or every logged-in user (bare `applicationRole`). */
export function isBroadHolder(holder: Holder): boolean {
  return (
    holder.type === 'anyone' ||
    (holder.type === 'applicationRole' && (holder.parameter ?? holder.value ?? '') === '')
  );
}

/** Whether a holder is expanded into people (user, group, projectRole, applicationRole: key, projectLead). */
export function isExpandedHolder(holder: Holder): boolean {
  switch (holder.type) {
    case 'user':
    case 'group':
    case 'projectRole':
    case 'projectLead':
      return true;
    case 'applicationRole':
      return !isBroadHolder(holder);
    default:
      return false;
  }
}

/** `Carlos Contractor (712020:0b1c…)`, or the account id alone when Jira gave no other name. */
export function personName(person: AccessPerson): string {
  return person.displayName === '' || person.displayName === person.accountId
    ? person.accountId
    : `${person.displayName} (${person.accountId})`;
}
