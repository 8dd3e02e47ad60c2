import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

import { executePlan, type ApplyEvent, type ExecuteOptions } from '../apply/executor.js';
import { planFresh, reconcileCreatedScheme, type FreshPlan, type FreshPlanner } from '../apply/fresh-plan.js';
import { deleteRefusedSummary } from '../apply/failure.js';
import {
  countEntries,
  type ApplyOutcome,
  type CreatedScheme,
  type Journal,
  type JournalEntry,
} from '../apply/journal.js';
import { explainStaleness, parsePlanFile } from '../apply/stale.js';
import { errorMessage } from '../jira/errors.js';
import type { Finding } from '../model/finding.js';
import { grantKey, type Holder } from '../model/holder.js';
import type { Plan, PlanChange } from '../model/plan.js';
import type { CommandDeps, JiraWriting } from './deps.js';

/**
 * `apply`: plan afresh against live Jira, check the plan may be carried out (guardrails, the reviewed
 * plan, the person's confirmation), carry it out in the safe order, then read everything back and plan
 * again: only an empty plan means done. Typed options in, a typed result out; it prints nothing itself
 * (every step goes to `deps.events`), so the command line and the action share it.
 */

export type ApplyProgress =
  | ApplyEvent
  /** The fresh plan, before any check or write. */
  | { type: 'planned'; plan: Plan }
  /** Apply stopped before writing anything. */
  | {
      type: 'refused';
      /** Why, in words (guardrails, a stale plan, a failure). */
      reasons: string[];
      /** The error findings that stop it: the views word them (file, line, rule) as validate does. */
      findings: Finding[];
    };

export interface ApplyOptions {
  /** The scheme folder (default: the settings file's `schemes`, else `jira-permissions`). */
  path?: string;
  /** The settings file (default `.jira-permissions.yml`). */
  settingsPath?: string;
  /** A plan file from `jira-perms plan --out` (or the action): refuse unless Jira still matches it. */
  planFile?: string;
  /** `--allow-delete`: with `prune: true`, delete live schemes that have no file (never one in use). */
  allowDelete?: boolean;
}

/** What apply needs besides the common `deps`: where its journal goes as it is written, and who approves. */
export interface ApplyDeps extends CommandDeps {
  /** Every step as it happens: the fresh plan, a refusal, each phase and each journal entry. */
  events?: (event: ApplyProgress) => void;
  /**
   * Asked with the fresh plan before the first write, when there is something to do. Absent means
   * approved (`--yes`, `--plan`, the action). Returning false refuses.
   */
  confirm?: (plan: Plan) => Promise<boolean>;
  /** How the fresh plan is made (default: the plan command's pipeline). */
  planner?: FreshPlanner;
  /** Tests and tuning: the executor's pacing. */
  pacing?: Pick<ExecuteOptions, 'maxAttempts' | 'abortGraceMs'>;
}

export interface ApplyResult {
  exitCode: 0 | 1;
  outcome: ApplyOutcome;
  journal: Journal;
  /** The fresh plan apply carried out (absent when planning failed). */
  plan?: Plan;
  /** Findings from loading, resolving and planning (errors explain a refusal). */
  findings: Finding[];
}

const DEFAULT_ABORT_GRACE_MS = 2_000;

/** Why a plan may not be applied: the error findings (as data), and guardrails not allowed (in words). */
export interface Blocking {
  findings: Finding[];
  reasons: string[];
}

/** Why this plan may not be applied, before any write: error findings and guardrails not allowed. */
export function blockingReasons(fresh: FreshPlan): Blocking {
  const findings = new Map<string, Finding>();
  for (const finding of [...fresh.findings, ...(fresh.plan?.findings ?? [])]) {
    if (finding.severity !== 'error') continue;
    const key = refusalText(finding);
    if (!findings.has(key)) findings.set(key, finding);
  }
  const reasons: string[] = [];
  for (const violation of fresh.plan?.guardrails ?? []) {
    if (!violation.allowed) {
      reasons.push(
        `guardrail ${violation.guardrail} in scheme "${violation.scheme}": ${violation.message} ` +
          `(allow it by name under guardrails.allow in the settings file if this is intended)`,
      );
    }
  }
  return { findings: [...findings.values()], reasons: [...new Set(reasons)] };
}

/** A finding as the journal keeps it among the refusals (plain data: the views escape what they show). */
function refusalText(finding: Finding): string {
  return `${finding.file}:${String(finding.line)}:${String(finding.column)} ${finding.ruleId}: ${finding.message}`;
}

/**
 * Scheme deletions apply skipped on purpose (prune is on but --allow-delete was not given): they are
 * expected to remain in the read-back plan and do not fail the run.
 */
function deletionsNotAllowed(entries: readonly JournalEntry[], deletionAllowed: boolean): Set<number> {
  if (deletionAllowed) return new Set();
  return new Set(
    entries
      .filter((entry) => entry.action === 'delete-scheme' && entry.result === 'skipped')
      .flatMap((entry) => (entry.schemeId === null ? [] : [entry.schemeId])),
  );
}

export async function runApply(options: ApplyOptions, deps: ApplyDeps): Promise<ApplyResult> {
  const now = deps.clock;
  const startedAt = now().toISOString();
  const emit = (event: ApplyProgress): void => deps.events?.(event);
  const findings: Finding[] = [];
  // A function, not a narrowed property: the signal can abort at any await.
  const interrupted = (): boolean => deps.signal.aborted;

  const finish = (
    outcome: ApplyOutcome,
    message: string,
    parts: {
      entries?: JournalEntry[];
      remaining?: PlanChange[];
      refusals?: string[];
      plan?: Plan;
      created?: CreatedScheme[];
    } = {},
  ): ApplyResult => {
    const entries = parts.entries ?? [];
    const journal: Journal = {
      version: 1,
      outcome,
      message,
      startedAt,
      finishedAt: now().toISOString(),
      counts: countEntries(entries),
      entries,
      remaining: parts.remaining ?? [],
      refusals: parts.refusals ?? [],
    };
    if (parts.plan !== undefined) journal.filesHash = parts.plan.filesHash;
    if (parts.created !== undefined && parts.created.length > 0) journal.created = parts.created;
    const result: ApplyResult = {
      exitCode: outcome === 'converged' || outcome === 'no-changes' ? 0 : 1,
      outcome,
      journal,
      findings,
    };
    if (parts.plan !== undefined) result.plan = parts.plan;
    return result;
  };
  const refuse = (reasons: string[], plan?: Plan, blocking: readonly Finding[] = []): ApplyResult => {
    emit({ type: 'refused', reasons, findings: [...blocking] });
    const refusals = [...blocking.map(refusalText), ...reasons];
    return finish(
      'refused',
      'Apply refused: nothing was written',
      plan === undefined ? { refusals } : { refusals, plan },
    );
  };

  // The reviewed plan, when there is one: read it before touching Jira, so a bad file costs nothing.
  let reviewed: Plan | undefined;
  if (options.planFile !== undefined) {
    const file = resolve(deps.cwd, options.planFile);
    try {
      reviewed = parsePlanFile(await readFile(file, 'utf8'), options.planFile);
    } catch (error) {
      const message =
        (error as NodeJS.ErrnoException).code === 'ENOENT'
          ? `plan file ${options.planFile} not found: make one with 'jira-perms plan --out ${options.planFile}'`
          : errorMessage(error);
      return refuse([message]);
    }
  }

  // The client gets its own abort, fired only once the in-flight write's grace is over, so an interrupt
  // lets the current request answer (and be journaled) instead of cutting it off mid-flight.
  const abortGraceMs = deps.pacing?.abortGraceMs ?? DEFAULT_ABORT_GRACE_MS;
  const clientAbort = new AbortController();
  let graceTimer: ReturnType<typeof setTimeout> | undefined;
  const onInterrupt = (): void => {
    // A little after the executor's own grace, so the journal says "interrupted in flight" rather
    // than reporting the cancelled request as an ordinary failure.
    graceTimer = setTimeout(() => {
      clientAbort.abort(new Error('interrupted'));
    }, abortGraceMs + 250);
    graceTimer.unref();
  };
  if (interrupted()) onInterrupt();
  else deps.signal.addEventListener('abort', onInterrupt, { once: true });

  try {
    let writer: JiraWriting;
    try {
      writer = deps.jira.writer({ signal: clientAbort.signal });
    } catch (error) {
      return refuse([errorMessage(error)]);
    }
    const planner = deps.planner ?? planFresh;
    const planInput = {
      cwd: deps.cwd,
      path: options.path,
      settingsPath: options.settingsPath,
      progress: deps.progress,
    };

    let fresh: FreshPlan;
    try {
      fresh = await planner(planInput, writer);
    } catch (error) {
      if (interrupted())
        return finish('interrupted', 'Apply interrupted while planning; nothing was written');
      return refuse([`could not plan: ${errorMessage(error)}`]);
    }
    findings.push(...fresh.findings);
    const plan = fresh.plan;
    if (plan === undefined) {
      const { findings: errors, reasons } = blockingReasons(fresh);
      const why =
        errors.length > 0 || reasons.length > 0 ? reasons : ['could not make a plan from the files'];
      return refuse(why, undefined, errors);
    }
    emit({ type: 'planned', plan });

    // Guardrails again, on the plan apply would carry out (not the reviewed one).
    const blocked = blockingReasons(fresh);
    if (blocked.findings.length > 0 || blocked.reasons.length > 0)
      return refuse(blocked.reasons, plan, blocked.findings);
    if (reviewed !== undefined) {
      const moved = explainStaleness({ reviewed, fresh: plan });
      if (moved.length > 0) {
        return refuse(
          [
            ...moved,
            `the reviewed plan ${options.planFile ?? ''} is stale: review a new plan, then apply that`,
          ],
          plan,
        );
      }
    }
    if (plan.changes.length === 0) {
      return finish('no-changes', 'No changes: Jira already matches the files', { plan });
    }
    if (interrupted()) return finish('interrupted', 'Apply interrupted before any write', { plan });
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
      return finish(
        'failed',
        `Apply stopped: Jira changed while apply ran (${executed.jiraMoved}). Another apply or a person is changing these schemes; nothing more was written. Run plan again, review it, then apply`,
        { entries, plan, created },
      );
    }
    if (executed.interrupted) {
      return finish(
        'interrupted',
        `Apply interrupted: ${failed > 0 ? 'some changes are in doubt; ' : ''}run apply again to finish (it re-reads Jira first)`,
        { entries, plan, created },
      );
    }

    // Read every scheme back and plan again: only an empty plan proves Jira matches the files. The
    // check plans from the files as apply loaded and resolved them (what it carried out), and from the
    // projects' schemes as the fresh plan read them unless apply moved a project: no other write
    // changes those.
    emit({ type: 'phase', phase: 'check', message: 'Reading Jira back to check it matches the files' });
    const movedProjects = entries.some(
      (entry) => entry.action === 'assign-project' && entry.result !== 'skipped',
    );
    const reuse = {
      project: fresh.read?.project,
      resolved: fresh.read?.resolved,
      projectsByScheme: movedProjects ? undefined : fresh.read?.projectsByScheme,
    };
    let check: FreshPlan;
    try {
      check = await planner({ ...planInput, reuse }, writer);
    } catch (error) {
      if (interrupted()) {
        return finish('interrupted', 'Apply interrupted while reading Jira back; run apply again to check', {
          entries,
          plan,
          created,
        });
      }
      return finish('failed', `Apply could not read Jira back to check the result: ${errorMessage(error)}`, {
        entries,
        plan,
        created,
      });
    }
    const expected = deletionsNotAllowed(entries, fresh.settings.prune && options.allowDelete === true);
    const remaining = (check.plan?.changes ?? []).filter(
      (change) =>
        !(change.action === 'delete-scheme' && change.schemeId !== null && expected.has(change.schemeId)),
    );
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
      return finish(
        'failed',
        deleteRefusedSummary(entries) ??
          `Apply failed: ${failedInAll} change(s) failed${left}; run apply again once the cause is fixed`,
        { entries, remaining, plan, created },
      );
    }
    const skippedDeletes =
      expected.size > 0 ? `, except ${expected.size} scheme deletion(s) that need --allow-delete` : '';
    return finish('converged', `Apply done: Jira matches the files${skippedDeletes}`, {
      entries,
      plan,
      created,
    });
  } finally {
    deps.signal.removeEventListener('abort', onInterrupt);
    if (graceTimer !== undefined && !deps.signal.aborted) clearTimeout(graceTimer);
  }
}

/** Add entries journaled as done whose grant the check plan still has to add. */
function notLanded(entries: readonly JournalEntry[], remaining: readonly PlanChange[]): JournalEntry[] {
  const keyOf = (schemeId: number | null, permission?: string, holder?: Holder): string =>
    `${String(schemeId)}|${grantKey(permission ?? '', holder ?? { type: '' })}`;
  const missing = new Set(
    remaining
      .filter((change) => change.action === 'add-grant' && change.schemeId !== null)
      .map((change) => keyOf(change.schemeId, change.permission, change.holder)),
  );
  if (missing.size === 0) return [];
  return entries.filter(
    (entry) =>
      entry.action === 'add-grant' &&
      entry.result === 'done' &&
      missing.has(keyOf(entry.schemeId, entry.permission, entry.holder)),
  );
}

/** Schemes apply created for files that have no `id:`, with the line each file should get. */
function createdWithoutId(created: ReadonlyMap<string, number>, fresh: FreshPlan): CreatedScheme[] {
  const out: CreatedScheme[] = [];
  for (const [name, schemeId] of created) {
    const file = fresh.desired.find((scheme) => scheme.name === name);
    if (file === undefined || file.id !== undefined) continue;
    out.push({ scheme: name, schemeId, file: file.file, line: `id: ${schemeId}` });
  }
  return out;
}
