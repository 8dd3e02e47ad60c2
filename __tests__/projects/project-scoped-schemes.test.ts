import { describe, expect, it } from '@jest/globals';
import { readdirSync } from 'node:fs';
import path from 'node:path';

import { connectionFromEnv } from '../../src/jira/connection.js';
import { createJiraReader } from '../../src/jira/factory.js';
import { isProjectScoped } from '../../src/jira/scheme-list.js';
import { TEAM_SCHEME_ID, type Simulator } from '../../src/sim/index.js';
import { call } from '../sim/helpers.js';
import { SCHEMES, planIn, simulatorWithRepos } from './helpers.js';

/**
 * PermissionScheme documents `scope` (type `PROJECT` for a team-managed project's own scheme). A Jira
 * whose `GET /permissionscheme` lists those schemes too must not have them exported, pruned or deleted:
 * they belong to their project, not to the repository.
 */

let sim: Simulator;
const repo = simulatorWithRepos((started) => {
  sim = started;
  sim.setBehaviour({ listProjectSchemes: true });
});

describe('a scheme list that shows team-managed projects’ own schemes', () => {
  it('the site lists it (scope PROJECT); the reader leaves it out', async () => {
    const answer = await call(sim, 'GET', '/rest/api/3/permissionscheme');
    const raw = (answer.body as { permissionSchemes: { id: number; scope?: { type: string } }[] })
      .permissionSchemes;
    expect(raw.find((scheme) => scheme.id === TEAM_SCHEME_ID)?.scope?.type).toBe('PROJECT');
    const schemes = await createJiraReader(connectionFromEnv(sim.env())).listPermissionSchemes();
    expect(schemes.map((scheme) => scheme.id)).not.toContain(TEAM_SCHEME_ID);
    expect(schemes).toHaveLength(sim.state.schemes.length);
    const listed = sim.requests.filter((entry) => entry.route === 'GET /rest/api/3/permissionscheme');
    expect(listed.at(-1)?.status).toBe(200);
  });

  it('is not exported, and a prune plan neither deletes it nor plans anything for it', async () => {
    const files = await repo();
    const written = readdirSync(path.join(files.cwd, 'jira-permissions'));
    expect(written).toHaveLength(sim.state.schemes.length);
    files.write('.jira-permissions.yml', `${files.read('.jira-permissions.yml')}prune: true\n`);
    files.remove(SCHEMES.archived);
    const planned = await planIn(sim, files);
    expect(planned.status).toBe('planned');
    const deleted = (planned.plan?.changes ?? [])
      .filter((change) => change.action === 'delete-scheme')
      .map((change) => change.schemeId);
    expect(deleted).toHaveLength(1);
    expect(deleted).not.toContain(TEAM_SCHEME_ID);
    expect(planned.plan?.changes.some((change) => change.schemeId === TEAM_SCHEME_ID)).toBe(false);
  });
});

describe('a file that pins a team-managed project’s own scheme', () => {
  it('is refused at its id line as missing, naming team-managed schemes, and nothing is planned for it', async () => {
    const files = await repo();
    files.write(
      'jira-permissions/team-own.yml',
      `name: Team own\nid: ${String(TEAM_SCHEME_ID)}\ngrants:\n  BROWSE_PROJECTS:\n    - projectRole: Developers\n  ADMINISTER_PROJECTS:\n    - projectRole: Administrators\n`,
    );
    const planned = await planIn(sim, files);
    const finding = planned.findings.find((found) => found.ruleId === 'pinned-scheme-missing');
    expect(finding).toMatchObject({ file: 'jira-permissions/team-own.yml', severity: 'error' });
    expect(finding?.message).toContain("a team-managed project's own scheme");
    expect(planned.plan?.changes.some((change) => change.schemeId === TEAM_SCHEME_ID) ?? false).toBe(false);
  });
});

describe('isProjectScoped', () => {
  it('is true only for scope type PROJECT', () => {
    expect(isProjectScoped({ id: 1, scope: { type: 'PROJECT', project: { id: '10004' } } })).toBe(true);
    expect(isProjectScoped({ id: 1, scope: { type: 'TEMPLATE' } })).toBe(false);
    expect(isProjectScoped({ id: 1 })).toBe(false);
    expect(isProjectScoped('x')).toBe(false);
  });
});
