import type { ApiBehaviour, SimGrant, SimHolder, SimProject, SimScheme, SiteData } from './types.js';

/** Deep copy: the simulator never shares objects with its caller's seed or snapshots. */
export function cloneSite(site: SiteData): SiteData {
  return structuredClone(site);
}

/** Fills in the id counters a seed may leave out. */
export function normaliseSite(site: SiteData): SiteData {
  const schemeIds = site.schemes.map((scheme) => scheme.id);
  const grantIds = site.schemes.flatMap((scheme) => scheme.grants.map((grant) => grant.id));
  site.nextSchemeId ??= Math.max(10000, ...schemeIds.map((id) => id + 1));
  site.nextGrantId ??= Math.max(10000, ...grantIds.map((id) => id + 1));
  site.nextAuditId ??= Math.max(1, ...(site.auditRecords ?? []).map((record) => record.id + 1));
  return site;
}

/** A shared scheme (the ones scheme lists show and writes may change). */
export function findScheme(site: SiteData, id: number): SimScheme | undefined {
  return site.schemes.find((scheme) => scheme.id === id);
}

/** A shared scheme or a team-managed project's own scheme: what reads by id may see. */
export function findAnyScheme(site: SiteData, id: number): SimScheme | undefined {
  return findScheme(site, id) ?? site.projectSchemes?.find((scheme) => scheme.id === id);
}

export function isTeamManaged(project: SimProject): boolean {
  return project.style === 'next-gen';
}

/**
 * The project a path names by id or key, as the flavour and behaviour see it: Data Center has no
 * team-managed projects, archived projects are not found, keys match per `projectKeyCase`.
 */
export function findProject(
  site: SiteData,
  ref: string,
  options: { flavour: 'cloud' | 'datacenter'; keyCase: ApiBehaviour['projectKeyCase'] },
): SimProject | undefined {
  const sameKey = (key: string): boolean =>
    options.keyCase === 'insensitive' ? key.toUpperCase() === ref.toUpperCase() : key === ref;
  return site.projects.find(
    (project) =>
      (project.id === ref || sameKey(project.key)) &&
      project.archived === undefined &&
      !(options.flavour === 'datacenter' && isTeamManaged(project)),
  );
}

export function takeSchemeId(site: SiteData): number {
  const id = site.nextSchemeId ?? 10000;
  site.nextSchemeId = id + 1;
  return id;
}

export function takeGrantId(site: SiteData): number {
  const id = site.nextGrantId ?? 10000;
  site.nextGrantId = id + 1;
  return id;
}

export function sameHolder(a: SimHolder, b: SimHolder): boolean {
  return a.type === b.type && (a.ref ?? '') === (b.ref ?? '');
}

export function sameGrant(
  a: Pick<SimGrant, 'permission' | 'holder'>,
  b: Pick<SimGrant, 'permission' | 'holder'>,
): boolean {
  return a.permission === b.permission && sameHolder(a.holder, b.holder);
}

export function projectsUsingScheme(site: SiteData, schemeId: number): string[] {
  return site.projects
    .filter((project) => project.permissionSchemeId === schemeId)
    .map((project) => project.key);
}

export function takeAuditId(site: SiteData): number {
  const id = site.nextAuditId ?? 1;
  site.nextAuditId = id + 1;
  return id;
}
