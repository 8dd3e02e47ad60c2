export const id = 903;
export const ids = [903];
export const modules = {

/***/ 310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  oC: () => (/* binding */ cliProgress),
  NB: () => (/* binding */ defineCommand),
  oA: () => (/* binding */ offlineDeps),
  Wp: () => (/* binding */ usageError),
  by: () => (/* binding */ useColor)
});

// UNUSED EXPORTS: terminalOutputs

// EXTERNAL MODULE: ./src/view/words.ts
var words = __webpack_require__(1788);
;// CONCATENATED MODULE: ./src/view/progress.ts

/** `Reading projects: 1,200 of 3,060` or `Reading projects...`. */
function progressText(progress) {
    if (progress.done === undefined)
        return `${progress.message}...`;
    const total = progress.total === undefined ? '' : ` of ${(0,words/* count */.U9)(progress.total)}`;
    return `${progress.message}: ${(0,words/* count */.U9)(progress.done)}${total}`;
}
/** Progress written to `write` (stderr, or the action's log), as a live line or as log lines. */
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

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/util/suggest.ts
var suggest = __webpack_require__(7406);
;// CONCATENATED MODULE: ./src/cli/arguments.ts
/**
 * Arguments: one declarative option table per command, parsed with `node:util` `parseArgs` (strict) into
 * a typed object. The same table makes the command's `--help` (see `help.ts`) and the option tables in
 * `docs/commands/` (see `docs.ts`), so an option is written once. Every command gets the same behaviour
 * for every misuse: the messages below are the only ones.
 */


/** What every command takes besides its own options. */
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
/** The table a command is parsed with: its own options, then the common ones. */
function allOptions(spec) {
    return [...spec.options, ...COMMON_OPTIONS];
}
/** `--path DIR` as help and messages show an option that takes a value. */
function optionUsage(option) {
    if (option.type === 'boolean')
        return `--${option.name}`;
    const value = option.choices !== undefined ? option.choices.join('|') : (option.valueName ?? 'VALUE');
    return `--${option.name} ${value}`;
}
/** `a, b or c` */
function orList(items) {
    return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1) ?? ''}`;
}
function suggestion(input, candidates) {
    const match = (0,suggest/* closestMatch */.h)(input, candidates);
    return match === undefined ? '' : ` (did you mean "${match}"?)`;
}
/** True when the arguments ask for help (`--help` or `-h` anywhere before `--`). */
function wantsHelp(argv) {
    for (const argument of argv) {
        if (argument === '--')
            return false;
        if (argument === '--help' || argument === '-h')
            return true;
    }
    return false;
}
/**
 * Parses `argv` (the arguments after the command name) against the command's table. The first misuse,
 * in argument order, is the error: an unknown option (with the closest one), a bare word, a missing or
 * empty value, a value given to a switch, a value outside the choices, a single-value option given twice,
 * a required option missing.
 */
function parseOptions(spec, argv, env = {}) {
    const options = allOptions(spec);
    const byName = new Map();
    const config = {};
    for (const option of options) {
        for (const name of [option.name, ...(option.aliases ?? [])]) {
            byName.set(name, option);
            // Every option is `multiple` for parseArgs, so a repeat is seen here and refused unless allowed.
            config[name] = {
                type: option.type,
                multiple: true,
                ...(option.short === undefined || name !== option.name ? {} : { short: option.short }),
            };
        }
    }
    // First pass, lenient: every token, so the first problem gets this product's message, not parseArgs'.
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
    // Second pass, strict: the values. After the checks above it cannot fail; if it does, say why.
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

;// CONCATENATED MODULE: ./src/cli/help.ts
/**
 * A command's `--help`, made from its option table: the purpose, the usage, the description, the
 * options (grouped by section, each with its value, default and environment variable), the epilogue.
 */

const WIDTH = 100;
/** Option column: longer names put their help on the next line. */
const MAX_NAME_COLUMN = 24;
/** Greedy word wrap; explicit line breaks are kept. */
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
/** `-y, --yes` or `--path DIR`. */
function optionLabel(option) {
    return `${option.short === undefined ? '' : `-${option.short}, `}${optionUsage(option)}`;
}
/** The option's help with its default and environment variable, as one paragraph. */
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
/** The usage after the command name: `[--path DIR] [--json] ...` (or the spec's own). */
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
/** `Usage: jira-perms plan [--path DIR] ...`, wrapped under the first option. */
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
/** The whole `jira-perms <command> --help` text. */
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

// EXTERNAL MODULE: ./src/cli/outputs.ts
var outputs = __webpack_require__(6128);
;// CONCATENATED MODULE: ./src/cli/command.ts





/** Progress on stderr: a live line on a terminal, a line per step (and every 10 s) in a log. */
function cliProgress(context) {
    return progressView((text) => {
        context.stderr.write(text);
    }, { live: context.isTTY });
}
/**
 * What an offline command is given (`validate` without `--online`): the context's folder, signal and
 * progress, and no Jira. Unlike `cliDeps` (deps.ts) it loads nothing of the Jira client (its
 * HTTP layer, connection and transport code), which an offline run never uses.
 */
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
/** The Jira of an offline command: asking it for anything is a mistake in the command. */
const OFFLINE = { connection: offline, reader: offline, writer: offline, prober: offline };
/** The one wording of a usage error: what is wrong, then where the options are described. */
function usageError(context, command, message) {
    context.stderr.write(`jira-perms ${command}: ${message}\nRun 'jira-perms ${command} --help' for the options.\n`);
    return 1;
}
/** Whether this run may colour its output: a terminal, and neither --no-color nor NO_COLOR. */
function useColor(options, context) {
    return context.isTTY && !options.noColor;
}
/**
 * A command of the command line from its option table and what it does with the parsed options: `--help`
 * and every usage error are handled here, the same way for every command.
 */
function defineCommand(spec, run) {
    const help = renderHelp(spec);
    return {
        name: spec.name,
        summary: spec.summary,
        help,
        spec,
        run: async (context) => {
            const plain = { ...context, ...(0,outputs/* terminalOutputs */.b)(context, { colour: false }) };
            if (wantsHelp(context.argv)) {
                plain.stdout.write(help);
                return 0;
            }
            const parsed = parseOptions(spec, context.argv, context.env);
            if (!parsed.ok)
                return usageError(plain, spec.name, parsed.error);
            const colour = useColor(parsed.options, context);
            return run(parsed.options, { ...context, ...(0,outputs/* terminalOutputs */.b)(context, { colour }) });
        },
    };
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

/***/ 1788:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   U9: () => (/* binding */ count),
/* harmony export */   sK: () => (/* binding */ capitalise)
/* harmony export */ });
/**
 * Words every view shares, so a count reads the same in the terminal, the log, the comment and the
 * summary: `1 scheme`, `2 schemes`. Counts in `plural` are plain digits (`5363 changes`), as the plan
 * and the comment have always written them; `count` groups digits for progress lines (`1,200`).
 */
let number;
/** A count with its noun: `1 grant`, `3 grants`, `2 policies` (with the plural form given). */
function plural(count, singular, pluralForm = `${singular}s`) {
    return `${count} ${count === 1 ? singular : pluralForm}`;
}
/** A sentence's first letter in upper case: `Which projects …`. */
function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
/** A number as people read it: `1,200`. */
function count(value) {
    // Whole numbers (every count) are grouped here: the first Intl.NumberFormat loads ICU's locale data,
    // tens of milliseconds, and this module is loaded before the action's first line.
    if (Number.isSafeInteger(value) && !Object.is(value, -0)) {
        const grouped = String(Math.abs(value)).replace(/\B(?=(\d{3})+$)/g, ',');
        return value < 0 ? `-${grouped}` : grouped;
    }
    number ??= new Intl.NumberFormat('en-US');
    return number.format(value);
}


/***/ })

};
