export const id = 140;
export const ids = [140];
export const modules = {

/***/ 140:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  validateFiles: () => (/* binding */ validateFiles),
  validateStep: () => (/* binding */ validateStep)
});

// EXTERNAL MODULE: ./src/config/confine.ts
var confine = __webpack_require__(1094);
// EXTERNAL MODULE: ./src/config/load.ts + 2 modules
var load = __webpack_require__(697);
// EXTERNAL MODULE: ./src/config/schema-copies.ts + 1 modules
var schema_copies = __webpack_require__(2161);
// EXTERNAL MODULE: ./src/model/rules.ts
var rules = __webpack_require__(2622);
// EXTERNAL MODULE: ./src/jira/errors.ts
var errors = __webpack_require__(6353);
// EXTERNAL MODULE: ./src/jira/resolve.ts
var resolve = __webpack_require__(2732);
// EXTERNAL MODULE: ./src/jira/resolve-projects.ts
var resolve_projects = __webpack_require__(3091);
// EXTERNAL MODULE: ./src/plan/planner.ts + 1 modules
var planner = __webpack_require__(5552);
// EXTERNAL MODULE: ./src/config/findings.ts
var config_findings = __webpack_require__(4770);
// EXTERNAL MODULE: ./src/validate/order.ts
var order = __webpack_require__(4946);
// EXTERNAL MODULE: ./src/validate/site.ts
var site = __webpack_require__(8283);
;// CONCATENATED MODULE: ./src/commands/validate.ts











/**
 * The resolver's findings: names that do not exist in Jira, renamed groups, inactive users, unknown app
 * keys; and, when a file lists `projects:`, the project keys' (unknown, team-managed, another case) and
 * the projects the files would leave without a scheme.
 */
function resolverCheck(deps) {
    return async (project) => {
        const reader = deps.jira.reader({ signal: deps.signal });
        // Files whose only problem is a permission key the catalogue may know are resolved too: the
        // resolver judges their keys against it.
        const resolved = await (0,resolve/* resolveSchemes */.P)([...project.schemes, ...project.unverifiedSchemes], reader, {
            customPermissions: project.settings.customPermissions,
            rules: project.settings.rules,
        });
        const findings = [...resolved.findings];
        if (project.schemes.some((spec) => spec.projects !== undefined)) {
            const [projectsByScheme, live] = await Promise.all([
                reader.getProjectsByScheme(),
                reader.listPermissionSchemes(),
            ]);
            const projects = (0,resolve_projects/* resolveProjects */.D)(project.schemes, resolved.schemes, projectsByScheme);
            const checked = (0,rules/* applyRuleSettings */.mk)(projects.findings, project.settings.rules);
            findings.push(...checked);
            if (!checked.some((finding) => finding.severity === 'error'))
                findings.push(...(0,planner/* projectFindings */.OQ)(projects.schemes, live, projectsByScheme));
        }
        const sitePermissions = resolved.sitePermissions;
        return sitePermissions === undefined ? { findings } : { findings, sitePermissions };
    };
}
/** `validate`, as a typed function for the command line and the action: load, check, count. No output. */
async function runValidate(options, deps) {
    const project = await (0,load/* loadProject */.gi)({
        cwd: deps.cwd,
        ...(options.path === undefined ? {} : { path: options.path }),
        ...(options.settingsPath === undefined ? {} : { settingsPath: options.settingsPath }),
        ...(options.customPermissions === undefined ? {} : { customPermissions: options.customPermissions }),
    });
    // The schema copies editors use (export writes them): a warning when they are not this version's.
    let findings = (0,order/* sortFindings */.Tc)([
        ...project.findings,
        ...(0,schema_copies/* schemaCopyFindings */.hU)((0,confine/* findRepositoryRoot */.mL)(deps.cwd), deps.cwd),
    ]);
    let online = 'not-requested';
    let error;
    if (options.online === true) {
        online = 'skipped';
        const blocking = findings.filter((finding) => finding.severity === 'error' && !(0,config_findings/* isUnknownPermissionKey */.P1)(finding));
        if (blocking.length === 0) {
            try {
                const check = deps.onlineCheck ?? resolverCheck(deps);
                const checked = await check(project);
                const offline = checked.sitePermissions === undefined
                    ? findings
                    : (0,site/* withSiteCatalogue */.F)(findings, project, checked.sitePermissions);
                findings = (0,order/* sortFindings */.Tc)([...offline, ...checked.findings]);
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
        ...(error === undefined ? {} : { error }),
    };
}

// EXTERNAL MODULE: ./src/view/finding.ts
var view_finding = __webpack_require__(7280);
;// CONCATENATED MODULE: ./src/view/findings-text.ts


/**
 * One line per finding, `file:line:col  severity  message  rule`, the fix indented on the lines below,
 * then a count line: `2 errors, 1 warning in 3 files`.
 */
function formatText(findings, options) {
    const lines = (0,order/* sortFindings */.Tc)(findings).flatMap((finding) => (0,view_finding/* findingLines */.hq)(finding, { colour: options.color === true }));
    if (lines.length > 0)
        lines.push('');
    lines.push((0,view_finding/* findingsCountLine */.mK)(findings, options.fileCount));
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/view/findings-markdown.ts
var findings_markdown = __webpack_require__(9017);
// EXTERNAL MODULE: ./src/action/runner.ts + 2 modules
var runner = __webpack_require__(2845);
;// CONCATENATED MODULE: ./src/action/steps/validate.ts
/** `command: validate` (and the first half of plan on forks): annotations, summary table, outputs. */




/** Validates the files offline (no Jira), annotates every finding and writes the summary and outputs. */
async function validateFiles(context) {
    const result = await (0,runner/* phase */.Oi)('Validate the scheme files', async () => {
        const validated = await runValidate({ path: context.inputs.path, settingsPath: context.inputs.settings }, (0,runner/* actionDeps */.tQ)(context));
        // The same report the command line prints, for people reading the step log.
        for (const line of formatText(validated.findings, { fileCount: validated.project.files.length }).split('\n')) {
            if (line !== '')
                (0,runner/* info */.pq)(line);
        }
        return validated;
    });
    const counts = (0,runner/* annotate */.fz)(result.findings);
    (0,runner/* setOutput */.uH)('errors', counts.errors);
    (0,runner/* setOutput */.uH)('warnings', counts.warnings);
    await (0,runner/* appendSummary */.fe)((0,findings_markdown/* findingsMarkdown */.O)(result.findings, result.project.files.length));
    return { findings: result.findings, counts, fileCount: result.project.files.length };
}
async function validateStep(context) {
    const outcome = await validateFiles(context);
    if (outcome.counts.errors > 0) {
        (0,runner/* fail */.fJ)(`${outcome.counts.errors} error(s) in the scheme files: see the annotations (and the job summary) for each one and its fix`);
    }
}


/***/ }),

/***/ 2161:
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
// EXTERNAL MODULE: ./src/config/schemas.ts + 4 modules
var schemas = __webpack_require__(5834);
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

/***/ 7280:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dY: () => (/* binding */ findingItem),
/* harmony export */   ex: () => (/* binding */ findingRow),
/* harmony export */   hq: () => (/* binding */ findingLines),
/* harmony export */   mC: () => (/* binding */ findingLine),
/* harmony export */   mK: () => (/* binding */ findingsCountLine)
/* harmony export */ });
/* harmony import */ var _validate_order_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4946);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8604);
/* harmony import */ var _terminal_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9629);
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1788);




const COLOURS = { error: '\u001b[31m', warning: '\u001b[33m', info: '\u001b[36m' };
const RESET = '\u001b[0m';
/** `file:line:col  severity  message  rule`, the severity coloured on request. */
function findingLine(finding, options = {}) {
    const severity = options.colour === true ? `${COLOURS[finding.severity]}${finding.severity}${RESET}` : finding.severity;
    return `${(0,_terminal_js__WEBPACK_IMPORTED_MODULE_2__/* .safeText */ .Hk)(finding.file)}:${finding.line}:${finding.column}  ${severity}  ${(0,_terminal_js__WEBPACK_IMPORTED_MODULE_2__/* .safeText */ .Hk)(finding.message)}  ${(0,_terminal_js__WEBPACK_IMPORTED_MODULE_2__/* .safeText */ .Hk)(finding.ruleId)}`;
}
/** The finding's line, then its fix indented on the lines below. */
function findingLines(finding, options = {}) {
    const indent = options.indent ?? '';
    const lines = [`${indent}${findingLine(finding, options)}`];
    for (const hint of finding.hint?.split('\n') ?? [])
        lines.push(`${indent}    ${(0,_terminal_js__WEBPACK_IMPORTED_MODULE_2__/* .safeText */ .Hk)(hint)}`);
    return lines;
}
/** `2 errors, 1 warning in 3 files` (`, 1 note` when there are notes); `no problems in 3 files`. */
function findingsCountLine(findings, fileCount) {
    const counts = (0,_validate_order_js__WEBPACK_IMPORTED_MODULE_0__/* .countFindings */ .Gt)(findings);
    const files = (0,_words_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(fileCount, 'file');
    if (findings.length === 0)
        return `no problems in ${files}`;
    const parts = [(0,_words_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(counts.errors, 'error'), (0,_words_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(counts.warnings, 'warning')];
    if (counts.infos > 0)
        parts.push((0,_words_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(counts.infos, 'note'));
    return `${parts.join(', ')} in ${files}`;
}
/** A Markdown list item: `- **error** `rule` at `file:line`: message fix`. */
function findingItem(finding) {
    const where = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(`${finding.file}:${finding.line}`);
    const hint = finding.hint === undefined ? '' : ` ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(finding.hint)}`;
    return `- **${finding.severity}** ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(finding.ruleId)} at ${where}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(finding.message)}${hint}`;
}
const SEVERITY_ICON = {
    error: '🔴 error',
    warning: '🟡 warning',
    info: '🔵 info',
};
/** A Markdown table row: `| severity | location | rule | message |`. */
function findingRow(finding) {
    const message = finding.hint === undefined ? finding.message : `${finding.message}\n${finding.hint}`;
    return `| ${SEVERITY_ICON[finding.severity]} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(`${finding.file}:${finding.line}:${finding.column}`)} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(finding.ruleId)} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(message)} |`;
}


/***/ }),

/***/ 9017:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ findingsMarkdown)
/* harmony export */ });
/* harmony import */ var _validate_order_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4946);
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7280);


/** The job summary keeps to GitHub's 1 MiB step summary limit with room to spare. */
const MAX_ROWS = 1000;
function findingsMarkdown(findings, fileCount) {
    const verdict = (0,_validate_order_js__WEBPACK_IMPORTED_MODULE_0__/* .countFindings */ .Gt)(findings).errors > 0 ? '❌' : '✅';
    const lines = [`## Validation`, '', `${verdict} ${(0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .findingsCountLine */ .mK)(findings, fileCount)}`, ''];
    if (findings.length === 0)
        return `${lines.join('\n')}\n`;
    lines.push('| severity | location | rule | message |', '|---|---|---|---|');
    for (const finding of findings.slice(0, MAX_ROWS))
        lines.push((0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .findingRow */ .ex)(finding));
    if (findings.length > MAX_ROWS) {
        lines.push('', `…and ${findings.length - MAX_ROWS} more: see the annotations and the step log.`);
    }
    return `${lines.join('\n')}\n`;
}


/***/ })

};
