export const id = 463;
export const ids = [463];
export const modules = {

1094:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
Do: () => ( confine),
mL: () => ( findRepositoryRoot)
});

var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
var node_fs__WEBPACK_IMPORTED_MODULE_0___default = __webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
var node_path__WEBPACK_IMPORTED_MODULE_1___default = __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
var _util_excerpt_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2249);










const REPOSITORY_MARKER = '.git';

const MAX_LINKS = 40;




function findRepositoryRoot(cwd) {
    const start = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd);
    for (let dir = start;; dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir)) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, REPOSITORY_MARKER)))
            return dir;
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir) === dir)
            return start;
    }
}




function realLocation(path, links = 0) {
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path);
    try {


        return node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(absolute);
    }
    catch {

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


}),

7307:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
Q: () => ( discoverSchemeFiles)
});
var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
var node_fs__WEBPACK_IMPORTED_MODULE_0___default = __webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
var node_path__WEBPACK_IMPORTED_MODULE_1___default = __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
var _validate_order_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4946);



const SCHEME_FILE = /\.ya?ml$/i;

const SKIPPED_FOLDERS = new Set(['node_modules']);






function discoverSchemeFiles(folder) {
    let isDirectory;
    try {
        isDirectory = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(folder).isDirectory();
    }
    catch {
        return { ok: false, reason: 'missing', message: 'does not exist' };
    }
    if (!isDirectory)
        return { ok: true, files: [folder], plain: [] };
    const files = [];
    const plain = [];
    try {
        walk(folder, files, plain);
    }
    catch (error) {
        return {
            ok: false,
            reason: 'unreadable',
            message: error instanceof Error ? error.message : String(error),
        };
    }
    return { ok: true, files: files.sort(_validate_order_js__WEBPACK_IMPORTED_MODULE_2__/* .compareCodeUnits */ .UF), plain };
}
function walk(folder, files, plain) {
    for (const entry of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(folder, { withFileTypes: true })) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, entry.name);
        if (entry.isDirectory()) {
            if (entry.name.startsWith('.') || SKIPPED_FOLDERS.has(entry.name))
                continue;
            walk(path, files, plain);
        }
        else if (SCHEME_FILE.test(entry.name)) {
            if (entry.isFile()) {
                files.push(path);
                plain.push(path);
            }
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


}),

4770:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
I_: () => ( locatedFinding),
Lb: () => ( problemFinding),
P1: () => ( isUnknownPermissionKey),
or: () => ( yamlFindings)
});
var _model_rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2622);
var _positions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78);






function isUnknownPermissionKey(finding) {
    return finding.ruleId === 'schema' && finding.messageId === 'unknown-permission';
}

function problemFinding(file, line, column, ruleId, messageId, message, hint) {
    return (0,_model_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .newFinding */ .iD)(ruleId, messageId, { file, line, column }, message, hint);
}

function locatedFinding(location, ruleId, messageId, message, hint) {
    return (0,_model_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .newFinding */ .iD)(ruleId, messageId, location, message, hint);
}

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


}),

1980:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {



__webpack_require__.d(__webpack_exports__, {
  Rn: () => ( checkSchemeText),
  gi: () => ( loadProject)
});




var external_node_fs_ = __webpack_require__(3024);

var external_node_path_ = __webpack_require__(6760);

var settings = __webpack_require__(4692);

var cross_file = __webpack_require__(3249);

var lint = __webpack_require__(3233);

var rules = __webpack_require__(2622);
;







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
            findings.push((0,rules .iD)('unique-project', 'listed-twice', place.entry.location, `project ${place.entry.key} is also listed at ${where.join(', ')}: a project uses exactly one permission scheme`, sameFile
                ? 'Remove the repeated key.'
                : 'Keep the key under projects: of the one scheme the project should use, and remove it from the others.'));
        }
    }
    return findings;
}


var validate_rules = __webpack_require__(1787);

var order = __webpack_require__(4946);

var confine = __webpack_require__(1094);

var discover = __webpack_require__(7307);

var config_findings = __webpack_require__(4770);

var messages = __webpack_require__(1220);

var config_positions = __webpack_require__(78);

var config_read = __webpack_require__(2000);

var permissions = __webpack_require__(5917);
;











function surelyValidScheme(value) {
    let name = false;
    let grants = false;
    for (const key in value) {
        const field = value[key];
        switch (key) {
            case 'name':
                if (!isText(field))
                    return false;
                name = true;
                break;
            case 'description':
                if (typeof field !== 'string')
                    return false;
                break;
            case 'id':

                if (typeof field !== 'number' || !Number.isSafeInteger(field) || field < 0)
                    return false;
                break;
            case 'projects':
                if (!Array.isArray(field))
                    return false;
                for (const project of field) {
                    if (typeof project !== 'string' || !PROJECT_KEY.test(project))
                        return false;
                }
                break;
            case 'grants':
                if (!isMapping(field) || !surelyValidGrants(field))
                    return false;
                grants = true;
                break;
            default:
                return false;
        }
    }
    return name && grants;
}

const PROJECT_KEY = /^[A-Za-z][A-Za-z0-9_]*$/u;

const NOT_BLANK = /\S/u;

const ACCOUNT_ID = /^[^@\s]+$/u;

const EMAIL = /^[^@\s]+@[^@\s]+$/u;
const BARE_HOLDERS = new Set([
    'anyone',
    'assignee',
    'reporter',
    'projectLead',
    'sd.customer.portal.only',
    'applicationRole',
]);
function isMapping(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isText(value) {
    return typeof value === 'string' && NOT_BLANK.test(value);
}

function isRoleId(value) {
    return typeof value === 'number' && Number.isSafeInteger(value) && value >= 1;
}
function surelyValidGrants(grants) {
    for (const permission in grants) {

        if (!(0,permissions .Lq)(permission))
            return false;
        const holders = grants[permission];
        if (!Array.isArray(holders) || holders.length === 0)
            return false;
        for (const holder of holders)
            if (!surelyValidHolder(holder))
                return false;
    }
    return true;
}
function surelyValidHolder(holder) {
    if (typeof holder === 'string')
        return BARE_HOLDERS.has(holder);
    if (!isMapping(holder))
        return false;
    let type;
    for (const key in holder) {

        if (type !== undefined)
            return false;
        type = key;
    }
    if (type === undefined)
        return false;
    const parameter = holder[type];
    switch (type) {
        case 'applicationRole':
        case 'userCustomField':
        case 'groupCustomField':
            return isText(parameter);
        case 'group':
            return isText(parameter) || (isMapping(parameter) && surelyValidGroup(parameter));
        case 'projectRole':
            return isText(parameter) || isRoleId(parameter) || (isMapping(parameter) && surelyValidRole(parameter));
        case 'user':
            return ((typeof parameter === 'string' && ACCOUNT_ID.test(parameter)) ||
                (isMapping(parameter) && surelyValidUser(parameter)));
        default:
            return false;
    }
}

function surelyValidGroup(group) {
    let fields = 0;
    for (const key in group) {
        if ((key !== 'id' && key !== 'name') || !isText(group[key]))
            return false;
        fields++;
    }
    return fields > 0;
}

function surelyValidRole(role) {
    let fields = 0;
    for (const key in role) {
        const field = role[key];
        if (key === 'id' ? !isRoleId(field) : key !== 'name' || !isText(field))
            return false;
        fields++;
    }
    return fields === 1;
}

function surelyValidUser(user) {
    let fields = 0;
    for (const key in user) {
        const field = user[key];
        if (typeof field !== 'string')
            return false;
        if (key === 'accountId' ? !ACCOUNT_ID.test(field) : key !== 'email' || !EMAIL.test(field))
            return false;
        fields++;
    }
    return fields === 1;
}


var schemas = __webpack_require__(7314);

var config_settings = __webpack_require__(4661);
;








class GrantPlaces {
    lines;

    #offsets;
    #next = 0;
    constructor(lines,

    grants) {
        this.lines = lines;
        this.#offsets = (0,config_positions .EI)(grants * 4, lines.textLength);
    }

    add(start, end, keyStart, keyEnd) {
        const row = this.#next;
        const offsets = this.#offsets;
        offsets[row] = start;
        offsets[row + 1] = end;
        offsets[row + 2] = keyStart;
        offsets[row + 3] = keyEnd;
        this.#next = row + 4;
        return row;
    }






    #locations;

    location(row) {
        return this.#locate(row);
    }

    permissionLocation(row) {
        return this.#locate(row + 2);
    }
    #locate(at) {
        const locations = (this.#locations ??= new Map());
        let location = locations.get(at);
        if (location === undefined) {
            const offsets = this.#offsets;
            location = this.lines.range(offsets[at] ?? 0, offsets[at + 1] ?? 0);
            locations.set(at, location);
        }
        return location;
    }
}






class LocatedGrant {
    permission;
    holder;
    #places;
    #row;
    constructor(permission, holder, places, row) {
        this.permission = permission;
        this.holder = holder;
        this.#places = places;
        this.#row = row;
    }
    get location() {
        return this.#places.location(this.#row);
    }
    get permissionLocation() {
        return this.#places.permissionLocation(this.#row);
    }
}

;



const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);





function readablePart(value) {
    const file = isRecord(value) ? value : {};
    const { holder: validHolder } = (0,schemas .QL)();
    const grants = {};

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





function toSchemeSpec(value, positions, options = {}) {
    const file = options.partial === true ? readablePart(value) : value;
    const grants = [];



    let count = 0;
    for (const permission in file.grants)
        count += file.grants[permission]?.length ?? 0;
    const places = new GrantPlaces(positions.lines(), count);
    const sameHolders = [];
    const grantsNode = positions.node(['grants']).node;
    for (const written in file.grants) {
        const holders = file.grants[written] ?? [];

        const permission = (0,permissions .HE)(written)?.key ?? written;
        const permissionNode = grantsNode.entries?.get(written);
        const keyAt = permissionNode?.keyStart !== undefined && permissionNode.keyEnd !== undefined
            ? [permissionNode.keyStart, permissionNode.keyEnd]
            : positions.keyOffsets(['grants', written]);
        for (let index = 0; index < holders.length; index++) {
            const holder = holders[index];
            if (holder === undefined)
                continue;
            const item = permissionNode?.items?.[index];
            let start, end;
            if (item !== undefined)
                ({ start, end } = item);
            else
                [start, end] = positions.offsets(['grants', written, index]);
            const row = places.add(start, end, keyAt[0], keyAt[1]);
            grants.push(new LocatedGrant(permission, sharedHolderSpec(toHolderSpec(holder), sameHolders, options.sharing), places, row));
        }
    }
    const spec = {
        file: positions.file,
        name: detached(file.name),
        grants,
        nameLocation: positions.locate(['name']),
    };
    if (file.description !== undefined)
        spec.description = detached(file.description);
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




const spec_BARE_HOLDERS = new Map(['anyone', 'assignee', 'reporter', 'projectLead', 'sd.customer.portal.only', 'applicationRole'].map((type) => [type, Object.freeze({ type })]));

const SHARED_HOLDERS = 16;





function sharedHolderSpec(spec, made, sharing) {
    if (spec_BARE_HOLDERS.get(spec.type) === spec)
        return spec;
    for (const earlier of made)
        if (sameHolderSpec(earlier, spec))
            return earlier;
    if (made.length === SHARED_HOLDERS)
        made.shift();
    const kept = sharing === undefined ? detachedHolderSpec(spec) : sharing.holder(spec);
    made.push(kept);
    return kept;
}







class SpecSharing {





    #holders = new Map();
    holder(spec) {
        const known = this.#holders.get(holderText(spec));
        if (known !== undefined) {
            for (const earlier of known)
                if (sameHolderSpec(earlier, spec))
                    return earlier;
        }
        const kept = detachedHolderSpec(spec);
        if (known !== undefined)
            known.push(kept);

        else
            this.#holders.set(holderText(kept), [kept]);
        return kept;
    }
}

function holderText(spec) {
    const fields = spec;
    return (fields.id ?? fields.accountId ?? fields.name ?? fields.key ?? fields.email ?? fields.field ?? spec.type);
}

function detachedHolderSpec(spec) {
    const fields = spec;
    for (const field of ['key', 'name', 'id', 'accountId', 'email', 'field']) {
        const value = fields[field];
        if (value !== undefined)
            fields[field] = detached(value);
    }
    return spec;
}






function detached(text) {
    return text.length < 13 ? text : ` ${text}`.slice(1);
}




function sameHolderSpec(a, b) {
    if (a.type !== b.type)
        return false;
    const x = a;
    const y = b;
    return (x.name === y.name &&
        x.id === y.id &&
        x.accountId === y.accountId &&
        x.email === y.email &&
        x.key === y.key &&
        x.field === y.field);
}

function toHolderSpec(holder) {
    if (typeof holder === 'string') {
        const bare = spec_BARE_HOLDERS.get(holder);
        if (bare !== undefined)
            return bare;
        return { type: holder };
    }
    const entry = holder;

    let type = '';
    let parameter;
    for (const key in entry) {
        type = key;
        parameter = entry[key];
        break;
    }
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


var excerpt = __webpack_require__(2249);

var yaml = __webpack_require__(6945);
;





















function missingFolderHint(options, project, root) {
    if (options.path !== undefined)
        return 'Check the path given with --path (it is relative to the working directory).';
    if (project.settingsFile !== undefined) {
        return `It comes from "schemes:" in ${project.settingsFile.path} (relative to that file): create the folder, or correct "schemes:".`;
    }
    const top = (0,config_settings .Gt)(options.cwd, root);
    const searched = top === '.' ? 'in this folder' : `from this folder up to the repository root (${top})`;
    return (`No ${settings .b} was found ${searched}, so the default folder is looked for here. ` +
        `Run from the folder that holds it, pass --path DIR, or add ${settings .b} with "schemes: <folder>".`);
}




function loadProject(options) {
    return Promise.resolve(loadProjectSync(options));
}
function loadProjectSync(options) {
    const root = options.root ?? (0,confine .mL)(options.cwd);
    const settingsResult = (0,config_settings .rU)({
        cwd: options.cwd,
        root,
        ...(options.settingsPath === undefined ? {} : { settingsPath: options.settingsPath }),
    });
    const settings = settingsResult.settings;
    const findings = [...settingsResult.findings];
    const folderAbsolute = options.path !== undefined
        ? (0,config_settings .o1)(options.cwd, options.path)
        : (0,external_node_path_.resolve)(settingsResult.baseDir, settings.schemes);
    const folder = (0,config_settings .Gt)(options.cwd, folderAbsolute);
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

    const confined = (0,external_node_fs_.existsSync)(folderAbsolute)
        ? (0,confine .Do)(root, folderAbsolute, `the scheme folder ${(0,excerpt .Kb)(folder)}`)
        : undefined;
    if (confined?.ok === false) {

        const at = options.path === undefined ? settingsResult.schemesAt : undefined;
        findings.push((0,config_findings .Lb)(at === undefined || project.settingsFile === undefined ? folder : project.settingsFile.path, at?.line ?? 1, at?.column ?? 1, 'files', 'outside', `${confined.message}; no scheme file was read`, confined.hint));
        return finish(project);
    }
    const discovery = (0,discover .Q)(folderAbsolute);
    if (!discovery.ok) {
        findings.push((0,config_findings .Lb)(folder, 1, 1, 'files', 'no-folder', `the scheme folder "${folder}" ${discovery.message}`, discovery.reason === 'missing' ? missingFolderHint(options, project, root) : undefined));
        return finish(project);
    }
    if (settings.prune && discovery.files.length === 1 && discovery.files[0] === folderAbsolute) {


        project.settings = { ...settings, prune: false };
        findings.push((0,config_findings .Lb)(folder, 1, 1, 'files', 'prune-ignored', `prune is ignored: "${folder}" is one scheme file, so live schemes without it are not planned for deletion`, 'Plan the whole scheme folder (--path DIR) to prune.'));
    }
    const settingsAbsolute = settingsResult.source === undefined ? undefined : (0,config_settings .o1)(options.cwd, settingsResult.source.path);
    const allowed = new Set([...settings.customPermissions, ...(options.customPermissions ?? [])]);
    const partials = [];


    const plain = new Set(discovery.plain);
    const realFolder = confined?.ok === true ? { folder: folderAbsolute, real: confined.real } : undefined;
    const sharing = new SpecSharing();
    const files = [];
    for (const absolute of discovery.files) {
        if (absolute !== settingsAbsolute)
            files.push((0,config_settings .Gt)(options.cwd, absolute));
    }


    const linter = new lint .uY(settings, validate_rules .y, {
        ...(options.sitePermissions === undefined ? {} : { sitePermissions: new Set(options.sitePermissions) }),
    });
    const lintAsRead = files.every((file, index) => index === 0 || (0,order .UF)(files[index - 1] ?? '', file) < 0);
    const keepGrants = options.keepGrants !== false;
    let index = 0;
    for (const absolute of discovery.files) {
        if (absolute === settingsAbsolute)
            continue;
        const file = files[index++] ?? (0,config_settings .Gt)(options.cwd, absolute);
        const loaded = loadSchemeFile(absolute, file, allowed, root, plain.has(absolute) ? realFolder : undefined, sharing);
        if (loaded.sha256 !== undefined)
            project.files.push({ path: file, sha256: loaded.sha256 });
        findings.push(...loaded.findings);
        const readable = loaded.spec ?? loaded.unverified ?? loaded.partial;
        if (readable !== undefined && lintAsRead) {



            linter.add(readable, loaded.spec === undefined);
            if (!keepGrants)
                readable.grants = [];
        }
        if (loaded.spec !== undefined)
            project.schemes.push(loaded.spec);
        if (loaded.unverified !== undefined)
            project.unverifiedSchemes.push(loaded.unverified);
        if (loaded.partial !== undefined)
            partials.push(loaded.partial);
    }
    if (discovery.files.length === 0) {
        findings.push((0,config_findings .Lb)(folder, 1, 1, 'files', 'no-files', `the scheme folder "${folder}" has no *.yml or *.yaml files`, 'Add a scheme file, e.g. with `jira-perms export`, or check --path.'));
        if (project.settings.prune) {

            project.settings = { ...project.settings, prune: false };
            findings.push((0,config_findings .Lb)(folder, 1, 1, 'files', 'prune-ignored', `prune is ignored: the scheme folder "${folder}" has no scheme files, so no live scheme is planned for deletion`, 'Check --path or "schemes:" in the settings file.'));
        }
    }
    const readable = [...project.schemes, ...project.unverifiedSchemes, ...partials].sort((a, b) => (0,order .UF)(a.file, b.file));
    findings.push(...(0,cross_file .P)(readable));
    findings.push(...projectListFindings(readable));
    if (!lintAsRead) {
        const whole = new Set(project.schemes);
        for (const scheme of readable)
            linter.add(scheme, !whole.has(scheme));
        if (!keepGrants)
            for (const scheme of readable)
                scheme.grants = [];
    }
    findings.push(...linter.findings());
    return finish(project);
}
function finish(project) {
    project.findings.sort(order .Eg);
    return project;
}




function loadSchemeFile(absolutePath, file, allowedPermissions,

root,




confinedFolder,

sharing) {
    const options = root === undefined ? {} : { root };
    if (confinedFolder !== undefined) {
        options.confinedPath = underRealFolder(confinedFolder, absolutePath);
    }
    const read = (0,config_read .Gu)(absolutePath, options);
    if (!read.ok) {
        return {
            findings: [
                read.outside === true
                    ? (0,config_findings .Lb)(file, read.line, read.column, 'files', 'outside', read.message, read.hint)
                    : (0,config_findings .Lb)(file, read.line, read.column, 'yaml', 'unreadable', read.message, read.hint),
            ],
            ...(read.sha256 === undefined ? {} : { sha256: read.sha256 }),
        };
    }
    return { ...checkSchemeText(read.text, file, allowedPermissions, sharing), sha256: read.sha256 };
}





function underRealFolder(confined, absolutePath) {
    const { folder, real } = confined;
    if (absolutePath.startsWith(folder) &&
        absolutePath.charAt(folder.length) === external_node_path_.sep &&
        !folder.endsWith(external_node_path_.sep)) {
        return real.endsWith(external_node_path_.sep)
            ? real + absolutePath.slice(folder.length + 1)
            : real + absolutePath.slice(folder.length);
    }
    return (0,external_node_path_.join)(real, (0,external_node_path_.relative)(folder, absolutePath));
}

function checkSchemeText(text, file, allowedPermissions = new Set(), sharing) {



    const parsed = (0,yaml .Iu)(text, { shallow: true });
    if (parsed.ok && parsed.shallow === true) {
        const value = parsed.value;
        if (typeof value === 'object' &&
            value !== null &&
            !Array.isArray(value) &&


            (surelyValidScheme(value) ||
                ((0,messages .Oz)(value, allowedPermissions, 0).length === 0 &&
                    (0,schemas .QL)().schemeCheck(value)))) {
            return {
                spec: toSchemeSpec(value, new config_positions .mG(file, text, parsed.root), sharing === undefined ? {} : { sharing }),
                findings: [],
            };
        }
        return checkParsedSchemeText((0,yaml .Iu)(text), text, file, allowedPermissions, sharing);
    }
    return checkParsedSchemeText(parsed, text, file, allowedPermissions, sharing);
}

function checkParsedSchemeText(parsed, text, file, allowedPermissions, sharing) {
    if (!parsed.ok) {
        const findings = (0,config_findings .or)(file, text, parsed.problems.slice(0, MAX_FINDINGS_PER_FILE));
        if (parsed.problems.length > MAX_FINDINGS_PER_FILE)
            findings.push(tooManyFinding(file, findings));
        return { findings };
    }
    const positions = new config_positions .mG(file, text, parsed.root);
    const value = parsed.value;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {


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
                (0,config_findings .I_)(positions.locate([]), 'schema', 'not-a-mapping', `a scheme file must be a mapping (name:, grants:, ...), not ${what}`, 'Start the file with "name: <scheme name>" and "grants:".'),
            ],
        };
    }
    const { schemeCheck } = (0,schemas .QL)();


    const unknown = (0,messages .Oz)(value, allowedPermissions, MAX_FINDINGS_PER_FILE);
    const explained = [];
    let more = Math.max(0, unknown.length - MAX_FINDINGS_PER_FILE);
    if (!schemeCheck(value)) {
        const room = MAX_FINDINGS_PER_FILE - Math.min(unknown.length, MAX_FINDINGS_PER_FILE);
        const all = (0,messages .CX)(value, (0,schemas .d8)(value, room + 1), room + 1);
        explained.push(...all.slice(0, room));
        if (all.length > room)
            more = Math.max(more, 1);
    }
    const locate = (problem) => problem.at === 'key' ? positions.locateKey(problem.path) : positions.locate(problem.path);
    const findings = [
        ...unknown
            .slice(0, MAX_FINDINGS_PER_FILE)
            .map((problem) => (0,config_findings .I_)(locate(problem), 'schema', 'unknown-permission', problem.message, problem.hint)),
        ...explained.map((problem) => (0,config_findings .I_)(locate(problem), 'schema', 'problem', problem.message, problem.hint)),
    ];
    if (more > 0) {
        findings.push(tooManyFinding(file, findings));
        return { findings };
    }
    if (explained.length === 0) {
        const spec = toSchemeSpec(value, positions, sharing === undefined ? {} : { sharing });

        return unknown.length === 0 ? { spec, findings } : { unverified: spec, findings };
    }
    return { partial: toSchemeSpec(value, positions, { partial: true }), findings };
}




const MAX_FINDINGS_PER_FILE = 50;
function tooManyFinding(file, shown) {
    const last = shown[shown.length - 1];
    return (0,config_findings .Lb)(file, last?.line ?? 1, last?.column ?? 1, 'schema', 'too-many', `more problems in this file are not shown (the first ${MAX_FINDINGS_PER_FILE} are)`, 'Fix these first, or check that this is a scheme file.');
}




}),

1220:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {



__webpack_require__.d(__webpack_exports__, {
  CX: () => ( schemeProblems),
  KK: () => ( settingsProblems),
  Oz: () => ( unknownPermissionProblems)
});




var holder = __webpack_require__(2087);

var permissions = __webpack_require__(5917);

var suggest = __webpack_require__(7406);
;






function suggestFor(input, candidates) {
    const closest = (0,suggest .h)(input, candidates);
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


var positions = __webpack_require__(78);

var excerpt = __webpack_require__(2249);
;









function dropMissingThatAreMisspelt(problems) {
    const misspelt = new Set(problems
        .filter((problem) => problem.misspellingOf !== undefined)
        .map((problem) => [...problem.path.slice(0, -1), problem.misspellingOf].join('\u0000')));
    if (misspelt.size === 0)
        return problems;
    return problems.filter((problem) => problem.missing === undefined || !misspelt.has([...problem.path, problem.missing].join('\u0000')));
}
const SCHEME_KEYS = ['name', 'description', 'id', 'projects', 'grants'];
const BUILT_IN_KEYS = permissions .wh.map((permission) => permission.key);
const HOLDER_TYPE_NAMES = holder .L1;
const BARE_WORDS = new Set([...holder .OP, 'applicationRole']);
const CUSTOM_PERMISSION_HINT = "An app's permission key is accepted once it is listed under customPermissions in .jira-permissions.yml.";

const HOLDER_FORMS = {
    applicationRole: '"applicationRole: <application key>" (e.g. jira-software), or bare "applicationRole"',
    group: '"group: <group name>" or "group: {id: <groupId>}"',
    projectRole: '"projectRole: <role name>", "projectRole: <role id>" or "projectRole: {id: <role id>}"',
    user: '"user: <accountId>" or "user: {email: <address>}"',
    userCustomField: '"userCustomField: <field id or name>"',
    groupCustomField: '"groupCustomField: <field id or name>"',
};
const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

const shortValue = (value) => (0,excerpt .Kb)(value) === `"${value}"` && value.length <= excerpt .T_ ? value : '<address>';
const describeValue = (value) => {
    if (value === null)
        return 'nothing';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    if (typeof value === 'string')
        return (0,excerpt .Kb)(value);
    if (typeof value === 'number' || typeof value === 'boolean')
        return `${typeof value} ${String(value)}`;
    return typeof value;
};
const suggestion = (input, candidates, quote = true) => {
    const match = suggestFor(input, candidates);
    if (match === undefined)
        return '';
    return quote ? ` \u2014 did you mean "${match}"?` : ` \u2014 did you mean ${match}?`;
};

function unknownPermissionProblems(value, allowed, limit = Number.POSITIVE_INFINITY) {
    if (!isRecord(value) || !isRecord(value.grants))
        return [];
    const problems = [];
    for (const key of Object.keys(value.grants)) {
        if ((0,permissions .Lq)(key) || allowed.has(key))
            continue;

        if (problems.length >= limit) {
            problems.push({ path: ['grants', key], at: 'key', message: '' });
            continue;
        }
        const candidates = [...BUILT_IN_KEYS, ...allowed];
        problems.push({
            path: ['grants', key],
            at: 'key',
            message: `unknown permission ${(0,excerpt .Kb)(key)}${suggestion(key, candidates, false)}`,
            hint: /^[A-Z][A-Z0-9_]*$/.test(key)
                ? `Built-in keys are listed in schemas/permissions.schema.json. ${CUSTOM_PERMISSION_HINT}`
                : CUSTOM_PERMISSION_HINT,
        });
    }
    return problems;
}





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
        const path = (0,positions .ox)(error.instancePath);
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

        if (path.length === 1 && path[0] === 'grants' && error.keyword === 'anyOf')
            continue;
        if (path.length === 1 && path[0] === 'grants' && error.schemaPath.includes('Permission'))
            continue;
        add(generalProblem(error, path, SCHEME_KEYS));
    }
    return dropMissingThatAreMisspelt(problems);
}




function settingsProblems(errors, rootKeys, ruleIds, fixedRules = new Map()) {
    const problems = [];
    const seen = new Set();
    for (const error of errors) {
        const path = (0,positions .ox)(error.instancePath);
        let problem;
        if (error.propertyName !== undefined && path.length === 1 && path[0] === 'rules') {
            const rule = error.propertyName;
            const fixed = fixedRules.get(rule);
            problem =
                fixed === undefined
                    ? {
                        path: ['rules', rule],
                        at: 'key',
                        message: `unknown rule ${(0,excerpt .Kb)(rule)}${suggestion(rule, ruleIds)}`,
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
                    ? 'Every scheme file needs a name: the scheme\u2019s name in Jira, unique across the folder.'
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
                message: `unknown key ${(0,excerpt .Kb)(key)}${suggestion(key, candidates)}`,
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
    if (holder .OP.has(type)) {
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
        message: `holder ${(0,excerpt .Kb)(type)} is not a holder type${suggestion(type, HOLDER_TYPE_NAMES)}`,
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
                    message: `${(0,excerpt .Kb)(parameter)} looks like an email address, not an account id`,
                    hint: `Write it as "user: {email: ${shortValue(parameter)}}".`,
                },
            ];
        }
        if (type === 'user' && /\s/.test(parameter)) {
            return needs(`${(0,excerpt .Kb)(parameter)} is not an account id (account ids have no spaces)`);
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
                message: `unknown key ${(0,excerpt .Kb)(key)} in ${type}${suggestion(key, allowed)}`,
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
                message: `${(0,excerpt .Kb)(field)} is not an email address`,
                hint: 'Write the address in full, e.g. user: {email: ada@example.com}.',
            });
        }
        if (type === 'user' && key === 'accountId' && !/^[^@\s]+$/.test(field)) {
            problems.push({
                path: at,
                at: 'value',
                message: `${(0,excerpt .Kb)(field)} is not an account id`,
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


}),

78:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
EI: () => ( offsetTable),
U_: () => ( positionNode),
mG: () => ( PositionMap),
oY: () => ( lineColumnIn),
ox: () => ( pointerToPath),
p4: () => ( computeLineStarts)
});


function positionNode(start, end) {
    return { start, end, keyStart: undefined, keyEnd: undefined, entries: undefined, items: undefined };
}

function pointerToPath(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function pathToPointer(path) {
    return path.map((segment) => `/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}





function offsetTable(entries, textLength) {
    return textLength <= 0xffff ? new Uint16Array(entries) : new Int32Array(entries);
}

let lineScratch = new Int32Array(1024);




class LineIndex {
    file;

    starts;

    textLength;
    constructor(file, text) {
        this.file = file;
        this.textLength = text.length;


        let scratch = lineScratch;
        let line = 1;
        for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
            if (line === scratch.length) {
                const grown = new Int32Array(2 * scratch.length);
                grown.set(scratch);
                scratch = lineScratch = grown;
            }
            scratch[line++] = index + 1;
        }
        const starts = offsetTable(line, text.length);
        starts.set(scratch.subarray(0, line));
        this.starts = starts;
    }

    range(start, end) {
        const starts = this.starts;
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

    lineColumn(offset) {
        return lineColumnIn(this.starts, offset);
    }
}




class PositionMap {
    file;
    text;
    root;
    lineIndex;
    constructor(file, text, root) {
        this.file = file;
        this.text = text;
        this.root = root;
    }

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

    offsets(path) {
        const { node } = this.node(path);

        return node === this.root ? [node.start, node.start] : [node.start, node.end];
    }




    keyOffsets(path) {
        const { node, exact } = this.node(path);
        if (exact && node.keyStart !== undefined && node.keyEnd !== undefined)
            return [node.keyStart, node.keyEnd];
        return [node.start, node.end];
    }

    locate(path) {
        return this.range(...this.offsets(path));
    }

    locateKey(path) {
        return this.range(...this.keyOffsets(path));
    }

    range(start, end) {
        return this.lines().range(start, end);
    }

    lineColumn(offset) {
        return this.lines().lineColumn(offset);
    }

    lines() {
        this.lineIndex ??= new LineIndex(this.file, this.text);
        return this.lineIndex;
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

function lineColumnOf(text, offset) {
    return lineColumnIn(computeLineStarts(text), offset);
}


}),

2000:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
Gu: () => ( readTextFile)
});

var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = __webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
var node_buffer__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4573);
var node_buffer__WEBPACK_IMPORTED_MODULE_1___default = __webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_1__);
var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3024);
var node_fs__WEBPACK_IMPORTED_MODULE_2___default = __webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
var _confine_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1094);





const MAX_FILE_BYTES = 1024 * 1024;
const BYTE_ORDER_MARK = 0xfeff;





function readTextFile(absolutePath, options = {}) {
    let target = options.confinedPath ?? absolutePath;
    if (options.root !== undefined && options.confinedPath === undefined) {
        const confined = (0,_confine_js__WEBPACK_IMPORTED_MODULE_3__/* .confine */ .Do)(options.root, absolutePath, 'the file');
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

        target = confined.real;
    }

    let bytes;
    try {



        const handle = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.openSync)(target, options.confinedPath === undefined ? 'r' : node_fs__WEBPACK_IMPORTED_MODULE_2__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_2__.constants.O_NOFOLLOW);
        try {



            let buffer = readBuffer(0);
            let length = 0;
            for (;;) {
                if (length === buffer.length) {
                    if (length > MAX_FILE_BYTES)
                        break;
                    buffer = readBuffer(Math.min(2 * length, MAX_FILE_BYTES + 1), length);
                }
                const bytesRead = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readSync)(handle, buffer, length, buffer.length - length, length);
                if (bytesRead === 0)
                    break;
                length += bytesRead;
            }
            if (length > MAX_FILE_BYTES) {
                const { size } = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.fstatSync)(handle);
                return size > MAX_FILE_BYTES
                    ? {
                        ok: false,
                        message: `the file is ${formatSize(size)}, over the 1 MiB (1,048,576 bytes) limit`,
                        hint: 'A permission scheme fits in a few kilobytes; split the file or check that it is a scheme file.',
                        line: 1,
                        column: 1,
                    }
                    : { ok: false, message: 'the file is over the 1 MiB limit', line: 1, column: 1 };
            }
            bytes = buffer.subarray(0, length);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.closeSync)(handle);
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





let scratch;

function readBuffer(bytes, keep = 0) {
    if (scratch === undefined || scratch.length < bytes) {
        const grown = node_buffer__WEBPACK_IMPORTED_MODULE_1__.Buffer.allocUnsafe(Math.max(bytes, 32 * 1024));
        if (scratch !== undefined && keep > 0)
            scratch.copy(grown, 0, 0, keep);
        scratch = grown;
    }
    return scratch;
}





function sha256(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash)('sha256', bytes, 'hex');
}

function decodeUtf8(bytes) {


    if ((0,node_buffer__WEBPACK_IMPORTED_MODULE_1__.isUtf8)(bytes)) {
        const decoded = node_buffer__WEBPACK_IMPORTED_MODULE_1__.Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');

        const text = decoded.charCodeAt(0) === BYTE_ORDER_MARK ? decoded.slice(1) : decoded;
        return { ok: true, text, sha256: sha256(bytes) };
    }
    const digest = sha256(bytes);
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


}),

7314:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {



__webpack_require__.d(__webpack_exports__, {
  H6: () => ( SCHEMAS),
  d8: () => ( collectSchemeErrors),
  QL: () => ( getValidators)
});




var validators = __webpack_require__(4252);
;
const holder_schema_namespaceObject = JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://jira-permissions-as-code.dev/schemas/holder.schema.json","title":"Permission holder","description":"Who a permission is granted to: a bare holder type (assignee, reporter, projectLead, anyone, sd.customer.portal.only, applicationRole) or a mapping of one holder type to its value (group: jira-developers). $defs has one definition per Jira holder type; the holder itself is checked by its form (text or mapping), so that a mistake gets one clear error.","if":{"type":"string"},"then":{"$ref":"#/$defs/bareHolder"},"else":{"$ref":"#/$defs/holderWithValue"},"$defs":{"anyone":{"const":"anyone","description":"Anyone, including people who are not logged in (anonymous access). Public exposure: the lint rule no-anonymous-access reports it. Written as a bare word (\\"- anyone\\"); takes no value."},"applicationRole":{"description":"Users of a product. Bare (\\"- applicationRole\\"): any logged-in user of any product; with a key (\\"- applicationRole: jira-software\\"): the users of that product.","anyOf":[{"const":"applicationRole","description":"Any logged-in user of any product on the site."},{"type":"object","description":"The users of one product.","required":["applicationRole"],"additionalProperties":false,"properties":{"applicationRole":{"$ref":"#/$defs/applicationKey"}}}]},"assignee":{"const":"assignee","description":"The user an issue is assigned to. Written as a bare word (\\"- assignee\\"); takes no value."},"group":{"type":"object","description":"A group: by name (\\"group: jira-developers\\"), or better by id (\\"group: {id: <groupId>}\\"), since names can change.","required":["group"],"additionalProperties":false,"properties":{"group":{"$ref":"#/$defs/groupValue"}}},"groupCustomField":{"type":"object","description":"Members of the group selected in a group-picker custom field of the issue.","required":["groupCustomField"],"additionalProperties":false,"properties":{"groupCustomField":{"$ref":"#/$defs/customField"}}},"projectLead":{"const":"projectLead","description":"The project\'s lead. Written as a bare word (\\"- projectLead\\"); takes no value."},"projectRole":{"type":"object","description":"A project role: by name (\\"projectRole: Developers\\") or by id (\\"projectRole: 10002\\" or \\"projectRole: {id: 10002}\\").","required":["projectRole"],"additionalProperties":false,"properties":{"projectRole":{"$ref":"#/$defs/projectRoleValue"}}},"reporter":{"const":"reporter","description":"The user who reported an issue. Written as a bare word (\\"- reporter\\"); takes no value."},"sd.customer.portal.only":{"const":"sd.customer.portal.only","description":"Jira Service Management customers: the customer portal only, not Jira. Written as a bare word (\\"- sd.customer.portal.only\\"); takes no value."},"user":{"type":"object","description":"One user: by account id (\\"user: 5b10a2844c20165700ede21g\\") or by email address (\\"user: {email: ada@example.com}\\").","required":["user"],"additionalProperties":false,"properties":{"user":{"$ref":"#/$defs/userValue"}}},"userCustomField":{"type":"object","description":"The user selected in a user-picker custom field of the issue.","required":["userCustomField"],"additionalProperties":false,"properties":{"userCustomField":{"$ref":"#/$defs/customField"}}},"bareHolder":{"type":"string","description":"A holder type that needs no value.","enum":["anyone","assignee","reporter","projectLead","sd.customer.portal.only","applicationRole"],"enumDescriptions":["Anyone, including people who are not logged in (anonymous access). Public exposure: the lint rule no-anonymous-access reports it.","The user an issue is assigned to.","The user who reported an issue.","The project\'s lead.","Jira Service Management customers: the customer portal only, not Jira.","Any logged-in user of any product on the site."]},"holderWithValue":{"type":"object","description":"One holder type and its value, e.g. \\"group: jira-developers\\".","minProperties":1,"maxProperties":1,"propertyNames":{"$ref":"#/$defs/holderType"},"properties":{"anyone":{"not":{},"description":"\\"anyone\\" takes no value: write it as a bare word (\\"- anyone\\")."},"applicationRole":{"$ref":"#/$defs/applicationRole/anyOf/1/properties/applicationRole"},"assignee":{"not":{},"description":"\\"assignee\\" takes no value: write it as a bare word (\\"- assignee\\")."},"group":{"$ref":"#/$defs/group/properties/group"},"groupCustomField":{"$ref":"#/$defs/groupCustomField/properties/groupCustomField"},"projectLead":{"not":{},"description":"\\"projectLead\\" takes no value: write it as a bare word (\\"- projectLead\\")."},"projectRole":{"$ref":"#/$defs/projectRole/properties/projectRole"},"reporter":{"not":{},"description":"\\"reporter\\" takes no value: write it as a bare word (\\"- reporter\\")."},"sd.customer.portal.only":{"not":{},"description":"\\"sd.customer.portal.only\\" takes no value: write it as a bare word (\\"- sd.customer.portal.only\\")."},"user":{"$ref":"#/$defs/user/properties/user"},"userCustomField":{"$ref":"#/$defs/userCustomField/properties/userCustomField"}}},"holderType":{"type":"string","description":"The eleven holder types Jira documents.","enum":["anyone","applicationRole","assignee","group","groupCustomField","projectLead","projectRole","reporter","sd.customer.portal.only","user","userCustomField"]},"applicationKey":{"type":"string","minLength":1,"pattern":"\\\\S","description":"The application key, e.g. jira-software, jira-servicedesk, jira-core, jira-product-discovery."},"groupValue":{"description":"A group name, or {id: <groupId>} (optionally with its name).","if":{"type":"string"},"then":{"type":"string","minLength":1,"pattern":"\\\\S","description":"The group name."},"else":{"type":"object","description":"The group by id, optionally with its name.","minProperties":1,"additionalProperties":false,"properties":{"id":{"type":"string","minLength":1,"pattern":"\\\\S","description":"The group id (a UUID on Jira Cloud)."},"name":{"type":"string","minLength":1,"pattern":"\\\\S","description":"The group name."}}}},"projectRoleValue":{"description":"A project role name, its numeric id, or {id: <role id>}.","if":{"type":"string"},"then":{"type":"string","minLength":1,"pattern":"\\\\S","description":"The project role name."},"else":{"if":{"type":"integer"},"then":{"type":"integer","minimum":1,"maximum":9007199254740991,"description":"The project role id."},"else":{"type":"object","description":"The project role by id or by name.","minProperties":1,"maxProperties":1,"additionalProperties":false,"properties":{"id":{"type":"integer","minimum":1,"maximum":9007199254740991,"description":"The project role id."},"name":{"type":"string","minLength":1,"pattern":"\\\\S","description":"The project role name."}}}}},"userValue":{"description":"An account id, or {email: <address>} (looked up in Jira).","if":{"type":"string"},"then":{"type":"string","minLength":1,"pattern":"^[^@\\\\s]+$","description":"The Atlassian account id."},"else":{"type":"object","description":"The user by account id or by email address.","minProperties":1,"maxProperties":1,"additionalProperties":false,"properties":{"accountId":{"type":"string","minLength":1,"pattern":"^[^@\\\\s]+$","description":"The Atlassian account id."},"email":{"type":"string","pattern":"^[^@\\\\s]+@[^@\\\\s]+$","description":"The email address of the user."}}}},"customField":{"type":"string","minLength":1,"pattern":"\\\\S","description":"The custom field id (customfield_10020) or the field name."}}}');
;
const permission_scheme_schema_namespaceObject = JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://jira-permissions-as-code.dev/schemas/permission-scheme.schema.json","title":"Jira permission scheme","description":"One Jira permission scheme, as code. Put \\"# yaml-language-server: $schema=<path>/permission-scheme.schema.json\\" at the top of a file for completion in editors.","type":"object","required":["name","grants"],"additionalProperties":false,"properties":{"name":{"type":"string","minLength":1,"pattern":"\\\\S","description":"The scheme\'s name: unique across the folder, and the scheme\'s identity in Jira."},"description":{"type":"string","description":"Optional description shown in Jira."},"id":{"type":"integer","minimum":0,"maximum":9007199254740991,"description":"Optional: binds this file to an existing live scheme by id (so renaming the file\'s scheme renames the live one). Jira\'s Default Permission Scheme has id 0."},"projects":{"type":"array","description":"Optional: the keys of the projects that use this scheme. Absent: which projects use it is left alone. Present (also []): after apply exactly these projects use it; a listed project is moved onto it from the scheme it uses now. A key may be listed in one file only.","items":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_]*$","description":"A project key as Jira shows it, e.g. SOFT (another case is accepted with a warning)."}},"grants":{"type":"object","description":"Permission key -> list of holders.","propertyNames":{"$ref":"permissions.schema.json"},"properties":{"ADMINISTER_PROJECTS":{"$ref":"#/$defs/holders","description":"Administer projects: manage project settings, roles, components and versions. Category: administration."},"EDIT_WORKFLOW":{"$ref":"#/$defs/holders","description":"Edit workflows: change the project\'s workflows (team-managed and shared). Category: administration."},"EDIT_ISSUE_LAYOUT":{"$ref":"#/$defs/holders","description":"Edit issue layouts: change how fields are arranged on issues. Category: administration."},"BROWSE_PROJECTS":{"$ref":"#/$defs/holders","description":"Browse projects: see the project and its issues. Without it nothing else matters. Category: project."},"MANAGE_SPRINTS_PERMISSION":{"$ref":"#/$defs/holders","description":"Manage sprints: create, start, complete and reorder sprints. Category: project. Needs Jira Software."},"SERVICEDESK_AGENT":{"$ref":"#/$defs/holders","description":"Service project agent: work on requests in a service project. Category: project. Needs Jira Service Management."},"VIEW_DEV_TOOLS":{"$ref":"#/$defs/holders","description":"View development tools: see branches, commits, pull requests and builds on issues. Category: project. Needs Jira Software."},"VIEW_READONLY_WORKFLOW":{"$ref":"#/$defs/holders","description":"View read-only workflow: see the workflow an issue follows. Category: project."},"ASSIGNABLE_USER":{"$ref":"#/$defs/holders","description":"Assignable user: can be assigned issues. Category: issue."},"ASSIGN_ISSUES":{"$ref":"#/$defs/holders","description":"Assign issues: assign issues to other people. Category: issue."},"CLOSE_ISSUES":{"$ref":"#/$defs/holders","description":"Close issues. Category: issue."},"CREATE_ISSUES":{"$ref":"#/$defs/holders","description":"Create issues. Category: issue."},"DELETE_ISSUES":{"$ref":"#/$defs/holders","description":"Delete issues, with their comments and attachments. Category: issue."},"EDIT_ISSUES":{"$ref":"#/$defs/holders","description":"Edit issues. Category: issue."},"LINK_ISSUES":{"$ref":"#/$defs/holders","description":"Link issues. Category: issue."},"MODIFY_REPORTER":{"$ref":"#/$defs/holders","description":"Modify reporter: change who reported an issue. Category: issue."},"MOVE_ISSUES":{"$ref":"#/$defs/holders","description":"Move issues between projects or issue types. Category: issue."},"RESOLVE_ISSUES":{"$ref":"#/$defs/holders","description":"Resolve issues and set fix versions. Category: issue."},"SCHEDULE_ISSUES":{"$ref":"#/$defs/holders","description":"Schedule issues: set or change due dates. Category: issue."},"SET_ISSUE_SECURITY":{"$ref":"#/$defs/holders","description":"Set issue security: choose the security level of issues. Category: issue."},"TRANSITION_ISSUES":{"$ref":"#/$defs/holders","description":"Transition issues through the workflow. Category: issue."},"MANAGE_WATCHERS":{"$ref":"#/$defs/holders","description":"Manage watchers: add and remove watchers of issues. Category: voters and watchers."},"VIEW_VOTERS_AND_WATCHERS":{"$ref":"#/$defs/holders","description":"View voters and watchers of issues. Category: voters and watchers."},"ADD_COMMENTS":{"$ref":"#/$defs/holders","description":"Add comments to issues. Category: comments."},"DELETE_ALL_COMMENTS":{"$ref":"#/$defs/holders","description":"Delete all comments, anyone\'s. Category: comments."},"DELETE_OWN_COMMENTS":{"$ref":"#/$defs/holders","description":"Delete own comments. Category: comments."},"EDIT_ALL_COMMENTS":{"$ref":"#/$defs/holders","description":"Edit all comments, anyone\'s. Category: comments."},"EDIT_OWN_COMMENTS":{"$ref":"#/$defs/holders","description":"Edit own comments. Category: comments."},"CREATE_ATTACHMENTS":{"$ref":"#/$defs/holders","description":"Create attachments on issues. Category: attachments."},"DELETE_ALL_ATTACHMENTS":{"$ref":"#/$defs/holders","description":"Delete all attachments, anyone\'s. Category: attachments."},"DELETE_OWN_ATTACHMENTS":{"$ref":"#/$defs/holders","description":"Delete own attachments. Category: attachments."},"DELETE_ALL_WORKLOGS":{"$ref":"#/$defs/holders","description":"Delete all worklogs, anyone\'s. Category: time tracking."},"DELETE_OWN_WORKLOGS":{"$ref":"#/$defs/holders","description":"Delete own worklogs. Category: time tracking."},"EDIT_ALL_WORKLOGS":{"$ref":"#/$defs/holders","description":"Edit all worklogs, anyone\'s. Category: time tracking."},"EDIT_OWN_WORKLOGS":{"$ref":"#/$defs/holders","description":"Edit own worklogs. Category: time tracking."},"WORK_ON_ISSUES":{"$ref":"#/$defs/holders","description":"Work on issues: log work (time tracking). Category: time tracking."}},"additionalProperties":{"$ref":"#/$defs/holders"}}},"$defs":{"holders":{"type":"array","description":"The holders this permission is granted to.","minItems":1,"items":{"$ref":"holder.schema.json"}}}}');
;
const permissions_schema_namespaceObject = JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://jira-permissions-as-code.dev/schemas/permissions.schema.json","title":"Jira project permission key","description":"A project permission key: one of Jira\'s built-in keys, or a key an app defines (apps\' keys are accepted when the settings file lists them under customPermissions). Each built-in key\'s definition carries its category (x-category) and, where it needs one, the product (x-product).","anyOf":[{"$ref":"#/$defs/builtInPermission"},{"$ref":"#/$defs/appPermission"}],"$defs":{"builtInPermission":{"description":"A built-in Jira project permission (Jira\'s permission-scheme reference).","type":"string","enum":["ADMINISTER_PROJECTS","EDIT_WORKFLOW","EDIT_ISSUE_LAYOUT","BROWSE_PROJECTS","MANAGE_SPRINTS_PERMISSION","SERVICEDESK_AGENT","VIEW_DEV_TOOLS","VIEW_READONLY_WORKFLOW","ASSIGNABLE_USER","ASSIGN_ISSUES","CLOSE_ISSUES","CREATE_ISSUES","DELETE_ISSUES","EDIT_ISSUES","LINK_ISSUES","MODIFY_REPORTER","MOVE_ISSUES","RESOLVE_ISSUES","SCHEDULE_ISSUES","SET_ISSUE_SECURITY","TRANSITION_ISSUES","MANAGE_WATCHERS","VIEW_VOTERS_AND_WATCHERS","ADD_COMMENTS","DELETE_ALL_COMMENTS","DELETE_OWN_COMMENTS","EDIT_ALL_COMMENTS","EDIT_OWN_COMMENTS","CREATE_ATTACHMENTS","DELETE_ALL_ATTACHMENTS","DELETE_OWN_ATTACHMENTS","DELETE_ALL_WORKLOGS","DELETE_OWN_WORKLOGS","EDIT_ALL_WORKLOGS","EDIT_OWN_WORKLOGS","WORK_ON_ISSUES"],"enumDescriptions":["Administer projects: manage project settings, roles, components and versions. Category: administration.","Edit workflows: change the project\'s workflows (team-managed and shared). Category: administration.","Edit issue layouts: change how fields are arranged on issues. Category: administration.","Browse projects: see the project and its issues. Without it nothing else matters. Category: project.","Manage sprints: create, start, complete and reorder sprints. Category: project. Needs Jira Software.","Service project agent: work on requests in a service project. Category: project. Needs Jira Service Management.","View development tools: see branches, commits, pull requests and builds on issues. Category: project. Needs Jira Software.","View read-only workflow: see the workflow an issue follows. Category: project.","Assignable user: can be assigned issues. Category: issue.","Assign issues: assign issues to other people. Category: issue.","Close issues. Category: issue.","Create issues. Category: issue.","Delete issues, with their comments and attachments. Category: issue.","Edit issues. Category: issue.","Link issues. Category: issue.","Modify reporter: change who reported an issue. Category: issue.","Move issues between projects or issue types. Category: issue.","Resolve issues and set fix versions. Category: issue.","Schedule issues: set or change due dates. Category: issue.","Set issue security: choose the security level of issues. Category: issue.","Transition issues through the workflow. Category: issue.","Manage watchers: add and remove watchers of issues. Category: voters and watchers.","View voters and watchers of issues. Category: voters and watchers.","Add comments to issues. Category: comments.","Delete all comments, anyone\'s. Category: comments.","Delete own comments. Category: comments.","Edit all comments, anyone\'s. Category: comments.","Edit own comments. Category: comments.","Create attachments on issues. Category: attachments.","Delete all attachments, anyone\'s. Category: attachments.","Delete own attachments. Category: attachments.","Delete all worklogs, anyone\'s. Category: time tracking.","Delete own worklogs. Category: time tracking.","Edit all worklogs, anyone\'s. Category: time tracking.","Edit own worklogs. Category: time tracking.","Work on issues: log work (time tracking). Category: time tracking."]},"appPermission":{"description":"A permission key defined by an app, e.g. com.example.app__approve. List it under customPermissions in .jira-permissions.yml so that validate accepts it offline.","type":"string","pattern":"^(?![A-Z][A-Z0-9_]*$)[^\\\\s]+$"},"ADMINISTER_PROJECTS":{"const":"ADMINISTER_PROJECTS","description":"Administer projects: manage project settings, roles, components and versions. Category: administration.","x-category":"administration"},"EDIT_WORKFLOW":{"const":"EDIT_WORKFLOW","description":"Edit workflows: change the project\'s workflows (team-managed and shared). Category: administration.","x-category":"administration"},"EDIT_ISSUE_LAYOUT":{"const":"EDIT_ISSUE_LAYOUT","description":"Edit issue layouts: change how fields are arranged on issues. Category: administration.","x-category":"administration"},"BROWSE_PROJECTS":{"const":"BROWSE_PROJECTS","description":"Browse projects: see the project and its issues. Without it nothing else matters. Category: project.","x-category":"project"},"MANAGE_SPRINTS_PERMISSION":{"const":"MANAGE_SPRINTS_PERMISSION","description":"Manage sprints: create, start, complete and reorder sprints. Category: project. Needs Jira Software.","x-category":"project","x-product":"Jira Software"},"SERVICEDESK_AGENT":{"const":"SERVICEDESK_AGENT","description":"Service project agent: work on requests in a service project. Category: project. Needs Jira Service Management.","x-category":"project","x-product":"Jira Service Management"},"VIEW_DEV_TOOLS":{"const":"VIEW_DEV_TOOLS","description":"View development tools: see branches, commits, pull requests and builds on issues. Category: project. Needs Jira Software.","x-category":"project","x-product":"Jira Software"},"VIEW_READONLY_WORKFLOW":{"const":"VIEW_READONLY_WORKFLOW","description":"View read-only workflow: see the workflow an issue follows. Category: project.","x-category":"project"},"ASSIGNABLE_USER":{"const":"ASSIGNABLE_USER","description":"Assignable user: can be assigned issues. Category: issue.","x-category":"issue"},"ASSIGN_ISSUES":{"const":"ASSIGN_ISSUES","description":"Assign issues: assign issues to other people. Category: issue.","x-category":"issue"},"CLOSE_ISSUES":{"const":"CLOSE_ISSUES","description":"Close issues. Category: issue.","x-category":"issue"},"CREATE_ISSUES":{"const":"CREATE_ISSUES","description":"Create issues. Category: issue.","x-category":"issue"},"DELETE_ISSUES":{"const":"DELETE_ISSUES","description":"Delete issues, with their comments and attachments. Category: issue.","x-category":"issue"},"EDIT_ISSUES":{"const":"EDIT_ISSUES","description":"Edit issues. Category: issue.","x-category":"issue"},"LINK_ISSUES":{"const":"LINK_ISSUES","description":"Link issues. Category: issue.","x-category":"issue"},"MODIFY_REPORTER":{"const":"MODIFY_REPORTER","description":"Modify reporter: change who reported an issue. Category: issue.","x-category":"issue"},"MOVE_ISSUES":{"const":"MOVE_ISSUES","description":"Move issues between projects or issue types. Category: issue.","x-category":"issue"},"RESOLVE_ISSUES":{"const":"RESOLVE_ISSUES","description":"Resolve issues and set fix versions. Category: issue.","x-category":"issue"},"SCHEDULE_ISSUES":{"const":"SCHEDULE_ISSUES","description":"Schedule issues: set or change due dates. Category: issue.","x-category":"issue"},"SET_ISSUE_SECURITY":{"const":"SET_ISSUE_SECURITY","description":"Set issue security: choose the security level of issues. Category: issue.","x-category":"issue"},"TRANSITION_ISSUES":{"const":"TRANSITION_ISSUES","description":"Transition issues through the workflow. Category: issue.","x-category":"issue"},"MANAGE_WATCHERS":{"const":"MANAGE_WATCHERS","description":"Manage watchers: add and remove watchers of issues. Category: voters and watchers.","x-category":"voters and watchers"},"VIEW_VOTERS_AND_WATCHERS":{"const":"VIEW_VOTERS_AND_WATCHERS","description":"View voters and watchers of issues. Category: voters and watchers.","x-category":"voters and watchers"},"ADD_COMMENTS":{"const":"ADD_COMMENTS","description":"Add comments to issues. Category: comments.","x-category":"comments"},"DELETE_ALL_COMMENTS":{"const":"DELETE_ALL_COMMENTS","description":"Delete all comments, anyone\'s. Category: comments.","x-category":"comments"},"DELETE_OWN_COMMENTS":{"const":"DELETE_OWN_COMMENTS","description":"Delete own comments. Category: comments.","x-category":"comments"},"EDIT_ALL_COMMENTS":{"const":"EDIT_ALL_COMMENTS","description":"Edit all comments, anyone\'s. Category: comments.","x-category":"comments"},"EDIT_OWN_COMMENTS":{"const":"EDIT_OWN_COMMENTS","description":"Edit own comments. Category: comments.","x-category":"comments"},"CREATE_ATTACHMENTS":{"const":"CREATE_ATTACHMENTS","description":"Create attachments on issues. Category: attachments.","x-category":"attachments"},"DELETE_ALL_ATTACHMENTS":{"const":"DELETE_ALL_ATTACHMENTS","description":"Delete all attachments, anyone\'s. Category: attachments.","x-category":"attachments"},"DELETE_OWN_ATTACHMENTS":{"const":"DELETE_OWN_ATTACHMENTS","description":"Delete own attachments. Category: attachments.","x-category":"attachments"},"DELETE_ALL_WORKLOGS":{"const":"DELETE_ALL_WORKLOGS","description":"Delete all worklogs, anyone\'s. Category: time tracking.","x-category":"time tracking"},"DELETE_OWN_WORKLOGS":{"const":"DELETE_OWN_WORKLOGS","description":"Delete own worklogs. Category: time tracking.","x-category":"time tracking"},"EDIT_ALL_WORKLOGS":{"const":"EDIT_ALL_WORKLOGS","description":"Edit all worklogs, anyone\'s. Category: time tracking.","x-category":"time tracking"},"EDIT_OWN_WORKLOGS":{"const":"EDIT_OWN_WORKLOGS","description":"Edit own worklogs. Category: time tracking.","x-category":"time tracking"},"WORK_ON_ISSUES":{"const":"WORK_ON_ISSUES","description":"Work on issues: log work (time tracking). Category: time tracking.","x-category":"time tracking"}}}');
;
const settings_schema_namespaceObject = JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://jira-permissions-as-code.dev/schemas/settings.schema.json","title":"jira-permissions-as-code settings (.jira-permissions.yml)","description":"Optional settings file at the repository root. Every key is optional.","type":"object","additionalProperties":false,"properties":{"schemes":{"type":"string","minLength":1,"pattern":"\\\\S","default":"jira-permissions","description":"The scheme folder, relative to the settings file. Default: jira-permissions."},"customPermissions":{"type":"array","description":"Permission keys that apps define, accepted by validate without asking Jira.","uniqueItems":true,"items":{"type":"string","minLength":1,"pattern":"^[^\\\\s]+$"}},"prune":{"type":"boolean","default":false,"description":"true: live schemes that no file describes are planned for deletion (apply also needs --allow-delete)."},"rules":{"type":"object","description":"Rule id -> error | warning | off: the lint rules, the resolver\'s and planner\'s findings and the guardrails (each documented in docs/rules/<id>.md). The loader\'s checks (yaml, schema, settings, files, unique-name, unique-id, unique-project), the project checks that leave nothing to plan (unresolved-project, team-managed-project, project-left-without-scheme) and the planner\'s scheme matching cannot be changed.","propertyNames":{"enum":["no-anonymous-access","no-broad-admin","duplicate-grant","prefer-group-id","browse-required","admin-required","product-permission","unresolved-group","renamed-group","unresolved-role","unresolved-user","hidden-email","inactive-user","unresolved-field","ambiguous-field","unresolved-application-role","unknown-permission","project-key-case","permission-not-on-site","unpinned-scheme","prune-scheme-in-use","lockout","public-exposure","mass-removal","access-limit"]},"additionalProperties":{"enum":["error","warning","off"]}},"managedHolders":{"type":"array","description":"Holders that Jira manages itself: never planned for removal and never a cause of a diff. Default: the atlassian-addons-project-access project role.","items":{"type":"object","required":["type"],"additionalProperties":false,"minProperties":2,"properties":{"type":{"enum":["anyone","applicationRole","assignee","group","groupCustomField","projectLead","projectRole","reporter","sd.customer.portal.only","user","userCustomField"],"description":"The holder type."},"name":{"type":"string","minLength":1,"pattern":"\\\\S","description":"The holder name (a role or group name)."},"id":{"anyOf":[{"type":"string","minLength":1,"pattern":"\\\\S","description":"The group id, or a role id written as text."},{"type":"integer","minimum":1,"description":"A project role id."}],"description":"The holder id (a role id or group id)."}}}},"accessLimits":{"type":"object","description":"The access-limit guardrail: most people who may gain a permission in one project in one plan, per permission key (e.g. ADMINISTER_PROJECTS: 5).","propertyNames":{"pattern":"^[^\\\\s]+$"},"additionalProperties":{"type":"integer","minimum":0}},"guardrails":{"type":"object","description":"Limits that make a plan fail before apply can do damage.","additionalProperties":false,"properties":{"maxRemovals":{"type":"integer","minimum":0,"default":10,"description":"Most grant removals allowed in one scheme."},"maxRemovalRatio":{"type":"number","minimum":0,"maximum":1,"default":0.2,"description":"Largest fraction of a scheme\'s live grants that one plan may remove."},"allow":{"type":"array","description":"Guardrails allowed to pass, per scheme name (or * for every scheme).","items":{"type":"object","required":["guardrail","scheme"],"additionalProperties":false,"properties":{"guardrail":{"enum":["lockout","public-exposure","mass-removal","access-limit"]},"scheme":{"type":"string","minLength":1,"pattern":"\\\\S","description":"The scheme name, or * for every scheme."}}}}}}}}');
;





const SCHEMA_IDS = {
    holder: holder_schema_namespaceObject.$id,
    permissions: permissions_schema_namespaceObject.$id,
    permissionScheme: permission_scheme_schema_namespaceObject.$id,
    settings: settings_schema_namespaceObject.$id,
};

const SCHEMAS = {
    holder: holder_schema_namespaceObject,
    permissions: permissions_schema_namespaceObject,
    permissionScheme: permission_scheme_schema_namespaceObject,
    settings: settings_schema_namespaceObject,
};




const ANNOTATION_KEYWORDS = ( null && (['enumDescriptions', 'x-category', 'x-product']));

;







function getValidators() {
    return validators.validators();
}
const escapePointer = (segment) => segment.replace(/~/g, '~0').replace(/\//g, '~1');







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



}),

4661:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
Gt: () => ( displayPath),
M5: () => ( loadSettings),
o1: () => ( resolvePath),
rU: () => ( loadSettingsSync)
});

var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
var node_fs__WEBPACK_IMPORTED_MODULE_0___default = __webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
var node_path__WEBPACK_IMPORTED_MODULE_1___default = __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
var _model_settings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4692);
var _model_rules_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2622);
var _messages_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1220);
var _positions_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(78);
var _read_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2000);
var _schemas_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7314);
var _yaml_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6945);
var _findings_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4770);
var _confine_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1094);
















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

        }
        if (!searchUp || dir === top || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir) === dir)
            break;
    }
    return { path: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(start, _model_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_SETTINGS_FILE */ .b), found: false };
}
const ROOT_KEYS = Object.keys(_schemas_js__WEBPACK_IMPORTED_MODULE_7__/* .SCHEMAS */ .H6.settings.properties);

const FIXED_RULES = new Map(_model_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .RULE_REGISTRY */ .Hu.flatMap((meta) => (meta.fixed === undefined ? [] : [[meta.id, meta.fixed]])));




function displayPath(cwd, absolute) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(cwd, absolute) || '.';
    const outside = path === '..' || path.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(path);
    const shown = outside ? absolute : path;
    return node_path__WEBPACK_IMPORTED_MODULE_1__.sep === '/' ? shown : shown.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
}




function loadSettings(options) {
    return Promise.resolve(loadSettingsSync(options));
}
function loadSettingsSync(options) {
    const explicit = options.settingsPath !== undefined;
    const root = options.root ?? (0,_confine_js__WEBPACK_IMPORTED_MODULE_10__/* .findRepositoryRoot */ .mL)(options.cwd);
    const absolute = options.settingsPath === undefined
        ? findSettingsFile(options.cwd, root).path
        : resolvePath(options.cwd, options.settingsPath);
    const file = displayPath(options.cwd, absolute);
    const defaults = () => structuredClone(_model_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_SETTINGS */ .a);
    const read = (0,_read_js__WEBPACK_IMPORTED_MODULE_6__/* .readTextFile */ .Gu)(absolute, { root });
    if (!read.ok) {
        if (!explicit && read.missing === true) {
            return { settings: defaults(), findings: [], baseDir: options.cwd };
        }
        const finding = (0,_findings_js__WEBPACK_IMPORTED_MODULE_9__/* .problemFinding */ .Lb)(file, read.line, read.column, 'settings', 'unreadable', read.message, read.hint);
        return { settings: defaults(), findings: [finding], baseDir: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(absolute) };
    }
    const source = { path: file, sha256: read.sha256 };
    const baseDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(absolute);
    const parsed = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_8__/* .parseYamlDocument */ .Iu)(read.text);
    if (!parsed.ok) {
        const findings = (0,_findings_js__WEBPACK_IMPORTED_MODULE_9__/* .yamlFindings */ .or)(file, read.text, parsed.problems, 'settings');

        if (parsed.problems.length === 1 && parsed.problems[0]?.empty === true) {
            return { settings: { ...defaults(), file }, findings: [], source, baseDir };
        }
        return { settings: defaults(), findings, source, baseDir };
    }
    const positions = new _positions_js__WEBPACK_IMPORTED_MODULE_5__/* .PositionMap */ .mG(file, read.text, parsed.root);
    const validate = (0,_schemas_js__WEBPACK_IMPORTED_MODULE_7__/* .getValidators */ .QL)().settings;
    if (!validate(parsed.value)) {
        const findings = (0,_messages_js__WEBPACK_IMPORTED_MODULE_4__/* .settingsProblems */ .KK)(validate.errors ?? [], ROOT_KEYS, _model_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .ADJUSTABLE_RULE_IDS */ .kd, FIXED_RULES).map((problem) => {
            const location = problem.at === 'key' ? positions.locateKey(problem.path) : positions.locate(problem.path);
            return (0,_model_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .newFinding */ .iD)('settings', 'problem', location, problem.message, problem.hint);
        });


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

function validKeys(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return {};
    const validate = (0,_schemas_js__WEBPACK_IMPORTED_MODULE_7__/* .getValidators */ .QL)().settings;
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


}),

6945:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {



__webpack_require__.d(__webpack_exports__, {
  Iu: () => ( parseYamlDocument)
});




var js_yaml = __webpack_require__(4478);

var positions = __webpack_require__(78);

var holder = __webpack_require__(2087);

var permissions = __webpack_require__(5917);
;








const SHALLOW_LEVELS = 3;














function readSchemeYaml(text) {
    if (UNSUPPORTED_CHARACTER.test(text) || hasDocumentMarker(text))
        return undefined;
    const reader = new Reader(text);
    try {
        return reader.document();
    }
    catch (error) {
        if (error === GIVE_UP)
            return undefined;
        throw error;
    }
}




const UNSUPPORTED_CHARACTER = /[^\n\x20-\x7E\u00A0-\u2027\u202A-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD]/;

function hasDocumentMarker(text) {
    return text.startsWith('---') || text.startsWith('...') || text.includes('\n---') || text.includes('\n...');
}

class GiveUp extends Error {
}
const GIVE_UP = new GiveUp('outside the fast subset');

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);






const KNOWN_WORDS = (() => {
    const words = new Map();
    for (const word of [
        'name',
        'description',
        'id',
        'grants',
        'projects',
        'key',
        'accountId',
        'email',
        ...holder .L1,
        ...permissions .wh.map((permission) => permission.key),
    ]) {
        const slot = wordSlot(word.length, word.charCodeAt(0));
        const list = words.get(slot) ?? [];
        if (!list.includes(word))
            list.push(word);
        words.set(slot, list);
    }
    return words;
})();
function wordSlot(length, first) {
    return length * 65536 + first;
}

function asciiTable(chars) {
    const table = new Uint8Array(128);
    for (let index = 0; index < chars.length; index++)
        table[chars.charCodeAt(index)] = 1;
    return table;
}

const RESOLVED_FIRST = asciiTable('~nNtTfF-+.0123456789');

const NUMBER_CHARACTER = asciiTable('0123456789.eE+-');

const KEY_STOP = asciiTable('\n:#[]{},\'"');

const FLOW_STOP = asciiTable('\n :#[]{},\'"');

const INDICATORS = new Set('-?:,[]{}#&*!|>\'"%@`'.split('').map((char) => char.charCodeAt(0)));
const NEWLINE = 10;
const SPACE = 32;
const HASH = 35;
const COLON = 58;
const DASH = 45;
const SINGLE = 39;
const DOUBLE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const ZERO = 48;
const ONE = 49;
const NINE = 57;

const MAX_FAST_DEPTH = 8;

const MAX_KEY = 1000;






const CORE_WORDS = new Map([
    ['~', null],
    ['null', null],
    ['Null', null],
    ['NULL', null],
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['False', false],
    ['FALSE', false],
]);

const WORD_FIRST = asciiTable('~nNtTfF');

function plainValue(source) {
    const first = source.charCodeAt(0);
    if (first >= 128 || RESOLVED_FIRST[first] === 0)
        return source;
    if (WORD_FIRST[first] === 1) {
        const word = CORE_WORDS.get(source);
        return word === undefined ? source : word;
    }
    const id = shortDecimal(source, first);
    if (id !== undefined)
        return id;


    if (first >= 48 && first <= 57 && !source.startsWith('0x') && !source.startsWith('0o')) {
        for (let index = 1; index < source.length; index++) {
            const char = source.charCodeAt(index);
            if (char >= 128 || NUMBER_CHARACTER[char] === 0)
                return source;
        }
    }
    return js_yaml.jsYaml().CORE_SCHEMA.resolveImplicitScalarTag(source).value;
}




const MAX_SHORT_DECIMAL = 15;







function shortDecimal(source, first) {
    const length = source.length;
    if (first === ZERO)
        return length === 1 ? 0 : undefined;

    if (!(first >= ONE && first <= NINE) || length > MAX_SHORT_DECIMAL)
        return undefined;
    for (let index = 1; index < length; index++) {
        const char = source.charCodeAt(index);
        if (char < ZERO || char > NINE)
            return undefined;
    }
    return Number(source);
}
class Reader {
    text;
    length;

    pos = 0;

    indent = -1;

    lastEnd = 0;

    node;
    constructor(text) {
        this.text = text;
        this.length = text.length;
    }
    document() {
        this.toContent(0);
        if (this.indent !== 0)
            throw GIVE_UP;
        const value = this.blockMapping(0, 0);
        const root = this.node;
        if (!this.atEnd() || root === undefined)
            throw GIVE_UP;
        return { value, root };
    }
    atEnd() {
        return this.indent === -1;
    }

    knownWord(start, end) {
        const candidates = KNOWN_WORDS.get(wordSlot(end - start, this.text.charCodeAt(start)));
        if (candidates === undefined)
            return undefined;
        for (const word of candidates)
            if (this.text.startsWith(word, start))
                return word;
        return undefined;
    }

    plain(start, end) {
        return this.knownWord(start, end) ?? plainValue(this.text.slice(start, end));
    }
    code(index) {
        return this.text.charCodeAt(index);
    }

    toContent(from) {
        const text = this.text;
        let line = from;
        for (;;) {
            let index = line;
            while (text.charCodeAt(index) === SPACE)
                index++;
            if (index >= this.length) {
                this.pos = this.length;
                this.indent = -1;
                return;
            }
            const char = text.charCodeAt(index);
            if (char === NEWLINE) {
                line = index + 1;
                continue;
            }
            if (char === HASH) {
                const end = text.indexOf('\n', index);
                if (end === -1) {
                    this.pos = this.length;
                    this.indent = -1;
                    return;
                }
                line = end + 1;
                continue;
            }
            this.pos = index;
            this.indent = index - line;
            return;
        }
    }





    endLine(at, limit) {
        const text = this.text;
        let index = at;
        while (text.charCodeAt(index) === SPACE)
            index++;
        if (index < this.length && text.charCodeAt(index) === HASH) {
            if (index === at)
                throw GIVE_UP;
            const end = text.indexOf('\n', index);
            index = end === -1 ? this.length : end;
        }
        if (index < this.length && text.charCodeAt(index) !== NEWLINE)
            throw GIVE_UP;
        let line = index + 1;
        for (;;) {
            let first = line;
            while (text.charCodeAt(first) === SPACE)
                first++;
            if (first >= this.length)
                break;
            if (text.charCodeAt(first) === NEWLINE) {
                line = first + 1;
                continue;
            }
            if (first - line > limit)
                throw GIVE_UP;
            if (text.charCodeAt(first) !== HASH) {

                this.pos = first;
                this.indent = first - line;
                return;
            }
            break;
        }
        this.toContent(Math.min(line, this.length));
    }

    blockMapping(indent, depth) {
        if (depth > MAX_FAST_DEPTH)
            throw GIVE_UP;
        const value = {};
        let node;
        let entries;
        if (depth <= SHALLOW_LEVELS) {
            node = (0,positions .U_)(this.pos, this.pos + 1);
            if (depth < SHALLOW_LEVELS)
                node.entries = entries = new Map();
        }
        for (;;) {
            const keyStart = this.pos;
            const colon = this.blockKey(keyStart);
            const first = this.code(keyStart);
            let name;
            let keyEnd;
            if (first === SINGLE || first === DOUBLE) {
                name = this.quotedText(keyStart, colon - 1);
                keyEnd = colon;
                if (colon - 1 > this.lastEnd)
                    this.lastEnd = colon - 1;
            }
            else {
                const known = this.knownWord(keyStart, colon);
                const raw = known ?? this.text.slice(keyStart, colon);
                name = known ?? (raw === '<<' ? '' : String(plainValue(raw)));
                keyEnd = colon;
                if (colon > this.lastEnd)
                    this.lastEnd = colon;
            }
            if (name === '' || FORBIDDEN_KEYS.has(name) || Object.hasOwn(value, name))
                throw GIVE_UP;
            let at = colon + 1;
            while (this.code(at) === SPACE)
                at++;
            let child;
            const next = this.code(at);
            if (at >= this.length || next === NEWLINE || next === HASH) {

                const end = next === HASH ? this.text.indexOf('\n', at) : at;
                this.toContent(end === -1 || end >= this.length ? this.length : end + 1);
                if (this.indent < indent)
                    throw GIVE_UP;
                if (this.isDash(this.pos))
                    child = this.blockSequence(this.indent, depth + 1);
                else if (this.indent > indent)
                    child = this.blockMapping(this.indent, depth + 1);
                else
                    throw GIVE_UP;
            }
            else {
                child = this.inline(at, depth + 1, indent);
            }
            value[name] = child;
            const childNode = this.node;
            if (childNode !== undefined) {
                childNode.keyStart = keyStart;
                childNode.keyEnd = keyEnd;
                entries?.set(name, childNode);
            }
            if (this.indent < indent)
                break;
            if (this.indent > indent)
                throw GIVE_UP;
        }
        if (node !== undefined && this.lastEnd > node.end)
            node.end = this.lastEnd;
        this.node = node;
        return value;
    }

    isDash(at) {
        if (this.code(at) !== DASH)
            return false;
        const after = this.code(at + 1);
        return at + 1 >= this.length || after === SPACE || after === NEWLINE;
    }




    blockKey(start) {
        const text = this.text;
        const first = text.charCodeAt(start);
        if (first === SINGLE || first === DOUBLE) {
            const close = this.quotedEnd(start);
            const after = text.charCodeAt(close + 2);
            if (text.charCodeAt(close + 1) !== COLON ||
                !(close + 2 >= this.length || after === SPACE || after === NEWLINE))
                throw GIVE_UP;
            return close + 1;
        }
        if (INDICATORS.has(first))
            throw GIVE_UP;
        for (let index = start + 1; index - start <= MAX_KEY; index++) {
            if (index >= this.length)
                throw GIVE_UP;
            const char = text.charCodeAt(index);
            if (char >= 128 || KEY_STOP[char] === 0)
                continue;
            if (char === COLON) {
                const after = text.charCodeAt(index + 1);
                if (index + 1 >= this.length || after === SPACE || after === NEWLINE) {
                    if (text.charCodeAt(index - 1) === SPACE)
                        throw GIVE_UP;
                    return index;
                }
            }
            else if (char === NEWLINE ||
                (char === HASH && text.charCodeAt(index - 1) === SPACE) ||
                char === OPEN_BRACKET ||
                char === CLOSE_BRACKET ||
                char === OPEN_BRACE ||
                char === CLOSE_BRACE ||
                char === COMMA ||
                char === SINGLE ||
                char === DOUBLE) {
                throw GIVE_UP;
            }
        }
        throw GIVE_UP;
    }

    blockSequence(indent, depth) {
        if (depth > MAX_FAST_DEPTH)
            throw GIVE_UP;
        const value = [];
        let node;
        let items;
        if (depth <= SHALLOW_LEVELS) {
            node = (0,positions .U_)(this.pos, this.pos + 1);
            if (depth < SHALLOW_LEVELS)
                node.items = items = [];
        }
        for (;;) {
            const dash = this.pos;
            const lineStart = dash - indent;
            let at = dash + 1;
            while (this.code(at) === SPACE)
                at++;
            const next = this.code(at);
            let item;
            if (at >= this.length || next === NEWLINE || (next === HASH && at > dash + 1)) {

                const end = next === HASH ? this.text.indexOf('\n', at) : at;
                this.toContent(end === -1 || end >= this.length ? this.length : end + 1);
                if (this.indent <= indent || this.isDash(this.pos))
                    throw GIVE_UP;
                item = this.blockMapping(this.indent, depth + 1);
            }
            else if (next === DASH || next === HASH || at === dash + 1) {
                throw GIVE_UP;
            }
            else if (next !== SINGLE &&
                next !== DOUBLE &&
                next !== OPEN_BRACKET &&
                next !== OPEN_BRACE &&
                this.hasKey(at)) {

                this.pos = at;
                this.indent = at - lineStart;
                item = this.blockMapping(this.indent, depth + 1);
            }
            else {
                item = this.inline(at, depth + 1, indent);
            }
            value.push(item);
            if (this.node !== undefined)
                items?.push(this.node);
            if (this.indent < indent)
                break;
            if (this.indent > indent)
                throw GIVE_UP;
            if (!this.isDash(this.pos))
                break;
        }
        if (node !== undefined && this.lastEnd > node.end)
            node.end = this.lastEnd;
        this.node = node;
        return value;
    }

    hasKey(at) {
        const text = this.text;
        for (let index = at; index < this.length; index++) {
            const char = text.charCodeAt(index);

            if (char > COLON)
                continue;
            if (char === NEWLINE)
                return false;
            if (char === HASH && text.charCodeAt(index - 1) === SPACE)
                return false;
            if (char === COLON) {
                const after = text.charCodeAt(index + 1);
                if (index + 1 >= this.length || after === SPACE || after === NEWLINE)
                    return true;
            }
        }
        return false;
    }

    inline(at, depth, limit) {
        const first = this.code(at);
        let value;
        let end;
        if (first === OPEN_BRACKET) {
            value = this.flowSequence(at, depth);
            end = this.pos;
        }
        else if (first === OPEN_BRACE) {
            value = this.flowMapping(at, depth);
            end = this.pos;
        }
        else if (first === SINGLE || first === DOUBLE) {
            const close = this.quotedEnd(at);
            value = this.quotedText(at, close);
            this.scalarNode(at, close + 1, depth);
            end = close + 1;
        }
        else {
            if (INDICATORS.has(first))
                throw GIVE_UP;
            const text = this.text;
            let last = at + 1;
            let index = at + 1;
            for (; index < this.length; index++) {
                const char = text.charCodeAt(index);
                if (char > COLON) {
                    last = index + 1;
                    continue;
                }
                if (char === NEWLINE)
                    break;
                if (char === SPACE)
                    continue;
                if (char === HASH && text.charCodeAt(index - 1) === SPACE)
                    break;
                if (char === COLON) {
                    const after = text.charCodeAt(index + 1);
                    if (index + 1 >= this.length || after === SPACE || after === NEWLINE)
                        throw GIVE_UP;
                }
                last = index + 1;
            }
            value = this.plain(at, last);
            this.scalarNode(at, last, depth);
            end = last;
        }
        const node = this.node;
        this.endLine(end, limit);
        this.node = node;
        return value;
    }
    scalarNode(start, end, depth) {
        if (end > this.lastEnd)
            this.lastEnd = end;
        this.node = depth <= SHALLOW_LEVELS ? (0,positions .U_)(start, end) : undefined;
    }

    quotedEnd(start) {
        const text = this.text;
        const quote = text.charCodeAt(start);
        for (let index = start + 1; index < this.length; index++) {
            const char = text.charCodeAt(index);
            if (char === NEWLINE)
                break;
            if (char === quote) {
                if (quote === SINGLE && text.charCodeAt(index + 1) === SINGLE)
                    index++;
                else
                    return index;
            }
            else if (char === BACKSLASH && quote === DOUBLE)
                break;
        }
        throw GIVE_UP;
    }

    quotedText(start, close) {
        const inner = this.text.slice(start + 1, close);
        return this.code(start) === SINGLE && inner.includes("'") ? inner.replaceAll("''", "'") : inner;
    }

    flowSequence(start, depth) {
        if (depth > MAX_FAST_DEPTH)
            throw GIVE_UP;
        const value = [];
        let node;
        let items;
        if (depth <= SHALLOW_LEVELS) {
            node = (0,positions .U_)(start, start + 1);
            if (depth < SHALLOW_LEVELS)
                node.items = items = [];
        }
        let at = this.skipSpaces(start + 1);
        if (this.code(at) === CLOSE_BRACKET)
            at++;
        else {
            for (;;) {
                const end = this.flowScalar(at, depth + 1, false);
                value.push(this.flowValue);
                if (this.node !== undefined)
                    items?.push(this.node);
                at = this.skipSpaces(end);
                const char = this.code(at);
                if (char === CLOSE_BRACKET) {
                    at++;
                    break;
                }
                if (char !== COMMA)
                    throw GIVE_UP;
                at = this.skipSpaces(at + 1);
            }
        }
        if (node !== undefined && this.lastEnd > node.end)
            node.end = this.lastEnd;
        this.node = node;
        this.pos = at;
        return value;
    }

    flowMapping(start, depth) {
        if (depth > MAX_FAST_DEPTH)
            throw GIVE_UP;
        const value = {};
        let node;
        let entries;
        if (depth <= SHALLOW_LEVELS) {
            node = (0,positions .U_)(start, start + 1);
            if (depth < SHALLOW_LEVELS)
                node.entries = entries = new Map();
        }
        let at = this.skipSpaces(start + 1);
        if (this.code(at) === CLOSE_BRACE)
            at++;
        else {
            for (;;) {
                const keyStart = at;
                const keyEnd = this.flowScalar(at, depth + 1, true);
                const key = this.flowValue;
                const first = this.code(keyStart);
                const quoted = first === SINGLE || first === DOUBLE;
                const rawEnd = quoted ? keyEnd - 1 : keyEnd;
                if (rawEnd > this.lastEnd)
                    this.lastEnd = rawEnd;
                const name = String(key);
                if (name === '' ||
                    (!quoted && name === '<<') ||
                    FORBIDDEN_KEYS.has(name) ||
                    Object.hasOwn(value, name)) {
                    throw GIVE_UP;
                }
                if (this.code(keyEnd) !== COLON || this.code(keyEnd + 1) !== SPACE)
                    throw GIVE_UP;
                at = this.skipSpaces(keyEnd + 2);
                const end = this.flowScalar(at, depth + 1, false);
                value[name] = this.flowValue;
                const child = this.node;
                if (child !== undefined) {
                    child.keyStart = keyStart;
                    child.keyEnd = keyEnd;
                    entries?.set(name, child);
                }
                at = this.skipSpaces(end);
                const char = this.code(at);
                if (char === CLOSE_BRACE) {
                    at++;
                    break;
                }
                if (char !== COMMA)
                    throw GIVE_UP;
                at = this.skipSpaces(at + 1);
            }
        }
        if (node !== undefined && this.lastEnd > node.end)
            node.end = this.lastEnd;
        this.node = node;
        this.pos = at;
        return value;
    }

    flowValue;





    flowScalar(at, depth, key) {
        const text = this.text;
        const first = text.charCodeAt(at);
        if (first === SINGLE || first === DOUBLE) {
            const close = this.quotedEnd(at);
            this.flowValue = this.quotedText(at, close);
            if (!key)
                this.scalarNode(at, close + 1, depth);
            return close + 1;
        }
        if (at >= this.length || first === NEWLINE || INDICATORS.has(first))
            throw GIVE_UP;
        let last = at + 1;
        for (let index = at + 1;; index++) {
            if (index >= this.length)
                throw GIVE_UP;
            const char = text.charCodeAt(index);
            if (char >= 128 || FLOW_STOP[char] === 0) {
                last = index + 1;
                continue;
            }
            if (char === COMMA || char === CLOSE_BRACKET || char === CLOSE_BRACE)
                break;
            if (char === COLON) {
                if (key && text.charCodeAt(index + 1) === SPACE && text.charCodeAt(index - 1) !== SPACE)
                    break;
                throw GIVE_UP;
            }
            if (char === NEWLINE ||
                char === OPEN_BRACKET ||
                char === OPEN_BRACE ||
                char === HASH ||
                char === SINGLE ||
                char === DOUBLE) {
                throw GIVE_UP;
            }
            if (char !== SPACE)
                last = index + 1;
        }
        this.flowValue = this.plain(at, last);
        if (!key)
            this.scalarNode(at, last, depth);
        return last;
    }
    skipSpaces(at) {
        let index = at;
        while (this.code(index) === SPACE)
            index++;
        return index;
    }
}

;






let CORE_SCHEMA;
let EVENT_ID;
let SCALAR_STYLE;
let YAMLException;
let getScalarValue;
let parseEvents;
let bound = false;
function bindJsYaml() {
    if (bound)
        return;
    ({ CORE_SCHEMA, EVENT_ID, SCALAR_STYLE, YAMLException, getScalarValue, parseEvents } = js_yaml.jsYaml());
    bound = true;
}





const MAX_DEPTH = 12;

const yaml_FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);












function parseYamlDocument(text, options = {}) {
    if (options.shallow === true && options.fast !== false) {
        const fast = readSchemeYaml(text);
        if (fast !== undefined)
            return { ok: true, value: fast.value, root: fast.root, shallow: true };
    }
    bindJsYaml();
    let events;
    try {
        events = parseEvents(text, { maxDepth: MAX_DEPTH });
    }
    catch (error) {
        const problem = parserProblem(text, error);

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
    if (options.shallow === true) {
        const shallow = buildShallowDocument(text, events);
        if (shallow !== undefined)
            return shallow;
    }
    return buildDocument(text, events);
}






function buildShallowDocument(text, events) {

    if (text.includes('\t'))
        return undefined;

    const values = [];
    const nodes = [];
    const keys = [];
    const keyStarts = [];
    const keyEnds = [];
    let depth = 0;
    let documents = 0;
    let lastEnd = 0;
    let root;
    for (const event of events) {
        let value;
        let node;
        switch (event.type) {
            case EVENT_ID.DOCUMENT:
                documents++;
                if (documents > 1 || event.directives.length > 0)
                    return undefined;
                continue;
            case EVENT_ID.ALIAS:
                return undefined;
            case EVENT_ID.MAPPING:
            case EVENT_ID.SEQUENCE: {
                if (event.anchorStart !== -1 || event.tagStart !== -1)
                    return undefined;

                if (depth > 0 && keys[depth - 1] === undefined && !Array.isArray(values[depth - 1]))
                    return undefined;
                const mapping = event.type === EVENT_ID.MAPPING;
                if (depth <= SHALLOW_LEVELS) {
                    node = (0,positions .U_)(event.start, event.start + 1);
                    if (depth < SHALLOW_LEVELS) {
                        if (mapping)
                            node.entries = new Map();
                        else
                            node.items = [];
                    }
                }
                values[depth] = mapping ? {} : [];
                nodes[depth] = node;
                keys[depth] = undefined;
                depth++;
                continue;
            }
            case EVENT_ID.POP: {

                if (depth === 0)
                    continue;
                depth--;
                value = values[depth];
                node = nodes[depth];

                if (node !== undefined && lastEnd > node.end)
                    node.end = lastEnd;
                break;
            }
            case EVENT_ID.SCALAR: {
                if (event.anchorStart !== -1 || event.tagStart !== -1 || event.valueStart === -1)
                    return undefined;
                const start = quotedStart(event);
                const end = quotedEnd(event);
                const parent = values[depth - 1];
                if (parent !== undefined && !Array.isArray(parent) && keys[depth - 1] === undefined) {
                    const name = String(scalarValue(text, event));
                    if ((event.style === SCALAR_STYLE.PLAIN && name === '<<') ||
                        yaml_FORBIDDEN_KEYS.has(name) ||
                        Object.hasOwn(parent, name)) {
                        return undefined;
                    }
                    keys[depth - 1] = name;
                    keyStarts[depth - 1] = start;
                    keyEnds[depth - 1] = end;
                    if (event.valueEnd > lastEnd)
                        lastEnd = event.valueEnd;
                    continue;
                }
                value = scalarValue(text, event);
                if (end > lastEnd)
                    lastEnd = end;
                if (depth <= SHALLOW_LEVELS)
                    node = (0,positions .U_)(start, end);
                break;
            }
        }
        if (depth === 0) {
            if (documents === 1 && node !== undefined)
                root = { value, node };
            continue;
        }
        const parent = values[depth - 1];
        const parentNode = nodes[depth - 1];
        if (Array.isArray(parent)) {
            parent.push(value);
            if (node !== undefined)
                parentNode?.items?.push(node);
            continue;
        }
        const key = keys[depth - 1];
        if (parent === undefined || key === undefined)
            return undefined;
        keys[depth - 1] = undefined;
        parent[key] = value;
        if (node !== undefined) {
            node.keyStart = keyStarts[depth - 1];
            node.keyEnd = keyEnds[depth - 1];
            parentNode?.entries?.set(key, node);
        }
    }

    if (root === undefined)
        return undefined;
    return { ok: true, value: root.value, root: root.node, shallow: true };
}
function buildDocument(text, events) {
    const problems = [];
    const stack = [];
    let documents = 0;
    let root;
    let lastEnd = 0;

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
                attach(null, (0,positions .U_)(start, event.anchorEnd));
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
                const node = (0,positions .U_)(event.start, event.start + 1);
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
    else if (yaml_FORBIDDEN_KEYS.has(name)) {
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
function scalarNode(text, event, parent) {
    if (event.valueStart === -1) {

        if (parent?.kind === 'mapping' && parent.key !== undefined)
            return (0,positions .U_)(parent.key.start, parent.key.end);

        const from = parent === undefined
            ? 0
            : parent.kind === 'sequence' && parent.items.length === 0
                ? lineStartOf(text, parent.node.start)
                : parent.node.end;
        const dash = /^[ ]*-(?=\s|$)/gm;
        dash.lastIndex = from;
        const found = parent?.kind === 'sequence' ? dash.exec(text) : null;
        const at = found === null ? from : found.index + found[0].length - 1;
        return (0,positions .U_)(at, at + (found === null ? 0 : 1));
    }
    return (0,positions .U_)(quotedStart(event), quotedEnd(event));
}
function lineStartOf(text, offset) {
    return text.lastIndexOf('\n', offset - 1) + 1;
}

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

function scalarValue(text, event) {
    const source = getScalarValue(text, event);
    if (event.style !== SCALAR_STYLE.PLAIN)
        return source;
    return CORE_SCHEMA.resolveImplicitScalarTag(source).value;
}





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

function startsValue(text, index) {
    const lineStart = text.lastIndexOf('\n', index - 1) + 1;
    const before = text.slice(lineStart, index).trimEnd();
    return before === '' || /[:\-,?[{]$/.test(before);
}




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


}),

5917:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
HE: () => ( builtInPermission),
Lq: () => ( isBuiltInPermission),
W1: () => ( permissionOrder),
wh: () => ( BUILT_IN_PERMISSIONS)
});






const PERMISSION_CATEGORIES = ( null && ([
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




const RANK = new Map(BUILT_IN_PERMISSIONS.map((permission, index) => [permission.key, index]));

function permissionOrder(a, b) {
    const rankA = RANK.get(a) ?? Number.MAX_SAFE_INTEGER;
    const rankB = RANK.get(b) ?? Number.MAX_SAFE_INTEGER;
    if (rankA !== rankB)
        return rankA - rankB;
    return a < b ? -1 : a > b ? 1 : 0;
}


}),

2622:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
Hu: () => ( RULE_REGISTRY),
ME: () => ( ruleMeta),
dZ: () => ( registeredRule),
ep: () => ( configuredSeverity),
iD: () => ( newFinding),
kd: () => ( ADJUSTABLE_RULE_IDS),
mk: () => ( applyRuleSettings)
});

const UNREADABLE = 'a file that fails it cannot be read, so there is nothing to plan from it';
const UNPLANNABLE = 'without it the plan would change the wrong scheme, or none';
const RULE_TABLE = {

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

const RULE_REGISTRY = Object.entries(TABLE).map(([id, entry]) => toMeta(id, entry));
const BY_ID = new Map(RULE_REGISTRY.map((meta) => [meta.id, meta]));

function ruleMeta(id) {
    return BY_ID.get(id);
}

function registeredRule(id) {
    const meta = BY_ID.get(id);
    if (meta === undefined)
        throw new Error(`rule ${id} is not registered`);
    return meta;
}

const ADJUSTABLE_RULE_IDS = RULE_REGISTRY.filter((meta) => meta.adjustable).map((meta) => meta.id);

function defaultSeverity(ruleId, messageId) {
    const meta = BY_ID.get(ruleId);
    const message = meta?.messages.find((candidate) => candidate.id === messageId);
    return message?.defaultSeverity ?? meta?.defaultSeverity ?? 'error';
}




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





function configuredSeverity(ruleId, severity, rules) {
    if (BY_ID.get(ruleId)?.adjustable === false)
        return severity;
    const configured = Object.hasOwn(rules, ruleId) ? rules[ruleId] : undefined;
    if (configured === undefined)
        return severity;
    return configured === 'off' ? undefined : configured;
}

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


}),

4692:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
a: () => ( DEFAULT_SETTINGS),
b: () => ( DEFAULT_SETTINGS_FILE)
});

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


}),

2249:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
Kb: () => ( excerpt),
T_: () => ( EXCERPT_LENGTH)
});







const EXCERPT_LENGTH = 40;


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

function escapeForMessage(text) {
    return text
        .replace(/[\\"]/gu, (char) => `\\${char}`)
        .replace(INVISIBLE, escapeCharacter)
        .replace(/[\ud800-\udfff]/gu, escapeCharacter);
}

function excerpt(text, length = EXCERPT_LENGTH) {
    const characters = Array.from(text);
    if (characters.length <= length)
        return `"${escapeForMessage(text)}"`;
    const shown = escapeForMessage(characters.slice(0, length).join(''));
    return `"${shown}\u2026" (${characters.length.toLocaleString('en-US')} characters)`;
}


}),

3249:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
P: () => ( crossFileFindings)
});




function crossFileFindings(schemes) {
    const findings = [];
    const byName = new Map();
    const byId = new Map();
    for (const scheme of schemes) {

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


}),

3233:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
IL: () => ( lintSchemes),
uY: () => ( SchemeLinter)
});

var _model_rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2622);
var _rules_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1787);



function ruleSeverity(rule, settings) {
    return (0,_model_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .configuredSeverity */ .ep)(rule.meta.id, rule.meta.defaultSeverity, settings.rules);
}

const NAMED_FILES = 3;





function lintSchemes(schemes, settings, rules = _rules_index_js__WEBPACK_IMPORTED_MODULE_1__/* .RULES */ .y, context = {}) {
    const linter = new SchemeLinter(settings, rules, context);
    for (const scheme of schemes)
        linter.add(scheme, context.partial?.has(scheme) === true);
    return linter.findings();
}






class SchemeLinter {
    #runs = [];
    #context;
    constructor(settings, rules = _rules_index_js__WEBPACK_IMPORTED_MODULE_1__/* .RULES */ .y, context = {}) {
        this.#context = context;
        for (const rule of rules) {
            const severity = ruleSeverity(rule, settings);
            if (severity === undefined)
                continue;
            this.#runs.push({
                rule,
                finding: findingMaker(rule, severity),
                findings: [],
                notes: severity === 'info' ? new NoteGroups() : undefined,
            });
        }
    }

    add(scheme, partial) {
        for (const run of this.#runs) {
            if (partial && run.rule.wholeScheme === true)
                continue;
            const reports = run.rule.check(scheme, this.#context);
            if (run.notes === undefined) {

                for (const report of reports)
                    run.findings.push(run.finding(report, NO_OTHERS));
            }
            else {
                for (const report of reports)
                    run.notes.add(scheme, report);
            }
        }
    }

    findings() {
        const findings = [];
        for (const run of this.#runs) {
            if (run.notes === undefined) {
                for (const finding of run.findings)
                    findings.push(finding);
            }
            else {
                for (const { report, others } of run.notes.groups)
                    findings.push(run.finding(report, others));
            }
        }
        return findings;
    }
}

function findingMaker(rule, severity) {
    const ruleId = rule.meta.id;
    const messageId = rule.meta.messages[0]?.id ?? ruleId;
    return (report, others) => {
        const at = report.location;
        const message = others.length === 0 ? report.message : `${report.message} (${alsoIn(others)})`;
        const hint = report.hint ?? rule.meta.docs;
        const id = report.messageId ?? messageId;



        if (at.endLine !== undefined && at.endColumn !== undefined) {
            return {
                file: at.file,
                line: at.line,
                column: at.column,
                endLine: at.endLine,
                endColumn: at.endColumn,
                severity,
                ruleId,
                messageId: id,
                message,
                hint,
            };
        }
        return { ...at, severity, ruleId, messageId: id, message, hint };
    };
}
const NO_OTHERS = [];





class NoteGroups {

    groups = [];
    #bySubject = new Map();
    add(scheme, report) {
        const key = report.subject === undefined ? undefined : `${report.messageId ?? ''}\u0000${report.subject}`;
        const first = key === undefined ? undefined : this.#bySubject.get(key);
        if (first !== undefined) {

            if (!first.named.has(scheme.file)) {
                first.named.add(scheme.file);
                first.others.push(scheme.file);
            }
            return;
        }
        const group = { report, others: [], named: new Set([report.location.file]) };
        if (key !== undefined)
            this.#bySubject.set(key, group);
        this.groups.push(group);
    }
}
function alsoIn(files) {
    const named = files.slice(0, NAMED_FILES).join(', ');
    const more = files.length - NAMED_FILES;
    const count = files.length === 1 ? '1 other file' : `${files.length} other files`;
    return `also in ${count}: ${named}${more > 0 ? `, and ${more} more` : ''}`;
}


}),

4946:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
Eg: () => ( compareFindings),
Gt: () => ( countFindings),
Tc: () => ( sortFindings),
UF: () => ( compareCodeUnits)
});
const SEVERITY_RANK = { error: 0, warning: 1, info: 2 };
function compareCodeUnits(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

function compareFindings(a, b) {
    return (compareCodeUnits(a.file, b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
        compareCodeUnits(a.ruleId, b.ruleId) ||
        compareCodeUnits(a.message, b.message));
}
function sortFindings(findings) {
    return [...findings].sort(compareFindings);
}
function countFindings(findings) {
    const counts = { errors: 0, warnings: 0, infos: 0, alreadyLive: 0 };
    for (const finding of findings) {
        if (finding.alreadyLive === true)
            counts.alreadyLive++;
        else if (finding.severity === 'error')
            counts.errors++;
        else if (finding.severity === 'warning')
            counts.warnings++;
        else
            counts.infos++;
    }
    return counts;
}


}),

1787:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {



__webpack_require__.d(__webpack_exports__, {
  y: () => ( RULES)
});




var rules = __webpack_require__(2622);
;

const adminRequired = {
    meta: (0,rules .dZ)('admin-required'),
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

;

const browseRequired = {
    meta: (0,rules .dZ)('browse-required'),
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


var holder = __webpack_require__(2087);
;



const PAIRWISE_LIMIT = 16;
const duplicateGrant = {
    meta: (0,rules .dZ)('duplicate-grant'),
    check(scheme) {


        const runs = inRuns(scheme.grants);
        if (runs !== undefined)
            return runs;
        const byPermission = new Map();
        for (const grant of scheme.grants) {
            const list = byPermission.get(grant.permission);
            if (list === undefined)
                byPermission.set(grant.permission, [grant]);
            else
                list.push(grant);
        }
        const reports = [];
        for (const grants of byPermission.values())
            checkList(grants, 0, grants.length, reports);
        return reports;
    },
};





function inRuns(grants) {
    const started = new Set();
    for (let index = 0; index < grants.length; index++) {
        const permission = grants[index]?.permission ?? '';
        if (index > 0 && permission === grants[index - 1]?.permission)
            continue;

        if (started.has(permission))
            return undefined;
        started.add(permission);
    }
    const reports = [];
    let start = 0;
    for (let index = 1; index <= grants.length; index++) {
        if (index < grants.length && grants[index]?.permission === grants[start]?.permission)
            continue;
        checkList(grants, start, index, reports);
        start = index;
    }
    return reports;
}

function checkList(grants, start, end, reports) {
    if (end - start < 2)
        return;
    if (end - start > PAIRWISE_LIMIT) {
        const list = grants.slice(start, end);
        const firsts = byIdentity(list);
        list.forEach((grant, index) => {
            const first = firsts[index];
            if (first !== undefined)
                reports.push(duplicateReport(grant, first));
        });
        return;
    }

    for (let index = start + 1; index < end; index++) {
        const grant = grants[index];
        if (grant === undefined)
            continue;
        const first = earlierSame(grants, start, index, grant);
        if (first !== undefined)
            reports.push(duplicateReport(grant, first));
    }
}
function duplicateReport(grant, first) {
    return {
        location: grant.location,
        message: `${(0,holder .XN)(grant.holder)} is listed twice under ${grant.permission} (first at line ${first.location.line})`,
    };
}

function earlierSame(grants, start, index, grant) {
    for (let earlier = start; earlier < index; earlier++) {
        const candidate = grants[earlier];
        if (candidate !== undefined && (0,holder ._y)(candidate.holder, grant.holder))
            return candidate;
    }
    return undefined;
}
function byIdentity(grants) {
    const seen = new Map();
    return grants.map((grant) => {
        const identities = (0,holder .Cs)(grant.holder);
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

;

const noAnonymousAccess = {
    meta: (0,rules .dZ)('no-anonymous-access'),
    check(scheme) {
        return scheme.grants
            .filter((grant) => grant.holder.type === 'anyone')
            .map((grant) => ({
            location: grant.location,
            message: `${grant.permission} is granted to anyone, including people who are not logged in`,
        }));
    },
};

;


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
    meta: (0,rules .dZ)('no-broad-admin'),
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


var prefer_group_id = __webpack_require__(1724);

var product_permission = __webpack_require__(4665);
;








const RULES = [
    noAnonymousAccess,
    noBroadAdmin,
    duplicateGrant,
    prefer_group_id .P,
    browseRequired,
    adminRequired,
    product_permission .r,
];
const RULE_IDS = RULES.map((rule) => rule.meta.id);


}),

1724:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
P: () => ( preferGroupId)
});
var _model_rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2622);

const preferGroupId = {
    meta: (0,_model_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .registeredRule */ .dZ)('prefer-group-id'),
    check(scheme) {

        const reports = [];
        for (const grant of scheme.grants) {
            if (grant.holder.type !== 'group' || grant.holder.id !== undefined)
                continue;
            reports.push({
                location: grant.location,
                message: `group "${grant.holder.name ?? ''}" is given by name only under ${grant.permission}`,
            });
        }
        return reports;
    },
};


}),

4665:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
r: () => ( productPermission)
});
var _model_permissions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5917);
var _model_rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2622);


const productPermission = {
    meta: (0,_model_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .registeredRule */ .dZ)('product-permission'),
    check(scheme, context) {
        const reports = [];
        const reported = new Set();

        let previous;
        for (const grant of scheme.grants) {
            if (grant.permission === previous)
                continue;
            previous = grant.permission;
            const product = (0,_model_permissions_js__WEBPACK_IMPORTED_MODULE_0__/* .builtInPermission */ .HE)(grant.permission)?.product;
            if (product === undefined || reported.has(grant.permission))
                continue;

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


}),

7280:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
Ng: () => ( appendFindingLines),
dY: () => ( findingItem),
ex: () => ( findingRow),
hq: () => ( findingLines),
mC: () => ( findingLine),
mK: () => ( findingsCountLine)
});

var _validate_order_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4946);
var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8604);
var _terminal_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9629);
var _words_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1788);




const COLOURS = { error: '\u001b[31m', warning: '\u001b[33m', info: '\u001b[36m' };
const RESET = '\u001b[0m';




const ALREADY_LIVE = 'error (already live, not blocking)';

function severityLabel(finding) {
    return finding.alreadyLive === true ? ALREADY_LIVE : finding.severity;
}

function findingLine(finding, options = {}) {
    const label = severityLabel(finding);
    const severity = options.colour === true ? `${COLOURS[finding.severity]}${label}${RESET}` : label;
    return `${(0,_terminal_js__WEBPACK_IMPORTED_MODULE_2__/* .safeText */ .Hk)(finding.file)}:${finding.line}:${finding.column}  ${severity}  ${(0,_terminal_js__WEBPACK_IMPORTED_MODULE_2__/* .safeText */ .Hk)(finding.message)}  ${(0,_terminal_js__WEBPACK_IMPORTED_MODULE_2__/* .safeText */ .Hk)(finding.ruleId)}`;
}

function findingLines(finding, options = {}) {
    const lines = [];
    appendFindingLines(lines, finding, options);
    return lines;
}

function appendFindingLines(lines, finding, options = {}) {
    const indent = options.indent ?? '';
    lines.push(`${indent}${findingLine(finding, options)}`);
    if (finding.hint === undefined)
        return;
    for (const hint of safeHintLines(finding.hint))
        lines.push(`${indent}    ${hint}`);
}




const hintCache = new Map();
const HINT_CACHE_SIZE = 256;
function safeHintLines(hint) {
    let lines = hintCache.get(hint);
    if (lines === undefined) {
        lines = hint.split('\n').map(_terminal_js__WEBPACK_IMPORTED_MODULE_2__/* .safeText */ .Hk);
        if (hintCache.size >= HINT_CACHE_SIZE)
            hintCache.clear();
        hintCache.set(hint, lines);
    }
    return lines;
}

function findingsCountLine(findings, fileCount) {
    const counts = (0,_validate_order_js__WEBPACK_IMPORTED_MODULE_0__/* .countFindings */ .Gt)(findings);
    const files = (0,_words_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(fileCount, 'file');
    if (findings.length === 0)
        return `no problems in ${files}`;
    const parts = [(0,_words_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(counts.errors, 'error'), (0,_words_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(counts.warnings, 'warning')];
    if (counts.alreadyLive > 0)
        parts.push(`${(0,_words_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(counts.alreadyLive, 'error')} already live (not blocking)`);
    if (counts.infos > 0)
        parts.push((0,_words_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(counts.infos, 'note'));
    return `${parts.join(', ')} in ${files}`;
}

function findingItem(finding) {
    const where = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(`${finding.file}:${finding.line}`);
    const hint = finding.hint === undefined ? '' : ` ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(finding.hint)}`;
    return `- **${severityLabel(finding)}** ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(finding.ruleId)} at ${where}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(finding.message)}${hint}`;
}
const SEVERITY_ICON = {
    error: '\ud83d\udd34 error',
    warning: '\ud83d\udfe1 warning',
    info: '\ud83d\udd35 info',
};

function findingRow(finding) {
    const message = finding.hint === undefined ? finding.message : `${finding.message}\n${finding.hint}`;
    const severity = finding.alreadyLive === true ? `\u26aa ${ALREADY_LIVE}` : SEVERITY_ICON[finding.severity];
    return `| ${severity} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(`${finding.file}:${finding.line}:${finding.column}`)} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(finding.ruleId)} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(message)} |`;
}


}),

4252:
((__unused_webpack_module, exports, __webpack_require__) => {







let loaded;

exports.validators = function validators() {
  if (loaded === undefined) loaded = __webpack_require__(2949);
  return loaded;
};


}),

2949:
((module, __unused_webpack_exports, __webpack_require__) => {





function stoppingAtFirstError(exports) {
exports.schemeCheck = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://jira-permissions-as-code.dev/schemas/permission-scheme.schema.json","title":"Jira permission scheme","description":"One Jira permission scheme, as code. Put \"# yaml-language-server: $schema=<path>/permission-scheme.schema.json\" at the top of a file for completion in editors.","type":"object","required":["name","grants"],"additionalProperties":false,"properties":{"name":{"type":"string","minLength":1,"pattern":"\\S","description":"The scheme's name: unique across the folder, and the scheme's identity in Jira."},"description":{"type":"string","description":"Optional description shown in Jira."},"id":{"type":"integer","minimum":0,"maximum":9007199254740991,"description":"Optional: binds this file to an existing live scheme by id (so renaming the file's scheme renames the live one). Jira's Default Permission Scheme has id 0."},"projects":{"type":"array","description":"Optional: the keys of the projects that use this scheme. Absent: which projects use it is left alone. Present (also []): after apply exactly these projects use it; a listed project is moved onto it from the scheme it uses now. A key may be listed in one file only.","items":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_]*$","description":"A project key as Jira shows it, e.g. SOFT (another case is accepted with a warning)."}},"grants":{"type":"object","description":"Permission key -> list of holders.","propertyNames":{"$ref":"permissions.schema.json"},"properties":{"ADMINISTER_PROJECTS":{"$ref":"#/$defs/holders","description":"Administer projects: manage project settings, roles, components and versions. Category: administration."},"EDIT_WORKFLOW":{"$ref":"#/$defs/holders","description":"Edit workflows: change the project's workflows (team-managed and shared). Category: administration."},"EDIT_ISSUE_LAYOUT":{"$ref":"#/$defs/holders","description":"Edit issue layouts: change how fields are arranged on issues. Category: administration."},"BROWSE_PROJECTS":{"$ref":"#/$defs/holders","description":"Browse projects: see the project and its issues. Without it nothing else matters. Category: project."},"MANAGE_SPRINTS_PERMISSION":{"$ref":"#/$defs/holders","description":"Manage sprints: create, start, complete and reorder sprints. Category: project. Needs Jira Software."},"SERVICEDESK_AGENT":{"$ref":"#/$defs/holders","description":"Service project agent: work on requests in a service project. Category: project. Needs Jira Service Management."},"VIEW_DEV_TOOLS":{"$ref":"#/$defs/holders","description":"View development tools: see branches, commits, pull requests and builds on issues. Category: project. Needs Jira Software."},"VIEW_READONLY_WORKFLOW":{"$ref":"#/$defs/holders","description":"View read-only workflow: see the workflow an issue follows. Category: project."},"ASSIGNABLE_USER":{"$ref":"#/$defs/holders","description":"Assignable user: can be assigned issues. Category: issue."},"ASSIGN_ISSUES":{"$ref":"#/$defs/holders","description":"Assign issues: assign issues to other people. Category: issue."},"CLOSE_ISSUES":{"$ref":"#/$defs/holders","description":"Close issues. Category: issue."},"CREATE_ISSUES":{"$ref":"#/$defs/holders","description":"Create issues. Category: issue."},"DELETE_ISSUES":{"$ref":"#/$defs/holders","description":"Delete issues, with their comments and attachments. Category: issue."},"EDIT_ISSUES":{"$ref":"#/$defs/holders","description":"Edit issues. Category: issue."},"LINK_ISSUES":{"$ref":"#/$defs/holders","description":"Link issues. Category: issue."},"MODIFY_REPORTER":{"$ref":"#/$defs/holders","description":"Modify reporter: change who reported an issue. Category: issue."},"MOVE_ISSUES":{"$ref":"#/$defs/holders","description":"Move issues between projects or issue types. Category: issue."},"RESOLVE_ISSUES":{"$ref":"#/$defs/holders","description":"Resolve issues and set fix versions. Category: issue."},"SCHEDULE_ISSUES":{"$ref":"#/$defs/holders","description":"Schedule issues: set or change due dates. Category: issue."},"SET_ISSUE_SECURITY":{"$ref":"#/$defs/holders","description":"Set issue security: choose the security level of issues. Category: issue."},"TRANSITION_ISSUES":{"$ref":"#/$defs/holders","description":"Transition issues through the workflow. Category: issue."},"MANAGE_WATCHERS":{"$ref":"#/$defs/holders","description":"Manage watchers: add and remove watchers of issues. Category: voters and watchers."},"VIEW_VOTERS_AND_WATCHERS":{"$ref":"#/$defs/holders","description":"View voters and watchers of issues. Category: voters and watchers."},"ADD_COMMENTS":{"$ref":"#/$defs/holders","description":"Add comments to issues. Category: comments."},"DELETE_ALL_COMMENTS":{"$ref":"#/$defs/holders","description":"Delete all comments, anyone's. Category: comments."},"DELETE_OWN_COMMENTS":{"$ref":"#/$defs/holders","description":"Delete own comments. Category: comments."},"EDIT_ALL_COMMENTS":{"$ref":"#/$defs/holders","description":"Edit all comments, anyone's. Category: comments."},"EDIT_OWN_COMMENTS":{"$ref":"#/$defs/holders","description":"Edit own comments. Category: comments."},"CREATE_ATTACHMENTS":{"$ref":"#/$defs/holders","description":"Create attachments on issues. Category: attachments."},"DELETE_ALL_ATTACHMENTS":{"$ref":"#/$defs/holders","description":"Delete all attachments, anyone's. Category: attachments."},"DELETE_OWN_ATTACHMENTS":{"$ref":"#/$defs/holders","description":"Delete own attachments. Category: attachments."},"DELETE_ALL_WORKLOGS":{"$ref":"#/$defs/holders","description":"Delete all worklogs, anyone's. Category: time tracking."},"DELETE_OWN_WORKLOGS":{"$ref":"#/$defs/holders","description":"Delete own worklogs. Category: time tracking."},"EDIT_ALL_WORKLOGS":{"$ref":"#/$defs/holders","description":"Edit all worklogs, anyone's. Category: time tracking."},"EDIT_OWN_WORKLOGS":{"$ref":"#/$defs/holders","description":"Edit own worklogs. Category: time tracking."},"WORK_ON_ISSUES":{"$ref":"#/$defs/holders","description":"Work on issues: log work (time tracking). Category: time tracking."}},"additionalProperties":{"$ref":"#/$defs/holders"}}},"$defs":{"holders":{"type":"array","description":"The holders this permission is granted to.","minItems":1,"items":{"$ref":"holder.schema.json"}}}};
const func1 = (__webpack_require__(6214) .A);
const func2 = Object.prototype.hasOwnProperty;
const pattern4 = new RegExp("\\S", "u");
const pattern5 = new RegExp("^[A-Za-z][A-Za-z0-9_]*$", "u");
const schema32 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://jira-permissions-as-code.dev/schemas/permissions.schema.json","title":"Jira project permission key","description":"A project permission key: one of Jira's built-in keys, or a key an app defines (apps' keys are accepted when the settings file lists them under customPermissions). Each built-in key's definition carries its category (x-category) and, where it needs one, the product (x-product).","anyOf":[{"$ref":"#/$defs/builtInPermission"},{"$ref":"#/$defs/appPermission"}],"$defs":{"builtInPermission":{"description":"A built-in Jira project permission (Jira's permission-scheme reference).","type":"string","enum":["ADMINISTER_PROJECTS","EDIT_WORKFLOW","EDIT_ISSUE_LAYOUT","BROWSE_PROJECTS","MANAGE_SPRINTS_PERMISSION","SERVICEDESK_AGENT","VIEW_DEV_TOOLS","VIEW_READONLY_WORKFLOW","ASSIGNABLE_USER","ASSIGN_ISSUES","CLOSE_ISSUES","CREATE_ISSUES","DELETE_ISSUES","EDIT_ISSUES","LINK_ISSUES","MODIFY_REPORTER","MOVE_ISSUES","RESOLVE_ISSUES","SCHEDULE_ISSUES","SET_ISSUE_SECURITY","TRANSITION_ISSUES","MANAGE_WATCHERS","VIEW_VOTERS_AND_WATCHERS","ADD_COMMENTS","DELETE_ALL_COMMENTS","DELETE_OWN_COMMENTS","EDIT_ALL_COMMENTS","EDIT_OWN_COMMENTS","CREATE_ATTACHMENTS","DELETE_ALL_ATTACHMENTS","DELETE_OWN_ATTACHMENTS","DELETE_ALL_WORKLOGS","DELETE_OWN_WORKLOGS","EDIT_ALL_WORKLOGS","EDIT_OWN_WORKLOGS","WORK_ON_ISSUES"],"enumDescriptions":["Administer projects: manage project settings, roles, components and versions. Category: administration.","Edit workflows: change the project's workflows (team-managed and shared). Category: administration.","Edit issue layouts: change how fields are arranged on issues. Category: administration.","Browse projects: see the project and its issues. Without it nothing else matters. Category: project.","Manage sprints: create, start, complete and reorder sprints. Category: project. Needs Jira Software.","Service project agent: work on requests in a service project. Category: project. Needs Jira Service Management.","View development tools: see branches, commits, pull requests and builds on issues. Category: project. Needs Jira Software.","View read-only workflow: see the workflow an issue follows. Category: project.","Assignable user: can be assigned issues. Category: issue.","Assign issues: assign issues to other people. Category: issue.","Close issues. Category: issue.","Create issues. Category: issue.","Delete issues, with their comments and attachments. Category: issue.","Edit issues. Category: issue.","Link issues. Category: issue.","Modify reporter: change who reported an issue. Category: issue.","Move issues between projects or issue types. Category: issue.","Resolve issues and set fix versions. Category: issue.","Schedule issues: set or change due dates. Category: issue.","Set issue security: choose the security level of issues. Category: issue.","Transition issues through the workflow. Category: issue.","Manage watchers: add and remove watchers of issues. Category: voters and watchers.","View voters and watchers of issues. Category: voters and watchers.","Add comments to issues. Category: comments.","Delete all comments, anyone's. Category: comments.","Delete own comments. Category: comments.","Edit all comments, anyone's. Category: comments.","Edit own comments. Category: comments.","Create attachments on issues. Category: attachments.","Delete all attachments, anyone's. Category: attachments.","Delete own attachments. Category: attachments.","Delete all worklogs, anyone's. Category: time tracking.","Delete own worklogs. Category: time tracking.","Edit all worklogs, anyone's. Category: time tracking.","Edit own worklogs. Category: time tracking.","Work on issues: log work (time tracking). Category: time tracking."]},"appPermission":{"description":"A permission key defined by an app, e.g. com.example.app__approve. List it under customPermissions in .jira-permissions.yml so that validate accepts it offline.","type":"string","pattern":"^(?![A-Z][A-Z0-9_]*$)[^\\s]+$"},"ADMINISTER_PROJECTS":{"const":"ADMINISTER_PROJECTS","description":"Administer projects: manage project settings, roles, components and versions. Category: administration.","x-category":"administration"},"EDIT_WORKFLOW":{"const":"EDIT_WORKFLOW","description":"Edit workflows: change the project's workflows (team-managed and shared). Category: administration.","x-category":"administration"},"EDIT_ISSUE_LAYOUT":{"const":"EDIT_ISSUE_LAYOUT","description":"Edit issue layouts: change how fields are arranged on issues. Category: administration.","x-category":"administration"},"BROWSE_PROJECTS":{"const":"BROWSE_PROJECTS","description":"Browse projects: see the project and its issues. Without it nothing else matters. Category: project.","x-category":"project"},"MANAGE_SPRINTS_PERMISSION":{"const":"MANAGE_SPRINTS_PERMISSION","description":"Manage sprints: create, start, complete and reorder sprints. Category: project. Needs Jira Software.","x-category":"project","x-product":"Jira Software"},"SERVICEDESK_AGENT":{"const":"SERVICEDESK_AGENT","description":"Service project agent: work on requests in a service project. Category: project. Needs Jira Service Management.","x-category":"project","x-product":"Jira Service Management"},"VIEW_DEV_TOOLS":{"const":"VIEW_DEV_TOOLS","description":"View development tools: see branches, commits, pull requests and builds on issues. Category: project. Needs Jira Software.","x-category":"project","x-product":"Jira Software"},"VIEW_READONLY_WORKFLOW":{"const":"VIEW_READONLY_WORKFLOW","description":"View read-only workflow: see the workflow an issue follows. Category: project.","x-category":"project"},"ASSIGNABLE_USER":{"const":"ASSIGNABLE_USER","description":"Assignable user: can be assigned issues. Category: issue.","x-category":"issue"},"ASSIGN_ISSUES":{"const":"ASSIGN_ISSUES","description":"Assign issues: assign issues to other people. Category: issue.","x-category":"issue"},"CLOSE_ISSUES":{"const":"CLOSE_ISSUES","description":"Close issues. Category: issue.","x-category":"issue"},"CREATE_ISSUES":{"const":"CREATE_ISSUES","description":"Create issues. Category: issue.","x-category":"issue"},"DELETE_ISSUES":{"const":"DELETE_ISSUES","description":"Delete issues, with their comments and attachments. Category: issue.","x-category":"issue"},"EDIT_ISSUES":{"const":"EDIT_ISSUES","description":"Edit issues. Category: issue.","x-category":"issue"},"LINK_ISSUES":{"const":"LINK_ISSUES","description":"Link issues. Category: issue.","x-category":"issue"},"MODIFY_REPORTER":{"const":"MODIFY_REPORTER","description":"Modify reporter: change who reported an issue. Category: issue.","x-category":"issue"},"MOVE_ISSUES":{"const":"MOVE_ISSUES","description":"Move issues between projects or issue types. Category: issue.","x-category":"issue"},"RESOLVE_ISSUES":{"const":"RESOLVE_ISSUES","description":"Resolve issues and set fix versions. Category: issue.","x-category":"issue"},"SCHEDULE_ISSUES":{"const":"SCHEDULE_ISSUES","description":"Schedule issues: set or change due dates. Category: issue.","x-category":"issue"},"SET_ISSUE_SECURITY":{"const":"SET_ISSUE_SECURITY","description":"Set issue security: choose the security level of issues. Category: issue.","x-category":"issue"},"TRANSITION_ISSUES":{"const":"TRANSITION_ISSUES","description":"Transition issues through the workflow. Category: issue.","x-category":"issue"},"MANAGE_WATCHERS":{"const":"MANAGE_WATCHERS","description":"Manage watchers: add and remove watchers of issues. Category: voters and watchers.","x-category":"voters and watchers"},"VIEW_VOTERS_AND_WATCHERS":{"const":"VIEW_VOTERS_AND_WATCHERS","description":"View voters and watchers of issues. Category: voters and watchers.","x-category":"voters and watchers"},"ADD_COMMENTS":{"const":"ADD_COMMENTS","description":"Add comments to issues. Category: comments.","x-category":"comments"},"DELETE_ALL_COMMENTS":{"const":"DELETE_ALL_COMMENTS","description":"Delete all comments, anyone's. Category: comments.","x-category":"comments"},"DELETE_OWN_COMMENTS":{"const":"DELETE_OWN_COMMENTS","description":"Delete own comments. Category: comments.","x-category":"comments"},"EDIT_ALL_COMMENTS":{"const":"EDIT_ALL_COMMENTS","description":"Edit all comments, anyone's. Category: comments.","x-category":"comments"},"EDIT_OWN_COMMENTS":{"const":"EDIT_OWN_COMMENTS","description":"Edit own comments. Category: comments.","x-category":"comments"},"CREATE_ATTACHMENTS":{"const":"CREATE_ATTACHMENTS","description":"Create attachments on issues. Category: attachments.","x-category":"attachments"},"DELETE_ALL_ATTACHMENTS":{"const":"DELETE_ALL_ATTACHMENTS","description":"Delete all attachments, anyone's. Category: attachments.","x-category":"attachments"},"DELETE_OWN_ATTACHMENTS":{"const":"DELETE_OWN_ATTACHMENTS","description":"Delete own attachments. Category: attachments.","x-category":"attachments"},"DELETE_ALL_WORKLOGS":{"const":"DELETE_ALL_WORKLOGS","description":"Delete all worklogs, anyone's. Category: time tracking.","x-category":"time tracking"},"DELETE_OWN_WORKLOGS":{"const":"DELETE_OWN_WORKLOGS","description":"Delete own worklogs. Category: time tracking.","x-category":"time tracking"},"EDIT_ALL_WORKLOGS":{"const":"EDIT_ALL_WORKLOGS","description":"Edit all worklogs, anyone's. Category: time tracking.","x-category":"time tracking"},"EDIT_OWN_WORKLOGS":{"const":"EDIT_OWN_WORKLOGS","description":"Edit own worklogs. Category: time tracking.","x-category":"time tracking"},"WORK_ON_ISSUES":{"const":"WORK_ON_ISSUES","description":"Work on issues: log work (time tracking). Category: time tracking.","x-category":"time tracking"}}};
const schema33 = {"description":"A built-in Jira project permission (Jira's permission-scheme reference).","type":"string","enum":["ADMINISTER_PROJECTS","EDIT_WORKFLOW","EDIT_ISSUE_LAYOUT","BROWSE_PROJECTS","MANAGE_SPRINTS_PERMISSION","SERVICEDESK_AGENT","VIEW_DEV_TOOLS","VIEW_READONLY_WORKFLOW","ASSIGNABLE_USER","ASSIGN_ISSUES","CLOSE_ISSUES","CREATE_ISSUES","DELETE_ISSUES","EDIT_ISSUES","LINK_ISSUES","MODIFY_REPORTER","MOVE_ISSUES","RESOLVE_ISSUES","SCHEDULE_ISSUES","SET_ISSUE_SECURITY","TRANSITION_ISSUES","MANAGE_WATCHERS","VIEW_VOTERS_AND_WATCHERS","ADD_COMMENTS","DELETE_ALL_COMMENTS","DELETE_OWN_COMMENTS","EDIT_ALL_COMMENTS","EDIT_OWN_COMMENTS","CREATE_ATTACHMENTS","DELETE_ALL_ATTACHMENTS","DELETE_OWN_ATTACHMENTS","DELETE_ALL_WORKLOGS","DELETE_OWN_WORKLOGS","EDIT_ALL_WORKLOGS","EDIT_OWN_WORKLOGS","WORK_ON_ISSUES"],"enumDescriptions":["Administer projects: manage project settings, roles, components and versions. Category: administration.","Edit workflows: change the project's workflows (team-managed and shared). Category: administration.","Edit issue layouts: change how fields are arranged on issues. Category: administration.","Browse projects: see the project and its issues. Without it nothing else matters. Category: project.","Manage sprints: create, start, complete and reorder sprints. Category: project. Needs Jira Software.","Service project agent: work on requests in a service project. Category: project. Needs Jira Service Management.","View development tools: see branches, commits, pull requests and builds on issues. Category: project. Needs Jira Software.","View read-only workflow: see the workflow an issue follows. Category: project.","Assignable user: can be assigned issues. Category: issue.","Assign issues: assign issues to other people. Category: issue.","Close issues. Category: issue.","Create issues. Category: issue.","Delete issues, with their comments and attachments. Category: issue.","Edit issues. Category: issue.","Link issues. Category: issue.","Modify reporter: change who reported an issue. Category: issue.","Move issues between projects or issue types. Category: issue.","Resolve issues and set fix versions. Category: issue.","Schedule issues: set or change due dates. Category: issue.","Set issue security: choose the security level of issues. Category: issue.","Transition issues through the workflow. Category: issue.","Manage watchers: add and remove watchers of issues. Category: voters and watchers.","View voters and watchers of issues. Category: voters and watchers.","Add comments to issues. Category: comments.","Delete all comments, anyone's. Category: comments.","Delete own comments. Category: comments.","Edit all comments, anyone's. Category: comments.","Edit own comments. Category: comments.","Create attachments on issues. Category: attachments.","Delete all attachments, anyone's. Category: attachments.","Delete own attachments. Category: attachments.","Delete all worklogs, anyone's. Category: time tracking.","Delete own worklogs. Category: time tracking.","Edit all worklogs, anyone's. Category: time tracking.","Edit own worklogs. Category: time tracking.","Work on issues: log work (time tracking). Category: time tracking."]};
const schema34 = {"description":"A permission key defined by an app, e.g. com.example.app__approve. List it under customPermissions in .jira-permissions.yml so that validate accepts it offline.","type":"string","pattern":"^(?![A-Z][A-Z0-9_]*$)[^\\s]+$"};
const pattern6 = new RegExp("^(?![A-Z][A-Z0-9_]*$)[^\\s]+$", "u");

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/$defs/builtInPermission/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((((((((((((((((((((((((((((((((((((data === "ADMINISTER_PROJECTS") || (data === "EDIT_WORKFLOW")) || (data === "EDIT_ISSUE_LAYOUT")) || (data === "BROWSE_PROJECTS")) || (data === "MANAGE_SPRINTS_PERMISSION")) || (data === "SERVICEDESK_AGENT")) || (data === "VIEW_DEV_TOOLS")) || (data === "VIEW_READONLY_WORKFLOW")) || (data === "ASSIGNABLE_USER")) || (data === "ASSIGN_ISSUES")) || (data === "CLOSE_ISSUES")) || (data === "CREATE_ISSUES")) || (data === "DELETE_ISSUES")) || (data === "EDIT_ISSUES")) || (data === "LINK_ISSUES")) || (data === "MODIFY_REPORTER")) || (data === "MOVE_ISSUES")) || (data === "RESOLVE_ISSUES")) || (data === "SCHEDULE_ISSUES")) || (data === "SET_ISSUE_SECURITY")) || (data === "TRANSITION_ISSUES")) || (data === "MANAGE_WATCHERS")) || (data === "VIEW_VOTERS_AND_WATCHERS")) || (data === "ADD_COMMENTS")) || (data === "DELETE_ALL_COMMENTS")) || (data === "DELETE_OWN_COMMENTS")) || (data === "EDIT_ALL_COMMENTS")) || (data === "EDIT_OWN_COMMENTS")) || (data === "CREATE_ATTACHMENTS")) || (data === "DELETE_ALL_ATTACHMENTS")) || (data === "DELETE_OWN_ATTACHMENTS")) || (data === "DELETE_ALL_WORKLOGS")) || (data === "DELETE_OWN_WORKLOGS")) || (data === "EDIT_ALL_WORKLOGS")) || (data === "EDIT_OWN_WORKLOGS")) || (data === "WORK_ON_ISSUES"))){
const err1 = {instancePath,schemaPath:"#/$defs/builtInPermission/enum",keyword:"enum",params:{allowedValues: schema33.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data === "string"){
if(!pattern6.test(data)){
const err2 = {instancePath,schemaPath:"#/$defs/appPermission/pattern",keyword:"pattern",params:{pattern: "^(?![A-Z][A-Z0-9_]*$)[^\\s]+$"},message:"must match pattern \""+"^(?![A-Z][A-Z0-9_]*$)[^\\s]+$"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath,schemaPath:"#/$defs/appPermission/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const err4 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
validate21.errors = vErrors;
return false;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema35 = {"type":"array","description":"The holders this permission is granted to.","minItems":1,"items":{"$ref":"holder.schema.json"}};
const schema36 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://jira-permissions-as-code.dev/schemas/holder.schema.json","title":"Permission holder","description":"Who a permission is granted to: a bare holder type (assignee, reporter, projectLead, anyone, sd.customer.portal.only, applicationRole) or a mapping of one holder type to its value (group: jira-developers). $defs has one definition per Jira holder type; the holder itself is checked by its form (text or mapping), so that a mistake gets one clear error.","if":{"type":"string"},"then":{"$ref":"#/$defs/bareHolder"},"else":{"$ref":"#/$defs/holderWithValue"},"$defs":{"anyone":{"const":"anyone","description":"Anyone, including people who are not logged in (anonymous access). Public exposure: the lint rule no-anonymous-access reports it. Written as a bare word (\"- anyone\"); takes no value."},"applicationRole":{"description":"Users of a product. Bare (\"- applicationRole\"): any logged-in user of any product; with a key (\"- applicationRole: jira-software\"): the users of that product.","anyOf":[{"const":"applicationRole","description":"Any logged-in user of any product on the site."},{"type":"object","description":"The users of one product.","required":["applicationRole"],"additionalProperties":false,"properties":{"applicationRole":{"$ref":"#/$defs/applicationKey"}}}]},"assignee":{"const":"assignee","description":"The user an issue is assigned to. Written as a bare word (\"- assignee\"); takes no value."},"group":{"type":"object","description":"A group: by name (\"group: jira-developers\"), or better by id (\"group: {id: <groupId>}\"), since names can change.","required":["group"],"additionalProperties":false,"properties":{"group":{"$ref":"#/$defs/groupValue"}}},"groupCustomField":{"type":"object","description":"Members of the group selected in a group-picker custom field of the issue.","required":["groupCustomField"],"additionalProperties":false,"properties":{"groupCustomField":{"$ref":"#/$defs/customField"}}},"projectLead":{"const":"projectLead","description":"The project's lead. Written as a bare word (\"- projectLead\"); takes no value."},"projectRole":{"type":"object","description":"A project role: by name (\"projectRole: Developers\") or by id (\"projectRole: 10002\" or \"projectRole: {id: 10002}\").","required":["projectRole"],"additionalProperties":false,"properties":{"projectRole":{"$ref":"#/$defs/projectRoleValue"}}},"reporter":{"const":"reporter","description":"The user who reported an issue. Written as a bare word (\"- reporter\"); takes no value."},"sd.customer.portal.only":{"const":"sd.customer.portal.only","description":"Jira Service Management customers: the customer portal only, not Jira. Written as a bare word (\"- sd.customer.portal.only\"); takes no value."},"user":{"type":"object","description":"One user: by account id (\"user: 5b10a2844c20165700ede21g\") or by email address (\"user: {email: ada@example.com}\").","required":["user"],"additionalProperties":false,"properties":{"user":{"$ref":"#/$defs/userValue"}}},"userCustomField":{"type":"object","description":"The user selected in a user-picker custom field of the issue.","required":["userCustomField"],"additionalProperties":false,"properties":{"userCustomField":{"$ref":"#/$defs/customField"}}},"bareHolder":{"type":"string","description":"A holder type that needs no value.","enum":["anyone","assignee","reporter","projectLead","sd.customer.portal.only","applicationRole"],"enumDescriptions":["Anyone, including people who are not logged in (anonymous access). Public exposure: the lint rule no-anonymous-access reports it.","The user an issue is assigned to.","The user who reported an issue.","The project's lead.","Jira Service Management customers: the customer portal only, not Jira.","Any logged-in user of any product on the site."]},"holderWithValue":{"type":"object","description":"One holder type and its value, e.g. \"group: jira-developers\".","minProperties":1,"maxProperties":1,"propertyNames":{"$ref":"#/$defs/holderType"},"properties":{"anyone":{"not":{},"description":"\"anyone\" takes no value: write it as a bare word (\"- anyone\")."},"applicationRole":{"$ref":"#/$defs/applicationRole/anyOf/1/properties/applicationRole"},"assignee":{"not":{},"description":"\"assignee\" takes no value: write it as a bare word (\"- assignee\")."},"group":{"$ref":"#/$defs/group/properties/group"},"groupCustomField":{"$ref":"#/$defs/groupCustomField/properties/groupCustomField"},"projectLead":{"not":{},"description":"\"projectLead\" takes no value: write it as a bare word (\"- projectLead\")."},"projectRole":{"$ref":"#/$defs/projectRole/properties/projectRole"},"reporter":{"not":{},"description":"\"reporter\" takes no value: write it as a bare word (\"- reporter\")."},"sd.customer.portal.only":{"not":{},"description":"\"sd.customer.portal.only\" takes no value: write it as a bare word (\"- sd.customer.portal.only\")."},"user":{"$ref":"#/$defs/user/properties/user"},"userCustomField":{"$ref":"#/$defs/userCustomField/properties/userCustomField"}}},"holderType":{"type":"string","description":"The eleven holder types Jira documents.","enum":["anyone","applicationRole","assignee","group","groupCustomField","projectLead","projectRole","reporter","sd.customer.portal.only","user","userCustomField"]},"applicationKey":{"type":"string","minLength":1,"pattern":"\\S","description":"The application key, e.g. jira-software, jira-servicedesk, jira-core, jira-product-discovery."},"groupValue":{"description":"A group name, or {id: <groupId>} (optionally with its name).","if":{"type":"string"},"then":{"type":"string","minLength":1,"pattern":"\\S","description":"The group name."},"else":{"type":"object","description":"The group by id, optionally with its name.","minProperties":1,"additionalProperties":false,"properties":{"id":{"type":"string","minLength":1,"pattern":"\\S","description":"The group id (a UUID on Jira Cloud)."},"name":{"type":"string","minLength":1,"pattern":"\\S","description":"The group name."}}}},"projectRoleValue":{"description":"A project role name, its numeric id, or {id: <role id>}.","if":{"type":"string"},"then":{"type":"string","minLength":1,"pattern":"\\S","description":"The project role name."},"else":{"if":{"type":"integer"},"then":{"type":"integer","minimum":1,"maximum":9007199254740991,"description":"The project role id."},"else":{"type":"object","description":"The project role by id or by name.","minProperties":1,"maxProperties":1,"additionalProperties":false,"properties":{"id":{"type":"integer","minimum":1,"maximum":9007199254740991,"description":"The project role id."},"name":{"type":"string","minLength":1,"pattern":"\\S","description":"The project role name."}}}}},"userValue":{"description":"An account id, or {email: <address>} (looked up in Jira).","if":{"type":"string"},"then":{"type":"string","minLength":1,"pattern":"^[^@\\s]+$","description":"The Atlassian account id."},"else":{"type":"object","description":"The user by account id or by email address.","minProperties":1,"maxProperties":1,"additionalProperties":false,"properties":{"accountId":{"type":"string","minLength":1,"pattern":"^[^@\\s]+$","description":"The Atlassian account id."},"email":{"type":"string","pattern":"^[^@\\s]+@[^@\\s]+$","description":"The email address of the user."}}}},"customField":{"type":"string","minLength":1,"pattern":"\\S","description":"The custom field id (customfield_10020) or the field name."}}};
const schema37 = {"type":"string","description":"A holder type that needs no value.","enum":["anyone","assignee","reporter","projectLead","sd.customer.portal.only","applicationRole"],"enumDescriptions":["Anyone, including people who are not logged in (anonymous access). Public exposure: the lint rule no-anonymous-access reports it.","The user an issue is assigned to.","The user who reported an issue.","The project's lead.","Jira Service Management customers: the customer portal only, not Jira.","Any logged-in user of any product on the site."]};
const schema38 = {"type":"object","description":"One holder type and its value, e.g. \"group: jira-developers\".","minProperties":1,"maxProperties":1,"propertyNames":{"$ref":"#/$defs/holderType"},"properties":{"anyone":{"not":{},"description":"\"anyone\" takes no value: write it as a bare word (\"- anyone\")."},"applicationRole":{"$ref":"#/$defs/applicationRole/anyOf/1/properties/applicationRole"},"assignee":{"not":{},"description":"\"assignee\" takes no value: write it as a bare word (\"- assignee\")."},"group":{"$ref":"#/$defs/group/properties/group"},"groupCustomField":{"$ref":"#/$defs/groupCustomField/properties/groupCustomField"},"projectLead":{"not":{},"description":"\"projectLead\" takes no value: write it as a bare word (\"- projectLead\")."},"projectRole":{"$ref":"#/$defs/projectRole/properties/projectRole"},"reporter":{"not":{},"description":"\"reporter\" takes no value: write it as a bare word (\"- reporter\")."},"sd.customer.portal.only":{"not":{},"description":"\"sd.customer.portal.only\" takes no value: write it as a bare word (\"- sd.customer.portal.only\")."},"user":{"$ref":"#/$defs/user/properties/user"},"userCustomField":{"$ref":"#/$defs/userCustomField/properties/userCustomField"}}};
const schema39 = {"type":"string","description":"The eleven holder types Jira documents.","enum":["anyone","applicationRole","assignee","group","groupCustomField","projectLead","projectRole","reporter","sd.customer.portal.only","user","userCustomField"]};
const schema40 = {"type":"string","minLength":1,"pattern":"\\S","description":"The application key, e.g. jira-software, jira-servicedesk, jira-core, jira-product-discovery."};
const schema41 = {"description":"A group name, or {id: <groupId>} (optionally with its name).","if":{"type":"string"},"then":{"type":"string","minLength":1,"pattern":"\\S","description":"The group name."},"else":{"type":"object","description":"The group by id, optionally with its name.","minProperties":1,"additionalProperties":false,"properties":{"id":{"type":"string","minLength":1,"pattern":"\\S","description":"The group id (a UUID on Jira Cloud)."},"name":{"type":"string","minLength":1,"pattern":"\\S","description":"The group name."}}}};
const schema42 = {"type":"string","minLength":1,"pattern":"\\S","description":"The custom field id (customfield_10020) or the field name."};
const schema43 = {"description":"A project role name, its numeric id, or {id: <role id>}.","if":{"type":"string"},"then":{"type":"string","minLength":1,"pattern":"\\S","description":"The project role name."},"else":{"if":{"type":"integer"},"then":{"type":"integer","minimum":1,"maximum":9007199254740991,"description":"The project role id."},"else":{"type":"object","description":"The project role by id or by name.","minProperties":1,"maxProperties":1,"additionalProperties":false,"properties":{"id":{"type":"integer","minimum":1,"maximum":9007199254740991,"description":"The project role id."},"name":{"type":"string","minLength":1,"pattern":"\\S","description":"The project role name."}}}}};
const schema44 = {"description":"An account id, or {email: <address>} (looked up in Jira).","if":{"type":"string"},"then":{"type":"string","minLength":1,"pattern":"^[^@\\s]+$","description":"The Atlassian account id."},"else":{"type":"object","description":"The user by account id or by email address.","minProperties":1,"maxProperties":1,"additionalProperties":false,"properties":{"accountId":{"type":"string","minLength":1,"pattern":"^[^@\\s]+$","description":"The Atlassian account id."},"email":{"type":"string","pattern":"^[^@\\s]+@[^@\\s]+$","description":"The email address of the user."}}}};
const pattern14 = new RegExp("^[^@\\s]+$", "u");
const pattern16 = new RegExp("^[^@\\s]+@[^@\\s]+$", "u");

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 1){
validate25.errors = [{instancePath,schemaPath:"#/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties"}];
return false;
}
else {
if(Object.keys(data).length < 1){
validate25.errors = [{instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"}];
return false;
}
else {
for(const key0 in data){
const _errs1 = errors;
if(typeof key0 !== "string"){
const err0 = {instancePath,schemaPath:"#/$defs/holderType/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(((((((((((key0 === "anyone") || (key0 === "applicationRole")) || (key0 === "assignee")) || (key0 === "group")) || (key0 === "groupCustomField")) || (key0 === "projectLead")) || (key0 === "projectRole")) || (key0 === "reporter")) || (key0 === "sd.customer.portal.only")) || (key0 === "user")) || (key0 === "userCustomField"))){
const err1 = {instancePath,schemaPath:"#/$defs/holderType/enum",keyword:"enum",params:{allowedValues: schema39.enum},message:"must be equal to one of the allowed values",propertyName:key0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var valid0 = _errs1 === errors;
if(!valid0){
const err2 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate25.errors = vErrors;
return false;
break;
}
}
if(valid0){
if(data.anyone !== undefined){
const _errs4 = errors;
validate25.errors = [{instancePath:instancePath+"/anyone",schemaPath:"#/properties/anyone/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
var valid2 = _errs4 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.applicationRole !== undefined){
let data1 = data.applicationRole;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(func1(data1) < 1){
validate25.errors = [{instancePath:instancePath+"/applicationRole",schemaPath:"#/$defs/applicationRole/anyOf/1/properties/applicationRole/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern4.test(data1)){
validate25.errors = [{instancePath:instancePath+"/applicationRole",schemaPath:"#/$defs/applicationRole/anyOf/1/properties/applicationRole/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""}];
return false;
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/applicationRole",schemaPath:"#/$defs/applicationRole/anyOf/1/properties/applicationRole/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs6 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.assignee !== undefined){
const _errs9 = errors;
validate25.errors = [{instancePath:instancePath+"/assignee",schemaPath:"#/properties/assignee/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.group !== undefined){
let data3 = data.group;
const _errs11 = errors;
const _errs13 = errors;
let valid5 = true;
const _errs14 = errors;
if(typeof data3 !== "string"){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs14 === errors;
errors = _errs13;
if(vErrors !== null){
if(_errs13){
vErrors.length = _errs13;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs16 = errors;
if(errors === _errs16){
if(typeof data3 === "string"){
if(func1(data3) < 1){
validate25.errors = [{instancePath:instancePath+"/group",schemaPath:"#/$defs/group/properties/group/then/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern4.test(data3)){
validate25.errors = [{instancePath:instancePath+"/group",schemaPath:"#/$defs/group/properties/group/then/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""}];
return false;
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/group",schemaPath:"#/$defs/group/properties/group/then/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var _valid0 = _errs16 === errors;
valid5 = _valid0;
ifClause0 = "then";
}
else {
const _errs18 = errors;
if(errors === _errs18){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(Object.keys(data3).length < 1){
validate25.errors = [{instancePath:instancePath+"/group",schemaPath:"#/$defs/group/properties/group/else/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"}];
return false;
}
else {
const _errs20 = errors;
for(const key1 in data3){
if(!((key1 === "id") || (key1 === "name"))){
validate25.errors = [{instancePath:instancePath+"/group",schemaPath:"#/$defs/group/properties/group/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs20 === errors){
if(data3.id !== undefined){
let data4 = data3.id;
const _errs21 = errors;
if(errors === _errs21){
if(typeof data4 === "string"){
if(func1(data4) < 1){
validate25.errors = [{instancePath:instancePath+"/group/id",schemaPath:"#/$defs/group/properties/group/else/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern4.test(data4)){
validate25.errors = [{instancePath:instancePath+"/group/id",schemaPath:"#/$defs/group/properties/group/else/properties/id/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""}];
return false;
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/group/id",schemaPath:"#/$defs/group/properties/group/else/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs21 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data3.name !== undefined){
let data5 = data3.name;
const _errs23 = errors;
if(errors === _errs23){
if(typeof data5 === "string"){
if(func1(data5) < 1){
validate25.errors = [{instancePath:instancePath+"/group/name",schemaPath:"#/$defs/group/properties/group/else/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern4.test(data5)){
validate25.errors = [{instancePath:instancePath+"/group/name",schemaPath:"#/$defs/group/properties/group/else/properties/name/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""}];
return false;
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/group/name",schemaPath:"#/$defs/group/properties/group/else/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs23 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/group",schemaPath:"#/$defs/group/properties/group/else/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid0 = _errs18 === errors;
valid5 = _valid0;
ifClause0 = "else";
}
if(!valid5){
const err4 = {instancePath:instancePath+"/group",schemaPath:"#/$defs/group/properties/group/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
validate25.errors = vErrors;
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.groupCustomField !== undefined){
let data6 = data.groupCustomField;
const _errs25 = errors;
const _errs26 = errors;
if(errors === _errs26){
if(typeof data6 === "string"){
if(func1(data6) < 1){
validate25.errors = [{instancePath:instancePath+"/groupCustomField",schemaPath:"#/$defs/groupCustomField/properties/groupCustomField/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern4.test(data6)){
validate25.errors = [{instancePath:instancePath+"/groupCustomField",schemaPath:"#/$defs/groupCustomField/properties/groupCustomField/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""}];
return false;
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/groupCustomField",schemaPath:"#/$defs/groupCustomField/properties/groupCustomField/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs25 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.projectLead !== undefined){
const _errs28 = errors;
validate25.errors = [{instancePath:instancePath+"/projectLead",schemaPath:"#/properties/projectLead/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
var valid2 = _errs28 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.projectRole !== undefined){
let data8 = data.projectRole;
const _errs30 = errors;
const _errs32 = errors;
let valid9 = true;
const _errs33 = errors;
if(typeof data8 !== "string"){
const err5 = {};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid1 = _errs33 === errors;
errors = _errs32;
if(vErrors !== null){
if(_errs32){
vErrors.length = _errs32;
}
else {
vErrors = null;
}
}
let ifClause1;
if(_valid1){
const _errs35 = errors;
if(errors === _errs35){
if(typeof data8 === "string"){
if(func1(data8) < 1){
validate25.errors = [{instancePath:instancePath+"/projectRole",schemaPath:"#/$defs/projectRole/properties/projectRole/then/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern4.test(data8)){
validate25.errors = [{instancePath:instancePath+"/projectRole",schemaPath:"#/$defs/projectRole/properties/projectRole/then/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""}];
return false;
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/projectRole",schemaPath:"#/$defs/projectRole/properties/projectRole/then/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var _valid1 = _errs35 === errors;
valid9 = _valid1;
ifClause1 = "then";
}
else {
const _errs37 = errors;
const _errs38 = errors;
let valid10 = true;
const _errs39 = errors;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err6 = {};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid2 = _errs39 === errors;
errors = _errs38;
if(vErrors !== null){
if(_errs38){
vErrors.length = _errs38;
}
else {
vErrors = null;
}
}
let ifClause2;
if(_valid2){
const _errs41 = errors;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
validate25.errors = [{instancePath:instancePath+"/projectRole",schemaPath:"#/$defs/projectRole/properties/projectRole/else/then/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs41){
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 9007199254740991 || isNaN(data8)){
validate25.errors = [{instancePath:instancePath+"/projectRole",schemaPath:"#/$defs/projectRole/properties/projectRole/else/then/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data8 < 1 || isNaN(data8)){
validate25.errors = [{instancePath:instancePath+"/projectRole",schemaPath:"#/$defs/projectRole/properties/projectRole/else/then/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var _valid2 = _errs41 === errors;
valid10 = _valid2;
ifClause2 = "then";
}
else {
const _errs43 = errors;
if(errors === _errs43){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(Object.keys(data8).length > 1){
validate25.errors = [{instancePath:instancePath+"/projectRole",schemaPath:"#/$defs/projectRole/properties/projectRole/else/else/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties"}];
return false;
}
else {
if(Object.keys(data8).length < 1){
validate25.errors = [{instancePath:instancePath+"/projectRole",schemaPath:"#/$defs/projectRole/properties/projectRole/else/else/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"}];
return false;
}
else {
const _errs45 = errors;
for(const key2 in data8){
if(!((key2 === "id") || (key2 === "name"))){
validate25.errors = [{instancePath:instancePath+"/projectRole",schemaPath:"#/$defs/projectRole/properties/projectRole/else/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs45 === errors){
if(data8.id !== undefined){
let data9 = data8.id;
const _errs46 = errors;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
validate25.errors = [{instancePath:instancePath+"/projectRole/id",schemaPath:"#/$defs/projectRole/properties/projectRole/else/else/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs46){
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 9007199254740991 || isNaN(data9)){
validate25.errors = [{instancePath:instancePath+"/projectRole/id",schemaPath:"#/$defs/projectRole/properties/projectRole/else/else/properties/id/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data9 < 1 || isNaN(data9)){
validate25.errors = [{instancePath:instancePath+"/projectRole/id",schemaPath:"#/$defs/projectRole/properties/projectRole/else/else/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid11 = _errs46 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data8.name !== undefined){
let data10 = data8.name;
const _errs48 = errors;
if(errors === _errs48){
if(typeof data10 === "string"){
if(func1(data10) < 1){
validate25.errors = [{instancePath:instancePath+"/projectRole/name",schemaPath:"#/$defs/projectRole/properties/projectRole/else/else/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern4.test(data10)){
validate25.errors = [{instancePath:instancePath+"/projectRole/name",schemaPath:"#/$defs/projectRole/properties/projectRole/else/else/properties/name/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""}];
return false;
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/projectRole/name",schemaPath:"#/$defs/projectRole/properties/projectRole/else/else/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid11 = _errs48 === errors;
}
else {
var valid11 = true;
}
}
}
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/projectRole",schemaPath:"#/$defs/projectRole/properties/projectRole/else/else/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid2 = _errs43 === errors;
valid10 = _valid2;
ifClause2 = "else";
}
if(!valid10){
const err7 = {instancePath:instancePath+"/projectRole",schemaPath:"#/$defs/projectRole/properties/projectRole/else/if",keyword:"if",params:{failingKeyword: ifClause2},message:"must match \""+ifClause2+"\" schema"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
validate25.errors = vErrors;
return false;
}
var _valid1 = _errs37 === errors;
valid9 = _valid1;
ifClause1 = "else";
}
if(!valid9){
const err8 = {instancePath:instancePath+"/projectRole",schemaPath:"#/$defs/projectRole/properties/projectRole/if",keyword:"if",params:{failingKeyword: ifClause1},message:"must match \""+ifClause1+"\" schema"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
validate25.errors = vErrors;
return false;
}
var valid2 = _errs30 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.reporter !== undefined){
const _errs50 = errors;
validate25.errors = [{instancePath:instancePath+"/reporter",schemaPath:"#/properties/reporter/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
var valid2 = _errs50 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data["sd.customer.portal.only"] !== undefined){
const _errs52 = errors;
validate25.errors = [{instancePath:instancePath+"/sd.customer.portal.only",schemaPath:"#/properties/sd.customer.portal.only/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
var valid2 = _errs52 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.user !== undefined){
let data13 = data.user;
const _errs54 = errors;
const _errs56 = errors;
let valid13 = true;
const _errs57 = errors;
if(typeof data13 !== "string"){
const err9 = {};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid3 = _errs57 === errors;
errors = _errs56;
if(vErrors !== null){
if(_errs56){
vErrors.length = _errs56;
}
else {
vErrors = null;
}
}
let ifClause3;
if(_valid3){
const _errs59 = errors;
if(errors === _errs59){
if(typeof data13 === "string"){
if(func1(data13) < 1){
validate25.errors = [{instancePath:instancePath+"/user",schemaPath:"#/$defs/user/properties/user/then/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern14.test(data13)){
validate25.errors = [{instancePath:instancePath+"/user",schemaPath:"#/$defs/user/properties/user/then/pattern",keyword:"pattern",params:{pattern: "^[^@\\s]+$"},message:"must match pattern \""+"^[^@\\s]+$"+"\""}];
return false;
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/user",schemaPath:"#/$defs/user/properties/user/then/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var _valid3 = _errs59 === errors;
valid13 = _valid3;
ifClause3 = "then";
}
else {
const _errs61 = errors;
if(errors === _errs61){
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(Object.keys(data13).length > 1){
validate25.errors = [{instancePath:instancePath+"/user",schemaPath:"#/$defs/user/properties/user/else/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties"}];
return false;
}
else {
if(Object.keys(data13).length < 1){
validate25.errors = [{instancePath:instancePath+"/user",schemaPath:"#/$defs/user/properties/user/else/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"}];
return false;
}
else {
const _errs63 = errors;
for(const key3 in data13){
if(!((key3 === "accountId") || (key3 === "email"))){
validate25.errors = [{instancePath:instancePath+"/user",schemaPath:"#/$defs/user/properties/user/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs63 === errors){
if(data13.accountId !== undefined){
let data14 = data13.accountId;
const _errs64 = errors;
if(errors === _errs64){
if(typeof data14 === "string"){
if(func1(data14) < 1){
validate25.errors = [{instancePath:instancePath+"/user/accountId",schemaPath:"#/$defs/user/properties/user/else/properties/accountId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern14.test(data14)){
validate25.errors = [{instancePath:instancePath+"/user/accountId",schemaPath:"#/$defs/user/properties/user/else/properties/accountId/pattern",keyword:"pattern",params:{pattern: "^[^@\\s]+$"},message:"must match pattern \""+"^[^@\\s]+$"+"\""}];
return false;
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/user/accountId",schemaPath:"#/$defs/user/properties/user/else/properties/accountId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid14 = _errs64 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data13.email !== undefined){
let data15 = data13.email;
const _errs66 = errors;
if(errors === _errs66){
if(typeof data15 === "string"){
if(!pattern16.test(data15)){
validate25.errors = [{instancePath:instancePath+"/user/email",schemaPath:"#/$defs/user/properties/user/else/properties/email/pattern",keyword:"pattern",params:{pattern: "^[^@\\s]+@[^@\\s]+$"},message:"must match pattern \""+"^[^@\\s]+@[^@\\s]+$"+"\""}];
return false;
}
}
else {
validate25.errors = [{instancePath:instancePath+"/user/email",schemaPath:"#/$defs/user/properties/user/else/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid14 = _errs66 === errors;
}
else {
var valid14 = true;
}
}
}
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/user",schemaPath:"#/$defs/user/properties/user/else/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var _valid3 = _errs61 === errors;
valid13 = _valid3;
ifClause3 = "else";
}
if(!valid13){
const err10 = {instancePath:instancePath+"/user",schemaPath:"#/$defs/user/properties/user/if",keyword:"if",params:{failingKeyword: ifClause3},message:"must match \""+ifClause3+"\" schema"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
validate25.errors = vErrors;
return false;
}
var valid2 = _errs54 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.userCustomField !== undefined){
let data16 = data.userCustomField;
const _errs68 = errors;
const _errs69 = errors;
if(errors === _errs69){
if(typeof data16 === "string"){
if(func1(data16) < 1){
validate25.errors = [{instancePath:instancePath+"/userCustomField",schemaPath:"#/$defs/userCustomField/properties/userCustomField/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern4.test(data16)){
validate25.errors = [{instancePath:instancePath+"/userCustomField",schemaPath:"#/$defs/userCustomField/properties/userCustomField/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""}];
return false;
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/userCustomField",schemaPath:"#/$defs/userCustomField/properties/userCustomField/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs68 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate25.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":{"anyone":true,"applicationRole":true,"assignee":true,"group":true,"groupCustomField":true,"projectLead":true,"projectRole":true,"reporter":true,"sd.customer.portal.only":true,"user":true,"userCustomField":true},"dynamicProps":false,"dynamicItems":false};


function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(typeof data !== "string"){
validate24.errors = [{instancePath,schemaPath:"#/$defs/bareHolder/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((data === "anyone") || (data === "assignee")) || (data === "reporter")) || (data === "projectLead")) || (data === "sd.customer.portal.only")) || (data === "applicationRole"))){
validate24.errors = [{instancePath,schemaPath:"#/$defs/bareHolder/enum",keyword:"enum",params:{allowedValues: schema37.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs6 = errors;
if(!(validate25(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var _valid0 = _errs6 === errors;
valid0 = _valid0;
if(valid0){
var props0 = {};
props0.anyone = true;
props0.applicationRole = true;
props0.assignee = true;
props0.group = true;
props0.groupCustomField = true;
props0.projectLead = true;
props0.projectRole = true;
props0.reporter = true;
props0["sd.customer.portal.only"] = true;
props0.user = true;
props0.userCustomField = true;
}
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate24.errors = vErrors;
return false;
}
validate24.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate24.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(Array.isArray(data)){
if(data.length < 1){
validate23.errors = [{instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid0 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
const _errs1 = errors;
if(!(validate24(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
}
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.name === undefined) && (missing0 = "name")) || ((data.grants === undefined) && (missing0 = "grants"))){
validate20.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "name") || (key0 === "description")) || (key0 === "id")) || (key0 === "projects")) || (key0 === "grants"))){
validate20.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.name !== undefined){
let data0 = data.name;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func1(data0) < 1){
validate20.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern4.test(data0)){
validate20.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
const _errs4 = errors;
if(typeof data.description !== "string"){
validate20.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data2 = data.id;
const _errs6 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate20.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs6){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 9007199254740991 || isNaN(data2)){
validate20.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991"}];
return false;
}
else {
if(data2 < 0 || isNaN(data2)){
validate20.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.projects !== undefined){
let data3 = data.projects;
const _errs8 = errors;
if(errors === _errs8){
if(Array.isArray(data3)){
var valid1 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs10 = errors;
if(errors === _errs10){
if(typeof data4 === "string"){
if(!pattern5.test(data4)){
validate20.errors = [{instancePath:instancePath+"/projects/" + i0,schemaPath:"#/properties/projects/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]*$"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/projects/" + i0,schemaPath:"#/properties/projects/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs10 === errors;
if(!valid1){
break;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/projects",schemaPath:"#/properties/projects/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.grants !== undefined){
let data5 = data.grants;
const _errs12 = errors;
if(errors === _errs12){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key1 in data5){
const _errs14 = errors;
if(!(validate21(key1, {instancePath:instancePath+"/grants",parentData:data5,parentDataProperty:"grants",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var valid2 = _errs14 === errors;
if(!valid2){
const err0 = {instancePath:instancePath+"/grants",schemaPath:"#/properties/grants/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
validate20.errors = vErrors;
return false;
break;
}
}
if(valid2){
const _errs15 = errors;
for(const key2 in data5){
if(!(func2.call(schema31.properties.grants.properties, key2))){
const _errs16 = errors;
if(!(validate23(data5[key2], {instancePath:instancePath+"/grants/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data5,parentDataProperty:key2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid3 = _errs16 === errors;
if(!valid3){
break;
}
}
}
if(_errs15 === errors){
if(data5.ADMINISTER_PROJECTS !== undefined){
const _errs17 = errors;
if(!(validate23(data5.ADMINISTER_PROJECTS, {instancePath:instancePath+"/grants/ADMINISTER_PROJECTS",parentData:data5,parentDataProperty:"ADMINISTER_PROJECTS",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid4 = _errs17 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.EDIT_WORKFLOW !== undefined){
const _errs18 = errors;
if(!(validate23(data5.EDIT_WORKFLOW, {instancePath:instancePath+"/grants/EDIT_WORKFLOW",parentData:data5,parentDataProperty:"EDIT_WORKFLOW",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid4 = _errs18 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.EDIT_ISSUE_LAYOUT !== undefined){
const _errs19 = errors;
if(!(validate23(data5.EDIT_ISSUE_LAYOUT, {instancePath:instancePath+"/grants/EDIT_ISSUE_LAYOUT",parentData:data5,parentDataProperty:"EDIT_ISSUE_LAYOUT",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid4 = _errs19 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.BROWSE_PROJECTS !== undefined){
const _errs20 = errors;
if(!(validate23(data5.BROWSE_PROJECTS, {instancePath:instancePath+"/grants/BROWSE_PROJECTS",parentData:data5,parentDataProperty:"BROWSE_PROJECTS",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid4 = _errs20 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.MANAGE_SPRINTS_PERMISSION !== undefined){
const _errs21 = errors;
if(!(validate23(data5.MANAGE_SPRINTS_PERMISSION, {instancePath:instancePath+"/grants/MANAGE_SPRINTS_PERMISSION",parentData:data5,parentDataProperty:"MANAGE_SPRINTS_PERMISSION",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid4 = _errs21 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.SERVICEDESK_AGENT !== undefined){
const _errs22 = errors;
if(!(validate23(data5.SERVICEDESK_AGENT, {instancePath:instancePath+"/grants/SERVICEDESK_AGENT",parentData:data5,parentDataProperty:"SERVICEDESK_AGENT",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid4 = _errs22 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.VIEW_DEV_TOOLS !== undefined){
const _errs23 = errors;
if(!(validate23(data5.VIEW_DEV_TOOLS, {instancePath:instancePath+"/grants/VIEW_DEV_TOOLS",parentData:data5,parentDataProperty:"VIEW_DEV_TOOLS",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid4 = _errs23 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.VIEW_READONLY_WORKFLOW !== undefined){
const _errs24 = errors;
if(!(validate23(data5.VIEW_READONLY_WORKFLOW, {instancePath:instancePath+"/grants/VIEW_READONLY_WORKFLOW",parentData:data5,parentDataProperty:"VIEW_READONLY_WORKFLOW",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid4 = _errs24 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.ASSIGNABLE_USER !== undefined){
const _errs25 = errors;
if(!(validate23(data5.ASSIGNABLE_USER, {instancePath:instancePath+"/grants/ASSIGNABLE_USER",parentData:data5,parentDataProperty:"ASSIGNABLE_USER",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid4 = _errs25 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.ASSIGN_ISSUES !== undefined){
const _errs26 = errors;
if(!(validate23(data5.ASSIGN_ISSUES, {instancePath:instancePath+"/grants/ASSIGN_ISSUES",parentData:data5,parentDataProperty:"ASSIGN_ISSUES",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid4 = _errs26 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.CLOSE_ISSUES !== undefined){
const _errs27 = errors;
if(!(validate23(data5.CLOSE_ISSUES, {instancePath:instancePath+"/grants/CLOSE_ISSUES",parentData:data5,parentDataProperty:"CLOSE_ISSUES",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid4 = _errs27 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.CREATE_ISSUES !== undefined){
const _errs28 = errors;
if(!(validate23(data5.CREATE_ISSUES, {instancePath:instancePath+"/grants/CREATE_ISSUES",parentData:data5,parentDataProperty:"CREATE_ISSUES",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid4 = _errs28 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.DELETE_ISSUES !== undefined){
const _errs29 = errors;
if(!(validate23(data5.DELETE_ISSUES, {instancePath:instancePath+"/grants/DELETE_ISSUES",parentData:data5,parentDataProperty:"DELETE_ISSUES",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid4 = _errs29 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.EDIT_ISSUES !== undefined){
const _errs30 = errors;
if(!(validate23(data5.EDIT_ISSUES, {instancePath:instancePath+"/grants/EDIT_ISSUES",parentData:data5,parentDataProperty:"EDIT_ISSUES",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid4 = _errs30 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.LINK_ISSUES !== undefined){
const _errs31 = errors;
if(!(validate23(data5.LINK_ISSUES, {instancePath:instancePath+"/grants/LINK_ISSUES",parentData:data5,parentDataProperty:"LINK_ISSUES",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid4 = _errs31 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.MODIFY_REPORTER !== undefined){
const _errs32 = errors;
if(!(validate23(data5.MODIFY_REPORTER, {instancePath:instancePath+"/grants/MODIFY_REPORTER",parentData:data5,parentDataProperty:"MODIFY_REPORTER",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid4 = _errs32 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.MOVE_ISSUES !== undefined){
const _errs33 = errors;
if(!(validate23(data5.MOVE_ISSUES, {instancePath:instancePath+"/grants/MOVE_ISSUES",parentData:data5,parentDataProperty:"MOVE_ISSUES",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid4 = _errs33 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.RESOLVE_ISSUES !== undefined){
const _errs34 = errors;
if(!(validate23(data5.RESOLVE_ISSUES, {instancePath:instancePath+"/grants/RESOLVE_ISSUES",parentData:data5,parentDataProperty:"RESOLVE_ISSUES",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid4 = _errs34 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.SCHEDULE_ISSUES !== undefined){
const _errs35 = errors;
if(!(validate23(data5.SCHEDULE_ISSUES, {instancePath:instancePath+"/grants/SCHEDULE_ISSUES",parentData:data5,parentDataProperty:"SCHEDULE_ISSUES",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid4 = _errs35 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.SET_ISSUE_SECURITY !== undefined){
const _errs36 = errors;
if(!(validate23(data5.SET_ISSUE_SECURITY, {instancePath:instancePath+"/grants/SET_ISSUE_SECURITY",parentData:data5,parentDataProperty:"SET_ISSUE_SECURITY",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid4 = _errs36 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.TRANSITION_ISSUES !== undefined){
const _errs37 = errors;
if(!(validate23(data5.TRANSITION_ISSUES, {instancePath:instancePath+"/grants/TRANSITION_ISSUES",parentData:data5,parentDataProperty:"TRANSITION_ISSUES",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid4 = _errs37 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.MANAGE_WATCHERS !== undefined){
const _errs38 = errors;
if(!(validate23(data5.MANAGE_WATCHERS, {instancePath:instancePath+"/grants/MANAGE_WATCHERS",parentData:data5,parentDataProperty:"MANAGE_WATCHERS",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid4 = _errs38 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.VIEW_VOTERS_AND_WATCHERS !== undefined){
const _errs39 = errors;
if(!(validate23(data5.VIEW_VOTERS_AND_WATCHERS, {instancePath:instancePath+"/grants/VIEW_VOTERS_AND_WATCHERS",parentData:data5,parentDataProperty:"VIEW_VOTERS_AND_WATCHERS",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid4 = _errs39 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.ADD_COMMENTS !== undefined){
const _errs40 = errors;
if(!(validate23(data5.ADD_COMMENTS, {instancePath:instancePath+"/grants/ADD_COMMENTS",parentData:data5,parentDataProperty:"ADD_COMMENTS",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid4 = _errs40 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.DELETE_ALL_COMMENTS !== undefined){
const _errs41 = errors;
if(!(validate23(data5.DELETE_ALL_COMMENTS, {instancePath:instancePath+"/grants/DELETE_ALL_COMMENTS",parentData:data5,parentDataProperty:"DELETE_ALL_COMMENTS",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid4 = _errs41 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.DELETE_OWN_COMMENTS !== undefined){
const _errs42 = errors;
if(!(validate23(data5.DELETE_OWN_COMMENTS, {instancePath:instancePath+"/grants/DELETE_OWN_COMMENTS",parentData:data5,parentDataProperty:"DELETE_OWN_COMMENTS",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid4 = _errs42 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.EDIT_ALL_COMMENTS !== undefined){
const _errs43 = errors;
if(!(validate23(data5.EDIT_ALL_COMMENTS, {instancePath:instancePath+"/grants/EDIT_ALL_COMMENTS",parentData:data5,parentDataProperty:"EDIT_ALL_COMMENTS",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid4 = _errs43 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.EDIT_OWN_COMMENTS !== undefined){
const _errs44 = errors;
if(!(validate23(data5.EDIT_OWN_COMMENTS, {instancePath:instancePath+"/grants/EDIT_OWN_COMMENTS",parentData:data5,parentDataProperty:"EDIT_OWN_COMMENTS",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid4 = _errs44 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.CREATE_ATTACHMENTS !== undefined){
const _errs45 = errors;
if(!(validate23(data5.CREATE_ATTACHMENTS, {instancePath:instancePath+"/grants/CREATE_ATTACHMENTS",parentData:data5,parentDataProperty:"CREATE_ATTACHMENTS",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid4 = _errs45 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.DELETE_ALL_ATTACHMENTS !== undefined){
const _errs46 = errors;
if(!(validate23(data5.DELETE_ALL_ATTACHMENTS, {instancePath:instancePath+"/grants/DELETE_ALL_ATTACHMENTS",parentData:data5,parentDataProperty:"DELETE_ALL_ATTACHMENTS",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid4 = _errs46 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.DELETE_OWN_ATTACHMENTS !== undefined){
const _errs47 = errors;
if(!(validate23(data5.DELETE_OWN_ATTACHMENTS, {instancePath:instancePath+"/grants/DELETE_OWN_ATTACHMENTS",parentData:data5,parentDataProperty:"DELETE_OWN_ATTACHMENTS",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid4 = _errs47 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.DELETE_ALL_WORKLOGS !== undefined){
const _errs48 = errors;
if(!(validate23(data5.DELETE_ALL_WORKLOGS, {instancePath:instancePath+"/grants/DELETE_ALL_WORKLOGS",parentData:data5,parentDataProperty:"DELETE_ALL_WORKLOGS",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid4 = _errs48 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.DELETE_OWN_WORKLOGS !== undefined){
const _errs49 = errors;
if(!(validate23(data5.DELETE_OWN_WORKLOGS, {instancePath:instancePath+"/grants/DELETE_OWN_WORKLOGS",parentData:data5,parentDataProperty:"DELETE_OWN_WORKLOGS",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid4 = _errs49 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.EDIT_ALL_WORKLOGS !== undefined){
const _errs50 = errors;
if(!(validate23(data5.EDIT_ALL_WORKLOGS, {instancePath:instancePath+"/grants/EDIT_ALL_WORKLOGS",parentData:data5,parentDataProperty:"EDIT_ALL_WORKLOGS",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid4 = _errs50 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.EDIT_OWN_WORKLOGS !== undefined){
const _errs51 = errors;
if(!(validate23(data5.EDIT_OWN_WORKLOGS, {instancePath:instancePath+"/grants/EDIT_OWN_WORKLOGS",parentData:data5,parentDataProperty:"EDIT_OWN_WORKLOGS",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid4 = _errs51 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.WORK_ON_ISSUES !== undefined){
const _errs52 = errors;
if(!(validate23(data5.WORK_ON_ISSUES, {instancePath:instancePath+"/grants/WORK_ON_ISSUES",parentData:data5,parentDataProperty:"WORK_ON_ISSUES",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid4 = _errs52 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/grants",schemaPath:"#/properties/grants/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

}

function collectingEveryError(exports) {
exports.scheme = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://jira-permissions-as-code.dev/schemas/permission-scheme.schema.json","title":"Jira permission scheme","description":"One Jira permission scheme, as code. Put \"# yaml-language-server: $schema=<path>/permission-scheme.schema.json\" at the top of a file for completion in editors.","type":"object","required":["name","grants"],"additionalProperties":false,"properties":{"name":{"type":"string","minLength":1,"pattern":"\\S","description":"The scheme's name: unique across the folder, and the scheme's identity in Jira."},"description":{"type":"string","description":"Optional description shown in Jira."},"id":{"type":"integer","minimum":0,"maximum":9007199254740991,"description":"Optional: binds this file to an existing live scheme by id (so renaming the file's scheme renames the live one). Jira's Default Permission Scheme has id 0."},"projects":{"type":"array","description":"Optional: the keys of the projects that use this scheme. Absent: which projects use it is left alone. Present (also []): after apply exactly these projects use it; a listed project is moved onto it from the scheme it uses now. A key may be listed in one file only.","items":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_]*$","description":"A project key as Jira shows it, e.g. SOFT (another case is accepted with a warning)."}},"grants":{"type":"object","description":"Permission key -> list of holders.","propertyNames":{"$ref":"permissions.schema.json"},"properties":{"ADMINISTER_PROJECTS":{"$ref":"#/$defs/holders","description":"Administer projects: manage project settings, roles, components and versions. Category: administration."},"EDIT_WORKFLOW":{"$ref":"#/$defs/holders","description":"Edit workflows: change the project's workflows (team-managed and shared). Category: administration."},"EDIT_ISSUE_LAYOUT":{"$ref":"#/$defs/holders","description":"Edit issue layouts: change how fields are arranged on issues. Category: administration."},"BROWSE_PROJECTS":{"$ref":"#/$defs/holders","description":"Browse projects: see the project and its issues. Without it nothing else matters. Category: project."},"MANAGE_SPRINTS_PERMISSION":{"$ref":"#/$defs/holders","description":"Manage sprints: create, start, complete and reorder sprints. Category: project. Needs Jira Software."},"SERVICEDESK_AGENT":{"$ref":"#/$defs/holders","description":"Service project agent: work on requests in a service project. Category: project. Needs Jira Service Management."},"VIEW_DEV_TOOLS":{"$ref":"#/$defs/holders","description":"View development tools: see branches, commits, pull requests and builds on issues. Category: project. Needs Jira Software."},"VIEW_READONLY_WORKFLOW":{"$ref":"#/$defs/holders","description":"View read-only workflow: see the workflow an issue follows. Category: project."},"ASSIGNABLE_USER":{"$ref":"#/$defs/holders","description":"Assignable user: can be assigned issues. Category: issue."},"ASSIGN_ISSUES":{"$ref":"#/$defs/holders","description":"Assign issues: assign issues to other people. Category: issue."},"CLOSE_ISSUES":{"$ref":"#/$defs/holders","description":"Close issues. Category: issue."},"CREATE_ISSUES":{"$ref":"#/$defs/holders","description":"Create issues. Category: issue."},"DELETE_ISSUES":{"$ref":"#/$defs/holders","description":"Delete issues, with their comments and attachments. Category: issue."},"EDIT_ISSUES":{"$ref":"#/$defs/holders","description":"Edit issues. Category: issue."},"LINK_ISSUES":{"$ref":"#/$defs/holders","description":"Link issues. Category: issue."},"MODIFY_REPORTER":{"$ref":"#/$defs/holders","description":"Modify reporter: change who reported an issue. Category: issue."},"MOVE_ISSUES":{"$ref":"#/$defs/holders","description":"Move issues between projects or issue types. Category: issue."},"RESOLVE_ISSUES":{"$ref":"#/$defs/holders","description":"Resolve issues and set fix versions. Category: issue."},"SCHEDULE_ISSUES":{"$ref":"#/$defs/holders","description":"Schedule issues: set or change due dates. Category: issue."},"SET_ISSUE_SECURITY":{"$ref":"#/$defs/holders","description":"Set issue security: choose the security level of issues. Category: issue."},"TRANSITION_ISSUES":{"$ref":"#/$defs/holders","description":"Transition issues through the workflow. Category: issue."},"MANAGE_WATCHERS":{"$ref":"#/$defs/holders","description":"Manage watchers: add and remove watchers of issues. Category: voters and watchers."},"VIEW_VOTERS_AND_WATCHERS":{"$ref":"#/$defs/holders","description":"View voters and watchers of issues. Category: voters and watchers."},"ADD_COMMENTS":{"$ref":"#/$defs/holders","description":"Add comments to issues. Category: comments."},"DELETE_ALL_COMMENTS":{"$ref":"#/$defs/holders","description":"Delete all comments, anyone's. Category: comments."},"DELETE_OWN_COMMENTS":{"$ref":"#/$defs/holders","description":"Delete own comments. Category: comments."},"EDIT_ALL_COMMENTS":{"$ref":"#/$defs/holders","description":"Edit all comments, anyone's. Category: comments."},"EDIT_OWN_COMMENTS":{"$ref":"#/$defs/holders","description":"Edit own comments. Category: comments."},"CREATE_ATTACHMENTS":{"$ref":"#/$defs/holders","description":"Create attachments on issues. Category: attachments."},"DELETE_ALL_ATTACHMENTS":{"$ref":"#/$defs/holders","description":"Delete all attachments, anyone's. Category: attachments."},"DELETE_OWN_ATTACHMENTS":{"$ref":"#/$defs/holders","description":"Delete own attachments. Category: attachments."},"DELETE_ALL_WORKLOGS":{"$ref":"#/$defs/holders","description":"Delete all worklogs, anyone's. Category: time tracking."},"DELETE_OWN_WORKLOGS":{"$ref":"#/$defs/holders","description":"Delete own worklogs. Category: time tracking."},"EDIT_ALL_WORKLOGS":{"$ref":"#/$defs/holders","description":"Edit all worklogs, anyone's. Category: time tracking."},"EDIT_OWN_WORKLOGS":{"$ref":"#/$defs/holders","description":"Edit own worklogs. Category: time tracking."},"WORK_ON_ISSUES":{"$ref":"#/$defs/holders","description":"Work on issues: log work (time tracking). Category: time tracking."}},"additionalProperties":{"$ref":"#/$defs/holders"}}},"$defs":{"holders":{"type":"array","description":"The holders this permission is granted to.","minItems":1,"items":{"$ref":"holder.schema.json"}}}};
const func1 = (__webpack_require__(6214) .A);
const func2 = Object.prototype.hasOwnProperty;
const pattern4 = new RegExp("\\S", "u");
const pattern5 = new RegExp("^[A-Za-z][A-Za-z0-9_]*$", "u");
const schema32 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://jira-permissions-as-code.dev/schemas/permissions.schema.json","title":"Jira project permission key","description":"A project permission key: one of Jira's built-in keys, or a key an app defines (apps' keys are accepted when the settings file lists them under customPermissions). Each built-in key's definition carries its category (x-category) and, where it needs one, the product (x-product).","anyOf":[{"$ref":"#/$defs/builtInPermission"},{"$ref":"#/$defs/appPermission"}],"$defs":{"builtInPermission":{"description":"A built-in Jira project permission (Jira's permission-scheme reference).","type":"string","enum":["ADMINISTER_PROJECTS","EDIT_WORKFLOW","EDIT_ISSUE_LAYOUT","BROWSE_PROJECTS","MANAGE_SPRINTS_PERMISSION","SERVICEDESK_AGENT","VIEW_DEV_TOOLS","VIEW_READONLY_WORKFLOW","ASSIGNABLE_USER","ASSIGN_ISSUES","CLOSE_ISSUES","CREATE_ISSUES","DELETE_ISSUES","EDIT_ISSUES","LINK_ISSUES","MODIFY_REPORTER","MOVE_ISSUES","RESOLVE_ISSUES","SCHEDULE_ISSUES","SET_ISSUE_SECURITY","TRANSITION_ISSUES","MANAGE_WATCHERS","VIEW_VOTERS_AND_WATCHERS","ADD_COMMENTS","DELETE_ALL_COMMENTS","DELETE_OWN_COMMENTS","EDIT_ALL_COMMENTS","EDIT_OWN_COMMENTS","CREATE_ATTACHMENTS","DELETE_ALL_ATTACHMENTS","DELETE_OWN_ATTACHMENTS","DELETE_ALL_WORKLOGS","DELETE_OWN_WORKLOGS","EDIT_ALL_WORKLOGS","EDIT_OWN_WORKLOGS","WORK_ON_ISSUES"],"enumDescriptions":["Administer projects: manage project settings, roles, components and versions. Category: administration.","Edit workflows: change the project's workflows (team-managed and shared). Category: administration.","Edit issue layouts: change how fields are arranged on issues. Category: administration.","Browse projects: see the project and its issues. Without it nothing else matters. Category: project.","Manage sprints: create, start, complete and reorder sprints. Category: project. Needs Jira Software.","Service project agent: work on requests in a service project. Category: project. Needs Jira Service Management.","View development tools: see branches, commits, pull requests and builds on issues. Category: project. Needs Jira Software.","View read-only workflow: see the workflow an issue follows. Category: project.","Assignable user: can be assigned issues. Category: issue.","Assign issues: assign issues to other people. Category: issue.","Close issues. Category: issue.","Create issues. Category: issue.","Delete issues, with their comments and attachments. Category: issue.","Edit issues. Category: issue.","Link issues. Category: issue.","Modify reporter: change who reported an issue. Category: issue.","Move issues between projects or issue types. Category: issue.","Resolve issues and set fix versions. Category: issue.","Schedule issues: set or change due dates. Category: issue.","Set issue security: choose the security level of issues. Category: issue.","Transition issues through the workflow. Category: issue.","Manage watchers: add and remove watchers of issues. Category: voters and watchers.","View voters and watchers of issues. Category: voters and watchers.","Add comments to issues. Category: comments.","Delete all comments, anyone's. Category: comments.","Delete own comments. Category: comments.","Edit all comments, anyone's. Category: comments.","Edit own comments. Category: comments.","Create attachments on issues. Category: attachments.","Delete all attachments, anyone's. Category: attachments.","Delete own attachments. Category: attachments.","Delete all worklogs, anyone's. Category: time tracking.","Delete own worklogs. Category: time tracking.","Edit all worklogs, anyone's. Category: time tracking.","Edit own worklogs. Category: time tracking.","Work on issues: log work (time tracking). Category: time tracking."]},"appPermission":{"description":"A permission key defined by an app, e.g. com.example.app__approve. List it under customPermissions in .jira-permissions.yml so that validate accepts it offline.","type":"string","pattern":"^(?![A-Z][A-Z0-9_]*$)[^\\s]+$"},"ADMINISTER_PROJECTS":{"const":"ADMINISTER_PROJECTS","description":"Administer projects: manage project settings, roles, components and versions. Category: administration.","x-category":"administration"},"EDIT_WORKFLOW":{"const":"EDIT_WORKFLOW","description":"Edit workflows: change the project's workflows (team-managed and shared). Category: administration.","x-category":"administration"},"EDIT_ISSUE_LAYOUT":{"const":"EDIT_ISSUE_LAYOUT","description":"Edit issue layouts: change how fields are arranged on issues. Category: administration.","x-category":"administration"},"BROWSE_PROJECTS":{"const":"BROWSE_PROJECTS","description":"Browse projects: see the project and its issues. Without it nothing else matters. Category: project.","x-category":"project"},"MANAGE_SPRINTS_PERMISSION":{"const":"MANAGE_SPRINTS_PERMISSION","description":"Manage sprints: create, start, complete and reorder sprints. Category: project. Needs Jira Software.","x-category":"project","x-product":"Jira Software"},"SERVICEDESK_AGENT":{"const":"SERVICEDESK_AGENT","description":"Service project agent: work on requests in a service project. Category: project. Needs Jira Service Management.","x-category":"project","x-product":"Jira Service Management"},"VIEW_DEV_TOOLS":{"const":"VIEW_DEV_TOOLS","description":"View development tools: see branches, commits, pull requests and builds on issues. Category: project. Needs Jira Software.","x-category":"project","x-product":"Jira Software"},"VIEW_READONLY_WORKFLOW":{"const":"VIEW_READONLY_WORKFLOW","description":"View read-only workflow: see the workflow an issue follows. Category: project.","x-category":"project"},"ASSIGNABLE_USER":{"const":"ASSIGNABLE_USER","description":"Assignable user: can be assigned issues. Category: issue.","x-category":"issue"},"ASSIGN_ISSUES":{"const":"ASSIGN_ISSUES","description":"Assign issues: assign issues to other people. Category: issue.","x-category":"issue"},"CLOSE_ISSUES":{"const":"CLOSE_ISSUES","description":"Close issues. Category: issue.","x-category":"issue"},"CREATE_ISSUES":{"const":"CREATE_ISSUES","description":"Create issues. Category: issue.","x-category":"issue"},"DELETE_ISSUES":{"const":"DELETE_ISSUES","description":"Delete issues, with their comments and attachments. Category: issue.","x-category":"issue"},"EDIT_ISSUES":{"const":"EDIT_ISSUES","description":"Edit issues. Category: issue.","x-category":"issue"},"LINK_ISSUES":{"const":"LINK_ISSUES","description":"Link issues. Category: issue.","x-category":"issue"},"MODIFY_REPORTER":{"const":"MODIFY_REPORTER","description":"Modify reporter: change who reported an issue. Category: issue.","x-category":"issue"},"MOVE_ISSUES":{"const":"MOVE_ISSUES","description":"Move issues between projects or issue types. Category: issue.","x-category":"issue"},"RESOLVE_ISSUES":{"const":"RESOLVE_ISSUES","description":"Resolve issues and set fix versions. Category: issue.","x-category":"issue"},"SCHEDULE_ISSUES":{"const":"SCHEDULE_ISSUES","description":"Schedule issues: set or change due dates. Category: issue.","x-category":"issue"},"SET_ISSUE_SECURITY":{"const":"SET_ISSUE_SECURITY","description":"Set issue security: choose the security level of issues. Category: issue.","x-category":"issue"},"TRANSITION_ISSUES":{"const":"TRANSITION_ISSUES","description":"Transition issues through the workflow. Category: issue.","x-category":"issue"},"MANAGE_WATCHERS":{"const":"MANAGE_WATCHERS","description":"Manage watchers: add and remove watchers of issues. Category: voters and watchers.","x-category":"voters and watchers"},"VIEW_VOTERS_AND_WATCHERS":{"const":"VIEW_VOTERS_AND_WATCHERS","description":"View voters and watchers of issues. Category: voters and watchers.","x-category":"voters and watchers"},"ADD_COMMENTS":{"const":"ADD_COMMENTS","description":"Add comments to issues. Category: comments.","x-category":"comments"},"DELETE_ALL_COMMENTS":{"const":"DELETE_ALL_COMMENTS","description":"Delete all comments, anyone's. Category: comments.","x-category":"comments"},"DELETE_OWN_COMMENTS":{"const":"DELETE_OWN_COMMENTS","description":"Delete own comments. Category: comments.","x-category":"comments"},"EDIT_ALL_COMMENTS":{"const":"EDIT_ALL_COMMENTS","description":"Edit all comments, anyone's. Category: comments.","x-category":"comments"},"EDIT_OWN_COMMENTS":{"const":"EDIT_OWN_COMMENTS","description":"Edit own comments. Category: comments.","x-category":"comments"},"CREATE_ATTACHMENTS":{"const":"CREATE_ATTACHMENTS","description":"Create attachments on issues. Category: attachments.","x-category":"attachments"},"DELETE_ALL_ATTACHMENTS":{"const":"DELETE_ALL_ATTACHMENTS","description":"Delete all attachments, anyone's. Category: attachments.","x-category":"attachments"},"DELETE_OWN_ATTACHMENTS":{"const":"DELETE_OWN_ATTACHMENTS","description":"Delete own attachments. Category: attachments.","x-category":"attachments"},"DELETE_ALL_WORKLOGS":{"const":"DELETE_ALL_WORKLOGS","description":"Delete all worklogs, anyone's. Category: time tracking.","x-category":"time tracking"},"DELETE_OWN_WORKLOGS":{"const":"DELETE_OWN_WORKLOGS","description":"Delete own worklogs. Category: time tracking.","x-category":"time tracking"},"EDIT_ALL_WORKLOGS":{"const":"EDIT_ALL_WORKLOGS","description":"Edit all worklogs, anyone's. Category: time tracking.","x-category":"time tracking"},"EDIT_OWN_WORKLOGS":{"const":"EDIT_OWN_WORKLOGS","description":"Edit own worklogs. Category: time tracking.","x-category":"time tracking"},"WORK_ON_ISSUES":{"const":"WORK_ON_ISSUES","description":"Work on issues: log work (time tracking). Category: time tracking.","x-category":"time tracking"}}};
const schema33 = {"description":"A built-in Jira project permission (Jira's permission-scheme reference).","type":"string","enum":["ADMINISTER_PROJECTS","EDIT_WORKFLOW","EDIT_ISSUE_LAYOUT","BROWSE_PROJECTS","MANAGE_SPRINTS_PERMISSION","SERVICEDESK_AGENT","VIEW_DEV_TOOLS","VIEW_READONLY_WORKFLOW","ASSIGNABLE_USER","ASSIGN_ISSUES","CLOSE_ISSUES","CREATE_ISSUES","DELETE_ISSUES","EDIT_ISSUES","LINK_ISSUES","MODIFY_REPORTER","MOVE_ISSUES","RESOLVE_ISSUES","SCHEDULE_ISSUES","SET_ISSUE_SECURITY","TRANSITION_ISSUES","MANAGE_WATCHERS","VIEW_VOTERS_AND_WATCHERS","ADD_COMMENTS","DELETE_ALL_COMMENTS","DELETE_OWN_COMMENTS","EDIT_ALL_COMMENTS","EDIT_OWN_COMMENTS","CREATE_ATTACHMENTS","DELETE_ALL_ATTACHMENTS","DELETE_OWN_ATTACHMENTS","DELETE_ALL_WORKLOGS","DELETE_OWN_WORKLOGS","EDIT_ALL_WORKLOGS","EDIT_OWN_WORKLOGS","WORK_ON_ISSUES"],"enumDescriptions":["Administer projects: manage project settings, roles, components and versions. Category: administration.","Edit workflows: change the project's workflows (team-managed and shared). Category: administration.","Edit issue layouts: change how fields are arranged on issues. Category: administration.","Browse projects: see the project and its issues. Without it nothing else matters. Category: project.","Manage sprints: create, start, complete and reorder sprints. Category: project. Needs Jira Software.","Service project agent: work on requests in a service project. Category: project. Needs Jira Service Management.","View development tools: see branches, commits, pull requests and builds on issues. Category: project. Needs Jira Software.","View read-only workflow: see the workflow an issue follows. Category: project.","Assignable user: can be assigned issues. Category: issue.","Assign issues: assign issues to other people. Category: issue.","Close issues. Category: issue.","Create issues. Category: issue.","Delete issues, with their comments and attachments. Category: issue.","Edit issues. Category: issue.","Link issues. Category: issue.","Modify reporter: change who reported an issue. Category: issue.","Move issues between projects or issue types. Category: issue.","Resolve issues and set fix versions. Category: issue.","Schedule issues: set or change due dates. Category: issue.","Set issue security: choose the security level of issues. Category: issue.","Transition issues through the workflow. Category: issue.","Manage watchers: add and remove watchers of issues. Category: voters and watchers.","View voters and watchers of issues. Category: voters and watchers.","Add comments to issues. Category: comments.","Delete all comments, anyone's. Category: comments.","Delete own comments. Category: comments.","Edit all comments, anyone's. Category: comments.","Edit own comments. Category: comments.","Create attachments on issues. Category: attachments.","Delete all attachments, anyone's. Category: attachments.","Delete own attachments. Category: attachments.","Delete all worklogs, anyone's. Category: time tracking.","Delete own worklogs. Category: time tracking.","Edit all worklogs, anyone's. Category: time tracking.","Edit own worklogs. Category: time tracking.","Work on issues: log work (time tracking). Category: time tracking."]};
const schema34 = {"description":"A permission key defined by an app, e.g. com.example.app__approve. List it under customPermissions in .jira-permissions.yml so that validate accepts it offline.","type":"string","pattern":"^(?![A-Z][A-Z0-9_]*$)[^\\s]+$"};
const pattern6 = new RegExp("^(?![A-Z][A-Z0-9_]*$)[^\\s]+$", "u");

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/$defs/builtInPermission/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((((((((((((((((((((((((((((((((((((data === "ADMINISTER_PROJECTS") || (data === "EDIT_WORKFLOW")) || (data === "EDIT_ISSUE_LAYOUT")) || (data === "BROWSE_PROJECTS")) || (data === "MANAGE_SPRINTS_PERMISSION")) || (data === "SERVICEDESK_AGENT")) || (data === "VIEW_DEV_TOOLS")) || (data === "VIEW_READONLY_WORKFLOW")) || (data === "ASSIGNABLE_USER")) || (data === "ASSIGN_ISSUES")) || (data === "CLOSE_ISSUES")) || (data === "CREATE_ISSUES")) || (data === "DELETE_ISSUES")) || (data === "EDIT_ISSUES")) || (data === "LINK_ISSUES")) || (data === "MODIFY_REPORTER")) || (data === "MOVE_ISSUES")) || (data === "RESOLVE_ISSUES")) || (data === "SCHEDULE_ISSUES")) || (data === "SET_ISSUE_SECURITY")) || (data === "TRANSITION_ISSUES")) || (data === "MANAGE_WATCHERS")) || (data === "VIEW_VOTERS_AND_WATCHERS")) || (data === "ADD_COMMENTS")) || (data === "DELETE_ALL_COMMENTS")) || (data === "DELETE_OWN_COMMENTS")) || (data === "EDIT_ALL_COMMENTS")) || (data === "EDIT_OWN_COMMENTS")) || (data === "CREATE_ATTACHMENTS")) || (data === "DELETE_ALL_ATTACHMENTS")) || (data === "DELETE_OWN_ATTACHMENTS")) || (data === "DELETE_ALL_WORKLOGS")) || (data === "DELETE_OWN_WORKLOGS")) || (data === "EDIT_ALL_WORKLOGS")) || (data === "EDIT_OWN_WORKLOGS")) || (data === "WORK_ON_ISSUES"))){
const err1 = {instancePath,schemaPath:"#/$defs/builtInPermission/enum",keyword:"enum",params:{allowedValues: schema33.enum},message:"must be equal to one of the allowed values",schema:schema33.enum,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs4 = errors;
if(typeof data === "string"){
if(!pattern6.test(data)){
const err2 = {instancePath,schemaPath:"#/$defs/appPermission/pattern",keyword:"pattern",params:{pattern: "^(?![A-Z][A-Z0-9_]*$)[^\\s]+$"},message:"must match pattern \""+"^(?![A-Z][A-Z0-9_]*$)[^\\s]+$"+"\"",schema:"^(?![A-Z][A-Z0-9_]*$)[^\\s]+$",parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath,schemaPath:"#/$defs/appPermission/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs4 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const err4 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema32.anyOf,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema35 = {"type":"array","description":"The holders this permission is granted to.","minItems":1,"items":{"$ref":"holder.schema.json"}};
const schema36 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://jira-permissions-as-code.dev/schemas/holder.schema.json","title":"Permission holder","description":"Who a permission is granted to: a bare holder type (assignee, reporter, projectLead, anyone, sd.customer.portal.only, applicationRole) or a mapping of one holder type to its value (group: jira-developers). $defs has one definition per Jira holder type; the holder itself is checked by its form (text or mapping), so that a mistake gets one clear error.","if":{"type":"string"},"then":{"$ref":"#/$defs/bareHolder"},"else":{"$ref":"#/$defs/holderWithValue"},"$defs":{"anyone":{"const":"anyone","description":"Anyone, including people who are not logged in (anonymous access). Public exposure: the lint rule no-anonymous-access reports it. Written as a bare word (\"- anyone\"); takes no value."},"applicationRole":{"description":"Users of a product. Bare (\"- applicationRole\"): any logged-in user of any product; with a key (\"- applicationRole: jira-software\"): the users of that product.","anyOf":[{"const":"applicationRole","description":"Any logged-in user of any product on the site."},{"type":"object","description":"The users of one product.","required":["applicationRole"],"additionalProperties":false,"properties":{"applicationRole":{"$ref":"#/$defs/applicationKey"}}}]},"assignee":{"const":"assignee","description":"The user an issue is assigned to. Written as a bare word (\"- assignee\"); takes no value."},"group":{"type":"object","description":"A group: by name (\"group: jira-developers\"), or better by id (\"group: {id: <groupId>}\"), since names can change.","required":["group"],"additionalProperties":false,"properties":{"group":{"$ref":"#/$defs/groupValue"}}},"groupCustomField":{"type":"object","description":"Members of the group selected in a group-picker custom field of the issue.","required":["groupCustomField"],"additionalProperties":false,"properties":{"groupCustomField":{"$ref":"#/$defs/customField"}}},"projectLead":{"const":"projectLead","description":"The project's lead. Written as a bare word (\"- projectLead\"); takes no value."},"projectRole":{"type":"object","description":"A project role: by name (\"projectRole: Developers\") or by id (\"projectRole: 10002\" or \"projectRole: {id: 10002}\").","required":["projectRole"],"additionalProperties":false,"properties":{"projectRole":{"$ref":"#/$defs/projectRoleValue"}}},"reporter":{"const":"reporter","description":"The user who reported an issue. Written as a bare word (\"- reporter\"); takes no value."},"sd.customer.portal.only":{"const":"sd.customer.portal.only","description":"Jira Service Management customers: the customer portal only, not Jira. Written as a bare word (\"- sd.customer.portal.only\"); takes no value."},"user":{"type":"object","description":"One user: by account id (\"user: 5b10a2844c20165700ede21g\") or by email address (\"user: {email: ada@example.com}\").","required":["user"],"additionalProperties":false,"properties":{"user":{"$ref":"#/$defs/userValue"}}},"userCustomField":{"type":"object","description":"The user selected in a user-picker custom field of the issue.","required":["userCustomField"],"additionalProperties":false,"properties":{"userCustomField":{"$ref":"#/$defs/customField"}}},"bareHolder":{"type":"string","description":"A holder type that needs no value.","enum":["anyone","assignee","reporter","projectLead","sd.customer.portal.only","applicationRole"],"enumDescriptions":["Anyone, including people who are not logged in (anonymous access). Public exposure: the lint rule no-anonymous-access reports it.","The user an issue is assigned to.","The user who reported an issue.","The project's lead.","Jira Service Management customers: the customer portal only, not Jira.","Any logged-in user of any product on the site."]},"holderWithValue":{"type":"object","description":"One holder type and its value, e.g. \"group: jira-developers\".","minProperties":1,"maxProperties":1,"propertyNames":{"$ref":"#/$defs/holderType"},"properties":{"anyone":{"not":{},"description":"\"anyone\" takes no value: write it as a bare word (\"- anyone\")."},"applicationRole":{"$ref":"#/$defs/applicationRole/anyOf/1/properties/applicationRole"},"assignee":{"not":{},"description":"\"assignee\" takes no value: write it as a bare word (\"- assignee\")."},"group":{"$ref":"#/$defs/group/properties/group"},"groupCustomField":{"$ref":"#/$defs/groupCustomField/properties/groupCustomField"},"projectLead":{"not":{},"description":"\"projectLead\" takes no value: write it as a bare word (\"- projectLead\")."},"projectRole":{"$ref":"#/$defs/projectRole/properties/projectRole"},"reporter":{"not":{},"description":"\"reporter\" takes no value: write it as a bare word (\"- reporter\")."},"sd.customer.portal.only":{"not":{},"description":"\"sd.customer.portal.only\" takes no value: write it as a bare word (\"- sd.customer.portal.only\")."},"user":{"$ref":"#/$defs/user/properties/user"},"userCustomField":{"$ref":"#/$defs/userCustomField/properties/userCustomField"}}},"holderType":{"type":"string","description":"The eleven holder types Jira documents.","enum":["anyone","applicationRole","assignee","group","groupCustomField","projectLead","projectRole","reporter","sd.customer.portal.only","user","userCustomField"]},"applicationKey":{"type":"string","minLength":1,"pattern":"\\S","description":"The application key, e.g. jira-software, jira-servicedesk, jira-core, jira-product-discovery."},"groupValue":{"description":"A group name, or {id: <groupId>} (optionally with its name).","if":{"type":"string"},"then":{"type":"string","minLength":1,"pattern":"\\S","description":"The group name."},"else":{"type":"object","description":"The group by id, optionally with its name.","minProperties":1,"additionalProperties":false,"properties":{"id":{"type":"string","minLength":1,"pattern":"\\S","description":"The group id (a UUID on Jira Cloud)."},"name":{"type":"string","minLength":1,"pattern":"\\S","description":"The group name."}}}},"projectRoleValue":{"description":"A project role name, its numeric id, or {id: <role id>}.","if":{"type":"string"},"then":{"type":"string","minLength":1,"pattern":"\\S","description":"The project role name."},"else":{"if":{"type":"integer"},"then":{"type":"integer","minimum":1,"maximum":9007199254740991,"description":"The project role id."},"else":{"type":"object","description":"The project role by id or by name.","minProperties":1,"maxProperties":1,"additionalProperties":false,"properties":{"id":{"type":"integer","minimum":1,"maximum":9007199254740991,"description":"The project role id."},"name":{"type":"string","minLength":1,"pattern":"\\S","description":"The project role name."}}}}},"userValue":{"description":"An account id, or {email: <address>} (looked up in Jira).","if":{"type":"string"},"then":{"type":"string","minLength":1,"pattern":"^[^@\\s]+$","description":"The Atlassian account id."},"else":{"type":"object","description":"The user by account id or by email address.","minProperties":1,"maxProperties":1,"additionalProperties":false,"properties":{"accountId":{"type":"string","minLength":1,"pattern":"^[^@\\s]+$","description":"The Atlassian account id."},"email":{"type":"string","pattern":"^[^@\\s]+@[^@\\s]+$","description":"The email address of the user."}}}},"customField":{"type":"string","minLength":1,"pattern":"\\S","description":"The custom field id (customfield_10020) or the field name."}}};
const schema37 = {"type":"string","description":"A holder type that needs no value.","enum":["anyone","assignee","reporter","projectLead","sd.customer.portal.only","applicationRole"],"enumDescriptions":["Anyone, including people who are not logged in (anonymous access). Public exposure: the lint rule no-anonymous-access reports it.","The user an issue is assigned to.","The user who reported an issue.","The project's lead.","Jira Service Management customers: the customer portal only, not Jira.","Any logged-in user of any product on the site."]};
const schema38 = {"type":"object","description":"One holder type and its value, e.g. \"group: jira-developers\".","minProperties":1,"maxProperties":1,"propertyNames":{"$ref":"#/$defs/holderType"},"properties":{"anyone":{"not":{},"description":"\"anyone\" takes no value: write it as a bare word (\"- anyone\")."},"applicationRole":{"$ref":"#/$defs/applicationRole/anyOf/1/properties/applicationRole"},"assignee":{"not":{},"description":"\"assignee\" takes no value: write it as a bare word (\"- assignee\")."},"group":{"$ref":"#/$defs/group/properties/group"},"groupCustomField":{"$ref":"#/$defs/groupCustomField/properties/groupCustomField"},"projectLead":{"not":{},"description":"\"projectLead\" takes no value: write it as a bare word (\"- projectLead\")."},"projectRole":{"$ref":"#/$defs/projectRole/properties/projectRole"},"reporter":{"not":{},"description":"\"reporter\" takes no value: write it as a bare word (\"- reporter\")."},"sd.customer.portal.only":{"not":{},"description":"\"sd.customer.portal.only\" takes no value: write it as a bare word (\"- sd.customer.portal.only\")."},"user":{"$ref":"#/$defs/user/properties/user"},"userCustomField":{"$ref":"#/$defs/userCustomField/properties/userCustomField"}}};
const schema39 = {"type":"string","description":"The eleven holder types Jira documents.","enum":["anyone","applicationRole","assignee","group","groupCustomField","projectLead","projectRole","reporter","sd.customer.portal.only","user","userCustomField"]};
const schema40 = {"type":"string","minLength":1,"pattern":"\\S","description":"The application key, e.g. jira-software, jira-servicedesk, jira-core, jira-product-discovery."};
const schema41 = {"description":"A group name, or {id: <groupId>} (optionally with its name).","if":{"type":"string"},"then":{"type":"string","minLength":1,"pattern":"\\S","description":"The group name."},"else":{"type":"object","description":"The group by id, optionally with its name.","minProperties":1,"additionalProperties":false,"properties":{"id":{"type":"string","minLength":1,"pattern":"\\S","description":"The group id (a UUID on Jira Cloud)."},"name":{"type":"string","minLength":1,"pattern":"\\S","description":"The group name."}}}};
const schema42 = {"type":"string","minLength":1,"pattern":"\\S","description":"The custom field id (customfield_10020) or the field name."};
const schema43 = {"description":"A project role name, its numeric id, or {id: <role id>}.","if":{"type":"string"},"then":{"type":"string","minLength":1,"pattern":"\\S","description":"The project role name."},"else":{"if":{"type":"integer"},"then":{"type":"integer","minimum":1,"maximum":9007199254740991,"description":"The project role id."},"else":{"type":"object","description":"The project role by id or by name.","minProperties":1,"maxProperties":1,"additionalProperties":false,"properties":{"id":{"type":"integer","minimum":1,"maximum":9007199254740991,"description":"The project role id."},"name":{"type":"string","minLength":1,"pattern":"\\S","description":"The project role name."}}}}};
const schema44 = {"description":"An account id, or {email: <address>} (looked up in Jira).","if":{"type":"string"},"then":{"type":"string","minLength":1,"pattern":"^[^@\\s]+$","description":"The Atlassian account id."},"else":{"type":"object","description":"The user by account id or by email address.","minProperties":1,"maxProperties":1,"additionalProperties":false,"properties":{"accountId":{"type":"string","minLength":1,"pattern":"^[^@\\s]+$","description":"The Atlassian account id."},"email":{"type":"string","pattern":"^[^@\\s]+@[^@\\s]+$","description":"The email address of the user."}}}};
const pattern14 = new RegExp("^[^@\\s]+$", "u");
const pattern16 = new RegExp("^[^@\\s]+@[^@\\s]+$", "u");

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 1){
const err0 = {instancePath,schemaPath:"#/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(Object.keys(data).length < 1){
const err1 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
const _errs1 = errors;
if(typeof key0 !== "string"){
const err2 = {instancePath,schemaPath:"#/$defs/holderType/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:key0,propertyName:key0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(((((((((((key0 === "anyone") || (key0 === "applicationRole")) || (key0 === "assignee")) || (key0 === "group")) || (key0 === "groupCustomField")) || (key0 === "projectLead")) || (key0 === "projectRole")) || (key0 === "reporter")) || (key0 === "sd.customer.portal.only")) || (key0 === "user")) || (key0 === "userCustomField"))){
const err3 = {instancePath,schemaPath:"#/$defs/holderType/enum",keyword:"enum",params:{allowedValues: schema39.enum},message:"must be equal to one of the allowed values",schema:schema39.enum,parentSchema:schema39,data:key0,propertyName:key0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var valid0 = _errs1 === errors;
if(!valid0){
const err4 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid",schema:schema38.propertyNames,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.anyone !== undefined){
const err5 = {instancePath:instancePath+"/anyone",schemaPath:"#/properties/anyone/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema38.properties.anyone.not,parentSchema:schema38.properties.anyone,data:data.anyone};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.applicationRole !== undefined){
let data1 = data.applicationRole;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err6 = {instancePath:instancePath+"/applicationRole",schemaPath:"#/$defs/applicationRole/anyOf/1/properties/applicationRole/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern4.test(data1)){
const err7 = {instancePath:instancePath+"/applicationRole",schemaPath:"#/$defs/applicationRole/anyOf/1/properties/applicationRole/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema40,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/applicationRole",schemaPath:"#/$defs/applicationRole/anyOf/1/properties/applicationRole/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.assignee !== undefined){
const err9 = {instancePath:instancePath+"/assignee",schemaPath:"#/properties/assignee/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema38.properties.assignee.not,parentSchema:schema38.properties.assignee,data:data.assignee};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.group !== undefined){
let data3 = data.group;
const _errs13 = errors;
let valid5 = true;
const _errs14 = errors;
if(typeof data3 !== "string"){
const err10 = {};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs14 === errors;
errors = _errs13;
if(vErrors !== null){
if(_errs13){
vErrors.length = _errs13;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs16 = errors;
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err11 = {instancePath:instancePath+"/group",schemaPath:"#/$defs/group/properties/group/then/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema41.then,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!pattern4.test(data3)){
const err12 = {instancePath:instancePath+"/group",schemaPath:"#/$defs/group/properties/group/then/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema41.then,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/group",schemaPath:"#/$defs/group/properties/group/then/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.then.type,parentSchema:schema41.then,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid0 = _errs16 === errors;
valid5 = _valid0;
ifClause0 = "then";
}
else {
const _errs18 = errors;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(Object.keys(data3).length < 1){
const err14 = {instancePath:instancePath+"/group",schemaPath:"#/$defs/group/properties/group/else/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema41.else,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key1 in data3){
if(!((key1 === "id") || (key1 === "name"))){
const err15 = {instancePath:instancePath+"/group",schemaPath:"#/$defs/group/properties/group/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema41.else,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data3.id !== undefined){
let data4 = data3.id;
if(typeof data4 === "string"){
if(func1(data4) < 1){
const err16 = {instancePath:instancePath+"/group/id",schemaPath:"#/$defs/group/properties/group/else/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema41.else.properties.id,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!pattern4.test(data4)){
const err17 = {instancePath:instancePath+"/group/id",schemaPath:"#/$defs/group/properties/group/else/properties/id/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema41.else.properties.id,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/group/id",schemaPath:"#/$defs/group/properties/group/else/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.else.properties.id.type,parentSchema:schema41.else.properties.id,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data3.name !== undefined){
let data5 = data3.name;
if(typeof data5 === "string"){
if(func1(data5) < 1){
const err19 = {instancePath:instancePath+"/group/name",schemaPath:"#/$defs/group/properties/group/else/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema41.else.properties.name,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!pattern4.test(data5)){
const err20 = {instancePath:instancePath+"/group/name",schemaPath:"#/$defs/group/properties/group/else/properties/name/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema41.else.properties.name,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/group/name",schemaPath:"#/$defs/group/properties/group/else/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.else.properties.name.type,parentSchema:schema41.else.properties.name,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/group",schemaPath:"#/$defs/group/properties/group/else/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.else.type,parentSchema:schema41.else,data:data3};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid0 = _errs18 === errors;
valid5 = _valid0;
ifClause0 = "else";
}
if(!valid5){
const err23 = {instancePath:instancePath+"/group",schemaPath:"#/$defs/group/properties/group/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema41.if,parentSchema:schema41,data:data3};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.groupCustomField !== undefined){
let data6 = data.groupCustomField;
if(typeof data6 === "string"){
if(func1(data6) < 1){
const err24 = {instancePath:instancePath+"/groupCustomField",schemaPath:"#/$defs/groupCustomField/properties/groupCustomField/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema42,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(!pattern4.test(data6)){
const err25 = {instancePath:instancePath+"/groupCustomField",schemaPath:"#/$defs/groupCustomField/properties/groupCustomField/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema42,data:data6};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/groupCustomField",schemaPath:"#/$defs/groupCustomField/properties/groupCustomField/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.type,parentSchema:schema42,data:data6};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.projectLead !== undefined){
const err27 = {instancePath:instancePath+"/projectLead",schemaPath:"#/properties/projectLead/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema38.properties.projectLead.not,parentSchema:schema38.properties.projectLead,data:data.projectLead};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data.projectRole !== undefined){
let data8 = data.projectRole;
const _errs32 = errors;
let valid9 = true;
const _errs33 = errors;
if(typeof data8 !== "string"){
const err28 = {};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var _valid1 = _errs33 === errors;
errors = _errs32;
if(vErrors !== null){
if(_errs32){
vErrors.length = _errs32;
}
else {
vErrors = null;
}
}
let ifClause1;
if(_valid1){
const _errs35 = errors;
if(typeof data8 === "string"){
if(func1(data8) < 1){
const err29 = {instancePath:instancePath+"/projectRole",schemaPath:"#/$defs/projectRole/properties/projectRole/then/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema43.then,data:data8};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(!pattern4.test(data8)){
const err30 = {instancePath:instancePath+"/projectRole",schemaPath:"#/$defs/projectRole/properties/projectRole/then/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema43.then,data:data8};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/projectRole",schemaPath:"#/$defs/projectRole/properties/projectRole/then/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.then.type,parentSchema:schema43.then,data:data8};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid1 = _errs35 === errors;
valid9 = _valid1;
ifClause1 = "then";
}
else {
const _errs37 = errors;
const _errs38 = errors;
let valid10 = true;
const _errs39 = errors;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err32 = {};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
var _valid2 = _errs39 === errors;
errors = _errs38;
if(vErrors !== null){
if(_errs38){
vErrors.length = _errs38;
}
else {
vErrors = null;
}
}
let ifClause2;
if(_valid2){
const _errs41 = errors;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err33 = {instancePath:instancePath+"/projectRole",schemaPath:"#/$defs/projectRole/properties/projectRole/else/then/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema43.else.then.type,parentSchema:schema43.else.then,data:data8};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 9007199254740991 || isNaN(data8)){
const err34 = {instancePath:instancePath+"/projectRole",schemaPath:"#/$defs/projectRole/properties/projectRole/else/then/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema43.else.then,data:data8};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data8 < 1 || isNaN(data8)){
const err35 = {instancePath:instancePath+"/projectRole",schemaPath:"#/$defs/projectRole/properties/projectRole/else/then/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema43.else.then,data:data8};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
var _valid2 = _errs41 === errors;
valid10 = _valid2;
ifClause2 = "then";
}
else {
const _errs43 = errors;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(Object.keys(data8).length > 1){
const err36 = {instancePath:instancePath+"/projectRole",schemaPath:"#/$defs/projectRole/properties/projectRole/else/else/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema43.else.else,data:data8};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(Object.keys(data8).length < 1){
const err37 = {instancePath:instancePath+"/projectRole",schemaPath:"#/$defs/projectRole/properties/projectRole/else/else/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema43.else.else,data:data8};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
for(const key2 in data8){
if(!((key2 === "id") || (key2 === "name"))){
const err38 = {instancePath:instancePath+"/projectRole",schemaPath:"#/$defs/projectRole/properties/projectRole/else/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema43.else.else,data:data8};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data8.id !== undefined){
let data9 = data8.id;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err39 = {instancePath:instancePath+"/projectRole/id",schemaPath:"#/$defs/projectRole/properties/projectRole/else/else/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema43.else.else.properties.id.type,parentSchema:schema43.else.else.properties.id,data:data9};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 9007199254740991 || isNaN(data9)){
const err40 = {instancePath:instancePath+"/projectRole/id",schemaPath:"#/$defs/projectRole/properties/projectRole/else/else/properties/id/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema43.else.else.properties.id,data:data9};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data9 < 1 || isNaN(data9)){
const err41 = {instancePath:instancePath+"/projectRole/id",schemaPath:"#/$defs/projectRole/properties/projectRole/else/else/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema43.else.else.properties.id,data:data9};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
if(data8.name !== undefined){
let data10 = data8.name;
if(typeof data10 === "string"){
if(func1(data10) < 1){
const err42 = {instancePath:instancePath+"/projectRole/name",schemaPath:"#/$defs/projectRole/properties/projectRole/else/else/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema43.else.else.properties.name,data:data10};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(!pattern4.test(data10)){
const err43 = {instancePath:instancePath+"/projectRole/name",schemaPath:"#/$defs/projectRole/properties/projectRole/else/else/properties/name/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema43.else.else.properties.name,data:data10};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/projectRole/name",schemaPath:"#/$defs/projectRole/properties/projectRole/else/else/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.else.else.properties.name.type,parentSchema:schema43.else.else.properties.name,data:data10};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/projectRole",schemaPath:"#/$defs/projectRole/properties/projectRole/else/else/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.else.else.type,parentSchema:schema43.else.else,data:data8};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
var _valid2 = _errs43 === errors;
valid10 = _valid2;
ifClause2 = "else";
}
if(!valid10){
const err46 = {instancePath:instancePath+"/projectRole",schemaPath:"#/$defs/projectRole/properties/projectRole/else/if",keyword:"if",params:{failingKeyword: ifClause2},message:"must match \""+ifClause2+"\" schema",schema:schema43.else.if,parentSchema:schema43.else,data:data8};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
var _valid1 = _errs37 === errors;
valid9 = _valid1;
ifClause1 = "else";
}
if(!valid9){
const err47 = {instancePath:instancePath+"/projectRole",schemaPath:"#/$defs/projectRole/properties/projectRole/if",keyword:"if",params:{failingKeyword: ifClause1},message:"must match \""+ifClause1+"\" schema",schema:schema43.if,parentSchema:schema43,data:data8};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.reporter !== undefined){
const err48 = {instancePath:instancePath+"/reporter",schemaPath:"#/properties/reporter/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema38.properties.reporter.not,parentSchema:schema38.properties.reporter,data:data.reporter};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data["sd.customer.portal.only"] !== undefined){
const err49 = {instancePath:instancePath+"/sd.customer.portal.only",schemaPath:"#/properties/sd.customer.portal.only/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema38.properties["sd.customer.portal.only"].not,parentSchema:schema38.properties["sd.customer.portal.only"],data:data["sd.customer.portal.only"]};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(data.user !== undefined){
let data13 = data.user;
const _errs56 = errors;
let valid13 = true;
const _errs57 = errors;
if(typeof data13 !== "string"){
const err50 = {};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
var _valid3 = _errs57 === errors;
errors = _errs56;
if(vErrors !== null){
if(_errs56){
vErrors.length = _errs56;
}
else {
vErrors = null;
}
}
let ifClause3;
if(_valid3){
const _errs59 = errors;
if(typeof data13 === "string"){
if(func1(data13) < 1){
const err51 = {instancePath:instancePath+"/user",schemaPath:"#/$defs/user/properties/user/then/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema44.then,data:data13};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(!pattern14.test(data13)){
const err52 = {instancePath:instancePath+"/user",schemaPath:"#/$defs/user/properties/user/then/pattern",keyword:"pattern",params:{pattern: "^[^@\\s]+$"},message:"must match pattern \""+"^[^@\\s]+$"+"\"",schema:"^[^@\\s]+$",parentSchema:schema44.then,data:data13};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/user",schemaPath:"#/$defs/user/properties/user/then/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.then.type,parentSchema:schema44.then,data:data13};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
var _valid3 = _errs59 === errors;
valid13 = _valid3;
ifClause3 = "then";
}
else {
const _errs61 = errors;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(Object.keys(data13).length > 1){
const err54 = {instancePath:instancePath+"/user",schemaPath:"#/$defs/user/properties/user/else/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema44.else,data:data13};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(Object.keys(data13).length < 1){
const err55 = {instancePath:instancePath+"/user",schemaPath:"#/$defs/user/properties/user/else/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema44.else,data:data13};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
for(const key3 in data13){
if(!((key3 === "accountId") || (key3 === "email"))){
const err56 = {instancePath:instancePath+"/user",schemaPath:"#/$defs/user/properties/user/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema44.else,data:data13};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data13.accountId !== undefined){
let data14 = data13.accountId;
if(typeof data14 === "string"){
if(func1(data14) < 1){
const err57 = {instancePath:instancePath+"/user/accountId",schemaPath:"#/$defs/user/properties/user/else/properties/accountId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema44.else.properties.accountId,data:data14};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(!pattern14.test(data14)){
const err58 = {instancePath:instancePath+"/user/accountId",schemaPath:"#/$defs/user/properties/user/else/properties/accountId/pattern",keyword:"pattern",params:{pattern: "^[^@\\s]+$"},message:"must match pattern \""+"^[^@\\s]+$"+"\"",schema:"^[^@\\s]+$",parentSchema:schema44.else.properties.accountId,data:data14};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
else {
const err59 = {instancePath:instancePath+"/user/accountId",schemaPath:"#/$defs/user/properties/user/else/properties/accountId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.else.properties.accountId.type,parentSchema:schema44.else.properties.accountId,data:data14};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data13.email !== undefined){
let data15 = data13.email;
if(typeof data15 === "string"){
if(!pattern16.test(data15)){
const err60 = {instancePath:instancePath+"/user/email",schemaPath:"#/$defs/user/properties/user/else/properties/email/pattern",keyword:"pattern",params:{pattern: "^[^@\\s]+@[^@\\s]+$"},message:"must match pattern \""+"^[^@\\s]+@[^@\\s]+$"+"\"",schema:"^[^@\\s]+@[^@\\s]+$",parentSchema:schema44.else.properties.email,data:data15};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
else {
const err61 = {instancePath:instancePath+"/user/email",schemaPath:"#/$defs/user/properties/user/else/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.else.properties.email.type,parentSchema:schema44.else.properties.email,data:data15};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
else {
const err62 = {instancePath:instancePath+"/user",schemaPath:"#/$defs/user/properties/user/else/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema44.else.type,parentSchema:schema44.else,data:data13};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
var _valid3 = _errs61 === errors;
valid13 = _valid3;
ifClause3 = "else";
}
if(!valid13){
const err63 = {instancePath:instancePath+"/user",schemaPath:"#/$defs/user/properties/user/if",keyword:"if",params:{failingKeyword: ifClause3},message:"must match \""+ifClause3+"\" schema",schema:schema44.if,parentSchema:schema44,data:data13};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data.userCustomField !== undefined){
let data16 = data.userCustomField;
if(typeof data16 === "string"){
if(func1(data16) < 1){
const err64 = {instancePath:instancePath+"/userCustomField",schemaPath:"#/$defs/userCustomField/properties/userCustomField/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema42,data:data16};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(!pattern4.test(data16)){
const err65 = {instancePath:instancePath+"/userCustomField",schemaPath:"#/$defs/userCustomField/properties/userCustomField/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema42,data:data16};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
else {
const err66 = {instancePath:instancePath+"/userCustomField",schemaPath:"#/$defs/userCustomField/properties/userCustomField/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.type,parentSchema:schema42,data:data16};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
else {
const err67 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":{"anyone":true,"applicationRole":true,"assignee":true,"group":true,"groupCustomField":true,"projectLead":true,"projectRole":true,"reporter":true,"sd.customer.portal.only":true,"user":true,"userCustomField":true},"dynamicProps":false,"dynamicItems":false};


function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(typeof data !== "string"){
const err1 = {instancePath,schemaPath:"#/$defs/bareHolder/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.type,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!((((((data === "anyone") || (data === "assignee")) || (data === "reporter")) || (data === "projectLead")) || (data === "sd.customer.portal.only")) || (data === "applicationRole"))){
const err2 = {instancePath,schemaPath:"#/$defs/bareHolder/enum",keyword:"enum",params:{allowedValues: schema37.enum},message:"must be equal to one of the allowed values",schema:schema37.enum,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs6 = errors;
if(!(validate25(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var _valid0 = _errs6 === errors;
valid0 = _valid0;
if(valid0){
var props0 = {};
props0.anyone = true;
props0.applicationRole = true;
props0.assignee = true;
props0.group = true;
props0.groupCustomField = true;
props0.projectLead = true;
props0.projectRole = true;
props0.reporter = true;
props0["sd.customer.portal.only"] = true;
props0.user = true;
props0.userCustomField = true;
}
ifClause0 = "else";
}
if(!valid0){
const err3 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema36.if,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate24.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate24.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
if(data.length < 1){
const err0 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate24(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema35.type,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.grants === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "grants"},message:"must have required property '"+"grants"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "name") || (key0 === "description")) || (key0 === "id")) || (key0 === "projects")) || (key0 === "grants"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern4.test(data0)){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema31.properties.name,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.name.type,parentSchema:schema31.properties.name,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
if(typeof data1 !== "string"){
const err6 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.description.type,parentSchema:schema31.properties.description,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.id !== undefined){
let data2 = data.id;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.id.type,parentSchema:schema31.properties.id,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 9007199254740991 || isNaN(data2)){
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema31.properties.id,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.id,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.projects !== undefined){
let data3 = data.projects;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 === "string"){
if(!pattern5.test(data4)){
const err10 = {instancePath:instancePath+"/projects/" + i0,schemaPath:"#/properties/projects/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_]*$",parentSchema:schema31.properties.projects.items,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/projects/" + i0,schemaPath:"#/properties/projects/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.projects.items.type,parentSchema:schema31.properties.projects.items,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/projects",schemaPath:"#/properties/projects/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.projects.type,parentSchema:schema31.properties.projects,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.grants !== undefined){
let data5 = data.grants;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key1 in data5){
const _errs14 = errors;
if(!(validate21(key1, {instancePath:instancePath+"/grants",parentData:data5,parentDataProperty:"grants",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var valid3 = _errs14 === errors;
if(!valid3){
const err13 = {instancePath:instancePath+"/grants",schemaPath:"#/properties/grants/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema31.properties.grants.propertyNames,parentSchema:schema31.properties.grants,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
for(const key2 in data5){
if(!(func2.call(schema31.properties.grants.properties, key2))){
if(!(validate23(data5[key2], {instancePath:instancePath+"/grants/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data5,parentDataProperty:key2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
if(data5.ADMINISTER_PROJECTS !== undefined){
if(!(validate23(data5.ADMINISTER_PROJECTS, {instancePath:instancePath+"/grants/ADMINISTER_PROJECTS",parentData:data5,parentDataProperty:"ADMINISTER_PROJECTS",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data5.EDIT_WORKFLOW !== undefined){
if(!(validate23(data5.EDIT_WORKFLOW, {instancePath:instancePath+"/grants/EDIT_WORKFLOW",parentData:data5,parentDataProperty:"EDIT_WORKFLOW",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data5.EDIT_ISSUE_LAYOUT !== undefined){
if(!(validate23(data5.EDIT_ISSUE_LAYOUT, {instancePath:instancePath+"/grants/EDIT_ISSUE_LAYOUT",parentData:data5,parentDataProperty:"EDIT_ISSUE_LAYOUT",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data5.BROWSE_PROJECTS !== undefined){
if(!(validate23(data5.BROWSE_PROJECTS, {instancePath:instancePath+"/grants/BROWSE_PROJECTS",parentData:data5,parentDataProperty:"BROWSE_PROJECTS",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data5.MANAGE_SPRINTS_PERMISSION !== undefined){
if(!(validate23(data5.MANAGE_SPRINTS_PERMISSION, {instancePath:instancePath+"/grants/MANAGE_SPRINTS_PERMISSION",parentData:data5,parentDataProperty:"MANAGE_SPRINTS_PERMISSION",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data5.SERVICEDESK_AGENT !== undefined){
if(!(validate23(data5.SERVICEDESK_AGENT, {instancePath:instancePath+"/grants/SERVICEDESK_AGENT",parentData:data5,parentDataProperty:"SERVICEDESK_AGENT",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data5.VIEW_DEV_TOOLS !== undefined){
if(!(validate23(data5.VIEW_DEV_TOOLS, {instancePath:instancePath+"/grants/VIEW_DEV_TOOLS",parentData:data5,parentDataProperty:"VIEW_DEV_TOOLS",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data5.VIEW_READONLY_WORKFLOW !== undefined){
if(!(validate23(data5.VIEW_READONLY_WORKFLOW, {instancePath:instancePath+"/grants/VIEW_READONLY_WORKFLOW",parentData:data5,parentDataProperty:"VIEW_READONLY_WORKFLOW",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data5.ASSIGNABLE_USER !== undefined){
if(!(validate23(data5.ASSIGNABLE_USER, {instancePath:instancePath+"/grants/ASSIGNABLE_USER",parentData:data5,parentDataProperty:"ASSIGNABLE_USER",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data5.ASSIGN_ISSUES !== undefined){
if(!(validate23(data5.ASSIGN_ISSUES, {instancePath:instancePath+"/grants/ASSIGN_ISSUES",parentData:data5,parentDataProperty:"ASSIGN_ISSUES",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data5.CLOSE_ISSUES !== undefined){
if(!(validate23(data5.CLOSE_ISSUES, {instancePath:instancePath+"/grants/CLOSE_ISSUES",parentData:data5,parentDataProperty:"CLOSE_ISSUES",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data5.CREATE_ISSUES !== undefined){
if(!(validate23(data5.CREATE_ISSUES, {instancePath:instancePath+"/grants/CREATE_ISSUES",parentData:data5,parentDataProperty:"CREATE_ISSUES",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data5.DELETE_ISSUES !== undefined){
if(!(validate23(data5.DELETE_ISSUES, {instancePath:instancePath+"/grants/DELETE_ISSUES",parentData:data5,parentDataProperty:"DELETE_ISSUES",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data5.EDIT_ISSUES !== undefined){
if(!(validate23(data5.EDIT_ISSUES, {instancePath:instancePath+"/grants/EDIT_ISSUES",parentData:data5,parentDataProperty:"EDIT_ISSUES",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data5.LINK_ISSUES !== undefined){
if(!(validate23(data5.LINK_ISSUES, {instancePath:instancePath+"/grants/LINK_ISSUES",parentData:data5,parentDataProperty:"LINK_ISSUES",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data5.MODIFY_REPORTER !== undefined){
if(!(validate23(data5.MODIFY_REPORTER, {instancePath:instancePath+"/grants/MODIFY_REPORTER",parentData:data5,parentDataProperty:"MODIFY_REPORTER",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data5.MOVE_ISSUES !== undefined){
if(!(validate23(data5.MOVE_ISSUES, {instancePath:instancePath+"/grants/MOVE_ISSUES",parentData:data5,parentDataProperty:"MOVE_ISSUES",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data5.RESOLVE_ISSUES !== undefined){
if(!(validate23(data5.RESOLVE_ISSUES, {instancePath:instancePath+"/grants/RESOLVE_ISSUES",parentData:data5,parentDataProperty:"RESOLVE_ISSUES",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data5.SCHEDULE_ISSUES !== undefined){
if(!(validate23(data5.SCHEDULE_ISSUES, {instancePath:instancePath+"/grants/SCHEDULE_ISSUES",parentData:data5,parentDataProperty:"SCHEDULE_ISSUES",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data5.SET_ISSUE_SECURITY !== undefined){
if(!(validate23(data5.SET_ISSUE_SECURITY, {instancePath:instancePath+"/grants/SET_ISSUE_SECURITY",parentData:data5,parentDataProperty:"SET_ISSUE_SECURITY",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data5.TRANSITION_ISSUES !== undefined){
if(!(validate23(data5.TRANSITION_ISSUES, {instancePath:instancePath+"/grants/TRANSITION_ISSUES",parentData:data5,parentDataProperty:"TRANSITION_ISSUES",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data5.MANAGE_WATCHERS !== undefined){
if(!(validate23(data5.MANAGE_WATCHERS, {instancePath:instancePath+"/grants/MANAGE_WATCHERS",parentData:data5,parentDataProperty:"MANAGE_WATCHERS",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data5.VIEW_VOTERS_AND_WATCHERS !== undefined){
if(!(validate23(data5.VIEW_VOTERS_AND_WATCHERS, {instancePath:instancePath+"/grants/VIEW_VOTERS_AND_WATCHERS",parentData:data5,parentDataProperty:"VIEW_VOTERS_AND_WATCHERS",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data5.ADD_COMMENTS !== undefined){
if(!(validate23(data5.ADD_COMMENTS, {instancePath:instancePath+"/grants/ADD_COMMENTS",parentData:data5,parentDataProperty:"ADD_COMMENTS",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data5.DELETE_ALL_COMMENTS !== undefined){
if(!(validate23(data5.DELETE_ALL_COMMENTS, {instancePath:instancePath+"/grants/DELETE_ALL_COMMENTS",parentData:data5,parentDataProperty:"DELETE_ALL_COMMENTS",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data5.DELETE_OWN_COMMENTS !== undefined){
if(!(validate23(data5.DELETE_OWN_COMMENTS, {instancePath:instancePath+"/grants/DELETE_OWN_COMMENTS",parentData:data5,parentDataProperty:"DELETE_OWN_COMMENTS",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data5.EDIT_ALL_COMMENTS !== undefined){
if(!(validate23(data5.EDIT_ALL_COMMENTS, {instancePath:instancePath+"/grants/EDIT_ALL_COMMENTS",parentData:data5,parentDataProperty:"EDIT_ALL_COMMENTS",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data5.EDIT_OWN_COMMENTS !== undefined){
if(!(validate23(data5.EDIT_OWN_COMMENTS, {instancePath:instancePath+"/grants/EDIT_OWN_COMMENTS",parentData:data5,parentDataProperty:"EDIT_OWN_COMMENTS",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data5.CREATE_ATTACHMENTS !== undefined){
if(!(validate23(data5.CREATE_ATTACHMENTS, {instancePath:instancePath+"/grants/CREATE_ATTACHMENTS",parentData:data5,parentDataProperty:"CREATE_ATTACHMENTS",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data5.DELETE_ALL_ATTACHMENTS !== undefined){
if(!(validate23(data5.DELETE_ALL_ATTACHMENTS, {instancePath:instancePath+"/grants/DELETE_ALL_ATTACHMENTS",parentData:data5,parentDataProperty:"DELETE_ALL_ATTACHMENTS",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data5.DELETE_OWN_ATTACHMENTS !== undefined){
if(!(validate23(data5.DELETE_OWN_ATTACHMENTS, {instancePath:instancePath+"/grants/DELETE_OWN_ATTACHMENTS",parentData:data5,parentDataProperty:"DELETE_OWN_ATTACHMENTS",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data5.DELETE_ALL_WORKLOGS !== undefined){
if(!(validate23(data5.DELETE_ALL_WORKLOGS, {instancePath:instancePath+"/grants/DELETE_ALL_WORKLOGS",parentData:data5,parentDataProperty:"DELETE_ALL_WORKLOGS",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data5.DELETE_OWN_WORKLOGS !== undefined){
if(!(validate23(data5.DELETE_OWN_WORKLOGS, {instancePath:instancePath+"/grants/DELETE_OWN_WORKLOGS",parentData:data5,parentDataProperty:"DELETE_OWN_WORKLOGS",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data5.EDIT_ALL_WORKLOGS !== undefined){
if(!(validate23(data5.EDIT_ALL_WORKLOGS, {instancePath:instancePath+"/grants/EDIT_ALL_WORKLOGS",parentData:data5,parentDataProperty:"EDIT_ALL_WORKLOGS",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data5.EDIT_OWN_WORKLOGS !== undefined){
if(!(validate23(data5.EDIT_OWN_WORKLOGS, {instancePath:instancePath+"/grants/EDIT_OWN_WORKLOGS",parentData:data5,parentDataProperty:"EDIT_OWN_WORKLOGS",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data5.WORK_ON_ISSUES !== undefined){
if(!(validate23(data5.WORK_ON_ISSUES, {instancePath:instancePath+"/grants/WORK_ON_ISSUES",parentData:data5,parentDataProperty:"WORK_ON_ISSUES",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err14 = {instancePath:instancePath+"/grants",schemaPath:"#/properties/grants/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.grants.type,parentSchema:schema31.properties.grants,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.holder = validate24;

exports.settings = validate65;
const schema46 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://jira-permissions-as-code.dev/schemas/settings.schema.json","title":"jira-permissions-as-code settings (.jira-permissions.yml)","description":"Optional settings file at the repository root. Every key is optional.","type":"object","additionalProperties":false,"properties":{"schemes":{"type":"string","minLength":1,"pattern":"\\S","default":"jira-permissions","description":"The scheme folder, relative to the settings file. Default: jira-permissions."},"customPermissions":{"type":"array","description":"Permission keys that apps define, accepted by validate without asking Jira.","uniqueItems":true,"items":{"type":"string","minLength":1,"pattern":"^[^\\s]+$"}},"prune":{"type":"boolean","default":false,"description":"true: live schemes that no file describes are planned for deletion (apply also needs --allow-delete)."},"rules":{"type":"object","description":"Rule id -> error | warning | off: the lint rules, the resolver's and planner's findings and the guardrails (each documented in docs/rules/<id>.md). The loader's checks (yaml, schema, settings, files, unique-name, unique-id, unique-project), the project checks that leave nothing to plan (unresolved-project, team-managed-project, project-left-without-scheme) and the planner's scheme matching cannot be changed.","propertyNames":{"enum":["no-anonymous-access","no-broad-admin","duplicate-grant","prefer-group-id","browse-required","admin-required","product-permission","unresolved-group","renamed-group","unresolved-role","unresolved-user","hidden-email","inactive-user","unresolved-field","ambiguous-field","unresolved-application-role","unknown-permission","project-key-case","permission-not-on-site","unpinned-scheme","prune-scheme-in-use","lockout","public-exposure","mass-removal","access-limit"]},"additionalProperties":{"enum":["error","warning","off"]}},"managedHolders":{"type":"array","description":"Holders that Jira manages itself: never planned for removal and never a cause of a diff. Default: the atlassian-addons-project-access project role.","items":{"type":"object","required":["type"],"additionalProperties":false,"minProperties":2,"properties":{"type":{"enum":["anyone","applicationRole","assignee","group","groupCustomField","projectLead","projectRole","reporter","sd.customer.portal.only","user","userCustomField"],"description":"The holder type."},"name":{"type":"string","minLength":1,"pattern":"\\S","description":"The holder name (a role or group name)."},"id":{"anyOf":[{"type":"string","minLength":1,"pattern":"\\S","description":"The group id, or a role id written as text."},{"type":"integer","minimum":1,"description":"A project role id."}],"description":"The holder id (a role id or group id)."}}}},"accessLimits":{"type":"object","description":"The access-limit guardrail: most people who may gain a permission in one project in one plan, per permission key (e.g. ADMINISTER_PROJECTS: 5).","propertyNames":{"pattern":"^[^\\s]+$"},"additionalProperties":{"type":"integer","minimum":0}},"guardrails":{"type":"object","description":"Limits that make a plan fail before apply can do damage.","additionalProperties":false,"properties":{"maxRemovals":{"type":"integer","minimum":0,"default":10,"description":"Most grant removals allowed in one scheme."},"maxRemovalRatio":{"type":"number","minimum":0,"maximum":1,"default":0.2,"description":"Largest fraction of a scheme's live grants that one plan may remove."},"allow":{"type":"array","description":"Guardrails allowed to pass, per scheme name (or * for every scheme).","items":{"type":"object","required":["guardrail","scheme"],"additionalProperties":false,"properties":{"guardrail":{"enum":["lockout","public-exposure","mass-removal","access-limit"]},"scheme":{"type":"string","minLength":1,"pattern":"\\S","description":"The scheme name, or * for every scheme."}}}}}}}};
const pattern19 = new RegExp("^[^\\s]+$", "u");

function validate65(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
;
let vErrors = null;
let errors = 0;
const evaluated0 = validate65.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "schemes") || (key0 === "customPermissions")) || (key0 === "prune")) || (key0 === "rules")) || (key0 === "managedHolders")) || (key0 === "accessLimits")) || (key0 === "guardrails"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.schemes !== undefined){
let data0 = data.schemes;
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err1 = {instancePath:instancePath+"/schemes",schemaPath:"#/properties/schemes/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46.properties.schemes,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!pattern4.test(data0)){
const err2 = {instancePath:instancePath+"/schemes",schemaPath:"#/properties/schemes/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema46.properties.schemes,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/schemes",schemaPath:"#/properties/schemes/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.schemes.type,parentSchema:schema46.properties.schemes,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.customPermissions !== undefined){
let data1 = data.customPermissions;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err4 = {instancePath:instancePath+"/customPermissions/" + i0,schemaPath:"#/properties/customPermissions/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46.properties.customPermissions.items,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern19.test(data2)){
const err5 = {instancePath:instancePath+"/customPermissions/" + i0,schemaPath:"#/properties/customPermissions/items/pattern",keyword:"pattern",params:{pattern: "^[^\\s]+$"},message:"must match pattern \""+"^[^\\s]+$"+"\"",schema:"^[^\\s]+$",parentSchema:schema46.properties.customPermissions.items,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/customPermissions/" + i0,schemaPath:"#/properties/customPermissions/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.customPermissions.items.type,parentSchema:schema46.properties.customPermissions.items,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
let i1 = data1.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data1[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err7 = {instancePath:instancePath+"/customPermissions",schemaPath:"#/properties/customPermissions/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema46.properties.customPermissions,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err8 = {instancePath:instancePath+"/customPermissions",schemaPath:"#/properties/customPermissions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema46.properties.customPermissions.type,parentSchema:schema46.properties.customPermissions,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.prune !== undefined){
let data3 = data.prune;
if(typeof data3 !== "boolean"){
const err9 = {instancePath:instancePath+"/prune",schemaPath:"#/properties/prune/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema46.properties.prune.type,parentSchema:schema46.properties.prune,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.rules !== undefined){
let data4 = data.rules;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 in data4){
const _errs12 = errors;
if(!(((((((((((((((((((((((((key1 === "no-anonymous-access") || (key1 === "no-broad-admin")) || (key1 === "duplicate-grant")) || (key1 === "prefer-group-id")) || (key1 === "browse-required")) || (key1 === "admin-required")) || (key1 === "product-permission")) || (key1 === "unresolved-group")) || (key1 === "renamed-group")) || (key1 === "unresolved-role")) || (key1 === "unresolved-user")) || (key1 === "hidden-email")) || (key1 === "inactive-user")) || (key1 === "unresolved-field")) || (key1 === "ambiguous-field")) || (key1 === "unresolved-application-role")) || (key1 === "unknown-permission")) || (key1 === "project-key-case")) || (key1 === "permission-not-on-site")) || (key1 === "unpinned-scheme")) || (key1 === "prune-scheme-in-use")) || (key1 === "lockout")) || (key1 === "public-exposure")) || (key1 === "mass-removal")) || (key1 === "access-limit"))){
const err10 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/propertyNames/enum",keyword:"enum",params:{allowedValues: schema46.properties.rules.propertyNames.enum},message:"must be equal to one of the allowed values",schema:schema46.properties.rules.propertyNames.enum,parentSchema:schema46.properties.rules.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var valid4 = _errs12 === errors;
if(!valid4){
const err11 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema46.properties.rules.propertyNames,parentSchema:schema46.properties.rules,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
for(const key2 in data4){
let data5 = data4[key2];
if(!(((data5 === "error") || (data5 === "warning")) || (data5 === "off"))){
const err12 = {instancePath:instancePath+"/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/rules/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema46.properties.rules.additionalProperties.enum},message:"must be equal to one of the allowed values",schema:schema46.properties.rules.additionalProperties.enum,parentSchema:schema46.properties.rules.additionalProperties,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.properties.rules.type,parentSchema:schema46.properties.rules,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.managedHolders !== undefined){
let data6 = data.managedHolders;
if(Array.isArray(data6)){
const len1 = data6.length;
for(let i2=0; i2<len1; i2++){
let data7 = data6[i2];
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(Object.keys(data7).length < 2){
const err14 = {instancePath:instancePath+"/managedHolders/" + i2,schemaPath:"#/properties/managedHolders/items/minProperties",keyword:"minProperties",params:{limit: 2},message:"must NOT have fewer than 2 properties",schema:2,parentSchema:schema46.properties.managedHolders.items,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data7.type === undefined){
const err15 = {instancePath:instancePath+"/managedHolders/" + i2,schemaPath:"#/properties/managedHolders/items/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema46.properties.managedHolders.items.required,parentSchema:schema46.properties.managedHolders.items,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key3 in data7){
if(!(((key3 === "type") || (key3 === "name")) || (key3 === "id"))){
const err16 = {instancePath:instancePath+"/managedHolders/" + i2,schemaPath:"#/properties/managedHolders/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema46.properties.managedHolders.items,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data7.type !== undefined){
let data8 = data7.type;
if(!(((((((((((data8 === "anyone") || (data8 === "applicationRole")) || (data8 === "assignee")) || (data8 === "group")) || (data8 === "groupCustomField")) || (data8 === "projectLead")) || (data8 === "projectRole")) || (data8 === "reporter")) || (data8 === "sd.customer.portal.only")) || (data8 === "user")) || (data8 === "userCustomField"))){
const err17 = {instancePath:instancePath+"/managedHolders/" + i2+"/type",schemaPath:"#/properties/managedHolders/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema46.properties.managedHolders.items.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema46.properties.managedHolders.items.properties.type.enum,parentSchema:schema46.properties.managedHolders.items.properties.type,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data7.name !== undefined){
let data9 = data7.name;
if(typeof data9 === "string"){
if(func1(data9) < 1){
const err18 = {instancePath:instancePath+"/managedHolders/" + i2+"/name",schemaPath:"#/properties/managedHolders/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46.properties.managedHolders.items.properties.name,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!pattern4.test(data9)){
const err19 = {instancePath:instancePath+"/managedHolders/" + i2+"/name",schemaPath:"#/properties/managedHolders/items/properties/name/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema46.properties.managedHolders.items.properties.name,data:data9};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/managedHolders/" + i2+"/name",schemaPath:"#/properties/managedHolders/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.managedHolders.items.properties.name.type,parentSchema:schema46.properties.managedHolders.items.properties.name,data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data7.id !== undefined){
let data10 = data7.id;
const _errs24 = errors;
let valid9 = false;
const _errs25 = errors;
if(typeof data10 === "string"){
if(func1(data10) < 1){
const err21 = {instancePath:instancePath+"/managedHolders/" + i2+"/id",schemaPath:"#/properties/managedHolders/items/properties/id/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46.properties.managedHolders.items.properties.id.anyOf[0],data:data10};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(!pattern4.test(data10)){
const err22 = {instancePath:instancePath+"/managedHolders/" + i2+"/id",schemaPath:"#/properties/managedHolders/items/properties/id/anyOf/0/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema46.properties.managedHolders.items.properties.id.anyOf[0],data:data10};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/managedHolders/" + i2+"/id",schemaPath:"#/properties/managedHolders/items/properties/id/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.managedHolders.items.properties.id.anyOf[0].type,parentSchema:schema46.properties.managedHolders.items.properties.id.anyOf[0],data:data10};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid0 = _errs25 === errors;
valid9 = valid9 || _valid0;
const _errs27 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err24 = {instancePath:instancePath+"/managedHolders/" + i2+"/id",schemaPath:"#/properties/managedHolders/items/properties/id/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema46.properties.managedHolders.items.properties.id.anyOf[1].type,parentSchema:schema46.properties.managedHolders.items.properties.id.anyOf[1],data:data10};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 1 || isNaN(data10)){
const err25 = {instancePath:instancePath+"/managedHolders/" + i2+"/id",schemaPath:"#/properties/managedHolders/items/properties/id/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema46.properties.managedHolders.items.properties.id.anyOf[1],data:data10};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
var _valid0 = _errs27 === errors;
valid9 = valid9 || _valid0;
if(!valid9){
const err26 = {instancePath:instancePath+"/managedHolders/" + i2+"/id",schemaPath:"#/properties/managedHolders/items/properties/id/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema46.properties.managedHolders.items.properties.id.anyOf,parentSchema:schema46.properties.managedHolders.items.properties.id,data:data10};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
else {
errors = _errs24;
if(vErrors !== null){
if(_errs24){
vErrors.length = _errs24;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err27 = {instancePath:instancePath+"/managedHolders/" + i2,schemaPath:"#/properties/managedHolders/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.properties.managedHolders.items.type,parentSchema:schema46.properties.managedHolders.items,data:data7};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/managedHolders",schemaPath:"#/properties/managedHolders/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema46.properties.managedHolders.type,parentSchema:schema46.properties.managedHolders,data:data6};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.accessLimits !== undefined){
let data11 = data.accessLimits;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
for(const key4 in data11){
const _errs31 = errors;
if(typeof key4 === "string"){
if(!pattern19.test(key4)){
const err29 = {instancePath:instancePath+"/accessLimits",schemaPath:"#/properties/accessLimits/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[^\\s]+$"},message:"must match pattern \""+"^[^\\s]+$"+"\"",schema:"^[^\\s]+$",parentSchema:schema46.properties.accessLimits.propertyNames,data:key4,propertyName:key4};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
var valid10 = _errs31 === errors;
if(!valid10){
const err30 = {instancePath:instancePath+"/accessLimits",schemaPath:"#/properties/accessLimits/propertyNames",keyword:"propertyNames",params:{propertyName: key4},message:"property name must be valid",schema:schema46.properties.accessLimits.propertyNames,parentSchema:schema46.properties.accessLimits,data:data11};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
for(const key5 in data11){
let data12 = data11[key5];
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err31 = {instancePath:instancePath+"/accessLimits/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/accessLimits/additionalProperties/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema46.properties.accessLimits.additionalProperties.type,parentSchema:schema46.properties.accessLimits.additionalProperties,data:data12};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
const err32 = {instancePath:instancePath+"/accessLimits/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/accessLimits/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema46.properties.accessLimits.additionalProperties,data:data12};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
}
else {
const err33 = {instancePath:instancePath+"/accessLimits",schemaPath:"#/properties/accessLimits/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.properties.accessLimits.type,parentSchema:schema46.properties.accessLimits,data:data11};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.guardrails !== undefined){
let data13 = data.guardrails;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
for(const key6 in data13){
if(!(((key6 === "maxRemovals") || (key6 === "maxRemovalRatio")) || (key6 === "allow"))){
const err34 = {instancePath:instancePath+"/guardrails",schemaPath:"#/properties/guardrails/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema46.properties.guardrails,data:data13};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data13.maxRemovals !== undefined){
let data14 = data13.maxRemovals;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err35 = {instancePath:instancePath+"/guardrails/maxRemovals",schemaPath:"#/properties/guardrails/properties/maxRemovals/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema46.properties.guardrails.properties.maxRemovals.type,parentSchema:schema46.properties.guardrails.properties.maxRemovals,data:data14};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 0 || isNaN(data14)){
const err36 = {instancePath:instancePath+"/guardrails/maxRemovals",schemaPath:"#/properties/guardrails/properties/maxRemovals/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema46.properties.guardrails.properties.maxRemovals,data:data14};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
if(data13.maxRemovalRatio !== undefined){
let data15 = data13.maxRemovalRatio;
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 > 1 || isNaN(data15)){
const err37 = {instancePath:instancePath+"/guardrails/maxRemovalRatio",schemaPath:"#/properties/guardrails/properties/maxRemovalRatio/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema46.properties.guardrails.properties.maxRemovalRatio,data:data15};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data15 < 0 || isNaN(data15)){
const err38 = {instancePath:instancePath+"/guardrails/maxRemovalRatio",schemaPath:"#/properties/guardrails/properties/maxRemovalRatio/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema46.properties.guardrails.properties.maxRemovalRatio,data:data15};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/guardrails/maxRemovalRatio",schemaPath:"#/properties/guardrails/properties/maxRemovalRatio/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema46.properties.guardrails.properties.maxRemovalRatio.type,parentSchema:schema46.properties.guardrails.properties.maxRemovalRatio,data:data15};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data13.allow !== undefined){
let data16 = data13.allow;
if(Array.isArray(data16)){
const len2 = data16.length;
for(let i3=0; i3<len2; i3++){
let data17 = data16[i3];
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.guardrail === undefined){
const err40 = {instancePath:instancePath+"/guardrails/allow/" + i3,schemaPath:"#/properties/guardrails/properties/allow/items/required",keyword:"required",params:{missingProperty: "guardrail"},message:"must have required property '"+"guardrail"+"'",schema:schema46.properties.guardrails.properties.allow.items.required,parentSchema:schema46.properties.guardrails.properties.allow.items,data:data17};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data17.scheme === undefined){
const err41 = {instancePath:instancePath+"/guardrails/allow/" + i3,schemaPath:"#/properties/guardrails/properties/allow/items/required",keyword:"required",params:{missingProperty: "scheme"},message:"must have required property '"+"scheme"+"'",schema:schema46.properties.guardrails.properties.allow.items.required,parentSchema:schema46.properties.guardrails.properties.allow.items,data:data17};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
for(const key7 in data17){
if(!((key7 === "guardrail") || (key7 === "scheme"))){
const err42 = {instancePath:instancePath+"/guardrails/allow/" + i3,schemaPath:"#/properties/guardrails/properties/allow/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema46.properties.guardrails.properties.allow.items,data:data17};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data17.guardrail !== undefined){
let data18 = data17.guardrail;
if(!((((data18 === "lockout") || (data18 === "public-exposure")) || (data18 === "mass-removal")) || (data18 === "access-limit"))){
const err43 = {instancePath:instancePath+"/guardrails/allow/" + i3+"/guardrail",schemaPath:"#/properties/guardrails/properties/allow/items/properties/guardrail/enum",keyword:"enum",params:{allowedValues: schema46.properties.guardrails.properties.allow.items.properties.guardrail.enum},message:"must be equal to one of the allowed values",schema:schema46.properties.guardrails.properties.allow.items.properties.guardrail.enum,parentSchema:schema46.properties.guardrails.properties.allow.items.properties.guardrail,data:data18};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data17.scheme !== undefined){
let data19 = data17.scheme;
if(typeof data19 === "string"){
if(func1(data19) < 1){
const err44 = {instancePath:instancePath+"/guardrails/allow/" + i3+"/scheme",schemaPath:"#/properties/guardrails/properties/allow/items/properties/scheme/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46.properties.guardrails.properties.allow.items.properties.scheme,data:data19};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(!pattern4.test(data19)){
const err45 = {instancePath:instancePath+"/guardrails/allow/" + i3+"/scheme",schemaPath:"#/properties/guardrails/properties/allow/items/properties/scheme/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema46.properties.guardrails.properties.allow.items.properties.scheme,data:data19};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/guardrails/allow/" + i3+"/scheme",schemaPath:"#/properties/guardrails/properties/allow/items/properties/scheme/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.guardrails.properties.allow.items.properties.scheme.type,parentSchema:schema46.properties.guardrails.properties.allow.items.properties.scheme,data:data19};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath:instancePath+"/guardrails/allow/" + i3,schemaPath:"#/properties/guardrails/properties/allow/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.properties.guardrails.properties.allow.items.type,parentSchema:schema46.properties.guardrails.properties.allow.items,data:data17};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath:instancePath+"/guardrails/allow",schemaPath:"#/properties/guardrails/properties/allow/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema46.properties.guardrails.properties.allow.type,parentSchema:schema46.properties.guardrails.properties.allow,data:data16};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/guardrails",schemaPath:"#/properties/guardrails/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.properties.guardrails.type,parentSchema:schema46.properties.guardrails,data:data13};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.type,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
validate65.errors = vErrors;
return errors === 0;
}
validate65.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

}

const first = {};
stoppingAtFirstError(first);
const all = {};
collectingEveryError(all);
module.exports = { schemeCheck: first.schemeCheck, scheme: all.scheme, holder: all.holder, settings: all.settings };


}),

4478:
((__unused_webpack_module, exports, __webpack_require__) => {










let loaded;

exports.jsYaml = function jsYaml() {
  if (loaded === undefined) loaded = __webpack_require__(2103);
  return loaded;
};


})

};
