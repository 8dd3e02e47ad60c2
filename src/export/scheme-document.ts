import {
  grantKey,
  holderId,
  holderKey,
  holderLabel,
  isKnownHolderType,
  PARAMETERLESS_HOLDER_TYPES,
  type Holder,
} from '../model/holder.js';
import { isBuiltInPermission, permissionOrder } from '../model/permissions.js';
import type { LiveScheme, ProjectRef } from '../model/scheme.js';
import type { ManagedHolder } from '../model/settings.js';
import { isManagedHolder } from '../plan/managed.js';
import type { SiteNames } from './site.js';

/**
 * A live scheme turned into what its file will say: holders by name where a name identifies them, ids
 * where it would not, and the grants the file leaves out, with the reason. Pure; rendering is separate
 * (`render-scheme.ts`).
 */

/** A holder's value in the file: a string or number, or a small mapping such as `{name, id}`. */
export type FileHolderValue = string | number | Readonly<Record<string, string | number>>;

export interface FileHolder {
  type: string;
  /** Absent for holders written as a bare word (`assignee`, `applicationRole`). */
  value?: FileHolderValue;
  /** Said beside the entry: a user's display name, the name behind an id. */
  comment?: string;
  /** What the entry is sorted by when it is not its value: the name behind an id. */
  sortName?: string;
}

export interface FilePermission {
  key: string;
  holders: FileHolder[];
}

export type LeftOutReason = 'managed' | 'unknown-holder-type' | 'unknown-permission';

export interface LeftOutGrant {
  permission: string;
  holder: Holder;
  /** How the holder reads, e.g. `projectRole atlassian-addons-project-access (10003)`. */
  label: string;
  reason: LeftOutReason;
}

export interface SchemeDocument {
  id: number;
  name: string;
  description?: string;
  projects: readonly ProjectRef[];
  permissions: FilePermission[];
  leftOut: LeftOutGrant[];
  /** Permission keys written that are not built-in (app-defined): the settings file must list them. */
  appDefinedKeys: string[];
}

/** Order of holders under a permission: named holders first, the bare words last (as in the contract). */
const TYPE_RANK: readonly string[] = [
  'projectRole',
  'group',
  'applicationRole',
  'user',
  'userCustomField',
  'groupCustomField',
  'applicationRole*',
  'assignee',
  'reporter',
  'projectLead',
  'anyone',
  'sd.customer.portal.only',
];

/** Names the loader would read as an id instead of a name: write the id for these. */
const DIGITS = /^[0-9]+$/u;
/** Blank names are not names a file can use (the schema wants a non-space character). */
const USABLE_NAME = /\S/u;
const FIELD_ID = /^customfield_[0-9]+$/u;

function nonEmpty(text: string | undefined): string | undefined {
  return text === undefined || text === '' ? undefined : text;
}

interface Described {
  file?: FileHolder;
  /** Name and id as the site knows them now, for managed-holder matching and labels. */
  name?: string;
  id?: string;
}

function describeHolder(holder: Holder, site: SiteNames): Described {
  const type = holder.type;
  if (PARAMETERLESS_HOLDER_TYPES.has(type)) return { file: { type } };
  switch (type) {
    case 'applicationRole': {
      const key = holderId(holder);
      return key === undefined ? { file: { type } } : { file: { type, value: key }, name: key, id: key };
    }
    case 'group': {
      const id = nonEmpty(holder.value ?? undefined);
      const recorded = nonEmpty(holder.parameter ?? undefined);
      if (id === undefined) {
        // Data Center: groups are known by name only.
        return { file: { type, value: recorded ?? '' }, name: recorded };
      }
      const current = site.groups.get(id);
      const found = current ?? recorded;
      const name = found !== undefined && USABLE_NAME.test(found) ? found : undefined;
      const value: FileHolderValue = name === undefined ? { id } : { name, id };
      const comment = current === undefined ? 'no group with this id on the site' : undefined;
      return { file: { type, value, ...(comment === undefined ? {} : { comment }) }, name, id };
    }
    case 'projectRole': {
      const id = holderId(holder) ?? '';
      const role = site.roles.find((candidate) => candidate.id === id);
      const idValue = DIGITS.test(id) ? Number(id) : id;
      if (role === undefined) {
        return {
          file: { type, value: { id: idValue }, comment: 'no project role with this id on the site' },
          id,
        };
      }
      const sharing = site.roles.filter((candidate) => candidate.name === role.name).length;
      if (sharing === 1 && !DIGITS.test(role.name) && USABLE_NAME.test(role.name))
        return { file: { type, value: role.name }, name: role.name, id };
      const comment = sharing > 1 ? `${role.name} (${sharing} roles have this name)` : role.name;
      return { file: { type, value: { id: idValue }, comment, sortName: role.name }, name: role.name, id };
    }
    case 'user': {
      const id = holderId(holder) ?? '';
      const user = site.users.get(id);
      const displayName = nonEmpty(user?.displayName);
      const comment =
        user === undefined
          ? 'no user with this account id on the site'
          : `${displayName ?? 'no display name'}${user.active === false ? ' (inactive)' : ''}`;
      return { file: { type, value: id, comment }, name: displayName, id };
    }
    case 'userCustomField':
    case 'groupCustomField': {
      const id = holderId(holder) ?? '';
      const field = site.fields.find((candidate) => candidate.id === id);
      if (field === undefined) {
        return { file: { type, value: id, comment: 'no custom field with this id on the site' }, id };
      }
      const sharing = site.fields.filter((candidate) => candidate.name === field.name).length;
      const nameIsSomeId = FIELD_ID.test(field.name) || site.fields.some((other) => other.id === field.name);
      if (sharing === 1 && !nameIsSomeId && USABLE_NAME.test(field.name))
        return { file: { type, value: field.name }, name: field.name, id };
      const comment = sharing > 1 ? `${field.name} (${sharing} fields have this name)` : field.name;
      return { file: { type, value: id, comment, sortName: field.name }, name: field.name, id };
    }
    default:
      return { name: nonEmpty(holder.parameter ?? undefined), id: nonEmpty(holder.value ?? undefined) };
  }
}

/** The text holders are sorted by within a type: what the reader sees first. */
function sortText(file: FileHolder): string {
  if (file.sortName !== undefined) return file.sortName;
  const value = file.value;
  if (value === undefined) return '';
  if (typeof value === 'object') return String(value.name ?? value.id ?? '');
  return String(value);
}

function rank(file: FileHolder): number {
  const key = file.type === 'applicationRole' && file.value === undefined ? 'applicationRole*' : file.type;
  const index = TYPE_RANK.indexOf(key);
  return index === -1 ? TYPE_RANK.length : index;
}

export function compareFileHolders(a: FileHolder, b: FileHolder): number {
  const byRank = rank(a) - rank(b);
  if (byRank !== 0) return byRank;
  const textA = sortText(a);
  const textB = sortText(b);
  // Code-point order, not the locale's: the same on every machine and Node version.
  const foldedA = textA.toLowerCase();
  const foldedB = textB.toLowerCase();
  if (foldedA !== foldedB) return foldedA < foldedB ? -1 : 1;
  if (textA !== textB) return textA < textB ? -1 : 1;
  const jsonA = JSON.stringify(a.value ?? null);
  const jsonB = JSON.stringify(b.value ?? null);
  return jsonA < jsonB ? -1 : jsonA > jsonB ? 1 : 0;
}

export interface DocumentOptions {
  managedHolders: readonly ManagedHolder[];
  /** App-defined keys the settings vouch for: managed by plan even when the catalogue lacks them. */
  customPermissions?: readonly string[];
  /**
   * Holders as the file being replaced writes them, by grant key (`export --force`, see kept-forms.ts):
   * written that way instead of export's own form, since they name the same grant.
   */
  keptForms?: ReadonlyMap<string, { value: FileHolderValue | undefined }>;
}

/** Export's entry for a holder, with the value a person wrote for the same grant. */
function withKeptValue(
  file: FileHolder,
  kept: { value: FileHolderValue | undefined } | undefined,
): FileHolder {
  if (kept === undefined) return file;
  const { value: _own, ...rest } = file;
  return kept.value === undefined ? rest : { ...rest, value: kept.value };
}

export function buildSchemeDocument(
  scheme: LiveScheme,
  site: SiteNames,
  options: DocumentOptions,
): SchemeDocument {
  const byPermission = new Map<string, Map<string, FileHolder>>();
  const leftOut: LeftOutGrant[] = [];

  for (const grant of scheme.grants) {
    const described = describeHolder(grant.holder, site);
    const name = grant.name ?? described.name;
    const label = holderLabel(grant.holder, name);
    // The planner's rule: a key is managed when it is built in, in the catalogue or in the settings.
    const knownPermission =
      isBuiltInPermission(grant.permission) ||
      site.permissionKeys.has(grant.permission) ||
      (options.customPermissions ?? []).includes(grant.permission);
    let reason: LeftOutReason | undefined;
    if (!isKnownHolderType(grant.holder.type) || described.file === undefined) reason = 'unknown-holder-type';
    else if (!knownPermission) reason = 'unknown-permission';
    // The planner's own test, given the name the reader gave (or the site's), so both agree on what is managed.
    else if (
      isManagedHolder(
        { holder: grant.holder, ...(name === undefined ? {} : { name }) },
        options.managedHolders,
      )
    )
      reason = 'managed';
    if (reason !== undefined || described.file === undefined) {
      leftOut.push({
        permission: grant.permission,
        holder: grant.holder,
        label,
        reason: reason ?? 'unknown-holder-type',
      });
      continue;
    }
    // The same holder twice under one permission (Jira should refuse it, a reader may still see it):
    // one entry, or the file would fail its own duplicate-grant check.
    const holders = byPermission.get(grant.permission) ?? new Map<string, FileHolder>();
    holders.set(
      holderKey(grant.holder),
      withKeptValue(described.file, options.keptForms?.get(grantKey(grant.permission, grant.holder))),
    );
    byPermission.set(grant.permission, holders);
  }

  const permissions = [...byPermission.keys()]
    .sort(permissionOrder)
    .map((key) => ({ key, holders: [...(byPermission.get(key)?.values() ?? [])].sort(compareFileHolders) }));
  // Sorted by key; team-managed projects have no shared scheme to list them under.
  const projects = (site.projectsByScheme.get(scheme.id) ?? [])
    .filter((project) => project.teamManaged !== true)
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const description = nonEmpty(scheme.description);
  return {
    id: scheme.id,
    name: scheme.name,
    ...(description === undefined ? {} : { description }),
    projects,
    permissions,
    leftOut,
    appDefinedKeys: permissions
      .map((permission) => permission.key)
      .filter((key) => !isBuiltInPermission(key)),
  };
}
