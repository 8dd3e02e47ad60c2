export const id = 297;
export const ids = [297];
export const modules = {

157:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
K0: () => ( budgetReason),
QT: () => ( ReadBudget),
Ze: () => ( defaultAccessBudget)
});









const ACCESS_BUDGET_FLOOR = 50;






const ACCESS_BUDGET_SHARE = 0.04;

function defaultAccessBudget(planRequests) {
    return Math.max(ACCESS_BUDGET_FLOOR, Math.ceil(ACCESS_BUDGET_SHARE * Math.max(0, planRequests)));
}

const FIRST_BATCH = 10;













class ReadBudget {
    limit;
    requestsMade;
    asked = new Set();
    spent = 0;

    paidReads = 0;

    skipped = new Set();
    constructor(limit, requestsMade) {
        this.limit = limit;
        this.requestsMade = requestsMade;
    }

    get complete() {
        return this.skipped.size === 0;
    }
    get report() {
        return { limit: this.limit, requests: this.spent, readsSkipped: this.skipped.size };
    }

    room(left) {
        if (left === Number.POSITIVE_INFINITY)
            return left;
        if (left <= 0)
            return 0;
        if (this.paidReads === 0)
            return Math.min(left, FIRST_BATCH);
        const perRead = Math.max(1, this.spent / this.paidReads);
        return Math.max(1, Math.floor(left / perRead));
    }

    async run(units) {
        const results = new Map();
        let index = 0;
        while (index < units.length) {
            const left = this.limit - this.spent;
            const room = this.room(left);
            const batch = [];
            let charged = 0;
            let paid = 0;
            while (index < units.length) {
                const unit = units[index];
                if (unit === undefined)
                    break;
                const free = this.asked.has(unit.key) || unit.mandatory;
                if (!free && charged >= room) {
                    if (left > 0)
                        break;
                    this.skipped.add(unit.key);
                    index += 1;
                    continue;
                }
                if (!free)
                    charged += 1;
                if (!this.asked.has(unit.key))
                    paid += 1;
                batch.push(unit);
                index += 1;
            }
            if (batch.length === 0)
                continue;
            const before = this.requestsMade?.();
            for (const unit of batch) {
                this.asked.add(unit.key);
                this.skipped.delete(unit.key);
            }
            const answers = await Promise.all(batch.map(async (unit) => [unit.key, await unit.read()]));
            for (const [key, value] of answers)
                results.set(key, value);
            this.spent += before === undefined ? paid : (this.requestsMade?.() ?? before) - before;
            this.paidReads += paid;
        }
        return results;
    }
}

function budgetReason(limit) {
    const requests = `${String(limit)} ${limit === 1 ? 'request' : 'requests'}`;
    return `not read: the effective-access budget (${requests}) ran out; JIRA_PERMS_ACCESS=full reads every holder`;
}


}),

4882:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {



__webpack_require__.d(__webpack_exports__, {
  iA: () => ( computeAccess),
  nw: () => ( expandHolder),
  $6: () => ( groupKey),
  Cb: () => ( holderGroup),
  BZ: () => ( keptGrantsToRead),
  ol: () => ( permissionParts),
  QH: () => ( roleKey)
});


var access = __webpack_require__(3179);

var model_holder = __webpack_require__(2087);

var order = __webpack_require__(2739);
;








const NONE = Object.freeze([]);

function sharedList(items) {
    return items.length === 0 ? NONE : Object.freeze(items);
}




class SharedEntries {

    byHolder = new Map();

    bySpelling = new Map();
    ids = new Map();
    lists = new Map();





    entry(holder, label, side, reason, notRead) {
        let byLabel = this.byHolder.get(holder);
        if (byLabel === undefined) {


            const spelling = JSON.stringify([holder.type, holder.parameter ?? null, holder.value ?? null]);
            byLabel = this.bySpelling.get(spelling) ?? new Map();
            this.bySpelling.set(spelling, byLabel);
            this.byHolder.set(holder, byLabel);
        }
        let alike = byLabel.get(label);
        if (alike === undefined) {
            alike = [];
            byLabel.set(label, alike);
        }
        for (const known of alike) {
            if (known.side === side && known.reason === reason && (known.notRead === true) === notRead)
                return known;
        }
        const made = Object.freeze(notRead ? { holder, label, side, reason, notRead: true } : { holder, label, side, reason });
        alike.push(made);
        this.ids.set(made, this.ids.size);
        return made;
    }

    list(entries) {
        if (entries.length === 0)
            return NONE;
        const ids = [];
        for (const entry of entries) {
            const id = this.ids.get(entry);

            if (id === undefined)
                return Object.freeze(entries);
            ids.push(id);
        }
        const key = ids.join(',');
        const known = this.lists.get(key);
        if (known !== undefined)
            return known;
        const made = Object.freeze(entries);
        this.lists.set(key, made);
        return made;
    }
}

;





function groupKey(group) {
    return group.id !== undefined && group.id !== '' ? `id:${group.id}` : `name:${group.name.toLowerCase()}`;
}
function roleKey(projectId, roleId) {
    return `${projectId}|${roleId}`;
}

function holderGroup(holder) {
    const name = holder.parameter ?? holder.value ?? '';
    return holder.value !== undefined && holder.value !== '' ? { name, id: holder.value } : { name };
}
const NOT_EXPANDED = Object.freeze({ expanded: false, routes: NONE, failures: NONE });
const NO_PEOPLE = Object.freeze({ expanded: true, routes: NONE, failures: NONE });
const noPeople = (failure) => ({ expanded: true, routes: NONE, failures: [failure] });
const notRead = (failure) => ({
    expanded: true,
    routes: NONE,
    failures: [failure],
    unread: true,
});





const failures = new WeakMap();

function failed(lookup) {
    const known = failures.get(lookup);
    if (known !== undefined)
        return known;
    const reasons = Object.freeze([lookup.reason]);
    const expansion = Object.freeze(lookup.notRead === true
        ? { expanded: true, routes: NONE, failures: reasons, notRead: true }
        : { expanded: true, routes: NONE, failures: reasons });
    failures.set(lookup, expansion);
    return expansion;
}




function appendAll(target, items) {
    for (const item of items)
        target.push(item);
}

function expandHolder(grant, project, data) {
    const holder = grant.holder;
    if (!(0,access .Wd)(holder))
        return NOT_EXPANDED;
    const label = (0,model_holder .JA)(grant);
    switch (holder.type) {
        case 'user': {
            const id = (0,model_holder .MO)(holder) ?? '';
            const known = data.users.get(id);
            const person = known ?? { accountId: id, displayName: grant.name ?? id };
            return { expanded: true, routes: [{ person, via: [label] }], failures: NONE };
        }
        case 'group':
            return groupExpansion(holderGroup(holder), [label], data);
        case 'projectRole': {
            const roles = data.roles.get(roleKey(project.id, (0,model_holder .MO)(holder) ?? ''));
            if (roles === undefined)
                return notRead(`the actors of ${label} in ${project.key} were not read`);
            if (!roles.ok)
                return failed(roles);
            const routes = roles.value.users.map((person) => ({ person, via: [label] }));
            const failures = roles.value.otherTypes.map((type) => `${label} in ${project.key} has actors of type "${type}", which cannot be expanded`);
            return withGroups(routes, failures, roles.value.groups, label, data);
        }
        case 'applicationRole': {
            const key = (0,model_holder .MO)(holder) ?? '';
            const roles = data.applicationRoles;
            if (roles === undefined)
                return notRead('the application roles were not read');
            if (!roles.ok)
                return failed(roles);
            const groups = roles.value.get(key);
            if (groups === undefined)
                return noPeople(`Jira has no application role "${key}"`);
            return withGroups([], [], groups, label, data);
        }
        case 'projectLead': {
            const lead = data.leads.get(project.id);
            if (lead === undefined)
                return notRead(`the lead of ${project.key} was not read`);
            if (!lead.ok)
                return failed(lead);
            return lead.value === null
                ? NO_PEOPLE
                : { expanded: true, routes: [{ person: lead.value, via: [label] }], failures: NONE };
        }
        default:
            return NOT_EXPANDED;
    }
}

function withGroups(routes, failures, groups, label, data) {
    let unread = false;
    let notReadAll = false;
    for (const group of groups) {
        const inner = groupExpansion(group, [label, `group ${group.name}`], data);
        appendAll(routes, inner.routes);
        appendAll(failures, inner.failures);
        if (inner.unread)
            unread = true;
        if (inner.notRead)
            notReadAll = true;
    }
    const expansion = { expanded: true, routes, failures };
    if (unread)
        expansion.unread = true;
    if (notReadAll)
        expansion.notRead = true;
    return expansion;
}
function groupExpansion(group, via, data) {
    const members = data.groups.get(groupKey(group));
    if (members === undefined)
        return notRead(`the members of group "${group.name}" were not read`);
    if (!members.ok)
        return failed(members);
    return { expanded: true, routes: members.value.map((person) => ({ person, via })), failures: NONE };
}

function computeAccess(scopes, data) {
    const changes = [];
    const shared = new SharedEntries();
    for (const scope of scopes) {
        for (const permission of scope.permissions) {
            changes.push(permissionChange(scope, permission, data, shared));
        }
    }
    changes.sort((a, b) => (0,order .n6)(a.project, b.project) || (0,order .n6)(a.permission, b.permission));
    const gaining = new Set(changes.flatMap((change) => change.gained.map((person) => person.accountId)));
    const losing = new Set(changes.flatMap((change) => change.lost.map((person) => person.accountId)));
    return { changes, summary: { peopleGaining: gaining.size, peopleLosing: losing.size } };
}




const NOTHING = Object.freeze({ people: new Map(), failures: new Map() });
function side(grants, project, data) {
    let people;
    let failures;
    for (const grant of grants) {
        const expansion = expandHolder(grant, project, data);
        for (const { person } of expansion.routes)
            addPerson((people ??= new Map()), person);
        if (expansion.failures.length > 0) {
            (failures ??= new Map()).set((0,model_holder .I4)(grant.holder), {
                label: (0,model_holder .JA)(grant),
                holder: grant.holder,
                reasons: expansion.failures,
                notRead: expansion.notRead === true,
            });
        }
    }
    return people === undefined && failures === undefined
        ? NOTHING
        : { people: people ?? NOTHING.people, failures: failures ?? NOTHING.failures };
}

function addPerson(people, person) {
    const known = people.get(person.accountId);
    if (known === undefined || (known.displayName === known.accountId && person.displayName !== ''))
        people.set(person.accountId, person);
}





const partsOf = new WeakMap();
function permissionParts(permission) {
    const known = partsOf.get(permission);
    if (known !== undefined)
        return known;
    const before = new Set(permission.before.map((grant) => (0,model_holder .I4)(grant.holder)));
    const after = new Set(permission.after.map((grant) => (0,model_holder .I4)(grant.holder)));
    const parts = {
        gained: permission.after.filter((grant) => !before.has((0,model_holder .I4)(grant.holder))),
        lost: permission.before.filter((grant) => !after.has((0,model_holder .I4)(grant.holder))),
        kept: permission.before.filter((grant) => after.has((0,model_holder .I4)(grant.holder))),
    };
    partsOf.set(permission, parts);
    return parts;
}





function candidates(gained, lost) {
    if (gained.people.size === 0 && lost.people.size === 0)
        return NO_CANDIDATES;
    const out = new Set();
    for (const id of gained.people.keys())
        if (!lost.people.has(id))
            out.add(id);
    for (const id of lost.people.keys())
        if (!gained.people.has(id))
            out.add(id);
    return out;
}
const NO_CANDIDATES = new Set();





function keptSide(kept, project, data, open) {
    if (open.size === 0)
        return NOTHING;
    const people = new Map();
    const unknown = [];
    for (const grant of kept) {
        const expansion = expandHolder(grant, project, data);
        for (const { person } of expansion.routes)
            addPerson(people, person);
        if (expansion.failures.length > 0)
            unknown.push({ grant, failures: expansion.failures, notRead: expansion.notRead === true });
    }
    let uncovered = false;
    for (const id of open)
        if (!people.has(id))
            uncovered = true;
    if (!uncovered || unknown.length === 0)
        return { people, failures: NOTHING.failures };
    const failures = new Map();
    for (const { grant, failures: reasons, notRead } of unknown) {
        failures.set((0,model_holder .I4)(grant.holder), {
            label: (0,model_holder .JA)(grant),
            holder: grant.holder,
            reasons,
            notRead,
        });
    }
    return { people, failures };
}





function keptGrantsToRead(scopes, data, pick,





mustRead = () => false) {
    const wanted = [];
    for (const scope of scopes) {
        const grants = [];
        for (const permission of scope.permissions) {
            const parts = permissionParts(permission);
            if (parts.kept.length === 0)
                continue;
            const open = candidates(side(parts.gained, scope.project, data), side(parts.lost, scope.project, data));
            if (open.size === 0)
                continue;
            const known = new Set();
            const unread = [];
            for (const grant of parts.kept) {
                const expansion = expandHolder(grant, scope.project, data);
                for (const { person } of expansion.routes)
                    known.add(person.accountId);
                const again = expansion.notRead === true && mustRead(grant);
                if ((expansion.unread === true || again) && pick(grant))
                    unread.push(grant);
            }
            if ([...open].some((id) => !known.has(id)))
                appendAll(grants, unread);
        }
        if (grants.length > 0)
            wanted.push({ project: scope.project, grants });
    }
    return wanted;
}




const holdersOf = new WeakMap();
function scopeHolders(permission) {
    const known = holdersOf.get(permission);
    if (known !== undefined)
        return known;
    const parts = permissionParts(permission);
    const before = holderMap(parts.lost, parts.kept);
    const after = holderMap(parts.gained, parts.kept);
    const sortedHolders = (entries) => sharedList(entries.sort(([a], [b]) => (0,order .n6)(a, b)).map(([, holder]) => holder));
    const notExpanded = (left, right) => sortedHolders([...left.entries()].filter(([key, holder]) => !(0,access .Wd)(holder) && !right.has(key)));
    const holders = {
        gained: notExpanded(after, before),
        lost: notExpanded(before, after),
        broadKept: sortedHolders([...before.entries()].filter(([key, holder]) => (0,access .BA)(holder) && after.has(key))),
    };
    holdersOf.set(permission, holders);
    return holders;
}

function holderMap(...lists) {
    const map = new Map();
    for (const list of lists)
        for (const grant of list)
            map.set((0,model_holder .I4)(grant.holder), grant.holder);
    return map;
}





function onlyIn(one, others) {
    const people = [];
    for (const [id, person] of one.people) {
        if (!others.some((other) => other.people.has(id)))
            people.push(person);
    }
    return sharedList(people.sort((a, b) => (0,order .n6)(a.accountId, b.accountId)));
}





function leftOut(...sides) {
    for (const one of sides)
        for (const failure of one.failures.values())
            if (failure.notRead)
                return true;
    return false;
}
function permissionChange(scope, permission, data, shared) {
    const parts = permissionParts(permission);
    const holders = scopeHolders(permission);
    const gainedSide = side(parts.gained, scope.project, data);
    const lostSide = side(parts.lost, scope.project, data);
    const kept = keptSide(parts.kept, scope.project, data, candidates(gainedSide, lostSide));


    const failures = [];
    for (const [key, failure] of lostSide.failures)
        failures.push([key, failure, 'live']);
    for (const [key, failure] of gainedSide.failures)
        failures.push([key, failure, 'planned']);
    for (const [key, failure] of kept.failures)
        failures.push([key, failure, 'both']);
    failures.sort(([a], [b]) => (0,order .n6)(a, b));
    const unexpanded = shared.list(failures.map(([, failure, where]) => shared.entry(failure.holder, failure.label, where, failure.reasons.length === 1 ? (failure.reasons[0] ?? '') : [...new Set(failure.reasons)].join('; '), failure.notRead)));
    const change = changeOf({
        project: scope.project.key,
        permission: permission.permission,
        gained: leftOut(lostSide, kept) ? NONE : onlyIn(gainedSide, [lostSide, kept]),
        lost: leftOut(gainedSide, kept) ? NONE : onlyIn(lostSide, [gainedSide, kept]),
        holdersGained: holders.gained,
        holdersLost: holders.lost,
        scheme: scope.scheme,
    }, holders.broadKept, unexpanded);

    if (scope.fromScheme !== undefined)
        change.fromScheme = scope.fromScheme;
    return change;
}





function changeOf(fields, broadHoldersKept, unexpanded) {
    const { project, permission, gained, lost, holdersGained, holdersLost, scheme } = fields;
    if (broadHoldersKept.length > 0) {
        return unexpanded.length > 0
            ? {
                project,
                permission,
                gained,
                lost,
                holdersGained,
                holdersLost,
                scheme,
                broadHoldersKept,
                unexpanded,
            }
            : { project, permission, gained, lost, holdersGained, holdersLost, scheme, broadHoldersKept };
    }
    return unexpanded.length > 0
        ? { project, permission, gained, lost, holdersGained, holdersLost, scheme, unexpanded }
        : { project, permission, gained, lost, holdersGained, holdersLost, scheme };
}


}),

1720:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
k: () => ( readPeople)
});

var _jira_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6353);
var _model_holder_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2087);
var _budget_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(157);
var _compute_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4882);









async function readPeople(wanted, reader, progress = () => undefined, options = {}) {
    const budget = options.budget ?? new _budget_js__WEBPACK_IMPORTED_MODULE_3__/* .ReadBudget */ .QT(Number.POSITIVE_INFINITY);
    const mustRead = options.mandatory ?? (() => false);
    const groups = new Map();
    const roles = new Map();
    const leads = new Map();
    const userIds = new Set();
    const applicationRoleKeys = new Map();
    const need = (map, key, value) => {
        const known = map.get(key);
        if (known === undefined)
            map.set(key, value);
        else if (value.mandatory)
            known.mandatory = true;
    };
    for (const { project, grants } of wanted) {
        for (const grant of grants) {
            const { holder, name } = grant;
            const id = (0,_model_holder_js__WEBPACK_IMPORTED_MODULE_1__/* .holderId */ .MO)(holder);
            const mandatory = mustRead(grant);
            if (holder.type === 'group')
                need(groups, (0,_compute_js__WEBPACK_IMPORTED_MODULE_2__/* .groupKey */ .$6)((0,_compute_js__WEBPACK_IMPORTED_MODULE_2__/* .holderGroup */ .Cb)(holder)), { group: (0,_compute_js__WEBPACK_IMPORTED_MODULE_2__/* .holderGroup */ .Cb)(holder), mandatory });
            else if (holder.type === 'projectRole' && id !== undefined)
                need(roles, (0,_compute_js__WEBPACK_IMPORTED_MODULE_2__/* .roleKey */ .QH)(project.id, id), { project, roleId: id, label: name ?? id, mandatory });
            else if (holder.type === 'applicationRole' && id !== undefined)
                applicationRoleKeys.set(id, mandatory || applicationRoleKeys.get(id) === true);

            else if (holder.type === 'projectLead' && project.lead?.active === undefined)
                need(leads, project.id, { project, mandatory });
            else if (holder.type === 'user' && id !== undefined && name === undefined)
                userIds.add(id);
        }
    }
    let done = 0;
    let total = roles.size + leads.size + (applicationRoleKeys.size > 0 ? 1 : 0) + groups.size;
    const step = (promise) => promise.finally(() => {
        done += 1;
        progress(done, total);
    });

    const leftOut = Object.freeze({ ok: false, reason: (0,_budget_js__WEBPACK_IMPORTED_MODULE_3__/* .budgetReason */ .K0)(budget.limit), notRead: true });
    const skipped = () => leftOut;
    const first = [];
    if (applicationRoleKeys.size > 0) {
        first.push({
            key: 'applicationroles',
            mandatory: [...applicationRoleKeys.values()].some(Boolean),
            read: async () => ({
                kind: 'applicationRoles',
                result: await step(attempt(async () => {
                    const all = await reader.getApplicationRoles();
                    return new Map(all.map((role) => [role.key, role.groups ?? []]));
                }, (reason) => `could not read the application roles: ${reason}`)),
            }),
        });
    }


    if (userIds.size > 0) {
        first.push({
            key: `users:${[...userIds].join(',')}`,
            mandatory: true,
            read: async () => ({
                kind: 'users',
                result: await reader
                    .getUsers([...userIds])
                    .then((found) => new Map([...found].map(([id, user]) => [id, person(user)])))
                    .catch(rethrowAbort(() => new Map())),
            }),
        });
    }
    const byProject = new Map();
    const projectUnits = (project) => {
        const list = byProject.get(project.id) ?? [];
        byProject.set(project.id, list);
        return list;
    };
    for (const [key, role] of roles) {
        projectUnits(role.project).push({
            key: `role:${key}`,
            mandatory: role.mandatory,
            read: async () => ({
                kind: 'role',
                key,
                result: await step(attempt(() => readRole(reader, role.project, Number(role.roleId)), (reason) => `could not read the actors of role ${role.label} in ${role.project.key}: ${reason}`)),
            }),
        });
    }
    for (const [id, { project, mandatory }] of leads) {
        projectUnits(project).push({
            key: `lead:${id}`,
            mandatory,
            read: async () => ({
                kind: 'lead',
                key: id,
                result: await step(attempt(async () => {
                    const lead = project.lead ?? (await reader.getProjectDetails(project.key)).lead;
                    if (lead === undefined)
                        return null;


                    if (lead.active === undefined) {
                        const found = (await reader.getUsers([lead.accountId])).get(lead.accountId);
                        return found?.active === true ? person(found) : null;
                    }
                    return lead.active ? person(lead) : null;
                }, (reason) => `could not read the lead of ${project.key}: ${reason}`)),
            }),
        });
    }
    for (const { project } of wanted) {
        first.push(...(byProject.get(project.id) ?? []));
        byProject.delete(project.id);
    }
    const firstResults = await budget.run(first);
    const countSkipped = (count) => {
        if (count === 0)
            return;
        done += count;
        progress(done, total);
    };
    countSkipped(first.filter((unit) => !firstResults.has(unit.key)).length);
    const roleData = new Map();
    const leadResults = new Map();
    let applicationRoles;
    let users = new Map();
    for (const unit of first) {
        const answer = firstResults.get(unit.key);
        if (answer?.kind === 'role')
            roleData.set(answer.key, answer.result);
        else if (answer?.kind === 'lead')
            leadResults.set(answer.key, answer.result);
        else if (answer?.kind === 'applicationRoles')
            applicationRoles = answer.result;
        else if (answer?.kind === 'users')
            users = answer.result;
        else if (unit.key.startsWith('role:'))
            roleData.set(unit.key.slice('role:'.length), skipped());
        else if (unit.key.startsWith('lead:'))
            leadResults.set(unit.key.slice('lead:'.length), skipped());
        else if (unit.key === 'applicationroles')
            applicationRoles = skipped();
    }


    for (const [key, role] of roles) {
        const result = roleData.get(key);
        if (result?.ok === true)
            for (const group of result.value.groups)
                need(groups, (0,_compute_js__WEBPACK_IMPORTED_MODULE_2__/* .groupKey */ .$6)(group), { group, mandatory: role.mandatory });
    }
    if (applicationRoles?.ok === true) {
        for (const [key, mandatory] of applicationRoleKeys)
            for (const group of applicationRoles.value.get(key) ?? [])
                need(groups, (0,_compute_js__WEBPACK_IMPORTED_MODULE_2__/* .groupKey */ .$6)(group), { group, mandatory });
    }
    total = roles.size + leads.size + (applicationRoleKeys.size > 0 ? 1 : 0) + groups.size;
    const groupUnits = [...groups.entries()].map(([key, { group, mandatory }]) => ({
        key: `group:${key}`,
        mandatory,
        read: () => step(attempt(async () => (await reader.getGroupMembers(group)).map(person), (reason) => `could not read the members of group "${group.name}": ${reason}`)),
    }));
    const groupAnswers = await budget.run(groupUnits);
    countSkipped(groupUnits.filter((unit) => !groupAnswers.has(unit.key)).length);
    const groupResults = new Map();
    for (const key of groups.keys())
        groupResults.set(key, groupAnswers.get(`group:${key}`) ?? skipped());


    const listedLeads = wanted
        .filter(({ project }) => project.lead?.active !== undefined)
        .map(({ project }) => [
        project.id,
        { ok: true, value: project.lead?.active === true ? person(project.lead) : null },
    ]);
    const data = {
        groups: groupResults,
        roles: roleData,
        leads: new Map([...listedLeads, ...leadResults]),
        users,
    };
    if (applicationRoles !== undefined)
        data.applicationRoles = applicationRoles;
    return data;
}
function person(user) {
    return { accountId: user.accountId, displayName: user.displayName ?? user.accountId };
}

async function readRole(reader, project, roleId) {
    const actors = await reader.getRoleActors(project.key, roleId);
    const usernames = actors.users
        .filter((actor) => actor.accountId === undefined && actor.username !== undefined)
        .map((actor) => actor.username ?? '');
    const byUsername = usernames.length > 0 ? await reader.findUsersByUsername(usernames) : new Map();
    const users = [];
    const otherTypes = [...actors.otherTypes];
    for (const actor of actors.users) {
        if (actor.accountId !== undefined) {
            users.push({ accountId: actor.accountId, displayName: actor.displayName ?? actor.accountId });
            continue;
        }
        const found = byUsername.get(actor.username ?? '');

        if (found === undefined)
            otherTypes.push(`user "${actor.username ?? ''}" (not found)`);
        else if (found.active)
            users.push(person(found));
    }
    return { users, groups: actors.groups, otherTypes };
}

async function attempt(read, explain) {
    try {
        return { ok: true, value: await read() };
    }
    catch (error) {
        if (!(error instanceof _jira_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .JiraError */ .Dd) || error.kind === 'aborted' || error.kind === 'deadline')
            throw error;
        return { ok: false, reason: explain(jiraReason(error)) };
    }
}
function rethrowAbort(fallback) {
    return (error) => {
        if (!(error instanceof _jira_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .JiraError */ .Dd) || error.kind === 'aborted' || error.kind === 'deadline')
            throw error;
        return fallback();
    };
}

function jiraReason(error) {
    const parts = [error.summary];
    if (error.status === 404 && /\/role\//.test(error.call)) {
        parts.push('Jira also answers 404 when the token may not administer the project');
    }
    if (error.needs !== undefined)
        parts.push(`needs ${error.needs}`);
    return (0,_jira_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(new Error(parts.join('; ')));
}


}),

9023:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
DM: () => ( entryFromChange),
EX: () => ( countEntries),
ii: () => ( holderText),
nn: () => ( fromSchemeText)
});
var _model_holder_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2087);

function entryFromChange(change, index, origin = 'plan') {
    const entry = {
        index,
        action: change.action,
        scheme: change.scheme,
        schemeId: change.schemeId,
        origin,
        result: 'pending',
        attempts: 0,
    };
    if (change.permission !== undefined)
        entry.permission = change.permission;
    if (change.holder !== undefined)
        entry.holder = { ...change.holder };
    if (change.grantId !== undefined)
        entry.grantId = change.grantId;
    if (change.label !== undefined)
        entry.label = change.label;
    if (change.from !== undefined)
        entry.from = { ...change.from };
    if (change.to !== undefined)
        entry.to = { ...change.to };
    if (change.project !== undefined)
        entry.project = change.project;
    if (change.projectId !== undefined)
        entry.projectId = change.projectId;
    if (change.fromScheme !== undefined)
        entry.fromScheme = change.fromScheme;
    if (change.fromSchemeId !== undefined)
        entry.fromSchemeId = change.fromSchemeId;
    return entry;
}
function countEntries(entries) {
    const counts = { total: entries.length, done: 0, failed: 0, skipped: 0, pending: 0 };
    for (const entry of entries)
        counts[entry.result] += 1;
    return counts;
}

function holderText(entry) {
    return entry.holder === undefined ? (entry.label ?? '') : (0,_model_holder_js__WEBPACK_IMPORTED_MODULE_0__/* .grantLabel */ .JA)({ ...entry, holder: entry.holder });
}




function fromSchemeText(entry) {
    const id = entry.fromSchemeId ?? null;
    if (entry.fromScheme === undefined || entry.fromScheme === null)
        return id === null ? 'no scheme' : `scheme ${id}`;
    return id === null ? `"${entry.fromScheme}"` : `"${entry.fromScheme}" (${id})`;
}


}),

8057:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
Cy: () => ( changeKey),
FU: () => ( parsePlanFile),
ww: () => ( explainStaleness)
});

var _model_holder_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2087);
var _journal_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9023);







function schemeLabel(change) {
    return change.schemeId === null
        ? `scheme "${change.scheme}"`
        : `scheme "${change.scheme}" (${change.schemeId})`;
}
function grantText(change) {
    return `grant ${change.permission ?? '?'} ${(0,_journal_js__WEBPACK_IMPORTED_MODULE_1__/* .holderText */ .ii)(change)}`;
}

function changeKey(change) {
    const scheme = change.schemeId === null ? `name:${change.scheme}` : `id:${change.schemeId}`;
    if (change.action === 'assign-project')
        return `${change.action}|${scheme}|${change.projectId ?? change.project ?? ''}`;
    const holder = change.holder === undefined ? '' : (0,_model_holder_js__WEBPACK_IMPORTED_MODULE_0__/* .holderKey */ .I4)(change.holder);
    return `${change.action}|${scheme}|${change.permission ?? ''}|${holder}`;
}

function explainAdded(change, fileChanged) {
    const where = schemeLabel(change);
    if (fileChanged)
        return `${where}: ${changeText(change)} is now planned (its file ${change.file ?? ''} changed)`;
    switch (change.action) {
        case 'remove-grant':
            return `${where}: ${grantText(change)} was added in Jira since the plan was made (apply would now remove it)`;
        case 'add-grant':
            return `${where}: ${grantText(change)} was removed from Jira since the plan was made (apply would now add it back)`;
        case 'create-scheme':
            return `${where} was deleted or renamed in Jira since the plan was made (apply would now create it)`;
        case 'delete-scheme':
            return `${where} appeared in Jira since the plan was made (apply would now delete it)`;
        case 'update-scheme':
            return `${where}: its name or description was changed in Jira since the plan was made`;
        case 'assign-project':
            return `project ${change.project ?? '?'} was moved to ${(0,_journal_js__WEBPACK_IMPORTED_MODULE_1__/* .fromSchemeText */ .nn)(change)} in Jira since the plan was made (apply would now move it to ${where})`;
    }
}

function explainDropped(change, fileChanged) {
    const where = schemeLabel(change);
    if (fileChanged) {
        return `${where}: ${changeText(change)} is no longer planned (its file ${change.file ?? ''} changed)`;
    }
    switch (change.action) {
        case 'add-grant':
            return `${where}: ${grantText(change)} was added in Jira since the plan was made (the reviewed plan added it)`;
        case 'remove-grant':
            return `${where}: ${grantText(change)} was removed from Jira since the plan was made (the reviewed plan removed it)`;
        case 'create-scheme':
            return `${where} was created in Jira since the plan was made (the reviewed plan created it)`;
        case 'delete-scheme':
            return `${where} was deleted in Jira since the plan was made (the reviewed plan deleted it)`;
        case 'update-scheme':
            return `${where}: its name and description were changed in Jira since the plan was made`;
        case 'assign-project':
            return `project ${change.project ?? '?'} was moved to ${where} in Jira since the plan was made (the reviewed plan moved it there)`;
    }
}

function changeText(change) {
    switch (change.action) {
        case 'add-grant':
            return `adding ${grantText(change)}`;
        case 'remove-grant':
            return `removing ${grantText(change)}`;
        case 'create-scheme':
            return 'creating the scheme';
        case 'delete-scheme':
            return 'deleting the scheme';
        case 'update-scheme':
            return 'changing its name or description';
        case 'assign-project':
            return `moving project ${change.project ?? '?'} onto it`;
    }
}




function changedFiles(reviewed, fresh) {
    if (reviewed.files === undefined || fresh.files === undefined)
        return undefined;
    const before = reviewed.files;
    const now = fresh.files;
    const paths = [...new Set([...Object.keys(before), ...Object.keys(now)])].sort();
    return paths.flatMap((path) => {
        if (!Object.hasOwn(now, path))
            return [{ path, how: 'removed' }];
        if (!Object.hasOwn(before, path))
            return [{ path, how: 'added' }];
        return before[path] === now[path] ? [] : [{ path, how: 'changed' }];
    });
}
function sameDetails(a, b) {
    return a.to?.name === b.to?.name && a.to?.description === b.to?.description;
}





function explainStaleness({ reviewed, fresh }) {
    const reasons = [];
    const moved = reviewed.filesHash === fresh.filesHash ? [] : changedFiles(reviewed, fresh);
    if (reviewed.filesHash !== fresh.filesHash) {
        const which = moved === undefined || moved.length === 0
            ? ''
            : ` (${moved.map((file) => `${file.path} ${file.how}`).join(', ')})`;
        reasons.push(`the scheme files (or the settings file) changed since the plan was made${which}: make a new plan from the files being applied`);
    }
    const changedPaths = new Set((moved ?? []).map((file) => file.path));
    const fileChanged = (change) => change.file !== undefined && changedPaths.has(change.file);
    const reviewedByKey = new Map(reviewed.changes.map((change) => [changeKey(change), change]));
    const freshByKey = new Map(fresh.changes.map((change) => [changeKey(change), change]));
    const explainedSchemes = new Set();
    const note = (change, reason) => {
        if (change.schemeId !== null)
            explainedSchemes.add(String(change.schemeId));
        reasons.push(reason);
    };
    for (const [key, change] of freshByKey) {
        const before = reviewedByKey.get(key);
        if (before === undefined) {
            note(change, explainAdded(change, fileChanged(change)));
        }
        else if (change.action === 'remove-grant' && before.grantId !== change.grantId) {
            note(change, `${schemeLabel(change)}: ${grantText(change)} was deleted and re-created in Jira since the plan was made (grant id ${before.grantId ?? '?'} is now ${change.grantId ?? '?'})`);
        }
        else if (change.action === 'assign-project' && before.fromSchemeId !== change.fromSchemeId) {
            note(change, `project ${change.project ?? '?'} was moved in Jira since the plan was made: it now leaves ${(0,_journal_js__WEBPACK_IMPORTED_MODULE_1__/* .fromSchemeText */ .nn)(change)}, not ${(0,_journal_js__WEBPACK_IMPORTED_MODULE_1__/* .fromSchemeText */ .nn)(before)}`);
        }
        else if (change.action === 'update-scheme' && !sameDetails(before, change)) {
            note(change, `${schemeLabel(change)}: the new name or description in the files changed since the plan was made`);
        }
    }
    for (const [key, change] of reviewedByKey) {
        if (!freshByKey.has(key))
            note(change, explainDropped(change, fileChanged(change)));
    }


    const names = new Map();
    for (const change of [...reviewed.changes, ...fresh.changes]) {
        if (change.schemeId !== null)
            names.set(String(change.schemeId), change.scheme);
    }
    for (const [schemeId, fingerprint] of Object.entries(reviewed.fingerprints)) {
        if (explainedSchemes.has(schemeId))
            continue;
        const now = fresh.fingerprints[schemeId];
        if (now === undefined || now === fingerprint)
            continue;
        const name = names.get(schemeId);
        reasons.push(`scheme ${name === undefined ? '' : `"${name}" `}(${schemeId}): its live grants changed in Jira since the plan was made (fingerprint ${fingerprint} is now ${now})`);
    }
    return reasons;
}

function parsePlanFile(text, file) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`${file} is not JSON (${error instanceof Error ? error.message : String(error)}): pass a file written by 'jira-perms plan --out FILE'`);
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
        throw new Error(`${file} is not a plan file: expected a JSON object written by 'jira-perms plan --out FILE'`);
    }
    const record = data;
    if (record.version !== 1) {
        throw new Error(`${file} is not a plan file this version understands (version ${JSON.stringify(record.version)}; expected 1)`);
    }
    if (!Array.isArray(record.changes))
        throw new Error(`${file} is not a plan file: it has no "changes" list`);
    if (typeof record.fingerprints !== 'object' || record.fingerprints === null) {
        throw new Error(`${file} has no "fingerprints": it cannot prove what was reviewed; make it again with 'jira-perms plan --out FILE'`);
    }
    if (typeof record.filesHash !== 'string') {
        throw new Error(`${file} has no "filesHash": make it again with 'jira-perms plan --out FILE'`);
    }
    for (const [index, change] of record.changes.entries()) {
        const item = change;
        if (item === null ||
            typeof item !== 'object' ||
            typeof item.action !== 'string' ||
            typeof item.scheme !== 'string' ||
            !(item.schemeId === null || typeof item.schemeId === 'number')) {
            throw new Error(`${file}: change ${index + 1} is not a plan change (needs action, scheme and schemeId)`);
        }
    }
    return data;
}


}),

3297:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


__webpack_require__.r(__webpack_exports__);


__webpack_require__.d(__webpack_exports__, {
  CONNECTION_HELP: () => ( CONNECTION_HELP),
  FILE_OPTIONS: () => ( FILE_OPTIONS),
  PLAN_SPEC: () => ( PLAN_SPEC),
  planCommand: () => ( planCommand),
  planExitCode: () => ( planExitCode),
  printPlanResult: () => ( printPlanResult)
});


var external_node_fs_ = __webpack_require__(3024);

var external_node_path_ = __webpack_require__(6760);
;





const ACCESS_VARIABLE = 'JIRA_PERMS_ACCESS';

const ACCESS_VALUES = ['on', 'full', 'off'];







function parseAccessSetting(value) {
    const text = (value ?? '').trim().toLowerCase();
    if (text === '' || ['on', 'true', 'yes', '1'].includes(text))
        return 'always';
    if (['full', 'all'].includes(text))
        return 'full';
    if (['off', 'false', 'no', '0'].includes(text))
        return 'limits';
    throw new Error(`${ACCESS_VARIABLE} must be "on", "full" or "off"; got "${value ?? ''}"`);
}


var commands_plan = __webpack_require__(489);

var external_node_os_ = __webpack_require__(8161);
;















function childProcess() {
    return process.getBuiltinModule('node:child_process');
}

const MAX_FILE_BYTES = 16 * 1024 * 1024;
const GIT_OUTPUT_LIMIT = 256 * 1024 * 1024;
class GitRefError extends Error {
    name = 'GitRefError';
}
function git(cwd, args) {
    return new Promise((resolvePromise, reject) => {
        childProcess().execFile('git', [...args], {
            cwd,
            maxBuffer: GIT_OUTPUT_LIMIT,
            encoding: 'utf8',
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
        }, (error, stdout, stderr) => {
            if (error !== null) {
                const detail = stderr.trim().split('\n')[0] ?? '';
                reject(new GitRefError(detail === '' ? error.message : detail));
            }
            else {
                resolvePromise(stdout);
            }
        });
    });
}

function readBlobs(cwd, ids) {
    return new Promise((resolvePromise, reject) => {
        const child = childProcess().spawn('git', ['cat-file', '--batch'], {
            cwd,
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        const chunks = [];
        child.stdout.on('data', (chunk) => chunks.push(chunk));
        child.on('error', reject);
        child.on('close', (code) => {
            if (code !== 0) {
                reject(new GitRefError(`git cat-file exited with ${String(code)}`));
                return;
            }
            const output = Buffer.concat(chunks);
            const blobs = new Map();
            let at = 0;
            for (const id of ids) {
                const end = output.indexOf(0x0a, at);
                const header = output.subarray(at, end).toString('utf8').split(' ');
                const size = Number(header[2]);
                if (header[1] !== 'blob' || !Number.isSafeInteger(size)) {
                    reject(new GitRefError(`git cat-file did not return the blob ${id}`));
                    return;
                }
                blobs.set(id, output.subarray(end + 1, end + 1 + size));
                at = end + 1 + size + 1;
            }
            resolvePromise(blobs);
        });
        child.stdin.end(ids.map((id) => `${id}\n`).join(''));
    });
}

function parseTree(output) {
    const entries = [];
    for (const line of output.split('\0')) {
        const tab = line.indexOf('\t');
        if (tab === -1)
            continue;
        const [mode = '', type = '', id = '', size = ''] = line.slice(0, tab).split(/ +/);
        if (type !== 'blob')
            continue;
        entries.push({ mode, id, size: Number(size), path: line.slice(tab + 1) });
    }
    return entries;
}
function wanted(entry, settingsFile) {

    if (entry.mode !== '100644' && entry.mode !== '100755')
        return false;
    if (!(entry.size <= MAX_FILE_BYTES))
        return false;
    return /\.ya?ml$/i.test(entry.path) || entry.path === settingsFile;
}




async function filesAtRef(options) {
    const { cwd, ref } = options;

    if (ref === '' || ref.startsWith('-') || /[\0\n]/.test(ref)) {
        throw new GitRefError(`"${ref}" is not a git ref`);
    }
    let top;
    let commit;
    try {
        top = (await git(cwd, ['rev-parse', '--show-toplevel'])).trim();
    }
    catch (error) {
        throw new GitRefError(`--base-ref needs a git repository: ${error instanceof Error ? error.message : String(error)}`);
    }
    const resolveRef = async () => (await git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])).trim();
    try {
        commit = await resolveRef().catch(async (error) => {
            if (options.fetch !== true || !/^[0-9a-f]{40}$/i.test(ref))
                throw error;
            await git(cwd, ['fetch', '--quiet', '--no-tags', '--depth=1', 'origin', ref]);
            return resolveRef();
        });
    }
    catch {
        throw new GitRefError(`the git ref "${ref}" names no commit in this checkout (a shallow clone may not have it: ` +
            'fetch it, or check out with fetch-depth: 0)');
    }
    const inside = (0,external_node_path_.relative)(top, (0,external_node_path_.resolve)(cwd));
    const settingsFile = options.settingsPath === undefined
        ? undefined
        : (0,external_node_path_.relative)(top, (0,external_node_path_.resolve)(cwd, options.settingsPath)).split(external_node_path_.sep).join('/');
    const entries = parseTree(await git(top, ['ls-tree', '-r', '-l', '-z', '--full-tree', commit])).filter((entry) => wanted(entry, settingsFile));
    const blobs = entries.length === 0
        ? new Map()
        : await readBlobs(top, entries.map((e) => e.id));
    const root = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'jira-perms-base-'));
    const remove = () => {
        (0,external_node_fs_.rmSync)(root, { recursive: true, force: true });
    };
    try {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(root, '.git'));
        for (const entry of entries) {
            const target = (0,external_node_path_.normalize)((0,external_node_path_.join)(root, entry.path));

            if (!target.startsWith(`${root}${external_node_path_.sep}`) || entry.path.split('/').includes('.git'))
                continue;
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(target), { recursive: true });
            (0,external_node_fs_.writeFileSync)(target, blobs.get(entry.id) ?? Buffer.alloc(0));
        }
        const copyCwd = (0,external_node_path_.join)(root, inside);
        (0,external_node_fs_.mkdirSync)(copyCwd, { recursive: true });
        return { commit, cwd: copyCwd, remove };
    }
    catch (error) {
        remove();
        throw error;
    }
}


var explain = __webpack_require__(4200);

var stale = __webpack_require__(8057);
;











function originKey(change) {
    const project = change.project;
    const target = change.action === 'update-scheme'
        ? JSON.stringify([change.to?.name ?? null, change.to?.description ?? null])
        : '';
    return `${(0,stale .Cy)(change)}|${typeof project === 'string' ? project : ''}|${target}`;
}

function markOrigins(head, base) {
    const fromBase = new Set(base.map(originKey));
    return head.map((change) => {
        const origin = fromBase.has(originKey(change)) ? 'drift' : 'pull-request';
        return { ...change, origin };
    });
}


var errors = __webpack_require__(6353);

var commands_deps = __webpack_require__(9369);
;















async function planBase(options, deps) {
    let copy;
    try {
        copy = await filesAtRef({
            cwd: deps.cwd,
            ref: options.baseRef,
            settingsPath: options.settingsPath,
            fetch: options.fetchBase === true,
        });
    }
    catch (error) {
        return { error: `the base files could not be read: ${(0,errors .gJ)(error)}` };
    }
    try {

        const base = await (0,commands_plan .F)({ path: options.path, settingsPath: options.settingsPath, access: 'never' }, { ...deps, cwd: copy.cwd, progress: () => undefined });
        if (base.status !== 'planned' || base.plan === undefined) {
            const why = base.status === 'invalid'
                ? 'its scheme files have errors'
                : (base.error ?? 'it could not be planned');
            return { commit: copy.commit, error: `the base commit could not be planned: ${why}` };
        }
        return { commit: copy.commit, changes: base.plan.changes };
    }
    finally {
        copy.remove();
    }
}
async function runPlanWithBase(options, deps) {
    let client;
    try {
        client = deps.jira.prober({ signal: deps.signal });
    }
    catch (error) {
        const failed = await (0,commands_plan .F)(options, deps);
        return { ...failed, base: { ref: options.baseRef, error: (0,errors .gJ)(error) } };
    }
    const readOnce = { ...deps, jira: (0,commands_deps .ig)(client) };
    const head = await (0,commands_plan .F)({ path: options.path, settingsPath: options.settingsPath, access: options.access }, readOnce);
    const plan = head.plan;
    if (head.status !== 'planned' || plan === undefined) {
        return { ...head, base: { ref: options.baseRef, error: 'there is no plan to compare' } };
    }
    deps.progress({ step: 'base', message: `Planning the files of ${options.baseRef} to tell drift apart` });
    const base = await planBase(options, readOnce);
    if ('error' in base) {
        return { ...head, base: { ref: options.baseRef, ...base } };
    }
    const changes = markOrigins(plan.changes, base.changes);
    const drifted = changes.filter((change) => change.origin === 'drift');
    let drift;
    if (drifted.length > 0) {
        deps.progress({ step: 'audit', message: "Reading Jira's audit log for who changed what" });
        try {
            drift = await (0,explain .j)({
                changes: drifted,
                grants: [
                    ...(head.live ?? []).flatMap((scheme) => scheme.grants),
                    ...(head.desired ?? []).flatMap((scheme) => scheme.grants),
                ],
            }, client, { sinceDays: options.sinceDays ?? explain .B, now: deps.clock });
        }
        catch {

            drift = undefined;
        }
    }
    const who = new Map(drift?.items.map((item) => [item.change, item.changedBy]) ?? []);
    plan.changes = changes.map((change) => change.origin === 'drift' ? { ...change, changedBy: who.get(change) ?? null } : change);
    return {
        ...head,
        plan,
        base: { ref: options.baseRef, commit: base.commit, ...(drift === undefined ? {} : { drift }) },
    };
}


var drift_text = __webpack_require__(9252);

var secrets = __webpack_require__(1113);

var findings_text = __webpack_require__(899);

var plan_json = __webpack_require__(7729);

var plan_text = __webpack_require__(7244);
;








const MARKER_PREFIX = '<!-- jira-permissions-as-code:plan';

const GITHUB_COMMENT_LIMIT = 65_536;
const DEFAULT_SETTINGS_PATH = '.jira-permissions.yml';

function attribute(name, value) {
    return ` ${name}=${encodeURIComponent(value)}`;
}
function commentMarker(key) {
    let marker = MARKER_PREFIX;
    if (key.path !== undefined && key.path !== '')
        marker += attribute('path', key.path);
    if (key.settings !== undefined && key.settings !== DEFAULT_SETTINGS_PATH) {
        marker += attribute('settings', key.settings);
    }
    return `${marker} -->`;
}
const ACTIONS_BOT_LOGIN = 'github-actions[bot]';
function firstLine(body) {
    const end = body.indexOf('\n');
    return end === -1 ? body : body.slice(0, end);
}

function isBot(user) {
    return user.type === 'Bot' || user.login.toLowerCase().endsWith('[bot]');
}
function isOurs(comment, identity) {
    if (identity.kind === 'unknown')
        return true;
    const user = comment.user;
    if (user === undefined || user === null)
        return false;
    if (identity.kind === 'login')
        return user.login.toLowerCase() === identity.login.toLowerCase();
    return isBot(user);
}

function findOwnComment(comments, marker, identity) {
    const candidates = comments.filter((comment) => typeof comment.body === 'string' && firstLine(comment.body).trim() === marker);
    const ours = candidates.filter((comment) => isOurs(comment, identity));
    if (identity.kind === 'bot' || identity.kind === 'unknown') {
        const actionsBot = ours.find((comment) => comment.user?.login === ACTIONS_BOT_LOGIN);
        if (actionsBot !== undefined)
            return actionsBot;
    }
    if (identity.kind === 'unknown') {
        const bot = ours.find((comment) => comment.user !== undefined && comment.user !== null && isBot(comment.user));
        if (bot !== undefined)
            return bot;
    }
    return ours[0];
}
const TRUNCATION_NOTICE = "\n\n> [!WARNING]\n> This comment was cut to fit GitHub's comment size limit. The full plan is in the " +
    "workflow run's job summary and in its plan file.\n";




function composeCommentBody(marker, content, limit = GITHUB_COMMENT_LIMIT) {
    const body = `${marker}\n${content.endsWith('\n') ? content : `${content}\n`}`;
    if (body.length < limit)
        return body;
    const room = limit - 1 - TRUNCATION_NOTICE.length - 200;
    let cut = body.slice(0, room);
    const lastBreak = cut.lastIndexOf('\n');
    if (lastBreak > marker.length)
        cut = cut.slice(0, lastBreak);

    const fences = cut.match(/^```/gm)?.length ?? 0;
    if (fences % 2 === 1)
        cut += '\n```';
    const openDetails = (cut.match(/<details>/g)?.length ?? 0) - (cut.match(/<\/details>/g)?.length ?? 0);
    for (let index = 0; index < openDetails; index++)
        cut += '\n</details>';
    return `${cut}${TRUNCATION_NOTICE}`;
}

function contentBudget(marker, limit = GITHUB_COMMENT_LIMIT) {
    return limit - marker.length - 2;
}


var order = __webpack_require__(4946);

var drift_markdown = __webpack_require__(5106);

var view_finding = __webpack_require__(7280);

var words = __webpack_require__(1788);
;




const MAX_ROWS = 1000;
function findingsMarkdown(findings, fileCount,

shownAbove = new Set()) {
    const verdict = (0,order .Gt)(findings).errors > 0 ? '\u274c' : '\u2705';
    const lines = [`## Validation`, '', `${verdict} ${(0,view_finding .mK)(findings, fileCount)}`, ''];
    const rows = findings.filter((finding) => !shownAbove.has(finding));
    if (rows.length < findings.length) {
        lines.push(`${(0,words .LS)(findings.length - rows.length, 'finding')} listed with the plan above.`, '');
    }
    if (rows.length === 0)
        return `${lines.join('\n')}\n`;
    lines.push('| severity | location | rule | message |', '|---|---|---|---|');
    for (const finding of rows.slice(0, MAX_ROWS))
        lines.push((0,view_finding .ex)(finding));
    if (rows.length > MAX_ROWS) {
        lines.push('', `\u2026and ${rows.length - MAX_ROWS} more: see the annotations and the step log.`);
    }
    return `${lines.join('\n')}\n`;
}


var markdown = __webpack_require__(8604);

var holder = __webpack_require__(2087);

var plan_view = __webpack_require__(6958);

var terminal = __webpack_require__(9629);

var plan_access = __webpack_require__(2161);
;















const plan_markdown_GITHUB_COMMENT_LIMIT = 65_536;
const DEFAULT_MAX_LENGTH = 60_000;

const DEFAULT_FOLD_ABOVE = 20;
const DEFAULT_FULL_PLAN_HINT = 'The full plan is in the job summary of this workflow run and in the plan file (`plan-json` output, `jira-perms plan --out plan.json`).';
function renderPlanMarkdown(plan, options = {}) {
    const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
    const foldAbove = options.foldAbove ?? DEFAULT_FOLD_ABOVE;
    const head = headBlocks(plan, options.title ?? 'Jira permissions plan');

    const access = (0,plan_access .ql)(plan.access ?? [], plan.summary.access ?? plan_access .sM, Math.floor(maxLength / 4));
    if (access !== undefined)
        head.push(access);
    const groups = (0,plan_view .T0)(plan);
    const tail = tailBlocks(plan);
    const whole = [...head, ...groups.map((group) => schemeSection(group, foldAbove)), ...tail].join('\n\n') + '\n';
    if (whole.length <= maxLength)
        return whole;

    const notice = (hidden) => [
        '> [!WARNING]',
        `> **This plan is too long for one comment:** ${(0,words .LS)(hidden, 'more change is', 'more changes are')} not shown here.`,
        `> ${options.fullPlanHint ?? DEFAULT_FULL_PLAN_HINT}`,
    ].join('\n');
    const reserve = notice(plan.changes.length).length + 4;
    const parts = [];
    let length = 0;
    const fits = (text) => length + text.length + 2 + reserve <= maxLength;
    const push = (text) => {
        parts.push(text);
        length += text.length + 2;
    };
    let shown = 0;
    for (const block of head) {
        if (fits(block))
            push(block);
        else
            push(clip(block, maxLength - length - reserve - 2));
    }
    for (const group of groups) {
        const section = schemeSection(group, foldAbove);
        const size = changeCount(group);
        if (fits(section)) {
            push(section);
            shown += size;
            continue;
        }

        let low = 0;
        let high = group.grantChanges.length - 1;
        let best;
        let bestCount = 0;
        while (low <= high) {
            const middle = Math.floor((low + high) / 2);
            const partial = schemeSection(group, foldAbove, middle);
            if (fits(partial)) {
                best = partial;
                bestCount = middle;
                low = middle + 1;
            }
            else {
                high = middle - 1;
            }
        }
        if (best !== undefined) {
            push(best);
            shown += bestCount + group.projectChanges.length + (group.schemeChange === undefined ? 0 : 1);
        }
        break;
    }
    parts.push(notice(plan.changes.length - shown));
    const result = parts.join('\n\n') + '\n';
    return result.length <= maxLength ? result : clip(result, maxLength);
}
function changeCount(group) {
    return group.grantChanges.length + group.projectChanges.length + (group.schemeChange === undefined ? 0 : 1);
}

function clip(text, length) {
    if (length <= 0)
        return '';
    if (text.length <= length)
        return text;
    const cut = text.lastIndexOf('\n', length - 2);
    return `${text.slice(0, cut > 0 ? cut : Math.max(0, length - 2))}\n\u2026`.slice(0, length);
}
function headBlocks(plan, title) {
    const blocks = [`### ${(0,markdown .FV)(title)}`];
    blocks.push(`**${(0,markdown .FV)((0,plan_view .MT)(plan))}**`);
    const blocked = (0,plan_view .D1)(plan);
    if (blocked !== undefined)
        blocks.push(`> [!CAUTION]\n> **${(0,markdown .FV)(blocked)}**`);
    if (plan.guardrails.length > 0) {
        const items = plan.guardrails.map((violation) => {
            const status = violation.allowed ? '\u2705 allowed by the settings file' : '\u26d4 **failed**';
            const line = `- ${(0,markdown .SS)(violation.guardrail)} ${status} for ${(0,markdown .SS)(violation.scheme)}: ${(0,markdown .FV)(violation.message)}`;
            if (violation.allowed)
                return line;
            const allowance = `{guardrail: ${violation.guardrail}, scheme: ${(0,terminal .hD)(violation.scheme)}}`;
            return `${line}\n  To allow it, add ${(0,markdown .SS)(allowance)} under ${(0,markdown .SS)('guardrails.allow')} in the settings file.`;
        });
        blocks.push(`#### Guardrails\n\n${items.join('\n')}`);
    }
    const { problems, alreadyLive } = (0,plan_view .Gh)(plan.findings);
    if (problems.length > 0) {
        blocks.push(`#### Problems\n\n${problems.map(view_finding .dY).join('\n')}`);
    }
    if (alreadyLive.length > 0) {
        blocks.push(`#### ${plan_view .Ls}\n\n${alreadyLive.map(view_finding .dY).join('\n')}`);
    }
    return blocks;
}

function schemeSection(group, foldAbove, lineLimit) {
    const what = group.schemeId === null
        ? 'new scheme'
        : group.marker === '-'
            ? `id ${group.schemeId}, to delete`
            : `id ${group.schemeId}`;
    const heading = `#### ${group.marker} ${(0,markdown .SS)(group.name)} (${what})`;
    const usage = [];
    const phrase = (0,plan_view .ux)(group.blast, group.schemeId === null);
    if (group.blast !== undefined && group.blast.projectCount !== null && group.blast.sampleKeys.length > 0) {
        const more = group.blast.projectCount - group.blast.sampleKeys.length;
        const keys = group.blast.sampleKeys.map((key) => (0,markdown .SS)(key)).join(', ');
        usage.push(`${(0,words .sK)(phrase)}: ${keys}${more > 0 ? ` and ${more} more` : ''}`);
    }
    else {
        usage.push((0,words .sK)(phrase));
    }
    if (group.file !== undefined)
        usage.push(`file ${(0,markdown .SS)(group.file)}`);
    const lines = diffLines(group, lineLimit);
    const block = (0,markdown .zW)('diff', lines);
    const hidden = lineLimit === undefined ? 0 : group.grantChanges.length - Math.min(lineLimit, group.grantChanges.length);
    const cutNote = hidden > 0 ? `\n\n_${(0,words .LS)(hidden, 'more change')} in this scheme not shown._` : '';
    const count = group.grantChanges.length;
    const body = count > foldAbove
        ? `<details><summary>${(0,markdown .ZD)(`${count} grant changes`)}</summary>\n\n${block}\n\n</details>`
        : block;
    return `${heading}\n\n${usage.join(' \u00b7 ')}\n\n${body}${cutNote}`;
}
function diffLines(group, lineLimit) {
    const lines = [];
    const change = group.schemeChange;
    if (change?.action === 'update-scheme') {
        if (change.to?.name !== undefined)
            lines.push(`! name: ${(0,terminal .hD)(change.from?.name ?? '')} -> ${(0,terminal .hD)(change.to.name)}`);
        if (change.to?.description !== undefined) {
            lines.push(`! description: ${(0,terminal .hD)(change.from?.description ?? '')} -> ${(0,terminal .hD)(change.to.description)}`);
        }
    }
    else if (change?.action === 'create-scheme') {
        lines.push(`+ scheme ${(0,terminal .hD)(group.name)}`);
        if (change.to?.description !== undefined && change.to.description !== '') {
            lines.push(`+ description: ${(0,terminal .hD)(change.to.description)}`);
        }
    }
    else if (change?.action === 'delete-scheme') {
        lines.push(`- scheme ${(0,terminal .hD)(group.name)} (id ${group.schemeId ?? ''}) and all its grants`);
    }

    for (const move of group.projectChanges)
        lines.push(`~ ${(0,plan_view .oX)(move)}`);
    const shown = lineLimit === undefined ? group.grantChanges : group.grantChanges.slice(0, lineLimit);
    const width = (0,plan_view .U6)(group.grantChanges);
    for (const grant of shown)
        lines.push(grantLine(grant, width));
    return lines;
}
function grantLine(change, width) {
    const marker = change.action === 'add-grant' ? '+' : '-';
    return `${marker} ${(change.permission ?? '').padEnd(width)}  ${(0,plan_view .pG)(change)}`;
}
function tailBlocks(plan) {
    const blocks = [];
    if (plan.kept.length > 0) {
        const items = plan.kept.map((grant) => {
            const label = (0,holder .JA)(grant);
            return `- ${(0,markdown .SS)(grant.scheme)} (id ${grant.schemeId}): ${(0,markdown .SS)(grant.permission)} ${(0,markdown .SS)(label)}: ${(0,markdown .FV)(grant.reason)}`;
        });
        blocks.push(`<details><summary>${(0,markdown .ZD)(`Kept: ${(0,words .LS)(plan.kept.length, 'live grant')} this tool does not manage, left as is`)}</summary>\n\n${items.join('\n')}\n\n</details>`);
    }
    if (plan.unmanaged.length > 0) {
        const items = plan.unmanaged.map((scheme) => `- ${(0,markdown .SS)(scheme.name)} (id ${scheme.id})`);
        blocks.push(`<details><summary>${(0,markdown .ZD)(`Unmanaged: ${(0,words .LS)(plan.unmanaged.length, 'live scheme has', 'live schemes have')} no file and ${plan.unmanaged.length === 1 ? 'is' : 'are'} left alone`)}</summary>\n\n${items.join('\n')}\n\n</details>`);
    }
    return blocks;
}

;













function planTitle(key) {
    return key.path === undefined ? 'Jira permissions plan' : `Jira permissions plan: ${key.path}`;
}

function noPlanMarkdown(title, result) {
    const counts = (0,order .Gt)(result.findings);
    const lines = [`### ${(0,markdown .FV)(title)}`, ''];
    if (result.status === 'invalid') {
        lines.push(`\u274c **No plan**: the scheme files have ${(0,words .LS)(counts.errors, 'error')}. Each one is annotated on its ` +
            'file and line; fix them and push again.', findingsMarkdown(result.findings.filter((finding) => finding.severity === 'error'), result.fileCount).replace(/^## Validation\n/, ''));
    }
    else {

        const error = (result.error ?? 'the plan could not be made').split('\n');
        lines.push('\u274c **No plan**: the plan could not be made.', '', (0,markdown .zW)('text', error));
    }
    return `${lines.join('\n')}\n`;
}





function commentDrift(base, result) {
    if (base === undefined || result.plan === undefined || result.plan.changes.length === 0)
        return {};
    return { drift: (0,drift_markdown .MJ)(base) };
}




function planCommentContent(result, key, extras = {}) {
    const title = planTitle(key);
    const after = [extras.drift, extras.footer]
        .filter((part) => part !== undefined && part !== '')
        .map((part) => `\n${part.replace(/\n*$/, '\n')}`)
        .join('');
    if (result.plan === undefined)
        return `${noPlanMarkdown(title, result)}${after}`;
    return (renderPlanMarkdown(result.plan, {
        title,
        maxLength: contentBudget(commentMarker(key)) - 100 - after.length,
    }) + after);
}

function planCommentBody(result, key, extras = {}) {
    return composeCommentBody(commentMarker(key), (0,secrets .E$)(planCommentContent(result, key, extras)));
}


var write_file = __webpack_require__(7238);

var command = __webpack_require__(310);

var cli_deps = __webpack_require__(6874);

var summaries = __webpack_require__(5062);

var heap = __webpack_require__(6086);
;




















const FILE_OPTIONS = [
    {
        name: 'path',
        type: 'string',
        valueName: 'DIR',
        help: 'the scheme folder',
        defaultText: '"schemes" in the settings file, else jira-permissions/',
    },
    {
        name: 'settings',
        type: 'string',
        valueName: 'FILE',
        help: 'the settings file',
        defaultText: '.jira-permissions.yml',
    },
];
const CONNECTION_HELP = `Connection, from the environment: JIRA_BASE_URL, JIRA_EMAIL + JIRA_API_TOKEN or JIRA_BEARER_TOKEN,
JIRA_API_VERSION (3 = Cloud, default; 2 = Data Center). See 'jira-perms --help'.`;
const PLAN_OPTIONS = [
    ...FILE_OPTIONS,
    {
        name: 'json',
        type: 'boolean',
        help: 'print the plan as one JSON document instead of text: ' +
            '{"version": 1, "changes": [...], "summary": {...}, "fingerprints": {...}, ...}',
    },
    {
        name: 'markdown',
        type: 'boolean',
        help: 'print exactly the body of the pull-request comment the action would post (Markdown), ' +
            'to preview it from a terminal',
    },
    {
        name: 'out',
        type: 'string',
        valueName: 'FILE',
        help: 'also write the plan JSON to FILE (for review, or for apply --plan FILE)',
    },
    {
        name: 'detailed-exitcode',
        type: 'boolean',
        help: 'exit 2 when there are changes, 0 when there are none',
    },
    {
        name: 'base-ref',
        type: 'string',
        valueName: 'REF',
        help: "tell drift apart: plan the files of git ref REF (a pull request's base) too; a change both plan " +
            'undoes a change made in Jira ("origin": "drift", with who made it), any other is "pull-request"',
    },
    {
        name: 'access',
        type: 'string',
        choices: ACCESS_VALUES,
        help: 'effective access (who gains and who loses): on reads people within a budget of max(50, 4% of ' +
            "the plan's own requests) and names the outcomes it could not expand; full reads every holder; " +
            'off leaves it out',
        defaultText: 'JIRA_PERMS_ACCESS, else on',
    },
    {
        name: 'no-access',
        type: 'boolean',
        help: 'leave out effective access (who gains and who loses): no group members or role actors are read, ' +
            'unless accessLimits in the settings file need them; the same as --access off or JIRA_PERMS_ACCESS=off',
    },
];
const PLAN_SPEC = {
    name: 'plan',
    summary: summaries .Z.plan,
    description: `Reads the scheme files, validates them, looks names up in Jira and compares the files with the live
permission schemes. Prints every grant that would be added (+) or removed (-) and every scheme that
would be created, renamed or deleted (~, +, -), grouped per scheme with the projects that use it,
then the effective access: per project and permission, the people who gain it and who lose it.
By default effective access reads people within a budget (max(50, 4% of the requests the plan made
before it)) and lists the outcomes it could not expand; --access full reads every holder.
Only ever reads from Jira (a read-only client that cannot send POST, PUT or DELETE).
validate judges the files alone, plan judges the changes: a lint error about a grant or scheme Jira
already has and the plan leaves as it is is listed as "already live, not blocking" and does not fail
the plan; one in anything the plan adds or changes does.`,
    options: PLAN_OPTIONS,
    epilogue: `Guardrails fail the plan (exit 1) unless the settings file allows them for the scheme by name:
  lockout          a scheme that projects use would lose its last ADMINISTER_PROJECTS or BROWSE_PROJECTS holder
  public-exposure  a grant to "anyone" (anonymous access) would be added
  mass-removal     more than guardrails.maxRemovals (10) grants, or more than guardrails.maxRemovalRatio (20%)
                   of a scheme's grants, would be removed from one scheme
  access-limit     more people than accessLimits allows would gain a permission in one project
                   (settings: accessLimits: {ADMINISTER_PROJECTS: 5})
  In .jira-permissions.yml:
    guardrails:
      allow:
        - guardrail: mass-removal
          scheme: Software Development     # or "*" for every scheme

Exit codes:
  0  success (with --detailed-exitcode: success and no changes)
  1  error: invalid files, connection or permission failure, or a guardrail that is not allowed
  2  with --detailed-exitcode: success and there are changes

${CONNECTION_HELP}`,
    positionalHint: 'a scheme folder goes after --path',
};

function planExitCode(result, detailedExitcode) {
    if (result.status !== 'planned' || result.blocked)
        return 1;
    return detailedExitcode && result.hasChanges ? 2 : 0;
}

function printPlanResult(result, output, options) {
    const shown = result.findings.filter((finding) => finding.severity !== 'info');
    const notes = result.findings.length - shown.length;

    const planFindings = new Set(result.plan?.findings ?? []);
    const early = shown.filter((finding) => !planFindings.has(finding));
    if (early.length > 0) {
        output.stderr.write((0,findings_text .v)(early, { fileCount: result.fileCount, color: options.color }));
    }
    if (notes > 0 && options.format === 'text' && options.notesHint !== false) {
        output.stderr.write(`(${(0,words .LS)(notes, 'note')} not shown: run jira-perms validate to see them)\n`);
    }
    if (result.status === 'invalid') {
        output.stderr.write('The scheme files have errors (above): nothing was planned.\n');
    }
    else if (result.status === 'failed') {
        output.stderr.write(`Could not plan: ${result.error ?? 'unknown error'}\n`);
    }

    if (options.format === 'markdown') {
        output.stdout.write(planCommentBody(result, options.comment ?? {}, options.commentExtras));
        return;
    }
    if (result.plan === undefined || result.status !== 'planned')
        return;
    if (options.format === 'json') {
        for (const piece of (0,plan_json .Lm)(result.plan))
            output.stdout.write(piece);
    }
    else
        output.stdout.write((0,plan_text .$)(result.plan, { color: options.color }));
}

function* redacted(pieces) {
    for (const piece of pieces)
        yield (0,secrets .E$)(piece);
}
const planCommand = (0,command .NB)(PLAN_SPEC, async (options, context) => {
    if (options.json && options.markdown) {
        return (0,command .Wp)(context, 'plan', '--json and --markdown cannot be used together');
    }
    const { stdout, stderr } = context;
    if (options.noAccess && options.access !== undefined && options.access !== 'off') {
        return (0,command .Wp)(context, 'plan', `--no-access and --access ${options.access} cannot be used together`);
    }
    let access;
    try {
        access = options.noAccess ? 'limits' : parseAccessSetting(options.access ?? context.env[ACCESS_VARIABLE]);
    }
    catch (error) {
        return (0,command .Wp)(context, 'plan', (0,errors .gJ)(error));
    }
    const progress = (0,command .oC)({ stderr, isTTY: context.isTTY });
    const deps = (0,cli_deps.cliDeps)(context, progress);
    const files = { path: options.path, settingsPath: options.settings, access };
    const withBase = options.baseRef === undefined
        ? undefined
        : await runPlanWithBase({ ...files, baseRef: options.baseRef }, deps);

    const result = withBase ?? (await (0,commands_plan .F)({ ...files, keep: 'plan' }, deps));
    progress.done();


    if (result.plan !== undefined)
        (0,heap .iO)();
    printPlanResult(result, { stdout, stderr }, {
        format: options.json ? 'json' : options.markdown ? 'markdown' : 'text',
        color: (0,command .by)(options, context),
        comment: {
            ...(options.path === undefined ? {} : { path: options.path }),
            ...(options.settings === undefined ? {} : { settings: options.settings }),
        },
        commentExtras: commentDrift(withBase?.base, result),
    });
    if (withBase !== undefined && result.plan !== undefined) {
        const base = withBase.base;
        if (base.error !== undefined)
            stderr.write((0,drift_text .ks)(base));
        else if (!options.json && !options.markdown)
            stdout.write(`\n${(0,drift_text .ks)(base)}`);

        if (base.commit === undefined && base.error !== undefined)
            return 1;
    }
    if (options.out !== undefined && result.plan !== undefined) {
        const target = (0,external_node_path_.resolve)(context.cwd, options.out);
        const name = (0,terminal .Hk)(options.out);
        try {
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(target), { recursive: true });
        }
        catch (error) {
            stderr.write(`jira-perms plan: could not write ${name}: ${(0,errors .gJ)(error)}\n`);
            return 1;
        }
        try {




            (0,write_file .J)(target, redacted((0,plan_json .Lm)(result.plan)));
        }
        catch (error) {
            const state = (0,external_node_fs_.existsSync)(target) ? ' (the file there is left as it was)' : '';
            stderr.write(`jira-perms plan: could not write ${name}${state}: ${(0,errors .gJ)(error)}\n`);
            return 1;
        }
        if (!options.json)
            stderr.write(`Plan written to ${name}\n`);
    }
    return planExitCode(result, options.detailedExitcode);
});


}),

489:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {



__webpack_require__.d(__webpack_exports__, {
  F: () => ( runPlan)
});


var config_findings = __webpack_require__(4770);

var config_load = __webpack_require__(1980);

var site = __webpack_require__(8283);

var errors = __webpack_require__(6353);

var resolve = __webpack_require__(2732);

var resolve_projects = __webpack_require__(3091);

var rules = __webpack_require__(2622);

var access_budget = __webpack_require__(157);

var compute = __webpack_require__(4882);

var read = __webpack_require__(1720);

var holder = __webpack_require__(2087);

var order = __webpack_require__(2739);
;


function scope_accessScope(input) {
    const liveById = new Map(input.live.map((scheme) => [scheme.id, scheme]));
    const changes = input.plan.changes;
    const grantChanges = changes.filter((change) => change.action === 'add-grant' || change.action === 'remove-grant');
    const keyOf = (0,holder .lo)(knownHolders(input.live, grantChanges));



    const changesByScheme = new Map();
    const schemeKey = (scheme, schemeId) => schemeId === null ? `name:${scheme}` : `id:${String(schemeId)}`;
    for (const change of grantChanges) {
        const key = schemeKey(change.scheme, change.schemeId);
        const list = changesByScheme.get(key) ?? [];
        list.push(change);
        changesByScheme.set(key, list);
    }
    const plannedGrants = (scheme, schemeId) => {
        const mine = changesByScheme.get(schemeKey(scheme, schemeId)) ?? [];
        const removed = new Set(mine.filter((change) => change.action === 'remove-grant').map((change) => change.grantId));
        const live = schemeId === null ? [] : (liveById.get(schemeId)?.grants ?? []);
        const kept = live.filter((grant) => !removed.has(grant.id));
        const added = mine.flatMap((change) => change.action === 'add-grant' && change.permission !== undefined && change.holder !== undefined
            ? [
                {
                    permission: change.permission,
                    holder: change.holder,
                    ...(change.label !== undefined ? { label: change.label } : {}),
                },
            ]
            : []);
        return [...kept, ...added];
    };
    const scopes = [];
    const projectById = new Map([...input.projectsByScheme.values()].flatMap((projects) => projects.map((project) => [project.id, project])));
    const moves = changes.filter((change) => change.action === 'assign-project');
    const moved = new Set(moves.map((move) => move.projectId));
    const changedSchemes = new Map();
    for (const change of grantChanges) {
        if (change.schemeId !== null)
            changedSchemes.set(change.schemeId, change.scheme);
    }
    for (const [schemeId, scheme] of changedSchemes) {
        const before = liveById.get(schemeId)?.grants ?? [];
        const after = plannedGrants(scheme, schemeId);

        const permissions = changedPermissions(before, after, keyOf, touchedPermissions(before, after));
        if (permissions.length === 0)
            continue;
        for (const project of input.projectsByScheme.get(schemeId) ?? []) {
            if (moved.has(project.id))
                continue;
            scopes.push({ project, scheme, permissions });
        }
    }
    for (const move of moves) {
        const from = move.fromSchemeId === null || move.fromSchemeId === undefined
            ? undefined
            : liveById.get(move.fromSchemeId);
        const permissions = changedPermissions(from?.grants ?? [], plannedGrants(move.scheme, move.schemeId), keyOf);
        if (permissions.length === 0)
            continue;
        scopes.push({
            project: projectById.get(move.projectId ?? '') ?? { id: move.projectId ?? '', key: move.project ?? '' },
            scheme: move.scheme,
            ...((move.fromScheme ?? from?.name) === undefined
                ? {}
                : { fromScheme: move.fromScheme ?? from?.name ?? '' }),
            permissions,
        });
    }
    return scopes.sort((a, b) => (0,order .n6)(a.project.key, b.project.key));
}





function* knownHolders(live, changes) {
    for (const scheme of live)
        yield* scheme.grants;
    for (const change of changes) {
        if (change.permission !== undefined && change.holder !== undefined)
            yield { holder: change.holder };
    }
}










function touchedPermissions(before, after) {
    const touched = new Set();
    let next = 0;
    for (const grant of before) {
        if (after[next] === grant)
            next += 1;
        else
            touched.add(grant.permission);
    }
    for (; next < after.length; next += 1)
        touched.add(after[next]?.permission ?? '');
    return touched;
}




function changedPermissions(before, after, keyOf, only) {
    const byPermission = (grants) => {
        const map = new Map();
        for (const grant of grants) {
            if (only !== undefined && !only.has(grant.permission))
                continue;
            const holders = map.get(grant.permission) ?? new Map();
            const key = keyOf(grant);
            if (!holders.has(key))
                holders.set(key, grant);
            map.set(grant.permission, holders);
        }
        return map;
    };
    const was = byPermission(before);
    const will = byPermission(after);
    const permissions = [...new Set([...was.keys(), ...will.keys()])].sort(order .n6);
    const result = [];
    for (const permission of permissions) {
        const left = was.get(permission) ?? new Map();
        const right = will.get(permission) ?? new Map();
        const same = left.size === right.size && [...left.keys()].every((key) => right.has(key));
        if (!same)
            result.push({ permission, before: [...left.values()], after: [...right.values()] });
    }
    return result;
}

;




function planAccess(input, reader, progress, options = {}) {
    return planAccessOf(accessScope(input), reader, progress, options);
}





async function planAccessOf(scopes, reader, progress, options = {}) {
    if (scopes.length === 0)
        return { changes: [], summary: { peopleGaining: 0, peopleLosing: 0 } };
    const budget = new access_budget .QT(options.budget ?? Number.POSITIVE_INFINITY, options.requestsMade);
    const mandatoryPermissions = options.mandatoryPermissions ?? new Set();
    const mandatory = (grant) => mandatoryPermissions.has(grant.permission);
    let done = 0;
    let total = 0;
    const wave = async (wanted) => {
        if (wanted.length === 0)
            return undefined;
        const before = { done, total };
        const data = await (0,read .k)(wanted, reader, (waveDone, waveTotal) => {
            done = before.done + waveDone;
            total = before.total + waveTotal;
            progress?.(done, total);
        }, { budget, mandatory });
        return data;
    };
    const changed = scopes.map((scope) => ({
        project: scope.project,
        grants: scope.permissions.flatMap((permission) => {
            const parts = (0,compute .ol)(permission);
            return [...parts.gained, ...parts.lost];
        }),
    }));
    let data = (await wave(changed)) ?? emptyPeople();
    const roles = (grant) => grant.holder.type === 'projectRole';
    const shared = await wave((0,compute .BZ)(scopes, data, (grant) => !roles(grant), mandatory));
    if (shared !== undefined)
        data = mergePeople(data, shared);
    const perProject = await wave((0,compute .BZ)(scopes, data, roles, mandatory));
    if (perProject !== undefined)
        data = mergePeople(data, perProject);
    const report = (0,compute .iA)(scopes, data);
    if (budget.complete)
        return report;
    const changesNotExpanded = report.changes.filter((change) => (change.unexpanded ?? []).some((entry) => entry.notRead === true)).length;
    report.summary.complete = false;
    report.summary.budget = { ...budget.report, changesNotExpanded };
    return report;
}
function emptyPeople() {
    return { groups: new Map(), roles: new Map(), leads: new Map(), users: new Map() };
}

function mergePeople(first, second) {
    const merged = {
        groups: joined(first.groups, second.groups),
        roles: joined(first.roles, second.roles),
        leads: joined(first.leads, second.leads),
        users: joined(first.users, second.users),
    };
    const applicationRoles = second.applicationRoles ?? first.applicationRoles;
    if (applicationRoles !== undefined)
        merged.applicationRoles = applicationRoles;
    return merged;
}




function joined(first, second) {
    const map = new Map(first);
    second.forEach((value, key) => map.set(key, value));
    return map;
}


var plan_managed = __webpack_require__(4870);

var planner = __webpack_require__(5552);
;


















const LIVE_STATE_RULES = new Set([
    'no-anonymous-access',
    'no-broad-admin',
    'prefer-group-id',
    'browse-required',
    'admin-required',
    'product-permission',
]);

function mayBeAlreadyLive(finding) {
    return finding.severity === 'error' && LIVE_STATE_RULES.has(finding.ruleId);
}

const REQUIRED_PERMISSION = {
    'admin-required': 'ADMINISTER_PROJECTS',
    'browse-required': 'BROWSE_PROJECTS',
};





function liveBreaksToo(ruleId, live, managed) {
    const permission = REQUIRED_PERMISSION[ruleId];
    if (permission === undefined)
        return false;
    return !live.grants.some((grant) => grant.permission === permission && !(0,plan_managed .A)(grant, managed));
}

function placeKey(location) {
    return `${location.line}:${location.column}`;
}
function indexFile(spec, desired, live) {
    const grantsAt = new Map();
    for (const grant of spec.grants) {
        for (const place of new Set([placeKey(grant.location), placeKey(grant.permissionLocation)])) {
            const list = grantsAt.get(place);
            if (list === undefined)
                grantsAt.set(place, [grant]);
            else
                list.push(grant);
        }
    }
    const keyOf = (0,holder .lo)([...desired.grants, ...live.grants]);
    const liveKeys = new Set(live.grants.map(keyOf));
    const liveAt = new Map();
    for (const [index, grant] of desired.grants.entries()) {
        const source = desired.grantSources?.[index]?.location;
        if (source === undefined || source.file !== spec.file)
            continue;
        const place = placeKey(source);

        if (!liveAt.has(place))
            liveAt.set(place, liveKeys.has(keyOf(grant)));
    }
    return { spec, live, grantsAt, liveAt };
}




function markAlreadyLive(findings, context) {
    const liveOf = (0,planner .ze)(context.desired, context.live);
    const specOf = new Map(context.specs.map((spec) => [spec.file, spec]));
    const desiredOf = new Map(context.desired.map((desired) => [desired.file, desired]));
    const indexes = new Map();
    const indexOf = (file) => {
        if (!indexes.has(file)) {
            const spec = specOf.get(file);
            const desired = desiredOf.get(file);
            const live = liveOf.get(file);
            indexes.set(file, spec === undefined || desired === undefined || live === undefined
                ? undefined
                : indexFile(spec, desired, live));
        }
        return indexes.get(file);
    };
    const judge = (finding) => {
        const index = indexOf(finding.file);
        if (index === undefined)
            return false;
        const grants = index.grantsAt.get(placeKey(finding));
        if (grants !== undefined) {

            return grants.every((grant) => index.liveAt.get(placeKey(grant.location)) === true);
        }



        if (placeKey(index.spec.nameLocation) !== placeKey(finding))
            return false;
        if (liveBreaksToo(finding.ruleId, index.live, context.managedHolders ?? []))
            return true;
        return !context.changes.some((change) => change.action !== 'assign-project' &&
            (change.file === finding.file || change.schemeId === index.live.id));
    };
    return findings.map((finding) => mayBeAlreadyLive(finding) && judge(finding)
        ? { ...finding, severity: 'warning', alreadyLive: true }
        : finding);
}

;










function withoutFileGrants(project, desired, findings) {
    const kept = new Set(findings.filter(mayBeAlreadyLive).map((finding) => finding.file));
    const slim = (spec) => (kept.has(spec.file) ? spec : { ...spec, grants: [] });
    return {
        project: {
            ...project,
            schemes: project.schemes.map(slim),
            unverifiedSchemes: project.unverifiedSchemes.map(slim),
        },
        desired: desired.map((scheme) => {
            if (kept.has(scheme.file) || scheme.grantSources === undefined)
                return scheme;
            const { grantSources: _written, ...rest } = scheme;
            return rest;
        }),
    };
}


var heap = __webpack_require__(6086);

var access = __webpack_require__(3179);

var guardrails = __webpack_require__(537);
;









function checkAccessLimits(changes, settings) {
    const violations = [];

    const severity = (0,rules .ep)('access-limit', 'error', settings.rules);
    if (severity === undefined)
        return violations;
    for (const change of changes) {
        const limit = settings.accessLimits[change.permission];
        if (limit === undefined || change.gained.length <= limit)
            continue;
        violations.push({
            guardrail: 'access-limit',
            scheme: change.scheme,
            message: `${String(change.gained.length)} people would gain ${change.permission} in ${change.project} ` +
                `(scheme "${change.scheme}"), more than the limit of ${String(limit)}: ` +
                `${change.gained.map(access .hJ).join(', ')}.`,
            allowed: severity !== 'error' || (0,guardrails .Jr)(settings, 'access-limit', [change.scheme]),
        });
    }
    return violations;
}


var fingerprint = __webpack_require__(1731);
;

function changesNeedUsage(plan) {
    return plan.changes.some((change) => change.action === 'remove-grant' ||
        change.action === 'delete-scheme' ||
        change.action === 'assign-project');
}

;





















function planResult(fields, keep, fileCount = fields.project?.files.length ?? 0) {
    const plan = fields.plan;
    return {
        ...(keep === 'plan' ? withoutInputs(fields) : fields),
        fileCount,
        hasChanges: plan !== undefined && plan.changes.length > 0,
        blocked: fields.status !== 'planned' ||
            fields.findings.some((finding) => finding.severity === 'error') ||
            (plan !== undefined && (0,planner .WH)(plan)),
    };
}

function withoutInputs(fields) {
    const { status, plan, findings, settings, error } = fields;
    return {
        status,
        ...(plan === undefined ? {} : { plan }),
        findings,
        ...(settings === undefined ? {} : { settings }),
        ...(error === undefined ? {} : { error }),
    };
}
async function runPlan(options, deps) {
    const keep = options.keep ?? 'inputs';


    const made = await makePlan(options, deps);
    if ('status' in made)
        return made;
    const { plan, findings, settings, projectsByScheme, reader, fileCount, inputs } = made;
    const result = (fields) => planResult(fields, keep, fileCount);
    try {
        if (wantsAccess(options, settings) && projectsByScheme !== undefined && plan.changes.length > 0) {
            deps.signal.throwIfAborted();
            const scopes = scope_accessScope({ plan, live: made.live, projectsByScheme });


            if (keep === 'plan')
                made.live = [];
            await readAccess(plan, { scopes, settings, reader, options, deps });
        }
    }
    catch (error) {
        return result({
            status: 'failed',
            findings,
            ...(inputs === undefined ? {} : { project: inputs.project }),
            settings: inputs?.project.settings ?? settings,
            error: (0,errors .gJ)(error),
        });
    }
    findings.push(...plan.findings);

    plan.findings.push(...findings.filter((finding) => finding.alreadyLive === true));

    return result({
        status: 'planned',
        plan,
        findings,
        ...(inputs === undefined ? {} : { project: inputs.project, desired: inputs.desired }),
        settings,
        live: made.live,
        ...(projectsByScheme === undefined ? {} : { projectsByScheme }),
        ...(inputs === undefined ? {} : { resolved: inputs.resolved }),
    });
}

function wantsAccess(options, settings) {
    const access = options.access ?? 'always';
    return (access === 'always' ||
        access === 'full' ||
        (access === 'limits' && Object.keys(settings.accessLimits).length > 0));
}

async function readAccess(plan, context) {
    const { scopes, settings, reader, options, deps } = context;
    const access = options.access ?? 'always';
    deps.progress({ step: 'read-access', message: 'Reading who gains and who loses access' });
    const requestsMade = requestCounter(reader);


    const budget = access === 'always' ? (options.accessBudget ?? (0,access_budget .Ze)(requestsMade?.() ?? 0)) : undefined;
    const accessOptions = {

        mandatoryPermissions: new Set(Object.keys(settings.accessLimits)),
        ...(budget === undefined ? {} : { budget }),
        ...(requestsMade === undefined ? {} : { requestsMade }),
    };
    const report = await planAccessOf(scopes, reader, (done, total) => {
        deps.progress({
            step: 'read-access',
            message: 'Reading who gains and who loses access',
            done,
            total,
        });
    }, accessOptions);
    plan.access = report.changes;
    plan.summary.access = report.summary;
    plan.guardrails.push(...checkAccessLimits(report.changes, settings));
}





async function makePlan(options, deps) {
    const keep = options.keep ?? 'inputs';
    const progress = (step, message) => {
        deps.progress({ step, message });
    };
    const result = (fields) => planResult(fields, keep);
    progress('load', 'Reading and validating the scheme files');
    const load = (customPermissions) => (0,config_load .gi)({
        cwd: deps.cwd,
        ...(options.path === undefined ? {} : { path: options.path }),
        ...(options.settingsPath === undefined ? {} : { settingsPath: options.settingsPath }),
        ...(customPermissions === undefined ? {} : { customPermissions }),
    });
    let project;
    try {
        project = options.reuse?.project ?? (await load());
    }
    catch (error) {
        return result({
            status: 'failed',
            findings: [],
            error: `Could not read the scheme files: ${(0,errors .gJ)(error)}`,
        });
    }



    const offlineErrors = project.findings.filter((finding) => finding.severity === 'error');
    if (!offlineErrors.every((finding) => (0,config_findings .P1)(finding) || mayBeAlreadyLive(finding))) {
        return result({ status: 'invalid', findings: project.findings, project, settings: project.settings });
    }
    let findings = [...project.findings];
    let listedProjects;
    const settled = async (stopped) => {
        await listedProjects?.catch(() => undefined);
        return stopped;
    };
    try {
        deps.signal.throwIfAborted();
        progress('connect', 'Connecting to Jira (read-only)');
        const reader = deps.jira.reader({ signal: deps.signal });


        progress('read-live', 'Reading the live permission schemes');
        const liveRead = reader.listPermissionSchemes();
        liveRead.catch(() => undefined);


        if (namesRoles(project))
            reader.getProjectRoles().catch(() => undefined);




        const readProjects = () => options.reuse?.projectsByScheme === undefined
            ? reader.getProjectsByScheme()
            : Promise.resolve(options.reuse.projectsByScheme);
        listedProjects = project.schemes.some((spec) => spec.projects !== undefined) ? readProjects() : undefined;
        listedProjects?.catch(() => undefined);
        const catalogue = await reader.getPermissionCatalogue();
        const catalogueKeys = catalogue.map((entry) => entry.key);
        if (offlineErrors.some(config_findings .P1)) {
            project = await load(catalogueKeys);
            findings = [...project.findings];
            if (findings.some((finding) => finding.severity === 'error' && !mayBeAlreadyLive(finding)))
                return await settled(result({ status: 'invalid', findings, project, settings: project.settings }));
        }
        findings = (0,site .Vx)((0,site .eB)(findings, project, catalogueKeys), reader.groupsHaveIds);
        const { settings } = project;
        const live = await liveRead;
        const reusedResolution = options.reuse?.resolved;
        if (reusedResolution === undefined) {
            progress('resolve', 'Resolving names to ids');


            (0,heap .iO)();
        }
        let resolved = reusedResolution ??
            (await (0,resolve .P)(project.schemes, reader, {
                customPermissions: settings.customPermissions,
                rules: settings.rules,
            }));
        findings.push(...resolved.findings);
        if (hasErrors(resolved.findings)) {
            return await settled(result({ status: 'invalid', findings, project, settings, desired: resolved.schemes }));
        }
        deps.signal.throwIfAborted();
        const managedHolders = await withManagedIds(settings.managedHolders, reader);
        const planSettings = { ...settings, managedHolders };

        let desired = resolved.schemes;
        if (keep === 'plan') {
            ({ project, desired } = withoutFileGrants(project, desired, findings));

            resolved = undefined;


            (0,heap .iO)();
        }
        let projectsByScheme;
        if (listedProjects !== undefined) {
            deps.signal.throwIfAborted();
            progress('read-projects', 'Reading which projects use which scheme');
            projectsByScheme = await listedProjects;
            const projects = (0,resolve_projects .D)(project.schemes, desired, projectsByScheme);
            desired = projects.schemes;
            const projectFindings = (0,rules .mk)(projects.findings, settings.rules);
            findings.push(...projectFindings);
            if (hasErrors(projectFindings)) {
                return result({ status: 'invalid', findings, project, settings, desired, live });
            }
        }
        const input = {
            desired,
            live,
            settings: planSettings,
            filesHash: (0,fingerprint .TL)(project.files, settings),
            files: (0,fingerprint .tz)(project),
            knownPermissions: catalogueKeys,
        };
        progress('plan', 'Comparing the files with Jira');
        let plan = (0,planner .XA)(projectsByScheme === undefined ? input : { ...input, projectsByScheme });


        findings = markAlreadyLive(findings, {
            specs: project.schemes,
            desired,
            live,
            changes: plan.changes,
            managedHolders,
        });
        if (hasErrors(findings)) {
            return result({ status: 'invalid', findings, project, settings, desired, live });
        }


        const usageWanted = (options.projectUsage ?? 'changes') === 'changes' ||
            wantsAccess(options, settings) ||
            changesNeedUsage(plan);
        if (projectsByScheme === undefined && plan.changes.length > 0 && usageWanted) {
            deps.signal.throwIfAborted();
            progress('read-projects', 'Reading which projects use the changed schemes');
            projectsByScheme = await readProjects();
            plan = (0,planner .XA)({ ...input, projectsByScheme });
        }
        const unpinned = (0,rules .mk)((0,planner .GR)(desired, live), settings.rules);
        plan.findings = [...plan.findings, ...unpinned].map((finding) => locatePlanFinding(finding, project.schemes));
        return {
            plan,
            findings,
            settings: planSettings,
            live,
            projectsByScheme,
            reader,
            fileCount: project.files.length,
            inputs: resolved === undefined ? undefined : { project, desired, resolved },
        };
    }
    catch (error) {
        return await settled(result({
            status: 'failed',
            findings,
            project,
            settings: project.settings,
            error: (0,errors .gJ)(error),
        }));
    }
}






function requestCounter(reader) {
    const read = () => {
        if (!('stats' in reader))
            return undefined;
        const stats = reader.stats;
        if (typeof stats !== 'object' || stats === null)
            return undefined;
        if (!('requests' in stats) || typeof stats.requests !== 'number')
            return undefined;
        const retries = 'retries' in stats && typeof stats.retries === 'number' ? stats.retries : 0;
        return stats.requests - retries;
    };
    if (read() === undefined)
        return undefined;
    return () => read() ?? 0;
}

function managedNeedsRoles(managed) {
    return managed.some((holder) => holder.type === 'projectRole' && holder.id === undefined && holder.name !== undefined);
}

function namesRoles(project) {
    return (managedNeedsRoles(project.settings.managedHolders) ||
        project.schemes.some((spec) => spec.grants.some((grant) => grant.holder.type === 'projectRole')));
}
function hasErrors(findings) {
    return findings.some((finding) => finding.severity === 'error');
}




async function withManagedIds(managed, directory) {
    const needsRoles = managedNeedsRoles(managed);
    const groupNames = managed
        .filter((holder) => holder.type === 'group' && holder.id === undefined && holder.name !== undefined)
        .map((holder) => holder.name ?? '');
    const roles = needsRoles ? await directory.getProjectRoles() : [];
    const groups = groupNames.length > 0 && directory.groupsHaveIds
        ? await directory.findGroupsByName(groupNames)
        : new Map();
    return managed.map((holder) => {
        if (holder.id !== undefined || holder.name === undefined)
            return holder;
        const wanted = holder.name.toLowerCase();
        if (holder.type === 'projectRole') {
            const role = roles.find((candidate) => candidate.name.toLowerCase() === wanted);
            return role === undefined ? holder : { ...holder, id: String(role.id) };
        }
        if (holder.type === 'group') {
            const group = groups.get(holder.name);
            return group?.id === undefined ? holder : { ...holder, id: group.id };
        }
        return holder;
    });
}




function locatePlanFinding(finding, specs) {
    const spec = specs.find((candidate) => candidate.file === finding.file);
    if (spec === undefined || finding.endLine !== undefined)
        return finding;
    const pinned = finding.ruleId === 'pinned-scheme-missing' || finding.ruleId === 'pinned-scheme-duplicate';
    const location = pinned && spec.idLocation !== undefined ? spec.idLocation : spec.nameLocation;
    return { ...finding, ...location };
}


}),

330:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
$m: () => ( driftLines),
Zi: () => ( auditTime),
al: () => ( attribution)
});
var _view_plan_view_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6958);

function quoted(text) {
    return `"${text ?? ''}"`;
}
function describe(change) {
    const action = change.action;
    const grant = { permission: change.permission ?? '', subject: (0,_view_plan_view_js__WEBPACK_IMPORTED_MODULE_0__/* .changeLabel */ .pG)(change) };
    switch (action) {
        case 'remove-grant':
            return { happened: 'added', ...grant, undo: 'apply would remove it' };
        case 'add-grant':
            return { happened: 'removed', ...grant, undo: 'apply would add it back' };
        case 'update-scheme': {
            const live = change.from ?? {};
            const file = change.to ?? {};
            if (live.name !== undefined && live.name !== file.name) {
                return {
                    happened: 'renamed',
                    detail: `from ${quoted(file.name)} to ${quoted(live.name)}`,
                    undo: 'apply would rename it back',
                };
            }
            return {
                happened: 'description changed',
                detail: `to ${quoted(live.description)}`,
                undo: "apply would restore the files' description",
            };
        }
        case 'create-scheme':
            return { happened: 'deleted', undo: 'apply would create it again' };
        case 'delete-scheme':
            return { happened: 'created', undo: 'apply would delete it (prune is on)' };
        case 'assign-project':
            return {
                happened: 'moved',
                subject: change.project ?? '',
                detail: `project ${change.project ?? ''} now uses ${quoted(change.fromScheme ?? 'another scheme')}`,
                undo: 'apply would move it back',
            };
        default:
            return { happened: action, undo: `apply would ${action}` };
    }
}
function driftLines(items) {
    return items.map((item) => {

        return {
            scheme: item.change.scheme,
            schemeId: item.change.schemeId,
            ...describe(item.change),
            changedBy: item.changedBy,
        };
    });
}

function auditTime(iso) {
    return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

function attribution(changedBy, auditRead) {
    if (changedBy === null)
        return auditRead ? 'no audit record found' : 'unknown (audit log not read)';
    const who = changedBy.name ?? changedBy.accountId ?? 'someone the audit log does not name';
    return `${who}, ${auditTime(changedBy.at)}`;
}


}),

4200:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {



__webpack_require__.d(__webpack_exports__, {
  B: () => ( DEFAULT_SINCE_DAYS),
  j: () => ( explainDrift)
});


var errors = __webpack_require__(6353);

var model_holder = __webpack_require__(2087);
;

const HOLDER_TYPE_WORDS = {
    anyone: ['Anyone', 'Public'],
    applicationRole: ['Application access', 'Application Role'],
    assignee: ['Current Assignee', 'Assignee'],
    group: ['Group'],
    groupCustomField: ['Group Custom Field Value', 'Group custom field'],
    projectLead: ['Project Lead'],
    projectRole: ['Project Role'],
    reporter: ['Reporter'],
    'sd.customer.portal.only': ['Service Project Customer - Portal Access'],
    user: ['Single User', 'User'],
    userCustomField: ['User Custom Field Value', 'User custom field'],
};
function same(a, b) {
    return a !== undefined && b !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase();
}
function anySame(value, names) {
    return names.some((name) => same(value, name));
}
function empty(text) {
    return text === undefined || text.trim() === '';
}
function changed(record, field) {
    return record.changes.find((entry) => same(entry.field, field));
}
function isSchemeItem(item) {
    return item !== undefined && !same(item.type, 'PROJECT') && !same(item.type, 'USER');
}

function isScheme(item, id, names) {
    if (!isSchemeItem(item) || item === undefined)
        return false;
    if (id !== null && item.id !== undefined && /^\d+$/.test(item.id))
        return Number(item.id) === id;
    return names.some((name) => same(item.name, name));
}




function explainsGrant(record, change, names) {
    if (!isScheme(record.object, change.schemeId, [change.scheme]))
        return false;
    const permission = changed(record, 'Permission');
    if (permission === undefined || change.permission === undefined || change.holder === undefined)
        return false;
    const removed = change.action === 'add-grant';
    const side = (entry) => (removed ? entry.from : entry.to);
    const other = (entry) => (removed ? entry.to : entry.from);
    if (!empty(other(permission)) || !anySame(side(permission), names.permission(change.permission)))
        return false;
    const type = changed(record, 'Type');
    if (type !== undefined) {
        const words = [change.holder.type, ...(HOLDER_TYPE_WORDS[change.holder.type] ?? [])];
        if (!anySame(side(type), words))
            return false;
    }
    const value = changed(record, 'Value');
    const holderNames = names.holder(change.holder);
    if (value === undefined || empty(side(value))) {

        return holderNames.length === 0 || type === undefined;
    }
    return anySame(side(value), holderNames);
}

function explainsDetails(record, change) {
    const live = change.from ?? {};
    const file = change.to ?? {};
    if (!isScheme(record.object, change.schemeId, [live.name, file.name, change.scheme]))
        return false;
    const name = changed(record, 'Name');
    const description = changed(record, 'Description');
    return ((live.name !== undefined && name !== undefined && same(name.to, live.name)) ||
        (live.description !== undefined &&
            description !== undefined &&
            same(description.to ?? '', live.description)));
}

function explainsCreate(record, change) {
    return /delet/i.test(record.summary) && isScheme(record.object, null, [change.scheme]);
}

function explainsDelete(record, change) {
    return /creat/i.test(record.summary) && isScheme(record.object, change.schemeId, [change.scheme]);
}




function explainsAssignment(record, change) {
    const object = record.object;
    if (object === undefined || !same(object.type, 'PROJECT'))
        return false;

    const isProject = change.projectId !== undefined && object.id !== undefined
        ? object.id === change.projectId
        : same(object.name, change.project);
    if (!isProject)
        return false;
    const associated = (id, name) => record.associated.some((item) => isScheme(item, id ?? null, [name ?? undefined]));
    if (/added to project/i.test(record.summary))
        return associated(change.fromSchemeId, change.fromScheme);
    if (/removed from project/i.test(record.summary))
        return associated(change.schemeId, change.scheme);
    return false;
}
function explains(record, change, names) {

    const action = change.action;
    switch (action) {
        case 'add-grant':
        case 'remove-grant':
            return explainsGrant(record, change, names);
        case 'update-scheme':
            return explainsDetails(record, change);
        case 'create-scheme':
            return explainsCreate(record, change);
        case 'delete-scheme':
            return explainsDelete(record, change);
        case 'assign-project':
            return explainsAssignment(record, change);
        default:
            return false;
    }
}





function attributeChanges(changes, records, names) {
    const newestFirst = [...records].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
    const found = changes.map((change) => newestFirst.find((record) => explains(record, change, names)));
    const deletions = new Map();
    changes.forEach((change, index) => {
        const record = found[index];
        if (change.action === 'create-scheme' && record !== undefined)
            deletions.set(change.scheme, record);
    });
    return changes.map((change, index) => {
        const own = found[index];
        if (own !== undefined || change.action !== 'add-grant' || change.schemeId !== null)
            return own;
        return deletions.get(change.scheme);
    });
}

;



const DEFAULT_SINCE_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;
async function windowEnd(jira, now) {
    try {
        const serverTime = await jira.getServerTime();
        if (serverTime !== undefined)
            return { end: serverTime, clock: 'jira' };
    }
    catch {

    }
    return { end: now(), clock: 'local' };
}
function add(map, key, name) {
    if (name === undefined || name === '')
        return;
    const names = map.get(key) ?? new Set();
    names.add(name);
    map.set(key, names);
}





async function nameBook(input, jira) {
    const byHolder = new Map();
    for (const grant of input.grants)
        add(byHolder, (0,model_holder .I4)(grant.holder), (0,model_holder .iY)(grant));
    const holders = input.changes
        .map((change) => change.holder)
        .filter((holder) => holder !== undefined);
    const ofType = (type) => holders.filter((holder) => (typeof type === 'string' ? holder.type === type : type.test(holder.type)));
    const userIds = ofType('user')
        .map(model_holder .MO)
        .filter((id) => id !== undefined);
    const [catalogue, roles, fields, applicationRoles, users] = await Promise.all([
        jira.getPermissionCatalogue().catch(() => []),
        ofType('projectRole').length > 0 ? jira.getProjectRoles().catch(() => []) : [],
        ofType(/CustomField$/).length > 0 ? jira.getFields().catch(() => []) : [],
        ofType('applicationRole').length > 0 ? jira.getApplicationRoles().catch(() => []) : [],
        userIds.length > 0
            ? jira.getUsers(userIds).catch(() => new Map())
            : new Map(),
    ]);
    for (const holder of holders) {
        const key = (0,model_holder .I4)(holder);
        const id = (0,model_holder .MO)(holder);
        add(byHolder, key, (0,model_holder .iY)({ holder }));
        if (id === undefined)
            continue;
        add(byHolder, key, id);
        if (holder.type === 'projectRole')
            add(byHolder, key, roles.find((role) => String(role.id) === id)?.name);
        if (/CustomField$/.test(holder.type))
            add(byHolder, key, fields.find((field) => field.id === id)?.name);
        if (holder.type === 'applicationRole') {
            add(byHolder, key, applicationRoles.find((role) => role.key === id)?.name);
        }
        if (holder.type === 'user')
            add(byHolder, key, users.get(id)?.displayName);
    }
    const permissionNames = new Map(catalogue.map((entry) => [entry.key, entry.name]));
    return {
        permission: (key) => [
            key,
            ...(permissionNames.get(key) === undefined ? [] : [permissionNames.get(key) ?? '']),
        ],
        holder: (holder) => [...(byHolder.get((0,model_holder .I4)(holder)) ?? [])],
    };
}

function authorKey(record) {
    return record.author.name ?? record.author.accountId;
}

async function people(records, jira) {
    const ids = [...new Set(records.map(authorKey).filter((id) => id !== undefined))];
    if (ids.length === 0)
        return new Map();
    const users = await jira.getUsers(ids).catch(() => new Map());
    const names = new Map();
    for (const [id, user] of users)
        if (user.displayName !== undefined)
            names.set(id, user.displayName);
    return names;
}
function changedBy(record, names) {
    const { accountId, name: username } = record.author;
    const name = names.get(authorKey(record) ?? '') ?? username;
    return {

        ...(accountId === undefined || username !== undefined ? {} : { accountId }),
        ...(name === undefined ? {} : { name }),
        at: record.at,
        summary: record.summary,
        ...(record.source === undefined ? {} : { source: record.source }),
    };
}
async function explainDrift(input, jira, options) {
    const { end, clock } = await windowEnd(jira, options.now);
    const window = {
        from: new Date(end.getTime() - options.sinceDays * DAY_MS).toISOString(),
        to: end.toISOString(),
        days: options.sinceDays,
        clock,
    };
    const unexplained = (audit) => ({
        window,
        audit,
        items: input.changes.map((change) => ({ change, changedBy: null })),
    });
    if (input.changes.length === 0)
        return unexplained({ status: 'not-read' });
    let log;
    try {
        log = await jira.readAuditLog({ from: new Date(window.from), to: new Date(window.to) });
    }
    catch (error) {
        return unexplained({
            status: 'unavailable',
            reason: `the audit log could not be read: ${(0,errors .gJ)(error)}`,
        });
    }
    if (log.status === 'unavailable')
        return unexplained(log);
    const found = attributeChanges(input.changes, log.records, await nameBook(input, jira));
    const chosen = found.filter((record) => record !== undefined);
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


}),

3179:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
BA: () => ( isBroadHolder),
Wd: () => ( isExpandedHolder),
hJ: () => ( personName)
});

function isBroadHolder(holder) {
    return (holder.type === 'anyone' ||
        (holder.type === 'applicationRole' && (holder.parameter ?? holder.value ?? '') === ''));
}

function isExpandedHolder(holder) {
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

function personName(person) {
    return person.displayName === '' || person.displayName === person.accountId
        ? person.accountId
        : `${person.displayName} (${person.accountId})`;
}


}),

7238:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
J: () => ( replaceFileInPieces),
f4: () => ( writeAll)
});

var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
var node_fs__WEBPACK_IMPORTED_MODULE_0___default = __webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
var node_path__WEBPACK_IMPORTED_MODULE_1___default = __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);







function writeAll(fd, text, write = node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync) {
    const bytes = Buffer.from(text, 'utf8');
    let offset = 0;
    while (offset < bytes.length) {
        const written = write(fd, bytes, offset, bytes.length - offset);

        if (written <= 0)
            throw new Error(`the write stopped after ${String(offset)} of ${String(bytes.length)} bytes`);
        offset += written;
    }
}




function closeAfterFailure(fd) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
    catch {

    }
}





function writeFileInPieces(path, pieces, options = {}) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'w');
    try {
        for (const piece of pieces)
            writeAll(fd, piece, options.write);
        if (options.sync === true)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fdatasyncSync)(fd);
    }
    catch (error) {
        closeAfterFailure(fd);
        throw error;
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
}





function replaceFileInPieces(path, pieces, options = {}) {
    const temporary = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path)}.${String(process.pid)}.tmp`);
    try {
        writeFileInPieces(temporary, pieces, options);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(temporary, path);
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(temporary, { force: true });
        throw error;
    }
}


}),

8283:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
FR: () => ( withSiteCatalogue),
Vx: () => ( withoutGroupIdAdvice),
eB: () => ( notesForSite)
});
var _config_findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4770);
var _model_permissions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5917);
var _lint_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3233);
var _rules_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1787);
var _rules_prefer_group_id_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1724);
var _rules_product_permission_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4665);







function notesForSite(findings, project, sitePermissions) {
    const kept = findings.filter((finding) => finding.ruleId !== _rules_product_permission_js__WEBPACK_IMPORTED_MODULE_5__/* .productPermission */ .r.meta.id);
    const schemes = [...project.schemes, ...project.unverifiedSchemes];
    return [
        ...kept,
        ...(0,_lint_js__WEBPACK_IMPORTED_MODULE_2__/* .lintSchemes */ .IL)(schemes, project.settings, [_rules_product_permission_js__WEBPACK_IMPORTED_MODULE_5__/* .productPermission */ .r], {
            sitePermissions: new Set(sitePermissions),
        }),
    ];
}






function withSiteCatalogue(findings, project, sitePermissions) {
    const known = new Set([...sitePermissions, ...project.settings.customPermissions]);
    const settled = project.unverifiedSchemes.filter((scheme) => scheme.grants.every((grant) => (0,_model_permissions_js__WEBPACK_IMPORTED_MODULE_1__/* .isBuiltInPermission */ .Lq)(grant.permission) || known.has(grant.permission)));
    const wholeSchemeRules = _rules_index_js__WEBPACK_IMPORTED_MODULE_3__/* .RULES */ .y.filter((rule) => rule.wholeScheme === true);
    return notesForSite([
        ...findings.filter((finding) => !(0,_config_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .isUnknownPermissionKey */ .P1)(finding)),
        ...(0,_lint_js__WEBPACK_IMPORTED_MODULE_2__/* .lintSchemes */ .IL)(settled, project.settings, wholeSchemeRules),
    ], project, sitePermissions);
}




function withoutGroupIdAdvice(findings, groupsHaveIds) {
    if (groupsHaveIds)
        return [...findings];
    return findings.filter((finding) => finding.ruleId !== _rules_prefer_group_id_js__WEBPACK_IMPORTED_MODULE_4__/* .preferGroupId */ .P.meta.id);
}


}),

5106:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
MJ: () => ( planDriftMarkdown),
b9: () => ( renderDriftMarkdown)
});

var _drift_describe_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(330);
var _words_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1788);
var _drift_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9252);
var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8604);





const DRIFT_MARKDOWN_LIMIT = 60_000;
function schemeCell(line) {
    return line.schemeId === null
        ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(line.scheme)
        : `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(line.scheme)} (${String(line.schemeId)})`;
}
function row(line, auditRead) {
    const what = [line.subject ?? '', line.detail ?? ''].filter((part) => part !== '').join(': ');
    const cells = [
        schemeCell(line),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(line.happened),
        line.permission === undefined ? '' : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .codeCell */ .MZ)(line.permission),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(line.permission === undefined ? (line.detail ?? '') : what),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)((0,_drift_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .attribution */ .al)(line.changedBy, auditRead)),
    ];
    return `| ${cells.join(' | ')} |`;
}




function driftTable(explanation, maxLength = DRIFT_MARKDOWN_LIMIT) {
    const lines = (0,_drift_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .driftLines */ .$m)(explanation.items);
    const read = explanation.audit.status === 'read';
    const head = [
        `Audit log: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)((0,_drift_text_js__WEBPACK_IMPORTED_MODULE_1__/* .windowPhrase */ ._s)(explanation))}.`,
        ...((0,_drift_text_js__WEBPACK_IMPORTED_MODULE_1__/* .auditNote */ .eK)(explanation) === undefined
            ? []
            : ['', `> [!NOTE]\n> ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)((0,_drift_text_js__WEBPACK_IMPORTED_MODULE_1__/* .auditNote */ .eK)(explanation) ?? '')}`]),
        '',
        '| Scheme | In Jira | Permission | Holder or detail | Changed by |',
        '| --- | --- | --- | --- | --- |',
    ];
    const out = [...head];
    let length = head.join('\n').length;
    let shown = 0;
    for (const line of lines) {
        const text = row(line, read);
        if (length + text.length + 200 > maxLength)
            break;
        out.push(text);
        length += text.length + 1;
        shown++;
    }
    if (shown < lines.length) {
        out.push('', `\u2026 and ${(0,_words_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(lines.length - shown, 'more change')} (see \`jira-perms drift\`).`);
    }
    return out.join('\n');
}
function renderDriftMarkdown(result, options = {}) {
    const title = `### ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(options.title ?? 'Jira permissions drift')}`;
    const explanation = result.explanation;
    if (explanation === undefined) {
        const why = result.error ?? (result.status === 'invalid' ? 'the scheme files have errors' : 'drift unknown');
        return `${title}\n\n\u274c **Drift could not be checked**: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(why)}\n`;
    }
    if (explanation.items.length === 0)
        return `${title}\n\n\u2705 ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(_drift_text_js__WEBPACK_IMPORTED_MODULE_1__/* .NO_DRIFT */ .o0)}\n`;
    const count = explanation.items.length;
    return [
        title,
        '',
        `\u26a0\ufe0f **${(0,_words_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(count, 'change')} made in Jira ${count === 1 ? 'differs' : 'differ'} from the files.** ` +
            'Running apply would undo ' +
            (count === 1 ? 'it' : 'them') +
            '; to keep a change, write it into the files.',
        '',
        driftTable(explanation, (options.maxLength ?? DRIFT_MARKDOWN_LIMIT) - 600),
        '',
    ].join('\n');
}




function planDriftMarkdown(base, maxLength = 20_000) {
    const commit = base.commit === undefined ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(base.ref) : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(base.commit.slice(0, 12));
    if (base.error !== undefined) {
        return `> [!NOTE]\n> Drift was not told apart from this pull request's changes: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(base.error)}.\n`;
    }
    const drift = base.drift;
    if (drift === undefined || drift.items.length === 0) {
        return `No drift: every change above is this pull request's own (base ${commit}).\n`;
    }
    const count = drift.items.length;
    return [
        `#### \u26a0\ufe0f Drift: ${(0,_words_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(count, 'change')} made in Jira that merging would revert`,
        '',
        `The files of the base commit ${commit} plan ${count === 1 ? 'this change' : 'these changes'} too: ` +
            `${count === 1 ? 'it undoes' : 'they undo'} a change made in Jira outside the files, not in this pull ` +
            'request. To keep a change, write it into the files.',
        '',
        driftTable(drift, maxLength),
        '',
    ].join('\n');
}


}),

9252:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
_s: () => ( windowPhrase),
eK: () => ( auditNote),
j0: () => ( renderDriftText),
ks: () => ( renderPlanDriftText),
o0: () => ( NO_DRIFT)
});
var _drift_describe_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(330);
var _words_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1788);
var _terminal_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9629);



const NO_DRIFT = 'No drift: Jira matches the files.';

function windowPhrase(explanation) {
    const { window } = explanation;
    const clock = window.clock === 'jira' ? "Jira's clock" : "this machine's clock: Jira did not give its time";
    return `the last ${(0,_words_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(window.days, 'day')}, to ${(0,_drift_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .auditTime */ .Zi)(window.to)} (${clock})`;
}

function auditNote(explanation) {
    const { audit } = explanation;
    if (audit.status === 'unavailable')
        return `Who made these changes is not shown: ${audit.reason}.`;
    if (audit.status !== 'read')
        return undefined;
    const notes = [];
    if (audit.truncated) {
        notes.push(`The audit log held more records than were read; only the newest ${String(audit.records)} were searched.`);
    }
    if (audit.skipped !== undefined && audit.skipped > 0) {
        notes.push(`${(0,_words_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(audit.skipped, 'audit record')} without a readable time or id ${audit.skipped === 1 ? 'was' : 'were'} left out.`);
    }
    return notes.length === 0 ? undefined : notes.join(' ');
}
function schemeHeading(line) {
    return line.schemeId === null ? (0,_terminal_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(line.scheme) : `${(0,_terminal_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(line.scheme)} (${String(line.schemeId)})`;
}

function changeColumns(line) {
    const what = line.permission === undefined
        ? (line.detail ?? '')
        : [line.subject, line.detail].filter(Boolean).join(': ');
    return [line.happened, line.permission ?? '', what].map(_terminal_js__WEBPACK_IMPORTED_MODULE_1__/* .safeText */ .Hk);
}

function aligned(rows) {
    const widths = [];
    for (const row of rows)
        row.forEach((cell, index) => (widths[index] = Math.max(widths[index] ?? 0, cell.length)));
    return rows.map((row) => row
        .map((cell, index) => (index === row.length - 1 ? cell : cell.padEnd(widths[index] ?? 0)))
        .join('  ')
        .trimEnd());
}

function driftBlock(explanation) {
    const lines = (0,_drift_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .driftLines */ .$m)(explanation.items);
    const read = explanation.audit.status === 'read';
    const out = [];
    const groups = new Map();
    for (const line of lines) {
        const key = `${String(line.schemeId)}|${line.scheme}`;
        groups.set(key, [...(groups.get(key) ?? []), line]);
    }
    for (const group of groups.values()) {
        const first = group[0];
        if (first === undefined)
            continue;
        out.push(schemeHeading(first));
        const rows = aligned(group.map((line) => [...changeColumns(line), `  ${(0,_terminal_js__WEBPACK_IMPORTED_MODULE_1__/* .safeText */ .Hk)((0,_drift_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .attribution */ .al)(line.changedBy, read))}`]));
        out.push(...rows.map((row) => `  ${row}`));
        out.push('');
    }
    const note = auditNote(explanation);
    if (note !== undefined)
        out.push((0,_terminal_js__WEBPACK_IMPORTED_MODULE_1__/* .safeText */ .Hk)(note), '');
    return out;
}




function renderPlanDriftText(base) {
    const ref = (0,_terminal_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(base.ref);
    if (base.error !== undefined) {
        return `Drift not told apart from the changes of the files (base ${ref}): ${(0,_terminal_js__WEBPACK_IMPORTED_MODULE_1__/* .safeText */ .Hk)(base.error)}.\n`;
    }
    const drift = base.drift;
    if (drift === undefined || drift.items.length === 0) {
        return `No drift: every change comes from the files' changes since ${ref}.\n`;
    }
    const count = drift.items.length;
    return [
        `Drift: ${(0,_words_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(count, 'change')} above ${count === 1 ? 'undoes a change' : 'undo changes'} made in Jira ` +
            `(the files of ${ref} plan ${count === 1 ? 'it' : 'them'} too).`,
        `Audit log: ${windowPhrase(drift)}.`,
        '',
        ...driftBlock(drift),
    ].join('\n');
}
function renderDriftText(result) {
    const explanation = result.explanation;
    if (explanation === undefined)
        return '';
    if (explanation.items.length === 0)
        return `${NO_DRIFT}\n`;
    const count = explanation.items.length;
    const out = [
        `Drift: ${(0,_words_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(count, 'change')} in Jira ${count === 1 ? 'differs' : 'differ'} from the files.`,
        `Audit log: ${windowPhrase(explanation)}.`,
        '',
        ...driftBlock(explanation),
        'jira-perms apply would undo these changes. To keep one, write it into the files ' +
            "(jira-perms export writes Jira's current state as files).",
    ];
    return `${out.join('\n')}\n`;
}


}),

899:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
v: () => ( formatText)
});
var _validate_order_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4946);
var _finding_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7280);






function formatText(findings, options) {
    const lines = [];
    const lineOptions = { colour: options.color === true };
    for (const finding of (0,_validate_order_js__WEBPACK_IMPORTED_MODULE_0__/* .sortFindings */ .Tc)(findings))
        (0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .appendFindingLines */ .Ng)(lines, finding, lineOptions);
    if (lines.length > 0)
        lines.push('');
    lines.push((0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .findingsCountLine */ .mK)(findings, options.fileCount));
    return `${lines.join('\n')}\n`;
}


}),

2679:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
Mx: () => ( jsonPieces),
QE: () => ( batched),
Vb: () => ( LazyList),
aB: () => ( toJson)
});






const INVISIBLE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function escapeInvisible(text) {
    return text.replace(INVISIBLE, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
function toJson(value) {
    return `${escapeInvisible(JSON.stringify(value, null, 2))}\n`;
}

class LazyList {
    items;
    toJson;
    constructor(items, toJson) {
        this.items = items;
        this.toJson = toJson;
    }
}






function property(key, value) {
    const holder = JSON.stringify({ [key]: value }, null, 2);

    return holder === '{}' ? undefined : holder.slice(2, -2);
}




function element(index, value) {
    const key = String(index);
    const written = property(key, value);
    if (written === undefined)
        return 'null';


    return written.slice(`  ${JSON.stringify(key)}: `.length).replaceAll('\n', '\n  ');
}






function* jsonPieces(document) {


    let pending;
    for (const [key, value] of Object.entries(document)) {
        if (value instanceof LazyList && value.items.length > 0) {
            const list = value;
            yield pending === undefined ? '{\n' : `${pending},\n`;
            yield escapeInvisible(`  ${JSON.stringify(key)}: [\n`);
            for (const [at, item] of list.items.entries()) {
                const comma = at === list.items.length - 1 ? '' : ',';
                yield escapeInvisible(`    ${element(at, list.toJson(item))}${comma}\n`);
            }
            pending = '  ]';
            continue;
        }
        const written = property(key, value instanceof LazyList ? [] : value);
        if (written === undefined)
            continue;
        yield pending === undefined ? '{\n' : `${pending},\n`;
        pending = escapeInvisible(written);
    }
    yield pending === undefined ? '{}\n' : `${pending}\n}\n`;
}

function* batched(pieces, size = 64 * 1024) {
    let batch = [];
    let length = 0;
    for (const piece of pieces) {
        batch.push(piece);
        length += piece.length;
        if (length >= size) {
            yield batch.join('');
            batch = [];
            length = 0;
        }
    }
    if (batch.length > 0)
        yield batch.join('');
}


}),

2161:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
Jt: () => ( accessTextLines),
ql: () => ( accessMarkdown),
sM: () => ( NO_ACCESS_CHANGE)
});

var _model_access_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3179);
var _model_holder_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2087);
var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8604);
var _terminal_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9629);
var _words_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1788);











const NO_ACCESS_CHANGE = { peopleGaining: 0, peopleLosing: 0 };

const NAMES_SHOWN = 10;

function accessSummaryLine(summary) {
    const gain = `${(0,_words_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(summary.peopleGaining, 'person', 'people')} ${summary.peopleGaining === 1 ? 'gains' : 'gain'}`;
    const lose = `${(0,_words_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(summary.peopleLosing, 'person', 'people')} ${summary.peopleLosing === 1 ? 'loses' : 'lose'}`;
    return `${gain} access, ${lose} access`;
}




function accessPartialLine(summary) {
    if (summary.complete !== false || summary.budget === undefined)
        return undefined;
    const { limit, readsSkipped, changesNotExpanded } = summary.budget;
    return (`Partial: the effective-access budget (${(0,_words_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(limit, 'request')}) ran out; ` +
        `${(0,_words_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(readsSkipped, 'read')} not made, so ${(0,_words_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(changesNotExpanded, 'change')} (project and permission) ` +
        `${changesNotExpanded === 1 ? 'is' : 'are'} not expanded into people. JIRA_PERMS_ACCESS=full ` +
        '(plan --access full, or the action input access: full) reads every holder.');
}




function unexpandedParts(change) {
    const all = change.unexpanded ?? [];
    return {
        refused: all.filter((entry) => entry.notRead !== true),
        notRead: all.filter((entry) => entry.notRead === true),
    };
}
function names(people, escape) {
    const shown = people.slice(0, NAMES_SHOWN).map((person) => escape((0,_model_access_js__WEBPACK_IMPORTED_MODULE_4__/* .personName */ .hJ)(person)));
    const more = people.length - shown.length;
    return `${shown.join(', ')}${more > 0 ? `, and ${more} more` : ''}`;
}
function holdersPhrase(change, escape) {
    const parts = [
        ...change.holdersGained.map((holder) => `+ ${escape((0,_model_holder_js__WEBPACK_IMPORTED_MODULE_0__/* .holderLabel */ .zc)(holder))}`),
        ...change.holdersLost.map((holder) => `- ${escape((0,_model_holder_js__WEBPACK_IMPORTED_MODULE_0__/* .holderLabel */ .zc)(holder))}`),
    ];
    return parts.join(', ');
}






function gainCount(change) {
    return leftOutOn(change, 'live') ? '?' : String(change.gained.length);
}
function loseCount(change) {
    return leftOutOn(change, 'planned') ? '?' : String(change.lost.length);
}
function leftOutOn(change, side) {
    return (change.unexpanded ?? []).some((entry) => entry.notRead === true && (entry.side === side || entry.side === 'both'));
}
function countsPhrase(change) {
    return `+${gainCount(change)} -${loseCount(change)}`;
}
function byProject(changes) {
    const projects = new Map();
    for (const change of changes) {
        const list = projects.get(change.project) ?? [];
        list.push(change);
        projects.set(change.project, list);
    }
    return projects;
}
function schemePhrase(change) {
    if (change === undefined)
        return '';
    return change.fromScheme === undefined
        ? `scheme "${change.scheme}"`
        : `moves from scheme "${change.fromScheme}" to "${change.scheme}"`;
}





function shownRow(change) {
    return (change.gained.length > 0 ||
        change.lost.length > 0 ||
        change.holdersGained.length > 0 ||
        change.holdersLost.length > 0 ||
        change.unexpanded !== undefined);
}

function accessTextLines(changes, summary) {
    if (changes.length === 0)
        return [];
    const lines = [`Effective access: ${accessSummaryLine(summary)}.`];
    const partial = accessPartialLine(summary);
    if (partial !== undefined)
        lines.push(`  ${partial}`);
    for (const [project, list] of byProject(changes.filter(shownRow))) {
        lines.push(`  ${(0,_terminal_js__WEBPACK_IMPORTED_MODULE_2__/* .safeText */ .Hk)(project)} (${(0,_terminal_js__WEBPACK_IMPORTED_MODULE_2__/* .safeText */ .Hk)(schemePhrase(list[0]))})`);
        const width = Math.max(...list.map((change) => change.permission.length));
        for (const change of list) {
            const holders = holdersPhrase(change, _terminal_js__WEBPACK_IMPORTED_MODULE_2__/* .safeText */ .Hk);
            lines.push(`    ${(0,_terminal_js__WEBPACK_IMPORTED_MODULE_2__/* .safeText */ .Hk)(change.permission.padEnd(width))}  ${countsPhrase(change)}${holders === '' ? '' : `  holders: ${holders}`}`);
            if (change.gained.length > 0)
                lines.push(`      + ${names(change.gained, _terminal_js__WEBPACK_IMPORTED_MODULE_2__/* .safeText */ .Hk)}`);
            if (change.lost.length > 0)
                lines.push(`      - ${names(change.lost, _terminal_js__WEBPACK_IMPORTED_MODULE_2__/* .safeText */ .Hk)}`);
            if (change.broadHoldersKept !== undefined) {
                const broad = change.broadHoldersKept.map((holder) => (0,_terminal_js__WEBPACK_IMPORTED_MODULE_2__/* .safeText */ .Hk)((0,_model_holder_js__WEBPACK_IMPORTED_MODULE_0__/* .holderLabel */ .zc)(holder))).join(', ');
                lines.push(`      note: ${broad} holds it before and after`);
            }
            const { refused, notRead } = unexpandedParts(change);
            for (const entry of refused) {
                lines.push(`      ! not expanded: ${(0,_terminal_js__WEBPACK_IMPORTED_MODULE_2__/* .safeText */ .Hk)(entry.label)}: ${(0,_terminal_js__WEBPACK_IMPORTED_MODULE_2__/* .safeText */ .Hk)(entry.reason)}`);
            }
            if (notRead.length > 0) {
                lines.push(`      ! not read (budget): ${notRead.map((entry) => (0,_terminal_js__WEBPACK_IMPORTED_MODULE_2__/* .safeText */ .Hk)(entry.label)).join(', ')}`);
            }
        }
    }
    return lines;
}





function accessMarkdown(changes, summary, maxLength) {
    if (changes.length === 0)
        return undefined;
    const partial = accessPartialLine(summary);
    const head = `#### Effective access\n\n**${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(accessSummaryLine(summary))}** (distinct people, in ${(0,_words_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(byProject(changes).size, 'project')}).` +
        (partial === undefined ? '' : `\n\n> [!NOTE]\n> ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(partial)}`);
    const rows = changes.filter(shownRow).map((change) => {
        const holders = holdersPhrase(change, (text) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(text));
        return `| ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(change.project)} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(change.permission)} | ${gainCount(change)} | ${loseCount(change)} | ${holders} |`;
    });
    const table = [
        '| project | permission | gain | lose | holders gained / lost |',
        '| --- | --- | ---: | ---: | --- |',
    ];
    const details = changes
        .filter((change) => change.gained.length > 0 || change.lost.length > 0)
        .map((change) => {
        const parts = [];
        if (change.gained.length > 0)
            parts.push(`gain: ${names(change.gained, _markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)}`);
        if (change.lost.length > 0)
            parts.push(`lose: ${names(change.lost, _markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)}`);
        return `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(change.project)} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(change.permission)}: ${parts.join('; ')}`;
    });
    const notes = changes.flatMap((change) => {
        const { refused, notRead } = unexpandedParts(change);
        const where = `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(change.project)} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(change.permission)}`;
        const lines = refused.map((entry) => `- ${where} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(entry.label)}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(entry.reason)}`);
        if (notRead.length > 0)
            lines.push(`- ${where} not read (budget): ${notRead.map((entry) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(entry.label)).join(', ')}`);
        return lines;
    });
    const broad = changes.filter((change) => change.broadHoldersKept !== undefined).length;
    const build = (rowCount, detailCount, noteCount) => {
        const blocks = rows.length === 0 ? [head] : [head, [...table, ...rows.slice(0, rowCount)].join('\n')];
        if (rowCount < rows.length)
            blocks.push(`_${rows.length - rowCount} more rows not shown: the plan file lists them all._`);
        if (detailCount > 0) {
            const hidden = details.length - detailCount;
            const body = [...details.slice(0, detailCount), ...(hidden > 0 ? [`- \u2026 and ${hidden} more`] : [])];
            blocks.push(`<details><summary>${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)('Who gains and who loses')}</summary>\n\n${body.join('\n')}\n\n</details>`);
        }
        if (noteCount > 0) {
            const hidden = notes.length - noteCount;
            const body = [...notes.slice(0, noteCount), ...(hidden > 0 ? [`- \u2026 and ${hidden} more`] : [])];
            blocks.push(`> [!WARNING]\n> **Not expanded into people** (the lists above hold only the people who could be read):\n\n${body.join('\n')}`);
        }
        if (broad > 0) {
            blocks.push(`_${(0,_words_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(broad, 'permission')} also held before and after by \`anyone\` or any logged-in user: the people listed may hold it through them too._`);
        }
        return blocks.join('\n\n');
    };
    const whole = build(rows.length, details.length, notes.length);
    if (whole.length <= maxLength)
        return whole;

    const fit = (make, total) => {
        let low = 0;
        let high = total;
        while (low < high) {
            const middle = Math.ceil((low + high) / 2);
            if (make(middle).length <= maxLength)
                low = middle;
            else
                high = middle - 1;
        }
        return low;
    };
    const noteCount = fit((count) => build(0, 0, count), notes.length);
    const rowCount = fit((count) => build(count, 0, noteCount), rows.length);
    const detailCount = fit((count) => build(rowCount, count, noteCount), details.length);
    const result = build(rowCount, detailCount, noteCount);
    return result.length <= maxLength ? result : head.slice(0, maxLength);
}


}),

7729:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
$p: () => ( planToJson),
Lm: () => ( renderPlanJsonPieces),
NM: () => ( findingToJson),
os: () => ( changeToJson)
});

var _json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2679);






function renderPlanJson(plan) {
    return [...jsonPieces(planDocument(plan))].join('');
}





function renderPlanJsonPieces(plan) {
    return (0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .batched */ .QE)((0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonPieces */ .Mx)(planDocument(plan)));
}

function planToJson(plan) {
    return Object.fromEntries(Object.entries(planDocument(plan)).map(([key, value]) => [
        key,
        value instanceof _json_js__WEBPACK_IMPORTED_MODULE_0__/* .LazyList */ .Vb
            ? value.items.map((item) => value.toJson(item))
            : value,
    ]));
}

function planDocument(plan) {
    return {
        version: plan.version,
        changes: new _json_js__WEBPACK_IMPORTED_MODULE_0__/* .LazyList */ .Vb(plan.changes, changeToJson),
        summary: {
            add: plan.summary.add,
            remove: plan.summary.remove,
            createSchemes: plan.summary.createSchemes,
            updateSchemes: plan.summary.updateSchemes,
            deleteSchemes: plan.summary.deleteSchemes,
            assignProjects: plan.summary.assignProjects,
            schemesChanged: plan.summary.schemesChanged,
            projectsAffected: plan.summary.projectsAffected,
            ...(plan.summary.access === undefined
                ? {}
                : {
                    access: {
                        peopleGaining: plan.summary.access.peopleGaining,
                        peopleLosing: plan.summary.access.peopleLosing,

                        ...(plan.summary.access.complete === false ? { complete: false } : {}),
                        ...(plan.summary.access.budget === undefined
                            ? {}
                            : {
                                budget: {
                                    limit: plan.summary.access.budget.limit,
                                    requests: plan.summary.access.budget.requests,
                                    readsSkipped: plan.summary.access.budget.readsSkipped,
                                    changesNotExpanded: plan.summary.access.budget.changesNotExpanded,
                                },
                            }),
                    },
                }),
        },
        ...(plan.access === undefined ? {} : { access: new _json_js__WEBPACK_IMPORTED_MODULE_0__/* .LazyList */ .Vb(plan.access, accessToJson) }),
        fingerprints: Object.fromEntries(Object.keys(plan.fingerprints)
            .sort((a, b) => Number(a) - Number(b) || (a < b ? -1 : a > b ? 1 : 0))
            .map((key) => [key, plan.fingerprints[key]])),
        filesHash: plan.filesHash,
        ...(plan.files === undefined
            ? {}
            : {
                files: Object.fromEntries(Object.keys(plan.files)
                    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
                    .map((path) => [path, plan.files?.[path]])),
            }),
        guardrails: plan.guardrails.map((violation) => ({
            guardrail: violation.guardrail,
            scheme: violation.scheme,
            message: violation.message,
            allowed: violation.allowed,
        })),
        blastRadius: plan.blastRadius.map((radius) => ({
            scheme: radius.scheme,
            schemeId: radius.schemeId,
            projectCount: radius.projectCount,
            sampleKeys: [...radius.sampleKeys],
        })),

        ...(plan.projectUsage === undefined ? {} : { projectUsage: plan.projectUsage }),
        unmanaged: plan.unmanaged.map((scheme) => ({ id: scheme.id, name: scheme.name })),
        kept: plan.kept.map((grant) => compact({
            scheme: grant.scheme,
            schemeId: grant.schemeId,
            grantId: grant.grantId,
            permission: grant.permission,
            holder: holderToJson(grant.holder),
            label: grant.label,
            reason: grant.reason,
        })),
        findings: plan.findings.map(findingToJson),
    };
}
function findingToJson(finding) {
    return compact({
        file: finding.file,
        line: finding.line,
        column: finding.column,
        endLine: finding.endLine,
        endColumn: finding.endColumn,
        severity: finding.severity,
        ruleId: finding.ruleId,
        message: finding.message,
        hint: finding.hint,
        alreadyLive: finding.alreadyLive,
    });
}
function changeToJson(change) {
    return compact({
        action: change.action,
        project: change.project,
        projectId: change.projectId,
        scheme: change.scheme,
        schemeId: change.schemeId,
        fromScheme: change.fromScheme,
        fromSchemeId: change.fromSchemeId,
        permission: change.permission,
        holder: change.holder === undefined ? undefined : holderToJson(change.holder),
        grantId: change.grantId,
        label: change.label,
        from: change.from === undefined
            ? undefined
            : compact({ name: change.from.name, description: change.from.description }),
        to: change.to === undefined
            ? undefined
            : compact({ name: change.to.name, description: change.to.description }),
        file: change.file,
        origin: change.origin,
        changedBy: change.changedBy === undefined || change.changedBy === null
            ? change.changedBy
            : compact({
                accountId: change.changedBy.accountId,
                name: change.changedBy.name,
                at: change.changedBy.at,
                summary: change.changedBy.summary,
                source: change.changedBy.source,
            }),
    });
}
function accessToJson(change) {
    const person = (one) => ({
        accountId: one.accountId,
        displayName: one.displayName,
    });
    return compact({
        project: change.project,
        permission: change.permission,
        gained: change.gained.map(person),
        lost: change.lost.map(person),
        holdersGained: change.holdersGained.map(holderToJson),
        holdersLost: change.holdersLost.map(holderToJson),
        scheme: change.scheme,
        fromScheme: change.fromScheme,
        broadHoldersKept: change.broadHoldersKept?.map(holderToJson),
        unexpanded: change.unexpanded?.map((entry) => ({
            holder: holderToJson(entry.holder),
            label: entry.label,
            side: entry.side,
            reason: entry.reason,
            ...(entry.notRead === true ? { notRead: true } : {}),
        })),
    });
}
function holderToJson(holder) {
    return compact({ type: holder.type, parameter: holder.parameter, value: holder.value });
}

function compact(object) {
    return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}


}),

7244:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
$: () => ( renderPlanText)
});

var _model_holder_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2087);
var _plan_view_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6958);
var _finding_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7280);
var _terminal_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9629);
var _words_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1788);
var _plan_access_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2161);






const COLOURS = {
    '+': '\u001b[32m',
    '-': '\u001b[31m',
    '~': '\u001b[33m',
    bold: '\u001b[1m',
    dim: '\u001b[2m',
};
const RESET = '\u001b[0m';
function renderPlanText(plan, options = {}) {
    const paint = (style, text) => options.color === true ? `${COLOURS[style]}${text}${RESET}` : text;
    const lines = [];
    for (const group of (0,_plan_view_js__WEBPACK_IMPORTED_MODULE_1__/* .groupBySchemes */ .T0)(plan)) {
        lines.push(...schemeBlock(group, paint), '');
    }
    const access = (0,_plan_access_js__WEBPACK_IMPORTED_MODULE_4__/* .accessTextLines */ .Jt)(plan.access ?? [], plan.summary.access ?? _plan_access_js__WEBPACK_IMPORTED_MODULE_4__/* .NO_ACCESS_CHANGE */ .sM);
    if (access.length > 0)
        lines.push(...access, '');
    if (plan.guardrails.length > 0) {
        lines.push(paint('bold', 'Guardrails:'));
        for (const violation of plan.guardrails) {
            const status = violation.allowed ? 'allowed by settings' : 'FAILED';
            lines.push(`  ${violation.allowed ? '!' : paint('-', 'x')} ${violation.guardrail} (${status}): ${(0,_terminal_js__WEBPACK_IMPORTED_MODULE_3__/* .safeText */ .Hk)(violation.message)}`);
            if (!violation.allowed) {
                lines.push(`      To allow it, list it in the settings file under guardrails.allow: {guardrail: ${violation.guardrail}, scheme: ${(0,_terminal_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(violation.scheme)}}`);
            }
        }
        lines.push('');
    }
    const { problems, alreadyLive } = (0,_plan_view_js__WEBPACK_IMPORTED_MODULE_1__/* .splitPlanFindings */ .Gh)(plan.findings);
    if (problems.length > 0) {
        lines.push(paint('bold', 'Problems:'));
        for (const finding of problems)
            lines.push(...(0,_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .findingLines */ .hq)(finding, { indent: '  ' }));
        lines.push('');
    }
    if (alreadyLive.length > 0) {
        lines.push(paint('bold', `${_plan_view_js__WEBPACK_IMPORTED_MODULE_1__/* .ALREADY_LIVE_HEADING */ .Ls}:`));
        for (const finding of alreadyLive)
            lines.push(...(0,_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .findingLines */ .hq)(finding, { indent: '  ' }));
        lines.push('');
    }
    if (plan.kept.length > 0) {
        lines.push(paint('bold', 'Kept live grants this tool does not manage (left as they are):'));
        for (const grant of plan.kept) {
            const label = (0,_model_holder_js__WEBPACK_IMPORTED_MODULE_0__/* .grantLabel */ .JA)(grant);
            lines.push(`  ${(0,_terminal_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(grant.scheme)} (id ${grant.schemeId}): ${(0,_terminal_js__WEBPACK_IMPORTED_MODULE_3__/* .safeText */ .Hk)(grant.permission)} ${(0,_terminal_js__WEBPACK_IMPORTED_MODULE_3__/* .safeText */ .Hk)(label)} (grant ${grant.grantId}): ${(0,_terminal_js__WEBPACK_IMPORTED_MODULE_3__/* .safeText */ .Hk)(grant.reason)}`);
        }
        lines.push('');
    }
    if (plan.unmanaged.length > 0) {
        lines.push(paint('bold', 'Live schemes with no file (left alone):'));
        for (const scheme of plan.unmanaged)
            lines.push(`  ${(0,_terminal_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(scheme.name)} (id ${scheme.id})`);
        lines.push('');
    }
    if (plan.changes.length === 0) {
        lines.push(paint('bold', (0,_plan_view_js__WEBPACK_IMPORTED_MODULE_1__/* .noChangesLine */ .nB)(plan)));
    }
    else {
        lines.push(`${paint('bold', 'Plan:')} ${(0,_plan_view_js__WEBPACK_IMPORTED_MODULE_1__/* .summaryLine */ .dC)(plan)}.`);
        if (plan.summary.projectsAffected === null)
            lines.push(`${(0,_words_js__WEBPACK_IMPORTED_MODULE_5__/* .capitalise */ .sK)(_plan_view_js__WEBPACK_IMPORTED_MODULE_1__/* .USAGE_NOT_READ */ .DI)}.`);
    }
    const blocked = (0,_plan_view_js__WEBPACK_IMPORTED_MODULE_1__/* .blockedLine */ .D1)(plan);
    if (blocked !== undefined)
        lines.push(paint('-', blocked));
    return `${lines.join('\n')}\n`;
}
function schemeBlock(group, paint) {
    const id = group.schemeId === null ? 'new' : `id ${group.schemeId}`;
    const verb = group.marker === '+' ? 'created' : group.marker === '-' ? 'deleted' : 'changed';
    const usage = (0,_plan_view_js__WEBPACK_IMPORTED_MODULE_1__/* .projectsPhrase */ .ux)(group.blast, group.schemeId === null);
    const keys = group.blast !== undefined && group.blast.projectCount !== null && group.blast.sampleKeys.length > 0
        ? `: ${sampleList(group.blast.projectCount, group.blast.sampleKeys)}`
        : '';
    const lines = [
        `${paint(group.marker, group.marker)} ${paint('bold', `scheme ${(0,_terminal_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(group.name)}`)} (${id}) will be ${verb}; ${usage}${keys}`,
    ];
    const change = group.schemeChange;
    if (change?.action === 'update-scheme') {
        if (change.to?.name !== undefined) {
            lines.push(`    ${paint('~', '~')} name: ${(0,_terminal_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(change.from?.name ?? '')} -> ${(0,_terminal_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(change.to.name)}`);
        }
        if (change.to?.description !== undefined) {
            lines.push(`    ${paint('~', '~')} description: ${(0,_terminal_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(change.from?.description ?? '')} -> ${(0,_terminal_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(change.to.description)}`);
        }
    }
    if (change?.action === 'create-scheme' &&
        change.to?.description !== undefined &&
        change.to.description !== '') {
        lines.push(`    ${paint('+', '+')} description: ${(0,_terminal_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(change.to.description)}`);
    }
    for (const move of group.projectChanges)
        lines.push(`    ${paint('~', `~ ${(0,_terminal_js__WEBPACK_IMPORTED_MODULE_3__/* .safeText */ .Hk)((0,_plan_view_js__WEBPACK_IMPORTED_MODULE_1__/* .projectMoveText */ .oX)(move))}`)}`);
    const width = (0,_plan_view_js__WEBPACK_IMPORTED_MODULE_1__/* .permissionWidth */ .U6)(group.grantChanges);
    for (const grant of group.grantChanges)
        lines.push(`    ${grantLine(grant, width, paint)}`);
    return lines;
}
function grantLine(change, width, paint) {
    const marker = change.action === 'add-grant' ? '+' : '-';
    return paint(marker, `${marker} ${(0,_terminal_js__WEBPACK_IMPORTED_MODULE_3__/* .safeText */ .Hk)(change.permission ?? '').padEnd(width)}  ${(0,_terminal_js__WEBPACK_IMPORTED_MODULE_3__/* .safeText */ .Hk)((0,_plan_view_js__WEBPACK_IMPORTED_MODULE_1__/* .changeLabel */ .pG)(change))}`);
}
function sampleList(count, keys) {
    const more = count - keys.length;
    return `${keys.map((key) => (0,_terminal_js__WEBPACK_IMPORTED_MODULE_3__/* .safeText */ .Hk)(key)).join(', ')}${more > 0 ? `, +${more} more` : ''}`;
}


}),

6958:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
D1: () => ( blockedLine),
DI: () => ( USAGE_NOT_READ),
Gh: () => ( splitPlanFindings),
Ls: () => ( ALREADY_LIVE_HEADING),
MT: () => ( verdictLine),
T0: () => ( groupBySchemes),
U6: () => ( permissionWidth),
dC: () => ( summaryLine),
nB: () => ( noChangesLine),
oX: () => ( projectMoveText),
pG: () => ( changeLabel),
ux: () => ( projectsPhrase)
});

var _model_holder_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2087);
var _model_permissions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5917);
var _plan_order_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2739);
var _plan_planner_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5552);
var _words_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1788);





function groupBySchemes(plan) {
    const groups = new Map();
    for (const change of plan.changes) {
        const key = (0,_plan_planner_js__WEBPACK_IMPORTED_MODULE_3__/* .schemeIdentity */ .sz)(change);
        let group = groups.get(key);
        if (group === undefined) {
            group = {
                name: change.scheme,
                schemeId: change.schemeId,
                marker: '~',
                grantChanges: [],
                projectChanges: [],
            };
            if (change.file !== undefined)
                group.file = change.file;
            groups.set(key, group);
        }
        if (change.action === 'add-grant' || change.action === 'remove-grant') {
            group.grantChanges.push(change);
        }
        else if (change.action === 'assign-project') {
            group.projectChanges.push(change);
        }
        else {
            group.schemeChange = change;
            group.marker = change.action === 'create-scheme' ? '+' : change.action === 'delete-scheme' ? '-' : '~';
        }
    }
    for (const group of groups.values()) {
        group.grantChanges.sort(compareGrantChanges);
        group.projectChanges.sort((a, b) => (0,_plan_order_js__WEBPACK_IMPORTED_MODULE_2__/* .compareText */ .n6)(a.project ?? '', b.project ?? ''));
        const blast = plan.blastRadius.find((radius) => radius.schemeId === group.schemeId && (group.schemeId !== null || radius.scheme === group.name));
        if (blast !== undefined)
            group.blast = blast;
    }
    return [...groups.values()];
}
function compareGrantChanges(a, b) {
    const order = (change) => (change.action === 'remove-grant' ? 0 : 1);
    return ((0,_model_permissions_js__WEBPACK_IMPORTED_MODULE_1__/* .permissionOrder */ .W1)(a.permission ?? '', b.permission ?? '') ||
        order(a) - order(b) ||
        (0,_plan_order_js__WEBPACK_IMPORTED_MODULE_2__/* .compareText */ .n6)(changeLabel(a), changeLabel(b)) ||
        (0,_plan_order_js__WEBPACK_IMPORTED_MODULE_2__/* .compareText */ .n6)(a.holder === undefined ? '' : (0,_model_holder_js__WEBPACK_IMPORTED_MODULE_0__/* .holderKey */ .I4)(a.holder), b.holder === undefined ? '' : (0,_model_holder_js__WEBPACK_IMPORTED_MODULE_0__/* .holderKey */ .I4)(b.holder)));
}

function projectMoveText(change) {
    const from = change.fromScheme ??
        (change.fromSchemeId === undefined || change.fromSchemeId === null
            ? 'no scheme'
            : `scheme ${change.fromSchemeId}`);
    return `project ${change.project ?? '?'}: ${from} \u2192 ${change.scheme}`;
}
function changeLabel(change) {
    return change.holder === undefined
        ? (change.label ?? '')
        : (0,_model_holder_js__WEBPACK_IMPORTED_MODULE_0__/* .grantLabel */ .JA)({ ...change, holder: change.holder });
}
const NO_CHANGES = 'No changes. Jira matches the files.';

const ALREADY_LIVE_HEADING = 'Already live in Jira, not blocking (the plan keeps them as they are; validate reports them as errors)';

function splitPlanFindings(findings) {
    return {
        problems: findings.filter((finding) => finding.alreadyLive !== true),
        alreadyLive: findings.filter((finding) => finding.alreadyLive === true),
    };
}

const NO_CHANGES_WITH_ERRORS = 'No changes planned, but schemes with errors (see the problems) were left out: Jira may not match those files.';

function noChangesLine(plan) {
    return plan.findings.some((finding) => finding.severity === 'error') ? NO_CHANGES_WITH_ERRORS : NO_CHANGES;
}




function summaryLine(plan) {
    const { summary } = plan;
    const parts = [
        `${summary.add} to add`,
        `${summary.remove} to remove`,
        `${(0,_words_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(summary.createSchemes, 'scheme')} to create`,
    ];
    if (summary.updateSchemes > 0)
        parts.push(`${(0,_words_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(summary.updateSchemes, 'scheme')} to update`);
    if (summary.deleteSchemes > 0)
        parts.push(`${(0,_words_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(summary.deleteSchemes, 'scheme')} to delete`);
    if (summary.assignProjects > 0)
        parts.push(`${(0,_words_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(summary.assignProjects, 'project')} to move`);
    return parts.join(', ');
}

function verdictLine(plan) {
    const { summary } = plan;
    if (plan.changes.length === 0)
        return noChangesLine(plan);
    const parts = [`${summary.add} to add`, `${summary.remove} to remove`];
    if (summary.createSchemes > 0)
        parts.push(`${(0,_words_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(summary.createSchemes, 'scheme')} to create`);
    if (summary.updateSchemes > 0)
        parts.push(`${(0,_words_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(summary.updateSchemes, 'scheme')} to update`);
    if (summary.deleteSchemes > 0)
        parts.push(`${(0,_words_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(summary.deleteSchemes, 'scheme')} to delete`);
    if (summary.assignProjects > 0)
        parts.push(`${(0,_words_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(summary.assignProjects, 'project')} to move`);
    const changed = `${parts.join(', ')} in ${(0,_words_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(summary.schemesChanged, 'scheme')}`;
    if (summary.projectsAffected === null)
        return `${changed}; ${USAGE_NOT_READ}`;
    const projects = summary.projectsAffected === 0 ? 'no projects' : (0,_words_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(summary.projectsAffected, 'project');
    return `${changed}, used by ${projects}`;
}




const USAGE_NOT_READ = 'which projects use the changed schemes was not read: nothing in this plan takes access away';

function blockedLine(plan) {
    const errors = plan.findings.filter((finding) => finding.severity === 'error').length;
    const guardrails = plan.guardrails.filter((violation) => !violation.allowed).length;
    if (errors === 0 && guardrails === 0)
        return undefined;
    const reasons = [];
    if (guardrails > 0)
        reasons.push((0,_words_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(guardrails, 'guardrail'));
    if (errors > 0)
        reasons.push((0,_words_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(errors, 'error'));
    return `Blocked by ${reasons.join(' and ')}: this plan cannot be applied as it is.`;
}
function projectsPhrase(blast, isNew) {
    if (isNew) {
        return blast === undefined || blast.projectCount === null || blast.projectCount === 0
            ? 'new scheme, no projects use it yet'
            : `new scheme, used by ${(0,_words_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(blast.projectCount, 'project')} once applied`;
    }
    if (blast === undefined || blast.projectCount === null)
        return 'project usage not read';
    if (blast.projectCount === 0)
        return 'used by no projects';
    return `used by ${(0,_words_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(blast.projectCount, 'project')}`;
}

function permissionWidth(changes) {
    return Math.max(0, ...changes.map((change) => (change.permission ?? '').length));
}


})

};
