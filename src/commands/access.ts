import { expandHolder, type Route } from '../access/compute.js';
import { readPeople } from '../access/read.js';
import { errorMessage, JiraError } from '../jira/errors.js';
import type { AccessPerson } from '../model/access.js';
import { isExpandedHolder } from '../model/access.js';
import { grantLabel, holderKey, type Holder } from '../model/holder.js';
import type { Grant, ProjectRef } from '../model/scheme.js';
import { compareText } from '../plan/order.js';
import type { CommandDeps } from './deps.js';

/**
 * `jira-perms access --project KEY [--permission KEY] [--user U]`: who holds each permission in a project
 * now, and through which holder (the group; the role; the group in the role; the application role's
 * group; the lead). Read-only: the project, the scheme it uses, then only the people reads its grants
 * need (the same reads and expansion as the plan's effective access).
 */

export interface AccessOptions {
  project: string;
  permission?: string | undefined;
  /** An account id (Data Center: user key or username) or an email address. */
  user?: string | undefined;
}

/** One person holding a permission, with every path through which they hold it. */
export interface PersonAccess extends AccessPerson {
  /** Each path from the grant's holder inwards, e.g. `["projectRole Developers (10001)", "group mobile-team"]`. */
  via: string[][];
}

export interface PermissionAccess {
  permission: string;
  /** Sorted by display name, then account id. */
  people: PersonAccess[];
  /** Holders that are not people: anyone, any logged-in user, per-issue holders. */
  holders: { holder: Holder; label: string }[];
  /** Holders whose people could not be read, and why. */
  unexpanded: { holder: Holder; label: string; reason: string }[];
}

export interface AccessResult {
  status: 'ok' | 'failed';
  error?: string;
  project?: { id: string; key: string; name?: string };
  scheme?: { id: number; name: string };
  /** --user: the person asked about. */
  user?: AccessPerson;
  permissions: PermissionAccess[];
}

export async function runAccess(options: AccessOptions, deps: CommandDeps): Promise<AccessResult> {
  const failed = (error: string): AccessResult => ({ status: 'failed', error, permissions: [] });
  try {
    const reader = deps.jira.reader({ signal: deps.signal });
    deps.progress({ step: 'read-project', message: `Reading project ${options.project} and its scheme` });
    const [detailsRead, schemeRead] = await Promise.allSettled([
      reader.getProjectDetails(options.project),
      reader.getProjectSchemeId(options.project),
    ]);
    if (detailsRead.status === 'rejected') throw detailsRead.reason;
    const details = detailsRead.value;
    if (schemeRead.status === 'rejected') {
      // The project exists: a 404 here is about its scheme, not about the key.
      if (schemeRead.reason instanceof JiraError && schemeRead.reason.status === 404)
        return failed(
          `Jira shows project ${details.key} but not the permission scheme it uses (404 from ${schemeRead.reason.call}). ` +
            "Reading a project's scheme needs Administer Jira, or Administer Projects on the project.",
        );
      throw schemeRead.reason;
    }
    const schemeId = schemeRead.value;
    const scheme = await reader.getPermissionScheme(schemeId);
    if (scheme === undefined)
      return failed(`Jira has no permission scheme ${String(schemeId)} (used by ${details.key}).`);
    const project: ProjectRef = { id: details.id, key: details.key };
    if (details.name !== undefined) project.name = details.name;
    if (details.lead !== undefined) project.lead = details.lead;

    let user: AccessPerson | undefined;
    if (options.user !== undefined) {
      const found = await findPerson(options.user, reader);
      if (typeof found === 'string') return failed(found);
      user = found;
    }

    const wantedPermission = options.permission?.toUpperCase();
    const grants = scheme.grants.filter(
      (grant) => wantedPermission === undefined || grant.permission.toUpperCase() === wantedPermission,
    );
    if (options.permission !== undefined && grants.length === 0) {
      const catalogue = await reader.getPermissionCatalogue();
      const known = catalogue.some((entry) => entry.key.toUpperCase() === wantedPermission);
      if (!known) return failed(`Jira has no permission "${options.permission}".`);
    }
    deps.progress({ step: 'read-people', message: 'Reading who is behind the holders' });
    const data = await readPeople([{ project, grants }], reader, (done, total) => {
      deps.progress({ step: 'read-people', message: 'Reading who is behind the holders', done, total });
    });

    const byPermission = new Map<string, Grant[]>();
    for (const grant of grants)
      byPermission.set(grant.permission, [...(byPermission.get(grant.permission) ?? []), grant]);
    if (wantedPermission !== undefined && byPermission.size === 0)
      byPermission.set(options.permission ?? '', []);
    const permissions = [...byPermission.entries()]
      .sort(([a], [b]) => compareText(a, b))
      .map(([permission, list]) => permissionAccess(permission, list, project, data, user));

    const result: AccessResult = {
      status: 'ok',
      project: {
        id: project.id,
        key: project.key,
        ...(project.name === undefined ? {} : { name: project.name }),
      },
      scheme: { id: scheme.id, name: scheme.name },
      permissions,
    };
    if (user !== undefined) result.user = user;
    return result;
  } catch (error) {
    if (error instanceof JiraError && error.status === 404 && /\/project\//.test(error.call)) {
      return failed(
        `Jira has no project "${options.project}" that this token can see (404 from ${error.call}). ` +
          "Check the key; reading a project's scheme needs Administer Jira, or Administer Projects on the project.",
      );
    }
    return failed(errorMessage(error));
  }
}

function permissionAccess(
  permission: string,
  grants: readonly Grant[],
  project: ProjectRef,
  data: Parameters<typeof expandHolder>[2],
  user: AccessPerson | undefined,
): PermissionAccess {
  const people = new Map<string, PersonAccess>();
  const holders: PermissionAccess['holders'] = [];
  const unexpanded: PermissionAccess['unexpanded'] = [];
  const seen = new Set<string>();
  for (const grant of grants) {
    if (seen.has(holderKey(grant.holder))) continue;
    seen.add(holderKey(grant.holder));
    const label = grantLabel(grant);
    if (!isExpandedHolder(grant.holder)) {
      holders.push({ holder: grant.holder, label });
      continue;
    }
    const expansion = expandHolder(grant, project, data);
    for (const route of expansion.routes) addRoute(people, route);
    if (expansion.failures.length > 0) {
      unexpanded.push({ holder: grant.holder, label, reason: [...new Set(expansion.failures)].join('; ') });
    }
  }
  const list = [...people.values()]
    .filter((person) => user === undefined || person.accountId === user.accountId)
    .sort(
      (a, b) =>
        compareText(a.displayName.toLowerCase(), b.displayName.toLowerCase()) ||
        compareText(a.accountId, b.accountId),
    );
  return { permission, people: list, holders, unexpanded };
}

function addRoute(people: Map<string, PersonAccess>, route: Route): void {
  const known = people.get(route.person.accountId);
  if (known === undefined) {
    people.set(route.person.accountId, { ...route.person, via: [route.via] });
    return;
  }
  if (!known.via.some((path) => path.join('\u0000') === route.via.join('\u0000'))) known.via.push(route.via);
}

/** The person `--user` names: an email address is looked up; anything else is taken as an account id. */
async function findPerson(
  wanted: string,
  reader: ReturnType<CommandDeps['jira']['reader']>,
): Promise<AccessPerson | string> {
  if (wanted.includes('@')) {
    const lookup = await reader.findUserByEmail(wanted);
    if (lookup.user !== undefined) {
      return {
        accountId: lookup.user.accountId,
        displayName: lookup.user.displayName ?? lookup.user.accountId,
      };
    }
    return lookup.hiddenCandidates.length > 0
      ? `No user shows the email address ${wanted}; ${String(lookup.hiddenCandidates.length)} match the search but hide their address: pass the account id instead.`
      : `Jira has no user with the email address ${wanted}.`;
  }
  const users = await reader.getUsers([wanted]);
  const found = users.get(wanted);
  if (found !== undefined)
    return { accountId: found.accountId, displayName: found.displayName ?? found.accountId };
  if (!reader.groupsHaveIds) {
    // Data Center: a username rather than a user key.
    const byName = await reader.findUsersByUsername([wanted]);
    const person = byName.get(wanted);
    if (person !== undefined)
      return { accountId: person.accountId, displayName: person.displayName ?? person.accountId };
  }
  return `Jira has no user "${wanted}".`;
}
