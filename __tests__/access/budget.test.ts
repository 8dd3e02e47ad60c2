import { beforeEach, describe, expect, it } from '@jest/globals';

import { defaultAccessBudget } from '../../src/access/budget.js';
import { runCli } from '../../src/cli/main.js';
import { commandDeps } from '../../src/commands/deps.js';
import { runPlan, type PlanOptions, type PlanResult } from '../../src/commands/plan.js';
import type { AccessChange } from '../../src/model/access.js';
import { toJson } from '../../src/view/json.js';
import { planToJson, renderPlanJson } from '../../src/view/plan-json.js';
import { renderPlanMarkdown } from '../../src/view/plan-markdown.js';
import { renderPlanText } from '../../src/view/plan-text.js';
import { ACCOUNT_IDS, type Simulator } from '../../src/sim/index.js';
import { capture } from '../jira/helpers.js';
import { SCHEMES, simulatorWithRepos, type Repo } from '../projects/helpers.js';

/**
 * The read budget of effective access (issue #18): by default `plan` reads people within a budget, in the
 * waves' order, and reports what it left out as not expanded, never guessed; `full` reads everything;
 * the accessLimits guardrail always gets its reads. Against the simulator over HTTP, counting the
 * requests it logged.
 */

let sim: Simulator;
let repo: Repo;
const newRepo = simulatorWithRepos((started) => {
  sim = started;
});
beforeEach(async () => {
  repo = await newRepo();
  // Three changes in the scheme MOB and SOFT use: a group swapped for another (MANAGE_SPRINTS), a group
  // added (ADMINISTER_PROJECTS) and the project lead removed (DELETE_ISSUES); the kept roles decide.
  repo.edit(
    SCHEMES.software,
    '    - group: {name: release-managers, id: d2c4e6f8-0a1b-4c3d-9e5f-7a8b9c0d1e2f}\n',
    '    - group: contractors\n',
  );
  repo.edit(
    SCHEMES.software,
    '  ADMINISTER_PROJECTS:\n    - projectRole: Administrators\n',
    '  ADMINISTER_PROJECTS:\n    - projectRole: Administrators\n    - group: contractors\n',
  );
  repo.edit(SCHEMES.software, '    - projectLead\n', '');
});

/** People reads, as the simulator logged them: group member pages, role actors, project details. */
function peopleReads(): string[] {
  return sim.requests
    .map((entry) => entry.path)
    .filter((path) => /\/group\/member$|\/project\/[^/]+\/role\/\d+$|\/project\/[A-Z]+$/.test(path))
    .map((path) => path.replace(/^.*\/rest\/api\/\d\//, ''))
    .sort();
}

async function plan(options: PlanOptions = {}): Promise<{ result: PlanResult; reads: string[] }> {
  sim.clearLog();
  const result = await runPlan(options, commandDeps({ cwd: repo.cwd, env: sim.env() }));
  expect(result.error).toBeUndefined();
  return { result, reads: peopleReads() };
}

const BUDGET_REASON =
  'not read: the effective-access budget (3 requests) ran out; JIRA_PERMS_ACCESS=full reads every holder';

describe('the default budget', () => {
  it('is max(50, 4% of the plan’s own requests)', () => {
    expect(defaultAccessBudget(0)).toBe(50);
    expect(defaultAccessBudget(1250)).toBe(50);
    expect(defaultAccessBudget(1251)).toBe(51);
    expect(defaultAccessBudget(3063)).toBe(123);
  });

  it('covers a small site whole: the default plan reads what full reads and says nothing of a budget', async () => {
    const full = await plan({ access: 'full' });
    const byDefault = await plan();
    expect(full.reads).toHaveLength(10);
    expect(byDefault.reads).toEqual(full.reads);
    expect(planToJson(byDefault.result.plan!)['access']).toEqual(planToJson(full.result.plan!)['access']);
    expect(byDefault.result.plan?.summary.access).toEqual({ peopleGaining: 1, peopleLosing: 2 });
    expect(renderPlanText(byDefault.result.plan!)).not.toContain('budget');
  });
});

describe('a budget that runs out', () => {
  it('makes the same reads every time, in the waves’ order, and reports the rest as not read', async () => {
    const first = await plan({ accessBudget: 3 });
    // Wave 1: the two changed groups; wave 3 (kept roles, by project key, then role): MOB's first role.
    expect(first.reads).toEqual(['group/member', 'group/member', 'project/MOB/role/10002']);
    const again = await plan({ accessBudget: 3 });
    expect(again.reads).toEqual(first.reads);
    expect(planToJson(again.result.plan!)).toEqual(planToJson(first.result.plan!));

    const json = planToJson(first.result.plan!);
    // Written piece by piece (its lists element by element), the document is the same bytes as whole.
    expect(renderPlanJson(first.result.plan!)).toBe(toJson(json));
    expect(json['summary']).toMatchObject({
      access: {
        peopleGaining: 0,
        peopleLosing: 0,
        complete: false,
        budget: { limit: 3, requests: 3, readsSkipped: 5, changesNotExpanded: 6 },
      },
    });
    const access = first.result.plan!.access!;
    expect(access.every((change) => change.gained.length === 0 && change.lost.length === 0)).toBe(true);
    const mobSprints = access.find(
      (change) => change.project === 'MOB' && change.permission === 'MANAGE_SPRINTS_PERMISSION',
    );
    expect(
      mobSprints?.unexpanded?.map((entry) => [entry.label, entry.side, entry.reason, entry.notRead]),
    ).toEqual([
      ['projectRole Developers (10001)', 'both', BUDGET_REASON, true],
      ['projectRole atlassian-addons-project-access (10003)', 'both', BUDGET_REASON, true],
    ]);
    const unexpanded = (json['access'] as Record<string, unknown>[])[0]?.['unexpanded'] as unknown[];
    expect(unexpanded[0]).toMatchObject({ notRead: true, reason: BUDGET_REASON });

    const partial =
      'Partial: the effective-access budget (3 requests) ran out; 5 reads not made, so 6 changes (project and permission) are not expanded into people. JIRA_PERMS_ACCESS=full (plan --access full, or the action input access: full) reads every holder.';
    const text = renderPlanText(first.result.plan!);
    expect(text).toContain(`  ${partial}\n`);
    // One line per permission for what the budget left out (the partial line says why).
    expect(text).toContain(
      '      ! not read (budget): projectRole Developers (10001), projectRole atlassian-addons-project-access (10003)\n',
    );
    expect(text).not.toContain(BUDGET_REASON);
    // Counts that the budget left unknown read "?", not 0 ("nobody").
    expect(text).toMatch(/MANAGE_SPRINTS_PERMISSION +\+\? -\?/);
    expect(renderPlanMarkdown(first.result.plan!)).toContain(
      '| `MOB` | `MANAGE_SPRINTS_PERMISSION` | ? | ? |',
    );
    expect(renderPlanMarkdown(first.result.plan!)).toContain(
      '- `MOB` `MANAGE_SPRINTS_PERMISSION` not read (budget): `projectRole Developers (10001)`, `projectRole atlassian-addons-project-access (10003)`',
    );
    expect(renderPlanMarkdown(first.result.plan!)).toContain(
      '> [!NOTE]\n> Partial: the effective-access budget',
    );
  });

  it('lists only people it is sure of: every outcome it gives is the full plan’s', async () => {
    const full = (await plan({ access: 'full' })).result.plan!.access!;
    const key = (change: AccessChange): string => `${change.project} ${change.permission}`;
    const fullByKey = new Map(full.map((change) => [key(change), change]));
    // Some budget gives a plan with outcomes settled (people listed) beside outcomes left out.
    let sawMixed = false;
    for (let budget = 0; budget <= 10; budget++) {
      const { result, reads } = await plan({ accessBudget: budget });
      expect(reads.length).toBeLessThanOrEqual(Math.max(budget, 0));
      const changes = result.plan!.access!;
      const isLeftOut = (change: AccessChange): boolean =>
        (change.unexpanded ?? []).some((entry) => entry.notRead === true);
      sawMixed ||=
        changes.some(isLeftOut) &&
        changes.some((change) => !isLeftOut(change) && change.gained.length + change.lost.length > 0);
      for (const change of changes) {
        const whole = fullByKey.get(key(change));
        const leftOut = isLeftOut(change);
        if (!leftOut) {
          expect(change).toEqual(whole);
          continue;
        }
        for (const person of change.gained) expect(whole?.gained).toContainEqual(person);
        for (const person of change.lost) expect(whole?.lost).toContainEqual(person);
      }
    }
    expect(sawMixed).toBe(true);
  });

  it('counts the requests made: a group of three member pages spends three', async () => {
    const site = sim.snapshot();
    const crowd = Array.from({ length: 120 }, (_, index) => ({
      accountId: `712020:crowd-${String(index).padStart(3, '0')}`,
      displayName: `Contractor ${String(index)}`,
      emailAddress: `crowd${String(index)}@example.com`,
      active: true,
      accountType: 'atlassian' as const,
      groups: ['contractors'],
      applicationRoles: ['jira-software'],
    }));
    sim.restore({ ...site, users: [...site.users, ...crowd] });
    // contractors comes first (MOB, ADMINISTER_PROJECTS): one request charged, three made, then nothing.
    const { result, reads } = await plan({ accessBudget: 1 });
    expect(reads).toEqual(['group/member', 'group/member', 'group/member']);
    expect(result.plan!.summary.access?.budget).toEqual({
      limit: 1,
      requests: 3,
      readsSkipped: 7,
      changesNotExpanded: 6,
    });
  });

  it('never starves the accessLimits guardrail: its permission is read in full, the rest within the budget', async () => {
    repo.write(
      '.jira-permissions.yml',
      `${repo.read('.jira-permissions.yml')}accessLimits:\n  ADMINISTER_PROJECTS: 0\n`,
    );
    const { result, reads } = await plan({ accessBudget: 0 });
    expect(result.blocked).toBe(true);
    const limits = result.plan!.guardrails.filter((violation) => violation.guardrail === 'access-limit');
    expect(limits.map((violation) => violation.message)).toEqual([
      expect.stringContaining('1 people would gain ADMINISTER_PROJECTS in MOB'),
      expect.stringContaining('1 people would gain ADMINISTER_PROJECTS in SOFT'),
    ]);
    const admin = result.plan!.access!.filter((change) => change.permission === 'ADMINISTER_PROJECTS');
    expect(admin.map((change) => [change.project, change.gained.map((person) => person.accountId)])).toEqual([
      ['MOB', [ACCOUNT_IDS.carlos]],
      ['SOFT', [ACCOUNT_IDS.carlos]],
    ]);
    expect(admin.every((change) => change.unexpanded === undefined)).toBe(true);
    // contractors, then the Administrators and add-ons roles of both projects (and the groups in them).
    expect(reads.filter((path) => path.includes('/role/'))).toEqual([
      'project/MOB/role/10002',
      'project/MOB/role/10003',
      'project/SOFT/role/10002',
      'project/SOFT/role/10003',
    ]);
    expect(result.plan!.summary.access).toMatchObject({ complete: false, budget: { limit: 0 } });
  });
});

describe('choosing it', () => {
  async function cli(args: string[], env: Record<string, string> = {}) {
    sim.clearLog();
    const run = capture({ ...sim.env(), ...env }, repo.cwd);
    const code = await runCli(['plan', '--json', ...args], run.context);
    return {
      code,
      stderr: run.err(),
      reads: peopleReads(),
      json: run.out() === '' ? {} : (JSON.parse(run.out()) as Record<string, unknown>),
    };
  }

  it('--access full|on|off and JIRA_PERMS_ACCESS=full; --access wins over the variable', async () => {
    const full = await cli(['--access', 'full']);
    expect(full.code).toBe(0);
    expect(full.reads).toHaveLength(10);
    const fromEnv = await cli([], { JIRA_PERMS_ACCESS: 'full' });
    expect(fromEnv.json['access']).toEqual(full.json['access']);
    expect(fromEnv.reads).toEqual(full.reads);
    const on = await cli(['--access', 'on'], { JIRA_PERMS_ACCESS: 'off' });
    expect(on.json['access']).toEqual(full.json['access']);
    const off = await cli(['--access', 'off'], { JIRA_PERMS_ACCESS: 'full' });
    expect(off.json['access']).toBeUndefined();
    expect(off.reads).toEqual([]);
  });

  it('refuses an unknown value and --no-access with --access full, saying what is allowed', async () => {
    const wrong = await cli(['--access', 'most']);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('use on, full or off');
    const both = await cli(['--no-access', '--access', 'full']);
    expect(both.code).toBe(1);
    expect(both.stderr).toContain('--no-access and --access full cannot be used together');
    const env = await cli([], { JIRA_PERMS_ACCESS: 'everything' });
    expect(env.code).toBe(1);
    expect(env.stderr).toContain('JIRA_PERMS_ACCESS must be "on", "full" or "off"; got "everything"');
  });
});
