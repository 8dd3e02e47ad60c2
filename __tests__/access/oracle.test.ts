import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { isBroadHolder } from '../../src/model/access.js';
import { startSimulator, type Simulator, type SiteData } from '../../src/sim/index.js';
import { hasProjectPermission } from '../../src/sim/people.js';
import { applyIn, exportedRepo, planIn, SCHEMES, type Repo } from '../projects/helpers.js';

/**
 * The plan's effective access against an independent answer: the simulator's own "does this person hold
 * it" (src/sim/people.ts, which shares no code with the product), asked for every active person, project
 * and permission before and after the plan is applied. Permissions that `anyone` or any logged-in user
 * holds on one side are left out: those people are reported as holders, not listed.
 */

let sim: Simulator;
let repo: Repo;
beforeAll(async () => {
  sim = await startSimulator();
  repo = await exportedRepo(sim);
});
afterAll(async () => {
  repo.dispose();
  await sim.stop();
});

const PROJECTS = ['SOFT', 'MOB', 'MKT', 'HELP'];

/** Who holds each permission in each project, by the simulator's rules: `KEY PERMISSION` -> account ids. */
function holders(site: SiteData, permissions: readonly string[]): Map<string, Set<string>> {
  const result = new Map<string, Set<string>>();
  for (const project of site.projects.filter((candidate) => PROJECTS.includes(candidate.key))) {
    for (const permission of permissions) {
      const people = site.users
        .filter((user) => user.active && hasProjectPermission(site, project, permission, user))
        .map((user) => user.accountId);
      result.set(`${project.key} ${permission}`, new Set(people));
    }
  }
  return result;
}

function insertUnder(file: string, line: string, holder: string): void {
  const text = repo.read(file);
  const at = text.indexOf(line) + line.length;
  repo.write(file, `${text.slice(0, at)}${holder}\n${text.slice(at)}`);
}

describe('effective access, person by person', () => {
  it('equals the simulator’s own answer before and after apply', async () => {
    // A group added, a role removed, a holder replaced by one with overlapping members, a project moved.
    insertUnder(SCHEMES.software, '  ADMINISTER_PROJECTS:\n', '    - group: contractors');
    repo.edit(
      SCHEMES.software,
      '  MANAGE_SPRINTS_PERMISSION:\n    - projectRole: Developers\n',
      '  MANAGE_SPRINTS_PERMISSION:\n    - group: mobile-team\n',
    );
    repo.edit(SCHEMES.help, 'projects:\n', 'projects:\n  - MOB\n');
    repo.edit(SCHEMES.software, '  - MOB\n', '');
    const planned = await planIn(sim, repo);
    expect(planned.error).toBeUndefined();
    expect(planned.blocked).toBe(false);
    const access = planned.plan?.access ?? [];
    expect(access.length).toBeGreaterThan(3);
    // Every permission of the site's catalogue: those the plan does not list must not change either.
    const permissions = sim.state.permissions.map((entry) => entry.key);

    const before = holders(sim.snapshot(), permissions);
    const applied = await applyIn(sim, repo);
    expect(applied.outcome).toBe('converged');
    const after = holders(sim.snapshot(), permissions);

    const reported = new Map(access.map((change) => [`${change.project} ${change.permission}`, change]));
    let compared = 0;
    for (const [key, was] of before) {
      const now = after.get(key) ?? new Set<string>();
      const gained = [...now].filter((id) => !was.has(id)).sort();
      const lost = [...was].filter((id) => !now.has(id)).sort();
      const change = reported.get(key);
      if (change === undefined) {
        expect({ key, gained, lost }).toEqual({ key, gained: [], lost: [] });
        continue;
      }
      const broad = [...change.holdersGained, ...change.holdersLost, ...(change.broadHoldersKept ?? [])].some(
        isBroadHolder,
      );
      if (broad) continue;
      expect({ key, gained: change.gained.map((person) => person.accountId).sort() }).toEqual({
        key,
        gained,
      });
      expect({ key, lost: change.lost.map((person) => person.accountId).sort() }).toEqual({ key, lost });
      compared++;
    }
    expect(compared).toBeGreaterThan(3);
  });
});
