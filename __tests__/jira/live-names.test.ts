import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { connectionFromEnv } from '../../src/jira/connection.js';
import { createJiraReader } from '../../src/jira/factory.js';
import { grantFacts } from '../../src/jira/normalise.js';
import { resolveSchemes } from '../../src/jira/resolve.js';
import { grantKey } from '../../src/model/holder.js';
import type { LiveScheme } from '../../src/model/scheme.js';
import type { HolderSpec } from '../../src/model/spec.js';
import { spec } from './helpers.js';
import { startSimulator, type Simulator } from '../../src/sim/index.js';

/**
 * #18: names the live grants already carry (a group's name and id, a user's account id or key) are
 * resolved from them: the resolver asks Jira only about the names no live grant explains, and never
 * one `GET /user` per user.
 */

function liveHolders(live: readonly LiveScheme[], type: string): { parameter?: string; value?: string }[] {
  return live.flatMap((scheme) => scheme.grants.map((grant) => grant.holder)).filter((h) => h.type === type);
}

const PERMISSIONS = ['ADD_COMMENTS', 'CREATE_ISSUES', 'EDIT_ISSUES'];

const lookups = (counts: Record<string, number>): string[] =>
  Object.keys(counts).filter((route) => /\/(group\/bulk|groups\/picker|user|user\/bulk)$/.test(route));

const sims: Simulator[] = [];
afterAll(async () => {
  for (const sim of sims) await sim.stop();
});

describe.each([
  { flavour: 'cloud' as const, expand: true },
  { flavour: 'cloud' as const, expand: false },
  { flavour: 'datacenter' as const, expand: true },
])('live grants explain names ($flavour, holder objects expanded: $expand)', ({ flavour, expand }) => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ flavour, apiBehaviour: { expandHolderObjects: expand } });
    sims.push(sim);
  });

  it('groups and users in some live grant are resolved with no lookup, to the live spelling', async () => {
    const reader = createJiraReader(connectionFromEnv(sim.env('admin')));
    const live = await reader.listPermissionSchemes();
    const group = liveHolders(live, 'group')[0];
    const user = liveHolders(live, 'user')[0];
    expect(group?.parameter).toBeDefined();
    expect(user?.parameter).toBeDefined();
    sim.clearLog();
    const holders: HolderSpec[] =
      flavour === 'cloud'
        ? [
            { type: 'group', name: (group?.parameter ?? '').toUpperCase() },
            { type: 'group', id: group?.value ?? '' },
            { type: 'user', accountId: user?.parameter ?? '' },
          ]
        : [
            { type: 'group', name: group?.parameter ?? '' },
            { type: 'user', accountId: user?.parameter ?? '' },
          ];
    const result = await resolveSchemes(
      [
        spec(
          'jira-permissions/s.yml',
          holders.map((holder, index): [string, HolderSpec] => [PERMISSIONS[index] ?? '', holder]),
        ),
      ],
      reader,
    );
    expect(result.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    const liveKeys = new Set(
      live.flatMap((scheme) => scheme.grants.map((grant) => grantKey('ANY', grant.holder))),
    );
    const resolved = result.schemes[0]?.grants ?? [];
    expect(resolved).toHaveLength(holders.length);
    for (const grant of resolved) expect(liveKeys.has(grantKey('ANY', grant.holder))).toBe(true);
    expect(lookups(sim.countsByRoute())).toEqual([]);
  });

  it('a name no live grant carries is looked up (in bulk on Cloud), and a miss is still reported', async () => {
    const reader = createJiraReader(connectionFromEnv(sim.env('admin')));
    await reader.listPermissionSchemes();
    sim.clearLog();
    const result = await resolveSchemes(
      [
        spec('jira-permissions/s.yml', [
          ['ADD_COMMENTS', { type: 'group', name: 'no-such-group' }],
          ['ADD_COMMENTS', { type: 'user', accountId: 'no-such-account' }],
        ]),
      ],
      reader,
    );
    expect(result.findings.map((finding) => finding.ruleId).sort()).toEqual([
      'unresolved-group',
      'unresolved-user',
    ]);
    const counts = sim.countsByRoute();
    if (flavour === 'cloud') {
      expect(counts['GET /rest/api/3/group/bulk']).toBe(1);
      expect(counts['GET /rest/api/3/user/bulk']).toBe(1);
      expect(counts['GET /rest/api/3/user']).toBeUndefined();
    } else {
      expect(counts['GET /rest/api/2/groups/picker']).toBeGreaterThanOrEqual(1);
      expect(counts['GET /rest/api/2/user']).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('grantFacts', () => {
  it('reads a Cloud group (name and id) and a user with its expanded details', () => {
    expect(grantFacts({ holder: { type: 'group', parameter: 'devs', value: 'g-1' } }, false)).toEqual({
      group: { name: 'devs', id: 'g-1' },
    });
    expect(
      grantFacts(
        {
          holder: {
            type: 'user',
            parameter: 'a-1',
            value: 'a-1',
            user: { displayName: 'Ann', active: false },
          },
        },
        false,
      ),
    ).toEqual({ user: { accountId: 'a-1', active: false, displayName: 'Ann' } });
  });

  it('says nothing it cannot tell: a Cloud group without its id, a holder of another type', () => {
    expect(grantFacts({ holder: { type: 'group', parameter: 'devs' } }, false)).toEqual({});
    expect(grantFacts({ holder: { type: 'projectRole', parameter: '10002' } }, false)).toEqual({});
    expect(grantFacts('not a grant', false)).toEqual({});
  });

  it('reads Data Center groups by name and users by key', () => {
    expect(grantFacts({ holder: { type: 'group', parameter: 'devs' } }, true)).toEqual({
      group: { name: 'devs' },
    });
    expect(grantFacts({ holder: { type: 'user', parameter: 'JIRAUSER1' } }, true)).toEqual({
      user: { accountId: 'JIRAUSER1', active: true },
    });
  });
});
