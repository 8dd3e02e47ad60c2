import { isUnknownPermissionKey } from '../config/findings.js';
import { loadProject, type LoadedProject } from '../config/load.js';
import { notesForSite, withoutGroupIdAdvice } from '../validate/site.js';
import type { GroupRef, JiraDirectory } from '../jira/api.js';
import { errorMessage } from '../jira/errors.js';
import { resolveSchemes, type ResolveResult } from '../jira/resolve.js';
import { resolveProjects } from '../jira/resolve-projects.js';
import type { Finding } from '../model/finding.js';
import type { Plan } from '../model/plan.js';
import { applyRuleSettings } from '../model/rules.js';
import type { DesiredScheme, LiveScheme, ProjectRef } from '../model/scheme.js';
import type { ManagedHolder, Settings } from '../model/settings.js';
import type { SchemeSpec } from '../model/spec.js';
import { defaultAccessBudget } from '../access/budget.js';
import { planAccessOf, type PlanAccessOptions } from '../access/plan-access.js';
import { accessScope, type ProjectScope } from '../access/scope.js';
import { markAlreadyLive, mayBeAlreadyLive } from '../plan/already-live.js';
import { withoutFileGrants } from '../plan/file-grants.js';
import { collectGarbage } from '../util/heap.js';
import type { AccessSetting } from './access-setting.js';
import { checkAccessLimits } from '../plan/access-limits.js';
import { fileHashes, hashSchemeFiles } from '../plan/fingerprint.js';
import { planChanges, planIsBlocked, unpinnedFindings } from '../plan/planner.js';
import { changesNeedUsage, type ProjectUsageSetting } from '../plan/project-usage.js';
import type { CommandDeps, JiraReading } from './deps.js';

/**
 * `plan`, as a typed function the command line, the action, apply and the demo share:
 * load and validate the files → connect with a read-only client → read the permission catalogue →
 * resolve names to ids → read the live schemes → (only when something changes, and for apply only when
 * something needs it) read which projects use which scheme → plan. Nothing here can write to Jira: it only ever holds a reader.
 *
 * Problems are returned, never thrown: invalid files stop it before it connects (`status: 'invalid'`),
 * a connection or Jira failure stops it with a people-facing message (`status: 'failed'`).
 */

export type PlanStep =
  'load' | 'connect' | 'resolve' | 'read-live' | 'read-projects' | 'plan' | 'read-access';

/** The reader a plan needs: live schemes and catalogue, plus the directory the resolver looks names up in. */
export type PlanReader = JiraReading;

export interface PlanOptions {
  /** Scheme folder, relative to the working directory (default: from the settings file, else `jira-permissions`). */
  path?: string | undefined;
  /** Settings file (default `.jira-permissions.yml`). */
  settingsPath?: string | undefined;
  /**
   * Effective access (who gains and who loses): `always` (the default: `plan` shows it), `limits` (only
   * when the settings file sets `accessLimits`, for the guardrail: apply's fresh plan) or `never`.
   */
  access?: AccessSetting | undefined;
  /**
   * The people requests effective access may make with `access: 'always'` (default:
   * {@link defaultAccessBudget} of the requests the plan made before it). For tests and the bench.
   */
  accessBudget?: number | undefined;
  /**
   * When to read which project uses which scheme (one request per project): `changes` (the default,
   * `plan`: whenever the plan has changes) or `needed` (apply: only when a change, the files or effective
   * access depend on it; see src/plan/project-usage.ts). A plan that skipped it says so
   * (`plan.projectUsage`).
   */
  projectUsage?: ProjectUsageSetting | undefined;
  /**
   * What the same run already read and may use instead of reading it again (apply's check plan): the
   * files as loaded, and which project uses which scheme (absent: read it when needed, as always).
   */
  reuse?: PlanReuse | undefined;
  /** What the result carries besides the plan and its findings (see {@link PlanKeep}; default `inputs`). */
  keep?: PlanKeep | undefined;
}

/**
 * `inputs`: the result also carries the files as loaded, the desired and live schemes, which project
 * uses which scheme and what resolving gave (apply, drift and `--base-ref` use them). `plan`: only the
 * plan, the findings, the settings and the number of files (what printing a plan needs): the files'
 * grants and the desired schemes are let go before effective access is read, and the live schemes once
 * it has been, so at scale the plan is printed holding little more than itself.
 */
export type PlanKeep = 'inputs' | 'plan';

/** A plan's inputs that a later plan of the same run can take as they are (see `PlanOptions.reuse`). */
export interface PlanReuse {
  project?: LoadedProject | undefined;
  projectsByScheme?: Map<number, ProjectRef[]> | undefined;
  /**
   * The names of `project`'s files resolved to ids (the same files, through the same run's cached
   * directory, resolve to the same ids: at scale a third of a second of CPU not spent twice).
   */
  resolved?: ResolveResult | undefined;
}

export type PlanStatus = 'planned' | 'invalid' | 'failed';

export interface PlanResult {
  /** `planned`: a plan exists (it may still be blocked); `invalid`: the files have errors; `failed`: Jira could not be read. */
  status: PlanStatus;
  plan?: Plan;
  /** Every finding: loading, validation, resolution and planning, in that order. */
  findings: Finding[];
  /** The files as loaded (absent when loading itself failed, and with `keep: 'plan'`). */
  project?: LoadedProject;
  /** How many scheme files were loaded (0 when loading failed). */
  fileCount: number;
  settings?: Settings;
  /** The schemes the files describe, resolved to ids (when resolution ran). */
  desired?: DesiredScheme[];
  /** The live schemes as read (when reading ran). */
  live?: LiveScheme[];
  /** Which project uses which scheme, when the plan read it (or was given it). */
  projectsByScheme?: Map<number, ProjectRef[]>;
  /** What resolving the files' names gave (when it ran, or was given). */
  resolved?: ResolveResult;
  /** Why the run failed (status `failed`): people-facing, secrets redacted. */
  error?: string;
  /** True when the plan has changes. */
  hasChanges: boolean;
  /** True when the plan must not be applied: error findings or guardrails the settings do not allow. */
  blocked: boolean;
}

/** The fields a plan result is made of; `fileCount`, `hasChanges` and `blocked` are derived. */
type ResultFields = Omit<PlanResult, 'fileCount' | 'hasChanges' | 'blocked'>;

/**
 * A plan result from its fields. With `keep: 'plan'` the inputs are left out (see {@link PlanKeep}):
 * `fileCount` is then given, since the files as loaded are not there to count.
 */
function planResult(
  fields: ResultFields,
  keep: PlanKeep,
  fileCount: number = fields.project?.files.length ?? 0,
): PlanResult {
  const plan = fields.plan;
  return {
    ...(keep === 'plan' ? withoutInputs(fields) : fields),
    fileCount,
    hasChanges: plan !== undefined && plan.changes.length > 0,
    blocked:
      fields.status !== 'planned' ||
      fields.findings.some((finding) => finding.severity === 'error') ||
      (plan !== undefined && planIsBlocked(plan)),
  };
}

/** The fields `keep: 'plan'` keeps: the plan, the findings, the settings and why it failed. */
function withoutInputs(fields: ResultFields): ResultFields {
  const { status, plan, findings, settings, error } = fields;
  return {
    status,
    ...(plan === undefined ? {} : { plan }),
    findings,
    ...(settings === undefined ? {} : { settings }),
    ...(error === undefined ? {} : { error }),
  };
}

/** What the result carries besides the plan, with `keep: 'inputs'`. */
interface PlanInputs {
  project: LoadedProject;
  desired: DesiredScheme[];
  resolved: ResolveResult;
}

/** A plan made, before effective access is read: what reading it and the result need. */
interface PlanMade {
  plan: Plan;
  /** Every finding before the plan's own (those are in `plan.findings`, located). */
  findings: Finding[];
  /** The settings the plan was made with (managed holders with their live ids). */
  settings: Settings;
  /** With `keep: 'plan'`, emptied once effective access's scopes are made (see runPlan). */
  live: LiveScheme[];
  projectsByScheme: Map<number, ProjectRef[]> | undefined;
  reader: PlanReader;
  fileCount: number;
  /** Absent with `keep: 'plan'`: the files' grants and the desired schemes are let go here. */
  inputs: PlanInputs | undefined;
}

export async function runPlan(options: PlanOptions, deps: CommandDeps): Promise<PlanResult> {
  const keep = options.keep ?? 'inputs';
  // Made in a function of its own, so that nothing it held and did not return (the files' grants, the
  // desired schemes, with `keep: 'plan'`) stays reachable from this one's frame while access is read.
  const made = await makePlan(options, deps);
  if ('status' in made) return made;
  const { plan, findings, settings, projectsByScheme, reader, fileCount, inputs } = made;
  const result = (fields: ResultFields): PlanResult => planResult(fields, keep, fileCount);
  try {
    if (wantsAccess(options, settings) && projectsByScheme !== undefined && plan.changes.length > 0) {
      deps.signal.throwIfAborted();
      const scopes = accessScope({ plan, live: made.live, projectsByScheme });
      // The scopes hold the live grants access needs (those of the permissions that change); a result
      // that does not carry the live schemes lets the rest (most of them, at scale) go while people are read.
      if (keep === 'plan') made.live = [];
      await readAccess(plan, { scopes, settings, reader, options, deps });
    }
  } catch (error) {
    return result({
      status: 'failed',
      findings,
      ...(inputs === undefined ? {} : { project: inputs.project }),
      settings: inputs?.project.settings ?? settings,
      error: errorMessage(error),
    });
  }
  findings.push(...plan.findings);
  // What the plan carries along travels with it (text, Markdown, JSON, the plan file, apply).
  plan.findings.push(...findings.filter((finding) => finding.alreadyLive === true));
  // The settings the plan was made with: managed holders carry their live ids, so apply recognises them.
  return result({
    status: 'planned',
    plan,
    findings,
    ...(inputs === undefined ? {} : { project: inputs.project, desired: inputs.desired }),
    settings,
    live: made.live,
    ...(projectsByScheme === undefined ? {} : { projectsByScheme }),
    ...(inputs === undefined ? {} : { resolved: inputs.resolved }),
  });
}

/** Whether the options ask for effective access (`limits`: only when the settings set access limits). */
function wantsAccess(options: PlanOptions, settings: Settings): boolean {
  const access = options.access ?? 'always';
  return (
    access === 'always' ||
    access === 'full' ||
    (access === 'limits' && Object.keys(settings.accessLimits).length > 0)
  );
}

/** Reads who gains and who loses access into the plan (its report, summary and access-limit guardrails). */
async function readAccess(
  plan: Plan,
  context: {
    scopes: readonly ProjectScope[];
    settings: Settings;
    reader: PlanReader;
    options: PlanOptions;
    deps: CommandDeps;
  },
): Promise<void> {
  const { scopes, settings, reader, options, deps } = context;
  const access = options.access ?? 'always';
  deps.progress({ step: 'read-access', message: 'Reading who gains and who loses access' });
  const requestsMade = requestCounter(reader);
  // Only the default is budgeted: `full` asks for everything, and `limits` (apply's fresh plan,
  // --no-access with accessLimits) reads what it always read.
  const budget =
    access === 'always' ? (options.accessBudget ?? defaultAccessBudget(requestsMade?.() ?? 0)) : undefined;
  const accessOptions: PlanAccessOptions = {
    // The guardrail never judges partial data: its permissions are read whatever the budget.
    mandatoryPermissions: new Set(Object.keys(settings.accessLimits)),
    ...(budget === undefined ? {} : { budget }),
    ...(requestsMade === undefined ? {} : { requestsMade }),
  };
  const report = await planAccessOf(
    scopes,
    reader,
    (done, total) => {
      deps.progress({
        step: 'read-access',
        message: 'Reading who gains and who loses access',
        done,
        total,
      });
    },
    accessOptions,
  );
  plan.access = report.changes;
  plan.summary.access = report.summary;
  plan.guardrails.push(...checkAccessLimits(report.changes, settings));
}

/**
 * Load → validate → connect → resolve → read live → (read project usage) → plan, with the plan's
 * findings located: everything but effective access. A plan result when it stops (invalid files,
 * a failure).
 */
async function makePlan(options: PlanOptions, deps: CommandDeps): Promise<PlanMade | PlanResult> {
  const keep = options.keep ?? 'inputs';
  const progress = (step: PlanStep, message: string): void => {
    deps.progress({ step, message });
  };
  const result = (fields: ResultFields): PlanResult => planResult(fields, keep);
  progress('load', 'Reading and validating the scheme files');
  const load = (customPermissions?: readonly string[]): Promise<LoadedProject> =>
    loadProject({
      cwd: deps.cwd,
      ...(options.path === undefined ? {} : { path: options.path }),
      ...(options.settingsPath === undefined ? {} : { settingsPath: options.settingsPath }),
      ...(customPermissions === undefined ? {} : { customPermissions }),
    });
  let project: LoadedProject;
  try {
    project = options.reuse?.project ?? (await load());
  } catch (error) {
    return result({
      status: 'failed',
      findings: [],
      error: `Could not read the scheme files: ${errorMessage(error)}`,
    });
  }
  // Errors stop the plan before it connects, except unknown permission keys (the live catalogue may
  // know them: app-defined permissions, so those files are loaded again once it has been read) and
  // lint errors about what Jira may already have (judged once the plan is made: src/plan/already-live.ts).
  const offlineErrors = project.findings.filter((finding) => finding.severity === 'error');
  if (!offlineErrors.every((finding) => isUnknownPermissionKey(finding) || mayBeAlreadyLive(finding))) {
    return result({ status: 'invalid', findings: project.findings, project, settings: project.settings });
  }

  let findings: Finding[] = [...project.findings];
  let listedProjects: Promise<Map<number, ProjectRef[]>> | undefined;
  const settled = async (stopped: PlanResult): Promise<PlanResult> => {
    await listedProjects?.catch(() => undefined);
    return stopped;
  };
  try {
    deps.signal.throwIfAborted();
    progress('connect', 'Connecting to Jira (read-only)');
    const reader = deps.jira.reader({ signal: deps.signal });

    // The live schemes are read beside the catalogue and before resolving: their grants name groups
    // (name and id) and users that then need no lookup (the directory remembers what the list named).
    progress('read-live', 'Reading the live permission schemes');
    const liveRead = reader.listPermissionSchemes();
    liveRead.catch(() => undefined); // awaited below; a failure there fails the plan
    // The role list too, when the files or the managed holders name roles: the resolver would otherwise
    // ask for it only once the list is in (the client caches it for the run).
    if (namesRoles(project)) reader.getProjectRoles().catch(() => undefined);
    // Files that say which projects use their scheme need to know which project uses which scheme now
    // (one request per project, the plan's longest part): asked for beside the list, so those reads
    // overlap reading the list and resolving names. Settled before any return, so no read outlives
    // the plan.
    const readProjects = (): Promise<Map<number, ProjectRef[]>> =>
      options.reuse?.projectsByScheme === undefined
        ? reader.getProjectsByScheme()
        : Promise.resolve(options.reuse.projectsByScheme);
    listedProjects = project.schemes.some((spec) => spec.projects !== undefined) ? readProjects() : undefined;
    listedProjects?.catch(() => undefined); // awaited below; a failure there fails the plan
    const catalogue = await reader.getPermissionCatalogue();
    const catalogueKeys = catalogue.map((entry) => entry.key);
    if (offlineErrors.some(isUnknownPermissionKey)) {
      project = await load(catalogueKeys);
      findings = [...project.findings];
      if (findings.some((finding) => finding.severity === 'error' && !mayBeAlreadyLive(finding)))
        return await settled(result({ status: 'invalid', findings, project, settings: project.settings }));
    }
    findings = withoutGroupIdAdvice(notesForSite(findings, project, catalogueKeys), reader.groupsHaveIds);
    const { settings } = project;
    const live = await liveRead;
    const reusedResolution = options.reuse?.resolved;
    if (reusedResolution === undefined) {
      progress('resolve', 'Resolving names to ids');
      // Parsing the scheme list left its answer's trees: collected now, resolving (which holds the
      // files' grants, the desired and the live schemes at once) starts from a lower heap limit.
      collectGarbage();
    }
    let resolved: ResolveResult | undefined =
      reusedResolution ??
      (await resolveSchemes(project.schemes, reader, {
        customPermissions: settings.customPermissions,
        rules: settings.rules,
      }));
    findings.push(...resolved.findings);
    if (hasErrors(resolved.findings)) {
      return await settled(
        result({ status: 'invalid', findings, project, settings, desired: resolved.schemes }),
      );
    }

    deps.signal.throwIfAborted();
    const managedHolders = await withManagedIds(settings.managedHolders, reader);
    const planSettings: Settings = { ...settings, managedHolders };
    // Read once, before planning, and used for the assignments, guardrails and "used by" alike.
    let desired = resolved.schemes;
    if (keep === 'plan') {
      ({ project, desired } = withoutFileGrants(project, desired, findings));
      // Nothing the result returns needs it, and the original schemes would keep the files' grants.
      resolved = undefined;
      // The files' grants and resolving's leftovers are garbage now: collected here, they no longer count
      // towards the heap V8 allows the rest of the run (src/util/heap.ts).
      collectGarbage();
    }
    let projectsByScheme: Map<number, ProjectRef[]> | undefined;
    if (listedProjects !== undefined) {
      deps.signal.throwIfAborted();
      progress('read-projects', 'Reading which projects use which scheme');
      projectsByScheme = await listedProjects;
      const projects = resolveProjects(project.schemes, desired, projectsByScheme);
      desired = projects.schemes;
      const projectFindings = applyRuleSettings(projects.findings, settings.rules);
      findings.push(...projectFindings);
      if (hasErrors(projectFindings)) {
        return result({ status: 'invalid', findings, project, settings, desired, live });
      }
    }
    const input = {
      desired,
      live,
      settings: planSettings,
      filesHash: hashSchemeFiles(project.files, settings),
      files: fileHashes(project),
      knownPermissions: catalogueKeys,
    };

    progress('plan', 'Comparing the files with Jira');
    let plan = planChanges(projectsByScheme === undefined ? input : { ...input, projectsByScheme });
    // Lint errors in what the plan carries along unchanged are reported, not blocking; the others stop
    // the plan as invalid files do (the first plan already has every change that decides it).
    findings = markAlreadyLive(findings, {
      specs: project.schemes,
      desired,
      live,
      changes: plan.changes,
      managedHolders,
    });
    if (hasErrors(findings)) {
      return result({ status: 'invalid', findings, project, settings, desired, live });
    }
    // Which projects use which scheme costs a request per project: only worth it when something changes,
    // and for apply only when a change or effective access depends on it (src/plan/project-usage.ts).
    const usageWanted =
      (options.projectUsage ?? 'changes') === 'changes' ||
      wantsAccess(options, settings) ||
      changesNeedUsage(plan);
    if (projectsByScheme === undefined && plan.changes.length > 0 && usageWanted) {
      deps.signal.throwIfAborted();
      progress('read-projects', 'Reading which projects use the changed schemes');
      projectsByScheme = await readProjects();
      plan = planChanges({ ...input, projectsByScheme });
    }
    const unpinned = applyRuleSettings(unpinnedFindings(desired, live), settings.rules);
    plan.findings = [...plan.findings, ...unpinned].map((finding) =>
      locatePlanFinding(finding, project.schemes),
    );
    return {
      plan,
      findings,
      settings: planSettings,
      live,
      projectsByScheme,
      reader,
      fileCount: project.files.length,
      inputs: resolved === undefined ? undefined : { project, desired, resolved },
    };
  } catch (error) {
    return await settled(
      result({
        status: 'failed',
        findings,
        project,
        settings: project.settings,
        error: errorMessage(error),
      }),
    );
  }
}

/**
 * The requests the client has made so far, each counted once however often it was retried, when the
 * reader is the product's client: the budget's base (the plan's own reads) and what access actually
 * spends. Retries are left out so that which outcomes the budget expands depends on the site alone, not
 * on a 429 or a 5xx that happened to hit this run.
 */
function requestCounter(reader: object): (() => number) | undefined {
  const read = (): number | undefined => {
    if (!('stats' in reader)) return undefined;
    const stats = reader.stats;
    if (typeof stats !== 'object' || stats === null) return undefined;
    if (!('requests' in stats) || typeof stats.requests !== 'number') return undefined;
    const retries = 'retries' in stats && typeof stats.retries === 'number' ? stats.retries : 0;
    return stats.requests - retries;
  };
  if (read() === undefined) return undefined;
  return () => read() ?? 0;
}

/** Whether a managed holder names a role by its name only, so the site's role list is needed for its id. */
function managedNeedsRoles(managed: readonly ManagedHolder[]): boolean {
  return managed.some(
    (holder) => holder.type === 'projectRole' && holder.id === undefined && holder.name !== undefined,
  );
}

/** Whether resolving the files or the managed holders will need the site's role list. */
function namesRoles(project: LoadedProject): boolean {
  return (
    managedNeedsRoles(project.settings.managedHolders) ||
    project.schemes.some((spec) => spec.grants.some((grant) => grant.holder.type === 'projectRole'))
  );
}

function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}

/**
 * Managed holders are usually written by name (`atlassian-addons-project-access`); grants carry ids.
 * Look the names of roles and groups up once, so they match whatever labels the reader gives.
 */
async function withManagedIds(
  managed: readonly ManagedHolder[],
  directory: JiraDirectory,
): Promise<ManagedHolder[]> {
  const needsRoles = managedNeedsRoles(managed);
  const groupNames = managed
    .filter((holder) => holder.type === 'group' && holder.id === undefined && holder.name !== undefined)
    .map((holder) => holder.name ?? '');
  const roles = needsRoles ? await directory.getProjectRoles() : [];
  const groups =
    groupNames.length > 0 && directory.groupsHaveIds
      ? await directory.findGroupsByName(groupNames)
      : new Map<string, GroupRef>();
  return managed.map((holder) => {
    if (holder.id !== undefined || holder.name === undefined) return holder;
    const wanted = holder.name.toLowerCase();
    if (holder.type === 'projectRole') {
      const role = roles.find((candidate) => candidate.name.toLowerCase() === wanted);
      return role === undefined ? holder : { ...holder, id: String(role.id) };
    }
    if (holder.type === 'group') {
      const group = groups.get(holder.name);
      return group?.id === undefined ? holder : { ...holder, id: group.id };
    }
    return holder;
  });
}

/**
 * Planner findings name the file; point them at the `id:` or `name:` line the loader recorded. A finding
 * that already has a range (made from a place the loader recorded, e.g. `projects:`) stays where it is.
 */
function locatePlanFinding(finding: Finding, specs: readonly SchemeSpec[]): Finding {
  const spec = specs.find((candidate) => candidate.file === finding.file);
  if (spec === undefined || finding.endLine !== undefined) return finding;
  const pinned = finding.ruleId === 'pinned-scheme-missing' || finding.ruleId === 'pinned-scheme-duplicate';
  const location = pinned && spec.idLocation !== undefined ? spec.idLocation : spec.nameLocation;
  return { ...finding, ...location };
}
