import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_modules__ = ({

2181:
((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {



__nccwpck_require__.d(__webpack_exports__, {
  bh: () => ( forTheAction),
  u1: () => ( getErrorMessage),
  Ho: () => ( hasJiraCredentials),
  wk: () => ( jiraEnvironment),
  Ko: () => ( readInputs),
  WP: () => ( runnerInputReader),
  VX: () => ( secretValues)
});



;





const ACCESS_VARIABLE = 'JIRA_PERMS_ACCESS';

const ACCESS_VALUES = ( null && (['on', 'full', 'off']));







function parseAccessSetting(value) {
    const text = (value ?? '').trim().toLowerCase();
    if (text === '' || ['on', 'true', 'yes', '1'].includes(text))
        return 'always';
    if (['full', 'all'].includes(text))
        return 'full';
    if (['off', 'false', 'no', '0'].includes(text))
        return 'limits';
    throw new Error(`${ACCESS_VARIABLE} must be "on", "full" or "off"; got "${value ?? ''}"`);
}

;

const TRANSPORT_VARIABLES = [
    'JIRA_ALLOW_HTTP',
    'JIRA_PERMS_TIMEOUT',
    'JIRA_PERMS_CONCURRENCY',
    'JIRA_PERMS_MAX_RESPONSE_MB',
    'https_proxy',
    'HTTPS_PROXY',
    'http_proxy',
    'HTTP_PROXY',
    'no_proxy',
    'NO_PROXY',
];


var toolkit = __nccwpck_require__(7096);
;








const ACTION_COMMANDS = ['validate', 'plan', 'apply', 'export', 'doctor', 'drift'];





function runnerInputReader(env = process.env) {
    return (name) => {
        const variable = (0,toolkit .LO)(name);
        return (env[variable] ?? env[variable.replace(/-/g, '_')] ?? '').trim();
    };
}
function getErrorMessage(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'string')
        return error;

    if (error === undefined || typeof error === 'function' || typeof error === 'symbol')
        return String(error);
    try {
        return JSON.stringify(error);
    }
    catch {

        return `a thrown ${typeof error} that cannot be printed`;
    }
}
function optional(value) {
    return value === '' ? undefined : value;
}

function withEnvFallback(read, name, env, variable) {
    return optional(read(name)) ?? optional((env[variable] ?? '').trim());
}

function secretValues(read, env = process.env) {
    const email = withEnvFallback(read, 'jira-email', env, 'JIRA_EMAIL');
    const apiToken = withEnvFallback(read, 'jira-api-token', env, 'JIRA_API_TOKEN');
    const bearer = withEnvFallback(read, 'jira-bearer-token', env, 'JIRA_BEARER_TOKEN');
    const github = withEnvFallback(read, 'github-token', env, 'GITHUB_TOKEN');
    const secrets = [];
    if (apiToken !== undefined) {
        secrets.push(apiToken);

        secrets.push(Buffer.from(`${email ?? ''}:${apiToken}`).toString('base64'));
    }
    if (bearer !== undefined)
        secrets.push(bearer);
    if (github !== undefined)
        secrets.push(github);
    return secrets;
}
const TRUE_WORDS = new Set(['true', 'True', 'TRUE']);
const FALSE_WORDS = new Set(['false', 'False', 'FALSE']);

function booleanInput(read, name, fallback) {
    const value = read(name);
    if (value === '')
        return fallback;
    if (TRUE_WORDS.has(value))
        return true;
    if (FALSE_WORDS.has(value))
        return false;
    throw new Error(`input "${name}" must be true or false, got "${value}"`);
}
function commandInput(read) {
    const value = read('command');
    if (value === '')
        return 'plan';
    const found = ACTION_COMMANDS.find((command) => command === value);
    if (found === undefined) {
        throw new Error(`input "command" must be one of ${ACTION_COMMANDS.join(', ')}; got "${value}"`);
    }
    return found;
}
function accessInput(value) {
    try {
        return parseAccessSetting(value);
    }
    catch {
        throw new Error(`input "access" (or ${ACCESS_VARIABLE}) must be "on", "full" or "off"; got "${value ?? ''}"`);
    }
}
const DEFAULT_SETTINGS_PATH = '.jira-permissions.yml';
function settingsInput(read) {
    const value = optional(read('settings'));

    return value === undefined || value === DEFAULT_SETTINGS_PATH || value === `./${DEFAULT_SETTINGS_PATH}`
        ? undefined
        : value;
}
function readInputs(read, env = process.env) {
    return {
        command: commandInput(read),
        path: optional(read('path')),
        settings: settingsInput(read),
        jira: {
            url: withEnvFallback(read, 'jira-url', env, 'JIRA_BASE_URL'),
            email: withEnvFallback(read, 'jira-email', env, 'JIRA_EMAIL'),
            apiToken: withEnvFallback(read, 'jira-api-token', env, 'JIRA_API_TOKEN'),
            bearerToken: withEnvFallback(read, 'jira-bearer-token', env, 'JIRA_BEARER_TOKEN'),
            apiVersion: withEnvFallback(read, 'jira-api-version', env, 'JIRA_API_VERSION'),
            timeout: withEnvFallback(read, 'timeout', env, 'JIRA_PERMS_TIMEOUT'),
            concurrency: withEnvFallback(read, 'concurrency', env, 'JIRA_PERMS_CONCURRENCY'),
        },

        githubToken: withEnvFallback(read, 'github-token', env, 'GITHUB_TOKEN'),
        comment: booleanInput(read, 'comment', true),
        allowDelete: booleanInput(read, 'allow-delete', false),
        applyOnAnyBranch: booleanInput(read, 'apply-on-any-branch', false),
        planFile: optional(read('plan-file')),
        access: accessInput(withEnvFallback(read, 'access', env, ACCESS_VARIABLE)),
    };
}
const CONNECTION_VARIABLE = /\bJIRA_(?:BASE_URL|EMAIL|API_TOKEN|BEARER_TOKEN|API_VERSION|PERMS_TIMEOUT|PERMS_CONCURRENCY)\b/;




function forTheAction(message) {
    if (!CONNECTION_VARIABLE.test(message))
        return message;
    return (`${message}\nIn the action, these come from the inputs jira-url, jira-email + jira-api-token or ` +
        'jira-bearer-token, jira-api-version, timeout and concurrency (or the same JIRA_* variables in the step env).');
}

function hasJiraCredentials(jira) {
    if (jira.url === undefined)
        return false;
    if (jira.bearerToken !== undefined)
        return true;
    return jira.email !== undefined && jira.apiToken !== undefined;
}




function jiraEnvironment(jira, env = process.env) {
    const passed = {};
    for (const name of TRANSPORT_VARIABLES)
        if (env[name] !== undefined)
            passed[name] = env[name];
    return {
        ...passed,
        JIRA_PERMS_TIMEOUT: jira.timeout,
        JIRA_PERMS_CONCURRENCY: jira.concurrency,
        JIRA_BASE_URL: jira.url,
        JIRA_EMAIL: jira.email,
        JIRA_API_TOKEN: jira.apiToken,
        JIRA_BEARER_TOKEN: jira.bearerToken,
        JIRA_API_VERSION: jira.apiVersion,
    };
}


}),

431:
((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {



__nccwpck_require__.d(__webpack_exports__, {
  e: () => ( run)
});


var external_node_os_ = __nccwpck_require__(8161);

var secrets = __nccwpck_require__(1113);

var workflow = __nccwpck_require__(3776);

var action_inputs = __nccwpck_require__(2181);

var external_node_fs_ = __nccwpck_require__(3024);
;






function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function readPayload(path, warn) {
    if (path === undefined || path === '')
        return {};
    if (!(0,external_node_fs_.existsSync)(path)) {
        warn(`GITHUB_EVENT_PATH ${path} does not exist`);
        return {};
    }
    const parsed = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    return isRecord(parsed) ? parsed : {};
}
function repositoryOf(env, payload) {
    const named = env.GITHUB_REPOSITORY;
    if (named !== undefined && named !== '') {
        const [owner = '', repo = ''] = named.split('/');
        return { owner, repo };
    }
    const repository = payload.repository;
    if (!isRecord(repository) || !isRecord(repository.owner))
        return undefined;
    const { login } = repository.owner;
    const { name } = repository;
    return typeof login === 'string' && typeof name === 'string' ? { owner: login, repo: name } : undefined;
}
function runContext(env, warn) {
    const payload = readPayload(env.GITHUB_EVENT_PATH, warn);
    return {
        eventName: env.GITHUB_EVENT_NAME,
        payload,
        ref: env.GITHUB_REF,
        repository: repositoryOf(env, payload),
        apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    };
}


var runner = __nccwpck_require__(7552);

var toolkit = __nccwpck_require__(7096);
;












const STEPS = {
    validate: async () => (await __nccwpck_require__.e( 286).then(__nccwpck_require__.bind(__nccwpck_require__, 7286))).validateStep,
    plan: async () => (await Promise.all( [__nccwpck_require__.e(372), __nccwpck_require__.e(734), __nccwpck_require__.e(980), __nccwpck_require__.e(93), __nccwpck_require__.e(526), __nccwpck_require__.e(51), __nccwpck_require__.e(918), __nccwpck_require__.e(459), __nccwpck_require__.e(0)]).then(__nccwpck_require__.bind(__nccwpck_require__, 0))).planStep,
    apply: async () => (await Promise.all( [__nccwpck_require__.e(372), __nccwpck_require__.e(734), __nccwpck_require__.e(980), __nccwpck_require__.e(93), __nccwpck_require__.e(526), __nccwpck_require__.e(51), __nccwpck_require__.e(918), __nccwpck_require__.e(608)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1608))).applyStep,
    export: async () => (await Promise.all( [__nccwpck_require__.e(372), __nccwpck_require__.e(734), __nccwpck_require__.e(980), __nccwpck_require__.e(93), __nccwpck_require__.e(986)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4986))).exportStep,
    doctor: async () => (await Promise.all( [__nccwpck_require__.e(734), __nccwpck_require__.e(190)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3190))).doctorStep,
    drift: async () => (await Promise.all( [__nccwpck_require__.e(372), __nccwpck_require__.e(734), __nccwpck_require__.e(980), __nccwpck_require__.e(93), __nccwpck_require__.e(526), __nccwpck_require__.e(51), __nccwpck_require__.e(459), __nccwpck_require__.e(291)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8291))).driftStep,
};
function optionalText(value) {
    return value === undefined || value === '' ? undefined : value;
}

function runIdOf(value) {
    const id = Number(value);
    return Number.isSafeInteger(id) && id > 0 ? id : undefined;
}
async function run() {


    const unsubscribe = (0,secrets .AF)((secret) => {
        (0,toolkit .Pq)(secret);
    });
    const controller = new AbortController();
    const interrupt = () => {
        controller.abort(new Error('interrupted'));
    };
    process.once('SIGINT', interrupt);
    process.once('SIGTERM', interrupt);
    try {
        const read = (0,action_inputs .WP)();
        for (const secret of (0,action_inputs .VX)(read))
            (0,secrets .cl)(secret);
        const inputs = (0,action_inputs .Ko)(read);
        const run = runContext(process.env, workflow .Rm);
        const step = {
            inputs,
            workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
            env: (0,action_inputs .wk)(inputs.jira),
            signal: controller.signal,
            ...run,
            tempDir: process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(),
            sha: optionalText(process.env.GITHUB_SHA),
            serverUrl: optionalText(process.env.GITHUB_SERVER_URL) ?? 'https://github.com',
            runId: runIdOf(process.env.GITHUB_RUN_ID),
        };
        const runStep = await STEPS[inputs.command]();
        await runStep(step);
    }
    catch (error) {
        (0,runner .fJ)((0,action_inputs .u1)(error));
    }
    finally {
        process.removeListener('SIGINT', interrupt);
        process.removeListener('SIGTERM', interrupt);
        unsubscribe();
    }
}


}),

7552:
((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {



__nccwpck_require__.d(__webpack_exports__, {
  cv: () => ( actionProgress),
  fz: () => ( annotate),
  fe: () => ( appendSummary),
  N4: () => ( endGroup),
  fJ: () => ( fail),
  pq: () => ( info),
  lm: () => ( notice),
  Oi: () => ( phase),
  ut: () => ( runLink),
  uH: () => ( setOutput),
  Oh: () => ( startGroup),
  $e: () => ( warning)
});


var secrets = __nccwpck_require__(1113);

var words = __nccwpck_require__(1788);
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


var order = __nccwpck_require__(4946);

var workflow = __nccwpck_require__(3776);

var inputs = __nccwpck_require__(2181);

var toolkit = __nccwpck_require__(7096);
;












function runLink(context) {
    const { serverUrl, runId, repository } = context;
    if (serverUrl === undefined || runId === undefined || repository === undefined)
        return undefined;
    const url = `${serverUrl.replace(/\/+$/, '')}/${encodeURIComponent(repository.owner)}/` +
        `${encodeURIComponent(repository.repo)}/actions/runs/${String(runId)}`;

    if (!/^https?:\/\/[^\s()<>[\]]+$/.test(url))
        return undefined;
    return `[workflow run ${String(runId)}](${url})`;
}

function actionProgress() {
    return progressView((text) => {
        for (const line of text.split('\n'))
            if (line !== '')
                info(line);
    }, { live: false });
}

function annotate(findings) {
    (0,workflow .fz)(findings);
    return (0,order .Gt)(findings);
}
function setOutput(name, value) {
    toolkit .uH(name, (0,secrets .E$)(String(value)));
}

function fail(message) {
    toolkit .C1((0,inputs .bh)(message));
}

function info(message) {
    (0,workflow .Rm)(message);
}

function warning(message) {
    (0,workflow .G5)('warning', message);
}

function notice(message, title) {
    (0,workflow .G5)('notice', message, [['title', title]]);
}

function startGroup(name) {
    (0,workflow .G5)('group', name);
}
function endGroup() {
    (0,workflow .G5)('endgroup', '');
}




async function appendSummary(markdown) {
    if (process.env.GITHUB_STEP_SUMMARY === undefined || process.env.GITHUB_STEP_SUMMARY === '')
        return;
    await toolkit .fe((0,secrets .E$)(`${markdown.replace(/\n*$/, '')}\n\n`));
}

async function phase(name, work) {
    startGroup(name);
    try {
        return await work();
    }
    finally {
        endGroup();
    }
}


}),

7096:
((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.d(__webpack_exports__, {
C1: () => ( setFailed),
LO: () => ( inputVariable),
Pq: () => ( setSecret),
fe: () => ( appendSummary),
uH: () => ( setOutput)
});

var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = __nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
var node_fs__WEBPACK_IMPORTED_MODULE_1___default = __nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1455);
var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = __nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
var node_os__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8161);
var node_os__WEBPACK_IMPORTED_MODULE_3___default = __nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
var _view_workflow_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(3776);













function inputVariable(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

function newDelimiter() {
    return `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
}





function keyValueMessage(name, value, delimiter = newDelimiter()) {
    if (name.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (value.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}${delimiter}`;
}





function setOutput(name, value, env = process.env) {
    const path = env.GITHUB_OUTPUT;
    if (path !== undefined && path !== '') {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(path))
            throw new Error(`Missing file at path: ${path}`);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(path, `${keyValueMessage(name, value)}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}`, { encoding: 'utf8' });
        return;
    }
    (0,_view_workflow_js__WEBPACK_IMPORTED_MODULE_4__/* .log */ .Rm)('');
    (0,_view_workflow_js__WEBPACK_IMPORTED_MODULE_4__/* .command */ .G5)('set-output', value, [['name', name]]);
}




async function appendSummary(text, env = process.env) {
    const path = env.GITHUB_STEP_SUMMARY;
    if (path === undefined || path === '') {
        throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
    }
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.access)(path, node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.constants.R_OK | node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.constants.W_OK);
    }
    catch {
        throw new Error(`Unable to access summary file: '${path}'. Check if the file has correct read/write permissions.`);
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.appendFile)(path, text, { encoding: 'utf8' });
}

function setSecret(secret) {
    (0,_view_workflow_js__WEBPACK_IMPORTED_MODULE_4__/* .mask */ .dK)(secret);
}

function setFailed(message) {
    process.exitCode = 1;
    (0,_view_workflow_js__WEBPACK_IMPORTED_MODULE_4__/* .command */ .G5)('error', message);
}


}),

9407:
((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
var _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2181);
var _action_main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(431);
var _util_heap_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6086);






(0,_util_heap_js__WEBPACK_IMPORTED_MODULE_2__/* .tuneHeapFor */ .uc)((0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .runnerInputReader */ .WP)()('command'));
await (0,_action_main_js__WEBPACK_IMPORTED_MODULE_1__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

}),

1113:
((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.d(__webpack_exports__, {
AF: () => ( onSecretRegistered),
E$: () => ( redact),
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

4946:
((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.d(__webpack_exports__, {
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

9629:
((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.d(__webpack_exports__, {
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

1788:
((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.d(__webpack_exports__, {
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


}),

3776:
((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.d(__webpack_exports__, {
G5: () => ( command),
Rm: () => ( log),
dK: () => ( mask),
fz: () => ( annotate)
});

var node_os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8161);
var node_os__WEBPACK_IMPORTED_MODULE_0___default = __nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
var _jira_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1113);
var _terminal_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9629);





















function emit(line) {
    process.stdout.write(`${line}${node_os__WEBPACK_IMPORTED_MODULE_0__.EOL}`);
}
const ZWSP = '\u200B';

function neutraliseCommands(text) {
    return text
        .split(/\r\n|\r|\n/)
        .map((line) => line.replace(/^(\s*)(:|#)(?=:|#\[)/, `$1$2${ZWSP}`))
        .join('\n');
}




function log(text) {
    for (const line of neutraliseCommands((0,_jira_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(text)).split('\n'))
        emit((0,_terminal_js__WEBPACK_IMPORTED_MODULE_2__/* .terminalSafe */ .kJ)(line, PLAIN));
}
const PLAIN = { colour: false, live: false };

function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function commandLine(name, message, properties = []) {
    const rendered = properties
        .filter((pair) => pair[1] !== undefined && pair[1] !== '')
        .map(([key, value]) => `${key}=${escapeProperty((0,_jira_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(String(value)))}`)
        .join(',');
    const text = (0,_jira_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(message)
        .split(/\r\n|\r|\n/)
        .map((line) => (0,_terminal_js__WEBPACK_IMPORTED_MODULE_2__/* .terminalSafe */ .kJ)(line, PLAIN))
        .join('\n');
    return `::${name}${rendered === '' ? '' : ` ${rendered}`}::${escapeData(text)}`;
}

function command(name, message, properties = []) {
    emit(commandLine(name, message, properties));
}




function mask(secret) {
    emit(`::add-mask::${escapeData(secret)}`);
}
const LEVELS = {
    error: 'error',
    warning: 'warning',
    info: 'notice',
};
function annotationFor(finding) {
    const properties = {
        file: finding.file,
        startLine: finding.line,
        startColumn: finding.column,
    };


    const already = finding.alreadyLive === true ? 'Already live in Jira, not blocking: ' : '';
    const headline = `${already}${finding.message} [${finding.ruleId}]`;
    const message = finding.hint === undefined ? headline : `${headline}\n${finding.hint}`;
    return { level: LEVELS[finding.severity], message, properties };
}






function annotationCommand(annotation, redactText = (text) => text) {
    const { properties } = annotation;
    const pairs = [
        ['file', properties.file === undefined ? undefined : redactText(properties.file)],
        ['line', properties.startLine],
        ['col', properties.startColumn],
    ];
    return commandLine(annotation.level, redactText(annotation.message), pairs);
}

function annotate(findings) {
    for (const finding of findings)
        emit(annotationCommand(annotationFor(finding), _jira_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$));
}


}),

2613:
((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

}),

4434:
((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

}),

9896:
((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

}),

8611:
((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

}),

5692:
((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

}),

9278:
((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

}),

4589:
((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

}),

6698:
((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

}),

4573:
((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

}),

7540:
((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

}),

7598:
((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

}),

3053:
((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

}),

610:
((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

}),

8474:
((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

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

2467:
((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

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

643:
((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

}),

1792:
((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

}),

99:
((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:sqlite");

}),

7075:
((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

}),

1692:
((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

}),

3136:
((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

}),

7975:
((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

}),

3429:
((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

}),

5919:
((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

}),

8522:
((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

}),

857:
((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

}),

3193:
((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

}),

4756:
((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

}),

1404:
((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

})

});


var __webpack_module_cache__ = {};


function __nccwpck_require__(moduleId) {

var cachedModule = __webpack_module_cache__[moduleId];
if (cachedModule !== undefined) {
return cachedModule.exports;
}

var module = __webpack_module_cache__[moduleId] = {
id: moduleId,
loaded: false,
exports: {}
};


var threw = true;
try {
__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
threw = false;
} finally {
if(threw) delete __webpack_module_cache__[moduleId];
}


module.loaded = true;


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
var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
var leafPrototypes;






__nccwpck_require__.t = function(value, mode) {
if(mode & 1) value = this(value);
if(mode & 8) return value;
if(typeof value === 'object' && value) {
if((mode & 4) && value.__esModule) return value;
if((mode & 16) && typeof value.then === 'function') return value;
}
var ns = Object.create(null);
__nccwpck_require__.r(ns);
var def = {};
leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
}
def['default'] = () => (value);
__nccwpck_require__.d(ns, def);
return ns;
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
__nccwpck_require__.nmd = (module) => {
module.paths = [];
if (!module.children) module.children = [];
return module;
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






var __webpack_exports__ = __nccwpck_require__(9407);
__webpack_exports__ = await __webpack_exports__;

