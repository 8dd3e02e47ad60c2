import type { JiraWriter } from '../jira/api.js';
import { fingerprintScheme } from '../plan/fingerprint.js';
import type { ManagedHolder } from '../model/settings.js';
import { grantKey } from '../model/holder.js';
import type { Plan, PlanChange } from '../model/plan.js';
import type { DesiredScheme, LiveScheme, ProjectRef } from '../model/scheme.js';
import {
  InterruptedInFlight,
  assignAccessHint,
  classifyFailure,
  deleteAccessHint,
  writeAccessHint,
  type WriteFailure,
} from './failure.js';
import { entryFromChange, type JournalEntry } from './journal.js';
import { forEachBounded } from './parallel.js';
import { onAbort } from '../util/abort.js';

/**
 * Carries out a plan against Jira, in the one order that never leaves a scheme half-open (the writes of
 * one phase go out together, as many at a time as the client lets through; the next phase starts when
 * every write of this one has settled):
 *
 *   scheme details and new schemes -> grant adds -> re-read: did every add land? (when anything follows)
 *   -> projects moved onto their schemes -> grant removals -> scheme deletions (prune + --allow-delete,
 *   never a scheme in use)
 *
 * A project moves only once every add has landed and before any removal, so it never passes through a
 * scheme with fewer grants than the one it ends on; a scheme it leaves can then be deleted. A failure
 * before the removals stops every removal and deletion, so people keep the access they had (a project
 * that did not move keeps its old scheme's grants).
 * Every step is idempotent on a re-run: the next plan starts from what Jira has.
 * No write is blindly repeated: after a write whose outcome is unknown (timeout, dropped connection,
 * 5xx) the scheme is re-read and the write is sent again only if it did not happen. Waiting and
 * retrying (429, Retry-After, requests that never left) is the HTTP layer's job (src/jira/http.ts): by
 * the time a failure reaches the executor, that layer has already done what waiting can do.
 */

export type ApplyPhase = 'schemes' | 'adds' | 'verify' | 'assignments' | 'removals' | 'deletions' | 'check';

export type ApplyEvent =
  | { type: 'phase'; phase: ApplyPhase; message: string }
  /** Every change of the plan as a journal entry (all `pending`), before the first write. */
  | { type: 'entries'; entries: readonly JournalEntry[] }
  /** A change settled (done, failed or skipped). `position` counts settled changes. */
  | { type: 'entry'; entry: JournalEntry; position: number; total: number }
  | { type: 'note'; message: string };

export interface ExecuteOptions {
  writer: JiraWriter;
  plan: Plan;
  /** The schemes the files describe (for a new scheme's description). */
  desired?: readonly DesiredScheme[];
  /** `prune: true` in the settings file. */
  prune: boolean;
  /** `--allow-delete` (the action's `allow-delete: true`). */
  allowDelete: boolean;
  /**
   * The grants Jira put on a scheme apply just created that the file does not list (Jira's own defaults),
   * as remove-grant changes. Built on the planner, so managed holders and unknown grants are kept.
   */
  defaultGrantsToRemove: (created: LiveScheme, planned: readonly PlanChange[]) => PlanChange[];
  /**
   * The holders Jira manages (settings `managedHolders`): left out of the check that Jira did not move
   * while apply ran, as they are out of the plan's fingerprints.
   */
  managedHolders?: readonly ManagedHolder[];
  signal?: AbortSignal;
  onEvent?: (event: ApplyEvent) => void;
  /**
   * Sends of one write at most (default 3). A write is sent again only after a re-read showed that the
   * send before it, whose answer was lost, did not happen.
   */
  maxAttempts?: number;
  /** After an interrupt, how long an in-flight request may still take (default 2 s). */
  abortGraceMs?: number;
}

export interface ExecuteResult {
  entries: JournalEntry[];
  interrupted: boolean;
  /** Ids of the schemes apply created, by name. */
  created: Map<string, number>;
  /** Why removals and deletions did not run, when they did not. */
  removalsBlocked?: string;
  /**
   * What showed that Jira changed while apply ran (another apply, or a person), when something did:
   * apply started no write after it.
   */
  jiraMoved?: string;
}

type WriteKind = 'create' | 'update' | 'add' | 'remove' | 'delete' | 'assign';

interface WriteSpec<T> {
  entry: JournalEntry;
  kind: WriteKind;
  send: () => Promise<T>;
  /** Re-reads Jira: the write's effect when it happened, undefined when it did not. */
  confirm: () => Promise<T | undefined>;
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A change in a few words, for notes: `add-grant EDIT_ISSUES group devs in scheme "Software"`. */
function describeEntry(entry: JournalEntry): string {
  const grant = entry.permission === undefined ? '' : ` ${entry.permission} ${entry.label ?? ''}`.trimEnd();
  return `${entry.action}${grant} in scheme "${entry.scheme}"`;
}

/** Rejections that may only mean "already so": a duplicate add, a removal of something already gone. */
function mayAlreadyBeDone(kind: WriteKind, failure: WriteFailure): boolean {
  if (failure.outcome !== 'rejected') return false;
  if (kind === 'add') return failure.status === 400 || failure.status === 409;
  if (kind === 'remove') return failure.status === 400 || failure.status === 404;
  if (kind === 'delete') return failure.status === 404;
  return false;
}

export class PlanExecutor {
  private readonly entries: JournalEntry[] = [];
  private readonly created = new Map<string, number>();
  /** Ids of the grants the add phase put into existing schemes (the verify phase tells them apart). */
  private readonly addedGrantIds = new Set<number>();
  /** The first sign that Jira changed under apply; once set, no further write starts. */
  private jiraMoved: string | undefined;
  private settled = 0;
  private readonly maxAttempts: number;
  private readonly abortGraceMs: number;

  constructor(private readonly options: ExecuteOptions) {
    this.maxAttempts = options.maxAttempts ?? 3;
    this.abortGraceMs = options.abortGraceMs ?? 2_000;
  }

  private get writer(): JiraWriter {
    return this.options.writer;
  }

  private aborted(): boolean {
    return this.options.signal?.aborted === true;
  }

  private emit(event: ApplyEvent): void {
    this.options.onEvent?.(event);
  }

  private settle(entry: JournalEntry, result: 'done' | 'failed' | 'skipped', detail?: string): void {
    entry.result = result;
    if (detail !== undefined) entry.detail = detail;
    this.settled += 1;
    this.emit({ type: 'entry', entry, position: this.settled, total: this.entries.length });
  }

  private addEntry(change: PlanChange, origin: JournalEntry['origin'] = 'plan'): JournalEntry {
    const entry = entryFromChange(change, this.entries.length + 1, origin);
    this.entries.push(entry);
    return entry;
  }

  /** Waits for `work`, but after an interrupt only for the grace period. */
  private withinGrace<T>(work: Promise<T>): Promise<T> {
    const signal = this.options.signal;
    if (signal === undefined) return work;
    return new Promise<T>((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      // One listener on the run's signal however many writes are in flight (see util/abort.ts).
      const stop = onAbort(signal, () => {
        timer = setTimeout(() => {
          reject(new InterruptedInFlight());
        }, this.abortGraceMs);
      });
      const cleanup = (): void => {
        if (timer !== undefined) clearTimeout(timer);
        stop();
      };
      work.then(
        (value) => {
          cleanup();
          resolve(value);
        },
        (error: unknown) => {
          cleanup();
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });
  }

  /**
   * One write, made safe to repeat: sends it, and on any answer that leaves its effect in doubt reads
   * Jira before deciding whether to send it again. Returns the effect, or undefined when not done.
   */
  private async perform<T>(spec: WriteSpec<T>): Promise<T | undefined> {
    const { entry, kind } = spec;
    let last: WriteFailure | undefined;
    for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
      if (this.aborted()) {
        // Here every earlier attempt is known not to have happened (a re-read showed it absent):
        // nothing is in doubt, it simply was not sent again.
        this.settle(
          entry,
          'skipped',
          last === undefined
            ? 'interrupted before it started'
            : `interrupted before it was sent again; it did not happen (last answer: ${last.message})`,
        );
        return undefined;
      }
      entry.attempts += 1;
      try {
        const value = await this.withinGrace(spec.send());
        this.settle(
          entry,
          'done',
          last === undefined ? undefined : `done on attempt ${attempt} (before: ${last.message})`,
        );
        return value;
      } catch (error) {
        if (error instanceof InterruptedInFlight) {
          this.settle(
            entry,
            'failed',
            `${error.message}; run apply again: it re-reads Jira first and will not repeat it`,
          );
          return undefined;
        }
        const failure = classifyFailure(error);
        last = failure;
        if (this.aborted() && failure.outcome === 'unknown') {
          // The interrupt cut this request off (or it failed meanwhile): no time to re-read now.
          this.settle(
            entry,
            'failed',
            `interrupted while the request was in flight; its outcome is unknown (${failure.message}); run apply again: it re-reads Jira first and will not repeat it`,
          );
          return undefined;
        }
        if (failure.status === 403) {
          const hint =
            kind === 'remove'
              ? deleteAccessHint('grant')
              : kind === 'delete'
                ? deleteAccessHint('scheme')
                : kind === 'assign'
                  ? assignAccessHint()
                  : writeAccessHint();
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
        let effect: T | undefined;
        try {
          effect = await this.withinGrace(spec.confirm());
        } catch (readError) {
          this.settle(
            entry,
            'failed',
            `${failure.message}; re-reading Jira to learn whether it happened failed too (${describeError(readError)}); run apply again: it re-reads first`,
          );
          return undefined;
        }
        if (effect !== undefined) {
          this.settle(
            entry,
            'done',
            failure.outcome === 'unknown'
              ? `confirmed by re-reading Jira after: ${failure.message}`
              : `already so in Jira (Jira answered: ${failure.message})`,
          );
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
    this.settle(
      entry,
      'failed',
      `gave up after ${this.maxAttempts} attempts (last answer: ${last?.message ?? 'none'})`,
    );
    return undefined;
  }

  private async readScheme(schemeId: number): Promise<LiveScheme | undefined> {
    return this.withinGrace(this.writer.getPermissionScheme(schemeId));
  }

  private skipPending(entries: readonly JournalEntry[], reason: string): void {
    for (const entry of entries) if (entry.result === 'pending') this.settle(entry, 'skipped', reason);
  }

  private anyFailed(): boolean {
    return this.entries.some((entry) => entry.result === 'failed');
  }

  /** One phase's writes, in parallel up to the client's current limit; none started after an interrupt. */
  private inParallel<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
    return forEachBounded(
      items,
      () => this.writer.concurrency.now,
      () => this.aborted() || this.jiraMoved !== undefined,
      work,
    );
  }

  async run(): Promise<ExecuteResult> {
    const { plan } = this.options;
    const changes = plan.changes;
    const pick = (action: PlanChange['action']): PlanChange[] =>
      changes.filter((change) => change.action === action);

    // Journal entries in execution order, so positions read naturally.
    const updates = pick('update-scheme').map((change) => this.addEntry(change));
    const creates = pick('create-scheme').map((change) => ({ change, entry: this.addEntry(change) }));
    const adds = pick('add-grant').map((change) => ({ change, entry: this.addEntry(change) }));
    const assigns = pick('assign-project').map((change) => this.addEntry(change));
    const removes = pick('remove-grant').map((change) => this.addEntry(change));
    const deletes = pick('delete-scheme').map((change) => this.addEntry(change));
    const defaults: JournalEntry[] = [];
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
      const planned = adds.filter(
        (add) => add.change.schemeId === null && add.change.scheme === change.scheme,
      );
      await this.createScheme(change, entry, planned, defaults);
      // Projects moving onto the new scheme go to the id it got (or nowhere, if it was not created).
      const id = entry.schemeId;
      for (const assign of assigns) {
        if (assign.schemeId === null && assign.scheme === change.scheme) assign.schemeId = id;
      }
    });

    // 2. Grant adds on existing schemes (and any grant a new scheme did not keep).
    const pendingAdds = adds.filter((add) => add.entry.result === 'pending').map((add) => add.entry);
    if (pendingAdds.length > 0) this.emit({ type: 'phase', phase: 'adds', message: 'Adding grants' });
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

    const blocked = (): string | undefined =>
      this.aborted()
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
    if (deletes.length > 0) await this.deleteSchemes(deletes);
    this.skipPending(this.entries, 'interrupted before it started');
    return this.result();
  }

  private result(removalsBlocked?: string): ExecuteResult {
    const result: ExecuteResult = {
      entries: this.entries,
      interrupted: this.aborted(),
      created: this.created,
    };
    if (removalsBlocked !== undefined) result.removalsBlocked = removalsBlocked;
    if (this.jiraMoved !== undefined) result.jiraMoved = this.jiraMoved;
    return result;
  }

  private async updateDetails(entry: JournalEntry): Promise<void> {
    const schemeId = entry.schemeId;
    const name = entry.to?.name ?? entry.scheme;
    if (schemeId === null) {
      this.settle(entry, 'failed', 'the plan has no scheme id for this update; make a new plan');
      return;
    }
    // Always send the description too: what Jira does with an omitted one is not documented, so the
    // PUT carries the whole truth (name and description, never a permissions list).
    let description =
      entry.to?.description ?? this.options.desired?.find((scheme) => scheme.name === name)?.description;
    if (description === undefined) {
      try {
        description = (await this.readScheme(schemeId))?.description ?? '';
      } catch (error) {
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

  private async createScheme(
    change: PlanChange,
    entry: JournalEntry,
    planned: { change: PlanChange; entry: JournalEntry }[],
    defaults: JournalEntry[],
  ): Promise<void> {
    const name = change.to?.name ?? change.scheme;
    const description =
      this.options.desired?.find((scheme) => scheme.name === name)?.description ?? change.to?.description;
    const grants = planned.map(({ change: add }) => ({
      permission: add.permission ?? '',
      holder: add.holder ?? { type: '' },
    }));
    // One request with the grants: the scheme never exists half-made for longer than this call.
    const created = await this.perform({
      entry,
      kind: 'create',
      send: () =>
        this.writer.createPermissionScheme(
          description === undefined ? { name, grants } : { name, description, grants },
        ),
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
    for (const add of planned) add.entry.schemeId = created.id;

    // Read it back: Jira may add grants of its own, and may not have kept every grant it was sent.
    let readBack: LiveScheme | undefined;
    try {
      readBack = await this.readScheme(created.id);
    } catch (error) {
      for (const add of planned) {
        this.settle(
          add.entry,
          'failed',
          `could not read the new scheme back to check it: ${describeError(error)}`,
        );
      }
      return;
    }
    if (readBack === undefined) {
      for (const add of planned) {
        this.settle(add.entry, 'failed', `the new scheme ${created.id} is not there on re-read`);
      }
      return;
    }
    const present = new Set(readBack.grants.map((grant) => grantKey(grant.permission, grant.holder)));
    for (const add of planned) {
      // Grants Jira did not keep stay pending: the add phase sends them one by one.
      if (present.has(grantKey(add.change.permission ?? '', add.change.holder ?? { type: '' }))) {
        this.settle(add.entry, 'done', 'created with the scheme');
      }
    }
    for (const removal of this.options.defaultGrantsToRemove(readBack, [
      change,
      ...planned.map((add) => add.change),
    ])) {
      if (removal.action !== 'remove-grant' || removal.grantId === undefined) continue;
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
  private noticeJiraMoved(what: string): void {
    if (this.jiraMoved !== undefined) return;
    this.jiraMoved = what;
    this.emit({
      type: 'note',
      message: `Jira changed while apply ran (another apply, or a person): ${what}. Apply starts no further write.`,
    });
  }

  private async addGrant(entry: JournalEntry, schemeId: number): Promise<void> {
    const permission = entry.permission ?? '';
    const holder = entry.holder ?? { type: '' };
    const key = grantKey(permission, holder);
    const added = await this.perform({
      entry,
      kind: 'add',
      send: () => this.writer.createPermissionGrant(schemeId, { permission, holder }),
      confirm: async () => {
        const live = await this.readScheme(schemeId);
        return live?.grants.find((grant) => grantKey(grant.permission, grant.holder) === key);
      },
    });
    if (added !== undefined) this.addedGrantIds.add(added.id);
  }

  private async assignProject(entry: JournalEntry): Promise<void> {
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
      confirm: async () =>
        (await this.withinGrace(this.writer.getProjectSchemeId(project))) === schemeId ? true : undefined,
    });
  }

  private async verifyAdds(entries: readonly JournalEntry[]): Promise<void> {
    const bySchemeId = new Map<number, JournalEntry[]>();
    for (const entry of entries) {
      if (entry.schemeId === null || entry.result !== 'done') continue;
      const mine = bySchemeId.get(entry.schemeId);
      if (mine === undefined) bySchemeId.set(entry.schemeId, [entry]);
      else mine.push(entry);
    }
    // Reads only, one per scheme: all at once, as many in flight as the client's limit allows.
    await Promise.all([...bySchemeId].map(([schemeId, mine]) => this.verifySchemeAdds(schemeId, mine)));
  }

  private async verifySchemeAdds(schemeId: number, mine: readonly JournalEntry[]): Promise<void> {
    let live: LiveScheme | undefined;
    try {
      live = await this.readScheme(schemeId);
    } catch (error) {
      for (const entry of mine) {
        entry.result = 'failed';
        entry.detail = `could not re-read the scheme to check the add landed: ${describeError(error)}`;
      }
      this.emit({ type: 'note', message: `Could not re-read scheme ${schemeId}: ${describeError(error)}` });
      return;
    }
    if (live !== undefined) this.checkUnmoved(live);
    const present = new Set((live?.grants ?? []).map((grant) => grantKey(grant.permission, grant.holder)));
    for (const entry of mine) {
      if (!present.has(grantKey(entry.permission ?? '', entry.holder ?? { type: '' }))) {
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
  private checkUnmoved(live: LiveScheme): void {
    const planned = this.options.plan.fingerprints[String(live.id)];
    if (planned === undefined) return;
    const update = this.entries.find(
      (entry) => entry.action === 'update-scheme' && entry.schemeId === live.id && entry.result === 'done',
    );
    const before: LiveScheme = {
      ...live,
      name: update?.from?.name ?? live.name,
      description: update?.from?.description ?? live.description ?? '',
      grants: live.grants.filter((grant) => !this.addedGrantIds.has(grant.id)),
    };
    if (fingerprintScheme(before, this.options.managedHolders) === planned) return;
    this.noticeJiraMoved(
      `scheme "${live.name}" (${live.id}), read back after the additions, has grants, a name or a description that neither the plan read nor apply wrote`,
    );
  }

  private async removeGrant(entry: JournalEntry): Promise<void> {
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

  private async deleteSchemes(deletes: readonly JournalEntry[]): Promise<void> {
    if (!this.options.prune) {
      this.skipPending(deletes, 'scheme deletion needs prune: true in the settings file and --allow-delete');
      return;
    }
    if (!this.options.allowDelete) {
      this.skipPending(
        deletes,
        'not deleted: deleting a scheme needs --allow-delete (the action input allow-delete: true) as well as prune: true',
      );
      return;
    }
    if (this.aborted()) return;
    this.emit({ type: 'phase', phase: 'deletions', message: 'Deleting schemes' });
    // Projects can move onto a scheme at any time: look again right before deleting.
    let usage: Map<number, ProjectRef[]>;
    try {
      usage = await this.withinGrace(this.writer.getProjectsByScheme());
    } catch (error) {
      for (const entry of deletes) {
        if (entry.result === 'pending') {
          this.settle(
            entry,
            'failed',
            `could not check which projects use the scheme, so it was not deleted: ${describeError(error)}`,
          );
        }
      }
      return;
    }
    await this.inParallel(deletes, async (entry) => {
      const schemeId = entry.schemeId;
      if (entry.result !== 'pending') return;
      if (schemeId === null) {
        this.settle(entry, 'failed', 'the plan has no scheme id for this deletion; make a new plan');
        return;
      }
      const projects = usage.get(schemeId) ?? [];
      if (projects.length > 0) {
        const keys = projects.map((project) => project.key).sort();
        const sample = keys.slice(0, 5).join(', ') + (keys.length > 5 ? ', ...' : '');
        this.settle(
          entry,
          'failed',
          `not deleted: ${projects.length} project(s) use this scheme (${sample}); move them to another scheme first`,
        );
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
export function renameWaves(updates: readonly JournalEntry[]): JournalEntry[][] {
  const current = (entry: JournalEntry): string => (entry.from?.name ?? entry.scheme).toLowerCase();
  const target = (entry: JournalEntry): string => (entry.to?.name ?? entry.scheme).toLowerCase();
  const waves: JournalEntry[][] = [];
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

export function executePlan(options: ExecuteOptions): Promise<ExecuteResult> {
  return new PlanExecutor(options).run();
}
