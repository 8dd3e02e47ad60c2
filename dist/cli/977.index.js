export const id = 977;
export const ids = [977];
export const modules = {

/***/ 7977:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EXPORT_SPEC: () => (/* binding */ EXPORT_SPEC),
  exportCommand: () => (/* binding */ exportCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/config/yaml.ts + 1 modules
var yaml = __webpack_require__(6945);
// EXTERNAL MODULE: ./src/model/permissions.ts
var model_permissions = __webpack_require__(5917);
;// CONCATENATED MODULE: ./src/export/yaml.ts
/**
 * The small YAML writer behind exported files. It writes strings plain when every YAML reader will read
 * them back as the same string, and double-quoted otherwise. "Every reader" is deliberately wider than
 * the YAML 1.2 core schema this product loads with: editors and other tools still read YAML 1.1, where
 * `no`, `on`, `y`, `0777`, `1_000`, `1:20` and dates are not strings, so those are quoted too.
 */
/** Words some YAML reader turns into null or a boolean (1.2 core and 1.1), compared case-insensitively. */
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
/** Characters that change the meaning of a plain scalar when they come first. */
const LEADING_INDICATORS = new Set('-?:,[]{}#&*!|>\'"%@`'.split(''));
/** Characters that end a plain scalar inside `{…}` or `[…]`. */
const FLOW_INDICATORS = /[,[\]{}:]/u;
/**
 * Every int and float form of YAML 1.2 (core) and YAML 1.1, a little wider where that costs nothing:
 * binary, octal (`0o17`, 1.1's `017`), hex, `_` separators, exponents, 1.1's sexagesimal `1:20:30` and
 * its dotted floats (`1.2.3`), infinities and NaN.
 */
const NUMBER_LIKE = /^[-+]?(0b[01_]+|0o?[0-7_]+|0x[0-9a-f_]+|[0-9][0-9_]*(\.[0-9_.]*)?(e[-+]?[0-9]+)?|\.[0-9_.]+(e[-+]?[0-9]+)?|[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?|\.(inf|nan))$/iu;
/** YAML 1.1 timestamps (`2001-12-14`, `2001-12-14 21:59:43.10 -5`). */
const TIMESTAMP_LIKE = /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}/u;
/**
 * Whether a character may stand unescaped in a plain scalar: YAML's printable set, minus tab, line
 * breaks (including the 1.1 ones: NEL, LS, PS) and the byte-order mark, which are legal in some places
 * but invisible or confusing to a reader.
 */
function isPlainSafeChar(code) {
    if (code >= 0x20 && code <= 0x7e)
        return true;
    if (code < 0xa0)
        return false; // C0, DEL, C1 (NEL included)
    if (code === 0x2028 || code === 0x2029 || code === 0xfeff)
        return false;
    if (code >= 0xd800 && code <= 0xdfff)
        return false; // lone surrogate halves (pairs are read as one code point)
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
/** Whether `text` can be written without quotes and still be read back as exactly this string. */
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
        return false; // a document end marker when it starts a line
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
/** A YAML double-quoted scalar: escapes for `"`, `\` and every character a reader could lose or mangle. */
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
/** A string as a YAML scalar: plain when that is safe in `context`, double-quoted otherwise. */
function scalar(text, context = 'block') {
    return isPlainSafe(text, context) ? text : doubleQuoted(text);
}
/**
 * A value for `key: <value>`: one line when the text has no line breaks, a literal block (`|-`) when it
 * is multi-line text that a literal block carries exactly, double-quoted otherwise. Returns the lines to
 * write; the first is what follows `key: ` and the others are already indented by `indent`.
 */
function blockValue(text, indent) {
    if (!text.includes('\n'))
        return [scalar(text)];
    if (literalBlockFits(text))
        return ['|-', ...text.split('\n').map((line) => (line === '' ? '' : indent + line))];
    return [doubleQuoted(text)];
}
/**
 * A literal block keeps every character as written only when: no carriage returns (read as line breaks),
 * nothing unprintable, no trailing whitespace on a line (editors strip it), the first line not starting
 * with whitespace (it would change the detected indentation), and no trailing line break (`|-` strips it).
 */
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
/**
 * Text for a `#` comment: one line, nothing unprintable. Names from Jira go into comments, so a name with
 * a line break must not be able to start a new line of YAML.
 */
function commentText(text) {
    let out = '';
    for (const char of text) {
        const code = char.codePointAt(0) ?? 0;
        out += code === 0x09 || !isPlainSafeChar(code) ? ' ' : char;
    }
    return out.replace(/ {2,}/gu, ' ').trim();
}

;// CONCATENATED MODULE: ./src/export/render-scheme.ts




function render_scheme_plural(count, one, many) {
    return `${count} ${count === 1 ? one : many}`;
}
/**
 * `projects:` with every project that uses the scheme, one key a line (a move between schemes is then
 * one line out of one file and into another); `projects: []` when no project uses it.
 */
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
/** The heading a group of permissions gets, in the reference's own words. */
function categoryHeading(key) {
    const category = (0,model_permissions/* builtInPermission */.HE)(key)?.category;
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
        // Permissions come in the reference's category order; a heading per category, as the reference has.
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
/** One line for each holder word whose meaning is not obvious from the word, when the file uses it. */
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
/** The data a YAML reader must get back from the file. */
function documentData(document) {
    return {
        name: document.name,
        ...(document.description === undefined ? {} : { description: document.description }),
        id: document.id,
        projects: document.projects.map((project) => project.key),
        grants: Object.fromEntries(document.permissions.map((permission) => [permission.key, permission.holders.map(holderValue)])),
    };
}
/**
 * Reads the text back as plan will and compares it with the data it was written from. Names come from Jira and can
 * hold anything; a file that would load as something else is a bug here, and it stops the export
 * rather than write a file that plans a change nobody asked for.
 */
function assertReadsBack(text, document) {
    // The loader's own parser: what counts is what plan will read, not what some YAML library would.
    const parsed = (0,yaml/* parseYamlDocument */.Iu)(text);
    if (!parsed.ok || !(0,external_node_util_.isDeepStrictEqual)(parsed.value, documentData(document))) {
        throw new Error(`internal error: the file written for scheme ${document.id} would not read back as the scheme; please report this`);
    }
}

// EXTERNAL MODULE: ./src/model/holder.ts
var model_holder = __webpack_require__(2087);
// EXTERNAL MODULE: ./src/plan/managed.ts
var managed = __webpack_require__(4870);
;// CONCATENATED MODULE: ./src/export/scheme-document.ts



/** Order of holders under a permission: named holders first, the bare words last (as in the contract). */
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
/** Names the loader would read as an id instead of a name: write the id for these. */
const DIGITS = /^[0-9]+$/u;
/** Blank names are not names a file can use (the schema wants a non-space character). */
const USABLE_NAME = /\S/u;
const FIELD_ID = /^customfield_[0-9]+$/u;
function nonEmpty(text) {
    return text === undefined || text === '' ? undefined : text;
}
function describeHolder(holder, site) {
    const type = holder.type;
    if (model_holder/* PARAMETERLESS_HOLDER_TYPES */.OP.has(type))
        return { file: { type } };
    switch (type) {
        case 'applicationRole': {
            const key = (0,model_holder/* holderId */.MO)(holder);
            return key === undefined ? { file: { type } } : { file: { type, value: key }, name: key, id: key };
        }
        case 'group': {
            const id = nonEmpty(holder.value ?? undefined);
            const recorded = nonEmpty(holder.parameter ?? undefined);
            if (id === undefined) {
                // Data Center: groups are known by name only.
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
            const id = (0,model_holder/* holderId */.MO)(holder) ?? '';
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
            const id = (0,model_holder/* holderId */.MO)(holder) ?? '';
            const user = site.users.get(id);
            const displayName = nonEmpty(user?.displayName);
            const comment = user === undefined
                ? 'no user with this account id on the site'
                : `${displayName ?? 'no display name'}${user.active === false ? ' (inactive)' : ''}`;
            return { file: { type, value: id, comment }, name: displayName, id };
        }
        case 'userCustomField':
        case 'groupCustomField': {
            const id = (0,model_holder/* holderId */.MO)(holder) ?? '';
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
/** The text holders are sorted by within a type: what the reader sees first. */
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
    // Code-point order, not the locale's: the same on every machine and Node version.
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
/** Export's entry for a holder, with the value a person wrote for the same grant. */
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
        const label = (0,model_holder/* holderLabel */.zc)(grant.holder, name);
        // The planner's rule: a key is managed when it is built in, in the catalogue or in the settings.
        const knownPermission = (0,model_permissions/* isBuiltInPermission */.Lq)(grant.permission) ||
            site.permissionKeys.has(grant.permission) ||
            (options.customPermissions ?? []).includes(grant.permission);
        let reason;
        if (!(0,model_holder/* isKnownHolderType */.KN)(grant.holder.type) || described.file === undefined)
            reason = 'unknown-holder-type';
        else if (!knownPermission)
            reason = 'unknown-permission';
        // The planner's own test, given the name the reader gave (or the site's), so both agree on what is managed.
        else if ((0,managed/* isManagedHolder */.A)({ holder: grant.holder, ...(name === undefined ? {} : { name }) }, options.managedHolders))
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
        // The same holder twice under one permission (Jira should refuse it, a reader may still see it):
        // one entry, or the file would fail its own duplicate-grant check.
        const holders = byPermission.get(grant.permission) ?? new Map();
        holders.set((0,model_holder/* holderKey */.I4)(grant.holder), withKeptValue(described.file, options.keptForms?.get((0,model_holder/* grantKey */.cx)(grant.permission, grant.holder))));
        byPermission.set(grant.permission, holders);
    }
    const permissions = [...byPermission.keys()]
        .sort(model_permissions/* permissionOrder */.W1)
        .map((key) => ({ key, holders: [...(byPermission.get(key)?.values() ?? [])].sort(compareFileHolders) }));
    // Sorted by key; team-managed projects have no shared scheme to list them under.
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
            .filter((key) => !(0,model_permissions/* isBuiltInPermission */.Lq)(key)),
    };
}

;// CONCATENATED MODULE: ./src/export/settings-file.ts

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
/** Generic block YAML for settings data (mappings, sequences, scalars). */
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
/**
 * An existing settings file with keys added to `customPermissions`, everything else kept as data (its
 * rules and their severities above all: export never changes a team's). Comments in the old file are
 * lost, which is why this only happens with `--force`.
 */
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

// EXTERNAL MODULE: ./src/config/load.ts + 4 modules
var load = __webpack_require__(1980);
// EXTERNAL MODULE: ./src/validate/cross-file.ts
var cross_file = __webpack_require__(3249);
// EXTERNAL MODULE: ./src/validate/lint.ts
var lint = __webpack_require__(3233);
;// CONCATENATED MODULE: ./src/export/check.ts



/**
 * What `jira-perms validate` will say about the files export is about to write, found before anything
 * is written (the same checks, on the rendered text, at the severities the settings give: the defaults
 * when export creates the settings file).
 *
 * A live site often breaks a lint rule already (a scheme nobody can administer, a grant to `anyone`).
 * The exported file must say what Jira says, or the plan would not be empty; export never weakens a
 * rule to hide it. What Jira breaks is reported as findings: `validate` keeps reporting them, and `plan`
 * reports them as already live without refusing (see `src/plan/already-live.ts`).
 */
function checkExportedFiles(files, settings, customPermissions) {
    const allowed = new Set([...settings.customPermissions, ...customPermissions]);
    const specs = [];
    const own = [];
    for (const file of files) {
        const checked = (0,load/* checkSchemeText */.Rn)(file.text, file.path, allowed);
        own.push(...checked.findings);
        if (checked.spec !== undefined)
            specs.push(checked.spec);
    }
    return [...own, ...(0,cross_file/* crossFileFindings */.P)(specs), ...(0,lint/* lintSchemes */.IL)(specs, settings)];
}

;// CONCATENATED MODULE: ./src/export/file-names.ts
/**
 * File names for exported schemes: derived from the scheme's name so people find a scheme by its name,
 * the same on every run (re-exporting the same site writes the same paths), and safe on every file
 * system the repository might be checked out on (Windows included, case-insensitive ones included).
 */
const MAX_SLUG_LENGTH = 60;
/** Device names Windows refuses as file names, whatever the extension. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/u;
/**
 * A scheme name as a file-name stem: lower case, accents removed, every run of other characters turned
 * into one `-`, at most 60 characters, cut at a word boundary where one is near. Empty when nothing of
 * the name survives (a name in a script with no Latin letters, for example): the caller then uses the id.
 */
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
/**
 * A file name (`<slug>.yml`) for every scheme, unique across all of them. When names collide (same slug,
 * or a name with nothing usable in it), the scheme with the lowest id keeps the plain name and the others
 * get their id appended: ids never change and older schemes usually have lower ids, so a scheme created
 * later does not rename the files of existing ones. Pass every live scheme, not just the ones being
 * written, so that filtering with `--scheme` never changes a name.
 */
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
    // Second pass, so a suffixed name never takes a plain name another scheme would have had.
    for (const { scheme, base } of deferred) {
        let stem = `${base}-${scheme.id}`;
        for (let n = 2; taken.has(stem); n++)
            stem = `${base}-${scheme.id}-${n}`;
        taken.add(stem);
        stems.set(scheme.id, stem);
    }
    return new Map([...stems].map(([id, stem]) => [id, `${stem}.yml`]));
}

// EXTERNAL MODULE: ./src/config/confine.ts
var confine = __webpack_require__(1094);
// EXTERNAL MODULE: ./src/config/discover.ts
var discover = __webpack_require__(7307);
// EXTERNAL MODULE: ./src/config/read.ts
var config_read = __webpack_require__(2000);
;// CONCATENATED MODULE: ./src/export/targets.ts





/**
 * Where exported files go: the scheme files already in the folder (a file that pins a scheme's id is
 * that scheme's file, wherever it sits and whatever it is called), and the `$schema` reference editors
 * follow. The folder is walked and its files read exactly as plan loads them (one walker, one reader),
 * so export finds every file plan would plan, symbolic links included, and no file outside the root.
 */
/** Forward slashes, so paths read the same in messages and files on every platform. */
function toPosix(relativePath) {
    return relativePath.split((external_node_path_default()).sep).join('/');
}
/**
 * The scheme files already in the folder, by the scheme they describe, so a re-export updates the file
 * people already have (wherever it sits, whatever it is called) instead of adding a second file for the
 * same scheme. Files that do not load are skipped here: they only matter if export would write over
 * them, which the conflict check covers.
 */
function findExistingFiles(dir, root = (0,confine/* findRepositoryRoot */.mL)(dir)) {
    return Promise.resolve(existingFiles(dir, root));
}
function existingFiles(dir, root) {
    const existing = { byId: new Map(), byName: new Map(), all: new Set() };
    const discovery = (0,discover/* discoverSchemeFiles */.Q)(dir);
    if (!discovery.ok || (discovery.files.length === 1 && discovery.files[0] === dir))
        return existing;
    for (const file of discovery.files) {
        existing.all.add(file);
        // Outside the root, unreadable or not YAML: not a scheme's file (the conflict check still sees it).
        const read = (0,config_read/* readTextFile */.Gu)(file, { root });
        if (!read.ok)
            continue;
        const parsed = (0,yaml/* parseYamlDocument */.Iu)(read.text);
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
/**
 * The `$schema` reference for a file written into `fromDir`: the relative path to the schema's copy in
 * the repository (export writes the copies, see `src/config/schema-copies.ts`), so editors complete
 * offline against the schemas of the jira-perms that wrote the files.
 */
function schemaReference(schemaFile, fromDir, schemasDir) {
    const relative = toPosix(external_node_path_default().relative(fromDir, external_node_path_default().join(schemasDir, schemaFile)));
    return relative.startsWith('../') ? relative : `./${relative}`;
}

// EXTERNAL MODULE: ./src/jira/resolve.ts
var resolve = __webpack_require__(2732);
;// CONCATENATED MODULE: ./src/export/kept-forms.ts



/**
 * `export --force` over files people wrote: a holder they wrote their way (`group: jira-devs` rather
 * than `{name, id}`, `user: {email: ...}` rather than an account id, a role by id) is kept as written
 * when it names the grant Jira has. Which grant a holder names is decided by the resolver plan uses,
 * so "the same grant" means exactly what an empty plan means.
 */
/** What a holder entry of a file says after its type (undefined for a bare word). */
function writtenValue(holder) {
    if (model_holder/* PARAMETERLESS_HOLDER_TYPES */.OP.has(holder.type))
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
/**
 * For the existing files export replaces: grant key (`permission|holder`, as the planner matches grants)
 * -> the holder as the file writes it. Files that do not load, and holders that do not resolve, keep
 * nothing: export writes its own form for those grants.
 */
async function keptHolderForms(files, directory, customPermissions) {
    const allowed = new Set(customPermissions);
    const loaded = files.flatMap((file) => {
        const spec = (0,load/* checkSchemeText */.Rn)(file.text, file.path, allowed).spec;
        return spec === undefined ? [] : [{ path: file.path, spec }];
    });
    const kept = new Map();
    if (loaded.length === 0)
        return kept;
    const resolved = await (0,resolve/* resolveSchemes */.P)(loaded.map((file) => file.spec), directory, { customPermissions, checkPermissionCatalogue: false });
    for (const [index, scheme] of resolved.schemes.entries()) {
        const { path, spec } = loaded[index] ?? { path: '', spec: undefined };
        const forms = new Map();
        for (const grant of scheme.grants) {
            const written = spec?.grants.find((candidate) => candidate.location.line === grant.source?.line && candidate.location.column === grant.source.column);
            if (written !== undefined)
                forms.set((0,model_holder/* grantKey */.cx)(grant.permission, grant.holder), { value: writtenValue(written.holder) });
        }
        kept.set(path, forms);
    }
    return kept;
}

// EXTERNAL MODULE: ./src/jira/errors.ts
var errors = __webpack_require__(6353);
// EXTERNAL MODULE: ./src/config/schema-copies.ts
var schema_copies = __webpack_require__(6321);
// EXTERNAL MODULE: ./src/config/settings.ts
var settings = __webpack_require__(4661);
// EXTERNAL MODULE: ./src/util/excerpt.ts
var excerpt = __webpack_require__(2249);
// EXTERNAL MODULE: ./src/model/settings.ts
var model_settings = __webpack_require__(4692);
// EXTERNAL MODULE: ./src/util/suggest.ts
var suggest = __webpack_require__(7406);
;// CONCATENATED MODULE: ./src/commands/export.ts




















const MAX_LISTED = 20;
/** A refusal that names what to do: unknown scheme names, files in the way. */
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
            const suggestion = (0,suggest/* closestMatch */.h)(want, names);
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
/** The names behind the ids the selected schemes' grants carry, in a handful of batched requests. */
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
/** Settings file work: nothing, a new file, or (with force) an existing one extended. */
function planSettingsWrite(settingsFile, keys, outDir, cwd, root) {
    const settingsDir = external_node_path_default().dirname(settingsFile);
    const schemaRef = schemaReference('settings.schema.json', settingsDir, (0,schema_copies/* schemaCopiesDir */.Ei)(root));
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
    // An existing settings file is the team's: its rules (and the defaults it leaves) are never changed.
    if (keys.length === 0)
        return undefined;
    // The same reader and parser as every other load: one answer to "what does this file say".
    const shown = toPosix(external_node_path_default().relative(cwd, settingsFile));
    const read = (0,config_read/* readTextFile */.Gu)(settingsFile, { root });
    const parsed = read.ok ? (0,yaml/* parseYamlDocument */.Iu)(read.text) : undefined;
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
/**
 * Which live scheme each existing file describes: the scheme whose id it pins, else the scheme it names
 * (a file without an id). Over every live scheme, so `--scheme` never changes where a file goes.
 */
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
/**
 * A scheme's file: the existing file that describes it, else its name in the folder, unless another
 * live scheme's file already has that name (then the id is appended, as for any other collision). A file
 * there that describes no live scheme is a plain conflict: replaced with `--force`.
 */
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
/** Whether anything is at `file`, a symbolic link included (even one that leads nowhere). */
function exists(file) {
    try {
        (0,external_node_fs_.lstatSync)(file);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * Writes a file so that a link in the way is replaced, never written through: a new file is created
 * exclusively (`wx` fails on anything there, a dangling link included), a replacement is written to a
 * new temporary file and renamed over the old entry (the link itself, not what it points at).
 */
async function writeAtomically(file, text, replace) {
    await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
    if (!replace) {
        // `wx`: if something appeared since the conflict check, fail rather than overwrite it.
        await (0,promises_.writeFile)(file, text, { encoding: 'utf8', flag: 'wx' });
        return;
    }
    const temporary = `${file}.${process.pid}.tmp`;
    await (0,promises_.writeFile)(temporary, text, { encoding: 'utf8', flag: 'wx' });
    await (0,promises_.rename)(temporary, file);
}
/**
 * Every place export writes (the folder, each file's folder, the settings file) must resolve inside the
 * repository: checked before Jira is asked, so a folder that is a link out of it costs nothing.
 */
function refuseOutside(root, target, subject) {
    const confined = (0,confine/* confine */.Do)(root, target, subject);
    if (!confined.ok)
        throw new ExportError(`${confined.message}; nothing was written. ${confined.hint}`);
}
async function readSettings(cwd, root, settingsPath) {
    // A settings path that does not exist yet is where export may create the file: defaults until then.
    if (settingsPath !== undefined && !exists(external_node_path_default().resolve(cwd, settingsPath)))
        return structuredClone(model_settings/* DEFAULT_SETTINGS */.a);
    const loaded = await (0,settings/* loadSettings */.M5)({ cwd, root, ...(settingsPath === undefined ? {} : { settingsPath }) });
    const errors = loaded.findings.filter((finding) => finding.severity === 'error');
    if (errors.length > 0) {
        const lines = errors.map((finding) => `  ${finding.file}:${finding.line}:${finding.column}  ${finding.message}`);
        throw new ExportError(`the settings file has ${errors.length === 1 ? 'a problem' : `${errors.length} problems`}; nothing was exported:\n${lines.join('\n')}\n` +
            'Fix it (jira-perms validate shows more) and export again.');
    }
    return loaded.settings;
}
/** The output folder, or the first of its parents that exists, must be a folder: said before Jira is asked. */
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
/** The holder forms of the files export is about to replace, by absolute path (see kept-forms.ts). */
async function keptForms(targets, root, cwd, directory, customPermissions) {
    const files = [];
    for (const absolute of targets) {
        if (!exists(absolute))
            continue;
        const read = (0,config_read/* readTextFile */.Gu)(absolute, { root });
        if (read.ok)
            files.push({ path: toPosix(external_node_path_default().relative(cwd, absolute)), text: read.text, absolute });
    }
    const byPath = await keptHolderForms(files, directory, customPermissions);
    return new Map(files.map((file) => [file.absolute, byPath.get(file.path) ?? new Map()]));
}
/**
 * Writes the schema copies (each file only when its text changed), inside the repository and never
 * through a link out of it: the `$schema` line of every file export writes points at them.
 */
async function writeSchemaCopies(root, cwd) {
    const dir = (0,schema_copies/* schemaCopiesDir */.Ei)(root);
    const shown = toPosix(external_node_path_default().relative(cwd, dir)) || '.';
    refuseOutside(root, dir, `the schema folder ${(0,excerpt/* excerpt */.Kb)(shown)}`);
    let created = false;
    let updated = false;
    for (const [name, text] of (0,schema_copies/* schemaCopyFiles */.y9)()) {
        const file = external_node_path_default().join(dir, name);
        refuseOutside(root, file, `the schema file ${(0,excerpt/* excerpt */.Kb)(toPosix(external_node_path_default().relative(cwd, file)))}`);
        const before = exists(file) ? (0,config_read/* readTextFile */.Gu)(file, { root }) : undefined;
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
/**
 * Export, as a result: a refusal (files in the way, unknown scheme names, a broken settings file) and a
 * failure (Jira could not be read, a file could not be written) are outcomes, not exceptions.
 */
async function runExport(options, deps) {
    try {
        return { status: 'exported', ...(await exportSchemes(options, deps)) };
    }
    catch (error) {
        if (error instanceof ExportError) {
            return { status: 'refused', error: error.message, conflicts: error.conflicts };
        }
        return { status: 'failed', error: (0,errors/* errorMessage */.gJ)(error) };
    }
}
async function exportSchemes(options, deps) {
    const { cwd, signal } = deps;
    const root = options.root ?? (0,confine/* findRepositoryRoot */.mL)(cwd);
    if (options.schemasOnly === true) {
        // Offline: the copies are the tool's own; Jira is not asked and no other file is touched.
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
    const settingsFile = external_node_path_default().resolve(cwd, options.settingsPath ?? settings.file ?? model_settings/* DEFAULT_SETTINGS_FILE */.b);
    refuseNonFolder(outDir, cwd);
    refuseOutside(root, outDir, `the folder ${(0,excerpt/* excerpt */.Kb)(toPosix(external_node_path_default().relative(cwd, outDir)) || '.')}`);
    refuseOutside(root, settingsFile, `the settings file ${(0,excerpt/* excerpt */.Kb)(toPosix(external_node_path_default().relative(cwd, settingsFile)))}`);
    const schemasDir = (0,schema_copies/* schemaCopiesDir */.Ei)(root);
    refuseOutside(root, schemasDir, `the schema folder ${(0,excerpt/* excerpt */.Kb)(toPosix(external_node_path_default().relative(cwd, schemasDir)))}`);
    deps.progress({ step: 'reading', message: 'Reading permission schemes, names and projects from Jira' });
    const live = await jira.listPermissionSchemes();
    const selected = selectSchemes(live, options.schemes).sort((a, b) => a.id - b.id);
    signal.throwIfAborted();
    const site = await gatherSiteNames(jira, selected);
    signal.throwIfAborted();
    // Names come from every live scheme, so that exporting one scheme never renames another's file.
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
    // --force over files people wrote: their holder forms stay where they name the grant Jira has.
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
        // A file found in a subfolder may sit behind a link; the file itself is replaced, never followed.
        refuseOutside(root, external_node_path_default().dirname(absolute), `the folder of ${(0,excerpt/* excerpt */.Kb)(toPosix(external_node_path_default().relative(cwd, absolute)))}`);
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
    const keys = [...customPermissions].filter((key) => !(0,model_permissions/* isBuiltInPermission */.Lq)(key)).sort();
    // At the settings' severities (the defaults when export creates the file): never relaxed, reported.
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

// EXTERNAL MODULE: ./src/validate/order.ts
var order = __webpack_require__(4946);
// EXTERNAL MODULE: ./src/view/finding.ts
var view_finding = __webpack_require__(7280);
// EXTERNAL MODULE: ./src/view/markdown.ts
var markdown = __webpack_require__(8604);
// EXTERNAL MODULE: ./src/view/terminal.ts
var terminal = __webpack_require__(9629);
// EXTERNAL MODULE: ./src/view/words.ts
var words = __webpack_require__(1788);
;// CONCATENATED MODULE: ./src/view/export.ts





/** The schema copies export wrote or refreshed; nothing when they were this version's already. */
function schemasLine(result) {
    const { action, path } = result.schemas;
    if (action === 'unchanged')
        return undefined;
    return `${action === 'created' ? 'Wrote' : 'Updated'} the JSON Schemas in ${(0,terminal/* safeText */.Hk)(path)}/ (the files' $schema lines point there; commit them).`;
}
/** How many findings export lists; `validate` lists them all. */
const LISTED_FINDINGS = 20;
/**
 * What the live schemes already break, as `validate` will report it (errors first): export keeps the
 * rules' severities, so people see each place (file, line, rule) and what to do about it.
 */
function exportFindingsLines(result) {
    const shown = (0,order/* sortFindings */.Tc)(result.findings.filter((finding) => finding.severity !== 'info')).sort((a, b) => Number(b.severity === 'error') - Number(a.severity === 'error'));
    if (shown.length === 0)
        return [];
    const counts = (0,order/* countFindings */.Gt)(shown);
    const lines = [
        `The exported schemes break lint rules where Jira does: jira-perms validate will report ${(0,words/* plural */.LS)(counts.errors, 'error')} and ${(0,words/* plural */.LS)(counts.warnings, 'warning')}:`,
        ...shown.slice(0, LISTED_FINDINGS).map((finding) => `  ${(0,view_finding/* findingLine */.mC)(finding)}`),
    ];
    if (shown.length > LISTED_FINDINGS) {
        lines.push(`  and ${shown.length - LISTED_FINDINGS} more (jira-perms validate lists them all)`);
    }
    if (counts.errors > 0) {
        lines.push('  That is what Jira has now. jira-perms plan reports these errors as already live and does not refuse them;', '  to make jira-perms validate pass, fix them in the files (then plan and apply), or set the rule to', "  warning or off under rules: in the settings file yourself (export never changes a rule's severity).");
    }
    return lines;
}
/** `schemasOnly`: `export --schemas`, which writes nothing but the schema copies. */
function formatExportSummary(result, schemasOnly = false) {
    const lines = [];
    if (schemasOnly) {
        const line = schemasLine(result);
        return `${line ?? `The JSON Schemas in ${(0,terminal/* safeText */.Hk)(result.schemas.path)}/ are this version's already.`}\n`;
    }
    if (result.files.length === 0) {
        lines.push('No permission schemes to export.');
        return `${lines.join('\n')}\n`;
    }
    lines.push(`Exported ${(0,words/* plural */.LS)(result.files.length, 'permission scheme')} to ${(0,terminal/* safeText */.Hk)(result.out)}/:`);
    const width = Math.max(...result.files.map((file) => (0,terminal/* safeText */.Hk)(file.path).length));
    for (const file of result.files) {
        lines.push(`  ${(0,terminal/* safeText */.Hk)(file.path).padEnd(width)}  ${(0,terminal/* safeText */.Hk)(file.scheme)} (${file.schemeId}), ${(0,words/* plural */.LS)(file.grants, 'grant')}${file.replaced ? ', replaced' : ''}`);
    }
    if (result.settingsFile !== undefined) {
        lines.push(`${result.settingsFile.action === 'created' ? 'Wrote' : 'Updated'} ${(0,terminal/* safeText */.Hk)(result.settingsFile.path)}:`);
        if (result.customPermissions.length > 0) {
            lines.push(`  customPermissions: ${(0,words/* plural */.LS)(result.customPermissions.length, 'app-defined permission key')} the schemes use (${result.customPermissions.map(terminal/* safeText */.Hk).join(', ')})`);
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
            ...(managed > 0 ? [`${(0,words/* plural */.LS)(managed, 'grant')} to holders Jira manages itself`] : []),
            ...(unknown > 0 ? [`${(0,words/* plural */.LS)(unknown, 'grant')} this product does not manage`] : []),
        ];
        lines.push(`Left out ${parts.join(' and ')}: each file's header lists them; plan and apply leave them alone.`);
    }
    const errors = result.findings.some((finding) => finding.severity === 'error');
    lines.push('', errors
        ? 'Next: jira-perms plan (it should report no changes, and the errors above as already live).'
        : 'Next: jira-perms validate, then jira-perms plan (it should report no changes).');
    return `${lines.join('\n')}\n`;
}
/** The job summary: where the files went and one row per file. */
function exportMarkdown(result) {
    const rows = result.files.map((file) => `| ${escapeMarkdown(file.path)} | ${escapeMarkdown(file.scheme)} | ${file.schemeId} | ${file.grants} |`);
    const leftOut = result.leftOut.length > 0
        ? `; ${plural(result.leftOut.length, 'grant')} left out (see each file's header)`
        : '';
    return [
        '## Export',
        '',
        `${plural(result.files.length, 'scheme file')} written to ${escapeMarkdown(result.out)}${leftOut}`,
        '',
        '| file | scheme | id | grants |',
        '|---|---|---|---|',
        ...rows,
        '',
    ].join('\n');
}

// EXTERNAL MODULE: ./src/cli/command.ts + 3 modules
var command = __webpack_require__(310);
// EXTERNAL MODULE: ./src/cli/deps.ts
var deps = __webpack_require__(6874);
// EXTERNAL MODULE: ./src/cli/summaries.ts
var summaries = __webpack_require__(5062);
;// CONCATENATED MODULE: ./src/cli/commands/export.ts






const EXPORT_OPTIONS = [
    {
        name: 'out',
        type: 'string',
        valueName: 'DIR',
        help: 'the folder to write into',
        defaultText: 'the scheme folder of the settings file (.jira-permissions.yml), else jira-permissions/',
    },
    {
        name: 'scheme',
        type: 'string',
        valueName: 'NAME',
        multiple: true,
        help: 'export only this scheme (its name exactly as Jira shows it, or its id). Repeat for more. ' +
            'File names stay the same as in a full export.',
    },
    {
        name: 'schemas',
        type: 'boolean',
        help: 'only (re)write the JSON Schemas into .jira-permissions/schemas/ at the repository root, where the ' +
            '$schema lines of the files point (for editors, offline). Needs no Jira; touches no other file. ' +
            'validate warns when the copies are older than this jira-perms.',
    },
    {
        name: 'force',
        type: 'boolean',
        help: 'overwrite files that exist. Without it, export checks first and writes nothing if any file it ' +
            'would write is already there, listing them. A replaced file keeps its holder forms (a group by ' +
            'name, a user by email, a role by id) where they name the grant Jira has; an existing settings ' +
            'file keeps its rules and severities.',
    },
];
const EXPORT_SPEC = {
    name: 'export',
    summary: summaries/* SUMMARIES */.Z.export,
    description: `Writes every live permission scheme of the Jira site as a scheme file: the quickest way to adopt
jira-perms. Planned straight back against the same site, the files give an empty plan. Export only
reads from Jira (the client it uses cannot send a write).`,
    options: EXPORT_OPTIONS,
    epilogue: `What it writes:
  <out>/<scheme-name>.yml   one file per scheme, named from the scheme's name (lower case, dashes;
                            a scheme whose name collides with an older one's gets its id appended).
                            A file in <out> that already describes the scheme (pins its id, or
                            names it without an id) is updated in place instead.
  .jira-permissions/schemas/*.json
                            the JSON Schemas of this jira-perms, refreshed on every export: each
                            file's first line ($schema) points there, so editors complete and check
                            offline (VS Code with the YAML extension, yamlls).
  .jira-permissions.yml     only when needed: customPermissions lists the permission keys that apps
                            define, so validate accepts them offline. Export never sets a rule's
                            severity (a new file keeps the defaults, an existing one its own): what
                            the live schemes already break is listed (file, line, rule) as validate
                            will report it; plan reports those errors as already live, not blocking.

Each file records the scheme's id (so renames are tracked), the projects that use it, and the grants
left out: holders Jira manages itself (the atlassian-addons-project-access role, see managedHolders
in the settings), and holder types or permissions this product does not know. plan and apply leave
those grants as they are.

Connection, from the environment: JIRA_BASE_URL, and JIRA_EMAIL + JIRA_API_TOKEN or
JIRA_BEARER_TOKEN; JIRA_API_VERSION 3 (Cloud, default) or 2 (Data Center). Needs read access only:
Browse users and groups helps the display names in comments.

Examples:
  jira-perms export
  jira-perms export --out jira-permissions --scheme "Default Permission Scheme"
  jira-perms export --force && git diff        # refresh files from Jira and review what changed
  jira-perms export --schemas                  # refresh the schema copies after upgrading jira-perms

Exit codes: 0 written; 1 nothing written (bad option, connection failure, files in the way).`,
    positionalHint: 'scheme names go after --scheme',
};
const exportCommand = (0,command/* defineCommand */.NB)(EXPORT_SPEC, async (options, context) => {
    const { stdout, stderr } = context;
    const progress = (0,command/* cliProgress */.oC)({ stderr, isTTY: context.isTTY });
    const result = await runExport({
        ...(options.out === undefined ? {} : { out: options.out }),
        schemes: options.scheme,
        force: options.force,
        schemasOnly: options.schemas,
    }, (0,deps.cliDeps)(context, progress));
    progress.done();
    if (result.status !== 'exported') {
        stderr.write(`jira-perms export: ${(0,terminal/* safeLines */.Bv)(result.error)}\n`);
        return 1;
    }
    stdout.write(formatExportSummary(result, options.schemas));
    return 0;
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


/***/ })

};
