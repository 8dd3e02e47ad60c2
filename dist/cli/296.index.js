export const id = 296;
export const ids = [296];
export const modules = {

/***/ 2296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VALIDATE_SPEC: () => (/* binding */ VALIDATE_SPEC),
  validateCommand: () => (/* binding */ validateCommand)
});

// EXTERNAL MODULE: ./src/cli/command.ts + 3 modules
var command = __webpack_require__(310);
// EXTERNAL MODULE: ./src/config/confine.ts
var confine = __webpack_require__(1094);
// EXTERNAL MODULE: ./src/config/load.ts + 4 modules
var load = __webpack_require__(1980);
// EXTERNAL MODULE: ./src/config/schema-copies.ts
var schema_copies = __webpack_require__(6321);
// EXTERNAL MODULE: ./src/jira/errors.ts
var errors = __webpack_require__(6353);
// EXTERNAL MODULE: ./src/validate/order.ts
var order = __webpack_require__(4946);
// EXTERNAL MODULE: ./src/validate/site.ts
var site = __webpack_require__(8283);
;// CONCATENATED MODULE: ./src/commands/validate.ts






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
    const project = await (0,load/* loadProject */.gi)({
        cwd: deps.cwd,
        ...(options.path === undefined ? {} : { path: options.path }),
        ...(options.settingsPath === undefined ? {} : { settingsPath: options.settingsPath }),
        ...(options.customPermissions === undefined ? {} : { customPermissions: options.customPermissions }),
        // Offline, nothing reads the grants once the rules ran (the online check resolves them).
        keepGrants: options.online === true,
    });
    // The schema copies editors use (export writes them): a warning when they are not this version's.
    let findings = (0,order/* sortFindings */.Tc)([
        ...project.findings,
        ...(0,schema_copies/* schemaCopyFindings */.hU)((0,confine/* findRepositoryRoot */.mL)(deps.cwd), deps.cwd),
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
                    : (0,site/* withSiteCatalogue */.FR)(findings, project, checked.sitePermissions);
                const judged = [...offline, ...checked.findings];
                findings = (0,order/* sortFindings */.Tc)(checked.groupsHaveIds === undefined ? judged : (0,site/* withoutGroupIdAdvice */.Vx)(judged, checked.groupsHaveIds));
                online = 'checked';
            }
            catch (failure) {
                error = (0,errors/* errorMessage */.gJ)(failure);
            }
        }
    }
    const counts = (0,order/* countFindings */.Gt)(findings);
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

// EXTERNAL MODULE: ./src/view/json.ts
var json = __webpack_require__(2679);
;// CONCATENATED MODULE: ./src/view/findings-json.ts


/** The findings as one JSON document (stable order; one finding shape, as the model defines it). */
function jsonReport(findings, fileCount) {
    const counts = (0,order/* countFindings */.Gt)(findings);
    return {
        version: 1,
        summary: { errors: counts.errors, warnings: counts.warnings, notes: counts.infos, files: fileCount },
        findings: (0,order/* sortFindings */.Tc)(findings),
    };
}
function formatJson(findings, fileCount) {
    return (0,json/* toJson */.aB)(jsonReport(findings, fileCount));
}

// EXTERNAL MODULE: ./src/model/rules.ts
var rules = __webpack_require__(2622);
// EXTERNAL MODULE: ./src/validate/rules/index.ts + 5 modules
var validate_rules = __webpack_require__(1787);
;// CONCATENATED MODULE: ./src/validate/checks.ts


/**
 * The loader's checks (YAML, schema, unique names and ids, settings, the scheme folder), as the rules
 * registry has them: listed beside the lint rules for SARIF's rule list and the command's help.
 */
const CORE_CHECKS = rules/* RULE_REGISTRY */.Hu.filter((meta) => meta.source === 'loader');
/** Every check and lint rule, core checks first. */
const ALL_CHECKS = [...CORE_CHECKS, ...validate_rules/* RULES */.y.map((rule) => rule.meta)];

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/view/sarif.ts





const LEVELS = { error: 'error', warning: 'warning', info: 'note' };
const INFORMATION_URI = 'https://github.com/jira-permissions-as-code/jira-permissions-as-code#readme';
/** `no-anonymous-access` → `NoAnonymousAccess` (SARIF's rule `name` is an identifier). */
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
/** Encodes a relative path as a URI reference (segments percent-encoded, slashes kept). */
function fileUri(path) {
    return path
        .split('/')
        .map((segment) => encodeURIComponent(segment))
        .join('/');
}
/**
 * A SARIF 2.1.0 log for GitHub code scanning: the rules of every check (plus any rule id a finding
 * carries that is not one of them, e.g. the resolver's), and one result per finding with its region.
 */
function sarifReport(findings, extraRules = []) {
    const metas = [...ALL_CHECKS, ...extraRules];
    const sorted = (0,order/* sortFindings */.Tc)(findings);
    for (const finding of sorted) {
        if (!metas.some((meta) => meta.id === finding.ruleId)) {
            // Registered rules (the resolver's, the planner's) are described from the registry.
            metas.push((0,rules/* ruleMeta */.ME)(finding.ruleId) ?? {
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
                        semanticVersion: version/* VERSION */.x,
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
    return (0,json/* toJson */.aB)(sarifReport(findings));
}

// EXTERNAL MODULE: ./src/view/findings-text.ts
var findings_text = __webpack_require__(899);
// EXTERNAL MODULE: ./src/cli/summaries.ts
var summaries = __webpack_require__(5062);
// EXTERNAL MODULE: ./src/view/terminal.ts
var terminal = __webpack_require__(9629);
;// CONCATENATED MODULE: ./src/cli/commands/validate.ts








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
    summary: summaries/* SUMMARIES */.Z.validate,
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
const validateCommand = (0,command/* defineCommand */.NB)(VALIDATE_SPEC, async (options, context) => {
    // Said before anything is read: in the environment's terms, which the command itself does not know.
    const problem = options.online && context.overrides?.onlineCheck === undefined ? onlineProblem(context.env) : undefined;
    if (problem !== undefined) {
        context.stderr.write(`jira-perms validate: ${problem}\n`);
        return 1;
    }
    // Offline (the usual run), nothing of the Jira client is loaded.
    const deps = options.online ? (await __webpack_require__.e(/* import() */ 874).then(__webpack_require__.bind(__webpack_require__, 6874))).cliDeps(context) : (0,command/* offlineDeps */.oA)(context);
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
        const files = result.notCheckedOnline.map((file) => (0,terminal/* safeText */.Hk)(file)).join(', ');
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
            context.stdout.write((0,findings_text/* formatText */.v)(result.findings, { fileCount, color: (0,command/* useColor */.by)(options, context) }));
    }
    return result.errorCount > 0 ? 1 : 0;
});


/***/ }),

/***/ 6321:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ei: () => (/* binding */ schemaCopiesDir),
/* harmony export */   hU: () => (/* binding */ schemaCopyFindings),
/* harmony export */   y9: () => (/* binding */ schemaCopyFiles)
/* harmony export */ });
/* unused harmony export SCHEMA_COPIES_FOLDER */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(311);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4770);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7314);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4661);






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
    'permission-scheme.schema.json': _schemas_js__WEBPACK_IMPORTED_MODULE_3__/* .SCHEMAS */ .H6.permissionScheme,
    'holder.schema.json': _schemas_js__WEBPACK_IMPORTED_MODULE_3__/* .SCHEMAS */ .H6.holder,
    'permissions.schema.json': _schemas_js__WEBPACK_IMPORTED_MODULE_3__/* .SCHEMAS */ .H6.permissions,
    'settings.schema.json': _schemas_js__WEBPACK_IMPORTED_MODULE_3__/* .SCHEMAS */ .H6.settings,
};
function schemaCopiesDir(root) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, ...SCHEMA_COPIES_FOLDER.split('/'));
}
/** File name -> text of every file of the copy, `version.json` included. */
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
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
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


/***/ }),

/***/ 899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ formatText)
/* harmony export */ });
/* harmony import */ var _validate_order_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4946);
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7280);


/**
 * One line per finding, `file:line:col  severity  message  rule`, the fix indented on the lines below,
 * then a count line: `2 errors, 1 warning in 3 files`.
 */
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


/***/ }),

/***/ 2679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mx: () => (/* binding */ jsonPieces),
/* harmony export */   QE: () => (/* binding */ batched),
/* harmony export */   Vb: () => (/* binding */ LazyList),
/* harmony export */   aB: () => (/* binding */ toJson)
/* harmony export */ });
/**
 * The JSON view: every JSON document the product prints or writes (plan, findings, journal, doctor,
 * SARIF) is made here. Besides what `JSON.stringify` escapes, characters that would reorder or hide text
 * on a terminal or in an editor (bidirectional controls, C1 controls, line and paragraph separators)
 * are written as `\uXXXX` escapes: the same value for every JSON reader, inert for people.
 */
const INVISIBLE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function escapeInvisible(text) {
    return text.replace(INVISIBLE, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
function toJson(value) {
    return `${escapeInvisible(JSON.stringify(value, null, 2))}\n`;
}
/** A list written element by element, each made only when it is written (see `jsonPieces`). */
class LazyList {
    items;
    toJson;
    constructor(items, toJson) {
        this.items = items;
        this.toJson = toJson;
    }
}
/**
 * The property `key: value` as `JSON.stringify` writes it inside an object at depth 1, or undefined
 * where it leaves the property out (undefined, a function, a symbol, a `toJSON` answering one of
 * those). Stringifying a one-property holder keeps every rule of JSON.stringify exactly, `toJSON`'s
 * key argument included, instead of copying them here.
 */
function property(key, value) {
    const holder = JSON.stringify({ [key]: value }, null, 2);
    // `{\n  "key": value\n}`, or `{}` when the property is left out.
    return holder === '{}' ? undefined : holder.slice(2, -2);
}
/**
 * The list element `value` at `index` as JSON.stringify writes it in an array at depth 2 (a list
 * that is a property of the document): where an object leaves a property out, an array writes `null`.
 */
function element(index, value) {
    const key = String(index);
    const written = property(key, value);
    if (written === undefined)
        return 'null';
    // `property` indents the lines after the first for depth 1; a raw line break in JSON text is only
    // ever indentation (strings escape theirs), so one more level is one more indent after each.
    return written.slice(`  ${JSON.stringify(key)}: `.length).replaceAll('\n', '\n  ');
}
/**
 * The same bytes as `toJson(document)` (each LazyList written as the array it maps to), in pieces
 * that each end with a line break: a large document (a plan at scale: 12 MB) is never one string, and
 * its lists' elements are made one at a time. Pieces end at line breaks, which in JSON text stand only
 * between tokens, so a secret can never be split across two of them.
 */
function* jsonPieces(document) {
    // The last line written so far, without its line break: whether a comma follows it is known only
    // once a later property turns out to be written (JSON.stringify leaves some out).
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
/** Pieces gathered into writes of about `size` characters, each still ending at a line break. */
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


/***/ })

};
