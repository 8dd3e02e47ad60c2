import type { Finding } from '../model/finding.js';
import { grantKey, groupHolder, holderLabel, holderWithId, type Holder } from '../model/holder.js';
import { Interner } from '../model/interner.js';
import type { SourceLocation } from '../model/location.js';
import { applyRuleSettings, newFinding, type MessageId, type RuleId } from '../model/rules.js';
import type { RuleSetting } from '../model/settings.js';
import { isBuiltInPermission, BUILT_IN_PERMISSIONS } from '../model/permissions.js';
import type { DesiredGrant, DesiredScheme } from '../model/scheme.js';
import type { GrantSpec, HolderSpec, SchemeSpec } from '../model/spec.js';
import { closestMatch, editDistance } from '../util/suggest.js';
import type {
  ApplicationRoleRef,
  EmailLookup,
  FieldRef,
  GroupRef,
  JiraDirectory,
  PermissionCatalogueEntry,
  RoleRef,
  UserRef,
} from './api.js';

/**
 * Names → ids. People write `group: jira-developers` and `projectRole: Developers`; Jira stores ids. The
 * resolver looks every distinct name up once (batched, cached by the directory), then turns each grant
 * into a holder spelled exactly as Jira spells live grants, so `holderKey` matches like with like. What
 * does not resolve becomes a finding at its file:line:column with a suggestion, and the grant is left out.
 */

export interface ResolveOptions {
  /** App-defined permission keys the settings file accepts without asking Jira. */
  customPermissions?: readonly string[];
  /**
   * Check permission keys against the live catalogue (`/permissions`): app-defined keys must be there,
   * and a built-in key the site does not offer is a warning. Default true.
   */
  checkPermissionCatalogue?: boolean;
  /** The settings' `rules:`: severities of the resolver's findings, and which are off. */
  rules?: Readonly<Record<string, RuleSetting>>;
}

export interface ResolveResult {
  schemes: DesiredScheme[];
  findings: Finding[];
  /** Keys that are neither built in nor in `customPermissions` but that the live catalogue has. */
  confirmedPermissions: string[];
  /** Every permission key of the live catalogue, when it was read. */
  sitePermissions?: string[];
}

/** What every distinct reference resolved to, looked up once for the whole repository. */
interface Lookups {
  groupsByName: Map<string, GroupRef>;
  groupsById: Map<string, GroupRef>;
  roles: RoleRef[];
  users: Map<string, UserRef>;
  emails: Map<string, EmailLookup>;
  fields: FieldRef[];
  applicationRoles: ApplicationRoleRef[];
  catalogue: PermissionCatalogueEntry[] | undefined;
  groupSuggestions: Map<string, string[]>;
}

interface Wanted {
  groupNames: Set<string>;
  groupIds: Set<string>;
  roles: boolean;
  accountIds: Set<string>;
  emails: Set<string>;
  fields: boolean;
  applicationRoles: boolean;
}

function collect(schemes: readonly SchemeSpec[], groupsHaveIds: boolean): Wanted {
  const wanted: Wanted = {
    groupNames: new Set(),
    groupIds: new Set(),
    roles: false,
    accountIds: new Set(),
    emails: new Set(),
    fields: false,
    applicationRoles: false,
  };
  for (const scheme of schemes) {
    for (const grant of scheme.grants) {
      const holder = grant.holder;
      switch (holder.type) {
        case 'group':
          // Cloud matches groups by id when the file gives one; Data Center only has names.
          if (holder.id !== undefined && groupsHaveIds) wanted.groupIds.add(holder.id);
          else if (holder.name !== undefined) wanted.groupNames.add(holder.name);
          break;
        case 'projectRole':
          wanted.roles = true;
          break;
        case 'user':
          if (holder.accountId !== undefined) wanted.accountIds.add(holder.accountId);
          else if (holder.email !== undefined) wanted.emails.add(holder.email);
          break;
        case 'userCustomField':
        case 'groupCustomField':
          wanted.fields = true;
          break;
        case 'applicationRole':
          if (holder.key !== undefined) wanted.applicationRoles = true;
          break;
        default:
          break;
      }
    }
  }
  return wanted;
}

async function lookUp(wanted: Wanted, directory: JiraDirectory, needCatalogue: boolean): Promise<Lookups> {
  const [groupsByName, groupsById, roles, users, emailList, fields, applicationRoles, catalogue] =
    await Promise.all([
      wanted.groupNames.size > 0
        ? directory.findGroupsByName([...wanted.groupNames])
        : new Map<string, GroupRef>(),
      wanted.groupIds.size > 0 && directory.groupsHaveIds
        ? directory.findGroupsById([...wanted.groupIds])
        : new Map<string, GroupRef>(),
      wanted.roles ? directory.getProjectRoles() : [],
      wanted.accountIds.size > 0 ? directory.getUsers([...wanted.accountIds]) : new Map<string, UserRef>(),
      Promise.all([...wanted.emails].map((email) => directory.findUserByEmail(email))),
      wanted.fields ? directory.getFields() : [],
      wanted.applicationRoles ? directory.getApplicationRoles() : [],
      needCatalogue ? directory.getPermissionCatalogue() : undefined,
    ]);
  const emails = new Map(emailList.map((lookup) => [lookup.email, lookup]));

  // Suggestions only for names that did not resolve: they cost one picker request per distinct miss.
  const missingGroups = [...wanted.groupNames].filter((name) => !groupsByName.has(name));
  const suggestionLists = await Promise.all(missingGroups.map((name) => directory.suggestGroupNames(name)));
  const groupSuggestions = new Map(missingGroups.map((name, index) => [name, suggestionLists[index] ?? []]));
  return {
    groupsByName,
    groupsById,
    roles,
    users,
    emails,
    fields,
    applicationRoles,
    catalogue,
    groupSuggestions,
  };
}

/**
 * A "did you mean": a plausible typo (closestMatch), or else a name that starts the same way for most of
 * the input (abbreviations such as "jira-devs" for "jira-developers").
 */
export function suggestName(input: string, candidates: readonly string[]): string | undefined {
  const typo = closestMatch(input, candidates);
  if (typo !== undefined) return typo;
  const needle = input.toLowerCase();
  const minimum = Math.max(4, Math.ceil(needle.length * 0.6));
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const lowered = candidate.toLowerCase();
    let common = 0;
    while (common < needle.length && common < lowered.length && needle[common] === lowered[common]) common++;
    if (common < minimum) continue;
    const distance = editDistance(needle, lowered);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function didYouMean(candidate: string | undefined): string {
  return candidate === undefined ? '' : `; did you mean "${candidate}"?`;
}

interface Resolved {
  holder: Holder;
  /** What people call the holder, where its spelling does not say (see `NamedHolder`). */
  name?: string;
}

/** What a finding needs of a grant: its location, worked out only when a finding asks for it. */
interface Locatable {
  readonly location: SourceLocation;
}

/** Builds holders for one site; knows how Cloud and Data Center spell them. */
class HolderResolver {
  readonly findings: Finding[] = [];

  constructor(
    private readonly lookups: Lookups,
    private readonly cloud: boolean,
  ) {}

  private report<R extends RuleId>(
    where: Locatable,
    ruleId: R,
    messageId: MessageId<R>,
    message: string,
    hint?: string,
  ): void {
    this.findings.push(newFinding(ruleId, messageId, where.location, message, hint));
  }

  private idHolder(type: string, id: string): Holder {
    return holderWithId(type, id, this.cloud);
  }

  resolve(spec: HolderSpec, where: Locatable): Resolved | undefined {
    switch (spec.type) {
      case 'anyone':
      case 'assignee':
      case 'reporter':
      case 'projectLead':
      case 'sd.customer.portal.only':
        return { holder: { type: spec.type } };
      case 'applicationRole':
        return this.applicationRole(spec.key, where);
      case 'group':
        return this.group(spec.name, spec.id, where);
      case 'projectRole':
        return this.projectRole(spec.name, spec.id, where);
      case 'user':
        return this.user(spec.accountId, spec.email, where);
      case 'userCustomField':
      case 'groupCustomField':
        return this.customField(spec.type, spec.field, where);
    }
  }

  private applicationRole(key: string | undefined, where: Locatable): Resolved | undefined {
    if (key === undefined) return { holder: { type: 'applicationRole' } };
    const roles = this.lookups.applicationRoles;
    const found = roles.find((role) => role.key === key);
    if (found === undefined) {
      const suggestion = suggestName(
        key,
        roles.map((role) => role.key),
      );
      this.report(
        where,
        'unresolved-application-role',
        'not-found',
        `application role "${key}" not found${didYouMean(suggestion)}`,
        roles.length > 0
          ? `This site's application roles: ${roles.map((role) => role.key).join(', ')}.`
          : undefined,
      );
      return undefined;
    }
    return { holder: this.idHolder('applicationRole', key) };
  }

  private group(name: string | undefined, id: string | undefined, where: Locatable): Resolved | undefined {
    if (id !== undefined && this.cloud) {
      const found = this.lookups.groupsById.get(id);
      if (found === undefined) {
        this.report(
          where,
          'unresolved-group',
          'id-not-found',
          `group with id "${id}" not found${name !== undefined ? ` (the file names it "${name}")` : ''}`,
          'Check the id in Atlassian Administration → Directory → Groups, or write the group by name.',
        );
        return undefined;
      }
      if (name !== undefined && name !== found.name) {
        this.report(
          where,
          'renamed-group',
          'renamed',
          `group "${name}" (id ${id}) is now named "${found.name}" in Jira`,
          `Update the name in the file to "${found.name}"; the grant is matched by id, so nothing changes in Jira.`,
        );
      }
      return { holder: groupHolder(found.name, id) };
    }
    if (name === undefined) {
      // Data Center with only an id: DC groups have no ids.
      this.report(
        where,
        'unresolved-group',
        'id-on-data-center',
        `group id "${id ?? ''}" cannot be used on Data Center: its groups have names, not ids`,
        'Write the group by name: `group: <name>`.',
      );
      return undefined;
    }
    const found = this.lookups.groupsByName.get(name);
    if (found === undefined) {
      const suggestion = suggestName(name, this.lookups.groupSuggestions.get(name) ?? []);
      this.report(
        where,
        'unresolved-group',
        'not-found',
        `group "${name}" not found${didYouMean(suggestion)}`,
        'Group names must match exactly; create the group first, or fix the name.',
      );
      return undefined;
    }
    return { holder: groupHolder(found.name, this.cloud ? found.id : undefined) };
  }

  private projectRole(
    name: string | undefined,
    id: string | undefined,
    where: Locatable,
  ): Resolved | undefined {
    const roles = this.lookups.roles;
    let found: RoleRef | undefined;
    if (id !== undefined) {
      found = roles.find((role) => String(role.id) === id);
      if (found === undefined) {
        this.report(
          where,
          'unresolved-role',
          'id-not-found',
          `project role with id ${id} not found`,
          rolesHint(roles),
        );
        return undefined;
      }
    } else if (name !== undefined) {
      found = roles.find((role) => role.name === name);
      if (found === undefined) {
        const loose = roles.filter((role) => role.name.toLowerCase() === name.toLowerCase());
        if (loose.length === 1) found = loose[0];
      }
      // `projectRole: "10002"` (quoted) is a name as YAML reads it, but no role is called that: people
      // mean the id, as they would unquoted.
      if (found === undefined && /^\d+$/.test(name)) found = roles.find((role) => String(role.id) === name);
      if (found === undefined) {
        const suggestion = suggestName(
          name,
          roles.map((role) => role.name),
        );
        this.report(
          where,
          'unresolved-role',
          'not-found',
          `project role "${name}" not found${didYouMean(suggestion)}`,
          rolesHint(roles),
        );
        return undefined;
      }
    } else {
      return undefined;
    }
    const roleId = String(found.id);
    return { holder: this.idHolder('projectRole', roleId), name: found.name };
  }

  private user(
    accountId: string | undefined,
    email: string | undefined,
    where: Locatable,
  ): Resolved | undefined {
    let user: UserRef | undefined;
    if (accountId !== undefined) {
      user = this.lookups.users.get(accountId);
      if (user === undefined) {
        this.report(
          where,
          'unresolved-user',
          'account-not-found',
          `user with account id "${accountId}" not found`,
          "Check the account id (the last part of the user's profile URL), or write `user: {email: <address>}`.",
        );
        return undefined;
      }
    } else if (email !== undefined) {
      const lookup = this.lookups.emails.get(email);
      user = lookup?.user;
      if (user === undefined) {
        const hidden = lookup?.hiddenCandidates ?? [];
        if (hidden.length > 0) {
          this.report(
            where,
            'hidden-email',
            'hidden',
            `cannot confirm the user with email "${email}": this site hides email addresses from the token's account`,
            `Write the account id instead (\`user: <accountId>\`). Users the search matched: ${hidden
              .slice(0, 5)
              .map((candidate) => `${candidate.displayName ?? '?'} (${candidate.accountId})`)
              .join(', ')}.`,
          );
        } else {
          this.report(
            where,
            'unresolved-user',
            'email-not-found',
            `no user with email "${email}"`,
            'Check the address; if the site hides email addresses, or the token lacks the Browse users and groups permission, write the account id instead.',
          );
        }
        return undefined;
      }
    } else {
      return undefined;
    }
    if (!user.active) {
      // A warning, not an error: Jira keeps grants to deactivated accounts, so a site that has them must
      // still export and plan back to no changes. The grant stays in the plan like any other.
      this.report(
        where,
        'inactive-user',
        'inactive',
        `user ${user.displayName ?? user.accountId} (${user.accountId}) is deactivated: this grant gives nobody access`,
        'Remove the grant, or grant a group or role instead of a person.',
      );
    }
    const id = user.accountId;
    return {
      holder: this.idHolder('user', id),
      ...(user.displayName === undefined ? {} : { name: user.displayName }),
    };
  }

  private customField(
    type: 'userCustomField' | 'groupCustomField',
    field: string,
    where: Locatable,
  ): Resolved | undefined {
    const fields = this.lookups.fields;
    let found: FieldRef | undefined = fields.find((candidate) => candidate.id === field);
    if (found === undefined) {
      let byName = fields.filter((candidate) => candidate.name === field);
      if (byName.length === 0)
        byName = fields.filter((candidate) => candidate.name.toLowerCase() === field.toLowerCase());
      if (byName.length > 1) {
        this.report(
          where,
          'ambiguous-field',
          'ambiguous',
          `${byName.length} custom fields are named "${field}": ${byName.map((candidate) => candidate.id).join(', ')}`,
          'Write the field id (e.g. customfield_10020) instead of the name.',
        );
        return undefined;
      }
      found = byName[0];
    }
    if (found === undefined) {
      const custom = fields.filter((candidate) => candidate.custom);
      const suggestion = suggestName(field, [
        ...custom.map((candidate) => candidate.name),
        ...custom.map((candidate) => candidate.id),
      ]);
      this.report(
        where,
        'unresolved-field',
        'not-found',
        `custom field "${field}" not found${didYouMean(suggestion)}`,
      );
      return undefined;
    }
    return { holder: this.idHolder(type, found.id), name: found.name };
  }
}

function rolesHint(roles: readonly RoleRef[]): string | undefined {
  if (roles.length === 0) return undefined;
  return `This site's project roles: ${roles.map((role) => `${role.name} (${String(role.id)})`).join(', ')}.`;
}

/** Checks permission keys; returns the app-defined keys the catalogue confirmed. */
function checkPermissions(
  schemes: readonly SchemeSpec[],
  catalogue: readonly PermissionCatalogueEntry[],
  custom: ReadonlySet<string>,
  findings: Finding[],
): { confirmed: Set<string>; rejected: Set<string> } {
  // Global permissions (ADMINISTER, BULK_CHANGE, ...) are in the catalogue too, but a permission scheme
  // cannot grant them: Jira answers 400. Only project permissions count as "on this site".
  const global = new Set(
    catalogue.filter((entry) => entry.type?.toUpperCase() === 'GLOBAL').map((entry) => entry.key),
  );
  const live = new Set(catalogue.filter((entry) => !global.has(entry.key)).map((entry) => entry.key));
  const confirmed = new Set<string>();
  const rejected = new Set<string>();
  // One finding per key and file, at its `KEY:` line (every holder under it shares that line).
  const warned = new Set<string>();
  for (const scheme of schemes) {
    for (const grant of scheme.grants) {
      const key = grant.permission;
      const once = `${scheme.file}|${key}`;
      if (isBuiltInPermission(key)) {
        if (!live.has(key) && !warned.has(once)) {
          warned.add(once);
          findings.push(
            newFinding(
              'permission-not-on-site',
              'not-offered',
              grant.permissionLocation,
              `permission ${key} is built in, but this site's catalogue does not offer it (its product may not be installed)`,
              'Jira will refuse grants for it; remove it, or install the product it belongs to.',
            ),
          );
        }
        continue;
      }
      if (live.has(key)) {
        if (!custom.has(key)) confirmed.add(key);
        continue;
      }
      if (global.has(key)) {
        rejected.add(key);
        if (warned.has(once)) continue;
        warned.add(once);
        findings.push(
          newFinding(
            'unknown-permission',
            'global',
            grant.permissionLocation,
            `permission "${key}" is a global permission: a permission scheme cannot grant it`,
            'Global permissions are granted under Jira settings > System > Global permissions, not in permission schemes.',
          ),
        );
        continue;
      }
      if (custom.has(key)) continue; // the settings vouch for it; Jira decides at apply time
      rejected.add(key);
      if (warned.has(once)) continue;
      warned.add(once);
      const suggestion = closestMatch(key, [...live, ...BUILT_IN_PERMISSIONS.map((p) => p.key)]);
      findings.push(
        newFinding(
          'unknown-permission',
          'not-in-catalogue',
          grant.permissionLocation,
          `permission "${key}" is neither built in nor in this site's permission catalogue${didYouMean(suggestion)}`,
          'App-defined keys exist only while their app is installed; list accepted keys under customPermissions in the settings file.',
        ),
      );
    }
  }
  return { confirmed, rejected };
}

/**
 * Resolves every scheme file against the live directory. Requests grow with the number of distinct
 * names, not grants: one batched group lookup, one role list, one user batch, one field list, one
 * application-role list, one catalogue.
 */
export async function resolveSchemes(
  schemes: readonly SchemeSpec[],
  directory: JiraDirectory,
  options: ResolveOptions = {},
): Promise<ResolveResult> {
  const custom = new Set(options.customPermissions ?? []);
  const needCatalogue =
    (options.checkPermissionCatalogue ?? true) && schemes.some((scheme) => scheme.grants.length > 0);
  await directory.deploymentInfo?.();
  const lookups = await lookUp(collect(schemes, directory.groupsHaveIds), directory, needCatalogue);
  const resolver = new HolderResolver(lookups, directory.groupsHaveIds);
  const findings = resolver.findings;

  const { confirmed, rejected } =
    lookups.catalogue === undefined
      ? { confirmed: new Set<string>(), rejected: new Set<string>() }
      : checkPermissions(schemes, lookups.catalogue, custom, findings);

  // The files repeat the same grants across thousands of files: one copy of each (see Interner).
  const interner = new Interner();
  const desired = schemes.map((scheme): DesiredScheme => {
    const grants: DesiredGrant[] = [];
    const sources: GrantSpec[] = [];
    const seen = new Map<string, GrantSpec>();
    for (const grant of scheme.grants) {
      const resolved = resolver.resolve(grant.holder, grant);
      if (resolved === undefined || rejected.has(grant.permission)) continue;
      const key = grantKey(grant.permission, resolved.holder);
      const label = holderLabel(resolved.holder, resolved.name);
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        findings.push(
          newFinding(
            'duplicate-grant',
            'same-after-resolving',
            grant.location,
            `${grant.permission} is already granted to ${label} at line ${String(earlier.location.line)}`,
            'Two spellings name the same holder; remove one.',
          ),
        );
        continue;
      }
      seen.set(key, grant);
      grants.push(interner.desiredGrant(grant.permission, resolved.holder, resolved.name, label));
      sources.push(grant);
    }
    const result: DesiredScheme = {
      name: scheme.name,
      file: scheme.file,
      grants,
      // Every grant kept (the usual case): where they are written is the file's own list.
      grantSources: sources.length === scheme.grants.length ? scheme.grants : sources,
    };
    if (scheme.description !== undefined) result.description = scheme.description;
    if (scheme.id !== undefined) result.id = scheme.id;
    return result;
  });

  const configured = applyRuleSettings(findings, options.rules ?? {});
  configured.sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column,
  );
  return {
    schemes: desired,
    findings: configured,
    confirmedPermissions: [...confirmed].sort(),
    ...(lookups.catalogue === undefined
      ? {}
      : { sitePermissions: lookups.catalogue.map((entry) => entry.key) }),
  };
}
