import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';

import { runCli } from '../../src/cli/main.js';
import { planToJson } from '../../src/view/plan-json.js';
import { renderPlanMarkdown } from '../../src/view/plan-markdown.js';
import { renderPlanText } from '../../src/view/plan-text.js';
import { ACCOUNT_IDS, startSimulator, type Simulator, type SiteData } from '../../src/sim/index.js';
import { capture } from '../jira/helpers.js';
import { exportedRepo, planIn, SCHEMES, writesOf, type Repo } from '../projects/helpers.js';

/**
 * Effective access in `plan`: the JSON's `access` and `summary.access`, the text and Markdown views, the
 * access-limit guardrail, and a project that moves onto another scheme. Against the simulator over HTTP.
 */

let sim: Simulator;
let pristine: SiteData;
let repo: Repo;
beforeAll(async () => {
  sim = await startSimulator();
  pristine = sim.snapshot();
});
afterAll(async () => {
  await sim.stop();
});
beforeEach(async () => {
  sim.restore(pristine);
  repo = await exportedRepo(sim);
  sim.clearLog();
});
afterEach(() => {
  repo.dispose();
});

const ADMIN_LINE = '  ADMINISTER_PROJECTS:\n';
function settings(extra: string): void {
  repo.write('.jira-permissions.yml', `${repo.read('.jira-permissions.yml')}${extra}`);
}

function addContractorsAdmin(): void {
  const text = repo.read(SCHEMES.software);
  const at = text.indexOf(ADMIN_LINE) + ADMIN_LINE.length;
  repo.write(SCHEMES.software, `${text.slice(0, at)}    - group: contractors\n${text.slice(at)}`);
}

describe('plan shows who gains and who loses', () => {
  it('plan --json: access per project and permission, and summary.access', async () => {
    addContractorsAdmin();
    const result = await planIn(sim, repo);
    expect(result.error).toBeUndefined();
    const json = planToJson(result.plan!);
    expect(json['summary']).toMatchObject({ access: { peopleGaining: 1, peopleLosing: 0 } });
    const carlos = { accountId: ACCOUNT_IDS.carlos, displayName: 'Carlos Contractor' };
    expect(json['access']).toEqual([
      {
        project: 'MOB',
        permission: 'ADMINISTER_PROJECTS',
        gained: [carlos],
        lost: [],
        holdersGained: [],
        holdersLost: [],
        scheme: 'Software Development',
      },
      {
        project: 'SOFT',
        permission: 'ADMINISTER_PROJECTS',
        gained: [carlos],
        lost: [],
        holdersGained: [],
        holdersLost: [],
        scheme: 'Software Development',
      },
    ]);
    expect(writesOf(sim)).toEqual([]);
    const text = renderPlanText(result.plan!);
    expect(text).toContain('Effective access: 1 person gains access, 0 people lose access.');
    expect(text).toContain('ADMINISTER_PROJECTS  +1 -0');
    expect(text).toContain(`+ Carlos Contractor (${ACCOUNT_IDS.carlos})`);
    const markdown = renderPlanMarkdown(result.plan!);
    expect(markdown).toContain('#### Effective access');
    expect(markdown).toContain('| `SOFT` | `ADMINISTER_PROJECTS` | 1 | 0 |  |');
    expect(markdown).toContain('<details><summary>Who gains and who loses</summary>');
  });

  it('a grant change that moves nobody in a project is no row there (the demo MOB CREATE_ISSUES +0 -0)', async () => {
    // The Users role loses CREATE_ISSUES: SOFT has members in it, MOB has none.
    const text = repo.read(SCHEMES.software);
    const start = text.indexOf('  CREATE_ISSUES:\n');
    const users = text.indexOf('    - projectRole: Users\n', start);
    expect(start).toBeGreaterThan(-1);
    expect(users).toBeGreaterThan(start);
    repo.write(
      SCHEMES.software,
      text.slice(0, users) + text.slice(users + '    - projectRole: Users\n'.length),
    );
    const result = await planIn(sim, repo);
    expect(result.plan?.changes.map((change) => `${change.action} ${change.permission ?? ''}`)).toEqual([
      'remove-grant CREATE_ISSUES',
    ]);
    // The plan's data keeps every project the change reaches; the views show only what moves someone.
    const rows = (result.plan?.access ?? []).map(
      (change) => `${change.project} ${change.permission} +${change.gained.length} -${change.lost.length}`,
    );
    expect(rows).toEqual([
      'MOB CREATE_ISSUES +0 -0',
      expect.stringMatching(/^SOFT CREATE_ISSUES \+0 -[1-9]\d*$/),
    ]);
    const shown = renderPlanText(result.plan!);
    expect(shown).toMatch(/\n {2}SOFT \(scheme "Software Development"\)\n {4}CREATE_ISSUES {2}\+0 -[1-9]/);
    expect(shown).not.toContain('+0 -0');
    expect(shown).not.toContain('  MOB (scheme');
    const markdown = renderPlanMarkdown(result.plan!);
    expect(markdown).toMatch(/\| `SOFT` \| `CREATE_ISSUES` \| 0 \| [1-9]/);
    expect(markdown).not.toContain('| `MOB` |');
  });

  it('a project moved onto another scheme: the people of both schemes compared', async () => {
    repo.edit(SCHEMES.software, '  - SOFT\n', '  - MKT\n  - SOFT\n');
    repo.edit(SCHEMES.default, 'projects:\n  - MKT\n', 'projects: []\n');
    const result = await planIn(sim, repo);
    expect(result.error).toBeUndefined();
    const access = result.plan?.access ?? [];
    expect(access.every((change) => change.project === 'MKT')).toBe(true);
    const admin = access.find((change) => change.permission === 'ADMINISTER_PROJECTS');
    expect(admin?.fromScheme).toBe('Default Permission Scheme');
    // Default: Administrators role (Alice in MKT) and jira-administrators (Alex, Alice); Software: the role only.
    expect(admin?.lost.map((person) => person.accountId)).toEqual([ACCOUNT_IDS.admin]);
    const browse = access.find((change) => change.permission === 'BROWSE_PROJECTS');
    // Any logged-in user browses MKT now: a holder lost, not people.
    expect(browse?.holdersLost).toEqual([{ type: 'applicationRole' }]);
    const deleteIssues = access.find((change) => change.permission === 'DELETE_ISSUES');
    expect(deleteIssues?.gained.map((person) => person.accountId)).toContain(ACCOUNT_IDS.reader);
  });

  it('accessLimits blocks a plan with more people gaining than allowed, naming them; allow lifts it', async () => {
    addContractorsAdmin();
    const exported = repo.read('.jira-permissions.yml');
    settings('accessLimits:\n  ADMINISTER_PROJECTS: 0\n');
    const blocked = await planIn(sim, repo);
    expect(blocked.blocked).toBe(true);
    const violations = blocked.plan?.guardrails.filter((one) => one.guardrail === 'access-limit') ?? [];
    expect(violations).toHaveLength(2);
    expect(violations[0]?.message).toBe(
      `1 people would gain ADMINISTER_PROJECTS in MOB (scheme "Software Development"), more than the limit of 0: Carlos Contractor (${ACCOUNT_IDS.carlos}).`,
    );
    settings('guardrails:\n  allow:\n    - guardrail: access-limit\n      scheme: Software Development\n');
    const allowed = await planIn(sim, repo);
    expect(allowed.blocked).toBe(false);
    expect(allowed.plan?.guardrails.every((one) => one.allowed)).toBe(true);
    repo.write('.jira-permissions.yml', `${exported}accessLimits:\n  ADMINISTER_PROJECTS: 1\n`);
    expect((await planIn(sim, repo)).blocked).toBe(false);
  });

  it('what could not be expanded is said, with why; hostile names are escaped in every view', async () => {
    addContractorsAdmin();
    const result = await planIn(sim, repo);
    const plan = result.plan!;
    const [first] = plan.access ?? [];
    if (first === undefined) throw new Error('expected an access change');
    first.gained = [{ accountId: 'x1', displayName: '<img src=x onerror=alert(1)> **bold** \u001b[31mred' }];
    first.unexpanded = [
      {
        holder: { type: 'group', parameter: 'contractors', value: 'g1' },
        label: 'group contractors (g1)',
        side: 'planned',
        reason:
          'could not read the members of group "contractors": 403 Forbidden; needs the Browse users and groups permission',
      },
    ];
    const text = renderPlanText(plan);
    expect(text).toContain(
      '! not expanded: group contractors (g1): could not read the members of group "contractors": 403 Forbidden',
    );
    expect(text).not.toContain('\u001b[31m');
    const markdown = renderPlanMarkdown(plan);
    expect(markdown).toContain('**Not expanded into people**');
    expect(markdown).toContain('Browse users and groups');
    // Markdown's escaper: the tag and the emphasis show as text.
    expect(markdown).toContain('\\<img src=x onerror=alert\\(1\\)\\> \\*\\*bold\\*\\*');
    expect(markdown).not.toMatch(/(^|[^\\])<img/);
  });

  it('the Markdown section keeps within its share of a small comment, counting what it leaves out', async () => {
    addContractorsAdmin();
    const plan = (await planIn(sim, repo)).plan!;
    const many = Array.from({ length: 400 }, (_, index) => ({
      ...plan.access![0]!,
      project: `P${String(index).padStart(3, '0')}`,
    }));
    plan.access = many;
    const markdown = renderPlanMarkdown(plan, { maxLength: 8000 });
    expect(markdown.length).toBeLessThanOrEqual(8000);
    expect(markdown).toMatch(/_\d+ more rows not shown: the plan file lists them all\._/);
  });

  it('no changes: no access reads and no access section', async () => {
    const result = await planIn(sim, repo);
    expect(result.plan?.changes).toEqual([]);
    expect(result.plan?.access).toBeUndefined();
    expect(sim.requests.some((entry) => entry.route.includes('/group/member'))).toBe(false);
    expect(renderPlanText(result.plan!)).not.toContain('Effective access');
  });

  it('plan --no-access and JIRA_PERMS_ACCESS=off read no people; accessLimits still need them', async () => {
    addContractorsAdmin();
    const peopleReads = (): number =>
      sim.requests.filter((entry) => /\/group\/member$|\/role\/\{id\}$/.test(entry.route)).length;
    const plan = async (args: string[], env: Record<string, string> = {}) => {
      sim.clearLog();
      const run = capture({ ...sim.env(), ...env }, repo.cwd);
      const code = await runCli(['plan', '--json', ...args], run.context);
      return {
        code,
        stderr: run.err(),
        json: run.out() === '' ? {} : (JSON.parse(run.out()) as Record<string, unknown>),
      };
    };
    const full = await plan([]);
    expect(full.code).toBe(0);
    expect(full.json['access']).toHaveLength(2);
    expect(peopleReads()).toBeGreaterThan(0);

    for (const [args, env] of [
      [['--no-access'], {}],
      [[], { JIRA_PERMS_ACCESS: 'off' }],
    ] as const) {
      const off = await plan([...args], env);
      expect(off.code).toBe(0);
      expect(off.json['changes']).toEqual(full.json['changes']);
      expect(off.json['access']).toBeUndefined();
      expect(peopleReads()).toBe(0);
    }

    const wrong = await plan([], { JIRA_PERMS_ACCESS: 'maybe' });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('JIRA_PERMS_ACCESS must be "on", "full" or "off"; got "maybe"');

    settings('accessLimits:\n  ADMINISTER_PROJECTS: 0\n');
    const limited = await plan(['--no-access']);
    expect(limited.code).toBe(1);
    expect(limited.json['access']).toHaveLength(2);
    expect(peopleReads()).toBeGreaterThan(0);
  });
});
