export const id = 296;
export const ids = [296];
export const modules = {

2296:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


__webpack_require__.r(__webpack_exports__);


__webpack_require__.d(__webpack_exports__, {
  VALIDATE_SPEC: () => ( VALIDATE_SPEC),
  validateCommand: () => ( validateCommand)
});


var command = __webpack_require__(310);

var confine = __webpack_require__(1094);

var load = __webpack_require__(1980);

var schema_copies = __webpack_require__(6321);

var errors = __webpack_require__(6353);

var order = __webpack_require__(4946);

var site = __webpack_require__(8283);
;







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
    const project = await (0,load .gi)({
        cwd: deps.cwd,
        ...(options.path === undefined ? {} : { path: options.path }),
        ...(options.settingsPath === undefined ? {} : { settingsPath: options.settingsPath }),
        ...(options.customPermissions === undefined ? {} : { customPermissions: options.customPermissions }),

        keepGrants: options.online === true,
    });

    let findings = (0,order .Tc)([
        ...project.findings,
        ...(0,schema_copies .hU)((0,confine .mL)(deps.cwd), deps.cwd),
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
                    : (0,site .FR)(findings, project, checked.sitePermissions);
                const judged = [...offline, ...checked.findings];
                findings = (0,order .Tc)(checked.groupsHaveIds === undefined ? judged : (0,site .Vx)(judged, checked.groupsHaveIds));
                online = 'checked';
            }
            catch (failure) {
                error = (0,errors .gJ)(failure);
            }
        }
    }
    const counts = (0,order .Gt)(findings);
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


var json = __webpack_require__(2679);
;



function jsonReport(findings, fileCount) {
    const counts = (0,order .Gt)(findings);
    return {
        version: 1,
        summary: { errors: counts.errors, warnings: counts.warnings, notes: counts.infos, files: fileCount },
        findings: (0,order .Tc)(findings),
    };
}
function formatJson(findings, fileCount) {
    return (0,json .aB)(jsonReport(findings, fileCount));
}


var rules = __webpack_require__(2622);

var validate_rules = __webpack_require__(1787);
;






const CORE_CHECKS = rules .Hu.filter((meta) => meta.source === 'loader');

const ALL_CHECKS = [...CORE_CHECKS, ...validate_rules .y.map((rule) => rule.meta)];


var version = __webpack_require__(311);
;





const LEVELS = { error: 'error', warning: 'warning', info: 'note' };
const INFORMATION_URI = 'https://github.com/jira-permissions-as-code/jira-permissions-as-code#readme';

function ruleName(id) {
    return id
        .split(/[^A-Za-z0-9]+/)
        .filter((part) => part !== '')
        .map((part) => (part[0] ?? '').toUpperCase() + part.slice(1))
        .join('');
}
function sarifRule(meta) {
    return {
        id: meta.id,
        name: ruleName(meta.id),
        shortDescription: { text: meta.description },
        fullDescription: { text: meta.description },
        help: { text: meta.docs },
        ...(meta.helpUri === undefined ? {} : { helpUri: meta.helpUri }),
        defaultConfiguration: { level: LEVELS[meta.defaultSeverity] },
    };
}

function fileUri(path) {
    return path
        .split('/')
        .map((segment) => encodeURIComponent(segment))
        .join('/');
}




function sarifReport(findings, extraRules = []) {
    const metas = [...ALL_CHECKS, ...extraRules];
    const sorted = (0,order .Tc)(findings);
    for (const finding of sorted) {
        if (!metas.some((meta) => meta.id === finding.ruleId)) {

            metas.push((0,rules .ME)(finding.ruleId) ?? {
                id: finding.ruleId,
                description: finding.ruleId,
                defaultSeverity: finding.severity,
                docs: 'See the message of each result.',
            });
        }
    }
    const index = new Map(metas.map((meta, position) => [meta.id, position]));
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'jira-perms',
                        semanticVersion: version .x,
                        informationUri: INFORMATION_URI,
                        rules: metas.map(sarifRule),
                    },
                },
                columnKind: 'utf16CodeUnits',
                originalUriBaseIds: {
                    SRCROOT: {
                        description: { text: 'The working directory jira-perms ran in (the repository root).' },
                    },
                },
                results: sorted.map((finding) => ({
                    ruleId: finding.ruleId,
                    ruleIndex: index.get(finding.ruleId) ?? 0,
                    level: LEVELS[finding.severity],
                    message: {
                        text: finding.hint === undefined ? finding.message : `${finding.message}\n${finding.hint}`,
                    },
                    locations: [
                        {
                            physicalLocation: {
                                artifactLocation: { uri: fileUri(finding.file), uriBaseId: 'SRCROOT' },
                                region: region(finding),
                            },
                        },
                    ],
                })),
            },
        ],
    };
}
function region(finding) {
    const result = {
        startLine: Math.max(1, finding.line),
        startColumn: Math.max(1, finding.column),
    };
    if (finding.endLine !== undefined && finding.endColumn !== undefined) {
        const endLine = Math.max(result.startLine, finding.endLine);
        const endColumn = endLine === result.startLine ? Math.max(result.startColumn, finding.endColumn) : finding.endColumn;
        result.endLine = endLine;
        result.endColumn = Math.max(1, endColumn);
    }
    return result;
}
function formatSarif(findings) {
    return (0,json .aB)(sarifReport(findings));
}


var findings_text = __webpack_require__(899);

var summaries = __webpack_require__(5062);

var terminal = __webpack_require__(9629);
;








const VALIDATE_OPTIONS = [
    {
        name: 'path',
        type: 'string',
        valueName: 'DIR',
        help: 'the scheme folder, or one scheme file',
        defaultText: '"schemes" in the settings file, else jira-permissions',
    },
    {
        name: 'settings',
        type: 'string',
        valueName: 'FILE',
        help: 'the settings file',
        defaultText: '.jira-permissions.yml',
    },
    {
        name: 'format',
        type: 'string',
        choices: ['text', 'json', 'sarif'],
        default: 'text',
        help: 'text: one line per finding, file:line:col  severity  message  rule, the fix below it, then a count; ' +
            'json: {"version": 1, "summary": {...}, "findings": [...]}; ' +
            'sarif: SARIF 2.1.0, for GitHub code scanning (upload-sarif)',
    },
    {
        name: 'online',
        type: 'boolean',
        help: 'also check names (groups, roles, users, fields, application roles) in Jira; needs JIRA_BASE_URL and ' +
            'JIRA_EMAIL + JIRA_API_TOKEN, or JIRA_BEARER_TOKEN',
    },
];
const VALIDATE_SPEC = {
    name: 'validate',
    summary: summaries .Z.validate,
    description: `Reads every *.yml / *.yaml file under the scheme folder (recursively), checks that each is plain YAML
and a valid permission scheme (schemas/permission-scheme.schema.json), checks the files against each
other (unique names and ids) and runs the lint rules. Needs no Jira credentials unless --online is given.`,
    options: VALIDATE_OPTIONS,
    epilogue: `Checks and rules (severity of rules set in the settings file's "rules:"):
${ALL_CHECKS.map((check) => `  ${check.id.padEnd(20)} ${check.defaultSeverity.padEnd(8)} ${check.description}`).join('\n')}

Exit codes: 0 no errors (warnings and notes alone do not fail); 1 errors, or bad arguments.

Examples:
  jira-perms validate
  jira-perms validate --path schemes/ --format sarif > validate.sarif`,
    positionalHint: 'a scheme folder or file goes after --path',
};
function onlineProblem(env) {
    const missing = [];
    if ((env.JIRA_BASE_URL ?? '') === '')
        missing.push('JIRA_BASE_URL');
    const basic = (env.JIRA_EMAIL ?? '') !== '' && (env.JIRA_API_TOKEN ?? '') !== '';
    const bearer = (env.JIRA_BEARER_TOKEN ?? '') !== '';
    if (!basic && !bearer)
        missing.push('JIRA_EMAIL + JIRA_API_TOKEN (or JIRA_BEARER_TOKEN)');
    if (missing.length > 0) {
        return `validate --online needs ${missing.join(' and ')} in the environment; without --online, validate needs no Jira access`;
    }
    return undefined;
}
const validateCommand = (0,command .NB)(VALIDATE_SPEC, async (options, context) => {

    const problem = options.online && context.overrides?.onlineCheck === undefined ? onlineProblem(context.env) : undefined;
    if (problem !== undefined) {
        context.stderr.write(`jira-perms validate: ${problem}\n`);
        return 1;
    }

    const deps = options.online ? (await __webpack_require__.e( 874).then(__webpack_require__.bind(__webpack_require__, 6874))).cliDeps(context) : (0,command .oA)(context);
    const result = await runValidate({ path: options.path, settingsPath: options.settings, online: options.online }, {
        ...deps,
        ...(context.overrides?.onlineCheck === undefined ? {} : { onlineCheck: context.overrides.onlineCheck }),
    });
    if (result.status === 'failed') {
        context.stderr.write(`jira-perms validate --online: ${result.error ?? 'the online check failed'}\n`);
        return 1;
    }
    const fileCount = result.project.files.length;
    if (result.online === 'skipped') {
        context.stderr.write('jira-perms validate: --online skipped: fix the errors below first (no scheme file could be read), then names are checked in Jira\n');
    }
    else if (result.online === 'checked' && result.notCheckedOnline.length > 0) {
        const files = result.notCheckedOnline.map((file) => (0,terminal .Hk)(file)).join(', ');
        context.stderr.write(`jira-perms validate --online: not checked in Jira, because errors keep them from being read: ${files}\n`);
    }
    switch (options.format) {
        case 'json':
            context.stdout.write(formatJson(result.findings, fileCount));
            break;
        case 'sarif':
            context.stdout.write(formatSarif(result.findings));
            break;
        default:
            context.stdout.write((0,findings_text .v)(result.findings, { fileCount, color: (0,command .by)(options, context) }));
    }
    return result.errorCount > 0 ? 1 : 0;
});


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


})

};
