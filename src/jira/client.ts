import type { Grant, LiveGrant, LiveScheme, ProjectRef } from '../model/scheme.js';
import {
  fieldIdSpelling,
  groupHolder,
  holderId,
  holderLabel,
  holderName,
  restTwoSpelling,
  wireSpelling,
  type Holder,
} from '../model/holder.js';
import type {
  ApiVersion,
  ApplicationRoleRef,
  EmailLookup,
  FieldRef,
  GroupRef,
  JiraDirectory,
  JiraPeople,
  JiraReader,
  JiraWriter,
  LeadRef,
  NewScheme,
  PermissionCatalogueEntry,
  PersonRef,
  ProjectDetails,
  RoleActorsRef,
  RoleRef,
  UserRef,
} from './api.js';
import type { Deployment } from './connection.js';
import type { DeploymentInfo, ServerInfo } from './deployment.js';
import { readAuditLog, type AuditLog, type AuditWindow, type JiraAuditReader } from './audit.js';
import type { DiagnosticContext } from './diagnostics.js';
import { diagnoseNetwork } from './diagnostics.js';
import { JiraError } from './errors.js';
import type { HttpStats, JiraHttp, Query, RateLimitInfo } from './http.js';
import { arrayField, boolField, idField, intField, isObject, objectField, stringField } from './json.js';
import {
  ShapeError,
  arrayOf,
  grantFacts,
  grantList,
  hasGrants,
  normaliseApplicationRole,
  normaliseCatalogue,
  normaliseField,
  normaliseGrant,
  normaliseGrants,
  normaliseGroup,
  normaliseRole,
  normaliseScheme,
  normaliseUser,
  schemeList,
} from './normalise.js';
import { readAllPages } from './paginate.js';
import { isNoProjectsAnswer } from './project-search.js';
import { isTeamManagedSchemeRefusal, noteProjectsWithoutScheme } from './project-usage.js';
import { ReadPool } from './read-pool.js';
import { SchemeListReader } from './scheme-list.js';
import { normaliseLead, normalisePerson, normaliseProjectDetails, normaliseRoleActors } from './people.js';

/** Every expansion a grant can have: all schemes with all grants and holder details in one request. */
export const SCHEME_EXPAND = 'permissions,user,group,projectRole,field';

const GROUP_BATCH = 50;
const USER_BATCH = 50;
const PAGE_SIZE = 100;
/** `/group/member` pages: the reference allows at most 50. */
const MEMBER_PAGE = 50;

export type { ServerInfo };

export interface Myself {
  accountId: string;
  displayName?: string;
  emailAddress?: string;
  active: boolean;
}

/** Things only the doctor asks. */
export interface JiraProbe {
  getServerInfo(): Promise<ServerInfo>;
  /** Cloud or Data Center, the REST version, and how that was found out. */
  deploymentInfo(): Promise<DeploymentInfo>;
  getMyself(): Promise<Myself>;
  /** Global permission keys → whether the credential holds them. */
  getMyPermissions(keys: readonly string[]): Promise<Map<string, boolean>>;
  readonly rateLimit: RateLimitInfo | undefined;
  readonly stats: HttpStats;
  readonly deployment: Deployment;
}

function lower(text: string): string {
  return text.toLowerCase();
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let index = 0; index < items.length; index += size) out.push(items.slice(index, index + size));
  return out;
}

/** The grant with its holder spelt the given way; its label follows, its name stays. */
function respelt(grant: LiveGrant, spell: (holder: Holder) => Holder): LiveGrant {
  const holder = spell(grant.holder);
  return holder === grant.holder ? grant : { ...grant, holder, label: holderLabel(holder, grant.name) };
}

/** Reads and directory lookups. Holds no write method: a reader cannot even name a write. */
export class JiraReadClient implements JiraReader, JiraDirectory, JiraPeople, JiraProbe, JiraAuditReader {
  protected readonly http: JiraHttp;
  private readonly cache = new Map<string, Promise<unknown>>();
  private readonly groupByName = new Map<string, GroupRef | null>();
  private readonly groupById = new Map<string, GroupRef | null>();
  private readonly userById = new Map<string, UserRef | null>();

  constructor(http: JiraHttp) {
    this.http = http;
  }

  /** The REST path version; the semantics follow the deployment, not this (Cloud serves REST 2 too). */
  get apiVersion(): ApiVersion {
    return this.http.apiVersion;
  }

  get deployment(): Deployment {
    return this.http.deployment;
  }

  /** Data Center: user keys, groups by name only, no bulk lookups. */
  protected get dataCenter(): boolean {
    return this.http.deployment === 'data-center';
  }

  /**
   * False on Data Center (groups are known by name only). A guess until the deployment is settled:
   * await `deploymentInfo()` before relying on it (every method that depends on it does).
   */
  get groupsHaveIds(): boolean {
    return !this.dataCenter;
  }

  protected get context(): DiagnosticContext {
    return this.http.diagnostics;
  }

  /** Cloud or Data Center and the REST version, read from serverInfo when the connection could not tell. */
  deploymentInfo(): Promise<DeploymentInfo> {
    return this.http.deploymentInfo();
  }

  get rateLimit(): RateLimitInfo | undefined {
    return this.http.rateLimit;
  }

  get stats(): HttpStats {
    return this.http.stats;
  }

  get concurrency(): { now: number; max: number } {
    return this.http.concurrency;
  }

  /** Runs `parse` over a read's body; a ShapeError becomes a JiraError naming the call. */
  protected parse<T>(path: string, body: unknown, parse: (body: unknown) => T): T {
    return this.parseAnswer('GET', path, body, parse, 'rejected');
  }

  /**
   * Runs `parse` over an answer. An answer of the wrong shape becomes a JiraError naming the call, with
   * the outcome the caller knows: a read simply failed; a write was done but not understood, so the
   * caller must re-read ('unknown').
   */
  protected parseAnswer<T>(
    method: string,
    path: string,
    body: unknown,
    parse: (body: unknown) => T,
    outcome: 'rejected' | 'unknown',
  ): T {
    try {
      return parse(body);
    } catch (error) {
      if (!(error instanceof ShapeError)) throw error;
      throw new JiraError(
        diagnoseNetwork(
          { method, path: this.http.apiPath(path), kind: 'unexpected-shape', outcome, detail: error.message },
          this.context,
        ),
      );
    }
  }

  protected async getJson<T>(
    path: string,
    query: Query | undefined,
    parse: (body: unknown) => T,
  ): Promise<T> {
    const response = await this.http.get(path, query);
    return this.parse(path, response.body, parse);
  }

  /** Caches one promise per key for the run; a failure is not cached (the run fails anyway). */
  protected cached<T>(key: string, load: () => Promise<T>): Promise<T> {
    const existing = this.cache.get(key);
    if (existing !== undefined) return existing as Promise<T>;
    const promise = load();
    this.cache.set(key, promise);
    promise.catch(() => this.cache.delete(key));
    return promise;
  }

  /**
   * Live grants spelt the one way the rest of the product compares them, whatever documented spelling
   * the server chose:
   * - REST 2 (Data Center) identifies every holder by `parameter` (groups by name): a `value` some server
   *   adds anyway is dropped, and a holder that came with only a `value` takes it as its parameter, so
   *   live keys match the resolver's `{type, parameter}` holders.
   * - REST 3 (Cloud) identifies groups by id (`value`). A group holder that came with only its name
   *   (`parameter`) gets its id from the directory; otherwise it would look like another group than the
   *   file's and a plan would add it again and remove the original.
   */
  protected async canonicalGrants(grants: readonly LiveGrant[]): Promise<LiveGrant[]> {
    const fields = grants.map((grant) => respelt(grant, fieldIdSpelling));
    return this.withNames(
      this.dataCenter
        ? fields.map((grant) => respelt(grant, restTwoSpelling))
        : await this.withGroupIds(fields),
    );
  }

  private async withGroupIds(grants: readonly LiveGrant[]): Promise<LiveGrant[]> {
    const names = grants
      .filter((grant) => grant.holder.type === 'group' && grant.holder.value === undefined)
      .map((grant) => grant.holder.parameter)
      .filter((name): name is string => name !== undefined);
    if (names.length === 0) return [...grants];
    const groups = await this.findGroupsByName([...new Set(names)]);
    return grants.map((grant) => {
      const { type, parameter, value } = grant.holder;
      if (type !== 'group' || value !== undefined || parameter === undefined) return grant;
      const group = groups.get(parameter);
      if (group?.id === undefined) return grant;
      return respelt(grant, () => groupHolder(parameter, group.id));
    });
  }

  /**
   * Names for role, custom-field and id-only group holders whose answer carried no expanded object (a
   * server may ignore `expand`): people read plans by name, and settings name managed holders. Both lists
   * are cached for the run; `/role` needs the Administer Jira permission, so a refusal leaves the ids as
   * they are.
   */
  private async withNames(grants: LiveGrant[]): Promise<LiveGrant[]> {
    const NAMED_TYPES = /^(projectRole|group|userCustomField|groupCustomField)$/;
    const unnamed = grants.filter(
      (grant) =>
        NAMED_TYPES.test(grant.holder.type) &&
        holderName(grant) === undefined &&
        holderId(grant.holder) !== undefined,
    );
    if (unnamed.length === 0) return grants;
    const wantRoles = unnamed.some((grant) => grant.holder.type === 'projectRole');
    const wantFields = unnamed.some((grant) => /^(user|group)CustomField$/.test(grant.holder.type));
    // A Cloud group holder with only its id (no name in `parameter`).
    const groupIds = unnamed
      .filter((grant) => grant.holder.type === 'group')
      .map((grant) => grant.holder.value ?? '');
    const [roles, fields, groups] = await Promise.all([
      wantRoles ? this.getProjectRoles().catch(() => []) : [],
      wantFields ? this.getFields().catch(() => []) : [],
      groupIds.length > 0 && this.groupsHaveIds
        ? this.findGroupsById([...new Set(groupIds)]).catch(() => new Map<string, GroupRef>())
        : new Map<string, GroupRef>(),
    ]);
    const names = new Map<string, string>([
      ...roles.map((role): [string, string] => [`projectRole:${String(role.id)}`, role.name]),
      ...fields.map((field): [string, string] => [`field:${field.id}`, field.name]),
      ...[...groups.values()].map((group): [string, string] => [`group:${group.id ?? ''}`, group.name]),
    ]);
    const nameKey = (type: string, id: string): string =>
      /^(user|group)CustomField$/.test(type) ? `field:${id}` : `${type}:${id}`;
    const wanted = new Set(unnamed);
    return grants.map((grant) => {
      if (!wanted.has(grant)) return grant;
      const name = names.get(nameKey(grant.holder.type, holderId(grant.holder) ?? ''));
      return name === undefined ? grant : { ...grant, name, label: holderLabel(grant.holder, name) };
    });
  }

  /**
   * Every live grant names a group (Cloud: name and id; Data Center: name) or a user (account id or
   * key) that exists: the directory remembers them, so the resolver's lookups ask Jira only about the
   * names no live grant explains. What a lookup already settled is kept.
   */
  private learnFromGrants(rawGrants: readonly unknown[]): void {
    const dataCenter = this.dataCenter;
    for (const raw of rawGrants) {
      const { group, user } = grantFacts(raw, dataCenter);
      if (group !== undefined) {
        if (!this.groupByName.get(lower(group.name))) this.groupByName.set(lower(group.name), group);
        if (group.id !== undefined && !this.groupById.get(group.id)) this.groupById.set(group.id, group);
      }
      if (user !== undefined && !this.userById.get(user.accountId)) this.userById.set(user.accountId, user);
    }
  }

  protected async canonicalScheme(scheme: LiveScheme): Promise<LiveScheme> {
    return { ...scheme, grants: await this.canonicalGrants(scheme.grants) };
  }

  // ---- JiraReader ----

  async listPermissionSchemes(): Promise<LiveScheme[]> {
    // The largest answer by far (every scheme with every grant): read scheme by scheme as it arrives, so
    // neither its text nor its whole tree is ever held, only the model.
    const path = '/permissionscheme';
    const { response, receiver } = await this.http.getElements(
      path,
      { expand: SCHEME_EXPAND },
      'permissionSchemes',
      () =>
        new SchemeListReader((rawGrants) => {
          this.learnFromGrants(rawGrants);
        }),
    );
    const listed = this.parse(path, response.body, (body) => receiver.finish(schemeList(body)));
    // Some servers ignore expand on the list: fetch those schemes' grants one by one, never assume none.
    const schemes = await Promise.all(
      listed.map(async (item) => {
        if ('scheme' in item) return item.scheme;
        const grantsPath = `/permissionscheme/${encodeURIComponent(item.id)}/permission`;
        const rawGrants = await this.getJson(grantsPath, { expand: SCHEME_EXPAND }, grantList);
        this.learnFromGrants(rawGrants);
        const grants = this.parse(grantsPath, rawGrants, () => normaliseGrants(rawGrants));
        return this.parse(path, item.unexpanded, (value) => normaliseScheme(value, grants));
      }),
    );
    // One batch of lookups for every scheme; grants are put back by position (grant ids need not be
    // unique across schemes).
    const canonical = await this.canonicalGrants(schemes.flatMap((scheme) => scheme.grants));
    let offset = 0;
    return schemes
      .map((scheme) => {
        const grants = canonical.slice(offset, offset + scheme.grants.length);
        offset += scheme.grants.length;
        return { ...scheme, grants };
      })
      .sort((a, b) => a.id - b.id);
  }

  async getPermissionScheme(schemeId: number): Promise<LiveScheme | undefined> {
    const path = `/permissionscheme/${String(schemeId)}`;
    let scheme: LiveScheme | undefined;
    try {
      scheme = await this.getJson(path, { expand: SCHEME_EXPAND }, (body) =>
        hasGrants(body) ? normaliseScheme(body) : undefined,
      );
      if (scheme === undefined) {
        const grants = await this.getJson(`${path}/permission`, { expand: SCHEME_EXPAND }, (body) =>
          normaliseGrants(grantList(body)),
        );
        scheme = await this.getJson(path, undefined, (body) => normaliseScheme(body, grants));
      }
    } catch (error) {
      if (error instanceof JiraError && error.status === 404) return undefined;
      throw error;
    }
    // Outside the 404 handling: a failed group lookup must not read as "no such scheme".
    return this.canonicalScheme(scheme);
  }

  getPermissionCatalogue(): Promise<PermissionCatalogueEntry[]> {
    return this.cached('catalogue', () => this.getJson('/permissions', undefined, normaliseCatalogue));
  }

  async getProjectsByScheme(): Promise<Map<number, ProjectRef[]>> {
    // Each page's projects are looked up as soon as the page arrives, beside the later pages; the
    // concurrency is bounded by the HTTP layer's read limit, and the reads waiting for it by the pool
    // (see read-pool.ts: a project waits as its place in the list, not as a suspended read).
    const listed: ProjectRef[] = [];
    const schemeIds: (number | undefined)[] = [];
    const pool = new ReadPool(this.http.concurrency.max, async (index) => {
      const project = listed[index];
      if (project !== undefined) schemeIds[index] = await this.projectSchemeRead(project);
    });
    try {
      await this.listProjects((project) => {
        listed.push(project);
        schemeIds.push(undefined); // filled in by the read, in any order: the array stays packed
        pool.add();
      });
    } catch (error) {
      await pool.stop();
      throw error;
    }
    await pool.finish();
    const byScheme = new Map<number, ProjectRef[]>();
    const withoutScheme: ProjectRef[] = [];
    for (const [index, project] of listed.entries()) {
      const schemeId = schemeIds[index];
      if (schemeId === undefined) {
        withoutScheme.push(project);
        continue;
      }
      const list = byScheme.get(schemeId) ?? [];
      list.push(project);
      byScheme.set(schemeId, list);
    }
    for (const list of byScheme.values()) list.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    // Every listed project stays known to the `projects:` check, the team-managed ones without a scheme too.
    noteProjectsWithoutScheme(byScheme, withoutScheme);
    return byScheme;
  }

  /**
   * The permission scheme one project uses. A team-managed project has its own project-scoped scheme
   * (Jira may also refuse to show one, with whichever 4xx): its answer is read when Jira gives one,
   * never relied upon.
   */
  private async projectSchemeRead(project: ProjectRef): Promise<number | undefined> {
    try {
      return await this.getProjectSchemeId(project.id);
    } catch (error) {
      const refused = error instanceof JiraError && isTeamManagedSchemeRefusal(error.status);
      if (project.teamManaged === true && refused) return undefined;
      throw error;
    }
  }

  /** The id of the permission scheme a project uses (`GET /project/{projectKeyOrId}/permissionscheme`). */
  getProjectSchemeId(projectKeyOrId: string): Promise<number> {
    const path = `/project/${encodeURIComponent(projectKeyOrId)}/permissionscheme`;
    return this.getJson(path, undefined, (body) => {
      const id = isObject(body) ? idField(body, 'id') : undefined;
      if (id === undefined || !/^\d+$/.test(id))
        throw new ShapeError('expected a permission scheme with an id');
      return Number(id);
    });
  }

  /**
   * Every project the credential can see, live ones only: `/project/search` pages on Cloud, `GET /project`
   * (one plain array) on Data Center. `onProject` hears of each project as its page arrives.
   */
  async listProjects(onProject?: (project: ProjectRef) => void): Promise<ProjectRef[]> {
    const toProject = (raw: unknown): ProjectRef => {
      if (!isObject(raw)) throw new ShapeError('a project is not an object');
      const id = idField(raw, 'id');
      const key = stringField(raw, 'key');
      if (id === undefined || key === undefined) throw new ShapeError('a project lacks id or key');
      const name = stringField(raw, 'name');
      const project: ProjectRef = name === undefined ? { id, key } : { id, key, name };
      // Cloud marks a team-managed project both ways; either one is enough.
      if (stringField(raw, 'style') === 'next-gen' || boolField(raw, 'simplified') === true)
        project.teamManaged = true;
      // The lead comes with the page when asked for (`expand=lead`): effective access needs no read per project.
      const lead = objectField(raw, 'lead');
      if (lead !== undefined) {
        const person = normaliseLead(lead, !this.groupsHaveIds);
        this.rememberUsername(person);
        project.lead = {
          accountId: person.accountId,
          ...(person.active === undefined ? {} : { active: person.active }),
          ...(person.displayName === undefined ? {} : { displayName: person.displayName }),
        };
      }
      return project;
    };
    // Each page is parsed once, as it arrives, so its projects' reads can start beside the later pages.
    const projects: ProjectRef[] = [];
    const take = (project: ProjectRef): void => {
      projects.push(project);
      onProject?.(project);
    };
    // Which listing depends on the deployment: settle it first.
    await this.http.deploymentInfo();
    if (this.dataCenter) {
      // Data Center's REST reference lists projects only through `GET /project`: every visible project at
      // once, archived ones only with `includeArchived=true` (default false, as `/project/search` lists only
      // live ones), and only the recently visited ones with `recent` (neither is sent). It documents no
      // `/project/search`; where that path is missing, Jira reads it as the project key `search` (a 404).
      const all = await this.getJson('/project', { expand: 'lead' }, (body) =>
        arrayOf(body, 'projects').map(toProject),
      );
      for (const project of all) take(project);
      return projects;
    }
    // Cloud documents `/project/search` (its `GET /project` is deprecated), so a 404 here is not a reason
    // to list another way: listing through another path would hide a wrong base URL, a proxy or gateway
    // path, or a site that is not Jira Cloud after all, behind a plan that may see fewer projects than the
    // site has. One 404 is documented, though: "Returned if no projects matching the search criteria are
    // found", so a site with no projects may answer 404 rather than an empty page.
    let pagesRead = 0;
    try {
      await readAllPages(
        { http: this.http, path: '/project/search', query: { expand: 'lead' }, context: this.context },
        {
          pageSize: PAGE_SIZE,
          onPage: (page: readonly unknown[]) => {
            pagesRead++;
            for (const project of this.parse('/project/search', page, (list) =>
              arrayOf(list, 'projects').map(toProject),
            ))
              take(project);
          },
        },
      );
    } catch (error) {
      // Only from a site that answers as Jira: serverInfo (already read unless the address settled the
      // deployment; then one request more, in this case only) must answer too. A wrong context path whose
      // every call is Jira's JSON 404 is not a site without projects.
      if (pagesRead === 0 && isNoProjectsAnswer(error)) {
        const answers = await this.http.serverInfo().then(
          () => true,
          () => false,
        );
        if (answers) return projects;
      }
      throw error;
    }
    return projects;
  }

  // ---- Probes (doctor) ----

  /** `/rest/api/2/serverInfo` whatever the REST version (both deployments serve it), else Cloud's `/rest/api/3/serverInfo`; read once. */
  getServerInfo(): Promise<ServerInfo> {
    return this.http.serverInfo();
  }

  // ---- Audit log (drift) ----

  async getServerTime(): Promise<Date | undefined> {
    const { serverTime } = await this.getServerInfo();
    return serverTime === undefined ? undefined : new Date(serverTime);
  }

  async readAuditLog(window: AuditWindow): Promise<AuditLog> {
    // Which log (Cloud's or Data Center's) depends on the deployment: settle it first.
    await this.http.deploymentInfo();
    return readAuditLog(
      {
        http: this.http,
        // Data Center keeps its log in the auditing plugin; Cloud on REST 2 or 3 has /auditing/record.
        dataCenter: this.deployment === 'data-center',
        context: this.context,
      },
      window,
    );
  }

  getMyself(): Promise<Myself> {
    return this.getJson('/myself', undefined, (body) => {
      const user = normaliseUser(body, this.dataCenter ? 'key' : 'accountId');
      const myself: Myself = { accountId: user.accountId, active: user.active };
      if (user.displayName !== undefined) myself.displayName = user.displayName;
      if (user.emailAddress !== undefined) myself.emailAddress = user.emailAddress;
      return myself;
    });
  }

  getMyPermissions(keys: readonly string[]): Promise<Map<string, boolean>> {
    return this.getJson('/mypermissions', { permissions: keys.join(',') }, (body) => {
      const map = isObject(body) ? objectField(body, 'permissions') : undefined;
      if (map === undefined) throw new ShapeError('expected {"permissions": {...}}');
      const result = new Map<string, boolean>();
      for (const key of keys) {
        const entry = objectField(map, key);
        result.set(key, entry !== undefined && boolField(entry, 'havePermission') === true);
      }
      return result;
    });
  }

  // ---- JiraDirectory ----

  async findGroupsByName(names: readonly string[]): Promise<Map<string, GroupRef>> {
    await this.http.deploymentInfo();
    // One spelling per name (as written: Jira may match names exactly), skipping names already known.
    const missing = new Map<string, string>();
    for (const name of names) {
      if (!this.groupByName.has(lower(name)) && !missing.has(lower(name))) missing.set(lower(name), name);
    }
    if (missing.size > 0) {
      if (this.dataCenter) await this.loadGroupsByNameDataCenter([...missing.values()]);
      else await this.loadGroupsBulk('groupName', [...missing.values()]);
    }
    const result = new Map<string, GroupRef>();
    for (const name of names) {
      const group = this.groupByName.get(lower(name));
      if (group !== undefined && group !== null) result.set(name, group);
    }
    return result;
  }

  async findGroupsById(ids: readonly string[]): Promise<Map<string, GroupRef>> {
    await this.http.deploymentInfo();
    const result = new Map<string, GroupRef>();
    if (!this.groupsHaveIds) return result;
    const missing = [...new Set(ids)].filter((id) => !this.groupById.has(id));
    if (missing.length > 0) await this.loadGroupsBulk('groupId', missing);
    for (const id of ids) {
      const group = this.groupById.get(id);
      if (group !== undefined && group !== null) result.set(id, group);
    }
    return result;
  }

  /** Cloud: `/group/bulk?groupName=a&groupName=b…` (or groupId), batched, every page read. */
  private async loadGroupsBulk(parameter: 'groupName' | 'groupId', keys: string[]): Promise<void> {
    await Promise.all(
      chunk(keys, GROUP_BATCH).map(async (batch) => {
        const values = await readAllPages(
          { http: this.http, path: '/group/bulk', query: { [parameter]: batch }, context: this.context },
          { pageSize: GROUP_BATCH },
        );
        const groups = this.parse('/group/bulk', values, (list) =>
          arrayOf(list, 'groups').map(normaliseGroup),
        );
        for (const group of groups) {
          this.groupByName.set(lower(group.name), group);
          if (group.id !== undefined) this.groupById.set(group.id, group);
        }
        // What was asked and not answered does not exist (remembered, so it is not asked again).
        for (const key of batch) {
          if (parameter === 'groupName' && !this.groupByName.has(lower(key)))
            this.groupByName.set(lower(key), null);
          if (parameter === 'groupId' && !this.groupById.has(key)) this.groupById.set(key, null);
        }
      }),
    );
  }

  /**
   * Data Center has no `/group/bulk` and no group ids: each name is checked with the group picker
   * (`/groups/picker?query=<name>`), taking only an exact (case-insensitive) match. The picker may cut
   * its list short (`jira.ajax.autocomplete.limit`); when it did and the name is not in it, the name is
   * checked directly with `/group/member?groupname=<name>` (404 = no such group).
   */
  private async loadGroupsByNameDataCenter(names: readonly string[]): Promise<void> {
    await Promise.all(
      [...new Set(names)].map(async (name) => {
        const picked = await this.pickGroups(name, 1000);
        const exact =
          picked.groups.find((group) => group.name === name) ??
          picked.groups.find((group) => lower(group.name) === lower(name));
        if (exact !== undefined) {
          this.groupByName.set(lower(name), { name: exact.name });
          return;
        }
        // Without a total, a non-empty list may have been cut short too: check the name directly.
        const cut =
          picked.total !== undefined ? picked.total > picked.groups.length : picked.groups.length > 0;
        const exists = cut ? await this.groupExistsDataCenter(name) : false;
        this.groupByName.set(lower(name), exists ? { name } : null);
      }),
    );
  }

  private async groupExistsDataCenter(name: string): Promise<boolean> {
    try {
      await this.http.get('/group/member', { groupname: name, maxResults: 1 });
      return true;
    } catch (error) {
      if (error instanceof JiraError && error.status === 404) return false;
      throw error;
    }
  }

  private pickGroups(query: string, maxResults: number): Promise<{ groups: GroupRef[]; total?: number }> {
    return this.cached(`picker:${lower(query)}:${String(maxResults)}`, () =>
      this.getJson('/groups/picker', { query, maxResults, caseInsensitive: true }, (body) => {
        const groups = isObject(body) ? arrayField(body, 'groups') : undefined;
        if (!isObject(body) || groups === undefined) throw new ShapeError('expected {"groups": [...]}');
        const total = intField(body, 'total');
        return { groups: groups.map(normaliseGroup), ...(total !== undefined ? { total } : {}) };
      }),
    );
  }

  async suggestGroupNames(name: string): Promise<string[]> {
    // The picker matches substrings: ask with the name's first word (e.g. "jira" of "jira-devs").
    const stem = name.split(/[-_ .]/)[0] ?? name;
    const query = stem.length >= 2 ? stem : name.slice(0, 3);
    if (query === '') return [];
    const picked = await this.pickGroups(query, 100);
    return picked.groups.map((group) => group.name);
  }

  getProjectRoles(): Promise<RoleRef[]> {
    return this.cached('roles', () =>
      this.getJson('/role', undefined, (body) => arrayOf(body, 'project roles').map(normaliseRole)),
    );
  }

  async getUsers(accountIds: readonly string[]): Promise<Map<string, UserRef>> {
    await this.http.deploymentInfo();
    const missing = [...new Set(accountIds)].filter((id) => !this.userById.has(id));
    if (missing.length > 0) {
      if (this.dataCenter) await this.loadUsersOneByOne(missing);
      else await this.loadUsersBulk(missing);
    }
    const result = new Map<string, UserRef>();
    for (const id of accountIds) {
      const user = this.userById.get(id);
      if (user !== undefined && user !== null) result.set(id, user);
    }
    return result;
  }

  /** Cloud: `/user/bulk?accountId=…` in batches; falls back to `/user?accountId=` when bulk is unavailable. */
  private async loadUsersBulk(ids: string[]): Promise<void> {
    await Promise.all(
      chunk(ids, USER_BATCH).map(async (batch) => {
        let values: unknown[];
        try {
          values = await readAllPages(
            { http: this.http, path: '/user/bulk', query: { accountId: batch }, context: this.context },
            { pageSize: USER_BATCH },
          );
        } catch (error) {
          if (error instanceof JiraError && (error.status === 404 || error.status === 405)) {
            await this.loadUsersOneByOne(batch);
            return;
          }
          throw error;
        }
        const users = this.parse('/user/bulk', values, (list) =>
          arrayOf(list, 'users').map((u) => normaliseUser(u)),
        );
        for (const user of users) this.userById.set(user.accountId, user);
        for (const id of batch) if (!this.userById.has(id)) this.userById.set(id, null);
      }),
    );
  }

  /** `/user?accountId=` (Cloud) or `/user?key=` (Data Center), one per user; 404 means not found. */
  private async loadUsersOneByOne(ids: string[]): Promise<void> {
    const dataCenter = this.dataCenter;
    const lookUp = async (parameter: string, id: string): Promise<UserRef | undefined> => {
      try {
        return await this.getJson('/user', { [parameter]: id }, (body) =>
          normaliseUser(body, dataCenter ? 'key' : 'accountId'),
        );
      } catch (error) {
        if (error instanceof JiraError && error.status === 404) return undefined;
        throw error;
      }
    };
    await Promise.all(
      ids.map(async (id) => {
        if (!dataCenter) {
          const user = await lookUp('accountId', id);
          this.userById.set(id, user === undefined ? null : { ...user, accountId: id });
          return;
        }
        // Data Center grants name users by key; people often write the username (older users' key is
        // their lowercased username, newer ones' is JIRAUSER…). The holder always takes the key.
        const user = (await lookUp('key', id)) ?? (await lookUp('username', id));
        this.userById.set(id, user ?? null);
      }),
    );
  }

  findUserByEmail(email: string): Promise<EmailLookup> {
    return this.cached(`email:${lower(email)}`, async () => {
      await this.http.deploymentInfo();
      // Data Center's search parameter is `username` (it matches emails too); Cloud's is `query`.
      const query = this.dataCenter ? { username: email, maxResults: 50 } : { query: email, maxResults: 50 };
      const users = await this.getJson('/user/search', query, (body) =>
        arrayOf(body, 'users').map((u) => normaliseUser(u, this.dataCenter ? 'key' : 'accountId')),
      );
      const exact = users.filter(
        (user) => user.emailAddress !== undefined && lower(user.emailAddress) === lower(email),
      );
      const hiddenCandidates = users.filter((user) => user.emailAddress === undefined);
      const lookup: EmailLookup = { email, hiddenCandidates };
      if (exact.length === 1 && exact[0] !== undefined) lookup.user = exact[0];
      return lookup;
    });
  }

  getFields(): Promise<FieldRef[]> {
    return this.cached('fields', () =>
      this.getJson('/field', undefined, (body) => arrayOf(body, 'fields').map(normaliseField)),
    );
  }

  getApplicationRoles(): Promise<ApplicationRoleRef[]> {
    return this.cached('applicationRoles', () =>
      this.getJson('/applicationrole', undefined, (body) =>
        arrayOf(body, 'application roles').map(normaliseApplicationRole),
      ),
    );
  }

  // ---- JiraPeople (effective access) ----

  async getGroupMembers(group: GroupRef): Promise<PersonRef[]> {
    // Groups by id or by name depends on the deployment: settle it before choosing.
    await this.http.deploymentInfo();
    const byId = this.groupsHaveIds && group.id !== undefined;
    const key = byId ? `members:id:${group.id ?? ''}` : `members:name:${lower(group.name)}`;
    return this.cached(key, async () => {
      // includeInactiveUsers defaults to false: only people who can use Jira are listed.
      const query = byId ? { groupId: group.id ?? '' } : { groupname: group.name };
      const values = await readAllPages(
        { http: this.http, path: '/group/member', query, context: this.context },
        { pageSize: MEMBER_PAGE },
      );
      return this.parse('/group/member', values, (list) =>
        arrayOf(list, 'group members')
          .map((user) => normalisePerson(user, !this.groupsHaveIds))
          .filter((person) => person.active),
      );
    });
  }

  getRoleActors(projectKeyOrId: string, roleId: number): Promise<RoleActorsRef> {
    const path = `/project/${encodeURIComponent(projectKeyOrId)}/role/${String(roleId)}`;
    return this.cached(`actors:${projectKeyOrId}:${String(roleId)}`, () =>
      this.getJson(path, { excludeInactiveUsers: true }, (body) =>
        normaliseRoleActors(body, !this.groupsHaveIds),
      ),
    );
  }

  getProjectDetails(projectKeyOrId: string): Promise<ProjectDetails> {
    const path = `/project/${encodeURIComponent(projectKeyOrId)}`;
    return this.cached(`project:${projectKeyOrId}`, () =>
      this.getJson(path, undefined, (body) => {
        const details = normaliseProjectDetails(body, !this.groupsHaveIds);
        if (details.lead !== undefined) this.rememberUsername(details.lead);
        return details;
      }),
    );
  }

  /**
   * A Data Center user whose username an answer gave beside the key (a project's lead, from the project
   * list or `GET /project/{key}`): a role actor names users only by username, and Data Center's role
   * answer carries neither the user key nor `active`, so each one would cost a `/user?username=` lookup;
   * project leads are often in their project's roles. Only when the answer said whether they are
   * active: a lookup says for sure, where a guess would count someone inactive as having access.
   */
  private rememberUsername(lead: LeadRef): void {
    const { username, active } = lead;
    if (username === undefined || active === undefined) return;
    const key = `username:${username}`;
    if (!this.cache.has(key)) this.cache.set(key, Promise.resolve({ ...lead, active }));
  }

  async findUsersByUsername(usernames: readonly string[]): Promise<Map<string, PersonRef>> {
    const found = await Promise.all(
      [...new Set(usernames)].map((username) =>
        this.cached(`username:${username}`, async (): Promise<PersonRef | undefined> => {
          try {
            return await this.getJson('/user', { username }, (body) => normalisePerson(body, true));
          } catch (error) {
            if (error instanceof JiraError && error.status === 404) return undefined;
            throw error;
          }
        }).then((person) => [username, person] as const),
      ),
    );
    const result = new Map<string, PersonRef>();
    for (const [username, person] of found) if (person !== undefined) result.set(username, person);
    return result;
  }
}

/** Reader + the five writes. Only `createJiraWriter` builds one. */
export class JiraWriteClient extends JiraReadClient implements JiraWriter {
  private wireGrant(grant: Grant): { holder: Holder; permission: string } {
    return { holder: wireSpelling(grant.holder, !this.dataCenter), permission: grant.permission };
  }

  private writeResult<T>(method: string, path: string, body: unknown, parse: (body: unknown) => T): T {
    // It was done, but an answer that is not understood means the caller must re-read.
    return this.parseAnswer(method, path, body, parse, 'unknown');
  }

  async createPermissionScheme(scheme: NewScheme): Promise<LiveScheme> {
    await this.http.deploymentInfo();
    const body: Record<string, unknown> = {
      name: scheme.name,
      permissions: scheme.grants.map((g) => this.wireGrant(g)),
    };
    if (scheme.description !== undefined) body.description = scheme.description;
    const response = await this.http.request('POST', '/permissionscheme', { expand: SCHEME_EXPAND }, body);
    const created = this.writeResult('POST', '/permissionscheme', response.body, (raw) => {
      if (!isObject(raw) || idField(raw, 'id') === undefined)
        throw new ShapeError('the created scheme has no id');
      return raw;
    });
    if (hasGrants(created))
      return this.canonicalScheme(
        this.writeResult('POST', '/permissionscheme', created, (raw) => normaliseScheme(raw)),
      );
    const id = Number(idField(created, 'id'));
    const reread = await this.getPermissionScheme(id);
    if (reread === undefined) {
      return this.writeResult('POST', '/permissionscheme', created, (raw) => normaliseScheme(raw, []));
    }
    return reread;
  }

  async updatePermissionSchemeDetails(
    schemeId: number,
    details: { name: string; description?: string },
  ): Promise<void> {
    // Never a `permissions` key: Jira would replace every grant with it.
    const body: Record<string, unknown> = { name: details.name };
    if (details.description !== undefined) body.description = details.description;
    await this.http.request('PUT', `/permissionscheme/${String(schemeId)}`, undefined, body);
  }

  async createPermissionGrant(schemeId: number, grant: Grant): Promise<LiveGrant> {
    await this.http.deploymentInfo();
    const path = `/permissionscheme/${String(schemeId)}/permission`;
    const response = await this.http.request('POST', path, { expand: SCHEME_EXPAND }, this.wireGrant(grant));
    const created = this.writeResult('POST', path, response.body, normaliseGrant);
    const [canonical] = await this.canonicalGrants([created]);
    return canonical ?? created;
  }

  async deletePermissionGrant(schemeId: number, grantId: number): Promise<void> {
    await this.http.request('DELETE', `/permissionscheme/${String(schemeId)}/permission/${String(grantId)}`);
  }

  async deletePermissionScheme(schemeId: number): Promise<void> {
    await this.http.request('DELETE', `/permissionscheme/${String(schemeId)}`);
  }

  async assignPermissionScheme(projectKeyOrId: string, schemeId: number): Promise<void> {
    // The answer is the scheme now assigned; nothing in it is needed (apply reads back at the end).
    await this.http.request(
      'PUT',
      `/project/${encodeURIComponent(projectKeyOrId)}/permissionscheme`,
      undefined,
      {
        id: schemeId,
      },
    );
  }
}
