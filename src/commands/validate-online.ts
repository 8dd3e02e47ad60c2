import { resolveProjects } from '../jira/resolve-projects.js';
import { resolveSchemes } from '../jira/resolve.js';
import { applyRuleSettings } from '../model/rules.js';
import { projectFindings } from '../plan/planner.js';
import type { CommandDeps } from './deps.js';
import type { OnlineCheck } from './validate.js';

/**
 * The resolver's findings: names that do not exist in Jira, renamed groups, inactive users, unknown app
 * keys; and, when a file lists `projects:`, the project keys' (unknown, team-managed, another case) and
 * the projects the files would leave without a scheme.
 */
export function resolverCheck(deps: CommandDeps): OnlineCheck {
  return async (project) => {
    const reader = deps.jira.reader({ signal: deps.signal });
    // Files whose only problem is a permission key the catalogue may know are resolved too: the
    // resolver judges their keys against it.
    const resolved = await resolveSchemes([...project.schemes, ...project.unverifiedSchemes], reader, {
      customPermissions: project.settings.customPermissions,
      rules: project.settings.rules,
    });
    const findings = [...resolved.findings];
    if (project.schemes.some((spec) => spec.projects !== undefined)) {
      const [projectsByScheme, live] = await Promise.all([
        reader.getProjectsByScheme(),
        reader.listPermissionSchemes(),
      ]);
      const projects = resolveProjects(project.schemes, resolved.schemes, projectsByScheme);
      const checked = applyRuleSettings(projects.findings, project.settings.rules);
      findings.push(...checked);
      if (!checked.some((finding) => finding.severity === 'error'))
        findings.push(...projectFindings(projects.schemes, live, projectsByScheme));
    }
    const sitePermissions = resolved.sitePermissions;
    const site = { findings, groupsHaveIds: reader.groupsHaveIds };
    return sitePermissions === undefined ? site : { ...site, sitePermissions };
  };
}
