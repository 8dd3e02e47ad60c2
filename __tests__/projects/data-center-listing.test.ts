import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { runAccess } from '../../src/commands/access.js';
import { commandDeps } from '../../src/commands/deps.js';
import { runExport } from '../../src/commands/export.js';
import { runValidate } from '../../src/commands/validate.js';
import { startSimulator, type Simulator, type SiteData } from '../../src/sim/index.js';
import {
  SCHEMES,
  applyIn,
  exportedRepo,
  liveAssignment,
  moves,
  planIn,
  placesOf,
  type Repo,
} from './helpers.js';

/**
 * Listing projects on Data Center as Atlassian documents it: `GET /rest/api/2/project` answers every
 * project at once (a plain array; archived ones only with `includeArchived=true`), and Data Center's REST
 * reference has no `/project/search` (neither has the simulator's Data Center: that path is a 404). Every
 * command that lists projects (export, plan and its effective access, apply, validate --online) must
 * read the same projects there as Cloud's `/project/search` gives; a failure of that read must say what
 * failed without the credential; and on Cloud, where `/project/search` is documented, a 404 there is an
 * error, not a reason to list another way.
 */

/** Jira Cloud, and a Data Center without `/project/search`, on the same site. */
let cloud: Simulator;
let plain: Simulator;
let pristine: SiteData;
const repos: Repo[] = [];

beforeAll(async () => {
  cloud = await startSimulator();
  plain = await startSimulator({ flavour: 'datacenter' });
  pristine = plain.snapshot();
});
afterAll(async () => {
  await Promise.all([cloud.stop(), plain.stop()]);
});
afterEach(() => {
  for (const sim of [cloud, plain]) {
    sim.restore(pristine);
    sim.setFaults({});
  }
  for (const repo of repos.splice(0)) repo.dispose();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** MKT archived, as Jira archives a project: it keeps its scheme but no listing shows it by default. */
function archiveMkt(sim: Simulator): void {
  const mkt = sim.state.projects.find((project) => project.key === 'MKT');
  if (mkt === undefined) throw new Error('the seed has no MKT');
  const admin = sim.state.users[0]?.accountId ?? '';
  mkt.archived = { at: '2026-01-05T10:00:00.000Z', byAccountId: admin };
}

const folders: string[] = [];

/** A folder to export into, removed after the test. */
function emptyFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'jira-perms-dc-list-'));
  folders.push(folder);
  return folder;
}

async function exported(sim: Simulator): Promise<Repo> {
  const repo = await exportedRepo(sim);
  repos.push(repo);
  return repo;
}

/** The `projects:` list of every scheme file (file → keys), for comparing two exports. */
function projectLists(repo: Repo): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const folder = path.join(repo.cwd, 'jira-permissions');
  for (const name of readdirSync(folder).sort()) {
    const lines = readFileSync(path.join(folder, name), 'utf8').split('\n');
    const start = lines.findIndex((line) => line.startsWith('projects:'));
    const keys: string[] = [];
    for (const line of lines.slice(start + 1)) {
      const item = /^ {2}- (\S+)$/.exec(line);
      if (item === null) break;
      keys.push(item[1] ?? '');
    }
    out[name] = keys;
  }
  return out;
}

function count(sim: Simulator, route: string): number {
  return sim.countsByRoute()[route] ?? 0;
}

const SEARCH = 'GET /rest/api/2/project/search';
const LIST = 'GET /rest/api/2/project';

describe('Data Center, whose reference lists projects through GET /project only', () => {
  it('exports, plans (with effective access), validates online and applies as Cloud does with /project/search', async () => {
    archiveMkt(cloud);
    archiveMkt(plain);
    plain.clearLog();
    const [viaSearch, viaList] = [await exported(cloud), await exported(plain)];
    expect(projectLists(viaList)).toEqual(projectLists(viaSearch));
    expect(projectLists(viaList)['software-development.yml']).toEqual(['MOB', 'SOFT']);
    // The archived project is listed by neither: no scheme file names it.
    expect(Object.values(projectLists(viaList)).flat()).not.toContain('MKT');
    // One request lists every project; the path Data Center does not have is never asked.
    expect([count(plain, SEARCH), count(plain, LIST)]).toEqual([0, 1]);
    expect(plain.requests.find((entry) => entry.route === LIST)?.path).toBe('/rest/api/2/project');

    // MOB moves from Software Development to IT Help, in both repositories.
    for (const repo of [viaSearch, viaList]) {
      repo.edit(SCHEMES.software, '  - MOB\n', '');
      repo.edit(SCHEMES.help, 'projects:\n', 'projects:\n  - MOB\n');
    }
    const [planSearch, planList] = [await planIn(cloud, viaSearch), await planIn(plain, viaList)];
    expect(planList.error).toBeUndefined();
    expect(planList.status).toBe('planned');
    expect(moves(planList.plan?.changes ?? [])).toEqual(moves(planSearch.plan?.changes ?? []));
    expect(planList.plan?.changes.map((change) => [change.action, change.project])).toEqual([
      ['assign-project', 'MOB'],
    ]);
    // Effective access was worked out from what the listing gave (leads included, `expand=lead`).
    expect(planList.plan?.access?.length).toBe(planSearch.plan?.access?.length);
    expect(planList.plan?.access?.length ?? 0).toBeGreaterThan(0);

    const [checkSearch, checkList] = await Promise.all([
      runValidate({ online: true }, commandDeps({ cwd: viaSearch.cwd, env: cloud.env() })),
      runValidate({ online: true }, commandDeps({ cwd: viaList.cwd, env: plain.env() })),
    ]);
    expect(checkList.online).toBe('checked');
    expect(checkList.findings.map((f) => f.ruleId)).toEqual(checkSearch.findings.map((f) => f.ruleId));

    plain.clearLog();
    const [appliedSearch, appliedList] = [await applyIn(cloud, viaSearch), await applyIn(plain, viaList)];
    expect(appliedList.outcome).toBe('converged');
    expect(appliedSearch.outcome).toBe('converged');
    expect(liveAssignment(plain)).toEqual(liveAssignment(cloud));
    expect(liveAssignment(plain)['MOB']).toBe(10001);
    // The archived project kept its scheme: apply never saw it.
    expect(liveAssignment(plain)['MKT']).toBe(
      pristine.projects.find((p) => p.key === 'MKT')?.permissionSchemeId,
    );
    expect(count(plain, LIST)).toBeGreaterThan(0);
    expect(count(plain, SEARCH)).toBe(0);
    expect(plain.requests.filter((entry) => entry.method !== 'GET').map((entry) => entry.route)).toEqual([
      'PUT /rest/api/2/project/{projectKeyOrId}/permissionscheme',
    ]);
  });

  it('an unknown or archived project in the files is found unresolved through GET /project too', async () => {
    archiveMkt(plain);
    const files = await exported(plain);
    files.edit(SCHEMES.archived, 'projects: []', 'projects:\n  - MBO\n  - MKT');
    const checked = await runValidate({ online: true }, commandDeps({ cwd: files.cwd, env: plain.env() }));
    expect(checked.online).toBe('checked');
    expect(placesOf(checked.findings, 'unresolved-project')).toEqual([
      `${SCHEMES.archived}:${files.lineOf(SCHEMES.archived, '  - MBO')} error`,
      `${SCHEMES.archived}:${files.lineOf(SCHEMES.archived, '  - MKT')} error`,
    ]);
  });

  it.each([
    [
      '401',
      {
        refusals: {
          rate: 1,
          route: /\/api\/2\/project$/,
          status: 401,
          message: 'You are not authenticated.',
        },
      },
    ],
    ['403', { refusals: { rate: 1, route: /\/api\/2\/project$/, status: 403, message: 'Forbidden.' } }],
    ['500', { serverErrors: { rate: 1, route: /\/api\/2\/project$/, status: 500 } }],
  ] as const)(
    'reports a %s of the listing as a failure of GET /project, without the credential',
    async (status, faults) => {
      plain.setFaults(faults);
      const env = plain.env();
      const cwd = emptyFolder();
      const result = await runExport(
        { out: 'again' },
        commandDeps({ cwd, env, clientOptions: { retry: { maxAttempts: 1 } } }),
      );
      expect(result.status).toBe('failed');
      const error = result.status === 'failed' ? result.error : '';
      expect(error).toContain(status);
      expect(error).toContain('/rest/api/2/project');
      expect(error).not.toContain('/project/search');
      expect(error).not.toContain(env['JIRA_API_TOKEN'] ?? '(no token)');
      expect(error).not.toContain(
        Buffer.from(`${env['JIRA_EMAIL'] ?? ''}:${env['JIRA_API_TOKEN'] ?? ''}`).toString('base64'),
      );
    },
  );
});

describe('Cloud, where /project/search is documented', () => {
  it('reports an HTML 404 of /project/search (not Jira answering) as an error and does not list projects another way', async () => {
    const cloud = await startSimulator({
      faults: {
        refusals: { rate: 1, route: /\/project\/search$/, status: 404, message: 'Not found.', html: true },
      },
    });
    try {
      const cwd = emptyFolder();
      const result = await runExport(
        { out: 'cloud' },
        commandDeps({ cwd, env: cloud.env(), clientOptions: { retry: { maxAttempts: 1 } } }),
      );
      expect(result.status).toBe('failed');
      const error = result.status === 'failed' ? result.error : '';
      expect(error).toContain('404');
      expect(error).toContain('/rest/api/3/project/search');
      expect(cloud.countsByRoute()['GET /rest/api/3/project']).toBeUndefined();
    } finally {
      await cloud.stop();
    }
  });
});

describe('Data Center role actors', () => {
  it("cost no username lookup when they lead a listed project (the listing's lead carries the key)", async () => {
    const files = await exported(plain);
    // Developers (in SOFT: dana, who leads SOFT, and priya, who leads MOB; in MOB: dana) get a permission
    // Administrators and the add-ons role have (admin in SOFT, alice in MOB, the app user: no leads).
    files.edit(
      SCHEMES.software,
      '  ADMINISTER_PROJECTS:\n',
      '  ADMINISTER_PROJECTS:\n    - projectRole: Developers\n',
    );
    plain.clearLog();
    const planned = await planIn(plain, files);
    expect(planned.error).toBeUndefined();
    expect(planned.plan?.changes.map((change) => change.action)).toContain('add-grant');
    const lookups = plain.requests
      .filter((entry) => entry.route === 'GET /rest/api/2/user')
      .map((entry) => entry.path);
    // Only the actors who lead no listed project are looked up, once each: admin, alice and the app user
    // (dana and priya were five lookups' worth before the listing's leads were remembered).
    expect(lookups).toHaveLength(3);
    const soft = planned.plan?.access?.find((change) => change.project === 'SOFT');
    // dana and priya gain it through Developers, known by user key as a lookup would have given them.
    expect(soft?.gained.map((person) => person.accountId).sort()).toEqual(['JIRAUSER10100', 'JIRAUSER10104']);
  });

  it('cost no username lookup in `access` when they lead the project asked about', async () => {
    plain.clearLog();
    const result = await runAccess(
      { project: 'SOFT', permission: 'BROWSE_PROJECTS' },
      commandDeps({ cwd: '.', env: plain.env() }),
    );
    expect(result.error).toBeUndefined();
    const browse = result.permissions.find((entry) => entry.permission === 'BROWSE_PROJECTS');
    // dana leads SOFT and is one of its Developers: known by key from the project's answer.
    expect(browse?.people.map((person) => person.accountId)).toContain('JIRAUSER10100');
    // SOFT's Developers are dana and priya, its add-ons role the app user: only priya and the app user are
    // looked up (the simulator's app user has no username: a 404, reported as not found).
    const lookups = plain.requests.filter((entry) => entry.route === 'GET /rest/api/2/user');
    expect(lookups.map((entry) => entry.status).sort((a, b) => a - b)).toEqual([200, 404]);
  });
});

describe('Data Center project leads whose answer leaves out active', () => {
  it('are looked up as role actors, not taken for active people', async () => {
    const quiet = await startSimulator({ flavour: 'datacenter', apiBehaviour: { leadActive: false } });
    try {
      const files = await exported(quiet);
      files.edit(
        SCHEMES.software,
        '  ADMINISTER_PROJECTS:\n',
        '  ADMINISTER_PROJECTS:\n    - projectRole: Developers\n',
      );
      quiet.clearLog();
      const planned = await planIn(quiet, files);
      expect(planned.error).toBeUndefined();
      const lookups = quiet.requests.filter((entry) => entry.route === 'GET /rest/api/2/user');
      // The same plan as above: dana and priya lead SOFT and MOB, but the listing no longer says whether
      // they are active, so each is looked up like any other actor (5 lookups, not 3).
      expect(lookups).toHaveLength(5);
      const soft = planned.plan?.access?.find((change) => change.project === 'SOFT');
      expect(soft?.gained.map((person) => person.accountId).sort()).toEqual([
        'JIRAUSER10100',
        'JIRAUSER10104',
      ]);
    } finally {
      await quiet.stop();
    }
  });
});
