export const id = 51;
export const ids = [51];
export const modules = {

1151:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
Ql: () => ( commentMarker),
_4: () => ( GITHUB_COMMENT_LIMIT),
nA: () => ( contentBudget),
oR: () => ( composeCommentBody),
rA: () => ( findOwnComment)
});









const MARKER_PREFIX = '<!-- jira-permissions-as-code:plan';

const GITHUB_COMMENT_LIMIT = 65_536;
const DEFAULT_SETTINGS_PATH = '.jira-permissions.yml';

function attribute(name, value) {
    return ` ${name}=${encodeURIComponent(value)}`;
}
function commentMarker(key) {
    let marker = MARKER_PREFIX;
    if (key.path !== undefined && key.path !== '')
        marker += attribute('path', key.path);
    if (key.settings !== undefined && key.settings !== DEFAULT_SETTINGS_PATH) {
        marker += attribute('settings', key.settings);
    }
    return `${marker} -->`;
}
const ACTIONS_BOT_LOGIN = 'github-actions[bot]';
function firstLine(body) {
    const end = body.indexOf('\n');
    return end === -1 ? body : body.slice(0, end);
}

function isBot(user) {
    return user.type === 'Bot' || user.login.toLowerCase().endsWith('[bot]');
}
function isOurs(comment, identity) {
    if (identity.kind === 'unknown')
        return true;
    const user = comment.user;
    if (user === undefined || user === null)
        return false;
    if (identity.kind === 'login')
        return user.login.toLowerCase() === identity.login.toLowerCase();
    return isBot(user);
}

function findOwnComment(comments, marker, identity) {
    const candidates = comments.filter((comment) => typeof comment.body === 'string' && firstLine(comment.body).trim() === marker);
    const ours = candidates.filter((comment) => isOurs(comment, identity));
    if (identity.kind === 'bot' || identity.kind === 'unknown') {
        const actionsBot = ours.find((comment) => comment.user?.login === ACTIONS_BOT_LOGIN);
        if (actionsBot !== undefined)
            return actionsBot;
    }
    if (identity.kind === 'unknown') {
        const bot = ours.find((comment) => comment.user !== undefined && comment.user !== null && isBot(comment.user));
        if (bot !== undefined)
            return bot;
    }
    return ours[0];
}
const TRUNCATION_NOTICE = "\n\n> [!WARNING]\n> This comment was cut to fit GitHub's comment size limit. The full plan is in the " +
    "workflow run's job summary and in its plan file.\n";




function composeCommentBody(marker, content, limit = GITHUB_COMMENT_LIMIT) {
    const body = `${marker}\n${content.endsWith('\n') ? content : `${content}\n`}`;
    if (body.length < limit)
        return body;
    const room = limit - 1 - TRUNCATION_NOTICE.length - 200;
    let cut = body.slice(0, room);
    const lastBreak = cut.lastIndexOf('\n');
    if (lastBreak > marker.length)
        cut = cut.slice(0, lastBreak);

    const fences = cut.match(/^```/gm)?.length ?? 0;
    if (fences % 2 === 1)
        cut += '\n```';
    const openDetails = (cut.match(/<details>/g)?.length ?? 0) - (cut.match(/<\/details>/g)?.length ?? 0);
    for (let index = 0; index < openDetails; index++)
        cut += '\n</details>';
    return `${cut}${TRUNCATION_NOTICE}`;
}

function contentBudget(marker, limit = GITHUB_COMMENT_LIMIT) {
    return limit - marker.length - 2;
}


}),

3801:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {



__webpack_require__.d(__webpack_exports__, {
  LN: () => ( createCommentClient),
  B$: () => ( createIssueClient),
  r2: () => ( mergedPullRequest),
  gK: () => ( upsertPlanComment)
});




var comment = __webpack_require__(1151);

var transport = __webpack_require__(1665);
;

let loading;





function loadUndici() {
    loading ??= Promise.all( [__webpack_require__.e(344), __webpack_require__.e(763)]).then(__webpack_require__.t.bind(__webpack_require__, 6763, 23)).then((module) => module.default.load());
    return loading;
}

function proxyAgent(undici, proxy) {
    return new undici.EnvHttpProxyAgent({

        httpProxy: proxy?.httpProxy ?? '',
        httpsProxy: proxy?.httpsProxy ?? '',
        noProxy: proxy?.noProxy ?? '',


        proxyTunnel: false,
    });
}

function proxiedFetch(proxy) {
    let dispatcher;
    return async (input, init) => {
        const undici = await loadUndici();
        dispatcher ??= proxyAgent(undici, proxy);
        return undici.loadFetch()(input, { ...init, dispatcher });
    };
}

function proxyAwareFetch(env) {
    return proxiedFetch((0,transport .kE)(env));
}

;







function statusOf(error) {
    if (typeof error === 'object' && error !== null && 'status' in error) {
        const status = error.status;
        return typeof status === 'number' ? status : undefined;
    }
    return undefined;
}
const COMMENTS_PER_PAGE = 100;

const MAX_COMMENT_PAGES = 1_000;




function hasNextPage(link, count, fresh) {
    if (fresh === 0)
        return false;
    if (link !== undefined && link !== '')
        return /rel="?next"?/.test(link);
    return count >= COMMENTS_PER_PAGE;
}

function octokitLoader(token, apiUrl, env) {
    let loading;
    return () => {
        loading ??= __webpack_require__.e( 413).then(__webpack_require__.bind(__webpack_require__, 2413)).then(({ getOctokit }) =>


        getOctokit(token, {
            baseUrl: apiUrl.replace(/\/+$/, ''),
            request: { fetch: proxyAwareFetch(env) },
        }));
        return loading;
    };
}
function createCommentClient(token, repository, apiUrl = process.env.GITHUB_API_URL ?? 'https://api.github.com', env = process.env) {
    const kit = octokitLoader(token, apiUrl, env);
    return {
        async identity() {
            try {
                const { data } = await (await kit()).rest.users.getAuthenticated();
                return { kind: 'login', login: data.login };
            }
            catch (error) {

                const status = statusOf(error);
                if (status === 403)
                    return { kind: 'bot' };

                if (status === 404)
                    return { kind: 'unknown' };
                throw error;
            }
        },
        async listComments(issueNumber) {
            const octokit = await kit();
            const comments = [];
            const seen = new Set();
            for (let page = 1; page <= MAX_COMMENT_PAGES; page++) {
                const response = await octokit.rest.issues.listComments({
                    ...repository,
                    issue_number: issueNumber,
                    per_page: COMMENTS_PER_PAGE,
                    page,
                });
                let fresh = 0;
                for (const comment of response.data) {
                    if (seen.has(comment.id))
                        continue;
                    seen.add(comment.id);
                    fresh++;
                    comments.push({
                        id: comment.id,
                        body: comment.body ?? null,
                        user: comment.user === null ? null : { login: comment.user.login, type: comment.user.type },
                    });
                }
                if (!hasNextPage(response.headers.link, response.data.length, fresh))
                    break;
            }
            return comments;
        },
        async createComment(issueNumber, body) {
            const { data } = await (await kit()).rest.issues.createComment({
                ...repository,
                issue_number: issueNumber,
                body,
            });
            return data.id;
        },
        async updateComment(commentId, body) {
            await (await kit()).rest.issues.updateComment({ ...repository, comment_id: commentId, body });
        },
    };
}
const ISSUES_PER_PAGE = 100;
function createIssueClient(token, repository, apiUrl = process.env.GITHUB_API_URL ?? 'https://api.github.com', env = process.env) {
    const kit = octokitLoader(token, apiUrl, env);
    const comments = createCommentClient(token, repository, apiUrl, env);
    return {
        identity: () => comments.identity(),
        async openIssuesWithLabel(label) {
            const issues = [];
            const seen = new Set();
            for (let page = 1; page <= MAX_COMMENT_PAGES; page++) {
                const response = await (await kit()).rest.issues.listForRepo({
                    ...repository,
                    state: 'open',
                    labels: label,
                    sort: 'created',
                    direction: 'asc',
                    per_page: ISSUES_PER_PAGE,
                    page,
                });
                let fresh = 0;
                for (const issue of response.data) {
                    if (seen.has(issue.number))
                        continue;
                    seen.add(issue.number);
                    fresh++;

                    if (issue.pull_request !== undefined)
                        continue;
                    issues.push({
                        id: issue.id,
                        number: issue.number,
                        title: issue.title,
                        body: issue.body ?? null,
                        user: issue.user === null ? null : { login: issue.user.login, type: issue.user.type },
                    });
                }
                if (!hasNextPage(response.headers.link, response.data.length, fresh))
                    break;
            }
            return issues;
        },
        async createIssue(title, body, labels) {
            const { data } = await (await kit()).rest.issues.create({ ...repository, title, body, labels: [...labels] });
            return data.number;
        },
        async updateIssue(number, fields) {
            await (await kit()).rest.issues.update({
                ...repository,
                issue_number: number,
                ...fields,
                ...(fields.state === 'closed' ? { state_reason: 'completed' } : {}),
            });
        },
        async comment(number, body) {
            await comments.createComment(number, body);
        },
    };
}

async function mergedPullRequest(token, repository, sha, apiUrl = process.env.GITHUB_API_URL ?? 'https://api.github.com', env = process.env) {
    const octokit = await octokitLoader(token, apiUrl, env)();
    const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
        ...repository,
        commit_sha: sha,
        per_page: 100,
    });

    const merged = data.filter((pull) => pull.merged_at !== null);
    const exact = merged.find((pull) => pull.merge_commit_sha === sha);
    const chosen = exact ?? merged[0];
    return chosen === undefined ? undefined : { number: chosen.number };
}




async function upsertPlanComment(client, issueNumber, key, content) {
    const marker = (0,comment .Ql)(key);
    const body = (0,comment .oR)(marker, content);
    const [identity, comments] = await Promise.all([client.identity(), client.listComments(issueNumber)]);
    const existing = (0,comment .rA)(comments, marker, identity);
    if (existing === undefined) {
        return { action: 'created', commentId: await client.createComment(issueNumber, body) };
    }

    if (existing.body?.replace(/\r\n/g, '\n') === body)
        return { action: 'unchanged', commentId: existing.id };
    await client.updateComment(existing.id, body);
    return { action: 'updated', commentId: existing.id };
}


}),

9023:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
DM: () => ( entryFromChange),
EX: () => ( countEntries),
ii: () => ( holderText),
nn: () => ( fromSchemeText)
});
var _model_holder_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2087);

function entryFromChange(change, index, origin = 'plan') {
    const entry = {
        index,
        action: change.action,
        scheme: change.scheme,
        schemeId: change.schemeId,
        origin,
        result: 'pending',
        attempts: 0,
    };
    if (change.permission !== undefined)
        entry.permission = change.permission;
    if (change.holder !== undefined)
        entry.holder = { ...change.holder };
    if (change.grantId !== undefined)
        entry.grantId = change.grantId;
    if (change.label !== undefined)
        entry.label = change.label;
    if (change.from !== undefined)
        entry.from = { ...change.from };
    if (change.to !== undefined)
        entry.to = { ...change.to };
    if (change.project !== undefined)
        entry.project = change.project;
    if (change.projectId !== undefined)
        entry.projectId = change.projectId;
    if (change.fromScheme !== undefined)
        entry.fromScheme = change.fromScheme;
    if (change.fromSchemeId !== undefined)
        entry.fromSchemeId = change.fromSchemeId;
    return entry;
}
function countEntries(entries) {
    const counts = { total: entries.length, done: 0, failed: 0, skipped: 0, pending: 0 };
    for (const entry of entries)
        counts[entry.result] += 1;
    return counts;
}

function holderText(entry) {
    return entry.holder === undefined ? (entry.label ?? '') : (0,_model_holder_js__WEBPACK_IMPORTED_MODULE_0__/* .grantLabel */ .JA)({ ...entry, holder: entry.holder });
}




function fromSchemeText(entry) {
    const id = entry.fromSchemeId ?? null;
    if (entry.fromScheme === undefined || entry.fromScheme === null)
        return id === null ? 'no scheme' : `scheme ${id}`;
    return id === null ? `"${entry.fromScheme}"` : `"${entry.fromScheme}" (${id})`;
}


}),

8057:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
Cy: () => ( changeKey),
FU: () => ( parsePlanFile),
ww: () => ( explainStaleness)
});

var _model_holder_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2087);
var _journal_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9023);







function schemeLabel(change) {
    return change.schemeId === null
        ? `scheme "${change.scheme}"`
        : `scheme "${change.scheme}" (${change.schemeId})`;
}
function grantText(change) {
    return `grant ${change.permission ?? '?'} ${(0,_journal_js__WEBPACK_IMPORTED_MODULE_1__/* .holderText */ .ii)(change)}`;
}

function changeKey(change) {
    const scheme = change.schemeId === null ? `name:${change.scheme}` : `id:${change.schemeId}`;
    if (change.action === 'assign-project')
        return `${change.action}|${scheme}|${change.projectId ?? change.project ?? ''}`;
    const holder = change.holder === undefined ? '' : (0,_model_holder_js__WEBPACK_IMPORTED_MODULE_0__/* .holderKey */ .I4)(change.holder);
    return `${change.action}|${scheme}|${change.permission ?? ''}|${holder}`;
}

function explainAdded(change, fileChanged) {
    const where = schemeLabel(change);
    if (fileChanged)
        return `${where}: ${changeText(change)} is now planned (its file ${change.file ?? ''} changed)`;
    switch (change.action) {
        case 'remove-grant':
            return `${where}: ${grantText(change)} was added in Jira since the plan was made (apply would now remove it)`;
        case 'add-grant':
            return `${where}: ${grantText(change)} was removed from Jira since the plan was made (apply would now add it back)`;
        case 'create-scheme':
            return `${where} was deleted or renamed in Jira since the plan was made (apply would now create it)`;
        case 'delete-scheme':
            return `${where} appeared in Jira since the plan was made (apply would now delete it)`;
        case 'update-scheme':
            return `${where}: its name or description was changed in Jira since the plan was made`;
        case 'assign-project':
            return `project ${change.project ?? '?'} was moved to ${(0,_journal_js__WEBPACK_IMPORTED_MODULE_1__/* .fromSchemeText */ .nn)(change)} in Jira since the plan was made (apply would now move it to ${where})`;
    }
}

function explainDropped(change, fileChanged) {
    const where = schemeLabel(change);
    if (fileChanged) {
        return `${where}: ${changeText(change)} is no longer planned (its file ${change.file ?? ''} changed)`;
    }
    switch (change.action) {
        case 'add-grant':
            return `${where}: ${grantText(change)} was added in Jira since the plan was made (the reviewed plan added it)`;
        case 'remove-grant':
            return `${where}: ${grantText(change)} was removed from Jira since the plan was made (the reviewed plan removed it)`;
        case 'create-scheme':
            return `${where} was created in Jira since the plan was made (the reviewed plan created it)`;
        case 'delete-scheme':
            return `${where} was deleted in Jira since the plan was made (the reviewed plan deleted it)`;
        case 'update-scheme':
            return `${where}: its name and description were changed in Jira since the plan was made`;
        case 'assign-project':
            return `project ${change.project ?? '?'} was moved to ${where} in Jira since the plan was made (the reviewed plan moved it there)`;
    }
}

function changeText(change) {
    switch (change.action) {
        case 'add-grant':
            return `adding ${grantText(change)}`;
        case 'remove-grant':
            return `removing ${grantText(change)}`;
        case 'create-scheme':
            return 'creating the scheme';
        case 'delete-scheme':
            return 'deleting the scheme';
        case 'update-scheme':
            return 'changing its name or description';
        case 'assign-project':
            return `moving project ${change.project ?? '?'} onto it`;
    }
}




function changedFiles(reviewed, fresh) {
    if (reviewed.files === undefined || fresh.files === undefined)
        return undefined;
    const before = reviewed.files;
    const now = fresh.files;
    const paths = [...new Set([...Object.keys(before), ...Object.keys(now)])].sort();
    return paths.flatMap((path) => {
        if (!Object.hasOwn(now, path))
            return [{ path, how: 'removed' }];
        if (!Object.hasOwn(before, path))
            return [{ path, how: 'added' }];
        return before[path] === now[path] ? [] : [{ path, how: 'changed' }];
    });
}
function sameDetails(a, b) {
    return a.to?.name === b.to?.name && a.to?.description === b.to?.description;
}





function explainStaleness({ reviewed, fresh }) {
    const reasons = [];
    const moved = reviewed.filesHash === fresh.filesHash ? [] : changedFiles(reviewed, fresh);
    if (reviewed.filesHash !== fresh.filesHash) {
        const which = moved === undefined || moved.length === 0
            ? ''
            : ` (${moved.map((file) => `${file.path} ${file.how}`).join(', ')})`;
        reasons.push(`the scheme files (or the settings file) changed since the plan was made${which}: make a new plan from the files being applied`);
    }
    const changedPaths = new Set((moved ?? []).map((file) => file.path));
    const fileChanged = (change) => change.file !== undefined && changedPaths.has(change.file);
    const reviewedByKey = new Map(reviewed.changes.map((change) => [changeKey(change), change]));
    const freshByKey = new Map(fresh.changes.map((change) => [changeKey(change), change]));
    const explainedSchemes = new Set();
    const note = (change, reason) => {
        if (change.schemeId !== null)
            explainedSchemes.add(String(change.schemeId));
        reasons.push(reason);
    };
    for (const [key, change] of freshByKey) {
        const before = reviewedByKey.get(key);
        if (before === undefined) {
            note(change, explainAdded(change, fileChanged(change)));
        }
        else if (change.action === 'remove-grant' && before.grantId !== change.grantId) {
            note(change, `${schemeLabel(change)}: ${grantText(change)} was deleted and re-created in Jira since the plan was made (grant id ${before.grantId ?? '?'} is now ${change.grantId ?? '?'})`);
        }
        else if (change.action === 'assign-project' && before.fromSchemeId !== change.fromSchemeId) {
            note(change, `project ${change.project ?? '?'} was moved in Jira since the plan was made: it now leaves ${(0,_journal_js__WEBPACK_IMPORTED_MODULE_1__/* .fromSchemeText */ .nn)(change)}, not ${(0,_journal_js__WEBPACK_IMPORTED_MODULE_1__/* .fromSchemeText */ .nn)(before)}`);
        }
        else if (change.action === 'update-scheme' && !sameDetails(before, change)) {
            note(change, `${schemeLabel(change)}: the new name or description in the files changed since the plan was made`);
        }
    }
    for (const [key, change] of reviewedByKey) {
        if (!freshByKey.has(key))
            note(change, explainDropped(change, fileChanged(change)));
    }


    const names = new Map();
    for (const change of [...reviewed.changes, ...fresh.changes]) {
        if (change.schemeId !== null)
            names.set(String(change.schemeId), change.scheme);
    }
    for (const [schemeId, fingerprint] of Object.entries(reviewed.fingerprints)) {
        if (explainedSchemes.has(schemeId))
            continue;
        const now = fresh.fingerprints[schemeId];
        if (now === undefined || now === fingerprint)
            continue;
        const name = names.get(schemeId);
        reasons.push(`scheme ${name === undefined ? '' : `"${name}" `}(${schemeId}): its live grants changed in Jira since the plan was made (fingerprint ${fingerprint} is now ${now})`);
    }
    return reasons;
}

function parsePlanFile(text, file) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`${file} is not JSON (${error instanceof Error ? error.message : String(error)}): pass a file written by 'jira-perms plan --out FILE'`);
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
        throw new Error(`${file} is not a plan file: expected a JSON object written by 'jira-perms plan --out FILE'`);
    }
    const record = data;
    if (record.version !== 1) {
        throw new Error(`${file} is not a plan file this version understands (version ${JSON.stringify(record.version)}; expected 1)`);
    }
    if (!Array.isArray(record.changes))
        throw new Error(`${file} is not a plan file: it has no "changes" list`);
    if (typeof record.fingerprints !== 'object' || record.fingerprints === null) {
        throw new Error(`${file} has no "fingerprints": it cannot prove what was reviewed; make it again with 'jira-perms plan --out FILE'`);
    }
    if (typeof record.filesHash !== 'string') {
        throw new Error(`${file} has no "filesHash": make it again with 'jira-perms plan --out FILE'`);
    }
    for (const [index, change] of record.changes.entries()) {
        const item = change;
        if (item === null ||
            typeof item !== 'object' ||
            typeof item.action !== 'string' ||
            typeof item.scheme !== 'string' ||
            !(item.schemeId === null || typeof item.schemeId === 'number')) {
            throw new Error(`${file}: change ${index + 1} is not a plan change (needs action, scheme and schemeId)`);
        }
    }
    return data;
}


}),

687:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {



__webpack_require__.d(__webpack_exports__, {
  F: () => ( runPlan)
});


var config_findings = __webpack_require__(4770);

var config_load = __webpack_require__(1980);

var site = __webpack_require__(8283);

var errors = __webpack_require__(6353);

var resolve = __webpack_require__(2732);

var resolve_projects = __webpack_require__(3091);

var rules = __webpack_require__(2622);
;








const ACCESS_BUDGET_FLOOR = 50;






const ACCESS_BUDGET_SHARE = 0.04;

function defaultAccessBudget(planRequests) {
    return Math.max(ACCESS_BUDGET_FLOOR, Math.ceil(ACCESS_BUDGET_SHARE * Math.max(0, planRequests)));
}

const FIRST_BATCH = 10;













class ReadBudget {
    limit;
    requestsMade;
    asked = new Set();
    spent = 0;

    paidReads = 0;

    skipped = new Set();
    constructor(limit, requestsMade) {
        this.limit = limit;
        this.requestsMade = requestsMade;
    }

    get complete() {
        return this.skipped.size === 0;
    }
    get report() {
        return { limit: this.limit, requests: this.spent, readsSkipped: this.skipped.size };
    }

    room(left) {
        if (left === Number.POSITIVE_INFINITY)
            return left;
        if (left <= 0)
            return 0;
        if (this.paidReads === 0)
            return Math.min(left, FIRST_BATCH);
        const perRead = Math.max(1, this.spent / this.paidReads);
        return Math.max(1, Math.floor(left / perRead));
    }

    async run(units) {
        const results = new Map();
        let index = 0;
        while (index < units.length) {
            const left = this.limit - this.spent;
            const room = this.room(left);
            const batch = [];
            let charged = 0;
            let paid = 0;
            while (index < units.length) {
                const unit = units[index];
                if (unit === undefined)
                    break;
                const free = this.asked.has(unit.key) || unit.mandatory;
                if (!free && charged >= room) {
                    if (left > 0)
                        break;
                    this.skipped.add(unit.key);
                    index += 1;
                    continue;
                }
                if (!free)
                    charged += 1;
                if (!this.asked.has(unit.key))
                    paid += 1;
                batch.push(unit);
                index += 1;
            }
            if (batch.length === 0)
                continue;
            const before = this.requestsMade?.();
            for (const unit of batch) {
                this.asked.add(unit.key);
                this.skipped.delete(unit.key);
            }
            const answers = await Promise.all(batch.map(async (unit) => [unit.key, await unit.read()]));
            for (const [key, value] of answers)
                results.set(key, value);
            this.spent += before === undefined ? paid : (this.requestsMade?.() ?? before) - before;
            this.paidReads += paid;
        }
        return results;
    }
}

function budgetReason(limit) {
    const requests = `${String(limit)} ${limit === 1 ? 'request' : 'requests'}`;
    return `not read: the effective-access budget (${requests}) ran out; JIRA_PERMS_ACCESS=full reads every holder`;
}


var access = __webpack_require__(3179);

var model_holder = __webpack_require__(2087);

var order = __webpack_require__(2739);
;








const NONE = Object.freeze([]);

function sharedList(items) {
    return items.length === 0 ? NONE : Object.freeze(items);
}




class SharedEntries {

    byHolder = new Map();

    bySpelling = new Map();
    ids = new Map();
    lists = new Map();





    entry(holder, label, side, reason, notRead) {
        let byLabel = this.byHolder.get(holder);
        if (byLabel === undefined) {


            const spelling = JSON.stringify([holder.type, holder.parameter ?? null, holder.value ?? null]);
            byLabel = this.bySpelling.get(spelling) ?? new Map();
            this.bySpelling.set(spelling, byLabel);
            this.byHolder.set(holder, byLabel);
        }
        let alike = byLabel.get(label);
        if (alike === undefined) {
            alike = [];
            byLabel.set(label, alike);
        }
        for (const known of alike) {
            if (known.side === side && known.reason === reason && (known.notRead === true) === notRead)
                return known;
        }
        const made = Object.freeze(notRead ? { holder, label, side, reason, notRead: true } : { holder, label, side, reason });
        alike.push(made);
        this.ids.set(made, this.ids.size);
        return made;
    }

    list(entries) {
        if (entries.length === 0)
            return NONE;
        const ids = [];
        for (const entry of entries) {
            const id = this.ids.get(entry);

            if (id === undefined)
                return Object.freeze(entries);
            ids.push(id);
        }
        const key = ids.join(',');
        const known = this.lists.get(key);
        if (known !== undefined)
            return known;
        const made = Object.freeze(entries);
        this.lists.set(key, made);
        return made;
    }
}

;





function groupKey(group) {
    return group.id !== undefined && group.id !== '' ? `id:${group.id}` : `name:${group.name.toLowerCase()}`;
}
function roleKey(projectId, roleId) {
    return `${projectId}|${roleId}`;
}

function holderGroup(holder) {
    const name = holder.parameter ?? holder.value ?? '';
    return holder.value !== undefined && holder.value !== '' ? { name, id: holder.value } : { name };
}
const NOT_EXPANDED = Object.freeze({ expanded: false, routes: NONE, failures: NONE });
const NO_PEOPLE = Object.freeze({ expanded: true, routes: NONE, failures: NONE });
const noPeople = (failure) => ({ expanded: true, routes: NONE, failures: [failure] });
const notRead = (failure) => ({
    expanded: true,
    routes: NONE,
    failures: [failure],
    unread: true,
});





const failures = new WeakMap();

function failed(lookup) {
    const known = failures.get(lookup);
    if (known !== undefined)
        return known;
    const reasons = Object.freeze([lookup.reason]);
    const expansion = Object.freeze(lookup.notRead === true
        ? { expanded: true, routes: NONE, failures: reasons, notRead: true }
        : { expanded: true, routes: NONE, failures: reasons });
    failures.set(lookup, expansion);
    return expansion;
}




function appendAll(target, items) {
    for (const item of items)
        target.push(item);
}

function expandHolder(grant, project, data) {
    const holder = grant.holder;
    if (!(0,access .Wd)(holder))
        return NOT_EXPANDED;
    const label = (0,model_holder .JA)(grant);
    switch (holder.type) {
        case 'user': {
            const id = (0,model_holder .MO)(holder) ?? '';
            const known = data.users.get(id);
            const person = known ?? { accountId: id, displayName: grant.name ?? id };
            return { expanded: true, routes: [{ person, via: [label] }], failures: NONE };
        }
        case 'group':
            return groupExpansion(holderGroup(holder), [label], data);
        case 'projectRole': {
            const roles = data.roles.get(roleKey(project.id, (0,model_holder .MO)(holder) ?? ''));
            if (roles === undefined)
                return notRead(`the actors of ${label} in ${project.key} were not read`);
            if (!roles.ok)
                return failed(roles);
            const routes = roles.value.users.map((person) => ({ person, via: [label] }));
            const failures = roles.value.otherTypes.map((type) => `${label} in ${project.key} has actors of type "${type}", which cannot be expanded`);
            return withGroups(routes, failures, roles.value.groups, label, data);
        }
        case 'applicationRole': {
            const key = (0,model_holder .MO)(holder) ?? '';
            const roles = data.applicationRoles;
            if (roles === undefined)
                return notRead('the application roles were not read');
            if (!roles.ok)
                return failed(roles);
            const groups = roles.value.get(key);
            if (groups === undefined)
                return noPeople(`Jira has no application role "${key}"`);
            return withGroups([], [], groups, label, data);
        }
        case 'projectLead': {
            const lead = data.leads.get(project.id);
            if (lead === undefined)
                return notRead(`the lead of ${project.key} was not read`);
            if (!lead.ok)
                return failed(lead);
            return lead.value === null
                ? NO_PEOPLE
                : { expanded: true, routes: [{ person: lead.value, via: [label] }], failures: NONE };
        }
        default:
            return NOT_EXPANDED;
    }
}

function withGroups(routes, failures, groups, label, data) {
    let unread = false;
    let notReadAll = false;
    for (const group of groups) {
        const inner = groupExpansion(group, [label, `group ${group.name}`], data);
        appendAll(routes, inner.routes);
        appendAll(failures, inner.failures);
        if (inner.unread)
            unread = true;
        if (inner.notRead)
            notReadAll = true;
    }
    const expansion = { expanded: true, routes, failures };
    if (unread)
        expansion.unread = true;
    if (notReadAll)
        expansion.notRead = true;
    return expansion;
}
function groupExpansion(group, via, data) {
    const members = data.groups.get(groupKey(group));
    if (members === undefined)
        return notRead(`the members of group "${group.name}" were not read`);
    if (!members.ok)
        return failed(members);
    return { expanded: true, routes: members.value.map((person) => ({ person, via })), failures: NONE };
}

function computeAccess(scopes, data) {
    const changes = [];
    const shared = new SharedEntries();
    for (const scope of scopes) {
        for (const permission of scope.permissions) {
            changes.push(permissionChange(scope, permission, data, shared));
        }
    }
    changes.sort((a, b) => (0,order .n6)(a.project, b.project) || (0,order .n6)(a.permission, b.permission));
    const gaining = new Set(changes.flatMap((change) => change.gained.map((person) => person.accountId)));
    const losing = new Set(changes.flatMap((change) => change.lost.map((person) => person.accountId)));
    return { changes, summary: { peopleGaining: gaining.size, peopleLosing: losing.size } };
}




const NOTHING = Object.freeze({ people: new Map(), failures: new Map() });
function side(grants, project, data) {
    let people;
    let failures;
    for (const grant of grants) {
        const expansion = expandHolder(grant, project, data);
        for (const { person } of expansion.routes)
            addPerson((people ??= new Map()), person);
        if (expansion.failures.length > 0) {
            (failures ??= new Map()).set((0,model_holder .I4)(grant.holder), {
                label: (0,model_holder .JA)(grant),
                holder: grant.holder,
                reasons: expansion.failures,
                notRead: expansion.notRead === true,
            });
        }
    }
    return people === undefined && failures === undefined
        ? NOTHING
        : { people: people ?? NOTHING.people, failures: failures ?? NOTHING.failures };
}

function addPerson(people, person) {
    const known = people.get(person.accountId);
    if (known === undefined || (known.displayName === known.accountId && person.displayName !== ''))
        people.set(person.accountId, person);
}





const partsOf = new WeakMap();
function permissionParts(permission) {
    const known = partsOf.get(permission);
    if (known !== undefined)
        return known;
    const before = new Set(permission.before.map((grant) => (0,model_holder .I4)(grant.holder)));
    const after = new Set(permission.after.map((grant) => (0,model_holder .I4)(grant.holder)));
    const parts = {
        gained: permission.after.filter((grant) => !before.has((0,model_holder .I4)(grant.holder))),
        lost: permission.before.filter((grant) => !after.has((0,model_holder .I4)(grant.holder))),
        kept: permission.before.filter((grant) => after.has((0,model_holder .I4)(grant.holder))),
    };
    partsOf.set(permission, parts);
    return parts;
}





function candidates(gained, lost) {
    if (gained.people.size === 0 && lost.people.size === 0)
        return NO_CANDIDATES;
    const out = new Set();
    for (const id of gained.people.keys())
        if (!lost.people.has(id))
            out.add(id);
    for (const id of lost.people.keys())
        if (!gained.people.has(id))
            out.add(id);
    return out;
}
const NO_CANDIDATES = new Set();





function keptSide(kept, project, data, open) {
    if (open.size === 0)
        return NOTHING;
    const people = new Map();
    const unknown = [];
    for (const grant of kept) {
        const expansion = expandHolder(grant, project, data);
        for (const { person } of expansion.routes)
            addPerson(people, person);
        if (expansion.failures.length > 0)
            unknown.push({ grant, failures: expansion.failures, notRead: expansion.notRead === true });
    }
    let uncovered = false;
    for (const id of open)
        if (!people.has(id))
            uncovered = true;
    if (!uncovered || unknown.length === 0)
        return { people, failures: NOTHING.failures };
    const failures = new Map();
    for (const { grant, failures: reasons, notRead } of unknown) {
        failures.set((0,model_holder .I4)(grant.holder), {
            label: (0,model_holder .JA)(grant),
            holder: grant.holder,
            reasons,
            notRead,
        });
    }
    return { people, failures };
}





function keptGrantsToRead(scopes, data, pick,





mustRead = () => false) {
    const wanted = [];
    for (const scope of scopes) {
        const grants = [];
        for (const permission of scope.permissions) {
            const parts = permissionParts(permission);
            if (parts.kept.length === 0)
                continue;
            const open = candidates(side(parts.gained, scope.project, data), side(parts.lost, scope.project, data));
            if (open.size === 0)
                continue;
            const known = new Set();
            const unread = [];
            for (const grant of parts.kept) {
                const expansion = expandHolder(grant, scope.project, data);
                for (const { person } of expansion.routes)
                    known.add(person.accountId);
                const again = expansion.notRead === true && mustRead(grant);
                if ((expansion.unread === true || again) && pick(grant))
                    unread.push(grant);
            }
            if ([...open].some((id) => !known.has(id)))
                appendAll(grants, unread);
        }
        if (grants.length > 0)
            wanted.push({ project: scope.project, grants });
    }
    return wanted;
}




const holdersOf = new WeakMap();
function scopeHolders(permission) {
    const known = holdersOf.get(permission);
    if (known !== undefined)
        return known;
    const parts = permissionParts(permission);
    const before = holderMap(parts.lost, parts.kept);
    const after = holderMap(parts.gained, parts.kept);
    const sortedHolders = (entries) => sharedList(entries.sort(([a], [b]) => (0,order .n6)(a, b)).map(([, holder]) => holder));
    const notExpanded = (left, right) => sortedHolders([...left.entries()].filter(([key, holder]) => !(0,access .Wd)(holder) && !right.has(key)));
    const holders = {
        gained: notExpanded(after, before),
        lost: notExpanded(before, after),
        broadKept: sortedHolders([...before.entries()].filter(([key, holder]) => (0,access .BA)(holder) && after.has(key))),
    };
    holdersOf.set(permission, holders);
    return holders;
}

function holderMap(...lists) {
    const map = new Map();
    for (const list of lists)
        for (const grant of list)
            map.set((0,model_holder .I4)(grant.holder), grant.holder);
    return map;
}





function onlyIn(one, others) {
    const people = [];
    for (const [id, person] of one.people) {
        if (!others.some((other) => other.people.has(id)))
            people.push(person);
    }
    return sharedList(people.sort((a, b) => (0,order .n6)(a.accountId, b.accountId)));
}





function leftOut(...sides) {
    for (const one of sides)
        for (const failure of one.failures.values())
            if (failure.notRead)
                return true;
    return false;
}
function permissionChange(scope, permission, data, shared) {
    const parts = permissionParts(permission);
    const holders = scopeHolders(permission);
    const gainedSide = side(parts.gained, scope.project, data);
    const lostSide = side(parts.lost, scope.project, data);
    const kept = keptSide(parts.kept, scope.project, data, candidates(gainedSide, lostSide));


    const failures = [];
    for (const [key, failure] of lostSide.failures)
        failures.push([key, failure, 'live']);
    for (const [key, failure] of gainedSide.failures)
        failures.push([key, failure, 'planned']);
    for (const [key, failure] of kept.failures)
        failures.push([key, failure, 'both']);
    failures.sort(([a], [b]) => (0,order .n6)(a, b));
    const unexpanded = shared.list(failures.map(([, failure, where]) => shared.entry(failure.holder, failure.label, where, failure.reasons.length === 1 ? (failure.reasons[0] ?? '') : [...new Set(failure.reasons)].join('; '), failure.notRead)));
    const change = changeOf({
        project: scope.project.key,
        permission: permission.permission,
        gained: leftOut(lostSide, kept) ? NONE : onlyIn(gainedSide, [lostSide, kept]),
        lost: leftOut(gainedSide, kept) ? NONE : onlyIn(lostSide, [gainedSide, kept]),
        holdersGained: holders.gained,
        holdersLost: holders.lost,
        scheme: scope.scheme,
    }, holders.broadKept, unexpanded);

    if (scope.fromScheme !== undefined)
        change.fromScheme = scope.fromScheme;
    return change;
}





function changeOf(fields, broadHoldersKept, unexpanded) {
    const { project, permission, gained, lost, holdersGained, holdersLost, scheme } = fields;
    if (broadHoldersKept.length > 0) {
        return unexpanded.length > 0
            ? {
                project,
                permission,
                gained,
                lost,
                holdersGained,
                holdersLost,
                scheme,
                broadHoldersKept,
                unexpanded,
            }
            : { project, permission, gained, lost, holdersGained, holdersLost, scheme, broadHoldersKept };
    }
    return unexpanded.length > 0
        ? { project, permission, gained, lost, holdersGained, holdersLost, scheme, unexpanded }
        : { project, permission, gained, lost, holdersGained, holdersLost, scheme };
}

;









async function readPeople(wanted, reader, progress = () => undefined, options = {}) {
    const budget = options.budget ?? new ReadBudget(Number.POSITIVE_INFINITY);
    const mustRead = options.mandatory ?? (() => false);
    const groups = new Map();
    const roles = new Map();
    const leads = new Map();
    const userIds = new Set();
    const applicationRoleKeys = new Map();
    const need = (map, key, value) => {
        const known = map.get(key);
        if (known === undefined)
            map.set(key, value);
        else if (value.mandatory)
            known.mandatory = true;
    };
    for (const { project, grants } of wanted) {
        for (const grant of grants) {
            const { holder, name } = grant;
            const id = (0,model_holder .MO)(holder);
            const mandatory = mustRead(grant);
            if (holder.type === 'group')
                need(groups, groupKey(holderGroup(holder)), { group: holderGroup(holder), mandatory });
            else if (holder.type === 'projectRole' && id !== undefined)
                need(roles, roleKey(project.id, id), { project, roleId: id, label: name ?? id, mandatory });
            else if (holder.type === 'applicationRole' && id !== undefined)
                applicationRoleKeys.set(id, mandatory || applicationRoleKeys.get(id) === true);

            else if (holder.type === 'projectLead' && project.lead?.active === undefined)
                need(leads, project.id, { project, mandatory });
            else if (holder.type === 'user' && id !== undefined && name === undefined)
                userIds.add(id);
        }
    }
    let done = 0;
    let total = roles.size + leads.size + (applicationRoleKeys.size > 0 ? 1 : 0) + groups.size;
    const step = (promise) => promise.finally(() => {
        done += 1;
        progress(done, total);
    });

    const leftOut = Object.freeze({ ok: false, reason: budgetReason(budget.limit), notRead: true });
    const skipped = () => leftOut;
    const first = [];
    if (applicationRoleKeys.size > 0) {
        first.push({
            key: 'applicationroles',
            mandatory: [...applicationRoleKeys.values()].some(Boolean),
            read: async () => ({
                kind: 'applicationRoles',
                result: await step(attempt(async () => {
                    const all = await reader.getApplicationRoles();
                    return new Map(all.map((role) => [role.key, role.groups ?? []]));
                }, (reason) => `could not read the application roles: ${reason}`)),
            }),
        });
    }


    if (userIds.size > 0) {
        first.push({
            key: `users:${[...userIds].join(',')}`,
            mandatory: true,
            read: async () => ({
                kind: 'users',
                result: await reader
                    .getUsers([...userIds])
                    .then((found) => new Map([...found].map(([id, user]) => [id, person(user)])))
                    .catch(rethrowAbort(() => new Map())),
            }),
        });
    }
    const byProject = new Map();
    const projectUnits = (project) => {
        const list = byProject.get(project.id) ?? [];
        byProject.set(project.id, list);
        return list;
    };
    for (const [key, role] of roles) {
        projectUnits(role.project).push({
            key: `role:${key}`,
            mandatory: role.mandatory,
            read: async () => ({
                kind: 'role',
                key,
                result: await step(attempt(() => readRole(reader, role.project, Number(role.roleId)), (reason) => `could not read the actors of role ${role.label} in ${role.project.key}: ${reason}`)),
            }),
        });
    }
    for (const [id, { project, mandatory }] of leads) {
        projectUnits(project).push({
            key: `lead:${id}`,
            mandatory,
            read: async () => ({
                kind: 'lead',
                key: id,
                result: await step(attempt(async () => {
                    const lead = project.lead ?? (await reader.getProjectDetails(project.key)).lead;
                    if (lead === undefined)
                        return null;


                    if (lead.active === undefined) {
                        const found = (await reader.getUsers([lead.accountId])).get(lead.accountId);
                        return found?.active === true ? person(found) : null;
                    }
                    return lead.active ? person(lead) : null;
                }, (reason) => `could not read the lead of ${project.key}: ${reason}`)),
            }),
        });
    }
    for (const { project } of wanted) {
        first.push(...(byProject.get(project.id) ?? []));
        byProject.delete(project.id);
    }
    const firstResults = await budget.run(first);
    const countSkipped = (count) => {
        if (count === 0)
            return;
        done += count;
        progress(done, total);
    };
    countSkipped(first.filter((unit) => !firstResults.has(unit.key)).length);
    const roleData = new Map();
    const leadResults = new Map();
    let applicationRoles;
    let users = new Map();
    for (const unit of first) {
        const answer = firstResults.get(unit.key);
        if (answer?.kind === 'role')
            roleData.set(answer.key, answer.result);
        else if (answer?.kind === 'lead')
            leadResults.set(answer.key, answer.result);
        else if (answer?.kind === 'applicationRoles')
            applicationRoles = answer.result;
        else if (answer?.kind === 'users')
            users = answer.result;
        else if (unit.key.startsWith('role:'))
            roleData.set(unit.key.slice('role:'.length), skipped());
        else if (unit.key.startsWith('lead:'))
            leadResults.set(unit.key.slice('lead:'.length), skipped());
        else if (unit.key === 'applicationroles')
            applicationRoles = skipped();
    }


    for (const [key, role] of roles) {
        const result = roleData.get(key);
        if (result?.ok === true)
            for (const group of result.value.groups)
                need(groups, groupKey(group), { group, mandatory: role.mandatory });
    }
    if (applicationRoles?.ok === true) {
        for (const [key, mandatory] of applicationRoleKeys)
            for (const group of applicationRoles.value.get(key) ?? [])
                need(groups, groupKey(group), { group, mandatory });
    }
    total = roles.size + leads.size + (applicationRoleKeys.size > 0 ? 1 : 0) + groups.size;
    const groupUnits = [...groups.entries()].map(([key, { group, mandatory }]) => ({
        key: `group:${key}`,
        mandatory,
        read: () => step(attempt(async () => (await reader.getGroupMembers(group)).map(person), (reason) => `could not read the members of group "${group.name}": ${reason}`)),
    }));
    const groupAnswers = await budget.run(groupUnits);
    countSkipped(groupUnits.filter((unit) => !groupAnswers.has(unit.key)).length);
    const groupResults = new Map();
    for (const key of groups.keys())
        groupResults.set(key, groupAnswers.get(`group:${key}`) ?? skipped());


    const listedLeads = wanted
        .filter(({ project }) => project.lead?.active !== undefined)
        .map(({ project }) => [
        project.id,
        { ok: true, value: project.lead?.active === true ? person(project.lead) : null },
    ]);
    const data = {
        groups: groupResults,
        roles: roleData,
        leads: new Map([...listedLeads, ...leadResults]),
        users,
    };
    if (applicationRoles !== undefined)
        data.applicationRoles = applicationRoles;
    return data;
}
function person(user) {
    return { accountId: user.accountId, displayName: user.displayName ?? user.accountId };
}

async function readRole(reader, project, roleId) {
    const actors = await reader.getRoleActors(project.key, roleId);
    const usernames = actors.users
        .filter((actor) => actor.accountId === undefined && actor.username !== undefined)
        .map((actor) => actor.username ?? '');
    const byUsername = usernames.length > 0 ? await reader.findUsersByUsername(usernames) : new Map();
    const users = [];
    const otherTypes = [...actors.otherTypes];
    for (const actor of actors.users) {
        if (actor.accountId !== undefined) {
            users.push({ accountId: actor.accountId, displayName: actor.displayName ?? actor.accountId });
            continue;
        }
        const found = byUsername.get(actor.username ?? '');

        if (found === undefined)
            otherTypes.push(`user "${actor.username ?? ''}" (not found)`);
        else if (found.active)
            users.push(person(found));
    }
    return { users, groups: actors.groups, otherTypes };
}

async function attempt(read, explain) {
    try {
        return { ok: true, value: await read() };
    }
    catch (error) {
        if (!(error instanceof errors .Dd) || error.kind === 'aborted' || error.kind === 'deadline')
            throw error;
        return { ok: false, reason: explain(jiraReason(error)) };
    }
}
function rethrowAbort(fallback) {
    return (error) => {
        if (!(error instanceof errors .Dd) || error.kind === 'aborted' || error.kind === 'deadline')
            throw error;
        return fallback();
    };
}

function jiraReason(error) {
    const parts = [error.summary];
    if (error.status === 404 && /\/role\//.test(error.call)) {
        parts.push('Jira also answers 404 when the token may not administer the project');
    }
    if (error.needs !== undefined)
        parts.push(`needs ${error.needs}`);
    return (0,errors .gJ)(new Error(parts.join('; ')));
}

;


function scope_accessScope(input) {
    const liveById = new Map(input.live.map((scheme) => [scheme.id, scheme]));
    const changes = input.plan.changes;
    const grantChanges = changes.filter((change) => change.action === 'add-grant' || change.action === 'remove-grant');
    const keyOf = (0,model_holder .lo)(knownHolders(input.live, grantChanges));



    const changesByScheme = new Map();
    const schemeKey = (scheme, schemeId) => schemeId === null ? `name:${scheme}` : `id:${String(schemeId)}`;
    for (const change of grantChanges) {
        const key = schemeKey(change.scheme, change.schemeId);
        const list = changesByScheme.get(key) ?? [];
        list.push(change);
        changesByScheme.set(key, list);
    }
    const plannedGrants = (scheme, schemeId) => {
        const mine = changesByScheme.get(schemeKey(scheme, schemeId)) ?? [];
        const removed = new Set(mine.filter((change) => change.action === 'remove-grant').map((change) => change.grantId));
        const live = schemeId === null ? [] : (liveById.get(schemeId)?.grants ?? []);
        const kept = live.filter((grant) => !removed.has(grant.id));
        const added = mine.flatMap((change) => change.action === 'add-grant' && change.permission !== undefined && change.holder !== undefined
            ? [
                {
                    permission: change.permission,
                    holder: change.holder,
                    ...(change.label !== undefined ? { label: change.label } : {}),
                },
            ]
            : []);
        return [...kept, ...added];
    };
    const scopes = [];
    const projectById = new Map([...input.projectsByScheme.values()].flatMap((projects) => projects.map((project) => [project.id, project])));
    const moves = changes.filter((change) => change.action === 'assign-project');
    const moved = new Set(moves.map((move) => move.projectId));
    const changedSchemes = new Map();
    for (const change of grantChanges) {
        if (change.schemeId !== null)
            changedSchemes.set(change.schemeId, change.scheme);
    }
    for (const [schemeId, scheme] of changedSchemes) {
        const before = liveById.get(schemeId)?.grants ?? [];
        const after = plannedGrants(scheme, schemeId);

        const permissions = changedPermissions(before, after, keyOf, touchedPermissions(before, after));
        if (permissions.length === 0)
            continue;
        for (const project of input.projectsByScheme.get(schemeId) ?? []) {
            if (moved.has(project.id))
                continue;
            scopes.push({ project, scheme, permissions });
        }
    }
    for (const move of moves) {
        const from = move.fromSchemeId === null || move.fromSchemeId === undefined
            ? undefined
            : liveById.get(move.fromSchemeId);
        const permissions = changedPermissions(from?.grants ?? [], plannedGrants(move.scheme, move.schemeId), keyOf);
        if (permissions.length === 0)
            continue;
        scopes.push({
            project: projectById.get(move.projectId ?? '') ?? { id: move.projectId ?? '', key: move.project ?? '' },
            scheme: move.scheme,
            ...((move.fromScheme ?? from?.name) === undefined
                ? {}
                : { fromScheme: move.fromScheme ?? from?.name ?? '' }),
            permissions,
        });
    }
    return scopes.sort((a, b) => (0,order .n6)(a.project.key, b.project.key));
}





function* knownHolders(live, changes) {
    for (const scheme of live)
        yield* scheme.grants;
    for (const change of changes) {
        if (change.permission !== undefined && change.holder !== undefined)
            yield { holder: change.holder };
    }
}










function touchedPermissions(before, after) {
    const touched = new Set();
    let next = 0;
    for (const grant of before) {
        if (after[next] === grant)
            next += 1;
        else
            touched.add(grant.permission);
    }
    for (; next < after.length; next += 1)
        touched.add(after[next]?.permission ?? '');
    return touched;
}




function changedPermissions(before, after, keyOf, only) {
    const byPermission = (grants) => {
        const map = new Map();
        for (const grant of grants) {
            if (only !== undefined && !only.has(grant.permission))
                continue;
            const holders = map.get(grant.permission) ?? new Map();
            const key = keyOf(grant);
            if (!holders.has(key))
                holders.set(key, grant);
            map.set(grant.permission, holders);
        }
        return map;
    };
    const was = byPermission(before);
    const will = byPermission(after);
    const permissions = [...new Set([...was.keys(), ...will.keys()])].sort(order .n6);
    const result = [];
    for (const permission of permissions) {
        const left = was.get(permission) ?? new Map();
        const right = will.get(permission) ?? new Map();
        const same = left.size === right.size && [...left.keys()].every((key) => right.has(key));
        if (!same)
            result.push({ permission, before: [...left.values()], after: [...right.values()] });
    }
    return result;
}

;




function planAccess(input, reader, progress, options = {}) {
    return planAccessOf(accessScope(input), reader, progress, options);
}





async function planAccessOf(scopes, reader, progress, options = {}) {
    if (scopes.length === 0)
        return { changes: [], summary: { peopleGaining: 0, peopleLosing: 0 } };
    const budget = new ReadBudget(options.budget ?? Number.POSITIVE_INFINITY, options.requestsMade);
    const mandatoryPermissions = options.mandatoryPermissions ?? new Set();
    const mandatory = (grant) => mandatoryPermissions.has(grant.permission);
    let done = 0;
    let total = 0;
    const wave = async (wanted) => {
        if (wanted.length === 0)
            return undefined;
        const before = { done, total };
        const data = await readPeople(wanted, reader, (waveDone, waveTotal) => {
            done = before.done + waveDone;
            total = before.total + waveTotal;
            progress?.(done, total);
        }, { budget, mandatory });
        return data;
    };
    const changed = scopes.map((scope) => ({
        project: scope.project,
        grants: scope.permissions.flatMap((permission) => {
            const parts = permissionParts(permission);
            return [...parts.gained, ...parts.lost];
        }),
    }));
    let data = (await wave(changed)) ?? emptyPeople();
    const roles = (grant) => grant.holder.type === 'projectRole';
    const shared = await wave(keptGrantsToRead(scopes, data, (grant) => !roles(grant), mandatory));
    if (shared !== undefined)
        data = mergePeople(data, shared);
    const perProject = await wave(keptGrantsToRead(scopes, data, roles, mandatory));
    if (perProject !== undefined)
        data = mergePeople(data, perProject);
    const report = computeAccess(scopes, data);
    if (budget.complete)
        return report;
    const changesNotExpanded = report.changes.filter((change) => (change.unexpanded ?? []).some((entry) => entry.notRead === true)).length;
    report.summary.complete = false;
    report.summary.budget = { ...budget.report, changesNotExpanded };
    return report;
}
function emptyPeople() {
    return { groups: new Map(), roles: new Map(), leads: new Map(), users: new Map() };
}

function mergePeople(first, second) {
    const merged = {
        groups: joined(first.groups, second.groups),
        roles: joined(first.roles, second.roles),
        leads: joined(first.leads, second.leads),
        users: joined(first.users, second.users),
    };
    const applicationRoles = second.applicationRoles ?? first.applicationRoles;
    if (applicationRoles !== undefined)
        merged.applicationRoles = applicationRoles;
    return merged;
}




function joined(first, second) {
    const map = new Map(first);
    second.forEach((value, key) => map.set(key, value));
    return map;
}


var plan_managed = __webpack_require__(4870);

var planner = __webpack_require__(5552);
;


















const LIVE_STATE_RULES = new Set([
    'no-anonymous-access',
    'no-broad-admin',
    'prefer-group-id',
    'browse-required',
    'admin-required',
    'product-permission',
]);

function mayBeAlreadyLive(finding) {
    return finding.severity === 'error' && LIVE_STATE_RULES.has(finding.ruleId);
}

const REQUIRED_PERMISSION = {
    'admin-required': 'ADMINISTER_PROJECTS',
    'browse-required': 'BROWSE_PROJECTS',
};





function liveBreaksToo(ruleId, live, managed) {
    const permission = REQUIRED_PERMISSION[ruleId];
    if (permission === undefined)
        return false;
    return !live.grants.some((grant) => grant.permission === permission && !(0,plan_managed .A)(grant, managed));
}

function placeKey(location) {
    return `${location.line}:${location.column}`;
}
function indexFile(spec, desired, live) {
    const grantsAt = new Map();
    for (const grant of spec.grants) {
        for (const place of new Set([placeKey(grant.location), placeKey(grant.permissionLocation)])) {
            const list = grantsAt.get(place);
            if (list === undefined)
                grantsAt.set(place, [grant]);
            else
                list.push(grant);
        }
    }
    const keyOf = (0,model_holder .lo)([...desired.grants, ...live.grants]);
    const liveKeys = new Set(live.grants.map(keyOf));
    const liveAt = new Map();
    for (const [index, grant] of desired.grants.entries()) {
        const source = desired.grantSources?.[index]?.location;
        if (source === undefined || source.file !== spec.file)
            continue;
        const place = placeKey(source);

        if (!liveAt.has(place))
            liveAt.set(place, liveKeys.has(keyOf(grant)));
    }
    return { spec, live, grantsAt, liveAt };
}




function markAlreadyLive(findings, context) {
    const liveOf = (0,planner .ze)(context.desired, context.live);
    const specOf = new Map(context.specs.map((spec) => [spec.file, spec]));
    const desiredOf = new Map(context.desired.map((desired) => [desired.file, desired]));
    const indexes = new Map();
    const indexOf = (file) => {
        if (!indexes.has(file)) {
            const spec = specOf.get(file);
            const desired = desiredOf.get(file);
            const live = liveOf.get(file);
            indexes.set(file, spec === undefined || desired === undefined || live === undefined
                ? undefined
                : indexFile(spec, desired, live));
        }
        return indexes.get(file);
    };
    const judge = (finding) => {
        const index = indexOf(finding.file);
        if (index === undefined)
            return false;
        const grants = index.grantsAt.get(placeKey(finding));
        if (grants !== undefined) {

            return grants.every((grant) => index.liveAt.get(placeKey(grant.location)) === true);
        }



        if (placeKey(index.spec.nameLocation) !== placeKey(finding))
            return false;
        if (liveBreaksToo(finding.ruleId, index.live, context.managedHolders ?? []))
            return true;
        return !context.changes.some((change) => change.action !== 'assign-project' &&
            (change.file === finding.file || change.schemeId === index.live.id));
    };
    return findings.map((finding) => mayBeAlreadyLive(finding) && judge(finding)
        ? { ...finding, severity: 'warning', alreadyLive: true }
        : finding);
}

;










function withoutFileGrants(project, desired, findings) {
    const kept = new Set(findings.filter(mayBeAlreadyLive).map((finding) => finding.file));
    const slim = (spec) => (kept.has(spec.file) ? spec : { ...spec, grants: [] });
    return {
        project: {
            ...project,
            schemes: project.schemes.map(slim),
            unverifiedSchemes: project.unverifiedSchemes.map(slim),
        },
        desired: desired.map((scheme) => {
            if (kept.has(scheme.file) || scheme.grantSources === undefined)
                return scheme;
            const { grantSources: _written, ...rest } = scheme;
            return rest;
        }),
    };
}


var heap = __webpack_require__(6086);

var guardrails = __webpack_require__(537);
;









function checkAccessLimits(changes, settings) {
    const violations = [];

    const severity = (0,rules .ep)('access-limit', 'error', settings.rules);
    if (severity === undefined)
        return violations;
    for (const change of changes) {
        const limit = settings.accessLimits[change.permission];
        if (limit === undefined || change.gained.length <= limit)
            continue;
        violations.push({
            guardrail: 'access-limit',
            scheme: change.scheme,
            message: `${String(change.gained.length)} people would gain ${change.permission} in ${change.project} ` +
                `(scheme "${change.scheme}"), more than the limit of ${String(limit)}: ` +
                `${change.gained.map(access .hJ).join(', ')}.`,
            allowed: severity !== 'error' || (0,guardrails .Jr)(settings, 'access-limit', [change.scheme]),
        });
    }
    return violations;
}


var fingerprint = __webpack_require__(1731);
;

function changesNeedUsage(plan) {
    return plan.changes.some((change) => change.action === 'remove-grant' ||
        change.action === 'delete-scheme' ||
        change.action === 'assign-project');
}

;





















function planResult(fields, keep, fileCount = fields.project?.files.length ?? 0) {
    const plan = fields.plan;
    return {
        ...(keep === 'plan' ? withoutInputs(fields) : fields),
        fileCount,
        hasChanges: plan !== undefined && plan.changes.length > 0,
        blocked: fields.status !== 'planned' ||
            fields.findings.some((finding) => finding.severity === 'error') ||
            (plan !== undefined && (0,planner .WH)(plan)),
    };
}

function withoutInputs(fields) {
    const { status, plan, findings, settings, error } = fields;
    return {
        status,
        ...(plan === undefined ? {} : { plan }),
        findings,
        ...(settings === undefined ? {} : { settings }),
        ...(error === undefined ? {} : { error }),
    };
}
async function runPlan(options, deps) {
    const keep = options.keep ?? 'inputs';


    const made = await makePlan(options, deps);
    if ('status' in made)
        return made;
    const { plan, findings, settings, projectsByScheme, reader, fileCount, inputs } = made;
    const result = (fields) => planResult(fields, keep, fileCount);
    try {
        if (wantsAccess(options, settings) && projectsByScheme !== undefined && plan.changes.length > 0) {
            deps.signal.throwIfAborted();
            const scopes = scope_accessScope({ plan, live: made.live, projectsByScheme });


            if (keep === 'plan')
                made.live = [];
            await readAccess(plan, { scopes, settings, reader, options, deps });
        }
    }
    catch (error) {
        return result({
            status: 'failed',
            findings,
            ...(inputs === undefined ? {} : { project: inputs.project }),
            settings: inputs?.project.settings ?? settings,
            error: (0,errors .gJ)(error),
        });
    }
    findings.push(...plan.findings);

    plan.findings.push(...findings.filter((finding) => finding.alreadyLive === true));

    return result({
        status: 'planned',
        plan,
        findings,
        ...(inputs === undefined ? {} : { project: inputs.project, desired: inputs.desired }),
        settings,
        live: made.live,
        ...(projectsByScheme === undefined ? {} : { projectsByScheme }),
        ...(inputs === undefined ? {} : { resolved: inputs.resolved }),
    });
}

function wantsAccess(options, settings) {
    const access = options.access ?? 'always';
    return (access === 'always' ||
        access === 'full' ||
        (access === 'limits' && Object.keys(settings.accessLimits).length > 0));
}

async function readAccess(plan, context) {
    const { scopes, settings, reader, options, deps } = context;
    const access = options.access ?? 'always';
    deps.progress({ step: 'read-access', message: 'Reading who gains and who loses access' });
    const requestsMade = requestCounter(reader);


    const budget = access === 'always' ? (options.accessBudget ?? defaultAccessBudget(requestsMade?.() ?? 0)) : undefined;
    const accessOptions = {

        mandatoryPermissions: new Set(Object.keys(settings.accessLimits)),
        ...(budget === undefined ? {} : { budget }),
        ...(requestsMade === undefined ? {} : { requestsMade }),
    };
    const report = await planAccessOf(scopes, reader, (done, total) => {
        deps.progress({
            step: 'read-access',
            message: 'Reading who gains and who loses access',
            done,
            total,
        });
    }, accessOptions);
    plan.access = report.changes;
    plan.summary.access = report.summary;
    plan.guardrails.push(...checkAccessLimits(report.changes, settings));
}





async function makePlan(options, deps) {
    const keep = options.keep ?? 'inputs';
    const progress = (step, message) => {
        deps.progress({ step, message });
    };
    const result = (fields) => planResult(fields, keep);
    progress('load', 'Reading and validating the scheme files');
    const load = (customPermissions) => (0,config_load .gi)({
        cwd: deps.cwd,
        ...(options.path === undefined ? {} : { path: options.path }),
        ...(options.settingsPath === undefined ? {} : { settingsPath: options.settingsPath }),
        ...(customPermissions === undefined ? {} : { customPermissions }),
    });
    let project;
    try {
        project = options.reuse?.project ?? (await load());
    }
    catch (error) {
        return result({
            status: 'failed',
            findings: [],
            error: `Could not read the scheme files: ${(0,errors .gJ)(error)}`,
        });
    }



    const offlineErrors = project.findings.filter((finding) => finding.severity === 'error');
    if (!offlineErrors.every((finding) => (0,config_findings .P1)(finding) || mayBeAlreadyLive(finding))) {
        return result({ status: 'invalid', findings: project.findings, project, settings: project.settings });
    }
    let findings = [...project.findings];
    let listedProjects;
    const settled = async (stopped) => {
        await listedProjects?.catch(() => undefined);
        return stopped;
    };
    try {
        deps.signal.throwIfAborted();
        progress('connect', 'Connecting to Jira (read-only)');
        const reader = deps.jira.reader({ signal: deps.signal });


        progress('read-live', 'Reading the live permission schemes');
        const liveRead = reader.listPermissionSchemes();
        liveRead.catch(() => undefined);


        if (namesRoles(project))
            reader.getProjectRoles().catch(() => undefined);




        const readProjects = () => options.reuse?.projectsByScheme === undefined
            ? reader.getProjectsByScheme()
            : Promise.resolve(options.reuse.projectsByScheme);
        listedProjects = project.schemes.some((spec) => spec.projects !== undefined) ? readProjects() : undefined;
        listedProjects?.catch(() => undefined);
        const catalogue = await reader.getPermissionCatalogue();
        const catalogueKeys = catalogue.map((entry) => entry.key);
        if (offlineErrors.some(config_findings .P1)) {
            project = await load(catalogueKeys);
            findings = [...project.findings];
            if (findings.some((finding) => finding.severity === 'error' && !mayBeAlreadyLive(finding)))
                return await settled(result({ status: 'invalid', findings, project, settings: project.settings }));
        }
        findings = (0,site .Vx)((0,site .eB)(findings, project, catalogueKeys), reader.groupsHaveIds);
        const { settings } = project;
        const live = await liveRead;
        const reusedResolution = options.reuse?.resolved;
        if (reusedResolution === undefined) {
            progress('resolve', 'Resolving names to ids');


            (0,heap .iO)();
        }
        let resolved = reusedResolution ??
            (await (0,resolve .P)(project.schemes, reader, {
                customPermissions: settings.customPermissions,
                rules: settings.rules,
            }));
        findings.push(...resolved.findings);
        if (hasErrors(resolved.findings)) {
            return await settled(result({ status: 'invalid', findings, project, settings, desired: resolved.schemes }));
        }
        deps.signal.throwIfAborted();
        const managedHolders = await withManagedIds(settings.managedHolders, reader);
        const planSettings = { ...settings, managedHolders };

        let desired = resolved.schemes;
        if (keep === 'plan') {
            ({ project, desired } = withoutFileGrants(project, desired, findings));

            resolved = undefined;


            (0,heap .iO)();
        }
        let projectsByScheme;
        if (listedProjects !== undefined) {
            deps.signal.throwIfAborted();
            progress('read-projects', 'Reading which projects use which scheme');
            projectsByScheme = await listedProjects;
            const projects = (0,resolve_projects .D)(project.schemes, desired, projectsByScheme);
            desired = projects.schemes;
            const projectFindings = (0,rules .mk)(projects.findings, settings.rules);
            findings.push(...projectFindings);
            if (hasErrors(projectFindings)) {
                return result({ status: 'invalid', findings, project, settings, desired, live });
            }
        }
        const input = {
            desired,
            live,
            settings: planSettings,
            filesHash: (0,fingerprint .TL)(project.files, settings),
            files: (0,fingerprint .tz)(project),
            knownPermissions: catalogueKeys,
        };
        progress('plan', 'Comparing the files with Jira');
        let plan = (0,planner .XA)(projectsByScheme === undefined ? input : { ...input, projectsByScheme });


        findings = markAlreadyLive(findings, {
            specs: project.schemes,
            desired,
            live,
            changes: plan.changes,
            managedHolders,
        });
        if (hasErrors(findings)) {
            return result({ status: 'invalid', findings, project, settings, desired, live });
        }


        const usageWanted = (options.projectUsage ?? 'changes') === 'changes' ||
            wantsAccess(options, settings) ||
            changesNeedUsage(plan);
        if (projectsByScheme === undefined && plan.changes.length > 0 && usageWanted) {
            deps.signal.throwIfAborted();
            progress('read-projects', 'Reading which projects use the changed schemes');
            projectsByScheme = await readProjects();
            plan = (0,planner .XA)({ ...input, projectsByScheme });
        }
        const unpinned = (0,rules .mk)((0,planner .GR)(desired, live), settings.rules);
        plan.findings = [...plan.findings, ...unpinned].map((finding) => locatePlanFinding(finding, project.schemes));
        return {
            plan,
            findings,
            settings: planSettings,
            live,
            projectsByScheme,
            reader,
            fileCount: project.files.length,
            inputs: resolved === undefined ? undefined : { project, desired, resolved },
        };
    }
    catch (error) {
        return await settled(result({
            status: 'failed',
            findings,
            project,
            settings: project.settings,
            error: (0,errors .gJ)(error),
        }));
    }
}






function requestCounter(reader) {
    const read = () => {
        if (!('stats' in reader))
            return undefined;
        const stats = reader.stats;
        if (typeof stats !== 'object' || stats === null)
            return undefined;
        if (!('requests' in stats) || typeof stats.requests !== 'number')
            return undefined;
        const retries = 'retries' in stats && typeof stats.retries === 'number' ? stats.retries : 0;
        return stats.requests - retries;
    };
    if (read() === undefined)
        return undefined;
    return () => read() ?? 0;
}

function managedNeedsRoles(managed) {
    return managed.some((holder) => holder.type === 'projectRole' && holder.id === undefined && holder.name !== undefined);
}

function namesRoles(project) {
    return (managedNeedsRoles(project.settings.managedHolders) ||
        project.schemes.some((spec) => spec.grants.some((grant) => grant.holder.type === 'projectRole')));
}
function hasErrors(findings) {
    return findings.some((finding) => finding.severity === 'error');
}




async function withManagedIds(managed, directory) {
    const needsRoles = managedNeedsRoles(managed);
    const groupNames = managed
        .filter((holder) => holder.type === 'group' && holder.id === undefined && holder.name !== undefined)
        .map((holder) => holder.name ?? '');
    const roles = needsRoles ? await directory.getProjectRoles() : [];
    const groups = groupNames.length > 0 && directory.groupsHaveIds
        ? await directory.findGroupsByName(groupNames)
        : new Map();
    return managed.map((holder) => {
        if (holder.id !== undefined || holder.name === undefined)
            return holder;
        const wanted = holder.name.toLowerCase();
        if (holder.type === 'projectRole') {
            const role = roles.find((candidate) => candidate.name.toLowerCase() === wanted);
            return role === undefined ? holder : { ...holder, id: String(role.id) };
        }
        if (holder.type === 'group') {
            const group = groups.get(holder.name);
            return group?.id === undefined ? holder : { ...holder, id: group.id };
        }
        return holder;
    });
}




function locatePlanFinding(finding, specs) {
    const spec = specs.find((candidate) => candidate.file === finding.file);
    if (spec === undefined || finding.endLine !== undefined)
        return finding;
    const pinned = finding.ruleId === 'pinned-scheme-missing' || finding.ruleId === 'pinned-scheme-duplicate';
    const location = pinned && spec.idLocation !== undefined ? spec.idLocation : spec.nameLocation;
    return { ...finding, ...location };
}


}),

3179:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
BA: () => ( isBroadHolder),
Wd: () => ( isExpandedHolder),
hJ: () => ( personName)
});

function isBroadHolder(holder) {
    return (holder.type === 'anyone' ||
        (holder.type === 'applicationRole' && (holder.parameter ?? holder.value ?? '') === ''));
}

function isExpandedHolder(holder) {
    switch (holder.type) {
        case 'user':
        case 'group':
        case 'projectRole':
        case 'projectLead':
            return true;
        case 'applicationRole':
            return !isBroadHolder(holder);
        default:
            return false;
    }
}

function personName(person) {
    return person.displayName === '' || person.displayName === person.accountId
        ? person.accountId
        : `${person.displayName} (${person.accountId})`;
}


}),

8283:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
FR: () => ( withSiteCatalogue),
Vx: () => ( withoutGroupIdAdvice),
eB: () => ( notesForSite)
});
var _config_findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4770);
var _model_permissions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5917);
var _lint_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3233);
var _rules_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1787);
var _rules_prefer_group_id_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1724);
var _rules_product_permission_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4665);







function notesForSite(findings, project, sitePermissions) {
    const kept = findings.filter((finding) => finding.ruleId !== _rules_product_permission_js__WEBPACK_IMPORTED_MODULE_5__/* .productPermission */ .r.meta.id);
    const schemes = [...project.schemes, ...project.unverifiedSchemes];
    return [
        ...kept,
        ...(0,_lint_js__WEBPACK_IMPORTED_MODULE_2__/* .lintSchemes */ .IL)(schemes, project.settings, [_rules_product_permission_js__WEBPACK_IMPORTED_MODULE_5__/* .productPermission */ .r], {
            sitePermissions: new Set(sitePermissions),
        }),
    ];
}






function withSiteCatalogue(findings, project, sitePermissions) {
    const known = new Set([...sitePermissions, ...project.settings.customPermissions]);
    const settled = project.unverifiedSchemes.filter((scheme) => scheme.grants.every((grant) => (0,_model_permissions_js__WEBPACK_IMPORTED_MODULE_1__/* .isBuiltInPermission */ .Lq)(grant.permission) || known.has(grant.permission)));
    const wholeSchemeRules = _rules_index_js__WEBPACK_IMPORTED_MODULE_3__/* .RULES */ .y.filter((rule) => rule.wholeScheme === true);
    return notesForSite([
        ...findings.filter((finding) => !(0,_config_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .isUnknownPermissionKey */ .P1)(finding)),
        ...(0,_lint_js__WEBPACK_IMPORTED_MODULE_2__/* .lintSchemes */ .IL)(settled, project.settings, wholeSchemeRules),
    ], project, sitePermissions);
}




function withoutGroupIdAdvice(findings, groupsHaveIds) {
    if (groupsHaveIds)
        return [...findings];
    return findings.filter((finding) => finding.ruleId !== _rules_prefer_group_id_js__WEBPACK_IMPORTED_MODULE_4__/* .preferGroupId */ .P.meta.id);
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

6958:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
D1: () => ( blockedLine),
Gh: () => ( splitPlanFindings),
Ls: () => ( ALREADY_LIVE_HEADING),
MT: () => ( verdictLine),
T0: () => ( groupBySchemes),
U6: () => ( permissionWidth),
dC: () => ( summaryLine),
oX: () => ( projectMoveText),
pG: () => ( changeLabel),
ux: () => ( projectsPhrase)
});

var _model_holder_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2087);
var _model_permissions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5917);
var _plan_order_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2739);
var _plan_planner_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5552);
var _words_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1788);





function groupBySchemes(plan) {
    const groups = new Map();
    for (const change of plan.changes) {
        const key = (0,_plan_planner_js__WEBPACK_IMPORTED_MODULE_3__/* .schemeIdentity */ .sz)(change);
        let group = groups.get(key);
        if (group === undefined) {
            group = {
                name: change.scheme,
                schemeId: change.schemeId,
                marker: '~',
                grantChanges: [],
                projectChanges: [],
            };
            if (change.file !== undefined)
                group.file = change.file;
            groups.set(key, group);
        }
        if (change.action === 'add-grant' || change.action === 'remove-grant') {
            group.grantChanges.push(change);
        }
        else if (change.action === 'assign-project') {
            group.projectChanges.push(change);
        }
        else {
            group.schemeChange = change;
            group.marker = change.action === 'create-scheme' ? '+' : change.action === 'delete-scheme' ? '-' : '~';
        }
    }
    for (const group of groups.values()) {
        group.grantChanges.sort(compareGrantChanges);
        group.projectChanges.sort((a, b) => (0,_plan_order_js__WEBPACK_IMPORTED_MODULE_2__/* .compareText */ .n6)(a.project ?? '', b.project ?? ''));
        const blast = plan.blastRadius.find((radius) => radius.schemeId === group.schemeId && (group.schemeId !== null || radius.scheme === group.name));
        if (blast !== undefined)
            group.blast = blast;
    }
    return [...groups.values()];
}
function compareGrantChanges(a, b) {
    const order = (change) => (change.action === 'remove-grant' ? 0 : 1);
    return ((0,_model_permissions_js__WEBPACK_IMPORTED_MODULE_1__/* .permissionOrder */ .W1)(a.permission ?? '', b.permission ?? '') ||
        order(a) - order(b) ||
        (0,_plan_order_js__WEBPACK_IMPORTED_MODULE_2__/* .compareText */ .n6)(changeLabel(a), changeLabel(b)) ||
        (0,_plan_order_js__WEBPACK_IMPORTED_MODULE_2__/* .compareText */ .n6)(a.holder === undefined ? '' : (0,_model_holder_js__WEBPACK_IMPORTED_MODULE_0__/* .holderKey */ .I4)(a.holder), b.holder === undefined ? '' : (0,_model_holder_js__WEBPACK_IMPORTED_MODULE_0__/* .holderKey */ .I4)(b.holder)));
}

function projectMoveText(change) {
    const from = change.fromScheme ??
        (change.fromSchemeId === undefined || change.fromSchemeId === null
            ? 'no scheme'
            : `scheme ${change.fromSchemeId}`);
    return `project ${change.project ?? '?'}: ${from} \u2192 ${change.scheme}`;
}
function changeLabel(change) {
    return change.holder === undefined
        ? (change.label ?? '')
        : (0,_model_holder_js__WEBPACK_IMPORTED_MODULE_0__/* .grantLabel */ .JA)({ ...change, holder: change.holder });
}
const NO_CHANGES = 'No changes. Jira matches the files.';

const ALREADY_LIVE_HEADING = 'Already live in Jira, not blocking (the plan keeps them as they are; validate reports them as errors)';

function splitPlanFindings(findings) {
    return {
        problems: findings.filter((finding) => finding.alreadyLive !== true),
        alreadyLive: findings.filter((finding) => finding.alreadyLive === true),
    };
}

const NO_CHANGES_WITH_ERRORS = 'No changes planned, but schemes with errors (see the problems) were left out: Jira may not match those files.';

function noChangesLine(plan) {
    return plan.findings.some((finding) => finding.severity === 'error') ? NO_CHANGES_WITH_ERRORS : NO_CHANGES;
}




function summaryLine(plan) {
    const { summary } = plan;
    const parts = [
        `${summary.add} to add`,
        `${summary.remove} to remove`,
        `${(0,_words_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(summary.createSchemes, 'scheme')} to create`,
    ];
    if (summary.updateSchemes > 0)
        parts.push(`${(0,_words_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(summary.updateSchemes, 'scheme')} to update`);
    if (summary.deleteSchemes > 0)
        parts.push(`${(0,_words_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(summary.deleteSchemes, 'scheme')} to delete`);
    if (summary.assignProjects > 0)
        parts.push(`${(0,_words_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(summary.assignProjects, 'project')} to move`);
    return parts.join(', ');
}

function verdictLine(plan) {
    const { summary } = plan;
    if (plan.changes.length === 0)
        return noChangesLine(plan);
    const parts = [`${summary.add} to add`, `${summary.remove} to remove`];
    if (summary.createSchemes > 0)
        parts.push(`${(0,_words_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(summary.createSchemes, 'scheme')} to create`);
    if (summary.updateSchemes > 0)
        parts.push(`${(0,_words_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(summary.updateSchemes, 'scheme')} to update`);
    if (summary.deleteSchemes > 0)
        parts.push(`${(0,_words_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(summary.deleteSchemes, 'scheme')} to delete`);
    if (summary.assignProjects > 0)
        parts.push(`${(0,_words_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(summary.assignProjects, 'project')} to move`);
    const changed = `${parts.join(', ')} in ${(0,_words_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(summary.schemesChanged, 'scheme')}`;
    if (summary.projectsAffected === null)
        return `${changed}; ${USAGE_NOT_READ}`;
    const projects = summary.projectsAffected === 0 ? 'no projects' : (0,_words_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(summary.projectsAffected, 'project');
    return `${changed}, used by ${projects}`;
}




const USAGE_NOT_READ = 'which projects use the changed schemes was not read: nothing in this plan takes access away';

function blockedLine(plan) {
    const errors = plan.findings.filter((finding) => finding.severity === 'error').length;
    const guardrails = plan.guardrails.filter((violation) => !violation.allowed).length;
    if (errors === 0 && guardrails === 0)
        return undefined;
    const reasons = [];
    if (guardrails > 0)
        reasons.push((0,_words_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(guardrails, 'guardrail'));
    if (errors > 0)
        reasons.push((0,_words_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(errors, 'error'));
    return `Blocked by ${reasons.join(' and ')}: this plan cannot be applied as it is.`;
}
function projectsPhrase(blast, isNew) {
    if (isNew) {
        return blast === undefined || blast.projectCount === null || blast.projectCount === 0
            ? 'new scheme, no projects use it yet'
            : `new scheme, used by ${(0,_words_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(blast.projectCount, 'project')} once applied`;
    }
    if (blast === undefined || blast.projectCount === null)
        return 'project usage not read';
    if (blast.projectCount === 0)
        return 'used by no projects';
    return `used by ${(0,_words_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(blast.projectCount, 'project')}`;
}

function permissionWidth(changes) {
    return Math.max(0, ...changes.map((change) => (change.permission ?? '').length));
}


})

};
