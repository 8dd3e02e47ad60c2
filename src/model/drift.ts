/**
 * Drift: Jira changed outside the files. A plan change is `drift` when it undoes such a change (on a
 * pull request: the base commit's files plan it too), `pull-request` when the pull request's own edits
 * make it. Drifted changes carry who made the change in Jira and when, where the audit log says.
 */

export type ChangeOrigin = 'pull-request' | 'drift';

/** Who changed it and when, from one audit record. */
export interface ChangedBy {
  /** Cloud: the author's account id (Data Center logs name users by username: see `name`). */
  accountId?: string;
  /** The person's display name where the directory knows it, else the username the log gives. */
  name?: string;
  /** ISO 8601 instant (UTC). */
  at: string;
  /** The record's summary: `Permission scheme updated`. */
  summary: string;
  /** `Browser`, `REST`, ... */
  source?: string;
}
