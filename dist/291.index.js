export const id = 291;
export const ids = [291];
export const modules = {

8291:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


__webpack_require__.r(__webpack_exports__);


__webpack_require__.d(__webpack_exports__, {
  driftStep: () => ( driftStep)
});


var jira_errors = __webpack_require__(6353);

var explain = __webpack_require__(4200);

var commands_deps = __webpack_require__(9369);

var commands_plan = __webpack_require__(687);
;











function fromPlan(planned) {
    return {
        findings: planned.findings,
        fileCount: planned.fileCount,
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
        return { status: 'failed', findings: [], fileCount: 0, error: (0,jira_errors .gJ)(error) };
    }
    const planned = await (0,commands_plan .F)({ path: options.path, settingsPath: options.settingsPath }, { ...deps, jira: (0,commands_deps .ig)(client) });
    if (planned.status !== 'planned' || planned.plan === undefined) {
        return { status: planned.status === 'invalid' ? 'invalid' : 'failed', ...fromPlan(planned) };
    }
    const plan = planned.plan;
    deps.progress({ step: 'audit', message: "Reading Jira's audit log for who changed what" });
    let explanation;
    try {
        explanation = await (0,explain .j)({
            changes: plan.changes,
            grants: [
                ...(planned.live ?? []).flatMap((scheme) => scheme.grants),
                ...(planned.desired ?? []).flatMap((scheme) => scheme.grants),
            ],
        }, client, { sinceDays: options.sinceDays ?? explain .B, now: deps.clock });
    }
    catch (error) {
        return { status: 'failed', ...fromPlan(planned), error: (0,jira_errors .gJ)(error) };
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

function driftExitCode(result) {
    return result.status === 'none' ? 0 : result.status === 'drift' ? 2 : 1;
}


var secrets = __webpack_require__(1113);

var drift_markdown = __webpack_require__(5234);

var external_node_crypto_ = __webpack_require__(7598);

var origin = __webpack_require__(7013);

var comment = __webpack_require__(1151);
;











const DRIFT_LABEL = 'jira-permissions-drift';
const DRIFT_MARKER_PREFIX = '<!-- jira-permissions-as-code:drift';

function driftDigest(items) {
    const lines = items
        .map((item) => JSON.stringify([
        (0,origin .y)(item.change),
        item.changedBy?.accountId ?? item.changedBy?.name ?? '',
        item.changedBy?.at ?? '',
    ]))
        .sort();
    return (0,external_node_crypto_.createHash)('sha256').update(lines.join('\n')).digest('hex').slice(0, 16);
}

function driftMarker(key, digest) {
    const path = key.path === undefined || key.path === '' ? '' : ` path=${encodeURIComponent(key.path)}`;
    return `${DRIFT_MARKER_PREFIX}${path}${digest === undefined ? '' : ` digest=${digest}`} -->`;
}
function firstLine(body) {
    const text = body ?? '';
    const end = text.indexOf('\n');
    return (end === -1 ? text : text.slice(0, end)).trim();
}

function parseMarker(body) {
    const line = firstLine(body);
    if (!line.startsWith(DRIFT_MARKER_PREFIX) || !line.endsWith('-->'))
        return undefined;
    const match = / digest=([0-9a-f]+) -->$/.exec(line);
    return match === null
        ? { base: line }
        : { base: line.replace(/ digest=[0-9a-f]+ -->$/, ' -->'), digest: match[1] ?? '' };
}

function findDriftIssue(issues, key, identity) {
    const wanted = driftMarker(key);
    const candidates = issues
        .filter((issue) => parseMarker(issue.body)?.base === wanted)
        .sort((a, b) => a.number - b.number)

        .map((issue) => ({ ...issue, body: wanted }));
    const ours = (0,comment .rA)(candidates, wanted, identity);
    return ours === undefined ? undefined : issues.find((issue) => issue.number === ours.number);
}
function issueBody(marker, content) {
    const body = `${marker}\n${content.endsWith('\n') ? content : `${content}\n`}`;
    return body.length < comment ._4 ? body : `${body.slice(0, comment ._4 - 200)}\n\n\u2026\n`;
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


var github = __webpack_require__(3801);

var inputs = __webpack_require__(2181);

var runner = __webpack_require__(7552);

var deps = __webpack_require__(2734);

var words = __webpack_require__(1788);
;


















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
    const client = (0,github .B$)(token, context.repository, context.apiUrl);
    const [identity, open] = await Promise.all([client.identity(), client.openIssuesWithLabel(DRIFT_LABEL)]);
    const existing = findDriftIssue(open, key, identity);
    const run = (0,runner .ut)(context);
    const action = planDriftIssue({

        key,
        existing,
        items: result.explanation?.items ?? [],
        title: title(key),
        content: (0,secrets .E$)(`${content}\n${run === undefined ? '' : `Found by ${run}.\n`}`),
        closing: `\u2705 Jira matches the files again: no drift${run === undefined ? '' : ` (checked by ${run})`}. ` +
            'Closing this issue.',
    });
    switch (action.action) {
        case 'create': {
            const number = await client.createIssue(action.title, action.body, [DRIFT_LABEL]);
            (0,runner .pq)(`Drift issue #${number} opened`);
            (0,runner .uH)('issue-number', number);
            return;
        }
        case 'update':
            await client.updateIssue(action.number, { title: action.title, body: action.body });
            (0,runner .pq)(`Drift issue #${action.number} updated: the drift changed`);
            (0,runner .uH)('issue-number', action.number);
            return;
        case 'unchanged':
            (0,runner .pq)(`Drift issue #${action.number} left as it is: the drift has not changed`);
            (0,runner .uH)('issue-number', action.number);
            return;
        case 'close':
            await client.comment(action.number, action.comment);
            await client.updateIssue(action.number, { state: 'closed' });
            (0,runner .pq)(`Drift issue #${action.number} closed: Jira matches the files again`);
            (0,runner .uH)('issue-number', action.number);
            return;
        case 'none':
            (0,runner .pq)('No drift, and no drift issue open');
            (0,runner .uH)('issue-number', '');
    }
}
async function driftStep(context) {
    const key = context.inputs.path === undefined ? {} : { path: context.inputs.path };
    const result = await (0,runner .Oi)('Compare the files with live Jira (read-only)', async () => {
        const progress = (0,runner .cv)();
        try {
            return await runDrift({ path: context.inputs.path, settingsPath: context.inputs.settings }, (0,deps.actionDeps)(context, progress));
        }
        finally {
            progress.done();
        }
    });
    (0,runner .fz)(result.findings);
    const markdown = (0,drift_markdown .b9)(result, { title: title(key) });
    await (0,runner .fe)(markdown);
    if (result.status === 'invalid' || result.status === 'failed') {
        (0,runner .uH)('drift', false);
        (0,runner .fJ)(result.status === 'invalid'
            ? 'the scheme files have errors (see the annotations): drift was not checked'
            : `drift could not be checked: ${result.error ?? 'unknown error'}`);
        return;
    }
    const drift = result.status === 'drift';
    (0,runner .uH)('drift', drift);
    (0,runner .pq)(drift ? `Drift: ${(0,words .LS)(result.explanation?.items.length ?? 0, 'change')} made in Jira` : 'No drift');
    try {
        await (0,runner .Oi)('Drift issue', () => keepIssue(context, key, result, markdown));
    }
    catch (error) {
        const status = error.status;
        const hint = status === 403 || status === 404 ? ' Give the job `permissions: issues: write`.' : '';
        (0,runner .fJ)(`could not keep the drift issue: ${(0,inputs .u1)(error)}.${hint}`);
    }
}


})

};
