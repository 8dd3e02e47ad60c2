import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2181:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  bh: () => (/* binding */ forTheAction),
  u1: () => (/* binding */ getErrorMessage),
  Ho: () => (/* binding */ hasJiraCredentials),
  wk: () => (/* binding */ jiraEnvironment),
  Ko: () => (/* binding */ readInputs),
  WP: () => (/* binding */ runnerInputReader),
  VX: () => (/* binding */ secretValues)
});

// UNUSED EXPORTS: ACTION_COMMANDS

;// CONCATENATED MODULE: ./src/commands/access-setting.ts
/**
 * Whether a plan reads effective access (who gains and who loses). A module of its own, with no imports,
 * so the action can parse its input at start-up without loading the planner.
 */
/** The variable that sets effective access for every plan (the CLI's and the action's). */
const ACCESS_VARIABLE = 'JIRA_PERMS_ACCESS';
/** The values `JIRA_PERMS_ACCESS`, the action's `access` input and `plan --access` take. */
const ACCESS_VALUES = (/* unused pure expression or super */ null && (['on', 'full', 'off']));
/**
 * `JIRA_PERMS_ACCESS` (or the action's `access` input, or `plan --access`): `on`, or nothing, is the
 * default: every plan reports access, reading people within a budget and saying what it left out; `full`
 * reads every holder however many requests that takes; `off` leaves effective access out of the plan, so
 * it reads no group members or role actors; they are still read when the settings set `accessLimits`,
 * whose guardrail needs them (`limits`).
 */
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

;// CONCATENATED MODULE: ./src/jira/transport-variables.ts
/** The variables the transport reads (the action passes them from the step's environment). */
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

// EXTERNAL MODULE: ./src/action/toolkit.ts
var toolkit = __nccwpck_require__(7096);
;// CONCATENATED MODULE: ./src/action/inputs.ts
/**
 * Every input of the action, read once into one typed object. Reading goes through a `getInput`
 * function (the runner's `INPUT_<NAME>` variables by default) so the parsing is testable without a
 * runner. Secrets are registered with the runner's masker before anything else is parsed or printed.
 */



const ACTION_COMMANDS = ['validate', 'plan', 'apply', 'export', 'doctor', 'drift'];
/**
 * The runner's way: `INPUT_<NAME>` with spaces as `_`, upper-cased (hyphens stay). A variable spelt
 * with `_` for the hyphens (`INPUT_JIRA_URL`, as some hand-written workflows and scripts set it) is
 * read when the runner's spelling is absent.
 */
function runnerInputReader(env = process.env) {
    return (name) => {
        const variable = (0,toolkit/* inputVariable */.LO)(name);
        return (env[variable] ?? env[variable.replace(/-/g, '_')] ?? '').trim();
    };
}
function getErrorMessage(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'string')
        return error;
    // JSON.stringify has nothing to say about these (it answers undefined or throws).
    if (error === undefined || typeof error === 'function' || typeof error === 'symbol')
        return String(error);
    try {
        return JSON.stringify(error);
    }
    catch {
        // A cycle or a BigInt: say what kind of thing was thrown rather than nothing.
        return `a thrown ${typeof error} that cannot be printed`;
    }
}
function optional(value) {
    return value === '' ? undefined : value;
}
/** Reads an input, falling back to the step's environment variable (e.g. `env: JIRA_BASE_URL`). */
function withEnvFallback(read, name, env, variable) {
    return optional(read(name)) ?? optional((env[variable] ?? '').trim());
}
/** The secret values among the inputs, read raw so they can be masked before any parsing can fail. */
function secretValues(read, env = process.env) {
    const email = withEnvFallback(read, 'jira-email', env, 'JIRA_EMAIL');
    const apiToken = withEnvFallback(read, 'jira-api-token', env, 'JIRA_API_TOKEN');
    const bearer = withEnvFallback(read, 'jira-bearer-token', env, 'JIRA_BEARER_TOKEN');
    const github = withEnvFallback(read, 'github-token', env, 'GITHUB_TOKEN');
    const secrets = [];
    if (apiToken !== undefined) {
        secrets.push(apiToken);
        // The Authorization header carries base64(email:token): mask that spelling too.
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
/** YAML 1.2 core booleans, as `core.getBooleanInput` reads them, but with a default for an empty input. */
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
    // action.yml gives the default, so the runner always sets it: only another name is a choice.
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
        // action.yml defaults it to github.token; a run without that default may still have GITHUB_TOKEN.
        githubToken: withEnvFallback(read, 'github-token', env, 'GITHUB_TOKEN'),
        comment: booleanInput(read, 'comment', true),
        allowDelete: booleanInput(read, 'allow-delete', false),
        applyOnAnyBranch: booleanInput(read, 'apply-on-any-branch', false),
        planFile: optional(read('plan-file')),
        access: accessInput(withEnvFallback(read, 'access', env, ACCESS_VARIABLE)),
    };
}
const CONNECTION_VARIABLE = /\bJIRA_(?:BASE_URL|EMAIL|API_TOKEN|BEARER_TOKEN|API_VERSION|PERMS_TIMEOUT|PERMS_CONCURRENCY)\b/;
/**
 * The connection messages are written for the command line, in environment-variable names; in a
 * workflow the inputs are what people set, so a message that names a variable also names the inputs.
 */
function forTheAction(message) {
    if (!CONNECTION_VARIABLE.test(message))
        return message;
    return (`${message}\nIn the action, these come from the inputs jira-url, jira-email + jira-api-token or ` +
        'jira-bearer-token, jira-api-version, timeout and concurrency (or the same JIRA_* variables in the step env).');
}
/** True when the inputs hold a URL and a complete set of credentials (basic or bearer). */
function hasJiraCredentials(jira) {
    if (jira.url === undefined)
        return false;
    if (jira.bearerToken !== undefined)
        return true;
    return jira.email !== undefined && jira.apiToken !== undefined;
}
/**
 * The environment-shaped record the command line reads, so the action and the CLI share one
 * connection parser (`connectionFromEnv`). The step's proxy and transport variables pass through.
 */
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


/***/ }),

/***/ 431:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: ./src/jira/secrets.ts
var secrets = __nccwpck_require__(1113);
// EXTERNAL MODULE: ./src/view/workflow.ts
var workflow = __nccwpck_require__(3776);
// EXTERNAL MODULE: ./src/action/inputs.ts + 2 modules
var action_inputs = __nccwpck_require__(2181);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/action/context.ts
/**
 * The workflow run's context, read from the runner's environment as `@actions/github`'s `context` reads
 * it. Read here so the action does not load `@actions/github` (Octokit and its dependencies) at
 * start-up: only a step that posts a comment loads it.
 */

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

// EXTERNAL MODULE: ./src/action/runner.ts + 1 modules
var runner = __nccwpck_require__(7552);
// EXTERNAL MODULE: ./src/action/toolkit.ts
var toolkit = __nccwpck_require__(7096);
;// CONCATENATED MODULE: ./src/action/main.ts
/**
 * The action's entry: read the inputs once, mask the secrets before anything else, then run one
 * command step. The steps call the same typed command functions as the command line.
 */







/** Each command's step, loaded when it runs: a validate run never loads the Jira client or Octokit. */
const STEPS = {
    validate: async () => (await __nccwpck_require__.e(/* import() */ 286).then(__nccwpck_require__.bind(__nccwpck_require__, 7286))).validateStep,
    plan: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(372), __nccwpck_require__.e(734), __nccwpck_require__.e(980), __nccwpck_require__.e(93), __nccwpck_require__.e(526), __nccwpck_require__.e(8), __nccwpck_require__.e(918), __nccwpck_require__.e(459), __nccwpck_require__.e(0)]).then(__nccwpck_require__.bind(__nccwpck_require__, 0))).planStep,
    apply: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(372), __nccwpck_require__.e(734), __nccwpck_require__.e(980), __nccwpck_require__.e(93), __nccwpck_require__.e(526), __nccwpck_require__.e(8), __nccwpck_require__.e(918), __nccwpck_require__.e(608)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1608))).applyStep,
    export: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(372), __nccwpck_require__.e(734), __nccwpck_require__.e(980), __nccwpck_require__.e(93), __nccwpck_require__.e(986)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4986))).exportStep,
    doctor: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(734), __nccwpck_require__.e(190)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3190))).doctorStep,
    drift: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(372), __nccwpck_require__.e(734), __nccwpck_require__.e(980), __nccwpck_require__.e(93), __nccwpck_require__.e(526), __nccwpck_require__.e(8), __nccwpck_require__.e(459), __nccwpck_require__.e(291)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8291))).driftStep,
};
function optionalText(value) {
    return value === undefined || value === '' ? undefined : value;
}
/** The run's id (`GITHUB_RUN_ID`), for a link to the run. */
function runIdOf(value) {
    const id = Number(value);
    return Number.isSafeInteger(id) && id > 0 ? id : undefined;
}
async function run() {
    // Mask first: every secret the product registers (here, or later in the Jira client) reaches the
    // runner's masker before a line that could hold it is printed.
    const unsubscribe = (0,secrets/* onSecretRegistered */.AF)((secret) => {
        (0,toolkit/* setSecret */.Pq)(secret);
    });
    const controller = new AbortController();
    const interrupt = () => {
        controller.abort(new Error('interrupted'));
    };
    process.once('SIGINT', interrupt);
    process.once('SIGTERM', interrupt);
    try {
        const read = (0,action_inputs/* runnerInputReader */.WP)();
        for (const secret of (0,action_inputs/* secretValues */.VX)(read))
            (0,secrets/* registerSecret */.cl)(secret);
        const inputs = (0,action_inputs/* readInputs */.Ko)(read);
        const run = runContext(process.env, workflow/* log */.Rm);
        const step = {
            inputs,
            workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
            env: (0,action_inputs/* jiraEnvironment */.wk)(inputs.jira),
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
        (0,runner/* fail */.fJ)((0,action_inputs/* getErrorMessage */.u1)(error));
    }
    finally {
        process.removeListener('SIGINT', interrupt);
        process.removeListener('SIGTERM', interrupt);
        unsubscribe();
    }
}


/***/ }),

/***/ 7552:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  cv: () => (/* binding */ actionProgress),
  fz: () => (/* binding */ annotate),
  fe: () => (/* binding */ appendSummary),
  N4: () => (/* binding */ endGroup),
  fJ: () => (/* binding */ fail),
  pq: () => (/* binding */ info),
  lm: () => (/* binding */ notice),
  Oi: () => (/* binding */ phase),
  ut: () => (/* binding */ runLink),
  uH: () => (/* binding */ setOutput),
  Oh: () => (/* binding */ startGroup),
  $e: () => (/* binding */ warning)
});

// EXTERNAL MODULE: ./src/jira/secrets.ts
var secrets = __nccwpck_require__(1113);
// EXTERNAL MODULE: ./src/view/words.ts
var words = __nccwpck_require__(1788);
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

// EXTERNAL MODULE: ./src/validate/order.ts
var order = __nccwpck_require__(4946);
// EXTERNAL MODULE: ./src/view/workflow.ts
var workflow = __nccwpck_require__(3776);
// EXTERNAL MODULE: ./src/action/inputs.ts + 2 modules
var inputs = __nccwpck_require__(2181);
// EXTERNAL MODULE: ./src/action/toolkit.ts
var toolkit = __nccwpck_require__(7096);
;// CONCATENATED MODULE: ./src/action/runner.ts
/**
 * The runner-facing side effects every step shares: annotations, outputs, the job summary, log groups.
 * Log lines and workflow commands are written by `src/view/workflow.ts` (the one writer of stdout:
 * secrets redacted, injected commands neutralised); outputs and the summary are redacted here.
 */






/** `[workflow run 123](https://github.com/o/r/actions/runs/123)`, or undefined outside a runner. */
function runLink(context) {
    const { serverUrl, runId, repository } = context;
    if (serverUrl === undefined || runId === undefined || repository === undefined)
        return undefined;
    const url = `${serverUrl.replace(/\/+$/, '')}/${encodeURIComponent(repository.owner)}/` +
        `${encodeURIComponent(repository.repo)}/actions/runs/${String(runId)}`;
    // Only a plain http(s) URL without Markdown's link-ending characters becomes a link.
    if (!/^https?:\/\/[^\s()<>[\]]+$/.test(url))
        return undefined;
    return `[workflow run ${String(runId)}](${url})`;
}
/** Progress in the step log. */
function actionProgress() {
    return progressView((text) => {
        for (const line of text.split('\n'))
            if (line !== '')
                info(line);
    }, { live: false });
}
/** One annotation per finding, on its file and line; returns the counts. */
function annotate(findings) {
    (0,workflow/* annotate */.fz)(findings);
    return (0,order/* countFindings */.Gt)(findings);
}
function setOutput(name, value) {
    toolkit/* setOutput */.uH(name, (0,secrets/* redact */.E$)(String(value)));
}
/** Fails the step with this message (an error annotation; exit code 1). */
function fail(message) {
    toolkit/* setFailed */.C1((0,inputs/* forTheAction */.bh)(message));
}
/** A line (or lines) in the step log. */
function info(message) {
    (0,workflow/* log */.Rm)(message);
}
/** A warning annotation without a place. */
function warning(message) {
    (0,workflow/* command */.G5)('warning', message);
}
/** A notice annotation, with a title when given. */
function notice(message, title) {
    (0,workflow/* command */.G5)('notice', message, [['title', title]]);
}
/** Opens a collapsible group in the log (closed by `endGroup`). */
function startGroup(name) {
    (0,workflow/* command */.G5)('group', name);
}
function endGroup() {
    (0,workflow/* command */.G5)('endgroup', '');
}
/**
 * Appends Markdown to the job summary (a no-op outside a runner, where there is no summary file), as
 * its own block: it ends with a blank line, so the next section cannot run into it.
 */
async function appendSummary(markdown) {
    if (process.env.GITHUB_STEP_SUMMARY === undefined || process.env.GITHUB_STEP_SUMMARY === '')
        return;
    await toolkit/* appendSummary */.fe((0,secrets/* redact */.E$)(`${markdown.replace(/\n*$/, '')}\n\n`));
}
/** Runs `work` inside a collapsible log group; the group is closed even when `work` throws. */
async function phase(name, work) {
    startGroup(name);
    try {
        return await work();
    }
    finally {
        endGroup();
    }
}


/***/ }),

/***/ 7096:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   LO: () => (/* binding */ inputVariable),
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   fe: () => (/* binding */ appendSummary),
/* harmony export */   uH: () => (/* binding */ setOutput)
/* harmony export */ });
/* unused harmony exports newDelimiter, keyValueMessage */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _view_workflow_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(3776);
/**
 * What the action needs from the runner besides log lines: the inputs' variable names, outputs, the job
 * summary, masking and failing the step. `@actions/core` does the same, but importing it loads its
 * HTTP client (a whole undici) before the action can print its first line; these are the runner's
 * formats, as that package writes them (lib/core.js, lib/file-command.js, lib/summary.js), and nothing
 * else. Every stdout line goes through the one writer, `src/view/workflow.ts`.
 */





/** The variable the runner sets for an input: `INPUT_` and the name, spaces as `_`, upper-cased. */
function inputVariable(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
/** A fresh heredoc delimiter: random, so a value cannot end its own block. */
function newDelimiter() {
    return `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
}
/**
 * `name<<DELIMITER`, the value, `DELIMITER`: the runner's multi-line format for output and state files.
 * A name or value that holds the delimiter would end the block early and set other names, so it is
 * refused.
 */
function keyValueMessage(name, value, delimiter = newDelimiter()) {
    if (name.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (value.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}${delimiter}`;
}
/**
 * A step output (`steps.<id>.outputs.<name>`), appended to the runner's `GITHUB_OUTPUT` file, which the
 * runner must have created; outside a runner that gives the file, the older stdout command after a line
 * break (as `@actions/core`).
 */
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
/**
 * Appends text to the job summary file (`GITHUB_STEP_SUMMARY`) as it is. Like `core.summary.write()`, a
 * missing variable or a file the step cannot read and write is an error (the runner creates the file).
 */
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
/** Hides a value in the rest of the step's log. */
function setSecret(secret) {
    (0,_view_workflow_js__WEBPACK_IMPORTED_MODULE_4__/* .mask */ .dK)(secret);
}
/** Fails the step: an error annotation with the message, and exit code 1 when the process ends. */
function setFailed(message) {
    process.exitCode = 1;
    (0,_view_workflow_js__WEBPACK_IMPORTED_MODULE_4__/* .command */ .G5)('error', message);
}


/***/ }),

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2181);
/* harmony import */ var _action_main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(431);
/* harmony import */ var _util_heap_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3402);



// Before the step's code loads: the commands that read a whole site run with V8 settings of their own
// (src/util/heap.ts).
(0,_util_heap_js__WEBPACK_IMPORTED_MODULE_2__/* .tuneHeapFor */ .uc)((0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .runnerInputReader */ .WP)()('command'));
await (0,_action_main_js__WEBPACK_IMPORTED_MODULE_1__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1113:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AF: () => (/* binding */ onSecretRegistered),
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   cl: () => (/* binding */ registerSecret)
/* harmony export */ });
/* unused harmony exports redactingWriter, clearSecretsForTesting */
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

/***/ 4946:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ compareFindings),
/* harmony export */   Gt: () => (/* binding */ countFindings),
/* harmony export */   Tc: () => (/* binding */ sortFindings),
/* harmony export */   UF: () => (/* binding */ compareCodeUnits)
/* harmony export */ });
const SEVERITY_RANK = { error: 0, warning: 1, info: 2 };
function compareCodeUnits(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Stable order for findings: by file, line, column, then severity, rule and message. */
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


/***/ }),

/***/ 9629:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hk: () => (/* binding */ safeText),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   kJ: () => (/* binding */ terminalSafe)
/* harmony export */ });
/* unused harmony export safeLines */
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

/***/ 1788:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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


/***/ }),

/***/ 3776:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G5: () => (/* binding */ command),
/* harmony export */   Rm: () => (/* binding */ log),
/* harmony export */   dK: () => (/* binding */ mask),
/* harmony export */   fz: () => (/* binding */ annotate)
/* harmony export */ });
/* unused harmony exports neutraliseCommands, escapeData, escapeProperty, commandLine, annotationFor, annotationCommand */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _jira_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1113);
/* harmony import */ var _terminal_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9629);
/**
 * The action's log, as the runner reads it. Every line the action writes to stdout is written here, by
 * `emit`, and only two kinds exist:
 * - log lines (`log`): text that may hold names and messages from the files or from Jira. The runner
 *   treats a line starting with `::` (or the older `##[`) as a workflow command, so any such line, at the
 *   start of the text or after any line break (`\n`, `\r`), is neutralised: a zero-width space goes
 *   between its first two characters. It reads the same and commands nothing.
 * - workflow commands (`command`): annotations, groups, warnings, the failure. Their message and
 *   property values are escaped as the runner expects (`%`, `\r`, `\n`, and `:` `,` in properties), so a
 *   file named `x\n::stop-commands::zzz` stays inside its annotation.
 * Both redact secrets first, and show control characters in text (ESC, OSC, BEL, U+202E) as `\uXXXX`;
 * a file property keeps its exact name, escaped, so the annotation lands on the file. (Masking itself,
 * `::add-mask::`, is the one exception: a mask must carry the secret, so it is escaped but not redacted.)
 *
 * The formats are the runner's, as `@actions/core` writes them (lib/command.js), written here so the
 * action does not load that package (and the HTTP client it brings) before its first line.
 */



/** The one writer of the action's stdout. */
function emit(line) {
    process.stdout.write(`${line}${node_os__WEBPACK_IMPORTED_MODULE_0__.EOL}`);
}
const ZWSP = '\u200B';
/** Every line of `text` that the runner would read as a command, made inert. */
function neutraliseCommands(text) {
    return text
        .split(/\r\n|\r|\n/)
        .map((line) => line.replace(/^(\s*)(:|#)(?=:|#\[)/, `$1$2${ZWSP}`))
        .join('\n');
}
/**
 * Log lines: redacted, commands neutralised, control characters shown as `\uXXXX` (the log viewer
 * reads ANSI sequences, so a name could recolour, hide or link text), one `emit` per line.
 */
function log(text) {
    for (const line of neutraliseCommands((0,_jira_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(text)).split('\n'))
        emit((0,_terminal_js__WEBPACK_IMPORTED_MODULE_2__/* .terminalSafe */ .kJ)(line, PLAIN));
}
const PLAIN = { colour: false, live: false };
/** The runner's escaping of a command's message (as `@actions/core` does it). */
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** The runner's escaping of a command property value. */
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** `::name k=v,k=v::message`, every part redacted and escaped. */
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
/** Writes one workflow command. */
function command(name, message, properties = []) {
    emit(commandLine(name, message, properties));
}
/**
 * Registers a secret with the runner's masker (`::add-mask::`): the runner consumes the line and hides
 * the value in the rest of the log. The value is escaped like any message, never redacted.
 */
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
    // The rule id closes the first line (there is no title: see annotationCommand); the hint follows.
    // An error already live in Jira is a warning annotation (not a failure) that says why.
    const already = finding.alreadyLive === true ? 'Already live in Jira, not blocking: ' : '';
    const headline = `${already}${finding.message} [${finding.ruleId}]`;
    const message = finding.hint === undefined ? headline : `${headline}\n${finding.hint}`;
    return { level: LEVELS[finding.severity], message, properties };
}
/**
 * The workflow command line for an annotation, in the form GitHub documents:
 * `::error file=F,line=L,col=C::message`. Written here rather than by `core.error`, which puts a
 * `title` first and end positions after `col`: tools and people that read the log (and grep it) expect
 * the location right after the level, and nothing between `col` and the message.
 */
function annotationCommand(annotation, redactText = (text) => text) {
    const { properties } = annotation;
    const pairs = [
        ['file', properties.file === undefined ? undefined : redactText(properties.file)],
        ['line', properties.startLine],
        ['col', properties.startColumn],
    ];
    return commandLine(annotation.level, redactText(annotation.message), pairs);
}
/** Annotates every finding on its file and line. */
function annotate(findings) {
    for (const finding of findings)
        emit(annotationCommand(annotationFor(finding), _jira_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$));
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

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

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

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

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 1404:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

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
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
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
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
