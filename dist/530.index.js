export const id = 530;
export const ids = [530];
export const modules = {

/***/ 10:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runValidate: () => (/* binding */ runValidate)
/* harmony export */ });
/* harmony import */ var _config_confine_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1094);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1980);
/* harmony import */ var _config_schema_copies_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4542);
/* harmony import */ var _jira_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6353);
/* harmony import */ var _validate_order_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4946);
/* harmony import */ var _validate_site_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8283);






/** Scheme files with errors that kept them from being read (not the settings file): sorted, each once. */
function unreadableFiles(findings, readable, settingsFile) {
    const files = new Set();
    for (const finding of findings) {
        if (finding.severity !== 'error' || readable.has(finding.file) || finding.file === settingsFile)
            continue;
        files.add(finding.file);
    }
    return [...files].sort();
}
/** `validate`, as a typed function for the command line and the action: load, check, count. No output. */
async function runValidate(options, deps) {
    const project = await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_1__/* .loadProject */ .gi)({
        cwd: deps.cwd,
        ...(options.path === undefined ? {} : { path: options.path }),
        ...(options.settingsPath === undefined ? {} : { settingsPath: options.settingsPath }),
        ...(options.customPermissions === undefined ? {} : { customPermissions: options.customPermissions }),
        // Offline, nothing reads the grants once the rules ran (the online check resolves them).
        keepGrants: options.online === true,
    });
    // The schema copies editors use (export writes them): a warning when they are not this version's.
    let findings = (0,_validate_order_js__WEBPACK_IMPORTED_MODULE_4__/* .sortFindings */ .Tc)([
        ...project.findings,
        ...(0,_config_schema_copies_js__WEBPACK_IMPORTED_MODULE_2__/* .schemaCopyFindings */ .hU)((0,_config_confine_js__WEBPACK_IMPORTED_MODULE_0__/* .findRepositoryRoot */ .mL)(deps.cwd), deps.cwd),
    ]);
    let online = 'not-requested';
    let notCheckedOnline = [];
    let error;
    if (options.online === true) {
        // Every file that could be read is checked, whatever lint errors it has (#17): an unknown app key
        // is only settled by the live catalogue, and a rule error elsewhere in the file does not change
        // which names it uses. Files whose structure could not be read are left out: their names are unsure.
        const readable = new Set([...project.schemes, ...project.unverifiedSchemes].map((spec) => spec.file));
        notCheckedOnline = unreadableFiles(findings, readable, project.settingsFile?.path);
        online = 'skipped';
        if (readable.size > 0) {
            try {
                // The resolver's code is loaded only here: an offline run (the usual one) never reads or compiles it.
                const check = deps.onlineCheck ?? (await Promise.all(/* import() */[__webpack_require__.e(93), __webpack_require__.e(526), __webpack_require__.e(821)]).then(__webpack_require__.bind(__webpack_require__, 1152))).resolverCheck(deps);
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


/***/ }),

/***/ 4542:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ei: () => (/* binding */ schemaCopiesDir),
  y9: () => (/* binding */ schemaCopyFiles),
  hU: () => (/* binding */ schemaCopyFindings)
});

// UNUSED EXPORTS: SCHEMA_COPIES_FOLDER

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/version.ts
/** The product version, kept equal to package.json's by a test. */
const VERSION = '0.1.0';

// EXTERNAL MODULE: ./src/config/findings.ts
var findings = __webpack_require__(4770);
// EXTERNAL MODULE: ./src/config/schemas.ts + 5 modules
var schemas = __webpack_require__(7314);
// EXTERNAL MODULE: ./src/config/settings.ts
var settings = __webpack_require__(4661);
;// CONCATENATED MODULE: ./src/config/schema-copies.ts






/**
 * The JSON Schemas, copied into the repository (`.jira-permissions/schemas/` at its root) so that the
 * `$schema` line export writes works offline and matches the tool that checks the files. The copies are
 * the tool's schemas without `$id`: with no `$id`, editors resolve `permission-scheme.schema.json`'s
 * relative `$ref`s against the copy's own folder rather than a web address. `version.json` records which
 * jira-perms wrote them, so `validate` can tell older copies from newer ones.
 */
/** Where the copies go, relative to the repository root. */
const SCHEMA_COPIES_FOLDER = '.jira-permissions/schemas';
const VERSION_FILE = 'version.json';
const SCHEMA_FILES = {
    'permission-scheme.schema.json': schemas/* SCHEMAS */.H6.permissionScheme,
    'holder.schema.json': schemas/* SCHEMAS */.H6.holder,
    'permissions.schema.json': schemas/* SCHEMAS */.H6.permissions,
    'settings.schema.json': schemas/* SCHEMAS */.H6.settings,
};
function schemaCopiesDir(root) {
    return (0,external_node_path_.join)(root, ...SCHEMA_COPIES_FOLDER.split('/'));
}
/** File name -> text of every file of the copy, `version.json` included. */
function schemaCopyFiles() {
    const files = new Map();
    for (const [name, schema] of Object.entries(SCHEMA_FILES)) {
        const { $id: _id, ...copy } = schema;
        files.set(name, `${JSON.stringify(copy, null, 2)}\n`);
    }
    const note = 'Written by jira-perms export; refresh with `jira-perms export --schemas`. Do not edit.';
    files.set(VERSION_FILE, `${JSON.stringify({ jiraPerms: VERSION, note }, null, 2)}\n`);
    return files;
}
/** -1, 0 or 1 as version `a` is lower, equal or higher than `b` (numeric parts of `x.y.z`). */
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
        return (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch {
        return undefined;
    }
}
/** The jira-perms version a copy says wrote it; undefined when it does not say. */
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
        // Not JSON: a copy that does not say which version wrote it.
    }
    return undefined;
}
/**
 * A warning when the repository's copy of the schemas is not this tool's: editors would complete and
 * check against other schemas than the ones `validate` uses. Nothing when there is no copy (the files
 * may point at the schemas another way). Reads only the copy's few small files, inside the repository.
 */
function schemaCopyFindings(root, cwd) {
    const dir = schemaCopiesDir(root);
    const versionText = readOrUndefined((0,external_node_path_.join)(dir, VERSION_FILE));
    const present = [...schemaCopyFiles().keys()].filter((name) => readOrUndefined((0,external_node_path_.join)(dir, name)) !== undefined);
    if (present.length === 0)
        return [];
    const stale = [...schemaCopyFiles()].filter(([name, text]) => name !== VERSION_FILE && readOrUndefined((0,external_node_path_.join)(dir, name)) !== text);
    if (stale.length === 0)
        return [];
    const written = copyVersion(versionText);
    const first = stale[0]?.[0] ?? VERSION_FILE;
    const file = (0,settings/* displayPath */.Gt)(cwd, (0,external_node_path_.join)(dir, first));
    const names = stale.map(([name]) => name).join(', ');
    if (written !== undefined && compareVersions(written, VERSION) > 0) {
        return [
            (0,findings/* problemFinding */.Lb)(file, 1, 1, 'schema', 'copies-newer', `the schemas in ${SCHEMA_COPIES_FOLDER} were written by jira-perms ${written}, newer than this one (${VERSION}); editors check the files against them, validate does not (${names})`, 'Update jira-perms (the action: its version in the workflow) so that editors and validate agree.'),
        ];
    }
    const by = written === undefined ? 'an older jira-perms' : `jira-perms ${written}`;
    return [
        (0,findings/* problemFinding */.Lb)(file, 1, 1, 'schema', 'copies-old', `the schemas in ${SCHEMA_COPIES_FOLDER} are older than this jira-perms's (${VERSION}; they were written by ${by}): editors complete and check the files against out-of-date schemas (${names})`, 'Refresh them with `jira-perms export --schemas` (writes only the schemas, no Jira needed), and commit them.'),
    ];
}


/***/ }),

/***/ 6353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dd: () => (/* binding */ JiraError),
/* harmony export */   gJ: () => (/* binding */ errorMessage)
/* harmony export */ });
/* unused harmony exports formatJiraError, isJiraError */
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1113);

/**
 * Every failure of the Jira client. The message names the call, what it needs and the likely fixes; it
 * is redacted (registered secrets never appear), so it can be printed as is.
 */
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
/** A printable message for anything thrown, redacted. */
function errorMessage(error) {
    if (error instanceof Error)
        return (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(error.message);
    return (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(String(error));
}


/***/ }),

/***/ 2087:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $H: () => (/* binding */ matchesHolderRef),
/* harmony export */   Cs: () => (/* binding */ writtenHolderIdentities),
/* harmony export */   GA: () => (/* binding */ fieldIdSpelling),
/* harmony export */   I4: () => (/* binding */ holderKey),
/* harmony export */   JA: () => (/* binding */ grantLabel),
/* harmony export */   KN: () => (/* binding */ isKnownHolderType),
/* harmony export */   L1: () => (/* binding */ HOLDER_TYPES),
/* harmony export */   MO: () => (/* binding */ holderId),
/* harmony export */   Me: () => (/* binding */ holderWithId),
/* harmony export */   OP: () => (/* binding */ PARAMETERLESS_HOLDER_TYPES),
/* harmony export */   XN: () => (/* binding */ describeWrittenHolder),
/* harmony export */   _y: () => (/* binding */ sameWrittenHolder),
/* harmony export */   cI: () => (/* binding */ groupHolder),
/* harmony export */   cx: () => (/* binding */ grantKey),
/* harmony export */   iY: () => (/* binding */ holderName),
/* harmony export */   lo: () => (/* binding */ grantKeys),
/* harmony export */   sS: () => (/* binding */ wireSpelling),
/* harmony export */   xq: () => (/* binding */ restTwoSpelling),
/* harmony export */   zc: () => (/* binding */ holderLabel)
/* harmony export */ });
/* unused harmony export writtenHolderKey */
/**
 * The one holder module: what a permission holder is, how two holders are known to be the same (the
 * canonical key), how a holder reads for people (the display label), and how Jira spells it on each
 * REST version. Everything that compares, labels or spells holders goes through here:
 *
 * - identity: `holderKey` / `grantKey` for holders as Jira spells them (the planner, the client, apply,
 *   export), `holderKeys` when group ids must be learnt from other holders, and
 *   `writtenHolderIdentities` / `sameWrittenHolder` for holders as a file writes them (lint rules);
 * - display: `holderLabel` / `grantLabel` (live and resolved holders), `describeWrittenHolder` (written
 *   holders). Labels are for people only: nothing parses or compares them;
 * - Jira's spelling: `holderWithId`, `groupHolder`, `restTwoSpelling`, `fieldIdSpelling`, `wireSpelling`;
 * - names: `holderName`, and `matchesHolderRef` for settings that name holders (managed holders).
 */
/** The eleven holder types Jira documents for permission grants. */
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
/** Holder types that never carry a parameter. (`applicationRole` may or may not.) */
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
// ---- identity ----
/** The id a holder carries: `value` where Jira gives one, else `parameter`. */
function holderId(holder) {
    return nonEmpty(holder.value) ?? nonEmpty(holder.parameter);
}
/**
 * The identity of a holder: two holders with the same key are the same grant target, whatever spelling
 * (parameter vs value, name vs id) produced them. Groups are identified by id where Jira gives one
 * (names can change) and by name on Data Center, where groups have no id.
 */
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
/** The identity of a grant: permission key plus holder identity. */
function grantKey(permission, holder) {
    return `${permission}|${holderKey(holder)}`;
}
/**
 * `grantKey`, made robust to a group holder that comes without its id on one side (Jira identifies groups
 * by id, `value`, but a holder may carry only the name, `parameter`): when another of `known` shows which
 * id that name has, the id is used, so the same group never shows up as a removal by name plus an addition
 * by id. On Data Center no holder has ids and names are compared.
 */
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
// ---- names and display ----
/** What people call the holder: the name given beside it, else a group's name (its `parameter`). */
function holderName(named) {
    const name = nonEmpty(named.name);
    if (name !== undefined)
        return name;
    return named.holder.type === 'group' ? nonEmpty(named.holder.parameter) : undefined;
}
/**
 * How a holder reads for people: `group jira-developers (5f3e…)`, `projectRole Developers (10002)`,
 * `applicationRole (any logged-in user)`, `reporter`. `name` is the holder's name where Jira's spelling
 * does not carry it (see {@link NamedHolder.name}).
 */
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
/** The label a grant carries, or one made from its holder and name. */
function grantLabel(grant) {
    const label = nonEmpty(grant.label);
    return label ?? holderLabel(grant.holder, grant.name);
}
/**
 * Whether a holder is the one a setting names (`{type, name?, id?}`, e.g. a managed holder). The id is
 * compared with the holder's `value` and `parameter` (roles, users and fields carry the id in both;
 * groups in `value`); the name, ignoring case, with {@link holderName}.
 */
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
// ---- Jira's spelling ----
/** A holder identified by an id: parameter = value = id on REST 3 (Cloud); parameter only on REST 2. */
function holderWithId(type, id, withValue) {
    return withValue ? { type, parameter: id, value: id } : { type, parameter: id };
}
/** A group: parameter = name, value = id where the site has group ids (Cloud). */
function groupHolder(name, id) {
    return id === undefined
        ? { type: 'group', parameter: name }
        : { type: 'group', parameter: name, value: id };
}
/**
 * REST 2 (Data Center) identifies every holder by `parameter` (groups by name): a `value` some server adds
 * anyway is dropped, and a holder that came with only a `value` takes it as its parameter.
 */
function restTwoSpelling(holder) {
    const { type, parameter, value } = holder;
    if (value === undefined)
        return holder;
    return { type, parameter: parameter ?? value };
}
/**
 * Custom-field holders: the reference says "custom field ID", which `/field` spells `customfield_10020`;
 * a bare `10020` names the same field, so it is spelt the same way.
 */
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
/** The holder as sent in a write: REST 2 grants carry no `value`, and name groups by `parameter`. */
function wireSpelling(holder, withValue) {
    const wire = { type: holder.type };
    if (holder.parameter !== undefined)
        wire.parameter = holder.parameter;
    if (holder.value !== undefined && withValue)
        wire.value = holder.value;
    // A Cloud-style value-only holder still needs a parameter on REST 2.
    if (!withValue && wire.parameter === undefined && holder.value !== undefined)
        wire.parameter = holder.value;
    return wire;
}
// ---- holders as files write them (before names are resolved) ----
function foldName(name) {
    return name.trim().toLowerCase();
}
/**
 * The identities a written holder can be known by, after spelling variants are folded together:
 * `projectRole: 10002` and `projectRole: {id: 10002}` are one holder; `group: a` and `group: {name: a,
 * id: x}` are one too. Group and role names compare without case (Jira treats them so); ids compare as
 * written. Two written holders are the same when they share an identity. The first is the main one.
 */
function writtenHolderIdentities(holder) {
    const main = writtenHolderKey(holder);
    if ((holder.type === 'group' || holder.type === 'projectRole') && holder.id !== undefined) {
        if (holder.name !== undefined)
            return [main, `${holder.type}#name:${foldName(holder.name)}`];
    }
    return [main];
}
/** A written holder's main identity (its id where it has one). Hot path of duplicate-grant: no arrays. */
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
/** Whether two written holders name the same holder (the pairwise form of sharing an identity). */
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
/** How a holder is written, for messages: `group jira-developers`, `projectRole 10002`, `assignee`. */
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


/***/ }),

/***/ 8283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FR: () => (/* binding */ withSiteCatalogue),
/* harmony export */   Vx: () => (/* binding */ withoutGroupIdAdvice),
/* harmony export */   eB: () => (/* binding */ notesForSite)
/* harmony export */ });
/* harmony import */ var _config_findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4770);
/* harmony import */ var _model_permissions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5917);
/* harmony import */ var _lint_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3233);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1787);
/* harmony import */ var _rules_prefer_group_id_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1724);
/* harmony import */ var _rules_product_permission_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4665);






/** `product-permission` notes made again knowing the site: silent for the products it has. */
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
/**
 * As {@link notesForSite}, and the loader's unknown permission keys withdrawn: the resolver has judged
 * every key against the catalogue and reported those it lacks (`unknown-permission`). The files whose
 * keys the catalogue (or the settings) all know are then whole, so the rules about a scheme as a whole
 * judge them too.
 */
function withSiteCatalogue(findings, project, sitePermissions) {
    const known = new Set([...sitePermissions, ...project.settings.customPermissions]);
    const settled = project.unverifiedSchemes.filter((scheme) => scheme.grants.every((grant) => (0,_model_permissions_js__WEBPACK_IMPORTED_MODULE_1__/* .isBuiltInPermission */ .Lq)(grant.permission) || known.has(grant.permission)));
    const wholeSchemeRules = _rules_index_js__WEBPACK_IMPORTED_MODULE_3__/* .RULES */ .y.filter((rule) => rule.wholeScheme === true);
    return notesForSite([
        ...findings.filter((finding) => !(0,_config_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .isUnknownPermissionKey */ .P1)(finding)),
        ...(0,_lint_js__WEBPACK_IMPORTED_MODULE_2__/* .lintSchemes */ .IL)(settled, project.settings, wholeSchemeRules),
    ], project, sitePermissions);
}
/**
 * Data Center has no group ids, so `prefer-group-id`'s advice cannot be followed there: once the site
 * is known (plan, `validate --online`), its findings are withdrawn. Offline, validate cannot tell.
 */
function withoutGroupIdAdvice(findings, groupsHaveIds) {
    if (groupsHaveIds)
        return [...findings];
    return findings.filter((finding) => finding.ruleId !== _rules_prefer_group_id_js__WEBPACK_IMPORTED_MODULE_4__/* .preferGroupId */ .P.meta.id);
}


/***/ })

};
