import type { AccessChange, AccessPerson } from '../model/access.js';
import type { Finding } from '../model/finding.js';
import type { Holder } from '../model/holder.js';
import type { Plan, PlanChange } from '../model/plan.js';
import { LazyList, batched, jsonPieces } from './json.js';

/**
 * The plan as the contract's JSON document (`plan --json`, `--out plan.json`, the action's plan file):
 * `{"version": 1, "changes": [...], "summary": {...}, ...}`. Keys are written in a fixed order and
 * absent optional fields are left out, so the same plan always gives the same bytes.
 */

export function renderPlanJson(plan: Plan): string {
  return [...jsonPieces(planDocument(plan))].join('');
}

/**
 * The same document in writes of about 64 KB, each ending at a line break: at scale the plan is 12 MB
 * of JSON (its effective-access report most of it), which is then never one string, nor one object
 * tree beside the plan's own.
 */
export function renderPlanJsonPieces(plan: Plan): Iterable<string> {
  return batched(jsonPieces(planDocument(plan)));
}

/** The plan as a plain object whose key order is the document's. */
export function planToJson(plan: Plan): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(planDocument(plan)).map(([key, value]) => [
      key,
      value instanceof LazyList
        ? value.items.map((item) => (value as LazyList<unknown>).toJson(item))
        : value,
    ]),
  );
}

/** The document, its two long lists (changes, access) made element by element as they are written. */
function planDocument(plan: Plan): Record<string, unknown> {
  return {
    version: plan.version,
    changes: new LazyList(plan.changes, changeToJson),
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
              // Only a partial access report says so: a complete one keeps the contract's two fields.
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
    ...(plan.access === undefined ? {} : { access: new LazyList(plan.access, accessToJson) }),
    fingerprints: Object.fromEntries(
      Object.keys(plan.fingerprints)
        .sort((a, b) => Number(a) - Number(b) || (a < b ? -1 : a > b ? 1 : 0))
        .map((key) => [key, plan.fingerprints[key]]),
    ),
    filesHash: plan.filesHash,
    ...(plan.files === undefined
      ? {}
      : {
          files: Object.fromEntries(
            Object.keys(plan.files)
              .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
              .map((path) => [path, plan.files?.[path]]),
          ),
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
    // Only a plan that did not read project usage says so (its counts above are null, not zero).
    ...(plan.projectUsage === undefined ? {} : { projectUsage: plan.projectUsage }),
    unmanaged: plan.unmanaged.map((scheme) => ({ id: scheme.id, name: scheme.name })),
    kept: plan.kept.map((grant) =>
      compact({
        scheme: grant.scheme,
        schemeId: grant.schemeId,
        grantId: grant.grantId,
        permission: grant.permission,
        holder: holderToJson(grant.holder),
        label: grant.label,
        reason: grant.reason,
      }),
    ),
    findings: plan.findings.map(findingToJson),
  };
}

export function findingToJson(finding: Finding): Record<string, unknown> {
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

export function changeToJson(change: PlanChange): Record<string, unknown> {
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
    from:
      change.from === undefined
        ? undefined
        : compact({ name: change.from.name, description: change.from.description }),
    to:
      change.to === undefined
        ? undefined
        : compact({ name: change.to.name, description: change.to.description }),
    file: change.file,
    origin: change.origin,
    changedBy:
      change.changedBy === undefined || change.changedBy === null
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

function accessToJson(change: AccessChange): Record<string, unknown> {
  const person = (one: AccessPerson): Record<string, unknown> => ({
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

function holderToJson(holder: Holder): Record<string, unknown> {
  return compact({ type: holder.type, parameter: holder.parameter, value: holder.value });
}

/** Drops undefined fields (null stays: `schemeId: null` is part of the contract). */
function compact(object: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}
