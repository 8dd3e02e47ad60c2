import { commandDeps, jiraOf, type ProgressReporter } from '../commands/deps.js';
import { runPlan, type PlanReader, type PlanReuse } from '../commands/plan.js';
import type { JiraReader } from '../jira/api.js';
import type { Finding } from '../model/finding.js';
import type { Plan, PlanChange } from '../model/plan.js';
import type { DesiredScheme, LiveScheme } from '../model/scheme.js';
import { DEFAULT_SETTINGS, type Settings } from '../model/settings.js';
import { planChanges } from '../plan/planner.js';
import { changesNeedUsage } from '../plan/project-usage.js';

/**
 * How apply gets a plan: always afresh, from the files and live Jira, through the same pipeline as
 * `jira-perms plan` (so what was reviewed and what is applied are made the same way).
 */

export interface FreshPlanInput {
  cwd: string;
  path?: string | undefined;
  settingsPath?: string | undefined;
  /** Where the planning steps are reported (reading files, live schemes, projects), as `plan` does. */
  progress?: ProgressReporter | undefined;
  /** What an earlier plan of the same run read that this one may take as it is (the check plan). */
  reuse?: PlanReuse | undefined;
}

export interface FreshPlan {
  /** Absent when the files could not be planned (see findings). */
  plan?: Plan;
  /** The schemes the files describe, resolved to ids. */
  desired: DesiredScheme[];
  settings: Settings;
  /** Every finding of loading, validating, resolving and planning. */
  findings: Finding[];
  /**
   * What this plan read that a later plan of the run may reuse (the files and their names resolved;
   * which project uses which scheme).
   */
  read?: PlanReuse;
}

/** Plans from the files against what `reader` reads now. */
export type FreshPlanner = (input: FreshPlanInput, reader: PlanReader) => Promise<FreshPlan>;

/**
 * The live side of a plan: schemes, the site's permission keys, and the projects using each scheme when
 * the plan needs them (files listing `projects:`, or a change that can take access away: see
 * src/plan/project-usage.ts), as apply's own pipeline reads them.
 */
export async function planAgainstLive(
  desired: DesiredScheme[],
  settings: Settings,
  filesHash: string,
  reader: JiraReader,
): Promise<Plan> {
  const listsProjects = desired.some((scheme) => scheme.projects !== undefined);
  const usage = listsProjects ? reader.getProjectsByScheme() : undefined;
  usage?.catch(() => undefined); // awaited below; a failure there fails the plan
  const [live, catalogue] = await Promise.all([
    reader.listPermissionSchemes(),
    reader.getPermissionCatalogue(),
  ]);
  const input = { desired, live, settings, filesHash, knownPermissions: catalogue.map((entry) => entry.key) };
  if (usage === undefined) {
    const plan = planChanges(input);
    if (!changesNeedUsage(plan)) return plan;
  }
  const projectsByScheme = await (usage ?? reader.getProjectsByScheme());
  // The map lists schemes that projects use; every other live scheme was read and is used by none.
  for (const scheme of live) if (!projectsByScheme.has(scheme.id)) projectsByScheme.set(scheme.id, []);
  return planChanges({ ...input, projectsByScheme });
}

/** A planner over fixed, already-resolved schemes (tests, and callers that resolved them already). */
export function plannerFor(desired: DesiredScheme[], settings: Settings, filesHash: string): FreshPlanner {
  return async (_input, reader) => ({
    plan: await planAgainstLive(desired, settings, filesHash, reader),
    desired,
    settings,
    findings: [],
  });
}

/**
 * The grants Jira put on a scheme apply just created that its file does not list (Jira's own defaults),
 * as remove-grant changes. The planner decides, so Jira-managed holders and grants this product does
 * not know are kept exactly as a plan would keep them.
 */
export function reconcileCreatedScheme(
  created: LiveScheme,
  planned: readonly PlanChange[],
  fresh: Pick<FreshPlan, 'desired' | 'settings'>,
): PlanChange[] {
  const fromFile = fresh.desired.find((scheme) => scheme.name === created.name);
  const desired: DesiredScheme = {
    name: created.name,
    file: fromFile?.file ?? planned.find((change) => change.file !== undefined)?.file ?? '',
    id: created.id,
    grants:
      fromFile?.grants ??
      planned
        .filter((change) => change.action === 'add-grant')
        .map((change) => ({ permission: change.permission ?? '', holder: change.holder ?? { type: '' } })),
  };
  if (created.description !== undefined) desired.description = created.description;
  const plan = planChanges({ desired: [desired], live: [created], settings: fresh.settings, filesHash: '' });
  return plan.changes.filter((change) => change.action === 'remove-grant');
}

/**
 * The default: the plan command's own pipeline (load, validate, resolve, read live, plan), given the
 * apply client as its reader. Invalid files give no plan and their findings; a Jira failure throws.
 */
export const planFresh: FreshPlanner = async (input, reader) => {
  const result = await runPlan(
    // Apply shows no access section: people are read only for the access-limit guardrail, when set;
    // and which project uses which scheme only when a change, the files or that guardrail need it.
    {
      path: input.path,
      settingsPath: input.settingsPath,
      access: 'limits',
      projectUsage: 'needed',
      reuse: input.reuse,
    },
    commandDeps({
      cwd: input.cwd,
      jira: jiraOf(reader),
      ...(input.progress === undefined ? {} : { progress: input.progress }),
    }),
  );
  if (result.status === 'failed') throw new Error(result.error ?? 'could not plan');
  const settings = result.settings ?? DEFAULT_SETTINGS;
  if (result.status !== 'planned' || result.plan === undefined) {
    return { desired: result.desired ?? [], settings, findings: result.findings };
  }
  return {
    plan: result.plan,
    desired: result.desired ?? [],
    settings,
    findings: result.findings,
    read: {
      project: result.project,
      projectsByScheme: result.projectsByScheme,
      resolved: result.resolved,
    },
  };
};
