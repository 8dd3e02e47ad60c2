/**
 * A drifted change as people read it (pure, unescaped): what happened in Jira, which is the opposite of
 * what apply would do about it. `remove-grant` (apply would remove it) means the grant was added in
 * Jira; `create-scheme` means the scheme was deleted there. Every view (text, Markdown, the drift issue,
 * the pull-request comment) shows drift through this, escaping it for its own destination.
 */
import type { PlanChange } from '../model/plan.js';
import { changeLabel } from '../view/plan-view.js';
import type { ChangedBy } from '../model/drift.js';
import type { DriftItem } from './explain.js';

export interface DriftLine {
  scheme: string;
  schemeId: number | null;
  /** What happened in Jira: `added`, `removed`, `renamed`, `description changed`, `deleted`, `created`, `moved`. */
  happened: string;
  /** Grant changes: the permission key. */
  permission?: string;
  /** Grant changes: the holder's label; project moves: the project key. */
  subject?: string;
  /** More about it: the names before and after a rename, where a project went. */
  detail?: string;
  /** What apply would do about it. */
  undo: string;
  changedBy: ChangedBy | null;
}

/** The fields of an assign-project change (`projects:` in scheme files). */
interface Assignment {
  project?: string;
  fromScheme?: string | null;
}

function quoted(text: string | undefined): string {
  return `"${text ?? ''}"`;
}

function describe(change: PlanChange & Assignment): Omit<DriftLine, 'changedBy' | 'scheme' | 'schemeId'> {
  const action: string = change.action;
  const grant = { permission: change.permission ?? '', subject: changeLabel(change) };
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

export function driftLines(items: readonly DriftItem[]): DriftLine[] {
  return items.map((item) => {
    // A project move belongs to the scheme the files put the project in.
    return {
      scheme: item.change.scheme,
      schemeId: item.change.schemeId,
      ...describe(item.change),
      changedBy: item.changedBy,
    };
  });
}

/** `2026-11-18 08:30 UTC`: minutes are enough to find the record in Jira's audit log. */
export function auditTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** `Alice Admin, 2026-11-18 08:30 UTC`, or the words for a change the log does not explain. */
export function attribution(changedBy: ChangedBy | null, auditRead: boolean): string {
  if (changedBy === null) return auditRead ? 'no audit record found' : 'unknown (audit log not read)';
  const who = changedBy.name ?? changedBy.accountId ?? 'someone the audit log does not name';
  return `${who}, ${auditTime(changedBy.at)}`;
}
