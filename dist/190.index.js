export const id = 190;
export const ids = [190];
export const modules = {

3190:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


__webpack_require__.r(__webpack_exports__);


__webpack_require__.d(__webpack_exports__, {
  doctorStep: () => ( doctorStep)
});


var jira_connection = __webpack_require__(3378);

var jira_transport = __webpack_require__(1665);

var deployment = __webpack_require__(4789);

var diagnostics = __webpack_require__(9960);

var errors = __webpack_require__(6353);

var secrets = __webpack_require__(1113);

var failure = __webpack_require__(4974);
;














const PROBE_SCHEME_ID = Number.MAX_SAFE_INTEGER;
function refused(error) {
    return error instanceof errors .Dd && (error.status === 401 || error.status === 403);
}
async function probe(call) {
    try {
        await call();
        return { kind: 'allowed' };
    }
    catch (error) {
        if (refused(error))
            return { kind: 'refused', error };
        if (error instanceof errors .Dd && (error.status === 404 || error.status === 400))
            return { kind: 'allowed' };
        return { kind: 'failed', error };
    }
}
function failed(what, error, extra = '') {
    const said = error instanceof errors .Dd && error.jiraMessage !== undefined ? ` (Jira said: ${error.jiraMessage})` : '';
    const detail = error instanceof errors .Dd
        ? `${what}: ${error.call}: ${error.summary}${said}${extra}`
        : `${what}: ${(0,errors .gJ)(error)}${extra}`;
    const result = { status: 'fail', detail };
    if (error instanceof errors .Dd) {
        if (error.fixes.length > 0)
            result.fix = error.fixes.join('\n');
        if (error.needs !== undefined)
            result.needs = error.needs;
    }
    return result;
}
function refusal(write, del) {
    const status = (outcome) => outcome.kind === 'refused' ? String(outcome.error.status) : 'allowed';
    const answers = `PUT: ${status(write)}, DELETE: ${status(del)}`;
    const nothing = 'Nothing was created.';
    const fixes = [];
    const needs = [];
    if (write.kind === 'refused') {
        fixes.push((0,failure .rK)());
        if (write.error.needs !== undefined)
            needs.push(write.error.needs);
    }
    if (del.kind === 'refused') {
        fixes.push((0,failure .RU)('scheme'));
        if (del.error.needs !== undefined)
            needs.push(del.error.needs);
    }
    let detail;
    if (write.kind === 'refused' && del.kind === 'refused') {
        detail = `the token may neither write nor delete permission schemes (${answers}): apply cannot change anything. ${nothing}`;
    }
    else if (write.kind === 'refused') {
        detail = `the token may not write permission schemes (${answers}): apply cannot create schemes or add grants. ${nothing}`;
    }
    else {
        detail =
            `the token may write but not delete permission schemes (${answers}): apply would add grants, then stop at the first removal. ` +
                `${nothing} (a throwaway scheme it could not delete would have stayed behind)`;
    }
    return {
        status: 'fail',
        detail,
        fix: fixes.join('\n'),
        ...(needs.length > 0 ? { needs: needs.join('; ') } : {}),
    };
}
const LEFT_BEHIND_FIX = 'Delete it in Jira (Settings \u2192 Issues \u2192 Permission schemes) or with a token that may delete; no project uses it.';

async function cleanUpByName(writer, name) {
    try {
        const found = (await writer.listPermissionSchemes()).filter((scheme) => scheme.name === name);
        for (const scheme of found)
            await writer.deletePermissionScheme(scheme.id);
        return found.length === 0 ? ' It was not created.' : ' It was created after all, and is deleted again.';
    }
    catch (error) {
        return ` Whether it was created is unknown (${(0,errors .gJ)(error)}): look for "${name}" in Jira and delete it.`;
    }
}
async function runWriteCheck(writer, now) {
    const name = `jira-perms doctor check ${now.toISOString().replace(/\.\d+Z$/, 'Z')}`;
    const write = await probe(() => writer.updatePermissionSchemeDetails(PROBE_SCHEME_ID, { name }));
    if (write.kind === 'failed')
        return failed('the write probe failed', write.error, ' Nothing was created.');
    const del = await probe(() => writer.deletePermissionScheme(PROBE_SCHEME_ID));
    if (del.kind === 'failed')
        return failed('the delete probe failed', del.error, ' Nothing was created.');
    if (write.kind === 'refused' || del.kind === 'refused')
        return refusal(write, del);
    let id;
    try {
        const created = await writer.createPermissionScheme({
            name,
            description: 'Made by jira-perms doctor --write-check to prove write and delete access, and deleted at once.',
            grants: [],
        });
        id = created.id;
    }
    catch (error) {
        if (refused(error))
            return refusal({ kind: 'refused', error }, del);
        const unknown = error instanceof errors .Dd && error.outcome === 'unknown';
        return failed(`creating the throwaway scheme "${name}" failed`, error, unknown ? await cleanUpByName(writer, name) : ' Nothing was created.');
    }
    try {
        await writer.deletePermissionScheme(id);
    }
    catch (error) {
        const gone = error instanceof errors .Dd &&
            error.outcome === 'unknown' &&
            (await writer.getPermissionScheme(id).catch(() => null)) === undefined;
        if (!gone) {
            const result = failed(`created the throwaway scheme "${name}" (id ${String(id)}) but could not delete it`, error, ' It is left behind.');
            result.fix = [LEFT_BEHIND_FIX, result.fix ?? ''].filter((line) => line !== '').join('\n');
            return result;
        }
    }
    const still = await writer.getPermissionScheme(id).catch(() => null);
    if (still !== undefined) {
        return {
            status: 'fail',
            detail: `deleted the throwaway scheme "${name}" (id ${String(id)}), but ${still === null ? 'could not read it back' : 'Jira still lists it'}`,
            fix: LEFT_BEHIND_FIX,
        };
    }
    return {
        status: 'pass',
        detail: `created and deleted the throwaway scheme "${name}" (id ${String(id)}): the token may write and delete permission schemes`,
    };
}

;








const TITLES = {
    configuration: 'connection settings',
    site: 'site reachable',
    'api-version': 'API version',
    credential: 'credential',
    'administer-jira': 'Administer Jira',
    'read-schemes': 'permission schemes',
    'write-access': 'write and delete',
    'rate-limit': 'rate-limit headroom',
};
function check(id, status, detail, fix) {
    const result = { id, title: TITLES[id], status, detail: (0,secrets .E$)(detail) };
    if (fix !== undefined && fix !== '')
        result.fix = (0,secrets .E$)(fix);
    return result;
}
function doctor_failure(id, error) {
    if (error instanceof errors .Dd) {
        const said = error.jiraMessage !== undefined ? ` (Jira said: ${error.jiraMessage})` : '';
        const result = check(id, 'fail', `${error.call}: ${error.summary}${said}`, error.fixes.join('\n'));
        if (error.needs !== undefined)
            result.needs = (0,secrets .E$)(error.needs);
        return result;
    }
    return check(id, 'fail', (0,errors .gJ)(error));
}

function unreachable(error) {
    return (error instanceof errors .Dd &&
        ['dns', 'tls', 'refused', 'network', 'timeout', 'deadline', 'aborted', 'redirect', 'html'].includes(error.kind));
}
function describeRateLimit(info) {
    if (info === undefined) {
        return check('rate-limit', 'pass', 'no rate-limit headers in the answers (no limit announced, or far from it)');
    }
    const parts = [];
    if (info.remaining !== undefined && info.limit !== undefined) {
        parts.push(`${String(info.remaining)} of ${String(info.limit)} requests left`);
    }
    else if (info.remaining !== undefined)
        parts.push(`${String(info.remaining)} requests left`);
    if (info.reset !== undefined)
        parts.push(`resets ${info.reset}`);
    if (info.reason !== undefined)
        parts.push(`reason ${info.reason}`);
    const detail = parts.length > 0 ? parts.join(', ') : 'rate-limit headers present';
    const low = info.nearLimit === true ||
        (info.remaining !== undefined &&
            info.limit !== undefined &&
            info.limit > 0 &&
            info.remaining / info.limit < 0.1);
    if (low) {
        return check('rate-limit', 'warn', `close to the rate limit: ${detail}`, 'Wait before running plan or apply, or run fewer jobs against this site at once; the client retries after 429 but has a retry budget per run.');
    }
    return check('rate-limit', 'pass', detail);
}

function settingsCheck(connection) {
    const credential = connection.auth.kind === 'basic'
        ? 'JIRA_EMAIL + JIRA_API_TOKEN (basic auth)'
        : 'JIRA_BEARER_TOKEN (bearer)';
    const version = connection.apiVersionFromEnv === undefined
        ? 'JIRA_API_VERSION unset'
        : `JIRA_API_VERSION ${connection.apiVersionFromEnv}`;
    const transport = connection.transport ?? {};
    const proxy = (0,jira_transport .iJ)(new URL(connection.baseUrl), transport.proxy);
    const route = proxy !== undefined
        ? `through the proxy ${(0,jira_transport .GK)(proxy)}`
        : transport.proxy !== undefined
            ? 'directly (NO_PROXY, or no proxy for this scheme)'
            : 'directly (no proxy set)';
    const limits = `timeout ${(0,diagnostics .p0)(transport.requestTimeoutMs ?? jira_transport .KU * 1000)} per request, ` +
        `at most ${String(transport.maxConcurrency ?? jira_transport .WH)} requests in flight`;
    const settings = `${credential}, ${version}; ${limits}; ${route}`;
    const security = (0,jira_connection .or)(connection.baseUrl);
    if (security === 'http-allowed') {
        return check('configuration', 'warn', `${settings}; plain http allowed by JIRA_ALLOW_HTTP=1: the credential crosses the network in clear`, 'Use https:// for anything but a lab; unset JIRA_ALLOW_HTTP.');
    }
    const how = security === 'https'
        ? 'https'
        : 'plain http to a loopback host (the built-in simulator; other hosts need https)';
    return check('configuration', 'pass', `${settings}; ${how}`);
}

function deploymentCheck(info, server) {
    const found = server?.deploymentType;
    const jira = `${(0,deployment .pC)(info.deployment)}${server?.version !== undefined ? ` ${server.version}` : ''}`;
    const rest = `REST ${info.apiVersion}`;
    if (found !== undefined && !(0,deployment .N)(found) && info.deployment !== 'data-center') {
        return check('api-version', 'fail', `serverInfo says ${found} (Data Center), which serves REST 2 only, but REST ${info.apiVersion} is set`, 'Set JIRA_API_VERSION=2, or leave it unset: Data Center is detected from serverInfo.');
    }
    const how = {
        url: 'an Atlassian Cloud address',
        'api-version': 'JIRA_API_VERSION=3, which only Cloud serves',
        'server-info': `serverInfo's deploymentType "${found ?? ''}"`,
        assumed: `assumed: ${info.problem ?? 'serverInfo could not be read'}`,
    };
    const semantics = info.deployment === 'data-center'
        ? 'user keys and group names'
        : info.apiVersion === '2'
            ? "Cloud's account ids and group ids, over REST 2"
            : 'account ids and group ids';
    const detail = `${jira} (from ${how[info.source]}), ${rest}: ${semantics}`;
    if (info.source === 'assumed') {
        return check('api-version', 'warn', detail, 'Set JIRA_API_VERSION (3 for Jira Cloud, 2 for Data Center) if the guess is wrong.');
    }
    return check('api-version', 'pass', detail);
}

function credentialSkip(error) {
    if (!(error instanceof errors .Dd))
        return 'skipped: the credential check failed (see above)';
    if (error.status === 401)
        return 'skipped: the credential was not accepted';
    if (error.status === 403)
        return 'skipped: the credential may not read its own account (see above)';
    if (error.status === 404)
        return 'skipped: this address answered 404 for the Jira REST API (see above): check JIRA_BASE_URL';
    return 'skipped: the credential could not be checked (see above)';
}
const WRITE_NOT_CHECKED = 'not checked: write and delete access were not tested. jira-perms doctor --write-check proves them by creating and deleting a throwaway scheme; scoped API tokens and OAuth tokens may lack them.';

async function runDoctor(options, deps) {
    const checks = [];
    let connection;
    try {
        connection = deps.jira.connection();
    }
    catch (error) {
        if (!(error instanceof jira_connection .DQ))
            throw error;
        checks.push(check('configuration', 'fail', error.message));
        return { ok: false, checks };
    }
    let described = (0,jira_connection .If)(connection);
    checks.push(settingsCheck(connection));
    const clientOptions = {
        requestTimeoutMs: 15_000,
        runDeadlineMs: 120_000,
        retry: { maxAttempts: 2, budget: 4 },
        signal: deps.signal,
    };
    const client = deps.jira.prober(clientOptions);
    const skipRest = (from) => {
        for (const id of from)
            checks.push(check(id, 'skip', 'skipped: the site could not be reached'));
    };

    let server;
    try {
        server = await client.getServerInfo();
        checks.push(check('site', 'pass', `answered at ${connection.baseUrl}`));
    }
    catch (error) {
        if (unreachable(error)) {
            checks.push(doctor_failure('site', error));
            skipRest(['api-version', 'credential', 'administer-jira', 'read-schemes', 'rate-limit']);
            return { ok: false, connection: described, checks };
        }
        checks.push(check('site', 'pass', `answered at ${connection.baseUrl}`));
    }
    try {
        const info = await client.deploymentInfo();
        described = (0,jira_connection .If)(connection, info);
        checks.push(deploymentCheck(info, server));
    }
    catch (error) {
        checks.push(doctor_failure('api-version', error));
    }

    let credentialError;
    try {
        const me = await client.getMyself();
        const name = me.displayName ?? me.accountId;
        const email = me.emailAddress !== undefined ? ` <${me.emailAddress}>` : '';
        if (!me.active) {
            checks.push(check('credential', 'fail', `${name}${email} (${me.accountId}) is deactivated`, 'Use a token of an active account.'));
        }
        else {
            checks.push(check('credential', 'pass', `authenticated as ${name}${email} (${me.accountId})`));
        }
    }
    catch (error) {
        credentialError = error;
        checks.push(doctor_failure('credential', error));
    }
    if (credentialError !== undefined) {
        for (const id of ['administer-jira', 'read-schemes']) {
            checks.push(check(id, 'skip', credentialSkip(credentialError)));
        }
        checks.push(describeRateLimit(client.rateLimit));
        return { ok: false, connection: described, checks };
    }
    try {
        const permissions = await client.getMyPermissions(['ADMINISTER']);
        if (permissions.get('ADMINISTER') === true) {
            checks.push(check('administer-jira', 'pass', 'held: apply may change permission schemes'));
        }
        else {
            checks.push(check('administer-jira', 'fail', 'not held: apply cannot change permission schemes, and project roles cannot be listed to resolve names', 'Add the account to a group with the Administer Jira global permission (Settings \u2192 System \u2192 Global permissions).'));
        }
    }
    catch (error) {
        checks.push(doctor_failure('administer-jira', error));
    }
    try {
        const schemes = await client.listPermissionSchemes();
        const grants = schemes.reduce((sum, scheme) => sum + scheme.grants.length, 0);
        checks.push(check('read-schemes', 'pass', `readable: ${String(schemes.length)} schemes, ${String(grants)} grants`));
    }
    catch (error) {
        checks.push(doctor_failure('read-schemes', error));
    }
    if (options.writeCheck === true) {
        try {
            const writer = deps.jira.writer(clientOptions);
            const result = await runWriteCheck(writer, deps.clock());
            const entry = check('write-access', result.status, result.detail, result.fix);
            if (result.needs !== undefined)
                entry.needs = (0,secrets .E$)(result.needs);
            checks.push(entry);
        }
        catch (error) {
            checks.push(doctor_failure('write-access', error));
        }
    }
    else {
        checks.push(check('write-access', 'skip', WRITE_NOT_CHECKED));
    }
    checks.push(describeRateLimit(client.rateLimit));
    return { ok: checks.every((entry) => entry.status !== 'fail'), connection: described, checks };
}


var markdown = __webpack_require__(8604);

var terminal = __webpack_require__(9629);
;



const MARKS = {
    pass: 'ok  ',
    warn: 'warn',
    fail: 'FAIL',
    skip: 'skip',
};
function renderDoctor(result) {
    const width = Math.max(...result.checks.map((entry) => entry.title.length));
    const lines = [];
    if (result.connection !== undefined)
        lines.push(`Checking ${safeText(result.connection)}`);
    for (const entry of result.checks) {
        lines.push(`${MARKS[entry.status]}  ${entry.title.padEnd(width)}  ${safeLines(entry.detail)}`);
        if (entry.status === 'fail' || entry.status === 'warn') {
            const indent = ' '.repeat(6 + width + 2);
            if (entry.needs !== undefined)
                lines.push(`${indent}needs: ${safeText(entry.needs)}`);
            for (const [index, line] of (entry.fix ?? '')
                .split('\n')
                .filter((text) => text !== '')
                .entries()) {
                lines.push(`${indent}${index === 0 ? 'fix:   ' : '       '}${safeText(line)}`);
            }
        }
    }
    lines.push(doctorVerdict(result));
    const writeAccess = result.checks.find((entry) => entry.id === 'write-access');
    if (writeAccess?.status === 'skip' && result.checks.every((entry) => entry.status !== 'fail')) {
        lines.push('Write and delete access were not checked: run jira-perms doctor --write-check to prove them.');
    }
    return `${lines.join('\n')}\n`;
}

function doctorVerdict(result) {
    const failed = result.checks.filter((entry) => entry.status === 'fail').length;
    const warned = result.checks.filter((entry) => entry.status === 'warn').length;
    if (failed > 0)
        return `${plural(failed, 'check')} failed.`;
    return `All checks passed${warned > 0 ? ` (${plural(warned, 'warning')})` : ''}.`;
}
const ICON = { pass: '\u2705', warn: '\u26a0\ufe0f', fail: '\u274c', skip: '\u23ed\ufe0f' };

function doctorCheckLine(check) {
    return `${ICON[check.status]} ${check.title}: ${check.detail}`;
}

function doctorMarkdown(result) {
    return [
        '## Doctor',
        '',
        ...(result.connection === undefined ? [] : [`Connection: ${(0,markdown .FV)(result.connection)}`, '']),
        '| | check | result | fix |',
        '|---|---|---|---|',
        ...result.checks.map((check) => `| ${ICON[check.status]} | ${(0,markdown .FV)(check.title)} | ${(0,markdown .FV)(check.detail)} | ${(0,markdown .FV)(check.fix ?? '')} |`),
        '',
    ].join('\n');
}


var words = __webpack_require__(1788);

var runner = __webpack_require__(7552);

var deps = __webpack_require__(2734);
;






async function doctorStep(context) {
    const result = await (0,runner .Oi)('Check the Jira connection and access', () => runDoctor({}, (0,deps.actionDeps)(context)));
    if (result.connection !== undefined)
        (0,runner .pq)(`Connection: ${result.connection}`);
    for (const check of result.checks) {
        (0,runner .pq)(doctorCheckLine(check));
        if (check.fix !== undefined && (check.status === 'fail' || check.status === 'warn')) {
            for (const line of check.fix.split('\n'))
                (0,runner .pq)(`     ${line}`);
        }
        if (check.status === 'warn')
            (0,runner .$e)(`${check.title}: ${check.detail}`);
    }
    await (0,runner .fe)(doctorMarkdown(result));
    if (!result.ok) {
        const failed = result.checks.filter((check) => check.status === 'fail');

        const reasons = failed.map((check) => `${check.title} (${check.detail.split('\n')[0] ?? ''})`);
        (0,runner .fJ)(`doctor: ${(0,words .LS)(failed.length, 'check')} failed: ${reasons.join(', ')}`);
    }
}


}),

4974:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
JX: () => ( assignAccessHint),
OC: () => ( InterruptedInFlight),
RU: () => ( deleteAccessHint),
XE: () => ( classifyFailure),
i7: () => ( deleteRefusedSummary),
rK: () => ( writeAccessHint)
});

class InterruptedInFlight extends Error {
    constructor() {
        super('interrupted while the request was in flight; its outcome is unknown');
        this.name = 'InterruptedInFlight';
    }
}
function isRecord(value) {
    return typeof value === 'object' && value !== null;
}
const OUTCOMES = ['not-sent', 'rejected', 'unknown'];




function classifyFailure(error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!isRecord(error))
        return { outcome: 'unknown', message };
    const outcome = typeof error.outcome === 'string' && OUTCOMES.includes(error.outcome) ? error.outcome : 'unknown';


    const concise = typeof error.summary === 'string' && error.summary !== ''
        ? `${error.summary}${typeof error.jiraMessage === 'string' && error.jiraMessage !== '' ? ` Jira said: ${error.jiraMessage}` : ''}`
        : message;
    const failure = { outcome: outcome, message: concise };
    if (typeof error.status === 'number')
        failure.status = error.status;
    return failure;
}

const DELETE_REFUSED = 'the token lacks delete access';




function deleteAccessHint(kind) {
    const scope = kind === 'grant' ? 'delete:permission:jira' : 'delete:permission-scheme:jira';
    return (`${DELETE_REFUSED}: Jira refused the ${kind === 'grant' ? 'grant removal' : 'scheme deletion'} (403). ` +
        `Give the token the Delete category: for an OAuth 2.0 or TWG CLI token, allow ${scope} ` +
        `(Atlassian Administration > Rovo > Teamwork Graph CLI > Permissions > Delete, or the app's scopes; ` +
        `the classic scope manage:jira-configuration also covers it); for an API token, the user needs the ` +
        `Administer Jira global permission. Then run apply again.`);
}

function writeAccessHint() {
    return ('the token lacks write access (403). Give it the Write and manage category: for an OAuth 2.0 or TWG CLI ' +
        'token, allow write:permission-scheme:jira and write:permission:jira (or the classic ' +
        'manage:jira-configuration); for an API token, the user needs the Administer Jira global permission.');
}

function assignAccessHint() {
    return ('Jira refused to assign the permission scheme to the project (403). It needs the Administer Jira ' +
        'global permission; an OAuth 2.0 or TWG CLI token also needs manage:jira-project (granular: ' +
        'write:project:jira). On Jira Free plans permission schemes cannot be assigned at all.');
}
const NOUNS = {
    'create-scheme': ['scheme created', 'schemes created'],
    'update-scheme': ['scheme renamed or redescribed', 'schemes renamed or redescribed'],
    'add-grant': ['grant added', 'grants added'],
    'remove-grant': ['grant removal', 'grant removals'],
    'delete-scheme': ['scheme deletion', 'scheme deletions'],
    'assign-project': ['project moved onto its scheme', 'projects moved onto their schemes'],
};
function countByAction(entries) {
    const counts = new Map();
    for (const entry of entries)
        counts.set(entry.action, (counts.get(entry.action) ?? 0) + 1);
    return [...counts]
        .map(([action, count]) => `${String(count)} ${NOUNS[action][count === 1 ? 0 : 1]}`)
        .join(', ');
}





function deleteRefusedSummary(entries) {
    const failed = entries.filter((entry) => entry.result === 'failed');
    const refusedDeletes = failed.filter((entry) => (entry.action === 'remove-grant' || entry.action === 'delete-scheme') &&
        entry.detail?.startsWith(DELETE_REFUSED) === true);
    if (refusedDeletes.length === 0 || refusedDeletes.length !== failed.length)
        return undefined;
    const done = entries.filter((entry) => entry.result === 'done');
    const left = entries.filter((entry) => entry.result !== 'done');
    return (`Apply stopped: the token may not delete, so Jira refused the removals (403). ` +
        `Done: ${done.length > 0 ? countByAction(done) : 'nothing'}. Left: ${countByAction(left)}; ` +
        'Jira has the new grants and still the old ones, so nobody lost access. ' +
        'Run apply again with a token that may delete (the Delete category: delete:permission:jira and ' +
        'delete:permission-scheme:jira, or manage:jira-configuration; for an API token, an account with ' +
        'Administer Jira): it re-reads Jira and finishes the job.');
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
