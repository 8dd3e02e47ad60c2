export const id = 513;
export const ids = [513];
export const modules = {

8513:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


__webpack_require__.r(__webpack_exports__);


__webpack_require__.d(__webpack_exports__, {
  DRIFT_SPEC: () => ( DRIFT_SPEC),
  driftCommand: () => ( driftCommand)
});


var jira_errors = __webpack_require__(6353);

var explain = __webpack_require__(4200);

var commands_deps = __webpack_require__(9369);

var commands_plan = __webpack_require__(489);
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

var plan_json = __webpack_require__(7729);
;

function driftToJson(result) {
    const explanation = result.explanation;
    const plan = result.plan === undefined ? undefined : (0,plan_json .$p)(result.plan);
    return {
        version: 1,
        drift: result.status === 'drift',
        status: result.status,
        ...(explanation === undefined
            ? {}
            : {
                window: explanation.window,
                audit: explanation.audit,
                changes: explanation.items.map((item) => (0,plan_json .os)({ ...item.change, origin: 'drift', changedBy: item.changedBy })),
            }),
        ...(plan === undefined ? {} : { summary: plan['summary'] }),
        findings: result.findings.map(plan_json .NM),
        ...(result.error === undefined ? {} : { error: result.error }),
    };
}
function renderDriftJson(result) {
    return `${JSON.stringify(driftToJson(result), null, 2)}\n`;
}


var drift_markdown = __webpack_require__(5106);

var drift_text = __webpack_require__(9252);

var summaries = __webpack_require__(5062);

var command = __webpack_require__(310);

var deps = __webpack_require__(6874);

var findings_text = __webpack_require__(899);

var plan = __webpack_require__(3297);
;











const DRIFT_OPTIONS = [
    ...plan.FILE_OPTIONS,
    {
        name: 'json',
        type: 'boolean',
        help: 'print one JSON document instead of text: {"version": 1, "drift": true, "window": {...}, "audit": {...}, ' +
            '"changes": [... each with "origin": "drift" and "changedBy"], "summary": {...}}',
    },
    {
        name: 'markdown',
        type: 'boolean',
        help: 'print the drift as GitHub Markdown, as the scheduled action writes it into its drift issue',
    },
    {
        name: 'since',
        type: 'string',
        valueName: 'DAYS',
        default: String(explain .B),
        help: "how many days of Jira's audit log to search for who made each change (counted back from Jira's clock)",
    },
];
const DRIFT_SPEC = {
    name: 'drift',
    summary: summaries .Z.drift,
    description: `Compares the scheme files with the live permission schemes, as plan does, and reports every
difference as drift: a change made in Jira (by hand, by a script, by another tool) that apply would
undo. Each one names who made it and when, from Jira's audit log (the Administer Jira global
permission is needed to read it; without it, drift is still reported, without names). Read-only.`,
    options: DRIFT_OPTIONS,
    epilogue: `Run it on a schedule to notice changes made in Jira between merges; the action's command: drift
keeps one GitHub issue open while there is drift (see docs/action.md).

Exit codes:
  0  no drift: Jira matches the files
  1  error: invalid files, connection or permission failure
  2  drift: Jira differs from the files

${plan.CONNECTION_HELP}`,
    positionalHint: 'a scheme folder goes after --path',
};

function sinceDays(text) {
    if (!/^\d{1,5}$/.test(text.trim()))
        return undefined;
    const days = Number(text.trim());
    return days >= 1 ? days : undefined;
}
function printDrift(result, output, options) {
    const shown = result.findings.filter((finding) => finding.severity !== 'info');
    if (shown.length > 0 && !options.json) {
        output.stderr.write((0,findings_text .v)(shown, { fileCount: result.fileCount, color: options.color }));
    }
    if (options.json) {
        output.stdout.write(renderDriftJson(result));
    }
    else if (options.markdown) {
        output.stdout.write((0,drift_markdown .b9)(result));
    }
    else if (result.explanation !== undefined) {
        output.stdout.write((0,drift_text .j0)(result));
    }
    if (result.status === 'invalid') {
        output.stderr.write('The scheme files have errors (above): drift was not checked.\n');
    }
    else if (result.status === 'failed') {
        output.stderr.write(`Could not check drift: ${result.error ?? 'unknown error'}\n`);
    }
}
const driftCommand = (0,command .NB)(DRIFT_SPEC, async (options, context) => {
    const days = sinceDays(options.since);
    if (days === undefined) {
        return (0,command .Wp)(context, 'drift', `--since takes a whole number of days (1 or more), not "${options.since}"`);
    }
    if (options.json && options.markdown) {
        return (0,command .Wp)(context, 'drift', '--json and --markdown cannot be used together');
    }
    const stdout = (0,secrets .TS)(context.stdout);
    const stderr = (0,secrets .TS)(context.stderr);
    const progress = (0,command .oC)({ stderr, isTTY: context.isTTY });
    const result = await runDrift({ path: options.path, settingsPath: options.settings, sinceDays: days }, (0,deps.cliDeps)(context, progress));
    progress.done();
    printDrift(result, { stdout, stderr }, { json: options.json, markdown: options.markdown, color: (0,command .by)(options, context) });
    return driftExitCode(result);
});


})

};
