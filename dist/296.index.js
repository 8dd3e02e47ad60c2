export const id = 296;
export const ids = [296];
export const modules = {

/***/ 1094:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Do: () => (/* binding */ confine),
/* harmony export */   mL: () => (/* binding */ findRepositoryRoot)
/* harmony export */ });
/* unused harmony export realLocation */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_excerpt_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2249);



/**
 * Where the product may read and write: inside the repository it works on, after every symbolic link is
 * followed. A scheme file (or folder, or settings file) that leads out of the repository is refused
 * before a byte of it is read, so a pull request cannot make the tool read `/etc/passwd`, the runner's
 * token file or `.git/config` (where `actions/checkout` keeps the GitHub token) and echo it in an error.
 */
/** The marker of a repository root, as git itself finds it (a folder, or a file in a worktree). */
const REPOSITORY_MARKER = '.git';
/** More links than this in one path is a loop (the kernel's own limit is 40). */
const MAX_LINKS = 40;
/**
 * The repository root for a working directory: the nearest folder at or above `cwd` that holds `.git`,
 * as git finds it; `cwd` itself when there is none (a folder outside any repository).
 */
function findRepositoryRoot(cwd) {
    const start = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd);
    for (let dir = start;; dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir)) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, REPOSITORY_MARKER)))
            return dir;
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir) === dir)
            return start;
    }
}
/**
 * Where `path` really is: every symbolic link followed, also a dangling one (a link to a file that does
 * not exist yet is where a write would land). Parts that do not exist are kept as written.
 */
function realLocation(path, links = 0) {
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path);
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(absolute);
    }
    catch {
        // Missing, or a dangling link: follow the link by hand, else resolve the parent and keep the name.
    }
    let stats;
    try {
        stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(absolute);
    }
    catch {
        stats = undefined;
    }
    if (stats?.isSymbolicLink() === true && links < MAX_LINKS) {
        return realLocation((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(absolute), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(absolute)), links + 1);
    }
    const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(absolute);
    if (parent === absolute)
        return absolute;
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(realLocation(parent, links), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(absolute));
}
function isWithin(root, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}
/**
 * Whether `path` resolves (after links) inside `root`, and not into its `.git` folder. The refusal says
 * `<subject> is outside the repository ...` (the caller says what it did not do), naming where the path leads (escaped), never anything
 * the path holds. `subject` is the caller's words for the path, e.g. `the scheme folder "x"`.
 */
function confine(root, path, subject) {
    const realRoot = realLocation(root);
    const real = realLocation(path);
    const linked = real !== (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path);
    if (!isWithin(realRoot, real)) {
        return {
            ok: false,
            message: linked
                ? `${subject} is a symbolic link to ${(0,_util_excerpt_js__WEBPACK_IMPORTED_MODULE_2__/* .excerpt */ .Kb)(real, 120)}, outside the repository ${(0,_util_excerpt_js__WEBPACK_IMPORTED_MODULE_2__/* .excerpt */ .Kb)(realRoot, 120)}`
                : `${subject} is outside the repository ${(0,_util_excerpt_js__WEBPACK_IMPORTED_MODULE_2__/* .excerpt */ .Kb)(realRoot, 120)}`,
            hint: 'Scheme files, the scheme folder and the settings file must be inside the repository, and ' +
                'symbolic links must point inside it too.',
        };
    }
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(realRoot, real).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).includes(REPOSITORY_MARKER)) {
        return {
            ok: false,
            message: `${subject} leads into the repository's ${REPOSITORY_MARKER} folder`,
            hint: 'git keeps its own data (and credentials) there: a scheme file is never in it.',
        };
    }
    return { ok: true, real };
}


/***/ }),

/***/ 7307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ discoverSchemeFiles)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _validate_order_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4946);



const SCHEME_FILE = /\.ya?ml$/i;
/** Folders never searched for scheme files (tool and VCS state, not schemes). */
const SKIPPED_FOLDERS = new Set(['node_modules']);
/**
 * Every *.yml / *.yaml file under `folder`, recursively, as absolute paths in a stable order (by path,
 * compared by code unit, so the order is the same on every machine). Folders whose name starts with a dot
 * and node_modules are skipped; symbolic links to files are followed, links to folders are not (no cycles).
 * A path to a single file is accepted too.
 */
function discoverSchemeFiles(folder) {
    let isDirectory;
    try {
        isDirectory = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(folder).isDirectory();
    }
    catch {
        return { ok: false, reason: 'missing', message: 'does not exist' };
    }
    if (!isDirectory)
        return { ok: true, files: [folder] };
    const files = [];
    try {
        walk(folder, files);
    }
    catch (error) {
        return {
            ok: false,
            reason: 'unreadable',
            message: error instanceof Error ? error.message : String(error),
        };
    }
    return { ok: true, files: files.sort(_validate_order_js__WEBPACK_IMPORTED_MODULE_2__/* .compareCodeUnits */ .UF) };
}
function walk(folder, files) {
    for (const entry of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(folder, { withFileTypes: true })) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, entry.name);
        if (entry.isDirectory()) {
            if (entry.name.startsWith('.') || SKIPPED_FOLDERS.has(entry.name))
                continue;
            walk(path, files);
        }
        else if (SCHEME_FILE.test(entry.name)) {
            if (entry.isFile())
                files.push(path);
            else if (entry.isSymbolicLink() && isFile(path))
                files.push(path);
        }
    }
}
function isFile(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isFile();
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 4770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I_: () => (/* binding */ locatedFinding),
/* harmony export */   Lb: () => (/* binding */ problemFinding),
/* harmony export */   P1: () => (/* binding */ isUnknownPermissionKey),
/* harmony export */   or: () => (/* binding */ yamlFindings)
/* harmony export */ });
/* harmony import */ var _model_rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2622);
/* harmony import */ var _positions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78);


/**
 * The loader's finding for a permission key that is neither built in nor allowed: only the live
 * catalogue can settle it (plan, apply and `validate --online` ask it).
 */
function isUnknownPermissionKey(finding) {
    return finding.ruleId === 'schema' && finding.messageId === 'unknown-permission';
}
/** A loader finding at a line and column, at its registered message's severity. */
function problemFinding(file, line, column, ruleId, messageId, message, hint) {
    return (0,_model_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .newFinding */ .iD)(ruleId, messageId, { file, line, column }, message, hint);
}
/** A loader finding at a located range, at its registered message's severity. */
function locatedFinding(location, ruleId, messageId, message, hint) {
    return (0,_model_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .newFinding */ .iD)(ruleId, messageId, location, message, hint);
}
/** YAML problems (offsets into `text`) as findings with line and column. */
function yamlFindings(file, text, problems, ruleId = 'yaml') {
    const starts = (0,_positions_js__WEBPACK_IMPORTED_MODULE_1__/* .computeLineStarts */ .p4)(text);
    return problems.map((problem) => {
        const from = (0,_positions_js__WEBPACK_IMPORTED_MODULE_1__/* .lineColumnIn */ .oY)(starts, problem.start);
        const to = (0,_positions_js__WEBPACK_IMPORTED_MODULE_1__/* .lineColumnIn */ .oY)(starts, Math.max(problem.start, problem.end));
        let message = problem.message;
        if (problem.relatedStart !== undefined) {
            const first = (0,_positions_js__WEBPACK_IMPORTED_MODULE_1__/* .lineColumnIn */ .oY)(starts, problem.relatedStart);
            message += ` (first at line ${first.line}, column ${first.column})`;
        }
        return locatedFinding({ file, line: from.line, column: from.column, endLine: to.line, endColumn: to.column }, ruleId, 'syntax', message, problem.hint);
    });
}


/***/ }),

/***/ 697:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Rn: () => (/* binding */ checkSchemeText),
  gi: () => (/* binding */ loadProject)
});

// UNUSED EXPORTS: MAX_FINDINGS_PER_FILE, compareFindings, loadProjectSync, loadSchemeFile

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/model/settings.ts
var settings = __webpack_require__(4692);
// EXTERNAL MODULE: ./src/validate/cross-file.ts
var cross_file = __webpack_require__(3249);
// EXTERNAL MODULE: ./src/validate/lint.ts
var lint = __webpack_require__(3233);
// EXTERNAL MODULE: ./src/model/rules.ts
var rules = __webpack_require__(2622);
;// CONCATENATED MODULE: ./src/validate/projects.ts

/**
 * The offline check of `projects:` across the folder: a project uses exactly one permission scheme, so
 * its key may be listed once, in one file. A key listed twice (in two files, or twice in one) is an
 * error at every place it is listed, each naming the others. Keys are compared without case: Jira's
 * project keys are unique without case, and the live check says which spelling Jira uses.
 */
function projectListFindings(schemes) {
    const byKey = new Map();
    for (const scheme of schemes) {
        for (const entry of scheme.projects ?? []) {
            const key = entry.key.toUpperCase();
            const places = byKey.get(key);
            if (places === undefined)
                byKey.set(key, [{ scheme, entry }]);
            else
                places.push({ scheme, entry });
        }
    }
    const findings = [];
    for (const places of byKey.values()) {
        if (places.length < 2)
            continue;
        for (const place of places) {
            const others = places.filter((other) => other !== place);
            const where = others.map(({ scheme, entry }) => {
                if (scheme !== place.scheme)
                    return `${scheme.file}:${entry.location.line} ("${scheme.name}")`;
                const { line, column } = entry.location;
                return line === place.entry.location.line
                    ? `line ${line}, column ${column} of this file`
                    : `line ${line} of this file`;
            });
            const sameFile = others.every((other) => other.scheme === place.scheme);
            findings.push((0,rules/* newFinding */.iD)('unique-project', 'listed-twice', place.entry.location, `project ${place.entry.key} is also listed at ${where.join(', ')}: a project uses exactly one permission scheme`, sameFile
                ? 'Remove the repeated key.'
                : 'Keep the key under projects: of the one scheme the project should use, and remove it from the others.'));
        }
    }
    return findings;
}

// EXTERNAL MODULE: ./src/validate/rules/index.ts + 6 modules
var validate_rules = __webpack_require__(6556);
// EXTERNAL MODULE: ./src/validate/order.ts
var order = __webpack_require__(4946);
// EXTERNAL MODULE: ./src/config/confine.ts
var confine = __webpack_require__(1094);
// EXTERNAL MODULE: ./src/config/discover.ts
var discover = __webpack_require__(7307);
// EXTERNAL MODULE: ./src/config/findings.ts
var config_findings = __webpack_require__(4770);
// EXTERNAL MODULE: ./src/config/messages.ts + 1 modules
var messages = __webpack_require__(1220);
// EXTERNAL MODULE: ./src/config/positions.ts
var config_positions = __webpack_require__(78);
// EXTERNAL MODULE: ./src/config/read.ts
var config_read = __webpack_require__(2000);
// EXTERNAL MODULE: ./src/config/schemas.ts + 4 modules
var schemas = __webpack_require__(5834);
// EXTERNAL MODULE: ./src/config/settings.ts
var config_settings = __webpack_require__(4661);
;// CONCATENATED MODULE: ./src/config/spec.ts

const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/**
 * The readable part of a file that failed the schema, in the shape of a valid one: the name and id when
 * they are valid (else no name, no id), and under each permission that lists holders, the holders that
 * are valid on their own.
 */
function readablePart(value) {
    const file = isRecord(value) ? value : {};
    const { holder: validHolder } = (0,schemas/* getValidators */.QL)();
    const grants = {};
    // Indices matter (they locate each holder), so an invalid holder leaves a hole rather than a shift.
    if (isRecord(file.grants)) {
        for (const [permission, holders] of Object.entries(file.grants)) {
            if (Array.isArray(holders))
                grants[permission] = holders.map((holder) => (validHolder(holder) ? holder : undefined));
        }
    }
    const name = typeof file.name === 'string' && /\S/.test(file.name) ? file.name : '';
    const readable = { name, grants };
    if (typeof file.description === 'string')
        readable.description = file.description;
    if (typeof file.id === 'number' && Number.isSafeInteger(file.id) && file.id >= 0)
        readable.id = file.id;
    return readable;
}
/**
 * Turns a file that passed the schema into a SchemeSpec, with a location for every grant. With
 * `partial`, the file failed the schema and only its readable part is taken (for the lint rules that
 * judge grants one by one; such a spec is never planned).
 */
function toSchemeSpec(value, positions, options = {}) {
    const file = options.partial === true ? readablePart(value) : value;
    const grants = [];
    // Walk the position tree alongside the value instead of looking every grant up from the root: this
    // runs once per holder of every file, the loader's hottest loop.
    const grantsNode = positions.node(['grants']).node;
    for (const [permission, holders] of Object.entries(file.grants)) {
        const permissionNode = grantsNode.entries?.get(permission);
        const permissionLocation = permissionNode?.keyStart !== undefined && permissionNode.keyEnd !== undefined
            ? positions.range(permissionNode.keyStart, permissionNode.keyEnd)
            : positions.locateKey(['grants', permission]);
        holders.forEach((holder, index) => {
            if (holder === undefined)
                return;
            const itemNode = permissionNode?.items?.[index];
            grants.push({
                permission,
                holder: toHolderSpec(holder),
                location: itemNode !== undefined
                    ? positions.range(itemNode.start, itemNode.end)
                    : positions.locate(['grants', permission, index]),
                permissionLocation,
            });
        });
    }
    const spec = {
        file: positions.file,
        name: file.name,
        grants,
        nameLocation: positions.locate(['name']),
    };
    if (file.description !== undefined)
        spec.description = file.description;
    if (file.id !== undefined) {
        spec.id = file.id;
        spec.idLocation = positions.locate(['id']);
    }
    if (file.projects !== undefined) {
        const projectsNode = positions.node(['projects']).node;
        spec.projects = file.projects.map((key, index) => {
            const item = projectsNode.items?.[index];
            return {
                key,
                location: item !== undefined ? positions.range(item.start, item.end) : positions.locate(['projects', index]),
            };
        });
        spec.projectsLocation = positions.locateKey(['projects']);
    }
    return spec;
}
/** One holder entry, in any of its written forms, as a HolderSpec. */
function toHolderSpec(holder) {
    if (typeof holder === 'string') {
        if (holder === 'applicationRole')
            return { type: 'applicationRole' };
        return { type: holder };
    }
    const entry = holder;
    const [type, parameter] = Object.entries(entry)[0] ?? ['', undefined];
    switch (type) {
        case 'applicationRole':
            return { type, key: String(parameter) };
        case 'group': {
            if (typeof parameter === 'string')
                return { type, name: parameter };
            const group = parameter;
            const spec = { type };
            if (group.name !== undefined)
                spec.name = group.name;
            if (group.id !== undefined)
                spec.id = group.id;
            return spec;
        }
        case 'projectRole': {
            if (typeof parameter === 'string')
                return { type, name: parameter };
            if (typeof parameter === 'number')
                return { type, id: String(parameter) };
            const role = parameter;
            return role.id !== undefined ? { type, id: String(role.id) } : { type, name: role.name ?? '' };
        }
        case 'user': {
            if (typeof parameter === 'string')
                return { type, accountId: parameter };
            const user = parameter;
            return user.email !== undefined
                ? { type, email: user.email }
                : { type, accountId: user.accountId ?? '' };
        }
        case 'userCustomField':
        case 'groupCustomField':
            return { type, field: String(parameter) };
        default:
            throw new Error(`toHolderSpec: holder type "${type}" passed the schema but is not handled`);
    }
}

// EXTERNAL MODULE: ./src/util/excerpt.ts
var excerpt = __webpack_require__(2249);
// EXTERNAL MODULE: ./src/config/yaml.ts
var yaml = __webpack_require__(9211);
;// CONCATENATED MODULE: ./src/config/load.ts



















/** Where a missing scheme folder came from, so a run from the wrong folder says what it looked for. */
function missingFolderHint(options, project, root) {
    if (options.path !== undefined)
        return 'Check the path given with --path (it is relative to the working directory).';
    if (project.settingsFile !== undefined) {
        return `It comes from "schemes:" in ${project.settingsFile.path} (relative to that file): create the folder, or correct "schemes:".`;
    }
    const top = (0,config_settings/* displayPath */.Gt)(options.cwd, root);
    const searched = top === '.' ? 'in this folder' : `from this folder up to the repository root (${top})`;
    return (`No ${settings/* DEFAULT_SETTINGS_FILE */.b} was found ${searched}, so the default folder is looked for here. ` +
        `Run from the folder that holds it, pass --path DIR, or add ${settings/* DEFAULT_SETTINGS_FILE */.b} with "schemes: <folder>".`);
}
/**
 * Loads the settings and every scheme file, validates them (YAML rules, schema, permission keys, files
 * against each other) and runs the lint rules. Never throws for bad files: every problem is a finding.
 */
function loadProject(options) {
    return Promise.resolve(loadProjectSync(options));
}
function loadProjectSync(options) {
    const root = options.root ?? (0,confine/* findRepositoryRoot */.mL)(options.cwd);
    const settingsResult = (0,config_settings/* loadSettingsSync */.rU)({
        cwd: options.cwd,
        root,
        ...(options.settingsPath === undefined ? {} : { settingsPath: options.settingsPath }),
    });
    const settings = settingsResult.settings;
    const findings = [...settingsResult.findings];
    const folderAbsolute = options.path !== undefined
        ? (0,config_settings/* resolvePath */.o1)(options.cwd, options.path)
        : (0,external_node_path_.resolve)(settingsResult.baseDir, settings.schemes);
    const folder = (0,config_settings/* displayPath */.Gt)(options.cwd, folderAbsolute);
    const project = {
        settings,
        schemes: [],
        unverifiedSchemes: [],
        findings,
        files: [],
        folder,
    };
    if (settingsResult.source !== undefined)
        project.settingsFile = settingsResult.source;
    // A missing folder is reported as missing below; one that exists must be inside the repository.
    const confined = (0,external_node_fs_.existsSync)(folderAbsolute)
        ? (0,confine/* confine */.Do)(root, folderAbsolute, `the scheme folder ${(0,excerpt/* excerpt */.Kb)(folder)}`)
        : undefined;
    if (confined?.ok === false) {
        // Point at `schemes:` in the settings file when that is where the folder came from.
        const at = options.path === undefined ? settingsResult.schemesAt : undefined;
        findings.push((0,config_findings/* problemFinding */.Lb)(at === undefined || project.settingsFile === undefined ? folder : project.settingsFile.path, at?.line ?? 1, at?.column ?? 1, 'files', 'outside', `${confined.message}; no scheme file was read`, confined.hint));
        return finish(project);
    }
    const discovery = (0,discover/* discoverSchemeFiles */.Q)(folderAbsolute);
    if (!discovery.ok) {
        findings.push((0,config_findings/* problemFinding */.Lb)(folder, 1, 1, 'files', 'no-folder', `the scheme folder "${folder}" ${discovery.message}`, discovery.reason === 'missing' ? missingFolderHint(options, project, root) : undefined));
        return finish(project);
    }
    if (settings.prune && discovery.files.length === 1 && discovery.files[0] === folderAbsolute) {
        // One file says nothing about the schemes of the others: pruning them would delete schemes whose
        // files merely were not given.
        project.settings = { ...settings, prune: false };
        findings.push((0,config_findings/* problemFinding */.Lb)(folder, 1, 1, 'files', 'prune-ignored', `prune is ignored: "${folder}" is one scheme file, so live schemes without it are not planned for deletion`, 'Plan the whole scheme folder (--path DIR) to prune.'));
    }
    const settingsAbsolute = settingsResult.source === undefined ? undefined : (0,config_settings/* resolvePath */.o1)(options.cwd, settingsResult.source.path);
    const allowed = new Set([...settings.customPermissions, ...(options.customPermissions ?? [])]);
    const partials = [];
    for (const absolute of discovery.files) {
        if (absolute === settingsAbsolute)
            continue;
        const file = (0,config_settings/* displayPath */.Gt)(options.cwd, absolute);
        const loaded = loadSchemeFile(absolute, file, allowed, root);
        if (loaded.sha256 !== undefined)
            project.files.push({ path: file, sha256: loaded.sha256 });
        findings.push(...loaded.findings);
        if (loaded.spec !== undefined)
            project.schemes.push(loaded.spec);
        if (loaded.unverified !== undefined)
            project.unverifiedSchemes.push(loaded.unverified);
        if (loaded.partial !== undefined)
            partials.push(loaded.partial);
    }
    if (discovery.files.length === 0) {
        findings.push((0,config_findings/* problemFinding */.Lb)(folder, 1, 1, 'files', 'no-files', `the scheme folder "${folder}" has no *.yml or *.yaml files`, 'Add a scheme file, e.g. with `jira-perms export`, or check --path.'));
        if (project.settings.prune) {
            // An empty folder is far more likely a wrong path than a wish to delete every unused scheme.
            project.settings = { ...project.settings, prune: false };
            findings.push((0,config_findings/* problemFinding */.Lb)(folder, 1, 1, 'files', 'prune-ignored', `prune is ignored: the scheme folder "${folder}" has no scheme files, so no live scheme is planned for deletion`, 'Check --path or "schemes:" in the settings file.'));
        }
    }
    const readable = [...project.schemes, ...project.unverifiedSchemes, ...partials].sort((a, b) => (0,order/* compareCodeUnits */.UF)(a.file, b.file));
    findings.push(...(0,cross_file/* crossFileFindings */.P)(readable));
    findings.push(...projectListFindings(readable));
    // A file that failed a check still gets the findings of the rules that judge grants one by one;
    // rules about the scheme as a whole would judge it by what could be read (or by a mistyped key, e.g.
    // BROWSE_PROJECT), and be wrong.
    findings.push(...(0,lint/* lintSchemes */.I)(readable, settings, validate_rules/* RULES */.y, {
        partial: new Set([...partials, ...project.unverifiedSchemes]),
        ...(options.sitePermissions === undefined ? {} : { sitePermissions: new Set(options.sitePermissions) }),
    }));
    return finish(project);
}
function finish(project) {
    project.findings.sort(order/* compareFindings */.Eg);
    return project;
}
/**
 * Reads, parses and validates one scheme file: the spec when the file passed the schema and every
 * permission key is known, and the file's own problems (lint rules and cross-file checks are not run).
 */
function loadSchemeFile(absolutePath, file, allowedPermissions, 
/** The repository root the file must resolve inside (see {@link LoadProjectOptions.root}). */
root) {
    const read = (0,config_read/* readTextFile */.Gu)(absolutePath, root === undefined ? {} : { root });
    if (!read.ok) {
        return {
            findings: [
                read.outside === true
                    ? (0,config_findings/* problemFinding */.Lb)(file, read.line, read.column, 'files', 'outside', read.message, read.hint)
                    : (0,config_findings/* problemFinding */.Lb)(file, read.line, read.column, 'yaml', 'unreadable', read.message, read.hint),
            ],
            ...(read.sha256 === undefined ? {} : { sha256: read.sha256 }),
        };
    }
    return { ...checkSchemeText(read.text, file, allowedPermissions), sha256: read.sha256 };
}
/** Parses and validates one scheme file's text. Pure: no file system. */
function checkSchemeText(text, file, allowedPermissions = new Set()) {
    const parsed = (0,yaml/* parseYamlDocument */.I)(text);
    if (!parsed.ok) {
        const findings = (0,config_findings/* yamlFindings */.or)(file, text, parsed.problems.slice(0, MAX_FINDINGS_PER_FILE));
        if (parsed.problems.length > MAX_FINDINGS_PER_FILE)
            findings.push(tooManyFinding(file, findings));
        return { findings };
    }
    const positions = new config_positions/* PositionMap */.mG(file, text, parsed.root);
    const value = parsed.value;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        // Never the value itself: a file that is not a mapping can be anything (a token, /etc/passwd), and
        // the value of a one-scalar file is the whole file.
        const what = value === null
            ? 'nothing'
            : Array.isArray(value)
                ? 'a list'
                : typeof value === 'string'
                    ? `text (${Array.from(value).length.toLocaleString('en-US')} characters)`
                    : typeof value === 'number'
                        ? 'a number'
                        : `a ${typeof value}`;
        return {
            findings: [
                (0,config_findings/* locatedFinding */.I_)(positions.locate([]), 'schema', 'not-a-mapping', `a scheme file must be a mapping (name:, grants:, ...), not ${what}`, 'Start the file with "name: <scheme name>" and "grants:".'),
            ],
        };
    }
    const { schemeCheck } = (0,schemas/* getValidators */.QL)();
    // Every problem of the file, not only the first kind: unknown permission keys are findings beside the
    // schema's, and neither hides the lint rules' findings on what could be read.
    const unknown = (0,messages/* unknownPermissionProblems */.Oz)(value, allowedPermissions, MAX_FINDINGS_PER_FILE);
    const explained = [];
    let more = Math.max(0, unknown.length - MAX_FINDINGS_PER_FILE);
    if (!schemeCheck(value)) {
        const room = MAX_FINDINGS_PER_FILE - Math.min(unknown.length, MAX_FINDINGS_PER_FILE);
        const all = (0,messages/* schemeProblems */.CX)(value, (0,schemas/* collectSchemeErrors */.d8)(value, room + 1), room + 1);
        explained.push(...all.slice(0, room));
        if (all.length > room)
            more = Math.max(more, 1);
    }
    const locate = (problem) => problem.at === 'key' ? positions.locateKey(problem.path) : positions.locate(problem.path);
    const findings = [
        ...unknown
            .slice(0, MAX_FINDINGS_PER_FILE)
            .map((problem) => (0,config_findings/* locatedFinding */.I_)(locate(problem), 'schema', 'unknown-permission', problem.message, problem.hint)),
        ...explained.map((problem) => (0,config_findings/* locatedFinding */.I_)(locate(problem), 'schema', 'problem', problem.message, problem.hint)),
    ];
    if (more > 0) {
        findings.push(tooManyFinding(file, findings));
        return { findings };
    }
    if (explained.length === 0) {
        const spec = toSchemeSpec(value, positions);
        // Only unknown keys: the scheme is whole, and the live catalogue may still know them.
        return unknown.length === 0 ? { spec, findings } : { unverified: spec, findings };
    }
    return { partial: toSchemeSpec(value, positions, { partial: true }), findings };
}
/**
 * Most findings reported for one file: past this, the file is more likely not a scheme file at all, and
 * composing thousands of messages (each with a "did you mean") would only slow the run down.
 */
const MAX_FINDINGS_PER_FILE = 50;
function tooManyFinding(file, shown) {
    const last = shown[shown.length - 1];
    return (0,config_findings/* problemFinding */.Lb)(file, last?.line ?? 1, last?.column ?? 1, 'schema', 'too-many', `more problems in this file are not shown (the first ${MAX_FINDINGS_PER_FILE} are)`, 'Fix these first, or check that this is a scheme file.');
}
/** Stable order for findings (kept here too for callers that import it from the loader). */



/***/ }),

/***/ 1220:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CX: () => (/* binding */ schemeProblems),
  KK: () => (/* binding */ settingsProblems),
  Oz: () => (/* binding */ unknownPermissionProblems)
});

// UNUSED EXPORTS: explainHolder

// EXTERNAL MODULE: ./src/model/holder.ts
var holder = __webpack_require__(2087);
// EXTERNAL MODULE: ./src/model/permissions.ts
var permissions = __webpack_require__(5917);
// EXTERNAL MODULE: ./src/util/suggest.ts
var suggest = __webpack_require__(7406);
;// CONCATENATED MODULE: ./src/config/suggest.ts

/**
 * "Did you mean" for keys and names: the shared closest match, and failing that a candidate one swapped
 * pair of neighbouring letters away (`prnue` → `prune`, `nmae` → `name`), the commonest typo that plain
 * edit distance counts twice.
 */
function suggestFor(input, candidates) {
    const closest = (0,suggest/* closestMatch */.h)(input, candidates);
    if (closest !== undefined)
        return closest;
    const needle = input.toLowerCase();
    return candidates.find((candidate) => isOneTransposition(needle, candidate.toLowerCase()));
}
function isOneTransposition(a, b) {
    if (a.length !== b.length || a === b)
        return false;
    let first = -1;
    for (let index = 0; index < a.length; index++) {
        if (a[index] === b[index])
            continue;
        if (first !== -1) {
            return (index === first + 1 &&
                a[first] === b[index] &&
                a[index] === b[first] &&
                a.slice(index + 1) === b.slice(index + 1));
        }
        first = index;
    }
    return false;
}

// EXTERNAL MODULE: ./src/config/positions.ts
var positions = __webpack_require__(78);
// EXTERNAL MODULE: ./src/util/excerpt.ts
var excerpt = __webpack_require__(2249);
;// CONCATENATED MODULE: ./src/config/messages.ts





/**
 * A misspelt required key (`grants2:`) is one mistake, though the schema sees two (an unknown key, and
 * a missing one): keep the "did you mean" and drop the "missing".
 */
function dropMissingThatAreMisspelt(problems) {
    const misspelt = new Set(problems
        .filter((problem) => problem.misspellingOf !== undefined)
        .map((problem) => [...problem.path.slice(0, -1), problem.misspellingOf].join('\u0000')));
    if (misspelt.size === 0)
        return problems;
    return problems.filter((problem) => problem.missing === undefined || !misspelt.has([...problem.path, problem.missing].join('\u0000')));
}
const SCHEME_KEYS = ['name', 'description', 'id', 'projects', 'grants'];
const BUILT_IN_KEYS = permissions/* BUILT_IN_PERMISSIONS */.wh.map((permission) => permission.key);
const HOLDER_TYPE_NAMES = holder/* HOLDER_TYPES */.L1;
const BARE_WORDS = new Set([...holder/* PARAMETERLESS_HOLDER_TYPES */.OP, 'applicationRole']);
const CUSTOM_PERMISSION_HINT = "An app's permission key is accepted once it is listed under customPermissions in .jira-permissions.yml.";
/** How each holder type with a value is written, for messages. */
const HOLDER_FORMS = {
    applicationRole: '"applicationRole: <application key>" (e.g. jira-software), or bare "applicationRole"',
    group: '"group: <group name>" or "group: {id: <groupId>}"',
    projectRole: '"projectRole: <role name>", "projectRole: <role id>" or "projectRole: {id: <role id>}"',
    user: '"user: <accountId>" or "user: {email: <address>}"',
    userCustomField: '"userCustomField: <field id or name>"',
    groupCustomField: '"groupCustomField: <field id or name>"',
};
const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** A value inside a hint's example: itself when short and plain, else a placeholder. */
const shortValue = (value) => (0,excerpt/* excerpt */.Kb)(value) === `"${value}"` && value.length <= excerpt/* EXCERPT_LENGTH */.T_ ? value : '<address>';
const describeValue = (value) => {
    if (value === null)
        return 'nothing';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    if (typeof value === 'string')
        return (0,excerpt/* excerpt */.Kb)(value);
    if (typeof value === 'number' || typeof value === 'boolean')
        return `${typeof value} ${String(value)}`;
    return typeof value;
};
const suggestion = (input, candidates, quote = true) => {
    const match = suggestFor(input, candidates);
    if (match === undefined)
        return '';
    return quote ? ` — did you mean "${match}"?` : ` — did you mean ${match}?`;
};
/** Permission keys the file uses that are neither built in nor allowed (settings or live catalogue). */
function unknownPermissionProblems(value, allowed, limit = Number.POSITIVE_INFINITY) {
    if (!isRecord(value) || !isRecord(value.grants))
        return [];
    const problems = [];
    for (const key of Object.keys(value.grants)) {
        if ((0,permissions/* isBuiltInPermission */.Lq)(key) || allowed.has(key))
            continue;
        // Past the limit, count without composing messages (suggestions cost an edit distance per key).
        if (problems.length >= limit) {
            problems.push({ path: ['grants', key], at: 'key', message: '' });
            continue;
        }
        const candidates = [...BUILT_IN_KEYS, ...allowed];
        problems.push({
            path: ['grants', key],
            at: 'key',
            message: `unknown permission ${(0,excerpt/* excerpt */.Kb)(key)}${suggestion(key, candidates, false)}`,
            hint: /^[A-Z][A-Z0-9_]*$/.test(key)
                ? `Built-in keys are listed in schemas/permissions.schema.json. ${CUSTOM_PERMISSION_HINT}`
                : CUSTOM_PERMISSION_HINT,
        });
    }
    return problems;
}
/**
 * Rewrites ajv's errors for a scheme file into one problem per real mistake, in words a person acts on.
 * Holder entries (where the schema's anyOf over eleven holder types floods ajv's output) are explained
 * from the entry itself; the permission keys are checked by {@link unknownPermissionProblems}.
 */
function schemeProblems(value, errors, limit = Number.POSITIVE_INFINITY) {
    const problems = [];
    const seen = new Set();
    const add = (problem) => {
        const id = `${problem.path.join('\u0000')}|${problem.message}`;
        if (seen.has(id))
            return;
        seen.add(id);
        problems.push(problem);
    };
    const explainedHolders = new Set();
    for (const error of errors) {
        if (problems.length >= limit)
            break;
        if (error.keyword === 'propertyNames' || error.propertyName !== undefined)
            continue;
        const path = (0,positions/* pointerToPath */.ox)(error.instancePath);
        if (path[0] === 'grants' && path.length >= 3) {
            const holderPath = path.slice(0, 3);
            const id = holderPath.join('\u0000');
            if (explainedHolders.has(id))
                continue;
            explainedHolders.add(id);
            const item = valueAt(value, holderPath);
            const explained = explainHolder(item, holderPath);
            if (explained.length > 0)
                explained.forEach(add);
            else
                add({ path, at: 'value', message: `holder ${ajvWords(error)}` });
            continue;
        }
        // anyOf over permission key forms is reported by unknownPermissionProblems.
        if (path.length === 1 && path[0] === 'grants' && error.keyword === 'anyOf')
            continue;
        if (path.length === 1 && path[0] === 'grants' && error.schemaPath.includes('Permission'))
            continue;
        add(generalProblem(error, path, SCHEME_KEYS));
    }
    return dropMissingThatAreMisspelt(problems);
}
/**
 * Rewrites ajv's errors for the settings file; `ruleIds` are the rules that `rules:` may name, and
 * `fixedRules` the registered ones it may not, with the reason.
 */
function settingsProblems(errors, rootKeys, ruleIds, fixedRules = new Map()) {
    const problems = [];
    const seen = new Set();
    for (const error of errors) {
        const path = (0,positions/* pointerToPath */.ox)(error.instancePath);
        let problem;
        if (error.propertyName !== undefined && path.length === 1 && path[0] === 'rules') {
            const rule = error.propertyName;
            const fixed = fixedRules.get(rule);
            problem =
                fixed === undefined
                    ? {
                        path: ['rules', rule],
                        at: 'key',
                        message: `unknown rule ${(0,excerpt/* excerpt */.Kb)(rule)}${suggestion(rule, ruleIds)}`,
                        hint: `Rules: ${ruleIds.join(', ')}.`,
                    }
                    : {
                        path: ['rules', rule],
                        at: 'key',
                        message: `rule "${rule}" cannot be changed: ${fixed}`,
                        hint: 'Remove the line; fix what the rule reports instead.',
                    };
        }
        else if (error.keyword === 'propertyNames') {
            continue;
        }
        else if (path.length === 2 && path[0] === 'rules' && error.keyword === 'enum') {
            problem = {
                path,
                at: 'value',
                message: `rule "${path[1] ?? ''}" must be error, warning or off, not ${describeValue(error.data)}`,
            };
        }
        else if (error.keyword === 'enum') {
            const allowed = (error.params.allowedValues ?? []).map(String);
            const got = typeof error.data === 'string' ? error.data : '';
            problem = {
                path,
                at: 'value',
                message: `"${path.join('.')}" must be one of ${allowed.join(', ')}, not ${describeValue(error.data)}${suggestion(got, allowed)}`,
            };
        }
        else if (error.keyword === 'anyOf' || error.keyword === 'if') {
            continue;
        }
        else {
            problem = generalProblem(error, path, rootKeys);
        }
        const id = `${problem.path.join('\u0000')}|${problem.message}`;
        if (seen.has(id))
            continue;
        seen.add(id);
        problems.push(problem);
    }
    return dropMissingThatAreMisspelt(problems);
}
function generalProblem(error, path, rootKeys) {
    const params = error.params;
    const where = path.length === 0 ? 'the file' : `"${path.join('.')}"`;
    switch (error.keyword) {
        case 'required': {
            const missing = String(params.missingProperty);
            return {
                path,
                at: 'value',
                missing,
                message: `missing "${missing}"`,
                hint: missing === 'name'
                    ? 'Every scheme file needs a name: the scheme’s name in Jira, unique across the folder.'
                    : missing === 'grants'
                        ? 'Every scheme file needs "grants:", a mapping of permission keys to lists of holders.'
                        : undefined,
            };
        }
        case 'additionalProperties': {
            const key = String(params.additionalProperty);
            const candidates = path.length === 0 ? rootKeys : propertyNamesOf(error.parentSchema);
            const likely = suggestFor(key, candidates);
            return {
                path: [...path, key],
                at: 'key',
                ...(likely === undefined ? {} : { misspellingOf: likely }),
                message: `unknown key ${(0,excerpt/* excerpt */.Kb)(key)}${suggestion(key, candidates)}`,
                hint: candidates.length > 0 ? `Allowed here: ${candidates.join(', ')}.` : undefined,
            };
        }
        case 'type':
            return typeProblem(path, String(params.type), error.data);
        case 'minItems': {
            const permission = path[1] ?? '';
            return {
                path,
                at: path.length === 2 ? 'key' : 'value',
                message: `${permission} lists no holders`,
                hint: 'Add the holders it is granted to, or remove the key.',
            };
        }
        case 'minLength':
        case 'pattern':
            if (path[0] === 'projects')
                return projectKeyProblem(path, error.data);
            return {
                path,
                at: 'value',
                message: `${where} must not be empty`,
                hint: path[0] === 'name'
                    ? "Write the scheme's name in Jira, e.g. name: Software Development"
                    : 'Write a value, or remove the key.',
            };
        case 'minimum':
            return {
                path,
                at: 'value',
                message: Number(error.params.limit) === 0
                    ? `${where} must not be negative`
                    : `${where} must be a positive whole number`,
                hint: path[0] === 'id' ? "Write the live scheme's id (as Jira shows it), or remove the key." : undefined,
            };
        case 'maximum':
            return path.length === 1 && path[0] === 'id'
                ? {
                    path,
                    at: 'value',
                    message: `"id" is larger than any Jira scheme id`,
                    hint: "Check the id (Jira shows it in the scheme's URL), or remove it to match the live scheme by name.",
                }
                : {
                    path,
                    at: 'value',
                    message: `${where} must be at most ${String(error.params.limit)}`,
                };
        default:
            return { path, at: 'value', message: `${where} ${ajvWords(error)}` };
    }
}
function typeProblem(path, expected, data) {
    const field = path.join('.');
    const got = describeValue(data);
    if (path.length === 1 && (field === 'name' || field === 'description')) {
        return {
            path,
            at: 'value',
            message: `"${field}" must be text, not ${got}`,
            hint: typeof data === 'number' || typeof data === 'boolean'
                ? `Quote it: ${field}: "${String(data)}"`
                : `Write it as one line of text, e.g. ${field}: ${field === 'name' ? 'Software Development' : 'Default scheme for software teams'}`,
        };
    }
    if (field === 'id') {
        return {
            path,
            at: 'value',
            message: `"id" must be a whole number (the live scheme's id), not ${got}`,
            hint: 'Write it unquoted, e.g. id: 10001, or remove it to match the live scheme by name.',
        };
    }
    if (field === 'grants') {
        return {
            path,
            at: data === null ? 'key' : 'value',
            message: `"grants" must be a mapping of permission keys to lists of holders, not ${got}`,
            hint: 'e.g.\n  grants:\n    BROWSE_PROJECTS:\n      - projectRole: Developers',
        };
    }
    if (path[0] === 'projects') {
        return path.length === 1
            ? {
                path,
                at: data === null ? 'key' : 'value',
                message: `"projects" must be a list of project keys, not ${got}`,
                hint: data === null
                    ? 'Write projects: [] for a scheme no project uses, or remove the key to leave its projects alone.'
                    : 'e.g. projects: [SOFT, MOB], or one key per line starting with "- ".',
            }
            : projectKeyProblem(path, data);
    }
    if (path[0] === 'grants' && path.length === 2) {
        const permission = path[1] ?? '';
        return data === null
            ? {
                path,
                at: 'key',
                message: `${permission} lists no holders`,
                hint: 'Add the holders it is granted to, or remove the key.',
            }
            : {
                path,
                at: 'value',
                message: `${permission} must be a list of holders, not ${got}`,
                hint: `Write each holder on its own line starting with "- ", or as a list: ${permission}: [assignee, reporter]`,
            };
    }
    return { path, at: 'value', message: `"${field}" must be ${article(expected)}, not ${got}` };
}
/** One entry of `projects:` that is not a project key. */
function projectKeyProblem(path, data) {
    const got = describeValue(data);
    return {
        path,
        at: 'value',
        message: typeof data === 'string'
            ? `"${data}" is not a project key: keys are a letter followed by letters, digits or underscores`
            : `a project key must be text, not ${got}`,
        hint: typeof data === 'boolean' || data === null
            ? `YAML reads some words as true, false or null: quote the key, e.g. "${data === null ? 'NULL' : String(data).toUpperCase()}"`
            : "Write the project's key as Jira shows it, e.g. SOFT (not its name or id).",
    };
}
function article(type) {
    switch (type) {
        case 'object':
            return 'a mapping';
        case 'array':
            return 'a list';
        case 'integer':
            return 'a whole number';
        case 'string':
            return 'text';
        default:
            return `a ${type}`;
    }
}
/** Explains why one holder entry is wrong, from the entry itself. */
function explainHolder(item, path) {
    if (item === null || item === undefined) {
        return [
            {
                path,
                at: 'value',
                message: 'empty holder entry',
                hint: 'Write a holder after the "- ", e.g. "- projectRole: Developers", or remove the line.',
            },
        ];
    }
    if (typeof item === 'string') {
        if (BARE_WORDS.has(item))
            return [];
        if (Object.hasOwn(HOLDER_FORMS, item)) {
            return [
                {
                    path,
                    at: 'value',
                    message: `"${item}" needs a value`,
                    hint: `Write it as ${HOLDER_FORMS[item] ?? item}.`,
                },
            ];
        }
        return [unknownHolderType(item, path, 'value')];
    }
    if (!isRecord(item)) {
        return [
            {
                path,
                at: 'value',
                message: `a holder must be a holder type or a mapping of one holder type to its value, not ${describeValue(item)}`,
                hint: 'e.g. "- assignee" or "- group: jira-developers".',
            },
        ];
    }
    const keys = Object.keys(item);
    if (keys.length === 0) {
        return [{ path, at: 'value', message: 'empty holder entry', hint: 'e.g. "- group: jira-developers".' }];
    }
    if (keys.length > 1) {
        const second = keys[1] ?? '';
        return [
            {
                path: [...path, second],
                at: 'key',
                message: `a holder entry has one holder type; this one has ${keys.length} (${keys.join(', ')})`,
                hint: 'Start each holder on its own line with "- ".',
            },
        ];
    }
    const type = keys[0] ?? '';
    const parameter = item[type];
    const at = [...path, type];
    if (!HOLDER_TYPE_NAMES.includes(type))
        return [unknownHolderType(type, at, 'key')];
    if (holder/* PARAMETERLESS_HOLDER_TYPES */.OP.has(type)) {
        return [
            {
                path: at,
                at: 'key',
                message: `"${type}" takes no value`,
                hint: `Write it as a bare word: "- ${type}".`,
            },
        ];
    }
    return explainParameter(type, parameter, at);
}
function unknownHolderType(type, path, at) {
    return {
        path,
        at,
        message: `holder ${(0,excerpt/* excerpt */.Kb)(type)} is not a holder type${suggestion(type, HOLDER_TYPE_NAMES)}`,
        hint: `Holder types: ${HOLDER_TYPE_NAMES.join(', ')}.`,
    };
}
function explainParameter(type, parameter, path) {
    const form = HOLDER_FORMS[type] ?? type;
    const needs = (message, where = path, at = 'value') => [
        { path: where, at, message, hint: `Write it as ${form}.` },
    ];
    if (parameter === null)
        return needs(`"${type}" needs a value`, path, 'key');
    if (typeof parameter === 'string') {
        if (parameter.trim() === '')
            return needs(`"${type}" needs a value, not empty text`);
        if (type === 'user' && parameter.includes('@')) {
            return [
                {
                    path,
                    at: 'value',
                    message: `${(0,excerpt/* excerpt */.Kb)(parameter)} looks like an email address, not an account id`,
                    hint: `Write it as "user: {email: ${shortValue(parameter)}}".`,
                },
            ];
        }
        if (type === 'user' && /\s/.test(parameter)) {
            return needs(`${(0,excerpt/* excerpt */.Kb)(parameter)} is not an account id (account ids have no spaces)`);
        }
        return needs(`"${type}" has an invalid value ${describeValue(parameter)}`);
    }
    if (typeof parameter === 'number') {
        if (type === 'projectRole') {
            return needs(`a project role id must be a positive whole number, not ${String(parameter)}`);
        }
        return needs(`"${type}" takes text, not the number ${String(parameter)}`);
    }
    if (isRecord(parameter))
        return explainParameterObject(type, parameter, path);
    return needs(`"${type}" takes ${type === 'group' || type === 'projectRole' || type === 'user' ? 'text or a mapping' : 'text'}, not ${describeValue(parameter)}`);
}
const OBJECT_KEYS = {
    group: ['id', 'name'],
    projectRole: ['id', 'name'],
    user: ['accountId', 'email'],
};
function explainParameterObject(type, parameter, path) {
    const allowed = OBJECT_KEYS[type];
    const form = HOLDER_FORMS[type] ?? type;
    if (allowed === undefined) {
        return [
            { path, at: 'value', message: `"${type}" takes text, not a mapping`, hint: `Write it as ${form}.` },
        ];
    }
    const problems = [];
    const keys = Object.keys(parameter);
    if (keys.length === 0) {
        return [
            { path, at: 'value', message: `"${type}" needs ${allowed.join(' or ')}`, hint: `Write it as ${form}.` },
        ];
    }
    for (const key of keys) {
        if (!allowed.includes(key)) {
            problems.push({
                path: [...path, key],
                at: 'key',
                message: `unknown key ${(0,excerpt/* excerpt */.Kb)(key)} in ${type}${suggestion(key, allowed)}`,
                hint: `A ${type} mapping takes ${allowed.join(' and/or ')}.`,
            });
        }
    }
    if (problems.length > 0)
        return problems;
    if ((type === 'user' || type === 'projectRole') && keys.length > 1) {
        return [
            {
                path: [...path, keys[1] ?? ''],
                at: 'key',
                message: `a ${type} is given by ${allowed.join(' or ')}, not both`,
                hint: `Keep one of them.`,
            },
        ];
    }
    for (const key of keys) {
        const field = parameter[key];
        const at = [...path, key];
        if (type === 'projectRole' && key === 'id') {
            if (typeof field !== 'number' || !Number.isInteger(field) || field < 1) {
                problems.push({
                    path: at,
                    at: 'value',
                    message: `a project role id must be a positive whole number, not ${describeValue(field)}`,
                    hint: 'Write it unquoted, e.g. projectRole: {id: 10002}.',
                });
            }
            continue;
        }
        if (typeof field !== 'string' || field.trim() === '') {
            problems.push({
                path: at,
                at: 'value',
                message: `"${type}.${key}" must be text, not ${describeValue(field)}`,
                hint: typeof field === 'number' ? `Quote it: ${key}: "${String(field)}"` : undefined,
            });
            continue;
        }
        if (type === 'user' && key === 'email' && !/^[^@\s]+@[^@\s]+$/.test(field)) {
            problems.push({
                path: at,
                at: 'value',
                message: `${(0,excerpt/* excerpt */.Kb)(field)} is not an email address`,
                hint: 'Write the address in full, e.g. user: {email: ada@example.com}.',
            });
        }
        if (type === 'user' && key === 'accountId' && !/^[^@\s]+$/.test(field)) {
            problems.push({
                path: at,
                at: 'value',
                message: `${(0,excerpt/* excerpt */.Kb)(field)} is not an account id`,
                hint: field.includes('@') ? `Write it as "user: {email: ${shortValue(field)}}".` : undefined,
            });
        }
    }
    return problems;
}
function propertyNamesOf(schema) {
    if (!isRecord(schema) || !isRecord(schema.properties))
        return [];
    return Object.keys(schema.properties);
}
function ajvWords(error) {
    return error.message ?? `fails ${error.keyword}`;
}
function valueAt(value, path) {
    let current = value;
    for (const segment of path) {
        if (Array.isArray(current))
            current = current[Number(segment)];
        else if (isRecord(current))
            current = current[String(segment)];
        else
            return undefined;
    }
    return current;
}


/***/ }),

/***/ 78:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mG: () => (/* binding */ PositionMap),
/* harmony export */   oY: () => (/* binding */ lineColumnIn),
/* harmony export */   ox: () => (/* binding */ pointerToPath),
/* harmony export */   p4: () => (/* binding */ computeLineStarts)
/* harmony export */ });
/* unused harmony exports pathToPointer, lineColumnOf */
/** Splits an RFC 6901 JSON pointer (as ajv reports `instancePath`) into path segments. */
function pointerToPath(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}
/** Turns a path back into a JSON pointer. */
function pathToPointer(path) {
    return path.map((segment) => `/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}
/**
 * Answers "where is this node?" for one file. Line starts are computed once, on first use; every lookup
 * is a walk of at most the path's length plus a binary search.
 */
class PositionMap {
    file;
    text;
    root;
    lineStarts;
    constructor(file, text, root) {
        this.file = file;
        this.text = text;
        this.root = root;
    }
    /** The node at `path`, or the nearest ancestor that exists (the node itself may be missing). */
    node(path) {
        let node = this.root;
        for (const segment of path) {
            const next = childOf(node, segment);
            if (next === undefined)
                return { node, exact: false };
            node = next;
        }
        return { node, exact: true };
    }
    /** Location of the value at `path` (nearest existing ancestor when missing). */
    locate(path) {
        const { node } = this.node(path);
        // The whole document is the whole file: point at where it starts instead.
        if (node === this.root)
            return this.range(node.start, node.start);
        return this.range(node.start, node.end);
    }
    /**
     * Location of the key that introduces the value at `path` (for "unknown key" and similar), falling back
     * to the value, then to the nearest ancestor.
     */
    locateKey(path) {
        const { node, exact } = this.node(path);
        if (exact && node.keyStart !== undefined && node.keyEnd !== undefined) {
            return this.range(node.keyStart, node.keyEnd);
        }
        return this.range(node.start, node.end);
    }
    /** A source range as 1-based line and column numbers. */
    range(start, end) {
        // Called for every grant of every file: two binary searches, no intermediate objects.
        const starts = this.starts();
        const stop = Math.max(start, end);
        const line = lineIndexIn(starts, start);
        const endLine = lineIndexIn(starts, stop);
        return {
            file: this.file,
            line: line + 1,
            column: start - (starts[line] ?? 0) + 1,
            endLine: endLine + 1,
            endColumn: stop - (starts[endLine] ?? 0) + 1,
        };
    }
    /** 1-based line and column (UTF-16 code units, as editors and SARIF count by default) of an offset. */
    lineColumn(offset) {
        return lineColumnIn(this.starts(), offset);
    }
    starts() {
        this.lineStarts ??= computeLineStarts(this.text);
        return this.lineStarts;
    }
}
function childOf(node, segment) {
    if (node.entries !== undefined)
        return node.entries.get(String(segment));
    if (node.items !== undefined) {
        const index = typeof segment === 'number' ? segment : /^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : -1;
        return index >= 0 ? node.items[index] : undefined;
    }
    return undefined;
}
function computeLineStarts(text) {
    const starts = [0];
    let index = text.indexOf('\n');
    while (index !== -1) {
        starts.push(index + 1);
        index = text.indexOf('\n', index + 1);
    }
    return starts;
}
/** Zero-based index of the line that holds `offset`. */
function lineIndexIn(lineStarts, offset) {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
        const middle = (low + high + 1) >> 1;
        if ((lineStarts[middle] ?? 0) <= offset)
            low = middle;
        else
            high = middle - 1;
    }
    return low;
}
function lineColumnIn(lineStarts, offset) {
    const line = lineIndexIn(lineStarts, offset);
    return { line: line + 1, column: offset - (lineStarts[line] ?? 0) + 1 };
}
/** 1-based line and column of an offset in `text` (for one-off positions outside a PositionMap). */
function lineColumnOf(text, offset) {
    return lineColumnIn(computeLineStarts(text), offset);
}


/***/ }),

/***/ 2000:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gu: () => (/* binding */ readTextFile)
/* harmony export */ });
/* unused harmony exports MAX_FILE_BYTES, sha256, decodeUtf8, firstInvalidUtf8Byte */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _confine_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1094);



/** Files larger than this are refused before they are read in full, let alone parsed. */
const MAX_FILE_BYTES = 1024 * 1024;
const decoder = new TextDecoder('utf-8', { fatal: true });
/**
 * Reads a file as UTF-8 text: refuses files over {@link MAX_FILE_BYTES} (checked on the open handle,
 * so a huge file costs nothing) and invalid UTF-8 (with the line and column of the first bad byte).
 * A byte order mark is dropped. With `root`, a file outside it is refused unopened. Never throws.
 */
function readTextFile(absolutePath, options = {}) {
    let target = absolutePath;
    if (options.root !== undefined) {
        const confined = (0,_confine_js__WEBPACK_IMPORTED_MODULE_2__/* .confine */ .Do)(options.root, absolutePath, 'the file');
        if (!confined.ok) {
            return {
                ok: false,
                message: `${confined.message}; it was not read`,
                hint: confined.hint,
                line: 1,
                column: 1,
                outside: true,
            };
        }
        // The resolved path, not the link: what was checked is what is opened.
        target = confined.real;
    }
    // Synchronous on purpose: thousands of small files read faster this way than through the thread pool.
    let bytes;
    try {
        const handle = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(target, 'r');
        try {
            const { size } = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(handle);
            if (size > MAX_FILE_BYTES) {
                return {
                    ok: false,
                    message: `the file is ${formatSize(size)}, over the 1 MiB (1,048,576 bytes) limit`,
                    hint: 'A permission scheme fits in a few kilobytes; split the file or check that it is a scheme file.',
                    line: 1,
                    column: 1,
                };
            }
            // Read one byte more than the limit, so a file that grew since stat() is still caught.
            const buffer = Buffer.alloc(Math.min(size, MAX_FILE_BYTES) + 1);
            let length = 0;
            for (;;) {
                const bytesRead = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(handle, buffer, length, buffer.length - length, length);
                if (bytesRead === 0)
                    break;
                length += bytesRead;
                if (length === buffer.length)
                    break;
            }
            if (length > MAX_FILE_BYTES) {
                return { ok: false, message: 'the file is over the 1 MiB limit', line: 1, column: 1 };
            }
            bytes = buffer.subarray(0, length);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(handle);
        }
    }
    catch (error) {
        return {
            ok: false,
            message: `the file could not be read: ${describeError(error)}`,
            line: 1,
            column: 1,
            ...(errorCode(error) === 'ENOENT' ? { missing: true } : {}),
        };
    }
    return decodeUtf8(bytes);
}
function sha256(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
}
/** Decodes UTF-8 strictly (a leading BOM is dropped), pointing at the first invalid byte when it fails. */
function decodeUtf8(bytes) {
    const digest = sha256(bytes);
    try {
        return { ok: true, text: decoder.decode(bytes), sha256: digest };
    }
    catch {
        if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
            return {
                ok: false,
                message: 'the file is UTF-16, not UTF-8',
                hint: 'Save the file as UTF-8.',
                line: 1,
                column: 1,
                sha256: digest,
            };
        }
        const bad = firstInvalidUtf8Byte(bytes);
        const before = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
        const lineStart = before.lastIndexOf('\n') + 1;
        let line = 1;
        for (let index = before.indexOf('\n'); index !== -1; index = before.indexOf('\n', index + 1))
            line++;
        const byte = bytes[bad] ?? 0;
        return {
            ok: false,
            message: `the file is not valid UTF-8 (byte 0x${byte.toString(16).padStart(2, '0')} at byte offset ${bad})`,
            hint: 'Save the file as UTF-8 (Latin-1 and UTF-16 files are refused).',
            line,
            column: before.length - lineStart + 1,
            sha256: digest,
        };
    }
}
/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence (RFC 3629). */
function firstInvalidUtf8Byte(bytes) {
    let index = 0;
    while (index < bytes.length) {
        const byte = bytes[index] ?? 0;
        if (byte < 0x80) {
            index++;
            continue;
        }
        let length;
        let low = 0x80;
        let high = 0xbf;
        if (byte >= 0xc2 && byte <= 0xdf)
            length = 2;
        else if (byte >= 0xe0 && byte <= 0xef) {
            length = 3;
            if (byte === 0xe0)
                low = 0xa0;
            if (byte === 0xed)
                high = 0x9f;
        }
        else if (byte >= 0xf0 && byte <= 0xf4) {
            length = 4;
            if (byte === 0xf0)
                low = 0x90;
            if (byte === 0xf4)
                high = 0x8f;
        }
        else
            return index;
        for (let k = 1; k < length; k++) {
            const next = bytes[index + k];
            if (next === undefined)
                return index;
            const min = k === 1 ? low : 0x80;
            const max = k === 1 ? high : 0xbf;
            if (next < min || next > max)
                return index;
        }
        index += length;
    }
    return bytes.length;
}
function formatSize(bytes) {
    return `${bytes.toLocaleString('en-US')} bytes`;
}
/** The errno code of a file system error (checked by shape: errors may come from another realm). */
function errorCode(error) {
    if (typeof error !== 'object' || error === null || !('code' in error))
        return undefined;
    return typeof error.code === 'string' ? error.code : undefined;
}
function describeError(error) {
    switch (errorCode(error)) {
        case 'ENOENT':
            return 'it does not exist';
        case 'EACCES':
            return 'permission denied';
        case 'EISDIR':
            return 'it is a folder';
        default:
            return typeof error === 'object' && error !== null && 'message' in error
                ? String(error.message)
                : String(error);
    }
}


/***/ }),

/***/ 5834:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H6: () => (/* binding */ SCHEMAS),
  d8: () => (/* binding */ collectSchemeErrors),
  QL: () => (/* binding */ getValidators)
});

// UNUSED EXPORTS: SCHEMA_IDS

// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(2210);
;// CONCATENATED MODULE: ./schemas/holder.schema.json
const holder_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://jira-permissions-as-code.dev/schemas/holder.schema.json","title":"Permission holder","description":"Who a permission is granted to: a bare holder type (assignee, reporter, projectLead, anyone, sd.customer.portal.only, applicationRole) or a mapping of one holder type to its value (group: jira-developers). $defs has one definition per Jira holder type; the holder itself is checked by its form (text or mapping), so that a mistake gets one clear error.","if":{"type":"string"},"then":{"$ref":"#/$defs/bareHolder"},"else":{"$ref":"#/$defs/holderWithValue"},"$defs":{"anyone":{"const":"anyone","description":"Anyone, including people who are not logged in (anonymous access). Public exposure: the lint rule no-anonymous-access reports it. Written as a bare word (\\"- anyone\\"); takes no value."},"applicationRole":{"description":"Users of a product. Bare (\\"- applicationRole\\"): any logged-in user of any product; with a key (\\"- applicationRole: jira-software\\"): the users of that product.","anyOf":[{"const":"applicationRole","description":"Any logged-in user of any product on the site."},{"type":"object","description":"The users of one product.","required":["applicationRole"],"additionalProperties":false,"properties":{"applicationRole":{"$ref":"#/$defs/applicationKey"}}}]},"assignee":{"const":"assignee","description":"The user an issue is assigned to. Written as a bare word (\\"- assignee\\"); takes no value."},"group":{"type":"object","description":"A group: by name (\\"group: jira-developers\\"), or better by id (\\"group: {id: <groupId>}\\"), since names can change.","required":["group"],"additionalProperties":false,"properties":{"group":{"$ref":"#/$defs/groupValue"}}},"groupCustomField":{"type":"object","description":"Members of the group selected in a group-picker custom field of the issue.","required":["groupCustomField"],"additionalProperties":false,"properties":{"groupCustomField":{"$ref":"#/$defs/customField"}}},"projectLead":{"const":"projectLead","description":"The project\'s lead. Written as a bare word (\\"- projectLead\\"); takes no value."},"projectRole":{"type":"object","description":"A project role: by name (\\"projectRole: Developers\\") or by id (\\"projectRole: 10002\\" or \\"projectRole: {id: 10002}\\").","required":["projectRole"],"additionalProperties":false,"properties":{"projectRole":{"$ref":"#/$defs/projectRoleValue"}}},"reporter":{"const":"reporter","description":"The user who reported an issue. Written as a bare word (\\"- reporter\\"); takes no value."},"sd.customer.portal.only":{"const":"sd.customer.portal.only","description":"Jira Service Management customers: the customer portal only, not Jira. Written as a bare word (\\"- sd.customer.portal.only\\"); takes no value."},"user":{"type":"object","description":"One user: by account id (\\"user: 5b10a2844c20165700ede21g\\") or by email address (\\"user: {email: ada@example.com}\\").","required":["user"],"additionalProperties":false,"properties":{"user":{"$ref":"#/$defs/userValue"}}},"userCustomField":{"type":"object","description":"The user selected in a user-picker custom field of the issue.","required":["userCustomField"],"additionalProperties":false,"properties":{"userCustomField":{"$ref":"#/$defs/customField"}}},"bareHolder":{"type":"string","description":"A holder type that needs no value.","enum":["anyone","assignee","reporter","projectLead","sd.customer.portal.only","applicationRole"],"enumDescriptions":["Anyone, including people who are not logged in (anonymous access). Public exposure: the lint rule no-anonymous-access reports it.","The user an issue is assigned to.","The user who reported an issue.","The project\'s lead.","Jira Service Management customers: the customer portal only, not Jira.","Any logged-in user of any product on the site."]},"holderWithValue":{"type":"object","description":"One holder type and its value, e.g. \\"group: jira-developers\\".","minProperties":1,"maxProperties":1,"propertyNames":{"$ref":"#/$defs/holderType"},"properties":{"anyone":{"not":{},"description":"\\"anyone\\" takes no value: write it as a bare word (\\"- anyone\\")."},"applicationRole":{"$ref":"#/$defs/applicationRole/anyOf/1/properties/applicationRole"},"assignee":{"not":{},"description":"\\"assignee\\" takes no value: write it as a bare word (\\"- assignee\\")."},"group":{"$ref":"#/$defs/group/properties/group"},"groupCustomField":{"$ref":"#/$defs/groupCustomField/properties/groupCustomField"},"projectLead":{"not":{},"description":"\\"projectLead\\" takes no value: write it as a bare word (\\"- projectLead\\")."},"projectRole":{"$ref":"#/$defs/projectRole/properties/projectRole"},"reporter":{"not":{},"description":"\\"reporter\\" takes no value: write it as a bare word (\\"- reporter\\")."},"sd.customer.portal.only":{"not":{},"description":"\\"sd.customer.portal.only\\" takes no value: write it as a bare word (\\"- sd.customer.portal.only\\")."},"user":{"$ref":"#/$defs/user/properties/user"},"userCustomField":{"$ref":"#/$defs/userCustomField/properties/userCustomField"}}},"holderType":{"type":"string","description":"The eleven holder types Jira documents.","enum":["anyone","applicationRole","assignee","group","groupCustomField","projectLead","projectRole","reporter","sd.customer.portal.only","user","userCustomField"]},"applicationKey":{"type":"string","minLength":1,"pattern":"\\\\S","description":"The application key, e.g. jira-software, jira-servicedesk, jira-core, jira-product-discovery."},"groupValue":{"description":"A group name, or {id: <groupId>} (optionally with its name).","if":{"type":"string"},"then":{"type":"string","minLength":1,"pattern":"\\\\S","description":"The group name."},"else":{"type":"object","description":"The group by id, optionally with its name.","minProperties":1,"additionalProperties":false,"properties":{"id":{"type":"string","minLength":1,"pattern":"\\\\S","description":"The group id (a UUID on Jira Cloud)."},"name":{"type":"string","minLength":1,"pattern":"\\\\S","description":"The group name."}}}},"projectRoleValue":{"description":"A project role name, its numeric id, or {id: <role id>}.","if":{"type":"string"},"then":{"type":"string","minLength":1,"pattern":"\\\\S","description":"The project role name."},"else":{"if":{"type":"integer"},"then":{"type":"integer","minimum":1,"maximum":9007199254740991,"description":"The project role id."},"else":{"type":"object","description":"The project role by id or by name.","minProperties":1,"maxProperties":1,"additionalProperties":false,"properties":{"id":{"type":"integer","minimum":1,"maximum":9007199254740991,"description":"The project role id."},"name":{"type":"string","minLength":1,"pattern":"\\\\S","description":"The project role name."}}}}},"userValue":{"description":"An account id, or {email: <address>} (looked up in Jira).","if":{"type":"string"},"then":{"type":"string","minLength":1,"pattern":"^[^@\\\\s]+$","description":"The Atlassian account id."},"else":{"type":"object","description":"The user by account id or by email address.","minProperties":1,"maxProperties":1,"additionalProperties":false,"properties":{"accountId":{"type":"string","minLength":1,"pattern":"^[^@\\\\s]+$","description":"The Atlassian account id."},"email":{"type":"string","pattern":"^[^@\\\\s]+@[^@\\\\s]+$","description":"The email address of the user."}}}},"customField":{"type":"string","minLength":1,"pattern":"\\\\S","description":"The custom field id (customfield_10020) or the field name."}}}');
;// CONCATENATED MODULE: ./schemas/permission-scheme.schema.json
const permission_scheme_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://jira-permissions-as-code.dev/schemas/permission-scheme.schema.json","title":"Jira permission scheme","description":"One Jira permission scheme, as code. Put \\"# yaml-language-server: $schema=<path>/permission-scheme.schema.json\\" at the top of a file for completion in editors.","type":"object","required":["name","grants"],"additionalProperties":false,"properties":{"name":{"type":"string","minLength":1,"pattern":"\\\\S","description":"The scheme\'s name: unique across the folder, and the scheme\'s identity in Jira."},"description":{"type":"string","description":"Optional description shown in Jira."},"id":{"type":"integer","minimum":0,"maximum":9007199254740991,"description":"Optional: binds this file to an existing live scheme by id (so renaming the file\'s scheme renames the live one). Jira\'s Default Permission Scheme has id 0."},"projects":{"type":"array","description":"Optional: the keys of the projects that use this scheme. Absent: which projects use it is left alone. Present (also []): after apply exactly these projects use it; a listed project is moved onto it from the scheme it uses now. A key may be listed in one file only.","items":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_]*$","description":"A project key as Jira shows it, e.g. SOFT (another case is accepted with a warning)."}},"grants":{"type":"object","description":"Permission key -> list of holders.","propertyNames":{"$ref":"permissions.schema.json"},"properties":{"ADMINISTER_PROJECTS":{"$ref":"#/$defs/holders","description":"Administer projects: manage project settings, roles, components and versions. Category: administration."},"EDIT_WORKFLOW":{"$ref":"#/$defs/holders","description":"Edit workflows: change the project\'s workflows (team-managed and shared). Category: administration."},"EDIT_ISSUE_LAYOUT":{"$ref":"#/$defs/holders","description":"Edit issue layouts: change how fields are arranged on issues. Category: administration."},"BROWSE_PROJECTS":{"$ref":"#/$defs/holders","description":"Browse projects: see the project and its issues. Without it nothing else matters. Category: project."},"MANAGE_SPRINTS_PERMISSION":{"$ref":"#/$defs/holders","description":"Manage sprints: create, start, complete and reorder sprints. Category: project. Needs Jira Software."},"SERVICEDESK_AGENT":{"$ref":"#/$defs/holders","description":"Service project agent: work on requests in a service project. Category: project. Needs Jira Service Management."},"VIEW_DEV_TOOLS":{"$ref":"#/$defs/holders","description":"View development tools: see branches, commits, pull requests and builds on issues. Category: project. Needs Jira Software."},"VIEW_READONLY_WORKFLOW":{"$ref":"#/$defs/holders","description":"View read-only workflow: see the workflow an issue follows. Category: project."},"ASSIGNABLE_USER":{"$ref":"#/$defs/holders","description":"Assignable user: can be assigned issues. Category: issue."},"ASSIGN_ISSUES":{"$ref":"#/$defs/holders","description":"Assign issues: assign issues to other people. Category: issue."},"CLOSE_ISSUES":{"$ref":"#/$defs/holders","description":"Close issues. Category: issue."},"CREATE_ISSUES":{"$ref":"#/$defs/holders","description":"Create issues. Category: issue."},"DELETE_ISSUES":{"$ref":"#/$defs/holders","description":"Delete issues, with their comments and attachments. Category: issue."},"EDIT_ISSUES":{"$ref":"#/$defs/holders","description":"Edit issues. Category: issue."},"LINK_ISSUES":{"$ref":"#/$defs/holders","description":"Link issues. Category: issue."},"MODIFY_REPORTER":{"$ref":"#/$defs/holders","description":"Modify reporter: change who reported an issue. Category: issue."},"MOVE_ISSUES":{"$ref":"#/$defs/holders","description":"Move issues between projects or issue types. Category: issue."},"RESOLVE_ISSUES":{"$ref":"#/$defs/holders","description":"Resolve issues and set fix versions. Category: issue."},"SCHEDULE_ISSUES":{"$ref":"#/$defs/holders","description":"Schedule issues: set or change due dates. Category: issue."},"SET_ISSUE_SECURITY":{"$ref":"#/$defs/holders","description":"Set issue security: choose the security level of issues. Category: issue."},"TRANSITION_ISSUES":{"$ref":"#/$defs/holders","description":"Transition issues through the workflow. Category: issue."},"MANAGE_WATCHERS":{"$ref":"#/$defs/holders","description":"Manage watchers: add and remove watchers of issues. Category: voters and watchers."},"VIEW_VOTERS_AND_WATCHERS":{"$ref":"#/$defs/holders","description":"View voters and watchers of issues. Category: voters and watchers."},"ADD_COMMENTS":{"$ref":"#/$defs/holders","description":"Add comments to issues. Category: comments."},"DELETE_ALL_COMMENTS":{"$ref":"#/$defs/holders","description":"Delete all comments, anyone\'s. Category: comments."},"DELETE_OWN_COMMENTS":{"$ref":"#/$defs/holders","description":"Delete own comments. Category: comments."},"EDIT_ALL_COMMENTS":{"$ref":"#/$defs/holders","description":"Edit all comments, anyone\'s. Category: comments."},"EDIT_OWN_COMMENTS":{"$ref":"#/$defs/holders","description":"Edit own comments. Category: comments."},"CREATE_ATTACHMENTS":{"$ref":"#/$defs/holders","description":"Create attachments on issues. Category: attachments."},"DELETE_ALL_ATTACHMENTS":{"$ref":"#/$defs/holders","description":"Delete all attachments, anyone\'s. Category: attachments."},"DELETE_OWN_ATTACHMENTS":{"$ref":"#/$defs/holders","description":"Delete own attachments. Category: attachments."},"DELETE_ALL_WORKLOGS":{"$ref":"#/$defs/holders","description":"Delete all worklogs, anyone\'s. Category: time tracking."},"DELETE_OWN_WORKLOGS":{"$ref":"#/$defs/holders","description":"Delete own worklogs. Category: time tracking."},"EDIT_ALL_WORKLOGS":{"$ref":"#/$defs/holders","description":"Edit all worklogs, anyone\'s. Category: time tracking."},"EDIT_OWN_WORKLOGS":{"$ref":"#/$defs/holders","description":"Edit own worklogs. Category: time tracking."},"WORK_ON_ISSUES":{"$ref":"#/$defs/holders","description":"Work on issues: log work (time tracking). Category: time tracking."}},"additionalProperties":{"$ref":"#/$defs/holders"}}},"$defs":{"holders":{"type":"array","description":"The holders this permission is granted to.","minItems":1,"items":{"$ref":"holder.schema.json"}}}}');
;// CONCATENATED MODULE: ./schemas/permissions.schema.json
const permissions_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://jira-permissions-as-code.dev/schemas/permissions.schema.json","title":"Jira project permission key","description":"A project permission key: one of Jira\'s built-in keys, or a key an app defines (apps\' keys are accepted when the settings file lists them under customPermissions). Each built-in key\'s definition carries its category (x-category) and, where it needs one, the product (x-product).","anyOf":[{"$ref":"#/$defs/builtInPermission"},{"$ref":"#/$defs/appPermission"}],"$defs":{"builtInPermission":{"description":"A built-in Jira project permission (Jira\'s permission-scheme reference).","type":"string","enum":["ADMINISTER_PROJECTS","EDIT_WORKFLOW","EDIT_ISSUE_LAYOUT","BROWSE_PROJECTS","MANAGE_SPRINTS_PERMISSION","SERVICEDESK_AGENT","VIEW_DEV_TOOLS","VIEW_READONLY_WORKFLOW","ASSIGNABLE_USER","ASSIGN_ISSUES","CLOSE_ISSUES","CREATE_ISSUES","DELETE_ISSUES","EDIT_ISSUES","LINK_ISSUES","MODIFY_REPORTER","MOVE_ISSUES","RESOLVE_ISSUES","SCHEDULE_ISSUES","SET_ISSUE_SECURITY","TRANSITION_ISSUES","MANAGE_WATCHERS","VIEW_VOTERS_AND_WATCHERS","ADD_COMMENTS","DELETE_ALL_COMMENTS","DELETE_OWN_COMMENTS","EDIT_ALL_COMMENTS","EDIT_OWN_COMMENTS","CREATE_ATTACHMENTS","DELETE_ALL_ATTACHMENTS","DELETE_OWN_ATTACHMENTS","DELETE_ALL_WORKLOGS","DELETE_OWN_WORKLOGS","EDIT_ALL_WORKLOGS","EDIT_OWN_WORKLOGS","WORK_ON_ISSUES"],"enumDescriptions":["Administer projects: manage project settings, roles, components and versions. Category: administration.","Edit workflows: change the project\'s workflows (team-managed and shared). Category: administration.","Edit issue layouts: change how fields are arranged on issues. Category: administration.","Browse projects: see the project and its issues. Without it nothing else matters. Category: project.","Manage sprints: create, start, complete and reorder sprints. Category: project. Needs Jira Software.","Service project agent: work on requests in a service project. Category: project. Needs Jira Service Management.","View development tools: see branches, commits, pull requests and builds on issues. Category: project. Needs Jira Software.","View read-only workflow: see the workflow an issue follows. Category: project.","Assignable user: can be assigned issues. Category: issue.","Assign issues: assign issues to other people. Category: issue.","Close issues. Category: issue.","Create issues. Category: issue.","Delete issues, with their comments and attachments. Category: issue.","Edit issues. Category: issue.","Link issues. Category: issue.","Modify reporter: change who reported an issue. Category: issue.","Move issues between projects or issue types. Category: issue.","Resolve issues and set fix versions. Category: issue.","Schedule issues: set or change due dates. Category: issue.","Set issue security: choose the security level of issues. Category: issue.","Transition issues through the workflow. Category: issue.","Manage watchers: add and remove watchers of issues. Category: voters and watchers.","View voters and watchers of issues. Category: voters and watchers.","Add comments to issues. Category: comments.","Delete all comments, anyone\'s. Category: comments.","Delete own comments. Category: comments.","Edit all comments, anyone\'s. Category: comments.","Edit own comments. Category: comments.","Create attachments on issues. Category: attachments.","Delete all attachments, anyone\'s. Category: attachments.","Delete own attachments. Category: attachments.","Delete all worklogs, anyone\'s. Category: time tracking.","Delete own worklogs. Category: time tracking.","Edit all worklogs, anyone\'s. Category: time tracking.","Edit own worklogs. Category: time tracking.","Work on issues: log work (time tracking). Category: time tracking."]},"appPermission":{"description":"A permission key defined by an app, e.g. com.example.app__approve. List it under customPermissions in .jira-permissions.yml so that validate accepts it offline.","type":"string","pattern":"^(?![A-Z][A-Z0-9_]*$)[^\\\\s]+$"},"ADMINISTER_PROJECTS":{"const":"ADMINISTER_PROJECTS","description":"Administer projects: manage project settings, roles, components and versions. Category: administration.","x-category":"administration"},"EDIT_WORKFLOW":{"const":"EDIT_WORKFLOW","description":"Edit workflows: change the project\'s workflows (team-managed and shared). Category: administration.","x-category":"administration"},"EDIT_ISSUE_LAYOUT":{"const":"EDIT_ISSUE_LAYOUT","description":"Edit issue layouts: change how fields are arranged on issues. Category: administration.","x-category":"administration"},"BROWSE_PROJECTS":{"const":"BROWSE_PROJECTS","description":"Browse projects: see the project and its issues. Without it nothing else matters. Category: project.","x-category":"project"},"MANAGE_SPRINTS_PERMISSION":{"const":"MANAGE_SPRINTS_PERMISSION","description":"Manage sprints: create, start, complete and reorder sprints. Category: project. Needs Jira Software.","x-category":"project","x-product":"Jira Software"},"SERVICEDESK_AGENT":{"const":"SERVICEDESK_AGENT","description":"Service project agent: work on requests in a service project. Category: project. Needs Jira Service Management.","x-category":"project","x-product":"Jira Service Management"},"VIEW_DEV_TOOLS":{"const":"VIEW_DEV_TOOLS","description":"View development tools: see branches, commits, pull requests and builds on issues. Category: project. Needs Jira Software.","x-category":"project","x-product":"Jira Software"},"VIEW_READONLY_WORKFLOW":{"const":"VIEW_READONLY_WORKFLOW","description":"View read-only workflow: see the workflow an issue follows. Category: project.","x-category":"project"},"ASSIGNABLE_USER":{"const":"ASSIGNABLE_USER","description":"Assignable user: can be assigned issues. Category: issue.","x-category":"issue"},"ASSIGN_ISSUES":{"const":"ASSIGN_ISSUES","description":"Assign issues: assign issues to other people. Category: issue.","x-category":"issue"},"CLOSE_ISSUES":{"const":"CLOSE_ISSUES","description":"Close issues. Category: issue.","x-category":"issue"},"CREATE_ISSUES":{"const":"CREATE_ISSUES","description":"Create issues. Category: issue.","x-category":"issue"},"DELETE_ISSUES":{"const":"DELETE_ISSUES","description":"Delete issues, with their comments and attachments. Category: issue.","x-category":"issue"},"EDIT_ISSUES":{"const":"EDIT_ISSUES","description":"Edit issues. Category: issue.","x-category":"issue"},"LINK_ISSUES":{"const":"LINK_ISSUES","description":"Link issues. Category: issue.","x-category":"issue"},"MODIFY_REPORTER":{"const":"MODIFY_REPORTER","description":"Modify reporter: change who reported an issue. Category: issue.","x-category":"issue"},"MOVE_ISSUES":{"const":"MOVE_ISSUES","description":"Move issues between projects or issue types. Category: issue.","x-category":"issue"},"RESOLVE_ISSUES":{"const":"RESOLVE_ISSUES","description":"Resolve issues and set fix versions. Category: issue.","x-category":"issue"},"SCHEDULE_ISSUES":{"const":"SCHEDULE_ISSUES","description":"Schedule issues: set or change due dates. Category: issue.","x-category":"issue"},"SET_ISSUE_SECURITY":{"const":"SET_ISSUE_SECURITY","description":"Set issue security: choose the security level of issues. Category: issue.","x-category":"issue"},"TRANSITION_ISSUES":{"const":"TRANSITION_ISSUES","description":"Transition issues through the workflow. Category: issue.","x-category":"issue"},"MANAGE_WATCHERS":{"const":"MANAGE_WATCHERS","description":"Manage watchers: add and remove watchers of issues. Category: voters and watchers.","x-category":"voters and watchers"},"VIEW_VOTERS_AND_WATCHERS":{"const":"VIEW_VOTERS_AND_WATCHERS","description":"View voters and watchers of issues. Category: voters and watchers.","x-category":"voters and watchers"},"ADD_COMMENTS":{"const":"ADD_COMMENTS","description":"Add comments to issues. Category: comments.","x-category":"comments"},"DELETE_ALL_COMMENTS":{"const":"DELETE_ALL_COMMENTS","description":"Delete all comments, anyone\'s. Category: comments.","x-category":"comments"},"DELETE_OWN_COMMENTS":{"const":"DELETE_OWN_COMMENTS","description":"Delete own comments. Category: comments.","x-category":"comments"},"EDIT_ALL_COMMENTS":{"const":"EDIT_ALL_COMMENTS","description":"Edit all comments, anyone\'s. Category: comments.","x-category":"comments"},"EDIT_OWN_COMMENTS":{"const":"EDIT_OWN_COMMENTS","description":"Edit own comments. Category: comments.","x-category":"comments"},"CREATE_ATTACHMENTS":{"const":"CREATE_ATTACHMENTS","description":"Create attachments on issues. Category: attachments.","x-category":"attachments"},"DELETE_ALL_ATTACHMENTS":{"const":"DELETE_ALL_ATTACHMENTS","description":"Delete all attachments, anyone\'s. Category: attachments.","x-category":"attachments"},"DELETE_OWN_ATTACHMENTS":{"const":"DELETE_OWN_ATTACHMENTS","description":"Delete own attachments. Category: attachments.","x-category":"attachments"},"DELETE_ALL_WORKLOGS":{"const":"DELETE_ALL_WORKLOGS","description":"Delete all worklogs, anyone\'s. Category: time tracking.","x-category":"time tracking"},"DELETE_OWN_WORKLOGS":{"const":"DELETE_OWN_WORKLOGS","description":"Delete own worklogs. Category: time tracking.","x-category":"time tracking"},"EDIT_ALL_WORKLOGS":{"const":"EDIT_ALL_WORKLOGS","description":"Edit all worklogs, anyone\'s. Category: time tracking.","x-category":"time tracking"},"EDIT_OWN_WORKLOGS":{"const":"EDIT_OWN_WORKLOGS","description":"Edit own worklogs. Category: time tracking.","x-category":"time tracking"},"WORK_ON_ISSUES":{"const":"WORK_ON_ISSUES","description":"Work on issues: log work (time tracking). Category: time tracking.","x-category":"time tracking"}}}');
;// CONCATENATED MODULE: ./schemas/settings.schema.json
const settings_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://jira-permissions-as-code.dev/schemas/settings.schema.json","title":"jira-permissions-as-code settings (.jira-permissions.yml)","description":"Optional settings file at the repository root. Every key is optional.","type":"object","additionalProperties":false,"properties":{"schemes":{"type":"string","minLength":1,"pattern":"\\\\S","default":"jira-permissions","description":"The scheme folder, relative to the settings file. Default: jira-permissions."},"customPermissions":{"type":"array","description":"Permission keys that apps define, accepted by validate without asking Jira.","uniqueItems":true,"items":{"type":"string","minLength":1,"pattern":"^[^\\\\s]+$"}},"prune":{"type":"boolean","default":false,"description":"true: live schemes that no file describes are planned for deletion (apply also needs --allow-delete)."},"rules":{"type":"object","description":"Rule id -> error | warning | off: the lint rules, the resolver\'s and planner\'s findings and the guardrails (each documented in docs/rules/<id>.md). The loader\'s checks (yaml, schema, settings, files, unique-name, unique-id, unique-project), the project checks that leave nothing to plan (unresolved-project, team-managed-project, project-left-without-scheme) and the planner\'s scheme matching cannot be changed.","propertyNames":{"enum":["no-anonymous-access","no-broad-admin","duplicate-grant","prefer-group-id","browse-required","admin-required","product-permission","unresolved-group","renamed-group","unresolved-role","unresolved-user","hidden-email","inactive-user","unresolved-field","ambiguous-field","unresolved-application-role","unknown-permission","project-key-case","permission-not-on-site","unpinned-scheme","prune-scheme-in-use","lockout","public-exposure","mass-removal","access-limit"]},"additionalProperties":{"enum":["error","warning","off"]}},"managedHolders":{"type":"array","description":"Holders that Jira manages itself: never planned for removal and never a cause of a diff. Default: the atlassian-addons-project-access project role.","items":{"type":"object","required":["type"],"additionalProperties":false,"minProperties":2,"properties":{"type":{"enum":["anyone","applicationRole","assignee","group","groupCustomField","projectLead","projectRole","reporter","sd.customer.portal.only","user","userCustomField"],"description":"The holder type."},"name":{"type":"string","minLength":1,"pattern":"\\\\S","description":"The holder name (a role or group name)."},"id":{"anyOf":[{"type":"string","minLength":1,"pattern":"\\\\S","description":"The group id, or a role id written as text."},{"type":"integer","minimum":1,"description":"A project role id."}],"description":"The holder id (a role id or group id)."}}}},"accessLimits":{"type":"object","description":"The access-limit guardrail: most people who may gain a permission in one project in one plan, per permission key (e.g. ADMINISTER_PROJECTS: 5).","propertyNames":{"pattern":"^[^\\\\s]+$"},"additionalProperties":{"type":"integer","minimum":0}},"guardrails":{"type":"object","description":"Limits that make a plan fail before apply can do damage.","additionalProperties":false,"properties":{"maxRemovals":{"type":"integer","minimum":0,"default":10,"description":"Most grant removals allowed in one scheme."},"maxRemovalRatio":{"type":"number","minimum":0,"maximum":1,"default":0.2,"description":"Largest fraction of a scheme\'s live grants that one plan may remove."},"allow":{"type":"array","description":"Guardrails allowed to pass, per scheme name (or * for every scheme).","items":{"type":"object","required":["guardrail","scheme"],"additionalProperties":false,"properties":{"guardrail":{"enum":["lockout","public-exposure","mass-removal","access-limit"]},"scheme":{"type":"string","minLength":1,"pattern":"\\\\S","description":"The scheme name, or * for every scheme."}}}}}}}}');
;// CONCATENATED MODULE: ./src/config/schemas.ts





const SCHEMA_IDS = {
    holder: holder_schema_namespaceObject.$id,
    permissions: permissions_schema_namespaceObject.$id,
    permissionScheme: permission_scheme_schema_namespaceObject.$id,
    settings: settings_schema_namespaceObject.$id,
};
/** The published schemas, as the package ships them (for tests and for `$schema` hints). */
const SCHEMAS = {
    holder: holder_schema_namespaceObject,
    permissions: permissions_schema_namespaceObject,
    permissionScheme: permission_scheme_schema_namespaceObject,
    settings: settings_schema_namespaceObject,
};
/**
 * Keywords the schemas carry for editors and for people (VS Code's `enumDescriptions`; the category and
 * product of each built-in permission). Registered so that strict mode accepts them; they validate nothing.
 */
const ANNOTATION_KEYWORDS = ['enumDescriptions', 'x-category', 'x-product'];
let validators;
function newAjv(allErrors) {
    const ajv = new _2020.Ajv2020({ strict: true, allErrors, verbose: allErrors });
    ajv.addVocabulary(ANNOTATION_KEYWORDS);
    ajv.addSchema(holder_schema_namespaceObject);
    ajv.addSchema(permissions_schema_namespaceObject);
    return ajv;
}
/** The compiled validators: compiled once per process, on first use. */
function getValidators() {
    if (validators !== undefined)
        return validators;
    const all = newAjv(true);
    const holder = all.getSchema(holder_schema_namespaceObject.$id);
    if (holder === undefined)
        throw new Error('holder.schema.json did not compile');
    validators = {
        schemeCheck: newAjv(false).compile(permission_scheme_schema_namespaceObject),
        scheme: all.compile(permission_scheme_schema_namespaceObject),
        holder,
        settings: all.compile(settings_schema_namespaceObject),
    };
    return validators;
}
const escapePointer = (segment) => segment.replace(/~/g, '~0').replace(/\//g, '~1');
/**
 * Every schema error of a scheme file that failed {@link Validators.schemeCheck}, collected piece by
 * piece: the file without its grants, then each permission's list, then each holder entry on its own.
 * One whole-file pass would do, but ajv concatenates the error arrays of every failing `$ref` call, which
 * is quadratic in the number of failing holders; pieces keep it linear. Stops once `holderLimit` holder
 * entries have failed (a file with that many mistakes is likely not a scheme file).
 */
function collectSchemeErrors(value, holderLimit) {
    const { scheme, holder } = getValidators();
    const errors = [];
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        scheme(value);
        return [...(scheme.errors ?? [])];
    }
    const file = value;
    const grants = file.grants;
    const grantsIsMapping = typeof grants === 'object' && grants !== null && !Array.isArray(grants);
    if (!scheme(grantsIsMapping ? { ...file, grants: {} } : file))
        errors.push(...(scheme.errors ?? []));
    if (!grantsIsMapping)
        return errors;
    let failedHolders = 0;
    for (const [permission, holders] of Object.entries(grants)) {
        const base = `/grants/${escapePointer(permission)}`;
        if (!Array.isArray(holders) || holders.length === 0) {
            // The list itself is wrong (not a list, or empty): check it alone, in a file that is otherwise fine.
            if (!scheme({ name: 'x', grants: { [permission]: holders } })) {
                errors.push(...(scheme.errors ?? []).filter((error) => error.instancePath.startsWith(base)));
            }
            continue;
        }
        for (let index = 0; index < holders.length; index++) {
            if (holder(holders[index]))
                continue;
            const at = `${base}/${index}`;
            for (const error of holder.errors ?? [])
                errors.push({ ...error, instancePath: at + error.instancePath });
            if (++failedHolders >= holderLimit)
                return errors;
        }
    }
    return errors;
}


/***/ }),

/***/ 4661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   M5: () => (/* binding */ loadSettings),
/* harmony export */   o1: () => (/* binding */ resolvePath),
/* harmony export */   rU: () => (/* binding */ loadSettingsSync)
/* harmony export */ });
/* unused harmony export findSettingsFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _model_settings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4692);
/* harmony import */ var _model_rules_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2622);
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1220);
/* harmony import */ var _positions_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(78);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2000);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5834);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9211);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4770);
/* harmony import */ var _confine_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1094);











/**
 * The default settings file for a working directory: `.jira-permissions.yml` in `cwd` or the nearest
 * folder above it, stopping at the repository root; in `cwd` when there is none (it may be created
 * there). A symbolic link counts as a file here, so one that leads outside is refused, not skipped.
 */
function findSettingsFile(cwd, root) {
    const start = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd);
    const top = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root);
    const inside = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(top, start);
    const searchUp = inside === '' || (!inside.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(inside));
    for (let dir = start;; dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir)) {
        const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, _model_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_SETTINGS_FILE */ .b);
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(candidate);
            return { path: candidate, found: true };
        }
        catch {
            // Not here: look one folder up.
        }
        if (!searchUp || dir === top || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir) === dir)
            break;
    }
    return { path: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(start, _model_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_SETTINGS_FILE */ .b), found: false };
}
const ROOT_KEYS = Object.keys(_schemas_js__WEBPACK_IMPORTED_MODULE_6__/* .SCHEMAS */ .H6.settings.properties);
/** Registered rules that `rules:` cannot change, with the reason. */
const FIXED_RULES = new Map(_model_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .RULE_REGISTRY */ .Hu.flatMap((meta) => (meta.fixed === undefined ? [] : [[meta.id, meta.fixed]])));
/**
 * Forward-slash path of `absolute` relative to `cwd`, as findings and specs name files. A path outside
 * `cwd` is shown whole: `../../tmp/x` would make the reader work out where that is.
 */
function displayPath(cwd, absolute) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(cwd, absolute) || '.';
    const outside = path === '..' || path.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(path);
    const shown = outside ? absolute : path;
    return node_path__WEBPACK_IMPORTED_MODULE_1__.sep === '/' ? shown : shown.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
}
/**
 * Reads the settings file, validates it against settings.schema.json and applies the defaults.
 * Never throws: a missing default file means defaults; every problem is a finding.
 */
function loadSettings(options) {
    return Promise.resolve(loadSettingsSync(options));
}
function loadSettingsSync(options) {
    const explicit = options.settingsPath !== undefined;
    const root = options.root ?? (0,_confine_js__WEBPACK_IMPORTED_MODULE_9__/* .findRepositoryRoot */ .mL)(options.cwd);
    const absolute = options.settingsPath === undefined
        ? findSettingsFile(options.cwd, root).path
        : resolvePath(options.cwd, options.settingsPath);
    const file = displayPath(options.cwd, absolute);
    const defaults = () => structuredClone(_model_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_SETTINGS */ .a);
    const read = (0,_read_js__WEBPACK_IMPORTED_MODULE_5__/* .readTextFile */ .Gu)(absolute, { root });
    if (!read.ok) {
        if (!explicit && read.missing === true) {
            return { settings: defaults(), findings: [], baseDir: options.cwd };
        }
        const finding = (0,_findings_js__WEBPACK_IMPORTED_MODULE_8__/* .problemFinding */ .Lb)(file, read.line, read.column, 'settings', 'unreadable', read.message, read.hint);
        return { settings: defaults(), findings: [finding], baseDir: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(absolute) };
    }
    const source = { path: file, sha256: read.sha256 };
    const baseDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(absolute);
    const parsed = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_7__/* .parseYamlDocument */ .I)(read.text);
    if (!parsed.ok) {
        const findings = (0,_findings_js__WEBPACK_IMPORTED_MODULE_8__/* .yamlFindings */ .or)(file, read.text, parsed.problems, 'settings');
        // A settings file holding only comments is as good as none.
        if (parsed.problems.length === 1 && parsed.problems[0]?.empty === true) {
            return { settings: { ...defaults(), file }, findings: [], source, baseDir };
        }
        return { settings: defaults(), findings, source, baseDir };
    }
    const positions = new _positions_js__WEBPACK_IMPORTED_MODULE_10__/* .PositionMap */ .mG(file, read.text, parsed.root);
    const validate = (0,_schemas_js__WEBPACK_IMPORTED_MODULE_6__/* .getValidators */ .QL)().settings;
    if (!validate(parsed.value)) {
        const findings = (0,_messages_js__WEBPACK_IMPORTED_MODULE_4__/* .settingsProblems */ .KK)(validate.errors ?? [], ROOT_KEYS, _model_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .ADJUSTABLE_RULE_IDS */ .kd, FIXED_RULES).map((problem) => {
            const location = problem.at === 'key' ? positions.locateKey(problem.path) : positions.locate(problem.path);
            return (0,_model_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .newFinding */ .iD)('settings', 'problem', location, problem.message, problem.hint);
        });
        // The step fails on these findings anyway; keeping the keys that are valid on their own (above all
        // `schemes`) means the rest of the run reports on the right folder instead of adding false errors.
        return {
            settings: withDefaults(validKeys(parsed.value), file),
            findings,
            source,
            baseDir,
            ...schemesLocation(positions, parsed.value),
        };
    }
    return {
        settings: withDefaults(parsed.value, file),
        findings: [],
        source,
        baseDir,
        ...schemesLocation(positions, parsed.value),
    };
}
function schemesLocation(positions, value) {
    if (typeof value !== 'object' || value === null || !('schemes' in value))
        return {};
    const { line, column } = positions.locate(['schemes']);
    return { schemesAt: { line, column } };
}
/** The top-level keys of an invalid settings file that pass the schema on their own. */
function validKeys(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return {};
    const validate = (0,_schemas_js__WEBPACK_IMPORTED_MODULE_6__/* .getValidators */ .QL)().settings;
    const kept = {};
    for (const [key, entry] of Object.entries(value)) {
        if (validate({ [key]: entry }))
            kept[key] = entry;
    }
    return kept;
}
function withDefaults(value, file) {
    const defaults = structuredClone(_model_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_SETTINGS */ .a);
    return {
        file,
        schemes: value.schemes ?? defaults.schemes,
        customPermissions: value.customPermissions ?? defaults.customPermissions,
        prune: value.prune ?? defaults.prune,
        rules: value.rules ?? defaults.rules,
        managedHolders: (value.managedHolders ?? defaults.managedHolders).map((holder) => ({
            type: holder.type,
            ...(holder.name === undefined ? {} : { name: holder.name }),
            ...(holder.id === undefined ? {} : { id: String(holder.id) }),
        })),
        accessLimits: value.accessLimits ?? defaults.accessLimits,
        guardrails: {
            maxRemovals: value.guardrails?.maxRemovals ?? defaults.guardrails.maxRemovals,
            maxRemovalRatio: value.guardrails?.maxRemovalRatio ?? defaults.guardrails.maxRemovalRatio,
            allow: value.guardrails?.allow ?? defaults.guardrails.allow,
        },
    };
}
function resolvePath(base, path) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(path) ? path : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(base, path));
}


/***/ }),

/***/ 9211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ parseYamlDocument)
/* harmony export */ });
/* unused harmony export MAX_DEPTH */
/* harmony import */ var _util_js_yaml_cjs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4478);
/* harmony import */ var _util_js_yaml_cjs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_util_js_yaml_cjs__WEBPACK_IMPORTED_MODULE_0__);

const { CORE_SCHEMA, EVENT_ID, SCALAR_STYLE, YAMLException, getScalarValue, parseEvents } = (_util_js_yaml_cjs__WEBPACK_IMPORTED_MODULE_0___default());
/**
 * Deepest nesting a file may have. A scheme file needs five levels (root, grants, a permission's list,
 * a holder, a group's `{id}`); the bound stops hostile input long before it can exhaust memory, inside
 * js-yaml's parser (which checks depth as it descends).
 */
const MAX_DEPTH = 12;
/** Keys that would reach `Object.prototype` machinery in whoever consumes the value. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/**
 * Reads one YAML document with js-yaml 5's event parser and builds, in a single pass over the events,
 * the value (YAML 1.2 core schema, exactly as js-yaml resolves plain scalars) and a position for every
 * node. The same pass refuses what a scheme file must not contain: duplicate keys, anchors and aliases,
 * merge keys, tags, complex keys, prototype-polluting keys, more than one document. Never throws.
 */
function parseYamlDocument(text) {
    let events;
    try {
        events = parseEvents(text, { maxDepth: MAX_DEPTH });
    }
    catch (error) {
        const problem = parserProblem(text, error);
        // js-yaml reports where it gave up; a tab or an unclosed quote before that point is the real cause.
        const reason = error instanceof YAMLException ? error.reason : '';
        const cause = tabIndentation(text, [], problem.start) ??
            (/deficient indentation|unexpected end of the stream/.test(reason)
                ? unclosedBracket(text)
                : undefined) ??
            (/indentation|end of the stream|quoted scalar/.test(reason)
                ? unclosedQuote(text, problem.start)
                : undefined);
        return { ok: false, problems: [cause !== undefined && cause.start <= problem.start ? cause : problem] };
    }
    return buildDocument(text, events);
}
function buildDocument(text, events) {
    const problems = [];
    const stack = [];
    let documents = 0;
    let root;
    let lastEnd = 0;
    /** Scalars spanning lines: a tab at the start of one of their lines is content, not indentation. */
    const multiLine = [];
    const scanTabs = text.includes('\t');
    const attach = (value, node) => {
        const parent = stack[stack.length - 1];
        if (parent === undefined) {
            if (documents === 1)
                root = { value, node };
            return;
        }
        if (parent.kind === 'sequence') {
            parent.value.push(value);
            parent.items.push(node);
            return;
        }
        const key = parent.key;
        parent.key = undefined;
        if (key === undefined)
            return;
        node.keyStart = key.start;
        node.keyEnd = key.end;
        if (key.accepted) {
            parent.value[key.name] = value;
            parent.entries.set(key.name, node);
        }
    };
    const checkProperties = (anchorStart, anchorEnd, tagStart, tagEnd) => {
        if (anchorStart !== -1) {
            problems.push({
                start: Math.max(0, anchorStart - 1),
                end: anchorEnd,
                message: `anchors are not allowed (&${text.slice(anchorStart, anchorEnd)})`,
                hint: 'Write the value out in full: scheme files are read by people and diffed in reviews.',
            });
        }
        if (tagStart !== -1) {
            problems.push({
                start: tagStart,
                end: tagEnd,
                message: `tags are not allowed (${text.slice(tagStart, tagEnd)})`,
                hint: 'Remove the tag; quote the value if it should be text.',
            });
        }
    };
    for (const event of events) {
        switch (event.type) {
            case EVENT_ID.DOCUMENT: {
                documents++;
                if (documents === 2)
                    problems.push(secondDocumentProblem(text, lastEnd));
                if (event.directives.length > 0)
                    problems.push(directiveProblem(text));
                break;
            }
            case EVENT_ID.POP: {
                const frame = stack.pop();
                const parent = stack[stack.length - 1];
                if (frame?.asKey === true && parent?.kind === 'mapping') {
                    parent.key = { name: '', start: frame.node.start, end: frame.node.end, accepted: false };
                }
                else if (frame !== undefined)
                    attach(frame.value, frame.node);
                break;
            }
            case EVENT_ID.ALIAS: {
                const start = Math.max(0, event.anchorStart - 1);
                problems.push({
                    start,
                    end: event.anchorEnd,
                    message: `aliases are not allowed (*${text.slice(event.anchorStart, event.anchorEnd)})`,
                    hint: 'Write the value out in full instead of referring to an anchor.',
                });
                lastEnd = Math.max(lastEnd, event.anchorEnd);
                attach(null, positionNode(start, event.anchorEnd));
                break;
            }
            case EVENT_ID.SCALAR: {
                checkProperties(event.anchorStart, event.anchorEnd, event.tagStart, event.tagEnd);
                const parent = stack[stack.length - 1];
                if (parent?.kind === 'mapping' && parent.key === undefined) {
                    readKey(text, event, parent, problems);
                    if (event.valueEnd > lastEnd)
                        lastEnd = event.valueEnd;
                    break;
                }
                const node = scalarNode(text, event, parent);
                if (node.end > lastEnd)
                    lastEnd = node.end;
                if (scanTabs) {
                    const newline = text.indexOf('\n', node.start);
                    if (newline !== -1 && newline < node.end)
                        multiLine.push([node.start, node.end]);
                }
                attach(scalarValue(text, event), node);
                break;
            }
            case EVENT_ID.MAPPING:
            case EVENT_ID.SEQUENCE: {
                checkProperties(event.anchorStart, event.anchorEnd, event.tagStart, event.tagEnd);
                const parent = stack[stack.length - 1];
                const asKey = parent?.kind === 'mapping' && parent.key === undefined;
                if (asKey) {
                    problems.push({
                        start: event.start,
                        end: event.start + 1,
                        message: 'a key must be plain text, not a mapping or a list',
                        hint: 'Remove the "?" complex key; keys are permission keys, holder types or field names.',
                    });
                }
                const node = positionNode(event.start, event.start + 1);
                if (event.type === EVENT_ID.MAPPING) {
                    const entries = new Map();
                    node.entries = entries;
                    stack.push({ kind: 'mapping', value: {}, node, entries, key: undefined, asKey });
                }
                else {
                    const items = [];
                    node.items = items;
                    stack.push({ kind: 'sequence', value: [], node, items, asKey });
                }
                break;
            }
        }
        // A collection ends where its last child ends.
        const top = stack[stack.length - 1];
        if (top !== undefined && lastEnd > top.node.end)
            top.node.end = lastEnd;
    }
    if (scanTabs) {
        const tab = tabIndentation(text, multiLine);
        if (tab !== undefined)
            problems.push(tab);
    }
    if (problems.length > 0)
        return { ok: false, problems: problems.sort((a, b) => a.start - b.start) };
    if (root === undefined) {
        return {
            ok: false,
            problems: [
                {
                    start: 0,
                    end: 0,
                    message: text.trim() === '' ? 'the file is empty' : 'the file has only comments',
                    empty: true,
                    hint: 'A scheme file needs at least "name:" and "grants:"; delete the file if it is not needed.',
                },
            ],
        };
    }
    return { ok: true, value: root.value, root: root.node };
}
function readKey(text, event, parent, problems) {
    const start = event.valueStart === -1 ? parent.node.start : quotedStart(event);
    const end = event.valueStart === -1 ? start : quotedEnd(event);
    const name = String(scalarValue(text, event));
    let accepted = true;
    if (event.style === SCALAR_STYLE.PLAIN && name === '<<') {
        problems.push({
            start,
            end,
            message: 'merge keys (<<) are not allowed',
            hint: 'Write the merged entries out in full.',
        });
        accepted = false;
    }
    else if (FORBIDDEN_KEYS.has(name)) {
        problems.push({
            start,
            end,
            message: `the key "${name}" is not allowed`,
            hint: 'Rename or remove the key.',
        });
        accepted = false;
    }
    else {
        const first = parent.entries.get(name);
        if (first !== undefined) {
            problems.push({
                start,
                end,
                message: `duplicate key "${name}"`,
                hint: 'A key may appear once per mapping: merge the two entries into one.',
                relatedStart: first.keyStart ?? first.start,
            });
            accepted = false;
        }
    }
    parent.key = { name, start, end, accepted };
}
/** Every node gets every field up front, so they all share one shape (faster to build and to walk). */
function positionNode(start, end) {
    return { start, end, keyStart: undefined, keyEnd: undefined, entries: undefined, items: undefined };
}
function scalarNode(text, event, parent) {
    if (event.valueStart === -1) {
        // An empty value (`key:` with nothing after it): point at its key, or at the parent.
        if (parent?.kind === 'mapping' && parent.key !== undefined)
            return positionNode(parent.key.start, parent.key.end);
        // An empty sequence entry (`-` alone): point at its dash.
        const from = parent === undefined
            ? 0
            : parent.kind === 'sequence' && parent.items.length === 0
                ? lineStartOf(text, parent.node.start)
                : parent.node.end;
        const dash = /^[ ]*-(?=\s|$)/gm;
        dash.lastIndex = from;
        const found = parent?.kind === 'sequence' ? dash.exec(text) : null;
        const at = found === null ? from : found.index + found[0].length - 1;
        return positionNode(at, at + (found === null ? 0 : 1));
    }
    return positionNode(quotedStart(event), quotedEnd(event));
}
function lineStartOf(text, offset) {
    return text.lastIndexOf('\n', offset - 1) + 1;
}
/** Quoted scalars' ranges exclude their quotes; findings point at the opening quote. */
function quotedStart(event) {
    return event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED
        ? event.valueStart - 1
        : event.valueStart;
}
function quotedEnd(event) {
    return event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED
        ? event.valueEnd + 1
        : event.valueEnd;
}
/** A scalar's value as js-yaml's core schema constructs it: plain scalars resolve, others are text. */
function scalarValue(text, event) {
    const source = getScalarValue(text, event);
    if (event.style !== SCALAR_STYLE.PLAIN)
        return source;
    return CORE_SCHEMA.resolveImplicitScalarTag(source).value;
}
/**
 * js-yaml refuses most tab indentation itself; this catches what it lets through (tabs before a flow
 * collection's entries, before a comment-free line in a flow context), except inside multi-line scalars,
 * where a leading tab is content.
 */
function tabIndentation(text, multiLine, before = Number.POSITIVE_INFINITY) {
    const leadingTab = /^[ ]*\t[ \t]*(?=[^\s#])/gm;
    for (let found = leadingTab.exec(text); found !== null; found = leadingTab.exec(text)) {
        const lineStart = found.index;
        if (lineStart > before)
            return undefined;
        if (multiLine.some(([start, end]) => lineStart > start && lineStart < end))
            continue;
        const tab = lineStart + found[0].indexOf('\t');
        return {
            start: tab,
            end: tab + 1,
            message: 'tabs are used for indentation',
            hint: 'YAML indents with spaces only: replace the tab with spaces.',
        };
    }
    return undefined;
}
/** Whether the character at `index` starts a value: only spaces since `:`, `-`, `,`, `?` or the line start. */
function startsValue(text, index) {
    const lineStart = text.lastIndexOf('\n', index - 1) + 1;
    const before = text.slice(lineStart, index).trimEnd();
    return before === '' || /[:\-,?[{]$/.test(before);
}
/**
 * The first `[` or `{` that is never closed (quotes and comments skipped): js-yaml then complains about
 * the indentation of the next line or the end of the file.
 */
function unclosedBracket(text) {
    const open = [];
    let quote;
    for (let index = 0; index < text.length; index++) {
        const char = text[index];
        if (quote !== undefined) {
            if (quote === '"' && char === '\\')
                index++;
            else if (char === quote) {
                if (quote === "'" && text[index + 1] === "'")
                    index++;
                else
                    quote = undefined;
            }
            continue;
        }
        if (char === '#' && (index === 0 || /\s/.test(text[index - 1] ?? ''))) {
            const end = text.indexOf('\n', index);
            index = end === -1 ? text.length : end;
            continue;
        }
        const inFlow = open.length > 0;
        if ((char === '"' || char === "'") && (inFlow || startsValue(text, index)))
            quote = char;
        else if ((char === '[' || char === '{') && (inFlow || startsValue(text, index)))
            open.push(index);
        else if ((char === ']' || char === '}') && inFlow)
            open.pop();
    }
    const at = open[0];
    if (at === undefined)
        return undefined;
    const closing = text[at] === '[' ? ']' : '}';
    return {
        start: at,
        end: at + 1,
        message: `a ${text[at] ?? '['} is not closed`,
        hint: `Add the closing ${closing}.`,
    };
}
/**
 * The last quoted scalar before `before` that does not close on its own line: js-yaml then complains
 * about indentation further down, while the cause is the missing quote.
 */
function unclosedQuote(text, before) {
    const opening = /(?:^|[:\-,[{]\s*|^\s+)(["'])/gm;
    let found;
    for (let match = opening.exec(text); match !== null && match.index < before; match = opening.exec(text)) {
        const quote = match[1] ?? '"';
        const start = match.index + match[0].length - 1;
        const lineEnd = text.indexOf('\n', start);
        const rest = text.slice(start + 1, lineEnd === -1 ? text.length : lineEnd);
        const closed = quote === '"' ? /(^|[^\\])(\\\\)*"/.test(rest) : rest.replace(/''/g, '').includes("'");
        if (!closed) {
            found = {
                start,
                end: start + 1,
                message: `a quoted value is not closed (${quote} at the start of the value has no closing ${quote} on its line)`,
                hint: `Add the closing ${quote}.`,
            };
        }
    }
    return found;
}
function secondDocumentProblem(text, after) {
    const marker = /^(---|\.\.\.)(?=\s|$)/gm;
    marker.lastIndex = after;
    const found = marker.exec(text);
    const start = found?.index ?? after;
    return {
        start,
        end: start + 3,
        message: 'a scheme file holds one document; found a second one',
        hint: 'Put each scheme in its own file, and remove the "---" separator.',
    };
}
function directiveProblem(text) {
    const found = /^%/m.exec(text);
    const start = found?.index ?? 0;
    return {
        start,
        end: start + 1,
        message: 'YAML directives (%YAML, %TAG) are not allowed',
        hint: 'Remove the directive line: files are read as YAML 1.2.',
    };
}
/** Turns js-yaml's parser exception into a problem at its position, in words a person acts on. */
function parserProblem(text, error) {
    if (!(error instanceof YAMLException)) {
        return { start: 0, end: 0, message: `the YAML could not be read: ${String(error)}` };
    }
    const start = Math.min(error.mark?.position ?? 0, text.length);
    const reason = error.reason;
    if (reason.startsWith('nesting exceeded maxDepth')) {
        return {
            start,
            end: start,
            message: `nesting is deeper than ${MAX_DEPTH} levels`,
            hint: 'A scheme file needs at most five levels; check the indentation.',
        };
    }
    if (reason.includes('tab characters must not be used in indentation')) {
        return {
            start,
            end: start + 1,
            message: 'tabs are used for indentation',
            hint: 'YAML indents with spaces only: replace the tab with spaces.',
        };
    }
    const known = PARSER_MESSAGES.find(([pattern]) => reason.includes(pattern));
    return {
        start,
        end: start,
        message: `invalid YAML: ${known?.[1] ?? reason}`,
        hint: known?.[2] ?? 'Check the line and the one before it.',
    };
}
/** js-yaml's parser messages, in words that say where to look: [its words, ours, the fix]. */
const PARSER_MESSAGES = [
    [
        'bad indentation of a mapping entry',
        'bad indentation of a mapping entry',
        'Check the indentation: the keys of one mapping line up exactly, and a key with a value on the same line has nothing indented under it.',
    ],
    [
        'bad indentation of a sequence entry',
        'bad indentation of a list entry',
        'Check the indentation: the "- " entries of one list line up exactly.',
    ],
    [
        'end of the stream or a document separator is expected',
        'this line does not fit the structure above it',
        'Check its indentation against the lines above, and that the line before it is complete.',
    ],
    [
        'missed comma between flow collection entries',
        'a comma is missing between two entries of a [...] list or {...} mapping',
        'Separate the entries with ", ".',
    ],
    [
        'unexpected end of the stream within a flow collection',
        'a [ or { is not closed',
        'Add the closing ] or }.',
    ],
    [
        'a multiline key may not be an implicit key',
        'a key runs over more than one line',
        'A ":" or a closing quote is probably missing on the line before.',
    ],
    [
        'deficient indentation',
        'a value continues on a line that is not indented enough',
        'Indent the continuation line, or quote the value.',
    ],
    ["expected ':' after a mapping key", 'a ":" is missing after a key', 'Write "key: value".'],
];


/***/ }),

/***/ 2732:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ resolveSchemes)
/* harmony export */ });
/* unused harmony export suggestName */
/* harmony import */ var _model_holder_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2087);
/* harmony import */ var _model_rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2622);
/* harmony import */ var _model_permissions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5917);
/* harmony import */ var _util_suggest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7406);




function collect(schemes, groupsHaveIds) {
    const wanted = {
        groupNames: new Set(),
        groupIds: new Set(),
        roles: false,
        accountIds: new Set(),
        emails: new Set(),
        fields: false,
        applicationRoles: false,
    };
    for (const scheme of schemes) {
        for (const grant of scheme.grants) {
            const holder = grant.holder;
            switch (holder.type) {
                case 'group':
                    // Cloud matches groups by id when the file gives one; Data Center only has names.
                    if (holder.id !== undefined && groupsHaveIds)
                        wanted.groupIds.add(holder.id);
                    else if (holder.name !== undefined)
                        wanted.groupNames.add(holder.name);
                    break;
                case 'projectRole':
                    wanted.roles = true;
                    break;
                case 'user':
                    if (holder.accountId !== undefined)
                        wanted.accountIds.add(holder.accountId);
                    else if (holder.email !== undefined)
                        wanted.emails.add(holder.email);
                    break;
                case 'userCustomField':
                case 'groupCustomField':
                    wanted.fields = true;
                    break;
                case 'applicationRole':
                    if (holder.key !== undefined)
                        wanted.applicationRoles = true;
                    break;
                default:
                    break;
            }
        }
    }
    return wanted;
}
async function lookUp(wanted, directory, needCatalogue) {
    const [groupsByName, groupsById, roles, users, emailList, fields, applicationRoles, catalogue] = await Promise.all([
        wanted.groupNames.size > 0
            ? directory.findGroupsByName([...wanted.groupNames])
            : new Map(),
        wanted.groupIds.size > 0 && directory.groupsHaveIds
            ? directory.findGroupsById([...wanted.groupIds])
            : new Map(),
        wanted.roles ? directory.getProjectRoles() : [],
        wanted.accountIds.size > 0 ? directory.getUsers([...wanted.accountIds]) : new Map(),
        Promise.all([...wanted.emails].map((email) => directory.findUserByEmail(email))),
        wanted.fields ? directory.getFields() : [],
        wanted.applicationRoles ? directory.getApplicationRoles() : [],
        needCatalogue ? directory.getPermissionCatalogue() : undefined,
    ]);
    const emails = new Map(emailList.map((lookup) => [lookup.email, lookup]));
    // Suggestions only for names that did not resolve: they cost one picker request per distinct miss.
    const missingGroups = [...wanted.groupNames].filter((name) => !groupsByName.has(name));
    const suggestionLists = await Promise.all(missingGroups.map((name) => directory.suggestGroupNames(name)));
    const groupSuggestions = new Map(missingGroups.map((name, index) => [name, suggestionLists[index] ?? []]));
    return {
        groupsByName,
        groupsById,
        roles,
        users,
        emails,
        fields,
        applicationRoles,
        catalogue,
        groupSuggestions,
    };
}
/**
 * A "did you mean": a plausible typo (closestMatch), or else a name that starts the same way for most of
 * the input (abbreviations such as "jira-devs" for "jira-developers").
 */
function suggestName(input, candidates) {
    const typo = (0,_util_suggest_js__WEBPACK_IMPORTED_MODULE_3__/* .closestMatch */ .h)(input, candidates);
    if (typo !== undefined)
        return typo;
    const needle = input.toLowerCase();
    const minimum = Math.max(4, Math.ceil(needle.length * 0.6));
    let best;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const candidate of candidates) {
        const lowered = candidate.toLowerCase();
        let common = 0;
        while (common < needle.length && common < lowered.length && needle[common] === lowered[common])
            common++;
        if (common < minimum)
            continue;
        const distance = (0,_util_suggest_js__WEBPACK_IMPORTED_MODULE_3__/* .editDistance */ .Y)(needle, lowered);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
function didYouMean(candidate) {
    return candidate === undefined ? '' : `; did you mean "${candidate}"?`;
}
/** Builds holders for one site; knows how Cloud and Data Center spell them. */
class HolderResolver {
    lookups;
    cloud;
    findings = [];
    constructor(lookups, cloud) {
        this.lookups = lookups;
        this.cloud = cloud;
    }
    report(location, ruleId, messageId, message, hint) {
        this.findings.push((0,_model_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .newFinding */ .iD)(ruleId, messageId, location, message, hint));
    }
    idHolder(type, id) {
        return (0,_model_holder_js__WEBPACK_IMPORTED_MODULE_0__/* .holderWithId */ .Me)(type, id, this.cloud);
    }
    resolve(spec, location) {
        switch (spec.type) {
            case 'anyone':
            case 'assignee':
            case 'reporter':
            case 'projectLead':
            case 'sd.customer.portal.only':
                return { holder: { type: spec.type } };
            case 'applicationRole':
                return this.applicationRole(spec.key, location);
            case 'group':
                return this.group(spec.name, spec.id, location);
            case 'projectRole':
                return this.projectRole(spec.name, spec.id, location);
            case 'user':
                return this.user(spec.accountId, spec.email, location);
            case 'userCustomField':
            case 'groupCustomField':
                return this.customField(spec.type, spec.field, location);
        }
    }
    applicationRole(key, location) {
        if (key === undefined)
            return { holder: { type: 'applicationRole' } };
        const roles = this.lookups.applicationRoles;
        const found = roles.find((role) => role.key === key);
        if (found === undefined) {
            const suggestion = suggestName(key, roles.map((role) => role.key));
            this.report(location, 'unresolved-application-role', 'not-found', `application role "${key}" not found${didYouMean(suggestion)}`, roles.length > 0
                ? `This site's application roles: ${roles.map((role) => role.key).join(', ')}.`
                : undefined);
            return undefined;
        }
        return { holder: this.idHolder('applicationRole', key) };
    }
    group(name, id, location) {
        if (id !== undefined && this.cloud) {
            const found = this.lookups.groupsById.get(id);
            if (found === undefined) {
                this.report(location, 'unresolved-group', 'id-not-found', `group with id "${id}" not found${name !== undefined ? ` (the file names it "${name}")` : ''}`, 'Check the id in Atlassian Administration → Directory → Groups, or write the group by name.');
                return undefined;
            }
            if (name !== undefined && name !== found.name) {
                this.report(location, 'renamed-group', 'renamed', `group "${name}" (id ${id}) is now named "${found.name}" in Jira`, `Update the name in the file to "${found.name}"; the grant is matched by id, so nothing changes in Jira.`);
            }
            return { holder: (0,_model_holder_js__WEBPACK_IMPORTED_MODULE_0__/* .groupHolder */ .cI)(found.name, id) };
        }
        if (name === undefined) {
            // Data Center with only an id: DC groups have no ids.
            this.report(location, 'unresolved-group', 'id-on-data-center', `group id "${id ?? ''}" cannot be used on Data Center: its groups have names, not ids`, 'Write the group by name: `group: <name>`.');
            return undefined;
        }
        const found = this.lookups.groupsByName.get(name);
        if (found === undefined) {
            const suggestion = suggestName(name, this.lookups.groupSuggestions.get(name) ?? []);
            this.report(location, 'unresolved-group', 'not-found', `group "${name}" not found${didYouMean(suggestion)}`, 'Group names must match exactly; create the group first, or fix the name.');
            return undefined;
        }
        return { holder: (0,_model_holder_js__WEBPACK_IMPORTED_MODULE_0__/* .groupHolder */ .cI)(found.name, this.cloud ? found.id : undefined) };
    }
    projectRole(name, id, location) {
        const roles = this.lookups.roles;
        let found;
        if (id !== undefined) {
            found = roles.find((role) => String(role.id) === id);
            if (found === undefined) {
                this.report(location, 'unresolved-role', 'id-not-found', `project role with id ${id} not found`, rolesHint(roles));
                return undefined;
            }
        }
        else if (name !== undefined) {
            found = roles.find((role) => role.name === name);
            if (found === undefined) {
                const loose = roles.filter((role) => role.name.toLowerCase() === name.toLowerCase());
                if (loose.length === 1)
                    found = loose[0];
            }
            // `projectRole: "10002"` (quoted) is a name as YAML reads it, but no role is called that: people
            // mean the id, as they would unquoted.
            if (found === undefined && /^\d+$/.test(name))
                found = roles.find((role) => String(role.id) === name);
            if (found === undefined) {
                const suggestion = suggestName(name, roles.map((role) => role.name));
                this.report(location, 'unresolved-role', 'not-found', `project role "${name}" not found${didYouMean(suggestion)}`, rolesHint(roles));
                return undefined;
            }
        }
        else {
            return undefined;
        }
        const roleId = String(found.id);
        return { holder: this.idHolder('projectRole', roleId), name: found.name };
    }
    user(accountId, email, location) {
        let user;
        if (accountId !== undefined) {
            user = this.lookups.users.get(accountId);
            if (user === undefined) {
                this.report(location, 'unresolved-user', 'account-not-found', `user with account id "${accountId}" not found`, "Check the account id (the last part of the user's profile URL), or write `user: {email: <address>}`.");
                return undefined;
            }
        }
        else if (email !== undefined) {
            const lookup = this.lookups.emails.get(email);
            user = lookup?.user;
            if (user === undefined) {
                const hidden = lookup?.hiddenCandidates ?? [];
                if (hidden.length > 0) {
                    this.report(location, 'hidden-email', 'hidden', `cannot confirm the user with email "${email}": this site hides email addresses from the token's account`, `Write the account id instead (\`user: <accountId>\`). Users the search matched: ${hidden
                        .slice(0, 5)
                        .map((candidate) => `${candidate.displayName ?? '?'} (${candidate.accountId})`)
                        .join(', ')}.`);
                }
                else {
                    this.report(location, 'unresolved-user', 'email-not-found', `no user with email "${email}"`, 'Check the address; if the site hides email addresses, or the token lacks the Browse users and groups permission, write the account id instead.');
                }
                return undefined;
            }
        }
        else {
            return undefined;
        }
        if (!user.active) {
            // A warning, not an error: Jira keeps grants to deactivated accounts, so a site that has them must
            // still export and plan back to no changes. The grant stays in the plan like any other.
            this.report(location, 'inactive-user', 'inactive', `user ${user.displayName ?? user.accountId} (${user.accountId}) is deactivated: this grant gives nobody access`, 'Remove the grant, or grant a group or role instead of a person.');
        }
        const id = user.accountId;
        return {
            holder: this.idHolder('user', id),
            ...(user.displayName === undefined ? {} : { name: user.displayName }),
        };
    }
    customField(type, field, location) {
        const fields = this.lookups.fields;
        let found = fields.find((candidate) => candidate.id === field);
        if (found === undefined) {
            let byName = fields.filter((candidate) => candidate.name === field);
            if (byName.length === 0)
                byName = fields.filter((candidate) => candidate.name.toLowerCase() === field.toLowerCase());
            if (byName.length > 1) {
                this.report(location, 'ambiguous-field', 'ambiguous', `${byName.length} custom fields are named "${field}": ${byName.map((candidate) => candidate.id).join(', ')}`, 'Write the field id (e.g. customfield_10020) instead of the name.');
                return undefined;
            }
            found = byName[0];
        }
        if (found === undefined) {
            const custom = fields.filter((candidate) => candidate.custom);
            const suggestion = suggestName(field, [
                ...custom.map((candidate) => candidate.name),
                ...custom.map((candidate) => candidate.id),
            ]);
            this.report(location, 'unresolved-field', 'not-found', `custom field "${field}" not found${didYouMean(suggestion)}`);
            return undefined;
        }
        return { holder: this.idHolder(type, found.id), name: found.name };
    }
}
function rolesHint(roles) {
    if (roles.length === 0)
        return undefined;
    return `This site's project roles: ${roles.map((role) => `${role.name} (${String(role.id)})`).join(', ')}.`;
}
/** Checks permission keys; returns the app-defined keys the catalogue confirmed. */
function checkPermissions(schemes, catalogue, custom, findings) {
    // Global permissions (ADMINISTER, BULK_CHANGE, ...) are in the catalogue too, but a permission scheme
    // cannot grant them: Jira answers 400. Only project permissions count as "on this site".
    const global = new Set(catalogue.filter((entry) => entry.type?.toUpperCase() === 'GLOBAL').map((entry) => entry.key));
    const live = new Set(catalogue.filter((entry) => !global.has(entry.key)).map((entry) => entry.key));
    const confirmed = new Set();
    const rejected = new Set();
    // One finding per key and file, at its `KEY:` line (every holder under it shares that line).
    const warned = new Set();
    for (const scheme of schemes) {
        for (const grant of scheme.grants) {
            const key = grant.permission;
            const once = `${scheme.file}|${key}`;
            if ((0,_model_permissions_js__WEBPACK_IMPORTED_MODULE_2__/* .isBuiltInPermission */ .Lq)(key)) {
                if (!live.has(key) && !warned.has(once)) {
                    warned.add(once);
                    findings.push((0,_model_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .newFinding */ .iD)('permission-not-on-site', 'not-offered', grant.permissionLocation, `permission ${key} is built in, but this site's catalogue does not offer it (its product may not be installed)`, 'Jira will refuse grants for it; remove it, or install the product it belongs to.'));
                }
                continue;
            }
            if (live.has(key)) {
                if (!custom.has(key))
                    confirmed.add(key);
                continue;
            }
            if (global.has(key)) {
                rejected.add(key);
                if (warned.has(once))
                    continue;
                warned.add(once);
                findings.push((0,_model_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .newFinding */ .iD)('unknown-permission', 'global', grant.permissionLocation, `permission "${key}" is a global permission: a permission scheme cannot grant it`, 'Global permissions are granted under Jira settings > System > Global permissions, not in permission schemes.'));
                continue;
            }
            if (custom.has(key))
                continue; // the settings vouch for it; Jira decides at apply time
            rejected.add(key);
            if (warned.has(once))
                continue;
            warned.add(once);
            const suggestion = (0,_util_suggest_js__WEBPACK_IMPORTED_MODULE_3__/* .closestMatch */ .h)(key, [...live, ..._model_permissions_js__WEBPACK_IMPORTED_MODULE_2__/* .BUILT_IN_PERMISSIONS */ .wh.map((p) => p.key)]);
            findings.push((0,_model_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .newFinding */ .iD)('unknown-permission', 'not-in-catalogue', grant.permissionLocation, `permission "${key}" is neither built in nor in this site's permission catalogue${didYouMean(suggestion)}`, 'App-defined keys exist only while their app is installed; list accepted keys under customPermissions in the settings file.'));
        }
    }
    return { confirmed, rejected };
}
/**
 * Resolves every scheme file against the live directory. Requests grow with the number of distinct
 * names, not grants: one batched group lookup, one role list, one user batch, one field list, one
 * application-role list, one catalogue.
 */
async function resolveSchemes(schemes, directory, options = {}) {
    const custom = new Set(options.customPermissions ?? []);
    const needCatalogue = (options.checkPermissionCatalogue ?? true) && schemes.some((scheme) => scheme.grants.length > 0);
    await directory.deploymentInfo?.();
    const lookups = await lookUp(collect(schemes, directory.groupsHaveIds), directory, needCatalogue);
    const resolver = new HolderResolver(lookups, directory.groupsHaveIds);
    const findings = resolver.findings;
    const { confirmed, rejected } = lookups.catalogue === undefined
        ? { confirmed: new Set(), rejected: new Set() }
        : checkPermissions(schemes, lookups.catalogue, custom, findings);
    const desired = schemes.map((scheme) => {
        const grants = [];
        const seen = new Map();
        for (const grant of scheme.grants) {
            const resolved = resolver.resolve(grant.holder, grant.location);
            if (resolved === undefined || rejected.has(grant.permission))
                continue;
            const key = (0,_model_holder_js__WEBPACK_IMPORTED_MODULE_0__/* .grantKey */ .cx)(grant.permission, resolved.holder);
            const label = (0,_model_holder_js__WEBPACK_IMPORTED_MODULE_0__/* .holderLabel */ .zc)(resolved.holder, resolved.name);
            const earlier = seen.get(key);
            if (earlier !== undefined) {
                findings.push((0,_model_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .newFinding */ .iD)('duplicate-grant', 'same-after-resolving', grant.location, `${grant.permission} is already granted to ${label} at line ${String(earlier.location.line)}`, 'Two spellings name the same holder; remove one.'));
                continue;
            }
            seen.set(key, grant);
            grants.push({
                permission: grant.permission,
                holder: resolved.holder,
                ...(resolved.name === undefined ? {} : { name: resolved.name }),
                label,
                source: grant.location,
            });
        }
        const result = { name: scheme.name, file: scheme.file, grants };
        if (scheme.description !== undefined)
            result.description = scheme.description;
        if (scheme.id !== undefined)
            result.id = scheme.id;
        return result;
    });
    const configured = (0,_model_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .applyRuleSettings */ .mk)(findings, options.rules ?? {});
    configured.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column);
    return {
        schemes: desired,
        findings: configured,
        confirmedPermissions: [...confirmed].sort(),
        ...(lookups.catalogue === undefined
            ? {}
            : { sitePermissions: lookups.catalogue.map((entry) => entry.key) }),
    };
}


/***/ }),

/***/ 5917:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HE: () => (/* binding */ builtInPermission),
/* harmony export */   Lq: () => (/* binding */ isBuiltInPermission),
/* harmony export */   W1: () => (/* binding */ permissionOrder),
/* harmony export */   wh: () => (/* binding */ BUILT_IN_PERMISSIONS)
/* harmony export */ });
/* unused harmony export PERMISSION_CATEGORIES */
/**
 * The built-in project permissions of Jira's permission-scheme reference, in the reference's own order
 * (which is also the order exported files list them in). `schemas/permissions.schema.json` carries the
 * same list; a test keeps the two equal.
 */
const PERMISSION_CATEGORIES = (/* unused pure expression or super */ null && ([
    'administration',
    'project',
    'issue',
    'voters and watchers',
    'comments',
    'attachments',
    'time tracking',
]));
const BUILT_IN_PERMISSIONS = [
    { key: 'ADMINISTER_PROJECTS', category: 'administration' },
    { key: 'EDIT_WORKFLOW', category: 'administration' },
    { key: 'EDIT_ISSUE_LAYOUT', category: 'administration' },
    { key: 'BROWSE_PROJECTS', category: 'project' },
    { key: 'MANAGE_SPRINTS_PERMISSION', category: 'project', product: 'Jira Software' },
    { key: 'SERVICEDESK_AGENT', category: 'project', product: 'Jira Service Management' },
    { key: 'VIEW_DEV_TOOLS', category: 'project', product: 'Jira Software' },
    { key: 'VIEW_READONLY_WORKFLOW', category: 'project' },
    { key: 'ASSIGNABLE_USER', category: 'issue' },
    { key: 'ASSIGN_ISSUES', category: 'issue' },
    { key: 'CLOSE_ISSUES', category: 'issue' },
    { key: 'CREATE_ISSUES', category: 'issue' },
    { key: 'DELETE_ISSUES', category: 'issue' },
    { key: 'EDIT_ISSUES', category: 'issue' },
    { key: 'LINK_ISSUES', category: 'issue' },
    { key: 'MODIFY_REPORTER', category: 'issue' },
    { key: 'MOVE_ISSUES', category: 'issue' },
    { key: 'RESOLVE_ISSUES', category: 'issue' },
    { key: 'SCHEDULE_ISSUES', category: 'issue' },
    { key: 'SET_ISSUE_SECURITY', category: 'issue' },
    { key: 'TRANSITION_ISSUES', category: 'issue' },
    { key: 'MANAGE_WATCHERS', category: 'voters and watchers' },
    { key: 'VIEW_VOTERS_AND_WATCHERS', category: 'voters and watchers' },
    { key: 'ADD_COMMENTS', category: 'comments' },
    { key: 'DELETE_ALL_COMMENTS', category: 'comments' },
    { key: 'DELETE_OWN_COMMENTS', category: 'comments' },
    { key: 'EDIT_ALL_COMMENTS', category: 'comments' },
    { key: 'EDIT_OWN_COMMENTS', category: 'comments' },
    { key: 'CREATE_ATTACHMENTS', category: 'attachments' },
    { key: 'DELETE_ALL_ATTACHMENTS', category: 'attachments' },
    { key: 'DELETE_OWN_ATTACHMENTS', category: 'attachments' },
    { key: 'DELETE_ALL_WORKLOGS', category: 'time tracking' },
    { key: 'DELETE_OWN_WORKLOGS', category: 'time tracking' },
    { key: 'EDIT_ALL_WORKLOGS', category: 'time tracking' },
    { key: 'EDIT_OWN_WORKLOGS', category: 'time tracking' },
    { key: 'WORK_ON_ISSUES', category: 'time tracking' },
];
const BY_KEY = new Map(BUILT_IN_PERMISSIONS.map((permission) => [permission.key, permission]));
function builtInPermission(key) {
    return BY_KEY.get(key);
}
function isBuiltInPermission(key) {
    return BY_KEY.has(key);
}
/** Sort position of a permission key: built-ins in reference order, then app-defined keys by name. */
function permissionOrder(a, b) {
    const indexA = BUILT_IN_PERMISSIONS.findIndex((p) => p.key === a);
    const indexB = BUILT_IN_PERMISSIONS.findIndex((p) => p.key === b);
    const rankA = indexA === -1 ? Number.MAX_SAFE_INTEGER : indexA;
    const rankB = indexB === -1 ? Number.MAX_SAFE_INTEGER : indexB;
    if (rankA !== rankB)
        return rankA - rankB;
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 2622:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hu: () => (/* binding */ RULE_REGISTRY),
/* harmony export */   dZ: () => (/* binding */ registeredRule),
/* harmony export */   ep: () => (/* binding */ configuredSeverity),
/* harmony export */   iD: () => (/* binding */ newFinding),
/* harmony export */   kd: () => (/* binding */ ADJUSTABLE_RULE_IDS),
/* harmony export */   mk: () => (/* binding */ applyRuleSettings)
/* harmony export */ });
/* unused harmony exports RULE_DOCS_BASE, ruleDocsPath, ruleMeta, defaultSeverity */
const UNREADABLE = 'a file that fails it cannot be read, so there is nothing to plan from it';
const UNPLANNABLE = 'without it the plan would change the wrong scheme, or none';
const RULE_TABLE = {
    // ---- loader: the file can be read and means something ----
    yaml: {
        source: 'loader',
        description: 'The file is readable, plain YAML: UTF-8, at most 1 MiB, one document, no duplicate keys, anchors, aliases, merge keys, tags, tab indentation or deep nesting.',
        defaultSeverity: 'error',
        docs: 'Fix the YAML at the reported line and column; the message says what to change.',
        messages: { unreadable: 'the file could not be read', syntax: 'the YAML is not plain YAML' },
        fixed: UNREADABLE,
    },
    schema: {
        source: 'loader',
        description: 'The file is a permission scheme: name and grants, known permission keys, and holders in one of their documented forms.',
        defaultSeverity: 'error',
        docs: 'Compare with schemas/permission-scheme.schema.json (point your editor at it for completion).',
        messages: {
            'not-a-mapping': 'the file is not a mapping of name:, grants:, ...',
            problem: 'a key or value does not have its documented form',
            'unknown-permission': 'a permission key that is neither built in nor listed under customPermissions (plan, apply and validate --online ask the live catalogue)',
            'too-many': 'more problems than are shown',
            'copies-newer': {
                text: 'the schemas copied into the repository are newer than this jira-perms',
                severity: 'warning',
            },
            'copies-old': {
                text: 'the schemas copied into the repository are older than this jira-perms (editors check against old ones)',
                severity: 'warning',
            },
        },
        fixed: UNREADABLE,
    },
    'unique-name': {
        source: 'loader',
        description: 'Two files describe schemes with the same name.',
        defaultSeverity: 'error',
        docs: "A scheme's name is its identity: give each file its own name, or merge the files.",
        messages: { 'duplicate-name': 'the scheme name is also used by another file' },
        fixed: UNPLANNABLE,
    },
    'unique-project': {
        source: 'loader',
        description: 'A project key listed under projects: twice (in two files, or twice in one).',
        defaultSeverity: 'error',
        docs: 'Keep the key under projects: of the one scheme the project should use.',
        messages: { 'listed-twice': 'the project key is also listed elsewhere' },
        fixed: 'a project listed twice cannot be planned',
    },
    'unique-id': {
        source: 'loader',
        description: 'Two files bind the same live scheme id.',
        defaultSeverity: 'error',
        docs: 'Keep the id in one file only.',
        messages: { 'duplicate-id': 'the scheme id is also bound by another file' },
        fixed: UNPLANNABLE,
    },
    settings: {
        source: 'loader',
        description: 'The settings file (.jira-permissions.yml) is valid.',
        defaultSeverity: 'error',
        docs: 'Compare with schemas/settings.schema.json.',
        messages: {
            unreadable: 'the settings file could not be read',
            syntax: 'the settings file is not plain YAML',
            problem: 'a key or value does not have its documented form',
        },
        fixed: 'the run would not know which settings to use',
    },
    files: {
        source: 'loader',
        description: 'The scheme folder exists and has scheme files.',
        defaultSeverity: 'error',
        docs: 'Create the folder, pass --path DIR, or set "schemes:" in .jira-permissions.yml.',
        messages: {
            'no-folder': 'the scheme folder does not exist or cannot be read',
            outside: 'a scheme file, the scheme folder or the settings file resolves outside the repository (or into .git), so it is not read',
            'no-files': { text: 'the scheme folder has no scheme files', severity: 'warning' },
            'prune-ignored': {
                text: 'prune is ignored because one file or an empty folder was given',
                severity: 'warning',
            },
        },
        fixed: 'without the scheme files there is nothing to check or plan',
    },
    // ---- lint rules: each one a module under src/validate/rules/ ----
    'no-anonymous-access': {
        source: 'lint',
        description: 'A permission granted to `anyone`: people who are not logged in get it (public exposure).',
        defaultSeverity: 'error',
        docs: 'Grant it to applicationRole (any logged-in user), a group or a project role instead. If public access is intended, set the rule to warning or off in .jira-permissions.yml (rules: {no-anonymous-access: warning}).',
        messages: { anonymous: 'a permission is granted to anyone' },
    },
    'no-broad-admin': {
        source: 'lint',
        description: 'An administration permission (ADMINISTER_PROJECTS, EDIT_WORKFLOW, EDIT_ISSUE_LAYOUT), DELETE_ISSUES or a DELETE_ALL_* permission granted to `anyone` or to an application role: every user of the site or of a product.',
        defaultSeverity: 'error',
        docs: 'Grant it to a project role (e.g. Administrators) or a small group instead.',
        messages: { 'broad-admin': 'an administration or deletion permission is granted to everyone' },
    },
    'duplicate-grant': {
        source: 'lint',
        description: 'The same holder listed twice under one permission (also when spelled two ways, e.g. `projectRole: 10002` and `projectRole: {id: 10002}`).',
        defaultSeverity: 'error',
        docs: 'Remove one of the two entries.',
        messages: {
            'listed-twice': 'the same holder is listed twice under one permission',
            'same-after-resolving': {
                text: 'two entries name the same holder once names are looked up in Jira (a name and an id)',
                severity: 'warning',
            },
        },
    },
    'prefer-group-id': {
        source: 'lint',
        description: 'A group given by name only: group names can change, ids cannot.',
        defaultSeverity: 'warning',
        docs: 'Write the group as {id: <groupId>} (or {name: <name>, id: <groupId>}); `jira-perms export` writes ids, and Jira admin shows them in the group URL.',
        messages: { 'name-only': 'a group is given by name only' },
    },
    'browse-required': {
        source: 'lint',
        description: 'A scheme where nobody has BROWSE_PROJECTS: nobody can see the projects that use it.',
        defaultSeverity: 'error',
        docs: 'Grant BROWSE_PROJECTS to the people who work in these projects, e.g. a project role.',
        messages: { 'no-browse': 'no holder has BROWSE_PROJECTS' },
    },
    'admin-required': {
        source: 'lint',
        description: 'A scheme where nobody has ADMINISTER_PROJECTS: nobody can administer the projects that use it.',
        defaultSeverity: 'error',
        docs: 'Grant ADMINISTER_PROJECTS to a project role (e.g. Administrators) or an admin group.',
        messages: { 'no-admin': 'no holder has ADMINISTER_PROJECTS' },
    },
    'product-permission': {
        source: 'lint',
        description: 'A permission that only means something on sites with Jira Software (MANAGE_SPRINTS_PERMISSION, VIEW_DEV_TOOLS) or Jira Service Management (SERVICEDESK_AGENT).',
        defaultSeverity: 'info',
        docs: 'Nothing to fix when the site has the product; on other sites the grant has no effect. Turn the rule off in .jira-permissions.yml to silence it.',
        messages: { 'product-only': 'the permission only has an effect on sites with a product' },
    },
    // ---- resolver: names in the files, looked up in Jira ----
    'unresolved-group': {
        source: 'resolver',
        description: 'A group the files name that Jira does not have.',
        defaultSeverity: 'error',
        docs: 'Group names must match exactly: create the group first, or fix the name or id. Set to warning to leave such grants out of the plan.',
        messages: {
            'not-found': 'no group with that name',
            'id-not-found': 'no group with that id',
            'id-on-data-center': 'a group given by id on Data Center, whose groups have names only',
        },
    },
    'renamed-group': {
        source: 'resolver',
        description: 'A group given by name and id whose name has changed in Jira.',
        defaultSeverity: 'warning',
        docs: 'Update the name in the file; the grant is matched by id, so nothing changes in Jira.',
        messages: { renamed: 'the group has another name in Jira now' },
    },
    'unresolved-role': {
        source: 'resolver',
        description: 'A project role the files name that Jira does not have.',
        defaultSeverity: 'error',
        docs: "Use one of the site's project roles (the message lists them), by name or id. Set to warning to leave such grants out of the plan.",
        messages: {
            'not-found': 'no project role with that name',
            'id-not-found': 'no project role with that id',
        },
    },
    'unresolved-user': {
        source: 'resolver',
        description: 'A user the files name (by account id or email) that Jira does not have.',
        defaultSeverity: 'error',
        docs: "Check the account id (the last part of the user's profile URL) or the address. Set to warning to leave such grants out of the plan.",
        messages: {
            'account-not-found': 'no user with that account id',
            'email-not-found': 'no user with that email address',
        },
    },
    'hidden-email': {
        source: 'resolver',
        description: 'A user given by email on a site that hides email addresses from the token.',
        defaultSeverity: 'error',
        docs: 'Write the account id instead (`user: <accountId>`); the message lists the users the search matched.',
        messages: { hidden: 'the email address cannot be confirmed' },
    },
    'inactive-user': {
        source: 'resolver',
        description: 'A grant to a deactivated user: it gives nobody access.',
        defaultSeverity: 'warning',
        docs: 'Remove the grant, or grant a group or role instead of a person.',
        messages: { inactive: 'the user is deactivated' },
    },
    'unresolved-field': {
        source: 'resolver',
        description: 'A custom field the files name that Jira does not have.',
        defaultSeverity: 'error',
        docs: 'Write the field id (e.g. customfield_10020) or its exact name. Set to warning to leave such grants out of the plan.',
        messages: { 'not-found': 'no custom field with that id or name' },
    },
    'ambiguous-field': {
        source: 'resolver',
        description: 'A custom field given by a name that several fields share.',
        defaultSeverity: 'error',
        docs: 'Write the field id (e.g. customfield_10020) instead of the name.',
        messages: { ambiguous: 'several custom fields have that name' },
    },
    'unresolved-application-role': {
        source: 'resolver',
        description: 'An application role the files name that the site does not have.',
        defaultSeverity: 'error',
        docs: "Use one of the site's application roles (the message lists them), e.g. jira-software.",
        messages: { 'not-found': 'no application role with that key' },
    },
    'unknown-permission': {
        source: 'resolver',
        description: "A permission key that is neither built in nor in the live site's permission catalogue, or a global permission, which a scheme cannot grant.",
        defaultSeverity: 'error',
        docs: 'App-defined keys exist only while their app is installed; list accepted keys under customPermissions in the settings file.',
        messages: {
            'not-in-catalogue': 'the key is not in the permission catalogue',
            global: 'the key is a global permission',
        },
    },
    'unresolved-project': {
        source: 'resolver',
        description: 'A project key under projects: that Jira does not have (or the account cannot see).',
        defaultSeverity: 'error',
        docs: 'Write the key as Jira shows it; the message suggests the closest one.',
        messages: { unknown: 'Jira has no project with that key' },
        fixed: 'the plan cannot assign a scheme to a project it cannot find',
    },
    'team-managed-project': {
        source: 'resolver',
        description: 'A team-managed project under projects: (it has its own permissions, not a scheme).',
        defaultSeverity: 'error',
        docs: "Remove it from projects:; a team-managed project's access is set in the project itself.",
        messages: { 'team-managed': 'the project is team-managed' },
        fixed: 'Jira would refuse the assignment',
    },
    'project-key-case': {
        source: 'resolver',
        description: "A project key written in another case than Jira spells it (Jira's spelling is used).",
        defaultSeverity: 'warning',
        docs: 'Write the key as Jira does.',
        messages: { case: 'the key is spelt in another case in Jira' },
    },
    'permission-not-on-site': {
        source: 'resolver',
        description: "A built-in permission that the site's catalogue does not offer (its product is not installed).",
        defaultSeverity: 'warning',
        docs: 'Jira will refuse grants for it; remove it, or install the product it belongs to.',
        messages: { 'not-offered': 'the site does not offer the permission' },
    },
    // ---- planner: files against live schemes ----
    'pinned-scheme-missing': {
        source: 'planner',
        description: 'A file pins a live scheme id that Jira does not have.',
        defaultSeverity: 'error',
        docs: 'Remove the `id:` line to create the scheme anew, or correct the id (jira-perms export shows the live ids).',
        messages: { missing: 'no permission scheme with that id' },
        fixed: UNPLANNABLE,
    },
    'pinned-scheme-duplicate': {
        source: 'planner',
        description: 'Two files pin the same live scheme id.',
        defaultSeverity: 'error',
        docs: 'Each live scheme can be described by one file only: remove the `id:` line from one of them.',
        messages: { duplicate: 'another file pins the same id' },
        fixed: UNPLANNABLE,
    },
    'ambiguous-scheme-name': {
        source: 'planner',
        description: 'Jira has several schemes with the name of a file that pins no id.',
        defaultSeverity: 'error',
        docs: 'Add `id: <id>` to the file to say which live scheme it describes.',
        messages: { ambiguous: 'several live schemes have that name' },
        fixed: UNPLANNABLE,
    },
    'scheme-name-taken': {
        source: 'planner',
        description: 'A file would create or rename a scheme onto the name of another live scheme.',
        defaultSeverity: 'error',
        docs: 'Choose another name, or pin the file to that scheme with its id.',
        messages: { taken: 'another live scheme keeps that name' },
        fixed: UNPLANNABLE,
    },
    'project-left-without-scheme': {
        source: 'planner',
        description: 'A project uses the scheme in Jira, is not listed under its projects:, and no other file lists it.',
        defaultSeverity: 'error',
        docs: 'List the project under projects: in the file of the scheme it should move to, or keep it in this list.',
        messages: { 'left-without-scheme': 'the project would be left without a permission scheme' },
        fixed: 'the plan cannot leave a project without a scheme',
    },
    'unpinned-scheme': {
        source: 'planner',
        description: 'A file without id: matches a live scheme by name (a rename would delete and create it).',
        defaultSeverity: 'warning',
        docs: 'Add `id: <id>` to the file (jira-perms pin writes it for every file).',
        messages: { unpinned: 'the file has no id: but its scheme exists live' },
    },
    'prune-scheme-in-use': {
        source: 'planner',
        description: 'A live scheme with no file is not pruned because projects use it.',
        defaultSeverity: 'warning',
        docs: 'Move those projects to another scheme, or add a file for the scheme (jira-perms export --scheme NAME).',
        messages: { 'in-use': 'projects use the scheme' },
    },
    // ---- guardrails: plans that must not go ahead unless allowed ----
    lockout: {
        source: 'guardrail',
        description: 'A scheme that projects use would be left with no ADMINISTER_PROJECTS or no BROWSE_PROJECTS holder.',
        defaultSeverity: 'error',
        docs: 'Keep a holder of the permission, or allow it for the scheme under guardrails.allow in the settings file (warning or off here allows it everywhere).',
        messages: { 'last-holder': 'the last holder of the permission would go' },
    },
    'public-exposure': {
        source: 'guardrail',
        description: 'A plan that grants a permission to `anyone` (people who are not logged in).',
        defaultSeverity: 'error',
        docs: 'Grant it to logged-in users instead, or allow it for the scheme under guardrails.allow in the settings file.',
        messages: { 'anyone-added': 'anyone would be granted the permission' },
    },
    'mass-removal': {
        source: 'guardrail',
        description: 'A plan that removes more grants from one scheme than guardrails.maxRemovals, or more than guardrails.maxRemovalRatio of the grants the files manage.',
        defaultSeverity: 'error',
        docs: 'Check the file is complete (a truncated file looks exactly like this); if intended, allow it for the scheme under guardrails.allow.',
        messages: { 'too-many': 'too many grants would be removed' },
    },
    'access-limit': {
        source: 'guardrail',
        description: 'A plan in which more people than accessLimits allows gain a permission in one project (the message names them).',
        defaultSeverity: 'error',
        docs: 'Check who gains the permission and why; if intended, allow it for the scheme under guardrails.allow, or raise the limit.',
        messages: { 'too-many-gain': 'too many people would gain the permission' },
    },
};
/** Where rule pages live: docs/rules/<id>.md of the repository. */
const RULE_DOCS_BASE = 'https://github.com/jira-permissions-as-code/jira-permissions-as-code/blob/main/docs/rules/';
function ruleDocsPath(id) {
    return `docs/rules/${id}.md`;
}
function toMeta(id, entry) {
    const messages = Object.entries(entry.messages).map(([messageId, message]) => typeof message === 'string'
        ? { id: messageId, description: message, defaultSeverity: entry.defaultSeverity }
        : { id: messageId, description: message.text, defaultSeverity: message.severity });
    return {
        id,
        source: entry.source,
        description: entry.description,
        defaultSeverity: entry.defaultSeverity,
        docs: entry.docs,
        helpUri: `${RULE_DOCS_BASE}${id}.md`,
        messages,
        adjustable: entry.fixed === undefined,
        ...(entry.fixed === undefined ? {} : { fixed: entry.fixed }),
    };
}
const TABLE = RULE_TABLE;
/** Every registered rule, in the table's order (loader, lint, resolver, planner, guardrails). */
const RULE_REGISTRY = Object.entries(TABLE).map(([id, entry]) => toMeta(id, entry));
const BY_ID = new Map(RULE_REGISTRY.map((meta) => [meta.id, meta]));
/** A rule's registration, or undefined for an id nobody registered. */
function ruleMeta(id) {
    return BY_ID.get(id);
}
/** A registered rule's registration (typed ids cannot miss). */
function registeredRule(id) {
    const meta = BY_ID.get(id);
    if (meta === undefined)
        throw new Error(`rule ${id} is not registered`);
    return meta;
}
/** The rules `rules:` in the settings file may name. */
const ADJUSTABLE_RULE_IDS = RULE_REGISTRY.filter((meta) => meta.adjustable).map((meta) => meta.id);
/** The default severity of a rule's message. */
function defaultSeverity(ruleId, messageId) {
    const meta = BY_ID.get(ruleId);
    const message = meta?.messages.find((candidate) => candidate.id === messageId);
    return message?.defaultSeverity ?? meta?.defaultSeverity ?? 'error';
}
/**
 * A finding of a registered rule, at its message's default severity (the settings apply later, see
 * {@link applyRuleSettings}).
 */
function newFinding(ruleId, messageId, location, message, hint) {
    return {
        ...location,
        severity: defaultSeverity(ruleId, messageId),
        ruleId,
        messageId,
        message,
        ...(hint === undefined ? {} : { hint }),
    };
}
/**
 * The severity a finding of `ruleId` has under the settings' `rules:` (undefined: the rule is off). A
 * rule that is not adjustable keeps its default whatever the settings say (the settings loader reports
 * such an entry as an error).
 */
function configuredSeverity(ruleId, severity, rules) {
    if (BY_ID.get(ruleId)?.adjustable === false)
        return severity;
    const configured = Object.hasOwn(rules, ruleId) ? rules[ruleId] : undefined;
    if (configured === undefined)
        return severity;
    return configured === 'off' ? undefined : configured;
}
/** The findings as the settings' `rules:` want them: severities changed, findings of rules that are off dropped. */
function applyRuleSettings(findings, rules) {
    const out = [];
    for (const finding of findings) {
        const severity = configuredSeverity(finding.ruleId, finding.severity, rules);
        if (severity === undefined)
            continue;
        out.push(severity === finding.severity ? finding : { ...finding, severity });
    }
    return out;
}


/***/ }),

/***/ 4692:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ DEFAULT_SETTINGS),
/* harmony export */   b: () => (/* binding */ DEFAULT_SETTINGS_FILE)
/* harmony export */ });
/** The settings file (`.jira-permissions.yml`), after defaults are applied. */
const DEFAULT_SETTINGS_FILE = '.jira-permissions.yml';
const DEFAULT_SETTINGS = {
    schemes: 'jira-permissions',
    customPermissions: [],
    prune: false,
    rules: {},
    managedHolders: [{ type: 'projectRole', name: 'atlassian-addons-project-access' }],
    accessLimits: {},
    guardrails: { maxRemovals: 10, maxRemovalRatio: 0.2, allow: [] },
};


/***/ }),

/***/ 4870:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ isManagedHolder)
/* harmony export */ });
/* harmony import */ var _model_holder_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2087);

/**
 * Holders Jira manages itself (by default the `atlassian-addons-project-access` role, which Jira grants
 * to apps): the planner never removes them and they never cause a diff, in either direction. A managed
 * holder names its type and a name and/or an id, matched by the holder module (`matchesHolderRef`):
 * ids against the holder's spelling, names against the name the reader or resolver gave the holder.
 */
function isManagedHolder(grant, managed) {
    return managed.some((entry) => (0,_model_holder_js__WEBPACK_IMPORTED_MODULE_0__/* .matchesHolderRef */ .$H)(grant, entry));
}


/***/ }),

/***/ 2249:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kb: () => (/* binding */ excerpt),
/* harmony export */   T_: () => (/* binding */ EXCERPT_LENGTH)
/* harmony export */ });
/* unused harmony export escapeForMessage */
/**
 * A value from a file, as an error message may quote it: short, in double quotes, every character that
 * could break a line, hide text or reorder it escaped. A message never carries a whole value that may
 * not be what it seems (a file that failed to load can be anything, a token included).
 */
/** Most characters of a value a message quotes; longer values are cut, with their length said. */
const EXCERPT_LENGTH = 40;
/** C0 and C1 controls, DEL, bidirectional and zero-width marks, line and paragraph separators, BOM. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/gu;
function escapeCharacter(char) {
    switch (char) {
        case '\n':
            return '\\n';
        case '\r':
            return '\\r';
        case '\t':
            return '\\t';
        default:
            return `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`;
    }
}
/** The text with backslashes, quotes and invisible characters escaped (lone surrogates too). */
function escapeForMessage(text) {
    return text
        .replace(/[\\"]/gu, (char) => `\\${char}`)
        .replace(INVISIBLE, escapeCharacter)
        .replace(/[\ud800-\udfff]/gu, escapeCharacter);
}
/** `"value"`, or `"the first 40 characters…" (1,291 characters)` for a longer value. */
function excerpt(text, length = EXCERPT_LENGTH) {
    const characters = Array.from(text);
    if (characters.length <= length)
        return `"${escapeForMessage(text)}"`;
    const shown = escapeForMessage(characters.slice(0, length).join(''));
    return `"${shown}…" (${characters.length.toLocaleString('en-US')} characters)`;
}


/***/ }),

/***/ 7406:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ editDistance),
/* harmony export */   h: () => (/* binding */ closestMatch)
/* harmony export */ });
/**
 * Edit distance for "did you mean" suggestions: insertions, deletions, substitutions and swaps of two
 * neighbouring characters each count one (optimal string alignment), so `plna` is one edit from `plan`.
 */
function editDistance(a, b) {
    let beforePrevious = [];
    let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                best = Math.min(best, (beforePrevious[j - 2] ?? 0) + 1);
            }
            current.push(best);
        }
        beforePrevious = previous;
        previous = current;
    }
    return previous[b.length] ?? 0;
}
/**
 * The candidate closest to `input`, when it is close enough to be a plausible typo (case is ignored;
 * at most a third of the longer string may differ).
 */
function closestMatch(input, candidates) {
    const needle = input.toLowerCase();
    let best;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const candidate of candidates) {
        const distance = editDistance(needle, candidate.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    if (best === undefined)
        return undefined;
    const limit = Math.max(1, Math.floor(Math.max(needle.length, best.length) / 3));
    return bestDistance <= limit ? best : undefined;
}


/***/ }),

/***/ 3249:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ crossFileFindings)
/* harmony export */ });
/**
 * Checks across files: a scheme name used by two files (names are schemes' identity; compared without
 * case, as Jira compares scheme names) and a live scheme id bound by two files. Both places are reported.
 */
function crossFileFindings(schemes) {
    const findings = [];
    const byName = new Map();
    const byId = new Map();
    for (const scheme of schemes) {
        // A file whose name could not be read (the schema said so) has no name to clash with.
        if (scheme.name.trim() === '')
            continue;
        const name = scheme.name.trim().toLowerCase();
        byName.set(name, [...(byName.get(name) ?? []), scheme]);
        if (scheme.id !== undefined)
            byId.set(scheme.id, [...(byId.get(scheme.id) ?? []), scheme]);
    }
    for (const group of byName.values()) {
        if (group.length < 2)
            continue;
        for (const scheme of group) {
            const others = group
                .filter((other) => other !== scheme)
                .map((other) => `${other.file}:${other.nameLocation.line}`);
            findings.push({
                ...scheme.nameLocation,
                severity: 'error',
                ruleId: 'unique-name',
                message: `scheme name "${scheme.name}" is also used by ${others.join(', ')}`,
                hint: 'A scheme name is its identity: give each file its own name, or merge the two files.',
            });
        }
    }
    for (const [id, group] of byId) {
        if (group.length < 2)
            continue;
        for (const scheme of group) {
            const others = group
                .filter((other) => other !== scheme)
                .map((other) => `${other.file}:${other.idLocation?.line ?? 1}`);
            findings.push({
                ...(scheme.idLocation ?? scheme.nameLocation),
                severity: 'error',
                ruleId: 'unique-id',
                message: `scheme id ${id} is also bound by ${others.join(', ')}`,
                hint: 'An id binds one file to one live scheme: remove it from all but one file.',
            });
        }
    }
    return findings;
}


/***/ }),

/***/ 3233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ lintSchemes)
/* harmony export */ });
/* unused harmony export ruleSeverity */
/* harmony import */ var _model_rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2622);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6556);


/** The severity a rule runs at under these settings, or undefined when it is off. */
function ruleSeverity(rule, settings) {
    return (0,_model_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .configuredSeverity */ .ep)(rule.meta.id, rule.meta.defaultSeverity, settings.rules);
}
/** How many other files a grouped note names before it says "and N more". */
const NAMED_FILES = 3;
/**
 * Runs every enabled rule over every scheme. Whole-scheme rules skip the schemes in `context.partial`
 * (files that failed the schema). Notes (`info`) are said once per run: the same note about the same
 * subject in several files is one finding, at its first place, naming the other files.
 */
function lintSchemes(schemes, settings, rules = _rules_index_js__WEBPACK_IMPORTED_MODULE_1__/* .RULES */ .y, context = {}) {
    const findings = [];
    for (const rule of rules) {
        const severity = ruleSeverity(rule, settings);
        if (severity === undefined)
            continue;
        const reports = [];
        for (const scheme of schemes) {
            if (rule.wholeScheme === true && context.partial?.has(scheme) === true)
                continue;
            for (const report of rule.check(scheme, context))
                reports.push({ scheme, report });
        }
        const shown = severity === 'info' ? groupBySubject(reports) : reports.map((item) => ({ ...item, others: [] }));
        for (const { report, others } of shown) {
            findings.push({
                ...report.location,
                severity,
                ruleId: rule.meta.id,
                messageId: report.messageId ?? rule.meta.messages[0]?.id ?? rule.meta.id,
                message: others.length === 0 ? report.message : `${report.message} (${alsoIn(others)})`,
                hint: report.hint ?? rule.meta.docs,
            });
        }
    }
    return findings;
}
/** Reports with a subject, one per subject (the first, in file order), with the other files it was in. */
function groupBySubject(reports) {
    const grouped = new Map();
    const out = [];
    for (const { scheme, report } of reports) {
        const key = report.subject === undefined ? undefined : `${report.messageId ?? ''}\u0000${report.subject}`;
        const first = key === undefined ? undefined : grouped.get(key);
        if (first !== undefined) {
            if (first.report.location.file !== scheme.file && !first.others.includes(scheme.file))
                first.others.push(scheme.file);
            continue;
        }
        const entry = { report, others: [] };
        if (key !== undefined)
            grouped.set(key, entry);
        out.push(entry);
    }
    return out;
}
function alsoIn(files) {
    const named = files.slice(0, NAMED_FILES).join(', ');
    const more = files.length - NAMED_FILES;
    const count = files.length === 1 ? '1 other file' : `${files.length} other files`;
    return `also in ${count}: ${named}${more > 0 ? `, and ${more} more` : ''}`;
}


/***/ }),

/***/ 6556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ RULES),
  I: () => (/* binding */ RULE_IDS)
});

// EXTERNAL MODULE: ./src/model/rules.ts
var rules = __webpack_require__(2622);
;// CONCATENATED MODULE: ./src/validate/rules/admin-required.ts

const adminRequired = {
    meta: (0,rules/* registeredRule */.dZ)('admin-required'),
    wholeScheme: true,
    check(scheme) {
        if (scheme.grants.some((grant) => grant.permission === 'ADMINISTER_PROJECTS'))
            return [];
        return [
            {
                location: scheme.nameLocation,
                message: `nobody can administer projects that use "${scheme.name}": no holder has ADMINISTER_PROJECTS`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/validate/rules/browse-required.ts

const browseRequired = {
    meta: (0,rules/* registeredRule */.dZ)('browse-required'),
    wholeScheme: true,
    check(scheme) {
        if (scheme.grants.some((grant) => grant.permission === 'BROWSE_PROJECTS'))
            return [];
        return [
            {
                location: scheme.nameLocation,
                message: `nobody can browse projects that use "${scheme.name}": no holder has BROWSE_PROJECTS`,
            },
        ];
    },
};

// EXTERNAL MODULE: ./src/model/holder.ts
var holder = __webpack_require__(2087);
;// CONCATENATED MODULE: ./src/validate/rules/duplicate-grant.ts


/** Above this many holders under one permission, compare by identity keys instead of pairwise. */
const PAIRWISE_LIMIT = 16;
const duplicateGrant = {
    meta: (0,rules/* registeredRule */.dZ)('duplicate-grant'),
    check(scheme) {
        const byPermission = new Map();
        for (const grant of scheme.grants) {
            const list = byPermission.get(grant.permission);
            if (list === undefined)
                byPermission.set(grant.permission, [grant]);
            else
                list.push(grant);
        }
        const reports = [];
        for (const grants of byPermission.values()) {
            if (grants.length < 2)
                continue;
            const firsts = grants.length <= PAIRWISE_LIMIT ? pairwise(grants) : byIdentity(grants);
            grants.forEach((grant, index) => {
                const first = firsts[index];
                if (first === undefined)
                    return;
                reports.push({
                    location: grant.location,
                    message: `${(0,holder/* describeWrittenHolder */.XN)(grant.holder)} is listed twice under ${grant.permission} (first at line ${first.location.line})`,
                });
            });
        }
        return reports;
    },
};
/** For each grant, the earlier grant with the same holder (when there is one). */
function pairwise(grants) {
    return grants.map((grant, index) => {
        for (let earlier = 0; earlier < index; earlier++) {
            const candidate = grants[earlier];
            if (candidate !== undefined && (0,holder/* sameWrittenHolder */._y)(candidate.holder, grant.holder))
                return candidate;
        }
        return undefined;
    });
}
function byIdentity(grants) {
    const seen = new Map();
    return grants.map((grant) => {
        const identities = (0,holder/* writtenHolderIdentities */.Cs)(grant.holder);
        for (const identity of identities) {
            const first = seen.get(identity);
            if (first !== undefined)
                return first;
        }
        for (const identity of identities)
            seen.set(identity, grant);
        return undefined;
    });
}

;// CONCATENATED MODULE: ./src/validate/rules/no-anonymous-access.ts

const noAnonymousAccess = {
    meta: (0,rules/* registeredRule */.dZ)('no-anonymous-access'),
    check(scheme) {
        return scheme.grants
            .filter((grant) => grant.holder.type === 'anyone')
            .map((grant) => ({
            location: grant.location,
            message: `${grant.permission} is granted to anyone, including people who are not logged in`,
        }));
    },
};

;// CONCATENATED MODULE: ./src/validate/rules/no-broad-admin.ts

/** Permissions that change a project's configuration or destroy other people's work. */
const BROAD_ADMIN_PERMISSIONS = new Set([
    'ADMINISTER_PROJECTS',
    'EDIT_WORKFLOW',
    'EDIT_ISSUE_LAYOUT',
    'DELETE_ISSUES',
    'DELETE_ALL_COMMENTS',
    'DELETE_ALL_ATTACHMENTS',
    'DELETE_ALL_WORKLOGS',
]);
const noBroadAdmin = {
    meta: (0,rules/* registeredRule */.dZ)('no-broad-admin'),
    check(scheme) {
        return scheme.grants
            .filter((grant) => BROAD_ADMIN_PERMISSIONS.has(grant.permission) &&
            (grant.holder.type === 'anyone' || grant.holder.type === 'applicationRole'))
            .map((grant) => {
            const holder = grant.holder;
            const who = holder.type !== 'applicationRole'
                ? 'anyone'
                : holder.key === undefined
                    ? 'every logged-in user (applicationRole)'
                    : `every user of ${holder.key} (applicationRole)`;
            return { location: grant.location, message: `${grant.permission} is granted to ${who}` };
        });
    },
};

;// CONCATENATED MODULE: ./src/validate/rules/prefer-group-id.ts

const preferGroupId = {
    meta: (0,rules/* registeredRule */.dZ)('prefer-group-id'),
    check(scheme) {
        return scheme.grants.flatMap((grant) => grant.holder.type === 'group' && grant.holder.id === undefined
            ? [
                {
                    location: grant.location,
                    message: `group "${grant.holder.name ?? ''}" is given by name only under ${grant.permission}`,
                },
            ]
            : []);
    },
};

// EXTERNAL MODULE: ./src/validate/rules/product-permission.ts
var product_permission = __webpack_require__(4665);
;// CONCATENATED MODULE: ./src/validate/rules/index.ts







/** Every lint rule, in the order the README lists them. */
const RULES = [
    noAnonymousAccess,
    noBroadAdmin,
    duplicateGrant,
    preferGroupId,
    browseRequired,
    adminRequired,
    product_permission/* productPermission */.r,
];
const RULE_IDS = RULES.map((rule) => rule.meta.id);


/***/ }),

/***/ 4665:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ productPermission)
/* harmony export */ });
/* harmony import */ var _model_permissions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5917);
/* harmony import */ var _model_rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2622);


const productPermission = {
    meta: (0,_model_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .registeredRule */ .dZ)('product-permission'),
    check(scheme, context) {
        const reports = [];
        const reported = new Set();
        for (const grant of scheme.grants) {
            const product = (0,_model_permissions_js__WEBPACK_IMPORTED_MODULE_0__/* .builtInPermission */ .HE)(grant.permission)?.product;
            if (product === undefined || reported.has(grant.permission))
                continue;
            // The live catalogue lists a product's permissions when the site has the product: nothing to say.
            if (context?.sitePermissions?.has(grant.permission) === true)
                continue;
            reported.add(grant.permission);
            reports.push({
                location: grant.permissionLocation,
                message: `${grant.permission} only has an effect on sites with ${product}`,
                subject: grant.permission,
            });
        }
        return reports;
    },
};


/***/ }),

/***/ 8604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   MZ: () => (/* binding */ codeCell),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   zW: () => (/* binding */ fencedBlock)
/* harmony export */ });
/* harmony import */ var _view_terminal_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9629);

/**
 * The one escaper for GitHub-flavoured Markdown (PR comment, job summary, drift issue, generated docs).
 * Text from users and from Jira (file names, scheme and group names, permission keys, error messages)
 * must not become HTML, a link, an image, a mention or a reference, and must not break the document's
 * structure (tables, lists, code blocks). Every Markdown view writes such text through one of these.
 */
/** Zero-width joiner: GitHub does not treat `@\u200Dname` as a mention, and it reads the same. */
const ZWJ = '\u200D';
/** One line of prose: Markdown punctuation backslash-escaped, no autolink, no mention, no issue reference. */
function escapeLine(line) {
    return ((0,_view_terminal_js__WEBPACK_IMPORTED_MODULE_0__/* .safeText */ .Hk)(line)
        .replace(/[\\`*_[\]{}<>()#+!|~&]/g, (character) => `\\${character}`)
        .replace(/@/g, `@${ZWJ}`)
        // GitHub links `#12` and `GH-12` to issues after Markdown is read, so a backslash does not stop
        // it; a joiner between the mark and the number does.
        .replace(/#(?=\d)/g, `#${ZWJ}`)
        .replace(/\b(GH)-(?=\d)/gi, `$1${ZWJ}-`)
        // GitHub links bare URLs and www. names by itself: an escaped slash or dot stops it.
        .replace(/:\/\//g, ':\\/\\/')
        .replace(/\b(www)\./gi, '$1\\.'));
}
/**
 * Prose, inline or in a table cell: backslash-escapes Markdown's punctuation (so `[text](url)` and
 * `![x](y)` stay text, `<b>` is not HTML and `|` does not end a cell), breaks mentions and bare
 * links, shows control and bidirectional characters as `\uXXXX`, and keeps line breaks as `<br>` so a
 * line can never start a block of its own.
 */
function escapeMarkdown(text) {
    return text
        .split(/\r\n|\r|\n/)
        .map(escapeLine)
        .join('<br>');
}
/**
 * An inline code span that shows `text` literally: the delimiter is one backtick longer than the
 * longest run of backticks inside, padded with spaces when the text starts or ends with a backtick.
 * In a table cell, use `codeCell`: GitHub splits cells on `|` even inside code.
 */
function codeSpan(text) {
    const clean = (0,_view_terminal_js__WEBPACK_IMPORTED_MODULE_0__/* .safeText */ .Hk)(text);
    if (clean === '')
        return '` `';
    const longestRun = Math.max(0, ...Array.from(clean.matchAll(/`+/g), (match) => match[0].length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = clean.startsWith('`') || clean.endsWith('`') || (clean.startsWith(' ') && clean.endsWith(' ')) ? ' ' : '';
    return `${fence}${pad}${clean}${pad}${fence}`;
}
/** A code span inside a table cell: its `|` escaped, which GitHub reads as a literal bar there. */
function codeCell(text) {
    return codeSpan(text).replace(/\|/g, '\\|');
}
/** HTML text (inside `<summary>` and other tags): entities for markup characters, no @mentions. */
function escapeHtml(text) {
    return (0,_view_terminal_js__WEBPACK_IMPORTED_MODULE_0__/* .safeText */ .Hk)(text)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;')
        .replace(/@/g, `@${ZWJ}`);
}
/** A fenced code block whose fence is longer than any backtick run in the lines, so none can close it. */
function fencedBlock(language, lines) {
    const body = lines.map((line) => (0,_view_terminal_js__WEBPACK_IMPORTED_MODULE_0__/* .safeText */ .Hk)(line));
    const longestRun = Math.max(2, ...body.flatMap((line) => Array.from(line.matchAll(/`+/g), (match) => match[0].length)));
    const fence = '`'.repeat(longestRun + 1);
    return [`${fence}${language}`, ...body, fence].join('\n');
}


/***/ }),

/***/ 4478:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// js-yaml's CommonJS build, reached through a CommonJS file so that bundlers and Node pick its
// "require" entry. Measured on Node 20: it parses 2-3x faster than the ESM build that `import` selects
// (README, Performance).
module.exports = __webpack_require__(2103);


/***/ })

};
