import { checkSchemeText } from '../config/load.js';
import type { Finding } from '../model/finding.js';
import type { Settings } from '../model/settings.js';
import type { SchemeSpec } from '../model/spec.js';
import { crossFileFindings } from '../validate/cross-file.js';
import { lintSchemes } from '../validate/lint.js';

/**
 * What `jira-perms validate` will say about the files export is about to write, found before anything
 * is written (the same checks, on the rendered text, at the severities the settings give: the defaults
 * when export creates the settings file).
 *
 * A live site often breaks a lint rule already (a scheme nobody can administer, a grant to `anyone`).
 * The exported file must say what Jira says, or the plan would not be empty; export never weakens a
 * rule to hide it. What Jira breaks is reported as findings: `validate` keeps reporting them, and `plan`
 * reports them as already live without refusing (see `src/plan/already-live.ts`).
 */
export function checkExportedFiles(
  files: readonly { path: string; text: string }[],
  settings: Pick<Settings, 'rules' | 'customPermissions'>,
  customPermissions: readonly string[],
): Finding[] {
  const allowed = new Set([...settings.customPermissions, ...customPermissions]);
  const specs: SchemeSpec[] = [];
  const own: Finding[] = [];
  for (const file of files) {
    const checked = checkSchemeText(file.text, file.path, allowed);
    own.push(...checked.findings);
    if (checked.spec !== undefined) specs.push(checked.spec);
  }
  return [...own, ...crossFileFindings(specs), ...lintSchemes(specs, settings)];
}
