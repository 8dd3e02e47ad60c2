#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _util_heap_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3402);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2957);
/* harmony import */ var _unexpected_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6947);



// Before the command's code loads: the commands that read a whole site run with V8 settings of their
// own (src/util/heap.ts).
(0,_util_heap_js__WEBPACK_IMPORTED_MODULE_0__/* .tuneHeapFor */ .uc)(process.argv[2]);
const controller = new AbortController();
/** 128 + SIGPIPE, as a shell reports a command whose reader went away (as 130 is 128 + SIGINT). */
const READER_GONE = 141;
// An object, not a `let`: it changes in an event handler, where narrowing cannot see.
const gone = { stdout: false, stderr: false };
let interrupts = 0;
for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
        interrupts += 1;
        // A second interrupt means "now": leave without waiting for the command to wind down.
        if (interrupts > 1)
            process.exit(130);
        if (!gone.stderr)
            process.stderr.write(`\nReceived ${signal}: finishing the current step, starting nothing new...\n`);
        controller.abort(new Error(`interrupted by ${signal}`));
    });
}
const readerGone = () => gone.stdout || gone.stderr;
// `jira-perms plan --json | head -1`: once the reader has closed the pipe, each write to the stream
// fails with EPIPE, an 'error' event that nothing else handles (a stack trace). Nobody reads what
// follows: stop writing, end the command as an interrupt would (no new step started, so an apply
// winds down and writes its journal), and exit quietly. Stderr too: the progress lines go there, and
// `apply ... 2>&1 | head -3` closes the pipe under both streams.
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
/** Writes to `name` until its reader has gone; after that the text has nowhere to go. */
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

/***/ }),

/***/ 2957:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ak: () => (/* binding */ runCli)
/* harmony export */ });
/* unused harmony exports COMMANDS, loadCommands, usage */
/* harmony import */ var _outputs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6128);
/* harmony import */ var _summaries_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5062);
/* harmony import */ var _util_suggest_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7406);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(311);




function entry(name, load) {
    return { name, summary: _summaries_js__WEBPACK_IMPORTED_MODULE_1__/* .SUMMARIES */ .Z[name], load };
}
const COMMANDS = [
    entry('validate', async () => (await Promise.all(/* import() */[__nccwpck_require__.e(372), __nccwpck_require__.e(903), __nccwpck_require__.e(463), __nccwpck_require__.e(296)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2296))).validateCommand),
    entry('plan', async () => (await Promise.all(/* import() */[__nccwpck_require__.e(372), __nccwpck_require__.e(874), __nccwpck_require__.e(903), __nccwpck_require__.e(463), __nccwpck_require__.e(93), __nccwpck_require__.e(526), __nccwpck_require__.e(297)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3297))).planCommand),
    entry('apply', async () => (await Promise.all(/* import() */[__nccwpck_require__.e(372), __nccwpck_require__.e(874), __nccwpck_require__.e(903), __nccwpck_require__.e(463), __nccwpck_require__.e(93), __nccwpck_require__.e(526), __nccwpck_require__.e(297), __nccwpck_require__.e(963)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9344))).applyCommand),
    entry('export', async () => (await Promise.all(/* import() */[__nccwpck_require__.e(372), __nccwpck_require__.e(874), __nccwpck_require__.e(903), __nccwpck_require__.e(463), __nccwpck_require__.e(93), __nccwpck_require__.e(977)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7977))).exportCommand),
    entry('pin', async () => (await Promise.all(/* import() */[__nccwpck_require__.e(372), __nccwpck_require__.e(874), __nccwpck_require__.e(903), __nccwpck_require__.e(463), __nccwpck_require__.e(93), __nccwpck_require__.e(526), __nccwpck_require__.e(297), __nccwpck_require__.e(318)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3318))).pinCommand),
    entry('doctor', async () => (await Promise.all(/* import() */[__nccwpck_require__.e(874), __nccwpck_require__.e(903), __nccwpck_require__.e(245)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9245))).doctorCommand),
    entry('access', async () => (await Promise.all(/* import() */[__nccwpck_require__.e(372), __nccwpck_require__.e(874), __nccwpck_require__.e(903), __nccwpck_require__.e(463), __nccwpck_require__.e(93), __nccwpck_require__.e(526), __nccwpck_require__.e(297), __nccwpck_require__.e(57)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2057))).accessCommand),
    entry('drift', async () => (await Promise.all(/* import() */[__nccwpck_require__.e(372), __nccwpck_require__.e(874), __nccwpck_require__.e(903), __nccwpck_require__.e(463), __nccwpck_require__.e(93), __nccwpck_require__.e(526), __nccwpck_require__.e(297), __nccwpck_require__.e(513)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8513))).driftCommand),
    entry('sim', async () => (await Promise.all(/* import() */[__nccwpck_require__.e(200), __nccwpck_require__.e(142)]).then(__nccwpck_require__.bind(__nccwpck_require__, 142))).simCommand),
    entry('demo', async () => (await Promise.all(/* import() */[__nccwpck_require__.e(372), __nccwpck_require__.e(874), __nccwpck_require__.e(903), __nccwpck_require__.e(463), __nccwpck_require__.e(93), __nccwpck_require__.e(526), __nccwpck_require__.e(297), __nccwpck_require__.e(200), __nccwpck_require__.e(334)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5334))).demoCommand),
];
/** Every command's code, loaded (the docs' option tables and the tests of every command's options). */
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
/** Dispatches to a command; returns the exit code. */
async function runCli(args, context) {
    const [name, ...rest] = args;
    // The dispatcher's own words go out through the same sinks as every command's.
    const { stdout, stderr } = (0,_outputs_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalOutputs */ .b)(context, { colour: false });
    if (name === undefined) {
        // No command is a usage error: the usage goes to stderr with exit 1, so scripts see the mistake.
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


/***/ }),

/***/ 6128:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ terminalOutputs)
/* harmony export */ });
/* harmony import */ var _jira_secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1113);
/* harmony import */ var _view_terminal_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9629);


/**
 * The one place the command line's output leaves the process: every write is redacted (no secret in
 * any of its forms) and made safe for a terminal (no ESC, OSC or bidi character from a file or from
 * Jira; the views' own colours only when colour is on, the progress line only on a terminal).
 */
function terminalOutputs(context, options) {
    const sink = (output, live) => ({
        write: (text) => {
            output.write((0,_view_terminal_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalSafe */ .kJ)((0,_jira_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(text), { colour: options.colour, live }));
        },
    });
    return { stdout: sink(context.stdout, false), stderr: sink(context.stderr, context.isTTY) };
}


/***/ }),

/***/ 5062:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ SUMMARIES)
/* harmony export */ });
/**
 * Each command's one-line purpose, for `jira-perms --help` and the top of the command's own help. Kept
 * apart from the commands so the list of commands is printed without loading any command's code.
 */
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


/***/ }),

/***/ 6947:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ unexpectedErrorText)
/* harmony export */ });
/* unused harmony export DEBUG_VARIABLE */
/* harmony import */ var _jira_secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1113);
/* harmony import */ var _view_terminal_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9629);
/**
 * The last line of defence of the command line: an error no command turned into a message (a bug, or
 * something the commands do not foresee, like a full disk) is printed as one readable line, never as a
 * stack trace unless asked for, and never with a secret in it.
 */


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


/***/ }),

/***/ 1113:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   TS: () => (/* binding */ redactingWriter),
/* harmony export */   cl: () => (/* binding */ registerSecret)
/* harmony export */ });
/* unused harmony exports onSecretRegistered, clearSecretsForTesting */
/**
 * Secrets the product must never print: API tokens, bearer tokens and the derived `base64(email:token)`.
 * The connection registers them as soon as it reads them; every error message and log line the product
 * writes goes through `redact`. The GitHub Action subscribes with `onSecretRegistered` to mask them in
 * the runner's log as well (`core.setSecret`).
 *
 * Matching is deliberately broad, because a hostile or careless server echoes secrets in many shapes:
 * - the secret itself, its URL-encoded form and its base64 forms (standard and URL-safe, at each of the
 *   three byte alignments a secret can take inside a longer encoded text, as in the Basic header);
 * - case-folded (ASCII): a server that lower-cases what it echoes does not defeat it;
 * - any run of RUN or more characters of any of those forms: a secret cut at the edge of an excerpt
 *   (`TOKSECRET_`) still goes. Callers redact the whole text first and cut afterwards.
 */
const REPLACEMENT = '***';
/** Shorter values would redact ordinary words; real tokens are far longer. */
const MIN_SECRET_LENGTH = 6;
/** A run of this many characters of a secret's form counts as the secret. */
const RUN = 12;
const secrets = new Set();
const listeners = new Set();
/** Forms shorter than RUN: matched whole (case-folded). */
const wholeForms = new Set();
/** Every RUN-character window of every longer form (case-folded). */
const windows = new Set();
/*
 * Scanning a long text fast: only runs of characters that occur in some window can match, so any other
 * character restarts the run; within a run, a rolling hash of the last RUN characters (a cyclic
 * polynomial: rotations and XOR only) is looked up in a bitmap of the windows' hashes, and a string is
 * built only where its bit is set (a hash, not a proof).
 */
const CODE_UNITS = 0x10000;
/** Case-folded code units that occur in some window. */
const inWindows = new Uint8Array(CODE_UNITS);
const HASH_BITS = 20;
const hashBitmap = new Uint8Array(1 << (HASH_BITS - 3));
let table;
/**
 * A fixed pseudo-random 32-bit value per code unit (xorshift32), so hashes are the same every run.
 * Built when the first secret is learnt, not at import: a run without secrets (validate, `--help`)
 * does not spend milliseconds of its start-up on it.
 */
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
    return table;
}
function rotate(value, by) {
    return (value << by) | (value >>> (32 - by));
}
/** ASCII case folding of one code unit. */
function foldCode(code) {
    return code >= 65 && code <= 90 ? code + 32 : code;
}
/** ASCII case folding, one code unit for one: offsets in the folded text are offsets in the original. */
function fold(text) {
    return text.replace(/[A-Z]+/g, (upper) => upper.toLowerCase());
}
function hashOf(window) {
    const TABLE = hashTable();
    let hash = 0;
    for (let index = 0; index < window.length; index++) {
        hash = rotate(hash, 1) ^ (TABLE[window.charCodeAt(index)] ?? 0);
    }
    return hash;
}
function bucket(hash) {
    return hash & ((1 << HASH_BITS) - 1);
}
/** Base64 of `value`'s bytes from `offset`, without the last character and padding (they depend on what follows). */
function base64Core(bytes, offset, encoding) {
    const encoded = bytes.subarray(offset).toString(encoding).replace(/=+$/, '');
    return encoded.slice(0, -1);
}
/** The shapes a secret may be echoed in (before case folding). */
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
            const at = bucket(hashOf(window));
            hashBitmap[at >>> 3] = (hashBitmap[at >>> 3] ?? 0) | (1 << (at & 7));
            for (let index = 0; index < window.length; index++)
                inWindows[window.charCodeAt(index)] = 1;
        }
    }
}
/** Registers a secret (idempotent) and tells every subscriber about it. Empty/short values are ignored. */
function registerSecret(value) {
    if (value === undefined)
        return;
    const trimmed = value.trim();
    for (const candidate of new Set([value, trimmed])) {
        if (candidate.length < MIN_SECRET_LENGTH || secrets.has(candidate))
            continue;
        secrets.add(candidate);
        learn(candidate);
        // The runner masks exact strings only: give it the encoded forms too.
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
/**
 * Calls `listener` for every secret registered so far and every one registered later (the action passes
 * `core.setSecret`). Returns a function that unsubscribes.
 */
function onSecretRegistered(listener) {
    listeners.add(listener);
    for (const secret of secrets)
        listener(secret);
    return () => listeners.delete(listener);
}
/** The [start, end) ranges of `text` that hold secret material. */
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
    let run = 0;
    let hash = 0;
    for (let index = 0; index < text.length; index++) {
        const code = foldCode(text.charCodeAt(index));
        if (inWindows[code] === 0) {
            run = 0;
            hash = 0;
            continue;
        }
        if (run < RUN) {
            hash = rotate(hash, 1) ^ (TABLE[code] ?? 0);
            run++;
            if (run < RUN)
                continue;
        }
        else {
            const leaving = TABLE[foldCode(text.charCodeAt(index - RUN))] ?? 0;
            hash = rotate(hash, 1) ^ rotate(leaving, RUN) ^ (TABLE[code] ?? 0);
        }
        const at = bucket(hash);
        if (((hashBitmap[at >>> 3] ?? 0) & (1 << (at & 7))) === 0)
            continue;
        const start = index - RUN + 1;
        if (windows.has(fold(text.slice(start, index + 1))))
            ranges.push([start, index + 1]);
    }
    return ranges;
}
/**
 * The text with every registered secret replaced by `***`: overlapping and adjacent matches become one
 * `***`, so nothing of a secret is left between two of them. Redact the whole text before cutting it.
 */
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
/** An `Output`-like writer that redacts everything written through it. */
function redactingWriter(output) {
    return {
        write: (text) => {
            output.write(redact(text));
        },
    };
}
/** For tests: the registered secrets are forgotten. */
function clearSecretsForTesting() {
    secrets.clear();
    wholeForms.clear();
    windows.clear();
    hashBitmap.fill(0);
    inWindows.fill(0);
}


/***/ }),

/***/ 3402:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  uc: () => (/* binding */ tuneHeapFor)
});

// UNUSED EXPORTS: SITE_READING_COMMANDS, heapFlagsFor, processNodeOptions

;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
;// CONCATENATED MODULE: ./src/util/heap.ts

/**
 * V8 settings for the commands that read a whole Jira site (every scheme with every grant, then one
 * request per project), set by the process's entry before the command's code loads. A command line
 * installed by npm, and the action's `node24` runner, cannot pass node flags; these are the flags V8
 * reads while the process runs (each one is consulted when the heap grows or a WebAssembly module is
 * compiled, not only when the heap is set up), so setting them here takes effect. Measured at full scale
 * (1,000 schemes × 60 grants, 3,000 projects, 24.8 MB of answers) in docs/performance.md, "Plan's
 * memory, fifth round": the plan's peak resident memory went from about 164 MB to about 110 MB at the
 * same wall time.
 *
 * - `--semi-space-growth-factor=1`: the young generation stays at its initial size (two 1 MB
 *   semi-spaces) instead of doubling up to 2 × 16 MB. What these commands make mostly lives to the end
 *   (the files' grants, the live schemes), so a large young generation only holds it longer before
 *   copying it to the old one. `--max-semi-space-size` would say it directly, but V8 reads that only
 *   when the heap is set up.
 * - `--heap-growing-percent=20`: after a full collection the old generation may grow by 20% of what
 *   survived before the next one (V8 picks 50% to 300% by its own measure; at this scale it let the old
 *   space reach 1.5–2× the live set). A few more full collections, marked concurrently.
 * - `--liftoff-only`: undici's HTTP parser is WebAssembly. Once it is hot, V8 recompiles it with its
 *   optimizing compiler on background threads, which took 38 MB of compiler memory at once, during the
 *   scheme list: the run's peak. The baseline compiler's code parses the same answers; the parser is a
 *   small part of a run that waits on the network.
 *
 * Validate and the rest are left at V8's defaults: validate reads no site, and its wall time is
 * measured against a floor process that runs with the defaults.
 */
/** The commands (command line and action) that read a whole site. */
const SITE_READING_COMMANDS = new Set([
    'plan',
    'apply',
    'drift',
    'export',
    'access',
]);
const SITE_READING_FLAGS = [
    {
        flag: '--semi-space-growth-factor=1',
        overriddenBy: ['semi-space-growth-factor', 'max-semi-space-size', 'semi-space-size'],
    },
    { flag: '--heap-growing-percent=20', overriddenBy: ['heap-growing-percent'] },
    { flag: '--liftoff-only', overriddenBy: ['liftoff', 'wasm-tier-up', 'wasm-dynamic-tiering'] },
];
/** A flag's name as written on a command line: `--max_semi_space_size` and `--max-semi-space-size` alike. */
function namesOf(options) {
    return options.map((option) => option.replace(/=.*$/, '').replaceAll('_', '-'));
}
/**
 * The flags `command` gets, less those the user set a flag of their own for. `userOptions`: node's
 * options as given (`process.execArgv` and NODE_OPTIONS, split on spaces).
 */
function heapFlagsFor(command, userOptions = []) {
    if (command === undefined || !SITE_READING_COMMANDS.has(command))
        return [];
    const given = namesOf(userOptions);
    return SITE_READING_FLAGS.filter(({ overriddenBy }) => !given.some((name) => overriddenBy.some((own) => name.includes(own)))).map(({ flag }) => flag);
}
/** Node's options as this process was given them. */
function processNodeOptions() {
    return [
        ...process.execArgv,
        ...(process.env.NODE_OPTIONS ?? '').split(/\s+/).filter((option) => option !== ''),
    ];
}
/** Sets `command`'s flags in this process (see the top of this file); returns the flags set. */
function tuneHeapFor(command, set = external_node_v8_namespaceObject.setFlagsFromString, userOptions = processNodeOptions()) {
    const flags = heapFlagsFor(command, userOptions);
    for (const flag of flags)
        set(flag);
    return flags;
}


/***/ }),

/***/ 7406:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** The product version, kept equal to package.json's by a test. */
const VERSION = '0.1.0';


/***/ }),

/***/ 9629:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bv: () => (/* binding */ safeLines),
/* harmony export */   Hk: () => (/* binding */ safeText),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   kJ: () => (/* binding */ terminalSafe)
/* harmony export */ });
/**
 * The terminal view's safety: text from users and from Jira (scheme, group and file names, messages)
 * passes `safeText` before a view shows it, and everything the command line writes passes
 * `terminalSafe` at the sink. Control characters could move a terminal's cursor, recolour it, set its
 * title or plant a link (ESC and OSC sequences), and bidirectional overrides (U+202E) could make a line
 * read differently than it is: each is shown as a visible `\uXXXX` instead.
 */
/** Control characters other than tab and line feed, C1 controls, and bidirectional marks and overrides. */
const UNSAFE_EXCEPT_TAB_AND_LF = '\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069';
const UNSAFE = new RegExp(`[\\u0009\\u000a${UNSAFE_EXCEPT_TAB_AND_LF}]`, 'g');
/** UNSAFE without line breaks and tabs, which a whole output keeps (see {@link terminalSafe}). */
const UNSAFE_IN_OUTPUT = new RegExp(`[${UNSAFE_EXCEPT_TAB_AND_LF}]`, 'g');
function visible(character) {
    return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
/** One piece of user or Jira text, safe on any terminal: every control and bidi character made visible. */
function safeText(text) {
    return text.replace(UNSAFE, visible);
}
/** Text of several lines (a message with its fixes): each line made safe, the line breaks kept. */
function safeLines(text) {
    return text
        .split(/\r\n|\n/)
        .map(safeText)
        .join('\n');
}
/** A double-quoted, sanitised string. */
function quote(text) {
    return `"${safeText(text).replace(/"/g, '\\"')}"`;
}
// eslint-disable-next-line no-control-regex -- the product's own sequences, kept when allowed
const OWN_SEQUENCES = /\u001b\[[0-9;]*m|\r\u001b\[2K/g;
/**
 * A whole output text, as it leaves for the terminal: line breaks and tabs stay, the views' own colour
 * and progress sequences stay when allowed, every other control or bidi character is made visible. So
 * whatever a view forgot to escape, no ESC, OSC or U+202E from a file or from Jira reaches the screen.
 */
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
/**
 * Line breaks and tabs are left out of the pattern rather than put back by a callback: an output of
 * 50,000 findings has 100,000 line breaks, and nothing else to change.
 */
function clean(text) {
    return text.replace(UNSAFE_IN_OUTPUT, visible);
}


/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 99:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:sqlite");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
