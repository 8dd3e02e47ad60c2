/**
 * Which audit record explains a drifted change (pure). A plan change says what apply would do to make
 * Jira match the files again, so the record that explains it is the opposite write: a grant that apply
 * would add was removed by someone, a grant it would remove was added, a scheme it would create was
 * deleted, a project it would move back was moved. The most recent such record of the window wins.
 *
 * Records are matched on what Jira writes in them (the wording of Jira's own audit events, as the
 * simulator reproduces it): the scheme by id or name (`objectItem`), grants by the `Permission`, `Type`
 * and `Value` changed values (names, not ids), projects by id (else name) with the schemes as associated
 * items. Names are compared ignoring case.
 */
import type { AuditChange, AuditItem, AuditRecord } from '../jira/audit.js';
import type { Holder } from '../model/holder.js';
import type { PlanChange } from '../model/plan.js';

/** Jira's words for holder types in the audit log's `Type` value. */
const HOLDER_TYPE_WORDS: Record<string, readonly string[]> = {
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

/** What the matcher knows about names: the live site's words for permissions, holders and projects. */
export interface NameBook {
  /** A permission key's names: the key itself and its name in the catalogue (`Delete Issues`). */
  permission(key: string): readonly string[];
  /** The names a holder goes by: a group's name, a role's name, a user's display name, ... */
  holder(holder: Holder): readonly string[];
}

/** The fields of an assign-project change (`projects:` in scheme files). */
interface Assignment {
  project?: string;
  projectId?: string;
  fromScheme?: string | null;
  fromSchemeId?: number | null;
}

function same(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase();
}

function anySame(value: string | undefined, names: readonly string[]): boolean {
  return names.some((name) => same(value, name));
}

function empty(text: string | undefined): boolean {
  return text === undefined || text.trim() === '';
}

function changed(record: AuditRecord, field: string): AuditChange | undefined {
  return record.changes.find((entry) => same(entry.field, field));
}

function isSchemeItem(item: AuditItem | undefined): boolean {
  return item !== undefined && !same(item.type, 'PROJECT') && !same(item.type, 'USER');
}

/** Whether an item is the scheme with this id (when both have one) or one of these names. */
function isScheme(
  item: AuditItem | undefined,
  id: number | null,
  names: readonly (string | undefined)[],
): boolean {
  if (!isSchemeItem(item) || item === undefined) return false;
  if (id !== null && item.id !== undefined && /^\d+$/.test(item.id)) return Number(item.id) === id;
  return names.some((name) => same(item.name, name));
}

/**
 * A grant change: `add-grant` is explained by the grant's removal (values from the grant to ""),
 * `remove-grant` by its addition.
 */
function explainsGrant(record: AuditRecord, change: PlanChange, names: NameBook): boolean {
  if (!isScheme(record.object, change.schemeId, [change.scheme])) return false;
  const permission = changed(record, 'Permission');
  if (permission === undefined || change.permission === undefined || change.holder === undefined)
    return false;
  const removed = change.action === 'add-grant';
  const side = (entry: AuditChange): string | undefined => (removed ? entry.from : entry.to);
  const other = (entry: AuditChange): string | undefined => (removed ? entry.to : entry.from);
  if (!empty(other(permission)) || !anySame(side(permission), names.permission(change.permission)))
    return false;
  const type = changed(record, 'Type');
  if (type !== undefined) {
    const words = [change.holder.type, ...(HOLDER_TYPE_WORDS[change.holder.type] ?? [])];
    if (!anySame(side(type), words)) return false;
  }
  const value = changed(record, 'Value');
  const holderNames = names.holder(change.holder);
  if (value === undefined || empty(side(value))) {
    // A holder with a name must be named in the record; one without (reporter) must not be.
    return holderNames.length === 0 || type === undefined;
  }
  return anySame(side(value), holderNames);
}

/** `update-scheme`: someone renamed or re-described the scheme to what it is now (`from`). */
function explainsDetails(record: AuditRecord, change: PlanChange): boolean {
  const live = change.from ?? {};
  const file = change.to ?? {};
  if (!isScheme(record.object, change.schemeId, [live.name, file.name, change.scheme])) return false;
  const name = changed(record, 'Name');
  const description = changed(record, 'Description');
  return (
    (live.name !== undefined && name !== undefined && same(name.to, live.name)) ||
    (live.description !== undefined &&
      description !== undefined &&
      same(description.to ?? '', live.description))
  );
}

/** `create-scheme`: the scheme the file describes was deleted. */
function explainsCreate(record: AuditRecord, change: PlanChange): boolean {
  return /delet/i.test(record.summary) && isScheme(record.object, null, [change.scheme]);
}

/** `delete-scheme`: the live scheme no file describes was created by hand. */
function explainsDelete(record: AuditRecord, change: PlanChange): boolean {
  return /creat/i.test(record.summary) && isScheme(record.object, change.schemeId, [change.scheme]);
}

/**
 * `assign-project`: the project was moved off the file's scheme: "added to project" with the scheme it
 * uses now, or "removed from project" with the file's scheme.
 */
function explainsAssignment(record: AuditRecord, change: PlanChange & Assignment): boolean {
  const object = record.object;
  if (object === undefined || !same(object.type, 'PROJECT')) return false;
  // Jira names the project by id and name; the plan knows its id and key.
  const isProject =
    change.projectId !== undefined && object.id !== undefined
      ? object.id === change.projectId
      : same(object.name, change.project);
  if (!isProject) return false;
  const associated = (id: number | null | undefined, name: string | null | undefined): boolean =>
    record.associated.some((item) => isScheme(item, id ?? null, [name ?? undefined]));
  if (/added to project/i.test(record.summary)) return associated(change.fromSchemeId, change.fromScheme);
  if (/removed from project/i.test(record.summary)) return associated(change.schemeId, change.scheme);
  return false;
}

function explains(record: AuditRecord, change: PlanChange, names: NameBook): boolean {
  // A string: assign-project arrives with the projects feature; the other actions are the plan's own.
  const action: string = change.action;
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

/**
 * For each change (by position), the most recent record that explains it, or undefined. `records` may
 * come in any order. Grants of a scheme that was deleted (the plan creates it again) are explained by
 * the deletion when nothing more specific is found.
 */
export function attributeChanges(
  changes: readonly PlanChange[],
  records: readonly AuditRecord[],
  names: NameBook,
): (AuditRecord | undefined)[] {
  const newestFirst = [...records].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  const found = changes.map((change) => newestFirst.find((record) => explains(record, change, names)));
  const deletions = new Map<string, AuditRecord>();
  changes.forEach((change, index) => {
    const record = found[index];
    if (change.action === 'create-scheme' && record !== undefined) deletions.set(change.scheme, record);
  });
  return changes.map((change, index) => {
    const own = found[index];
    if (own !== undefined || change.action !== 'add-grant' || change.schemeId !== null) return own;
    return deletions.get(change.scheme);
  });
}
