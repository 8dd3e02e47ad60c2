import {
  auditGrant,
  auditProjectMoved,
  auditSchemeCreated,
  auditSchemeDeleted,
  auditSchemeDetails,
  type AuditAuthor,
} from './audit.js';
import { toInstant, type SimClock } from './clock.js';
import { findScheme, sameGrant, takeGrantId, takeSchemeId } from './state.js';
import type { SimGrant, SimHolder, SimScheme, SimUser, SiteData } from './types.js';

/**
 * Changes made "by hand": what an admin does in Jira's UI, outside the files. Each changes the site
 * directly (no HTTP, no faults, no request log) and writes the audit records the UI would, attributed
 * to the named person at the given time, so drift can be traced to them.
 */

/**
 * A holder for a hand-made grant. `ref` may name the thing the way a person would: a group by id or
 * name, a role by id or name, a user by accountId, email or display name, a field by id or name.
 */
export interface HolderSpec {
  type: string;
  ref?: string;
}

export interface OutOfBandOptions {
  /** When the change is recorded (default: the simulator's clock). */
  at?: Date | string | number;
  /** The address the audit record gives (default 203.0.113.7, a documentation address). */
  remoteAddress?: string;
}

export interface OutOfBand {
  /** Grants a permission in a scheme; returns the new grant. Throws if it is already granted. */
  addGrant(schemeId: number, permission: string, holder: HolderSpec): SimGrant;
  /** Removes a grant, by id or by what it grants; returns it. Throws if there is none. */
  removeGrant(schemeId: number, grant: number | { permission: string; holder: HolderSpec }): SimGrant;
  /** Puts a company-managed project (by key or id) on another scheme. */
  moveProject(project: string, schemeId: number): void;
  createScheme(input: {
    name: string;
    description?: string;
    grants?: { permission: string; holder: HolderSpec }[];
  }): SimScheme;
  /** Renames a scheme or changes its description. */
  updateScheme(schemeId: number, changes: { name?: string; description?: string }): SimScheme;
  /** Deletes an unused scheme (throws while projects use it, as the UI refuses). */
  deleteScheme(schemeId: number): void;
}

export function findPerson(site: SiteData, who: string): SimUser {
  const needle = who.toLowerCase();
  const user = site.users.find(
    (candidate) =>
      candidate.accountId === who ||
      candidate.emailAddress.toLowerCase() === needle ||
      candidate.displayName.toLowerCase() === needle ||
      candidate.name?.toLowerCase() === needle,
  );
  if (user === undefined) {
    const known = site.users.map((candidate) => candidate.displayName).join(', ');
    throw new Error(`no user "${who}" on the simulated site (known: ${known})`);
  }
  return user;
}

function resolveHolder(site: SiteData, spec: HolderSpec): SimHolder {
  const ref = spec.ref;
  if (ref === undefined) return { type: spec.type };
  const fail = (what: string): never => {
    throw new Error(`no ${what} "${ref}" on the simulated site`);
  };
  switch (spec.type) {
    case 'group': {
      const group = site.groups.find((candidate) => candidate.groupId === ref || candidate.name === ref);
      return { type: 'group', ref: group?.groupId ?? fail('group') };
    }
    case 'projectRole': {
      const role = site.roles.find((candidate) => String(candidate.id) === ref || candidate.name === ref);
      return { type: 'projectRole', ref: role === undefined ? fail('project role') : String(role.id) };
    }
    case 'user':
      return { type: 'user', ref: findPerson(site, ref).accountId };
    case 'userCustomField':
    case 'groupCustomField': {
      const field = site.fields.find((candidate) => candidate.id === ref || candidate.name === ref);
      return { type: spec.type, ref: field?.id ?? fail('custom field') };
    }
    default:
      return { type: spec.type, ref };
  }
}

function schemeOrThrow(site: SiteData, schemeId: number): SimScheme {
  const scheme = findScheme(site, schemeId);
  if (scheme === undefined) throw new Error(`no permission scheme ${String(schemeId)} on the simulated site`);
  return scheme;
}

function checkPermission(site: SiteData, permission: string): void {
  const known = site.permissions.find((entry) => entry.key === permission);
  if (known?.type !== 'PROJECT') throw new Error(`"${permission}" is not a project permission of the site`);
}

/** The changes `who` makes; `site` is read at each call (tests may restore snapshots in between). */
export function outOfBand(
  site: () => SiteData,
  clock: SimClock,
  who: string,
  options: OutOfBandOptions = {},
): OutOfBand {
  const person = findPerson(site(), who);
  const author = (): AuditAuthor => ({
    accountId: person.accountId,
    remoteAddress: options.remoteAddress ?? '203.0.113.7',
    eventSource: 'Browser',
    at: options.at === undefined ? clock.now() : toInstant(options.at),
  });
  return {
    addGrant(schemeId, permission, holder) {
      const state = site();
      const scheme = schemeOrThrow(state, schemeId);
      checkPermission(state, permission);
      const candidate = { permission, holder: resolveHolder(state, holder) };
      if (scheme.grants.some((grant) => sameGrant(grant, candidate))) {
        throw new Error(`scheme ${String(schemeId)} already grants ${permission} to that holder`);
      }
      const grant: SimGrant = { id: takeGrantId(state), ...candidate };
      scheme.grants.push(grant);
      auditGrant(state, author(), scheme, grant, 'added');
      return grant;
    },
    removeGrant(schemeId, which) {
      const state = site();
      const scheme = schemeOrThrow(state, schemeId);
      const target =
        typeof which === 'number'
          ? scheme.grants.find((grant) => grant.id === which)
          : scheme.grants.find((grant) =>
              sameGrant(grant, { permission: which.permission, holder: resolveHolder(state, which.holder) }),
            );
      if (target === undefined) throw new Error(`scheme ${String(schemeId)} has no such grant`);
      scheme.grants = scheme.grants.filter((grant) => grant.id !== target.id);
      auditGrant(state, author(), scheme, target, 'removed');
      return target;
    },
    moveProject(ref, schemeId) {
      const state = site();
      const project = state.projects.find((candidate) => candidate.key === ref || candidate.id === ref);
      if (project === undefined) throw new Error(`no project "${ref}" on the simulated site`);
      if (project.style === 'next-gen')
        throw new Error(`${project.key} is team-managed: it has no scheme to change`);
      const to = schemeOrThrow(state, schemeId);
      if (project.permissionSchemeId === to.id) return;
      const from = findScheme(state, project.permissionSchemeId);
      project.permissionSchemeId = to.id;
      auditProjectMoved(state, author(), project, from, to);
    },
    createScheme(input) {
      const state = site();
      if (state.schemes.some((scheme) => scheme.name.toLowerCase() === input.name.toLowerCase())) {
        throw new Error(`a permission scheme named "${input.name}" already exists`);
      }
      const grants = (input.grants ?? []).map((grant) => {
        checkPermission(state, grant.permission);
        return {
          id: takeGrantId(state),
          permission: grant.permission,
          holder: resolveHolder(state, grant.holder),
        };
      });
      const scheme: SimScheme = { id: takeSchemeId(state), name: input.name, grants };
      if (input.description !== undefined) scheme.description = input.description;
      state.schemes.push(scheme);
      auditSchemeCreated(state, author(), scheme);
      return scheme;
    },
    updateScheme(schemeId, changes) {
      const state = site();
      const scheme = schemeOrThrow(state, schemeId);
      const before = { name: scheme.name, description: scheme.description };
      if (changes.name !== undefined) scheme.name = changes.name;
      if (changes.description !== undefined) scheme.description = changes.description;
      auditSchemeDetails(state, author(), scheme, before);
      return scheme;
    },
    deleteScheme(schemeId) {
      const state = site();
      const scheme = schemeOrThrow(state, schemeId);
      const users = state.projects.filter((project) => project.permissionSchemeId === schemeId);
      if (schemeId === state.defaultSchemeId || users.length > 0) {
        throw new Error(`scheme ${String(schemeId)} is the default or in use; the UI would refuse`);
      }
      state.schemes = state.schemes.filter((candidate) => candidate.id !== schemeId);
      auditSchemeDeleted(state, author(), scheme);
    },
  };
}
