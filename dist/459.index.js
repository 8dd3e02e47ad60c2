export const id = 459;
export const ids = [459];
export const modules = {

4200:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {



__webpack_require__.d(__webpack_exports__, {
  B: () => ( DEFAULT_SINCE_DAYS),
  j: () => ( explainDrift)
});


var errors = __webpack_require__(6353);

var model_holder = __webpack_require__(2087);
;

const HOLDER_TYPE_WORDS = {
    anyone: ['Anyone', 'Public'],
    applicationRole: ['Application access', 'Application Role'],
    assignee: ['Current Assignee', 'Assignee'],
    group: ['Group'],
    groupCustomField: ['Group Custom Field Value', 'Group custom field'],
    projectLead: ['Project Lead'],
    projectRole: ['Project Role'],
    reporter: ['Reporter'],
    'sd.customer.portal.only': ['Service Project Customer - Portal Access'],
    user: ['Single User', 'User'],
    userCustomField: ['User Custom Field Value', 'User custom field'],
};
function same(a, b) {
    return a !== undefined && b !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase();
}
function anySame(value, names) {
    return names.some((name) => same(value, name));
}
function empty(text) {
    return text === undefined || text.trim() === '';
}
function changed(record, field) {
    return record.changes.find((entry) => same(entry.field, field));
}
function isSchemeItem(item) {
    return item !== undefined && !same(item.type, 'PROJECT') && !same(item.type, 'USER');
}

function isScheme(item, id, names) {
    if (!isSchemeItem(item) || item === undefined)
        return false;
    if (id !== null && item.id !== undefined && /^\d+$/.test(item.id))
        return Number(item.id) === id;
    return names.some((name) => same(item.name, name));
}




function explainsGrant(record, change, names) {
    if (!isScheme(record.object, change.schemeId, [change.scheme]))
        return false;
    const permission = changed(record, 'Permission');
    if (permission === undefined || change.permission === undefined || change.holder === undefined)
        return false;
    const removed = change.action === 'add-grant';
    const side = (entry) => (removed ? entry.from : entry.to);
    const other = (entry) => (removed ? entry.to : entry.from);
    if (!empty(other(permission)) || !anySame(side(permission), names.permission(change.permission)))
        return false;
    const type = changed(record, 'Type');
    if (type !== undefined) {
        const words = [change.holder.type, ...(HOLDER_TYPE_WORDS[change.holder.type] ?? [])];
        if (!anySame(side(type), words))
            return false;
    }
    const value = changed(record, 'Value');
    const holderNames = names.holder(change.holder);
    if (value === undefined || empty(side(value))) {

        return holderNames.length === 0 || type === undefined;
    }
    return anySame(side(value), holderNames);
}

function explainsDetails(record, change) {
    const live = change.from ?? {};
    const file = change.to ?? {};
    if (!isScheme(record.object, change.schemeId, [live.name, file.name, change.scheme]))
        return false;
    const name = changed(record, 'Name');
    const description = changed(record, 'Description');
    return ((live.name !== undefined && name !== undefined && same(name.to, live.name)) ||
        (live.description !== undefined &&
            description !== undefined &&
            same(description.to ?? '', live.description)));
}

function explainsCreate(record, change) {
    return /delet/i.test(record.summary) && isScheme(record.object, null, [change.scheme]);
}

function explainsDelete(record, change) {
    return /creat/i.test(record.summary) && isScheme(record.object, change.schemeId, [change.scheme]);
}




function explainsAssignment(record, change) {
    const object = record.object;
    if (object === undefined || !same(object.type, 'PROJECT'))
        return false;

    const isProject = change.projectId !== undefined && object.id !== undefined
        ? object.id === change.projectId
        : same(object.name, change.project);
    if (!isProject)
        return false;
    const associated = (id, name) => record.associated.some((item) => isScheme(item, id ?? null, [name ?? undefined]));
    if (/added to project/i.test(record.summary))
        return associated(change.fromSchemeId, change.fromScheme);
    if (/removed from project/i.test(record.summary))
        return associated(change.schemeId, change.scheme);
    return false;
}
function explains(record, change, names) {

    const action = change.action;
    switch (action) {
        case 'add-grant':
        case 'remove-grant':
            return explainsGrant(record, change, names);
        case 'update-scheme':
            return explainsDetails(record, change);
        case 'create-scheme':
            return explainsCreate(record, change);
        case 'delete-scheme':
            return explainsDelete(record, change);
        case 'assign-project':
            return explainsAssignment(record, change);
        default:
            return false;
    }
}





function attributeChanges(changes, records, names) {
    const newestFirst = [...records].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
    const found = changes.map((change) => newestFirst.find((record) => explains(record, change, names)));
    const deletions = new Map();
    changes.forEach((change, index) => {
        const record = found[index];
        if (change.action === 'create-scheme' && record !== undefined)
            deletions.set(change.scheme, record);
    });
    return changes.map((change, index) => {
        const own = found[index];
        if (own !== undefined || change.action !== 'add-grant' || change.schemeId !== null)
            return own;
        return deletions.get(change.scheme);
    });
}

;



const DEFAULT_SINCE_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;
async function windowEnd(jira, now) {
    try {
        const serverTime = await jira.getServerTime();
        if (serverTime !== undefined)
            return { end: serverTime, clock: 'jira' };
    }
    catch {

    }
    return { end: now(), clock: 'local' };
}
function add(map, key, name) {
    if (name === undefined || name === '')
        return;
    const names = map.get(key) ?? new Set();
    names.add(name);
    map.set(key, names);
}





async function nameBook(input, jira) {
    const byHolder = new Map();
    for (const grant of input.grants)
        add(byHolder, (0,model_holder .I4)(grant.holder), (0,model_holder .iY)(grant));
    const holders = input.changes
        .map((change) => change.holder)
        .filter((holder) => holder !== undefined);
    const ofType = (type) => holders.filter((holder) => (typeof type === 'string' ? holder.type === type : type.test(holder.type)));
    const userIds = ofType('user')
        .map(model_holder .MO)
        .filter((id) => id !== undefined);
    const [catalogue, roles, fields, applicationRoles, users] = await Promise.all([
        jira.getPermissionCatalogue().catch(() => []),
        ofType('projectRole').length > 0 ? jira.getProjectRoles().catch(() => []) : [],
        ofType(/CustomField$/).length > 0 ? jira.getFields().catch(() => []) : [],
        ofType('applicationRole').length > 0 ? jira.getApplicationRoles().catch(() => []) : [],
        userIds.length > 0
            ? jira.getUsers(userIds).catch(() => new Map())
            : new Map(),
    ]);
    for (const holder of holders) {
        const key = (0,model_holder .I4)(holder);
        const id = (0,model_holder .MO)(holder);
        add(byHolder, key, (0,model_holder .iY)({ holder }));
        if (id === undefined)
            continue;
        add(byHolder, key, id);
        if (holder.type === 'projectRole')
            add(byHolder, key, roles.find((role) => String(role.id) === id)?.name);
        if (/CustomField$/.test(holder.type))
            add(byHolder, key, fields.find((field) => field.id === id)?.name);
        if (holder.type === 'applicationRole') {
            add(byHolder, key, applicationRoles.find((role) => role.key === id)?.name);
        }
        if (holder.type === 'user')
            add(byHolder, key, users.get(id)?.displayName);
    }
    const permissionNames = new Map(catalogue.map((entry) => [entry.key, entry.name]));
    return {
        permission: (key) => [
            key,
            ...(permissionNames.get(key) === undefined ? [] : [permissionNames.get(key) ?? '']),
        ],
        holder: (holder) => [...(byHolder.get((0,model_holder .I4)(holder)) ?? [])],
    };
}

function authorKey(record) {
    return record.author.name ?? record.author.accountId;
}

async function people(records, jira) {
    const ids = [...new Set(records.map(authorKey).filter((id) => id !== undefined))];
    if (ids.length === 0)
        return new Map();
    const users = await jira.getUsers(ids).catch(() => new Map());
    const names = new Map();
    for (const [id, user] of users)
        if (user.displayName !== undefined)
            names.set(id, user.displayName);
    return names;
}
function changedBy(record, names) {
    const { accountId, name: username } = record.author;
    const name = names.get(authorKey(record) ?? '') ?? username;
    return {

        ...(accountId === undefined || username !== undefined ? {} : { accountId }),
        ...(name === undefined ? {} : { name }),
        at: record.at,
        summary: record.summary,
        ...(record.source === undefined ? {} : { source: record.source }),
    };
}
async function explainDrift(input, jira, options) {
    const { end, clock } = await windowEnd(jira, options.now);
    const window = {
        from: new Date(end.getTime() - options.sinceDays * DAY_MS).toISOString(),
        to: end.toISOString(),
        days: options.sinceDays,
        clock,
    };
    const unexplained = (audit) => ({
        window,
        audit,
        items: input.changes.map((change) => ({ change, changedBy: null })),
    });
    if (input.changes.length === 0)
        return unexplained({ status: 'not-read' });
    let log;
    try {
        log = await jira.readAuditLog({ from: new Date(window.from), to: new Date(window.to) });
    }
    catch (error) {
        return unexplained({
            status: 'unavailable',
            reason: `the audit log could not be read: ${(0,errors .gJ)(error)}`,
        });
    }
    if (log.status === 'unavailable')
        return unexplained(log);
    const found = attributeChanges(input.changes, log.records, await nameBook(input, jira));
    const chosen = found.filter((record) => record !== undefined);
    const names = await people(chosen, jira);
    return {
        window,
        audit: {
            status: 'read',
            records: log.records.length,
            truncated: log.truncated,
            ...(log.skipped === undefined ? {} : { skipped: log.skipped }),
        },
        items: input.changes.map((change, index) => {
            const record = found[index];
            return { change, changedBy: record === undefined ? null : changedBy(record, names) };
        }),
    };
}


}),

7013:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.d(__webpack_exports__, {
j: () => ( markOrigins),
y: () => ( originKey)
});
var _apply_stale_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8057);











function originKey(change) {
    const project = change.project;
    const target = change.action === 'update-scheme'
        ? JSON.stringify([change.to?.name ?? null, change.to?.description ?? null])
        : '';
    return `${(0,_apply_stale_js__WEBPACK_IMPORTED_MODULE_0__/* .changeKey */ .Cy)(change)}|${typeof project === 'string' ? project : ''}|${target}`;
}

function markOrigins(head, base) {
    const fromBase = new Set(base.map(originKey));
    return head.map((change) => {
        const origin = fromBase.has(originKey(change)) ? 'drift' : 'pull-request';
        return { ...change, origin };
    });
}


}),

5234:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {



__webpack_require__.d(__webpack_exports__, {
  MJ: () => ( planDriftMarkdown),
  b9: () => ( renderDriftMarkdown)
});




var plan_view = __webpack_require__(6958);
;

function quoted(text) {
    return `"${text ?? ''}"`;
}
function describe(change) {
    const action = change.action;
    const grant = { permission: change.permission ?? '', subject: (0,plan_view .pG)(change) };
    switch (action) {
        case 'remove-grant':
            return { happened: 'added', ...grant, undo: 'apply would remove it' };
        case 'add-grant':
            return { happened: 'removed', ...grant, undo: 'apply would add it back' };
        case 'update-scheme': {
            const live = change.from ?? {};
            const file = change.to ?? {};
            if (live.name !== undefined && live.name !== file.name) {
                return {
                    happened: 'renamed',
                    detail: `from ${quoted(file.name)} to ${quoted(live.name)}`,
                    undo: 'apply would rename it back',
                };
            }
            return {
                happened: 'description changed',
                detail: `to ${quoted(live.description)}`,
                undo: "apply would restore the files' description",
            };
        }
        case 'create-scheme':
            return { happened: 'deleted', undo: 'apply would create it again' };
        case 'delete-scheme':
            return { happened: 'created', undo: 'apply would delete it (prune is on)' };
        case 'assign-project':
            return {
                happened: 'moved',
                subject: change.project ?? '',
                detail: `project ${change.project ?? ''} now uses ${quoted(change.fromScheme ?? 'another scheme')}`,
                undo: 'apply would move it back',
            };
        default:
            return { happened: action, undo: `apply would ${action}` };
    }
}
function describe_driftLines(items) {
    return items.map((item) => {

        return {
            scheme: item.change.scheme,
            schemeId: item.change.schemeId,
            ...describe(item.change),
            changedBy: item.changedBy,
        };
    });
}

function auditTime(iso) {
    return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

function describe_attribution(changedBy, auditRead) {
    if (changedBy === null)
        return auditRead ? 'no audit record found' : 'unknown (audit log not read)';
    const who = changedBy.name ?? changedBy.accountId ?? 'someone the audit log does not name';
    return `${who}, ${auditTime(changedBy.at)}`;
}


var words = __webpack_require__(1788);

var terminal = __webpack_require__(9629);
;



const NO_DRIFT = 'No drift: Jira matches the files.';

function windowPhrase(explanation) {
    const { window } = explanation;
    const clock = window.clock === 'jira' ? "Jira's clock" : "this machine's clock: Jira did not give its time";
    return `the last ${(0,words .LS)(window.days, 'day')}, to ${auditTime(window.to)} (${clock})`;
}

function auditNote(explanation) {
    const { audit } = explanation;
    if (audit.status === 'unavailable')
        return `Who made these changes is not shown: ${audit.reason}.`;
    if (audit.status !== 'read')
        return undefined;
    const notes = [];
    if (audit.truncated) {
        notes.push(`The audit log held more records than were read; only the newest ${String(audit.records)} were searched.`);
    }
    if (audit.skipped !== undefined && audit.skipped > 0) {
        notes.push(`${(0,words .LS)(audit.skipped, 'audit record')} without a readable time or id ${audit.skipped === 1 ? 'was' : 'were'} left out.`);
    }
    return notes.length === 0 ? undefined : notes.join(' ');
}
function schemeHeading(line) {
    return line.schemeId === null ? quote(line.scheme) : `${quote(line.scheme)} (${String(line.schemeId)})`;
}

function changeColumns(line) {
    const what = line.permission === undefined
        ? (line.detail ?? '')
        : [line.subject, line.detail].filter(Boolean).join(': ');
    return [line.happened, line.permission ?? '', what].map(safeText);
}

function aligned(rows) {
    const widths = [];
    for (const row of rows)
        row.forEach((cell, index) => (widths[index] = Math.max(widths[index] ?? 0, cell.length)));
    return rows.map((row) => row
        .map((cell, index) => (index === row.length - 1 ? cell : cell.padEnd(widths[index] ?? 0)))
        .join('  ')
        .trimEnd());
}

function driftBlock(explanation) {
    const lines = driftLines(explanation.items);
    const read = explanation.audit.status === 'read';
    const out = [];
    const groups = new Map();
    for (const line of lines) {
        const key = `${String(line.schemeId)}|${line.scheme}`;
        groups.set(key, [...(groups.get(key) ?? []), line]);
    }
    for (const group of groups.values()) {
        const first = group[0];
        if (first === undefined)
            continue;
        out.push(schemeHeading(first));
        const rows = aligned(group.map((line) => [...changeColumns(line), `  ${safeText(attribution(line.changedBy, read))}`]));
        out.push(...rows.map((row) => `  ${row}`));
        out.push('');
    }
    const note = auditNote(explanation);
    if (note !== undefined)
        out.push(safeText(note), '');
    return out;
}




function renderPlanDriftText(base) {
    const ref = quote(base.ref);
    if (base.error !== undefined) {
        return `Drift not told apart from the changes of the files (base ${ref}): ${safeText(base.error)}.\n`;
    }
    const drift = base.drift;
    if (drift === undefined || drift.items.length === 0) {
        return `No drift: every change comes from the files' changes since ${ref}.\n`;
    }
    const count = drift.items.length;
    return [
        `Drift: ${plural(count, 'change')} above ${count === 1 ? 'undoes a change' : 'undo changes'} made in Jira ` +
            `(the files of ${ref} plan ${count === 1 ? 'it' : 'them'} too).`,
        `Audit log: ${windowPhrase(drift)}.`,
        '',
        ...driftBlock(drift),
    ].join('\n');
}
function renderDriftText(result) {
    const explanation = result.explanation;
    if (explanation === undefined)
        return '';
    if (explanation.items.length === 0)
        return `${NO_DRIFT}\n`;
    const count = explanation.items.length;
    const out = [
        `Drift: ${plural(count, 'change')} in Jira ${count === 1 ? 'differs' : 'differ'} from the files.`,
        `Audit log: ${windowPhrase(explanation)}.`,
        '',
        ...driftBlock(explanation),
        'jira-perms apply would undo these changes. To keep one, write it into the files ' +
            "(jira-perms export writes Jira's current state as files).",
    ];
    return `${out.join('\n')}\n`;
}


var markdown = __webpack_require__(8604);
;





const DRIFT_MARKDOWN_LIMIT = 60_000;
function schemeCell(line) {
    return line.schemeId === null
        ? (0,markdown .FV)(line.scheme)
        : `${(0,markdown .FV)(line.scheme)} (${String(line.schemeId)})`;
}
function row(line, auditRead) {
    const what = [line.subject ?? '', line.detail ?? ''].filter((part) => part !== '').join(': ');
    const cells = [
        schemeCell(line),
        (0,markdown .FV)(line.happened),
        line.permission === undefined ? '' : (0,markdown .MZ)(line.permission),
        (0,markdown .FV)(line.permission === undefined ? (line.detail ?? '') : what),
        (0,markdown .FV)(describe_attribution(line.changedBy, auditRead)),
    ];
    return `| ${cells.join(' | ')} |`;
}




function driftTable(explanation, maxLength = DRIFT_MARKDOWN_LIMIT) {
    const lines = describe_driftLines(explanation.items);
    const read = explanation.audit.status === 'read';
    const head = [
        `Audit log: ${(0,markdown .FV)(windowPhrase(explanation))}.`,
        ...(auditNote(explanation) === undefined
            ? []
            : ['', `> [!NOTE]\n> ${(0,markdown .FV)(auditNote(explanation) ?? '')}`]),
        '',
        '| Scheme | In Jira | Permission | Holder or detail | Changed by |',
        '| --- | --- | --- | --- | --- |',
    ];
    const out = [...head];
    let length = head.join('\n').length;
    let shown = 0;
    for (const line of lines) {
        const text = row(line, read);
        if (length + text.length + 200 > maxLength)
            break;
        out.push(text);
        length += text.length + 1;
        shown++;
    }
    if (shown < lines.length) {
        out.push('', `\u2026 and ${(0,words .LS)(lines.length - shown, 'more change')} (see \`jira-perms drift\`).`);
    }
    return out.join('\n');
}
function renderDriftMarkdown(result, options = {}) {
    const title = `### ${(0,markdown .FV)(options.title ?? 'Jira permissions drift')}`;
    const explanation = result.explanation;
    if (explanation === undefined) {
        const why = result.error ?? (result.status === 'invalid' ? 'the scheme files have errors' : 'drift unknown');
        return `${title}\n\n\u274c **Drift could not be checked**: ${(0,markdown .FV)(why)}\n`;
    }
    if (explanation.items.length === 0)
        return `${title}\n\n\u2705 ${(0,markdown .FV)(NO_DRIFT)}\n`;
    const count = explanation.items.length;
    return [
        title,
        '',
        `\u26a0\ufe0f **${(0,words .LS)(count, 'change')} made in Jira ${count === 1 ? 'differs' : 'differ'} from the files.** ` +
            'Running apply would undo ' +
            (count === 1 ? 'it' : 'them') +
            '; to keep a change, write it into the files.',
        '',
        driftTable(explanation, (options.maxLength ?? DRIFT_MARKDOWN_LIMIT) - 600),
        '',
    ].join('\n');
}




function planDriftMarkdown(base, maxLength = 20_000) {
    const commit = base.commit === undefined ? (0,markdown .SS)(base.ref) : (0,markdown .SS)(base.commit.slice(0, 12));
    if (base.error !== undefined) {
        return `> [!NOTE]\n> Drift was not told apart from this pull request's changes: ${(0,markdown .FV)(base.error)}.\n`;
    }
    const drift = base.drift;
    if (drift === undefined || drift.items.length === 0) {
        return `No drift: every change above is this pull request's own (base ${commit}).\n`;
    }
    const count = drift.items.length;
    return [
        `#### \u26a0\ufe0f Drift: ${(0,words .LS)(count, 'change')} made in Jira that merging would revert`,
        '',
        `The files of the base commit ${commit} plan ${count === 1 ? 'this change' : 'these changes'} too: ` +
            `${count === 1 ? 'it undoes' : 'they undo'} a change made in Jira outside the files, not in this pull ` +
            'request. To keep a change, write it into the files.',
        '',
        driftTable(drift, maxLength),
        '',
    ].join('\n');
}


})

};
