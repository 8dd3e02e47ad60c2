import type { Grant, LiveGrant, LiveScheme, ProjectRef } from '../model/scheme.js';
import type { DeploymentInfo } from './deployment.js';

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
  /**
   * Projects using each scheme id (pages through projects, then one read per project; call once per plan,
   * only when it needs it). Team-managed projects are marked; they are listed under their own
   * project-scoped scheme when Jira shows one.
   */
  getProjectsByScheme(): Promise<Map<number, ProjectRef[]>>;
  /** The id of the scheme one project uses (apply's re-read after an assignment whose answer was lost). */
  getProjectSchemeId(projectKeyOrId: string): Promise<number>;
}

export interface NewScheme {
  name: string;
  description?: string;
  grants: Grant[];
}

export interface JiraWriter extends JiraReader {
  /** Requests the client lets in flight now (it adapts to Jira's rate limits), and the most it ever does. */
  readonly concurrency: { now: number; max: number };
  createPermissionScheme(scheme: NewScheme): Promise<LiveScheme>;
  /** Name and description only: never sends a `permissions` list (that would replace every grant). */
  updatePermissionSchemeDetails(
    schemeId: number,
    details: { name: string; description?: string },
  ): Promise<void>;
  createPermissionGrant(schemeId: number, grant: Grant): Promise<LiveGrant>;
  deletePermissionGrant(schemeId: number, grantId: number): Promise<void>;
  deletePermissionScheme(schemeId: number): Promise<void>;
  /** `PUT /project/{projectKeyOrId}/permissionscheme` with `{"id": schemeId}`: the project uses it from now on. */
  assignPermissionScheme(projectKeyOrId: string, schemeId: number): Promise<void>;
}

/**
 * What is known about a failed call's effect:
 * - `not-sent`: nothing reached Jira (refused locally, DNS failure, connection refused).
 * - `rejected`: Jira answered and did not do it (4xx).
 * - `unknown`: it may or may not have happened (timeout, dropped connection, 5xx on a write); apply
 *   re-reads before deciding anything.
 */
export type CallOutcome = 'not-sent' | 'rejected' | 'unknown';

/** A group as the directory knows it. Data Center groups have no id. */
export interface GroupRef {
  name: string;
  id?: string;
}

export interface RoleRef {
  id: number;
  name: string;
  description?: string;
}

export interface UserRef {
  /** Cloud: the account id; Data Center: the user key. */
  accountId: string;
  displayName?: string;
  active: boolean;
  /** Absent when the site hides it (profile visibility). */
  emailAddress?: string;
}

export interface FieldRef {
  id: string;
  name: string;
  custom: boolean;
  /** The custom field type, e.g. `com.atlassian.jira.plugin.system.customfieldtypes:userpicker`. */
  customType?: string;
}

export interface ApplicationRoleRef {
  key: string;
  name?: string;
  /** The groups whose members get the application (Cloud: with ids, from `groupDetails`). */
  groups?: GroupRef[];
}

/** The result of looking a user up by email address. */
export interface EmailLookup {
  email: string;
  /** The one user whose address matches exactly. */
  user?: UserRef;
  /** Users matched by the search whose address the site does not show (privacy settings). */
  hiddenCandidates: UserRef[];
}

/**
 * The lookups the resolver and export need, batched and cached for the run: the number of requests grows
 * with the number of distinct names, not with the number of grants.
 */
export interface JiraDirectory {
  readonly apiVersion: ApiVersion;
  /** False on Data Center (groups are known by name only; grants carry no group id). */
  readonly groupsHaveIds: boolean;
  /**
   * Settles Cloud or Data Center (reading serverInfo when the connection could not tell) so that
   * `groupsHaveIds` is right; the client's own methods wait for it themselves.
   */
  deploymentInfo?(): Promise<DeploymentInfo>;
  /** Exact (case-insensitive) group matches; the map is keyed by the name as asked, absent when not found. */
  findGroupsByName(names: readonly string[]): Promise<Map<string, GroupRef>>;
  /** Groups by id (Cloud); keyed by id, absent when not found. Always empty on Data Center. */
  findGroupsById(ids: readonly string[]): Promise<Map<string, GroupRef>>;
  /** Names of existing groups that look like `name`, for "did you mean" (may be empty). */
  suggestGroupNames(name: string): Promise<string[]>;
  getProjectRoles(): Promise<RoleRef[]>;
  /** Users by account id (Data Center: user key); keyed by id, absent when not found. */
  getUsers(accountIds: readonly string[]): Promise<Map<string, UserRef>>;
  findUserByEmail(email: string): Promise<EmailLookup>;
  getFields(): Promise<FieldRef[]>;
  getApplicationRoles(): Promise<ApplicationRoleRef[]>;
  getPermissionCatalogue(): Promise<PermissionCatalogueEntry[]>;
}

/** A person as the people reads return them (group members, role actors, project leads). */
export interface PersonRef {
  /** Cloud: the account id; Data Center: the user key. */
  accountId: string;
  displayName?: string;
  active: boolean;
  /** Data Center: the username (role actors name users by it). */
  username?: string;
}

/** A user actor of a project role: Cloud names it by account id, Data Center by username. */
export interface UserActorRef {
  accountId?: string;
  username?: string;
  displayName?: string;
}

/** The actors of one role in one project. */
export interface RoleActorsRef {
  users: UserActorRef[];
  groups: GroupRef[];
  /** Actor types this product does not know (their people cannot be told). */
  otherTypes: string[];
}

/**
 * A project's lead as the project answer gave it. `active` is absent when the answer left it out (Data
 * Center's may): unknown, to be looked up, never taken for true.
 */
export type LeadRef = Omit<PersonRef, 'active'> & { active?: boolean };

/** A project with its lead. */
export interface ProjectDetails extends ProjectRef {
  lead?: LeadRef;
}

/**
 * Who is behind a holder: the reads effective access needs, each cached for the run (a group's members
 * are read once however many holders name it).
 */
export interface JiraPeople {
  /** Active members of a group, every page (Cloud: by id when the group has one; Data Center: by name). */
  getGroupMembers(group: GroupRef): Promise<PersonRef[]>;
  /** The actors of a role in a project (active users only where Jira can leave the others out). */
  getRoleActors(projectKeyOrId: string, roleId: number): Promise<RoleActorsRef>;
  /** One project, with its lead. */
  getProjectDetails(projectKeyOrId: string): Promise<ProjectDetails>;
  /** Data Center: users by username; keyed by the username as asked, absent when not found. */
  findUsersByUsername(usernames: readonly string[]): Promise<Map<string, PersonRef>>;
}
