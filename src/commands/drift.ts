/**
 * `drift`: plans the files against the live site (read-only) and reports every difference as drift,
 * each with who made it and when, where Jira's audit log says. Typed result; prints nothing.
 *
 * The same read-only client serves the plan, the audit log and the name lookups, so the catalogue,
 * roles and users are read once. Nothing here can write to Jira: the client is a reader.
 */
import { errorMessage } from '../jira/errors.js';
import type { Finding } from '../model/finding.js';
import type { Plan } from '../model/plan.js';
import { DEFAULT_SINCE_DAYS, explainDrift, type DriftExplanation } from '../drift/explain.js';
import { jiraOf, type CommandDeps } from './deps.js';
import { runPlan, type PlanResult } from './plan.js';

export interface DriftOptions {
  /** Scheme folder, relative to the working directory. */
  path?: string | undefined;
  /** Settings file. */
  settingsPath?: string | undefined;
  /** How far back the audit log is read, in days (default 30). */
  sinceDays?: number | undefined;
}

/**
 * - `none`: Jira matches the files.
 * - `drift`: it does not; `explanation` says what differs and who changed it.
 * - `invalid`: the files have errors (nothing was compared).
 * - `failed`: Jira could not be read, or the plan has errors that leave Jira's state unknown.
 */
export type DriftStatus = 'none' | 'drift' | 'invalid' | 'failed';

export interface DriftResult {
  status: DriftStatus;
  plan?: Plan;
  findings: Finding[];
  explanation?: DriftExplanation;
  /** Number of scheme files read. */
  fileCount: number;
  error?: string;
}

function fromPlan(planned: PlanResult): Omit<DriftResult, 'status'> {
  return {
    findings: planned.findings,
    fileCount: planned.fileCount,
    ...(planned.plan === undefined ? {} : { plan: planned.plan }),
    ...(planned.error === undefined ? {} : { error: planned.error }),
  };
}

export async function runDrift(options: DriftOptions, deps: CommandDeps): Promise<DriftResult> {
  let client;
  try {
    client = deps.jira.prober({ signal: deps.signal });
  } catch (error) {
    return { status: 'failed', findings: [], fileCount: 0, error: errorMessage(error) };
  }
  const planned = await runPlan(
    { path: options.path, settingsPath: options.settingsPath },
    { ...deps, jira: jiraOf(client) },
  );
  if (planned.status !== 'planned' || planned.plan === undefined) {
    return { status: planned.status === 'invalid' ? 'invalid' : 'failed', ...fromPlan(planned) };
  }
  const plan = planned.plan;
  deps.progress({ step: 'audit', message: "Reading Jira's audit log for who changed what" });
  let explanation: DriftExplanation;
  try {
    explanation = await explainDrift(
      {
        changes: plan.changes,
        grants: [
          ...(planned.live ?? []).flatMap((scheme) => scheme.grants),
          ...(planned.desired ?? []).flatMap((scheme) => scheme.grants),
        ],
      },
      client,
      { sinceDays: options.sinceDays ?? DEFAULT_SINCE_DAYS, now: deps.clock },
    );
  } catch (error) {
    return { status: 'failed', ...fromPlan(planned), error: errorMessage(error) };
  }
  const errors = plan.findings.some((finding) => finding.severity === 'error');
  const status: DriftStatus = plan.changes.length > 0 ? 'drift' : errors ? 'failed' : 'none';
  return {
    status,
    ...fromPlan(planned),
    explanation,
    ...(status === 'failed'
      ? { error: 'the plan has errors (above): schemes with errors were left out, so drift is unknown' }
      : {}),
  };
}

/** Exit codes of the contract: 0 no drift, 2 drift, 1 error. */
export function driftExitCode(result: DriftResult): number {
  return result.status === 'none' ? 0 : result.status === 'drift' ? 2 : 1;
}
