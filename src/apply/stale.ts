import { holderKey } from '../model/holder.js';
import type { Plan, PlanChange } from '../model/plan.js';
import { fromSchemeText, holderText } from './journal.js';

/**
 * Is the reviewed plan still what apply would do? Apply always plans afresh; this compares the fresh plan
 * with the one people reviewed and says, change by change, what moved, in terms of what happened in Jira
 * (or in the files), so the person reading it knows what to look at.
 */

function schemeLabel(change: Pick<PlanChange, 'scheme' | 'schemeId'>): string {
  return change.schemeId === null
    ? `scheme "${change.scheme}"`
    : `scheme "${change.scheme}" (${change.schemeId})`;
}

function grantText(change: PlanChange): string {
  return `grant ${change.permission ?? '?'} ${holderText(change)}`;
}

/** Identity of a change, independent of display fields and grant ids. */
export function changeKey(change: PlanChange): string {
  const scheme = change.schemeId === null ? `name:${change.scheme}` : `id:${change.schemeId}`;
  if (change.action === 'assign-project')
    return `${change.action}|${scheme}|${change.projectId ?? change.project ?? ''}`;
  const holder = change.holder === undefined ? '' : holderKey(change.holder);
  return `${change.action}|${scheme}|${change.permission ?? ''}|${holder}`;
}

/** The fresh plan would do this and the reviewed one did not. */
function explainAdded(change: PlanChange, fileChanged: boolean): string {
  const where = schemeLabel(change);
  if (fileChanged)
    return `${where}: ${changeText(change)} is now planned (its file ${change.file ?? ''} changed)`;
  switch (change.action) {
    case 'remove-grant':
      return `${where}: ${grantText(change)} was added in Jira since the plan was made (apply would now remove it)`;
    case 'add-grant':
      return `${where}: ${grantText(change)} was removed from Jira since the plan was made (apply would now add it back)`;
    case 'create-scheme':
      return `${where} was deleted or renamed in Jira since the plan was made (apply would now create it)`;
    case 'delete-scheme':
      return `${where} appeared in Jira since the plan was made (apply would now delete it)`;
    case 'update-scheme':
      return `${where}: its name or description was changed in Jira since the plan was made`;
    case 'assign-project':
      return `project ${change.project ?? '?'} was moved to ${fromSchemeText(change)} in Jira since the plan was made (apply would now move it to ${where})`;
  }
}

/** The reviewed plan would do this and the fresh one no longer does. */
function explainDropped(change: PlanChange, fileChanged: boolean): string {
  const where = schemeLabel(change);
  if (fileChanged) {
    return `${where}: ${changeText(change)} is no longer planned (its file ${change.file ?? ''} changed)`;
  }
  switch (change.action) {
    case 'add-grant':
      return `${where}: ${grantText(change)} was added in Jira since the plan was made (the reviewed plan added it)`;
    case 'remove-grant':
      return `${where}: ${grantText(change)} was removed from Jira since the plan was made (the reviewed plan removed it)`;
    case 'create-scheme':
      return `${where} was created in Jira since the plan was made (the reviewed plan created it)`;
    case 'delete-scheme':
      return `${where} was deleted in Jira since the plan was made (the reviewed plan deleted it)`;
    case 'update-scheme':
      return `${where}: its name and description were changed in Jira since the plan was made`;
    case 'assign-project':
      return `project ${change.project ?? '?'} was moved to ${where} in Jira since the plan was made (the reviewed plan moved it there)`;
  }
}

/** What a change does, in the words of the reasons above. */
function changeText(change: PlanChange): string {
  switch (change.action) {
    case 'add-grant':
      return `adding ${grantText(change)}`;
    case 'remove-grant':
      return `removing ${grantText(change)}`;
    case 'create-scheme':
      return 'creating the scheme';
    case 'delete-scheme':
      return 'deleting the scheme';
    case 'update-scheme':
      return 'changing its name or description';
    case 'assign-project':
      return `moving project ${change.project ?? '?'} onto it`;
  }
}

/**
 * Which files changed between the reviewed plan and now (added, removed, changed), when both plans say
 * which files they were made from; undefined when the reviewed plan does not (an older plan file).
 */
export function changedFiles(
  reviewed: Plan,
  fresh: Plan,
): { path: string; how: 'added' | 'removed' | 'changed' }[] | undefined {
  if (reviewed.files === undefined || fresh.files === undefined) return undefined;
  const before = reviewed.files;
  const now = fresh.files;
  const paths = [...new Set([...Object.keys(before), ...Object.keys(now)])].sort();
  return paths.flatMap((path): { path: string; how: 'added' | 'removed' | 'changed' }[] => {
    if (!Object.hasOwn(now, path)) return [{ path, how: 'removed' }];
    if (!Object.hasOwn(before, path)) return [{ path, how: 'added' }];
    return before[path] === now[path] ? [] : [{ path, how: 'changed' }];
  });
}

function sameDetails(a: PlanChange, b: PlanChange): boolean {
  return a.to?.name === b.to?.name && a.to?.description === b.to?.description;
}

export interface StalenessInput {
  reviewed: Plan;
  fresh: Plan;
}

/**
 * Every way the fresh plan differs from the reviewed one, as sentences; empty when apply may go ahead.
 * Checks the scheme files' hash, the change lists and the live fingerprints of the schemes either plan
 * touches.
 */
export function explainStaleness({ reviewed, fresh }: StalenessInput): string[] {
  const reasons: string[] = [];
  const moved = reviewed.filesHash === fresh.filesHash ? [] : changedFiles(reviewed, fresh);
  if (reviewed.filesHash !== fresh.filesHash) {
    const which =
      moved === undefined || moved.length === 0
        ? ''
        : ` (${moved.map((file) => `${file.path} ${file.how}`).join(', ')})`;
    reasons.push(
      `the scheme files (or the settings file) changed since the plan was made${which}: make a new plan from the files being applied`,
    );
  }
  const changedPaths = new Set((moved ?? []).map((file) => file.path));
  const fileChanged = (change: PlanChange): boolean =>
    change.file !== undefined && changedPaths.has(change.file);

  const reviewedByKey = new Map(reviewed.changes.map((change) => [changeKey(change), change]));
  const freshByKey = new Map(fresh.changes.map((change) => [changeKey(change), change]));
  const explainedSchemes = new Set<string>();
  const note = (change: PlanChange, reason: string): void => {
    if (change.schemeId !== null) explainedSchemes.add(String(change.schemeId));
    reasons.push(reason);
  };

  for (const [key, change] of freshByKey) {
    const before = reviewedByKey.get(key);
    if (before === undefined) {
      note(change, explainAdded(change, fileChanged(change)));
    } else if (change.action === 'remove-grant' && before.grantId !== change.grantId) {
      note(
        change,
        `${schemeLabel(change)}: ${grantText(change)} was deleted and re-created in Jira since the plan was made (grant id ${before.grantId ?? '?'} is now ${change.grantId ?? '?'})`,
      );
    } else if (change.action === 'assign-project' && before.fromSchemeId !== change.fromSchemeId) {
      note(
        change,
        `project ${change.project ?? '?'} was moved in Jira since the plan was made: it now leaves ${fromSchemeText(change)}, not ${fromSchemeText(before)}`,
      );
    } else if (change.action === 'update-scheme' && !sameDetails(before, change)) {
      note(
        change,
        `${schemeLabel(change)}: the new name or description in the files changed since the plan was made`,
      );
    }
  }
  for (const [key, change] of reviewedByKey) {
    if (!freshByKey.has(key)) note(change, explainDropped(change, fileChanged(change)));
  }

  // Same changes, yet a touched scheme's live grants moved (e.g. a grant the product keeps, or a
  // Jira-managed holder): still not what was reviewed.
  const names = new Map<string, string>();
  for (const change of [...reviewed.changes, ...fresh.changes]) {
    if (change.schemeId !== null) names.set(String(change.schemeId), change.scheme);
  }
  for (const [schemeId, fingerprint] of Object.entries(reviewed.fingerprints)) {
    if (explainedSchemes.has(schemeId)) continue;
    const now = fresh.fingerprints[schemeId];
    if (now === undefined || now === fingerprint) continue;
    const name = names.get(schemeId);
    reasons.push(
      `scheme ${name === undefined ? '' : `"${name}" `}(${schemeId}): its live grants changed in Jira since the plan was made (fingerprint ${fingerprint} is now ${now})`,
    );
  }
  return reasons;
}

/** Reads a plan file written by `jira-perms plan --out` (or the action), with a clear error when it is not one. */
export function parsePlanFile(text: string, file: string): Plan {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(
      `${file} is not JSON (${error instanceof Error ? error.message : String(error)}): pass a file written by 'jira-perms plan --out FILE'`,
    );
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new Error(
      `${file} is not a plan file: expected a JSON object written by 'jira-perms plan --out FILE'`,
    );
  }
  const record = data as Record<string, unknown>;
  if (record.version !== 1) {
    throw new Error(
      `${file} is not a plan file this version understands (version ${JSON.stringify(record.version)}; expected 1)`,
    );
  }
  if (!Array.isArray(record.changes)) throw new Error(`${file} is not a plan file: it has no "changes" list`);
  if (typeof record.fingerprints !== 'object' || record.fingerprints === null) {
    throw new Error(
      `${file} has no "fingerprints": it cannot prove what was reviewed; make it again with 'jira-perms plan --out FILE'`,
    );
  }
  if (typeof record.filesHash !== 'string') {
    throw new Error(`${file} has no "filesHash": make it again with 'jira-perms plan --out FILE'`);
  }
  for (const [index, change] of (record.changes as unknown[]).entries()) {
    const item = change as Record<string, unknown> | null;
    if (
      item === null ||
      typeof item !== 'object' ||
      typeof item.action !== 'string' ||
      typeof item.scheme !== 'string' ||
      !(item.schemeId === null || typeof item.schemeId === 'number')
    ) {
      throw new Error(
        `${file}: change ${index + 1} is not a plan change (needs action, scheme and schemeId)`,
      );
    }
  }
  return data as Plan;
}
