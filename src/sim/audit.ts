import { takeAuditId } from './state.js';
import type {
  SimAuditItem,
  SimAuditRecord,
  SimChangedValue,
  SimGrant,
  SimHolder,
  SimProject,
  SimScheme,
  SiteData,
} from './types.js';

/**
 * The audit log: the records Jira writes when permission schemes and project assignments change.
 * Wording follows Jira's own audit events (category `permissions`; "Permission scheme created",
 * "Permission scheme updated" with `Permission`/`Type`/`Value` changed values, "Permission scheme
 * deleted", "Permission scheme removed from project" and "Permission scheme added to project"), as
 * Jira's functional tests and a Data Center audit table show them.
 */

export interface AuditAuthor {
  accountId: string;
  /** The caller's address (REST writes) or the address of a change made in the UI. */
  remoteAddress: string;
  /** `REST` for writes through the API, `Browser` for changes made by hand. */
  eventSource: string;
  at: Date;
}

const CATEGORY = 'permissions';

export const AUDIT_ACTIONS = {
  created: { summary: 'Permission scheme created', key: 'jira.auditing.permission.scheme.created' },
  updated: { summary: 'Permission scheme updated', key: 'jira.auditing.permission.scheme.updated' },
  deleted: { summary: 'Permission scheme deleted', key: 'jira.auditing.permission.scheme.deleted' },
  removedFromProject: {
    summary: 'Permission scheme removed from project',
    key: 'jira.auditing.permission.scheme.removed.from.project',
  },
  addedToProject: {
    summary: 'Permission scheme added to project',
    key: 'jira.auditing.permission.scheme.added.to.project',
  },
} as const;

/** Jira's names for holder types in the audit log's `Type` value. */
const HOLDER_TYPE_NAMES: Record<string, string> = {
  anyone: 'Anyone',
  applicationRole: 'Application access',
  assignee: 'Current Assignee',
  group: 'Group',
  groupCustomField: 'Group Custom Field Value',
  projectLead: 'Project Lead',
  projectRole: 'Project Role',
  reporter: 'Reporter',
  'sd.customer.portal.only': 'Service Project Customer - Portal Access',
  user: 'Single User',
  userCustomField: 'User Custom Field Value',
};

/** The `Type` and (when the holder has one) `Value` Jira writes for a holder: names, not ids. */
export function holderDescription(site: SiteData, holder: SimHolder): { type: string; value?: string } {
  const type = HOLDER_TYPE_NAMES[holder.type] ?? holder.type;
  const ref = holder.ref;
  if (ref === undefined) return { type };
  switch (holder.type) {
    case 'group':
      return { type, value: site.groups.find((group) => group.groupId === ref)?.name ?? ref };
    case 'projectRole':
      return { type, value: site.roles.find((role) => String(role.id) === ref)?.name ?? ref };
    case 'user':
      return { type, value: site.users.find((user) => user.accountId === ref)?.displayName ?? ref };
    case 'applicationRole':
      return { type, value: site.applicationRoles.find((role) => role.key === ref)?.name ?? ref };
    case 'userCustomField':
    case 'groupCustomField':
      return { type, value: site.fields.find((field) => field.id === ref)?.name ?? ref };
    default:
      return { type, value: ref };
  }
}

function schemeItem(scheme: Pick<SimScheme, 'id' | 'name'>): SimAuditItem {
  return { id: String(scheme.id), name: scheme.name, typeName: 'SCHEME' };
}

function append(
  site: SiteData,
  author: AuditAuthor,
  record: Omit<SimAuditRecord, 'id' | 'created' | 'authorAccountId' | 'remoteAddress' | 'eventSource'>,
): SimAuditRecord {
  const full: SimAuditRecord = {
    id: takeAuditId(site),
    created: author.at.toISOString(),
    authorAccountId: author.accountId,
    remoteAddress: author.remoteAddress,
    eventSource: author.eventSource,
    ...record,
  };
  (site.auditRecords ??= []).push(full);
  return full;
}

/** A grant added to (or removed from) a scheme: "Permission scheme updated" with what changed. */
export function auditGrant(
  site: SiteData,
  author: AuditAuthor,
  scheme: SimScheme,
  grant: Pick<SimGrant, 'permission' | 'holder'>,
  change: 'added' | 'removed',
): void {
  const permission =
    site.permissions.find((entry) => entry.key === grant.permission)?.name ?? grant.permission;
  const { type, value } = holderDescription(site, grant.holder);
  const changed = (fieldName: string, text: string): SimChangedValue =>
    change === 'added'
      ? { fieldName, changedFrom: '', changedTo: text }
      : { fieldName, changedFrom: text, changedTo: '' };
  const changedValues = [changed('Permission', permission), changed('Type', type)];
  if (value !== undefined) changedValues.push(changed('Value', value));
  append(site, author, {
    summary: AUDIT_ACTIONS.updated.summary,
    actionKey: AUDIT_ACTIONS.updated.key,
    category: CATEGORY,
    objectItem: schemeItem(scheme),
    associatedItems: [],
    changedValues,
  });
}

/** A new scheme: "created" with its name and description, then one "updated" per grant it starts with. */
export function auditSchemeCreated(site: SiteData, author: AuditAuthor, scheme: SimScheme): void {
  const changedValues: SimChangedValue[] = [{ fieldName: 'Name', changedTo: scheme.name }];
  if (scheme.description !== undefined) {
    changedValues.push({ fieldName: 'Description', changedTo: scheme.description });
  }
  append(site, author, {
    summary: AUDIT_ACTIONS.created.summary,
    actionKey: AUDIT_ACTIONS.created.key,
    category: CATEGORY,
    objectItem: schemeItem(scheme),
    associatedItems: [],
    changedValues,
  });
  for (const grant of scheme.grants) auditGrant(site, author, scheme, grant, 'added');
}

/** A renamed or re-described scheme: one "updated" record with the fields that changed. */
export function auditSchemeDetails(
  site: SiteData,
  author: AuditAuthor,
  scheme: SimScheme,
  before: { name: string; description?: string },
): void {
  const changedValues: SimChangedValue[] = [];
  if (before.name !== scheme.name) {
    changedValues.push({ fieldName: 'Name', changedFrom: before.name, changedTo: scheme.name });
  }
  if ((before.description ?? '') !== (scheme.description ?? '')) {
    changedValues.push({
      fieldName: 'Description',
      changedFrom: before.description ?? '',
      changedTo: scheme.description ?? '',
    });
  }
  if (changedValues.length === 0) return;
  append(site, author, {
    summary: AUDIT_ACTIONS.updated.summary,
    actionKey: AUDIT_ACTIONS.updated.key,
    category: CATEGORY,
    objectItem: schemeItem(scheme),
    associatedItems: [],
    changedValues,
  });
}

export function auditSchemeDeleted(site: SiteData, author: AuditAuthor, scheme: SimScheme): void {
  append(site, author, {
    summary: AUDIT_ACTIONS.deleted.summary,
    actionKey: AUDIT_ACTIONS.deleted.key,
    category: CATEGORY,
    objectItem: schemeItem(scheme),
    associatedItems: [],
    changedValues: [],
  });
}

/** A project moved between schemes: Jira writes "removed from project", then "added to project". */
export function auditProjectMoved(
  site: SiteData,
  author: AuditAuthor,
  project: SimProject,
  from: Pick<SimScheme, 'id' | 'name'> | undefined,
  to: Pick<SimScheme, 'id' | 'name'>,
): void {
  const projectItem: SimAuditItem = { id: project.id, name: project.name, typeName: 'PROJECT' };
  if (from !== undefined) {
    append(site, author, {
      summary: AUDIT_ACTIONS.removedFromProject.summary,
      actionKey: AUDIT_ACTIONS.removedFromProject.key,
      category: CATEGORY,
      objectItem: projectItem,
      associatedItems: [schemeItem(from)],
      changedValues: [],
    });
  }
  append(site, author, {
    summary: AUDIT_ACTIONS.addedToProject.summary,
    actionKey: AUDIT_ACTIONS.addedToProject.key,
    category: CATEGORY,
    objectItem: projectItem,
    associatedItems: [schemeItem(to)],
    changedValues: [],
  });
}

/** Any other record (a test's own noise or history), stamped with an id. */
export function appendAuditRecord(site: SiteData, record: Omit<SimAuditRecord, 'id'>): SimAuditRecord {
  const full: SimAuditRecord = { id: takeAuditId(site), ...record };
  (site.auditRecords ??= []).push(full);
  return full;
}
