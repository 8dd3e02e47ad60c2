export const id = 344;
export const ids = [344];
export const modules = {

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

9344:
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


__webpack_require__.r(__webpack_exports__);


__webpack_require__.d(__webpack_exports__, {
  APPLY_SPEC: () => ( APPLY_SPEC),
  applyCommand: () => ( applyCommand),
  createApplyCommand: () => ( createApplyCommand)
});


var external_node_path_ = __webpack_require__(6760);

var external_node_readline_ = __webpack_require__(481);

var external_node_fs_ = __webpack_require__(3024);

var external_node_os_ = __webpack_require__(8161);

var json = __webpack_require__(2679);

var write_file = __webpack_require__(7238);

var apply_journal = __webpack_require__(9023);
;


















const JOURNAL_FILE_VERSION = 1;

class JournalBusyError extends Error {
    constructor(pid) {
        super(`another apply (process ${pid}) is writing this journal right now; wait for it to end, or give ` +
            'this run its own --out file (two applies on one site at once fight each other: see docs/commands/apply.md)');
        this.name = 'JournalBusyError';
    }
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {

        return error.code === 'EPERM';
    }
}

function activeWriter(path) {
    if (!(0,external_node_fs_.existsSync)(path))
        return undefined;
    const first = (0,external_node_fs_.readFileSync)(path, 'utf8').split('\n', 1)[0] ?? '';
    let start;
    try {
        start = JSON.parse(first);
    }
    catch {
        return undefined;
    }
    if (!isRecord(start) || start.record !== 'start' || typeof start.pid !== 'number')
        return undefined;
    if (start.host !== (0,external_node_os_.hostname)() || start.pid === process.pid)
        return undefined;
    return isAlive(start.pid) ? start.pid : undefined;
}

class JournalFile {
    path;
    fd;
    redact;
    now;
    closed = false;
    constructor(path, fd, redact, now) {
        this.path = path;
        this.fd = fd;
        this.redact = redact;
        this.now = now;
    }





    static open(path, options = {}) {
        const busy = activeWriter(path);
        if (busy !== undefined)
            throw new JournalBusyError(busy);
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
        const file = new JournalFile(path, (0,external_node_fs_.openSync)(path, 'w'), options.redact ?? ((text) => text), options.now ?? (() => new Date()));
        file.append({
            record: 'start',
            version: JOURNAL_FILE_VERSION,
            startedAt: file.now().toISOString(),
            pid: process.pid,
            host: (0,external_node_os_.hostname)(),
        });
        return file;
    }

    record(event) {
        switch (event.type) {
            case 'entries':

                for (const entry of event.entries)
                    this.append({ record: 'planned', ...entry }, false);
                this.flush();
                break;
            case 'phase':
                this.append({ record: 'phase', at: this.now().toISOString(), message: event.message });
                break;
            case 'note':
                this.append({ record: 'note', at: this.now().toISOString(), message: event.message });
                break;
            case 'entry':

                this.append({ record: 'settled', at: this.now().toISOString(), ...event.entry });
                break;
        }
    }




    end(journal) {
        this.close();
        (0,write_file .J)(this.path, [this.redact((0,json .aB)(journal))], { sync: true });
    }
    close() {
        if (this.closed)
            return;
        this.closed = true;
        (0,external_node_fs_.closeSync)(this.fd);
    }
    append(record, flush = true) {
        if (this.closed)
            return;

        (0,write_file .f4)(this.fd, `${this.redact(JSON.stringify(record))}\n`);
        if (flush)
            this.flush();
    }
    flush() {
        (0,external_node_fs_.fdatasyncSync)(this.fd);
    }
}
const STOPPED_MESSAGE = ( null && ('The journal ends before apply did: apply was stopped (killed, or its machine lost) while it ran. ' +
    'Changes without a result may or may not have been made; run apply again, it re-reads Jira first.'));





function parseJournalFile(text) {
    try {
        const whole = JSON.parse(text);
        if (isRecord(whole) && Array.isArray(whole.entries) && whole.record === undefined) {
            return whole;
        }
    }
    catch {

    }
    const byIndex = new Map();
    let startedAt = '';
    let lastAt = '';
    for (const line of text.split('\n')) {
        if (line.trim() === '')
            continue;
        let parsed;
        try {
            parsed = JSON.parse(line);
        }
        catch {
            continue;
        }
        if (!isRecord(parsed))
            continue;
        const record = parsed;
        switch (record.record) {
            case 'start':
                startedAt = record.startedAt;
                break;
            case 'planned':
            case 'settled': {
                const { record: _kind, ...rest } = record;
                const { at, ...entry } = rest;
                if (at !== undefined)
                    lastAt = at;
                byIndex.set(entry.index, entry);
                break;
            }
            case 'phase':
            case 'note':
                lastAt = record.at;
                break;
        }
    }
    const entries = [...byIndex.values()].sort((a, b) => a.index - b.index);
    const outcome = 'interrupted';
    return {
        version: 1,
        outcome,
        message: STOPPED_MESSAGE,
        startedAt,
        finishedAt: lastAt === '' ? startedAt : lastAt,
        counts: countEntries(entries),
        entries,
        remaining: [],
        refusals: [],
    };
}
function readJournalFile(path) {
    return parseJournalFile(readFileSync(path, 'utf8'));
}


var promises_ = __webpack_require__(1455);

var fingerprint = __webpack_require__(1731);

var model_holder = __webpack_require__(2087);

var apply_failure = __webpack_require__(4974);
;






function forEachBounded(items, width, stopped, work) {
    return new Promise((resolve, reject) => {
        let next = 0;
        let running = 0;
        let failed = false;
        const pump = () => {
            while (!failed && running < Math.max(1, width()) && next < items.length && !stopped()) {
                const item = items[next++];
                running++;
                work(item).then(() => {
                    running--;
                    pump();
                }, (error) => {
                    failed = true;
                    reject(error instanceof Error ? error : new Error(String(error)));
                });
            }
            if (running === 0 && (next >= items.length || stopped()))
                resolve();
        };
        pump();
    });
}


var abort = __webpack_require__(2334);
;






function describeError(error) {
    return error instanceof Error ? error.message : String(error);
}

function describeEntry(entry) {
    const grant = entry.permission === undefined ? '' : ` ${entry.permission} ${entry.label ?? ''}`.trimEnd();
    return `${entry.action}${grant} in scheme "${entry.scheme}"`;
}

function mayAlreadyBeDone(kind, failure) {
    if (failure.outcome !== 'rejected')
        return false;
    if (kind === 'add')
        return failure.status === 400 || failure.status === 409;
    if (kind === 'remove')
        return failure.status === 400 || failure.status === 404;
    if (kind === 'delete')
        return failure.status === 404;
    return false;
}
class PlanExecutor {
    options;
    entries = [];
    created = new Map();

    addedGrantIds = new Set();

    jiraMoved;
    settled = 0;
    maxAttempts;
    abortGraceMs;
    constructor(options) {
        this.options = options;
        this.maxAttempts = options.maxAttempts ?? 3;
        this.abortGraceMs = options.abortGraceMs ?? 2_000;
    }
    get writer() {
        return this.options.writer;
    }
    aborted() {
        return this.options.signal?.aborted === true;
    }
    emit(event) {
        this.options.onEvent?.(event);
    }
    settle(entry, result, detail) {
        entry.result = result;
        if (detail !== undefined)
            entry.detail = detail;
        this.settled += 1;
        this.emit({ type: 'entry', entry, position: this.settled, total: this.entries.length });
    }
    addEntry(change, origin = 'plan') {
        const entry = (0,apply_journal .DM)(change, this.entries.length + 1, origin);
        this.entries.push(entry);
        return entry;
    }

    withinGrace(work) {
        const signal = this.options.signal;
        if (signal === undefined)
            return work;
        return new Promise((resolve, reject) => {
            let timer;

            const stop = (0,abort .u)(signal, () => {
                timer = setTimeout(() => {
                    reject(new apply_failure .OC());
                }, this.abortGraceMs);
            });
            const cleanup = () => {
                if (timer !== undefined)
                    clearTimeout(timer);
                stop();
            };
            work.then((value) => {
                cleanup();
                resolve(value);
            }, (error) => {
                cleanup();
                reject(error instanceof Error ? error : new Error(String(error)));
            });
        });
    }




    async perform(spec) {
        const { entry, kind } = spec;
        let last;
        for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
            if (this.aborted()) {


                this.settle(entry, 'skipped', last === undefined
                    ? 'interrupted before it started'
                    : `interrupted before it was sent again; it did not happen (last answer: ${last.message})`);
                return undefined;
            }
            entry.attempts += 1;
            try {
                const value = await this.withinGrace(spec.send());
                this.settle(entry, 'done', last === undefined ? undefined : `done on attempt ${attempt} (before: ${last.message})`);
                return value;
            }
            catch (error) {
                if (error instanceof apply_failure .OC) {
                    this.settle(entry, 'failed', `${error.message}; run apply again: it re-reads Jira first and will not repeat it`);
                    return undefined;
                }
                const failure = (0,apply_failure .XE)(error);
                last = failure;
                if (this.aborted() && failure.outcome === 'unknown') {

                    this.settle(entry, 'failed', `interrupted while the request was in flight; its outcome is unknown (${failure.message}); run apply again: it re-reads Jira first and will not repeat it`);
                    return undefined;
                }
                if (failure.status === 403) {
                    const hint = kind === 'remove'
                        ? (0,apply_failure .RU)('grant')
                        : kind === 'delete'
                            ? (0,apply_failure .RU)('scheme')
                            : kind === 'assign'
                                ? (0,apply_failure .JX)()
                                : (0,apply_failure .rK)();
                    this.settle(entry, 'failed', `${hint} (Jira answered: ${failure.message})`);
                    return undefined;
                }


                if (failure.outcome === 'not-sent' || failure.status === 429) {
                    this.settle(entry, 'failed', failure.message);
                    return undefined;
                }
                if (failure.outcome === 'rejected' && !mayAlreadyBeDone(kind, failure)) {
                    this.settle(entry, 'failed', failure.message);
                    return undefined;
                }

                let effect;
                try {
                    effect = await this.withinGrace(spec.confirm());
                }
                catch (readError) {
                    this.settle(entry, 'failed', `${failure.message}; re-reading Jira to learn whether it happened failed too (${describeError(readError)}); run apply again: it re-reads first`);
                    return undefined;
                }
                if (effect !== undefined) {
                    this.settle(entry, 'done', failure.outcome === 'unknown'
                        ? `confirmed by re-reading Jira after: ${failure.message}`
                        : `already so in Jira (Jira answered: ${failure.message})`);


                    if (failure.outcome === 'rejected' && entry.attempts === 1) {
                        this.noticeJiraMoved(`${describeEntry(entry)} was already done in Jira when apply sent it`);
                    }
                    return effect;
                }
                if (failure.outcome === 'rejected') {
                    this.settle(entry, 'failed', failure.message);
                    return undefined;
                }

            }
        }
        this.settle(entry, 'failed', `gave up after ${this.maxAttempts} attempts (last answer: ${last?.message ?? 'none'})`);
        return undefined;
    }
    async readScheme(schemeId) {
        return this.withinGrace(this.writer.getPermissionScheme(schemeId));
    }
    skipPending(entries, reason) {
        for (const entry of entries)
            if (entry.result === 'pending')
                this.settle(entry, 'skipped', reason);
    }
    anyFailed() {
        return this.entries.some((entry) => entry.result === 'failed');
    }

    inParallel(items, work) {
        return forEachBounded(items, () => this.writer.concurrency.now, () => this.aborted() || this.jiraMoved !== undefined, work);
    }
    async run() {
        const { plan } = this.options;
        const changes = plan.changes;
        const pick = (action) => changes.filter((change) => change.action === action);

        const updates = pick('update-scheme').map((change) => this.addEntry(change));
        const creates = pick('create-scheme').map((change) => ({ change, entry: this.addEntry(change) }));
        const adds = pick('add-grant').map((change) => ({ change, entry: this.addEntry(change) }));
        const assigns = pick('assign-project').map((change) => this.addEntry(change));
        const removes = pick('remove-grant').map((change) => this.addEntry(change));
        const deletes = pick('delete-scheme').map((change) => this.addEntry(change));
        const defaults = [];

        this.emit({ type: 'entries', entries: this.entries.map((entry) => ({ ...entry })) });

        if (updates.length + creates.length > 0) {
            this.emit({ type: 'phase', phase: 'schemes', message: 'Updating and creating schemes' });
        }
        for (const wave of renameWaves(updates)) {
            await this.inParallel(wave, (entry) => this.updateDetails(entry));
        }
        await this.inParallel(creates, async ({ change, entry }) => {
            const planned = adds.filter((add) => add.change.schemeId === null && add.change.scheme === change.scheme);
            await this.createScheme(change, entry, planned, defaults);

            const id = entry.schemeId;
            for (const assign of assigns) {
                if (assign.schemeId === null && assign.scheme === change.scheme)
                    assign.schemeId = id;
            }
        });

        const pendingAdds = adds.filter((add) => add.entry.result === 'pending').map((add) => add.entry);
        if (pendingAdds.length > 0)
            this.emit({ type: 'phase', phase: 'adds', message: 'Adding grants' });
        await this.inParallel(pendingAdds, async (entry) => {
            if (entry.schemeId === null) {
                this.settle(entry, 'skipped', 'not attempted: its scheme was not created');
                return;
            }
            await this.addGrant(entry, entry.schemeId);
        });






        const follows = assigns.length + removes.length + defaults.length + deletes.length > 0;
        if (!this.aborted() && !this.anyFailed() && pendingAdds.length > 0 && follows) {
            this.emit({ type: 'phase', phase: 'verify', message: 'Checking that every add landed' });
            await this.verifyAdds(pendingAdds);
        }
        const blocked = () => this.aborted()
            ? 'interrupted before it started'
            : this.jiraMoved !== undefined
                ? `not attempted: Jira changed while apply ran (${this.jiraMoved}); run plan again and review what it shows now`
                : this.anyFailed()
                    ? 'not attempted: an earlier change failed, and apply removes nothing until every add has landed and every project has moved (run apply again after fixing the cause)'
                    : undefined;
        let removalsBlocked = blocked();
        if (removalsBlocked !== undefined) {
            this.skipPending(this.entries, removalsBlocked);
            return this.result(removalsBlocked);
        }

        if (assigns.length > 0) {
            this.emit({ type: 'phase', phase: 'assignments', message: 'Moving projects onto their schemes' });
        }
        await this.inParallel(assigns, (entry) => this.assignProject(entry));
        removalsBlocked = blocked();
        if (removalsBlocked !== undefined) {
            this.skipPending(this.entries, removalsBlocked);
            return this.result(removalsBlocked);
        }

        if (removes.length + defaults.length > 0) {
            this.emit({ type: 'phase', phase: 'removals', message: 'Removing grants' });
        }
        await this.inParallel([...removes, ...defaults], (entry) => this.removeGrant(entry));

        if (this.jiraMoved !== undefined) {
            const reason = blocked() ?? 'not attempted';
            this.skipPending(this.entries, reason);
            return this.result(reason);
        }
        if (deletes.length > 0)
            await this.deleteSchemes(deletes);
        this.skipPending(this.entries, 'interrupted before it started');
        return this.result();
    }
    result(removalsBlocked) {
        const result = {
            entries: this.entries,
            interrupted: this.aborted(),
            created: this.created,
        };
        if (removalsBlocked !== undefined)
            result.removalsBlocked = removalsBlocked;
        if (this.jiraMoved !== undefined)
            result.jiraMoved = this.jiraMoved;
        return result;
    }
    async updateDetails(entry) {
        const schemeId = entry.schemeId;
        const name = entry.to?.name ?? entry.scheme;
        if (schemeId === null) {
            this.settle(entry, 'failed', 'the plan has no scheme id for this update; make a new plan');
            return;
        }


        let description = entry.to?.description ?? this.options.desired?.find((scheme) => scheme.name === name)?.description;
        if (description === undefined) {
            try {
                description = (await this.readScheme(schemeId))?.description ?? '';
            }
            catch (error) {
                this.settle(entry, 'failed', `could not read the scheme before updating it: ${describeError(error)}`);
                return;
            }
        }
        const details = { name, description };
        await this.perform({
            entry,
            kind: 'update',
            send: async () => {
                await this.writer.updatePermissionSchemeDetails(schemeId, details);
                return true;
            },
            confirm: async () => {
                const live = await this.readScheme(schemeId);
                return live !== undefined && live.name === name && (live.description ?? '') === description
                    ? true
                    : undefined;
            },
        });
    }
    async createScheme(change, entry, planned, defaults) {
        const name = change.to?.name ?? change.scheme;
        const description = this.options.desired?.find((scheme) => scheme.name === name)?.description ?? change.to?.description;
        const grants = planned.map(({ change: add }) => ({
            permission: add.permission ?? '',
            holder: add.holder ?? { type: '' },
        }));

        const created = await this.perform({
            entry,
            kind: 'create',
            send: () => this.writer.createPermissionScheme(description === undefined ? { name, grants } : { name, description, grants }),
            confirm: async () => {
                const all = await this.writer.listPermissionSchemes();
                return all.find((scheme) => scheme.name === name);
            },
        });
        if (created === undefined) {
            for (const add of planned)
                this.settle(add.entry, 'skipped', 'not attempted: creating its scheme failed');
            return;
        }
        this.created.set(name, created.id);
        entry.schemeId = created.id;
        for (const add of planned)
            add.entry.schemeId = created.id;

        let readBack;
        try {
            readBack = await this.readScheme(created.id);
        }
        catch (error) {
            for (const add of planned) {
                this.settle(add.entry, 'failed', `could not read the new scheme back to check it: ${describeError(error)}`);
            }
            return;
        }
        if (readBack === undefined) {
            for (const add of planned) {
                this.settle(add.entry, 'failed', `the new scheme ${created.id} is not there on re-read`);
            }
            return;
        }
        const present = new Set(readBack.grants.map((grant) => (0,model_holder .cx)(grant.permission, grant.holder)));
        for (const add of planned) {

            if (present.has((0,model_holder .cx)(add.change.permission ?? '', add.change.holder ?? { type: '' }))) {
                this.settle(add.entry, 'done', 'created with the scheme');
            }
        }
        for (const removal of this.options.defaultGrantsToRemove(readBack, [
            change,
            ...planned.map((add) => add.change),
        ])) {
            if (removal.action !== 'remove-grant' || removal.grantId === undefined)
                continue;
            const defaultEntry = this.addEntry({ ...removal, scheme: name, schemeId: created.id }, 'jira-default');
            defaults.push(defaultEntry);
        }
        if (defaults.length > 0) {
            this.emit({
                type: 'note',
                message: `Jira added ${defaults.length} grant(s) of its own to the new scheme "${name}" (${created.id}); they are removed after every add has landed`,
            });
        }
    }

    noticeJiraMoved(what) {
        if (this.jiraMoved !== undefined)
            return;
        this.jiraMoved = what;
        this.emit({
            type: 'note',
            message: `Jira changed while apply ran (another apply, or a person): ${what}. Apply starts no further write.`,
        });
    }
    async addGrant(entry, schemeId) {
        const permission = entry.permission ?? '';
        const holder = entry.holder ?? { type: '' };
        const key = (0,model_holder .cx)(permission, holder);
        const added = await this.perform({
            entry,
            kind: 'add',
            send: () => this.writer.createPermissionGrant(schemeId, { permission, holder }),
            confirm: async () => {
                const live = await this.readScheme(schemeId);
                return live?.grants.find((grant) => (0,model_holder .cx)(grant.permission, grant.holder) === key);
            },
        });
        if (added !== undefined)
            this.addedGrantIds.add(added.id);
    }
    async assignProject(entry) {
        const schemeId = entry.schemeId;

        const project = entry.projectId ?? entry.project;
        if (schemeId === null) {
            this.settle(entry, 'skipped', 'not attempted: its scheme was not created');
            return;
        }
        if (project === undefined) {
            this.settle(entry, 'failed', 'the plan names no project for this change; make a new plan');
            return;
        }
        await this.perform({
            entry,
            kind: 'assign',
            send: async () => {
                await this.writer.assignPermissionScheme(project, schemeId);
                return true;
            },

            confirm: async () => (await this.withinGrace(this.writer.getProjectSchemeId(project))) === schemeId ? true : undefined,
        });
    }
    async verifyAdds(entries) {
        const bySchemeId = new Map();
        for (const entry of entries) {
            if (entry.schemeId === null || entry.result !== 'done')
                continue;
            const mine = bySchemeId.get(entry.schemeId);
            if (mine === undefined)
                bySchemeId.set(entry.schemeId, [entry]);
            else
                mine.push(entry);
        }

        await Promise.all([...bySchemeId].map(([schemeId, mine]) => this.verifySchemeAdds(schemeId, mine)));
    }
    async verifySchemeAdds(schemeId, mine) {
        let live;
        try {
            live = await this.readScheme(schemeId);
        }
        catch (error) {
            for (const entry of mine) {
                entry.result = 'failed';
                entry.detail = `could not re-read the scheme to check the add landed: ${describeError(error)}`;
            }
            this.emit({ type: 'note', message: `Could not re-read scheme ${schemeId}: ${describeError(error)}` });
            return;
        }
        if (live !== undefined)
            this.checkUnmoved(live);
        const present = new Set((live?.grants ?? []).map((grant) => (0,model_holder .cx)(grant.permission, grant.holder)));
        for (const entry of mine) {
            if (!present.has((0,model_holder .cx)(entry.permission ?? '', entry.holder ?? { type: '' }))) {
                entry.result = 'failed';
                entry.detail = 'Jira answered success, but the grant is not there when the scheme is read back';
                this.emit({
                    type: 'note',
                    message: `Not found on re-read: ${entry.permission ?? ''} in scheme ${schemeId}`,
                });
            }
        }
    }





    checkUnmoved(live) {
        const planned = this.options.plan.fingerprints[String(live.id)];
        if (planned === undefined)
            return;
        const update = this.entries.find((entry) => entry.action === 'update-scheme' && entry.schemeId === live.id && entry.result === 'done');
        const before = {
            ...live,
            name: update?.from?.name ?? live.name,
            description: update?.from?.description ?? live.description ?? '',
            grants: live.grants.filter((grant) => !this.addedGrantIds.has(grant.id)),
        };
        if ((0,fingerprint .eI)(before, this.options.managedHolders) === planned)
            return;
        this.noticeJiraMoved(`scheme "${live.name}" (${live.id}), read back after the additions, has grants, a name or a description that neither the plan read nor apply wrote`);
    }
    async removeGrant(entry) {
        const schemeId = entry.schemeId;
        const grantId = entry.grantId;
        if (schemeId === null || grantId === undefined) {
            this.settle(entry, 'failed', 'the plan has no scheme or grant id for this removal; make a new plan');
            return;
        }
        await this.perform({
            entry,
            kind: 'remove',
            send: async () => {
                await this.writer.deletePermissionGrant(schemeId, grantId);
                return true;
            },

            confirm: async () => {
                const live = await this.readScheme(schemeId);
                return live === undefined || !live.grants.some((grant) => grant.id === grantId) ? true : undefined;
            },
        });
    }
    async deleteSchemes(deletes) {
        if (!this.options.prune) {
            this.skipPending(deletes, 'scheme deletion needs prune: true in the settings file and --allow-delete');
            return;
        }
        if (!this.options.allowDelete) {
            this.skipPending(deletes, 'not deleted: deleting a scheme needs --allow-delete (the action input allow-delete: true) as well as prune: true');
            return;
        }
        if (this.aborted())
            return;
        this.emit({ type: 'phase', phase: 'deletions', message: 'Deleting schemes' });

        let usage;
        try {
            usage = await this.withinGrace(this.writer.getProjectsByScheme());
        }
        catch (error) {
            for (const entry of deletes) {
                if (entry.result === 'pending') {
                    this.settle(entry, 'failed', `could not check which projects use the scheme, so it was not deleted: ${describeError(error)}`);
                }
            }
            return;
        }
        await this.inParallel(deletes, async (entry) => {
            const schemeId = entry.schemeId;
            if (entry.result !== 'pending')
                return;
            if (schemeId === null) {
                this.settle(entry, 'failed', 'the plan has no scheme id for this deletion; make a new plan');
                return;
            }
            const projects = usage.get(schemeId) ?? [];
            if (projects.length > 0) {
                const keys = projects.map((project) => project.key).sort();
                const sample = keys.slice(0, 5).join(', ') + (keys.length > 5 ? ', ...' : '');
                this.settle(entry, 'failed', `not deleted: ${projects.length} project(s) use this scheme (${sample}); move them to another scheme first`);
                return;
            }
            await this.perform({
                entry,
                kind: 'delete',
                send: async () => {
                    await this.writer.deletePermissionScheme(schemeId);
                    return true;
                },
                confirm: async () => ((await this.readScheme(schemeId)) === undefined ? true : undefined),
            });
        });
    }
}





function renameWaves(updates) {
    const current = (entry) => (entry.from?.name ?? entry.scheme).toLowerCase();
    const target = (entry) => (entry.to?.name ?? entry.scheme).toLowerCase();
    const waves = [];
    let pending = [...updates];
    while (pending.length > 0) {
        const held = new Map(pending.map((entry) => [current(entry), entry]));
        const ready = pending.filter((entry) => {
            const holder = held.get(target(entry));
            return holder === undefined || holder === entry;
        });
        const wave = ready.length > 0 ? ready : pending;
        waves.push(wave);
        pending = pending.filter((entry) => !wave.includes(entry));
    }
    return waves;
}
function executePlan(options) {
    return new PlanExecutor(options).run();
}


var deps = __webpack_require__(9369);

var plan = __webpack_require__(489);

var model_settings = __webpack_require__(4692);

var planner = __webpack_require__(5552);
;










async function planAgainstLive(desired, settings, filesHash, reader) {
    const listsProjects = desired.some((scheme) => scheme.projects !== undefined);
    const usage = listsProjects ? reader.getProjectsByScheme() : undefined;
    usage?.catch(() => undefined);
    const [live, catalogue] = await Promise.all([
        reader.listPermissionSchemes(),
        reader.getPermissionCatalogue(),
    ]);
    const input = { desired, live, settings, filesHash, knownPermissions: catalogue.map((entry) => entry.key) };
    if (usage === undefined) {
        const plan = planChanges(input);
        if (!changesNeedUsage(plan))
            return plan;
    }
    const projectsByScheme = await (usage ?? reader.getProjectsByScheme());

    for (const scheme of live)
        if (!projectsByScheme.has(scheme.id))
            projectsByScheme.set(scheme.id, []);
    return planChanges({ ...input, projectsByScheme });
}

function plannerFor(desired, settings, filesHash) {
    return async (_input, reader) => ({
        plan: await planAgainstLive(desired, settings, filesHash, reader),
        desired,
        settings,
        findings: [],
    });
}





function reconcileCreatedScheme(created, planned, fresh) {
    const fromFile = fresh.desired.find((scheme) => scheme.name === created.name);
    const desired = {
        name: created.name,
        file: fromFile?.file ?? planned.find((change) => change.file !== undefined)?.file ?? '',
        id: created.id,
        grants: fromFile?.grants ??
            planned
                .filter((change) => change.action === 'add-grant')
                .map((change) => ({ permission: change.permission ?? '', holder: change.holder ?? { type: '' } })),
    };
    if (created.description !== undefined)
        desired.description = created.description;
    const plan = (0,planner .XA)({ desired: [desired], live: [created], settings: fresh.settings, filesHash: '' });
    return plan.changes.filter((change) => change.action === 'remove-grant');
}




const planFresh = async (input, reader) => {
    const result = await (0,plan .F)(


    {
        path: input.path,
        settingsPath: input.settingsPath,
        access: 'limits',
        projectUsage: 'needed',
        reuse: input.reuse,
    }, (0,deps .on)({
        cwd: input.cwd,
        jira: (0,deps .ig)(reader),
        ...(input.progress === undefined ? {} : { progress: input.progress }),
    }));
    if (result.status === 'failed')
        throw new Error(result.error ?? 'could not plan');
    const settings = result.settings ?? model_settings .a;
    if (result.status !== 'planned' || result.plan === undefined) {
        return { desired: result.desired ?? [], settings, findings: result.findings };
    }
    return {
        plan: result.plan,
        desired: result.desired ?? [],
        settings,
        findings: result.findings,
        read: {
            project: result.project,
            projectsByScheme: result.projectsByScheme,
            resolved: result.resolved,
        },
    };
};


var stale = __webpack_require__(8057);

var errors = __webpack_require__(6353);
;









const DEFAULT_ABORT_GRACE_MS = 2_000;

function blockingReasons(fresh) {
    const findings = new Map();
    for (const finding of [...fresh.findings, ...(fresh.plan?.findings ?? [])]) {
        if (finding.severity !== 'error')
            continue;
        const key = refusalText(finding);
        if (!findings.has(key))
            findings.set(key, finding);
    }
    const reasons = [];
    for (const violation of fresh.plan?.guardrails ?? []) {
        if (!violation.allowed) {
            reasons.push(`guardrail ${violation.guardrail} in scheme "${violation.scheme}": ${violation.message} ` +
                `(allow it by name under guardrails.allow in the settings file if this is intended)`);
        }
    }
    return { findings: [...findings.values()], reasons: [...new Set(reasons)] };
}

function refusalText(finding) {
    return `${finding.file}:${String(finding.line)}:${String(finding.column)} ${finding.ruleId}: ${finding.message}`;
}




function deletionsNotAllowed(entries, deletionAllowed) {
    if (deletionAllowed)
        return new Set();
    return new Set(entries
        .filter((entry) => entry.action === 'delete-scheme' && entry.result === 'skipped')
        .flatMap((entry) => (entry.schemeId === null ? [] : [entry.schemeId])));
}
async function runApply(options, deps) {
    const now = deps.clock;
    const startedAt = now().toISOString();
    const emit = (event) => deps.events?.(event);
    const findings = [];

    const interrupted = () => deps.signal.aborted;
    const finish = (outcome, message, parts = {}) => {
        const entries = parts.entries ?? [];
        const journal = {
            version: 1,
            outcome,
            message,
            startedAt,
            finishedAt: now().toISOString(),
            counts: (0,apply_journal .EX)(entries),
            entries,
            remaining: parts.remaining ?? [],
            refusals: parts.refusals ?? [],
        };
        if (parts.plan !== undefined)
            journal.filesHash = parts.plan.filesHash;
        if (parts.created !== undefined && parts.created.length > 0)
            journal.created = parts.created;
        const result = {
            exitCode: outcome === 'converged' || outcome === 'no-changes' ? 0 : 1,
            outcome,
            journal,
            findings,
        };
        if (parts.plan !== undefined)
            result.plan = parts.plan;
        return result;
    };
    const refuse = (reasons, plan, blocking = []) => {
        emit({ type: 'refused', reasons, findings: [...blocking] });
        const refusals = [...blocking.map(refusalText), ...reasons];
        return finish('refused', 'Apply refused: nothing was written', plan === undefined ? { refusals } : { refusals, plan });
    };

    let reviewed;
    if (options.planFile !== undefined) {
        const file = (0,external_node_path_.resolve)(deps.cwd, options.planFile);
        try {
            reviewed = (0,stale .FU)(await (0,promises_.readFile)(file, 'utf8'), options.planFile);
        }
        catch (error) {
            const message = error.code === 'ENOENT'
                ? `plan file ${options.planFile} not found: make one with 'jira-perms plan --out ${options.planFile}'`
                : (0,errors .gJ)(error);
            return refuse([message]);
        }
    }


    const abortGraceMs = deps.pacing?.abortGraceMs ?? DEFAULT_ABORT_GRACE_MS;
    const clientAbort = new AbortController();
    let graceTimer;
    const onInterrupt = () => {


        graceTimer = setTimeout(() => {
            clientAbort.abort(new Error('interrupted'));
        }, abortGraceMs + 250);
        graceTimer.unref();
    };
    if (interrupted())
        onInterrupt();
    else
        deps.signal.addEventListener('abort', onInterrupt, { once: true });
    try {
        let writer;
        try {
            writer = deps.jira.writer({ signal: clientAbort.signal });
        }
        catch (error) {
            return refuse([(0,errors .gJ)(error)]);
        }
        const planner = deps.planner ?? planFresh;
        const planInput = {
            cwd: deps.cwd,
            path: options.path,
            settingsPath: options.settingsPath,
            progress: deps.progress,
        };
        let fresh;
        try {
            fresh = await planner(planInput, writer);
        }
        catch (error) {
            if (interrupted())
                return finish('interrupted', 'Apply interrupted while planning; nothing was written');
            return refuse([`could not plan: ${(0,errors .gJ)(error)}`]);
        }
        findings.push(...fresh.findings);
        const plan = fresh.plan;
        if (plan === undefined) {
            const { findings: errors, reasons } = blockingReasons(fresh);
            const why = errors.length > 0 || reasons.length > 0 ? reasons : ['could not make a plan from the files'];
            return refuse(why, undefined, errors);
        }
        emit({ type: 'planned', plan });

        const blocked = blockingReasons(fresh);
        if (blocked.findings.length > 0 || blocked.reasons.length > 0)
            return refuse(blocked.reasons, plan, blocked.findings);
        if (reviewed !== undefined) {
            const moved = (0,stale .ww)({ reviewed, fresh: plan });
            if (moved.length > 0) {
                return refuse([
                    ...moved,
                    `the reviewed plan ${options.planFile ?? ''} is stale: review a new plan, then apply that`,
                ], plan);
            }
        }
        if (plan.changes.length === 0) {
            return finish('no-changes', 'No changes: Jira already matches the files', { plan });
        }
        if (interrupted())
            return finish('interrupted', 'Apply interrupted before any write', { plan });
        if (deps.confirm !== undefined && !(await deps.confirm(plan))) {
            return refuse(['the changes were not confirmed'], plan);
        }
        const executed = await executePlan({
            writer,
            plan,
            desired: fresh.desired,
            prune: fresh.settings.prune,
            allowDelete: options.allowDelete === true,
            managedHolders: fresh.settings.managedHolders,
            defaultGrantsToRemove: (created, planned) => reconcileCreatedScheme(created, planned, fresh),
            signal: deps.signal,
            onEvent: emit,
            ...deps.pacing,
            abortGraceMs,
        });
        const entries = executed.entries;
        const created = createdWithoutId(executed.created, fresh);
        for (const scheme of created) {
            emit({
                type: 'note',
                message: `created scheme "${scheme.scheme}" with id ${scheme.schemeId}: add the line "${scheme.line}" to ${scheme.file} (or run jira-perms pin), so a rename there renames it instead of creating another`,
            });
        }
        const failed = entries.filter((entry) => entry.result === 'failed').length;
        if (executed.jiraMoved !== undefined && !executed.interrupted) {

            return finish('failed', `Apply stopped: Jira changed while apply ran (${executed.jiraMoved}). Another apply or a person is changing these schemes; nothing more was written. Run plan again, review it, then apply`, { entries, plan, created });
        }
        if (executed.interrupted) {
            return finish('interrupted', `Apply interrupted: ${failed > 0 ? 'some changes are in doubt; ' : ''}run apply again to finish (it re-reads Jira first)`, { entries, plan, created });
        }




        emit({ type: 'phase', phase: 'check', message: 'Reading Jira back to check it matches the files' });
        const movedProjects = entries.some((entry) => entry.action === 'assign-project' && entry.result !== 'skipped');
        const reuse = {
            project: fresh.read?.project,
            resolved: fresh.read?.resolved,
            projectsByScheme: movedProjects ? undefined : fresh.read?.projectsByScheme,
        };
        let check;
        try {
            check = await planner({ ...planInput, reuse }, writer);
        }
        catch (error) {
            if (interrupted()) {
                return finish('interrupted', 'Apply interrupted while reading Jira back; run apply again to check', {
                    entries,
                    plan,
                    created,
                });
            }
            return finish('failed', `Apply could not read Jira back to check the result: ${(0,errors .gJ)(error)}`, {
                entries,
                plan,
                created,
            });
        }
        const expected = deletionsNotAllowed(entries, fresh.settings.prune && options.allowDelete === true);
        const remaining = (check.plan?.changes ?? []).filter((change) => !(change.action === 'delete-scheme' && change.schemeId !== null && expected.has(change.schemeId)));
        if (check.plan === undefined) {
            return finish('failed', 'Apply could not plan again to check the result', { entries, plan, created });
        }


        const unlanded = notLanded(entries, remaining);
        for (const entry of unlanded) {
            entry.result = 'failed';
            entry.detail = 'Jira answered success, but the grant is not there when Jira is read back';


            emit({
                type: 'note',
                message: `Not found on re-read: ${entry.permission ?? ''} in scheme ${String(entry.schemeId)}`,
            });
        }
        const failedInAll = failed + unlanded.length;
        if (failedInAll > 0 || remaining.length > 0) {
            const left = remaining.length > 0 ? `; ${remaining.length} change(s) still to make` : '';
            return finish('failed', (0,apply_failure .i7)(entries) ??
                `Apply failed: ${failedInAll} change(s) failed${left}; run apply again once the cause is fixed`, { entries, remaining, plan, created });
        }
        const skippedDeletes = expected.size > 0 ? `, except ${expected.size} scheme deletion(s) that need --allow-delete` : '';
        return finish('converged', `Apply done: Jira matches the files${skippedDeletes}`, {
            entries,
            plan,
            created,
        });
    }
    finally {
        deps.signal.removeEventListener('abort', onInterrupt);
        if (graceTimer !== undefined && !deps.signal.aborted)
            clearTimeout(graceTimer);
    }
}

function notLanded(entries, remaining) {
    const keyOf = (schemeId, permission, holder) => `${String(schemeId)}|${(0,model_holder .cx)(permission ?? '', holder ?? { type: '' })}`;
    const missing = new Set(remaining
        .filter((change) => change.action === 'add-grant' && change.schemeId !== null)
        .map((change) => keyOf(change.schemeId, change.permission, change.holder)));
    if (missing.size === 0)
        return [];
    return entries.filter((entry) => entry.action === 'add-grant' &&
        entry.result === 'done' &&
        missing.has(keyOf(entry.schemeId, entry.permission, entry.holder)));
}

function createdWithoutId(created, fresh) {
    const out = [];
    for (const [name, schemeId] of created) {
        const file = fresh.desired.find((scheme) => scheme.name === name);
        if (file === undefined || file.id !== undefined)
            continue;
        out.push({ scheme: name, schemeId, file: file.file, line: `id: ${schemeId}` });
    }
    return out;
}


var secrets = __webpack_require__(1113);

var view_finding = __webpack_require__(7280);

var markdown = __webpack_require__(8604);

var plan_text = __webpack_require__(7244);

var terminal = __webpack_require__(9629);
;












function schemeText(entry) {
    const name = `"${(0,terminal .Hk)(entry.scheme)}"`;
    return entry.schemeId === null ? name : `${name} (${entry.schemeId})`;
}
function grantText(entry) {
    return `${(0,terminal .Hk)(entry.permission ?? '?')} ${(0,terminal .Hk)((0,apply_journal .ii)(entry))} in ${schemeText(entry)}`;
}

function describeChange(entry) {
    switch (entry.action) {
        case 'create-scheme':
            return `+ scheme ${schemeText(entry)}`;
        case 'delete-scheme':
            return `- scheme ${schemeText(entry)}`;
        case 'update-scheme': {
            const parts = [];
            if (entry.to?.name !== undefined && entry.to.name !== entry.from?.name) {
                parts.push(`name "${(0,terminal .Hk)(entry.from?.name ?? '')}" -> "${(0,terminal .Hk)(entry.to.name)}"`);
            }
            if (entry.to?.description !== entry.from?.description)
                parts.push('description');
            return `~ scheme ${schemeText(entry)}${parts.length > 0 ? `: ${parts.join(', ')}` : ''}`;
        }
        case 'add-grant':
            return `+ ${grantText(entry)}`;
        case 'remove-grant':
            return `- ${grantText(entry)}`;
        case 'assign-project':
            return `~ project ${(0,terminal .Hk)(entry.project ?? '?')}: ${(0,terminal .Hk)((0,apply_journal .nn)(entry))} -> ${schemeText(entry)}`;
    }
}

function progressLine(entry, position, total) {
    const width = String(total).length;
    const origin = entry.origin === 'jira-default' ? ' (Jira default grant)' : '';
    const detail = entry.detail === undefined ? '' : `: ${(0,terminal .Hk)(entry.detail)}`;
    return `[${String(position).padStart(width)}/${total}] ${describeChange(entry)}${origin} ... ${entry.result}${detail}`;
}




function journalSummaryLine(journal, escape = terminal .Hk) {
    const { done, failed, skipped } = journal.counts;
    if (journal.counts.total === 0)
        return escape(journal.message);
    return `${escape(journal.message)} (${done} done, ${failed} failed, ${skipped} skipped)`;
}

function remainingLines(remaining, limit = 50) {
    const lines = remaining.slice(0, limit).map((change) => `  ${describeChange(change)}`);
    if (remaining.length > limit)
        lines.push(`  ... and ${remaining.length - limit} more (run jira-perms plan to see them all)`);
    return lines;
}

function journalJson(journal) {
    return toJson(journal);
}
const OUTCOME_HEADING = {
    'no-changes': 'Apply: no changes',
    converged: 'Apply: done, Jira matches the files',
    failed: 'Apply: FAILED',
    refused: 'Apply: refused, nothing was written',
    interrupted: 'Apply: interrupted',
};
const RESULT_MARK = {
    done: 'done',
    failed: '**failed**',
    skipped: 'skipped',
    pending: 'not started',
};

const REMAINING_LIMIT = 50;

const MARKDOWN_ROW_LIMIT = 500;

function journalMarkdown(journal) {
    const lines = [
        `## ${OUTCOME_HEADING[journal.outcome]}`,
        '',
        journalSummaryLine(journal, escapeMarkdown),
        '',
    ];
    if (journal.refusals.length > 0) {
        lines.push('Apply refused to start:', '');
        for (const refusal of journal.refusals)
            lines.push(`- ${escapeMarkdown(refusal)}`);
        lines.push('');
    }
    if (journal.remaining.length > 0) {
        lines.push('Still different in Jira after apply (run apply again once the cause is fixed):', '');
        for (const change of journal.remaining.slice(0, REMAINING_LIMIT)) {
            lines.push(`- ${codeSpan(describeChange(change))}`);
        }
        if (journal.remaining.length > REMAINING_LIMIT) {
            lines.push(`- ... and ${journal.remaining.length - REMAINING_LIMIT} more (run jira-perms plan to see them all)`);
        }
        lines.push('');
    }
    if (journal.created !== undefined && journal.created.length > 0) {

        lines.push('New schemes: pin their ids, so that a rename in the file renames the scheme:', '');
        for (const created of journal.created) {
            lines.push(`- ${codeSpan(created.file)}: add ${codeSpan(created.line)} (${escapeMarkdown(`"${created.scheme}"`)}), or run ${codeSpan('jira-perms pin')}`);
        }
        lines.push('');
    }
    if (journal.entries.length > 0) {
        const ordered = [
            ...journal.entries.filter((entry) => entry.result === 'failed'),
            ...journal.entries.filter((entry) => entry.result !== 'failed'),
        ];
        lines.push('| # | change | result | detail |', '|---:|---|---|---|');
        for (const entry of ordered.slice(0, MARKDOWN_ROW_LIMIT)) {
            const origin = entry.origin === 'jira-default' ? ' (Jira default grant)' : '';
            lines.push(`| ${entry.index} | ${escapeMarkdown(describeChange(entry) + origin)} | ${RESULT_MARK[entry.result]} | ${escapeMarkdown(entry.detail ?? '')} |`);
        }
        if (ordered.length > MARKDOWN_ROW_LIMIT) {
            lines.push('', `${plural(ordered.length - MARKDOWN_ROW_LIMIT, 'more change')} not shown here; the full journal is in the JSON written with \`--out\`.`);
        }
        lines.push('');
    }
    return lines.join('\n');
}




function applyEventText(event, options) {
    switch (event.type) {
        case 'planned':
            return { stream: 'stdout', text: (0,plan_text .$)(event.plan, { color: options.colour }) };
        case 'refused':
            return {
                stream: 'stderr',
                text: `Apply refused; nothing was written:\n${[
                    ...event.findings.map((finding) => `  - ${(0,view_finding .mC)(finding)}\n`),
                    ...event.reasons.map((reason) => `  - ${(0,terminal .Bv)(reason)}\n`),
                ].join('')}`,
            };
        case 'phase':
            return { stream: 'stdout', text: `\n${(0,terminal .Hk)(event.message)}...\n` };
        case 'entry':
            return { stream: 'stdout', text: `${progressLine(event.entry, event.position, event.total)}\n` };
        case 'note':
            return { stream: 'stdout', text: `  note: ${(0,terminal .Hk)(event.message)}\n` };
        case 'entries':
            return undefined;
    }
}


var command = __webpack_require__(310);

var cli_deps = __webpack_require__(6874);

var commands_plan = __webpack_require__(3297);

var summaries = __webpack_require__(5062);
;












const APPLY_OPTIONS = [
    ...commands_plan.FILE_OPTIONS,
    {
        name: 'plan',
        type: 'string',
        valueName: 'FILE',
        help: "the reviewed plan (from 'jira-perms plan --out FILE'). Apply still plans afresh, and refuses, saying " +
            'what moved, if the fresh plan or the live grants of the schemes it touches differ from the reviewed ' +
            'plan, or the files changed. The reviewed plan is the approval: apply does not ask again.',
    },
    {
        name: 'allow-delete',
        type: 'boolean',
        help: 'allow deleting whole schemes that have no file (needs prune: true as well). Removing a grant the ' +
            'file no longer lists needs no switch.',
    },
    {
        name: 'yes',
        type: 'boolean',
        short: 'y',
        help: 'apply without asking. Without it (and without --plan), apply asks on a terminal and refuses when ' +
            'nobody can answer (stdin or stdout not a terminal, e.g. in CI).',
    },
    {
        name: 'out',
        type: 'string',
        valueName: 'FILE',
        help: 'write the journal (every change with its result) to FILE, as it goes: a JSON line per step, each on ' +
            'the disk before the next write, so a killed apply leaves one; when apply ends, FILE becomes one JSON ' +
            'document. Refused while another apply is writing FILE.',
    },
];
const APPLY_SPEC = {
    name: 'apply',
    summary: summaries .Z.apply,
    description: `Reads the files and live Jira, plans afresh, shows the plan, asks for confirmation, then changes Jira
in an order that never leaves a scheme half-open:

  1. update scheme names and descriptions, create new schemes (with their grants, in one request)
  2. add grants
  3. read every changed scheme back: did every add land?  If any add failed, nothing is removed.
  4. remove grants (per grant; a scheme's grant list is never replaced wholesale)
  5. delete schemes (only with prune: true in the settings file AND --allow-delete; never a scheme
     that projects use, checked again right before deleting)
  6. read everything back and plan again: apply succeeds only if that plan is empty

A write whose outcome is unknown (timeout, dropped connection, 5xx) is never blindly sent again: the
scheme is re-read and the write repeated only if it did not happen. Running apply again after a
failure or an interrupt finishes the job; it changes nothing that is already right.`,
    options: APPLY_OPTIONS,
    epilogue: `Guardrails are checked again on the fresh plan (lockout, public-exposure, mass-removal, access-limit; see
'jira-perms plan --help'): one the settings file does not allow stops apply before any write.

Interrupts: on Ctrl-C (SIGINT) or SIGTERM no new write starts; the write in flight gets 2 s to answer;
the journal is printed (and written with --out); apply exits 1. A second Ctrl-C exits at once.

Access the token needs: the Administer Jira global permission (API token), or for OAuth 2.0 / TWG CLI
tokens the Read, Write and manage, and Delete categories (read:jira-work, write:permission-scheme:jira,
write:permission:jira, delete:permission:jira, and delete:permission-scheme:jira for --allow-delete;
or the classic manage:jira-configuration). Without delete access, grant removals fail with a 403
that says so.

Exit codes:
  0  Jira matches the files (or nothing to do)
  1  refused (invalid files, guardrail, stale plan, not confirmed), a change failed, the read-back plan
     is not empty, or interrupted

${commands_plan.CONNECTION_HELP}`,
    positionalHint: 'a scheme folder goes after --path, a plan file after --plan',
};

const terminalPrompt = (question, signal) => new Promise((resolveAnswer) => {
    const readline = (0,external_node_readline_.createInterface)({ input: process.stdin, output: process.stderr, terminal: true });
    const done = (answer) => {
        signal.removeEventListener('abort', onAbort);
        readline.close();
        resolveAnswer(answer);
    };
    const onAbort = () => {
        done(undefined);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    readline.on('close', () => {
        resolveAnswer(undefined);
    });
    readline.question(question, done);
});
function printer(stdout, stderr, colour) {
    return (event) => {
        const shown = applyEventText(event, { colour });
        if (shown !== undefined)
            (shown.stream === 'stdout' ? stdout : stderr).write(shown.text);
    };
}
function createApplyCommand(dependencies = {}) {
    const promptFor = dependencies.prompt ??
        ((context) => context.isTTY && process.stdin.isTTY ? terminalPrompt : undefined);
    return (0,command .NB)(APPLY_SPEC, async (options, context) => {
        const { stdout, stderr } = context;
        const color = (0,command .by)(options, context);
        const prompt = promptFor(context);
        const confirm = async (_plan) => {
            if (prompt === undefined) {
                stderr.write('jira-perms apply: not applying: there is no terminal to confirm on. Review the plan above, then ' +
                    'run again with --yes (the action always passes it).\n');
                return false;
            }
            const answer = await prompt("\nApply these changes to Jira? Only 'yes' is accepted to approve.\n  Enter a value: ", context.signal);
            if (answer?.trim() === 'yes')
                return true;
            stderr.write('Apply cancelled: nothing was written.\n');
            return false;
        };

        let journalFile;
        if (options.out !== undefined) {
            try {
                journalFile = JournalFile.open((0,external_node_path_.resolve)(context.cwd, options.out), { redact: secrets .E$ });
            }
            catch (error) {
                stderr.write(`jira-perms apply: not applying: cannot write the journal to ${options.out}: ${(0,errors .gJ)(error)}. Nothing was written to Jira.\n`);
                return 1;
            }
        }
        const print = printer(stdout, stderr, color);

        const progress = (0,command .oC)({ stderr, isTTY: context.isTTY });
        const events = (event) => {
            progress.done();

            if (event.type !== 'planned' && event.type !== 'refused')
                journalFile?.record(event);
            print(event);
        };
        let result;
        try {
            result = await runApply({
                ...(options.path === undefined ? {} : { path: options.path }),
                ...(options.settings === undefined ? {} : { settingsPath: options.settings }),
                ...(options.plan === undefined ? {} : { planFile: options.plan }),
                allowDelete: options.allowDelete,
            }, {
                ...(0,cli_deps.cliDeps)(context, progress),


                ...(options.yes || options.plan !== undefined ? {} : { confirm }),
                events,
            });
        }
        catch (error) {

            journalFile?.close();
            throw error;
        }
        finally {
            progress.done();
        }
        for (const finding of result.findings) {
            if (finding.severity === 'warning')
                stderr.write(`${(0,view_finding .mC)(finding)}\n`);
        }
        const journal = result.journal;
        if (journal.remaining.length > 0) {
            stderr.write('Still different in Jira after apply:\n');
            stderr.write(`${remainingLines(journal.remaining).join('\n')}\n`);
        }


        if (journal.outcome !== 'refused') {
            const closing = `${journalSummaryLine(journal)}\n`;
            if (result.exitCode === 0)
                stdout.write(`\n${closing}`);
            else
                stderr.write(`\n${closing}`);
        }
        if (journalFile !== undefined && options.out !== undefined) {
            try {
                journalFile.end(journal);
                stderr.write(`Journal written to ${options.out}\n`);
            }
            catch (error) {
                stderr.write(`jira-perms apply: could not finish the journal ${options.out}: ${(0,errors .gJ)(error)}\n`);
                return 1;
            }
        }
        return result.exitCode;
    });
}
const applyCommand = createApplyCommand();


})

};
