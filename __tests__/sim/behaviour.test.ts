import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import {
  DEFAULT_BEHAVIOUR,
  ROLE_IDS,
  startSimulator,
  type Simulator,
  type SiteData,
} from '../../src/sim/index.js';
import { call, expectContract, expectError } from './helpers.js';

/** The behaviours Atlassian's documentation leaves open, each switchable. */

interface WireGrant {
  id: number;
  permission: string;
  holder: { type: string; parameter?: string | null; value?: string };
}

let sim: Simulator;
let pristine: SiteData;

beforeAll(async () => {
  sim = await startSimulator();
  pristine = sim.snapshot();
});
afterAll(async () => {
  await sim.stop();
});
beforeEach(() => {
  sim.restore(pristine);
  sim.setBehaviour(DEFAULT_BEHAVIOUR);
});

describe('error wording', () => {
  it('words the same error differently but keeps status and body shape', async () => {
    const jira = await call(sim, 'GET', '/rest/api/3/permissionscheme/9090');
    sim.setBehaviour({ errorWording: 'terse' });
    const terse = await call(sim, 'GET', '/rest/api/3/permissionscheme/9090');
    expectError(jira, 404, /9090/);
    expectError(terse, 404, /9090/);
    expect(terse.body).not.toEqual(jira.body);
  });
});

describe('deleting a scheme in use', () => {
  it('refuses with 400 by default, or 409 when switched', async () => {
    expectError(await call(sim, 'DELETE', '/rest/api/3/permissionscheme/10001'), 400, /HELP/);
    sim.setBehaviour({ deleteInUseStatus: 409 });
    expectError(await call(sim, 'DELETE', '/rest/api/3/permissionscheme/10001'), 409, /HELP/);
    expect(sim.state.schemes.some((scheme) => scheme.id === 10001)).toBe(true);
  });

  it('deletes and moves its projects to the default scheme when switched to fallback', async () => {
    sim.setBehaviour({ deleteInUseScheme: 'fallback' });
    expectContract(
      await call(sim, 'DELETE', '/rest/api/3/permissionscheme/10000'),
      'DELETE',
      '/rest/api/3/permissionscheme/{schemeId}',
      204,
    );
    const moved = sim.state.projects.filter((project) => ['SOFT', 'MOB'].includes(project.key));
    expect(moved.map((project) => project.permissionSchemeId)).toEqual([0, 0]);
    const scheme = await call(sim, 'GET', '/rest/api/3/project/SOFT/permissionscheme');
    expect(scheme.body).toMatchObject({ id: 0 });
  });
});

describe('parameterless holders', () => {
  const reporterHolders = async (): Promise<WireGrant['holder'][]> => {
    const answer = await call(sim, 'GET', '/rest/api/3/permissionscheme/10000');
    return (answer.body as { permissions: WireGrant[] }).permissions
      .filter((grant) => ['reporter', 'assignee', 'projectLead'].includes(grant.holder.type))
      .map((grant) => grant.holder);
  };

  it('omit the parameter by default', async () => {
    const holders = await reporterHolders();
    expect(holders.length).toBeGreaterThan(0);
    for (const holder of holders) expect('parameter' in holder).toBe(false);
  });

  it('carry parameter: null when switched', async () => {
    sim.setBehaviour({ parameterlessHolders: 'null' });
    const holders = await reporterHolders();
    expect(holders.length).toBeGreaterThan(0);
    for (const holder of holders) expect(holder.parameter).toBeNull();
  });

  it('accept parameter: null on input either way', async () => {
    const answer = await call(sim, 'POST', '/rest/api/3/permissionscheme/10000/permission', {
      body: { permission: 'MODIFY_REPORTER', holder: { type: 'projectLead', parameter: null } },
    });
    expectContract(answer, 'POST', '/rest/api/3/permissionscheme/{schemeId}/permission', 201);
  });
});

describe('grant ids after a PUT with permissions', () => {
  const body = {
    name: 'Software Development',
    permissions: [
      {
        permission: 'ADMINISTER_PROJECTS',
        holder: { type: 'projectRole', value: String(ROLE_IDS.administrators) },
      },
      { permission: 'BROWSE_PROJECTS', holder: { type: 'anyone' } },
    ],
  };
  const existingAdminGrant = (): number | undefined =>
    sim.state.schemes
      .find((scheme) => scheme.id === 10000)
      ?.grants.find(
        (grant) =>
          grant.permission === 'ADMINISTER_PROJECTS' && grant.holder.ref === String(ROLE_IDS.administrators),
      )?.id;

  it('are all new by default', async () => {
    const before = existingAdminGrant();
    await call(sim, 'PUT', '/rest/api/3/permissionscheme/10000', { body });
    expect(existingAdminGrant()).toBeDefined();
    expect(existingAdminGrant()).not.toBe(before);
  });

  it('are kept for unchanged grants when switched', async () => {
    sim.setBehaviour({ grantIdsAfterPut: 'keep' });
    const before = existingAdminGrant();
    await call(sim, 'PUT', '/rest/api/3/permissionscheme/10000', { body });
    expect(existingAdminGrant()).toBe(before);
    expect(sim.state.schemes.find((scheme) => scheme.id === 10000)?.grants).toHaveLength(2);
  });
});

describe('the add-ons role on new schemes', () => {
  it('is not added by default, and added to every granted permission when switched', async () => {
    const body = {
      name: 'With add-ons',
      permissions: [
        { permission: 'BROWSE_PROJECTS', holder: { type: 'anyone' } },
        { permission: 'EDIT_ISSUES', holder: { type: 'reporter' } },
      ],
    };
    const plain = await call(sim, 'POST', '/rest/api/3/permissionscheme', { body });
    expect((plain.body as { permissions: WireGrant[] }).permissions).toHaveLength(2);
    sim.setBehaviour({ addonsRoleOnCreate: true });
    const withRole = await call(sim, 'POST', '/rest/api/3/permissionscheme', {
      body: { ...body, name: 'With add-ons 2' },
    });
    expectContract(withRole, 'POST', '/rest/api/3/permissionscheme', 201);
    const grants = (withRole.body as { permissions: WireGrant[] }).permissions;
    expect(grants).toHaveLength(4);
    const addons = grants.filter((grant) => grant.holder.value === String(ROLE_IDS.addons));
    expect(addons.map((grant) => grant.permission).sort()).toEqual(['BROWSE_PROJECTS', 'EDIT_ISSUES']);
  });
});

describe('expanded holder objects', () => {
  it('can be left out, leaving only the expand hint', async () => {
    sim.setBehaviour({ expandHolderObjects: false });
    const answer = await call(sim, 'GET', '/rest/api/3/permissionscheme/10000?expand=all');
    expectContract(answer, 'GET', '/rest/api/3/permissionscheme/{schemeId}', 200);
    const group = (
      answer.body as { permissions: (WireGrant & { holder: { group?: unknown; expand?: string } })[] }
    ).permissions.find((grant) => grant.holder.type === 'group');
    expect(group?.holder.group).toBeUndefined();
    expect(group?.holder.expand).toBe('group');
  });
});

describe('page-size caps', () => {
  it('can be set at start', async () => {
    const small = await startSimulator({ apiBehaviour: { maxResultsCap: { projects: 2 } } });
    try {
      const answer = await call(small, 'GET', '/rest/api/3/project/search?maxResults=50');
      expect(answer.body).toMatchObject({ maxResults: 2, total: 5, isLast: false });
      expect(small.behaviour.maxResultsCap.groups).toBe(DEFAULT_BEHAVIOUR.maxResultsCap.groups);
    } finally {
      await small.stop();
    }
  });
});
