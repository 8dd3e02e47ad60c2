export const id = 8;
export const ids = [8];
export const modules = {

/***/ 1151:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ql: () => (/* binding */ commentMarker),
/* harmony export */   _4: () => (/* binding */ GITHUB_COMMENT_LIMIT),
/* harmony export */   nA: () => (/* binding */ contentBudget),
/* harmony export */   oR: () => (/* binding */ composeCommentBody),
/* harmony export */   rA: () => (/* binding */ findOwnComment)
/* harmony export */ });
/* unused harmony exports MARKER_PREFIX, ACTIONS_BOT_LOGIN */
/**
 * The one pull-request comment a plan lives in (pure: which comment is ours, what its body is).
 *
 * A comment is ours when its body starts with our hidden marker AND it was written by the token's own
 * identity. The marker carries the scheme folder and settings file when they are not the defaults, so
 * several workflows (one per folder) each keep their own comment. The identity check means nobody can
 * hijack the comment by pasting the marker into theirs.
 */
const MARKER_PREFIX = '<!-- jira-permissions-as-code:plan';
/** GitHub refuses comment bodies longer than this (characters). */
const GITHUB_COMMENT_LIMIT = 65_536;
const DEFAULT_SETTINGS_PATH = '.jira-permissions.yml';
/** `encodeURIComponent` keeps `-` and `!` but encodes `>`, so no value can close the HTML comment. */
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
/** GitHub marks bot accounts with type "Bot" and a "[bot]" suffix on the login (people cannot use `[`). */
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
/** The oldest comment carrying exactly this marker on its first line, written by us. */
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
/**
 * Marker line, then the content, kept under GitHub's limit. The renderer is asked for a size that fits;
 * this is the last line of defence, cutting at a line boundary and saying so.
 */
function composeCommentBody(marker, content, limit = GITHUB_COMMENT_LIMIT) {
    const body = `${marker}\n${content.endsWith('\n') ? content : `${content}\n`}`;
    if (body.length < limit)
        return body;
    const room = limit - 1 - TRUNCATION_NOTICE.length - 200;
    let cut = body.slice(0, room);
    const lastBreak = cut.lastIndexOf('\n');
    if (lastBreak > marker.length)
        cut = cut.slice(0, lastBreak);
    // An unclosed code fence would swallow the notice.
    const fences = cut.match(/^```/gm)?.length ?? 0;
    if (fences % 2 === 1)
        cut += '\n```';
    const openDetails = (cut.match(/<details>/g)?.length ?? 0) - (cut.match(/<\/details>/g)?.length ?? 0);
    for (let index = 0; index < openDetails; index++)
        cut += '\n</details>';
    return `${cut}${TRUNCATION_NOTICE}`;
}
/** How much room the content has once the marker line is added. */
function contentBudget(marker, limit = GITHUB_COMMENT_LIMIT) {
    return limit - marker.length - 2;
}


/***/ }),

/***/ 6339:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B$: () => (/* binding */ createIssueClient),
/* harmony export */   LN: () => (/* binding */ createCommentClient),
/* harmony export */   gK: () => (/* binding */ upsertPlanComment),
/* harmony export */   r2: () => (/* binding */ mergedPullRequest)
/* harmony export */ });
/* unused harmony export hasNextPage */
/* harmony import */ var _comment_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1151);
/* harmony import */ var _jira_transport_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1665);
/**
 * The pull-request comment client: the only module that speaks to GitHub's REST API. Built on
 * `@actions/github`'s Octokit, pointed at `GITHUB_API_URL` (GitHub Enterprise Server, or a local
 * stand-in in tests). Octokit is loaded on the first call, so runs that post nothing never load it.
 */


function statusOf(error) {
    if (typeof error === 'object' && error !== null && 'status' in error) {
        const status = error.status;
        return typeof status === 'number' ? status : undefined;
    }
    return undefined;
}
const COMMENTS_PER_PAGE = 100;
/** 100,000 comments: far beyond any pull request, and a stop for an API that repeats its last page. */
const MAX_COMMENT_PAGES = 1_000;
/**
 * Whether to ask for another page of comments. GitHub says so with a `Link: <…>; rel="next"` header;
 * an API that pages without Link headers is read on while pages come back full and new.
 */
function hasNextPage(link, count, fresh) {
    if (fresh === 0)
        return false;
    if (link !== undefined && link !== '')
        return /rel="?next"?/.test(link);
    return count >= COMMENTS_PER_PAGE;
}
/** Octokit for this token and API URL, loaded on first use (a validate run never loads it). */
function octokitLoader(token, apiUrl, env) {
    let loading;
    return () => {
        loading ??= __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413)).then(({ getOctokit }) => 
        // The same proxy handling as the requests to Jira (HTTPS_PROXY, HTTP_PROXY, NO_PROXY), decided for
        // this API URL (@actions/github decides it once for GITHUB_API_URL, and always skips loopback hosts).
        getOctokit(token, {
            baseUrl: apiUrl.replace(/\/+$/, ''),
            request: { fetch: (0,_jira_transport_js__WEBPACK_IMPORTED_MODULE_0__/* .proxyAwareFetch */ .Fm)(env) },
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
                // 403 "Resource not accessible by integration": installation tokens may not call GET /user.
                const status = statusOf(error);
                if (status === 403)
                    return { kind: 'bot' };
                // 404: an API without the endpoint (GitHub itself always has it): the author cannot be told.
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
                    // The issues endpoints list pull requests too.
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
/** The pull request a commit of the default branch merged (GET /repos/{o}/{r}/commits/{sha}/pulls). */
async function mergedPullRequest(token, repository, sha, apiUrl = process.env.GITHUB_API_URL ?? 'https://api.github.com', env = process.env) {
    const octokit = await octokitLoader(token, apiUrl, env)();
    const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
        ...repository,
        commit_sha: sha,
        per_page: 100,
    });
    // The merge commit's own pull request first; on a squash or rebase merge, the one that was merged.
    const merged = data.filter((pull) => pull.merged_at !== null);
    const exact = merged.find((pull) => pull.merge_commit_sha === sha);
    const chosen = exact ?? merged[0];
    return chosen === undefined ? undefined : { number: chosen.number };
}
/**
 * Creates the plan comment once, then updates it in place; leaves it alone when the body would not
 * change (no notification, no "edited" noise for reviewers).
 */
async function upsertPlanComment(client, issueNumber, key, content) {
    const marker = (0,_comment_js__WEBPACK_IMPORTED_MODULE_1__/* .commentMarker */ .Ql)(key);
    const body = (0,_comment_js__WEBPACK_IMPORTED_MODULE_1__/* .composeCommentBody */ .oR)(marker, content);
    const [identity, comments] = await Promise.all([client.identity(), client.listComments(issueNumber)]);
    const existing = (0,_comment_js__WEBPACK_IMPORTED_MODULE_1__/* .findOwnComment */ .rA)(comments, marker, identity);
    if (existing === undefined) {
        return { action: 'created', commentId: await client.createComment(issueNumber, body) };
    }
    // Bodies edited in the web UI come back with CRLF line ends: compare content, not line-end style.
    if (existing.body?.replace(/\r\n/g, '\n') === body)
        return { action: 'unchanged', commentId: existing.id };
    await client.updateComment(existing.id, body);
    return { action: 'updated', commentId: existing.id };
}


/***/ }),

/***/ 9023:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DM: () => (/* binding */ entryFromChange),
/* harmony export */   EX: () => (/* binding */ countEntries),
/* harmony export */   ii: () => (/* binding */ holderText),
/* harmony export */   nn: () => (/* binding */ fromSchemeText)
/* harmony export */ });
/* harmony import */ var _model_holder_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2087);

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
/** A holder as people read it: the label the plan gave it, else the holder module's label. */
function holderText(entry) {
    return entry.holder === undefined ? (entry.label ?? '') : (0,_model_holder_js__WEBPACK_IMPORTED_MODULE_0__/* .grantLabel */ .JA)({ ...entry, holder: entry.holder });
}
/**
 * The scheme a project leaves, in words (`"Old" (10001)`, `scheme 10001`, `no scheme`): the stale-plan
 * messages quote it; views escape the message for their destination.
 */
function fromSchemeText(entry) {
    const id = entry.fromSchemeId ?? null;
    if (entry.fromScheme === undefined || entry.fromScheme === null)
        return id === null ? 'no scheme' : `scheme ${id}`;
    return id === null ? `"${entry.fromScheme}"` : `"${entry.fromScheme}" (${id})`;
}


/***/ }),

/***/ 8057:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cy: () => (/* binding */ changeKey),
/* harmony export */   FU: () => (/* binding */ parsePlanFile),
/* harmony export */   ww: () => (/* binding */ explainStaleness)
/* harmony export */ });
/* unused harmony export changedFiles */
/* harmony import */ var _model_holder_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2087);
/* harmony import */ var _journal_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9023);


/**
 * Is the reviewed plan still what apply would do? Apply always plans afresh; this compares the fresh plan
 * with the one people reviewed and says, change by change, what moved, in terms of what happened in Jira
 * (or in the files), so the person reading it knows what to look at.
 */
function schemeLabel(change) {
    return change.schemeId === null
        ? `scheme "${change.scheme}"`
        : `scheme "${change.scheme}" (${change.schemeId})`;
}
function grantText(change) {
    return `grant ${change.permission ?? '?'} ${(0,_journal_js__WEBPACK_IMPORTED_MODULE_1__/* .holderText */ .ii)(change)}`;
}
/** Identity of a change, independent of display fields and grant ids. */
function changeKey(change) {
    const scheme = change.schemeId === null ? `name:${change.scheme}` : `id:${change.schemeId}`;
    if (change.action === 'assign-project')
        return `${change.action}|${scheme}|${change.projectId ?? change.project ?? ''}`;
    const holder = change.holder === undefined ? '' : (0,_model_holder_js__WEBPACK_IMPORTED_MODULE_0__/* .holderKey */ .I4)(change.holder);
    return `${change.action}|${scheme}|${change.permission ?? ''}|${holder}`;
}
/** The fresh plan would do this and the reviewed one did not. */
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
/** The reviewed plan would do this and the fresh one no longer does. */
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
/** What a change does, in the words of the reasons above. */
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
/**
 * Which files changed between the reviewed plan and now (added, removed, changed), when both plans say
 * which files they were made from; undefined when the reviewed plan does not (an older plan file).
 */
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
/**
 * Every way the fresh plan differs from the reviewed one, as sentences; empty when apply may go ahead.
 * Checks the scheme files' hash, the change lists and the live fingerprints of the schemes either plan
 * touches.
 */
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
    // Same changes, yet a touched scheme's live grants moved (e.g. a grant the product keeps, or a
    // Jira-managed holder): still not what was reviewed.
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
/** Reads a plan file written by `jira-perms plan --out` (or the action), with a clear error when it is not one. */
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


/***/ }),

/***/ 4880:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ runPlan)
});

// EXTERNAL MODULE: ./src/config/findings.ts
var config_findings = __webpack_require__(4770);
// EXTERNAL MODULE: ./src/config/load.ts + 4 modules
var config_load = __webpack_require__(1980);
// EXTERNAL MODULE: ./src/validate/site.ts
var site = __webpack_require__(8283);
// EXTERNAL MODULE: ./src/jira/errors.ts
var errors = __webpack_require__(6353);
// EXTERNAL MODULE: ./src/jira/resolve.ts
var resolve = __webpack_require__(2732);
// EXTERNAL MODULE: ./src/jira/resolve-projects.ts
var resolve_projects = __webpack_require__(3091);
// EXTERNAL MODULE: ./src/model/rules.ts
var rules = __webpack_require__(2622);
;// CONCATENATED MODULE: ./src/access/budget.ts
/**
 * The read budget of effective access in `plan`'s default setting: expanding groups, roles and leads into
 * people can cost more requests than the whole scheme plan (issue #18's bench: 6,739 people reads on top
 * of plan's own 3,063), so by default access reads at most a share of what the plan itself read, and the
 * outcomes that need a holder it did not read are reported as not expanded (never guessed).
 * `JIRA_PERMS_ACCESS=full` lifts the budget.
 */
/** Every plan may spend this many people requests, however small the site (covers a small site whole). */
const ACCESS_BUDGET_FLOOR = 50;
/**
 * The share of the plan's own requests effective access may add by default. Issue #18 allows plan 1.05×
 * the requests of a client that reads no people; 4% keeps the default plan within that with room for
 * the last batch's further pages (a group's second page, a Data Center user lookup) that finish after
 * the budget is spent.
 */
const ACCESS_BUDGET_SHARE = 0.04;
/** The default budget: max(50, ⌈4% of the requests the plan made before effective access⌉). */
function defaultAccessBudget(planRequests) {
    return Math.max(ACCESS_BUDGET_FLOOR, Math.ceil(ACCESS_BUDGET_SHARE * Math.max(0, planRequests)));
}
/** The first batch's reads: the client's default concurrency, one round trip. */
const FIRST_BATCH = 10;
/**
 * Spends a number of requests on reads, in the order they are given, deterministically: which reads are
 * made depends on the site's data alone, never on how the answers happen to interleave.
 *
 * Reads go out in batches, and a read in flight is never cut short. A batch takes the next reads in
 * order, as many as the budget has requests left at the cost per read seen so far (at least one
 * request each; the very first batch at most {@link FIRST_BATCH}, to learn that cost cheaply); reads
 * already asked and mandatory reads join it uncharged. When the batch has finished, the requests it
 * actually made (a group's further pages, Data Center's username lookups) are counted, and the next
 * batch gets what is left. So the budget may be passed by the extra pages of the last batch, never by a
 * read started after it ran out. The count comes from the client (`requestsMade`), else one per read
 * (for readers that cannot count).
 */
class ReadBudget {
    limit;
    requestsMade;
    asked = new Set();
    spent = 0;
    /** Reads that were not free (charged or mandatory) and were made: the cost per read is spent / this. */
    paidReads = 0;
    /** The reads left out, by key (a read a later wave makes after all is taken out again). */
    skipped = new Set();
    constructor(limit, requestsMade) {
        this.limit = limit;
        this.requestsMade = requestsMade;
    }
    /** Whether every read so far was made. */
    get complete() {
        return this.skipped.size === 0;
    }
    get report() {
        return { limit: this.limit, requests: this.spent, readsSkipped: this.skipped.size };
    }
    /** How many reads the next batch may charge, with `left` requests left. */
    room(left) {
        if (left === Number.POSITIVE_INFINITY)
            return left; // no budget: everything at once, as ever
        if (left <= 0)
            return 0;
        if (this.paidReads === 0)
            return Math.min(left, FIRST_BATCH);
        const perRead = Math.max(1, this.spent / this.paidReads);
        return Math.max(1, Math.floor(left / perRead));
    }
    /** Runs the units in batches; a unit the budget left out has no entry in the result. */
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
                        break; // the next batch decides, once this one's requests are counted
                    this.skipped.add(unit.key); // nothing left: only free reads still go out
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
/** Why an outcome was not expanded: what ran out, and how to read it all. */
function budgetReason(limit) {
    const requests = `${String(limit)} ${limit === 1 ? 'request' : 'requests'}`;
    return `not read: the effective-access budget (${requests}) ran out; JIRA_PERMS_ACCESS=full reads every holder`;
}

// EXTERNAL MODULE: ./src/model/access.ts
var access = __webpack_require__(3179);
// EXTERNAL MODULE: ./src/model/holder.ts
var model_holder = __webpack_require__(2087);
// EXTERNAL MODULE: ./src/plan/order.ts
var order = __webpack_require__(2739);
;// CONCATENATED MODULE: ./src/access/compute.ts



/** A group's identity for reads: its id where Jira gives one (Cloud), else its name ignoring case. */
function groupKey(group) {
    return group.id !== undefined && group.id !== '' ? `id:${group.id}` : `name:${group.name.toLowerCase()}`;
}
function roleKey(projectId, roleId) {
    return `${projectId}|${roleId}`;
}
/** The group a `group` holder names: parameter = name, value = id (Cloud). */
function holderGroup(holder) {
    const name = holder.parameter ?? holder.value ?? '';
    return holder.value !== undefined && holder.value !== '' ? { name, id: holder.value } : { name };
}
const noPeople = (failures = []) => ({ expanded: true, routes: [], failures });
const notRead = (failure) => ({ ...noPeople([failure]), unread: true });
/** A read that failed: Jira refused it, or the budget left it out. */
const failed = (lookup) => lookup.notRead === true ? { ...noPeople([lookup.reason]), notRead: true } : noPeople([lookup.reason]);
/**
 * Appends one by one: `push(...items)` passes every item on the stack, and a group of a few hundred
 * thousand members would overflow it.
 */
function appendAll(target, items) {
    for (const item of items)
        target.push(item);
}
/** The people behind one grant's holder in one project, with the path through which each holds it. */
function expandHolder(grant, project, data) {
    const holder = grant.holder;
    const label = (0,model_holder/* grantLabel */.JA)(grant);
    if (!(0,access/* isExpandedHolder */.Wd)(holder))
        return { expanded: false, routes: [], failures: [] };
    switch (holder.type) {
        case 'user': {
            const id = (0,model_holder/* holderId */.MO)(holder) ?? '';
            const known = data.users.get(id);
            const person = known ?? { accountId: id, displayName: grant.name ?? id };
            return { expanded: true, routes: [{ person, via: [label] }], failures: [] };
        }
        case 'group':
            return groupExpansion(holderGroup(holder), [label], data);
        case 'projectRole': {
            const roles = data.roles.get(roleKey(project.id, (0,model_holder/* holderId */.MO)(holder) ?? ''));
            if (roles === undefined)
                return notRead(`the actors of ${label} in ${project.key} were not read`);
            if (!roles.ok)
                return failed(roles);
            const routes = roles.value.users.map((person) => ({ person, via: [label] }));
            const failures = roles.value.otherTypes.map((type) => `${label} in ${project.key} has actors of type "${type}", which cannot be expanded`);
            const expansion = { expanded: true, routes, failures };
            for (const group of roles.value.groups) {
                const inner = groupExpansion(group, [label, `group ${group.name}`], data);
                appendAll(routes, inner.routes);
                appendAll(failures, inner.failures);
                if (inner.unread)
                    expansion.unread = true;
                if (inner.notRead)
                    expansion.notRead = true;
            }
            return expansion;
        }
        case 'applicationRole': {
            const key = (0,model_holder/* holderId */.MO)(holder) ?? '';
            const roles = data.applicationRoles;
            if (roles === undefined)
                return notRead('the application roles were not read');
            if (!roles.ok)
                return failed(roles);
            const groups = roles.value.get(key);
            if (groups === undefined)
                return noPeople([`Jira has no application role "${key}"`]);
            const expansion = noPeople();
            for (const group of groups) {
                const inner = groupExpansion(group, [label, `group ${group.name}`], data);
                appendAll(expansion.routes, inner.routes);
                appendAll(expansion.failures, inner.failures);
                if (inner.unread)
                    expansion.unread = true;
                if (inner.notRead)
                    expansion.notRead = true;
            }
            return expansion;
        }
        case 'projectLead': {
            const lead = data.leads.get(project.id);
            if (lead === undefined)
                return notRead(`the lead of ${project.key} was not read`);
            if (!lead.ok)
                return failed(lead);
            return lead.value === null
                ? noPeople()
                : { expanded: true, routes: [{ person: lead.value, via: [label] }], failures: [] };
        }
        default:
            return { expanded: false, routes: [], failures: [] };
    }
}
function groupExpansion(group, via, data) {
    const members = data.groups.get(groupKey(group));
    if (members === undefined)
        return notRead(`the members of group "${group.name}" were not read`);
    if (!members.ok)
        return failed(members);
    return { expanded: true, routes: members.value.map((person) => ({ person, via })), failures: [] };
}
/** Who gains and who loses each changed permission in each project, sorted (project, permission, account). */
function computeAccess(scopes, data) {
    const changes = [];
    for (const scope of scopes) {
        for (const permission of scope.permissions) {
            changes.push(permissionChange(scope, permission, data));
        }
    }
    changes.sort((a, b) => (0,order/* compareText */.n6)(a.project, b.project) || (0,order/* compareText */.n6)(a.permission, b.permission));
    const gaining = new Set(changes.flatMap((change) => change.gained.map((person) => person.accountId)));
    const losing = new Set(changes.flatMap((change) => change.lost.map((person) => person.accountId)));
    return { changes, summary: { peopleGaining: gaining.size, peopleLosing: losing.size } };
}
function side(grants, project, data) {
    const result = { people: new Map(), holders: new Map(), failures: new Map() };
    for (const grant of grants) {
        const expansion = expandHolder(grant, project, data);
        result.holders.set((0,model_holder/* holderKey */.I4)(grant.holder), grant.holder);
        for (const { person } of expansion.routes)
            addPerson(result.people, person);
        if (expansion.failures.length > 0) {
            result.failures.set((0,model_holder/* holderKey */.I4)(grant.holder), {
                label: (0,model_holder/* grantLabel */.JA)(grant),
                holder: grant.holder,
                reasons: expansion.failures,
                notRead: expansion.notRead === true,
            });
        }
    }
    return result;
}
/** Keeps the first display name that is more than the account id. */
function addPerson(people, person) {
    const known = people.get(person.accountId);
    if (known === undefined || (known.displayName === known.accountId && person.displayName !== ''))
        people.set(person.accountId, person);
}
function permissionParts(permission) {
    const before = new Set(permission.before.map((grant) => (0,model_holder/* holderKey */.I4)(grant.holder)));
    const after = new Set(permission.after.map((grant) => (0,model_holder/* holderKey */.I4)(grant.holder)));
    return {
        gained: permission.after.filter((grant) => !before.has((0,model_holder/* holderKey */.I4)(grant.holder))),
        lost: permission.before.filter((grant) => !after.has((0,model_holder/* holderKey */.I4)(grant.holder))),
        kept: permission.before.filter((grant) => after.has((0,model_holder/* holderKey */.I4)(grant.holder))),
    };
}
/**
 * The people whose outcome the kept holders decide: those a gained holder gives and no lost holder
 * does, or the other way round. Someone both sides give keeps the permission whatever the kept holders
 * say; with no such person the kept holders need not be expanded at all.
 */
function candidates(gained, lost) {
    const out = new Set();
    for (const id of gained.people.keys())
        if (!lost.people.has(id))
            out.add(id);
    for (const id of lost.people.keys())
        if (!gained.people.has(id))
            out.add(id);
    return out;
}
/**
 * The kept holders' side. Gained = people(gained) less people(lost ∪ kept), and lost the other way
 * round, so the kept holders matter only for the candidates: when the kept holders known so far cover
 * them all, what was not read (or was refused) of the others changes nothing and is not reported.
 */
function keptSide(kept, project, data, open) {
    const result = { people: new Map(), holders: new Map(), failures: new Map() };
    const unknown = [];
    for (const grant of kept) {
        result.holders.set((0,model_holder/* holderKey */.I4)(grant.holder), grant.holder);
        if (open.size === 0)
            continue;
        const expansion = expandHolder(grant, project, data);
        for (const { person } of expansion.routes)
            addPerson(result.people, person);
        if (expansion.failures.length > 0)
            unknown.push({ grant, failures: expansion.failures, notRead: expansion.notRead === true });
    }
    const uncovered = [...open].some((id) => !result.people.has(id));
    if (uncovered) {
        for (const { grant, failures, notRead } of unknown) {
            result.failures.set((0,model_holder/* holderKey */.I4)(grant.holder), {
                label: (0,model_holder/* grantLabel */.JA)(grant),
                holder: grant.holder,
                reasons: failures,
                notRead,
            });
        }
    }
    return result;
}
/** Both sides' people, holders and failures together. */
function union(left, right) {
    const result = {
        people: new Map(left.people),
        holders: new Map([...left.holders, ...right.holders]),
        failures: new Map([...left.failures, ...right.failures]),
    };
    for (const person of right.people.values())
        addPerson(result.people, person);
    return result;
}
/**
 * The kept grants, per project, that must still be read to settle a candidate's outcome (those whose
 * expansion was not read at all), given what `data` already holds: none for a permission whose
 * candidates the kept holders known so far already cover. `pick` chooses which kinds to read now.
 */
function keptGrantsToRead(scopes, data, pick, 
/**
 * Grants whose reads must be made whatever the budget (the accessLimits permissions'): one an earlier
 * wave's budget left out (to spare another permission's reads) is read again here, or the guardrail
 * would count nobody gaining through it.
 */
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
function permissionChange(scope, permission, data) {
    const parts = permissionParts(permission);
    const gainedSide = side(parts.gained, scope.project, data);
    const lostSide = side(parts.lost, scope.project, data);
    const kept = keptSide(parts.kept, scope.project, data, candidates(gainedSide, lostSide));
    const before = union(lostSide, kept);
    const after = union(gainedSide, kept);
    const only = (left, right) => [...left.people.values()]
        .filter((person) => !right.people.has(person.accountId))
        .sort((a, b) => (0,order/* compareText */.n6)(a.accountId, b.accountId));
    const notExpanded = (left, right) => [...left.holders.entries()]
        .filter(([key, holder]) => !(0,access/* isExpandedHolder */.Wd)(holder) && !right.holders.has(key))
        .sort(([a], [b]) => (0,order/* compareText */.n6)(a, b))
        .map(([, holder]) => holder);
    // A holder the budget left out may give anyone the permission: on its side nobody is known to lack it,
    // so nobody is listed as gaining it (it was on the live side) or losing it (on the planned side).
    // Refusals keep their older reading: the lists hold the people known, the holder is named.
    const leftOut = (one) => [...one.failures.values()].some((failure) => failure.notRead);
    const change = {
        project: scope.project.key,
        permission: permission.permission,
        gained: leftOut(before) ? [] : only(after, before),
        lost: leftOut(after) ? [] : only(before, after),
        holdersGained: notExpanded(after, before),
        holdersLost: notExpanded(before, after),
        scheme: scope.scheme,
    };
    if (scope.fromScheme !== undefined)
        change.fromScheme = scope.fromScheme;
    const broad = [...before.holders.entries()]
        .filter(([key, holder]) => (0,access/* isBroadHolder */.BA)(holder) && after.holders.has(key))
        .sort(([a], [b]) => (0,order/* compareText */.n6)(a, b))
        .map(([, holder]) => holder);
    if (broad.length > 0)
        change.broadHoldersKept = broad;
    const unexpanded = [];
    for (const key of [...new Set([...before.failures.keys(), ...after.failures.keys()])].sort(order/* compareText */.n6)) {
        const failure = before.failures.get(key) ?? after.failures.get(key);
        if (failure === undefined)
            continue;
        const where = before.failures.has(key) ? (after.failures.has(key) ? 'both' : 'live') : 'planned';
        unexpanded.push({
            holder: failure.holder,
            label: failure.label,
            side: where,
            reason: [...new Set(failure.reasons)].join('; '),
            ...(failure.notRead ? { notRead: true } : {}),
        });
    }
    if (unexpanded.length > 0)
        change.unexpanded = unexpanded;
    return change;
}

;// CONCATENATED MODULE: ./src/access/read.ts




/**
 * Every read, in a fixed order (the application roles, then per project in the order given: its roles
 * and lead; then the groups, in the order holders and roles name them), so that a budget that runs out
 * always leaves out the same ones. What a budget left out is carried as a refusal marked `notRead`.
 */
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
            const id = (0,model_holder/* holderId */.MO)(holder);
            const mandatory = mustRead(grant);
            if (holder.type === 'group')
                need(groups, groupKey(holderGroup(holder)), { group: holderGroup(holder), mandatory });
            else if (holder.type === 'projectRole' && id !== undefined)
                need(roles, roleKey(project.id, id), { project, roleId: id, label: name ?? id, mandatory });
            else if (holder.type === 'applicationRole' && id !== undefined)
                applicationRoleKeys.set(id, mandatory || applicationRoleKeys.get(id) === true);
            // A lead the project list carried and said whether they are active costs no request.
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
    const skipped = () => ({ ok: false, reason: budgetReason(budget.limit), notRead: true });
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
    // Names only, a request per 50 users and seldom any (the live grants carry most names): always
    // made, so a partial report means people left out, never names; a refusal leaves the account ids.
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
                    // An inactive lead holds nothing. An answer that left `active` out does not say: the
                    // person is looked up by key, as a `user` holder is, and one Jira does not know holds nothing.
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
    // Groups found inside roles and application roles are read with the holders' groups, each once; a
    // group inside a role or application role the guardrail needs is needed as much.
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
    // Leads the project list carried, saying whether they are active, cost no request; an inactive
    // lead holds nothing.
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
/** A role's actors as people: Cloud names users by account id; Data Center by username, looked up once each. */
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
        // An inactive user holds nothing; an unknown username is reported rather than dropped silently.
        if (found === undefined)
            otherTypes.push(`user "${actor.username ?? ''}" (not found)`);
        else if (found.active)
            users.push(person(found));
    }
    return { users, groups: actors.groups, otherTypes };
}
/** Runs a read; a refusal from Jira becomes its reason. A cancelled run still stops. */
async function attempt(read, explain) {
    try {
        return { ok: true, value: await read() };
    }
    catch (error) {
        if (!(error instanceof errors/* JiraError */.Dd) || error.kind === 'aborted' || error.kind === 'deadline')
            throw error;
        return { ok: false, reason: explain(jiraReason(error)) };
    }
}
function rethrowAbort(fallback) {
    return (error) => {
        if (!(error instanceof errors/* JiraError */.Dd) || error.kind === 'aborted' || error.kind === 'deadline')
            throw error;
        return fallback();
    };
}
/** One line: what Jira answered and what the call needs. */
function jiraReason(error) {
    const parts = [error.summary];
    if (error.status === 404 && /\/role\//.test(error.call)) {
        parts.push('Jira also answers 404 when the token may not administer the project');
    }
    if (error.needs !== undefined)
        parts.push(`needs ${error.needs}`);
    return (0,errors/* errorMessage */.gJ)(new Error(parts.join('; ')));
}

;// CONCATENATED MODULE: ./src/access/scope.ts


function accessScope(input) {
    const liveById = new Map(input.live.map((scheme) => [scheme.id, scheme]));
    const changes = input.plan.changes;
    const grantChanges = changes.filter((change) => change.action === 'add-grant' || change.action === 'remove-grant');
    const allGrants = [
        ...input.live.flatMap((scheme) => scheme.grants),
        ...grantChanges.flatMap((change) => change.permission !== undefined && change.holder !== undefined
            ? [{ permission: change.permission, holder: change.holder }]
            : []),
    ];
    const keyOf = (0,model_holder/* grantKeys */.lo)(allGrants);
    /** The grants a scheme has after the plan: live ones, less the removed ones, plus the added ones. */
    // The grant changes per scheme (by id; a scheme to create by name), gathered once: a plan at scale
    // changes thousands of grants over a thousand schemes.
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
        // The same for every project on the scheme (read-only from here on): computed once per scheme.
        const permissions = changedPermissions(before, after, keyOf);
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
    return scopes.sort((a, b) => (0,order/* compareText */.n6)(a.project.key, b.project.key));
}
/** Permissions whose holder sets differ, each with every holder on both sides (duplicates dropped). */
function changedPermissions(before, after, keyOf) {
    const byPermission = (grants) => {
        const map = new Map();
        for (const grant of grants) {
            const holders = map.get(grant.permission) ?? new Map();
            if (!holders.has(keyOf(grant)))
                holders.set(keyOf(grant), grant);
            map.set(grant.permission, holders);
        }
        return map;
    };
    const was = byPermission(before);
    const will = byPermission(after);
    const permissions = [...new Set([...was.keys(), ...will.keys()])].sort(order/* compareText */.n6);
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

;// CONCATENATED MODULE: ./src/access/plan-access.ts




async function planAccess(input, reader, progress, options = {}) {
    const scopes = accessScope(input);
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
/** What two waves read, together (a later wave never reads what an earlier one did). */
function mergePeople(first, second) {
    const merged = {
        groups: new Map([...first.groups, ...second.groups]),
        roles: new Map([...first.roles, ...second.roles]),
        leads: new Map([...first.leads, ...second.leads]),
        users: new Map([...first.users, ...second.users]),
    };
    const applicationRoles = second.applicationRoles ?? first.applicationRoles;
    if (applicationRoles !== undefined)
        merged.applicationRoles = applicationRoles;
    return merged;
}

// EXTERNAL MODULE: ./src/plan/managed.ts
var plan_managed = __webpack_require__(4870);
// EXTERNAL MODULE: ./src/plan/planner.ts + 1 modules
var planner = __webpack_require__(5552);
;// CONCATENATED MODULE: ./src/plan/already-live.ts



/**
 * Lint errors about what Jira already has, as pre-existing state is treated by Terraform and by
 * linters' baselines: `validate` judges the files alone (a grant to `anyone` is an error wherever it
 * is), but a plan judges changes. A lint error whose place is a grant Jira already has, in a scheme Jira
 * already has, or a scheme whose live state breaks the same whole-scheme rule (or that the plan leaves
 * exactly as it is), is carried along, not made: the plan reports it (`alreadyLive`, at `warning`) and
 * does not refuse. An error the plan makes (a new grant, a new scheme, a scheme losing its last holder
 * of a required permission) still blocks; projects moving onto such a scheme meet the lockout guardrail.
 *
 * Only the lint rules that judge what Jira holds qualify; `duplicate-grant` judges the file's text (the
 * same holder written twice; Jira has one grant either way), and errors of the loader (schema, unknown
 * keys, names), the resolver and the planner always block: without them the files cannot be read or
 * planned reliably.
 */
/** Lint rules whose errors may be about the live state (the rules of `src/validate/rules/`). */
const LIVE_STATE_RULES = new Set([
    'no-anonymous-access',
    'no-broad-admin',
    'prefer-group-id',
    'browse-required',
    'admin-required',
    'product-permission',
]);
/** An error that a plan may find already live: `plan` lets these through to Jira to find out. */
function mayBeAlreadyLive(finding) {
    return finding.severity === 'error' && LIVE_STATE_RULES.has(finding.ruleId);
}
/** The whole-scheme rules that ask for a permission, and that permission. */
const REQUIRED_PERMISSION = {
    'admin-required': 'ADMINISTER_PROJECTS',
    'browse-required': 'BROWSE_PROJECTS',
};
/**
 * Whether the live scheme already breaks this whole-scheme rule (no holder of the permission it asks
 * for, besides the holders Jira manages): then the plan does not cause the problem, whatever else it
 * changes in the scheme.
 */
function liveBreaksToo(ruleId, live, managed) {
    const permission = REQUIRED_PERMISSION[ruleId];
    if (permission === undefined)
        return false;
    return !live.grants.some((grant) => grant.permission === permission && !(0,plan_managed/* isManagedHolder */.A)(grant, managed));
}
/** A place in a file, as a key: `line:column`. */
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
    const keyOf = (0,model_holder/* grantKeys */.lo)([...desired.grants, ...live.grants]);
    const liveKeys = new Set(live.grants.map(keyOf));
    const liveAt = new Map();
    for (const grant of desired.grants) {
        if (grant.source === undefined || grant.source.file !== spec.file)
            continue;
        const place = placeKey(grant.source);
        // The first resolved grant written at a place decides, as a search from the start would.
        if (!liveAt.has(place))
            liveAt.set(place, liveKeys.has(keyOf(grant)));
    }
    return { spec, live, grantsAt, liveAt };
}
/**
 * The findings with every error that is already live marked (`alreadyLive: true`, severity `warning`);
 * every other finding as it was.
 */
function markAlreadyLive(findings, context) {
    const liveOf = (0,planner/* liveSchemeOfFile */.ze)(context.desired, context.live);
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
            // Every grant written at this place must be one Jira has: nothing the plan adds.
            return grants.every((grant) => index.liveAt.get(placeKey(grant.location)) === true);
        }
        // A whole-scheme finding: already live when Jira's scheme breaks the rule too (the plan does not
        // cause it), or when the plan leaves the scheme's own state (grants, name, description) exactly as
        // it is. Projects moving onto it are the lockout guardrail's to judge, with the projects named.
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

// EXTERNAL MODULE: ./src/plan/guardrails.ts
var guardrails = __webpack_require__(537);
;// CONCATENATED MODULE: ./src/plan/access-limits.ts



/**
 * The `access-limit` guardrail: settings `accessLimits: {PERMISSION: N}` block a plan in which more than
 * N people gain that permission in one project. The message names every one of them: this is where a
 * reviewer must see who. Allowed per scheme (the one the project uses after the plan) like the other
 * guardrails.
 */
function checkAccessLimits(changes, settings) {
    const violations = [];
    // `rules:` can turn it off, or make it a warning: reported, but never blocking (as every guardrail).
    const severity = (0,rules/* configuredSeverity */.ep)('access-limit', 'error', settings.rules);
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
                `${change.gained.map(access/* personName */.hJ).join(', ')}.`,
            allowed: severity !== 'error' || (0,guardrails/* isAllowed */.Jr)(settings, 'access-limit', [change.scheme]),
        });
    }
    return violations;
}

// EXTERNAL MODULE: ./src/plan/fingerprint.ts
var fingerprint = __webpack_require__(1731);
;// CONCATENATED MODULE: ./src/plan/project-usage.ts
/** Whether a plan made without project usage has a change that needs it (see {@link ProjectUsageSetting}). */
function changesNeedUsage(plan) {
    return plan.changes.some((change) => change.action === 'remove-grant' ||
        change.action === 'delete-scheme' ||
        change.action === 'assign-project');
}

;// CONCATENATED MODULE: ./src/commands/plan.ts














async function runPlan(options, deps) {
    const progress = (step, message) => {
        deps.progress({ step, message });
    };
    const result = (fields) => {
        const plan = fields.plan;
        return {
            ...fields,
            hasChanges: plan !== undefined && plan.changes.length > 0,
            blocked: fields.status !== 'planned' ||
                fields.findings.some((finding) => finding.severity === 'error') ||
                (plan !== undefined && (0,planner/* planIsBlocked */.WH)(plan)),
        };
    };
    progress('load', 'Reading and validating the scheme files');
    const load = (customPermissions) => (0,config_load/* loadProject */.gi)({
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
            error: `Could not read the scheme files: ${(0,errors/* errorMessage */.gJ)(error)}`,
        });
    }
    // Errors stop the plan before it connects, except unknown permission keys (the live catalogue may
    // know them: app-defined permissions, so those files are loaded again once it has been read) and
    // lint errors about what Jira may already have (judged once the plan is made: src/plan/already-live.ts).
    const offlineErrors = project.findings.filter((finding) => finding.severity === 'error');
    if (!offlineErrors.every((finding) => (0,config_findings/* isUnknownPermissionKey */.P1)(finding) || mayBeAlreadyLive(finding))) {
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
        // The live schemes are read beside the catalogue and before resolving: their grants name groups
        // (name and id) and users that then need no lookup (the directory remembers what the list named).
        progress('read-live', 'Reading the live permission schemes');
        const liveRead = reader.listPermissionSchemes();
        liveRead.catch(() => undefined); // awaited below; a failure there fails the plan
        // The role list too, when the files or the managed holders name roles: the resolver would otherwise
        // ask for it only once the list is in (the client caches it for the run).
        if (namesRoles(project))
            reader.getProjectRoles().catch(() => undefined);
        // Files that say which projects use their scheme need to know which project uses which scheme now
        // (one request per project, the plan's longest part): asked for beside the list, so those reads
        // overlap reading the list and resolving names. Settled before any return, so no read outlives
        // the plan.
        const readProjects = () => options.reuse?.projectsByScheme === undefined
            ? reader.getProjectsByScheme()
            : Promise.resolve(options.reuse.projectsByScheme);
        listedProjects = project.schemes.some((spec) => spec.projects !== undefined) ? readProjects() : undefined;
        listedProjects?.catch(() => undefined); // awaited below; a failure there fails the plan
        const catalogue = await reader.getPermissionCatalogue();
        const catalogueKeys = catalogue.map((entry) => entry.key);
        if (offlineErrors.some(config_findings/* isUnknownPermissionKey */.P1)) {
            project = await load(catalogueKeys);
            findings = [...project.findings];
            if (findings.some((finding) => finding.severity === 'error' && !mayBeAlreadyLive(finding)))
                return await settled(result({ status: 'invalid', findings, project, settings: project.settings }));
        }
        findings = (0,site/* withoutGroupIdAdvice */.Vx)((0,site/* notesForSite */.eB)(findings, project, catalogueKeys), reader.groupsHaveIds);
        const { settings } = project;
        const live = await liveRead;
        const reusedResolution = options.reuse?.resolved;
        if (reusedResolution === undefined)
            progress('resolve', 'Resolving names to ids');
        const resolved = reusedResolution ??
            (await (0,resolve/* resolveSchemes */.P)(project.schemes, reader, {
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
        // Read once, before planning, and used for the assignments, guardrails and "used by" alike.
        let desired = resolved.schemes;
        let projectsByScheme;
        if (listedProjects !== undefined) {
            deps.signal.throwIfAborted();
            progress('read-projects', 'Reading which projects use which scheme');
            projectsByScheme = await listedProjects;
            const projects = (0,resolve_projects/* resolveProjects */.D)(project.schemes, desired, projectsByScheme);
            desired = projects.schemes;
            const projectFindings = (0,rules/* applyRuleSettings */.mk)(projects.findings, settings.rules);
            findings.push(...projectFindings);
            if (hasErrors(projectFindings)) {
                return result({ status: 'invalid', findings, project, settings, desired, live });
            }
        }
        const input = {
            desired,
            live,
            settings: planSettings,
            filesHash: (0,fingerprint/* hashSchemeFiles */.TL)(project.files, settings),
            files: (0,fingerprint/* fileHashes */.tz)(project),
            knownPermissions: catalogueKeys,
        };
        progress('plan', 'Comparing the files with Jira');
        let plan = (0,planner/* planChanges */.XA)(projectsByScheme === undefined ? input : { ...input, projectsByScheme });
        // Lint errors in what the plan carries along unchanged are reported, not blocking; the others stop
        // the plan as invalid files do (the first plan already has every change that decides it).
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
        // Which projects use which scheme costs a request per project: only worth it when something changes,
        // and for apply only when a change or effective access depends on it (src/plan/project-usage.ts).
        const access = options.access ?? 'always';
        const wantAccess = access === 'always' ||
            access === 'full' ||
            (access === 'limits' && Object.keys(settings.accessLimits).length > 0);
        const usageWanted = (options.projectUsage ?? 'changes') === 'changes' || wantAccess || changesNeedUsage(plan);
        if (projectsByScheme === undefined && plan.changes.length > 0 && usageWanted) {
            deps.signal.throwIfAborted();
            progress('read-projects', 'Reading which projects use the changed schemes');
            projectsByScheme = await readProjects();
            plan = (0,planner/* planChanges */.XA)({ ...input, projectsByScheme });
        }
        if (wantAccess && projectsByScheme !== undefined && plan.changes.length > 0) {
            deps.signal.throwIfAborted();
            progress('read-access', 'Reading who gains and who loses access');
            const requestsMade = requestCounter(reader);
            // Only the default is budgeted: `full` asks for everything, and `limits` (apply's fresh plan,
            // --no-access with accessLimits) reads what it always read.
            const budget = access === 'always'
                ? (options.accessBudget ?? defaultAccessBudget(requestsMade?.() ?? 0))
                : undefined;
            const accessOptions = {
                // The guardrail never judges partial data: its permissions are read whatever the budget.
                mandatoryPermissions: new Set(Object.keys(settings.accessLimits)),
                ...(budget === undefined ? {} : { budget }),
                ...(requestsMade === undefined ? {} : { requestsMade }),
            };
            const report = await planAccess({ plan, live, projectsByScheme }, reader, (done, total) => {
                deps.progress({
                    step: 'read-access',
                    message: 'Reading who gains and who loses access',
                    done,
                    total,
                });
            }, accessOptions);
            plan.access = report.changes;
            plan.summary.access = report.summary;
            plan.guardrails.push(...checkAccessLimits(report.changes, planSettings));
        }
        const unpinned = (0,rules/* applyRuleSettings */.mk)((0,planner/* unpinnedFindings */.GR)(desired, live), settings.rules);
        plan.findings = [...plan.findings, ...unpinned].map((finding) => locatePlanFinding(finding, project.schemes));
        findings.push(...plan.findings);
        // What the plan carries along travels with it (text, Markdown, JSON, the plan file, apply).
        plan.findings.push(...findings.filter((finding) => finding.alreadyLive === true));
        // The settings the plan was made with: managed holders carry their live ids, so apply recognises them.
        return result({
            status: 'planned',
            plan,
            findings,
            project,
            settings: planSettings,
            desired,
            live,
            ...(projectsByScheme === undefined ? {} : { projectsByScheme }),
            resolved,
        });
    }
    catch (error) {
        return await settled(result({
            status: 'failed',
            findings,
            project,
            settings: project.settings,
            error: (0,errors/* errorMessage */.gJ)(error),
        }));
    }
}
/**
 * The requests the client has made so far, each counted once however often it was retried, when the
 * reader is the product's client: the budget's base (the plan's own reads) and what access actually
 * spends. Retries are left out so that which outcomes the budget expands depends on the site alone, not
 * on a 429 or a 5xx that happened to hit this run.
 */
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
/** Whether a managed holder names a role by its name only, so the site's role list is needed for its id. */
function managedNeedsRoles(managed) {
    return managed.some((holder) => holder.type === 'projectRole' && holder.id === undefined && holder.name !== undefined);
}
/** Whether resolving the files or the managed holders will need the site's role list. */
function namesRoles(project) {
    return (managedNeedsRoles(project.settings.managedHolders) ||
        project.schemes.some((spec) => spec.grants.some((grant) => grant.holder.type === 'projectRole')));
}
function hasErrors(findings) {
    return findings.some((finding) => finding.severity === 'error');
}
/**
 * Managed holders are usually written by name (`atlassian-addons-project-access`); grants carry ids.
 * Look the names of roles and groups up once, so they match whatever labels the reader gives.
 */
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
/**
 * Planner findings name the file; point them at the `id:` or `name:` line the loader recorded. A finding
 * that already has a range (made from a place the loader recorded, e.g. `projects:`) stays where it is.
 */
function locatePlanFinding(finding, specs) {
    const spec = specs.find((candidate) => candidate.file === finding.file);
    if (spec === undefined || finding.endLine !== undefined)
        return finding;
    const pinned = finding.ruleId === 'pinned-scheme-missing' || finding.ruleId === 'pinned-scheme-duplicate';
    const location = pinned && spec.idLocation !== undefined ? spec.idLocation : spec.nameLocation;
    return { ...finding, ...location };
}


/***/ }),

/***/ 3179:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BA: () => (/* binding */ isBroadHolder),
/* harmony export */   Wd: () => (/* binding */ isExpandedHolder),
/* harmony export */   hJ: () => (/* binding */ personName)
/* harmony export */ });
/** Holders that cover everybody (`anyone`) or every logged-in user (bare `applicationRole`). */
function isBroadHolder(holder) {
    return (holder.type === 'anyone' ||
        (holder.type === 'applicationRole' && (holder.parameter ?? holder.value ?? '') === ''));
}
/** Whether a holder is expanded into people (user, group, projectRole, applicationRole: key, projectLead). */
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
/** `Carlos Contractor (712020:0b1c…)`, or the account id alone when Jira gave no other name. */
function personName(person) {
    return person.displayName === '' || person.displayName === person.accountId
        ? person.accountId
        : `${person.displayName} (${person.accountId})`;
}


/***/ }),

/***/ 8283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FR: () => (/* binding */ withSiteCatalogue),
/* harmony export */   Vx: () => (/* binding */ withoutGroupIdAdvice),
/* harmony export */   eB: () => (/* binding */ notesForSite)
/* harmony export */ });
/* harmony import */ var _config_findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4770);
/* harmony import */ var _model_permissions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5917);
/* harmony import */ var _lint_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3233);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1787);
/* harmony import */ var _rules_prefer_group_id_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1724);
/* harmony import */ var _rules_product_permission_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4665);






/** `product-permission` notes made again knowing the site: silent for the products it has. */
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
/**
 * As {@link notesForSite}, and the loader's unknown permission keys withdrawn: the resolver has judged
 * every key against the catalogue and reported those it lacks (`unknown-permission`). The files whose
 * keys the catalogue (or the settings) all know are then whole, so the rules about a scheme as a whole
 * judge them too.
 */
function withSiteCatalogue(findings, project, sitePermissions) {
    const known = new Set([...sitePermissions, ...project.settings.customPermissions]);
    const settled = project.unverifiedSchemes.filter((scheme) => scheme.grants.every((grant) => (0,_model_permissions_js__WEBPACK_IMPORTED_MODULE_1__/* .isBuiltInPermission */ .Lq)(grant.permission) || known.has(grant.permission)));
    const wholeSchemeRules = _rules_index_js__WEBPACK_IMPORTED_MODULE_3__/* .RULES */ .y.filter((rule) => rule.wholeScheme === true);
    return notesForSite([
        ...findings.filter((finding) => !(0,_config_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .isUnknownPermissionKey */ .P1)(finding)),
        ...(0,_lint_js__WEBPACK_IMPORTED_MODULE_2__/* .lintSchemes */ .IL)(settled, project.settings, wholeSchemeRules),
    ], project, sitePermissions);
}
/**
 * Data Center has no group ids, so `prefer-group-id`'s advice cannot be followed there: once the site
 * is known (plan, `validate --online`), its findings are withdrawn. Offline, validate cannot tell.
 */
function withoutGroupIdAdvice(findings, groupsHaveIds) {
    if (groupsHaveIds)
        return [...findings];
    return findings.filter((finding) => finding.ruleId !== _rules_prefer_group_id_js__WEBPACK_IMPORTED_MODULE_4__/* .preferGroupId */ .P.meta.id);
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

/***/ 6958:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D1: () => (/* binding */ blockedLine),
/* harmony export */   Gh: () => (/* binding */ splitPlanFindings),
/* harmony export */   Ls: () => (/* binding */ ALREADY_LIVE_HEADING),
/* harmony export */   MT: () => (/* binding */ verdictLine),
/* harmony export */   T0: () => (/* binding */ groupBySchemes),
/* harmony export */   U6: () => (/* binding */ permissionWidth),
/* harmony export */   dC: () => (/* binding */ summaryLine),
/* harmony export */   oX: () => (/* binding */ projectMoveText),
/* harmony export */   pG: () => (/* binding */ changeLabel),
/* harmony export */   ux: () => (/* binding */ projectsPhrase)
/* harmony export */ });
/* unused harmony exports compareGrantChanges, NO_CHANGES, NO_CHANGES_WITH_ERRORS, noChangesLine, USAGE_NOT_READ */
/* harmony import */ var _model_holder_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2087);
/* harmony import */ var _model_permissions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5917);
/* harmony import */ var _plan_order_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2739);
/* harmony import */ var _plan_planner_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5552);
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1788);





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
/** A project moving onto a scheme, as both the terminal and the comment show it: `project MOB: Old → New`. */
function projectMoveText(change) {
    const from = change.fromScheme ??
        (change.fromSchemeId === undefined || change.fromSchemeId === null
            ? 'no scheme'
            : `scheme ${change.fromSchemeId}`);
    return `project ${change.project ?? '?'}: ${from} → ${change.scheme}`;
}
function changeLabel(change) {
    return change.holder === undefined
        ? (change.label ?? '')
        : (0,_model_holder_js__WEBPACK_IMPORTED_MODULE_0__/* .grantLabel */ .JA)({ ...change, holder: change.holder });
}
const NO_CHANGES = 'No changes. Jira matches the files.';
/** The heading over the lint errors a plan found already live in Jira (see src/plan/already-live.ts). */
const ALREADY_LIVE_HEADING = 'Already live in Jira, not blocking (the plan keeps them as they are; validate reports them as errors)';
/** A plan's findings: the problems, and the errors it found already live (shown apart, not as failures). */
function splitPlanFindings(findings) {
    return {
        problems: findings.filter((finding) => finding.alreadyLive !== true),
        alreadyLive: findings.filter((finding) => finding.alreadyLive === true),
    };
}
/** When files were left out for their errors, "Jira matches the files" would not be true. */
const NO_CHANGES_WITH_ERRORS = 'No changes planned, but schemes with errors (see the problems) were left out: Jira may not match those files.';
/** The line an empty plan shows. */
function noChangesLine(plan) {
    return plan.findings.some((finding) => finding.severity === 'error') ? NO_CHANGES_WITH_ERRORS : NO_CHANGES;
}
/**
 * The one-line summary the action exposes as its `summary` output and the text plan ends with, e.g.
 * `2 to add, 1 to remove, 0 schemes to create` (scheme updates and deletions are added when there are any).
 */
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
/** The verdict at the top of the Markdown plan, e.g. `2 to add, 1 to remove in 1 scheme, used by 14 projects`. */
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
/**
 * What a plan that did not read project usage says instead of a count (apply reads it only when a
 * change can take access away, or the files or settings need it: see `Plan.projectUsage`).
 */
const USAGE_NOT_READ = 'which projects use the changed schemes was not read: nothing in this plan takes access away';
/** Why the plan cannot be applied, or undefined when it can. */
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
/** Permission column width for one scheme's grant lines. */
function permissionWidth(changes) {
    return Math.max(0, ...changes.map((change) => (change.permission ?? '').length));
}


/***/ })

};
