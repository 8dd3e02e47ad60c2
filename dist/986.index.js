export const id = 986;
export const ids = [986];
export const modules = {

4986:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


__webpack_require__.r(__webpack_exports__);


__webpack_require__.d(__webpack_exports__, {
  exportStep: () => ( exportStep)
});


var external_node_fs_ = __webpack_require__(3024);

var promises_ = __webpack_require__(1455);

var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = __webpack_require__.n(external_node_path_);

var external_node_util_ = __webpack_require__(7975);

var yaml = __webpack_require__(6945);

var model_permissions = __webpack_require__(5917);
;







const RESERVED_WORDS = new Set([
    '',
    '~',
    'null',
    'true',
    'false',
    'yes',
    'no',
    'on',
    'off',
    'y',
    'n',
    '=',
    '<<',
]);

const LEADING_INDICATORS = new Set('-?:,[]{}#&*!|>\'"%@`'.split(''));

const FLOW_INDICATORS = /[,[\]{}:]/u;





const NUMBER_LIKE = /^[-+]?(0b[01_]+|0o?[0-7_]+|0x[0-9a-f_]+|[0-9][0-9_]*(\.[0-9_.]*)?(e[-+]?[0-9]+)?|\.[0-9_.]+(e[-+]?[0-9]+)?|[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?|\.(inf|nan))$/iu;

const TIMESTAMP_LIKE = /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}/u;





function isPlainSafeChar(code) {
    if (code >= 0x20 && code <= 0x7e)
        return true;
    if (code < 0xa0)
        return false;
    if (code === 0x2028 || code === 0x2029 || code === 0xfeff)
        return false;
    if (code >= 0xd800 && code <= 0xdfff)
        return false;
    if (code === 0xfffe || code === 0xffff)
        return false;
    return true;
}
function allPlainSafe(text) {
    for (const char of text) {
        if (!isPlainSafeChar(char.codePointAt(0) ?? 0))
            return false;
    }
    return true;
}

function isPlainSafe(text, context = 'block') {
    if (RESERVED_WORDS.has(text.toLowerCase()))
        return false;
    const first = text.charAt(0);
    if (LEADING_INDICATORS.has(first))
        return false;
    if (first === ' ' || text.endsWith(' '))
        return false;
    if (NUMBER_LIKE.test(text) || TIMESTAMP_LIKE.test(text))
        return false;
    if (text.includes(': ') || text.includes(' #') || text.endsWith(':'))
        return false;
    if (text.startsWith('...'))
        return false;
    if (context === 'flow' && FLOW_INDICATORS.test(text))
        return false;
    return allPlainSafe(text);
}
const SHORT_ESCAPES = new Map([
    [0x00, '\\0'],
    [0x07, '\\a'],
    [0x08, '\\b'],
    [0x09, '\\t'],
    [0x0a, '\\n'],
    [0x0b, '\\v'],
    [0x0c, '\\f'],
    [0x0d, '\\r'],
    [0x1b, '\\e'],
    [0x22, '\\"'],
    [0x5c, '\\\\'],
    [0x85, '\\N'],
    [0x2028, '\\L'],
    [0x2029, '\\P'],
]);
function hexEscape(code) {
    if (code <= 0xff)
        return `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
    if (code <= 0xffff)
        return `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
    return `\\U${code.toString(16).toUpperCase().padStart(8, '0')}`;
}

function doubleQuoted(text) {
    let out = '"';
    for (const char of text) {
        const code = char.codePointAt(0) ?? 0;
        const short = SHORT_ESCAPES.get(code);
        if (short !== undefined)
            out += short;
        else if (code === 0x20 || isPlainSafeChar(code))
            out += char;
        else
            out += hexEscape(code);
    }
    return `${out}"`;
}

function scalar(text, context = 'block') {
    return isPlainSafe(text, context) ? text : doubleQuoted(text);
}





function blockValue(text, indent) {
    if (!text.includes('\n'))
        return [scalar(text)];
    if (literalBlockFits(text))
        return ['|-', ...text.split('\n').map((line) => (line === '' ? '' : indent + line))];
    return [doubleQuoted(text)];
}





function literalBlockFits(text) {
    if (text.includes('\r') || text.endsWith('\n'))
        return false;
    if (/^\s/u.test(text))
        return false;
    for (const line of text.split('\n')) {
        if (/[ \t]$/u.test(line))
            return false;
        if (!allPlainSafe(line.replaceAll('\t', ' ')))
            return false;
    }
    return true;
}




function commentText(text) {
    let out = '';
    for (const char of text) {
        const code = char.codePointAt(0) ?? 0;
        out += code === 0x09 || !isPlainSafeChar(code) ? ' ' : char;
    }
    return out.replace(/ {2,}/gu, ' ').trim();
}

;




function render_scheme_plural(count, one, many) {
    return `${count} ${count === 1 ? one : many}`;
}




function projectLines(document) {
    if (document.projects.length === 0)
        return ['projects: []'];
    return ['projects:', ...document.projects.map((project) => `  - ${scalar(project.key)}`)];
}
function leftOutLines(leftOut) {
    if (leftOut.length === 0)
        return [];
    const lines = ['#', '# Left out of this file (plan and apply leave these grants as they are in Jira):'];
    const managed = new Map();
    for (const grant of leftOut) {
        if (grant.reason === 'managed')
            managed.set(grant.label, (managed.get(grant.label) ?? 0) + 1);
    }
    for (const [label, count] of [...managed].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        lines.push(`#   ${commentText(label)}, on ${render_scheme_plural(count, 'permission', 'permissions')}: Jira manages it itself`, '#     (managedHolders in the settings file).');
    }
    for (const grant of leftOut) {
        if (grant.reason === 'managed')
            continue;
        const why = grant.reason === 'unknown-holder-type'
            ? 'a holder type this product does not manage'
            : "a permission the site's catalogue does not list";
        lines.push(`#   ${commentText(grant.permission)}: ${commentText(grant.label)}: ${why}.`);
    }
    return lines;
}
function flowValue(value) {
    if (typeof value === 'number')
        return String(value);
    if (typeof value === 'string')
        return scalar(value, 'flow');
    const pairs = Object.entries(value).map(([key, inner]) => `${key}: ${typeof inner === 'number' ? String(inner) : scalar(inner, 'flow')}`);
    return `{${pairs.join(', ')}}`;
}
function holderEntry(holder) {
    const value = holder.value;
    const text = value === undefined
        ? scalar(holder.type)
        : `${scalar(holder.type)}: ${typeof value === 'object' ? flowValue(value) : typeof value === 'number' ? String(value) : scalar(value)}`;
    const comment = holder.comment === undefined ? '' : commentText(holder.comment);
    return comment === '' ? text : `${text}  # ${comment}`;
}

function categoryHeading(key) {
    const category = (0,model_permissions .HE)(key)?.category;
    if (category === undefined)
        return 'Permissions that apps define';
    return `${category.charAt(0).toUpperCase()}${category.slice(1)} permissions`;
}
function grantLines(document) {
    if (document.permissions.length === 0)
        return ['grants: {}'];
    const lines = ['grants:'];
    let heading;
    for (const permission of document.permissions) {

        const next = categoryHeading(permission.key);
        if (next !== heading) {
            if (heading !== undefined)
                lines.push('');
            lines.push(`  # ${next}`);
            heading = next;
        }
        const key = scalar(permission.key);
        const allBare = permission.holders.every((holder) => holder.value === undefined);
        if (allBare) {
            const words = permission.holders.map((holder) => scalar(holder.type, 'flow'));
            lines.push(`  ${key}: [${words.join(', ')}]`);
            continue;
        }
        lines.push(`  ${key}:`);
        for (const holder of permission.holders)
            lines.push(`    - ${holderEntry(holder)}`);
    }
    return lines;
}

function legendLines(document) {
    const used = (type) => document.permissions.some((permission) => permission.holders.some((holder) => holder.type === type && holder.value === undefined));
    return [
        ...(used('applicationRole')
            ? ['# applicationRole without a key: every logged-in user of any product on the site.']
            : []),
        ...(used('anyone') ? ['# anyone: everyone, including people who are not logged in.'] : []),
        ...(used('sd.customer.portal.only')
            ? ['# sd.customer.portal.only: service project customers, in the help center portal only.']
            : []),
    ];
}
function renderSchemeFile(document, options) {
    const lines = [
        `# yaml-language-server: $schema=${options.schemaRef}`,
        '#',
        `# Jira permission scheme ${document.id}, exported by jira-perms export.`,
        ...legendLines(document),
        ...leftOutLines(document.leftOut),
        `name: ${blockValue(document.name, '  ').join('\n')}`,
    ];
    if (document.description !== undefined) {
        lines.push(`description: ${blockValue(document.description, '  ').join('\n')}`);
    }
    lines.push(`id: ${document.id}`, ...projectLines(document), ...grantLines(document));
    const text = `${lines.join('\n')}\n`;
    assertReadsBack(text, document);
    return text;
}
function holderValue(holder) {
    return holder.value === undefined ? holder.type : { [holder.type]: holder.value };
}

function documentData(document) {
    return {
        name: document.name,
        ...(document.description === undefined ? {} : { description: document.description }),
        id: document.id,
        projects: document.projects.map((project) => project.key),
        grants: Object.fromEntries(document.permissions.map((permission) => [permission.key, permission.holders.map(holderValue)])),
    };
}





function assertReadsBack(text, document) {

    const parsed = (0,yaml .Iu)(text);
    if (!parsed.ok || !(0,external_node_util_.isDeepStrictEqual)(parsed.value, documentData(document))) {
        throw new Error(`internal error: the file written for scheme ${document.id} would not read back as the scheme; please report this`);
    }
}


var model_holder = __webpack_require__(2087);

var managed = __webpack_require__(4870);
;




const TYPE_RANK = [
    'projectRole',
    'group',
    'applicationRole',
    'user',
    'userCustomField',
    'groupCustomField',
    'applicationRole*',
    'assignee',
    'reporter',
    'projectLead',
    'anyone',
    'sd.customer.portal.only',
];

const DIGITS = /^[0-9]+$/u;

const USABLE_NAME = /\S/u;
const FIELD_ID = /^customfield_[0-9]+$/u;
function nonEmpty(text) {
    return text === undefined || text === '' ? undefined : text;
}
function describeHolder(holder, site) {
    const type = holder.type;
    if (model_holder .OP.has(type))
        return { file: { type } };
    switch (type) {
        case 'applicationRole': {
            const key = (0,model_holder .MO)(holder);
            return key === undefined ? { file: { type } } : { file: { type, value: key }, name: key, id: key };
        }
        case 'group': {
            const id = nonEmpty(holder.value ?? undefined);
            const recorded = nonEmpty(holder.parameter ?? undefined);
            if (id === undefined) {

                return { file: { type, value: recorded ?? '' }, name: recorded };
            }
            const current = site.groups.get(id);
            const found = current ?? recorded;
            const name = found !== undefined && USABLE_NAME.test(found) ? found : undefined;
            const value = name === undefined ? { id } : { name, id };
            const comment = current === undefined ? 'no group with this id on the site' : undefined;
            return { file: { type, value, ...(comment === undefined ? {} : { comment }) }, name, id };
        }
        case 'projectRole': {
            const id = (0,model_holder .MO)(holder) ?? '';
            const role = site.roles.find((candidate) => candidate.id === id);
            const idValue = DIGITS.test(id) ? Number(id) : id;
            if (role === undefined) {
                return {
                    file: { type, value: { id: idValue }, comment: 'no project role with this id on the site' },
                    id,
                };
            }
            const sharing = site.roles.filter((candidate) => candidate.name === role.name).length;
            if (sharing === 1 && !DIGITS.test(role.name) && USABLE_NAME.test(role.name))
                return { file: { type, value: role.name }, name: role.name, id };
            const comment = sharing > 1 ? `${role.name} (${sharing} roles have this name)` : role.name;
            return { file: { type, value: { id: idValue }, comment, sortName: role.name }, name: role.name, id };
        }
        case 'user': {
            const id = (0,model_holder .MO)(holder) ?? '';
            const user = site.users.get(id);
            const displayName = nonEmpty(user?.displayName);
            const comment = user === undefined
                ? 'no user with this account id on the site'
                : `${displayName ?? 'no display name'}${user.active === false ? ' (inactive)' : ''}`;
            return { file: { type, value: id, comment }, name: displayName, id };
        }
        case 'userCustomField':
        case 'groupCustomField': {
            const id = (0,model_holder .MO)(holder) ?? '';
            const field = site.fields.find((candidate) => candidate.id === id);
            if (field === undefined) {
                return { file: { type, value: id, comment: 'no custom field with this id on the site' }, id };
            }
            const sharing = site.fields.filter((candidate) => candidate.name === field.name).length;
            const nameIsSomeId = FIELD_ID.test(field.name) || site.fields.some((other) => other.id === field.name);
            if (sharing === 1 && !nameIsSomeId && USABLE_NAME.test(field.name))
                return { file: { type, value: field.name }, name: field.name, id };
            const comment = sharing > 1 ? `${field.name} (${sharing} fields have this name)` : field.name;
            return { file: { type, value: id, comment, sortName: field.name }, name: field.name, id };
        }
        default:
            return { name: nonEmpty(holder.parameter ?? undefined), id: nonEmpty(holder.value ?? undefined) };
    }
}

function sortText(file) {
    if (file.sortName !== undefined)
        return file.sortName;
    const value = file.value;
    if (value === undefined)
        return '';
    if (typeof value === 'object')
        return String(value.name ?? value.id ?? '');
    return String(value);
}
function rank(file) {
    const key = file.type === 'applicationRole' && file.value === undefined ? 'applicationRole*' : file.type;
    const index = TYPE_RANK.indexOf(key);
    return index === -1 ? TYPE_RANK.length : index;
}
function compareFileHolders(a, b) {
    const byRank = rank(a) - rank(b);
    if (byRank !== 0)
        return byRank;
    const textA = sortText(a);
    const textB = sortText(b);

    const foldedA = textA.toLowerCase();
    const foldedB = textB.toLowerCase();
    if (foldedA !== foldedB)
        return foldedA < foldedB ? -1 : 1;
    if (textA !== textB)
        return textA < textB ? -1 : 1;
    const jsonA = JSON.stringify(a.value ?? null);
    const jsonB = JSON.stringify(b.value ?? null);
    return jsonA < jsonB ? -1 : jsonA > jsonB ? 1 : 0;
}

function withKeptValue(file, kept) {
    if (kept === undefined)
        return file;
    const { value: _own, ...rest } = file;
    return kept.value === undefined ? rest : { ...rest, value: kept.value };
}
function buildSchemeDocument(scheme, site, options) {
    const byPermission = new Map();
    const leftOut = [];
    for (const grant of scheme.grants) {
        const described = describeHolder(grant.holder, site);
        const name = grant.name ?? described.name;
        const label = (0,model_holder .zc)(grant.holder, name);

        const knownPermission = (0,model_permissions .Lq)(grant.permission) ||
            site.permissionKeys.has(grant.permission) ||
            (options.customPermissions ?? []).includes(grant.permission);
        let reason;
        if (!(0,model_holder .KN)(grant.holder.type) || described.file === undefined)
            reason = 'unknown-holder-type';
        else if (!knownPermission)
            reason = 'unknown-permission';

        else if ((0,managed .A)({ holder: grant.holder, ...(name === undefined ? {} : { name }) }, options.managedHolders))
            reason = 'managed';
        if (reason !== undefined || described.file === undefined) {
            leftOut.push({
                permission: grant.permission,
                holder: grant.holder,
                label,
                reason: reason ?? 'unknown-holder-type',
            });
            continue;
        }


        const holders = byPermission.get(grant.permission) ?? new Map();
        holders.set((0,model_holder .I4)(grant.holder), withKeptValue(described.file, options.keptForms?.get((0,model_holder .cx)(grant.permission, grant.holder))));
        byPermission.set(grant.permission, holders);
    }
    const permissions = [...byPermission.keys()]
        .sort(model_permissions .W1)
        .map((key) => ({ key, holders: [...(byPermission.get(key)?.values() ?? [])].sort(compareFileHolders) }));

    const projects = (site.projectsByScheme.get(scheme.id) ?? [])
        .filter((project) => project.teamManaged !== true)
        .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const description = nonEmpty(scheme.description);
    return {
        id: scheme.id,
        name: scheme.name,
        ...(description === undefined ? {} : { description }),
        projects,
        permissions,
        leftOut,
        appDefinedKeys: permissions
            .map((permission) => permission.key)
            .filter((key) => !(0,model_permissions .Lq)(key)),
    };
}

;

function renderNewSettingsFile(options) {
    const lines = [
        `# yaml-language-server: $schema=${options.schemaRef}`,
        '#',
        '# Settings for jira-perms, written by jira-perms export.',
        `schemes: ${scalar(options.schemes)}`,
    ];
    if (options.customPermissions.length > 0) {
        lines.push('# Permission keys that apps define on this site and the exported schemes use: listed so that', '# jira-perms validate accepts them without asking Jira.', 'customPermissions:', ...[...options.customPermissions].sort().map((key) => `  - ${scalar(key)}`));
    }
    return `${lines.join('\n')}\n`;
}
function isMapping(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function inline(value) {
    if (value === null)
        return 'null';
    if (typeof value === 'string')
        return value.includes('\n') ? undefined : scalar(value);
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    if (Array.isArray(value) && value.length === 0)
        return '[]';
    if (isMapping(value) && Object.keys(value).length === 0)
        return '{}';
    return undefined;
}

function emit(value, indent) {
    const lines = [];
    if (Array.isArray(value)) {
        for (const item of value) {
            const simple = inline(item);
            if (simple !== undefined) {
                lines.push(`${indent}- ${simple}`);
                continue;
            }
            const nested = emit(item, `${indent}  `);
            const [first, ...rest] = nested;
            lines.push(`${indent}- ${(first ?? '').trimStart()}`, ...rest);
        }
        return lines;
    }
    if (isMapping(value)) {
        for (const [key, item] of Object.entries(value)) {
            const simple = inline(item);
            if (simple !== undefined)
                lines.push(`${indent}${scalar(key)}: ${simple}`);
            else if (typeof item === 'string')
                lines.push(`${indent}${scalar(key)}: ${blockValue(item, `${indent}  `).join('\n')}`);
            else
                lines.push(`${indent}${scalar(key)}:`, ...emit(item, `${indent}  `));
        }
    }
    return lines;
}





function renderMergedSettingsFile(existing, change, schemaRef) {
    const data = { ...existing };
    if (change.addKeys.length > 0) {
        const current = Array.isArray(existing.customPermissions)
            ? existing.customPermissions.filter((key) => typeof key === 'string')
            : [];
        data.customPermissions = [...new Set([...current, ...change.addKeys])].sort();
    }
    const lines = [
        `# yaml-language-server: $schema=${schemaRef}`,
        '#',
        '# Settings for jira-perms, extended by jira-perms export --force.',
        ...emit(data, ''),
    ];
    return `${lines.join('\n')}\n`;
}


var load = __webpack_require__(1980);

var cross_file = __webpack_require__(3249);

var lint = __webpack_require__(3233);
;













function checkExportedFiles(files, settings, customPermissions) {
    const allowed = new Set([...settings.customPermissions, ...customPermissions]);
    const specs = [];
    const own = [];
    for (const file of files) {
        const checked = (0,load .Rn)(file.text, file.path, allowed);
        own.push(...checked.findings);
        if (checked.spec !== undefined)
            specs.push(checked.spec);
    }
    return [...own, ...(0,cross_file .P)(specs), ...(0,lint .IL)(specs, settings)];
}

;





const MAX_SLUG_LENGTH = 60;

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/u;





function slugify(name) {
    const ascii = name
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/gu, '-')
        .replace(/^-+|-+$/gu, '');
    if (ascii.length <= MAX_SLUG_LENGTH)
        return ascii;
    const cut = ascii.slice(0, MAX_SLUG_LENGTH);
    const lastDash = cut.lastIndexOf('-');
    return (lastDash >= MAX_SLUG_LENGTH / 2 ? cut.slice(0, lastDash) : cut).replace(/-+$/u, '');
}







function assignFileNames(schemes) {
    const byId = [...schemes].sort((a, b) => a.id - b.id);
    const stems = new Map();
    const taken = new Set();
    const deferred = [];
    for (const scheme of byId) {
        const slug = slugify(scheme.name);
        const base = slug === '' ? 'scheme' : slug;
        if (slug === '' || WINDOWS_RESERVED.test(slug) || taken.has(slug)) {
            deferred.push({ scheme, base });
            continue;
        }
        taken.add(slug);
        stems.set(scheme.id, slug);
    }

    for (const { scheme, base } of deferred) {
        let stem = `${base}-${scheme.id}`;
        for (let n = 2; taken.has(stem); n++)
            stem = `${base}-${scheme.id}-${n}`;
        taken.add(stem);
        stems.set(scheme.id, stem);
    }
    return new Map([...stems].map(([id, stem]) => [id, `${stem}.yml`]));
}


var confine = __webpack_require__(1094);

var discover = __webpack_require__(7307);

var config_read = __webpack_require__(2000);
;












function toPosix(relativePath) {
    return relativePath.split((external_node_path_default()).sep).join('/');
}






function findExistingFiles(dir, root = (0,confine .mL)(dir)) {
    return Promise.resolve(existingFiles(dir, root));
}
function existingFiles(dir, root) {
    const existing = { byId: new Map(), byName: new Map(), all: new Set() };
    const discovery = (0,discover .Q)(dir);
    if (!discovery.ok || (discovery.files.length === 1 && discovery.files[0] === dir))
        return existing;
    for (const file of discovery.files) {
        existing.all.add(file);

        const read = (0,config_read .Gu)(file, { root });
        if (!read.ok)
            continue;
        const parsed = (0,yaml .Iu)(read.text);
        if (!parsed.ok)
            continue;
        const data = parsed.value;
        if (typeof data !== 'object' || data === null)
            continue;
        const { id, name } = data;
        if (typeof id === 'number' && Number.isInteger(id)) {
            if (!existing.byId.has(id))
                existing.byId.set(id, file);
        }
        else if (typeof name === 'string' && !existing.byName.has(name)) {
            existing.byName.set(name, file);
        }
    }
    return existing;
}





function schemaReference(schemaFile, fromDir, schemasDir) {
    const relative = toPosix(external_node_path_default().relative(fromDir, external_node_path_default().join(schemasDir, schemaFile)));
    return relative.startsWith('../') ? relative : `./${relative}`;
}


var resolve = __webpack_require__(2732);
;










function writtenValue(holder) {
    if (model_holder .OP.has(holder.type))
        return undefined;
    switch (holder.type) {
        case 'applicationRole':
            return holder.key;
        case 'group':
            if (holder.name !== undefined && holder.id !== undefined)
                return { name: holder.name, id: holder.id };
            return holder.id !== undefined ? { id: holder.id } : (holder.name ?? '');
        case 'projectRole':
            if (holder.name !== undefined)
                return holder.name;
            return { id: /^[0-9]+$/u.test(holder.id ?? '') ? Number(holder.id) : (holder.id ?? '') };
        case 'user':
            return holder.email !== undefined ? { email: holder.email } : (holder.accountId ?? '');
        case 'userCustomField':
        case 'groupCustomField':
            return holder.field;
        default:
            return undefined;
    }
}





async function keptHolderForms(files, directory, customPermissions) {
    const allowed = new Set(customPermissions);
    const loaded = files.flatMap((file) => {
        const spec = (0,load .Rn)(file.text, file.path, allowed).spec;
        return spec === undefined ? [] : [{ path: file.path, spec }];
    });
    const kept = new Map();
    if (loaded.length === 0)
        return kept;
    const resolved = await (0,resolve .P)(loaded.map((file) => file.spec), directory, { customPermissions, checkPermissionCatalogue: false });
    for (const [index, scheme] of resolved.schemes.entries()) {
        const path = loaded[index]?.path ?? '';
        const forms = new Map();
        for (const [grantIndex, grant] of scheme.grants.entries()) {

            const written = scheme.grantSources?.[grantIndex];
            if (written !== undefined)
                forms.set((0,model_holder .cx)(grant.permission, grant.holder), { value: writtenValue(written.holder) });
        }
        kept.set(path, forms);
    }
    return kept;
}


var errors = __webpack_require__(6353);

var schema_copies = __webpack_require__(6321);

var settings = __webpack_require__(4661);

var excerpt = __webpack_require__(2249);

var model_settings = __webpack_require__(4692);

var suggest = __webpack_require__(7406);
;




















const MAX_LISTED = 20;

class ExportError extends Error {
    conflicts;
    constructor(message, conflicts = []) {
        super(message);
        this.conflicts = conflicts;
        this.name = 'ExportError';
    }
}
function selectSchemes(live, wanted) {
    if (wanted === undefined || wanted.length === 0)
        return [...live];
    const names = live.map((scheme) => scheme.name);
    const selected = new Map();
    const missing = [];
    for (const want of wanted) {
        const matches = live.filter((scheme) => scheme.name === want || String(scheme.id) === want.trim());
        if (matches.length === 0) {
            const suggestion = (0,suggest .h)(want, names);
            missing.push(`"${want}"${suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`}`);
        }
        for (const scheme of matches)
            selected.set(scheme.id, scheme);
    }
    if (missing.length > 0) {
        throw new ExportError(`no live permission scheme named ${missing.join(', ')}.\n` +
            '--scheme takes a scheme name exactly as Jira shows it (quote names with spaces), or a scheme id.');
    }
    return [...selected.values()];
}

async function gatherSiteNames(jira, schemes) {
    const groupIds = new Set();
    const accountIds = new Set();
    for (const grant of schemes.flatMap((scheme) => scheme.grants)) {
        const { type, parameter, value } = grant.holder;
        if (type === 'group' && value !== undefined && value !== '')
            groupIds.add(value);
        const id = value ?? parameter;
        if (type === 'user' && id !== undefined && id !== '')
            accountIds.add(id);
    }
    const [groups, roles, users, fields, catalogue, projectsByScheme] = await Promise.all([
        groupIds.size === 0 || !jira.groupsHaveIds
            ? new Map()
            : jira.findGroupsById([...groupIds].sort()),
        jira.getProjectRoles(),
        accountIds.size === 0 ? new Map() : jira.getUsers([...accountIds].sort()),
        jira.getFields(),
        jira.getPermissionCatalogue(),
        jira.getProjectsByScheme(),
    ]);
    return {
        groups: new Map([...groups].map(([id, group]) => [id, group.name])),
        roles: roles.map((role) => ({ id: String(role.id), name: role.name })),
        users,
        fields,
        permissionKeys: new Set(catalogue.map((entry) => entry.key)),
        projectsByScheme,
    };
}

function planSettingsWrite(settingsFile, keys, outDir, cwd, root) {
    const settingsDir = external_node_path_default().dirname(settingsFile);
    const schemaRef = schemaReference('settings.schema.json', settingsDir, (0,schema_copies .Ei)(root));
    if (!exists(settingsFile)) {
        if (keys.length === 0)
            return undefined;
        const relative = toPosix(external_node_path_default().relative(settingsDir, outDir)) || '.';
        return {
            absolute: settingsFile,
            text: renderNewSettingsFile({
                schemaRef,
                schemes: relative,
                customPermissions: keys,
            }),
            exists: false,
            summary: '',
        };
    }

    if (keys.length === 0)
        return undefined;

    const shown = toPosix(external_node_path_default().relative(cwd, settingsFile));
    const read = (0,config_read .Gu)(settingsFile, { root });
    const parsed = read.ok ? (0,yaml .Iu)(read.text) : undefined;
    if (!read.ok || parsed?.ok !== true) {
        const why = read.ok ? 'it is not valid YAML' : read.message;
        throw new ExportError(`${shown} does not load (${why}); fix it (jira-perms validate shows where) and export again.`);
    }
    const data = parsed.value;
    const existing = (typeof data === 'object' && data !== null && !Array.isArray(data) ? data : {});
    const listed = Array.isArray(existing.customPermissions) ? existing.customPermissions : [];
    const addKeys = keys.filter((key) => !listed.includes(key));
    if (addKeys.length === 0)
        return undefined;
    const summary = [
        ...(addKeys.length > 0 ? [`customPermissions would gain: ${addKeys.join(', ')}`] : []),
    ].join('; ');
    return {
        absolute: settingsFile,
        text: renderMergedSettingsFile(existing, { addKeys }, schemaRef),
        exists: true,
        summary,
    };
}




function claimedFiles(live, existing) {
    const claimed = new Map();
    const taken = new Set();
    for (const scheme of live) {
        const file = existing.byId.get(scheme.id);
        if (file !== undefined) {
            claimed.set(scheme.id, file);
            taken.add(file);
        }
    }
    for (const scheme of live) {
        const file = existing.byName.get(scheme.name);
        if (claimed.has(scheme.id) || file === undefined || taken.has(file))
            continue;
        claimed.set(scheme.id, file);
        taken.add(file);
    }
    return claimed;
}





function targetPath(scheme, fileNames, claimed, outDir, used) {
    const own = claimed.get(scheme.id);
    if (own !== undefined)
        return own;
    const others = new Set(claimed.values());
    const fileName = fileNames.get(scheme.id) ?? `scheme-${String(scheme.id)}.yml`;
    const stem = fileName.replace(/\.yml$/u, '');
    let candidate = external_node_path_default().join(outDir, fileName);
    for (let n = 1; others.has(candidate) || used.has(candidate); n++) {
        candidate = external_node_path_default().join(outDir, n === 1 ? `${stem}-${String(scheme.id)}.yml` : `${stem}-${String(scheme.id)}-${String(n)}.yml`);
    }
    return candidate;
}

function exists(file) {
    try {
        (0,external_node_fs_.lstatSync)(file);
        return true;
    }
    catch {
        return false;
    }
}





async function writeAtomically(file, text, replace) {
    await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
    if (!replace) {

        await (0,promises_.writeFile)(file, text, { encoding: 'utf8', flag: 'wx' });
        return;
    }
    const temporary = `${file}.${process.pid}.tmp`;
    await (0,promises_.writeFile)(temporary, text, { encoding: 'utf8', flag: 'wx' });
    await (0,promises_.rename)(temporary, file);
}




function refuseOutside(root, target, subject) {
    const confined = (0,confine .Do)(root, target, subject);
    if (!confined.ok)
        throw new ExportError(`${confined.message}; nothing was written. ${confined.hint}`);
}
async function readSettings(cwd, root, settingsPath) {

    if (settingsPath !== undefined && !exists(external_node_path_default().resolve(cwd, settingsPath)))
        return structuredClone(model_settings .a);
    const loaded = await (0,settings .M5)({ cwd, root, ...(settingsPath === undefined ? {} : { settingsPath }) });
    const errors = loaded.findings.filter((finding) => finding.severity === 'error');
    if (errors.length > 0) {
        const lines = errors.map((finding) => `  ${finding.file}:${finding.line}:${finding.column}  ${finding.message}`);
        throw new ExportError(`the settings file has ${errors.length === 1 ? 'a problem' : `${errors.length} problems`}; nothing was exported:\n${lines.join('\n')}\n` +
            'Fix it (jira-perms validate shows more) and export again.');
    }
    return loaded.settings;
}

function refuseNonFolder(outDir, cwd) {
    for (let dir = outDir;; dir = external_node_path_default().dirname(dir)) {
        if ((0,external_node_fs_.existsSync)(dir)) {
            if ((0,external_node_fs_.statSync)(dir).isDirectory())
                return;
            const shown = toPosix(external_node_path_default().relative(cwd, dir)) || dir;
            throw new ExportError(`${shown} is a file, not a folder: export writes one file per scheme into a folder. ` +
                'Pass a folder with --out (it is created if it does not exist).');
        }
        if (external_node_path_default().dirname(dir) === dir)
            return;
    }
}

async function keptForms(targets, root, cwd, directory, customPermissions) {
    const files = [];
    for (const absolute of targets) {
        if (!exists(absolute))
            continue;
        const read = (0,config_read .Gu)(absolute, { root });
        if (read.ok)
            files.push({ path: toPosix(external_node_path_default().relative(cwd, absolute)), text: read.text, absolute });
    }
    const byPath = await keptHolderForms(files, directory, customPermissions);
    return new Map(files.map((file) => [file.absolute, byPath.get(file.path) ?? new Map()]));
}




async function writeSchemaCopies(root, cwd) {
    const dir = (0,schema_copies .Ei)(root);
    const shown = toPosix(external_node_path_default().relative(cwd, dir)) || '.';
    refuseOutside(root, dir, `the schema folder ${(0,excerpt .Kb)(shown)}`);
    let created = false;
    let updated = false;
    for (const [name, text] of (0,schema_copies .y9)()) {
        const file = external_node_path_default().join(dir, name);
        refuseOutside(root, file, `the schema file ${(0,excerpt .Kb)(toPosix(external_node_path_default().relative(cwd, file)))}`);
        const before = exists(file) ? (0,config_read .Gu)(file, { root }) : undefined;
        if (before?.ok === true && before.text === text)
            continue;
        await writeAtomically(file, text, before !== undefined);
        if (before === undefined)
            created = true;
        else
            updated = true;
    }
    return { path: shown, action: updated ? 'updated' : created ? 'created' : 'unchanged' };
}




async function runExport(options, deps) {
    try {
        return { status: 'exported', ...(await exportSchemes(options, deps)) };
    }
    catch (error) {
        if (error instanceof ExportError) {
            return { status: 'refused', error: error.message, conflicts: error.conflicts };
        }
        return { status: 'failed', error: (0,errors .gJ)(error) };
    }
}
async function exportSchemes(options, deps) {
    const { cwd, signal } = deps;
    const root = options.root ?? (0,confine .mL)(cwd);
    if (options.schemasOnly === true) {

        const schemas = await writeSchemaCopies(root, cwd);
        return {
            out: '',
            files: [],
            customPermissions: [],
            findings: [],
            leftOut: [],
            schemas,
        };
    }
    const jira = deps.jira.reader({ signal });
    const settings = options.settings ?? (await readSettings(cwd, root, options.settingsPath));
    const settingsBase = settings.file === undefined ? cwd : external_node_path_default().dirname(external_node_path_default().resolve(cwd, settings.file));
    const outDir = external_node_path_default().resolve(options.out === undefined ? settingsBase : cwd, options.out ?? settings.schemes);
    const settingsFile = external_node_path_default().resolve(cwd, options.settingsPath ?? settings.file ?? model_settings .b);
    refuseNonFolder(outDir, cwd);
    refuseOutside(root, outDir, `the folder ${(0,excerpt .Kb)(toPosix(external_node_path_default().relative(cwd, outDir)) || '.')}`);
    refuseOutside(root, settingsFile, `the settings file ${(0,excerpt .Kb)(toPosix(external_node_path_default().relative(cwd, settingsFile)))}`);
    const schemasDir = (0,schema_copies .Ei)(root);
    refuseOutside(root, schemasDir, `the schema folder ${(0,excerpt .Kb)(toPosix(external_node_path_default().relative(cwd, schemasDir)))}`);
    deps.progress({ step: 'reading', message: 'Reading permission schemes, names and projects from Jira' });
    const live = await jira.listPermissionSchemes();
    const selected = selectSchemes(live, options.schemes).sort((a, b) => a.id - b.id);
    signal.throwIfAborted();
    const site = await gatherSiteNames(jira, selected);
    signal.throwIfAborted();

    const fileNames = assignFileNames(live);
    const claimed = claimedFiles(live, await findExistingFiles(outDir, root));
    const schemaRef = options.schemaRef ?? schemaReference('permission-scheme.schema.json', outDir, schemasDir);
    const writes = [];
    const leftOut = [];
    const customPermissions = new Set();
    const used = new Set();
    const targets = selected.map((scheme) => {
        const absolute = targetPath(scheme, fileNames, claimed, outDir, used);
        used.add(absolute);
        return absolute;
    });

    const kept = options.force === true
        ? await keptForms(targets, root, cwd, jira, settings.customPermissions)
        : new Map();
    for (const [index, scheme] of selected.entries()) {
        const absolute = targets[index] ?? '';
        const keptFormsOfFile = kept.get(absolute);
        const document = buildSchemeDocument(scheme, site, {
            managedHolders: settings.managedHolders,
            customPermissions: settings.customPermissions,
            ...(keptFormsOfFile === undefined ? {} : { keptForms: keptFormsOfFile }),
        });

        refuseOutside(root, external_node_path_default().dirname(absolute), `the folder of ${(0,excerpt .Kb)(toPosix(external_node_path_default().relative(cwd, absolute)))}`);
        writes.push({
            absolute,
            text: renderSchemeFile(document, { schemaRef }),
            exists: exists(absolute),
            file: {
                path: toPosix(external_node_path_default().relative(cwd, absolute)),
                schemeId: scheme.id,
                scheme: scheme.name,
                grants: document.permissions.reduce((sum, permission) => sum + permission.holders.length, 0),
            },
        });
        for (const grant of document.leftOut)
            leftOut.push({ ...grant, scheme: scheme.name, schemeId: scheme.id });
        for (const key of document.appDefinedKeys)
            customPermissions.add(key);
        deps.progress({
            step: 'exporting',
            message: 'Exporting schemes',
            done: writes.length,
            total: selected.length,
        });
    }
    const keys = [...customPermissions].filter((key) => !(0,model_permissions .Lq)(key)).sort();

    const findings = checkExportedFiles(writes.map((write) => ({ path: write.file.path, text: write.text })), settings, keys);
    const settingsWrite = planSettingsWrite(settingsFile, keys, outDir, cwd, root);
    const conflicts = [
        ...writes.filter((write) => write.exists).map((write) => write.file.path),
        ...(settingsWrite?.exists === true
            ? [`${toPosix(external_node_path_default().relative(cwd, settingsFile))} (${settingsWrite.summary})`]
            : []),
    ];
    if (conflicts.length > 0 && options.force !== true) {
        const listed = conflicts.slice(0, MAX_LISTED).map((conflict) => `  ${conflict}`);
        if (conflicts.length > MAX_LISTED)
            listed.push(`  and ${conflicts.length - MAX_LISTED} more`);
        throw new ExportError(`export would overwrite ${conflicts.length === 1 ? 'a file that exists' : `${conflicts.length} files that exist`}; nothing was written:\n` +
            `${listed.join('\n')}\n` +
            'Run again with --force to overwrite them (check `git status` first), or export into another folder with --out.', conflicts);
    }
    await (0,promises_.mkdir)(outDir, { recursive: true });
    const files = [];
    for (const [index, write] of writes.entries()) {
        signal.throwIfAborted();
        await writeAtomically(write.absolute, write.text, write.exists);
        files.push({ ...write.file, replaced: write.exists });
        deps.progress({ step: 'writing', message: 'Writing files', done: index + 1, total: writes.length });
    }
    const schemas = await writeSchemaCopies(root, cwd);
    let settingsResult;
    if (settingsWrite !== undefined) {
        await writeAtomically(settingsWrite.absolute, settingsWrite.text, settingsWrite.exists);
        settingsResult = {
            path: toPosix(external_node_path_default().relative(cwd, settingsWrite.absolute)),
            action: settingsWrite.exists ? 'updated' : 'created',
        };
    }
    return {
        out: toPosix(external_node_path_default().relative(cwd, outDir)) || '.',
        files,
        ...(settingsResult === undefined ? {} : { settingsFile: settingsResult }),
        customPermissions: keys,
        findings,
        leftOut,
        schemas,
    };
}


var order = __webpack_require__(4946);

var view_finding = __webpack_require__(7280);

var markdown = __webpack_require__(8604);

var terminal = __webpack_require__(9629);

var words = __webpack_require__(1788);
;






function schemasLine(result) {
    const { action, path } = result.schemas;
    if (action === 'unchanged')
        return undefined;
    return `${action === 'created' ? 'Wrote' : 'Updated'} the JSON Schemas in ${safeText(path)}/ (the files' $schema lines point there; commit them).`;
}

const LISTED_FINDINGS = 20;




function exportFindingsLines(result) {
    const shown = (0,order .Tc)(result.findings.filter((finding) => finding.severity !== 'info')).sort((a, b) => Number(b.severity === 'error') - Number(a.severity === 'error'));
    if (shown.length === 0)
        return [];
    const counts = (0,order .Gt)(shown);
    const lines = [
        `The exported schemes break lint rules where Jira does: jira-perms validate will report ${(0,words .LS)(counts.errors, 'error')} and ${(0,words .LS)(counts.warnings, 'warning')}:`,
        ...shown.slice(0, LISTED_FINDINGS).map((finding) => `  ${(0,view_finding .mC)(finding)}`),
    ];
    if (shown.length > LISTED_FINDINGS) {
        lines.push(`  and ${shown.length - LISTED_FINDINGS} more (jira-perms validate lists them all)`);
    }
    if (counts.errors > 0) {
        lines.push('  That is what Jira has now. jira-perms plan reports these errors as already live and does not refuse them;', '  to make jira-perms validate pass, fix them in the files (then plan and apply), or set the rule to', "  warning or off under rules: in the settings file yourself (export never changes a rule's severity).");
    }
    return lines;
}

function formatExportSummary(result, schemasOnly = false) {
    const lines = [];
    if (schemasOnly) {
        const line = schemasLine(result);
        return `${line ?? `The JSON Schemas in ${safeText(result.schemas.path)}/ are this version's already.`}\n`;
    }
    if (result.files.length === 0) {
        lines.push('No permission schemes to export.');
        return `${lines.join('\n')}\n`;
    }
    lines.push(`Exported ${plural(result.files.length, 'permission scheme')} to ${safeText(result.out)}/:`);
    const width = Math.max(...result.files.map((file) => safeText(file.path).length));
    for (const file of result.files) {
        lines.push(`  ${safeText(file.path).padEnd(width)}  ${safeText(file.scheme)} (${file.schemeId}), ${plural(file.grants, 'grant')}${file.replaced ? ', replaced' : ''}`);
    }
    if (result.settingsFile !== undefined) {
        lines.push(`${result.settingsFile.action === 'created' ? 'Wrote' : 'Updated'} ${safeText(result.settingsFile.path)}:`);
        if (result.customPermissions.length > 0) {
            lines.push(`  customPermissions: ${plural(result.customPermissions.length, 'app-defined permission key')} the schemes use (${result.customPermissions.map(safeText).join(', ')})`);
        }
    }
    lines.push(...exportFindingsLines(result));
    const schemas = schemasLine(result);
    if (schemas !== undefined)
        lines.push(schemas);
    if (result.leftOut.length > 0) {
        const managed = result.leftOut.filter((grant) => grant.reason === 'managed').length;
        const unknown = result.leftOut.length - managed;
        const parts = [
            ...(managed > 0 ? [`${plural(managed, 'grant')} to holders Jira manages itself`] : []),
            ...(unknown > 0 ? [`${plural(unknown, 'grant')} this product does not manage`] : []),
        ];
        lines.push(`Left out ${parts.join(' and ')}: each file's header lists them; plan and apply leave them alone.`);
    }
    const errors = result.findings.some((finding) => finding.severity === 'error');
    lines.push('', errors
        ? 'Next: jira-perms plan (it should report no changes, and the errors above as already live).'
        : 'Next: jira-perms validate, then jira-perms plan (it should report no changes).');
    return `${lines.join('\n')}\n`;
}

function exportMarkdown(result) {
    const rows = result.files.map((file) => `| ${(0,markdown .FV)(file.path)} | ${(0,markdown .FV)(file.scheme)} | ${file.schemeId} | ${file.grants} |`);
    const leftOut = result.leftOut.length > 0
        ? `; ${(0,words .LS)(result.leftOut.length, 'grant')} left out (see each file's header)`
        : '';
    return [
        '## Export',
        '',
        `${(0,words .LS)(result.files.length, 'scheme file')} written to ${(0,markdown .FV)(result.out)}${leftOut}`,
        '',
        '| file | scheme | id | grants |',
        '|---|---|---|---|',
        ...rows,
        '',
    ].join('\n');
}


var runner = __webpack_require__(7552);

var deps = __webpack_require__(2734);
;






async function exportStep(context) {
    const result = await (0,runner .Oi)('Export live permission schemes', async () => {
        const progress = (0,runner .cv)();
        try {

            return await runExport({
                ...(context.inputs.path === undefined ? {} : { out: context.inputs.path }),
                ...(context.inputs.settings === undefined ? {} : { settingsPath: context.inputs.settings }),
                force: true,
            }, (0,deps.actionDeps)(context, progress));
        }
        finally {
            progress.done();
        }
    });
    if (result.status !== 'exported') {
        (0,runner .fJ)(result.error);
        return;
    }
    for (const file of result.files) {
        (0,runner .pq)(`${file.replaced ? 'replaced' : 'wrote'} ${file.path} (${file.scheme}, ${(0,words .LS)(file.grants, 'grant')})`);
    }
    if (result.settingsFile !== undefined)
        (0,runner .pq)(`${result.settingsFile.action} ${result.settingsFile.path}`);

    for (const line of exportFindingsLines(result))
        (0,runner .pq)(line);
    await (0,runner .fe)(exportMarkdown(result));
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

7280:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
Ng: () => ( appendFindingLines),
dY: () => ( findingItem),
ex: () => ( findingRow),
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

8604:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
FV: () => ( escapeMarkdown),
MZ: () => ( codeCell),
SS: () => ( codeSpan),
ZD: () => ( escapeHtml),
zW: () => ( fencedBlock)
});
var _view_terminal_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9629);








const ZWJ = '\u200D';

function escapeLine(line) {
    return ((0,_view_terminal_js__WEBPACK_IMPORTED_MODULE_0__/* .safeText */ .Hk)(line)
        .replace(/[\\`*_[\]{}<>()#+!|~&]/g, (character) => `\\${character}`)
        .replace(/@/g, `@${ZWJ}`)


        .replace(/#(?=\d)/g, `#${ZWJ}`)
        .replace(/\b(GH)-(?=\d)/gi, `$1${ZWJ}-`)

        .replace(/:\/\//g, ':\\/\\/')
        .replace(/\b(www)\./gi, '$1\\.'));
}






function escapeMarkdown(text) {
    return text
        .split(/\r\n|\r|\n/)
        .map(escapeLine)
        .join('<br>');
}





function codeSpan(text) {
    const clean = (0,_view_terminal_js__WEBPACK_IMPORTED_MODULE_0__/* .safeText */ .Hk)(text);
    if (clean === '')
        return '` `';
    const longestRun = Math.max(0, ...Array.from(clean.matchAll(/`+/g), (match) => match[0].length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = clean.startsWith('`') || clean.endsWith('`') || (clean.startsWith(' ') && clean.endsWith(' ')) ? ' ' : '';
    return `${fence}${pad}${clean}${pad}${fence}`;
}

function codeCell(text) {
    return codeSpan(text).replace(/\|/g, '\\|');
}

function escapeHtml(text) {
    return (0,_view_terminal_js__WEBPACK_IMPORTED_MODULE_0__/* .safeText */ .Hk)(text)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;')
        .replace(/@/g, `@${ZWJ}`);
}

function fencedBlock(language, lines) {
    const body = lines.map((line) => (0,_view_terminal_js__WEBPACK_IMPORTED_MODULE_0__/* .safeText */ .Hk)(line));
    const longestRun = Math.max(2, ...body.flatMap((line) => Array.from(line.matchAll(/`+/g), (match) => match[0].length)));
    const fence = '`'.repeat(longestRun + 1);
    return [`${fence}${language}`, ...body, fence].join('\n');
}


})

};
