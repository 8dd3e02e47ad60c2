import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';

import { connectionFromEnv } from '../../src/jira/connection.js';
import { JiraError } from '../../src/jira/errors.js';
import { createJiraReader } from '../../src/jira/factory.js';
import { isNoProjectsAnswer } from '../../src/jira/project-search.js';
import { startSimulator, type Simulator, type SiteData } from '../../src/sim/index.js';
import { SCHEMES, exportedRepo, planIn, type Repo } from './helpers.js';

/**
 * Cloud's reference documents a 404 for `GET /rest/api/3/project/search`: "Returned if no projects
 * matching the search criteria are found." A site with no projects that answers so must export and plan
 * as a site with none (not fail the run); an HTML 404 (a proxy, a wrong base URL) stays an error
 * (data-center-listing.test.ts).
 */

const SEARCH = 'GET /rest/api/3/project/search';
let sim: Simulator;
let pristine: SiteData;
const repos: Repo[] = [];

beforeAll(async () => {
  sim = await startSimulator({ apiBehaviour: { emptyProjectSearch: '404' } });
  pristine = sim.snapshot();
});
afterAll(async () => {
  await sim.stop();
});
afterEach(() => {
  sim.restore(pristine);
  for (const repo of repos.splice(0)) repo.dispose();
});

describe('a Cloud site with no projects whose /project/search answers 404', () => {
  it('exports and plans as a site with no projects: no changes, then a deletion once a file goes', async () => {
    sim.state.projects.splice(0);
    sim.clearLog();
    const repo = await exportedRepo(sim);
    repos.push(repo);
    // The search was asked and answered 404, and the export still wrote every scheme.
    expect(sim.requests.filter((entry) => entry.route === SEARCH).map((entry) => entry.status)).toContain(
      404,
    );
    expect(repo.read(SCHEMES.software)).toContain('name: Software Development');

    const unchanged = await planIn(sim, repo);
    expect(unchanged.error).toBeUndefined();
    expect(unchanged.status).toBe('planned');
    expect(unchanged.hasChanges).toBe(false);

    // Deleting a scheme needs the project list (no project may use it): the 404 reads as none.
    repo.write('.jira-permissions.yml', `${repo.read('.jira-permissions.yml')}prune: true\n`);
    repo.remove(SCHEMES.software);
    sim.clearLog();
    const deletion = await planIn(sim, repo);
    expect(deletion.status).toBe('planned');
    expect(deletion.plan?.changes.map((change) => `${change.action} ${change.scheme}`)).toContain(
      'delete-scheme Software Development',
    );
    expect(sim.requests.filter((entry) => entry.route === SEARCH).map((entry) => entry.status)).toEqual([
      404,
    ]);
    expect([...(deletion.projectsByScheme?.values() ?? [])].flat()).toEqual([]);
  });

  it('still lists projects page by page when there are some (the switch changes only the empty answer)', async () => {
    sim.setBehaviour({ maxResultsCap: { projects: 1 } });
    try {
      const repo = await exportedRepo(sim);
      repos.push(repo);
      expect(repo.read(SCHEMES.software)).toMatch(/projects:\n {2}- MOB\n {2}- SOFT\n/);
    } finally {
      sim.setBehaviour({ maxResultsCap: { projects: 50 } });
    }
  });
});

describe('a JSON 404 from a site that does not answer serverInfo either', () => {
  it('stays an error: a wrong context path is not a site without projects', async () => {
    sim.state.projects.splice(0);
    sim.setFaults({ refusals: { rate: 1, route: /serverInfo$/, status: 404, message: 'null for uri' } });
    try {
      const reader = createJiraReader(connectionFromEnv(sim.env()), { retry: { maxAttempts: 1 } });
      const error = await reader.getProjectsByScheme().then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
      expect(error).toBeInstanceOf(JiraError);
      expect((error as JiraError).status).toBe(404);
      expect((error as JiraError).call).toContain('/rest/api/3/project/search');
    } finally {
      sim.setFaults({});
    }
  });
});

describe('isNoProjectsAnswer', () => {
  const error = (status: number, jsonBody: boolean | undefined, kind: 'http' | 'html' = 'http'): JiraError =>
    new JiraError({
      kind,
      outcome: 'rejected',
      call: 'GET /rest/api/3/project/search',
      status,
      summary: 'x',
      fixes: [],
      ...(jsonBody === undefined ? {} : { jsonBody }),
    });

  it("takes only Jira's own JSON 404 for no projects", () => {
    expect(isNoProjectsAnswer(error(404, true))).toBe(true);
    expect(isNoProjectsAnswer(error(404, undefined))).toBe(false);
    expect(isNoProjectsAnswer(error(404, true, 'html'))).toBe(false);
    expect(isNoProjectsAnswer(error(400, true))).toBe(false);
    expect(isNoProjectsAnswer(new Error('404'))).toBe(false);
  });
});
