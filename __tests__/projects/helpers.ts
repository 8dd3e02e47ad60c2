import { afterAll, afterEach, beforeAll } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { runApply, type ApplyDeps, type ApplyOptions, type ApplyResult } from '../../src/commands/apply.js';
import { commandDeps } from '../../src/commands/deps.js';
import { runExport } from '../../src/commands/export.js';
import { runPlan, type PlanResult } from '../../src/commands/plan.js';
import type { JiraClientOptions } from '../../src/jira/factory.js';
import type { Finding } from '../../src/model/finding.js';
import type { PlanChange } from '../../src/model/plan.js';
import { startSimulator, type Simulator, type SiteData } from '../../src/sim/index.js';

/**
 * A repository made the way an adopter makes one: `jira-perms export` against the simulator, then edits
 * of the exported files' text, as a person would make them in a pull request.
 */

export const SCHEMES = {
  default: 'jira-permissions/default-permission-scheme.yml',
  software: 'jira-permissions/software-development.yml',
  help: 'jira-permissions/jira-service-management-permission-scheme-for-it-help.yml',
  archived: 'jira-permissions/archived-projects-unused.yml',
} as const;

export interface Repo {
  cwd: string;
  read(file: string): string;
  write(file: string, text: string): void;
  /** Replaces one exact piece of a file's text (fails the test when it is not there). */
  edit(file: string, from: string, to: string): void;
  remove(file: string): void;
  /** The 1-based line of the first line of `file` that equals `line` exactly. */
  lineOf(file: string, line: string): number;
  dispose(): void;
}

export async function exportedRepo(sim: Simulator): Promise<Repo> {
  const cwd = mkdtempSync(path.join(tmpdir(), 'jira-perms-projects-'));
  const exported = await runExport({}, commandDeps({ cwd, env: sim.env() }));
  if (exported.status !== 'exported') throw new Error(`export failed: ${exported.error}`);
  const full = (file: string): string => path.join(cwd, file);
  const repo: Repo = {
    cwd,
    read: (file) => readFileSync(full(file), 'utf8'),
    write: (file, text) => {
      writeFileSync(full(file), text);
    },
    edit: (file, from, to) => {
      const text = repo.read(file);
      if (!text.includes(from)) throw new Error(`${file} does not contain ${JSON.stringify(from)}`);
      repo.write(file, text.replace(from, to));
    },
    remove: (file) => {
      unlinkSync(full(file));
    },
    lineOf: (file, line) => {
      const index = repo.read(file).split('\n').indexOf(line);
      if (index === -1) throw new Error(`${file} has no line ${JSON.stringify(line)}`);
      return index + 1;
    },
    dispose: () => {
      rmSync(cwd, { recursive: true, force: true });
    },
  };
  return repo;
}

/** `jira-perms plan` in the repository, against the simulator. */
export function planIn(sim: Simulator, repo: Repo): Promise<PlanResult> {
  return runPlan({}, commandDeps({ cwd: repo.cwd, env: sim.env() }));
}

/** `jira-perms apply --yes` in the repository, against the simulator, with no waiting between attempts. */
export function applyIn(
  sim: Simulator,
  repo: Repo,
  options: ApplyOptions = {},
  extra: Partial<Pick<ApplyDeps, 'events' | 'pacing'>> & { clientOptions?: JiraClientOptions } = {},
): Promise<ApplyResult> {
  const { clientOptions, pacing, ...rest } = extra;
  return runApply(options, {
    ...commandDeps({
      cwd: repo.cwd,
      env: sim.env(),
      ...(clientOptions === undefined ? {} : { clientOptions }),
    }),
    ...(pacing === undefined ? {} : { pacing }),
    ...rest,
  });
}

/** The simulator's writes (every request that is not a GET), as route templates. */
export function writesOf(sim: Simulator): string[] {
  return sim.requests.filter((request) => request.method !== 'GET').map((request) => request.route);
}

/** Which scheme each project uses, straight from the simulator's state (never through the product). */
export function liveAssignment(sim: Simulator): Record<string, number> {
  return Object.fromEntries(sim.state.projects.map((project) => [project.key, project.permissionSchemeId]));
}

/** An assign-project change, as the plan's JSON shows it. */
export function moves(changes: readonly PlanChange[]): Record<string, unknown>[] {
  return changes
    .filter((change) => change.action === 'assign-project')
    .map((change) => ({
      action: change.action,
      project: change.project,
      projectId: change.projectId,
      scheme: change.scheme,
      schemeId: change.schemeId,
      fromScheme: change.fromScheme,
      fromSchemeId: change.fromSchemeId,
    }));
}

/** Findings of one rule, as `file:line ruleId severity`. */
export function placesOf(findings: readonly Finding[], ruleId: string): string[] {
  return findings
    .filter((finding) => finding.ruleId === ruleId)
    .map((finding) => `${finding.file}:${finding.line} ${finding.severity}`);
}

/**
 * One simulator for the test file, put back as it started after each test, and `repo()` for an exported
 * repository that is removed after the test. `onStart` receives the simulator and its starting site.
 */
export function simulatorWithRepos(
  onStart: (sim: Simulator, pristine: SiteData) => void,
): () => Promise<Repo> {
  let sim: Simulator | undefined;
  let pristine: SiteData | undefined;
  const repos: Repo[] = [];
  beforeAll(async () => {
    sim = await startSimulator();
    pristine = sim.snapshot();
    onStart(sim, pristine);
  });
  afterAll(async () => {
    await sim?.stop();
  });
  afterEach(() => {
    if (sim !== undefined && pristine !== undefined) sim.restore(pristine);
    sim?.setFaults({});
    for (const repo of repos.splice(0)) repo.dispose();
  });
  return async () => {
    if (sim === undefined) throw new Error('the simulator has not started');
    const made = await exportedRepo(sim);
    repos.push(made);
    sim.clearLog();
    return made;
  };
}
