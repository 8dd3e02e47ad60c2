export const id = 874;
export const ids = [874];
export const modules = {

/***/ 6874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cliDeps: () => (/* binding */ cliDeps)
/* harmony export */ });
/* harmony import */ var _commands_deps_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9140);
/** What the commands that may reach Jira are given; an offline command takes `offlineDeps` (command.ts). */

/** What a command of the command line is given: the context's folder, environment, signal and progress. */
function cliDeps(context, progress) {
    return {
        ...(0,_commands_deps_js__WEBPACK_IMPORTED_MODULE_0__/* .commandDeps */ .on)({
            cwd: context.cwd,
            env: context.env,
            signal: context.signal,
            ...(progress === undefined ? {} : { progress: progress.report }),
        }),
        ...context.overrides,
    };
}


/***/ }),

/***/ 9140:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  on: () => (/* binding */ commandDeps),
  uM: () => (/* binding */ jiraFromEnv),
  ig: () => (/* binding */ jiraOf)
});

// EXTERNAL MODULE: ./src/jira/connection.ts
var jira_connection = __webpack_require__(3378);
// EXTERNAL MODULE: ./src/model/holder.ts
var model_holder = __webpack_require__(2087);
// EXTERNAL MODULE: ./src/jira/audit.ts
var audit = __webpack_require__(2507);
// EXTERNAL MODULE: ./src/jira/diagnostics.ts
var diagnostics = __webpack_require__(9960);
// EXTERNAL MODULE: ./src/jira/errors.ts
var errors = __webpack_require__(6353);
// EXTERNAL MODULE: ./src/jira/json.ts
var json = __webpack_require__(1584);
// EXTERNAL MODULE: ./src/jira/normalise.ts
var normalise = __webpack_require__(8162);
// EXTERNAL MODULE: ./src/jira/paginate.ts
var paginate = __webpack_require__(7443);
;// CONCATENATED MODULE: ./src/jira/project-search.ts

/**
 * Cloud's reference documents one 404 for `GET /rest/api/3/project/search`: "Returned if no projects
 * matching the search criteria are found". A site with no projects (or none the account may browse) may
 * answer that instead of an empty page. Only Jira's own answer counts: a 404 whose body is Jira's JSON
 * error object (`{"errorMessages": [...]}`). An HTML or plain-text 404 comes from a wrong base URL, a
 * proxy or a gateway path, and stays an error, as does any 404 after projects were read (a list cut
 * short). The caller asks it only after the site answered `serverInfo`, so the host is a Jira.
 */
function isNoProjectsAnswer(error) {
    return (error instanceof errors/* JiraError */.Dd && error.kind === 'http' && error.status === 404 && error.jsonBody === true);
}

// EXTERNAL MODULE: ./src/jira/project-usage.ts
var project_usage = __webpack_require__(1911);
// EXTERNAL MODULE: ./src/model/interner.ts
var interner = __webpack_require__(3474);
;// CONCATENATED MODULE: ./src/jira/scheme-list.ts



/**
 * The scheme list (`GET /permissionscheme?expand=…`), one scheme at a time as the answer arrives: each
 * is normalised at once, so only the model is kept, never the answer's tree. A scheme that came without
 * its grants (a server that ignores expand on the list) is kept as its small raw object, for the client
 * to read its grants alone.
 *
 * A wrong shape is remembered, not thrown: the answer must first prove to be JSON at all (a broken answer
 * is reported as broken, and retried, before any shape is judged), so `finish` throws it once the whole
 * answer has parsed, in the order a parse of the whole answer would have found it.
 */
/**
 * PermissionScheme's `scope` (Scope: "the projects the item is associated with. Indicated for items
 * associated with next-gen projects"), of type `PROJECT`: a team-managed project's own scheme.
 */
function isProjectScoped(raw) {
    if (!(0,json/* isObject */.Gv)(raw))
        return false;
    const scope = (0,json/* objectField */.qV)(raw, 'scope');
    return scope !== undefined && (0,json/* stringField */.OM)(scope, 'type') === 'PROJECT';
}
class SchemeListReader {
    learnFromGrants;
    items = [];
    received = 0;
    failure;
    /** The schemes repeat the same holders, keys and labels: one copy each. */
    interner = new interner/* Interner */.M();
    constructor(learnFromGrants) {
        this.learnFromGrants = learnFromGrants;
    }
    array() {
        this.items = [];
        this.received = 0;
        this.failure = undefined;
    }
    element(raw) {
        const at = this.received++;
        if (this.failure !== undefined)
            return;
        // A team-managed project's own scheme (`scope.type: PROJECT`) is that project's, not a shared one: it
        // is never exported, pruned or deleted, so it is left out of the list altogether.
        if (isProjectScoped(raw))
            return;
        try {
            if ((0,normalise/* hasGrants */.cj)(raw)) {
                this.learnFromGrants((0,json/* isObject */.Gv)(raw) ? ((0,json/* arrayField */.e7)(raw, 'permissions') ?? []) : []);
                const scheme = (0,normalise/* normaliseScheme */.eP)(raw);
                for (const grant of scheme.grants)
                    this.interner.grant(grant);
                this.items.push({ scheme });
                return;
            }
            const id = (0,json/* isObject */.Gv)(raw) ? (0,json/* idField */.ei)(raw, 'id') : undefined;
            if (!(0,json/* isObject */.Gv)(raw) || id === undefined) {
                (0,normalise/* normaliseScheme */.eP)(raw); // throws: says what is wrong with it
                return;
            }
            this.items.push({ unexpanded: raw, id });
        }
        catch (error) {
            this.failure = { at, error };
        }
    }
    /**
     * The schemes, in the answer's order. `list` is the answer's `permissionSchemes` with each element
     * handed over replaced by `{}`: anything else in it was an element that is not an object.
     */
    finish(list) {
        let placeholders = 0;
        for (const entry of list) {
            if (this.failure !== undefined && placeholders === this.failure.at)
                break;
            if (!(0,json/* isObject */.Gv)(entry))
                throw new normalise/* ShapeError */.ym('a permission scheme is not an object');
            placeholders++;
        }
        if (this.failure !== undefined)
            throw this.failure.error;
        if (placeholders !== this.received)
            throw new normalise/* ShapeError */.ym('the permission scheme list was not read whole');
        return this.items;
    }
}

;// CONCATENATED MODULE: ./src/jira/people.ts


/**
 * Jira's answers about people → the product's model: group members, a role's actors in a project, a
 * project's lead. Pure. Cloud names people by account id; Data Center by user key (grants, members) and
 * by username (role actors), so both are kept where Jira gives them.
 */
/** One user of `/group/member`, `/user` or a project's `lead`. */
function normalisePerson(raw, dataCenter) {
    if (!(0,json/* isObject */.Gv)(raw))
        throw new normalise/* ShapeError */.ym('a user is not an object');
    const accountId = dataCenter
        ? ((0,json/* stringField */.OM)(raw, 'key') ?? (0,json/* stringField */.OM)(raw, 'name') ?? (0,json/* stringField */.OM)(raw, 'accountId'))
        : ((0,json/* stringField */.OM)(raw, 'accountId') ?? (0,json/* stringField */.OM)(raw, 'key'));
    if (accountId === undefined || accountId === '')
        throw new normalise/* ShapeError */.ym('a user has no account id');
    const person = { accountId, active: (0,json/* boolField */.pD)(raw, 'active') ?? true };
    const displayName = (0,json/* stringField */.OM)(raw, 'displayName');
    if (displayName !== undefined)
        person.displayName = displayName;
    const username = dataCenter ? (0,json/* stringField */.OM)(raw, 'name') : undefined;
    if (username !== undefined && username !== '')
        person.username = username;
    return person;
}
const USER_ACTOR = 'atlassian-user-role-actor';
const GROUP_ACTOR = 'atlassian-group-role-actor';
/**
 * `GET /project/{key}/role/{id}`: Cloud gives a user actor's `actorUser.accountId` and a group actor's
 * `actorGroup` (`groupId`, `name`); Data Center gives neither object and names both by `name` (the
 * username, the group name). The deprecated `name` is only a fallback on Cloud.
 */
const nonEmpty = (text) => text === undefined || text === '' ? undefined : text;
/**
 * A Cloud group actor. ProjectRoleGroup's `name`, `groupId` and `displayName` are all optional, and the
 * reference recommends `groupId` to identify the group (a name can change); RoleActor's own `name` is
 * "no longer available". So the id is `groupId`, and the name the first of `actorGroup.name`, the
 * actor's `name`, `actorGroup.displayName`, the actor's `displayName`, and last the id itself (for
 * messages only: members are then read by id).
 */
function cloudGroupActor(group, actorName, actorDisplayName) {
    const id = nonEmpty((0,json/* idField */.ei)(group, 'groupId'));
    const name = nonEmpty((0,json/* stringField */.OM)(group, 'name')) ??
        nonEmpty(actorName) ??
        nonEmpty((0,json/* stringField */.OM)(group, 'displayName')) ??
        nonEmpty(actorDisplayName) ??
        id;
    if (name === undefined)
        throw new normalise/* ShapeError */.ym('a group role actor names no group');
    return id === undefined ? { name } : { name, id };
}
function normaliseRoleActors(raw, dataCenter) {
    if (!(0,json/* isObject */.Gv)(raw))
        throw new normalise/* ShapeError */.ym('a project role is not an object');
    const actors = (0,json/* arrayField */.e7)(raw, 'actors') ?? [];
    const result = { users: [], groups: [], otherTypes: [] };
    for (const actor of actors) {
        if (!(0,json/* isObject */.Gv)(actor))
            throw new normalise/* ShapeError */.ym('a role actor is not an object');
        const type = (0,json/* stringField */.OM)(actor, 'type') ?? '';
        const name = (0,json/* stringField */.OM)(actor, 'name');
        const displayName = (0,json/* stringField */.OM)(actor, 'displayName');
        if (type === USER_ACTOR) {
            const user = {};
            const accountId = dataCenter
                ? undefined
                : (0,json/* stringField */.OM)((0,json/* objectField */.qV)(actor, 'actorUser') ?? {}, 'accountId');
            if (accountId !== undefined && accountId !== '')
                user.accountId = accountId;
            else if (name !== undefined && name !== '')
                user.username = name;
            else
                throw new normalise/* ShapeError */.ym('a user role actor names no user');
            if (displayName !== undefined)
                user.displayName = displayName;
            result.users.push(user);
        }
        else if (type === GROUP_ACTOR) {
            const group = (0,json/* objectField */.qV)(actor, 'actorGroup');
            if (group !== undefined && !dataCenter) {
                result.groups.push(cloudGroupActor(group, name, displayName));
            }
            else if (name !== undefined && name !== '') {
                result.groups.push({ name });
            }
            else {
                throw new normalise/* ShapeError */.ym('a group role actor names no group');
            }
        }
        else {
            result.otherTypes.push(type === '' ? '(no type)' : type);
        }
    }
    return result;
}
/** `GET /project/{key}`: id, key, name and the lead (which the reference says comes without asking). */
function normaliseProjectDetails(raw, dataCenter) {
    if (!(0,json/* isObject */.Gv)(raw))
        throw new normalise/* ShapeError */.ym('a project is not an object');
    const id = (0,json/* idField */.ei)(raw, 'id');
    const key = (0,json/* stringField */.OM)(raw, 'key');
    if (id === undefined || key === undefined)
        throw new normalise/* ShapeError */.ym('a project lacks id or key');
    const project = { id, key };
    const name = (0,json/* stringField */.OM)(raw, 'name');
    if (name !== undefined)
        project.name = name;
    const lead = (0,json/* objectField */.qV)(raw, 'lead');
    if (lead !== undefined)
        project.lead = normaliseLead(lead, dataCenter);
    return project;
}
/**
 * A project's `lead` (the project list with `expand=lead`, `GET /project/{key}`): a person, but with
 * `active` left unknown when the answer does not say, where `normalisePerson` takes it for true.
 */
function normaliseLead(raw, dataCenter) {
    const { active, ...lead } = normalisePerson(raw, dataCenter);
    return (0,json/* isObject */.Gv)(raw) && (0,json/* boolField */.pD)(raw, 'active') !== undefined ? { ...lead, active } : lead;
}

;// CONCATENATED MODULE: ./src/jira/client.ts











/** Every expansion a grant can have: all schemes with all grants and holder details in one request. */
const SCHEME_EXPAND = 'permissions,user,group,projectRole,field';
const GROUP_BATCH = 50;
const USER_BATCH = 50;
const PAGE_SIZE = 100;
/** `/group/member` pages: the reference allows at most 50. */
const MEMBER_PAGE = 50;
function lower(text) {
    return text.toLowerCase();
}
function chunk(items, size) {
    const out = [];
    for (let index = 0; index < items.length; index += size)
        out.push(items.slice(index, index + size));
    return out;
}
/** The grant with its holder spelt the given way; its label follows, its name stays. */
function respelt(grant, spell) {
    const holder = spell(grant.holder);
    return holder === grant.holder ? grant : { ...grant, holder, label: (0,model_holder/* holderLabel */.zc)(holder, grant.name) };
}
/** Reads and directory lookups. Holds no write method: a reader cannot even name a write. */
class JiraReadClient {
    http;
    cache = new Map();
    groupByName = new Map();
    groupById = new Map();
    userById = new Map();
    constructor(http) {
        this.http = http;
    }
    /** The REST path version; the semantics follow the deployment, not this (Cloud serves REST 2 too). */
    get apiVersion() {
        return this.http.apiVersion;
    }
    get deployment() {
        return this.http.deployment;
    }
    /** Data Center: user keys, groups by name only, no bulk lookups. */
    get dataCenter() {
        return this.http.deployment === 'data-center';
    }
    /**
     * False on Data Center (groups are known by name only). A guess until the deployment is settled:
     * await `deploymentInfo()` before relying on it (every method that depends on it does).
     */
    get groupsHaveIds() {
        return !this.dataCenter;
    }
    get context() {
        return this.http.diagnostics;
    }
    /** Cloud or Data Center and the REST version, read from serverInfo when the connection could not tell. */
    deploymentInfo() {
        return this.http.deploymentInfo();
    }
    get rateLimit() {
        return this.http.rateLimit;
    }
    get stats() {
        return this.http.stats;
    }
    get concurrency() {
        return this.http.concurrency;
    }
    /** Runs `parse` over a read's body; a ShapeError becomes a JiraError naming the call. */
    parse(path, body, parse) {
        return this.parseAnswer('GET', path, body, parse, 'rejected');
    }
    /**
     * Runs `parse` over an answer. An answer of the wrong shape becomes a JiraError naming the call, with
     * the outcome the caller knows: a read simply failed; a write was done but not understood, so the
     * caller must re-read ('unknown').
     */
    parseAnswer(method, path, body, parse, outcome) {
        try {
            return parse(body);
        }
        catch (error) {
            if (!(error instanceof normalise/* ShapeError */.ym))
                throw error;
            throw new errors/* JiraError */.Dd((0,diagnostics/* diagnoseNetwork */.lI)({ method, path: this.http.apiPath(path), kind: 'unexpected-shape', outcome, detail: error.message }, this.context));
        }
    }
    async getJson(path, query, parse) {
        const response = await this.http.get(path, query);
        return this.parse(path, response.body, parse);
    }
    /** Caches one promise per key for the run; a failure is not cached (the run fails anyway). */
    cached(key, load) {
        const existing = this.cache.get(key);
        if (existing !== undefined)
            return existing;
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
    async canonicalGrants(grants) {
        const fields = grants.map((grant) => respelt(grant, model_holder/* fieldIdSpelling */.GA));
        return this.withNames(this.dataCenter
            ? fields.map((grant) => respelt(grant, model_holder/* restTwoSpelling */.xq))
            : await this.withGroupIds(fields));
    }
    async withGroupIds(grants) {
        const names = grants
            .filter((grant) => grant.holder.type === 'group' && grant.holder.value === undefined)
            .map((grant) => grant.holder.parameter)
            .filter((name) => name !== undefined);
        if (names.length === 0)
            return [...grants];
        const groups = await this.findGroupsByName([...new Set(names)]);
        return grants.map((grant) => {
            const { type, parameter, value } = grant.holder;
            if (type !== 'group' || value !== undefined || parameter === undefined)
                return grant;
            const group = groups.get(parameter);
            if (group?.id === undefined)
                return grant;
            return respelt(grant, () => (0,model_holder/* groupHolder */.cI)(parameter, group.id));
        });
    }
    /**
     * Names for role, custom-field and id-only group holders whose answer carried no expanded object (a
     * server may ignore `expand`): people read plans by name, and settings name managed holders. Both lists
     * are cached for the run; `/role` needs the Administer Jira permission, so a refusal leaves the ids as
     * they are.
     */
    async withNames(grants) {
        const NAMED_TYPES = /^(projectRole|group|userCustomField|groupCustomField)$/;
        const unnamed = grants.filter((grant) => NAMED_TYPES.test(grant.holder.type) &&
            (0,model_holder/* holderName */.iY)(grant) === undefined &&
            (0,model_holder/* holderId */.MO)(grant.holder) !== undefined);
        if (unnamed.length === 0)
            return grants;
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
                ? this.findGroupsById([...new Set(groupIds)]).catch(() => new Map())
                : new Map(),
        ]);
        const names = new Map([
            ...roles.map((role) => [`projectRole:${String(role.id)}`, role.name]),
            ...fields.map((field) => [`field:${field.id}`, field.name]),
            ...[...groups.values()].map((group) => [`group:${group.id ?? ''}`, group.name]),
        ]);
        const nameKey = (type, id) => /^(user|group)CustomField$/.test(type) ? `field:${id}` : `${type}:${id}`;
        const wanted = new Set(unnamed);
        return grants.map((grant) => {
            if (!wanted.has(grant))
                return grant;
            const name = names.get(nameKey(grant.holder.type, (0,model_holder/* holderId */.MO)(grant.holder) ?? ''));
            return name === undefined ? grant : { ...grant, name, label: (0,model_holder/* holderLabel */.zc)(grant.holder, name) };
        });
    }
    /**
     * Every live grant names a group (Cloud: name and id; Data Center: name) or a user (account id or
     * key) that exists: the directory remembers them, so the resolver's lookups ask Jira only about the
     * names no live grant explains. What a lookup already settled is kept.
     */
    learnFromGrants(rawGrants) {
        const dataCenter = this.dataCenter;
        for (const raw of rawGrants) {
            const { group, user } = (0,normalise/* grantFacts */.qE)(raw, dataCenter);
            if (group !== undefined) {
                if (!this.groupByName.get(lower(group.name)))
                    this.groupByName.set(lower(group.name), group);
                if (group.id !== undefined && !this.groupById.get(group.id))
                    this.groupById.set(group.id, group);
            }
            if (user !== undefined && !this.userById.get(user.accountId))
                this.userById.set(user.accountId, user);
        }
    }
    async canonicalScheme(scheme) {
        return { ...scheme, grants: await this.canonicalGrants(scheme.grants) };
    }
    // ---- JiraReader ----
    async listPermissionSchemes() {
        // The largest answer by far (every scheme with every grant): read scheme by scheme as it arrives, so
        // neither its text nor its whole tree is ever held, only the model.
        const path = '/permissionscheme';
        const { response, receiver } = await this.http.getElements(path, { expand: SCHEME_EXPAND }, 'permissionSchemes', () => new SchemeListReader((rawGrants) => {
            this.learnFromGrants(rawGrants);
        }));
        const listed = this.parse(path, response.body, (body) => receiver.finish((0,normalise/* schemeList */.aV)(body)));
        // Some servers ignore expand on the list: fetch those schemes' grants one by one, never assume none.
        const schemes = await Promise.all(listed.map(async (item) => {
            if ('scheme' in item)
                return item.scheme;
            const grantsPath = `/permissionscheme/${encodeURIComponent(item.id)}/permission`;
            const rawGrants = await this.getJson(grantsPath, { expand: SCHEME_EXPAND }, normalise/* grantList */.F6);
            this.learnFromGrants(rawGrants);
            const grants = this.parse(grantsPath, rawGrants, () => (0,normalise/* normaliseGrants */.wY)(rawGrants));
            return this.parse(path, item.unexpanded, (value) => (0,normalise/* normaliseScheme */.eP)(value, grants));
        }));
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
    async getPermissionScheme(schemeId) {
        const path = `/permissionscheme/${String(schemeId)}`;
        let scheme;
        try {
            scheme = await this.getJson(path, { expand: SCHEME_EXPAND }, (body) => (0,normalise/* hasGrants */.cj)(body) ? (0,normalise/* normaliseScheme */.eP)(body) : undefined);
            if (scheme === undefined) {
                const grants = await this.getJson(`${path}/permission`, { expand: SCHEME_EXPAND }, (body) => (0,normalise/* normaliseGrants */.wY)((0,normalise/* grantList */.F6)(body)));
                scheme = await this.getJson(path, undefined, (body) => (0,normalise/* normaliseScheme */.eP)(body, grants));
            }
        }
        catch (error) {
            if (error instanceof errors/* JiraError */.Dd && error.status === 404)
                return undefined;
            throw error;
        }
        // Outside the 404 handling: a failed group lookup must not read as "no such scheme".
        return this.canonicalScheme(scheme);
    }
    getPermissionCatalogue() {
        return this.cached('catalogue', () => this.getJson('/permissions', undefined, normalise/* normaliseCatalogue */.E8));
    }
    async getProjectsByScheme() {
        // Each page's projects are looked up as soon as the page arrives, beside the later pages; the
        // concurrency is bounded by the HTTP layer's read limit.
        const reads = [];
        const read = (project) => {
            const pending = this.projectSchemeRead(project).then((schemeId) => ({ project, schemeId }));
            pending.catch(() => undefined); // awaited below, with every other read
            reads.push(pending);
        };
        await this.listProjects(read);
        const byScheme = new Map();
        const assignments = await Promise.all(reads);
        const withoutScheme = [];
        for (const { project, schemeId } of assignments) {
            if (schemeId === undefined) {
                withoutScheme.push(project);
                continue;
            }
            const list = byScheme.get(schemeId) ?? [];
            list.push(project);
            byScheme.set(schemeId, list);
        }
        for (const list of byScheme.values())
            list.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
        // Every listed project stays known to the `projects:` check, the team-managed ones without a scheme too.
        (0,project_usage/* noteProjectsWithoutScheme */.a$)(byScheme, withoutScheme);
        return byScheme;
    }
    /**
     * The permission scheme one project uses. A team-managed project has its own project-scoped scheme
     * (Jira may also refuse to show one, with whichever 4xx): its answer is read when Jira gives one,
     * never relied upon.
     */
    async projectSchemeRead(project) {
        try {
            return await this.getProjectSchemeId(project.id);
        }
        catch (error) {
            const refused = error instanceof errors/* JiraError */.Dd && (0,project_usage/* isTeamManagedSchemeRefusal */.I4)(error.status);
            if (project.teamManaged === true && refused)
                return undefined;
            throw error;
        }
    }
    /** The id of the permission scheme a project uses (`GET /project/{projectKeyOrId}/permissionscheme`). */
    getProjectSchemeId(projectKeyOrId) {
        const path = `/project/${encodeURIComponent(projectKeyOrId)}/permissionscheme`;
        return this.getJson(path, undefined, (body) => {
            const id = (0,json/* isObject */.Gv)(body) ? (0,json/* idField */.ei)(body, 'id') : undefined;
            if (id === undefined || !/^\d+$/.test(id))
                throw new normalise/* ShapeError */.ym('expected a permission scheme with an id');
            return Number(id);
        });
    }
    /**
     * Every project the credential can see, live ones only: `/project/search` pages on Cloud, `GET /project`
     * (one plain array) on Data Center. `onProject` hears of each project as its page arrives.
     */
    async listProjects(onProject) {
        const toProject = (raw) => {
            if (!(0,json/* isObject */.Gv)(raw))
                throw new normalise/* ShapeError */.ym('a project is not an object');
            const id = (0,json/* idField */.ei)(raw, 'id');
            const key = (0,json/* stringField */.OM)(raw, 'key');
            if (id === undefined || key === undefined)
                throw new normalise/* ShapeError */.ym('a project lacks id or key');
            const name = (0,json/* stringField */.OM)(raw, 'name');
            const project = name === undefined ? { id, key } : { id, key, name };
            // Cloud marks a team-managed project both ways; either one is enough.
            if ((0,json/* stringField */.OM)(raw, 'style') === 'next-gen' || (0,json/* boolField */.pD)(raw, 'simplified') === true)
                project.teamManaged = true;
            // The lead comes with the page when asked for (`expand=lead`): effective access needs no read per project.
            const lead = (0,json/* objectField */.qV)(raw, 'lead');
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
        const projects = [];
        const take = (project) => {
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
            const all = await this.getJson('/project', { expand: 'lead' }, (body) => (0,normalise/* arrayOf */.jk)(body, 'projects').map(toProject));
            for (const project of all)
                take(project);
            return projects;
        }
        // Cloud documents `/project/search` (its `GET /project` is deprecated), so a 404 here is not a reason
        // to list another way: listing through another path would hide a wrong base URL, a proxy or gateway
        // path, or a site that is not Jira Cloud after all, behind a plan that may see fewer projects than the
        // site has. One 404 is documented, though: "Returned if no projects matching the search criteria are
        // found", so a site with no projects may answer 404 rather than an empty page.
        let pagesRead = 0;
        try {
            await (0,paginate/* readAllPages */.s$)({ http: this.http, path: '/project/search', query: { expand: 'lead' }, context: this.context }, {
                pageSize: PAGE_SIZE,
                onPage: (page) => {
                    pagesRead++;
                    for (const project of this.parse('/project/search', page, (list) => (0,normalise/* arrayOf */.jk)(list, 'projects').map(toProject)))
                        take(project);
                },
            });
        }
        catch (error) {
            // Only from a site that answers as Jira: serverInfo (already read unless the address settled the
            // deployment; then one request more, in this case only) must answer too. A wrong context path whose
            // every call is Jira's JSON 404 is not a site without projects.
            if (pagesRead === 0 && isNoProjectsAnswer(error)) {
                const answers = await this.http.serverInfo().then(() => true, () => false);
                if (answers)
                    return projects;
            }
            throw error;
        }
        return projects;
    }
    // ---- Probes (doctor) ----
    /** `/rest/api/2/serverInfo` whatever the REST version (both deployments serve it), else Cloud's `/rest/api/3/serverInfo`; read once. */
    getServerInfo() {
        return this.http.serverInfo();
    }
    // ---- Audit log (drift) ----
    async getServerTime() {
        const { serverTime } = await this.getServerInfo();
        return serverTime === undefined ? undefined : new Date(serverTime);
    }
    async readAuditLog(window) {
        // Which log (Cloud's or Data Center's) depends on the deployment: settle it first.
        await this.http.deploymentInfo();
        return (0,audit/* readAuditLog */.Ob)({
            http: this.http,
            // Data Center keeps its log in the auditing plugin; Cloud on REST 2 or 3 has /auditing/record.
            dataCenter: this.deployment === 'data-center',
            context: this.context,
        }, window);
    }
    getMyself() {
        return this.getJson('/myself', undefined, (body) => {
            const user = (0,normalise/* normaliseUser */.CX)(body, this.dataCenter ? 'key' : 'accountId');
            const myself = { accountId: user.accountId, active: user.active };
            if (user.displayName !== undefined)
                myself.displayName = user.displayName;
            if (user.emailAddress !== undefined)
                myself.emailAddress = user.emailAddress;
            return myself;
        });
    }
    getMyPermissions(keys) {
        return this.getJson('/mypermissions', { permissions: keys.join(',') }, (body) => {
            const map = (0,json/* isObject */.Gv)(body) ? (0,json/* objectField */.qV)(body, 'permissions') : undefined;
            if (map === undefined)
                throw new normalise/* ShapeError */.ym('expected {"permissions": {...}}');
            const result = new Map();
            for (const key of keys) {
                const entry = (0,json/* objectField */.qV)(map, key);
                result.set(key, entry !== undefined && (0,json/* boolField */.pD)(entry, 'havePermission') === true);
            }
            return result;
        });
    }
    // ---- JiraDirectory ----
    async findGroupsByName(names) {
        await this.http.deploymentInfo();
        // One spelling per name (as written: Jira may match names exactly), skipping names already known.
        const missing = new Map();
        for (const name of names) {
            if (!this.groupByName.has(lower(name)) && !missing.has(lower(name)))
                missing.set(lower(name), name);
        }
        if (missing.size > 0) {
            if (this.dataCenter)
                await this.loadGroupsByNameDataCenter([...missing.values()]);
            else
                await this.loadGroupsBulk('groupName', [...missing.values()]);
        }
        const result = new Map();
        for (const name of names) {
            const group = this.groupByName.get(lower(name));
            if (group !== undefined && group !== null)
                result.set(name, group);
        }
        return result;
    }
    async findGroupsById(ids) {
        await this.http.deploymentInfo();
        const result = new Map();
        if (!this.groupsHaveIds)
            return result;
        const missing = [...new Set(ids)].filter((id) => !this.groupById.has(id));
        if (missing.length > 0)
            await this.loadGroupsBulk('groupId', missing);
        for (const id of ids) {
            const group = this.groupById.get(id);
            if (group !== undefined && group !== null)
                result.set(id, group);
        }
        return result;
    }
    /** Cloud: `/group/bulk?groupName=a&groupName=b…` (or groupId), batched, every page read. */
    async loadGroupsBulk(parameter, keys) {
        await Promise.all(chunk(keys, GROUP_BATCH).map(async (batch) => {
            const values = await (0,paginate/* readAllPages */.s$)({ http: this.http, path: '/group/bulk', query: { [parameter]: batch }, context: this.context }, { pageSize: GROUP_BATCH });
            const groups = this.parse('/group/bulk', values, (list) => (0,normalise/* arrayOf */.jk)(list, 'groups').map(normalise/* normaliseGroup */.UZ));
            for (const group of groups) {
                this.groupByName.set(lower(group.name), group);
                if (group.id !== undefined)
                    this.groupById.set(group.id, group);
            }
            // What was asked and not answered does not exist (remembered, so it is not asked again).
            for (const key of batch) {
                if (parameter === 'groupName' && !this.groupByName.has(lower(key)))
                    this.groupByName.set(lower(key), null);
                if (parameter === 'groupId' && !this.groupById.has(key))
                    this.groupById.set(key, null);
            }
        }));
    }
    /**
     * Data Center has no `/group/bulk` and no group ids: each name is checked with the group picker
     * (`/groups/picker?query=<name>`), taking only an exact (case-insensitive) match. The picker may cut
     * its list short (`jira.ajax.autocomplete.limit`); when it did and the name is not in it, the name is
     * checked directly with `/group/member?groupname=<name>` (404 = no such group).
     */
    async loadGroupsByNameDataCenter(names) {
        await Promise.all([...new Set(names)].map(async (name) => {
            const picked = await this.pickGroups(name, 1000);
            const exact = picked.groups.find((group) => group.name === name) ??
                picked.groups.find((group) => lower(group.name) === lower(name));
            if (exact !== undefined) {
                this.groupByName.set(lower(name), { name: exact.name });
                return;
            }
            // Without a total, a non-empty list may have been cut short too: check the name directly.
            const cut = picked.total !== undefined ? picked.total > picked.groups.length : picked.groups.length > 0;
            const exists = cut ? await this.groupExistsDataCenter(name) : false;
            this.groupByName.set(lower(name), exists ? { name } : null);
        }));
    }
    async groupExistsDataCenter(name) {
        try {
            await this.http.get('/group/member', { groupname: name, maxResults: 1 });
            return true;
        }
        catch (error) {
            if (error instanceof errors/* JiraError */.Dd && error.status === 404)
                return false;
            throw error;
        }
    }
    pickGroups(query, maxResults) {
        return this.cached(`picker:${lower(query)}:${String(maxResults)}`, () => this.getJson('/groups/picker', { query, maxResults, caseInsensitive: true }, (body) => {
            const groups = (0,json/* isObject */.Gv)(body) ? (0,json/* arrayField */.e7)(body, 'groups') : undefined;
            if (!(0,json/* isObject */.Gv)(body) || groups === undefined)
                throw new normalise/* ShapeError */.ym('expected {"groups": [...]}');
            const total = (0,json/* intField */.cI)(body, 'total');
            return { groups: groups.map(normalise/* normaliseGroup */.UZ), ...(total !== undefined ? { total } : {}) };
        }));
    }
    async suggestGroupNames(name) {
        // The picker matches substrings: ask with the name's first word (e.g. "jira" of "jira-devs").
        const stem = name.split(/[-_ .]/)[0] ?? name;
        const query = stem.length >= 2 ? stem : name.slice(0, 3);
        if (query === '')
            return [];
        const picked = await this.pickGroups(query, 100);
        return picked.groups.map((group) => group.name);
    }
    getProjectRoles() {
        return this.cached('roles', () => this.getJson('/role', undefined, (body) => (0,normalise/* arrayOf */.jk)(body, 'project roles').map(normalise/* normaliseRole */.hK)));
    }
    async getUsers(accountIds) {
        await this.http.deploymentInfo();
        const missing = [...new Set(accountIds)].filter((id) => !this.userById.has(id));
        if (missing.length > 0) {
            if (this.dataCenter)
                await this.loadUsersOneByOne(missing);
            else
                await this.loadUsersBulk(missing);
        }
        const result = new Map();
        for (const id of accountIds) {
            const user = this.userById.get(id);
            if (user !== undefined && user !== null)
                result.set(id, user);
        }
        return result;
    }
    /** Cloud: `/user/bulk?accountId=…` in batches; falls back to `/user?accountId=` when bulk is unavailable. */
    async loadUsersBulk(ids) {
        await Promise.all(chunk(ids, USER_BATCH).map(async (batch) => {
            let values;
            try {
                values = await (0,paginate/* readAllPages */.s$)({ http: this.http, path: '/user/bulk', query: { accountId: batch }, context: this.context }, { pageSize: USER_BATCH });
            }
            catch (error) {
                if (error instanceof errors/* JiraError */.Dd && (error.status === 404 || error.status === 405)) {
                    await this.loadUsersOneByOne(batch);
                    return;
                }
                throw error;
            }
            const users = this.parse('/user/bulk', values, (list) => (0,normalise/* arrayOf */.jk)(list, 'users').map((u) => (0,normalise/* normaliseUser */.CX)(u)));
            for (const user of users)
                this.userById.set(user.accountId, user);
            for (const id of batch)
                if (!this.userById.has(id))
                    this.userById.set(id, null);
        }));
    }
    /** `/user?accountId=` (Cloud) or `/user?key=` (Data Center), one per user; 404 means not found. */
    async loadUsersOneByOne(ids) {
        const dataCenter = this.dataCenter;
        const lookUp = async (parameter, id) => {
            try {
                return await this.getJson('/user', { [parameter]: id }, (body) => (0,normalise/* normaliseUser */.CX)(body, dataCenter ? 'key' : 'accountId'));
            }
            catch (error) {
                if (error instanceof errors/* JiraError */.Dd && error.status === 404)
                    return undefined;
                throw error;
            }
        };
        await Promise.all(ids.map(async (id) => {
            if (!dataCenter) {
                const user = await lookUp('accountId', id);
                this.userById.set(id, user === undefined ? null : { ...user, accountId: id });
                return;
            }
            // Data Center grants name users by key; people often write the username (older users' key is
            // their lowercased username, newer ones' is JIRAUSER…). The holder always takes the key.
            const user = (await lookUp('key', id)) ?? (await lookUp('username', id));
            this.userById.set(id, user ?? null);
        }));
    }
    findUserByEmail(email) {
        return this.cached(`email:${lower(email)}`, async () => {
            await this.http.deploymentInfo();
            // Data Center's search parameter is `username` (it matches emails too); Cloud's is `query`.
            const query = this.dataCenter ? { username: email, maxResults: 50 } : { query: email, maxResults: 50 };
            const users = await this.getJson('/user/search', query, (body) => (0,normalise/* arrayOf */.jk)(body, 'users').map((u) => (0,normalise/* normaliseUser */.CX)(u, this.dataCenter ? 'key' : 'accountId')));
            const exact = users.filter((user) => user.emailAddress !== undefined && lower(user.emailAddress) === lower(email));
            const hiddenCandidates = users.filter((user) => user.emailAddress === undefined);
            const lookup = { email, hiddenCandidates };
            if (exact.length === 1 && exact[0] !== undefined)
                lookup.user = exact[0];
            return lookup;
        });
    }
    getFields() {
        return this.cached('fields', () => this.getJson('/field', undefined, (body) => (0,normalise/* arrayOf */.jk)(body, 'fields').map(normalise/* normaliseField */.vU)));
    }
    getApplicationRoles() {
        return this.cached('applicationRoles', () => this.getJson('/applicationrole', undefined, (body) => (0,normalise/* arrayOf */.jk)(body, 'application roles').map(normalise/* normaliseApplicationRole */.xW)));
    }
    // ---- JiraPeople (effective access) ----
    async getGroupMembers(group) {
        // Groups by id or by name depends on the deployment: settle it before choosing.
        await this.http.deploymentInfo();
        const byId = this.groupsHaveIds && group.id !== undefined;
        const key = byId ? `members:id:${group.id ?? ''}` : `members:name:${lower(group.name)}`;
        return this.cached(key, async () => {
            // includeInactiveUsers defaults to false: only people who can use Jira are listed.
            const query = byId ? { groupId: group.id ?? '' } : { groupname: group.name };
            const values = await (0,paginate/* readAllPages */.s$)({ http: this.http, path: '/group/member', query, context: this.context }, { pageSize: MEMBER_PAGE });
            return this.parse('/group/member', values, (list) => (0,normalise/* arrayOf */.jk)(list, 'group members')
                .map((user) => normalisePerson(user, !this.groupsHaveIds))
                .filter((person) => person.active));
        });
    }
    getRoleActors(projectKeyOrId, roleId) {
        const path = `/project/${encodeURIComponent(projectKeyOrId)}/role/${String(roleId)}`;
        return this.cached(`actors:${projectKeyOrId}:${String(roleId)}`, () => this.getJson(path, { excludeInactiveUsers: true }, (body) => normaliseRoleActors(body, !this.groupsHaveIds)));
    }
    getProjectDetails(projectKeyOrId) {
        const path = `/project/${encodeURIComponent(projectKeyOrId)}`;
        return this.cached(`project:${projectKeyOrId}`, () => this.getJson(path, undefined, (body) => {
            const details = normaliseProjectDetails(body, !this.groupsHaveIds);
            if (details.lead !== undefined)
                this.rememberUsername(details.lead);
            return details;
        }));
    }
    /**
     * A Data Center user whose username an answer gave beside the key (a project's lead, from the project
     * list or `GET /project/{key}`): a role actor names users only by username, and Data Center's role
     * answer carries neither the user key nor `active`, so each one would cost a `/user?username=` lookup;
     * project leads are often in their project's roles. Only when the answer said whether they are
     * active: a lookup says for sure, where a guess would count someone inactive as having access.
     */
    rememberUsername(lead) {
        const { username, active } = lead;
        if (username === undefined || active === undefined)
            return;
        const key = `username:${username}`;
        if (!this.cache.has(key))
            this.cache.set(key, Promise.resolve({ ...lead, active }));
    }
    async findUsersByUsername(usernames) {
        const found = await Promise.all([...new Set(usernames)].map((username) => this.cached(`username:${username}`, async () => {
            try {
                return await this.getJson('/user', { username }, (body) => normalisePerson(body, true));
            }
            catch (error) {
                if (error instanceof errors/* JiraError */.Dd && error.status === 404)
                    return undefined;
                throw error;
            }
        }).then((person) => [username, person])));
        const result = new Map();
        for (const [username, person] of found)
            if (person !== undefined)
                result.set(username, person);
        return result;
    }
}
/** Reader + the five writes. Only `createJiraWriter` builds one. */
class JiraWriteClient extends JiraReadClient {
    wireGrant(grant) {
        return { holder: (0,model_holder/* wireSpelling */.sS)(grant.holder, !this.dataCenter), permission: grant.permission };
    }
    writeResult(method, path, body, parse) {
        // It was done, but an answer that is not understood means the caller must re-read.
        return this.parseAnswer(method, path, body, parse, 'unknown');
    }
    async createPermissionScheme(scheme) {
        await this.http.deploymentInfo();
        const body = {
            name: scheme.name,
            permissions: scheme.grants.map((g) => this.wireGrant(g)),
        };
        if (scheme.description !== undefined)
            body.description = scheme.description;
        const response = await this.http.request('POST', '/permissionscheme', { expand: SCHEME_EXPAND }, body);
        const created = this.writeResult('POST', '/permissionscheme', response.body, (raw) => {
            if (!(0,json/* isObject */.Gv)(raw) || (0,json/* idField */.ei)(raw, 'id') === undefined)
                throw new normalise/* ShapeError */.ym('the created scheme has no id');
            return raw;
        });
        if ((0,normalise/* hasGrants */.cj)(created))
            return this.canonicalScheme(this.writeResult('POST', '/permissionscheme', created, (raw) => (0,normalise/* normaliseScheme */.eP)(raw)));
        const id = Number((0,json/* idField */.ei)(created, 'id'));
        const reread = await this.getPermissionScheme(id);
        if (reread === undefined) {
            return this.writeResult('POST', '/permissionscheme', created, (raw) => (0,normalise/* normaliseScheme */.eP)(raw, []));
        }
        return reread;
    }
    async updatePermissionSchemeDetails(schemeId, details) {
        // Never a `permissions` key: Jira would replace every grant with it.
        const body = { name: details.name };
        if (details.description !== undefined)
            body.description = details.description;
        await this.http.request('PUT', `/permissionscheme/${String(schemeId)}`, undefined, body);
    }
    async createPermissionGrant(schemeId, grant) {
        await this.http.deploymentInfo();
        const path = `/permissionscheme/${String(schemeId)}/permission`;
        const response = await this.http.request('POST', path, { expand: SCHEME_EXPAND }, this.wireGrant(grant));
        const created = this.writeResult('POST', path, response.body, normalise/* normaliseGrant */.R8);
        const [canonical] = await this.canonicalGrants([created]);
        return canonical ?? created;
    }
    async deletePermissionGrant(schemeId, grantId) {
        await this.http.request('DELETE', `/permissionscheme/${String(schemeId)}/permission/${String(grantId)}`);
    }
    async deletePermissionScheme(schemeId) {
        await this.http.request('DELETE', `/permissionscheme/${String(schemeId)}`);
    }
    async assignPermissionScheme(projectKeyOrId, schemeId) {
        // The answer is the scheme now assigned; nothing in it is needed (apply reads back at the end).
        await this.http.request('PUT', `/project/${encodeURIComponent(projectKeyOrId)}/permissionscheme`, undefined, {
            id: schemeId,
        });
    }
}

// EXTERNAL MODULE: ./src/jira/deployment.ts
var deployment = __webpack_require__(4789);
;// CONCATENATED MODULE: ./src/jira/body.ts
/**
 * Reads a response body with a size limit enforced while it streams: a hostile or broken server cannot
 * make the process buffer an endless answer. An announced Content-Length over the limit is refused
 * before a byte is read.
 */
/** The default limit per answer. Jira's largest answer here (every scheme with every grant) is far below it. */
const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;
class ResponseTooLarge extends Error {
    limit;
    announced;
    name = 'ResponseTooLarge';
    constructor(limit, 
    /** What the server announced (Content-Length), when it did. */
    announced) {
        super(`the answer is larger than ${String(limit)} bytes`);
        this.limit = limit;
        this.announced = announced;
    }
}
/** Megabytes for messages: `64 MB`, `0.5 MB`. */
function megabytes(bytes) {
    const value = bytes / (1024 * 1024);
    return `${String(Number.isInteger(value) ? value : Number(value.toFixed(2)))} MB`;
}
/**
 * The body as text, read within `limit` bytes. With a sink, the chunks go to it as they arrive and the
 * text is what it kept.
 */
async function readCappedText(response, limit, sink) {
    const length = response.headers.get('content-length');
    const announced = length === null || length.trim() === '' ? undefined : Number(length);
    if (announced !== undefined && Number.isFinite(announced) && announced > limit) {
        response.discard();
        throw new ResponseTooLarge(limit, announced);
    }
    const chunks = [];
    let total = 0;
    try {
        for await (const value of response.body) {
            total += value.byteLength;
            if (total > limit)
                throw new ResponseTooLarge(limit);
            if (sink === undefined)
                chunks.push(value);
            else {
                sink.push(value);
                if (sink.failure !== undefined)
                    break;
            }
        }
    }
    finally {
        // Leaving the loop early (the limit, a broken answer, an error) must let the connection go.
        response.discard();
    }
    if (sink !== undefined)
        return sink.restText();
    // TextDecoder, as Response.text() did: UTF-8, a byte-order mark dropped.
    return new TextDecoder().decode(Buffer.concat(chunks, total));
}

;// CONCATENATED MODULE: ./src/jira/json-split.ts
/**
 * Cuts the elements of one top-level array out of a JSON answer while its bytes arrive, so a large list
 * (every permission scheme with every grant) is never held whole: neither as one string nor as one
 * parsed tree. Each element is decoded and parsed on its own and handed over at once.
 *
 * What is not an element (the braces, the other fields, the commas between elements) is kept as "the
 * rest", each element replaced by `{}`. Parsing the rest then checks everything the elements leave out:
 * when every element and the rest parse, the whole answer parses, since each `{}` stands exactly where a
 * value stood. A broken answer therefore fails as it would parsed whole (the caller reports invalid JSON);
 * an answer that does not start with `{` (an HTML page, a bare list) is kept whole, split nowhere.
 *
 * Byte-level: the only bytes that matter ({ } [ ] " \ , and the BOM) are ASCII and never occur inside a
 * multi-byte UTF-8 sequence, so cuts fall between characters, and each element decodes as it would within
 * the whole text.
 */
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const BOM = [0xef, 0xbb, 0xbf];
const PLACEHOLDER = new Uint8Array([OPEN_BRACE, CLOSE_BRACE]);
/** A key longer than this (even fully escaped) cannot be the field's name. */
const MAX_KEY_BYTES = 512;
function isSpace(byte) {
    return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}
/**
 * A copy of part of a chunk. Not `chunk.slice`: on a Buffer (what the transport yields) that is a view,
 * which keeps the transport's whole read buffer alive for a few kept bytes: 25 MB at scale.
 */
function copyOf(chunk, from, to) {
    return new Uint8Array(chunk.subarray(from, to));
}
class ElementSplitter {
    field;
    receiver;
    decoder = new TextDecoder();
    /** Bytes of the rest, copied (a piece must not keep a whole network chunk alive). */
    rest = [];
    /** 'head' before the first significant byte; 'split' in an object; 'whole' when not splitting. */
    mode = 'head';
    headBytes = 0;
    bomBytes = 0;
    depth = 0;
    inString = false;
    escaped = false;
    expectKey = false;
    key;
    keyBytes = 0;
    lastKey;
    inArray = false;
    /** Pieces of the element being cut, when it spans chunks; undefined outside an element. */
    element;
    /** The first element that is not valid JSON: the answer is broken, nothing more is handed over. */
    failure;
    /** Bytes pushed so far. */
    bytes = 0;
    constructor(field, receiver) {
        this.field = field;
        this.receiver = receiver;
    }
    push(chunk) {
        this.bytes += chunk.length;
        if (this.failure !== undefined)
            return;
        let start = 0;
        if (this.mode === 'head') {
            start = this.head(chunk);
            this.keep(chunk, 0, start);
            if (start === chunk.length)
                return;
        }
        if (this.mode === 'whole') {
            this.keep(chunk, start, chunk.length);
            return;
        }
        this.scan(chunk, start);
    }
    /** The rest, decoded: the whole answer when it was not split. */
    restText() {
        if (this.element !== undefined) {
            // Truncated inside an element: the rest already lacks its closing brackets and fails to parse.
            this.element = undefined;
        }
        return this.decoder.decode(Buffer.concat(this.rest));
    }
    /** Skips a leading BOM (TextDecoder drops it too) and whitespace; returns where the JSON begins. */
    head(chunk) {
        for (let index = 0; index < chunk.length; index++) {
            const byte = chunk[index] ?? 0;
            const inBom = this.headBytes === this.bomBytes && this.bomBytes < BOM.length;
            this.headBytes++;
            if (inBom && byte === BOM[this.bomBytes]) {
                this.bomBytes++;
                continue;
            }
            // Part of a BOM is not one: the text decodes to a replacement character, as it would whole.
            if (this.bomBytes > 0 && this.bomBytes < BOM.length) {
                this.mode = 'whole';
                return index;
            }
            if (isSpace(byte))
                continue;
            this.mode = byte === OPEN_BRACE ? 'split' : 'whole';
            return index;
        }
        return chunk.length;
    }
    keep(chunk, from, to) {
        if (to > from)
            this.rest.push(copyOf(chunk, from, to));
    }
    scan(chunk, from) {
        let restFrom = this.element === undefined ? from : -1;
        let elementFrom = this.element === undefined ? -1 : from;
        let keyFrom = this.key === undefined ? -1 : from;
        const length = chunk.length;
        for (let index = from; index < length; index++) {
            const byte = chunk[index] ?? 0;
            if (this.inString) {
                if (this.escaped)
                    this.escaped = false;
                else if (byte === BACKSLASH)
                    this.escaped = true;
                else if (byte === QUOTE) {
                    this.inString = false;
                    if (keyFrom >= 0) {
                        this.endKey(chunk.subarray(keyFrom, index + 1));
                        keyFrom = -1;
                    }
                }
                continue;
            }
            switch (byte) {
                case QUOTE:
                    this.inString = true;
                    if (this.depth === 1 && this.expectKey) {
                        this.expectKey = false;
                        this.key = [];
                        this.keyBytes = 0;
                        keyFrom = index;
                    }
                    break;
                case OPEN_BRACE:
                case OPEN_BRACKET:
                    if (this.inArray && this.depth === 2 && elementFrom < 0) {
                        this.keep(chunk, restFrom, index);
                        this.rest.push(PLACEHOLDER);
                        restFrom = -1;
                        this.element = [];
                        elementFrom = index;
                    }
                    else if (this.depth === 1 && byte === OPEN_BRACKET && this.lastKey === this.field) {
                        this.inArray = true;
                        this.receiver.array();
                    }
                    this.depth++;
                    if (this.depth === 1)
                        this.expectKey = true;
                    break;
                case CLOSE_BRACE:
                case CLOSE_BRACKET:
                    this.depth--;
                    if (elementFrom >= 0 && this.depth === 2) {
                        this.endElement(chunk.subarray(elementFrom, index + 1));
                        if (this.failure !== undefined)
                            return;
                        elementFrom = -1;
                        restFrom = index + 1;
                    }
                    else if (this.depth === 1)
                        this.inArray = false;
                    break;
                case COMMA:
                    if (this.depth === 1) {
                        this.expectKey = true;
                        this.lastKey = undefined;
                    }
                    break;
                default:
                    break;
            }
        }
        if (keyFrom >= 0)
            this.addKeyPiece(copyOf(chunk, keyFrom, length));
        if (elementFrom >= 0)
            this.element?.push(copyOf(chunk, elementFrom, length));
        else
            this.keep(chunk, restFrom, length);
    }
    addKeyPiece(piece) {
        if (this.key === undefined)
            return;
        this.keyBytes += piece.length;
        if (this.keyBytes > MAX_KEY_BYTES)
            this.key = undefined;
        else
            this.key.push(piece);
    }
    endKey(last) {
        this.addKeyPiece(last);
        const pieces = this.key;
        this.key = undefined;
        this.lastKey = undefined;
        if (pieces === undefined)
            return;
        try {
            const key = JSON.parse(this.decoder.decode(Buffer.concat(pieces)));
            if (typeof key === 'string')
                this.lastKey = key;
        }
        catch {
            // Not a valid string: the rest fails to parse, which reports it.
        }
    }
    endElement(last) {
        const pieces = this.element ?? [];
        this.element = undefined;
        pieces.push(last);
        const bytes = pieces.length === 1 ? last : Buffer.concat(pieces);
        let value;
        try {
            value = JSON.parse(this.decoder.decode(bytes));
        }
        catch (error) {
            this.failure = error instanceof SyntaxError ? error : new SyntaxError(String(error));
            return;
        }
        this.receiver.element(value);
    }
}

;// CONCATENATED MODULE: ./src/jira/limiter.ts
/**
 * How many requests may be in flight, adapted to Jira's rate limits (additive increase, multiplicative
 * decrease, as TCP does): it starts at 10 (or the maximum, when lower), halves when Jira answers 429 or
 * sends a Retry-After, and grows back by one after a full round of answers without either, never above
 * the maximum (JIRA_PERMS_CONCURRENCY). Reads and writes share it: both count against Jira's limits.
 */
const START_CONCURRENCY = 10;
class AdaptiveLimiter {
    max;
    limitNow;
    active = 0;
    waiting = [];
    successes = 0;
    epoch = 0;
    constructor(max) {
        this.max = max;
        this.max = Math.max(1, Math.floor(max));
        this.limitNow = Math.min(START_CONCURRENCY, this.max);
    }
    /** Requests allowed in flight now. */
    get limit() {
        return this.limitNow;
    }
    get inFlight() {
        return this.active;
    }
    async acquire() {
        if (this.active >= this.limitNow) {
            // FIFO: the slot is handed over by `release`, so a late arrival cannot overtake.
            await new Promise((resolve) => this.waiting.push(resolve));
        }
        else {
            this.active++;
        }
        const epoch = this.epoch;
        let released = false;
        return {
            epoch,
            release: () => {
                if (released)
                    return;
                released = true;
                this.active--;
                this.drain();
            },
        };
    }
    /** An answer without a throttle signal: a full round of them grows the limit by one. */
    succeeded() {
        if (this.limitNow >= this.max)
            return;
        this.successes++;
        if (this.successes >= this.limitNow) {
            this.successes = 0;
            this.limitNow++;
            this.drain();
        }
    }
    /** Jira answered 429 or sent Retry-After to a request sent under `epoch`. */
    throttled(epoch) {
        // Requests already in flight when the limit went down answer 429 too; that is the same signal.
        if (epoch !== this.epoch)
            return;
        this.epoch++;
        this.successes = 0;
        this.limitNow = Math.max(1, Math.floor(this.limitNow / 2));
    }
    drain() {
        while (this.active < this.limitNow) {
            const next = this.waiting.shift();
            if (next === undefined)
                return;
            this.active++;
            next();
        }
    }
}

// EXTERNAL MODULE: ./src/jira/transport.ts
var jira_transport = __webpack_require__(1665);
// EXTERNAL MODULE: ./src/jira/secrets.ts
var secrets = __webpack_require__(1113);
// EXTERNAL MODULE: ./src/util/abort.ts
var abort = __webpack_require__(2334);
;// CONCATENATED MODULE: ./src/jira/http.ts










/** The most of an error answer read: enough to quote it. */
const ERROR_BODY_BYTES = 1024 * 1024;
/** Failures after which Jira (or something at its address) did answer, though not with JSON. */
const ANSWERED = [
    'html',
    'invalid-json',
    'unexpected-shape',
    'redirect',
    'too-large',
];
/**
 * Answers to `/rest/api/2/serverInfo` after which `/rest/api/3/serverInfo` is asked: not found there, or
 * not JSON (a page, a cut or odd body).
 */
const SERVER_INFO_ELSEWHERE = ['html', 'invalid-json', 'unexpected-shape'];
/** A call that timed out is sent once more at most: a site that does not answer should fail fast. */
const TIMEOUT_ATTEMPTS = 2;
const DEFAULTS = {
    concurrency: jira_transport/* DEFAULT_CONCURRENCY */.WH,
    requestTimeoutMs: jira_transport/* DEFAULT_TIMEOUT_SECONDS */.KU * 1000,
    runDeadlineMs: 15 * 60_000,
    maxAttempts: 5,
    budget: 50,
    baseDelayMs: 500,
    maxDelayMs: 30_000,
};
function defaultSleep(ms, signal) {
    return new Promise((resolve, reject) => {
        const aborted = () => {
            reject(signal?.reason instanceof Error ? signal.reason : new Error('aborted'));
        };
        if (signal?.aborted === true) {
            aborted();
            return;
        }
        const timer = setTimeout(() => {
            stop();
            resolve();
        }, ms);
        // One listener on the run's signal however many requests wait to retry (see util/abort.ts).
        const stop = signal === undefined
            ? () => undefined
            : (0,abort/* onAbort */.u)(signal, () => {
                clearTimeout(timer);
                aborted();
            });
    });
}
/**
 * Retry-After as milliseconds: delta-seconds or an HTTP date (RFC 9110 §10.2.3). Undefined when absent
 * or unparseable; never negative.
 */
function parseRetryAfter(value, now) {
    if (value === null)
        return undefined;
    const trimmed = value.trim();
    if (trimmed === '')
        return undefined;
    if (/^\d+(\.\d+)?$/.test(trimmed))
        return Math.ceil(Number(trimmed) * 1000);
    const date = Date.parse(trimmed);
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, date - now);
}
/** Capped exponential backoff with "full jitter" between half and all of the capped delay. */
function backoffDelay(attempt, retry, random) {
    const exponential = retry.baseDelayMs * 2 ** Math.max(0, attempt - 1);
    const capped = Math.min(retry.maxDelayMs, exponential);
    return Math.round(capped / 2 + (capped / 2) * random);
}
function readRateLimit(headers) {
    const info = {};
    const number = (name) => {
        const raw = headers.get(name);
        if (raw === null || raw.trim() === '' || !Number.isFinite(Number(raw)))
            return undefined;
        return Number(raw);
    };
    const limit = number('x-ratelimit-limit');
    const remaining = number('x-ratelimit-remaining');
    const interval = number('x-ratelimit-interval-seconds');
    const fillRate = number('x-ratelimit-fillrate');
    const reset = headers.get('x-ratelimit-reset');
    const near = headers.get('x-ratelimit-nearlimit');
    const reason = headers.get('ratelimit-reason');
    if (limit !== undefined)
        info.limit = limit;
    if (remaining !== undefined)
        info.remaining = remaining;
    if (interval !== undefined)
        info.intervalSeconds = interval;
    if (fillRate !== undefined)
        info.fillRate = fillRate;
    if (reset !== null && reset !== '')
        info.reset = reset;
    if (near !== null)
        info.nearLimit = near.trim().toLowerCase() === 'true';
    if (reason !== null && reason !== '')
        info.reason = reason;
    return Object.keys(info).length === 0 ? undefined : info;
}
/** The code of a socket error, bare or wrapped (fetch wraps them: `TypeError('fetch failed', { cause: { code } })`). */
function errorCode(error) {
    let current = error;
    for (let depth = 0; depth < 5 && current !== undefined && current !== null; depth++) {
        if (typeof current === 'object' && 'code' in current && typeof current.code === 'string') {
            return current.code;
        }
        current = typeof current === 'object' && 'cause' in current ? current.cause : undefined;
    }
    return undefined;
}
function errorDetail(error) {
    let current = error;
    let last;
    for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
        last = current.message;
        current = current.cause;
    }
    return last;
}
const TLS_CODE = /^(CERT_|ERR_TLS_|ERR_SSL_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|EPROTO|ERR_OSSL)/;
/** What a thrown transport error means, and whether anything may have reached Jira. */
function classifyNetworkError(error) {
    const code = errorCode(error);
    const withCode = code !== undefined ? { code } : {};
    if (code === 'ENOTFOUND')
        return { kind: 'dns', ...withCode, nothingSent: true, transient: false };
    if (code === 'EAI_AGAIN')
        return { kind: 'dns', ...withCode, nothingSent: true, transient: true };
    if (code === 'ECONNREFUSED')
        return { kind: 'refused', ...withCode, nothingSent: true, transient: true };
    if (code !== undefined && TLS_CODE.test(code)) {
        return { kind: 'tls', ...withCode, nothingSent: true, transient: false };
    }
    const detail = errorDetail(error) ?? '';
    if (/certificate|ssl|tls/i.test(detail))
        return { kind: 'tls', ...withCode, nothingSent: true, transient: false };
    return { kind: 'network', ...withCode, nothingSent: false, transient: true };
}
/** Jira's error text from an ErrorCollection, or the gateway's `{code, message}`. */
function jiraErrorText(body) {
    if (typeof body !== 'object' || body === null)
        return undefined;
    const parts = [];
    if ('errorMessages' in body && Array.isArray(body.errorMessages)) {
        for (const message of body.errorMessages)
            if (typeof message === 'string')
                parts.push(message);
    }
    if ('errors' in body && typeof body.errors === 'object' && body.errors !== null) {
        for (const [field, message] of Object.entries(body.errors)) {
            if (typeof message === 'string')
                parts.push(`${field}: ${message}`);
        }
    }
    if (parts.length === 0 && 'message' in body && typeof body.message === 'string')
        parts.push(body.message);
    return parts.length === 0 ? undefined : parts.join('; ');
}
/**
 * A printable excerpt of Jira's text: redacted whole first, then cut, so a secret at the edge of the cut
 * cannot survive as a fragment. Undefined when nothing is left.
 */
function excerpt(text, limit) {
    const clean = (0,secrets/* redact */.E$)(text).trim();
    if (clean === '')
        return undefined;
    return clean.length <= limit ? clean : `${clean.slice(0, limit)}…`;
}
function isScopeMismatch(body) {
    return (typeof body === 'object' &&
        body !== null &&
        'message' in body &&
        typeof body.message === 'string' &&
        /scope does not match/i.test(body.message));
}
function htmlType(contentType) {
    return contentType !== null && /text\/html|application\/xhtml/i.test(contentType);
}
function looksLikeHtml(contentType, text) {
    if (htmlType(contentType))
        return true;
    return /^\s*<(!doctype html|html|head|body)\b/i.test(text);
}
function buildQuery(query) {
    if (query === undefined)
        return '';
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
        if (value === undefined)
            continue;
        if (Array.isArray(value))
            for (const item of value)
                params.append(key, item);
        else
            params.append(key, String(value));
    }
    const text = params.toString();
    return text === '' ? '' : `?${text}`;
}
class JiraHttp {
    readOnly;
    connection;
    /** Settled once: from the connection, or from serverInfo before the first call. */
    settled;
    settling;
    serverInfoRead;
    /** The most recent rate-limit headers seen. */
    rateLimit;
    baseUrl;
    authorization;
    context;
    limiter;
    transport;
    requestTimeoutMs;
    maxResponseBytes;
    deadline;
    retry;
    sleep;
    now;
    random;
    signal;
    onAttempt;
    requests = 0;
    retries = 0;
    budgetLeft;
    constructor(connection, options) {
        this.readOnly = options.readOnly;
        this.connection = connection;
        this.settled = (0,deployment/* knownDeployment */.nk)(connection);
        this.baseUrl = connection.baseUrl.replace(/\/+$/, '');
        this.authorization = (0,jira_connection/* authorizationHeader */.bc)(connection.auth);
        this.context = (0,diagnostics/* diagnosticContext */.DD)(connection);
        // What the user set in the environment wins over a command's own defaults.
        const transport = connection.transport ?? {};
        this.limiter = new AdaptiveLimiter(transport.maxConcurrency ?? options.concurrency ?? DEFAULTS.concurrency);
        this.transport = (0,jira_transport/* proxiedSend */.GS)(transport.proxy);
        this.requestTimeoutMs =
            transport.requestTimeoutMs ?? options.requestTimeoutMs ?? DEFAULTS.requestTimeoutMs;
        this.maxResponseBytes =
            transport.maxResponseBytes ?? options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
        this.now = options.now ?? Date.now;
        this.deadline = this.now() + (options.runDeadlineMs ?? DEFAULTS.runDeadlineMs);
        this.retry = {
            maxAttempts: options.retry?.maxAttempts ?? DEFAULTS.maxAttempts,
            budget: options.retry?.budget ?? DEFAULTS.budget,
            baseDelayMs: options.retry?.baseDelayMs ?? DEFAULTS.baseDelayMs,
            maxDelayMs: options.retry?.maxDelayMs ?? DEFAULTS.maxDelayMs,
        };
        this.budgetLeft = this.retry.budget;
        this.sleep = options.sleep ?? defaultSleep;
        this.random = options.random ?? Math.random;
        this.signal = options.signal;
        this.onAttempt = options.onAttempt;
    }
    get stats() {
        return { requests: this.requests, retries: this.retries, retryBudgetLeft: this.budgetLeft };
    }
    /** Requests allowed in flight now, and the most allowed. */
    get concurrency() {
        return { now: this.limiter.limit, max: this.limiter.max };
    }
    /** The per-request timeout in use. */
    get timeoutMs() {
        return this.requestTimeoutMs;
    }
    /** The REST version in use (a guess until the deployment is settled). */
    get apiVersion() {
        return this.settled?.apiVersion ?? this.connection.apiVersion;
    }
    /** Cloud or Data Center (a guess until the deployment is settled). */
    get deployment() {
        return this.settled?.deployment ?? this.connection.deployment;
    }
    /**
     * Cloud or Data Center, and the REST version: settled from the connection when it can be, otherwise
     * from serverInfo, once per client (every call waits for it). A serverInfo that answers with an error
     * leaves the connection's guess (`source: 'assumed'`, with why); a network failure is thrown.
     */
    deploymentInfo() {
        if (this.settled !== undefined)
            return Promise.resolve(this.settled);
        this.settling ??= this.detectDeployment().catch((error) => {
            this.settling = undefined;
            throw error;
        });
        return this.settling;
    }
    async detectDeployment() {
        let info;
        try {
            const server = await this.serverInfo();
            info =
                (0,deployment/* fromServerInfo */.SR)(this.connection, server) ??
                    (0,deployment/* assumedDeployment */.IY)(this.connection, 'serverInfo did not say its deploymentType');
        }
        catch (error) {
            // Jira answered, but not with serverInfo: the calls themselves will say what is wrong.
            if (!(error instanceof errors/* JiraError */.Dd) || (error.status === undefined && !ANSWERED.includes(error.kind)))
                throw error;
            info = (0,deployment/* assumedDeployment */.IY)(this.connection, `${error.call}: ${error.summary}`);
        }
        this.settled = info;
        // The advice in messages depends on the deployment (personal access tokens, the gateway).
        this.context = { ...this.context, deployment: info.deployment };
        return info;
    }
    /** What messages know about the connection (the settled deployment once known). */
    get diagnostics() {
        return this.context;
    }
    /**
     * `GET /rest/api/2/serverInfo` (served by Cloud and Data Center alike), read once. Jira documents it as
     * anonymous: when the credential is refused (401/403) it is asked again without it, so the deployment
     * is known even then (the credential check says what is wrong with the credential).
     */
    serverInfo() {
        this.serverInfoRead ??= this.readServerInfo().catch((error) => {
            this.serverInfoRead = undefined;
            throw error;
        });
        return this.serverInfoRead;
    }
    async readServerInfo() {
        try {
            return await this.readServerInfoAt('2');
        }
        catch (error) {
            // Cloud's REST 3 reference documents only `/rest/api/3/serverInfo`: a Jira that does not answer
            // REST 2's (a 404, or not JSON) is asked there. Only Cloud serves REST 3, and its answer's
            // deploymentType "is always returned as Cloud", so an answer there is Cloud even when it leaves the
            // field out. When REST 3 does not answer either, REST 2's failure is the one reported.
            const elsewhere = error instanceof errors/* JiraError */.Dd && (error.status === 404 || SERVER_INFO_ELSEWHERE.includes(error.kind));
            if (!elsewhere)
                throw error;
            try {
                const info = await this.readServerInfoAt('3');
                return { ...info, deploymentType: info.deploymentType ?? 'Cloud' };
            }
            catch {
                throw error;
            }
        }
    }
    async readServerInfoAt(version) {
        const relative = `/rest/api/${version}/serverInfo`;
        const shownPath = `${this.basePath}${relative}`;
        let response;
        try {
            response = await this.send('GET', relative, shownPath, undefined, false);
        }
        catch (error) {
            if (!(error instanceof errors/* JiraError */.Dd) || (error.status !== 401 && error.status !== 403))
                throw error;
            try {
                response = await this.send('GET', relative, shownPath, undefined, true);
            }
            catch {
                throw error;
            }
        }
        const info = (0,deployment/* parseServerInfo */.tD)(response.body);
        if (info === undefined) {
            throw new errors/* JiraError */.Dd((0,diagnostics/* diagnoseNetwork */.lI)({
                method: 'GET',
                path: shownPath,
                kind: 'unexpected-shape',
                outcome: 'rejected',
                detail: 'expected server information',
            }, this.context));
        }
        return info;
    }
    /** `/rest/api/3` + path. */
    apiPath(path) {
        return `/rest/api/${this.apiVersion}${path.startsWith('/') ? path : `/${path}`}`;
    }
    /** The path part of the base URL (the gateway's /ex/jira/<cloudId>, a Data Center context path). */
    get basePath() {
        return new URL(this.baseUrl).pathname.replace(/\/+$/, '');
    }
    async get(path, query) {
        return this.request('GET', path, query);
    }
    /**
     * A read whose list `field` is handed over element by element (see ElementSplit); resolves with the
     * rest of the answer and the receiver of the attempt that succeeded.
     */
    async getElements(path, query, field, open) {
        let receiver;
        const response = await this.request('GET', path, query, undefined, {
            field,
            open: () => (receiver = open()),
        });
        return { response, receiver: receiver ?? open() };
    }
    /**
     * A read below the site rather than below /rest/api/N: `sitePath` starts with `/rest/` (Data Center's
     * audit log is `/rest/auditing/1.0/events`). Retried, capped and diagnosed like every other read.
     */
    async getBelowSite(sitePath, query) {
        if (!sitePath.startsWith('/rest/'))
            throw new Error(`not a REST path below the site: ${sitePath}`);
        const relative = `${sitePath}${buildQuery(query)}`;
        return this.send('GET', relative, `${this.basePath}${relative}`, undefined, false);
    }
    /**
     * Sends one call. `path` is relative to /rest/api/N (e.g. `/permissionscheme`). Reads are retried
     * after 429, 5xx, timeouts and dropped connections. A write is sent again only when Jira cannot have
     * processed it (429, or nothing reached Jira); after a 5xx, a timeout or a dropped connection its
     * outcome is `unknown` and the caller re-reads before deciding (the executor's idempotent step).
     */
    async request(method, path, query, body, split) {
        if (this.settled === undefined)
            await this.deploymentInfo();
        const relative = `${this.apiPath(path)}${buildQuery(query)}`;
        const shownPath = `${this.basePath}${relative}`;
        if (method !== 'GET' && this.readOnly) {
            throw new errors/* JiraError */.Dd((0,diagnostics/* diagnoseNetwork */.lI)({ method, path: shownPath, kind: 'read-only', outcome: 'not-sent' }, this.context));
        }
        return this.send(method, relative, shownPath, body, false, split);
    }
    async send(method, relative, shownPath, body, anonymous, split) {
        const isRead = method === 'GET';
        const url = `${this.baseUrl}${relative}`;
        const payload = body === undefined ? undefined : JSON.stringify(body);
        for (let attempt = 1;; attempt++) {
            const remaining = this.deadline - this.now();
            if (remaining <= 0) {
                throw new errors/* JiraError */.Dd((0,diagnostics/* diagnoseNetwork */.lI)({ method, path: shownPath, kind: 'deadline', outcome: 'not-sent', attempts: attempt - 1 }, this.context));
            }
            if (this.signal?.aborted === true) {
                throw new errors/* JiraError */.Dd((0,diagnostics/* diagnoseNetwork */.lI)({ method, path: shownPath, kind: 'aborted', outcome: 'not-sent' }, this.context));
            }
            // A slot per attempt: a call waiting out a Retry-After holds none.
            const slot = await this.limiter.acquire();
            let result;
            try {
                result = await this.attempt(method, url, shownPath, payload, attempt, Math.min(this.requestTimeoutMs, remaining), isRead, anonymous, split);
            }
            finally {
                slot.release();
            }
            const throttled = 'error' in result ? result.throttled === true : result.headers.has('retry-after');
            if (throttled)
                this.limiter.throttled(slot.epoch);
            else
                this.limiter.succeeded();
            if (!('error' in result)) {
                this.onAttempt?.({
                    method,
                    path: shownPath,
                    attempt,
                    status: result.status,
                    concurrency: this.limiter.limit,
                });
                return result;
            }
            const failure = result;
            const maxAttempts = failure.error.kind === 'timeout'
                ? Math.min(TIMEOUT_ATTEMPTS, this.retry.maxAttempts)
                : this.retry.maxAttempts;
            const canRetry = failure.retryable && attempt < maxAttempts && this.budgetLeft > 0;
            if (!canRetry) {
                this.onAttempt?.({
                    method,
                    path: shownPath,
                    attempt,
                    error: failure.error.kind,
                    ...(failure.error.status !== undefined ? { status: failure.error.status } : {}),
                });
                if (failure.retryable && failure.error.status === 429) {
                    throw this.rateLimitExhausted(method, shownPath, attempt, failure.error);
                }
                throw failure.error;
            }
            const delay = Math.max(failure.retryAfterMs ?? 0, backoffDelay(attempt, this.retry, this.random()));
            if (this.now() + delay >= this.deadline) {
                this.onAttempt?.({ method, path: shownPath, attempt, error: failure.error.kind });
                throw new errors/* JiraError */.Dd((0,diagnostics/* diagnoseNetwork */.lI)({
                    method,
                    path: shownPath,
                    kind: failure.error.status === 429 ? 'rate-limited' : 'deadline',
                    outcome: failure.error.outcome,
                    attempts: attempt,
                    detail: `Jira asked to wait ${String(Math.ceil(delay / 1000))} s, past the run deadline`,
                }, this.context));
            }
            this.onAttempt?.({
                method,
                path: shownPath,
                attempt,
                error: failure.error.kind,
                retryInMs: delay,
                ...(failure.error.status !== undefined ? { status: failure.error.status } : {}),
            });
            this.budgetLeft--;
            this.retries++;
            try {
                await this.sleep(delay, this.signal);
            }
            catch {
                throw new errors/* JiraError */.Dd((0,diagnostics/* diagnoseNetwork */.lI)({ method, path: shownPath, kind: 'aborted', outcome: failure.error.outcome }, this.context));
            }
        }
    }
    rateLimitExhausted(method, shownPath, attempts, last) {
        return new errors/* JiraError */.Dd({
            ...(0,diagnostics/* diagnoseHttp */.vl)({ method, path: shownPath, status: 429, outcome: 'rejected', attempts }, this.context),
            ...(last.jiraMessage !== undefined ? { jiraMessage: last.jiraMessage } : {}),
            summary: `429 Too Many Requests: Jira's rate limit was hit and the retries allowed (${String(this.retry.maxAttempts)} attempts per call, ` +
                `${String(this.retry.budget)} retries per run; ${String(this.budgetLeft)} left) are used up.`,
        });
    }
    async attempt(method, url, shownPath, payload, attempt, timeoutMs, isRead, anonymous, split) {
        // One signal per attempt, aborted by its own timer or by the run's signal, both ended with the
        // attempt. AbortSignal.timeout and AbortSignal.any made two signals a request (costly to create on
        // Node 20), and the timeout's timer kept both alive until it fired, long after the answer: thousands
        // at once in a plan at scale.
        const controller = new AbortController();
        const deadline = { passed: false };
        const timer = setTimeout(() => {
            deadline.passed = true;
            controller.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
        }, timeoutMs);
        timer.unref();
        const run = this.signal;
        const endWait = run === undefined
            ? undefined
            : (0,abort/* onAbort */.u)(run, () => {
                controller.abort(run.reason);
            });
        try {
            return await this.exchange({ method, url, shownPath, payload, attempt, timeoutMs, isRead, anonymous, split }, controller.signal, deadline);
        }
        finally {
            clearTimeout(timer);
            endWait?.();
        }
    }
    async exchange(call, signal, deadline) {
        const { method, url, shownPath, payload, attempt, timeoutMs, isRead, anonymous, split } = call;
        const headers = {
            Accept: 'application/json',
            // Atlassian's XSRF check refuses browser-like writes without it.
            'X-Atlassian-Token': 'no-check',
        };
        if (!anonymous)
            headers.Authorization = this.authorization;
        if (payload !== undefined)
            headers['Content-Type'] = 'application/json';
        this.requests++;
        let response;
        try {
            // A redirect is reported, never followed (the transport follows none): following it could carry
            // the credential elsewhere.
            response = await this.transport(url, {
                method,
                headers,
                ...(payload !== undefined ? { body: payload } : {}),
                signal,
            });
        }
        catch (error) {
            return this.thrownFailure(error, method, shownPath, attempt, timeoutMs, deadline.passed, isRead);
        }
        const rateLimit = readRateLimit(response.headers);
        if (rateLimit !== undefined)
            this.rateLimit = rateLimit;
        const contentType = response.headers.get('content-type');
        const status = response.status;
        const success = status >= 200 && status < 300;
        // A list answer is split as it arrives, unless it says it is a page (then it is read whole and
        // reported as one, below).
        const splitter = success && split !== undefined && !htmlType(contentType)
            ? new ElementSplitter(split.field, split.open())
            : undefined;
        let text;
        try {
            // An error answer is only quoted: a short prefix of it is enough.
            text = await readCappedText(response, success ? this.maxResponseBytes : Math.min(this.maxResponseBytes, ERROR_BODY_BYTES), splitter);
        }
        catch (error) {
            if (!(error instanceof ResponseTooLarge)) {
                return this.thrownFailure(error, method, shownPath, attempt, timeoutMs, deadline.passed, isRead);
            }
            if (success)
                return this.tooLarge(error, method, shownPath, attempt, isRead);
            text = '';
        }
        if (success) {
            if (text.trim() === '')
                return { status, body: undefined, headers: response.headers };
            if (looksLikeHtml(contentType, text)) {
                return {
                    retryable: false,
                    error: new errors/* JiraError */.Dd((0,diagnostics/* diagnoseNetwork */.lI)({
                        method,
                        path: shownPath,
                        kind: 'html',
                        outcome: isRead ? 'rejected' : 'unknown',
                        attempts: attempt,
                        ...(contentType !== null ? { contentType } : {}),
                    }, this.context)),
                };
            }
            try {
                if (splitter?.failure !== undefined)
                    throw splitter.failure;
                return { status, body: JSON.parse(text), headers: response.headers };
            }
            catch (error) {
                return {
                    retryable: isRead,
                    error: new errors/* JiraError */.Dd((0,diagnostics/* diagnoseNetwork */.lI)({
                        method,
                        path: shownPath,
                        kind: 'invalid-json',
                        outcome: 'unknown',
                        attempts: attempt,
                        detail: `${String(splitter?.bytes ?? text.length)} bytes; ${error instanceof Error ? error.message : 'parse error'}`,
                    }, this.context)),
                };
            }
        }
        if (status >= 300 && status < 400) {
            const location = response.headers.get('location');
            return {
                retryable: false,
                error: new errors/* JiraError */.Dd({
                    ...(0,diagnostics/* diagnoseNetwork */.lI)({
                        method,
                        path: shownPath,
                        kind: 'redirect',
                        outcome: 'rejected',
                        attempts: attempt,
                        ...(location !== null ? { location: (0,secrets/* redact */.E$)(location) } : {}),
                    }, this.context),
                    status,
                }),
            };
        }
        let parsed;
        try {
            parsed = text.trim() === '' ? undefined : JSON.parse(text);
        }
        catch {
            parsed = undefined;
        }
        const html = parsed === undefined && looksLikeHtml(contentType, text);
        const said = jiraErrorText(parsed) ?? (html ? undefined : text);
        const jiraMessage = said === undefined ? undefined : excerpt(said, parsed === undefined ? 300 : 2000);
        // 5xx: Jira may have done part or all of it; 4xx: it did not.
        const outcome = status >= 500 ? 'unknown' : 'rejected';
        const error = new errors/* JiraError */.Dd({
            ...(0,diagnostics/* diagnoseHttp */.vl)({
                method,
                path: shownPath,
                status,
                outcome,
                attempts: attempt,
                ...(jiraMessage !== undefined ? { jiraMessage } : {}),
                ...(isScopeMismatch(parsed) ? { scopeMismatch: true } : {}),
            }, this.context),
            ...(typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? { jsonBody: true } : {}),
        });
        const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), this.now());
        const withRetryAfter = retryAfterMs !== undefined ? { retryAfterMs } : {};
        const throttled = status === 429 || response.headers.has('retry-after');
        if (status === 429)
            return { retryable: true, throttled, error, ...withRetryAfter };
        if (status >= 500 && isRead)
            return { retryable: true, throttled, error, ...withRetryAfter };
        return { retryable: false, throttled, error };
    }
    tooLarge(error, method, shownPath, attempt, isRead) {
        const announced = error.announced !== undefined ? `Content-Length ${megabytes(error.announced)}, ` : '';
        return {
            retryable: false,
            error: new errors/* JiraError */.Dd((0,diagnostics/* diagnoseNetwork */.lI)({
                method,
                path: shownPath,
                kind: 'too-large',
                // A write's answer is only read after Jira did the write.
                outcome: isRead ? 'rejected' : 'unknown',
                attempts: attempt,
                detail: `${announced}more than the ${megabytes(error.limit)} limit`,
            }, this.context)),
        };
    }
    thrownFailure(error, method, shownPath, attempt, timeoutMs, timedOut, isRead) {
        if (this.signal?.aborted === true) {
            return {
                retryable: false,
                error: new errors/* JiraError */.Dd((0,diagnostics/* diagnoseNetwork */.lI)({ method, path: shownPath, kind: 'aborted', outcome: 'unknown' }, this.context)),
            };
        }
        if (timedOut) {
            return {
                retryable: isRead,
                error: new errors/* JiraError */.Dd((0,diagnostics/* diagnoseNetwork */.lI)({
                    method,
                    path: shownPath,
                    kind: 'timeout',
                    outcome: 'unknown',
                    attempts: attempt,
                    timeoutMs,
                }, this.context)),
            };
        }
        const classified = classifyNetworkError(error);
        const detail = errorDetail(error);
        const outcome = classified.nothingSent ? 'not-sent' : 'unknown';
        return {
            // Writes are retried only when nothing can have reached Jira.
            retryable: classified.transient && (isRead || classified.nothingSent),
            error: new errors/* JiraError */.Dd({
                ...(0,diagnostics/* diagnoseNetwork */.lI)({
                    method,
                    path: shownPath,
                    kind: classified.kind,
                    outcome,
                    attempts: attempt,
                    ...(classified.code !== undefined ? { code: classified.code } : {}),
                    ...(detail !== undefined ? { detail } : {}),
                }, this.context),
                cause: error,
            }),
        };
    }
}

;// CONCATENATED MODULE: ./src/jira/factory.ts



/**
 * A read-only client (validate, plan, export, doctor). It has no write methods, and its HTTP layer
 * refuses POST, PUT and DELETE before any byte leaves, so a dry run cannot change Jira.
 */
function createJiraReader(connection, options = {}) {
    (0,jira_connection/* registerConnectionSecrets */.NK)(connection.auth);
    return new JiraReadClient(new JiraHttp(connection, { ...options, readOnly: true }));
}
/** The only way to get a client that can write (apply). */
function createJiraWriter(connection, options = {}) {
    (0,jira_connection/* registerConnectionSecrets */.NK)(connection.auth);
    return new JiraWriteClient(new JiraHttp(connection, { ...options, readOnly: false }));
}

;// CONCATENATED MODULE: ./src/commands/deps.ts


/**
 * Clients for the connection the environment describes (JIRA_BASE_URL, credentials, ...). A command
 * passes its own baseline options (doctor's short timeouts, its abort signal); `tuning` (tests, the
 * action's inputs) wins over the baseline, except for the signal, which stays the command's.
 */
function jiraFromEnv(env, tuning = {}) {
    const merged = (options) => ({
        ...options,
        ...tuning,
        ...(options.signal === undefined ? {} : { signal: options.signal }),
    });
    return {
        connection: () => (0,jira_connection/* connectionFromEnv */.WG)(env),
        reader: (options = {}) => createJiraReader((0,jira_connection/* connectionFromEnv */.WG)(env), merged(options)),
        writer: (options = {}) => createJiraWriter((0,jira_connection/* connectionFromEnv */.WG)(env), merged(options)),
        prober: (options = {}) => createJiraReader((0,jira_connection/* connectionFromEnv */.WG)(env), merged(options)),
    };
}
/** A factory that hands out a client made already (tests, and apply planning with its own client). */
function jiraOf(client, connection) {
    const none = () => {
        throw new Error('this Jira factory was given a client, not a connection');
    };
    return {
        connection: () => connection ?? none(),
        prober: none,
        reader: () => client,
        writer: () => {
            if (!isWriting(client))
                throw new Error('this Jira factory holds a read-only client');
            return client;
        },
    };
}
function isWriting(client) {
    return 'createPermissionGrant' in client;
}
/** A signal that never aborts, for callers that cannot be interrupted. */
const NEVER = new AbortController().signal;
/**
 * `deps` from what a caller has: the working directory and, for Jira, either the environment or a
 * factory. Everything else has a quiet default (the system clock, progress dropped, never aborted).
 */
function commandDeps(parts) {
    return {
        cwd: parts.cwd,
        jira: parts.jira ?? jiraFromEnv(parts.env ?? {}, parts.clientOptions),
        clock: parts.clock ?? (() => new Date()),
        progress: parts.progress ?? (() => undefined),
        signal: parts.signal ?? NEVER,
    };
}


/***/ }),

/***/ 2507:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ob: () => (/* binding */ readAuditLog),
/* harmony export */   k8: () => (/* binding */ jiraInstant)
/* harmony export */ });
/* unused harmony exports MAX_AUDIT_RECORDS, auditCapReached, normaliseCloudRecord, normaliseDataCenterEvent, unavailableReason, cloudAuditContinues */
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9960);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6353);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1584);
/* harmony import */ var _normalise_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8162);
/* harmony import */ var _paginate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7443);
/**
 * Jira's audit log, read for one time window and normalised to one record shape for both deployments:
 * Cloud `GET /rest/api/N/auditing/record` (pages by `offset`/`limit`, newest first) and Data Center
 * `GET /rest/auditing/1.0/events` (Atlassian's auditing plugin, `entities` with `pagingInfo`).
 *
 * Reading the log needs the Administer Jira global permission, and Jira Cloud refuses it (403) when every
 * product of the site is on a Free plan. Neither is an error for the callers: the log is then
 * `unavailable`, with the reason in words, and drift is still reported without names.
 */





/** The Cloud page size: Jira's default and the most it documents no limit for. */
const CLOUD_PAGE = 1000;
/** Data Center's page size (its default is 200). */
const DATA_CENTER_PAGE = 500;
/**
 * Enough for any permissions history of a month; a stop for a log that never ends. It bounds the records
 * Jira sent (the offset), unreadable ones too: counting only those kept read a log of unreadable records
 * whole, and never left a server that ignores the offset and repeats them.
 */
const MAX_AUDIT_RECORDS = 20_000;
/** Whether reading stops at the cap: `sent` is every record Jira sent so far, the skipped ones too. */
function auditCapReached(sent) {
    return sent >= MAX_AUDIT_RECORDS;
}
/**
 * Jira's timestamps: `2026-11-18T08:30:00.000+0000` (Cloud, Data Center REST) or ISO 8601 with `Z` or
 * `+00:00`. Returns the instant as an ISO string in UTC, or undefined when it cannot be read.
 */
function jiraInstant(text) {
    const normalised = text.trim().replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
    const time = Date.parse(normalised);
    return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}
function item(raw, typeKey) {
    if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .Gv)(raw))
        return undefined;
    const name = (0,_json_js__WEBPACK_IMPORTED_MODULE_4__/* .stringField */ .OM)(raw, 'name');
    if (name === undefined)
        return undefined;
    const out = { name };
    const id = (0,_json_js__WEBPACK_IMPORTED_MODULE_4__/* .idField */ .ei)(raw, 'id');
    const type = (0,_json_js__WEBPACK_IMPORTED_MODULE_4__/* .stringField */ .OM)(raw, typeKey);
    if (id !== undefined)
        out.id = id;
    if (type !== undefined)
        out.type = type;
    return out;
}
function items(raw, typeKey) {
    return (raw ?? []).map((entry) => item(entry, typeKey)).filter((entry) => entry !== undefined);
}
function change(raw, keys) {
    if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .Gv)(raw))
        return undefined;
    const field = (0,_json_js__WEBPACK_IMPORTED_MODULE_4__/* .stringField */ .OM)(raw, keys.field);
    if (field === undefined)
        return undefined;
    const out = { field };
    const from = (0,_json_js__WEBPACK_IMPORTED_MODULE_4__/* .stringField */ .OM)(raw, keys.from);
    const to = (0,_json_js__WEBPACK_IMPORTED_MODULE_4__/* .stringField */ .OM)(raw, keys.to);
    if (from !== undefined)
        out.from = from;
    if (to !== undefined)
        out.to = to;
    return out;
}
function changes(raw, keys) {
    return (raw ?? []).map((entry) => change(entry, keys)).filter((entry) => entry !== undefined);
}
function instantOf(record, key) {
    const text = (0,_json_js__WEBPACK_IMPORTED_MODULE_4__/* .stringField */ .OM)(record, key);
    const at = text === undefined ? undefined : jiraInstant(text);
    if (at === undefined)
        throw new _normalise_js__WEBPACK_IMPORTED_MODULE_2__/* .ShapeError */ .ym(`an audit record has no readable "${key}" time`);
    return at;
}
/** One Cloud `AuditRecordBean`. */
function normaliseCloudRecord(raw) {
    if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .Gv)(raw))
        throw new _normalise_js__WEBPACK_IMPORTED_MODULE_2__/* .ShapeError */ .ym('an audit record is not an object');
    const id = (0,_json_js__WEBPACK_IMPORTED_MODULE_4__/* .idField */ .ei)(raw, 'id');
    if (id === undefined)
        throw new _normalise_js__WEBPACK_IMPORTED_MODULE_2__/* .ShapeError */ .ym('an audit record has no id');
    const author = {};
    // The documented example carries authorAccountId; the schema has only the deprecated authorKey.
    const accountId = (0,_json_js__WEBPACK_IMPORTED_MODULE_4__/* .stringField */ .OM)(raw, 'authorAccountId') ?? (0,_json_js__WEBPACK_IMPORTED_MODULE_4__/* .stringField */ .OM)(raw, 'authorKey');
    if (accountId !== undefined && accountId !== '')
        author.accountId = accountId;
    const record = {
        id,
        at: instantOf(raw, 'created'),
        summary: (0,_json_js__WEBPACK_IMPORTED_MODULE_4__/* .stringField */ .OM)(raw, 'summary') ?? '',
        author,
        associated: items((0,_json_js__WEBPACK_IMPORTED_MODULE_4__/* .arrayField */ .e7)(raw, 'associatedItems'), 'typeName'),
        changes: changes((0,_json_js__WEBPACK_IMPORTED_MODULE_4__/* .arrayField */ .e7)(raw, 'changedValues'), {
            field: 'fieldName',
            from: 'changedFrom',
            to: 'changedTo',
        }),
    };
    const category = (0,_json_js__WEBPACK_IMPORTED_MODULE_4__/* .stringField */ .OM)(raw, 'category');
    const object = item((0,_json_js__WEBPACK_IMPORTED_MODULE_4__/* .objectField */ .qV)(raw, 'objectItem'), 'typeName');
    const source = (0,_json_js__WEBPACK_IMPORTED_MODULE_4__/* .stringField */ .OM)(raw, 'eventSource');
    if (category !== undefined)
        record.category = category;
    if (object !== undefined)
        record.object = object;
    if (source !== undefined)
        record.source = source;
    return record;
}
/** One Data Center audit event: the first affected object is what it is about, the rest associated. */
function normaliseDataCenterEvent(raw, index) {
    if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .Gv)(raw))
        throw new _normalise_js__WEBPACK_IMPORTED_MODULE_2__/* .ShapeError */ .ym('an audit event is not an object');
    const type = (0,_json_js__WEBPACK_IMPORTED_MODULE_4__/* .objectField */ .qV)(raw, 'type') ?? {};
    const authorRaw = (0,_json_js__WEBPACK_IMPORTED_MODULE_4__/* .objectField */ .qV)(raw, 'author') ?? {};
    const author = {};
    const name = (0,_json_js__WEBPACK_IMPORTED_MODULE_4__/* .stringField */ .OM)(authorRaw, 'name');
    const accountId = (0,_json_js__WEBPACK_IMPORTED_MODULE_4__/* .idField */ .ei)(authorRaw, 'id');
    if (name !== undefined && name !== '')
        author.name = name;
    if (accountId !== undefined)
        author.accountId = accountId;
    const affected = items((0,_json_js__WEBPACK_IMPORTED_MODULE_4__/* .arrayField */ .e7)(raw, 'affectedObjects'), 'type');
    const at = instantOf(raw, 'timestamp');
    const record = {
        // Events carry no id of their own: time and position in the answer tell them apart.
        id: `${at}#${String(index)}`,
        at,
        summary: (0,_json_js__WEBPACK_IMPORTED_MODULE_4__/* .stringField */ .OM)(type, 'action') ?? '',
        author,
        associated: affected.slice(1),
        changes: changes((0,_json_js__WEBPACK_IMPORTED_MODULE_4__/* .arrayField */ .e7)(raw, 'changedValues'), { field: 'key', from: 'from', to: 'to' }),
    };
    const category = (0,_json_js__WEBPACK_IMPORTED_MODULE_4__/* .stringField */ .OM)(type, 'category');
    const source = (0,_json_js__WEBPACK_IMPORTED_MODULE_4__/* .stringField */ .OM)(raw, 'method');
    if (category !== undefined)
        record.category = category;
    if (affected[0] !== undefined)
        record.object = affected[0];
    if (source !== undefined)
        record.source = source;
    return record;
}
/** Why the log could not be read, in words people can act on. */
function unavailableReason(error) {
    if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .JiraError */ .Dd))
        return undefined;
    if (error.status === 403 || error.status === 401) {
        return (`the token cannot read the audit log (${String(error.status)}): reading it needs the Administer Jira ` +
            'global permission, and Jira Cloud refuses it on sites where every product is on a Free plan');
    }
    if (error.status === 404) {
        return 'this Jira has no audit log API at that address (404)';
    }
    return undefined;
}
/** Runs `parse` over a page; an answer of the wrong shape is a JiraError naming the call. */
function parsePage(source, shownPath, body, parse) {
    try {
        return parse(body);
    }
    catch (error) {
        if (!(error instanceof _normalise_js__WEBPACK_IMPORTED_MODULE_2__/* .ShapeError */ .ym))
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .JiraError */ .Dd((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnoseNetwork */ .lI)({
            method: 'GET',
            path: shownPath,
            kind: 'unexpected-shape',
            outcome: 'rejected',
            detail: error.message,
        }, source.context));
    }
}
function windowQuery(window) {
    return { from: window.from.toISOString(), to: window.to.toISOString() };
}
/**
 * Whether another page of Cloud's audit log follows. AuditRecords describes `total` as "the total number
 * of audit items returned", which may be this page's count. A page whose `total` is larger than its own
 * count shows it is the whole log's size (`totalIsWhole`, kept for the pages after): then the log ends
 * once that many were read, so an exact multiple of the page costs no request more. Otherwise a `total`
 * proves nothing: a page as long as the `limit` ("the requested or default limit") asks for the next, a
 * shorter or empty one ends it; a single full page whose `total` equals its count is the one case where
 * both readings fit, and it asks once more.
 */
function cloudAuditContinues(page) {
    // The page bean's rule, for a page that carries neither `isLast` nor `nextPage`.
    return !(0,_paginate_js__WEBPACK_IMPORTED_MODULE_3__/* .pageEnds */ .uk)({
        count: page.count,
        read: page.read,
        hasNextPage: false,
        sawNextPage: false,
        ...(page.total === undefined ? {} : { total: page.total, totalIsWhole: page.totalIsWhole }),
        granted: page.limit,
    });
}
/** Each record normalised, or left out (and counted) when it has no readable time or id. */
function readableRecords(list, normalise) {
    const records = [];
    let skipped = 0;
    list.forEach((raw, index) => {
        try {
            records.push(normalise(raw, index));
        }
        catch (error) {
            if (!(error instanceof _normalise_js__WEBPACK_IMPORTED_MODULE_2__/* .ShapeError */ .ym))
                throw error;
            skipped++;
        }
    });
    return { records, skipped };
}
/** The log as read, with the count of records left out when there were any. */
function readLog(records, truncated, skipped) {
    return { status: 'read', records, truncated, ...(skipped > 0 ? { skipped } : {}) };
}
async function readCloud(source, window) {
    const records = [];
    let skipped = 0;
    let totalIsWhole = false;
    let previousPage;
    // `filter` narrows to records mentioning permissions (summary "Permission scheme ...", category
    // "permissions"): a month of a busy site's log holds far more about users and fields.
    for (let offset = 0;;) {
        const query = { ...windowQuery(window), offset, limit: CLOUD_PAGE, filter: 'permission' };
        const response = await source.http.get('/auditing/record', query);
        const page = parsePage(source, source.http.apiPath('/auditing/record'), response.body, (body) => {
            const list = (0,_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .Gv)(body) ? (0,_json_js__WEBPACK_IMPORTED_MODULE_4__/* .arrayField */ .e7)(body, 'records') : undefined;
            if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .Gv)(body) || list === undefined)
                throw new _normalise_js__WEBPACK_IMPORTED_MODULE_2__/* .ShapeError */ .ym('expected {"records": [...]}');
            return {
                total: (0,_json_js__WEBPACK_IMPORTED_MODULE_4__/* .intField */ .cI)(body, 'total'),
                limit: (0,_json_js__WEBPACK_IMPORTED_MODULE_4__/* .intField */ .cI)(body, 'limit'),
                count: list.length,
                fingerprint: (0,_paginate_js__WEBPACK_IMPORTED_MODULE_3__/* .pageFingerprint */ .Eo)(list),
                ...readableRecords(list, normaliseCloudRecord),
            };
        });
        // A server that ignores `offset` sends the first page again. Its total would then be "reached" by
        // copies of that page, and the log taken for complete: say it was cut short instead.
        if (page.count > 0 && page.fingerprint === previousPage)
            return readLog(records, true, skipped);
        previousPage = page.fingerprint;
        records.push(...page.records);
        skipped += page.skipped;
        // The offset counts every record Jira sent, the skipped ones too.
        offset += page.count;
        if (page.total !== undefined && page.total > page.count)
            totalIsWhole = true;
        const more = cloudAuditContinues({
            count: page.count,
            read: offset,
            total: page.total,
            limit: page.limit ?? CLOUD_PAGE,
            totalIsWhole,
        });
        if (!more)
            return readLog(records, false, skipped);
        if (auditCapReached(offset))
            return readLog(records, true, skipped);
    }
}
async function readDataCenter(source, window) {
    const path = '/rest/auditing/1.0/events';
    const records = [];
    let skipped = 0;
    for (let offset = 0;;) {
        const query = { ...windowQuery(window), offset, limit: DATA_CENTER_PAGE };
        const response = await source.http.getBelowSite(path, query);
        const page = parsePage(source, path, response.body, (body) => {
            const list = (0,_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .Gv)(body) ? (0,_json_js__WEBPACK_IMPORTED_MODULE_4__/* .arrayField */ .e7)(body, 'entities') : undefined;
            if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .Gv)(body) || list === undefined)
                throw new _normalise_js__WEBPACK_IMPORTED_MODULE_2__/* .ShapeError */ .ym('expected {"entities": [...]}');
            const paging = (0,_json_js__WEBPACK_IMPORTED_MODULE_4__/* .objectField */ .qV)(body, 'pagingInfo');
            return {
                lastPage: paging === undefined ? true : (0,_json_js__WEBPACK_IMPORTED_MODULE_4__/* .boolField */ .pD)(paging, 'lastPage') !== false,
                count: list.length,
                ...readableRecords(list, (entry, index) => normaliseDataCenterEvent(entry, offset + index)),
            };
        });
        records.push(...page.records);
        skipped += page.skipped;
        offset += page.count;
        if (page.lastPage || page.count === 0)
            return readLog(records, false, skipped);
        if (auditCapReached(offset))
            return readLog(records, true, skipped);
    }
}
/** Every record of the window, newest first; a refusal is `unavailable` with its reason. */
async function readAuditLog(source, window) {
    try {
        const log = source.dataCenter ? await readDataCenter(source, window) : await readCloud(source, window);
        if (log.status === 'read')
            log.records.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
        return log;
    }
    catch (error) {
        const reason = unavailableReason(error);
        if (reason === undefined)
            throw error;
        return { status: 'unavailable', reason };
    }
}


/***/ }),

/***/ 3378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DQ: () => (/* binding */ ConnectionConfigError),
/* harmony export */   If: () => (/* binding */ describeConnection),
/* harmony export */   NK: () => (/* binding */ registerConnectionSecrets),
/* harmony export */   WG: () => (/* binding */ connectionFromEnv),
/* harmony export */   bc: () => (/* binding */ authorizationHeader),
/* harmony export */   m_: () => (/* binding */ cloudByUrl),
/* harmony export */   oZ: () => (/* binding */ isAtlassianSite),
/* harmony export */   or: () => (/* binding */ transportSecurity),
/* harmony export */   tm: () => (/* binding */ guessDeployment)
/* harmony export */ });
/* unused harmony exports isLoopbackHost, checkTransport, parseBaseUrl */
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1113);
/* harmony import */ var _transport_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1665);


/** A missing or malformed setting: nothing was sent. The message names the variable and how to fix it. */
class ConnectionConfigError extends Error {
    name = 'ConnectionConfigError';
}
const GATEWAY_HOST = 'api.atlassian.com';
/** The host name as compared: lower case, without the trailing dot of a fully qualified name. */
function hostOf(url) {
    return url.hostname.toLowerCase().replace(/\.$/, '');
}
function isCloudSiteHost(host) {
    return host.endsWith('.atlassian.net') || host.endsWith('.jira.com') || host.endsWith('.jira-dev.com');
}
/** Any host of Atlassian's cloud: sites, the API gateway and the rest of atlassian.com. */
function isAtlassianCloudHost(host) {
    return (isCloudSiteHost(host) ||
        ['atlassian.net', 'atlassian.com', 'jira.com', 'jira-dev.com'].includes(host) ||
        host.endsWith('.atlassian.com'));
}
/** `localhost`, 127.0.0.0/8 and ::1 (also IPv4-mapped): traffic that never leaves the machine. */
function isLoopbackHost(host) {
    if (host === 'localhost' || host.endsWith('.localhost'))
        return true;
    if (/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host))
        return true;
    if (host === '[::1]')
        return true;
    // URL writes ::ffff:127.x.y.z as [::ffff:7fxx:xxxx].
    return /^\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\]$/.test(host);
}
function transportSecurity(baseUrl) {
    const url = new URL(baseUrl);
    if (url.protocol === 'https:')
        return 'https';
    return isLoopbackHost(hostOf(url)) ? 'http-loopback' : 'http-allowed';
}
function allowsHttp(value) {
    const setting = value?.trim().toLowerCase();
    return setting === '1' || setting === 'true';
}
/** Refuses plain http (see TransportSecurity); throws ConnectionConfigError with the fix. */
function checkTransport(url, env, variable = 'JIRA_BASE_URL') {
    if (url.protocol !== 'http:')
        return;
    const host = hostOf(url);
    if (isAtlassianCloudHost(host)) {
        throw new ConnectionConfigError(`${variable} uses http:// for the Atlassian Cloud host ${host}: the credential would cross the network in clear. ` +
            'Use https:// (JIRA_ALLOW_HTTP does not apply to Atlassian Cloud).');
    }
    if (isLoopbackHost(host) || allowsHttp(env.JIRA_ALLOW_HTTP))
        return;
    throw new ConnectionConfigError(`${variable} uses http:// for ${host}: the credential would cross the network in clear. Use https://. ` +
        'Plain http is accepted only for loopback hosts (localhost, 127.0.0.0/8, ::1: the built-in simulator), ' +
        'or for a lab Jira without TLS when JIRA_ALLOW_HTTP=1 is set.');
}
/** The gateway's path shape, `/ex/jira/{cloudId}` (also recognised on other hosts, e.g. a simulator). */
const GATEWAY_PATH = /^\/ex\/jira\/[^/]+\/?$/;
/** The Cloud deployment an address names by itself; undefined for any other address. */
function cloudByUrl(url) {
    if (hostOf(url) === GATEWAY_HOST || GATEWAY_PATH.test(url.pathname))
        return 'cloud-gateway';
    if (isCloudSiteHost(hostOf(url)))
        return 'cloud-site';
    return undefined;
}
/**
 * What an address is taken for until (or unless) serverInfo says: JIRA_API_VERSION=3 is Cloud (only
 * Cloud serves it) and 2 is Data Center; without it, a loopback host is the built-in simulator (Cloud by
 * default) and any other host Data Center, the Jira a company serves from its own address.
 */
function guessDeployment(url, apiVersionFromEnv) {
    const byUrl = cloudByUrl(url);
    if (byUrl !== undefined)
        return { deployment: byUrl, apiVersion: apiVersionFromEnv ?? '3' };
    const cloud = apiVersionFromEnv === '3' || (apiVersionFromEnv === undefined && isLoopbackHost(hostOf(url)));
    return cloud
        ? { deployment: 'cloud-site', apiVersion: apiVersionFromEnv ?? '3' }
        : { deployment: 'data-center', apiVersion: apiVersionFromEnv ?? '2' };
}
/** True when the host is an Atlassian Cloud site (not the gateway, not a local or Data Center host). */
function isAtlassianSite(baseUrl) {
    try {
        return isCloudSiteHost(hostOf(new URL(baseUrl)));
    }
    catch {
        return false;
    }
}
/** The header value; registering the derived forms as secrets is the caller's job (`connectionFromEnv` does). */
function authorizationHeader(auth) {
    if (auth.kind === 'bearer')
        return `Bearer ${auth.token}`;
    return `Basic ${Buffer.from(`${auth.email}:${auth.token}`, 'utf8').toString('base64')}`;
}
/** Registers the token and every derived form (base64 of email:token, the full header value); secrets.ts adds the encodings. */
function registerConnectionSecrets(auth) {
    (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .registerSecret */ .cl)(auth.token);
    const header = authorizationHeader(auth);
    (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .registerSecret */ .cl)(header);
    if (auth.kind === 'basic') {
        const encoded = header.slice('Basic '.length);
        // Not `email:token` itself: runs of it would match the bare email, which is no secret; the token
        // is registered on its own, and its runs cover that spelling.
        (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .registerSecret */ .cl)(encoded);
    }
}
function nonEmpty(value) {
    const trimmed = value?.trim();
    return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}
/** Checks and normalises a base URL; throws ConnectionConfigError with the fix. */
function parseBaseUrl(raw, variable = 'JIRA_BASE_URL') {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new ConnectionConfigError(`${variable} "${raw}" is not a URL. Set it to your site, e.g. https://example.atlassian.net, ` +
            'https://api.atlassian.com/ex/jira/<cloudId>, or your Data Center base URL.');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new ConnectionConfigError(`${variable} must start with https:// (got "${url.protocol}").`);
    }
    if (url.username !== '' || url.password !== '') {
        throw new ConnectionConfigError(`${variable} must not carry credentials; use JIRA_EMAIL + JIRA_API_TOKEN or JIRA_BEARER_TOKEN.`);
    }
    if (url.search !== '' || url.hash !== '') {
        // Not echoed: a query string is where people paste tokens.
        throw new ConnectionConfigError(`${variable} must not have a query string or fragment; use the bare base URL.`);
    }
    // People paste the REST path; the client adds /rest/api/N itself.
    const restIndex = url.pathname.indexOf('/rest/api/');
    if (restIndex >= 0) {
        throw new ConnectionConfigError(`${variable} should be the base URL without /rest/api/... (got "${raw}"); ` +
            `try "${url.origin}${url.pathname.slice(0, restIndex)}".`);
    }
    if (hostOf(url) === GATEWAY_HOST) {
        const match = /^\/ex\/jira\/([^/]+)\/?$/.exec(url.pathname);
        if (match === null) {
            throw new ConnectionConfigError(`${variable} on api.atlassian.com must be https://api.atlassian.com/ex/jira/<cloudId> (got "${raw}"). ` +
                'Find the cloud id at https://<your-site>.atlassian.net/_edge/tenant_info.');
        }
    }
    return url;
}
/**
 * Reads JIRA_BASE_URL, JIRA_EMAIL + JIRA_API_TOKEN or JIRA_BEARER_TOKEN, and JIRA_API_VERSION. Throws
 * ConnectionConfigError naming what is missing. Registers every secret before returning.
 */
function connectionFromEnv(env) {
    const token = nonEmpty(env.JIRA_API_TOKEN);
    const bearer = nonEmpty(env.JIRA_BEARER_TOKEN);
    // Register before any validation can fail, so even a config error cannot echo a token.
    (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .registerSecret */ .cl)(token);
    (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .registerSecret */ .cl)(bearer);
    const rawUrl = nonEmpty(env.JIRA_BASE_URL);
    if (rawUrl === undefined) {
        throw new ConnectionConfigError('JIRA_BASE_URL is not set. Set it to your site (https://example.atlassian.net), to ' +
            'https://api.atlassian.com/ex/jira/<cloudId> for OAuth 2.0 or scoped API tokens, or to your Data Center base URL.');
    }
    const rawVersion = nonEmpty(env.JIRA_API_VERSION);
    if (rawVersion !== undefined && rawVersion !== '2' && rawVersion !== '3') {
        throw new ConnectionConfigError(`JIRA_API_VERSION must be 3 or 2 (the REST path; by default 3 on Jira Cloud and 2 on Data Center); got "${rawVersion}".`);
    }
    const apiVersionFromEnv = rawVersion;
    const url = parseBaseUrl(rawUrl);
    checkTransport(url, env);
    const email = nonEmpty(env.JIRA_EMAIL);
    let auth;
    if (bearer !== undefined && token !== undefined) {
        throw new ConnectionConfigError('Both JIRA_BEARER_TOKEN and JIRA_API_TOKEN are set; set only one (bearer: OAuth 2.0 access token or ' +
            'Data Center personal access token; API token: together with JIRA_EMAIL).');
    }
    else if (bearer !== undefined) {
        auth = { kind: 'bearer', token: bearer };
    }
    else if (token !== undefined) {
        if (email === undefined) {
            throw new ConnectionConfigError('JIRA_API_TOKEN is set but JIRA_EMAIL is not. Basic authentication needs the email address of the ' +
                'Atlassian account that owns the token (on Data Center: the username).');
        }
        auth = { kind: 'basic', email, token };
    }
    else {
        throw new ConnectionConfigError('No Jira credential: set JIRA_EMAIL and JIRA_API_TOKEN (basic auth with an API token), or ' +
            'JIRA_BEARER_TOKEN (OAuth 2.0 access token, or a Data Center personal access token).');
    }
    registerConnectionSecrets(auth);
    let transport;
    try {
        transport = (0,_transport_js__WEBPACK_IMPORTED_MODULE_1__/* .transportFromEnv */ .Hx)(env);
    }
    catch (error) {
        if (error instanceof _transport_js__WEBPACK_IMPORTED_MODULE_1__/* .TransportConfigError */ .Is)
            throw new ConnectionConfigError(error.message);
        throw error;
    }
    for (const password of (0,_transport_js__WEBPACK_IMPORTED_MODULE_1__/* .proxySecrets */ .Wm)(transport.proxy))
        (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .registerSecret */ .cl)(password);
    const baseUrl = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
    const { deployment, apiVersion } = guessDeployment(url, apiVersionFromEnv);
    const connection = { baseUrl, apiVersion, deployment, auth };
    if (Object.keys(transport).length > 0)
        connection.transport = transport;
    if (apiVersionFromEnv !== undefined)
        connection.apiVersionFromEnv = apiVersionFromEnv;
    // Settled by a Cloud address or by REST 3; anything else is asked of serverInfo.
    if (cloudByUrl(url) === undefined && apiVersionFromEnv !== '3')
        connection.detect = true;
    return connection;
}
/** For messages: the connection described without secrets (pass the detected deployment once known). */
function describeConnection(connection, settled = connection) {
    const who = connection.auth.kind === 'basic' ? `basic auth as ${connection.auth.email}` : 'a bearer token';
    return `${connection.baseUrl} (REST ${settled.apiVersion}, ${settled.deployment}, ${who})`;
}


/***/ }),

/***/ 4789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IY: () => (/* binding */ assumedDeployment),
/* harmony export */   N: () => (/* binding */ isCloudDeploymentType),
/* harmony export */   SR: () => (/* binding */ fromServerInfo),
/* harmony export */   nk: () => (/* binding */ knownDeployment),
/* harmony export */   pC: () => (/* binding */ deploymentName),
/* harmony export */   tD: () => (/* binding */ parseServerInfo)
/* harmony export */ });
/* harmony import */ var _audit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2507);
/* harmony import */ var _connection_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3378);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1584);



/** The serverInfo fields the product reads; undefined when the answer is not an object. */
function parseServerInfo(body) {
    if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(body))
        return undefined;
    const info = {};
    for (const key of ['baseUrl', 'version', 'deploymentType', 'serverTitle']) {
        const value = (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .stringField */ .OM)(body, key);
        if (value !== undefined)
            info[key] = value;
    }
    const serverTime = (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .stringField */ .OM)(body, 'serverTime');
    const instant = serverTime === undefined ? undefined : (0,_audit_js__WEBPACK_IMPORTED_MODULE_0__/* .jiraInstant */ .k8)(serverTime);
    if (instant !== undefined)
        info.serverTime = instant;
    return info;
}
/** `Cloud` is Cloud; `Server` and `DataCenter` are the self-managed product. */
function isCloudDeploymentType(deploymentType) {
    return /cloud/i.test(deploymentType);
}
/** What the connection settles without asking; undefined when serverInfo has to say. */
function knownDeployment(connection) {
    if (connection.detect === true)
        return undefined;
    // A Cloud address, JIRA_API_VERSION=3, or a connection built in code that says what it is.
    const byUrl = (0,_connection_js__WEBPACK_IMPORTED_MODULE_1__/* .cloudByUrl */ .m_)(new URL(connection.baseUrl)) !== undefined;
    return {
        deployment: connection.deployment,
        apiVersion: connection.apiVersion,
        source: !byUrl && connection.apiVersionFromEnv === '3' ? 'api-version' : 'url',
    };
}
/** The deployment serverInfo describes, with the REST version to use. */
function fromServerInfo(connection, info) {
    const type = info.deploymentType;
    if (type === undefined || type.trim() === '')
        return undefined;
    const cloud = isCloudDeploymentType(type);
    const explicit = connection.apiVersionFromEnv;
    return {
        deployment: cloud ? 'cloud-site' : 'data-center',
        apiVersion: explicit ?? (cloud ? '3' : '2'),
        source: 'server-info',
        serverInfo: info,
    };
}
/** When serverInfo cannot be read: the connection's guess (`guessDeployment`), and why. */
function assumedDeployment(connection, problem) {
    return {
        ...(0,_connection_js__WEBPACK_IMPORTED_MODULE_1__/* .guessDeployment */ .tm)(new URL(connection.baseUrl), connection.apiVersionFromEnv),
        source: 'assumed',
        problem,
    };
}
/** For doctor: `Jira Cloud`, `Jira Data Center`. */
function deploymentName(deployment) {
    return deployment === 'data-center' ? 'Jira Data Center' : 'Jira Cloud';
}


/***/ }),

/***/ 9960:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DD: () => (/* binding */ diagnosticContext),
/* harmony export */   lI: () => (/* binding */ diagnoseNetwork),
/* harmony export */   p0: () => (/* binding */ duration),
/* harmony export */   vl: () => (/* binding */ diagnoseHttp)
/* harmony export */ });
/* unused harmony exports accessFor, describeAccess */
/* harmony import */ var _connection_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3378);
/* harmony import */ var _transport_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1665);


/** Path relative to /rest/api/N, without query. */
function operationPath(path) {
    const withoutQuery = path.split('?')[0] ?? path;
    return withoutQuery.replace(/^\/rest\/api\/[23]/, '');
}
function accessFor(method, path) {
    const op = operationPath(path);
    const upper = method.toUpperCase();
    if (upper === 'DELETE') {
        const grant = /\/permission\//.test(op);
        return {
            category: 'delete',
            administerJira: true,
            scopes: [
                'manage:jira-configuration',
                grant ? 'delete:permission:jira' : 'delete:permission-scheme:jira',
            ],
        };
    }
    if (upper !== 'GET') {
        const grant = /\/permissionscheme\/[^/]+\/permission/.test(op);
        return {
            category: 'write and manage',
            administerJira: true,
            scopes: ['manage:jira-configuration', grant ? 'write:permission:jira' : 'write:permission-scheme:jira'],
        };
    }
    if (op.startsWith('/group') || op.startsWith('/groups') || op.startsWith('/user')) {
        return {
            category: 'read',
            administerJira: false,
            scopes: ['read:jira-user'],
            globalPermission: 'Browse users and groups',
        };
    }
    if (op.startsWith('/myself'))
        return { category: 'read', administerJira: false, scopes: ['read:jira-user'] };
    if (op.startsWith('/role') || op.startsWith('/applicationrole') || op === '/permissions') {
        return {
            category: 'read',
            // Both lists need Administer Jira (Jira's reference for GET /role and GET /applicationrole).
            administerJira: !op.startsWith('/permissions'),
            scopes: ['manage:jira-configuration'],
        };
    }
    if (/^\/project\/[^/]+\/permissionscheme/.test(op)) {
        return {
            category: 'read',
            administerJira: false,
            scopes: ['read:jira-work'],
            globalPermission: 'Administer Jira, or Administer Projects on the project',
        };
    }
    if (op.startsWith('/permissionscheme')) {
        return {
            category: 'read',
            administerJira: false,
            scopes: ['read:jira-work', 'read:permission-scheme:jira'],
        };
    }
    return { category: 'read', administerJira: false, scopes: ['read:jira-work'] };
}
function describeAccess(access) {
    const parts = [`${access.category} access`];
    if (access.administerJira)
        parts.push('the Administer Jira global permission');
    if (access.globalPermission !== undefined)
        parts.push(`the ${access.globalPermission} permission`);
    const scopes = access.scopes.length > 0 ? ` (OAuth/scoped tokens: ${access.scopes.join(' or ')})` : '';
    return `${parts.join(' and ')}${scopes}`;
}
function diagnosticContext(connection) {
    const proxy = (0,_transport_js__WEBPACK_IMPORTED_MODULE_1__/* .proxyFor */ .iJ)(new URL(connection.baseUrl), connection.transport?.proxy);
    return {
        baseUrl: connection.baseUrl,
        deployment: connection.deployment,
        authKind: connection.auth.kind,
        ...(connection.auth.kind === 'basic' ? { email: connection.auth.email } : {}),
        ...(proxy !== undefined ? { proxy: (0,_transport_js__WEBPACK_IMPORTED_MODULE_1__/* .describeProxy */ .GK)(proxy) } : {}),
    };
}
/** `150 ms`, `30 s`, `1.5 s`. */
function duration(ms) {
    return ms < 1000 ? `${String(ms)} ms` : `${String(Number((ms / 1000).toFixed(1)))} s`;
}
const CONCURRENCY_FIX = 'Lower JIRA_PERMS_CONCURRENCY (the most requests in flight, default 10; action input `concurrency`), or run fewer jobs against this site at the same time.';
const REAUTHENTICATE = 'If an administrator changed API/OAuth permissions or revoked sessions recently, re-authenticate (create a new token or sign in again) so the new permissions apply.';
function gatewayUrlAdvice(context) {
    const site = (0,_connection_js__WEBPACK_IMPORTED_MODULE_0__/* .isAtlassianSite */ .oZ)(context.baseUrl) ? context.baseUrl : 'https://<your-site>.atlassian.net';
    return ('OAuth 2.0 access tokens and scoped API tokens only work through https://api.atlassian.com/ex/jira/<cloudId>: ' +
        `set JIRA_BASE_URL to that (the cloud id is at ${site}/_edge/tenant_info).`);
}
function diagnoseHttp(failure, context) {
    const call = `${failure.method} ${failure.path}`;
    const access = accessFor(failure.method, failure.path);
    const needs = describeAccess(access);
    const base = {
        kind: 'http',
        outcome: failure.outcome,
        call,
        status: failure.status,
        ...(failure.jiraMessage !== undefined ? { jiraMessage: failure.jiraMessage } : {}),
        ...(failure.attempts !== undefined ? { attempts: failure.attempts } : {}),
    };
    const status = failure.status;
    if (status === 401) {
        if (failure.scopeMismatch === true) {
            return {
                ...base,
                summary: '401 Unauthorized: the token does not have the OAuth scope this call needs.',
                needs,
                fixes: [
                    `Grant the token one of these scopes: ${access.scopes.join(', ')}; then re-authenticate so the new scopes are in the token.`,
                    'Check that your organisation allows this permission for API/OAuth access (Atlassian Administration), in the right category (read, write and manage, delete).',
                    REAUTHENTICATE,
                ],
            };
        }
        const fixes = [];
        if (context.authKind === 'bearer' && context.deployment === 'cloud-site') {
            fixes.push(`A bearer token was sent to the site URL ${context.baseUrl}. ${gatewayUrlAdvice(context)}`);
        }
        if (context.authKind === 'basic') {
            fixes.push(`Check JIRA_API_TOKEN: it may be wrong, expired or revoked (create a new one at https://id.atlassian.com/manage-profile/security/api-tokens, or in your Data Center profile).`, `Check JIRA_EMAIL${context.email !== undefined ? ` ("${context.email}")` : ''}: it must be the email of the account that owns the token (on Data Center: the username).`);
            if (context.deployment === 'cloud-site') {
                fixes.push(`If this is a scoped API token: ${gatewayUrlAdvice(context)}`);
            }
        }
        else {
            fixes.push('Check JIRA_BEARER_TOKEN: it may be wrong, expired (OAuth access tokens last about an hour) or revoked; get a fresh token.');
            if (context.deployment === 'data-center') {
                fixes.push('On Data Center, check that personal access tokens are enabled and the token has not expired.');
            }
        }
        fixes.push(REAUTHENTICATE);
        return { ...base, summary: '401 Unauthorized: Jira did not accept the credential.', needs, fixes };
    }
    if (status === 403) {
        const fixes = [
            access.administerJira
                ? 'Give the account behind the token the Administer Jira global permission (permission scheme changes need it).'
                : `Give the account behind the token ${access.globalPermission ?? 'access to Jira (a product licence)'}.`,
            `If the token is an OAuth or scoped token, it needs ${access.category} access: allow it in the ${access.category} category and grant ${access.scopes.join(' or ')}.`,
            "Your organisation's IP allowlist may block this address (Atlassian Administration → Security → IP allowlists); run from an allowed network or add this runner's address.",
            REAUTHENTICATE,
        ];
        return {
            ...base,
            summary: `403 Forbidden: the credential is valid but may not do this (${access.category} access).`,
            needs,
            fixes,
        };
    }
    if (status === 404) {
        const fixes = [
            `Check JIRA_BASE_URL (${context.baseUrl}): it should be the site's base URL (https://example.atlassian.net), https://api.atlassian.com/ex/jira/<cloudId>, or the Data Center base URL including any context path (e.g. https://jira.example.com/jira).`,
            'Check JIRA_API_VERSION: 3 for Jira Cloud, 2 for Data Center.',
            'The object may not exist, or the account may not be allowed to see it (Jira answers 404 for both).',
        ];
        return { ...base, summary: '404 Not Found: no such resource at this address.', needs, fixes };
    }
    if (status === 429) {
        return {
            ...base,
            kind: 'rate-limited',
            summary: `429 Too Many Requests: Jira's rate limit was hit and the retries allowed for this run are used up${failure.attempts !== undefined ? ` (${String(failure.attempts)} attempts)` : ''}.`,
            fixes: ['Run again later, when the rate limit has reset.', CONCURRENCY_FIX],
        };
    }
    if (status >= 500) {
        const write = failure.method.toUpperCase() !== 'GET';
        return {
            ...base,
            summary: `${String(status)} server error from Jira${write ? ': the change may or may not have been made' : ''}.`,
            fixes: write
                ? [
                    'Run plan again: it reads the live state, so a change that did happen is not repeated.',
                    'Check https://status.atlassian.com (Cloud) or the server logs (Data Center).',
                ]
                : [
                    'Jira kept failing after the retries; run again later.',
                    'Check https://status.atlassian.com (Cloud) or the server logs (Data Center).',
                ],
        };
    }
    if (status === 400) {
        return {
            ...base,
            summary: '400 Bad Request: Jira refused the request as sent.',
            needs,
            fixes: [
                'Read what Jira said above; for a grant it usually means the holder does not exist or the grant is already there.',
            ],
        };
    }
    if (status >= 300 && status < 400) {
        return {
            ...base,
            kind: 'redirect',
            summary: `${String(status)} redirect${failure.jiraMessage !== undefined ? '' : ''}: Jira sent the request elsewhere instead of answering.`,
            fixes: [
                `Set JIRA_BASE_URL to the address Jira redirects to (use https:// and the exact host).`,
                'A redirect to a login or SSO page means the credential was not accepted as an API credential.',
            ],
        };
    }
    return {
        ...base,
        summary: `${String(status)} from Jira.`,
        needs,
        fixes: ['Read what Jira said above.'],
    };
}
function diagnoseNetwork(failure, context) {
    const call = `${failure.method} ${failure.path}`;
    let host = context.baseUrl;
    try {
        host = new URL(context.baseUrl).host;
    }
    catch {
        // keep the base URL as given
    }
    const base = {
        kind: failure.kind,
        outcome: failure.outcome,
        call,
        ...(failure.attempts !== undefined ? { attempts: failure.attempts } : {}),
    };
    const code = failure.code !== undefined ? ` (${failure.code})` : '';
    const unknownWrite = failure.outcome === 'unknown' && failure.method !== 'GET'
        ? ['The change may or may not have been made: run plan again, it reads the live state.']
        : [];
    const viaProxy = context.proxy === undefined
        ? []
        : [
            `The request went through the proxy ${context.proxy} (HTTPS_PROXY / HTTP_PROXY): check that it is reachable and lets this host through, or list the host in NO_PROXY to go directly.`,
        ];
    switch (failure.kind) {
        case 'dns':
            return {
                ...base,
                summary: `cannot find the host ${host}${code}.`,
                fixes: [
                    `Check JIRA_BASE_URL (${context.baseUrl}) for typos; a Cloud site looks like https://example.atlassian.net.`,
                    'Check that this machine can resolve names (DNS, VPN, proxy).',
                    ...viaProxy,
                ],
            };
        case 'refused':
            return {
                ...base,
                summary: `nothing answers at ${host}${code}: the connection was refused.`,
                fixes: [
                    'Check the port and host in JIRA_BASE_URL.',
                    'Check that Jira (or the simulator) is running and reachable from here (firewall, VPN).',
                    ...viaProxy,
                ],
            };
        case 'tls':
            return {
                ...base,
                summary: `the secure connection to ${host} failed${code}${failure.detail !== undefined ? `: ${failure.detail}` : ''}.`,
                fixes: [
                    'Check the host name in JIRA_BASE_URL matches the certificate (no IP address, the exact host).',
                    'If the server uses a private certificate authority, add it with NODE_EXTRA_CA_CERTS=/path/to/ca.pem.',
                    'If a proxy intercepts TLS, trust its certificate the same way; never disable certificate checks.',
                    ...viaProxy,
                ],
            };
        case 'timeout':
            return {
                ...base,
                summary: `no answer within ${duration(failure.timeoutMs ?? 0)} (JIRA_PERMS_TIMEOUT).`,
                fixes: [
                    ...unknownWrite,
                    'If the site is slow, raise JIRA_PERMS_TIMEOUT (seconds per request, default 30; action input `timeout`).',
                    'If Jira is overloaded, lower JIRA_PERMS_CONCURRENCY (the most requests in flight, default 10; action input `concurrency`).',
                    ...viaProxy,
                ],
            };
        case 'deadline':
            return {
                ...base,
                summary: 'the run deadline passed before this call could finish.',
                fixes: [
                    ...unknownWrite,
                    'Run again later: a run stops after 15 minutes so that a Jira that stopped answering cannot hold a job forever.',
                    'If the site is slow rather than stuck, a higher JIRA_PERMS_CONCURRENCY (action input `concurrency`) gets more done in that time.',
                ],
            };
        case 'aborted':
            return { ...base, summary: 'cancelled.', fixes: unknownWrite };
        case 'network':
            return {
                ...base,
                summary: `the connection to ${host} dropped${code}${failure.detail !== undefined ? `: ${failure.detail}` : ''}.`,
                fixes: [...unknownWrite, 'Check the network path to Jira (proxy, VPN) and run again.', ...viaProxy],
            };
        case 'html':
            return {
                ...base,
                summary: `expected JSON but got an HTML page${failure.contentType !== undefined ? ` (${failure.contentType})` : ''}: usually a login, SSO or proxy page, not the REST API.`,
                fixes: [
                    `Check JIRA_BASE_URL (${context.baseUrl}) is the Jira base URL, not a portal, SSO or proxy address.`,
                    'Check the credential: an unaccepted credential is often answered with a login page.',
                    'On Data Center behind SSO, use a personal access token (JIRA_BEARER_TOKEN).',
                ],
            };
        case 'invalid-json':
            return {
                ...base,
                summary: `the answer is not valid JSON${failure.detail !== undefined ? ` (${failure.detail})` : ''}: it was cut off or is not from Jira's REST API.`,
                fixes: [
                    ...unknownWrite,
                    'Run again; if it persists, check for a proxy between here and Jira that alters answers.',
                ],
            };
        case 'unexpected-shape':
            return {
                ...base,
                summary: `the answer does not look like Jira's documented response${failure.detail !== undefined ? `: ${failure.detail}` : ''}.`,
                fixes: ['Check JIRA_BASE_URL points at Jira, and JIRA_API_VERSION (3 for Cloud, 2 for Data Center).'],
            };
        case 'redirect':
            return {
                ...base,
                summary: `Jira redirected the request${failure.location !== undefined ? ` to ${failure.location}` : ''} instead of answering.`,
                fixes: [
                    'Set JIRA_BASE_URL to the address Jira redirects to (https:// and the exact host).',
                    'A redirect to a login or SSO page means the credential was not accepted as an API credential.',
                ],
            };
        case 'incomplete':
            return {
                ...base,
                summary: `the read came back incomplete${failure.detail !== undefined ? `: ${failure.detail}` : ''}; nothing is assumed from a partial answer.`,
                fixes: ['Run again (the data may have changed while it was read).'],
            };
        case 'too-large':
            return {
                ...base,
                summary: `the answer is too large (${failure.detail ?? 'over the limit'}); it was not read, and nothing is assumed from it.`,
                fixes: [
                    ...unknownWrite,
                    'Check JIRA_BASE_URL points at Jira: a proxy or another server may be sending something else.',
                    'If the site really answers this much, raise the limit with JIRA_PERMS_MAX_RESPONSE_MB (megabytes per answer, default 64).',
                ],
            };
        case 'rate-limited':
            return {
                ...base,
                summary: `rate limited${failure.detail !== undefined ? `: ${failure.detail}` : ''}.`,
                fixes: ['Run again later, when the rate limit has reset.', CONCURRENCY_FIX],
            };
        case 'read-only':
            return {
                ...base,
                summary: `refused: this client is read-only, so ${failure.method} is never sent (validate, plan and export do not change Jira).`,
                fixes: ['Use jira-perms apply to make changes.'],
            };
        case 'http':
            return { ...base, summary: failure.detail ?? 'HTTP failure.', fixes: [] };
    }
}


/***/ }),

/***/ 1584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   OM: () => (/* binding */ stringField),
/* harmony export */   cI: () => (/* binding */ intField),
/* harmony export */   e7: () => (/* binding */ arrayField),
/* harmony export */   ei: () => (/* binding */ idField),
/* harmony export */   pD: () => (/* binding */ boolField),
/* harmony export */   qV: () => (/* binding */ objectField)
/* harmony export */ });
/** Small, total readers for untyped JSON: Jira's answers are checked, never cast. */
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function stringField(object, key) {
    const value = object[key];
    return typeof value === 'string' ? value : undefined;
}
/** A string, or a number written as a string (Jira is inconsistent about ids). */
function idField(object, key) {
    const value = object[key];
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' && Number.isFinite(value))
        return String(value);
    return undefined;
}
/** An integer, or an integer written as a string. */
function intField(object, key) {
    const value = object[key];
    if (typeof value === 'number' && Number.isInteger(value))
        return value;
    if (typeof value === 'string' && /^-?\d+$/.test(value))
        return Number(value);
    return undefined;
}
function boolField(object, key) {
    const value = object[key];
    return typeof value === 'boolean' ? value : undefined;
}
function objectField(object, key) {
    const value = object[key];
    return isObject(value) ? value : undefined;
}
function arrayField(object, key) {
    const value = object[key];
    return Array.isArray(value) ? value : undefined;
}


/***/ }),

/***/ 8162:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CX: () => (/* binding */ normaliseUser),
/* harmony export */   E8: () => (/* binding */ normaliseCatalogue),
/* harmony export */   F6: () => (/* binding */ grantList),
/* harmony export */   R8: () => (/* binding */ normaliseGrant),
/* harmony export */   UZ: () => (/* binding */ normaliseGroup),
/* harmony export */   aV: () => (/* binding */ schemeList),
/* harmony export */   cj: () => (/* binding */ hasGrants),
/* harmony export */   eP: () => (/* binding */ normaliseScheme),
/* harmony export */   hK: () => (/* binding */ normaliseRole),
/* harmony export */   jk: () => (/* binding */ arrayOf),
/* harmony export */   qE: () => (/* binding */ grantFacts),
/* harmony export */   vU: () => (/* binding */ normaliseField),
/* harmony export */   wY: () => (/* binding */ normaliseGrants),
/* harmony export */   xW: () => (/* binding */ normaliseApplicationRole),
/* harmony export */   ym: () => (/* binding */ ShapeError)
/* harmony export */ });
/* unused harmony exports normaliseHolder, holderNameFrom */
/* harmony import */ var _model_holder_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2087);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1584);


/**
 * Jira's answers → the product's model. Pure. A value that does not have the documented shape raises
 * ShapeError (the client turns it into a JiraError naming the call): a half-understood answer is never
 * taken as "nothing there".
 */
class ShapeError extends Error {
    name = 'ShapeError';
}
/** The holder exactly as Jira spells it, with `null`/missing parameter and value dropped. */
function normaliseHolder(raw) {
    if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(raw))
        throw new ShapeError('a grant has no holder object');
    const type = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .stringField */ .OM)(raw, 'type');
    if (type === undefined || type === '')
        throw new ShapeError('a grant holder has no type');
    const holder = { type };
    const parameter = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .idField */ .ei)(raw, 'parameter');
    const value = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .idField */ .ei)(raw, 'value');
    if (parameter !== undefined && parameter !== '')
        holder.parameter = parameter;
    if (value !== undefined && value !== '')
        holder.value = value;
    return holder;
}
/**
 * The holder's name from the expanded objects Jira adds (expand=user,group,projectRole,field), where its
 * spelling does not carry it: a group's name when the holder has only the id, a role's or field's name, a
 * user's display name.
 */
function holderNameFrom(holder, raw) {
    if (raw === undefined)
        return undefined;
    const nameIn = (key, ...fields) => {
        const object = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .objectField */ .qV)(raw, key);
        if (object === undefined)
            return undefined;
        for (const field of fields) {
            const value = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .stringField */ .OM)(object, field);
            if (value !== undefined && value !== '')
                return value;
        }
        return undefined;
    };
    switch (holder.type) {
        case 'group':
            return holder.parameter === undefined ? nameIn('group', 'name') : undefined;
        case 'projectRole':
            return nameIn('projectRole', 'name');
        case 'user':
            return nameIn('user', 'displayName', 'name');
        case 'userCustomField':
        case 'groupCustomField':
            return nameIn('field', 'name');
        default:
            return undefined;
    }
}
function normaliseGrant(raw) {
    if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(raw))
        throw new ShapeError('a grant is not an object');
    const id = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .intField */ .cI)(raw, 'id');
    if (id === undefined)
        throw new ShapeError('a grant has no numeric id');
    const permission = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .stringField */ .OM)(raw, 'permission');
    if (permission === undefined || permission === '')
        throw new ShapeError(`grant ${String(id)} has no permission key`);
    const rawHolder = raw.holder;
    const holder = normaliseHolder(rawHolder);
    const name = holderNameFrom(holder, (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(rawHolder) ? rawHolder : undefined);
    return {
        id,
        permission,
        holder,
        ...(name === undefined ? {} : { name }),
        label: (0,_model_holder_js__WEBPACK_IMPORTED_MODULE_0__/* .holderLabel */ .zc)(holder, name),
    };
}
function normaliseGrants(raw) {
    return raw.map(normaliseGrant).sort((a, b) => a.id - b.id);
}
/** True when the scheme object carries its grants (the list endpoint omits them without expand). */
function hasGrants(raw) {
    return (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(raw) && Array.isArray(raw.permissions);
}
/**
 * A scheme with its grants. An empty description is treated as none (Jira returns "" for a scheme
 * created without one), so a file without `description` compares equal.
 */
function normaliseScheme(raw, grants) {
    if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(raw))
        throw new ShapeError('a permission scheme is not an object');
    const id = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .intField */ .cI)(raw, 'id');
    if (id === undefined)
        throw new ShapeError('a permission scheme has no numeric id');
    const name = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .stringField */ .OM)(raw, 'name');
    if (name === undefined)
        throw new ShapeError(`permission scheme ${String(id)} has no name`);
    let liveGrants = grants;
    if (liveGrants === undefined) {
        const permissions = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .arrayField */ .e7)(raw, 'permissions');
        if (permissions === undefined)
            throw new ShapeError(`permission scheme ${String(id)} came without its grants`);
        liveGrants = normaliseGrants(permissions);
    }
    const scheme = { id, name, grants: liveGrants };
    const description = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .stringField */ .OM)(raw, 'description');
    if (description !== undefined && description !== '')
        scheme.description = description;
    return scheme;
}
/** `{permissionSchemes: [...]}` → the raw scheme objects. */
function schemeList(raw) {
    const list = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(raw) ? (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .arrayField */ .e7)(raw, 'permissionSchemes') : undefined;
    if (list === undefined)
        throw new ShapeError('expected {"permissionSchemes": [...]}');
    return list;
}
/** `{permissions: [...]}` (grants of one scheme). */
function grantList(raw) {
    const list = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(raw) ? (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .arrayField */ .e7)(raw, 'permissions') : undefined;
    if (list === undefined)
        throw new ShapeError('expected {"permissions": [...]}');
    return list;
}
/** `{permissions: {KEY: {...}}}` → catalogue entries, sorted by key. */
function normaliseCatalogue(raw) {
    const map = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(raw) ? (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .objectField */ .qV)(raw, 'permissions') : undefined;
    if (map === undefined)
        throw new ShapeError('expected {"permissions": {KEY: {...}}}');
    const entries = [];
    for (const [mapKey, value] of Object.entries(map)) {
        const object = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(value) ? value : {};
        const entry = { key: (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .stringField */ .OM)(object, 'key') ?? mapKey };
        const name = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .stringField */ .OM)(object, 'name');
        const type = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .stringField */ .OM)(object, 'type');
        const description = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .stringField */ .OM)(object, 'description');
        if (name !== undefined)
            entry.name = name;
        if (type !== undefined)
            entry.type = type;
        if (description !== undefined)
            entry.description = description;
        entries.push(entry);
    }
    return entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
function normaliseGroup(raw) {
    if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(raw))
        throw new ShapeError('a group is not an object');
    const name = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .stringField */ .OM)(raw, 'name');
    if (name === undefined)
        throw new ShapeError('a group has no name');
    const id = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .idField */ .ei)(raw, 'groupId');
    return id === undefined || id === '' ? { name } : { name, id };
}
function normaliseRole(raw) {
    if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(raw))
        throw new ShapeError('a project role is not an object');
    const id = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .intField */ .cI)(raw, 'id');
    const name = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .stringField */ .OM)(raw, 'name');
    if (id === undefined || name === undefined)
        throw new ShapeError('a project role lacks id or name');
    const role = { id, name };
    const description = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .stringField */ .OM)(raw, 'description');
    if (description !== undefined && description !== '')
        role.description = description;
    return role;
}
function normaliseUser(raw, idKey = 'accountId') {
    if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(raw))
        throw new ShapeError('a user is not an object');
    const accountId = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .stringField */ .OM)(raw, idKey) ?? (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .stringField */ .OM)(raw, 'accountId') ?? (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .stringField */ .OM)(raw, 'key');
    if (accountId === undefined)
        throw new ShapeError('a user has no account id');
    const user = { accountId, active: (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .boolField */ .pD)(raw, 'active') ?? true };
    const displayName = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .stringField */ .OM)(raw, 'displayName');
    const email = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .stringField */ .OM)(raw, 'emailAddress');
    if (displayName !== undefined)
        user.displayName = displayName;
    if (email !== undefined && email !== '')
        user.emailAddress = email;
    return user;
}
function normaliseField(raw) {
    if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(raw))
        throw new ShapeError('a field is not an object');
    const id = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .stringField */ .OM)(raw, 'id');
    const name = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .stringField */ .OM)(raw, 'name');
    if (id === undefined || name === undefined)
        throw new ShapeError('a field lacks id or name');
    const field = { id, name, custom: (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .boolField */ .pD)(raw, 'custom') ?? id.startsWith('customfield_') };
    const schema = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .objectField */ .qV)(raw, 'schema');
    const customType = schema === undefined ? undefined : (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .stringField */ .OM)(schema, 'custom');
    if (customType !== undefined)
        field.customType = customType;
    return field;
}
function normaliseApplicationRole(raw) {
    if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(raw))
        throw new ShapeError('an application role is not an object');
    const key = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .stringField */ .OM)(raw, 'key');
    if (key === undefined)
        throw new ShapeError('an application role has no key');
    const name = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .stringField */ .OM)(raw, 'name');
    const role = name === undefined ? { key } : { key, name };
    // The groups that give the application: `groupDetails` carries their ids (Cloud), `groups` names only.
    const details = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .arrayField */ .e7)(raw, 'groupDetails');
    const names = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .arrayField */ .e7)(raw, 'groups');
    if (details !== undefined && details.length > 0)
        role.groups = details.map(normaliseGroup);
    else if (names !== undefined)
        role.groups = names.map((group) => {
            if (typeof group !== 'string')
                throw new ShapeError('an application role group is not a name');
            return { name: group };
        });
    return role;
}
function arrayOf(raw, what) {
    if (!Array.isArray(raw))
        throw new ShapeError(`expected a list of ${what}`);
    return raw;
}
/**
 * The group or user a raw live grant names, as far as the grant itself says: on Cloud a group holder
 * carries its name (`parameter`) and id (`value`), a user holder its account id; on Data Center a group
 * by name, a user by key. Display names and the active flag come from the expanded `user` object when
 * the server added one; without it the account is known to exist and taken as active (Jira keeps grants
 * of deactivated accounts, so the only loss is the resolver's "deactivated" warning). Pure; a holder
 * that does not say enough yields nothing, and the caller looks that name up as before.
 */
function grantFacts(raw, dataCenter) {
    if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(raw))
        return {};
    const holder = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .objectField */ .qV)(raw, 'holder');
    if (holder === undefined)
        return {};
    const type = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .stringField */ .OM)(holder, 'type');
    const parameter = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .idField */ .ei)(holder, 'parameter') || undefined;
    const value = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .idField */ .ei)(holder, 'value') || undefined;
    if (type === 'group') {
        const expanded = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .objectField */ .qV)(holder, 'group');
        const expandedName = expanded === undefined ? undefined : (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .stringField */ .OM)(expanded, 'name');
        if (dataCenter) {
            const name = parameter ?? value ?? expandedName;
            return name === undefined ? {} : { group: { name } };
        }
        const name = parameter ?? expandedName;
        const id = value ?? (expanded === undefined ? undefined : (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .idField */ .ei)(expanded, 'groupId'));
        return name === undefined || id === undefined || id === '' ? {} : { group: { name, id } };
    }
    if (type === 'user') {
        const id = dataCenter ? (parameter ?? value) : (value ?? parameter);
        if (id === undefined)
            return {};
        const expanded = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .objectField */ .qV)(holder, 'user');
        const user = {
            accountId: id,
            active: (expanded === undefined ? undefined : (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .boolField */ .pD)(expanded, 'active')) ?? true,
        };
        const displayName = expanded === undefined ? undefined : (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .stringField */ .OM)(expanded, 'displayName');
        if (displayName !== undefined && displayName !== '')
            user.displayName = displayName;
        return { user };
    }
    return {};
}


/***/ }),

/***/ 7443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eo: () => (/* binding */ pageFingerprint),
/* harmony export */   s$: () => (/* binding */ readAllPages),
/* harmony export */   uk: () => (/* binding */ pageEnds)
/* harmony export */ });
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9960);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6353);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1584);



/**
 * Whether a page ends the list. The PageBean schema describes `isLast` ("whether this is the last page"),
 * `nextPage` ("if there is another page of results, the URL of the next page") and `total` only as "the
 * number of items returned", which a server may fill with this page's count. So, in order: an empty page
 * ends it; `isLast` decides when present; else `nextPage` does, once a page has carried one; else a
 * `total` shown to be the whole list's size (`totalIsWhole`) ends it once that many were read, so an
 * exact multiple of the page costs no request more; else a page shorter than the granted `maxResults`
 * ends it, and a full one asks for the next (a single full page whose `total` equals its count may be
 * the whole list or the page's count: it asks once more). With no marker at all, a page shorter than
 * asked may only be the server's own cap, so only an empty page proves the end (one request more, never
 * a silently short list).
 */
function pageEnds(page) {
    if (page.count === 0)
        return true;
    if (page.isLast !== undefined)
        return page.isLast;
    if (page.sawNextPage)
        return !page.hasNextPage;
    if (page.total !== undefined && page.totalIsWhole === true)
        return page.read >= page.total;
    if (page.granted !== undefined)
        return page.count < page.granted;
    return false;
}
/**
 * What tells a page from the one before when a server ignores the position asked for and sends the same
 * page again: its size and its first and last items, without serialising the whole page.
 */
function pageFingerprint(items) {
    return JSON.stringify([items.length, items[0], items.at(-1)]);
}
function incomplete(call, detail, startAt) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .JiraError */ .Dd((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnoseNetwork */ .lI)({
        method: 'GET',
        path: `${call.http.apiPath(call.path)}?startAt=${String(startAt)}`,
        kind: 'incomplete',
        outcome: 'rejected',
        detail,
    }, call.context));
}
async function readAllPages(call, options) {
    const values = [];
    let count = 0;
    const maxPages = options.maxPages ?? 10_000;
    let startAt = 0;
    let announcedTotal;
    let previousPage;
    let totalsArePerPage = false;
    let totalIsWhole = false;
    let sawNextPage = false;
    const ask = (from) => call.http.get(call.path, { ...call.query, startAt: from, maxResults: options.pageSize });
    let pending = ask(0);
    for (let page = 0; page < maxPages; page++) {
        const response = await pending;
        const body = response.body;
        const pageValues = (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(body) ? (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .arrayField */ .e7)(body, 'values') : undefined;
        if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(body) || pageValues === undefined) {
            throw incomplete(call, 'the answer is not a page ({"values": [...]})', startAt);
        }
        const grantedStart = (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .intField */ .cI)(body, 'startAt');
        if (grantedStart !== undefined && grantedStart !== startAt) {
            throw incomplete(call, `asked for items from ${String(startAt)}, got a page starting at ${String(grantedStart)}`, startAt);
        }
        const total = (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .intField */ .cI)(body, 'total');
        // The PageBean schema describes `total` as "the number of items returned": a server may mean this
        // page's count rather than the whole list's. A total smaller than what this page reaches cannot be
        // the whole list's, so from then on totals are ignored and isLast (or an empty page) decides.
        if (total !== undefined && total < startAt + pageValues.length)
            totalsArePerPage = true;
        if (totalsArePerPage)
            announcedTotal = undefined;
        else if (total !== undefined) {
            if (announcedTotal !== undefined && total !== announcedTotal) {
                throw incomplete(call, `the total changed from ${String(announcedTotal)} to ${String(total)} while reading`, startAt);
            }
            announcedTotal = total;
            if (total > pageValues.length)
                totalIsWhole = true;
        }
        const granted = (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .intField */ .cI)(body, 'maxResults');
        const isLast = (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .boolField */ .pD)(body, 'isLast');
        const nextPage = body['nextPage'];
        const hasNextPage = typeof nextPage === 'string' && nextPage !== '';
        if (hasNextPage)
            sawNextPage = true;
        // One by one: spreading a page into push() overflows the stack past about 100,000 items.
        if (options.onPage === undefined)
            for (const value of pageValues)
                values.push(value);
        count += pageValues.length;
        startAt += pageValues.length;
        // A server that ignores startAt answers the same page again: stop rather than read it forever, and
        // before asking whether the list is done, since a total of two pages is reached by the repeat too.
        const fingerprint = pageFingerprint(pageValues);
        if (fingerprint === previousPage) {
            throw incomplete(call, 'the same page came back for a later startAt (the server ignores startAt)', startAt);
        }
        previousPage = fingerprint;
        const done = pageEnds({
            count: pageValues.length,
            read: startAt,
            ...(isLast === undefined ? {} : { isLast }),
            hasNextPage,
            sawNextPage,
            ...(announcedTotal === undefined ? {} : { total: announcedTotal, totalIsWhole }),
            ...(granted === undefined ? {} : { granted }),
        });
        if (done) {
            options.onPage?.(pageValues);
            // `isLast: true` is Jira's own word that nothing follows: a total that differs may count what the
            // answer leaves out (inactive members) or be this page's count, so it is not held against it. Without
            // it, a list that ended short of the total it announced (an empty page, no next page) is incomplete.
            if (isLast !== true && announcedTotal !== undefined && count !== announcedTotal) {
                throw incomplete(call, `Jira announced ${String(announcedTotal)} items but returned ${String(count)}`, startAt);
            }
            return values;
        }
        if (page + 1 >= maxPages)
            break;
        // The next page is asked for before the caller hears of this one: the reads `onPage` starts queue
        // behind it, so the next page is not left to go out alone after them (at 10 in flight and 50 items
        // a page, one round trip in six carried a single request).
        pending = ask(startAt);
        pending.catch(() => undefined); // awaited at the top of the loop
        options.onPage?.(pageValues);
    }
    throw incomplete(call, `more than ${String(maxPages)} pages`, startAt);
}


/***/ }),

/***/ 1911:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I4: () => (/* binding */ isTeamManagedSchemeRefusal),
/* harmony export */   a$: () => (/* binding */ noteProjectsWithoutScheme),
/* harmony export */   eD: () => (/* binding */ projectsWithoutScheme)
/* harmony export */ });
/**
 * The projects a usage map (scheme id → projects) leaves out: listed projects Jira gave no scheme for
 * (team-managed ones, whose `GET /project/{id}/permissionscheme` may be refused with any 4xx). The map
 * stays what every caller already takes (its keys are scheme ids); the listed-but-unassigned projects
 * ride beside it so the `projects:` check still knows them (a team-managed key is "team-managed", not
 * "no such project"). Kept by identity: a copy of the map carries none.
 */
const withoutSchemeByMap = new WeakMap();
function noteProjectsWithoutScheme(usage, projects) {
    withoutSchemeByMap.set(usage, projects);
}
function projectsWithoutScheme(usage) {
    return withoutSchemeByMap.get(usage) ?? [];
}
/**
 * Whether a refusal of a team-managed project's scheme read means "it has no shared scheme". Cloud's
 * reference does not say how Jira refuses it, so any 4xx does, except a credential refused outright
 * (401) and a rate limit that outlasted the retries (429): those are the run's problem, not the project's.
 */
function isTeamManagedSchemeRefusal(status) {
    return status !== undefined && status >= 400 && status < 500 && status !== 401 && status !== 429;
}


/***/ }),

/***/ 1665:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GK: () => (/* binding */ describeProxy),
/* harmony export */   GS: () => (/* binding */ proxiedSend),
/* harmony export */   Hx: () => (/* binding */ transportFromEnv),
/* harmony export */   Is: () => (/* binding */ TransportConfigError),
/* harmony export */   KU: () => (/* binding */ DEFAULT_TIMEOUT_SECONDS),
/* harmony export */   WH: () => (/* binding */ DEFAULT_CONCURRENCY),
/* harmony export */   Wm: () => (/* binding */ proxySecrets),
/* harmony export */   iJ: () => (/* binding */ proxyFor)
/* harmony export */ });
/* unused harmony exports proxyFromEnv, proxiedFetch, proxyAwareFetch */
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_1__);


let loading;
/**
 * undici's dispatcher API and proxy agent, loaded on the first request, by a dynamic import: the bundles keep
 * undici's files (about 0.8 MB) in a chunk of their own, so a command that never reaches Jira
 * (validate, `--version`, `--help`) neither reads nor compiles them. (`./undici.cjs` is CommonJS:
 * Node's ESM loader gives it as a default export only.)
 */
function loadUndici() {
    loading ??= Promise.all(/* import() */[__webpack_require__.e(344), __webpack_require__.e(763)]).then(__webpack_require__.t.bind(__webpack_require__, 6763, 23)).then((module) => module.default.load());
    return loading;
}
// The variables the transport reads, in a module of their own: the action's entry passes them on
// without loading the transport (and undici's files, bundled with it).

const DEFAULT_TIMEOUT_SECONDS = 30;
const DEFAULT_CONCURRENCY = 10;
const MAX_CONCURRENCY = 100;
/** A setting that cannot be used; the message names the variable (and never echoes a proxy password). */
class TransportConfigError extends Error {
    name = 'TransportConfigError';
}
function setting(env, name) {
    const value = env[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
}
function positiveNumber(env, name, what, options) {
    const raw = setting(env, name);
    if (raw === undefined)
        return undefined;
    const value = Number(raw);
    const fits = /^\d+(\.\d+)?$/.test(raw) &&
        value > 0 &&
        (!options.integer || Number.isInteger(value)) &&
        (options.max === undefined || value <= options.max);
    if (!fits) {
        const range = options.max === undefined ? '' : ` up to ${String(options.max)}`;
        throw new TransportConfigError(`${name} must be ${options.integer ? 'a whole number' : 'a number'} above 0${range} (${what}); got "${raw}".`);
    }
    return value;
}
/** Lower case first, as curl reads them. */
function proxyVariable(env, name) {
    return setting(env, name.toLowerCase()) ?? setting(env, name.toUpperCase()) ?? '';
}
function checkProxyUrl(name, value) {
    if (value === '')
        return;
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new TransportConfigError(`${name} is not a URL; set it like http://proxy.example.com:3128 (or http://user:password@host:port).`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new TransportConfigError(`${name} must start with http:// or https:// (got "${url.protocol}").`);
    }
}
function proxyFromEnv(env) {
    const proxy = {
        httpProxy: proxyVariable(env, 'http_proxy'),
        httpsProxy: proxyVariable(env, 'https_proxy'),
        noProxy: proxyVariable(env, 'no_proxy'),
    };
    checkProxyUrl('HTTP_PROXY', proxy.httpProxy);
    checkProxyUrl('HTTPS_PROXY', proxy.httpsProxy);
    return proxy.httpProxy === '' && proxy.httpsProxy === '' && proxy.noProxy === '' ? undefined : proxy;
}
/** The proxies' passwords, to register as secrets. */
function proxySecrets(proxy) {
    const passwords = [];
    for (const value of [proxy?.httpProxy, proxy?.httpsProxy]) {
        if (value === undefined || value === '')
            continue;
        const password = new URL(value).password;
        if (password !== '')
            passwords.push(password, decodeURIComponent(password));
    }
    return passwords;
}
/** Reads and checks every transport setting; throws TransportConfigError naming the variable. */
function transportFromEnv(env) {
    const settings = {};
    const timeout = positiveNumber(env, 'JIRA_PERMS_TIMEOUT', 'seconds per request', {
        integer: false,
        max: 3600,
    });
    if (timeout !== undefined)
        settings.requestTimeoutMs = Math.round(timeout * 1000);
    const concurrency = positiveNumber(env, 'JIRA_PERMS_CONCURRENCY', 'the most requests in flight', {
        integer: true,
        max: MAX_CONCURRENCY,
    });
    if (concurrency !== undefined)
        settings.maxConcurrency = concurrency;
    const megabytes = positiveNumber(env, 'JIRA_PERMS_MAX_RESPONSE_MB', 'megabytes per answer', {
        integer: false,
        max: 4096,
    });
    if (megabytes !== undefined)
        settings.maxResponseBytes = Math.round(megabytes * 1024 * 1024);
    const proxy = proxyFromEnv(env);
    if (proxy !== undefined)
        settings.proxy = proxy;
    return settings;
}
/**
 * The proxy a request to `target` goes through, or undefined when it goes directly: undici's
 * EnvHttpProxyAgent rule, repeated here so doctor can say it (NO_PROXY entries match the host or its
 * subdomains, with an optional port; `*` matches everything).
 */
function proxyFor(target, proxy) {
    if (proxy === undefined)
        return undefined;
    const chosen = target.protocol === 'https:' ? proxy.httpsProxy || proxy.httpProxy : proxy.httpProxy || undefined;
    if (chosen === undefined || chosen === '')
        return undefined;
    const entries = proxy.noProxy.split(/[,\s]/).filter((entry) => entry !== '');
    if (proxy.noProxy.trim() === '*')
        return undefined;
    const host = target.host.replace(/:\d*$/, '').toLowerCase();
    const port = Number(target.port) || (target.protocol === 'https:' ? 443 : 80);
    for (const entry of entries) {
        const parsed = /^(.+):(\d+)$/.exec(entry);
        const name = (parsed?.[1] ?? entry).replace(/^\*?\./, '').toLowerCase();
        const entryPort = parsed?.[2] === undefined ? 0 : Number(parsed[2]);
        if (entryPort !== 0 && entryPort !== port)
            continue;
        if (host === name || host.endsWith(`.${name}`))
            return undefined;
    }
    return chosen;
}
/** A proxy URL for messages: scheme, host and port, never its credentials. */
function describeProxy(value) {
    const url = new URL(value);
    return `${url.protocol}//${url.host}`;
}
/** A dispatcher of its own: the proxy variables given, keep-alive connections reused across the run. */
function proxyAgent(undici, proxy) {
    return new undici.EnvHttpProxyAgent({
        // Empty strings, so undici does not fall back to process.env behind the caller's back.
        httpProxy: proxy?.httpProxy ?? '',
        httpsProxy: proxy?.httpsProxy ?? '',
        noProxy: proxy?.noProxy ?? '',
        // As curl: an http:// target is asked of the proxy by its absolute URI, an https:// one through a
        // CONNECT tunnel (undici would tunnel both; many proxies refuse CONNECT to port 80).
        proxyTunnel: false,
    });
}
/** Headers as undici gives them (lower-case names), read as fetch's Headers reads them. */
class ReceivedHeaders {
    headers;
    constructor(headers) {
        this.headers = headers;
    }
    get(name) {
        const value = this.headers[name.toLowerCase()];
        if (value === undefined)
            return null;
        return Array.isArray(value) ? value.join(', ') : value;
    }
    has(name) {
        return this.headers[name.toLowerCase()] !== undefined;
    }
}
/** More content-codings than this on one answer is refused, as fetch refuses it. */
const MAX_CODINGS = 5;
/**
 * The decoders for an answer's Content-Encoding, outermost last, as fetch decodes: gzip (x-gzip),
 * deflate, br; an unknown coding leaves the body as sent (JSON.parse then says it is not JSON).
 */
function decoders(contentEncoding) {
    if (contentEncoding === null)
        return [];
    const codings = contentEncoding.toLowerCase().split(',');
    if (codings.length > MAX_CODINGS) {
        throw new Error(`too many content-encodings in response: ${String(codings.length)}`);
    }
    const chain = [];
    for (const coding of codings.reverse().map((one) => one.trim())) {
        // Z_SYNC_FLUSH, as fetch (and curl): lenient with a stream cut short at its end.
        const lenient = { flush: (node_zlib__WEBPACK_IMPORTED_MODULE_1___default().constants).Z_SYNC_FLUSH, finishFlush: (node_zlib__WEBPACK_IMPORTED_MODULE_1___default().constants).Z_SYNC_FLUSH };
        if (coding === 'gzip' || coding === 'x-gzip')
            chain.push(node_zlib__WEBPACK_IMPORTED_MODULE_1___default().createGunzip(lenient));
        else if (coding === 'deflate')
            chain.push(node_zlib__WEBPACK_IMPORTED_MODULE_1___default().createInflate(lenient));
        else if (coding === 'br') {
            const flush = (node_zlib__WEBPACK_IMPORTED_MODULE_1___default().constants).BROTLI_OPERATION_FLUSH;
            chain.push(node_zlib__WEBPACK_IMPORTED_MODULE_1___default().createBrotliDecompress({ flush, finishFlush: flush }));
        }
        else if (coding === '' || coding === 'identity')
            continue;
        else
            return [];
    }
    return chain;
}
/**
 * Jira's transport: undici's `Dispatcher.request` through one EnvHttpProxyAgent of its own. Not fetch:
 * fetch keeps each answer reachable through a WeakRef and a finalizer until a collection, so at 3,000
 * reads every answer's objects were promoted to the old generation (24–26 MB, against 3.6 MB this
 * way). What fetch did for us is done here: compression asked for and removed (gzip, deflate, and br
 * over https, as fetch asks), redirects never followed (the caller reports them), the abort signal.
 */
function proxiedSend(proxy) {
    let dispatcher;
    return async (url, request) => {
        const undici = await loadUndici();
        dispatcher ??= proxyAgent(undici, proxy);
        const target = new URL(url);
        const headers = {
            'accept-encoding': target.protocol === 'https:' ? 'br, gzip, deflate' : 'gzip, deflate',
            // What fetch sent (undici's name) when the caller named no agent.
            'user-agent': 'undici',
        };
        for (const [name, value] of Object.entries(request.headers))
            headers[name.toLowerCase()] = value;
        const answer = await dispatcher.request({
            origin: target.origin,
            path: `${target.pathname}${target.search}`,
            method: request.method,
            headers,
            ...(request.body !== undefined ? { body: request.body } : {}),
            signal: request.signal,
        });
        const received = new ReceivedHeaders(answer.headers);
        let chain;
        try {
            chain =
                request.method === 'HEAD' || answer.statusCode === 204 || answer.statusCode === 304
                    ? []
                    : decoders(received.get('content-encoding'));
        }
        catch (error) {
            answer.body.destroy();
            throw error;
        }
        const body = chain.length === 0
            ? answer.body
            : (0,node_stream__WEBPACK_IMPORTED_MODULE_0__.pipeline)([answer.body, ...chain], () => undefined);
        return {
            status: answer.statusCode,
            headers: received,
            body,
            discard: () => {
                answer.body.destroy();
                body.destroy();
            },
        };
    };
}
/**
 * undici's fetch through a dispatcher of its own (made on the first request), as `proxiedSend`: what
 * Octokit is given for the action's GitHub API calls.
 */
function proxiedFetch(proxy) {
    let dispatcher;
    return async (input, init) => {
        const undici = await loadUndici();
        dispatcher ??= proxyAgent(undici, proxy);
        return undici.loadFetch()(input, { ...init, dispatcher });
    };
}
/** A fetch honouring the proxy variables of `env`, for other clients (the action's GitHub API calls). */
function proxyAwareFetch(env) {
    return proxiedFetch(proxyFromEnv(env));
}


/***/ }),

/***/ 3474:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ Interner)
/* harmony export */ });
/**
 * One copy of each value a large model repeats. At scale the same few thousand holders, permission keys
 * and labels recur across 60,000 grants, and every answer or file gives each occurrence its own string
 * (JSON.parse keeps only short strings once; each label is built anew, by concatenation, which V8
 * keeps as a tree of pieces until it is hashed, as here, once per distinct label): sharing them shrinks what a plan holds for its whole run by a third. Use one interner
 * per model built (a list read, a resolve), not a global one, so nothing outlives the run that made it.
 *
 * Holders are shared as objects: nothing mutates a holder once it is built (normalise and the resolver
 * build new ones).
 */
class Interner {
    texts = new Map();
    holders = new Map();
    text(value) {
        const known = this.texts.get(value);
        if (known !== undefined)
            return known;
        this.texts.set(value, value);
        return value;
    }
    holder(holder) {
        // JSON, not a separator: Jira's strings may hold any character, and two holders must never share a key.
        const key = JSON.stringify([holder.type, holder.parameter ?? null, holder.value ?? null]);
        const known = this.holders.get(key);
        if (known !== undefined)
            return known;
        const shared = { type: this.text(holder.type) };
        if (holder.parameter !== undefined)
            shared.parameter = this.text(holder.parameter);
        if (holder.value !== undefined)
            shared.value = this.text(holder.value);
        this.holders.set(key, shared);
        return shared;
    }
    /** The grant's strings and holder replaced by their shared copies, in place (a grant just built). */
    grant(grant) {
        grant.permission = this.text(grant.permission);
        grant.holder = this.holder(grant.holder);
        if (grant.name !== undefined)
            grant.name = this.text(grant.name);
        if (grant.label !== undefined)
            grant.label = this.text(grant.label);
        return grant;
    }
}


/***/ }),

/***/ 2334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ onAbort)
/* harmony export */ });
/**
 * Waits that end early when a signal aborts, sharing one `abort` listener per signal. A run has one
 * signal (the interrupt) and many waits on it at once: every write in flight, every retry pause. One
 * listener each would pass the EventTarget limit of 10 (a MaxListenersExceededWarning in the output)
 * with as few as 11 writes in parallel; here the signal has one listener while any wait is on it, and
 * none once the last one ended.
 */
const bySignal = new WeakMap();
/**
 * Calls `callback` once when `signal` aborts (at once, synchronously, when it already has). Returns the
 * function that ends the wait: call it when the wait is over, whichever way, so nothing stays behind.
 */
function onAbort(signal, callback) {
    if (signal.aborted) {
        callback();
        return () => undefined;
    }
    let waiters = bySignal.get(signal);
    if (waiters === undefined) {
        const callbacks = new Set();
        const listener = () => {
            bySignal.delete(signal);
            for (const waiting of [...callbacks])
                waiting();
            callbacks.clear();
        };
        waiters = { callbacks, listener };
        bySignal.set(signal, waiters);
        signal.addEventListener('abort', listener, { once: true });
    }
    // A wrapper of its own, so the same callback given twice is two waits.
    const wait = () => {
        callback();
    };
    const { callbacks, listener } = waiters;
    callbacks.add(wait);
    return () => {
        if (!callbacks.delete(wait) || callbacks.size > 0)
            return;
        bySignal.delete(signal);
        signal.removeEventListener('abort', listener);
    };
}


/***/ })

};
