import { describe, expect, it } from '@jest/globals';

import { commandDeps } from '../../src/commands/deps.js';
import { runValidate } from '../../src/commands/validate.js';
import {
  isTeamManagedSchemeRefusal,
  noteProjectsWithoutScheme,
  projectsWithoutScheme,
} from '../../src/jira/project-usage.js';
import { allProjects } from '../../src/jira/resolve-projects.js';
import type { ProjectRef } from '../../src/model/scheme.js';
import type { Simulator } from '../../src/sim/index.js';
import { SCHEMES, placesOf, planIn, simulatorWithRepos } from './helpers.js';

/**
 * Cloud's reference does not say how `GET /project/{key}/permissionscheme` answers for a team-managed
 * project (it has its own permissions). Whichever 4xx Jira refuses it with, export and plan must go on,
 * and a team-managed key under `projects:` must still be reported as team-managed (the contract's
 * refusal), not as a project Jira does not have.
 */

let sim: Simulator;
const repo = simulatorWithRepos((started) => {
  sim = started;
});

describe('a team-managed project whose scheme Jira refuses to show', () => {
  for (const status of [400, 403, 404] as const) {
    it(`${String(status)}: export and plan go on; TEAM under projects: is team-managed, not unknown`, async () => {
      sim.setBehaviour({ teamManagedSchemeStatus: status });
      try {
        const files = await repo(); // the export read every project's scheme
        const unchanged = await planIn(sim, files);
        expect(unchanged.error).toBeUndefined();
        expect(unchanged.status).toBe('planned');
        expect(unchanged.hasChanges).toBe(false);
        const refused = sim.requests.filter(
          (entry) => entry.route === 'GET /rest/api/3/project/{projectKeyOrId}/permissionscheme',
        );
        expect(refused.map((entry) => entry.status)).toContain(status);

        files.edit(SCHEMES.archived, 'projects: []', 'projects:\n  - TEAM');
        const result = await planIn(sim, files);
        expect(result.status).toBe('invalid');
        expect(placesOf(result.findings, 'team-managed-project')).toEqual([
          `${SCHEMES.archived}:${files.lineOf(SCHEMES.archived, '  - TEAM')} error`,
        ]);
        expect(placesOf(result.findings, 'unresolved-project')).toEqual([]);

        const online = await runValidate({ online: true }, commandDeps({ cwd: files.cwd, env: sim.env() }));
        expect(placesOf(online.findings, 'team-managed-project')).toHaveLength(1);
        expect(placesOf(online.findings, 'unresolved-project')).toEqual([]);
      } finally {
        sim.setBehaviour({ teamManagedSchemeStatus: 200 });
      }
    });
  }
});

describe('project usage without a scheme', () => {
  it('isTeamManagedSchemeRefusal: any 4xx but a refused credential or a rate limit', () => {
    expect([400, 403, 404, 409, 422].map(isTeamManagedSchemeRefusal)).toEqual([true, true, true, true, true]);
    expect([401, 429, 500, 503, undefined].map(isTeamManagedSchemeRefusal)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('allProjects lists the projects noted beside the map, once', () => {
    const soft: ProjectRef = { id: '1', key: 'SOFT' };
    const team: ProjectRef = { id: '2', key: 'TEAM', teamManaged: true };
    const usage = new Map<number, ProjectRef[]>([[10000, [soft]]]);
    expect(allProjects(usage).map((project) => project.key)).toEqual(['SOFT']);
    noteProjectsWithoutScheme(usage, [team]);
    expect(projectsWithoutScheme(usage)).toEqual([team]);
    expect(allProjects(usage).map((project) => project.key)).toEqual(['SOFT', 'TEAM']);
    // A copy of the map is another map: it carries none.
    expect(projectsWithoutScheme(new Map(usage))).toEqual([]);
  });
});
