import type { Grant, LiveGrant, LiveScheme, ProjectRef } from '../model/scheme.js';

/**
 * The typed Jira surface the rest of the product uses. Read and write are separate types: `plan`,
 * `validate` and `export` only ever hold a `JiraReader`, so a dry run cannot even name a write. The
 * implementation behind a reader is additionally built in read-only mode, which refuses POST/PUT/DELETE
 * before any byte leaves.
 */

export type ApiVersion = '2' | '3';

export interface PermissionCatalogueEntry {
  key: string;
  name?: string;
  type?: string;
  description?: string;
}

export interface JiraReader {
  readonly apiVersion: ApiVersion;
  /** Every permission scheme with every grant, normalised. */
  listPermissionSchemes(): Promise<LiveScheme[]>;
  /** One scheme with its grants; undefined when Jira answers 404. */
  getPermissionScheme(schemeId: number): Promise<LiveScheme | undefined>;
  /** The site's permission catalogue (`/permissions`), built-in and app-defined keys. */
  getPermissionCatalogue(): Promise<PermissionCatalogueEntry[]>;
  /** Projects using each scheme id (pages through projects; call only when a plan needs it). */
  getProjectsByScheme(): Promise<Map<number, ProjectRef[]>>;
}

export interface NewScheme {
  name: string;
  description?: string;
  grants: Grant[];
}

export interface JiraWriter extends JiraReader {
  createPermissionScheme(scheme: NewScheme): Promise<LiveScheme>;
  /** Name and description only: never sends a `permissions` list (that would replace every grant). */
  updatePermissionSchemeDetails(
    schemeId: number,
    details: { name: string; description?: string },
  ): Promise<void>;
  createPermissionGrant(schemeId: number, grant: Grant): Promise<LiveGrant>;
  deletePermissionGrant(schemeId: number, grantId: number): Promise<void>;
  deletePermissionScheme(schemeId: number): Promise<void>;
}

/**
 * What is known about a failed call's effect:
 * - `not-sent`: nothing reached Jira (refused locally, DNS failure, connection refused).
 * - `rejected`: Jira answered and did not do it (4xx).
 * - `unknown`: it may or may not have happened (timeout, dropped connection, 5xx on a write); apply
 *   re-reads before deciding anything.
 */
export type CallOutcome = 'not-sent' | 'rejected' | 'unknown';
