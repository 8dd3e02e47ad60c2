export const id = 903;
export const ids = [903];
export const modules = {

310:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {



__webpack_require__.d(__webpack_exports__, {
  oC: () => ( cliProgress),
  NB: () => ( defineCommand),
  oA: () => ( offlineDeps),
  Wp: () => ( usageError),
  by: () => ( useColor)
});




var words = __webpack_require__(1788);
;


function progressText(progress) {
    if (progress.done === undefined)
        return `${progress.message}...`;
    const total = progress.total === undefined ? '' : ` of ${(0,words .U9)(progress.total)}`;
    return `${progress.message}: ${(0,words .U9)(progress.done)}${total}`;
}

function progressView(write, options) {
    const heartbeatMs = options.heartbeatMs ?? 10_000;
    const redrawMs = options.redrawMs ?? 100;
    const now = options.now ?? (() => Date.now());
    let step;
    let latest;
    let lastWritten = 0;
    let shown = false;
    let timer;
    const stopTimer = () => {
        if (timer !== undefined)
            clearInterval(timer);
        timer = undefined;
    };
    const line = (progress) => {
        write(`${progressText(progress)}\n`);
        lastWritten = now();
    };
    const report = (progress) => {
        const newStep = progress.step !== step;
        step = progress.step;
        latest = progress;
        if (options.live) {
            const last = progress.done !== undefined && progress.done === progress.total;
            if (!newStep && !last && now() - lastWritten < redrawMs)
                return;
            write(`\r\u001b[2K${progressText(progress)}`);
            lastWritten = now();
            shown = true;
            return;
        }
        if (newStep) {
            line(progress);
            stopTimer();
            timer = setInterval(() => {
                if (latest !== undefined && now() - lastWritten >= heartbeatMs - 50)
                    line(latest);
            }, heartbeatMs);
            timer.unref();
        }
        else if (now() - lastWritten >= heartbeatMs) {
            line(progress);
        }
    };
    return {
        report,
        done: () => {
            stopTimer();
            if (shown)
                write('\r\u001b[2K');
            shown = false;
            step = undefined;
            latest = undefined;
        },
    };
}


var external_node_util_ = __webpack_require__(7975);

var suggest = __webpack_require__(7406);
;









const COMMON_OPTIONS = [
    {
        name: 'no-color',
        type: 'boolean',
        env: 'NO_COLOR',
        help: 'no colours; colours are only used on a terminal anyway',
    },
    { name: 'help', type: 'boolean', short: 'h', help: 'this text' },
];
function camelCase(name) {
    return name.replace(/-([a-z0-9])/g, (_, letter) => letter.toUpperCase());
}

function allOptions(spec) {
    return [...spec.options, ...COMMON_OPTIONS];
}

function optionUsage(option) {
    if (option.type === 'boolean')
        return `--${option.name}`;
    const value = option.choices !== undefined ? option.choices.join('|') : (option.valueName ?? 'VALUE');
    return `--${option.name} ${value}`;
}

function orList(items) {
    return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1) ?? ''}`;
}
function suggestion(input, candidates) {
    const match = (0,suggest .h)(input, candidates);
    return match === undefined ? '' : ` (did you mean "${match}"?)`;
}

function wantsHelp(argv) {
    for (const argument of argv) {
        if (argument === '--')
            return false;
        if (argument === '--help' || argument === '-h')
            return true;
    }
    return false;
}






function parseOptions(spec, argv, env = {}) {
    const options = allOptions(spec);
    const byName = new Map();
    const config = {};
    for (const option of options) {
        for (const name of [option.name, ...(option.aliases ?? [])]) {
            byName.set(name, option);

            config[name] = {
                type: option.type,
                multiple: true,
                ...(option.short === undefined || name !== option.name ? {} : { short: option.short }),
            };
        }
    }

    const { tokens } = (0,external_node_util_.parseArgs)({
        args: [...argv],
        options: config,
        strict: false,
        allowPositionals: true,
        tokens: true,
    });
    const seen = new Map();
    const longNames = options.map((option) => `--${option.name}`);
    for (const token of tokens) {
        if (token.kind === 'positional') {
            const hint = spec.positionalHint === undefined ? '' : ` (${spec.positionalHint})`;
            return {
                ok: false,
                error: `unexpected argument "${token.value}": this command takes options only${hint}`,
            };
        }
        if (token.kind !== 'option')
            continue;
        const option = byName.get(token.name);
        if (option === undefined) {
            const raw = argv[token.index] ?? token.rawName;
            const shown = raw.startsWith('--') ? raw : token.rawName;
            return { ok: false, error: `unknown option "${shown}"${suggestion(token.rawName, longNames)}` };
        }
        const flag = `--${option.name}`;
        if (option.type === 'boolean') {
            if (token.value !== undefined)
                return { ok: false, error: `${flag} takes no value` };
            continue;
        }
        const value = token.value;
        if (value === undefined || value === '' || (!token.inlineValue && value.startsWith('-'))) {
            return { ok: false, error: `${flag} needs a value (${optionUsage(option)})` };
        }
        if (option.choices !== undefined && !option.choices.includes(value)) {
            return {
                ok: false,
                error: `unknown ${option.name} "${value}"${suggestion(value, option.choices)}: use ${orList(option.choices)}`,
            };
        }
        const count = (seen.get(option) ?? 0) + 1;
        seen.set(option, count);
        if (count > 1 && option.multiple !== true) {
            return { ok: false, error: `${flag} given twice: it takes one value` };
        }
    }

    let values;
    try {
        values = (0,external_node_util_.parseArgs)({ args: [...argv], options: config, strict: true, allowPositionals: false })
            .values;
    }
    catch (error) {
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    const parsed = {};
    for (const option of options) {
        const given = [option.name, ...(option.aliases ?? [])].flatMap((name) => values[name] ?? []);
        const fromEnv = option.env === undefined ? undefined : env[option.env];
        const key = camelCase(option.name);
        if (option.type === 'boolean') {
            parsed[key] = given.length > 0 || (fromEnv !== undefined && fromEnv !== '');
        }
        else if (option.multiple === true) {
            parsed[key] = given.map(String);
        }
        else {
            const value = given.length > 0
                ? String(given[0])
                : fromEnv !== undefined && fromEnv !== ''
                    ? fromEnv
                    : option.default;
            if (value === undefined && option.required === true) {
                return { ok: false, error: `${optionUsage(option)} is required` };
            }
            parsed[key] = value;
        }
    }
    return { ok: true, options: parsed };
}

;





const WIDTH = 100;

const MAX_NAME_COLUMN = 24;

function wrap(text, width) {
    const lines = [];
    for (const paragraph of text.split('\n')) {
        let line = '';
        for (const word of paragraph.split(' ').filter((part) => part !== '')) {
            if (line !== '' && line.length + 1 + word.length > width) {
                lines.push(line);
                line = word;
            }
            else {
                line = line === '' ? word : `${line} ${word}`;
            }
        }
        lines.push(line);
    }
    return lines;
}

function optionLabel(option) {
    return `${option.short === undefined ? '' : `-${option.short}, `}${optionUsage(option)}`;
}

function optionText(option) {
    const notes = [];
    const shownDefault = option.defaultText ?? option.default;
    if (shownDefault !== undefined)
        notes.push(`default: ${shownDefault}`);
    if (option.env !== undefined)
        notes.push(`environment: ${option.env}`);
    if (option.multiple === true)
        notes.push('repeatable');
    return notes.length === 0 ? option.help : `${option.help} (${notes.join('; ')})`;
}

function synopsis(spec) {
    if (spec.usage !== undefined)
        return [spec.usage];
    return allOptions(spec)
        .filter((option) => option.name !== 'help')
        .map((option) => {
        const text = optionUsage(option);
        if (option.required === true)
            return text;
        return option.multiple === true ? `[${text}]...` : `[${text}]`;
    });
}

function usageBlock(spec) {
    const head = `Usage: jira-perms ${spec.name}`;
    const indent = ' '.repeat(head.length + 1);
    const lines = [];
    let line = head;
    for (const part of synopsis(spec)) {
        if (line !== head && line.length + 1 + part.length > WIDTH) {
            lines.push(line);
            line = `${indent}${part}`;
        }
        else {
            line = `${line} ${part}`;
        }
    }
    lines.push(line);
    return lines.join('\n');
}
function optionsBlock(spec) {
    const options = allOptions(spec);
    const sections = new Map();
    for (const option of spec.options) {
        const section = option.section ?? 'Options';
        sections.set(section, [...(sections.get(section) ?? []), option]);
    }
    const common = options.slice(spec.options.length);
    sections.set('Options', [...(sections.get('Options') ?? []), ...common]);
    const column = Math.min(MAX_NAME_COLUMN, Math.max(...options.map((option) => optionLabel(option).length)));
    const blocks = [];
    for (const [section, members] of sections) {
        const lines = [`${section}:`];
        for (const option of members) {
            const label = optionLabel(option);
            const text = wrap(optionText(option), WIDTH - column - 4);
            if (label.length > column) {
                lines.push(`  ${label}`);
                for (const line of text)
                    lines.push(`  ${' '.repeat(column)}  ${line}`);
            }
            else {
                const [first = '', ...rest] = text;
                lines.push(`  ${label.padEnd(column)}  ${first}`);
                for (const line of rest)
                    lines.push(`  ${' '.repeat(column)}  ${line}`);
            }
        }
        blocks.push(lines.join('\n'));
    }
    return blocks.join('\n\n');
}

function renderHelp(spec) {
    return [
        `jira-perms ${spec.name}: ${spec.summary}`,
        '',
        usageBlock(spec),
        '',
        spec.description.trimEnd(),
        '',
        optionsBlock(spec),
        '',
        spec.epilogue.trimEnd(),
        '',
    ].join('\n');
}


var outputs = __webpack_require__(6128);
;






function cliProgress(context) {
    return progressView((text) => {
        context.stderr.write(text);
    }, { live: context.isTTY });
}





function offlineDeps(context, progress) {
    return {
        cwd: context.cwd,
        jira: OFFLINE,
        clock: () => new Date(),
        progress: progress?.report ?? (() => undefined),
        signal: context.signal,
        ...context.overrides,
    };
}
const offline = () => {
    throw new Error('this command runs offline: it has no Jira client');
};

const OFFLINE = { connection: offline, reader: offline, writer: offline, prober: offline };

function usageError(context, command, message) {
    context.stderr.write(`jira-perms ${command}: ${message}\nRun 'jira-perms ${command} --help' for the options.\n`);
    return 1;
}

function useColor(options, context) {
    return context.isTTY && !options.noColor;
}




function defineCommand(spec, run) {
    const help = renderHelp(spec);
    return {
        name: spec.name,
        summary: spec.summary,
        help,
        spec,
        run: async (context) => {
            const plain = { ...context, ...(0,outputs .b)(context, { colour: false }) };
            if (wantsHelp(context.argv)) {
                plain.stdout.write(help);
                return 0;
            }
            const parsed = parseOptions(spec, context.argv, context.env);
            if (!parsed.ok)
                return usageError(plain, spec.name, parsed.error);
            const colour = useColor(parsed.options, context);
            return run(parsed.options, { ...context, ...(0,outputs .b)(context, { colour }) });
        },
    };
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


}),

1788:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
LS: () => ( plural),
U9: () => ( count),
sK: () => ( capitalise)
});





let number;

function plural(count, singular, pluralForm = `${singular}s`) {
    return `${count} ${count === 1 ? singular : pluralForm}`;
}

function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

function count(value) {


    if (Number.isSafeInteger(value) && !Object.is(value, -0)) {
        const grouped = String(Math.abs(value)).replace(/\B(?=(\d{3})+$)/g, ',');
        return value < 0 ? `-${grouped}` : grouped;
    }
    number ??= new Intl.NumberFormat('en-US');
    return number.format(value);
}


})

};
