export const id = 57;
export const ids = [57];
export const modules = {

2057:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


__webpack_require__.r(__webpack_exports__);


__webpack_require__.d(__webpack_exports__, {
  ACCESS_SPEC: () => ( ACCESS_SPEC),
  accessCommand: () => ( accessCommand)
});


var compute = __webpack_require__(4882);

var read = __webpack_require__(1720);

var errors = __webpack_require__(6353);

var access = __webpack_require__(3179);

var holder = __webpack_require__(2087);

var order = __webpack_require__(2739);
;






async function runAccess(options, deps) {
    const failed = (error) => ({ status: 'failed', error, permissions: [] });
    try {
        const reader = deps.jira.reader({ signal: deps.signal });
        deps.progress({ step: 'read-project', message: `Reading project ${options.project} and its scheme` });
        const [detailsRead, schemeRead] = await Promise.allSettled([
            reader.getProjectDetails(options.project),
            reader.getProjectSchemeId(options.project),
        ]);
        if (detailsRead.status === 'rejected')
            throw detailsRead.reason;
        const details = detailsRead.value;
        if (schemeRead.status === 'rejected') {

            if (schemeRead.reason instanceof errors .Dd && schemeRead.reason.status === 404)
                return failed(`Jira shows project ${details.key} but not the permission scheme it uses (404 from ${schemeRead.reason.call}). ` +
                    "Reading a project's scheme needs Administer Jira, or Administer Projects on the project.");
            throw schemeRead.reason;
        }
        const schemeId = schemeRead.value;
        const scheme = await reader.getPermissionScheme(schemeId);
        if (scheme === undefined)
            return failed(`Jira has no permission scheme ${String(schemeId)} (used by ${details.key}).`);
        const project = { id: details.id, key: details.key };
        if (details.name !== undefined)
            project.name = details.name;
        if (details.lead !== undefined)
            project.lead = details.lead;
        let user;
        if (options.user !== undefined) {
            const found = await findPerson(options.user, reader);
            if (typeof found === 'string')
                return failed(found);
            user = found;
        }
        const wantedPermission = options.permission?.toUpperCase();
        const grants = scheme.grants.filter((grant) => wantedPermission === undefined || grant.permission.toUpperCase() === wantedPermission);
        if (options.permission !== undefined && grants.length === 0) {
            const catalogue = await reader.getPermissionCatalogue();
            const known = catalogue.some((entry) => entry.key.toUpperCase() === wantedPermission);
            if (!known)
                return failed(`Jira has no permission "${options.permission}".`);
        }
        deps.progress({ step: 'read-people', message: 'Reading who is behind the holders' });
        const data = await (0,read .k)([{ project, grants }], reader, (done, total) => {
            deps.progress({ step: 'read-people', message: 'Reading who is behind the holders', done, total });
        });
        const byPermission = new Map();
        for (const grant of grants)
            byPermission.set(grant.permission, [...(byPermission.get(grant.permission) ?? []), grant]);
        if (wantedPermission !== undefined && byPermission.size === 0)
            byPermission.set(options.permission ?? '', []);
        const permissions = [...byPermission.entries()]
            .sort(([a], [b]) => (0,order .n6)(a, b))
            .map(([permission, list]) => permissionAccess(permission, list, project, data, user));
        const result = {
            status: 'ok',
            project: {
                id: project.id,
                key: project.key,
                ...(project.name === undefined ? {} : { name: project.name }),
            },
            scheme: { id: scheme.id, name: scheme.name },
            permissions,
        };
        if (user !== undefined)
            result.user = user;
        return result;
    }
    catch (error) {
        if (error instanceof errors .Dd && error.status === 404 && /\/project\//.test(error.call)) {
            return failed(`Jira has no project "${options.project}" that this token can see (404 from ${error.call}). ` +
                "Check the key; reading a project's scheme needs Administer Jira, or Administer Projects on the project.");
        }
        return failed((0,errors .gJ)(error));
    }
}
function permissionAccess(permission, grants, project, data, user) {
    const people = new Map();
    const holders = [];
    const unexpanded = [];
    const seen = new Set();
    for (const grant of grants) {
        if (seen.has((0,holder .I4)(grant.holder)))
            continue;
        seen.add((0,holder .I4)(grant.holder));
        const label = (0,holder .JA)(grant);
        if (!(0,access .Wd)(grant.holder)) {
            holders.push({ holder: grant.holder, label });
            continue;
        }
        const expansion = (0,compute .nw)(grant, project, data);
        for (const route of expansion.routes)
            addRoute(people, route);
        if (expansion.failures.length > 0) {
            unexpanded.push({ holder: grant.holder, label, reason: [...new Set(expansion.failures)].join('; ') });
        }
    }
    const list = [...people.values()]
        .filter((person) => user === undefined || person.accountId === user.accountId)
        .sort((a, b) => (0,order .n6)(a.displayName.toLowerCase(), b.displayName.toLowerCase()) ||
        (0,order .n6)(a.accountId, b.accountId));
    return { permission, people: list, holders, unexpanded };
}
function addRoute(people, route) {
    const known = people.get(route.person.accountId);
    if (known === undefined) {
        people.set(route.person.accountId, { ...route.person, via: [route.via] });
        return;
    }
    if (!known.via.some((path) => path.join('\u0000') === route.via.join('\u0000')))
        known.via.push(route.via);
}

async function findPerson(wanted, reader) {
    if (wanted.includes('@')) {
        const lookup = await reader.findUserByEmail(wanted);
        if (lookup.user !== undefined) {
            return {
                accountId: lookup.user.accountId,
                displayName: lookup.user.displayName ?? lookup.user.accountId,
            };
        }
        return lookup.hiddenCandidates.length > 0
            ? `No user shows the email address ${wanted}; ${String(lookup.hiddenCandidates.length)} match the search but hide their address: pass the account id instead.`
            : `Jira has no user with the email address ${wanted}.`;
    }
    const users = await reader.getUsers([wanted]);
    const found = users.get(wanted);
    if (found !== undefined)
        return { accountId: found.accountId, displayName: found.displayName ?? found.accountId };
    if (!reader.groupsHaveIds) {

        const byName = await reader.findUsersByUsername([wanted]);
        const person = byName.get(wanted);
        if (person !== undefined)
            return { accountId: person.accountId, displayName: person.displayName ?? person.accountId };
    }
    return `Jira has no user "${wanted}".`;
}


var secrets = __webpack_require__(1113);

var terminal = __webpack_require__(9629);

var words = __webpack_require__(1788);
;








function renderAccessText(result) {
    const lines = [];
    const project = result.project;
    const scheme = result.scheme;
    if (project !== undefined && scheme !== undefined) {
        const name = project.name === undefined ? '' : ` (${(0,terminal .Hk)(project.name)})`;
        lines.push(`${(0,terminal .Hk)(project.key)}${name} uses scheme "${(0,terminal .Hk)(scheme.name)}" (id ${String(scheme.id)}).`);
    }
    if (result.user !== undefined)
        lines.push(`Only ${(0,terminal .Hk)((0,access .hJ)(result.user))}.`);
    lines.push('');
    for (const entry of result.permissions) {
        const count = (0,words .LS)(entry.people.length, 'person', 'people');
        lines.push(`${(0,terminal .Hk)(entry.permission)}: ${count}`);
        for (const person of entry.people) {
            const paths = person.via.map((path) => path.map(terminal .Hk).join(' > ')).join('; ');
            lines.push(`  ${(0,terminal .Hk)((0,access .hJ)(person))}  via ${paths}`);
        }
        for (const holder of entry.holders)
            lines.push(`  also: ${(0,terminal .Hk)(holder.label)} (not expanded into people)`);
        for (const failure of entry.unexpanded) {
            lines.push(`  ! not expanded: ${(0,terminal .Hk)(failure.label)}: ${(0,terminal .Hk)(failure.reason)}`);
        }
        lines.push('');
    }
    if (result.permissions.length === 0)
        lines.push('No grants in this scheme.', '');
    return lines.join('\n');
}


var json = __webpack_require__(2679);

var command = __webpack_require__(310);

var deps = __webpack_require__(6874);

var plan = __webpack_require__(3297);

var summaries = __webpack_require__(5062);
;









const ACCESS_OPTIONS = [

    { name: 'project', type: 'string', valueName: 'KEY', help: 'the project (required)' },
    {
        name: 'permission',
        type: 'string',
        valueName: 'KEY',
        help: 'only this permission (e.g. ADMINISTER_PROJECTS)',
    },
    {
        name: 'user',
        type: 'string',
        valueName: 'U',
        help: 'only this person: an account id (Data Center: user key or username) or an email address',
    },
    { name: 'json', type: 'boolean', help: 'print the answer as one JSON document' },
];
const ACCESS_SPEC = {
    name: 'access',
    summary: summaries .Z.access,
    description: `Reads the permission scheme a project uses and expands its holders into people: a group into its
active members, a project role into its actors in that project (users, and groups expanded to their
members), an application role into the members of its groups, projectLead into the project's lead.
Each person is shown with every path through which they hold the permission (projectRole Developers >
group mobile-team). anyone, any logged-in user and the per-issue holders (reporter, assignee, custom
fields, portal customers) are listed as holders. A holder whose people Jira would not let the token read
is named, with why. Only ever reads from Jira.`,
    options: ACCESS_OPTIONS,
    epilogue: `Examples:
  jira-perms access --project SOFT --permission ADMINISTER_PROJECTS
  jira-perms access --project SOFT --user carlos@contractor.example

Exit codes: 0 answered, 1 error (unknown project, permission or user; connection or permission failure).

${plan.CONNECTION_HELP}`,
};
const accessCommand = (0,command .NB)(ACCESS_SPEC, async (options, context) => {
    if (options.project === undefined || options.project === '') {
        return (0,command .Wp)(context, 'access', '--project KEY is required');
    }
    const progress = (0,command .oC)(context);
    try {
        const result = await runAccess({ project: options.project, permission: options.permission, user: options.user }, (0,deps.cliDeps)(context, progress));
        progress.done();
        if (result.status === 'failed') {
            context.stderr.write((0,secrets .E$)(`jira-perms access: ${result.error ?? 'failed'}\n`));
            return 1;
        }
        if (options.json)
            context.stdout.write((0,secrets .E$)((0,json .aB)(result)));
        else
            context.stdout.write((0,secrets .E$)(renderAccessText(result)));
        return 0;
    }
    catch (error) {
        progress.done();
        context.stderr.write((0,secrets .E$)(`jira-perms access: ${(0,errors .gJ)(error)}\n`));
        return 1;
    }
});


})

};
