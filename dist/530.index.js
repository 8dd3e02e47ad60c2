export const id = 530;
export const ids = [530];
export const modules = {

10:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
__webpack_require__.d(__webpack_exports__, {
runValidate: () => ( runValidate)
});
var _config_confine_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1094);
var _config_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1980);
var _config_schema_copies_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6321);
var _jira_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6353);
var _validate_order_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4946);
var _validate_site_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8283);







function unreadableFiles(findings, readable, settingsFile) {
    const files = new Set();
    for (const finding of findings) {
        if (finding.severity !== 'error' || readable.has(finding.file) || finding.file === settingsFile)
            continue;
        files.add(finding.file);
    }
    return [...files].sort();
}

async function runValidate(options, deps) {
    const project = await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_1__/* .loadProject */ .gi)({
        cwd: deps.cwd,
        ...(options.path === undefined ? {} : { path: options.path }),
        ...(options.settingsPath === undefined ? {} : { settingsPath: options.settingsPath }),
        ...(options.customPermissions === undefined ? {} : { customPermissions: options.customPermissions }),

        keepGrants: options.online === true,
    });

    let findings = (0,_validate_order_js__WEBPACK_IMPORTED_MODULE_4__/* .sortFindings */ .Tc)([
        ...project.findings,
        ...(0,_config_schema_copies_js__WEBPACK_IMPORTED_MODULE_2__/* .schemaCopyFindings */ .hU)((0,_config_confine_js__WEBPACK_IMPORTED_MODULE_0__/* .findRepositoryRoot */ .mL)(deps.cwd), deps.cwd),
    ]);
    let online = 'not-requested';
    let notCheckedOnline = [];
    let error;
    if (options.online === true) {



        const readable = new Set([...project.schemes, ...project.unverifiedSchemes].map((spec) => spec.file));
        notCheckedOnline = unreadableFiles(findings, readable, project.settingsFile?.path);
        online = 'skipped';
        if (readable.size > 0) {
            try {

                const check = deps.onlineCheck ?? (await Promise.all( [__webpack_require__.e(93), __webpack_require__.e(526), __webpack_require__.e(821)]).then(__webpack_require__.bind(__webpack_require__, 1152))).resolverCheck(deps);
                const checked = await check(project);
                const offline = checked.sitePermissions === undefined
                    ? findings
                    : (0,_validate_site_js__WEBPACK_IMPORTED_MODULE_5__/* .withSiteCatalogue */ .FR)(findings, project, checked.sitePermissions);
                const judged = [...offline, ...checked.findings];
                findings = (0,_validate_order_js__WEBPACK_IMPORTED_MODULE_4__/* .sortFindings */ .Tc)(checked.groupsHaveIds === undefined ? judged : (0,_validate_site_js__WEBPACK_IMPORTED_MODULE_5__/* .withoutGroupIdAdvice */ .Vx)(judged, checked.groupsHaveIds));
                online = 'checked';
            }
            catch (failure) {
                error = (0,_jira_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(failure);
            }
        }
    }
    const counts = (0,_validate_order_js__WEBPACK_IMPORTED_MODULE_4__/* .countFindings */ .Gt)(findings);
    return {
        status: error === undefined ? 'checked' : 'failed',
        project,
        findings,
        errorCount: counts.errors,
        warningCount: counts.warnings,
        infoCount: counts.infos,
        online,
        notCheckedOnline,
        ...(error === undefined ? {} : { error }),
    };
}


}),

6321:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
Ei: () => ( schemaCopiesDir),
hU: () => ( schemaCopyFindings),
y9: () => ( schemaCopyFiles)
});

var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
var node_fs__WEBPACK_IMPORTED_MODULE_0___default = __webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
var node_path__WEBPACK_IMPORTED_MODULE_1___default = __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
var _version_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(311);
var _findings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4770);
var _schemas_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7314);
var _settings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4661);














const SCHEMA_COPIES_FOLDER = '.jira-permissions/schemas';
const VERSION_FILE = 'version.json';
const SCHEMA_FILES = {
    'permission-scheme.schema.json': _schemas_js__WEBPACK_IMPORTED_MODULE_3__/* .SCHEMAS */ .H6.permissionScheme,
    'holder.schema.json': _schemas_js__WEBPACK_IMPORTED_MODULE_3__/* .SCHEMAS */ .H6.holder,
    'permissions.schema.json': _schemas_js__WEBPACK_IMPORTED_MODULE_3__/* .SCHEMAS */ .H6.permissions,
    'settings.schema.json': _schemas_js__WEBPACK_IMPORTED_MODULE_3__/* .SCHEMAS */ .H6.settings,
};
function schemaCopiesDir(root) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, ...SCHEMA_COPIES_FOLDER.split('/'));
}

function schemaCopyFiles() {
    const files = new Map();
    for (const [name, schema] of Object.entries(SCHEMA_FILES)) {
        const { $id: _id, ...copy } = schema;
        files.set(name, `${JSON.stringify(copy, null, 2)}\n`);
    }
    const note = 'Written by jira-perms export; refresh with `jira-perms export --schemas`. Do not edit.';
    files.set(VERSION_FILE, `${JSON.stringify({ jiraPerms: _version_js__WEBPACK_IMPORTED_MODULE_5__/* .VERSION */ .x, note }, null, 2)}\n`);
    return files;
}

function compareVersions(a, b) {
    const parts = (version) => version
        .split(/[.+-]/u)
        .slice(0, 3)
        .map((part) => Number(part) || 0);
    const [left, right] = [parts(a), parts(b)];
    for (let index = 0; index < 3; index++) {
        const difference = (left[index] ?? 0) - (right[index] ?? 0);
        if (difference !== 0)
            return Math.sign(difference);
    }
    return 0;
}
function readOrUndefined(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch {
        return undefined;
    }
}

function copyVersion(text) {
    if (text === undefined)
        return undefined;
    try {
        const data = JSON.parse(text);
        if (typeof data === 'object' && data !== null && 'jiraPerms' in data) {
            const version = data.jiraPerms;
            return typeof version === 'string' ? version : undefined;
        }
    }
    catch {

    }
    return undefined;
}





function schemaCopyFindings(root, cwd) {
    const dir = schemaCopiesDir(root);
    const versionText = readOrUndefined((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, VERSION_FILE));
    const present = [...schemaCopyFiles().keys()].filter((name) => readOrUndefined((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name)) !== undefined);
    if (present.length === 0)
        return [];
    const stale = [...schemaCopyFiles()].filter(([name, text]) => name !== VERSION_FILE && readOrUndefined((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name)) !== text);
    if (stale.length === 0)
        return [];
    const written = copyVersion(versionText);
    const first = stale[0]?.[0] ?? VERSION_FILE;
    const file = (0,_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .displayPath */ .Gt)(cwd, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, first));
    const names = stale.map(([name]) => name).join(', ');
    if (written !== undefined && compareVersions(written, _version_js__WEBPACK_IMPORTED_MODULE_5__/* .VERSION */ .x) > 0) {
        return [
            (0,_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .problemFinding */ .Lb)(file, 1, 1, 'schema', 'copies-newer', `the schemas in ${SCHEMA_COPIES_FOLDER} were written by jira-perms ${written}, newer than this one (${_version_js__WEBPACK_IMPORTED_MODULE_5__/* .VERSION */ .x}); editors check the files against them, validate does not (${names})`, 'Update jira-perms (the action: its version in the workflow) so that editors and validate agree.'),
        ];
    }
    const by = written === undefined ? 'an older jira-perms' : `jira-perms ${written}`;
    return [
        (0,_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .problemFinding */ .Lb)(file, 1, 1, 'schema', 'copies-old', `the schemas in ${SCHEMA_COPIES_FOLDER} are older than this jira-perms's (${_version_js__WEBPACK_IMPORTED_MODULE_5__/* .VERSION */ .x}; they were written by ${by}): editors complete and check the files against out-of-date schemas (${names})`, 'Refresh them with `jira-perms export --schemas` (writes only the schemas, no Jira needed), and commit them.'),
    ];
}


}),

6353:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
Dd: () => ( JiraError),
gJ: () => ( errorMessage)
});

var _secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1113);





class JiraError extends Error {
    name = 'JiraError';
    kind;
    outcome;
    call;
    status;
    summary;
    needs;
    fixes;
    jiraMessage;
    attempts;
    jsonBody;
    constructor(details) {
        super(formatJiraError(details), details.cause === undefined ? undefined : { cause: details.cause });
        this.kind = details.kind;
        this.outcome = details.outcome;
        this.call = details.call;
        if (details.status !== undefined)
            this.status = details.status;
        this.summary = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(details.summary);
        if (details.needs !== undefined)
            this.needs = details.needs;
        this.fixes = details.fixes.map(_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$);
        if (details.jiraMessage !== undefined)
            this.jiraMessage = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(details.jiraMessage);
        if (details.attempts !== undefined)
            this.attempts = details.attempts;
        if (details.jsonBody !== undefined)
            this.jsonBody = details.jsonBody;
    }
}
function formatJiraError(details) {
    const lines = [`${details.call}: ${details.summary}`];
    if (details.jiraMessage !== undefined && details.jiraMessage !== '') {
        lines.push(`  Jira said: ${details.jiraMessage}`);
    }
    if (details.needs !== undefined)
        lines.push(`  Needs: ${details.needs}`);
    if (details.fixes.length > 0) {
        lines.push('  Likely fixes:');
        for (const fix of details.fixes)
            lines.push(`  - ${fix}`);
    }
    return (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(lines.join('\n'));
}
function isJiraError(error) {
    return error instanceof JiraError;
}

function errorMessage(error) {
    if (error instanceof Error)
        return (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(error.message);
    return (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(String(error));
}


}),

2087:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
$H: () => ( matchesHolderRef),
Cs: () => ( writtenHolderIdentities),
GA: () => ( fieldIdSpelling),
I4: () => ( holderKey),
JA: () => ( grantLabel),
KN: () => ( isKnownHolderType),
L1: () => ( HOLDER_TYPES),
MO: () => ( holderId),
Me: () => ( holderWithId),
OP: () => ( PARAMETERLESS_HOLDER_TYPES),
XN: () => ( describeWrittenHolder),
_y: () => ( sameWrittenHolder),
cI: () => ( groupHolder),
cx: () => ( grantKey),
iY: () => ( holderName),
lo: () => ( grantKeys),
sS: () => ( wireSpelling),
xq: () => ( restTwoSpelling),
zc: () => ( holderLabel)
});















const HOLDER_TYPES = [
    'anyone',
    'applicationRole',
    'assignee',
    'group',
    'groupCustomField',
    'projectLead',
    'projectRole',
    'reporter',
    'sd.customer.portal.only',
    'user',
    'userCustomField',
];

const PARAMETERLESS_HOLDER_TYPES = new Set([
    'anyone',
    'assignee',
    'reporter',
    'projectLead',
    'sd.customer.portal.only',
]);
function isKnownHolderType(type) {
    return HOLDER_TYPES.includes(type);
}
function nonEmpty(text) {
    return text === undefined || text === '' ? undefined : text;
}


function holderId(holder) {
    return nonEmpty(holder.value) ?? nonEmpty(holder.parameter);
}





function holderKey(holder) {
    if (PARAMETERLESS_HOLDER_TYPES.has(holder.type))
        return holder.type;
    if (holder.type === 'group') {
        const value = nonEmpty(holder.value);
        if (value !== undefined)
            return `group#id:${value}`;
        return `group#name:${holder.parameter ?? ''}`;
    }
    const id = holderId(holder);
    return id === undefined ? holder.type : `${holder.type}:${id}`;
}

function grantKey(permission, holder) {
    return `${permission}|${holderKey(holder)}`;
}






function grantKeys(known) {
    const idByName = new Map();
    for (const { holder } of known) {
        const name = nonEmpty(holder.parameter);
        const id = nonEmpty(holder.value);
        if (holder.type === 'group' && name !== undefined && id !== undefined)
            idByName.set(name, id);
    }
    return ({ permission, holder }) => {
        if (holder.type === 'group' && nonEmpty(holder.value) === undefined && holder.parameter !== undefined) {
            const id = idByName.get(holder.parameter);
            if (id !== undefined)
                return grantKey(permission, { ...holder, value: id });
        }
        return grantKey(permission, holder);
    };
}


function holderName(named) {
    const name = nonEmpty(named.name);
    if (name !== undefined)
        return name;
    return named.holder.type === 'group' ? nonEmpty(named.holder.parameter) : undefined;
}





function holderLabel(holder, name) {
    const type = holder.type;
    if (PARAMETERLESS_HOLDER_TYPES.has(type))
        return type;
    if (type === 'applicationRole') {
        const key = holderId(holder);
        return key === undefined ? 'applicationRole (any logged-in user)' : `applicationRole ${key}`;
    }
    const shown = holderName({ holder, ...(name === undefined ? {} : { name }) });
    const id = type === 'group' ? nonEmpty(holder.value) : holderId(holder);
    if (shown !== undefined && id !== undefined && shown !== id)
        return `${type} ${shown} (${id})`;
    const either = shown ?? id;
    return either === undefined ? type : `${type} ${either}`;
}

function grantLabel(grant) {
    const label = nonEmpty(grant.label);
    return label ?? holderLabel(grant.holder, grant.name);
}





function matchesHolderRef(named, ref) {
    const { holder } = named;
    if (ref.type !== holder.type)
        return false;
    const id = nonEmpty(ref.id);
    if (id !== undefined && (holder.value === id || holder.parameter === id))
        return true;
    const wanted = nonEmpty(ref.name)?.toLowerCase();
    return wanted !== undefined && holderName(named)?.toLowerCase() === wanted;
}


function holderWithId(type, id, withValue) {
    return withValue ? { type, parameter: id, value: id } : { type, parameter: id };
}

function groupHolder(name, id) {
    return id === undefined
        ? { type: 'group', parameter: name }
        : { type: 'group', parameter: name, value: id };
}




function restTwoSpelling(holder) {
    const { type, parameter, value } = holder;
    if (value === undefined)
        return holder;
    return { type, parameter: parameter ?? value };
}




function fieldIdSpelling(holder) {
    const { type, parameter, value } = holder;
    if (type !== 'userCustomField' && type !== 'groupCustomField')
        return holder;
    const spell = (id) => id !== undefined && /^\d+$/.test(id) ? `customfield_${id}` : id;
    if (spell(parameter) === parameter && spell(value) === value)
        return holder;
    const spelt = { type };
    const newParameter = spell(parameter);
    const newValue = spell(value);
    if (newParameter !== undefined)
        spelt.parameter = newParameter;
    if (newValue !== undefined)
        spelt.value = newValue;
    return spelt;
}

function wireSpelling(holder, withValue) {
    const wire = { type: holder.type };
    if (holder.parameter !== undefined)
        wire.parameter = holder.parameter;
    if (holder.value !== undefined && withValue)
        wire.value = holder.value;

    if (!withValue && wire.parameter === undefined && holder.value !== undefined)
        wire.parameter = holder.value;
    return wire;
}

function foldName(name) {
    return name.trim().toLowerCase();
}






function writtenHolderIdentities(holder) {
    const main = writtenHolderKey(holder);
    if ((holder.type === 'group' || holder.type === 'projectRole') && holder.id !== undefined) {
        if (holder.name !== undefined)
            return [main, `${holder.type}#name:${foldName(holder.name)}`];
    }
    return [main];
}

function writtenHolderKey(holder) {
    switch (holder.type) {
        case 'applicationRole':
            return holder.key === undefined ? 'applicationRole' : `applicationRole:${holder.key}`;
        case 'group':
        case 'projectRole':
            return holder.id !== undefined
                ? `${holder.type}#id:${holder.id}`
                : `${holder.type}#name:${foldName(holder.name ?? '')}`;
        case 'user':
            return holder.accountId !== undefined
                ? `user#id:${holder.accountId}`
                : `user#email:${foldName(holder.email ?? '')}`;
        case 'userCustomField':
        case 'groupCustomField':
            return `${holder.type}:${holder.field.trim()}`;
        default:
            return holder.type;
    }
}

function sameWrittenHolder(a, b) {
    if (a.type !== b.type)
        return false;
    const sameName = (x, y) => x === y || foldName(x) === foldName(y);
    switch (a.type) {
        case 'applicationRole':
            return b.type === a.type && a.key === b.key;
        case 'group':
        case 'projectRole':
            if (b.type !== 'group' && b.type !== 'projectRole')
                return false;
            if (a.id !== undefined && b.id !== undefined && a.id === b.id)
                return true;
            return a.name !== undefined && b.name !== undefined && sameName(a.name, b.name);
        case 'user':
            if (b.type !== 'user')
                return false;
            if (a.accountId !== undefined)
                return a.accountId === b.accountId;
            return a.email !== undefined && b.email !== undefined && sameName(a.email, b.email);
        case 'userCustomField':
        case 'groupCustomField':
            return ((b.type === 'userCustomField' || b.type === 'groupCustomField') && a.field.trim() === b.field.trim());
        default:
            return true;
    }
}

function describeWrittenHolder(holder) {
    switch (holder.type) {
        case 'applicationRole':
            return holder.key === undefined
                ? 'applicationRole (any logged-in user)'
                : `applicationRole ${holder.key}`;
        case 'group':
            return holder.name !== undefined ? `group ${holder.name}` : `group {id: ${holder.id ?? ''}}`;
        case 'projectRole':
            return holder.name !== undefined ? `projectRole ${holder.name}` : `projectRole ${holder.id ?? ''}`;
        case 'user':
            return holder.accountId !== undefined
                ? `user ${holder.accountId}`
                : `user {email: ${holder.email ?? ''}}`;
        case 'userCustomField':
        case 'groupCustomField':
            return `${holder.type} ${holder.field}`;
        default:
            return holder.type;
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

311:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
x: () => ( VERSION)
});

const VERSION = '0.1.0';


})

};
