import type { RequestContext } from '../context.js';
import { errorResponse, MESSAGES, type SimResponse } from '../errors.js';
import { hasProjectPermission } from '../people.js';
import type { SimUser } from '../types.js';

/**
 * `POST /permissions/check` (bulk permission check): which global permissions a person has, and per
 * project permission which of the given projects give it. The simulator has no issues, so `issues`
 * answers are always empty. Invalid project ids are ignored, as the reference says.
 */

const MAX_IDS = 1000;
const ADMIN_GROUPS = ['jira-administrators', 'site-admins'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function ids(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((item) => typeof item === 'number' || (typeof item === 'string' && /^\d+$/.test(item)))
    .map((item) => String(item));
}

export function checkPermissions(ctx: RequestContext): SimResponse {
  const w = ctx.behaviour.errorWording;
  const body = isRecord(ctx.body) ? ctx.body : {};
  const accountId = typeof body['accountId'] === 'string' ? body['accountId'] : undefined;
  const forCaller = accountId === undefined || accountId === ctx.credential.accountId;
  if (!forCaller && !ctx.credential.admin) return errorResponse(403, [MESSAGES.onlyAdminsCheckOthers(w)]);
  const user: SimUser | undefined = forCaller
    ? ctx.user
    : ctx.site.users.find((candidate) => candidate.accountId === accountId);
  if (!forCaller && user === undefined) {
    return errorResponse(400, [], { accountId: MESSAGES.invalidAccountId(w, accountId) });
  }
  // Jira administrators: the caller's credential says so; for anyone else, the admin groups.
  const admin = forCaller
    ? ctx.credential.admin
    : user !== undefined && user.groups.some((group) => ADMIN_GROUPS.includes(group));

  const unknown: Record<string, string> = {};
  const globalKeys = strings(body['globalPermissions']);
  for (const key of globalKeys) {
    const known = ctx.site.permissions.find((permission) => permission.key === key);
    if (known?.type !== 'GLOBAL') unknown[key] = MESSAGES.unrecognisedPermission(w);
  }
  const entries = Array.isArray(body['projectPermissions']) ? body['projectPermissions'] : [];
  const asked: { permissions: string[]; projects: string[] }[] = [];
  for (const entry of entries) {
    if (entry === null) continue;
    const record = isRecord(entry) ? entry : {};
    const permissions = strings(record['permissions']).filter((key) => key !== '');
    if (permissions.length === 0) return errorResponse(400, [MESSAGES.projectPermissionsEmpty(w)]);
    for (const key of permissions) {
      const known = ctx.site.permissions.find((permission) => permission.key === key);
      if (known?.type !== 'PROJECT') unknown[key] = MESSAGES.unrecognisedPermission(w);
    }
    const projects = ids(record['projects']).filter((id) => ctx.site.projects.some((p) => p.id === id));
    if (projects.length > MAX_IDS) return errorResponse(400, [MESSAGES.tooManyIds(w, 'projects')]);
    if (ids(record['issues']).length > MAX_IDS) return errorResponse(400, [MESSAGES.tooManyIds(w, 'issues')]);
    asked.push({ permissions, projects });
  }
  if (Object.keys(unknown).length > 0) return errorResponse(400, [], unknown);

  const globalPermissions = globalKeys.filter((key) => {
    if (key === 'ADMINISTER' || key === 'SYSTEM_ADMIN') return admin;
    return user !== undefined && user.active && (admin || user.applicationRoles.length > 0);
  });
  const granted = new Map<string, Set<string>>();
  for (const { permissions, projects } of asked) {
    for (const permission of permissions) {
      const set = granted.get(permission) ?? new Set<string>();
      for (const id of projects) {
        const project = ctx.site.projects.find((candidate) => candidate.id === id);
        if (project !== undefined && hasProjectPermission(ctx.site, project, permission, user, { admin })) {
          set.add(id);
        }
      }
      granted.set(permission, set);
    }
  }
  return {
    status: 200,
    body: {
      globalPermissions: [...new Set(globalPermissions)],
      projectPermissions: [...granted].map(([permission, projects]) => ({
        permission,
        projects: [...projects].map(Number).sort((a, b) => a - b),
        issues: [],
      })),
    },
  };
}
