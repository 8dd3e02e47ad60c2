import { generateSite, type GenerateSiteParams, type SiteData } from '../../src/sim/index.js';
import { BROAD_ADMIN_PERMISSIONS } from '../../src/validate/rules/no-broad-admin.js';

/**
 * The sites the benchmark plans against: the simulator's generator, then made to pass the default lint
 * rules (a real site that people keep as code would), so every run plans instead of stopping at
 * validation. The same parameters always give the same site.
 */

type OptionalShape = 'seed' | 'teamManagedProjects' | 'archivedProjects';
export type BenchSiteParams = Required<Omit<GenerateSiteParams, OptionalShape>> &
  Pick<GenerateSiteParams, OptionalShape>;

/** The scale issue 8 asks for: 1,000 schemes × 60 grants, 2,000 groups, 50 roles, 3,000 projects. */
export const SCALE_SITE: BenchSiteParams = {
  schemes: 1000,
  grantsPerScheme: 60,
  groups: 2000,
  roles: 50,
  projects: 3000,
  users: 200,
};

const DEVELOPERS_ROLE = '10001';

export function benchSite(params: BenchSiteParams): SiteData {
  // The request formulas count every project as company-managed (Data Center has no other kind).
  const site = generateSite({ teamManagedProjects: 0, ...params });
  for (const scheme of site.schemes) {
    // no-broad-admin: administration and delete-everything permissions never go to a whole product.
    scheme.grants = scheme.grants.filter(
      (grant) =>
        !(
          BROAD_ADMIN_PERMISSIONS.has(grant.permission) &&
          (grant.holder.type === 'applicationRole' || grant.holder.type === 'anyone')
        ),
    );
    // browse-required: somebody can browse the projects.
    if (!scheme.grants.some((grant) => grant.permission === 'BROWSE_PROJECTS')) {
      const nextId = site.nextGrantId ?? 1_000_000;
      site.nextGrantId = nextId + 1;
      scheme.grants.push({
        id: nextId,
        permission: 'BROWSE_PROJECTS',
        holder: { type: 'projectRole', ref: DEVELOPERS_ROLE },
      });
    }
  }
  return site;
}

export function grantCount(site: SiteData): number {
  return site.schemes.reduce((sum, scheme) => sum + scheme.grants.length, 0);
}
