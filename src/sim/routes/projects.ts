import { expandSet, type RequestContext } from '../context.js';
import { errorResponse, MESSAGES, type SimResponse } from '../errors.js';
import { renderProject, renderScheme } from '../render.js';
import { findScheme } from '../state.js';
import type { SimProject } from '../types.js';
import { isPage, pageLinks, paginate } from './directory.js';

/** Projects: the paginated search, and the permission scheme each project uses. */

export function searchProjects(ctx: RequestContext): SimResponse {
  const keys = ctx.query.getAll('keys');
  const ids = ctx.query.getAll('id');
  const text = (ctx.query.get('query') ?? '').toLowerCase();
  const types = (ctx.query.get('typeKey') ?? '').split(',').filter((type) => type !== '');
  const projects = ctx.site.projects
    .filter((project) => keys.length === 0 || keys.includes(project.key))
    .filter((project) => ids.length === 0 || ids.includes(project.id))
    .filter(
      (project) =>
        text === '' || project.key.toLowerCase().includes(text) || project.name.toLowerCase().includes(text),
    )
    .filter((project) => types.length === 0 || types.includes(project.projectTypeKey))
    .sort((a, b) => a.key.localeCompare(b.key));
  // The reference allows up to 100; Jira (and the simulator) may answer fewer.
  const page = paginate(ctx, projects, Math.min(100, ctx.behaviour.maxResultsCap.projects));
  if (!isPage(page)) return page;
  return {
    status: 200,
    body: {
      ...pageLinks(ctx, '/project/search', page),
      maxResults: page.maxResults,
      startAt: page.startAt,
      total: page.total,
      isLast: page.isLast,
      values: page.values.map((project) => renderProject(ctx, project)),
    },
  };
}

function projectFromPath(ctx: RequestContext, param: string): SimProject | SimResponse {
  const ref = ctx.params[param] ?? '';
  const project = ctx.site.projects.find((candidate) => candidate.key === ref || candidate.id === ref);
  return project ?? errorResponse(404, [MESSAGES.projectNotFound(ctx.behaviour.errorWording, ref)]);
}

function isProject(value: SimProject | SimResponse): value is SimProject {
  return 'key' in value;
}

export function getProjectScheme(ctx: RequestContext): SimResponse {
  const project = projectFromPath(ctx, 'projectKeyOrId');
  if (!isProject(project)) return project;
  const scheme = findScheme(ctx.site, project.permissionSchemeId);
  if (scheme === undefined) {
    return errorResponse(404, [
      MESSAGES.schemeNotFound(ctx.behaviour.errorWording, String(project.permissionSchemeId)),
    ]);
  }
  const expand = expandSet(ctx.query);
  return { status: 200, body: renderScheme(ctx, scheme, { withGrants: expand.size > 0, expand }) };
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
  const scheme = findScheme(ctx.site, id);
  if (scheme === undefined) {
    return errorResponse(404, [MESSAGES.schemeNotFound(ctx.behaviour.errorWording, String(id))]);
  }
  project.permissionSchemeId = scheme.id;
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
