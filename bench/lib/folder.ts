import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dump, load } from 'js-yaml';

import { commandDeps, jiraOf, type JiraReading } from '../../src/commands/deps.js';
import { runExport } from '../../src/commands/export.js';
import type { SimGroup } from '../../src/sim/index.js';

/**
 * Scheme folders for the benchmark: exported from the simulator (so they plan back to no changes),
 * then changed in a known, deterministic way so the plan has an exact, predictable size.
 */

export const SCHEME_FOLDER = 'jira-permissions';

type Holder = string | Record<string, unknown>;
interface SchemeDocument {
  name: string;
  id?: number;
  grants: Record<string, Holder[]>;
  [key: string]: unknown;
}

/** Permissions a swap never touches: taking their holder away could leave nobody able to browse or administer. */
const KEPT = new Set(['BROWSE_PROJECTS', 'ADMINISTER_PROJECTS']);

export async function exportFolder(cwd: string, jira: JiraReading): Promise<string[]> {
  const outcome = await runExport({ out: SCHEME_FOLDER }, commandDeps({ cwd, jira: jiraOf(jira) }));
  if (outcome.status !== 'exported') throw new Error(`export ${outcome.status}: ${outcome.error}`);
  const folder = join(cwd, SCHEME_FOLDER);
  return schemeFiles(folder);
}

export function schemeFiles(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.yml'))
    .sort()
    .map((name) => join(folder, name));
}

/**
 * Takes the `projects:` list out of every file (an exported folder writes one per scheme): a folder that
 * leaves which project uses which scheme alone, as one written before `projects:` existed.
 */
export function stripProjects(files: readonly string[]): void {
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const stripped = text.replace(/^projects:(?: \[\])?\n(?: {2}- .*\n)*/m, '');
    if (stripped.includes('\nprojects:')) throw new Error(`${file}: a projects: list this cannot strip`);
    writeFileSync(file, stripped);
  }
}

export interface Mutation {
  /** Grants swapped: each is one removal and one addition in the plan. */
  swaps: number;
  /** Files (schemes) with at least one swap. */
  schemesTouched: number;
}

function groupIdOf(holder: Holder): string | undefined {
  if (typeof holder !== 'object') return undefined;
  const group = holder.group;
  if (typeof group === 'object' && group !== null && 'id' in group && typeof group.id === 'string')
    return group.id;
  return undefined;
}

/**
 * Swaps `swaps` grants, spread round-robin over the files: in each chosen permission the first holder
 * is taken out and a group that permission did not have is put in. Each swap is therefore exactly one
 * remove-grant and one add-grant in the plan.
 */
export function swapGrants(files: readonly string[], swaps: number, groups: readonly SimGroup[]): Mutation {
  return editGrants(files, swaps, groups, { remove: true, spread: files.length });
}

/**
 * Adds `adds` grants, spread round-robin over the first `schemes` files: in each chosen permission a
 * group it did not have is put in. Each is exactly one add-grant in the plan, and nothing is removed.
 */
export function addGrants(
  files: readonly string[],
  adds: number,
  groups: readonly SimGroup[],
  schemes = files.length,
): Mutation {
  return editGrants(files, adds, groups, { remove: false, spread: Math.min(schemes, files.length) });
}

function editGrants(
  files: readonly string[],
  swaps: number,
  groups: readonly SimGroup[],
  how: { remove: boolean; spread: number },
): Mutation {
  const perFile = new Map<number, number>();
  for (let n = 0; n < swaps; n++) {
    const index = n % how.spread;
    perFile.set(index, (perFile.get(index) ?? 0) + 1);
  }
  let done = 0;
  for (const [index, count] of perFile) {
    const file = files[index];
    if (file === undefined) continue;
    const doc = load(readFileSync(file, 'utf8')) as SchemeDocument;
    const permissions = Object.keys(doc.grants).filter(
      (key) => !KEPT.has(key) && (doc.grants[key]?.length ?? 0) > 0,
    );
    if (permissions.length < count) {
      throw new Error(
        `${file}: only ${String(permissions.length)} permissions to swap, ${String(count)} asked`,
      );
    }
    for (let slot = 0; slot < count; slot++) {
      const permission = permissions[(index + slot) % permissions.length] ?? '';
      const holders = doc.grants[permission] ?? [];
      const taken = new Set(holders.map(groupIdOf).filter((id) => id !== undefined));
      let pick = (index * 31 + slot * 17) % groups.length;
      while (taken.has(groups[pick]?.groupId ?? '')) pick = (pick + 1) % groups.length;
      const group = groups[pick];
      if (group === undefined) throw new Error('no group to add');
      if (how.remove) holders.shift();
      holders.push({ group: { name: group.name, id: group.groupId } });
      doc.grants[permission] = holders;
      done++;
    }
    writeFileSync(file, dump(doc, { lineWidth: -1 }));
  }
  return { swaps: done, schemesTouched: perFile.size };
}

/** What the files refer to: the resolver looks each distinct reference up once. */
export interface References {
  /** Distinct group ids (holders that give one): what Cloud looks up. */
  groupIds: number;
  /** Distinct names of groups given by name only. */
  groupNames: number;
  /** Distinct group names over every holder that names one (with or without an id): what Data Center looks up. */
  groupNamesAnyForm: number;
  accountIds: number;
  emails: number;
  usesRoles: boolean;
  usesFields: boolean;
  usesApplicationRoleKeys: boolean;
  /** Some file says which projects use its scheme (`projects:`): plan reads project usage then. */
  listsProjects: boolean;
}

/** The distinct groups and users some files name (group names lower-cased, as Jira matches them). */
export interface NamedHolders {
  groupIds: Set<string>;
  groupNames: Set<string>;
  groupNamesAnyForm: Set<string>;
  accountIds: Set<string>;
  emails: Set<string>;
}

interface Scan extends NamedHolders {
  usesRoles: boolean;
  usesFields: boolean;
  usesApplicationRoleKeys: boolean;
  listsProjects: boolean;
}

function scan(files: readonly string[]): Scan {
  const found: Scan = {
    groupIds: new Set(),
    groupNames: new Set(),
    groupNamesAnyForm: new Set(),
    accountIds: new Set(),
    emails: new Set(),
    usesRoles: false,
    usesFields: false,
    usesApplicationRoleKeys: false,
    listsProjects: false,
  };
  for (const file of files) {
    const doc = load(readFileSync(file, 'utf8')) as SchemeDocument;
    if (doc.projects !== undefined) found.listsProjects = true;
    for (const holders of Object.values(doc.grants)) {
      for (const holder of holders) {
        if (typeof holder === 'string') continue;
        const [type, value] = Object.entries(holder)[0] ?? ['', undefined];
        const object = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
        if (type === 'group') {
          const name = typeof value === 'string' ? value : object.name;
          if (typeof name === 'string') found.groupNamesAnyForm.add(name.toLowerCase());
          if (typeof object.id === 'string') found.groupIds.add(object.id);
          else if (typeof value === 'string') found.groupNames.add(value.toLowerCase());
          else if (typeof object.name === 'string') found.groupNames.add(object.name.toLowerCase());
        } else if (type === 'user') {
          if (typeof value === 'string') found.accountIds.add(value);
          else if (typeof object.email === 'string') found.emails.add(object.email.toLowerCase());
          else if (typeof object.accountId === 'string') found.accountIds.add(object.accountId);
        } else if (type === 'projectRole') found.usesRoles = true;
        else if (type === 'userCustomField' || type === 'groupCustomField') found.usesFields = true;
        else if (type === 'applicationRole') found.usesApplicationRoleKeys = true;
      }
    }
  }
  return found;
}

/**
 * The groups and users named by a folder exported from the site (every live grant's holder): what a
 * plan resolves from the live grants without a lookup.
 */
export function namedHolders(files: readonly string[]): NamedHolders {
  const { groupIds, groupNames, groupNamesAnyForm, accountIds, emails } = scan(files);
  // An exported group carries its name and id: both are known from the live grants.
  for (const name of groupNamesAnyForm) groupNames.add(name);
  return { groupIds, groupNames, groupNamesAnyForm, accountIds, emails };
}

function unexplained(names: Set<string>, known: Set<string> | undefined): number {
  if (known === undefined) return names.size;
  let count = 0;
  for (const name of names) if (!known.has(name)) count++;
  return count;
}

/**
 * What the files refer to and a plan must look up: every distinct reference, less those the live grants
 * already explain (`live`: the holders of a folder exported from the site; emails never are).
 */
export function scanReferences(files: readonly string[], live?: NamedHolders): References {
  const found = scan(files);
  return {
    groupIds: unexplained(found.groupIds, live?.groupIds),
    groupNames: unexplained(found.groupNames, live?.groupNames),
    groupNamesAnyForm: unexplained(found.groupNamesAnyForm, live?.groupNamesAnyForm),
    accountIds: unexplained(found.accountIds, live?.accountIds),
    emails: found.emails.size,
    usesRoles: found.usesRoles,
    usesFields: found.usesFields,
    usesApplicationRoleKeys: found.usesApplicationRoleKeys,
    listsProjects: found.listsProjects,
  };
}
