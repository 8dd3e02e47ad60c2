import { auditProjectMoved } from '../audit.js';
import { expandSet, type RequestContext } from '../context.js';
import { errorResponse, MESSAGES, type SimResponse } from '../errors.js';
import { hasProjectPermission } from '../people.js';
import {
  renderProject,
  renderProjectDetails,
  renderProjectFull,
  renderProjectRole,
  renderScheme,
} from '../render.js';
import { findAnyScheme, findProject, findScheme, isTeamManaged } from '../state.js';
import type { SimProject } from '../types.js';
import { isPage, pageMarkers, paginate } from './directory.js';

/**
 * Projects: the paginated search, one project, the permission scheme each project uses (and moving it),
 * and each project's roles with their actors.
 */

const STATUSES = ['live', 'archived', 'deleted'];

/** Which projects the search lists: Data Center has no team-managed ones; `status` picks live/archived. */
function searchable(ctx: RequestContext, statuses: string[]): SimProject[] {
  return ctx.site.projects.filter(
    (project) =>
      !(ctx.flavour === 'datacenter' && isTeamManaged(project)) &&
      statuses.includes(project.archived === undefined ? 'live' : 'archived'),
  );
}

const byKey = (a: SimProject, b: SimProject): number => a.key.localeCompare(b.key);

/** `recent` answers at most this many projects, whatever it asks ("no more than 20"). */
const RECENT_MAX = 20;

/**
 * `GET /project`: every project the caller can see, as one plain JSON array (no page). Data Center's
 * reference gives it `expand`, `recent` (only the projects the user visited lately, at most 20),
 * `includeArchived` (default false) and `browseArchive`; Cloud's, where it is deprecated, gives `expand`,
 * `recent` and `properties`, and no way to list archived projects. The simulator records no visits: it
 * takes every project as visited, in key order, so `recent=N` answers the first N (20 at most), enough to
 * show that a client asking for `recent` misses projects. `browseArchive` is not played.
 */
export function listProjects(ctx: RequestContext): SimResponse {
  const withArchived = ctx.flavour === 'datacenter' && ctx.query.get('includeArchived') === 'true';
  let projects = searchable(ctx, withArchived ? ['live', 'archived'] : ['live']).sort(byKey);
  const recent = ctx.query.get('recent');
  if (recent !== null) {
    if (!/^\d+$/.test(recent)) return errorResponse(400, [`recent must be a whole number, not '${recent}'.`]);
    projects = projects.slice(0, Math.min(Number(recent), RECENT_MAX));
  }
  const expand = expandSet(ctx.query);
  return { status: 200, body: projects.map((project) => renderProject(ctx, project, expand)) };
}

export function searchProjects(ctx: RequestContext): SimResponse {
  // Without the operation, Data Center reads the path as `/project/{projectIdOrKey}` with key `search`.
  if (ctx.flavour === 'datacenter' && !ctx.behaviour.dataCenterProjectSearch)
    return getProject({ ...ctx, params: { projectIdOrKey: 'search' } });
  const statuses = ctx.query
    .getAll('status')
    .flatMap((value) => value.split(','))
    .filter((value) => value !== '');
  const unknownStatus = statuses.find((status) => !STATUSES.includes(status));
  if (unknownStatus !== undefined) {
    return errorResponse(400, [`Invalid project status '${unknownStatus}'. Use live, archived or deleted.`]);
  }
  const insensitive = ctx.behaviour.projectKeyCase === 'insensitive';
  const keys = ctx.query.getAll('keys').map((key) => (insensitive ? key.toUpperCase() : key));
  const ids = ctx.query.getAll('id');
  const text = (ctx.query.get('query') ?? '').toLowerCase();
  const types = (ctx.query.get('typeKey') ?? '').split(',').filter((type) => type !== '');
  const projects = searchable(ctx, statuses.length === 0 ? ['live'] : statuses)
    .filter(
      (project) => keys.length === 0 || keys.includes(insensitive ? project.key.toUpperCase() : project.key),
    )
    .filter((project) => ids.length === 0 || ids.includes(project.id))
    .filter(
      (project) =>
        text === '' || project.key.toLowerCase().includes(text) || project.name.toLowerCase().includes(text),
    )
    .filter((project) => types.length === 0 || types.includes(project.projectTypeKey))
    .sort(byKey);
  if (projects.length === 0 && ctx.behaviour.emptyProjectSearch === '404')
    return errorResponse(404, ['No project could be found with the given search criteria.']);
  // The reference allows up to 100; Jira (and the simulator) may answer fewer.
  const page = paginate(ctx, projects, Math.min(100, ctx.behaviour.maxResultsCap.projects));
  if (!isPage(page)) return page;
  const expand = expandSet(ctx.query);
  return {
    status: 200,
    body: {
      ...pageMarkers(ctx, '/project/search', page),
      values: page.values.map((project) => renderProject(ctx, project, expand)),
    },
  };
}

export function projectFromPath(ctx: RequestContext, param: string): SimProject | SimResponse {
  const ref = ctx.params[param] ?? '';
  const project = findProject(ctx.site, ref, {
    flavour: ctx.flavour,
    keyCase: ctx.behaviour.projectKeyCase,
  });
  return project ?? errorResponse(404, [MESSAGES.projectNotFound(ctx.behaviour.errorWording, ref)]);
}

export function isProject(value: SimProject | SimResponse): value is SimProject {
  return 'key' in value;
}

export function getProject(ctx: RequestContext): SimResponse {
  const project = projectFromPath(ctx, 'projectIdOrKey');
  if (!isProject(project)) return project;
  return { status: 200, body: renderProjectFull(ctx, project) };
}

export function getProjectScheme(ctx: RequestContext): SimResponse {
  const project = projectFromPath(ctx, 'projectKeyOrId');
  if (!isProject(project)) return project;
  // The reference does not say whether a team-managed project's scheme is shown: it may be refused.
  if (isTeamManaged(project) && ctx.behaviour.teamManagedSchemeStatus !== 200) {
    return errorResponse(ctx.behaviour.teamManagedSchemeStatus, [
      `Project ${project.key} is team-managed: its permissions are managed in the project, not by a permission scheme.`,
    ]);
  }
  const scheme = findAnyScheme(ctx.site, project.permissionSchemeId);
  if (scheme === undefined) {
    return errorResponse(404, [
      MESSAGES.schemeNotFound(ctx.behaviour.errorWording, String(project.permissionSchemeId)),
    ]);
  }
  const expand = expandSet(ctx.query);
  const body = renderScheme(ctx, scheme, { withGrants: expand.size > 0, expand });
  // A team-managed project's own scheme says whose it is (as `GET /permissionscheme/{id}` does).
  if (isTeamManaged(project))
    body['scope'] = { type: 'PROJECT', project: renderProjectDetails(ctx, project) };
  return { status: 200, body };
}

export function assignProjectScheme(ctx: RequestContext): SimResponse {
  const project = projectFromPath(ctx, 'projectKeyOrId');
  if (!isProject(project)) return project;
  const body = ctx.body;
  const rawId =
    typeof body === 'object' && body !== null && !Array.isArray(body)
      ? (body as Record<string, unknown>)['id']
      : undefined;
  const id =
    typeof rawId === 'number'
      ? rawId
      : typeof rawId === 'string' && /^\d+$/.test(rawId)
        ? Number(rawId)
        : undefined;
  if (id === undefined)
    return errorResponse(400, [], { id: 'The id of the permission scheme must be provided.' });
  if (isTeamManaged(project)) {
    return errorResponse(ctx.behaviour.teamManagedAssignStatus, [
      MESSAGES.teamManagedProject(ctx.behaviour.errorWording, project.key),
    ]);
  }
  const scheme = findScheme(ctx.site, id);
  if (scheme === undefined) {
    return errorResponse(404, [MESSAGES.schemeNotFound(ctx.behaviour.errorWording, String(id))]);
  }
  if (project.permissionSchemeId !== scheme.id) {
    const from = findScheme(ctx.site, project.permissionSchemeId);
    project.permissionSchemeId = scheme.id;
    auditProjectMoved(ctx.site, ctx.author, project, from, scheme);
  }
  const expand = expandSet(ctx.query);
  return { status: 200, body: renderScheme(ctx, scheme, { withGrants: expand.size > 0, expand }) };
}

export function projectRoles(ctx: RequestContext): SimResponse {
  const project = projectFromPath(ctx, 'projectIdOrKey');
  if (!isProject(project)) return project;
  const body: Record<string, string> = {};
  for (const role of ctx.site.roles)
    body[role.name] = `${ctx.restUrl}/project/${project.key}/role/${role.id}`;
  return { status: 200, body };
}

export function projectRoleDetails(ctx: RequestContext): SimResponse {
  const project = projectFromPath(ctx, 'projectIdOrKey');
  if (!isProject(project)) return project;
  return {
    status: 200,
    body: ctx.site.roles.map((role) => ({
      self: `${ctx.restUrl}/project/${project.key}/role/${role.id}`,
      name: role.name,
      id: role.id,
      description: role.description,
      admin: role.name === 'Administrators',
      default: role.name === 'Administrators',
      roleConfigurable: true,
      translatedName: role.name,
    })),
  };
}

/**
 * One role of one project with its actors. Jira answers 404 (not 403) when the caller may not
 * administer the project: it needs Administer Jira or Administer Projects there.
 */
export function projectRole(ctx: RequestContext): SimResponse {
  const w = ctx.behaviour.errorWording;
  const rawRole = ctx.params['id'] ?? '';
  if (!/^\d+$/.test(rawRole)) return errorResponse(400, [MESSAGES.roleIdInvalid(w, rawRole)]);
  const project = projectFromPath(ctx, 'projectIdOrKey');
  if (!isProject(project)) return project;
  const mayAdminister =
    ctx.credential.admin ||
    hasProjectPermission(ctx.site, project, 'ADMINISTER_PROJECTS', ctx.user, { admin: false });
  const role = ctx.site.roles.find((candidate) => String(candidate.id) === rawRole);
  if (role === undefined || !mayAdminister) return errorResponse(404, [MESSAGES.roleNotFound(w, rawRole)]);
  const excludeInactiveUsers = ctx.query.get('excludeInactiveUsers') === 'true';
  return { status: 200, body: renderProjectRole(ctx, project, role, { excludeInactiveUsers }) };
}
