export const id = 608;
export const ids = [608];
export const modules = {

/***/ 1608:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  applyStep: () => (/* binding */ applyStep)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/plan/fingerprint.ts
var fingerprint = __webpack_require__(1731);
// EXTERNAL MODULE: ./src/model/holder.ts
var model_holder = __webpack_require__(2087);
// EXTERNAL MODULE: ./src/apply/failure.ts
var apply_failure = __webpack_require__(4974);
// EXTERNAL MODULE: ./src/apply/journal.ts
var apply_journal = __webpack_require__(9023);
;// CONCATENATED MODULE: ./src/apply/parallel.ts
/**
 * Runs `work` for every item, at most `width()` at a time, and starts none once `stopped()` says so.
 * The width is read again each time one finishes, so it follows the client's adaptive limit (it halves
 * when Jira answers 429): the executor never holds more writes than the client lets through, and an
 * interrupt leaves at most that many in flight. Items that were never started are left as they are.
 */
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

// EXTERNAL MODULE: ./src/util/abort.ts
var abort = __webpack_require__(2334);
;// CONCATENATED MODULE: ./src/apply/executor.ts






function describeError(error) {
    return error instanceof Error ? error.message : String(error);
}
/** A change in a few words, for notes: `add-grant EDIT_ISSUES group devs in scheme "Software"`. */
function describeEntry(entry) {
    const grant = entry.permission === undefined ? '' : ` ${entry.permission} ${entry.label ?? ''}`.trimEnd();
    return `${entry.action}${grant} in scheme "${entry.scheme}"`;
}
/** Rejections that may only mean "already so": a duplicate add, a removal of something already gone. */
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
    /** Ids of the grants the add phase put into existing schemes (the verify phase tells them apart). */
    addedGrantIds = new Set();
    /** The first sign that Jira changed under apply; once set, no further write starts. */
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
        const entry = (0,apply_journal/* entryFromChange */.DM)(change, this.entries.length + 1, origin);
        this.entries.push(entry);
        return entry;
    }
    /** Waits for `work`, but after an interrupt only for the grace period. */
    withinGrace(work) {
        const signal = this.options.signal;
        if (signal === undefined)
            return work;
        return new Promise((resolve, reject) => {
            let timer;
            // One listener on the run's signal however many writes are in flight (see util/abort.ts).
            const stop = (0,abort/* onAbort */.u)(signal, () => {
                timer = setTimeout(() => {
                    reject(new apply_failure/* InterruptedInFlight */.OC());
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
    /**
     * One write, made safe to repeat: sends it, and on any answer that leaves its effect in doubt reads
     * Jira before deciding whether to send it again. Returns the effect, or undefined when not done.
     */
    async perform(spec) {
        const { entry, kind } = spec;
        let last;
        for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
            if (this.aborted()) {
                // Here every earlier attempt is known not to have happened (a re-read showed it absent):
                // nothing is in doubt, it simply was not sent again.
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
                if (error instanceof apply_failure/* InterruptedInFlight */.OC) {
                    this.settle(entry, 'failed', `${error.message}; run apply again: it re-reads Jira first and will not repeat it`);
                    return undefined;
                }
                const failure = (0,apply_failure/* classifyFailure */.XE)(error);
                last = failure;
                if (this.aborted() && failure.outcome === 'unknown') {
                    // The interrupt cut this request off (or it failed meanwhile): no time to re-read now.
                    this.settle(entry, 'failed', `interrupted while the request was in flight; its outcome is unknown (${failure.message}); run apply again: it re-reads Jira first and will not repeat it`);
                    return undefined;
                }
                if (failure.status === 403) {
                    const hint = kind === 'remove'
                        ? (0,apply_failure/* deleteAccessHint */.RU)('grant')
                        : kind === 'delete'
                            ? (0,apply_failure/* deleteAccessHint */.RU)('scheme')
                            : kind === 'assign'
                                ? (0,apply_failure/* assignAccessHint */.JX)()
                                : (0,apply_failure/* writeAccessHint */.rK)();
                    this.settle(entry, 'failed', `${hint} (Jira answered: ${failure.message})`);
                    return undefined;
                }
                // A 429 or a request that never left: the HTTP layer already waited and sent it again as
                // often as it may, so one more try here would only be a second retry loop.
                if (failure.outcome === 'not-sent' || failure.status === 429) {
                    this.settle(entry, 'failed', failure.message);
                    return undefined;
                }
                if (failure.outcome === 'rejected' && !mayAlreadyBeDone(kind, failure)) {
                    this.settle(entry, 'failed', failure.message);
                    return undefined;
                }
                // The write may have happened (or the rejection may mean "already so"): ask Jira.
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
                    // Already so at the first send, with no earlier send of ours in doubt: someone else did it
                    // between the plan and now.
                    if (failure.outcome === 'rejected' && entry.attempts === 1) {
                        this.noticeJiraMoved(`${describeEntry(entry)} was already done in Jira when apply sent it`);
                    }
                    return effect;
                }
                if (failure.outcome === 'rejected') {
                    this.settle(entry, 'failed', failure.message);
                    return undefined;
                }
                // It did not happen: sending it again cannot duplicate anything (the HTTP layer paces it).
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
    /** One phase's writes, in parallel up to the client's current limit; none started after an interrupt. */
    inParallel(items, work) {
        return forEachBounded(items, () => this.writer.concurrency.now, () => this.aborted() || this.jiraMoved !== undefined, work);
    }
    async run() {
        const { plan } = this.options;
        const changes = plan.changes;
        const pick = (action) => changes.filter((change) => change.action === action);
        // Journal entries in execution order, so positions read naturally.
        const updates = pick('update-scheme').map((change) => this.addEntry(change));
        const creates = pick('create-scheme').map((change) => ({ change, entry: this.addEntry(change) }));
        const adds = pick('add-grant').map((change) => ({ change, entry: this.addEntry(change) }));
        const assigns = pick('assign-project').map((change) => this.addEntry(change));
        const removes = pick('remove-grant').map((change) => this.addEntry(change));
        const deletes = pick('delete-scheme').map((change) => this.addEntry(change));
        const defaults = [];
        // Copies: the journal file records them as they are now, before any of them changes.
        this.emit({ type: 'entries', entries: this.entries.map((entry) => ({ ...entry })) });
        // 1. Scheme details, then new schemes (a rename may free the name a new scheme takes).
        if (updates.length + creates.length > 0) {
            this.emit({ type: 'phase', phase: 'schemes', message: 'Updating and creating schemes' });
        }
        for (const wave of renameWaves(updates)) {
            await this.inParallel(wave, (entry) => this.updateDetails(entry));
        }
        await this.inParallel(creates, async ({ change, entry }) => {
            const planned = adds.filter((add) => add.change.schemeId === null && add.change.scheme === change.scheme);
            await this.createScheme(change, entry, planned, defaults);
            // Projects moving onto the new scheme go to the id it got (or nowhere, if it was not created).
            const id = entry.schemeId;
            for (const assign of assigns) {
                if (assign.schemeId === null && assign.scheme === change.scheme)
                    assign.schemeId = id;
            }
        });
        // 2. Grant adds on existing schemes (and any grant a new scheme did not keep).
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
        // 3. Did every add land? Read each scheme the adds wrote to back, once, before removing anything
        // (grants created with their scheme were checked when it was read back after creating it). Only
        // when a move, a removal or a deletion follows, which must not run on a missing add: otherwise
        // nothing more is written, and apply's check plan reads every scheme again anyway and is the proof
        // (an add missing there is journaled as failed then), so this read would cost a request per scheme
        // and prove nothing more.
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
        // 4. Projects onto their schemes: every add has landed, nothing is removed yet.
        if (assigns.length > 0) {
            this.emit({ type: 'phase', phase: 'assignments', message: 'Moving projects onto their schemes' });
        }
        await this.inParallel(assigns, (entry) => this.assignProject(entry));
        removalsBlocked = blocked();
        if (removalsBlocked !== undefined) {
            this.skipPending(this.entries, removalsBlocked);
            return this.result(removalsBlocked);
        }
        // 5. Grant removals: the file's removals, then Jira's default grants on schemes apply created.
        if (removes.length + defaults.length > 0) {
            this.emit({ type: 'phase', phase: 'removals', message: 'Removing grants' });
        }
        await this.inParallel([...removes, ...defaults], (entry) => this.removeGrant(entry));
        // 6. Scheme deletions: only with prune + --allow-delete, never a scheme in use.
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
        // Always send the description too: what Jira does with an omitted one is not documented, so the
        // PUT carries the whole truth (name and description, never a permissions list).
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
        // One request with the grants: the scheme never exists half-made for longer than this call.
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
        // Read it back: Jira may add grants of its own, and may not have kept every grant it was sent.
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
        const present = new Set(readBack.grants.map((grant) => (0,model_holder/* grantKey */.cx)(grant.permission, grant.holder)));
        for (const add of planned) {
            // Grants Jira did not keep stay pending: the add phase sends them one by one.
            if (present.has((0,model_holder/* grantKey */.cx)(add.change.permission ?? '', add.change.holder ?? { type: '' }))) {
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
    /** Jira is not in the state apply planned from plus what apply wrote: stop writing, and say why. */
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
        const key = (0,model_holder/* grantKey */.cx)(permission, holder);
        const added = await this.perform({
            entry,
            kind: 'add',
            send: () => this.writer.createPermissionGrant(schemeId, { permission, holder }),
            confirm: async () => {
                const live = await this.readScheme(schemeId);
                return live?.grants.find((grant) => (0,model_holder/* grantKey */.cx)(grant.permission, grant.holder) === key);
            },
        });
        if (added !== undefined)
            this.addedGrantIds.add(added.id);
    }
    async assignProject(entry) {
        const schemeId = entry.schemeId;
        // By id when the plan has it: an id never changes, a key can be renamed (or spelt in another case).
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
            // Moved only when Jira says the project uses the scheme now.
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
        // Reads only, one per scheme: all at once, as many in flight as the client's limit allows.
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
        const present = new Set((live?.grants ?? []).map((grant) => (0,model_holder/* grantKey */.cx)(grant.permission, grant.holder)));
        for (const entry of mine) {
            if (!present.has((0,model_holder/* grantKey */.cx)(entry.permission ?? '', entry.holder ?? { type: '' }))) {
                entry.result = 'failed';
                entry.detail = 'Jira answered success, but the grant is not there when the scheme is read back';
                this.emit({
                    type: 'note',
                    message: `Not found on re-read: ${entry.permission ?? ''} in scheme ${schemeId}`,
                });
            }
        }
    }
    /**
     * A scheme read back after the adds is what the plan read plus what apply wrote, or Jira moved:
     * without apply's own adds and with the name and description it had, it must have the fingerprint the
     * plan recorded (grant ids included, so a grant removed and added back by someone else shows too).
     */
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
        if ((0,fingerprint/* fingerprintScheme */.eI)(before, this.options.managedHolders) === planned)
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
            // Gone only when a re-read shows it gone: a 400/404 alone proves nothing.
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
        // Projects can move onto a scheme at any time: look again right before deleting.
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
/**
 * Scheme updates in waves that can each go out in parallel: a rename onto a name that another update
 * of the plan still has to give up waits for that one (A -> B and B -> C renames B first). A cycle
 * (A -> B and B -> A) goes out as it is; Jira refuses it and apply says so.
 */
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

// EXTERNAL MODULE: ./src/commands/deps.ts + 9 modules
var deps = __webpack_require__(9140);
// EXTERNAL MODULE: ./src/commands/plan.ts + 8 modules
var plan = __webpack_require__(4880);
// EXTERNAL MODULE: ./src/model/settings.ts
var model_settings = __webpack_require__(4692);
// EXTERNAL MODULE: ./src/plan/planner.ts + 1 modules
var planner = __webpack_require__(5552);
;// CONCATENATED MODULE: ./src/apply/fresh-plan.ts





/**
 * The live side of a plan: schemes, the site's permission keys, and the projects using each scheme when
 * the plan needs them (files listing `projects:`, or a change that can take access away: see
 * src/plan/project-usage.ts), as apply's own pipeline reads them.
 */
async function planAgainstLive(desired, settings, filesHash, reader) {
    const listsProjects = desired.some((scheme) => scheme.projects !== undefined);
    const usage = listsProjects ? reader.getProjectsByScheme() : undefined;
    usage?.catch(() => undefined); // awaited below; a failure there fails the plan
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
    // The map lists schemes that projects use; every other live scheme was read and is used by none.
    for (const scheme of live)
        if (!projectsByScheme.has(scheme.id))
            projectsByScheme.set(scheme.id, []);
    return planChanges({ ...input, projectsByScheme });
}
/** A planner over fixed, already-resolved schemes (tests, and callers that resolved them already). */
function plannerFor(desired, settings, filesHash) {
    return async (_input, reader) => ({
        plan: await planAgainstLive(desired, settings, filesHash, reader),
        desired,
        settings,
        findings: [],
    });
}
/**
 * The grants Jira put on a scheme apply just created that its file does not list (Jira's own defaults),
 * as remove-grant changes. The planner decides, so Jira-managed holders and grants this product does
 * not know are kept exactly as a plan would keep them.
 */
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
    const plan = (0,planner/* planChanges */.XA)({ desired: [desired], live: [created], settings: fresh.settings, filesHash: '' });
    return plan.changes.filter((change) => change.action === 'remove-grant');
}
/**
 * The default: the plan command's own pipeline (load, validate, resolve, read live, plan), given the
 * apply client as its reader. Invalid files give no plan and their findings; a Jira failure throws.
 */
const planFresh = async (input, reader) => {
    const result = await (0,plan/* runPlan */.F)(
    // Apply shows no access section: people are read only for the access-limit guardrail, when set;
    // and which project uses which scheme only when a change, the files or that guardrail need it.
    {
        path: input.path,
        settingsPath: input.settingsPath,
        access: 'limits',
        projectUsage: 'needed',
        reuse: input.reuse,
    }, (0,deps/* commandDeps */.on)({
        cwd: input.cwd,
        jira: (0,deps/* jiraOf */.ig)(reader),
        ...(input.progress === undefined ? {} : { progress: input.progress }),
    }));
    if (result.status === 'failed')
        throw new Error(result.error ?? 'could not plan');
    const settings = result.settings ?? model_settings/* DEFAULT_SETTINGS */.a;
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

// EXTERNAL MODULE: ./src/apply/stale.ts
var stale = __webpack_require__(8057);
// EXTERNAL MODULE: ./src/jira/errors.ts
var errors = __webpack_require__(6353);
;// CONCATENATED MODULE: ./src/commands/apply.ts









const DEFAULT_ABORT_GRACE_MS = 2_000;
/** Why this plan may not be applied, before any write: error findings and guardrails not allowed. */
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
/** A finding as the journal keeps it among the refusals (plain data: the views escape what they show). */
function refusalText(finding) {
    return `${finding.file}:${String(finding.line)}:${String(finding.column)} ${finding.ruleId}: ${finding.message}`;
}
/**
 * Scheme deletions apply skipped on purpose (prune is on but --allow-delete was not given): they are
 * expected to remain in the read-back plan and do not fail the run.
 */
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
    // A function, not a narrowed property: the signal can abort at any await.
    const interrupted = () => deps.signal.aborted;
    const finish = (outcome, message, parts = {}) => {
        const entries = parts.entries ?? [];
        const journal = {
            version: 1,
            outcome,
            message,
            startedAt,
            finishedAt: now().toISOString(),
            counts: (0,apply_journal/* countEntries */.EX)(entries),
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
    // The reviewed plan, when there is one: read it before touching Jira, so a bad file costs nothing.
    let reviewed;
    if (options.planFile !== undefined) {
        const file = (0,external_node_path_.resolve)(deps.cwd, options.planFile);
        try {
            reviewed = (0,stale/* parsePlanFile */.FU)(await (0,promises_.readFile)(file, 'utf8'), options.planFile);
        }
        catch (error) {
            const message = error.code === 'ENOENT'
                ? `plan file ${options.planFile} not found: make one with 'jira-perms plan --out ${options.planFile}'`
                : (0,errors/* errorMessage */.gJ)(error);
            return refuse([message]);
        }
    }
    // The client gets its own abort, fired only once the in-flight write's grace is over, so an interrupt
    // lets the current request answer (and be journaled) instead of cutting it off mid-flight.
    const abortGraceMs = deps.pacing?.abortGraceMs ?? DEFAULT_ABORT_GRACE_MS;
    const clientAbort = new AbortController();
    let graceTimer;
    const onInterrupt = () => {
        // A little after the executor's own grace, so the journal says "interrupted in flight" rather
        // than reporting the cancelled request as an ordinary failure.
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
            return refuse([(0,errors/* errorMessage */.gJ)(error)]);
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
            return refuse([`could not plan: ${(0,errors/* errorMessage */.gJ)(error)}`]);
        }
        findings.push(...fresh.findings);
        const plan = fresh.plan;
        if (plan === undefined) {
            const { findings: errors, reasons } = blockingReasons(fresh);
            const why = errors.length > 0 || reasons.length > 0 ? reasons : ['could not make a plan from the files'];
            return refuse(why, undefined, errors);
        }
        emit({ type: 'planned', plan });
        // Guardrails again, on the plan apply would carry out (not the reviewed one).
        const blocked = blockingReasons(fresh);
        if (blocked.findings.length > 0 || blocked.reasons.length > 0)
            return refuse(blocked.reasons, plan, blocked.findings);
        if (reviewed !== undefined) {
            const moved = (0,stale/* explainStaleness */.ww)({ reviewed, fresh: plan });
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
            // Fighting another run would leave Jira mixed: stop, and let a person look at a new plan.
            return finish('failed', `Apply stopped: Jira changed while apply ran (${executed.jiraMoved}). Another apply or a person is changing these schemes; nothing more was written. Run plan again, review it, then apply`, { entries, plan, created });
        }
        if (executed.interrupted) {
            return finish('interrupted', `Apply interrupted: ${failed > 0 ? 'some changes are in doubt; ' : ''}run apply again to finish (it re-reads Jira first)`, { entries, plan, created });
        }
        // Read every scheme back and plan again: only an empty plan proves Jira matches the files. The
        // check plans from the files as apply loaded and resolved them (what it carried out), and from the
        // projects' schemes as the fresh plan read them unless apply moved a project: no other write
        // changes those.
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
            return finish('failed', `Apply could not read Jira back to check the result: ${(0,errors/* errorMessage */.gJ)(error)}`, {
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
        // An add Jira acknowledged that the check plan still has to make did not land (the executor reads
        // adds back itself only when something follows them).
        const unlanded = notLanded(entries, remaining);
        for (const entry of unlanded) {
            entry.result = 'failed';
            entry.detail = 'Jira answered success, but the grant is not there when Jira is read back';
            // Said as it is found, in the words of the executor's own read-back, so the steps shown agree
            // with the summary (which counts this add as failed) whichever of the two found it missing.
            emit({
                type: 'note',
                message: `Not found on re-read: ${entry.permission ?? ''} in scheme ${String(entry.schemeId)}`,
            });
        }
        const failedInAll = failed + unlanded.length;
        if (failedInAll > 0 || remaining.length > 0) {
            const left = remaining.length > 0 ? `; ${remaining.length} change(s) still to make` : '';
            return finish('failed', (0,apply_failure/* deleteRefusedSummary */.i7)(entries) ??
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
/** Add entries journaled as done whose grant the check plan still has to add. */
function notLanded(entries, remaining) {
    const keyOf = (schemeId, permission, holder) => `${String(schemeId)}|${(0,model_holder/* grantKey */.cx)(permission ?? '', holder ?? { type: '' })}`;
    const missing = new Set(remaining
        .filter((change) => change.action === 'add-grant' && change.schemeId !== null)
        .map((change) => keyOf(change.schemeId, change.permission, change.holder)));
    if (missing.size === 0)
        return [];
    return entries.filter((entry) => entry.action === 'add-grant' &&
        entry.result === 'done' &&
        missing.has(keyOf(entry.schemeId, entry.permission, entry.holder)));
}
/** Schemes apply created for files that have no `id:`, with the line each file should get. */
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

// EXTERNAL MODULE: ./src/view/plan-json.ts + 1 modules
var plan_json = __webpack_require__(3526);
// EXTERNAL MODULE: ./src/view/plan-view.ts
var plan_view = __webpack_require__(6958);
// EXTERNAL MODULE: ./src/jira/secrets.ts
var secrets = __webpack_require__(1113);
// EXTERNAL MODULE: ./src/view/markdown.ts
var markdown = __webpack_require__(8604);
// EXTERNAL MODULE: ./src/view/words.ts
var words = __webpack_require__(1788);
// EXTERNAL MODULE: ./src/action/comment.ts
var comment = __webpack_require__(1151);
;// CONCATENATED MODULE: ./src/action/apply-comment.ts



const RESULT_START = '<!-- jira-permissions-as-code:apply-result -->';
const RESULT_END = '<!-- /jira-permissions-as-code:apply-result -->';
function headline(journal) {
    const { counts } = journal;
    switch (journal.outcome) {
        case 'converged':
            return `✅ **Applied**: ${counts.done} of ${(0,words/* plural */.LS)(counts.total, 'change')} made; Jira matches the files`;
        case 'no-changes':
            return '✅ **Applied**: nothing to change, Jira already matched the files';
        case 'failed':
            return `❌ **Apply failed**: ${counts.done} of ${(0,words/* plural */.LS)(counts.total, 'change')} made, ${counts.failed} failed`;
        case 'refused':
            return '❌ **Apply refused**: nothing was written';
        case 'interrupted':
            return `⚠️ **Apply interrupted**: ${counts.done} of ${(0,words/* plural */.LS)(counts.total, 'change')} made`;
    }
}
/** The result block (with its markers). */
function applyResultMarkdown(journal, context) {
    const facts = [
        `at ${(0,markdown/* escapeMarkdown */.FV)(journal.finishedAt.replace(/\.\d+Z$/, 'Z'))}`,
        ...(context.commit === undefined ? [] : [`commit ${(0,markdown/* codeSpan */.SS)(context.commit.slice(0, 12))}`]),
        ...(context.run === undefined ? [] : [context.run]),
    ];
    const skipped = journal.counts.skipped > 0 ? ` (${journal.counts.skipped} skipped)` : '';
    return [
        RESULT_START,
        `### ${headline(journal)}${skipped}`,
        '',
        (0,markdown/* escapeMarkdown */.FV)(journal.message),
        '',
        `After merge, ${facts.join(' · ')}.`,
        RESULT_END,
    ].join('\n');
}
/** The comment's content without an earlier result block. */
function withoutResult(content) {
    const start = content.indexOf(RESULT_START);
    const end = content.indexOf(RESULT_END);
    if (start === -1 || end === -1 || end < start)
        return content;
    return `${content.slice(0, start)}${content.slice(end + RESULT_END.length).replace(/^\n+/, '')}`;
}
/**
 * The new body of the plan comment: its marker line, the result, then the plan as it was. `existing` is
 * the comment's current body, or undefined when the pull request has no plan comment.
 */
function commentWithResult(marker, existing, result) {
    const previous = existing === undefined ? '' : existing.replace(/\r\n/g, '\n').split('\n').slice(1).join('\n');
    const plan = withoutResult(previous).trim();
    return (0,comment/* composeCommentBody */.oR)(marker, plan === '' ? result : `${result}\n\n${plan}`);
}

// EXTERNAL MODULE: ./src/action/event.ts
var action_event = __webpack_require__(3566);
// EXTERNAL MODULE: ./src/action/github.ts
var github = __webpack_require__(6339);
// EXTERNAL MODULE: ./src/action/inputs.ts + 2 modules
var inputs = __webpack_require__(2181);
// EXTERNAL MODULE: ./src/view/finding.ts
var view_finding = __webpack_require__(7280);
// EXTERNAL MODULE: ./src/view/terminal.ts
var terminal = __webpack_require__(9629);
// EXTERNAL MODULE: ./src/view/plan-access.ts
var plan_access = __webpack_require__(2161);
;// CONCATENATED MODULE: ./src/view/plan-text.ts






const COLOURS = {
    '+': '\u001b[32m',
    '-': '\u001b[31m',
    '~': '\u001b[33m',
    bold: '\u001b[1m',
    dim: '\u001b[2m',
};
const RESET = '\u001b[0m';
function plan_text_renderPlanText(plan, options = {}) {
    const paint = (style, text) => options.color === true ? `${COLOURS[style]}${text}${RESET}` : text;
    const lines = [];
    for (const group of groupBySchemes(plan)) {
        lines.push(...schemeBlock(group, paint), '');
    }
    const access = accessTextLines(plan.access ?? [], plan.summary.access ?? NO_ACCESS_CHANGE);
    if (access.length > 0)
        lines.push(...access, '');
    if (plan.guardrails.length > 0) {
        lines.push(paint('bold', 'Guardrails:'));
        for (const violation of plan.guardrails) {
            const status = violation.allowed ? 'allowed by settings' : 'FAILED';
            lines.push(`  ${violation.allowed ? '!' : paint('-', 'x')} ${violation.guardrail} (${status}): ${safeText(violation.message)}`);
            if (!violation.allowed) {
                lines.push(`      To allow it, list it in the settings file under guardrails.allow: {guardrail: ${violation.guardrail}, scheme: ${quote(violation.scheme)}}`);
            }
        }
        lines.push('');
    }
    const { problems, alreadyLive } = splitPlanFindings(plan.findings);
    if (problems.length > 0) {
        lines.push(paint('bold', 'Problems:'));
        for (const finding of problems)
            lines.push(...findingLines(finding, { indent: '  ' }));
        lines.push('');
    }
    if (alreadyLive.length > 0) {
        lines.push(paint('bold', `${ALREADY_LIVE_HEADING}:`));
        for (const finding of alreadyLive)
            lines.push(...findingLines(finding, { indent: '  ' }));
        lines.push('');
    }
    if (plan.kept.length > 0) {
        lines.push(paint('bold', 'Kept live grants this tool does not manage (left as they are):'));
        for (const grant of plan.kept) {
            const label = grantLabel(grant);
            lines.push(`  ${quote(grant.scheme)} (id ${grant.schemeId}): ${safeText(grant.permission)} ${safeText(label)} (grant ${grant.grantId}): ${safeText(grant.reason)}`);
        }
        lines.push('');
    }
    if (plan.unmanaged.length > 0) {
        lines.push(paint('bold', 'Live schemes with no file (left alone):'));
        for (const scheme of plan.unmanaged)
            lines.push(`  ${quote(scheme.name)} (id ${scheme.id})`);
        lines.push('');
    }
    if (plan.changes.length === 0) {
        lines.push(paint('bold', noChangesLine(plan)));
    }
    else {
        lines.push(`${paint('bold', 'Plan:')} ${summaryLine(plan)}.`);
        if (plan.summary.projectsAffected === null)
            lines.push(`${capitalise(USAGE_NOT_READ)}.`);
    }
    const blocked = blockedLine(plan);
    if (blocked !== undefined)
        lines.push(paint('-', blocked));
    return `${lines.join('\n')}\n`;
}
function schemeBlock(group, paint) {
    const id = group.schemeId === null ? 'new' : `id ${group.schemeId}`;
    const verb = group.marker === '+' ? 'created' : group.marker === '-' ? 'deleted' : 'changed';
    const usage = projectsPhrase(group.blast, group.schemeId === null);
    const keys = group.blast !== undefined && group.blast.projectCount !== null && group.blast.sampleKeys.length > 0
        ? `: ${sampleList(group.blast.projectCount, group.blast.sampleKeys)}`
        : '';
    const lines = [
        `${paint(group.marker, group.marker)} ${paint('bold', `scheme ${quote(group.name)}`)} (${id}) will be ${verb}; ${usage}${keys}`,
    ];
    const change = group.schemeChange;
    if (change?.action === 'update-scheme') {
        if (change.to?.name !== undefined) {
            lines.push(`    ${paint('~', '~')} name: ${quote(change.from?.name ?? '')} -> ${quote(change.to.name)}`);
        }
        if (change.to?.description !== undefined) {
            lines.push(`    ${paint('~', '~')} description: ${quote(change.from?.description ?? '')} -> ${quote(change.to.description)}`);
        }
    }
    if (change?.action === 'create-scheme' &&
        change.to?.description !== undefined &&
        change.to.description !== '') {
        lines.push(`    ${paint('+', '+')} description: ${quote(change.to.description)}`);
    }
    for (const move of group.projectChanges)
        lines.push(`    ${paint('~', `~ ${safeText(projectMoveText(move))}`)}`);
    const width = permissionWidth(group.grantChanges);
    for (const grant of group.grantChanges)
        lines.push(`    ${grantLine(grant, width, paint)}`);
    return lines;
}
function grantLine(change, width, paint) {
    const marker = change.action === 'add-grant' ? '+' : '-';
    return paint(marker, `${marker} ${safeText(change.permission ?? '').padEnd(width)}  ${safeText(changeLabel(change))}`);
}
function sampleList(count, keys) {
    const more = count - keys.length;
    return `${keys.map((key) => safeText(key)).join(', ')}${more > 0 ? `, +${more} more` : ''}`;
}

;// CONCATENATED MODULE: ./src/view/apply.ts
/**
 * Apply as people read it: the progress line of each change as it settles, the closing line, the
 * journal in the job summary (Markdown) and as a file (JSON). Every name and message from the files or
 * from Jira passes `safeText` (terminal, log) or the Markdown escaper (summary).
 */







function schemeText(entry) {
    const name = `"${(0,terminal/* safeText */.Hk)(entry.scheme)}"`;
    return entry.schemeId === null ? name : `${name} (${entry.schemeId})`;
}
function grantText(entry) {
    return `${(0,terminal/* safeText */.Hk)(entry.permission ?? '?')} ${(0,terminal/* safeText */.Hk)((0,apply_journal/* holderText */.ii)(entry))} in ${schemeText(entry)}`;
}
/** What a change does, in one line: `+ BROWSE_PROJECTS group jira-devs in "Software" (10001)`. */
function describeChange(entry) {
    switch (entry.action) {
        case 'create-scheme':
            return `+ scheme ${schemeText(entry)}`;
        case 'delete-scheme':
            return `- scheme ${schemeText(entry)}`;
        case 'update-scheme': {
            const parts = [];
            if (entry.to?.name !== undefined && entry.to.name !== entry.from?.name) {
                parts.push(`name "${(0,terminal/* safeText */.Hk)(entry.from?.name ?? '')}" -> "${(0,terminal/* safeText */.Hk)(entry.to.name)}"`);
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
            return `~ project ${(0,terminal/* safeText */.Hk)(entry.project ?? '?')}: ${(0,terminal/* safeText */.Hk)((0,apply_journal/* fromSchemeText */.nn)(entry))} -> ${schemeText(entry)}`;
    }
}
/** The progress line printed as each change settles: `[12/40] + BROWSE_PROJECTS group x in "S" ... done`. */
function progressLine(entry, position, total) {
    const width = String(total).length;
    const origin = entry.origin === 'jira-default' ? ' (Jira default grant)' : '';
    const detail = entry.detail === undefined ? '' : `: ${(0,terminal/* safeText */.Hk)(entry.detail)}`;
    return `[${String(position).padStart(width)}/${total}] ${describeChange(entry)}${origin} ... ${entry.result}${detail}`;
}
/**
 * The closing line: `Apply failed: 1 change(s) failed (10 done, 1 failed, 3 skipped)`. The message may
 * quote Jira, so it passes `escape` (the terminal's `safeText`, or the Markdown escaper); the tally is ours.
 */
function journalSummaryLine(journal, escape = terminal/* safeText */.Hk) {
    const { done, failed, skipped } = journal.counts;
    if (journal.counts.total === 0)
        return escape(journal.message);
    return `${escape(journal.message)} (${done} done, ${failed} failed, ${skipped} skipped)`;
}
/** One line per change still to make, for people (the check plan that was not empty). */
function remainingLines(remaining, limit = 50) {
    const lines = remaining.slice(0, limit).map((change) => `  ${describeChange(change)}`);
    if (remaining.length > limit)
        lines.push(`  ... and ${remaining.length - limit} more (run jira-perms plan to see them all)`);
    return lines;
}
/** The journal file (`--out`): the journal as one JSON document. */
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
/** Changes still to make listed in the summary; the rest are counted. */
const REMAINING_LIMIT = 50;
/** Rows beyond this are summarised, so the job summary stays well under GitHub's 1 MiB step limit. */
const MARKDOWN_ROW_LIMIT = 500;
/** The journal for the action's job summary: verdict first, failures first, one table row per change. */
function journalMarkdown(journal) {
    const lines = [
        `## ${OUTCOME_HEADING[journal.outcome]}`,
        '',
        journalSummaryLine(journal, markdown/* escapeMarkdown */.FV),
        '',
    ];
    if (journal.refusals.length > 0) {
        lines.push('Apply refused to start:', '');
        for (const refusal of journal.refusals)
            lines.push(`- ${(0,markdown/* escapeMarkdown */.FV)(refusal)}`);
        lines.push('');
    }
    if (journal.remaining.length > 0) {
        lines.push('Still different in Jira after apply (run apply again once the cause is fixed):', '');
        for (const change of journal.remaining.slice(0, REMAINING_LIMIT)) {
            lines.push(`- ${(0,markdown/* codeSpan */.SS)(describeChange(change))}`);
        }
        if (journal.remaining.length > REMAINING_LIMIT) {
            lines.push(`- ... and ${journal.remaining.length - REMAINING_LIMIT} more (run jira-perms plan to see them all)`);
        }
        lines.push('');
    }
    if (journal.created !== undefined && journal.created.length > 0) {
        // A scheme created from a file without `id:` is matched by name until the file pins it.
        lines.push('New schemes: pin their ids, so that a rename in the file renames the scheme:', '');
        for (const created of journal.created) {
            lines.push(`- ${(0,markdown/* codeSpan */.SS)(created.file)}: add ${(0,markdown/* codeSpan */.SS)(created.line)} (${(0,markdown/* escapeMarkdown */.FV)(`"${created.scheme}"`)}), or run ${(0,markdown/* codeSpan */.SS)('jira-perms pin')}`);
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
            lines.push(`| ${entry.index} | ${(0,markdown/* escapeMarkdown */.FV)(describeChange(entry) + origin)} | ${RESULT_MARK[entry.result]} | ${(0,markdown/* escapeMarkdown */.FV)(entry.detail ?? '')} |`);
        }
        if (ordered.length > MARKDOWN_ROW_LIMIT) {
            lines.push('', `${(0,words/* plural */.LS)(ordered.length - MARKDOWN_ROW_LIMIT, 'more change')} not shown here; the full journal is in the JSON written with \`--out\`.`);
        }
        lines.push('');
    }
    return lines.join('\n');
}
/**
 * Apply's steps on a terminal, as they happen: the plan, a refusal, each phase and each change. The
 * list of changes before the first write (`entries`) is for the journal file, not for people.
 */
function applyEventText(event, options) {
    switch (event.type) {
        case 'planned':
            return { stream: 'stdout', text: renderPlanText(event.plan, { color: options.colour }) };
        case 'refused':
            return {
                stream: 'stderr',
                text: `Apply refused; nothing was written:\n${[
                    ...event.findings.map((finding) => `  - ${findingLine(finding)}\n`),
                    ...event.reasons.map((reason) => `  - ${safeLines(reason)}\n`),
                ].join('')}`,
            };
        case 'phase':
            return { stream: 'stdout', text: `\n${safeText(event.message)}...\n` };
        case 'entry':
            return { stream: 'stdout', text: `${progressLine(event.entry, event.position, event.total)}\n` };
        case 'note':
            return { stream: 'stdout', text: `  note: ${safeText(event.message)}\n` };
        case 'entries':
            return undefined;
    }
}

// EXTERNAL MODULE: ./src/action/runner.ts + 1 modules
var runner = __webpack_require__(7552);
// EXTERNAL MODULE: ./src/action/deps.ts
var action_deps = __webpack_require__(2734);
;// CONCATENATED MODULE: ./src/action/steps/apply.ts
/**
 * `command: apply`: only on the default branch; the journal goes to the log and the job summary. The
 * outputs are those of `command: plan`, for the fresh plan apply carried out.
 */

















/**
 * After apply on a merge: the merged pull request's plan comment gets the result at its top (applied
 * or failed, counts, time, the run). Best effort: apply's own result never depends on it.
 */
async function reportToPullRequest(context, journal) {
    const token = context.inputs.githubToken;
    if (!context.inputs.comment || context.eventName !== 'push')
        return;
    if (token === undefined || context.repository === undefined || context.sha === undefined)
        return;
    try {
        const pull = await (0,github/* mergedPullRequest */.r2)(token, context.repository, context.sha, context.apiUrl);
        if (pull === undefined) {
            (0,runner/* info */.pq)(`No merged pull request found for commit ${context.sha}: no plan comment to update`);
            return;
        }
        const key = {
            ...(context.inputs.path === undefined ? {} : { path: context.inputs.path }),
            ...(context.inputs.settings === undefined ? {} : { settings: context.inputs.settings }),
        };
        const marker = (0,comment/* commentMarker */.Ql)(key);
        const client = (0,github/* createCommentClient */.LN)(token, context.repository, context.apiUrl);
        const [identity, comments] = await Promise.all([client.identity(), client.listComments(pull.number)]);
        const existing = (0,comment/* findOwnComment */.rA)(comments, marker, identity);
        const result = applyResultMarkdown(journal, { commit: context.sha, run: (0,runner/* runLink */.ut)(context) });
        const body = (0,secrets/* redact */.E$)(commentWithResult(marker, existing?.body ?? undefined, result));
        if (existing === undefined) {
            const id = await client.createComment(pull.number, body);
            (0,runner/* info */.pq)(`Apply result posted on pull request #${pull.number} (comment ${id}): it had no plan comment`);
        }
        else {
            await client.updateComment(existing.id, body);
            (0,runner/* info */.pq)(`Apply result added to the plan comment of pull request #${pull.number}`);
        }
    }
    catch (error) {
        (0,runner/* warning */.$e)(`Could not update the merged pull request's plan comment: ${(0,inputs/* getErrorMessage */.u1)(error)}`);
    }
}
/** Not the plan step's file name: the reviewed plan given as `plan-file` may be that file. */
const APPLIED_PLAN_FILE_NAME = 'jira-permissions-applied-plan.json';
/** The plan outputs, as `command: plan` sets them, for the fresh plan apply carried out. */
async function planOutputs(context, plan) {
    if (plan === undefined) {
        (0,runner/* setOutput */.uH)('has-changes', false);
        (0,runner/* setOutput */.uH)('summary', 'no plan: apply could not plan (see the log)');
        return;
    }
    const planFile = (0,external_node_path_.join)(context.tempDir, APPLIED_PLAN_FILE_NAME);
    await (0,promises_.writeFile)(planFile, (0,plan_json/* renderPlanJson */.uC)(plan));
    (0,runner/* setOutput */.uH)('has-changes', plan.changes.length > 0);
    (0,runner/* setOutput */.uH)('plan-json', planFile);
    (0,runner/* setOutput */.uH)('summary', (0,plan_view/* summaryLine */.dC)(plan));
}
async function applyStep(context) {
    // Before the branch check, and whatever apply-on-any-branch says: on pull_request_target the ref is
    // the base branch, so the branch check alone would let a fork's files be applied.
    const onPullRequest = (0,action_event/* refuseApplyOnPullRequest */.YM)(context.eventName, context.payload);
    if (onPullRequest !== undefined) {
        await (0,runner/* appendSummary */.fe)(`## Apply: refused, nothing was written\n\n${(0,markdown/* escapeMarkdown */.FV)(onPullRequest)}\n`);
        (0,runner/* fail */.fJ)(onPullRequest);
        return;
    }
    if (!context.inputs.applyOnAnyBranch) {
        const branch = (0,action_event/* checkApplyBranch */.HB)(context.ref, context.payload);
        if (!branch.allowed) {
            await (0,runner/* appendSummary */.fe)(`## Apply: refused, nothing was written\n\n${(0,markdown/* escapeMarkdown */.FV)(branch.reason)}\n`);
            (0,runner/* fail */.fJ)(branch.reason);
            return;
        }
        if (branch.note !== undefined)
            (0,runner/* notice */.lm)(branch.note);
    }
    // One log group per phase of apply: planning, each write phase, the read-back check.
    const group = { open: false };
    const openGroup = (name) => {
        if (group.open)
            (0,runner/* endGroup */.N4)();
        (0,runner/* startGroup */.Oh)(name);
        group.open = true;
    };
    openGroup('Plan against live Jira');
    const progress = (0,runner/* actionProgress */.cv)();
    // The reasons that are not findings: findings get an annotation each, so the failure does not repeat them.
    let refusalReasons = [];
    const onEvent = (event) => {
        progress.done();
        switch (event.type) {
            case 'phase':
                openGroup(event.message);
                break;
            case 'entry':
                (0,runner/* info */.pq)(progressLine(event.entry, event.position, event.total));
                break;
            case 'note':
                (0,runner/* info */.pq)(event.message);
                break;
            case 'planned':
                (0,runner/* info */.pq)(`${(0,words/* plural */.LS)(event.plan.changes.length, 'change')} to make`);
                break;
            case 'refused':
                for (const finding of event.findings)
                    (0,runner/* info */.pq)(`refused: ${(0,view_finding/* findingLine */.mC)(finding)}`);
                for (const reason of event.reasons)
                    (0,runner/* info */.pq)(`refused: ${reason}`);
                refusalReasons = event.reasons;
                break;
        }
    };
    let result;
    try {
        result = await runApply({
            path: context.inputs.path,
            settingsPath: context.inputs.settings,
            allowDelete: context.inputs.allowDelete,
            ...(context.inputs.planFile === undefined ? {} : { planFile: context.inputs.planFile }),
        }, { ...(0,action_deps.actionDeps)(context, progress), events: onEvent });
    }
    finally {
        progress.done();
        if (group.open)
            (0,runner/* endGroup */.N4)();
    }
    const counts = (0,runner/* annotate */.fz)(result.findings);
    (0,runner/* setOutput */.uH)('errors', counts.errors);
    (0,runner/* setOutput */.uH)('warnings', counts.warnings);
    await planOutputs(context, result.plan);
    (0,runner/* info */.pq)(journalSummaryLine(result.journal));
    await (0,runner/* appendSummary */.fe)(journalMarkdown(result.journal));
    await (0,runner/* phase */.Oi)('Merged pull request comment', () => reportToPullRequest(context, result.journal));
    if (result.exitCode !== 0) {
        const reasons = refusalReasons.length > 0 ? `: ${refusalReasons.join('; ')}` : '';
        const annotated = counts.errors > 0 ? ' (see the annotations)' : '';
        (0,runner/* fail */.fJ)(`${result.journal.message}${reasons}${annotated}`);
    }
}


/***/ }),

/***/ 4974:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JX: () => (/* binding */ assignAccessHint),
/* harmony export */   OC: () => (/* binding */ InterruptedInFlight),
/* harmony export */   RU: () => (/* binding */ deleteAccessHint),
/* harmony export */   XE: () => (/* binding */ classifyFailure),
/* harmony export */   i7: () => (/* binding */ deleteRefusedSummary),
/* harmony export */   rK: () => (/* binding */ writeAccessHint)
/* harmony export */ });
/** Thrown when an interrupt's grace period ends before the in-flight write answered. */
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
/**
 * Classifies any thrown value. A JiraError carries its `outcome`; anything else (a bug, a raw network
 * error) is treated as `unknown`, the conservative reading: apply re-reads before deciding.
 */
function classifyFailure(error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!isRecord(error))
        return { outcome: 'unknown', message };
    const outcome = typeof error.outcome === 'string' && OUTCOMES.includes(error.outcome) ? error.outcome : 'unknown';
    // A JiraError's message carries the call and a list of fixes for people at a terminal; the journal
    // wants one line per change: what happened and what Jira said.
    const concise = typeof error.summary === 'string' && error.summary !== ''
        ? `${error.summary}${typeof error.jiraMessage === 'string' && error.jiraMessage !== '' ? ` Jira said: ${error.jiraMessage}` : ''}`
        : message;
    const failure = { outcome: outcome, message: concise };
    if (typeof error.status === 'number')
        failure.status = error.status;
    return failure;
}
/** How a removal or deletion refused with 403 begins its journal detail. */
const DELETE_REFUSED = 'the token lacks delete access';
/**
 * The 403 on a removal, in words that say what to grant. The access categories are those of Atlassian's
 * TWG CLI reference (read / write and manage / delete); the scopes are Jira's own for these endpoints.
 */
function deleteAccessHint(kind) {
    const scope = kind === 'grant' ? 'delete:permission:jira' : 'delete:permission-scheme:jira';
    return (`${DELETE_REFUSED}: Jira refused the ${kind === 'grant' ? 'grant removal' : 'scheme deletion'} (403). ` +
        `Give the token the Delete category: for an OAuth 2.0 or TWG CLI token, allow ${scope} ` +
        `(Atlassian Administration > Rovo > Teamwork Graph CLI > Permissions > Delete, or the app's scopes; ` +
        `the classic scope manage:jira-configuration also covers it); for an API token, the user needs the ` +
        `Administer Jira global permission. Then run apply again.`);
}
/** The 403 on a create or update: the write-and-manage category. */
function writeAccessHint() {
    return ('the token lacks write access (403). Give it the Write and manage category: for an OAuth 2.0 or TWG CLI ' +
        'token, allow write:permission-scheme:jira and write:permission:jira (or the classic ' +
        'manage:jira-configuration); for an API token, the user needs the Administer Jira global permission.');
}
/** Why Jira refused to move a project onto a scheme (403), and what to change. */
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
/**
 * Apply's summary when its only failures are removals or deletions the token may not make (403): it
 * did its adds and is stopped half-way, which is safe (nobody lost access) but not finished. Says what was
 * done, what is left, and how to finish. Undefined when anything else failed.
 */
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


/***/ })

};
