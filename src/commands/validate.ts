import { findRepositoryRoot } from '../config/confine.js';
import { loadProject } from '../config/load.js';
import { schemaCopyFindings } from '../config/schema-copies.js';
import type { LoadedProject } from '../config/load.js';
import type { Finding } from '../model/finding.js';
import { errorMessage } from '../jira/errors.js';
import { countFindings, sortFindings } from '../validate/order.js';
import { withSiteCatalogue, withoutGroupIdAdvice } from '../validate/site.js';
import type { CommandDeps } from './deps.js';

/** What `validate --online` learnt from the live site. */
export interface OnlineFindings {
  /** The resolver's findings: names that do not exist, permission keys the catalogue lacks, ... */
  findings: Finding[];
  /** The site's permission keys (its catalogue), when it was read. */
  sitePermissions?: string[];
  /** False on Data Center, where groups have no ids (so `prefer-group-id` cannot be followed). */
  groupsHaveIds?: boolean;
}

/**
 * Checks names against a live Jira (`validate --online`): given the loaded project, returns findings for
 * groups, roles, users, fields, application roles and permission keys that do not exist. The default is
 * the resolver over a read-only client from `deps.jira`; tests give their own.
 */
export type OnlineCheck = (project: LoadedProject) => Promise<OnlineFindings>;

export interface ValidateOptions {
  /** The scheme folder or one scheme file, relative to the working directory (default: from the settings file). */
  path?: string | undefined;
  /** The settings file, relative to the working directory (default `.jira-permissions.yml`). */
  settingsPath?: string | undefined;
  /** App-defined permission keys accepted besides the settings' customPermissions. */
  customPermissions?: readonly string[];
  /**
   * Also check names in Jira, after the offline checks, when the files have no errors but permission
   * keys that only the live catalogue can settle; the catalogue then decides about those keys.
   */
  online?: boolean;
}

export interface ValidateDeps extends CommandDeps {
  /** How names are checked online (default: the resolver against `jira`). */
  onlineCheck?: OnlineCheck;
}

export interface ValidateResult {
  /** `checked`: every check ran; `failed`: the online check could not (see `error`). */
  status: 'checked' | 'failed';
  project: LoadedProject;
  /** Every finding, offline and online, in stable order. */
  findings: Finding[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  /** Whether the online check ran (`skipped`: no file could be read, so no name was looked up). */
  online: 'checked' | 'skipped' | 'not-requested';
  /** Scheme files with errors that keep them from being read, so their names were not checked online. */
  notCheckedOnline: string[];
  /** Why the online check failed (status `failed`): people-facing, secrets redacted. */
  error?: string;
}

/** Scheme files with errors that kept them from being read (not the settings file): sorted, each once. */
function unreadableFiles(
  findings: readonly Finding[],
  readable: ReadonlySet<string>,
  settingsFile: string | undefined,
): string[] {
  const files = new Set<string>();
  for (const finding of findings) {
    if (finding.severity !== 'error' || readable.has(finding.file) || finding.file === settingsFile) continue;
    files.add(finding.file);
  }
  return [...files].sort();
}

/** `validate`, as a typed function for the command line and the action: load, check, count. No output. */
export async function runValidate(options: ValidateOptions, deps: ValidateDeps): Promise<ValidateResult> {
  const project = await loadProject({
    cwd: deps.cwd,
    ...(options.path === undefined ? {} : { path: options.path }),
    ...(options.settingsPath === undefined ? {} : { settingsPath: options.settingsPath }),
    ...(options.customPermissions === undefined ? {} : { customPermissions: options.customPermissions }),
    // Offline, nothing reads the grants once the rules ran (the online check resolves them).
    keepGrants: options.online === true,
  });
  // The schema copies editors use (export writes them): a warning when they are not this version's.
  let findings = sortFindings([
    ...project.findings,
    ...schemaCopyFindings(findRepositoryRoot(deps.cwd), deps.cwd),
  ]);
  let online: ValidateResult['online'] = 'not-requested';
  let notCheckedOnline: string[] = [];
  let error: string | undefined;
  if (options.online === true) {
    // Every file that could be read is checked, whatever lint errors it has (#17): an unknown app key
    // is only settled by the live catalogue, and a rule error elsewhere in the file does not change
    // which names it uses. Files whose structure could not be read are left out: their names are unsure.
    const readable = new Set([...project.schemes, ...project.unverifiedSchemes].map((spec) => spec.file));
    notCheckedOnline = unreadableFiles(findings, readable, project.settingsFile?.path);
    online = 'skipped';
    if (readable.size > 0) {
      try {
        // The resolver's code is loaded only here: an offline run (the usual one) never reads or compiles it.
        const check = deps.onlineCheck ?? (await import('./validate-online.js')).resolverCheck(deps);
        const checked = await check(project);
        const offline =
          checked.sitePermissions === undefined
            ? findings
            : withSiteCatalogue(findings, project, checked.sitePermissions);
        const judged = [...offline, ...checked.findings];
        findings = sortFindings(
          checked.groupsHaveIds === undefined ? judged : withoutGroupIdAdvice(judged, checked.groupsHaveIds),
        );
        online = 'checked';
      } catch (failure) {
        error = errorMessage(failure);
      }
    }
  }
  const counts = countFindings(findings);
  return {
    status: error === undefined ? 'checked' : 'failed',
    project,
    findings,
    errorCount: counts.errors,
    warningCount: counts.warnings,
    infoCount: counts.infos,
    online,
    notCheckedOnline,
    ...(error === undefined ? {} : { error }),
  };
}
