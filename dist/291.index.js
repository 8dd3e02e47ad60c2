export const id = 291;
export const ids = [291];
export const modules = {

/***/ 8291:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  driftStep: () => (/* binding */ driftStep)
});

// EXTERNAL MODULE: ./src/jira/errors.ts
var jira_errors = __webpack_require__(6353);
// EXTERNAL MODULE: ./src/drift/explain.ts + 1 modules
var explain = __webpack_require__(4200);
// EXTERNAL MODULE: ./src/commands/deps.ts + 9 modules
var commands_deps = __webpack_require__(9140);
// EXTERNAL MODULE: ./src/commands/plan.ts + 8 modules
var commands_plan = __webpack_require__(4880);
;// CONCATENATED MODULE: ./src/commands/drift.ts
/**
 * `drift`: plans the files against the live site (read-only) and reports every difference as drift,
 * each with who made it and when, where Jira's audit log says. Typed result; prints nothing.
 *
 * The same read-only client serves the plan, the audit log and the name lookups, so the catalogue,
 * roles and users are read once. Nothing here can write to Jira: the client is a reader.
 */




function fromPlan(planned) {
    return {
        findings: planned.findings,
        fileCount: planned.project?.files.length ?? 0,
        ...(planned.plan === undefined ? {} : { plan: planned.plan }),
        ...(planned.error === undefined ? {} : { error: planned.error }),
    };
}
async function runDrift(options, deps) {
    let client;
    try {
        client = deps.jira.prober({ signal: deps.signal });
    }
    catch (error) {
        return { status: 'failed', findings: [], fileCount: 0, error: (0,jira_errors/* errorMessage */.gJ)(error) };
    }
    const planned = await (0,commands_plan/* runPlan */.F)({ path: options.path, settingsPath: options.settingsPath }, { ...deps, jira: (0,commands_deps/* jiraOf */.ig)(client) });
    if (planned.status !== 'planned' || planned.plan === undefined) {
        return { status: planned.status === 'invalid' ? 'invalid' : 'failed', ...fromPlan(planned) };
    }
    const plan = planned.plan;
    deps.progress({ step: 'audit', message: "Reading Jira's audit log for who changed what" });
    let explanation;
    try {
        explanation = await (0,explain/* explainDrift */.j)({
            changes: plan.changes,
            grants: [
                ...(planned.live ?? []).flatMap((scheme) => scheme.grants),
                ...(planned.desired ?? []).flatMap((scheme) => scheme.grants),
            ],
        }, client, { sinceDays: options.sinceDays ?? explain/* DEFAULT_SINCE_DAYS */.B, now: deps.clock });
    }
    catch (error) {
        return { status: 'failed', ...fromPlan(planned), error: (0,jira_errors/* errorMessage */.gJ)(error) };
    }
    const errors = plan.findings.some((finding) => finding.severity === 'error');
    const status = plan.changes.length > 0 ? 'drift' : errors ? 'failed' : 'none';
    return {
        status,
        ...fromPlan(planned),
        explanation,
        ...(status === 'failed'
            ? { error: 'the plan has errors (above): schemes with errors were left out, so drift is unknown' }
            : {}),
    };
}
/** Exit codes of the contract: 0 no drift, 2 drift, 1 error. */
function driftExitCode(result) {
    return result.status === 'none' ? 0 : result.status === 'drift' ? 2 : 1;
}

// EXTERNAL MODULE: ./src/jira/secrets.ts
var secrets = __webpack_require__(1113);
// EXTERNAL MODULE: ./src/view/drift-markdown.ts + 2 modules
var drift_markdown = __webpack_require__(5234);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/drift/origin.ts
var origin = __webpack_require__(7013);
// EXTERNAL MODULE: ./src/action/comment.ts
var comment = __webpack_require__(1151);
;// CONCATENATED MODULE: ./src/action/drift-issue.ts
/**
 * The drift issue's lifecycle (pure): which open issue is ours, and what to do with it this run.
 *
 * One issue per scheme folder, labelled `jira-permissions-drift`, found by a hidden marker on its first
 * line written by the token's own identity (as the plan comment is, so nobody can hijack it by pasting
 * the marker). The marker carries a digest of the drifted changes: the issue is edited only when the
 * drift itself changed, not because the audit window moved or a run happened.
 */



const DRIFT_LABEL = 'jira-permissions-drift';
const DRIFT_MARKER_PREFIX = '<!-- jira-permissions-as-code:drift';
/** Who changed what, in a form that does not move with time: the change and the audit record it has. */
function driftDigest(items) {
    const lines = items
        .map((item) => JSON.stringify([
        (0,origin/* originKey */.y)(item.change),
        item.changedBy?.accountId ?? item.changedBy?.name ?? '',
        item.changedBy?.at ?? '',
    ]))
        .sort();
    return (0,external_node_crypto_.createHash)('sha256').update(lines.join('\n')).digest('hex').slice(0, 16);
}
/** `encodeURIComponent` keeps no `>`, so no value can close the HTML comment. */
function driftMarker(key, digest) {
    const path = key.path === undefined || key.path === '' ? '' : ` path=${encodeURIComponent(key.path)}`;
    return `${DRIFT_MARKER_PREFIX}${path}${digest === undefined ? '' : ` digest=${digest}`} -->`;
}
function firstLine(body) {
    const text = body ?? '';
    const end = text.indexOf('\n');
    return (end === -1 ? text : text.slice(0, end)).trim();
}
/** The marker of `body` without its digest, and the digest. */
function parseMarker(body) {
    const line = firstLine(body);
    if (!line.startsWith(DRIFT_MARKER_PREFIX) || !line.endsWith('-->'))
        return undefined;
    const match = / digest=([0-9a-f]+) -->$/.exec(line);
    return match === null
        ? { base: line }
        : { base: line.replace(/ digest=[0-9a-f]+ -->$/, ' -->'), digest: match[1] ?? '' };
}
/** Our open drift issue for this folder: the oldest with our marker, written by us. */
function findDriftIssue(issues, key, identity) {
    const wanted = driftMarker(key);
    const candidates = issues
        .filter((issue) => parseMarker(issue.body)?.base === wanted)
        .sort((a, b) => a.number - b.number)
        // findOwnComment matches the first line exactly: give it the marker without the digest.
        .map((issue) => ({ ...issue, body: wanted }));
    const ours = (0,comment/* findOwnComment */.rA)(candidates, wanted, identity);
    return ours === undefined ? undefined : issues.find((issue) => issue.number === ours.number);
}
function issueBody(marker, content) {
    const body = `${marker}\n${content.endsWith('\n') ? content : `${content}\n`}`;
    return body.length < comment/* GITHUB_COMMENT_LIMIT */._4 ? body : `${body.slice(0, comment/* GITHUB_COMMENT_LIMIT */._4 - 200)}\n\n…\n`;
}
function planDriftIssue(input) {
    const { existing } = input;
    if (input.items.length === 0) {
        return existing === undefined
            ? { action: 'none' }
            : { action: 'close', number: existing.number, comment: input.closing };
    }
    const digest = driftDigest(input.items);
    const body = issueBody(driftMarker(input.key, digest), input.content);
    if (existing === undefined)
        return { action: 'create', title: input.title, body };
    if (parseMarker(existing.body)?.digest === digest)
        return { action: 'unchanged', number: existing.number };
    return { action: 'update', number: existing.number, title: input.title, body };
}

// EXTERNAL MODULE: ./src/action/github.ts
var github = __webpack_require__(6339);
// EXTERNAL MODULE: ./src/action/inputs.ts + 2 modules
var inputs = __webpack_require__(2181);
// EXTERNAL MODULE: ./src/action/runner.ts + 1 modules
var runner = __webpack_require__(7552);
// EXTERNAL MODULE: ./src/action/deps.ts
var deps = __webpack_require__(2734);
// EXTERNAL MODULE: ./src/view/words.ts
var words = __webpack_require__(1788);
;// CONCATENATED MODULE: ./src/action/steps/drift.ts
/**
 * `command: drift`, for a `schedule:` workflow: the files against the live site (read-only), the drift
 * in the log and the job summary, and one GitHub issue labelled `jira-permissions-drift` kept in step
 * with it: opened when drift appears, edited only when the drift changed, closed with a comment when
 * Jira matches the files again. Outputs `drift` and `issue-number`.
 *
 * Drift is what the step is for, not a failure: the step fails only when drift could not be checked
 * (invalid files, Jira unreachable) or the issue could not be kept.
 */









function title(key) {
    return key.path === undefined ? 'Jira permissions drift' : `Jira permissions drift: ${key.path}`;
}
async function keepIssue(context, key, result, content) {
    const token = context.inputs.githubToken;
    if (token === undefined || context.repository === undefined) {
        throw new Error(token === undefined
            ? 'the github-token input is empty: the drift issue cannot be kept'
            : 'GITHUB_REPOSITORY is not set: the drift issue cannot be kept');
    }
    const client = (0,github/* createIssueClient */.B$)(token, context.repository, context.apiUrl);
    const [identity, open] = await Promise.all([client.identity(), client.openIssuesWithLabel(DRIFT_LABEL)]);
    const existing = findDriftIssue(open, key, identity);
    const run = (0,runner/* runLink */.ut)(context);
    const action = planDriftIssue({
        // Secrets never reach an issue, whatever Jira's answers held.
        key,
        existing,
        items: result.explanation?.items ?? [],
        title: title(key),
        content: (0,secrets/* redact */.E$)(`${content}\n${run === undefined ? '' : `Found by ${run}.\n`}`),
        closing: `✅ Jira matches the files again: no drift${run === undefined ? '' : ` (checked by ${run})`}. ` +
            'Closing this issue.',
    });
    switch (action.action) {
        case 'create': {
            const number = await client.createIssue(action.title, action.body, [DRIFT_LABEL]);
            (0,runner/* info */.pq)(`Drift issue #${number} opened`);
            (0,runner/* setOutput */.uH)('issue-number', number);
            return;
        }
        case 'update':
            await client.updateIssue(action.number, { title: action.title, body: action.body });
            (0,runner/* info */.pq)(`Drift issue #${action.number} updated: the drift changed`);
            (0,runner/* setOutput */.uH)('issue-number', action.number);
            return;
        case 'unchanged':
            (0,runner/* info */.pq)(`Drift issue #${action.number} left as it is: the drift has not changed`);
            (0,runner/* setOutput */.uH)('issue-number', action.number);
            return;
        case 'close':
            await client.comment(action.number, action.comment);
            await client.updateIssue(action.number, { state: 'closed' });
            (0,runner/* info */.pq)(`Drift issue #${action.number} closed: Jira matches the files again`);
            (0,runner/* setOutput */.uH)('issue-number', action.number);
            return;
        case 'none':
            (0,runner/* info */.pq)('No drift, and no drift issue open');
            (0,runner/* setOutput */.uH)('issue-number', '');
    }
}
async function driftStep(context) {
    const key = context.inputs.path === undefined ? {} : { path: context.inputs.path };
    const result = await (0,runner/* phase */.Oi)('Compare the files with live Jira (read-only)', async () => {
        const progress = (0,runner/* actionProgress */.cv)();
        try {
            return await runDrift({ path: context.inputs.path, settingsPath: context.inputs.settings }, (0,deps.actionDeps)(context, progress));
        }
        finally {
            progress.done();
        }
    });
    (0,runner/* annotate */.fz)(result.findings);
    const markdown = (0,drift_markdown/* renderDriftMarkdown */.b9)(result, { title: title(key) });
    await (0,runner/* appendSummary */.fe)(markdown);
    if (result.status === 'invalid' || result.status === 'failed') {
        (0,runner/* setOutput */.uH)('drift', false);
        (0,runner/* fail */.fJ)(result.status === 'invalid'
            ? 'the scheme files have errors (see the annotations): drift was not checked'
            : `drift could not be checked: ${result.error ?? 'unknown error'}`);
        return;
    }
    const drift = result.status === 'drift';
    (0,runner/* setOutput */.uH)('drift', drift);
    (0,runner/* info */.pq)(drift ? `Drift: ${(0,words/* plural */.LS)(result.explanation?.items.length ?? 0, 'change')} made in Jira` : 'No drift');
    try {
        await (0,runner/* phase */.Oi)('Drift issue', () => keepIssue(context, key, result, markdown));
    }
    catch (error) {
        const status = error.status;
        const hint = status === 403 || status === 404 ? ' Give the job `permissions: issues: write`.' : '';
        (0,runner/* fail */.fJ)(`could not keep the drift issue: ${(0,inputs/* getErrorMessage */.u1)(error)}.${hint}`);
    }
}


/***/ })

};
