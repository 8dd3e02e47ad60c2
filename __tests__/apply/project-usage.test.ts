import { describe, expect, it } from '@jest/globals';

import { runCli } from '../../src/cli/main.js';
import { runApply, type ApplyProgress } from '../../src/commands/apply.js';
import { commandDeps } from '../../src/commands/deps.js';
import type { Plan } from '../../src/model/plan.js';
import type { Simulator } from '../../src/sim/index.js';
import { renderPlanJson } from '../../src/view/plan-json.js';
import { renderPlanMarkdown } from '../../src/view/plan-markdown.js';
import { renderPlanText } from '../../src/view/plan-text.js';
import { capture } from '../jira/helpers.js';
import { applyIn, planIn, SCHEMES, simulatorWithRepos, writesOf, type Repo } from '../projects/helpers.js';

/**
 * Apply reads which project uses which scheme (one request per project) only when something needs it:
 * a change that can take access away, files that list `projects:`, or access limits. A plan that only
 * adds skips it and says so, and proves its additions with the check plan alone. Against the simulator
 * over HTTP, counting its requests.
 */

let sim: Simulator;
const repo = simulatorWithRepos((started) => {
  sim = started;
});

const USAGE_ROUTE = 'GET /rest/api/3/project/{projectKeyOrId}/permissionscheme';
const PROJECT_LIST_ROUTE = 'GET /rest/api/3/project/search';
const ADMIN_LINE = '  ADMINISTER_PROJECTS:\n';

function usageReads(): number {
  return sim.countsByRoute()[USAGE_ROUTE] ?? 0;
}

/** The exported repository with every `projects:` list taken out (which projects use a scheme: left alone). */
async function repoWithoutProjects(): Promise<Repo> {
  const files = await repo();
  for (const file of Object.values(SCHEMES)) {
    files.write(file, files.read(file).replace(/^projects:(?: \[\])?\n(?: {2}- .*\n)*/m, ''));
    expect(files.read(file)).not.toContain('projects:');
  }
  return files;
}

/** Gives the contractors group ADMINISTER_PROJECTS in the Software Development scheme (an addition). */
function addContractorsAdmin(files: Repo): void {
  files.edit(SCHEMES.software, ADMIN_LINE, `${ADMIN_LINE}    - group: contractors\n`);
}

/** Takes every ADMINISTER_PROJECTS holder out of the Software Development scheme (used by MOB and SOFT). */
function removeEveryAdmin(files: Repo): void {
  const text = files.read(SCHEMES.software);
  const start = text.indexOf(ADMIN_LINE);
  expect(start).toBeGreaterThan(-1);
  let end = start + ADMIN_LINE.length;
  while (text.startsWith('    - ', end)) end = text.indexOf('\n', end) + 1;
  files.write(SCHEMES.software, text.slice(0, start) + text.slice(end));
}

function plannedOf(events: ApplyProgress[]): Plan | undefined {
  const planned = events.find((event) => event.type === 'planned');
  return planned?.type === 'planned' ? planned.plan : undefined;
}

describe('apply reads project usage only when something needs it', () => {
  it('an apply that only adds, of files without projects:, reads no project usage and converges', async () => {
    const files = await repoWithoutProjects();
    addContractorsAdmin(files);
    // A new scheme too: creating one takes nobody's access away.
    files.write(
      'jira-permissions/platform.yml',
      'name: Platform\ngrants:\n  ADMINISTER_PROJECTS:\n    - projectRole: Administrators\n  BROWSE_PROJECTS:\n    - group: jira-software-users\n',
    );
    sim.clearLog();
    const events: ApplyProgress[] = [];
    const result = await applyIn(sim, files, {}, { events: (event) => events.push(event) });

    expect(result.journal.refusals).toEqual([]);
    expect(result.journal.outcome).toBe('converged');
    expect(result.journal.remaining).toEqual([]);
    expect(usageReads()).toBe(0);
    expect(sim.countsByRoute()[PROJECT_LIST_ROUTE]).toBeUndefined();
    expect(writesOf(sim)).toContain('POST /rest/api/3/permissionscheme/{schemeId}/permission');
    const contractors = sim.state.schemes
      .find((scheme) => scheme.id === 10000)
      ?.grants.filter((grant) => grant.permission === 'ADMINISTER_PROJECTS' && grant.holder.type === 'group');
    expect(contractors?.map((grant) => grant.holder.ref)).toContain(
      sim.state.groups.find((group) => group.name === 'contractors')?.groupId,
    );

    // The plan says the usage is unknown, never "used by no projects".
    const plan = plannedOf(events);
    expect(plan?.projectUsage).toBe('not-read');
    expect(plan?.summary.projectsAffected).toBeNull();
    expect(plan?.blastRadius).toEqual([
      { scheme: 'Platform', schemeId: null, projectCount: 0, sampleKeys: [] },
      { scheme: 'Software Development', schemeId: 10000, projectCount: null, sampleKeys: [] },
    ]);
    // The document as written (plan file, the action's plan-json), not only its object form.
    const json = JSON.parse(renderPlanJson(plan!)) as Record<string, unknown>;
    expect(json['projectUsage']).toBe('not-read');
    expect(json['summary']).toMatchObject({ projectsAffected: null });
    expect(json['blastRadius']).toContainEqual({
      scheme: 'Software Development',
      schemeId: 10000,
      projectCount: null,
      sampleKeys: [],
    });
    expect(Object.keys(json).indexOf('projectUsage')).toBe(Object.keys(json).indexOf('blastRadius') + 1);
    const text = renderPlanText(plan!);
    expect(text).toContain(
      'scheme "Software Development" (id 10000) will be changed; project usage not read',
    );
    expect(text).toContain(
      'Which projects use the changed schemes was not read: nothing in this plan takes access away.',
    );
    expect(text).not.toContain('used by no projects');
    const markdown = renderPlanMarkdown(plan!);
    expect(markdown).toContain('which projects use the changed schemes was not read');
    expect(markdown).not.toContain('used by no projects');

    // A second plan (the plan command, which reads usage whenever something changes) is empty.
    sim.clearLog();
    const again = await planIn(sim, files);
    expect(again.plan?.changes).toEqual([]);
  });

  it('jira-perms apply says project usage was not read, never that no project uses the scheme', async () => {
    const files = await repoWithoutProjects();
    addContractorsAdmin(files);
    const run = capture(sim.env(), files.cwd);
    expect(await runCli(['apply', '--yes'], run.context)).toBe(0);
    const output = run.all();
    expect(output).toContain(
      'scheme "Software Development" (id 10000) will be changed; project usage not read',
    );
    expect(output).toContain(
      'Which projects use the changed schemes was not read: nothing in this plan takes access away.',
    );
    expect(output).not.toMatch(/used by (no|0) projects/);
    expect(output).toContain('Apply done: Jira matches the files');
  });

  it('re-running after a failed write converges, still without reading project usage', async () => {
    const files = await repoWithoutProjects();
    addContractorsAdmin(files);
    sim.setFaults({ refusals: { rate: 1, times: 1, methods: ['POST'], route: '/permission' } });
    sim.clearLog();
    const failed = await applyIn(sim, files);
    expect(failed.journal.outcome).toBe('failed');
    expect(failed.journal.remaining.map((change) => change.action)).toEqual(['add-grant']);
    sim.setFaults({});
    const again = await applyIn(sim, files);
    expect(again.journal.outcome).toBe('converged');
    expect(again.journal.counts.done).toBe(1);
    expect(usageReads()).toBe(0);
    const after = await planIn(sim, files);
    expect(after.plan?.changes).toEqual([]);
  });

  it('a removal reads project usage once, and the lockout guardrail still blocks', async () => {
    const files = await repoWithoutProjects();
    removeEveryAdmin(files);
    // The lint rule would stop the file first; with it off, the guardrail still does.
    files.write(
      '.jira-permissions.yml',
      `${files.read('.jira-permissions.yml')}rules:\n  admin-required: off\n`,
    );
    sim.clearLog();
    const refused = await applyIn(sim, files);
    expect(refused.journal.outcome).toBe('refused');
    expect(refused.journal.refusals.join('\n')).toContain(
      'guardrail lockout in scheme "Software Development": "Software Development" (id 10000) is used by 2 projects and would be left with no ADMINISTER_PROJECTS holder',
    );
    expect(usageReads()).toBe(sim.state.projects.length);
    expect(writesOf(sim)).toEqual([]);
    expect(refused.plan?.projectUsage).toBeUndefined();
    expect(refused.plan?.summary.projectsAffected).toBe(2);
  });

  it('a removal that locks nobody out reads usage for the plan, reuses it for the check, and converges', async () => {
    const files = await repoWithoutProjects();
    files.edit(SCHEMES.software, `${ADMIN_LINE}    - projectRole: Administrators\n`, ADMIN_LINE);
    addContractorsAdmin(files);
    sim.clearLog();
    const result = await applyIn(sim, files);
    expect(result.journal.outcome).toBe('converged');
    expect(result.journal.entries.map((entry) => entry.action).sort()).toEqual(['add-grant', 'remove-grant']);
    expect(usageReads()).toBe(sim.state.projects.length);
    expect(result.plan?.blastRadius).toEqual([
      { scheme: 'Software Development', schemeId: 10000, projectCount: 2, sampleKeys: ['MOB', 'SOFT'] },
    ]);
  });

  it('files that list projects: read project usage, as before', async () => {
    const files = await repo();
    addContractorsAdmin(files);
    sim.clearLog();
    const result = await applyIn(sim, files);
    expect(result.journal.outcome).toBe('converged');
    expect(usageReads()).toBeGreaterThanOrEqual(sim.state.projects.length);
    expect(result.plan?.projectUsage).toBeUndefined();
    expect(result.plan?.summary.projectsAffected).toBe(2);
  });

  it('access limits read project usage (and the people) even for additions, and block', async () => {
    const files = await repoWithoutProjects();
    addContractorsAdmin(files);
    files.write(
      '.jira-permissions.yml',
      `${files.read('.jira-permissions.yml')}accessLimits:\n  ADMINISTER_PROJECTS: 0\n`,
    );
    sim.clearLog();
    const refused = await applyIn(sim, files);
    expect(refused.journal.outcome).toBe('refused');
    expect(refused.journal.refusals.join('\n')).toContain('guardrail access-limit');
    expect(usageReads()).toBe(sim.state.projects.length);
    expect(sim.requests.some((entry) => entry.route.includes('/group/member'))).toBe(true);
    expect(writesOf(sim)).toEqual([]);
  });

  it('prune reads project usage: an unused scheme is deleted, one in use is not', async () => {
    const files = await repoWithoutProjects();
    files.remove(SCHEMES.archived);
    files.remove(SCHEMES.software);
    files.write('.jira-permissions.yml', `${files.read('.jira-permissions.yml')}prune: true\n`);
    sim.clearLog();
    const result = await applyIn(sim, files, { allowDelete: true });
    expect(result.journal.outcome).toBe('converged');
    expect(result.journal.entries.map((entry) => `${entry.action} ${String(entry.schemeId)}`)).toEqual([
      'delete-scheme 10002',
    ]);
    expect(result.findings.map((finding) => finding.ruleId)).toContain('prune-scheme-in-use');
    expect(sim.state.schemes.map((scheme) => scheme.id)).toContain(10000);
    expect(usageReads()).toBeGreaterThanOrEqual(sim.state.projects.length);
  });
});

describe('an apply that only adds', () => {
  it('an apply of additions only proves them with its check plan, not a read-back of each scheme', async () => {
    const files = await repoWithoutProjects();
    addContractorsAdmin(files);
    files.edit(SCHEMES.help, ADMIN_LINE, `${ADMIN_LINE}    - group: contractors\n`);
    sim.clearLog();
    const result = await applyIn(sim, files);
    expect(result.journal.outcome).toBe('converged');
    expect(result.journal.counts.done).toBe(2);
    // The scheme list twice (the plan and the check plan), no scheme read one by one.
    expect(sim.countsByRoute()['GET /rest/api/3/permissionscheme']).toBe(2);
    expect(sim.countsByRoute()['GET /rest/api/3/permissionscheme/{schemeId}']).toBeUndefined();
  });

  it('the check plan plans from the files as loaded and resolved: it resolves no name again', async () => {
    const files = await repoWithoutProjects();
    addContractorsAdmin(files);
    const steps: string[] = [];
    const result = await runApply(
      {},
      commandDeps({ cwd: files.cwd, env: sim.env(), progress: (progress) => steps.push(progress.step) }),
    );
    expect(result.journal.outcome).toBe('converged');
    // Each plan reads the live schemes; only the first loads the files and resolves their names.
    expect(steps.filter((step) => step === 'read-live')).toHaveLength(2);
    expect(steps.filter((step) => step === 'resolve')).toHaveLength(1);
  });

  it('an add Jira acknowledges but does not keep fails the apply, journaled as failed', async () => {
    const files = await repoWithoutProjects();
    addContractorsAdmin(files);
    const contractors = sim.state.groups.find((group) => group.name === 'contractors')?.groupId;
    // Jira answers success, and the grant is gone by the time apply reads Jira back.
    const stop = sim.onWrite((state, write) => {
      if (write.method !== 'POST' || !write.route.endsWith('/permission')) return;
      const scheme = state.schemes.find((candidate) => candidate.id === 10000)!;
      scheme.grants = scheme.grants.filter((grant) => grant.holder.ref !== contractors);
    });
    try {
      const events: ApplyProgress[] = [];
      const result = await applyIn(sim, files, {}, { events: (event) => events.push(event) });
      // Said as it happens, as the executor's own read-back says it, not only in the summary.
      const notes = events.flatMap((event) => (event.type === 'note' ? [event.message] : []));
      expect(notes).toEqual(['Not found on re-read: ADMINISTER_PROJECTS in scheme 10000']);
      expect(result.journal.outcome).toBe('failed');
      expect(result.journal.message).toBe(
        'Apply failed: 1 change(s) failed; 1 change(s) still to make; run apply again once the cause is fixed',
      );
      expect(result.journal.entries).toEqual([
        expect.objectContaining({
          action: 'add-grant',
          result: 'failed',
          detail: 'Jira answered success, but the grant is not there when Jira is read back',
        }),
      ]);
      expect(result.journal.counts).toMatchObject({ done: 0, failed: 1 });
    } finally {
      stop();
    }
  });
});
