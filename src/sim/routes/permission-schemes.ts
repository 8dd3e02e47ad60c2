import {
  auditGrant,
  auditProjectMoved,
  auditSchemeCreated,
  auditSchemeDeleted,
  auditSchemeDetails,
} from '../audit.js';
import { expandSet, type RequestContext } from '../context.js';
import { errorResponse, MESSAGES, type SimResponse } from '../errors.js';
import { parseGrant } from '../grants.js';
import { renderGrant, renderProjectDetails, renderScheme } from '../render.js';
import {
  findAnyScheme,
  findScheme,
  isTeamManaged,
  projectsUsingScheme,
  sameGrant,
  takeGrantId,
  takeSchemeId,
} from '../state.js';
import type { SimGrant, SimHolder, SimScheme } from '../types.js';

/** The nine permission-scheme operations of Jira's REST reference. */

const ADDONS_ROLE = 'atlassian-addons-project-access';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Path ids are int64 in the reference; anything else does not match the resource (404). Reads also
 * see team-managed projects' own schemes; writes only the shared ones.
 */
function schemeFromPath(ctx: RequestContext, reading = false): SimScheme | SimResponse {
  const raw = ctx.params['schemeId'] ?? '';
  const find = reading ? findAnyScheme : findScheme;
  const scheme = /^\d+$/.test(raw) ? find(ctx.site, Number(raw)) : undefined;
  if (scheme === undefined) {
    return errorResponse(404, [MESSAGES.schemeNotFound(ctx.behaviour.errorWording, raw)]);
  }
  return scheme;
}

function isResponse(value: SimScheme | SimResponse): value is SimResponse {
  return 'status' in value;
}

export function listSchemes(ctx: RequestContext): SimResponse {
  const expand = expandSet(ctx.query);
  // The list carries grants only when some expand is given.
  const withGrants = expand.size > 0;
  const shared = ctx.site.schemes.map((scheme) => renderScheme(ctx, scheme, { withGrants, expand }));
  // PermissionScheme has a `scope` ("indicated for items associated with next-gen projects"): a list may
  // show team-managed projects' own schemes too, each with its project.
  const scoped = ctx.behaviour.listProjectSchemes
    ? (ctx.site.projectSchemes ?? []).map((scheme) =>
        withScope(ctx, scheme, renderScheme(ctx, scheme, { withGrants, expand })),
      )
    : [];
  return { status: 200, body: { permissionSchemes: [...shared, ...scoped] } };
}

/** A team-managed project's own scheme says whose it is (`scope: {type: PROJECT, project}`). */
function withScope(
  ctx: RequestContext,
  scheme: SimScheme,
  body: Record<string, unknown>,
): Record<string, unknown> {
  const owner = ctx.site.projects.find(
    (project) => isTeamManaged(project) && project.permissionSchemeId === scheme.id,
  );
  if (owner !== undefined) body['scope'] = { type: 'PROJECT', project: renderProjectDetails(ctx, owner) };
  return body;
}

export function getScheme(ctx: RequestContext): SimResponse {
  const scheme = schemeFromPath(ctx, true);
  if (isResponse(scheme)) return scheme;
  const body = renderScheme(ctx, scheme, { withGrants: true, expand: expandSet(ctx.query) });
  return { status: 200, body: withScope(ctx, scheme, body) };
}

type GrantList =
  { ok: true; grants: Pick<SimGrant, 'permission' | 'holder'>[] } | { ok: false; response: SimResponse };

/** Validates a whole `permissions` list before anything changes: one bad grant rejects the request. */
function parseGrantList(ctx: RequestContext, input: unknown): GrantList {
  const w = ctx.behaviour.errorWording;
  if (!Array.isArray(input)) {
    return { ok: false, response: errorResponse(400, [], { permissions: 'permissions must be a list' }) };
  }
  const grants: Pick<SimGrant, 'permission' | 'holder'>[] = [];
  for (const item of input) {
    const parsed = parseGrant(ctx, item);
    if (!parsed.ok) return { ok: false, response: errorResponse(400, [parsed.message]) };
    const grant = { permission: parsed.permission, holder: parsed.holder };
    if (grants.some((existing) => sameGrant(existing, grant))) {
      return { ok: false, response: errorResponse(400, [MESSAGES.duplicateGrant(w)]) };
    }
    grants.push(grant);
  }
  return { ok: true, grants };
}

function nameError(ctx: RequestContext, name: unknown, ownId?: number): SimResponse | undefined {
  const w = ctx.behaviour.errorWording;
  if (typeof name !== 'string' || name.trim() === '') {
    return errorResponse(400, [], { name: MESSAGES.schemeNameMissing(w) });
  }
  const taken = ctx.site.schemes.some(
    (scheme) => scheme.id !== ownId && scheme.name.toLowerCase() === name.trim().toLowerCase(),
  );
  return taken ? errorResponse(400, [], { name: MESSAGES.schemeNameTaken(w, name) }) : undefined;
}

function addonsRoleHolder(ctx: RequestContext): SimHolder | undefined {
  const role = ctx.site.roles.find((candidate) => candidate.name === ADDONS_ROLE);
  return role === undefined ? undefined : { type: 'projectRole', ref: String(role.id) };
}

export function createScheme(ctx: RequestContext): SimResponse {
  const body = ctx.body;
  if (!isRecord(body))
    return errorResponse(400, [], { name: MESSAGES.schemeNameMissing(ctx.behaviour.errorWording) });
  const invalidName = nameError(ctx, body['name']);
  if (invalidName !== undefined) return invalidName;
  let wanted: Pick<SimGrant, 'permission' | 'holder'>[] = [];
  if (body['permissions'] !== undefined && body['permissions'] !== null) {
    const parsed = parseGrantList(ctx, body['permissions']);
    if (!parsed.ok) return parsed.response;
    wanted = parsed.grants;
  }
  if (ctx.behaviour.addonsRoleOnCreate) wanted = withAddonsRole(ctx, wanted);
  const scheme: SimScheme = {
    id: takeSchemeId(ctx.site),
    name: String(body['name']).trim(),
    grants: wanted.map((grant) => ({ id: takeGrantId(ctx.site), ...grant })),
  };
  if (typeof body['description'] === 'string') scheme.description = body['description'];
  ctx.site.schemes.push(scheme);
  auditSchemeCreated(ctx.site, ctx.author, scheme);
  return {
    status: 201,
    body: renderScheme(ctx, scheme, { withGrants: true, expand: expandSet(ctx.query) }),
  };
}

/** Jira gives its add-ons role every permission a new scheme grants. */
function withAddonsRole(
  ctx: RequestContext,
  grants: Pick<SimGrant, 'permission' | 'holder'>[],
): Pick<SimGrant, 'permission' | 'holder'>[] {
  const holder = addonsRoleHolder(ctx);
  if (holder === undefined) return grants;
  const out = [...grants];
  for (const permission of new Set(grants.map((grant) => grant.permission))) {
    const grant = { permission, holder };
    if (!out.some((existing) => sameGrant(existing, grant))) out.push(grant);
  }
  return out;
}

export function updateScheme(ctx: RequestContext): SimResponse {
  const scheme = schemeFromPath(ctx);
  if (isResponse(scheme)) return scheme;
  const body = ctx.body;
  if (!isRecord(body))
    return errorResponse(400, [], { name: MESSAGES.schemeNameMissing(ctx.behaviour.errorWording) });
  const invalidName = nameError(ctx, body['name'], scheme.id);
  if (invalidName !== undefined) return invalidName;
  let replacement: SimGrant[] | undefined;
  if (body['permissions'] !== undefined && body['permissions'] !== null) {
    const parsed = parseGrantList(ctx, body['permissions']);
    if (!parsed.ok) return parsed.response;
    replacement = parsed.grants.map((grant) => {
      const kept =
        ctx.behaviour.grantIdsAfterPut === 'keep'
          ? scheme.grants.find((existing) => sameGrant(existing, grant))
          : undefined;
      return { id: kept?.id ?? takeGrantId(ctx.site), ...grant };
    });
  }
  const before = { name: scheme.name, description: scheme.description, grants: scheme.grants };
  scheme.name = String(body['name']).trim();
  if (typeof body['description'] === 'string') scheme.description = body['description'];
  if (replacement !== undefined) scheme.grants = replacement;
  auditSchemeDetails(ctx.site, ctx.author, scheme, before);
  // Only grants that really went or came are news, whatever ids the replacement got.
  for (const grant of before.grants) {
    if (!scheme.grants.some((kept) => sameGrant(kept, grant))) {
      auditGrant(ctx.site, ctx.author, scheme, grant, 'removed');
    }
  }
  for (const grant of scheme.grants) {
    if (!before.grants.some((old) => sameGrant(old, grant)))
      auditGrant(ctx.site, ctx.author, scheme, grant, 'added');
  }
  return { status: 200, body: renderScheme(ctx, scheme, { withGrants: true, expand: expandSet(ctx.query) }) };
}

export function deleteScheme(ctx: RequestContext): SimResponse {
  const scheme = schemeFromPath(ctx);
  if (isResponse(scheme)) return scheme;
  const w = ctx.behaviour.errorWording;
  if (scheme.id === ctx.site.defaultSchemeId) return errorResponse(400, [MESSAGES.defaultSchemeDelete(w)]);
  const users = projectsUsingScheme(ctx.site, scheme.id);
  if (users.length > 0) {
    if (ctx.behaviour.deleteInUseScheme === 'refuse') {
      return errorResponse(ctx.behaviour.deleteInUseStatus, [MESSAGES.schemeInUse(w, scheme.name, users)]);
    }
    const fallback = findScheme(ctx.site, ctx.site.defaultSchemeId);
    for (const project of ctx.site.projects) {
      if (project.permissionSchemeId !== scheme.id) continue;
      project.permissionSchemeId = ctx.site.defaultSchemeId;
      if (fallback !== undefined) auditProjectMoved(ctx.site, ctx.author, project, scheme, fallback);
    }
  }
  ctx.site.schemes = ctx.site.schemes.filter((candidate) => candidate.id !== scheme.id);
  auditSchemeDeleted(ctx.site, ctx.author, scheme);
  return { status: 204 };
}

export function listGrants(ctx: RequestContext): SimResponse {
  const scheme = schemeFromPath(ctx, true);
  if (isResponse(scheme)) return scheme;
  const expand = expandSet(ctx.query);
  return {
    status: 200,
    body: {
      permissions: scheme.grants.map((grant) => renderGrant(ctx, grant, expand)),
      expand: 'user,group,projectRole,field,all',
    },
  };
}

function grantFromPath(ctx: RequestContext, scheme: SimScheme): SimGrant | undefined {
  const raw = ctx.params['permissionId'] ?? '';
  return /^\d+$/.test(raw) ? scheme.grants.find((grant) => grant.id === Number(raw)) : undefined;
}

export function getGrant(ctx: RequestContext): SimResponse {
  const scheme = schemeFromPath(ctx, true);
  if (isResponse(scheme)) return scheme;
  const grant = grantFromPath(ctx, scheme);
  if (grant === undefined) {
    return errorResponse(404, [
      MESSAGES.grantNotFound(ctx.behaviour.errorWording, ctx.params['permissionId'] ?? ''),
    ]);
  }
  return { status: 200, body: renderGrant(ctx, grant, expandSet(ctx.query)) };
}

export function createGrant(ctx: RequestContext): SimResponse {
  const scheme = schemeFromPath(ctx);
  if (isResponse(scheme)) return scheme;
  const parsed = parseGrant(ctx, ctx.body);
  if (!parsed.ok) return errorResponse(400, [parsed.message]);
  const candidate = { permission: parsed.permission, holder: parsed.holder };
  if (scheme.grants.some((existing) => sameGrant(existing, candidate))) {
    return errorResponse(400, [MESSAGES.duplicateGrant(ctx.behaviour.errorWording)]);
  }
  const grant: SimGrant = { id: takeGrantId(ctx.site), ...candidate };
  scheme.grants.push(grant);
  auditGrant(ctx.site, ctx.author, scheme, grant, 'added');
  return { status: 201, body: renderGrant(ctx, grant, expandSet(ctx.query)) };
}

export function deleteGrant(ctx: RequestContext): SimResponse {
  const scheme = schemeFromPath(ctx);
  if (isResponse(scheme)) return scheme;
  const grant = grantFromPath(ctx, scheme);
  if (grant === undefined) {
    // The reference answers 400 (not 404) for a grant that is not there.
    return errorResponse(400, [
      MESSAGES.grantNotFoundForDelete(ctx.behaviour.errorWording, ctx.params['permissionId'] ?? ''),
    ]);
  }
  scheme.grants = scheme.grants.filter((candidate) => candidate.id !== grant.id);
  auditGrant(ctx.site, ctx.author, scheme, grant, 'removed');
  return { status: 204 };
}
