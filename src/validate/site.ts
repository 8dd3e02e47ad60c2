import { isUnknownPermissionKey } from '../config/findings.js';
import type { LoadedProject } from '../config/load.js';
import type { Finding } from '../model/finding.js';
import { isBuiltInPermission } from '../model/permissions.js';
import { lintSchemes } from './lint.js';
import { RULES } from './rules/index.js';
import { preferGroupId } from './rules/prefer-group-id.js';
import { productPermission } from './rules/product-permission.js';

/**
 * Offline findings, corrected by what the live site says once its permission catalogue is known.
 */

type Project = Pick<LoadedProject, 'schemes' | 'unverifiedSchemes' | 'settings'>;

/** `product-permission` notes made again knowing the site: silent for the products it has. */
export function notesForSite(
  findings: readonly Finding[],
  project: Project,
  sitePermissions: readonly string[],
): Finding[] {
  const kept = findings.filter((finding) => finding.ruleId !== productPermission.meta.id);
  const schemes = [...project.schemes, ...project.unverifiedSchemes];
  return [
    ...kept,
    ...lintSchemes(schemes, project.settings, [productPermission], {
      sitePermissions: new Set(sitePermissions),
    }),
  ];
}

/**
 * As {@link notesForSite}, and the loader's unknown permission keys withdrawn: the resolver has judged
 * every key against the catalogue and reported those it lacks (`unknown-permission`). The files whose
 * keys the catalogue (or the settings) all know are then whole, so the rules about a scheme as a whole
 * judge them too.
 */
export function withSiteCatalogue(
  findings: readonly Finding[],
  project: Project,
  sitePermissions: readonly string[],
): Finding[] {
  const known = new Set([...sitePermissions, ...project.settings.customPermissions]);
  const settled = project.unverifiedSchemes.filter((scheme) =>
    scheme.grants.every((grant) => isBuiltInPermission(grant.permission) || known.has(grant.permission)),
  );
  const wholeSchemeRules = RULES.filter((rule) => rule.wholeScheme === true);
  return notesForSite(
    [
      ...findings.filter((finding) => !isUnknownPermissionKey(finding)),
      ...lintSchemes(settled, project.settings, wholeSchemeRules),
    ],
    project,
    sitePermissions,
  );
}

/**
 * Data Center has no group ids, so `prefer-group-id`'s advice cannot be followed there: once the site
 * is known (plan, `validate --online`), its findings are withdrawn. Offline, validate cannot tell.
 */
export function withoutGroupIdAdvice(findings: readonly Finding[], groupsHaveIds: boolean): Finding[] {
  if (groupsHaveIds) return [...findings];
  return findings.filter((finding) => finding.ruleId !== preferGroupId.meta.id);
}
