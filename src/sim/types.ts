/**
 * The simulator's own vocabulary: the site it holds in memory, the credentials it accepts, and the
 * switches a run is configured with. Nothing here is shared with the product on purpose: the simulator
 * is a second, independent reading of Jira's documentation.
 */

/** Cloud answers REST v3 and v2 with Cloud shapes; Data Center answers only v2, groups by name, no holder `value`. */
export type Flavour = 'cloud' | 'datacenter';

/**
 * A holder as the simulator stores it: the type and one reference, never a display name, so renaming a
 * group or role in the state shows up in every grant. `ref` is the group id (groups), role id (as a
 * string), accountId (users), field id (custom fields) or application key; absent for parameterless types.
 */
export interface SimHolder {
  type: string;
  ref?: string;
}

export interface SimGrant {
  id: number;
  permission: string;
  holder: SimHolder;
}

export interface SimScheme {
  id: number;
  name: string;
  description?: string;
  grants: SimGrant[];
}

export interface SimGroup {
  name: string;
  /** Cloud-style UUID. Data Center answers never show it. */
  groupId: string;
}

export interface SimRole {
  id: number;
  name: string;
  description: string;
}

export interface SimUser {
  accountId: string;
  displayName: string;
  emailAddress: string;
  active: boolean;
  accountType: 'atlassian' | 'app' | 'customer';
  /** Group names the user belongs to. */
  groups: string[];
  /** Application keys the user can use. */
  applicationRoles: string[];
  /** Data Center username and user key (a Data Center user holder's parameter is the key). */
  name?: string;
  key?: string;
  timeZone?: string;
}

export interface SimField {
  id: string;
  name: string;
  custom: boolean;
  schema: { type: string; items?: string; system?: string; custom?: string; customId?: number };
}

export interface SimApplicationRole {
  key: string;
  name: string;
  /** Group names with access. */
  groups: string[];
  defaultGroups: string[];
  numberOfSeats: number;
  platform: boolean;
}

/** Who acts in one project role of one project: accounts and groups (never nested further). */
export interface SimRoleActors {
  /** accountIds of user actors. */
  users?: string[];
  /** Group ids of group actors (their members act in the role). */
  groups?: string[];
}

export interface SimProject {
  id: string;
  key: string;
  name: string;
  projectTypeKey: 'software' | 'service_desk' | 'business';
  /**
   * The scheme the project uses. A team-managed project points at its own project-scoped scheme in
   * `SiteData.projectSchemes`, which no scheme list shows.
   */
  permissionSchemeId: number;
  leadAccountId?: string;
  description?: string;
  /** `next-gen` is a team-managed project (Cloud only; `simplified: true`): it has no shared scheme. */
  style?: 'classic' | 'next-gen';
  /** Archived projects are hidden from everything but `/project/search?status=archived`. */
  archived?: { at: string; byAccountId: string };
  /** Role actors of this project, keyed by role id (as a string). */
  roleActors?: Record<string, SimRoleActors>;
}

export interface SimPermission {
  key: string;
  name: string;
  description: string;
  type: 'PROJECT' | 'GLOBAL';
}

/** Everything a site holds. A seed file has exactly this shape (JSON). */
export interface SiteData {
  /** The scheme projects fall back to; cannot be deleted. */
  defaultSchemeId: number;
  schemes: SimScheme[];
  groups: SimGroup[];
  roles: SimRole[];
  users: SimUser[];
  fields: SimField[];
  applicationRoles: SimApplicationRole[];
  projects: SimProject[];
  /** The permission catalogue `/permissions` answers: built-in and app-defined keys. */
  permissions: SimPermission[];
  /**
   * Project-scoped schemes of team-managed projects: readable through their project (and by id), never
   * listed with the shared schemes, never written.
   */
  projectSchemes?: SimScheme[];
  /** The audit log, oldest first. Every accepted write adds to it. */
  auditRecords?: SimAuditRecord[];
  /** Next ids handed out; computed from the data when absent. */
  nextSchemeId?: number;
  nextGrantId?: number;
  nextAuditId?: number;
}

/** One changed value of an audit record (`from`/`to` absent when Jira sends null). */
export interface SimChangedValue {
  fieldName: string;
  changedFrom?: string;
  changedTo?: string;
}

/** An object an audit record is about, or one associated with it. */
export interface SimAuditItem {
  id: string;
  name: string;
  /** `SCHEME`, `PROJECT`, `USER`, `GROUP`, ... */
  typeName: string;
}

/**
 * An audit record as the simulator stores it, one shape for both flavours: Cloud renders it as an
 * `AuditRecordBean`, Data Center as an audit event.
 */
export interface SimAuditRecord {
  id: number;
  /** ISO 8601 instant, from the simulator's clock. */
  created: string;
  /** `Permission scheme updated`, `Permission scheme added to project`, ... */
  summary: string;
  /** Jira's i18n key of the action (`jira.auditing.permission.scheme.updated`). */
  actionKey: string;
  category: string;
  /** accountId of who did it (a user of the site, or one that no longer exists). */
  authorAccountId: string;
  remoteAddress: string;
  /** Cloud `eventSource`; Data Center `method` (`Browser`, `REST`). */
  eventSource: string;
  description?: string;
  objectItem: SimAuditItem;
  associatedItems: SimAuditItem[];
  changedValues: SimChangedValue[];
  /**
   * Fields the answer leaves out (AuditRecordBean marks none required): the record is still kept and
   * found by its stored time; only the rendered record lacks them (`created`: Data Center's `timestamp`).
   */
  omitFields?: ('id' | 'created')[];
}

/** The access categories of Atlassian's TWG CLI reference, enforced server-side. */
export type AccessCategory = 'read' | 'write' | 'delete';

export interface SimCredential {
  /** Human-readable label, shown in logs and 401/403 reasons (never the secret). */
  label: string;
  /** accountId of the user the credential acts as. */
  accountId: string;
  /** Basic auth: email + API token. */
  email?: string;
  apiToken?: string;
  /** Bearer auth: an OAuth 2.0 access token or Data Center personal access token. */
  bearerToken?: string;
  /** Jira administrator (Administer Jira global permission). Writes need it. */
  admin: boolean;
  /**
   * The *Browse users and groups* global permission (default true; admins always have it). Without it
   * `/group/member` answers 403.
   */
  browseUsers?: boolean;
  categories: AccessCategory[];
  /**
   * Scoped API tokens and OAuth tokens only work through `https://api.atlassian.com/ex/jira/{cloudId}`;
   * sent to the site URL they get 401, as on real Cloud.
   */
  scoped?: boolean;
}

export interface ExampleCredentials {
  /** Admin, all categories: basic auth. */
  admin: { email: string; apiToken: string };
  /** Admin, all categories: bearer token (a Data Center PAT or OAuth token). */
  bearer: { token: string };
  /** Not a Jira admin: reads work, writes get 403. */
  nonAdmin: { email: string; apiToken: string };
  /** Not a Jira admin and without *Browse users and groups*: group members and the audit log get 403. */
  noBrowse: { email: string; apiToken: string };
  /** Admin user, but the token may only read. */
  readOnly: { email: string; apiToken: string };
  /** Admin user, token may read and write but not delete. */
  noDelete: { email: string; apiToken: string };
  /** A scoped/OAuth token: works only under `/ex/jira/{cloudId}`. */
  scoped: { token: string; cloudId: string };
}

/** Where Atlassian's documentation leaves behaviour open, the simulator can play each reading. */
export interface ApiBehaviour {
  /** Wording of error messages: `jira` (as Jira words them) or `terse` (same meaning, other words). */
  errorWording: 'jira' | 'terse';
  /**
   * Deleting a scheme that projects use: `refuse` (an error status, see `deleteInUseStatus`) or
   * `fallback` (deleted; its projects move to the default scheme).
   */
  deleteInUseScheme: 'refuse' | 'fallback';
  deleteInUseStatus: 400 | 409;
  /** Holders without a parameter: `omit` the property or send `parameter: null`. */
  parameterlessHolders: 'omit' | 'null';
  /** After a PUT with a permissions list: grants get `new` ids, or identical grants `keep` theirs. */
  grantIdsAfterPut: 'new' | 'keep';
  /** Page-size caps: the server answers at most this many items, whatever maxResults asks. */
  maxResultsCap: {
    projects: number;
    groups: number;
    users: number;
    /** `/field/search` pages (50 when absent). */
    fields?: number;
    /** `/group/member` pages (50 when absent; the reference allows 1 to 50). */
    members?: number;
  };
  /** A scheme created through REST also grants each of its permissions to `atlassian-addons-project-access`. */
  addonsRoleOnCreate: boolean;
  /** Expanded holders (`expand=group`...) carry the full `group`/`projectRole`/`user`/`field` object. */
  expandHolderObjects: boolean;
  /**
   * Project keys in paths: `sensitive` (the reference says "case sensitive": `soft` is not `SOFT`, 404)
   * or `insensitive` (resolved to the project whatever the case).
   */
  projectKeyCase: 'sensitive' | 'insensitive';
  /**
   * Assigning a permission scheme to a team-managed project is refused; the reference does not say
   * how: 400 (a bad request) or 403 (not allowed to edit that project's configuration).
   */
  teamManagedAssignStatus: 400 | 403;
  /**
   * Cloud audit records carry `authorAccountId` (the reference's example has it, its schema does not);
   * false plays a site whose records do not say who.
   */
  auditAuthorAccountId: boolean;
  /**
   * Cloud sites where every product is on a Free plan have no audit log: it answers 403 even to
   * administrators (the reference says so).
   */
  auditFreePlan: boolean;
  /**
   * Whether the audit log (Cloud's records, Data Center's events) honours `offset` (`honoured`, the
   * default) or answers the first page whatever is asked (`ignored`), as a broken proxy might: a reader
   * must still stop.
   */
  auditOffset: 'honoured' | 'ignored';
  /**
   * Data Center has no `GET /project/search` (false, the default, as Atlassian's Data Center REST
   * reference lists only `GET /project`: the path is read as `/project/{projectIdOrKey}` with the key
   * `search`, a 404 naming it), or answers it as Cloud does (true). Cloud always has it.
   */
  dataCenterProjectSearch: boolean;
  /**
   * A project's `lead` carries `active` (true, as the references' examples show it), or leaves it out
   * (false: an answer that does not say, which a client must not read as active).
   */
  leadActive: boolean;
  /**
   * `GET /project/search` matching no project: an empty page (`page`, the default) or a 404 with Jira's
   * error object (`404`), which Cloud's reference documents: "Returned if no projects matching the search
   * criteria are found."
   */
  emptyProjectSearch: 'page' | '404';
  /**
   * The markers of every page (projects, groups, members, users, fields). The PageBean schema has
   * `isLast`, `nextPage` ("the URL of the next page") and `total` ("the number of items returned"):
   * `documented` (the default) sends them all, with `total` the whole list's size; `nextPage` sends
   * `nextPage` but no `total` or `isLast`; `pageTotal` sends `total` as this page's count and no `isLast`
   * or `nextPage` (and Cloud's audit log's `total` is its page's count); `total` sends `total` as the whole
   * list's size and no `isLast` or `nextPage`.
   */
  pageMarkers: 'documented' | 'nextPage' | 'pageTotal' | 'total';
  /**
   * `/group/member`'s `total` without `includeInactiveUsers`: the members `listed` (the default), or
   * `all` of them, inactive ones too (whose `values` leave them out).
   */
  memberTotal: 'listed' | 'all';
  /**
   * `GET /project/{key}/permissionscheme` for a team-managed project: its own project-scoped scheme
   * (200, the default), or a refusal at that status (the reference does not say which).
   */
  teamManagedSchemeStatus: 200 | 400 | 403 | 404;
  /**
   * Cloud answers `GET /rest/api/2/serverInfo` (true, the default: Jira Cloud serves REST 2 as well), or
   * only `/rest/api/3/serverInfo`, the one its REST 3 reference documents (false: a `404` under REST 2).
   */
  cloudServerInfoV2: boolean;
  /**
   * Cloud group role actors carry `name` and `actorGroup.name` (true, the default), or only
   * `displayName` and `actorGroup.{displayName, groupId}` (false: RoleActor's `name` is documented as no
   * longer available, and ProjectRoleGroup's fields are all optional, `groupId` recommended).
   */
  roleGroupNames: boolean;
  /**
   * `GET /permissionscheme` lists the shared schemes only (false, the default), or also team-managed
   * projects' own schemes, each with `scope: {type: "PROJECT", project}` (true: PermissionScheme documents
   * `scope`, "indicated for items associated with next-gen projects").
   */
  listProjectSchemes: boolean;
}

/** Changes to the behaviour switches; `maxResultsCap` may name only the caps it changes. */
export type BehaviourChanges = Partial<Omit<ApiBehaviour, 'maxResultsCap'>> & {
  maxResultsCap?: Partial<ApiBehaviour['maxResultsCap']>;
};

export interface RequestLogEntry {
  method: string;
  /** Path without query string, as requested (including any `/ex/jira/{cloudId}` prefix). */
  path: string;
  /** Route template, e.g. `GET /rest/api/3/permissionscheme/{schemeId}`; `unmatched` when none. */
  route: string;
  status: number;
  /** When the request arrived, in ms since the simulator started (with `ms`: which requests overlapped). */
  at: number;
  ms: number;
  /** Latency added by the latency fault, when any. */
  delayMs?: number;
  /** Which fault (if any) shaped the answer. */
  fault?: FaultKind;
  /** Label of the credential used, when one was recognised. */
  credential?: string;
  /** The body as sent, for a request that has one (writes): which grant, which scheme, as the client spelt it. */
  body?: string;
}

export type FaultKind =
  | 'rate-limit'
  | 'server-error'
  | 'refusal'
  | 'drop-after-commit'
  | 'hang'
  | 'html-login'
  | 'truncated-json'
  | 'blocked-address';

/** Which requests a fault applies to. Omitted fields match everything. */
export interface FaultMatch {
  /** HTTP methods, e.g. `['POST','PUT','DELETE']`; `writes` is a shorthand for those three. */
  methods?: string[] | 'writes';
  /** Substring or RegExp tested against the route template (e.g. `permissionscheme`). */
  route?: string | RegExp;
}

export interface RateFault extends FaultMatch {
  /** Probability (0..1) per matching request. */
  rate: number;
  /** At most this many requests get the fault (then it stops: "the first write fails, the next works"). */
  times?: number;
}

export interface FaultConfig {
  /** PRNG seed: the same seed and the same request sequence give the same faults. */
  seed?: number;
  /** Extra latency per request: fixed + uniform jitter in [0, jitterMs). */
  latency?: { fixedMs: number; jitterMs?: number } & FaultMatch;
  /** Token bucket: `capacity` tokens, refilled at `refillPerSecond`; empty bucket → 429. */
  rateLimit?: { capacity: number; refillPerSecond: number; retryAfterSeconds?: number } & FaultMatch;
  /** 5xx answers at a rate (status 500, 502, 503 or 504; default 503), with `Retry-After` when given. */
  serverErrors?: RateFault & { status?: number; retryAfterSeconds?: number };
  /**
   * A 4xx refusal for a reason the simulator does not model (nothing changes): Jira's error collection
   * with `message`, at `status` (default 400); with `html`, an HTML page instead (what a proxy or a wrong
   * base URL answers: not Jira's own JSON).
   */
  refusals?: RateFault & { status?: number; message?: string; html?: boolean };
  /** The write is committed, then the socket destroyed without an answer. */
  dropAfterCommit?: RateFault;
  /** No answer until the client gives up (or the server stops). */
  hang?: RateFault;
  /** A 200 with an HTML login page instead of JSON (an SSO proxy or expired session). */
  htmlLogin?: RateFault;
  /** The JSON body cut in the middle (Content-Length matches the cut body). */
  truncatedJson?: RateFault;
  /** Requests rejected as from an address outside the organisation's IP allowlist (403). */
  blockedAddress?: boolean;
}

export interface SimulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Loopback only by default. */
  host?: string;
  /** The site: a SiteData object, or the default seed when absent. Deep-copied. */
  seed?: SiteData;
  flavour?: Flavour;
  apiBehaviour?: BehaviourChanges;
  faults?: FaultConfig;
  /** Shorthand for `faults.latency = { fixedMs: latencyMs }`. */
  latencyMs?: number;
  /** Replaces the default credentials (see `defaultCredentials()`). */
  credentials?: SimCredential[];
  /** Cloud id accepted under `/ex/jira/{cloudId}`. */
  cloudId?: string;
  /** Start with the clock stopped at this instant (audit records and server time read it). */
  clock?: Date | string;
}

export type Invariant = (state: SiteData, write: { method: string; route: string; path: string }) => void;

export interface InvariantViolation {
  method: string;
  route: string;
  path: string;
  message: string;
}
