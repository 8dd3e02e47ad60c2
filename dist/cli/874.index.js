export const id = 874;
export const ids = [874];
export const modules = {

6874:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
__webpack_require__.d(__webpack_exports__, {
cliDeps: () => ( cliDeps)
});
var _commands_deps_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9369);



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


}),

9369:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {



__webpack_require__.d(__webpack_exports__, {
  on: () => ( commandDeps),
  uM: () => ( jiraFromEnv),
  ig: () => ( jiraOf)
});


var jira_connection = __webpack_require__(3378);

var model_holder = __webpack_require__(2087);

var audit = __webpack_require__(2507);

var diagnostics = __webpack_require__(9960);

var errors = __webpack_require__(6353);

var json = __webpack_require__(1584);

var normalise = __webpack_require__(8162);

var paginate = __webpack_require__(7443);
;









function isNoProjectsAnswer(error) {
    return (error instanceof errors .Dd && error.kind === 'http' && error.status === 404 && error.jsonBody === true);
}


var project_usage = __webpack_require__(1911);
;












class ReadPool {
    read;
    width;
    listed = 0;
    next = 0;
    running = 0;
    stopped = false;
    failure;
    waiters = [];

    constructor(width, read) {
        this.read = read;
        this.width = Math.max(1, Math.floor(width));
    }

    add() {
        this.listed++;
        this.pump();
    }




    async finish() {
        await this.ended();
        if (this.failure !== undefined)
            throw this.failure.error;
    }

    async stop() {
        this.stopped = true;
        await this.ended();
    }
    get halted() {
        return this.stopped || this.failure !== undefined;
    }
    get done() {
        return this.running === 0 && (this.halted || this.next >= this.listed);
    }
    ended() {
        if (this.done)
            return Promise.resolve();
        return new Promise((resolve) => this.waiters.push(resolve));
    }
    pump() {
        while (!this.halted && this.running < this.width && this.next < this.listed) {
            const index = this.next++;
            this.running++;
            this.read(index).then(() => {
                this.settle();
            }, (error) => {
                this.failure ??= { error };
                this.settle();
            });
        }
    }
    settle() {
        this.running--;
        this.pump();
        if (!this.done)
            return;
        for (const resolve of this.waiters.splice(0))
            resolve();
    }
}


var interner = __webpack_require__(3474);
;

















function isProjectScoped(raw) {
    if (!(0,json .Gv)(raw))
        return false;
    const scope = (0,json .qV)(raw, 'scope');
    return scope !== undefined && (0,json .OM)(scope, 'type') === 'PROJECT';
}
class SchemeListReader {
    learnFromGrants;
    items = [];
    received = 0;
    failure;

    interner = new interner .M();
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


        if (isProjectScoped(raw))
            return;
        try {
            if ((0,normalise .cj)(raw)) {
                this.learnFromGrants((0,json .Gv)(raw) ? ((0,json .e7)(raw, 'permissions') ?? []) : []);
                const scheme = (0,normalise .eP)(raw);
                for (const grant of scheme.grants)
                    this.interner.grant(grant);
                this.items.push({ scheme });
                return;
            }
            const id = (0,json .Gv)(raw) ? (0,json .ei)(raw, 'id') : undefined;
            if (!(0,json .Gv)(raw) || id === undefined) {
                (0,normalise .eP)(raw);
                return;
            }
            this.items.push({ unexpanded: raw, id });
        }
        catch (error) {
            this.failure = { at, error };
        }
    }




    finish(list) {
        let placeholders = 0;
        for (const entry of list) {
            if (this.failure !== undefined && placeholders === this.failure.at)
                break;
            if (!(0,json .Gv)(entry))
                throw new normalise .ym('a permission scheme is not an object');
            placeholders++;
        }
        if (this.failure !== undefined)
            throw this.failure.error;
        if (placeholders !== this.received)
            throw new normalise .ym('the permission scheme list was not read whole');
        return this.items;
    }
}

;








function normalisePerson(raw, dataCenter) {
    if (!(0,json .Gv)(raw))
        throw new normalise .ym('a user is not an object');
    const accountId = dataCenter
        ? ((0,json .OM)(raw, 'key') ?? (0,json .OM)(raw, 'name') ?? (0,json .OM)(raw, 'accountId'))
        : ((0,json .OM)(raw, 'accountId') ?? (0,json .OM)(raw, 'key'));
    if (accountId === undefined || accountId === '')
        throw new normalise .ym('a user has no account id');
    const person = { accountId, active: (0,json .pD)(raw, 'active') ?? true };
    const displayName = (0,json .OM)(raw, 'displayName');
    if (displayName !== undefined)
        person.displayName = displayName;
    const username = dataCenter ? (0,json .OM)(raw, 'name') : undefined;
    if (username !== undefined && username !== '')
        person.username = username;
    return person;
}
const USER_ACTOR = 'atlassian-user-role-actor';
const GROUP_ACTOR = 'atlassian-group-role-actor';





const nonEmpty = (text) => text === undefined || text === '' ? undefined : text;







function cloudGroupActor(group, actorName, actorDisplayName) {
    const id = nonEmpty((0,json .ei)(group, 'groupId'));
    const name = nonEmpty((0,json .OM)(group, 'name')) ??
        nonEmpty(actorName) ??
        nonEmpty((0,json .OM)(group, 'displayName')) ??
        nonEmpty(actorDisplayName) ??
        id;
    if (name === undefined)
        throw new normalise .ym('a group role actor names no group');
    return id === undefined ? { name } : { name, id };
}
function normaliseRoleActors(raw, dataCenter) {
    if (!(0,json .Gv)(raw))
        throw new normalise .ym('a project role is not an object');
    const actors = (0,json .e7)(raw, 'actors') ?? [];
    const result = { users: [], groups: [], otherTypes: [] };
    for (const actor of actors) {
        if (!(0,json .Gv)(actor))
            throw new normalise .ym('a role actor is not an object');
        const type = (0,json .OM)(actor, 'type') ?? '';
        const name = (0,json .OM)(actor, 'name');
        const displayName = (0,json .OM)(actor, 'displayName');
        if (type === USER_ACTOR) {
            const user = {};
            const accountId = dataCenter
                ? undefined
                : (0,json .OM)((0,json .qV)(actor, 'actorUser') ?? {}, 'accountId');
            if (accountId !== undefined && accountId !== '')
                user.accountId = accountId;
            else if (name !== undefined && name !== '')
                user.username = name;
            else
                throw new normalise .ym('a user role actor names no user');
            if (displayName !== undefined)
                user.displayName = displayName;
            result.users.push(user);
        }
        else if (type === GROUP_ACTOR) {
            const group = (0,json .qV)(actor, 'actorGroup');
            if (group !== undefined && !dataCenter) {
                result.groups.push(cloudGroupActor(group, name, displayName));
            }
            else if (name !== undefined && name !== '') {
                result.groups.push({ name });
            }
            else {
                throw new normalise .ym('a group role actor names no group');
            }
        }
        else {
            result.otherTypes.push(type === '' ? '(no type)' : type);
        }
    }
    return result;
}

function normaliseProjectDetails(raw, dataCenter) {
    if (!(0,json .Gv)(raw))
        throw new normalise .ym('a project is not an object');
    const id = (0,json .ei)(raw, 'id');
    const key = (0,json .OM)(raw, 'key');
    if (id === undefined || key === undefined)
        throw new normalise .ym('a project lacks id or key');
    const project = { id, key };
    const name = (0,json .OM)(raw, 'name');
    if (name !== undefined)
        project.name = name;
    const lead = (0,json .qV)(raw, 'lead');
    if (lead !== undefined)
        project.lead = normaliseLead(lead, dataCenter);
    return project;
}




function normaliseLead(raw, dataCenter) {
    const { active, ...lead } = normalisePerson(raw, dataCenter);
    return (0,json .Gv)(raw) && (0,json .pD)(raw, 'active') !== undefined ? { ...lead, active } : lead;
}

;













const SCHEME_EXPAND = 'permissions,user,group,projectRole,field';
const GROUP_BATCH = 50;
const USER_BATCH = 50;
const PAGE_SIZE = 100;

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

function respelt(grant, spell) {
    const holder = spell(grant.holder);
    return holder === grant.holder ? grant : { ...grant, holder, label: (0,model_holder .zc)(holder, grant.name) };
}

class JiraReadClient {
    http;
    cache = new Map();
    groupByName = new Map();
    groupById = new Map();
    userById = new Map();
    constructor(http) {
        this.http = http;
    }

    get apiVersion() {
        return this.http.apiVersion;
    }
    get deployment() {
        return this.http.deployment;
    }

    get dataCenter() {
        return this.http.deployment === 'data-center';
    }




    get groupsHaveIds() {
        return !this.dataCenter;
    }
    get context() {
        return this.http.diagnostics;
    }

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

    parse(path, body, parse) {
        return this.parseAnswer('GET', path, body, parse, 'rejected');
    }





    parseAnswer(method, path, body, parse, outcome) {
        try {
            return parse(body);
        }
        catch (error) {
            if (!(error instanceof normalise .ym))
                throw error;
            throw new errors .Dd((0,diagnostics .lI)({ method, path: this.http.apiPath(path), kind: 'unexpected-shape', outcome, detail: error.message }, this.context));
        }
    }
    async getJson(path, query, parse) {
        const response = await this.http.get(path, query);
        return this.parse(path, response.body, parse);
    }

    cached(key, load) {
        const existing = this.cache.get(key);
        if (existing !== undefined)
            return existing;
        const promise = load();
        this.cache.set(key, promise);
        promise.catch(() => this.cache.delete(key));
        return promise;
    }










    async canonicalGrants(grants) {
        const fields = grants.map((grant) => respelt(grant, model_holder .GA));
        return this.withNames(this.dataCenter
            ? fields.map((grant) => respelt(grant, model_holder .xq))
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
            return respelt(grant, () => (0,model_holder .cI)(parameter, group.id));
        });
    }






    async withNames(grants) {
        const NAMED_TYPES = /^(projectRole|group|userCustomField|groupCustomField)$/;
        const unnamed = grants.filter((grant) => NAMED_TYPES.test(grant.holder.type) &&
            (0,model_holder .iY)(grant) === undefined &&
            (0,model_holder .MO)(grant.holder) !== undefined);
        if (unnamed.length === 0)
            return grants;
        const wantRoles = unnamed.some((grant) => grant.holder.type === 'projectRole');
        const wantFields = unnamed.some((grant) => /^(user|group)CustomField$/.test(grant.holder.type));

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
            const name = names.get(nameKey(grant.holder.type, (0,model_holder .MO)(grant.holder) ?? ''));
            return name === undefined ? grant : { ...grant, name, label: (0,model_holder .zc)(grant.holder, name) };
        });
    }





    learnFromGrants(rawGrants) {
        const dataCenter = this.dataCenter;
        for (const raw of rawGrants) {
            const { group, user } = (0,normalise .qE)(raw, dataCenter);
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

    async listPermissionSchemes() {


        const path = '/permissionscheme';
        const { response, receiver } = await this.http.getElements(path, { expand: SCHEME_EXPAND }, 'permissionSchemes', () => new SchemeListReader((rawGrants) => {
            this.learnFromGrants(rawGrants);
        }));
        const listed = this.parse(path, response.body, (body) => receiver.finish((0,normalise .aV)(body)));

        const schemes = await Promise.all(listed.map(async (item) => {
            if ('scheme' in item)
                return item.scheme;
            const grantsPath = `/permissionscheme/${encodeURIComponent(item.id)}/permission`;
            const rawGrants = await this.getJson(grantsPath, { expand: SCHEME_EXPAND }, normalise .F6);
            this.learnFromGrants(rawGrants);
            const grants = this.parse(grantsPath, rawGrants, () => (0,normalise .wY)(rawGrants));
            return this.parse(path, item.unexpanded, (value) => (0,normalise .eP)(value, grants));
        }));


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
            scheme = await this.getJson(path, { expand: SCHEME_EXPAND }, (body) => (0,normalise .cj)(body) ? (0,normalise .eP)(body) : undefined);
            if (scheme === undefined) {
                const grants = await this.getJson(`${path}/permission`, { expand: SCHEME_EXPAND }, (body) => (0,normalise .wY)((0,normalise .F6)(body)));
                scheme = await this.getJson(path, undefined, (body) => (0,normalise .eP)(body, grants));
            }
        }
        catch (error) {
            if (error instanceof errors .Dd && error.status === 404)
                return undefined;
            throw error;
        }

        return this.canonicalScheme(scheme);
    }
    getPermissionCatalogue() {
        return this.cached('catalogue', () => this.getJson('/permissions', undefined, normalise .E8));
    }
    async getProjectsByScheme() {



        const listed = [];
        const schemeIds = [];
        const pool = new ReadPool(this.http.concurrency.max, async (index) => {
            const project = listed[index];
            if (project !== undefined)
                schemeIds[index] = await this.projectSchemeRead(project);
        });
        try {
            await this.listProjects((project) => {
                listed.push(project);
                schemeIds.push(undefined);
                pool.add();
            });
        }
        catch (error) {
            await pool.stop();
            throw error;
        }
        await pool.finish();
        const byScheme = new Map();
        const withoutScheme = [];
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
        for (const list of byScheme.values())
            list.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

        (0,project_usage .a$)(byScheme, withoutScheme);
        return byScheme;
    }





    async projectSchemeRead(project) {
        try {
            return await this.getProjectSchemeId(project.id);
        }
        catch (error) {
            const refused = error instanceof errors .Dd && (0,project_usage .I4)(error.status);
            if (project.teamManaged === true && refused)
                return undefined;
            throw error;
        }
    }

    getProjectSchemeId(projectKeyOrId) {
        const path = `/project/${encodeURIComponent(projectKeyOrId)}/permissionscheme`;
        return this.getJson(path, undefined, (body) => {
            const id = (0,json .Gv)(body) ? (0,json .ei)(body, 'id') : undefined;
            if (id === undefined || !/^\d+$/.test(id))
                throw new normalise .ym('expected a permission scheme with an id');
            return Number(id);
        });
    }




    async listProjects(onProject) {
        const toProject = (raw) => {
            if (!(0,json .Gv)(raw))
                throw new normalise .ym('a project is not an object');
            const id = (0,json .ei)(raw, 'id');
            const key = (0,json .OM)(raw, 'key');
            if (id === undefined || key === undefined)
                throw new normalise .ym('a project lacks id or key');
            const name = (0,json .OM)(raw, 'name');
            const project = name === undefined ? { id, key } : { id, key, name };

            if ((0,json .OM)(raw, 'style') === 'next-gen' || (0,json .pD)(raw, 'simplified') === true)
                project.teamManaged = true;

            const lead = (0,json .qV)(raw, 'lead');
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

        const projects = [];
        const take = (project) => {
            projects.push(project);
            onProject?.(project);
        };

        await this.http.deploymentInfo();
        if (this.dataCenter) {




            const all = await this.getJson('/project', { expand: 'lead' }, (body) => (0,normalise .jk)(body, 'projects').map(toProject));
            for (const project of all)
                take(project);
            return projects;
        }





        let pagesRead = 0;
        try {
            await (0,paginate .s$)({ http: this.http, path: '/project/search', query: { expand: 'lead' }, context: this.context }, {
                pageSize: PAGE_SIZE,
                onPage: (page) => {
                    pagesRead++;
                    for (const project of this.parse('/project/search', page, (list) => (0,normalise .jk)(list, 'projects').map(toProject)))
                        take(project);
                },
            });
        }
        catch (error) {



            if (pagesRead === 0 && isNoProjectsAnswer(error)) {
                const answers = await this.http.serverInfo().then(() => true, () => false);
                if (answers)
                    return projects;
            }
            throw error;
        }
        return projects;
    }


    getServerInfo() {
        return this.http.serverInfo();
    }

    async getServerTime() {
        const { serverTime } = await this.getServerInfo();
        return serverTime === undefined ? undefined : new Date(serverTime);
    }
    async readAuditLog(window) {

        await this.http.deploymentInfo();
        return (0,audit .Ob)({
            http: this.http,

            dataCenter: this.deployment === 'data-center',
            context: this.context,
        }, window);
    }
    getMyself() {
        return this.getJson('/myself', undefined, (body) => {
            const user = (0,normalise .CX)(body, this.dataCenter ? 'key' : 'accountId');
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
            const map = (0,json .Gv)(body) ? (0,json .qV)(body, 'permissions') : undefined;
            if (map === undefined)
                throw new normalise .ym('expected {"permissions": {...}}');
            const result = new Map();
            for (const key of keys) {
                const entry = (0,json .qV)(map, key);
                result.set(key, entry !== undefined && (0,json .pD)(entry, 'havePermission') === true);
            }
            return result;
        });
    }

    async findGroupsByName(names) {
        await this.http.deploymentInfo();

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

    async loadGroupsBulk(parameter, keys) {
        await Promise.all(chunk(keys, GROUP_BATCH).map(async (batch) => {
            const values = await (0,paginate .s$)({ http: this.http, path: '/group/bulk', query: { [parameter]: batch }, context: this.context }, { pageSize: GROUP_BATCH });
            const groups = this.parse('/group/bulk', values, (list) => (0,normalise .jk)(list, 'groups').map(normalise .UZ));
            for (const group of groups) {
                this.groupByName.set(lower(group.name), group);
                if (group.id !== undefined)
                    this.groupById.set(group.id, group);
            }

            for (const key of batch) {
                if (parameter === 'groupName' && !this.groupByName.has(lower(key)))
                    this.groupByName.set(lower(key), null);
                if (parameter === 'groupId' && !this.groupById.has(key))
                    this.groupById.set(key, null);
            }
        }));
    }






    async loadGroupsByNameDataCenter(names) {
        await Promise.all([...new Set(names)].map(async (name) => {
            const picked = await this.pickGroups(name, 1000);
            const exact = picked.groups.find((group) => group.name === name) ??
                picked.groups.find((group) => lower(group.name) === lower(name));
            if (exact !== undefined) {
                this.groupByName.set(lower(name), { name: exact.name });
                return;
            }

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
            if (error instanceof errors .Dd && error.status === 404)
                return false;
            throw error;
        }
    }
    pickGroups(query, maxResults) {
        return this.cached(`picker:${lower(query)}:${String(maxResults)}`, () => this.getJson('/groups/picker', { query, maxResults, caseInsensitive: true }, (body) => {
            const groups = (0,json .Gv)(body) ? (0,json .e7)(body, 'groups') : undefined;
            if (!(0,json .Gv)(body) || groups === undefined)
                throw new normalise .ym('expected {"groups": [...]}');
            const total = (0,json .cI)(body, 'total');
            return { groups: groups.map(normalise .UZ), ...(total !== undefined ? { total } : {}) };
        }));
    }
    async suggestGroupNames(name) {

        const stem = name.split(/[-_ .]/)[0] ?? name;
        const query = stem.length >= 2 ? stem : name.slice(0, 3);
        if (query === '')
            return [];
        const picked = await this.pickGroups(query, 100);
        return picked.groups.map((group) => group.name);
    }
    getProjectRoles() {
        return this.cached('roles', () => this.getJson('/role', undefined, (body) => (0,normalise .jk)(body, 'project roles').map(normalise .hK)));
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

    async loadUsersBulk(ids) {
        await Promise.all(chunk(ids, USER_BATCH).map(async (batch) => {
            let values;
            try {
                values = await (0,paginate .s$)({ http: this.http, path: '/user/bulk', query: { accountId: batch }, context: this.context }, { pageSize: USER_BATCH });
            }
            catch (error) {
                if (error instanceof errors .Dd && (error.status === 404 || error.status === 405)) {
                    await this.loadUsersOneByOne(batch);
                    return;
                }
                throw error;
            }
            const users = this.parse('/user/bulk', values, (list) => (0,normalise .jk)(list, 'users').map((u) => (0,normalise .CX)(u)));
            for (const user of users)
                this.userById.set(user.accountId, user);
            for (const id of batch)
                if (!this.userById.has(id))
                    this.userById.set(id, null);
        }));
    }

    async loadUsersOneByOne(ids) {
        const dataCenter = this.dataCenter;
        const lookUp = async (parameter, id) => {
            try {
                return await this.getJson('/user', { [parameter]: id }, (body) => (0,normalise .CX)(body, dataCenter ? 'key' : 'accountId'));
            }
            catch (error) {
                if (error instanceof errors .Dd && error.status === 404)
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


            const user = (await lookUp('key', id)) ?? (await lookUp('username', id));
            this.userById.set(id, user ?? null);
        }));
    }
    findUserByEmail(email) {
        return this.cached(`email:${lower(email)}`, async () => {
            await this.http.deploymentInfo();

            const query = this.dataCenter ? { username: email, maxResults: 50 } : { query: email, maxResults: 50 };
            const users = await this.getJson('/user/search', query, (body) => (0,normalise .jk)(body, 'users').map((u) => (0,normalise .CX)(u, this.dataCenter ? 'key' : 'accountId')));
            const exact = users.filter((user) => user.emailAddress !== undefined && lower(user.emailAddress) === lower(email));
            const hiddenCandidates = users.filter((user) => user.emailAddress === undefined);
            const lookup = { email, hiddenCandidates };
            if (exact.length === 1 && exact[0] !== undefined)
                lookup.user = exact[0];
            return lookup;
        });
    }
    getFields() {
        return this.cached('fields', () => this.getJson('/field', undefined, (body) => (0,normalise .jk)(body, 'fields').map(normalise .vU)));
    }
    getApplicationRoles() {
        return this.cached('applicationRoles', () => this.getJson('/applicationrole', undefined, (body) => (0,normalise .jk)(body, 'application roles').map(normalise .xW)));
    }

    async getGroupMembers(group) {

        await this.http.deploymentInfo();
        const byId = this.groupsHaveIds && group.id !== undefined;
        const key = byId ? `members:id:${group.id ?? ''}` : `members:name:${lower(group.name)}`;
        return this.cached(key, async () => {

            const query = byId ? { groupId: group.id ?? '' } : { groupname: group.name };
            const values = await (0,paginate .s$)({ http: this.http, path: '/group/member', query, context: this.context }, { pageSize: MEMBER_PAGE });
            return this.parse('/group/member', values, (list) => (0,normalise .jk)(list, 'group members')
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
                if (error instanceof errors .Dd && error.status === 404)
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

class JiraWriteClient extends JiraReadClient {
    wireGrant(grant) {
        return { holder: (0,model_holder .sS)(grant.holder, !this.dataCenter), permission: grant.permission };
    }
    writeResult(method, path, body, parse) {

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
            if (!(0,json .Gv)(raw) || (0,json .ei)(raw, 'id') === undefined)
                throw new normalise .ym('the created scheme has no id');
            return raw;
        });
        if ((0,normalise .cj)(created))
            return this.canonicalScheme(this.writeResult('POST', '/permissionscheme', created, (raw) => (0,normalise .eP)(raw)));
        const id = Number((0,json .ei)(created, 'id'));
        const reread = await this.getPermissionScheme(id);
        if (reread === undefined) {
            return this.writeResult('POST', '/permissionscheme', created, (raw) => (0,normalise .eP)(raw, []));
        }
        return reread;
    }
    async updatePermissionSchemeDetails(schemeId, details) {

        const body = { name: details.name };
        if (details.description !== undefined)
            body.description = details.description;
        await this.http.request('PUT', `/permissionscheme/${String(schemeId)}`, undefined, body);
    }
    async createPermissionGrant(schemeId, grant) {
        await this.http.deploymentInfo();
        const path = `/permissionscheme/${String(schemeId)}/permission`;
        const response = await this.http.request('POST', path, { expand: SCHEME_EXPAND }, this.wireGrant(grant));
        const created = this.writeResult('POST', path, response.body, normalise .R8);
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

        await this.http.request('PUT', `/project/${encodeURIComponent(projectKeyOrId)}/permissionscheme`, undefined, {
            id: schemeId,
        });
    }
}


var deployment = __webpack_require__(4789);
;






const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;
class ResponseTooLarge extends Error {
    limit;
    announced;
    name = 'ResponseTooLarge';
    constructor(limit,

    announced) {
        super(`the answer is larger than ${String(limit)} bytes`);
        this.limit = limit;
        this.announced = announced;
    }
}

function megabytes(bytes) {
    const value = bytes / (1024 * 1024);
    return `${String(Number.isInteger(value) ? value : Number(value.toFixed(2)))} MB`;
}




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

        response.discard();
    }
    if (sink !== undefined)
        return sink.restText();

    return new TextDecoder().decode(Buffer.concat(chunks, total));
}

;















const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const BOM = [0xef, 0xbb, 0xbf];
const PLACEHOLDER = new Uint8Array([OPEN_BRACE, CLOSE_BRACE]);

const MAX_KEY_BYTES = 512;








const PASSABLE = /(?:[^"{}[\]]|"(?:[^"\\]|\\.)*")*/sy;




const PASS_BLOCK = 0x10000;
function isSpace(byte) {
    return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}




function copyOf(chunk, from, to) {
    return new Uint8Array(chunk.subarray(from, to));
}
class ElementSplitter {
    field;
    receiver;
    decoder = new TextDecoder();

    rest = [];

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

    element;

    failure;

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

    restText() {
        if (this.element !== undefined) {

            this.element = undefined;
        }
        return this.decoder.decode(Buffer.concat(this.rest));
    }

    head(chunk) {
        for (let index = 0; index < chunk.length; index++) {
            const byte = chunk[index] ?? 0;
            const inBom = this.headBytes === this.bomBytes && this.bomBytes < BOM.length;
            this.headBytes++;
            if (inBom && byte === BOM[this.bomBytes]) {
                this.bomBytes++;
                continue;
            }

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
        const view = Buffer.from(chunk.buffer, chunk.byteOffset, length);

        let text = '';
        let textFrom = from;
        for (let index = from; index < length; index++) {
            if (!this.inString && this.depth >= 2) {
                for (;;) {
                    if (index >= textFrom + text.length) {
                        textFrom = index;
                        text = view.toString('latin1', index, Math.min(length, index + PASS_BLOCK));
                    }
                    PASSABLE.lastIndex = index - textFrom;
                    PASSABLE.test(text);
                    index = textFrom + PASSABLE.lastIndex;

                    if (index < textFrom + text.length || index === length)
                        break;
                }
                if (index === length)
                    break;
            }
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

;






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

    get limit() {
        return this.limitNow;
    }
    get inFlight() {
        return this.active;
    }
    async acquire() {
        if (this.active >= this.limitNow) {

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

    throttled(epoch) {

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


var jira_transport = __webpack_require__(1665);

var secrets = __webpack_require__(1113);

var abort = __webpack_require__(2334);
;











const ERROR_BODY_BYTES = 1024 * 1024;

const ANSWERED = [
    'html',
    'invalid-json',
    'unexpected-shape',
    'redirect',
    'too-large',
];




const SERVER_INFO_ELSEWHERE = ['html', 'invalid-json', 'unexpected-shape'];

const TIMEOUT_ATTEMPTS = 2;
const DEFAULTS = {
    concurrency: jira_transport .WH,
    requestTimeoutMs: jira_transport .KU * 1000,
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

        const stop = signal === undefined
            ? () => undefined
            : (0,abort .u)(signal, () => {
                clearTimeout(timer);
                aborted();
            });
    });
}




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




function socketError(error) {
    let current = error;
    for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
        if ('code' in current && typeof current.code === 'string') {
            const syscall = 'syscall' in current && typeof current.syscall === 'string' ? current.syscall : undefined;
            return { code: current.code, ...(syscall === undefined ? {} : { syscall }) };
        }
        current = 'cause' in current ? current.cause : undefined;
    }
    return {};
}
function errorCode(error) {
    return socketError(error).code;
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

function messageOf(error) {
    return typeof error === 'object' &&
        error !== null &&
        'message' in error &&
        typeof error.message === 'string'
        ? error.message
        : '';
}

const CONNECT_FAILURE_CODES = new Set([
    'EHOSTUNREACH',
    'ENETUNREACH',
    'EHOSTDOWN',
    'ENETDOWN',
    'ETIMEDOUT',
    'EADDRNOTAVAIL',
]);

function proxyStatus(error) {
    return typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number'
        ? error.status
        : undefined;
}
const TLS_CODE = /^(CERT_|ERR_TLS_|ERR_SSL_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|EPROTO|ERR_OSSL)/;

function classifyNetworkError(error) {
    const { code, syscall } = socketError(error);
    const withCode = code !== undefined ? { code } : {};
    if (code === 'ENOTFOUND')
        return { kind: 'dns', ...withCode, nothingSent: true, transient: false };
    if (code === 'EAI_AGAIN')
        return { kind: 'dns', ...withCode, nothingSent: true, transient: true };
    if (code === 'ECONNREFUSED')
        return { kind: 'refused', ...withCode, nothingSent: true, transient: true };



    if (code === 'ERR_PROXY_AUTH')
        return { kind: 'network', ...withCode, nothingSent: true, transient: false };
    if (code === 'ERR_PROXY_TUNNEL') {
        const status = proxyStatus(error);
        const lasting = status !== undefined && status < 500 && status !== 408 && status !== 429;
        return { kind: 'network', ...withCode, nothingSent: true, transient: !lasting };
    }

    if (code !== undefined && CONNECT_FAILURE_CODES.has(code) && syscall === 'connect') {
        return { kind: 'network', ...withCode, nothingSent: true, transient: true };
    }


    if (code !== undefined && diagnostics .OW.has(code)) {
        return { kind: 'network', ...withCode, nothingSent: true, transient: false };
    }
    const detail = errorDetail(error) ?? '';


    if (code === 'ECONNRESET' && /before secure TLS connection was established/i.test(messageOf(error))) {
        return { kind: 'network', ...withCode, nothingSent: true, transient: true };
    }
    if (code !== undefined && TLS_CODE.test(code)) {
        return { kind: 'tls', ...withCode, nothingSent: true, transient: false };
    }
    if (/certificate|ssl|tls/i.test(detail))
        return { kind: 'tls', ...withCode, nothingSent: true, transient: false };
    return { kind: 'network', ...withCode, nothingSent: false, transient: true };
}

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




function excerpt(text, limit) {
    const clean = (0,secrets .E$)(text).trim();
    if (clean === '')
        return undefined;
    return clean.length <= limit ? clean : `${clean.slice(0, limit)}\u2026`;
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

    settled;
    settling;
    serverInfoRead;

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
        this.settled = (0,deployment .nk)(connection);
        this.baseUrl = connection.baseUrl.replace(/\/+$/, '');
        this.authorization = (0,jira_connection .bc)(connection.auth);
        this.context = (0,diagnostics .DD)(connection);

        const transport = connection.transport ?? {};
        this.limiter = new AdaptiveLimiter(transport.maxConcurrency ?? options.concurrency ?? DEFAULTS.concurrency);
        this.transport = (0,jira_transport .GS)(transport.proxy);
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

    get concurrency() {
        return { now: this.limiter.limit, max: this.limiter.max };
    }

    get timeoutMs() {
        return this.requestTimeoutMs;
    }

    get apiVersion() {
        return this.settled?.apiVersion ?? this.connection.apiVersion;
    }

    get deployment() {
        return this.settled?.deployment ?? this.connection.deployment;
    }





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
                (0,deployment .SR)(this.connection, server) ??
                    (0,deployment .IY)(this.connection, 'serverInfo did not say its deploymentType');
        }
        catch (error) {

            if (!(error instanceof errors .Dd) || (error.status === undefined && !ANSWERED.includes(error.kind)))
                throw error;
            info = (0,deployment .IY)(this.connection, `${error.call}: ${error.summary}`);
        }
        this.settled = info;

        this.context = { ...this.context, deployment: info.deployment };
        return info;
    }

    get diagnostics() {
        return this.context;
    }





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




            const elsewhere = error instanceof errors .Dd && (error.status === 404 || SERVER_INFO_ELSEWHERE.includes(error.kind));
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
            if (!(error instanceof errors .Dd) || (error.status !== 401 && error.status !== 403))
                throw error;
            try {
                response = await this.send('GET', relative, shownPath, undefined, true);
            }
            catch {
                throw error;
            }
        }
        const info = (0,deployment .tD)(response.body);
        if (info === undefined) {
            throw new errors .Dd((0,diagnostics .lI)({
                method: 'GET',
                path: shownPath,
                kind: 'unexpected-shape',
                outcome: 'rejected',
                detail: 'expected server information',
            }, this.context));
        }
        return info;
    }

    apiPath(path) {
        return `/rest/api/${this.apiVersion}${path.startsWith('/') ? path : `/${path}`}`;
    }

    get basePath() {
        return new URL(this.baseUrl).pathname.replace(/\/+$/, '');
    }
    async get(path, query) {
        return this.request('GET', path, query);
    }




    async getElements(path, query, field, open) {
        let receiver;
        const response = await this.request('GET', path, query, undefined, {
            field,
            open: () => (receiver = open()),
        });
        return { response, receiver: receiver ?? open() };
    }




    async getBelowSite(sitePath, query) {
        if (!sitePath.startsWith('/rest/'))
            throw new Error(`not a REST path below the site: ${sitePath}`);
        const relative = `${sitePath}${buildQuery(query)}`;
        return this.send('GET', relative, `${this.basePath}${relative}`, undefined, false);
    }






    async request(method, path, query, body, split) {
        if (this.settled === undefined)
            await this.deploymentInfo();
        const relative = `${this.apiPath(path)}${buildQuery(query)}`;
        const shownPath = `${this.basePath}${relative}`;
        if (method !== 'GET' && this.readOnly) {
            throw new errors .Dd((0,diagnostics .lI)({ method, path: shownPath, kind: 'read-only', outcome: 'not-sent' }, this.context));
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
                throw new errors .Dd((0,diagnostics .lI)({ method, path: shownPath, kind: 'deadline', outcome: 'not-sent', attempts: attempt - 1 }, this.context));
            }
            if (this.signal?.aborted === true) {
                throw new errors .Dd((0,diagnostics .lI)({ method, path: shownPath, kind: 'aborted', outcome: 'not-sent' }, this.context));
            }

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
                throw new errors .Dd((0,diagnostics .lI)({
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
                throw new errors .Dd((0,diagnostics .lI)({ method, path: shownPath, kind: 'aborted', outcome: failure.error.outcome }, this.context));
            }
        }
    }
    rateLimitExhausted(method, shownPath, attempts, last) {
        return new errors .Dd({
            ...(0,diagnostics .vl)({ method, path: shownPath, status: 429, outcome: 'rejected', attempts }, this.context),
            ...(last.jiraMessage !== undefined ? { jiraMessage: last.jiraMessage } : {}),
            summary: `429 Too Many Requests: Jira's rate limit was hit and the retries allowed (${String(this.retry.maxAttempts)} attempts per call, ` +
                `${String(this.retry.budget)} retries per run; ${String(this.budgetLeft)} left) are used up.`,
        });
    }
    async attempt(method, url, shownPath, payload, attempt, timeoutMs, isRead, anonymous, split) {




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
            : (0,abort .u)(run, () => {
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

            'X-Atlassian-Token': 'no-check',
        };
        if (!anonymous)
            headers.Authorization = this.authorization;
        if (payload !== undefined)
            headers['Content-Type'] = 'application/json';
        this.requests++;
        let response;
        try {


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


        const splitter = success && split !== undefined && !htmlType(contentType)
            ? new ElementSplitter(split.field, split.open())
            : undefined;
        let text;
        try {

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
                    error: new errors .Dd((0,diagnostics .lI)({
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
                    error: new errors .Dd((0,diagnostics .lI)({
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
                error: new errors .Dd({
                    ...(0,diagnostics .lI)({
                        method,
                        path: shownPath,
                        kind: 'redirect',
                        outcome: 'rejected',
                        attempts: attempt,
                        ...(location !== null ? { location: (0,secrets .E$)(location) } : {}),
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

        const outcome = status >= 500 ? 'unknown' : 'rejected';
        const error = new errors .Dd({
            ...(0,diagnostics .vl)({
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
            error: new errors .Dd((0,diagnostics .lI)({
                method,
                path: shownPath,
                kind: 'too-large',

                outcome: isRead ? 'rejected' : 'unknown',
                attempts: attempt,
                detail: `${announced}more than the ${megabytes(error.limit)} limit`,
            }, this.context)),
        };
    }
    thrownFailure(error, method, shownPath, attempt, timeoutMs, timedOut, isRead) {

        const unsent = errorCode(error) === 'ERR_NOT_CONNECTED';
        if (this.signal?.aborted === true) {
            return {
                retryable: false,
                error: new errors .Dd((0,diagnostics .lI)({ method, path: shownPath, kind: 'aborted', outcome: unsent ? 'not-sent' : 'unknown' }, this.context)),
            };
        }
        if (timedOut) {
            return {
                retryable: isRead || unsent,
                error: new errors .Dd((0,diagnostics .lI)({
                    method,
                    path: shownPath,
                    kind: 'timeout',
                    outcome: unsent ? 'not-sent' : 'unknown',
                    attempts: attempt,
                    timeoutMs,
                }, this.context)),
            };
        }
        const classified = classifyNetworkError(error);
        const detail = errorDetail(error);
        const outcome = classified.nothingSent ? 'not-sent' : 'unknown';
        return {

            retryable: classified.transient && (isRead || classified.nothingSent),
            error: new errors .Dd({
                ...(0,diagnostics .lI)({
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

;







function createJiraReader(connection, options = {}) {
    (0,jira_connection .NK)(connection.auth);
    return new JiraReadClient(new JiraHttp(connection, { ...options, readOnly: true }));
}

function createJiraWriter(connection, options = {}) {
    (0,jira_connection .NK)(connection.auth);
    return new JiraWriteClient(new JiraHttp(connection, { ...options, readOnly: false }));
}

;







function jiraFromEnv(env, tuning = {}) {
    const merged = (options) => ({
        ...options,
        ...tuning,
        ...(options.signal === undefined ? {} : { signal: options.signal }),
    });
    return {
        connection: () => (0,jira_connection .WG)(env),
        reader: (options = {}) => createJiraReader((0,jira_connection .WG)(env), merged(options)),
        writer: (options = {}) => createJiraWriter((0,jira_connection .WG)(env), merged(options)),
        prober: (options = {}) => createJiraReader((0,jira_connection .WG)(env), merged(options)),
    };
}

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

const NEVER = new AbortController().signal;




function commandDeps(parts) {
    return {
        cwd: parts.cwd,
        jira: parts.jira ?? jiraFromEnv(parts.env ?? {}, parts.clientOptions),
        clock: parts.clock ?? (() => new Date()),
        progress: parts.progress ?? (() => undefined),
        signal: parts.signal ?? NEVER,
    };
}


}),

2507:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
Ob: () => ( readAuditLog),
k8: () => ( jiraInstant)
});

var _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9960);
var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6353);
var _json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1584);
var _normalise_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8162);
var _paginate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7443);















const CLOUD_PAGE = 1000;

const DATA_CENTER_PAGE = 500;





const MAX_AUDIT_RECORDS = 20_000;

function auditCapReached(sent) {
    return sent >= MAX_AUDIT_RECORDS;
}




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

function normaliseCloudRecord(raw) {
    if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .Gv)(raw))
        throw new _normalise_js__WEBPACK_IMPORTED_MODULE_2__/* .ShapeError */ .ym('an audit record is not an object');
    const id = (0,_json_js__WEBPACK_IMPORTED_MODULE_4__/* .idField */ .ei)(raw, 'id');
    if (id === undefined)
        throw new _normalise_js__WEBPACK_IMPORTED_MODULE_2__/* .ShapeError */ .ym('an audit record has no id');
    const author = {};

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









function cloudAuditContinues(page) {

    return !(0,_paginate_js__WEBPACK_IMPORTED_MODULE_3__/* .pageEnds */ .uk)({
        count: page.count,
        read: page.read,
        hasNextPage: false,
        sawNextPage: false,
        ...(page.total === undefined ? {} : { total: page.total, totalIsWhole: page.totalIsWhole }),
        granted: page.limit,
    });
}

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

function readLog(records, truncated, skipped) {
    return { status: 'read', records, truncated, ...(skipped > 0 ? { skipped } : {}) };
}
async function readCloud(source, window) {
    const records = [];
    let skipped = 0;
    let totalIsWhole = false;
    let previousPage;


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


        if (page.count > 0 && page.fingerprint === previousPage)
            return readLog(records, true, skipped);
        previousPage = page.fingerprint;
        records.push(...page.records);
        skipped += page.skipped;

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


}),

3378:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
DQ: () => ( ConnectionConfigError),
If: () => ( describeConnection),
NK: () => ( registerConnectionSecrets),
WG: () => ( connectionFromEnv),
bc: () => ( authorizationHeader),
m_: () => ( cloudByUrl),
oZ: () => ( isAtlassianSite),
or: () => ( transportSecurity),
tm: () => ( guessDeployment)
});

var _secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1113);
var _transport_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1665);



class ConnectionConfigError extends Error {
    name = 'ConnectionConfigError';
}
const GATEWAY_HOST = 'api.atlassian.com';

function hostOf(url) {
    return url.hostname.toLowerCase().replace(/\.$/, '');
}
function isCloudSiteHost(host) {
    return host.endsWith('.atlassian.net') || host.endsWith('.jira.com') || host.endsWith('.jira-dev.com');
}

function isAtlassianCloudHost(host) {
    return (isCloudSiteHost(host) ||
        ['atlassian.net', 'atlassian.com', 'jira.com', 'jira-dev.com'].includes(host) ||
        host.endsWith('.atlassian.com'));
}

function isLoopbackHost(host) {
    if (host === 'localhost' || host.endsWith('.localhost'))
        return true;
    if (/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host))
        return true;
    if (host === '[::1]')
        return true;

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

const GATEWAY_PATH = /^\/ex\/jira\/[^/]+\/?$/;

function cloudByUrl(url) {
    if (hostOf(url) === GATEWAY_HOST || GATEWAY_PATH.test(url.pathname))
        return 'cloud-gateway';
    if (isCloudSiteHost(hostOf(url)))
        return 'cloud-site';
    return undefined;
}





function guessDeployment(url, apiVersionFromEnv) {
    const byUrl = cloudByUrl(url);
    if (byUrl !== undefined)
        return { deployment: byUrl, apiVersion: apiVersionFromEnv ?? '3' };
    const cloud = apiVersionFromEnv === '3' || (apiVersionFromEnv === undefined && isLoopbackHost(hostOf(url)));
    return cloud
        ? { deployment: 'cloud-site', apiVersion: apiVersionFromEnv ?? '3' }
        : { deployment: 'data-center', apiVersion: apiVersionFromEnv ?? '2' };
}

function isAtlassianSite(baseUrl) {
    try {
        return isCloudSiteHost(hostOf(new URL(baseUrl)));
    }
    catch {
        return false;
    }
}

function authorizationHeader(auth) {
    if (auth.kind === 'bearer')
        return `Bearer ${auth.token}`;
    return `Basic ${Buffer.from(`${auth.email}:${auth.token}`, 'utf8').toString('base64')}`;
}

function registerConnectionSecrets(auth) {
    (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .registerSecret */ .cl)(auth.token);
    const header = authorizationHeader(auth);
    (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .registerSecret */ .cl)(header);
    if (auth.kind === 'basic') {
        const encoded = header.slice('Basic '.length);


        (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .registerSecret */ .cl)(encoded);
    }
}





function checkHeaderSafe(variable, value) {

    if (value === undefined || !/[\u0000-\u0008\u000a-\u001f\u007f]/.test(value))
        return;
    throw new ConnectionConfigError(`${variable} holds a line break or another control character, which no Jira credential has ` +
        '(a secret stored with a line end inside it?); set it again from the original, on one line.');
}
function nonEmpty(value) {
    const trimmed = value?.trim();
    return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}

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

        throw new ConnectionConfigError(`${variable} must not have a query string or fragment; use the bare base URL.`);
    }

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




function connectionFromEnv(env) {
    const token = nonEmpty(env.JIRA_API_TOKEN);
    const bearer = nonEmpty(env.JIRA_BEARER_TOKEN);

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
    checkHeaderSafe('JIRA_BEARER_TOKEN', bearer);
    checkHeaderSafe('JIRA_API_TOKEN', token);
    checkHeaderSafe('JIRA_EMAIL', email);
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

    if (cloudByUrl(url) === undefined && apiVersionFromEnv !== '3')
        connection.detect = true;
    return connection;
}

function describeConnection(connection, settled = connection) {
    const who = connection.auth.kind === 'basic' ? `basic auth as ${connection.auth.email}` : 'a bearer token';
    return `${connection.baseUrl} (REST ${settled.apiVersion}, ${settled.deployment}, ${who})`;
}


}),

4789:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
IY: () => ( assumedDeployment),
N: () => ( isCloudDeploymentType),
SR: () => ( fromServerInfo),
nk: () => ( knownDeployment),
pC: () => ( deploymentName),
tD: () => ( parseServerInfo)
});
var _audit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2507);
var _connection_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3378);
var _json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1584);




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

function isCloudDeploymentType(deploymentType) {
    return /cloud/i.test(deploymentType);
}

function knownDeployment(connection) {
    if (connection.detect === true)
        return undefined;

    const byUrl = (0,_connection_js__WEBPACK_IMPORTED_MODULE_1__/* .cloudByUrl */ .m_)(new URL(connection.baseUrl)) !== undefined;
    return {
        deployment: connection.deployment,
        apiVersion: connection.apiVersion,
        source: !byUrl && connection.apiVersionFromEnv === '3' ? 'api-version' : 'url',
    };
}

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

function assumedDeployment(connection, problem) {
    return {
        ...(0,_connection_js__WEBPACK_IMPORTED_MODULE_1__/* .guessDeployment */ .tm)(new URL(connection.baseUrl), connection.apiVersionFromEnv),
        source: 'assumed',
        problem,
    };
}

function deploymentName(deployment) {
    return deployment === 'data-center' ? 'Jira Data Center' : 'Jira Cloud';
}


}),

9960:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
DD: () => ( diagnosticContext),
OW: () => ( REFUSED_REQUEST_CODES),
lI: () => ( diagnoseNetwork),
p0: () => ( duration),
vl: () => ( diagnoseHttp)
});

var _connection_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3378);
var _transport_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1665);



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
            "Your organisation's IP allowlist may block this address (Atlassian Administration \u2192 Security \u2192 IP allowlists); run from an allowed network or add this runner's address.",
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




const REFUSED_REQUEST_CODES = new Set([
    'ERR_INVALID_CHAR',
    'ERR_HTTP_INVALID_HEADER_VALUE',
    'ERR_INVALID_HTTP_TOKEN',
    'ERR_UNESCAPED_CHARACTERS',
]);
function diagnoseNetwork(failure, context) {
    const call = `${failure.method} ${failure.path}`;
    let host = context.baseUrl;
    try {
        host = new URL(context.baseUrl).host;
    }
    catch {

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
                summary: `${failure.outcome === 'not-sent' ? 'no connection' : 'no answer'} within ${duration(failure.timeoutMs ?? 0)} (JIRA_PERMS_TIMEOUT).`,
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
            if (failure.code !== undefined && REFUSED_REQUEST_CODES.has(failure.code)) {
                return {
                    ...base,
                    summary: `not sent: Node refused the request as given${code}${failure.detail !== undefined ? `: ${failure.detail}` : ''}.`,
                    fixes: [
                        'Check the credential (JIRA_API_TOKEN, JIRA_BEARER_TOKEN) for a stray character: a header carries no line break and no character beyond Latin-1.',
                    ],
                };
            }
            if (failure.code === 'ERR_PROXY_AUTH' || failure.code === 'ERR_PROXY_TUNNEL') {

                return {
                    ...base,
                    summary: `not sent: the proxy would not carry it${code}${failure.detail !== undefined ? `: ${failure.detail}` : ''}.`,
                    fixes: failure.code === 'ERR_PROXY_AUTH'
                        ? [
                            'Check the user and password in the proxy URL (HTTPS_PROXY / HTTP_PROXY): the proxy asked for credentials, or refused the ones given. Characters such as @ : / in them are written %-encoded.',
                        ]
                        : [
                            `Ask the proxy's administrators to allow connections to ${host}, or list the host in NO_PROXY to go directly.`,
                            ...viaProxy,
                        ],
                };
            }
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


}),

1584:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
Gv: () => ( isObject),
OM: () => ( stringField),
cI: () => ( intField),
e7: () => ( arrayField),
ei: () => ( idField),
pD: () => ( boolField),
qV: () => ( objectField)
});

function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function stringField(object, key) {
    const value = object[key];
    return typeof value === 'string' ? value : undefined;
}

function idField(object, key) {
    const value = object[key];
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' && Number.isFinite(value))
        return String(value);
    return undefined;
}

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


}),

8162:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
CX: () => ( normaliseUser),
E8: () => ( normaliseCatalogue),
F6: () => ( grantList),
R8: () => ( normaliseGrant),
UZ: () => ( normaliseGroup),
aV: () => ( schemeList),
cj: () => ( hasGrants),
eP: () => ( normaliseScheme),
hK: () => ( normaliseRole),
jk: () => ( arrayOf),
qE: () => ( grantFacts),
vU: () => ( normaliseField),
wY: () => ( normaliseGrants),
xW: () => ( normaliseApplicationRole),
ym: () => ( ShapeError)
});

var _model_holder_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2087);
var _json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1584);







class ShapeError extends Error {
    name = 'ShapeError';
}

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

function hasGrants(raw) {
    return (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(raw) && Array.isArray(raw.permissions);
}




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

function schemeList(raw) {
    const list = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(raw) ? (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .arrayField */ .e7)(raw, 'permissionSchemes') : undefined;
    if (list === undefined)
        throw new ShapeError('expected {"permissionSchemes": [...]}');
    return list;
}

function grantList(raw) {
    const list = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(raw) ? (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .arrayField */ .e7)(raw, 'permissions') : undefined;
    if (list === undefined)
        throw new ShapeError('expected {"permissions": [...]}');
    return list;
}

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


}),

7443:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
Eo: () => ( pageFingerprint),
s$: () => ( readAllPages),
uk: () => ( pageEnds)
});
var _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9960);
var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6353);
var _json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1584);















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

        if (options.onPage === undefined)
            for (const value of pageValues)
                values.push(value);
        count += pageValues.length;
        startAt += pageValues.length;


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



            if (isLast !== true && announcedTotal !== undefined && count !== announcedTotal) {
                throw incomplete(call, `Jira announced ${String(announcedTotal)} items but returned ${String(count)}`, startAt);
            }
            return values;
        }
        if (page + 1 >= maxPages)
            break;



        pending = ask(startAt);
        pending.catch(() => undefined);
        options.onPage?.(pageValues);
    }
    throw incomplete(call, `more than ${String(maxPages)} pages`, startAt);
}


}),

1911:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
I4: () => ( isTeamManagedSchemeRefusal),
a$: () => ( noteProjectsWithoutScheme),
eD: () => ( projectsWithoutScheme)
});







const withoutSchemeByMap = new WeakMap();
function noteProjectsWithoutScheme(usage, projects) {
    withoutSchemeByMap.set(usage, projects);
}
function projectsWithoutScheme(usage) {
    return withoutSchemeByMap.get(usage) ?? [];
}





function isTeamManagedSchemeRefusal(status) {
    return status !== undefined && status >= 400 && status < 500 && status !== 401 && status !== 429;
}


}),

1665:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
GK: () => ( describeProxy),
GS: () => ( proxiedSend),
Hx: () => ( transportFromEnv),
Is: () => ( TransportConfigError),
KU: () => ( DEFAULT_TIMEOUT_SECONDS),
WH: () => ( DEFAULT_CONCURRENCY),
Wm: () => ( proxySecrets),
iJ: () => ( proxyFor)
});

var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
var node_http__WEBPACK_IMPORTED_MODULE_0___default = __webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
var node_net__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7030);
var node_net__WEBPACK_IMPORTED_MODULE_1___default = __webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_1__);
var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7075);
var node_stream__WEBPACK_IMPORTED_MODULE_2___default = __webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_2__);
var node_zlib__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8522);
var node_zlib__WEBPACK_IMPORTED_MODULE_3___default = __webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_3__);
var _version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(311);






const USER_AGENT = `jira-perms/${_version_js__WEBPACK_IMPORTED_MODULE_4__/* .VERSION */ .x}`;



const DEFAULT_TIMEOUT_SECONDS = 30;
const DEFAULT_CONCURRENCY = 10;
const MAX_CONCURRENCY = 100;

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
    try {
        decodeURIComponent(url.username);
        decodeURIComponent(url.password);
    }
    catch {

        throw new TransportConfigError(`${name}: the user or password is not URL-encoded; write a % in them as %25 (and @ as %40, : as %3A).`);
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






function proxyFor(target, proxy) {
    if (proxy === undefined)
        return undefined;
    const chosen = target.protocol === 'https:' ? proxy.httpsProxy || proxy.httpProxy : proxy.httpProxy || undefined;
    if (chosen === undefined || chosen === '')
        return undefined;
    const entries = proxy.noProxy.split(/[,\s]/).filter((entry) => entry !== '');
    if (proxy.noProxy.trim() === '*')
        return undefined;

    const host = hostOf(target).toLowerCase();
    const port = portOf(target);
    for (const entry of entries) {
        const { name, port: entryPort } = noProxyEntry(entry);
        if (entryPort !== 0 && entryPort !== port)
            continue;
        if (host === name || host.endsWith(`.${name}`))
            return undefined;
    }
    return chosen;
}





function noProxyEntry(entry) {
    const bracketed = /^\[([^\]]*)\](?::(\d+))?$/.exec(entry);
    if (bracketed !== null) {
        return { name: (bracketed[1] ?? '').toLowerCase(), port: Number(bracketed[2] ?? 0) };
    }
    if (entry.indexOf(':') !== entry.lastIndexOf(':'))
        return { name: entry.toLowerCase(), port: 0 };
    const parsed = /^(.+):(\d+)$/.exec(entry);
    return {
        name: (parsed?.[1] ?? entry).replace(/^\*?\./, '').toLowerCase(),
        port: parsed?.[2] === undefined ? 0 : Number(parsed[2]),
    };
}

function describeProxy(value) {
    const url = new URL(value);
    return `${url.protocol}//${url.host}`;
}





class ProxyRefused extends Error {
    code;
    status;
    name = 'ProxyRefused';
    constructor(code, message,

    status) {
        super(message);
        this.code = code;
        this.status = status;
    }
}




class NotConnected extends Error {
    code = 'ERR_NOT_CONNECTED';
    constructor(reason) {
        super(reason.message, { cause: reason });
        this.name = reason.name;
    }
}

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

const MAX_CODINGS = 5;




function decoders(contentEncoding) {
    if (contentEncoding === null)
        return [];
    const codings = contentEncoding.toLowerCase().split(',');
    if (codings.length > MAX_CODINGS) {
        throw new Error(`too many content-encodings in response: ${String(codings.length)}`);
    }
    const chain = [];
    for (const coding of codings.reverse().map((one) => one.trim())) {

        const lenient = { flush: (node_zlib__WEBPACK_IMPORTED_MODULE_3___default().constants).Z_SYNC_FLUSH, finishFlush: (node_zlib__WEBPACK_IMPORTED_MODULE_3___default().constants).Z_SYNC_FLUSH };
        if (coding === 'gzip' || coding === 'x-gzip')
            chain.push(node_zlib__WEBPACK_IMPORTED_MODULE_3___default().createGunzip(lenient));
        else if (coding === 'deflate')
            chain.push(node_zlib__WEBPACK_IMPORTED_MODULE_3___default().createInflate(lenient));
        else if (coding === 'br') {
            const flush = (node_zlib__WEBPACK_IMPORTED_MODULE_3___default().constants).BROTLI_OPERATION_FLUSH;
            chain.push(node_zlib__WEBPACK_IMPORTED_MODULE_3___default().createBrotliDecompress({ flush, finishFlush: flush }));
        }
        else if (coding === '' || coding === 'identity')
            continue;
        else
            return [];
    }
    return chain;
}

function hostOf(url) {
    return url.hostname.replace(/^\[(.*)\]$/, '$1');
}
function portOf(url) {
    return Number(url.port) || (url.protocol === 'https:' ? 443 : 80);
}





function proxyServername(proxy) {
    const host = hostOf(proxy);
    return (0,node_net__WEBPACK_IMPORTED_MODULE_1__.isIP)(host) === 0 ? host : '';
}

function proxyAuthorization(proxy) {
    if (proxy.username === '' || proxy.password === '')
        return {};
    const credentials = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
    return { 'proxy-authorization': `Basic ${Buffer.from(credentials).toString('base64')}` };
}
function abortReason(signal) {
    return signal.reason instanceof Error
        ? signal.reason
        : new DOMException('This operation was aborted', 'AbortError');
}








const KEEP_ALIVE = { keepAlive: true, timeout: 4000 };

const idleSince = new WeakMap();
function noteIdle(socket, kept) {
    if (kept)
        idleSince.set(socket, Date.now());
    return kept;
}







function dropStale(agent) {
    const now = Date.now();
    for (const sockets of Object.values(agent.freeSockets)) {
        if (sockets === undefined)
            continue;
        for (let index = sockets.length - 1; index >= 0; index--) {
            const socket = sockets[index];
            const since = socket === undefined ? undefined : idleSince.get(socket);
            const limit = socket?.timeout ?? 0;
            if (socket !== undefined && since !== undefined && limit > 0 && now - since >= limit) {

                sockets.splice(index, 1);
                socket.destroy();
            }
        }
    }
}

class PlainAgent extends (node_http__WEBPACK_IMPORTED_MODULE_0___default().Agent) {
    keepSocketAlive(socket) {

        const keep = super.keepSocketAlive.bind(this);
        return noteIdle(socket, keep(socket) === true);
    }
}




let httpsModule;
function loadHttps() {
    httpsModule ??= process.getBuiltinModule('node:https');
    return httpsModule;
}




function tunnelTo(proxy, authority, tls, signal) {
    return new Promise((resolve, reject) => {
        const secure = proxy.protocol === 'https:';
        const connect = (secure ? loadHttps() : (node_http__WEBPACK_IMPORTED_MODULE_0___default())).request({
            host: hostOf(proxy),
            port: portOf(proxy),
            method: 'CONNECT',
            path: authority,
            headers: { host: authority, 'user-agent': USER_AGENT, ...proxyAuthorization(proxy) },
            agent: false,
            ...(secure ? { ...tls, servername: proxyServername(proxy) } : {}),
        });
        const abort = () => {
            connect.destroy(signal === undefined ? undefined : abortReason(signal));
        };
        signal?.addEventListener('abort', abort, { once: true });
        const settle = () => {
            signal?.removeEventListener('abort', abort);
        };
        connect.once('connect', (answer, socket, head) => {
            settle();
            const status = answer.statusCode ?? 0;
            if (status !== 200) {
                socket.destroy();
                const said = `${String(status)}${answer.statusMessage === undefined ? '' : ` ${answer.statusMessage}`}`;
                reject(new ProxyRefused(status === 407 ? 'ERR_PROXY_AUTH' : 'ERR_PROXY_TUNNEL', `the proxy ${describeProxy(proxy.href)} refused the tunnel to ${authority}: ${said}`, status));
                return;
            }

            if (head.length > 0)
                socket.unshift(head);
            resolve(socket);
        });
        connect.once('error', (error) => {
            settle();

            reject(error.code === 'ECONNRESET'
                ? new ProxyRefused('ERR_PROXY_TUNNEL', `the proxy ${describeProxy(proxy.href)} closed the connection without answering the tunnel request to ${authority}: ${error.message}`)
                : error);
        });
        if (signal?.aborted === true)
            abort();
        else
            connect.end();
    });
}
let secureAgentClasses;




function secureAgents() {
    if (secureAgentClasses !== undefined)
        return secureAgentClasses;
    class SecureAgent extends loadHttps().Agent {
        keepSocketAlive(socket) {
            const keep = super.keepSocketAlive.bind(this);
            return noteIdle(socket, keep(socket) === true);
        }
    }




    class TunnelAgent extends SecureAgent {
        proxy;
        tls;
        constructor(proxy, tls) {
            super({ ...KEEP_ALIVE, ...tls });
            this.proxy = proxy;
            this.tls = tls;
        }
        createConnection(options, callback) {
            if (callback === undefined)
                throw new Error('a tunnel is opened asynchronously: a callback is needed');

            const host = String(options.host);
            const authority = `${host.includes(':') ? `[${host}]` : host}:${String(options.port)}`;
            tunnelTo(this.proxy, authority, this.tls, options.tunnelSignal).then((socket) => {

                const overTunnel = { ...options, socket };
                const secure = super.createConnection(overTunnel);
                callback(null, secure);
            }, (error) => {
                callback(error instanceof Error ? error : new Error(String(error)), undefined);
            });
            return undefined;
        }
    }
    secureAgentClasses = { SecureAgent, TunnelAgent };
    return secureAgentClasses;
}

class Agents {
    tls;
    plainAgent;
    secureAgent;
    tunnels = new Map();
    constructor(tls) {
        this.tls = tls;
    }
    plain() {
        this.plainAgent ??= new PlainAgent(KEEP_ALIVE);
        return this.plainAgent;
    }
    secure() {
        this.secureAgent ??= new (secureAgents().SecureAgent)({ ...KEEP_ALIVE, ...this.tls });
        return this.secureAgent;
    }
    tunnel(proxy) {
        let agent = this.tunnels.get(proxy);
        if (agent === undefined) {
            agent = new (secureAgents().TunnelAgent)(new URL(proxy), this.tls);
            this.tunnels.set(proxy, agent);
        }
        return agent;
    }
}
function route(target, via, agents, signal) {
    const path = `${target.pathname}${target.search}`;
    const secure = target.protocol === 'https:';
    if (via === undefined) {
        return {
            client: secure ? loadHttps() : (node_http__WEBPACK_IMPORTED_MODULE_0___default()),
            options: {
                host: hostOf(target),
                port: portOf(target),
                path,
                agent: secure ? agents.secure() : agents.plain(),
            },
        };
    }
    if (secure) {
        return {
            client: loadHttps(),
            options: {
                host: hostOf(target),
                port: portOf(target),
                path,
                agent: agents.tunnel(via),
                tunnelSignal: signal,
            },
        };
    }

    const proxy = new URL(via);
    const throughTls = proxy.protocol === 'https:';
    const servername = proxyServername(proxy);
    return {
        client: throughTls ? loadHttps() : (node_http__WEBPACK_IMPORTED_MODULE_0___default()),
        options: {
            host: hostOf(proxy),
            port: portOf(proxy),
            path: `${target.origin}${path}`,
            agent: throughTls ? agents.secure() : agents.plain(),
            ...(throughTls ? { servername } : {}),
        },
        forwardedBy: proxy,
    };
}
function exchange({ client, options, forwardedBy }, request) {
    const { signal } = request;
    return new Promise((resolve, reject) => {
        if (signal.aborted) {
            reject(abortReason(signal));
            return;
        }
        const headers = { ...request.headers };
        if (request.body !== undefined)
            headers['content-length'] = Buffer.byteLength(request.body);


        if (options.agent instanceof (node_http__WEBPACK_IMPORTED_MODULE_0___default().Agent))
            dropStale(options.agent);
        const outgoing = client.request({ ...options, method: request.method, headers });
        let incoming;



        let connected = false;
        outgoing.once('socket', (socket) => {
            const tls = socket;
            if (tls.encrypted === true) {
                if (tls.authorized === true)
                    connected = true;
                else
                    socket.once('secureConnect', () => (connected = true));
            }
            else if (!socket.connecting)
                connected = true;
            else
                socket.once('connect', () => (connected = true));
        });
        const abort = () => {
            const cause = abortReason(signal);
            if (incoming !== undefined) {
                incoming.destroy(cause);
                return;
            }
            const reason = connected ? cause : new NotConnected(cause);
            outgoing.destroy(reason);


            reject(reason);
        };
        signal.addEventListener('abort', abort, { once: true });
        const settle = () => {
            signal.removeEventListener('abort', abort);
        };

        outgoing.on('error', (error) => {
            settle();
            reject(error);
        });
        outgoing.once('response', (answer) => {
            incoming = answer;
            answer.once('close', settle);
            if (forwardedBy !== undefined && answer.statusCode === 407) {
                answer.destroy();
                reject(new ProxyRefused('ERR_PROXY_AUTH', `the proxy ${describeProxy(forwardedBy.href)} asked for credentials: 407 ${answer.statusMessage ?? ''}`.trimEnd()));
                return;
            }
            const status = answer.statusCode ?? 0;
            const received = new ReceivedHeaders(answer.headers);
            let chain;
            try {
                chain =
                    request.method === 'HEAD' || status === 204 || status === 304
                        ? []
                        : decoders(received.get('content-encoding'));
            }
            catch (error) {
                answer.destroy();
                reject(error instanceof Error ? error : new Error(String(error)));
                return;
            }
            const body = chain.length === 0 ? answer : (0,node_stream__WEBPACK_IMPORTED_MODULE_2__.pipeline)([answer, ...chain], () => undefined);
            resolve({
                status,
                headers: received,
                body,
                discard: () => {


                    answer.destroy();
                    body.destroy();
                },
            });
        });
        if (request.body === undefined)
            outgoing.end();
        else
            outgoing.end(request.body);
    });
}












function proxiedSend(proxy, tls = {}) {
    const agents = new Agents(tls);
    return (url, request) => {
        const target = new URL(url);
        const via = proxyFor(target, proxy);
        const headers = {
            'accept-encoding': target.protocol === 'https:' ? 'br, gzip, deflate' : 'gzip, deflate',

            'user-agent': USER_AGENT,
        };
        for (const [name, value] of Object.entries(request.headers))
            headers[name.toLowerCase()] = value;
        const chosen = route(target, via, agents, request.signal);
        if (chosen.forwardedBy !== undefined) {
            Object.assign(headers, { host: target.host }, proxyAuthorization(chosen.forwardedBy));
        }
        return exchange(chosen, { ...request, headers });
    };
}


}),

3474:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
M: () => ( Interner)
});










class Interner {
    texts = new Map();
    holders = new Map();

    desired = new Map();
    text(value) {
        const known = this.texts.get(value);
        if (known !== undefined)
            return known;
        this.texts.set(value, value);
        return value;
    }
    holder(holder) {

        const key = JSON.stringify([holder.type, holder.parameter ?? null, holder.value ?? null]);
        const known = this.holders.get(key);
        if (known !== undefined)
            return known;
        const type = this.text(holder.type);
        const parameter = holder.parameter === undefined ? undefined : this.text(holder.parameter);
        const value = holder.value === undefined ? undefined : this.text(holder.value);

        const shared = parameter === undefined
            ? value === undefined
                ? { type }
                : { type, value }
            : value === undefined
                ? { type, parameter }
                : { type, parameter, value };
        this.holders.set(key, shared);
        return shared;
    }





    desiredGrant(permission, holder, name, label) {
        const shared = this.holder(holder);
        let byKey = this.desired.get(shared);
        if (byKey === undefined) {
            byKey = new Map();
            this.desired.set(shared, byKey);
        }

        const key = JSON.stringify([permission, name ?? null]);
        let grant = byKey.get(key);
        if (grant === undefined) {

            const text = { permission: this.text(permission), label: this.text(label) };
            grant =
                name === undefined
                    ? { permission: text.permission, holder: shared, label: text.label }
                    : { permission: text.permission, holder: shared, name: this.text(name), label: text.label };
            byKey.set(key, Object.freeze(grant));
        }
        return grant;
    }

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


}),

2334:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
u: () => ( onAbort)
});







const bySignal = new WeakMap();




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


})

};
