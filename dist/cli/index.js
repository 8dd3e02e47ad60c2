#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_modules__ = ({

486:
((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
var _util_heap_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6086);
var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2957);
var _unexpected_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6947);





(0,_util_heap_js__WEBPACK_IMPORTED_MODULE_0__/* .tuneHeapFor */ .uc)(process.argv[2]);
const controller = new AbortController();

const READER_GONE = 141;

const gone = { stdout: false, stderr: false };
let interrupts = 0;
for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
        interrupts += 1;

        if (interrupts > 1)
            process.exit(130);
        if (!gone.stderr)
            process.stderr.write(`\nReceived ${signal}: finishing the current step, starting nothing new...\n`);
        controller.abort(new Error(`interrupted by ${signal}`));
    });
}
const readerGone = () => gone.stdout || gone.stderr;





for (const name of ['stdout', 'stderr']) {
    process[name].on('error', (error) => {
        if (error.code !== 'EPIPE')
            throw error;
        if (gone[name])
            return;
        gone[name] = true;
        process.exitCode = READER_GONE;
        controller.abort(new Error('the reader of the output went away'));
    });
}

const guarded = (name) => ({
    write: (text) => {
        if (!gone[name])
            process[name].write(text);
    },
});
try {
    const code = await (0,_main_js__WEBPACK_IMPORTED_MODULE_1__/* .runCli */ .ak)(process.argv.slice(2), {
        env: process.env,
        cwd: process.cwd(),
        stdout: guarded('stdout'),
        stderr: guarded('stderr'),
        isTTY: process.stdout.isTTY,
        signal: controller.signal,
    });
    process.exitCode = readerGone() ? READER_GONE : code;
}
catch (error) {
    guarded('stderr').write((0,_unexpected_js__WEBPACK_IMPORTED_MODULE_2__/* .unexpectedErrorText */ .r)(error, process.env));
    process.exitCode = readerGone() ? READER_GONE : 1;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

}),

2957:
((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.d(__webpack_exports__, {
ak: () => ( runCli)
});

var _outputs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6128);
var _summaries_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5062);
var _util_suggest_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7406);
var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(311);




function entry(name, load) {
    return { name, summary: _summaries_js__WEBPACK_IMPORTED_MODULE_1__/* .SUMMARIES */ .Z[name], load };
}
const COMMANDS = [
    entry('validate', async () => (await Promise.all( [__nccwpck_require__.e(372), __nccwpck_require__.e(903), __nccwpck_require__.e(463), __nccwpck_require__.e(296)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2296))).validateCommand),
    entry('plan', async () => (await Promise.all( [__nccwpck_require__.e(372), __nccwpck_require__.e(874), __nccwpck_require__.e(903), __nccwpck_require__.e(463), __nccwpck_require__.e(93), __nccwpck_require__.e(526), __nccwpck_require__.e(297)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3297))).planCommand),
    entry('apply', async () => (await Promise.all( [__nccwpck_require__.e(372), __nccwpck_require__.e(874), __nccwpck_require__.e(903), __nccwpck_require__.e(463), __nccwpck_require__.e(93), __nccwpck_require__.e(526), __nccwpck_require__.e(297), __nccwpck_require__.e(344)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9344))).applyCommand),
    entry('export', async () => (await Promise.all( [__nccwpck_require__.e(372), __nccwpck_require__.e(874), __nccwpck_require__.e(903), __nccwpck_require__.e(463), __nccwpck_require__.e(93), __nccwpck_require__.e(977)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7977))).exportCommand),
    entry('pin', async () => (await Promise.all( [__nccwpck_require__.e(372), __nccwpck_require__.e(874), __nccwpck_require__.e(903), __nccwpck_require__.e(463), __nccwpck_require__.e(93), __nccwpck_require__.e(526), __nccwpck_require__.e(297), __nccwpck_require__.e(318)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3318))).pinCommand),
    entry('doctor', async () => (await Promise.all( [__nccwpck_require__.e(874), __nccwpck_require__.e(903), __nccwpck_require__.e(245)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9245))).doctorCommand),
    entry('access', async () => (await Promise.all( [__nccwpck_require__.e(372), __nccwpck_require__.e(874), __nccwpck_require__.e(903), __nccwpck_require__.e(463), __nccwpck_require__.e(93), __nccwpck_require__.e(526), __nccwpck_require__.e(297), __nccwpck_require__.e(57)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2057))).accessCommand),
    entry('drift', async () => (await Promise.all( [__nccwpck_require__.e(372), __nccwpck_require__.e(874), __nccwpck_require__.e(903), __nccwpck_require__.e(463), __nccwpck_require__.e(93), __nccwpck_require__.e(526), __nccwpck_require__.e(297), __nccwpck_require__.e(513)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8513))).driftCommand),
    entry('sim', async () => (await Promise.all( [__nccwpck_require__.e(200), __nccwpck_require__.e(142)]).then(__nccwpck_require__.bind(__nccwpck_require__, 142))).simCommand),
    entry('demo', async () => (await Promise.all( [__nccwpck_require__.e(372), __nccwpck_require__.e(874), __nccwpck_require__.e(903), __nccwpck_require__.e(463), __nccwpck_require__.e(93), __nccwpck_require__.e(526), __nccwpck_require__.e(297), __nccwpck_require__.e(200), __nccwpck_require__.e(334)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5334))).demoCommand),
];

function loadCommands() {
    return Promise.all(COMMANDS.map((command) => command.load()));
}
function usage() {
    const width = Math.max(...COMMANDS.map((command) => command.name.length));
    const lines = COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
    return [
        'jira-perms: Jira permission schemes as code',
        '',
        'Usage: jira-perms <command> [options]',
        '',
        'Commands:',
        ...lines,
        '',
        'Connection (plan, apply, export, doctor, validate --online), from the environment:',
        '  JIRA_BASE_URL      site URL (https://example.atlassian.net), api.atlassian.com/ex/jira/{cloudId}, or Data Center URL',
        '  JIRA_EMAIL + JIRA_API_TOKEN   basic auth, or',
        '  JIRA_BEARER_TOKEN  OAuth 2.0 access token or Data Center personal access token',
        '  JIRA_API_VERSION   3 (Cloud, default) or 2 (Data Center)',
        '',
        "Run 'jira-perms <command> --help' for a command's options.",
        '',
    ].join('\n');
}

async function runCli(args, context) {
    const [name, ...rest] = args;

    const { stdout, stderr } = (0,_outputs_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalOutputs */ .b)(context, { colour: false });
    if (name === undefined) {

        stderr.write(usage());
        return 1;
    }
    if (name === '--help' || name === '-h' || name === 'help') {
        stdout.write(usage());
        return 0;
    }
    if (name === '--version' || name === '-v') {
        stdout.write(`${_version_js__WEBPACK_IMPORTED_MODULE_2__/* .VERSION */ .x}\n`);
        return 0;
    }
    const found = COMMANDS.find((candidate) => candidate.name === name);
    if (found === undefined) {
        const suggestion = (0,_util_suggest_js__WEBPACK_IMPORTED_MODULE_3__/* .closestMatch */ .h)(name, COMMANDS.map((candidate) => candidate.name));
        stderr.write(`jira-perms: unknown command "${name}"${suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`}\n` +
            "Run 'jira-perms --help' for the list of commands.\n");
        return 1;
    }
    const command = await found.load();
    return command.run({ ...context, argv: rest });
}


}),

6128:
((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.d(__webpack_exports__, {
b: () => ( terminalOutputs)
});
var _jira_secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1113);
var _view_terminal_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9629);







function terminalOutputs(context, options) {
    const sink = (output, live) => ({
        write: (text) => {
            output.write((0,_view_terminal_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalSafe */ .kJ)((0,_jira_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(text), { colour: options.colour, live }));
        },
    });
    return { stdout: sink(context.stdout, false), stderr: sink(context.stderr, context.isTTY) };
}


}),

5062:
((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.d(__webpack_exports__, {
Z: () => ( SUMMARIES)
});




const SUMMARIES = {
    validate: 'check the scheme files: YAML, schema and lint rules (offline; --online also checks names in Jira)',
    plan: 'show what apply would change in Jira, without changing anything',
    apply: "make Jira's permission schemes match the scheme files",
    export: 'write the live permission schemes as scheme files (read-only)',
    pin: 'write the live scheme ids into the scheme files (id: lines)',
    doctor: "check the connection to Jira and the token's access",
    access: 'who holds a permission in a project now, and through which holder',
    drift: 'report where Jira was changed outside the files, and who changed it',
    sim: 'run the built-in local Jira simulator',
    demo: 'plan the example scheme files against the built-in Jira simulator',
};


}),

6947:
((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.d(__webpack_exports__, {
r: () => ( unexpectedErrorText)
});

var _jira_secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1113);
var _view_terminal_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9629);







const DEBUG_VARIABLE = 'JIRA_PERMS_DEBUG';
function unexpectedErrorText(error, env) {
    const message = error instanceof Error ? error.message : String(error);
    const debug = env[DEBUG_VARIABLE] !== undefined && env[DEBUG_VARIABLE] !== '' && env[DEBUG_VARIABLE] !== '0';
    const lines = [`jira-perms: unexpected error: ${message}`];
    if (debug && error instanceof Error && error.stack !== undefined) {
        lines.push(error.stack);
    }
    else {
        lines.push(`Nothing more was done. Run again with ${DEBUG_VARIABLE}=1 for the details, and please report it ` +
            'if it looks like a bug in jira-perms.');
    }
    return `${(0,_view_terminal_js__WEBPACK_IMPORTED_MODULE_1__/* .safeLines */ .Bv)((0,_jira_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(lines.join('\n')))}\n`;
}


}),

1113:
((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.d(__webpack_exports__, {
E$: () => ( redact),
TS: () => ( redactingWriter),
cl: () => ( registerSecret)
});














const REPLACEMENT = '***';

const MIN_SECRET_LENGTH = 6;

const RUN = 12;
const secrets = new Set();
const listeners = new Set();

const wholeForms = new Set();

const windows = new Set();











const CODE_UNITS = 0x10000;

const inWindows = new Uint8Array(CODE_UNITS);
const HASH_BITS = 20;

const BUCKET = (1 << HASH_BITS) - 1;

const GRAM = 4;
const STRIDE = RUN - GRAM + 1;

const gramBitmap = new Uint8Array(1 << (HASH_BITS - 3));
let table;

let alphabetRuns;





function hashTable() {
    if (table !== undefined)
        return table;
    table = new Int32Array(CODE_UNITS);
    let state = 0x9e3779b9;
    for (let index = 0; index < CODE_UNITS; index++) {
        state ^= state << 13;
        state ^= state >>> 17;
        state ^= state << 5;
        table[index] = state;
    }


    for (let upper = 65; upper <= 90; upper++)
        table[upper] = table[upper + 32] ?? 0;
    return table;
}
function rotate(value, by) {
    return (value << by) | (value >>> (32 - by));
}

function foldCode(code) {
    return code >= 65 && code <= 90 ? code + 32 : code;
}

function fold(text) {
    return text.replace(/[A-Z]+/g, (upper) => upper.toLowerCase());
}

function classUnit(code) {
    return `\\u${code.toString(16).padStart(4, '0')}`;
}







function runsOfAlphabet() {
    if (alphabetRuns !== undefined)
        return alphabetRuns;
    let members = '';
    for (let code = 0; code < CODE_UNITS; code++) {
        if (inWindows[foldCode(code)] === 0)
            continue;
        let last = code;
        while (last + 1 < CODE_UNITS && inWindows[foldCode(last + 1)] === 1)
            last++;
        members += last === code ? classUnit(code) : `${classUnit(code)}-${classUnit(last)}`;
        code = last;
    }
    alphabetRuns = new RegExp(`(?<![${members}])[${members}]{${RUN},}`, 'g');
    return alphabetRuns;
}
function hashOf(window) {
    const TABLE = hashTable();
    let hash = 0;
    for (let index = 0; index < window.length; index++) {
        hash = rotate(hash, 1) ^ (TABLE[window.charCodeAt(index)] ?? 0);
    }
    return hash;
}

function base64Core(bytes, offset, encoding) {
    const encoded = bytes.subarray(offset).toString(encoding).replace(/=+$/, '');
    return encoded.slice(0, -1);
}

function formsOf(secret) {
    const bytes = Buffer.from(secret, 'utf8');
    const forms = [secret, encodeURIComponent(secret), bytes.toString('base64'), bytes.toString('base64url')];
    for (const offset of [0, 1, 2]) {
        forms.push(base64Core(bytes, offset, 'base64'), base64Core(bytes, offset, 'base64url'));
    }
    return [...new Set(forms)].filter((form) => form.length >= MIN_SECRET_LENGTH);
}
function learn(secret) {
    for (const form of formsOf(secret).map(fold)) {
        if (form.length < RUN) {
            wholeForms.add(form);
            continue;
        }
        for (let start = 0; start + RUN <= form.length; start++) {
            const window = form.slice(start, start + RUN);
            if (windows.has(window))
                continue;
            windows.add(window);
            for (let gram = 0; gram + GRAM <= RUN; gram++) {
                const at = hashOf(window.slice(gram, gram + GRAM)) & BUCKET;
                gramBitmap[at >>> 3] = (gramBitmap[at >>> 3] ?? 0) | (1 << (at & 7));
            }
            for (let index = 0; index < window.length; index++)
                inWindows[window.charCodeAt(index)] = 1;
            alphabetRuns = undefined;
        }
    }
}

function registerSecret(value) {
    if (value === undefined)
        return;
    const trimmed = value.trim();
    for (const candidate of new Set([value, trimmed])) {
        if (candidate.length < MIN_SECRET_LENGTH || secrets.has(candidate))
            continue;
        secrets.add(candidate);
        learn(candidate);

        const exact = [
            candidate,
            encodeURIComponent(candidate),
            Buffer.from(candidate, 'utf8').toString('base64'),
        ];
        for (const form of new Set(exact))
            for (const listener of listeners)
                listener(form);
    }
}




function onSecretRegistered(listener) {
    listeners.add(listener);
    for (const secret of secrets)
        listener(secret);
    return () => listeners.delete(listener);
}

function secretRanges(text) {
    const ranges = [];
    if (wholeForms.size > 0) {
        const folded = fold(text);
        for (const form of wholeForms) {
            for (let at = folded.indexOf(form); at >= 0; at = folded.indexOf(form, at + 1)) {
                ranges.push([at, at + form.length]);
            }
        }
    }
    if (windows.size === 0)
        return ranges;
    const TABLE = hashTable();
    const runs = runsOfAlphabet();
    runs.lastIndex = 0;
    for (let match = runs.exec(text); match !== null; match = runs.exec(text)) {
        const first = match.index;
        const end = runs.lastIndex;
        const lastStart = end - RUN;

        let unchecked = first;
        for (let block = first; block + GRAM <= end; block += STRIDE) {
            let hash = 0;


            for (let index = block; index < block + GRAM; index++) {
                hash = ((hash << 1) | (hash >>> 31)) ^ (TABLE[text.charCodeAt(index)] ?? 0);
            }
            const at = hash & BUCKET;
            if (((gramBitmap[at >>> 3] ?? 0) & (1 << (at & 7))) === 0)
                continue;

            const last = Math.min(block, lastStart);
            for (let start = Math.max(unchecked, block + GRAM - RUN); start <= last; start++) {
                if (windows.has(fold(text.slice(start, start + RUN))))
                    ranges.push([start, start + RUN]);
            }
            unchecked = Math.max(unchecked, last + 1);
        }
    }
    return ranges;
}




function redact(text) {
    if (secrets.size === 0 || text.length < MIN_SECRET_LENGTH)
        return text;
    const ranges = secretRanges(text);
    if (ranges.length === 0)
        return text;
    ranges.sort((a, b) => a[0] - b[0]);
    let result = '';
    let written = 0;
    let index = 0;
    while (index < ranges.length) {
        const [start] = ranges[index] ?? [0, 0];
        let end = ranges[index]?.[1] ?? start;
        index++;
        while (index < ranges.length && (ranges[index]?.[0] ?? Infinity) <= end) {
            end = Math.max(end, ranges[index]?.[1] ?? end);
            index++;
        }
        result += text.slice(written, start) + REPLACEMENT;
        written = end;
    }
    return result + text.slice(written);
}

function redactingWriter(output) {
    return {
        write: (text) => {
            output.write(redact(text));
        },
    };
}

function clearSecretsForTesting() {
    secrets.clear();
    wholeForms.clear();
    windows.clear();
    gramBitmap.fill(0);
    inWindows.fill(0);
    alphabetRuns = undefined;
}


}),

6086:
((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {



__nccwpck_require__.d(__webpack_exports__, {
  iO: () => ( collectGarbage),
  uc: () => ( tuneHeapFor)
});



;
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
;
const external_node_vm_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");
;















































const SITE_READING_COMMANDS = new Set([
    'plan',
    'apply',
    'drift',
    'export',
    'access',
]);

const READ_ONLY_COMMANDS = new Set(['plan', 'drift', 'export', 'access']);
const SITE_READING_FLAGS = [
    {
        flag: '--semi-space-growth-factor=1',
        overriddenBy: ['semi-space-growth-factor', 'max-semi-space-size', 'semi-space-size'],
        commands: SITE_READING_COMMANDS,
    },
    {
        flag: '--heap-growing-percent=20',
        overriddenBy: ['heap-growing-percent'],
        commands: SITE_READING_COMMANDS,
    },


    {
        flag: '--max-opt=0',
        overriddenBy: ['opt', 'turbofan', 'maglev', 'sparkplug', 'jitless'],
        commands: READ_ONLY_COMMANDS,
    },
    { flag: '--optimize-for-size', overriddenBy: ['optimize-for-size'], commands: READ_ONLY_COMMANDS },
];




function namesOf(options) {

    return options
        .filter((option) => option.startsWith('-'))
        .map((option) => option
        .replace(/=.*$/, '')
        .replaceAll('_', '-')
        .replace(/^-+(no-)?/, ''));
}




function overrides(name, own) {
    return name === own || name.endsWith(`-${own}`);
}




function heapFlagsFor(command, userOptions = []) {
    if (command === undefined || !SITE_READING_COMMANDS.has(command))
        return [];
    const given = namesOf(userOptions);
    return SITE_READING_FLAGS.filter(({ overriddenBy, commands }) => commands.has(command) && !given.some((name) => overriddenBy.some((own) => overrides(name, own)))).map(({ flag }) => flag);
}

function processNodeOptions() {
    return [
        ...process.execArgv,
        ...(process.env.NODE_OPTIONS ?? '').split(/\s+/).filter((option) => option !== ''),
    ];
}

function tuneHeapFor(command, set = external_node_v8_namespaceObject.setFlagsFromString, userOptions = processNodeOptions()) {
    const flags = heapFlagsFor(command, userOptions);
    for (const flag of flags)
        set(flag);
    collectsOnRequest = command !== undefined && READ_ONLY_COMMANDS.has(command);
    return flags;
}

let collectsOnRequest = false;

let fullCollection;




function obtainFullCollection() {
    const own = Reflect.get(globalThis, 'gc');
    if (typeof own === 'function')
        return () => Reflect.apply(own, globalThis, []);
    try {
        (0,external_node_v8_namespaceObject.setFlagsFromString)('--expose-gc');
        const made = (0,external_node_vm_namespaceObject.runInNewContext)('typeof gc === "function" ? gc : undefined');
        return typeof made === 'function' ? () => Reflect.apply(made, undefined, []) : null;
    }
    catch {
        return null;
    }
    finally {
        (0,external_node_v8_namespaceObject.setFlagsFromString)('--no-expose-gc');
    }
}











function collectGarbage() {
    if (!collectsOnRequest)
        return false;
    fullCollection ??= obtainFullCollection();
    if (fullCollection === null)
        return false;
    fullCollection();
    return true;
}


}),

7406:
((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.d(__webpack_exports__, {
Y: () => ( editDistance),
h: () => ( closestMatch)
});




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


}),

311:
((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.d(__webpack_exports__, {
x: () => ( VERSION)
});

const VERSION = '0.1.0';


}),

9629:
((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.d(__webpack_exports__, {
Bv: () => ( safeLines),
Hk: () => ( safeText),
hD: () => ( quote),
kJ: () => ( terminalSafe)
});








const UNSAFE_EXCEPT_TAB_AND_LF = '\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069';
const UNSAFE = new RegExp(`[\\u0009\\u000a${UNSAFE_EXCEPT_TAB_AND_LF}]`, 'g');

const UNSAFE_IN_OUTPUT = new RegExp(`[${UNSAFE_EXCEPT_TAB_AND_LF}]`, 'g');
function visible(character) {
    return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

function safeText(text) {
    return text.replace(UNSAFE, visible);
}

function safeLines(text) {
    return text
        .split(/\r\n|\n/)
        .map(safeText)
        .join('\n');
}

function quote(text) {
    return `"${safeText(text).replace(/"/g, '\\"')}"`;
}

const OWN_SEQUENCES = /\u001b\[[0-9;]*m|\r\u001b\[2K/g;





function terminalSafe(text, options) {
    let result = '';
    let last = 0;
    for (const match of text.matchAll(OWN_SEQUENCES)) {
        const own = match[0];
        const allowed = own.startsWith('\r') ? options.live : options.colour;
        result += clean(text.slice(last, match.index)) + (allowed ? own : clean(own));
        last = match.index + own.length;
    }
    return result + clean(text.slice(last));
}




function clean(text) {
    return text.replace(UNSAFE_IN_OUTPUT, visible);
}


}),

4573:
((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

}),

7598:
((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

}),

3024:
((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

}),

1455:
((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

}),

7067:
((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

}),

7030:
((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

}),

8161:
((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

}),

6760:
((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

}),

481:
((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

}),

7075:
((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

}),

3136:
((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

}),

7975:
((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

}),

8522:
((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

})

});


var __webpack_module_cache__ = {};


function __nccwpck_require__(moduleId) {

var cachedModule = __webpack_module_cache__[moduleId];
if (cachedModule !== undefined) {
return cachedModule.exports;
}

var module = __webpack_module_cache__[moduleId] = {


exports: {}
};


var threw = true;
try {
__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
threw = false;
} finally {
if(threw) delete __webpack_module_cache__[moduleId];
}


return module.exports;
}


__nccwpck_require__.m = __webpack_modules__;



if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";


(() => {
var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
var resolveQueue = (queue) => {
if(queue && queue.d < 1) {
queue.d = 1;
queue.forEach((fn) => (fn.r--));
queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
}
}
var wrapDeps = (deps) => (deps.map((dep) => {
if(dep !== null && typeof dep === "object") {
if(dep[webpackQueues]) return dep;
if(dep.then) {
var queue = [];
queue.d = 0;
dep.then((r) => {
obj[webpackExports] = r;
resolveQueue(queue);
}, (e) => {
obj[webpackError] = e;
resolveQueue(queue);
});
var obj = {};
obj[webpackQueues] = (fn) => (fn(queue));
return obj;
}
}
var ret = {};
ret[webpackQueues] = x => {};
ret[webpackExports] = dep;
return ret;
}));
__nccwpck_require__.a = (module, body, hasAwait) => {
var queue;
hasAwait && ((queue = []).d = -1);
var depQueues = new Set();
var exports = module.exports;
var currentDeps;
var outerResolve;
var reject;
var promise = new Promise((resolve, rej) => {
reject = rej;
outerResolve = resolve;
});
promise[webpackExports] = exports;
promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
module.exports = promise;
body((deps) => {
currentDeps = wrapDeps(deps);
var fn;
var getResult = () => (currentDeps.map((d) => {
if(d[webpackError]) throw d[webpackError];
return d[webpackExports];
}))
var promise = new Promise((resolve) => {
fn = () => (resolve(getResult));
fn.r = 0;
var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
});
return fn.r ? promise : getResult();
}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
queue && queue.d < 0 && (queue.d = 0);
};
})();


(() => {

__nccwpck_require__.n = (module) => {
var getter = module && module.__esModule ?
() => (module['default']) :
() => (module);
__nccwpck_require__.d(getter, { a: getter });
return getter;
};
})();


(() => {

__nccwpck_require__.d = (exports, definition) => {
for(var key in definition) {
if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
}
}
};
})();


(() => {
__nccwpck_require__.f = {};


__nccwpck_require__.e = (chunkId) => {
return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
__nccwpck_require__.f[key](chunkId, promises);
return promises;
}, []));
};
})();


(() => {

__nccwpck_require__.u = (chunkId) => {

return "" + chunkId + ".index.js";
};
})();


(() => {
__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
})();


(() => {

__nccwpck_require__.r = (exports) => {
if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
}
Object.defineProperty(exports, '__esModule', { value: true });
};
})();


(() => {





var installedChunks = {
792: 0
};

var installChunk = (data) => {
var {ids, modules, runtime} = data;


var moduleId, chunkId, i = 0;
for(moduleId in modules) {
if(__nccwpck_require__.o(modules, moduleId)) {
__nccwpck_require__.m[moduleId] = modules[moduleId];
}
}
if(runtime) runtime(__nccwpck_require__);
for(;i < ids.length; i++) {
chunkId = ids[i];
if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
installedChunks[chunkId][0]();
}
installedChunks[ids[i]] = 0;
}

}

__nccwpck_require__.f.j = (chunkId, promises) => {

var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
if(installedChunkData !== 0) {


if(installedChunkData) {
promises.push(installedChunkData[1]);
} else {
if(true) {

var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
throw e;
});
var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
promises.push(installedChunkData[1] = promise);
}
}
}
};








})();






var __webpack_exports__ = __nccwpck_require__(486);
__webpack_exports__ = await __webpack_exports__;

