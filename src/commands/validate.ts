import { loadProject } from '../config/load.js';
import type { LoadedProject } from '../config/load.js';
import type { Finding } from '../model/finding.js';
import { countFindings, sortFindings } from '../validate/order.js';

/**
 * Checks names against a live Jira (`validate --online`): given the loaded project, returns findings for
 * groups, roles, users, fields and application roles that do not exist. Supplied by the caller (the
 * command line wires the resolver in); validate itself never talks to Jira.
 */
export type OnlineCheck = (project: LoadedProject) => Promise<Finding[]>;

export interface ValidateOptions {
  /** Working directory: the repository root. Files and findings are relative to it. */
  cwd: string;
  /** The scheme folder or one scheme file, relative to `cwd` (default: from the settings file). */
  path?: string | undefined;
  /** The settings file, relative to `cwd` (default `.jira-permissions.yml`). */
  settingsPath?: string | undefined;
  /** App-defined permission keys accepted besides the settings' customPermissions. */
  customPermissions?: readonly string[];
  /** Runs after the offline checks, only when the files have no errors. */
  onlineCheck?: OnlineCheck;
}

export interface ValidateResult {
  project: LoadedProject;
  /** Every finding, offline and online, in stable order. */
  findings: Finding[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  /** Whether the online check ran (`skipped`: the files had errors, so names were not looked up). */
  online: 'checked' | 'skipped' | 'not-requested';
}

/** `validate`, as a typed function for the command line and the action: load, check, count. No output. */
export async function runValidate(options: ValidateOptions): Promise<ValidateResult> {
  const project = await loadProject({
    cwd: options.cwd,
    ...(options.path === undefined ? {} : { path: options.path }),
    ...(options.settingsPath === undefined ? {} : { settingsPath: options.settingsPath }),
    ...(options.customPermissions === undefined ? {} : { customPermissions: options.customPermissions }),
  });
  let findings = project.findings;
  let online: ValidateResult['online'] = 'not-requested';
  if (options.onlineCheck !== undefined) {
    online = 'skipped';
    if (countFindings(findings).errors === 0) {
      findings = sortFindings([...findings, ...(await options.onlineCheck(project))]);
      online = 'checked';
    }
  }
  const counts = countFindings(findings);
  return {
    project,
    findings,
    errorCount: counts.errors,
    warningCount: counts.warnings,
    infoCount: counts.infos,
    online,
  };
}
