export const id = 918;
export const ids = [918];
export const modules = {

3566:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
HB: () => ( checkApplyBranch),
T5: () => ( isPullRequestEvent),
TC: () => ( pullRequestInfo),
YM: () => ( refuseApplyOnPullRequest),
tB: () => ( untrustedHead)
});





function record(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? value
        : undefined;
}
function text(value) {
    return typeof value === 'string' ? value : undefined;
}





const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);






function isPullRequestEvent(eventName, payload) {
    if (eventName !== undefined && PULL_REQUEST_EVENTS.has(eventName))
        return true;

    return (record(payload.pull_request) !== undefined || record(record(payload.issue)?.pull_request) !== undefined);
}
function pullRequestInfo(eventName, payload,

runnerRepository) {


    if (eventName?.startsWith('pull_request') !== true)
        return undefined;
    const pullRequest = record(payload.pull_request);
    const number = pullRequest?.number ?? payload.number;
    if (typeof number !== 'number' || !Number.isSafeInteger(number) || number <= 0)
        return undefined;
    const head = record(pullRequest?.head);
    const headRepo = record(head?.repo);
    const baseRepo = record(record(pullRequest?.base)?.repo) ?? record(payload.repository);
    const headRepository = text(headRepo?.full_name) ?? null;
    const baseRepository = text(baseRepo?.full_name) ??
        (runnerRepository === undefined || runnerRepository === '' ? null : runnerRepository);
    return {
        number,
        headRepository,
        baseRepository,
        fromFork: isFromFork(head, headRepo, headRepository, baseRepository),
    };
}






function untrustedHead(eventName, payload, pullRequest) {
    if (!isPullRequestEvent(eventName, payload))
        return undefined;
    if (pullRequest?.fromFork === true)
        return 'fork';
    const knowsHead = pullRequest !== undefined && pullRequest.headRepository !== null && pullRequest.baseRepository !== null;
    if (eventName !== 'pull_request' && !knowsHead)
        return 'unknown-head';
    return undefined;
}





function refuseApplyOnPullRequest(eventName, payload) {
    if (!isPullRequestEvent(eventName, payload))
        return undefined;
    return (`apply does not run on pull-request events (this run is "${eventName ?? 'unknown'}"): their files ` +
        "can be a contributor's, and pull_request_target even gives a fork's files the secrets. " +
        'Run apply on push to the default branch, after the pull request is merged; use command: plan on ' +
        'pull requests.');
}







function isFromFork(head, headRepo, headRepository, baseRepository) {
    if (head !== undefined && 'repo' in head && head.repo === null)
        return true;
    if (headRepository !== null && baseRepository !== null) {
        return headRepository.toLowerCase() !== baseRepository.toLowerCase();
    }
    return headRepo?.fork === true;
}

const CONVENTIONAL_DEFAULT_BRANCHES = ['main', 'master'];





function checkApplyBranch(ref, payload) {
    const defaultBranch = text(record(payload.repository)?.default_branch);
    const branch = ref?.startsWith('refs/heads/') === true ? ref.slice('refs/heads/'.length) : undefined;
    const onRef = ref === undefined || ref === '' ? 'an unknown ref' : `"${ref}"`;
    if (defaultBranch === undefined) {
        if (branch !== undefined && CONVENTIONAL_DEFAULT_BRANCHES.includes(branch)) {
            return {
                allowed: true,
                branch,
                note: `the event payload does not name the default branch (no repository.default_branch); ` +
                    `applying on "${branch}", taken as the default branch.`,
            };
        }
        return {
            allowed: false,
            reason: 'apply runs only on the default branch, and this event does not say which branch that is ' +
                `(no repository.default_branch in the event payload), while this run is on ${onRef}, not main or ` +
                'master. Run apply on push to the default branch, or set the input apply-on-any-branch: true.',
        };
    }
    if (branch !== defaultBranch) {
        return {
            allowed: false,
            reason: `apply runs only on the default branch "${defaultBranch}", and this run is on ${onRef}. ` +
                'Merge the change first (apply on push to the default branch), or set the input ' +
                'apply-on-any-branch: true.',
        };
    }
    return { allowed: true, branch };
}


}),

7280:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
Ng: () => ( appendFindingLines),
dY: () => ( findingItem),
ex: () => ( findingRow),
mC: () => ( findingLine),
mK: () => ( findingsCountLine)
});

var _validate_order_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4946);
var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8604);
var _terminal_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9629);
var _words_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1788);




const COLOURS = { error: '\u001b[31m', warning: '\u001b[33m', info: '\u001b[36m' };
const RESET = '\u001b[0m';




const ALREADY_LIVE = 'error (already live, not blocking)';

function severityLabel(finding) {
    return finding.alreadyLive === true ? ALREADY_LIVE : finding.severity;
}

function findingLine(finding, options = {}) {
    const label = severityLabel(finding);
    const severity = options.colour === true ? `${COLOURS[finding.severity]}${label}${RESET}` : label;
    return `${(0,_terminal_js__WEBPACK_IMPORTED_MODULE_2__/* .safeText */ .Hk)(finding.file)}:${finding.line}:${finding.column}  ${severity}  ${(0,_terminal_js__WEBPACK_IMPORTED_MODULE_2__/* .safeText */ .Hk)(finding.message)}  ${(0,_terminal_js__WEBPACK_IMPORTED_MODULE_2__/* .safeText */ .Hk)(finding.ruleId)}`;
}

function findingLines(finding, options = {}) {
    const lines = [];
    appendFindingLines(lines, finding, options);
    return lines;
}

function appendFindingLines(lines, finding, options = {}) {
    const indent = options.indent ?? '';
    lines.push(`${indent}${findingLine(finding, options)}`);
    if (finding.hint === undefined)
        return;
    for (const hint of safeHintLines(finding.hint))
        lines.push(`${indent}    ${hint}`);
}




const hintCache = new Map();
const HINT_CACHE_SIZE = 256;
function safeHintLines(hint) {
    let lines = hintCache.get(hint);
    if (lines === undefined) {
        lines = hint.split('\n').map(_terminal_js__WEBPACK_IMPORTED_MODULE_2__/* .safeText */ .Hk);
        if (hintCache.size >= HINT_CACHE_SIZE)
            hintCache.clear();
        hintCache.set(hint, lines);
    }
    return lines;
}

function findingsCountLine(findings, fileCount) {
    const counts = (0,_validate_order_js__WEBPACK_IMPORTED_MODULE_0__/* .countFindings */ .Gt)(findings);
    const files = (0,_words_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(fileCount, 'file');
    if (findings.length === 0)
        return `no problems in ${files}`;
    const parts = [(0,_words_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(counts.errors, 'error'), (0,_words_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(counts.warnings, 'warning')];
    if (counts.alreadyLive > 0)
        parts.push(`${(0,_words_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(counts.alreadyLive, 'error')} already live (not blocking)`);
    if (counts.infos > 0)
        parts.push((0,_words_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(counts.infos, 'note'));
    return `${parts.join(', ')} in ${files}`;
}

function findingItem(finding) {
    const where = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(`${finding.file}:${finding.line}`);
    const hint = finding.hint === undefined ? '' : ` ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(finding.hint)}`;
    return `- **${severityLabel(finding)}** ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(finding.ruleId)} at ${where}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(finding.message)}${hint}`;
}
const SEVERITY_ICON = {
    error: '\ud83d\udd34 error',
    warning: '\ud83d\udfe1 warning',
    info: '\ud83d\udd35 info',
};

function findingRow(finding) {
    const message = finding.hint === undefined ? finding.message : `${finding.message}\n${finding.hint}`;
    const severity = finding.alreadyLive === true ? `\u26aa ${ALREADY_LIVE}` : SEVERITY_ICON[finding.severity];
    return `| ${severity} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(`${finding.file}:${finding.line}:${finding.column}`)} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(finding.ruleId)} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(message)} |`;
}


}),

2161:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
ql: () => ( accessMarkdown),
sM: () => ( NO_ACCESS_CHANGE)
});

var _model_access_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3179);
var _model_holder_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2087);
var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8604);
var _terminal_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9629);
var _words_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1788);











const NO_ACCESS_CHANGE = { peopleGaining: 0, peopleLosing: 0 };

const NAMES_SHOWN = 10;

function accessSummaryLine(summary) {
    const gain = `${(0,_words_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(summary.peopleGaining, 'person', 'people')} ${summary.peopleGaining === 1 ? 'gains' : 'gain'}`;
    const lose = `${(0,_words_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(summary.peopleLosing, 'person', 'people')} ${summary.peopleLosing === 1 ? 'loses' : 'lose'}`;
    return `${gain} access, ${lose} access`;
}




function accessPartialLine(summary) {
    if (summary.complete !== false || summary.budget === undefined)
        return undefined;
    const { limit, readsSkipped, changesNotExpanded } = summary.budget;
    return (`Partial: the effective-access budget (${(0,_words_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(limit, 'request')}) ran out; ` +
        `${(0,_words_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(readsSkipped, 'read')} not made, so ${(0,_words_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(changesNotExpanded, 'change')} (project and permission) ` +
        `${changesNotExpanded === 1 ? 'is' : 'are'} not expanded into people. JIRA_PERMS_ACCESS=full ` +
        '(plan --access full, or the action input access: full) reads every holder.');
}




function unexpandedParts(change) {
    const all = change.unexpanded ?? [];
    return {
        refused: all.filter((entry) => entry.notRead !== true),
        notRead: all.filter((entry) => entry.notRead === true),
    };
}
function names(people, escape) {
    const shown = people.slice(0, NAMES_SHOWN).map((person) => escape((0,_model_access_js__WEBPACK_IMPORTED_MODULE_4__/* .personName */ .hJ)(person)));
    const more = people.length - shown.length;
    return `${shown.join(', ')}${more > 0 ? `, and ${more} more` : ''}`;
}
function holdersPhrase(change, escape) {
    const parts = [
        ...change.holdersGained.map((holder) => `+ ${escape((0,_model_holder_js__WEBPACK_IMPORTED_MODULE_0__/* .holderLabel */ .zc)(holder))}`),
        ...change.holdersLost.map((holder) => `- ${escape((0,_model_holder_js__WEBPACK_IMPORTED_MODULE_0__/* .holderLabel */ .zc)(holder))}`),
    ];
    return parts.join(', ');
}






function gainCount(change) {
    return leftOutOn(change, 'live') ? '?' : String(change.gained.length);
}
function loseCount(change) {
    return leftOutOn(change, 'planned') ? '?' : String(change.lost.length);
}
function leftOutOn(change, side) {
    return (change.unexpanded ?? []).some((entry) => entry.notRead === true && (entry.side === side || entry.side === 'both'));
}
function countsPhrase(change) {
    return `+${gainCount(change)} -${loseCount(change)}`;
}
function byProject(changes) {
    const projects = new Map();
    for (const change of changes) {
        const list = projects.get(change.project) ?? [];
        list.push(change);
        projects.set(change.project, list);
    }
    return projects;
}
function schemePhrase(change) {
    if (change === undefined)
        return '';
    return change.fromScheme === undefined
        ? `scheme "${change.scheme}"`
        : `moves from scheme "${change.fromScheme}" to "${change.scheme}"`;
}





function shownRow(change) {
    return (change.gained.length > 0 ||
        change.lost.length > 0 ||
        change.holdersGained.length > 0 ||
        change.holdersLost.length > 0 ||
        change.unexpanded !== undefined);
}

function accessTextLines(changes, summary) {
    if (changes.length === 0)
        return [];
    const lines = [`Effective access: ${accessSummaryLine(summary)}.`];
    const partial = accessPartialLine(summary);
    if (partial !== undefined)
        lines.push(`  ${partial}`);
    for (const [project, list] of byProject(changes.filter(shownRow))) {
        lines.push(`  ${safeText(project)} (${safeText(schemePhrase(list[0]))})`);
        const width = Math.max(...list.map((change) => change.permission.length));
        for (const change of list) {
            const holders = holdersPhrase(change, safeText);
            lines.push(`    ${safeText(change.permission.padEnd(width))}  ${countsPhrase(change)}${holders === '' ? '' : `  holders: ${holders}`}`);
            if (change.gained.length > 0)
                lines.push(`      + ${names(change.gained, safeText)}`);
            if (change.lost.length > 0)
                lines.push(`      - ${names(change.lost, safeText)}`);
            if (change.broadHoldersKept !== undefined) {
                const broad = change.broadHoldersKept.map((holder) => safeText(holderLabel(holder))).join(', ');
                lines.push(`      note: ${broad} holds it before and after`);
            }
            const { refused, notRead } = unexpandedParts(change);
            for (const entry of refused) {
                lines.push(`      ! not expanded: ${safeText(entry.label)}: ${safeText(entry.reason)}`);
            }
            if (notRead.length > 0) {
                lines.push(`      ! not read (budget): ${notRead.map((entry) => safeText(entry.label)).join(', ')}`);
            }
        }
    }
    return lines;
}





function accessMarkdown(changes, summary, maxLength) {
    if (changes.length === 0)
        return undefined;
    const partial = accessPartialLine(summary);
    const head = `#### Effective access\n\n**${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(accessSummaryLine(summary))}** (distinct people, in ${(0,_words_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(byProject(changes).size, 'project')}).` +
        (partial === undefined ? '' : `\n\n> [!NOTE]\n> ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(partial)}`);
    const rows = changes.filter(shownRow).map((change) => {
        const holders = holdersPhrase(change, (text) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(text));
        return `| ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(change.project)} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(change.permission)} | ${gainCount(change)} | ${loseCount(change)} | ${holders} |`;
    });
    const table = [
        '| project | permission | gain | lose | holders gained / lost |',
        '| --- | --- | ---: | ---: | --- |',
    ];
    const details = changes
        .filter((change) => change.gained.length > 0 || change.lost.length > 0)
        .map((change) => {
        const parts = [];
        if (change.gained.length > 0)
            parts.push(`gain: ${names(change.gained, _markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)}`);
        if (change.lost.length > 0)
            parts.push(`lose: ${names(change.lost, _markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)}`);
        return `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(change.project)} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(change.permission)}: ${parts.join('; ')}`;
    });
    const notes = changes.flatMap((change) => {
        const { refused, notRead } = unexpandedParts(change);
        const where = `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(change.project)} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(change.permission)}`;
        const lines = refused.map((entry) => `- ${where} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(entry.label)}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(entry.reason)}`);
        if (notRead.length > 0)
            lines.push(`- ${where} not read (budget): ${notRead.map((entry) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(entry.label)).join(', ')}`);
        return lines;
    });
    const broad = changes.filter((change) => change.broadHoldersKept !== undefined).length;
    const build = (rowCount, detailCount, noteCount) => {
        const blocks = rows.length === 0 ? [head] : [head, [...table, ...rows.slice(0, rowCount)].join('\n')];
        if (rowCount < rows.length)
            blocks.push(`_${rows.length - rowCount} more rows not shown: the plan file lists them all._`);
        if (detailCount > 0) {
            const hidden = details.length - detailCount;
            const body = [...details.slice(0, detailCount), ...(hidden > 0 ? [`- \u2026 and ${hidden} more`] : [])];
            blocks.push(`<details><summary>${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)('Who gains and who loses')}</summary>\n\n${body.join('\n')}\n\n</details>`);
        }
        if (noteCount > 0) {
            const hidden = notes.length - noteCount;
            const body = [...notes.slice(0, noteCount), ...(hidden > 0 ? [`- \u2026 and ${hidden} more`] : [])];
            blocks.push(`> [!WARNING]\n> **Not expanded into people** (the lists above hold only the people who could be read):\n\n${body.join('\n')}`);
        }
        if (broad > 0) {
            blocks.push(`_${(0,_words_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(broad, 'permission')} also held before and after by \`anyone\` or any logged-in user: the people listed may hold it through them too._`);
        }
        return blocks.join('\n\n');
    };
    const whole = build(rows.length, details.length, notes.length);
    if (whole.length <= maxLength)
        return whole;

    const fit = (make, total) => {
        let low = 0;
        let high = total;
        while (low < high) {
            const middle = Math.ceil((low + high) / 2);
            if (make(middle).length <= maxLength)
                low = middle;
            else
                high = middle - 1;
        }
        return low;
    };
    const noteCount = fit((count) => build(0, 0, count), notes.length);
    const rowCount = fit((count) => build(count, 0, noteCount), rows.length);
    const detailCount = fit((count) => build(rowCount, count, noteCount), details.length);
    const result = build(rowCount, detailCount, noteCount);
    return result.length <= maxLength ? result : head.slice(0, maxLength);
}


}),

3526:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {



__webpack_require__.d(__webpack_exports__, {
  uC: () => ( renderPlanJson)
});



;






const INVISIBLE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function escapeInvisible(text) {
    return text.replace(INVISIBLE, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
function toJson(value) {
    return `${escapeInvisible(JSON.stringify(value, null, 2))}\n`;
}

class json_LazyList {
    items;
    toJson;
    constructor(items, toJson) {
        this.items = items;
        this.toJson = toJson;
    }
}






function property(key, value) {
    const holder = JSON.stringify({ [key]: value }, null, 2);

    return holder === '{}' ? undefined : holder.slice(2, -2);
}




function json_element(index, value) {
    const key = String(index);
    const written = property(key, value);
    if (written === undefined)
        return 'null';


    return written.slice(`  ${JSON.stringify(key)}: `.length).replaceAll('\n', '\n  ');
}






function* json_jsonPieces(document) {


    let pending;
    for (const [key, value] of Object.entries(document)) {
        if (value instanceof json_LazyList && value.items.length > 0) {
            const list = value;
            yield pending === undefined ? '{\n' : `${pending},\n`;
            yield escapeInvisible(`  ${JSON.stringify(key)}: [\n`);
            for (const [at, item] of list.items.entries()) {
                const comma = at === list.items.length - 1 ? '' : ',';
                yield escapeInvisible(`    ${json_element(at, list.toJson(item))}${comma}\n`);
            }
            pending = '  ]';
            continue;
        }
        const written = property(key, value instanceof json_LazyList ? [] : value);
        if (written === undefined)
            continue;
        yield pending === undefined ? '{\n' : `${pending},\n`;
        pending = escapeInvisible(written);
    }
    yield pending === undefined ? '{}\n' : `${pending}\n}\n`;
}

function* json_batched(pieces, size = 64 * 1024) {
    let batch = [];
    let length = 0;
    for (const piece of pieces) {
        batch.push(piece);
        length += piece.length;
        if (length >= size) {
            yield batch.join('');
            batch = [];
            length = 0;
        }
    }
    if (batch.length > 0)
        yield batch.join('');
}

;






function renderPlanJson(plan) {
    return [...json_jsonPieces(planDocument(plan))].join('');
}





function renderPlanJsonPieces(plan) {
    return batched(jsonPieces(planDocument(plan)));
}

function planToJson(plan) {
    return Object.fromEntries(Object.entries(planDocument(plan)).map(([key, value]) => [
        key,
        value instanceof LazyList
            ? value.items.map((item) => value.toJson(item))
            : value,
    ]));
}

function planDocument(plan) {
    return {
        version: plan.version,
        changes: new json_LazyList(plan.changes, changeToJson),
        summary: {
            add: plan.summary.add,
            remove: plan.summary.remove,
            createSchemes: plan.summary.createSchemes,
            updateSchemes: plan.summary.updateSchemes,
            deleteSchemes: plan.summary.deleteSchemes,
            assignProjects: plan.summary.assignProjects,
            schemesChanged: plan.summary.schemesChanged,
            projectsAffected: plan.summary.projectsAffected,
            ...(plan.summary.access === undefined
                ? {}
                : {
                    access: {
                        peopleGaining: plan.summary.access.peopleGaining,
                        peopleLosing: plan.summary.access.peopleLosing,

                        ...(plan.summary.access.complete === false ? { complete: false } : {}),
                        ...(plan.summary.access.budget === undefined
                            ? {}
                            : {
                                budget: {
                                    limit: plan.summary.access.budget.limit,
                                    requests: plan.summary.access.budget.requests,
                                    readsSkipped: plan.summary.access.budget.readsSkipped,
                                    changesNotExpanded: plan.summary.access.budget.changesNotExpanded,
                                },
                            }),
                    },
                }),
        },
        ...(plan.access === undefined ? {} : { access: new json_LazyList(plan.access, accessToJson) }),
        fingerprints: Object.fromEntries(Object.keys(plan.fingerprints)
            .sort((a, b) => Number(a) - Number(b) || (a < b ? -1 : a > b ? 1 : 0))
            .map((key) => [key, plan.fingerprints[key]])),
        filesHash: plan.filesHash,
        ...(plan.files === undefined
            ? {}
            : {
                files: Object.fromEntries(Object.keys(plan.files)
                    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
                    .map((path) => [path, plan.files?.[path]])),
            }),
        guardrails: plan.guardrails.map((violation) => ({
            guardrail: violation.guardrail,
            scheme: violation.scheme,
            message: violation.message,
            allowed: violation.allowed,
        })),
        blastRadius: plan.blastRadius.map((radius) => ({
            scheme: radius.scheme,
            schemeId: radius.schemeId,
            projectCount: radius.projectCount,
            sampleKeys: [...radius.sampleKeys],
        })),

        ...(plan.projectUsage === undefined ? {} : { projectUsage: plan.projectUsage }),
        unmanaged: plan.unmanaged.map((scheme) => ({ id: scheme.id, name: scheme.name })),
        kept: plan.kept.map((grant) => compact({
            scheme: grant.scheme,
            schemeId: grant.schemeId,
            grantId: grant.grantId,
            permission: grant.permission,
            holder: holderToJson(grant.holder),
            label: grant.label,
            reason: grant.reason,
        })),
        findings: plan.findings.map(findingToJson),
    };
}
function findingToJson(finding) {
    return compact({
        file: finding.file,
        line: finding.line,
        column: finding.column,
        endLine: finding.endLine,
        endColumn: finding.endColumn,
        severity: finding.severity,
        ruleId: finding.ruleId,
        message: finding.message,
        hint: finding.hint,
        alreadyLive: finding.alreadyLive,
    });
}
function changeToJson(change) {
    return compact({
        action: change.action,
        project: change.project,
        projectId: change.projectId,
        scheme: change.scheme,
        schemeId: change.schemeId,
        fromScheme: change.fromScheme,
        fromSchemeId: change.fromSchemeId,
        permission: change.permission,
        holder: change.holder === undefined ? undefined : holderToJson(change.holder),
        grantId: change.grantId,
        label: change.label,
        from: change.from === undefined
            ? undefined
            : compact({ name: change.from.name, description: change.from.description }),
        to: change.to === undefined
            ? undefined
            : compact({ name: change.to.name, description: change.to.description }),
        file: change.file,
        origin: change.origin,
        changedBy: change.changedBy === undefined || change.changedBy === null
            ? change.changedBy
            : compact({
                accountId: change.changedBy.accountId,
                name: change.changedBy.name,
                at: change.changedBy.at,
                summary: change.changedBy.summary,
                source: change.changedBy.source,
            }),
    });
}
function accessToJson(change) {
    const person = (one) => ({
        accountId: one.accountId,
        displayName: one.displayName,
    });
    return compact({
        project: change.project,
        permission: change.permission,
        gained: change.gained.map(person),
        lost: change.lost.map(person),
        holdersGained: change.holdersGained.map(holderToJson),
        holdersLost: change.holdersLost.map(holderToJson),
        scheme: change.scheme,
        fromScheme: change.fromScheme,
        broadHoldersKept: change.broadHoldersKept?.map(holderToJson),
        unexpanded: change.unexpanded?.map((entry) => ({
            holder: holderToJson(entry.holder),
            label: entry.label,
            side: entry.side,
            reason: entry.reason,
            ...(entry.notRead === true ? { notRead: true } : {}),
        })),
    });
}
function holderToJson(holder) {
    return compact({ type: holder.type, parameter: holder.parameter, value: holder.value });
}

function compact(object) {
    return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}


})

};
