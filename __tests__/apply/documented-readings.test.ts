import { afterEach, describe, expect, it } from '@jest/globals';

import { planAgainstLive, plannerFor } from '../../src/apply/fresh-plan.js';
import { connectionFromEnv } from '../../src/jira/connection.js';
import { createJiraReader } from '../../src/jira/factory.js';
import type { DesiredScheme } from '../../src/model/scheme.js';
import { GROUP_IDS, ROLE_IDS, startSimulator, type Simulator } from '../../src/sim/index.js';
import type { BehaviourChanges } from '../../src/sim/index.js';
import {
  applyWith,
  desiredFromState,
  desiredGrantKeys,
  settings,
  stateGrantKeys,
  writerFor,
} from './sim-helpers.js';

/**
 * Where Atlassian's documentation leaves an answer open, our simulator can play each reading; an
 * independent Jira may pick any of them. Apply must converge the same way under every one.
 */

const sims: Simulator[] = [];
afterEach(async () => {
  await Promise.all(sims.splice(0).map((sim) => sim.stop()));
});

const READINGS: [string, BehaviourChanges][] = [
  ['parameterless holders as parameter: null', { parameterlessHolders: 'null' }],
  ['holders without expanded objects', { expandHolderObjects: false }],
  ['other error wording', { errorWording: 'terse' }],
  ['pages of one item', { maxResultsCap: { projects: 1, groups: 1, users: 1, fields: 1 } }],
  ['Jira adds its add-ons role to new schemes', { addonsRoleOnCreate: true }],
];

describe.each(READINGS)('apply under the reading: %s', (_label, behaviour) => {
  it('converges (every change kind) and a fresh plan is empty', async () => {
    const sim = await startSimulator({ apiBehaviour: behaviour });
    sims.push(sim);
    const files: DesiredScheme[] = sim.state.schemes
      .filter((scheme) => scheme.id !== 10002)
      .map((scheme) => desiredFromState(sim.state, scheme));
    const software = files.find((scheme) => scheme.id === 10000)!;
    software.name = 'Software Development (renamed)';
    software.grants.push({
      permission: 'BROWSE_PROJECTS',
      holder: { type: 'group', parameter: 'release-managers', value: GROUP_IDS.releaseManagers },
    });
    software.grants = software.grants.filter((grant) => grant.holder.type !== 'user');
    const role = String(ROLE_IDS.administrators);
    files.push({
      name: 'Readings Team',
      file: 'jira-permissions/readings.yml',
      grants: [
        { permission: 'ADMINISTER_PROJECTS', holder: { type: 'projectRole', parameter: role, value: role } },
        { permission: 'BROWSE_PROJECTS', holder: { type: 'applicationRole' } },
        { permission: 'ASSIGNABLE_USER', holder: { type: 'assignee' } },
      ],
    });
    const config = settings({ prune: true });
    const result = await applyWith({
      cwd: process.cwd(),
      env: {},
      writer: writerFor(sim),
      planner: plannerFor(files, config, 'files-1'),
      allowDelete: true,
    });
    expect(result.journal.outcome).toBe('converged');
    expect(new Set(result.journal.entries.map((entry) => entry.action))).toEqual(
      new Set(['update-scheme', 'create-scheme', 'add-grant', 'remove-grant', 'delete-scheme']),
    );
    for (const file of files) {
      const live = sim.state.schemes.find((scheme) =>
        file.id === undefined ? scheme.name === file.name : scheme.id === file.id,
      );
      expect(live).toBeDefined();
      expect(stateGrantKeys(live!)).toEqual(desiredGrantKeys(file));
    }
    const reader = createJiraReader(connectionFromEnv(sim.env('admin')));
    const again = await planAgainstLive(files, config, 'files-1', reader);
    expect(again.changes).toEqual([]);
  });
});
