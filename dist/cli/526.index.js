export const id = 526;
export const ids = [526];
export const modules = {

3091:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
D: () => ( resolveProjects)
});

var _model_rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2622);
var _util_suggest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7406);
var _project_usage_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1911);




const LISTED_KEYS = 10;




function allProjects(projectsByScheme) {
    const byId = new Map();
    for (const projects of projectsByScheme.values()) {
        for (const project of projects)
            byId.set(project.id, project);
    }
    for (const project of (0,_project_usage_js__WEBPACK_IMPORTED_MODULE_1__/* .projectsWithoutScheme */ .eD)(projectsByScheme))
        byId.set(project.id, project);
    return [...byId.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
function resolveProjects(specs, desired, projectsByScheme) {
    const findings = [];
    const projects = allProjects(projectsByScheme);
    const byKey = new Map(projects.map((project) => [project.key, project]));
    const byUpperKey = new Map();
    for (const project of projects) {
        const upper = project.key.toUpperCase();
        if (!byUpperKey.has(upper))
            byUpperKey.set(upper, project);
    }
    const keys = projects.map((project) => project.key);
    const specByFile = new Map(specs.map((spec) => [spec.file, spec]));
    const schemes = desired.map((scheme) => {
        const spec = specByFile.get(scheme.file);
        if (spec?.projects === undefined)
            return scheme;
        const resolved = [];
        const seen = new Set();
        for (const entry of spec.projects) {
            const project = byKey.get(entry.key) ?? byUpperKey.get(entry.key.toUpperCase());
            if (project === undefined) {
                const close = (0,_util_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .closestMatch */ .h)(entry.key, keys);
                findings.push((0,_model_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .newFinding */ .iD)('unresolved-project', 'unknown', entry.location, close === undefined
                    ? `Jira has no project with key ${entry.key} (or this account cannot see it)`
                    : `Jira has no project with key ${entry.key}; did you mean ${close}?`, close === undefined
                    ? keys.length === 0
                        ? 'This account sees no projects at all: check that it may browse them (or administer Jira).'
                        : `Keys Jira has: ${keys.slice(0, LISTED_KEYS).join(', ')}${keys.length > LISTED_KEYS ? ', ...' : ''}. Archived projects are not listed.`
                    : `Write the key as Jira shows it: ${close}.`));
                continue;
            }
            if (project.teamManaged === true) {
                findings.push((0,_model_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .newFinding */ .iD)('team-managed-project', 'team-managed', entry.location, `project ${project.key} is team-managed: it has its own permissions, not a permission scheme, so no scheme can be assigned to it`, "Remove it from projects:. A team-managed project's access is set in the project itself (Project settings > Access)."));
                continue;
            }
            if (project.key !== entry.key) {
                findings.push((0,_model_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .newFinding */ .iD)('project-key-case', 'case', entry.location, `project key ${entry.key} is spelt ${project.key} in Jira; ${project.key} is used`, `Write it as Jira does: ${project.key}.`));
            }

            if (seen.has(project.id))
                continue;
            seen.add(project.id);
            resolved.push({
                key: project.key,
                id: project.id,
                ...(project.name === undefined ? {} : { name: project.name }),
                source: entry.location,
            });
        }
        const result = { ...scheme, projects: resolved };
        if (spec.projectsLocation !== undefined)
            result.projectsSource = spec.projectsLocation;
        return result;
    });
    return { schemes, findings };
}


}),

1731:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
TL: () => ( hashSchemeFiles),
eI: () => ( fingerprintScheme),
tz: () => ( fileHashes)
});

var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = __webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
var _model_holder_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2087);
var _managed_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4870);
var _order_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2739);













function sha256(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text, 'utf8').digest('hex');
}
function fingerprintScheme(scheme, managedHolders = []) {
    const grants = scheme.grants
        .filter((grant) => !(0,_managed_js__WEBPACK_IMPORTED_MODULE_2__/* .isManagedHolder */ .A)(grant, managedHolders))
        .map((grant) => `${grant.id}|${(0,_model_holder_js__WEBPACK_IMPORTED_MODULE_1__/* .grantKey */ .cx)(grant.permission, grant.holder)}`)
        .sort(_order_js__WEBPACK_IMPORTED_MODULE_3__/* .compareText */ .n6);
    const canonical = JSON.stringify({
        id: scheme.id,
        name: scheme.name,
        description: scheme.description ?? '',
        grants,
    });
    return `sha256:${sha256(canonical)}`;
}

function hashSchemeFiles(files, settings) {
    const sortedFiles = [...files]
        .sort((a, b) => (0,_order_js__WEBPACK_IMPORTED_MODULE_3__/* .compareText */ .n6)(a.path, b.path))
        .map((file) => [file.path, file.sha256]);

    const { file: _settingsFile, ...meaning } = settings;
    return `sha256:${sha256(stableStringify({ files: sortedFiles, settings: meaning }))}`;
}

function fileHashes(project) {
    const files = project.settingsFile === undefined ? project.files : [...project.files, project.settingsFile];
    return Object.fromEntries([...files].sort((a, b) => (0,_order_js__WEBPACK_IMPORTED_MODULE_3__/* .compareText */ .n6)(a.path, b.path)).map((file) => [file.path, file.sha256]));
}

function stableStringify(value) {
    if (Array.isArray(value))
        return `[${value.map((item) => stableStringify(item)).join(',')}]`;
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value)
            .filter(([, item]) => item !== undefined)
            .sort(([a], [b]) => (0,_order_js__WEBPACK_IMPORTED_MODULE_3__/* .compareText */ .n6)(a, b))
            .map(([key, item]) => `${JSON.stringify(key)}:${stableStringify(item)}`);
        return `{${entries.join(',')}}`;
    }

    const text = JSON.stringify(value);
    return text ?? 'null';
}


}),

537:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
Jr: () => ( isAllowed),
X9: () => ( checkGuardrails),
cS: () => ( countProjects)
});

var _model_holder_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2087);
var _model_rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2622);














const MIN_REMOVALS_FOR_RATIO = 3;
const GUARDRAIL_IDS = ( null && ([
    'lockout',
    'public-exposure',
    'mass-removal',
    'access-limit',
]));

const LOCKOUT_PERMISSIONS = [
    ['ADMINISTER_PROJECTS', 'nobody could administer'],
    ['BROWSE_PROJECTS', 'nobody could even see'],
];
function isAllowed(settings, guardrail, schemeNames) {
    const names = schemeNames.map((name) => name.toLowerCase());
    return settings.guardrails.allow.some((allowance) => allowance.guardrail === guardrail &&
        (allowance.scheme === '*' || names.includes(allowance.scheme.toLowerCase())));
}
function checkGuardrails(diff, settings) {
    const names = diff.live !== undefined && diff.live.name !== diff.name ? [diff.name, diff.live.name] : [diff.name];
    const violations = [];
    const add = (guardrail, message) => {

        const severity = (0,_model_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .configuredSeverity */ .ep)(guardrail, 'error', settings.rules);
        if (severity === undefined)
            return;
        violations.push({
            guardrail,
            scheme: diff.name,
            message,
            allowed: severity !== 'error' || isAllowed(settings, guardrail, names),
        });
    };
    const label = diff.live === undefined ? `"${diff.name}"` : `"${diff.name}" (id ${diff.live.id})`;
    if (diff.live !== undefined && (diff.adds.length > 0 || diff.removes.length > 0)) {
        const inUse = diff.projects === undefined || diff.projects.length > 0;
        if (inUse) {
            const removed = new Set(diff.removes.map((grant) => (0,_model_holder_js__WEBPACK_IMPORTED_MODULE_0__/* .grantKey */ .cx)(grant.permission, grant.holder)));
            for (const [permission, consequence] of LOCKOUT_PERMISSIONS) {
                const counts = (grant) => grant.permission === permission && diff.ignoreHolder?.(grant) !== true;
                const before = diff.live.grants.filter(counts);
                const remaining = before.filter((grant) => !removed.has((0,_model_holder_js__WEBPACK_IMPORTED_MODULE_0__/* .grantKey */ .cx)(grant.permission, grant.holder)));
                const added = diff.adds.filter(counts);
                if (before.length > 0 && remaining.length === 0 && added.length === 0) {
                    const usage = diff.projects === undefined
                        ? 'may be used by projects (project usage was not read)'
                        : `is used by ${countProjects(diff.projects.length)}`;
                    add('lockout', `${label} ${usage} and would be left with no ${permission} holder: ${consequence} those projects.`);
                }
            }
        }
    }
    arrivalLockouts(diff, violations, add, label);
    const publicPermissions = diff.adds
        .filter((grant) => grant.holder.type === 'anyone')
        .map((grant) => grant.permission);
    if (publicPermissions.length > 0) {
        add('public-exposure', `${label} would grant ${publicPermissions.join(', ')} to anyone, including people who are not logged in.`);
    }
    if (diff.live !== undefined && diff.removes.length > 0) {
        const total = diff.managedCount ?? diff.live.grants.length;
        const { maxRemovals, maxRemovalRatio } = settings.guardrails;
        const ratio = total === 0 ? 1 : diff.removes.length / total;
        const overRatio = ratio > maxRemovalRatio && diff.removes.length >= MIN_REMOVALS_FOR_RATIO;
        if (diff.removes.length > maxRemovals || overRatio) {
            add('mass-removal', `${label} would lose ${diff.removes.length} of its ${total} grants (${formatPercent(ratio)}), ` +
                `more than the limit of ${maxRemovals} grants or ${formatPercent(maxRemovalRatio)} of one scheme.`);
        }
    }
    return violations;
}





function arrivalLockouts(diff, reported, add, label) {
    const arrivals = diff.arrivals ?? [];
    if (arrivals.length === 0 || reported.some((violation) => violation.guardrail === 'lockout'))
        return;
    const removed = new Set(diff.removes.map((grant) => (0,_model_holder_js__WEBPACK_IMPORTED_MODULE_0__/* .grantKey */ .cx)(grant.permission, grant.holder)));
    for (const [permission, consequence] of LOCKOUT_PERMISSIONS) {
        const counts = (grant) => grant.permission === permission && diff.ignoreHolder?.(grant) !== true;
        const remaining = (diff.live?.grants ?? [])
            .filter(counts)
            .filter((grant) => !removed.has((0,_model_holder_js__WEBPACK_IMPORTED_MODULE_0__/* .grantKey */ .cx)(grant.permission, grant.holder)));
        if (remaining.length > 0 || diff.adds.some(counts))
            continue;
        const losing = arrivals
            .filter((arrival) => arrival.from?.grants.some(counts) === true)
            .map((arrival) => arrival.project.key)
            .sort();
        if (losing.length === 0)
            continue;
        add('lockout', `${label} would have no ${permission} holder, and the plan moves ${losing.join(', ')} onto it from a scheme that has one: ${consequence} ${losing.length === 1 ? 'that project' : 'those projects'}.`);
    }
}

function allowanceSnippet(violation) {
    return [
        'guardrails:',
        '  allow:',
        `    - guardrail: ${violation.guardrail}`,
        `      scheme: ${JSON.stringify(violation.scheme)}`,
    ].join('\n');
}
function countProjects(count) {
    return `${count} ${count === 1 ? 'project' : 'projects'}`;
}
function formatPercent(ratio) {
    return `${Math.round(ratio * 1000) / 10}%`;
}


}),

2739:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
MP: () => ( compareNames),
T_: () => ( compareGrants),
n6: () => ( compareText)
});
var _model_holder_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2087);
var _model_permissions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5917);






function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

function compareNames(a, b) {
    return compareText(a.toLowerCase(), b.toLowerCase()) || compareText(a, b);
}

function compareGrants(a, b) {
    return (0,_model_permissions_js__WEBPACK_IMPORTED_MODULE_1__/* .permissionOrder */ .W1)(a.permission, b.permission) || compareText((0,_model_holder_js__WEBPACK_IMPORTED_MODULE_0__/* .holderKey */ .I4)(a.holder), (0,_model_holder_js__WEBPACK_IMPORTED_MODULE_0__/* .holderKey */ .I4)(b.holder));
}


}),

5552:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {



__webpack_require__.d(__webpack_exports__, {
  ze: () => ( liveSchemeOfFile),
  XA: () => ( planChanges),
  WH: () => ( planIsBlocked),
  OQ: () => ( projectFindings),
  sz: () => ( schemeIdentity),
  GR: () => ( unpinnedFindings),
  nH: () => ( unpinnedMatches)
});




var holder = __webpack_require__(2087);

var permissions = __webpack_require__(5917);

var rules = __webpack_require__(2622);

var order = __webpack_require__(2739);
;



function schemeKey(liveId, name) {
    return liveId === undefined ? `new:${name}` : `id:${liveId}`;
}
function byKey(a, b) {
    return (0,order .n6)(a.key, b.key);
}
function planAssignments(input) {
    const current = new Map();
    const projectById = new Map();
    for (const [schemeId, projects] of input.projectsByScheme) {
        for (const project of projects) {
            if (project.teamManaged === true)
                continue;
            current.set(project.id, schemeId);
            projectById.set(project.id, project);
        }
    }

    const shownName = new Map(input.live.map((scheme) => [scheme.id, scheme.name]));
    for (const { desired, live } of input.matches)
        if (live !== undefined)
            shownName.set(live.id, desired.name);
    const listedAnywhere = new Set();
    for (const scheme of input.desired)
        for (const project of scheme.projects ?? [])
            listedAnywhere.add(project.id);

    const after = new Map();
    for (const [schemeId, projects] of input.projectsByScheme) {
        after.set(schemeKey(schemeId, ''), new Map(projects.map((project) => [project.id, project])));
    }
    const move = (key, project) => {
        for (const projects of after.values())
            projects.delete(project.id);
        const projects = after.get(key) ?? new Map();
        projects.set(project.id, project);
        after.set(key, projects);
    };
    const changes = new Map();
    const arrivals = new Map();
    const findings = [];
    const moved = [];
    for (const { desired, live } of input.matches) {
        if (desired.projects === undefined)
            continue;
        const key = schemeKey(live?.id, desired.name);
        const mine = [];
        const coming = [];
        for (const listed of [...desired.projects].sort(byKey)) {
            const from = current.get(listed.id);
            if (live !== undefined && from === live.id)
                continue;
            const project = projectById.get(listed.id) ?? { id: listed.id, key: listed.key };
            move(key, project);
            mine.push({
                action: 'assign-project',
                project: listed.key,
                projectId: listed.id,
                scheme: desired.name,
                schemeId: live?.id ?? null,
                fromScheme: from === undefined ? null : (shownName.get(from) ?? null),
                fromSchemeId: from ?? null,
                file: desired.file,
            });
            coming.push({ project, fromSchemeId: from ?? null });
            moved.push(project);
        }
        if (mine.length > 0) {
            changes.set(key, mine);
            arrivals.set(key, coming);
        }
        if (live === undefined)
            continue;
        const keep = new Set(desired.projects.map((project) => project.id));
        for (const project of [...(input.projectsByScheme.get(live.id) ?? [])].sort(byKey)) {
            if (project.teamManaged === true || keep.has(project.id) || listedAnywhere.has(project.id))
                continue;
            findings.push((0,rules .iD)('project-left-without-scheme', 'left-without-scheme', desired.projectsSource ?? { file: desired.file, line: 1, column: 1 }, `project ${project.key} uses this scheme in Jira, is not listed under projects: here, and no other scheme file lists it: it would be left without a permission scheme`, `Every Jira project uses exactly one permission scheme: list ${project.key} under projects: in the file of the scheme it should move to, or keep it in this list.`));
        }
    }
    return {
        changes,
        arrivals,
        findings,
        projectsAfter: (key) => [...(after.get(key)?.values() ?? [])].sort(byKey),
        moved,
    };
}


var fingerprint = __webpack_require__(1731);

var plan_guardrails = __webpack_require__(537);

var managed = __webpack_require__(4870);
;












const DEFAULT_SCHEME_ID = 0;

const SAMPLE_PROJECT_KEYS = 5;
function planChanges(input) {
    const { settings } = input;
    const known = new Set(settings.customPermissions);
    for (const key of input.knownPermissions ?? [])
        known.add(key);
    const isKnownPermission = (key) => (0,permissions .Lq)(key) || known.has(key);
    const { matches, unmatchedLive, findings } = matchSchemes(input.desired, input.live);

    const assignments = input.projectsByScheme === undefined
        ? undefined
        : planAssignments({
            matches,
            desired: input.desired,
            live: input.live,
            projectsByScheme: input.projectsByScheme,
        });


    for (const finding of assignments?.findings ?? [])
        findings.push(finding);
    const projectsAfter = (liveId, name) => assignments?.projectsAfter(schemeKey(liveId, name));
    const keyOf = (0,holder .lo)(allGrants(input.desired, input.live));
    const changes = [];
    const guardrails = [];
    const kept = [];
    const touched = new Map();
    const liveById = new Map(input.live.map((scheme) => [scheme.id, scheme]));
    const changedSchemes = [];
    for (const { desired, live } of matches) {
        const schemeChanges = [];
        const base = { scheme: desired.name, schemeId: live?.id ?? null, file: desired.file };
        const wanted = uniqueGrants(desired.grants.filter((grant) => !(0,managed .A)(grant, settings.managedHolders)), keyOf);
        if (live === undefined) {
            schemeChanges.push({
                action: 'create-scheme',
                ...base,
                to: { name: desired.name, description: desired.description ?? '' },
            });
        }
        else {
            const from = {};
            const to = {};
            if (live.name !== desired.name) {
                from.name = live.name;
                to.name = desired.name;
            }
            if (desired.description !== undefined && (live.description ?? '') !== desired.description) {
                from.description = live.description ?? '';
                to.description = desired.description ?? '';
            }
            if (Object.keys(to).length > 0)
                schemeChanges.push({ action: 'update-scheme', ...base, from, to });
        }
        const liveKeys = new Set();
        const removable = [];
        for (const grant of live?.grants ?? []) {
            liveKeys.add(keyOf(grant));
            if ((0,managed .A)(grant, settings.managedHolders))
                continue;
            const reason = !(0,holder .KN)(grant.holder.type)
                ? `holder type "${grant.holder.type}" is not one this tool manages`
                : !isKnownPermission(grant.permission)
                    ? `permission "${grant.permission}" is neither built in, listed in customPermissions, nor in the site's catalogue`
                    : undefined;
            if (reason !== undefined && live !== undefined) {
                kept.push({
                    scheme: desired.name,
                    schemeId: live.id,
                    grantId: grant.id,
                    permission: grant.permission,
                    holder: grant.holder,
                    label: (0,holder .JA)(grant),
                    reason,
                });
                continue;
            }
            removable.push(grant);
        }
        const adds = wanted.filter((grant) => !liveKeys.has(keyOf(grant)));
        const wantedKeys = new Set(wanted.map(keyOf));
        const removes = removable
            .filter((grant) => !wantedKeys.has(keyOf(grant)))
            .sort((a, b) => (0,order .T_)(a, b) || a.id - b.id);
        for (const grant of adds) {
            schemeChanges.push({
                action: 'add-grant',
                ...base,
                permission: grant.permission,
                holder: { ...grant.holder },
                label: (0,holder .JA)(grant),
            });
        }

        const key = schemeKey(live?.id, desired.name);
        for (const change of assignments?.changes.get(key) ?? [])
            schemeChanges.push(change);
        for (const grant of removes) {
            schemeChanges.push({
                action: 'remove-grant',
                ...base,
                permission: grant.permission,
                holder: { ...grant.holder },
                grantId: grant.id,
                label: (0,holder .JA)(grant),
            });
        }
        if (schemeChanges.length === 0)
            continue;
        for (const change of schemeChanges)
            changes.push(change);
        changedSchemes.push({ name: desired.name, live });
        if (live !== undefined)
            touched.set(live.id, live);
        const violations = (0,plan_guardrails .X9)({
            name: desired.name,
            live,
            adds,
            removes,
            managedCount: removable.length,

            projects: projectsAfter(live?.id, desired.name) ?? (live === undefined ? [] : undefined),
            arrivals: (assignments?.arrivals.get(key) ?? []).map((arrival) => ({
                project: arrival.project,
                from: arrival.fromSchemeId === null ? undefined : liveById.get(arrival.fromSchemeId),
            })),
            ignoreHolder: (grant) => (0,managed .A)(grant, settings.managedHolders),
        }, settings);
        for (const violation of violations)
            guardrails.push(violation);
    }
    const unmanaged = [];
    for (const live of unmatchedLive) {

        const projects = projectsAfter(live.id, live.name);
        if (!settings.prune || live.id === DEFAULT_SCHEME_ID) {
            unmanaged.push({ id: live.id, name: live.name });
        }
        else if (projects !== undefined && projects.length > 0) {
            unmanaged.push({ id: live.id, name: live.name });
            findings.push((0,rules .iD)('prune-scheme-in-use', 'in-use', { file: settings.file ?? '.jira-permissions.yml', line: 1, column: 1 }, `Scheme "${live.name}" (id ${live.id}) has no file and prune is on, but it is used by ${(0,plan_guardrails .cS)(projects.length)} (${sampleKeys(projects).join(', ')}), so it is not deleted.`, 'Move those projects to another scheme, or add a file for this scheme (jira-perms export --scheme NAME).'));
        }
        else {
            changes.push({ action: 'delete-scheme', scheme: live.name, schemeId: live.id });
            changedSchemes.push({ name: live.name, live });
            touched.set(live.id, live);
        }
    }
    const blastRadius = [];
    const affectedProjects = new Set();
    for (const project of assignments?.moved ?? [])
        affectedProjects.add(project.id);


    let usageUnknown = false;
    for (const { name, live } of changedSchemes) {
        const after = projectsAfter(live?.id, name);
        const known = after !== undefined || live === undefined;
        if (!known)
            usageUnknown = true;
        const projects = after ?? [];
        for (const project of projects)
            affectedProjects.add(project.id !== '' ? project.id : project.key);
        blastRadius.push({
            scheme: name,
            schemeId: live?.id ?? null,
            projectCount: known ? projects.length : null,
            sampleKeys: sampleKeys(projects),
        });
    }
    const fingerprints = {};
    for (const id of [...touched.keys()].sort((a, b) => a - b)) {
        const live = touched.get(id);
        if (live !== undefined)
            fingerprints[String(id)] = (0,fingerprint .eI)(live, settings.managedHolders);
    }
    return {
        version: 1,
        changes,
        summary: summarize(changes, usageUnknown ? null : affectedProjects.size),
        fingerprints,
        filesHash: input.filesHash,
        ...(input.files === undefined ? {} : { files: { ...input.files } }),
        guardrails,
        blastRadius,
        ...(usageUnknown ? { projectUsage: 'not-read' } : {}),
        unmanaged,
        kept,
        findings: (0,rules .mk)(findings, settings.rules),
    };
}

function planIsBlocked(plan) {
    return (plan.findings.some((finding) => finding.severity === 'error') ||
        plan.guardrails.some((violation) => !violation.allowed));
}
function hasChanges(plan) {
    return plan.changes.length > 0;
}
function summarize(changes, projectsAffected) {
    const count = (action) => changes.filter((change) => change.action === action).length;
    const schemes = new Set(changes.map((change) => schemeIdentity(change)));
    return {
        add: count('add-grant'),
        remove: count('remove-grant'),
        createSchemes: count('create-scheme'),
        updateSchemes: count('update-scheme'),
        deleteSchemes: count('delete-scheme'),
        assignProjects: count('assign-project'),
        schemesChanged: schemes.size,
        projectsAffected,
    };
}

function schemeIdentity(change) {
    return change.schemeId === null ? `new:${change.scheme}` : `id:${change.schemeId}`;
}
function sampleKeys(projects) {
    return projects
        .map((project) => project.key)
        .sort(order .n6)
        .slice(0, SAMPLE_PROJECT_KEYS);
}
function uniqueGrants(grants, keyOf) {
    const seen = new Set();
    const unique = [];
    for (const grant of grants) {
        const key = keyOf(grant);
        if (seen.has(key))
            continue;
        seen.add(key);
        unique.push(grant);
    }
    return unique.sort(order .T_);
}

function* allGrants(desired, live) {
    for (const scheme of desired)
        yield* scheme.grants;
    for (const scheme of live)
        yield* scheme.grants;
}




function projectFindings(desired, live, projectsByScheme) {
    const { matches } = matchSchemes(desired, live);
    return planAssignments({ matches, desired, live, projectsByScheme }).findings;
}




function liveSchemeOfFile(desired, live) {
    const { matches } = matchSchemes(desired, live);
    const byFile = new Map();
    for (const match of matches)
        if (match.live !== undefined)
            byFile.set(match.desired.file, match.live);
    return byFile;
}




function unpinnedMatches(desired, live) {
    const { matches, ambiguous } = matchSchemes(desired, live);
    const pins = [];
    const notLive = [];
    for (const match of matches) {
        if (match.desired.id !== undefined)
            continue;
        if (match.live === undefined)
            notLive.push(match.desired);
        else
            pins.push({ desired: match.desired, live: match.live });
    }
    return { pins, ambiguous, notLive };
}





function unpinnedFindings(desired, live) {
    return unpinnedMatches(desired, live).pins.map(({ desired, live }) => schemeFinding(desired, 'unpinned-scheme', 'unpinned', `"${desired.name}" is live scheme ${String(live.id)}, but this file has no id: renaming the scheme here would plan deleting it and creating a new one`, `Add "id: ${String(live.id)}" to the file (jira-perms pin writes it for every file).`));
}
function schemeFinding(desired, ruleId, messageId, message, hint) {
    return (0,rules .iD)(ruleId, messageId, { file: desired.file, line: 1, column: 1 }, message, hint);
}

function matchSchemes(desired, live) {
    const findings = [];
    const ambiguous = [];
    const liveById = new Map(live.map((scheme) => [scheme.id, scheme]));
    const claimedBy = new Map();
    const matches = [];
    const ordered = [...desired].sort((a, b) => (0,order .MP)(a.name, b.name) || (0,order .n6)(a.file, b.file));
    for (const scheme of ordered) {
        if (scheme.id === undefined)
            continue;
        const match = liveById.get(scheme.id);
        const earlier = claimedBy.get(scheme.id);
        if (match === undefined) {
            findings.push(schemeFinding(scheme, 'pinned-scheme-missing', 'missing', `"${scheme.name}" pins scheme id ${scheme.id}, but Jira has no permission scheme with that id (deleted, a team-managed project's own scheme, or a different site?).`, 'Remove the `id:` line to create the scheme anew, or correct the id (jira-perms export shows the live ids).'));
        }
        else if (earlier !== undefined) {
            findings.push(schemeFinding(scheme, 'pinned-scheme-duplicate', 'duplicate', `"${scheme.name}" pins scheme id ${scheme.id}, which ${earlier.file} already pins.`, 'Each live scheme can be described by one file only: remove the `id:` line from one of them.'));
        }
        else {
            claimedBy.set(scheme.id, scheme);
            matches.push({ desired: scheme, live: match });
        }
    }
    const unclaimed = () => live.filter((scheme) => !claimedBy.has(scheme.id));
    const byName = groupBy(live, (scheme) => scheme.name);
    const byLowerName = groupBy(live, (scheme) => scheme.name.toLowerCase());
    const free = (schemes) => (schemes ?? []).filter((candidate) => !claimedBy.has(candidate.id));
    for (const scheme of ordered) {
        if (scheme.id !== undefined)
            continue;
        let found = free(byName.get(scheme.name));
        if (found.length === 0)
            found = free(byLowerName.get(scheme.name.toLowerCase()));
        if (found.length > 1) {
            const ids = found.map((candidate) => candidate.id).sort((a, b) => a - b);
            ambiguous.push({ desired: scheme, ids });
            findings.push(schemeFinding(scheme, 'ambiguous-scheme-name', 'ambiguous', `Jira has ${found.length} permission schemes named "${scheme.name}" (ids ${ids.join(', ')}); the file cannot say which one it describes.`, `Add \`id: ${ids[0] ?? ''}\` (or the right one of the ids) to the file to pin it.`));
            continue;
        }
        const [match] = found;
        if (match !== undefined)
            claimedBy.set(match.id, scheme);
        matches.push({ desired: scheme, live: match });
    }

    const keptNames = new Map();
    for (const scheme of live) {
        const owner = claimedBy.get(scheme.id);
        if (owner === undefined || owner.name.toLowerCase() === scheme.name.toLowerCase()) {
            keptNames.set(scheme.name.toLowerCase(), scheme);
        }
    }
    const valid = [];
    for (const match of matches) {
        const renamed = match.live?.name !== match.desired.name;
        const holder = renamed ? keptNames.get(match.desired.name.toLowerCase()) : undefined;
        if (holder !== undefined && holder.id !== match.live?.id) {
            findings.push(schemeFinding(match.desired, 'scheme-name-taken', 'taken', `"${match.desired.name}" is already the name of live scheme ${holder.id}, which this plan does not rename; Jira would refuse a second scheme with that name.`, 'Choose another name, or pin this file to that scheme with `id: ' + String(holder.id) + '`.'));
            continue;
        }
        valid.push(match);
    }
    valid.sort((a, b) => (0,order .MP)(a.desired.name, b.desired.name) || (0,order .n6)(a.desired.file, b.desired.file));
    const unmatchedLive = unclaimed().sort((a, b) => (0,order .MP)(a.name, b.name) || a.id - b.id);
    return { matches: valid, unmatchedLive, findings, ambiguous };
}
function groupBy(items, key) {
    const groups = new Map();
    for (const item of items) {
        const name = key(item);
        const group = groups.get(name);
        if (group === undefined)
            groups.set(name, [item]);
        else
            group.push(item);
    }
    return groups;
}


})

};
