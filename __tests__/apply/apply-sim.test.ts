import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { planAgainstLive, plannerFor } from '../../src/apply/fresh-plan.js';
import { connectionFromEnv } from '../../src/jira/connection.js';
import { createJiraReader, createJiraWriter } from '../../src/jira/factory.js';
import type { DesiredScheme } from '../../src/model/scheme.js';
import { renderPlanJson } from '../../src/view/plan-json.js';
import type { Settings } from '../../src/model/settings.js';
import { GROUP_IDS, ROLE_IDS, startSimulator, type Simulator } from '../../src/sim/index.js';
import {
  desiredFromState,
  desiredGrantKeys,
  schemeById,
  settings,
  stateGrantKeys,
  writerFor,
  applyWith,
  type ApplyArgs,
} from './sim-helpers.js';

const sims: Simulator[] = [];
const dirs: string[] = [];

afterEach(async () => {
  await Promise.all(sims.splice(0).map((sim) => sim.stop()));
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function simulator(): Promise<Simulator> {
  const sim = await startSimulator();
  sims.push(sim);
  return sim;
}

const admins = {
  type: 'projectRole',
  parameter: String(ROLE_IDS.administrators),
  value: String(ROLE_IDS.administrators),
};
const releaseManagers = { type: 'group', parameter: 'release-managers', value: GROUP_IDS.releaseManagers };
const softwareUsers = { type: 'group', parameter: 'jira-software-users', value: GROUP_IDS.softwareUsers };

function writes(sim: Simulator): string[] {
  return sim.requests.filter((request) => request.method !== 'GET').map((request) => request.route);
}

/** The files of every live scheme as they stand. */
function filesOf(sim: Simulator): DesiredScheme[] {
  return sim.state.schemes.map((scheme) => desiredFromState(sim.state, scheme));
}

function applyOptions(
  sim: Simulator,
  desired: DesiredScheme[],
  config: Settings,
  extra: Partial<ApplyArgs> = {},
): ApplyArgs {
  return {
    cwd: process.cwd(),
    env: {},
    writer: writerFor(sim),
    planner: plannerFor(desired, config, 'files-1'),
    ...extra,
  };
}

describe('apply against the simulator', () => {
  it('applies every change kind, then Jira equals the files and a fresh plan is empty', async () => {
    const sim = await simulator();
    const files = filesOf(sim).filter((scheme) => scheme.id !== 10002); // "Archived Projects (unused)": pruned
    const software = files.find((scheme) => scheme.id === 10000)!;
    software.name = 'Software Development (renamed)';
    software.description = 'Edited in the file.';
    software.grants.push({ permission: 'BROWSE_PROJECTS', holder: releaseManagers });
    software.grants = software.grants.filter((grant) => grant.holder.type !== 'user');
    files.push({
      name: 'Platform Team',
      description: 'Created by apply.',
      file: 'jira-permissions/platform.yml',
      grants: [
        { permission: 'ADMINISTER_PROJECTS', holder: admins },
        { permission: 'BROWSE_PROJECTS', holder: softwareUsers },
        { permission: 'ASSIGNABLE_USER', holder: { type: 'assignee' } },
      ],
    });
    const config = settings({ prune: true });
    const events: string[] = [];
    const result = await applyWith(
      applyOptions(sim, files, config, { allowDelete: true, events: (event) => events.push(event.type) }),
    );

    expect(result.journal.outcome).toBe('converged');
    expect(result.exitCode).toBe(0);
    expect(new Set(result.journal.entries.map((entry) => entry.action))).toEqual(
      new Set(['update-scheme', 'create-scheme', 'add-grant', 'remove-grant', 'delete-scheme']),
    );
    expect(result.journal.entries.every((entry) => entry.result === 'done')).toBe(true);
    expect(result.journal.remaining).toEqual([]);
    expect(events).toContain('planned');

    // The simulator's own state, not the product's reading of it.
    const state = sim.state;
    expect(state.schemes.some((scheme) => scheme.id === 10002)).toBe(false);
    const renamed = schemeById(state, 10000);
    expect(renamed.name).toBe('Software Development (renamed)');
    expect(renamed.description).toBe('Edited in the file.');
    for (const file of files) {
      const live = state.schemes.find((scheme) =>
        file.id === undefined ? scheme.name === file.name : scheme.id === file.id,
      );
      expect(live).toBeDefined();
      expect(stateGrantKeys(live!)).toEqual(desiredGrantKeys(file));
    }
    // An existing scheme's grants were never replaced wholesale.
    expect(
      writes(sim).filter((route) => route === 'PUT /rest/api/3/permissionscheme/{schemeId}'),
    ).toHaveLength(1);
    expect(sim.requests.some((request) => request.method === 'PUT' && request.status >= 400)).toBe(false);

    const reader = createJiraReader(connectionFromEnv(sim.env('admin')));
    const again = await planAgainstLive(files, config, 'files-1', reader);
    expect(again.changes).toEqual([]);
  });

  it('refuses a stale plan, naming what moved in Jira, and writes nothing', async () => {
    const sim = await simulator();
    const files = filesOf(sim);
    files
      .find((scheme) => scheme.id === 10000)!
      .grants.push({ permission: 'EDIT_ISSUES', holder: releaseManagers });
    const config = settings();
    const reviewed = await planAgainstLive(
      files,
      config,
      'files-1',
      createJiraReader(connectionFromEnv(sim.env('admin'))),
    );
    expect(reviewed.changes).toHaveLength(1);
    const dir = await mkdtemp(join(tmpdir(), 'apply-stale-'));
    dirs.push(dir);
    await writeFile(join(dir, 'plan.json'), renderPlanJson(reviewed));

    // Someone grants a group in Jira's UI after the plan was reviewed.
    schemeById(sim.state, 10000).grants.push({
      id: 99999,
      permission: 'BROWSE_PROJECTS',
      holder: { type: 'group', ref: GROUP_IDS.customers },
    });
    sim.clearLog();
    const result = await applyWith(applyOptions(sim, files, config, { cwd: dir, planFile: 'plan.json' }));
    expect(result.outcome).toBe('refused');
    expect(result.exitCode).toBe(1);
    expect(result.journal.refusals[0]).toBe(
      'scheme "Software Development" (10000): grant BROWSE_PROJECTS group jira-servicemanagement-customers-itsupport ' +
        `(${GROUP_IDS.customers}) was added in Jira since the plan was made (apply would now remove it)`,
    );
    expect(writes(sim)).toEqual([]);

    // The same plan, still true, is applied.
    schemeById(sim.state, 10000).grants.pop();
    const fine = await applyWith(applyOptions(sim, files, config, { cwd: dir, planFile: 'plan.json' }));
    expect(fine.outcome).toBe('converged');
  });

  it('stops on a guardrail before any write', async () => {
    const sim = await simulator();
    const files = filesOf(sim);
    const software = files.find((scheme) => scheme.id === 10000)!;
    software.grants.push({ permission: 'BROWSE_PROJECTS', holder: { type: 'anyone' } });
    sim.clearLog();
    const result = await applyWith(applyOptions(sim, files, settings()));
    expect(result.outcome).toBe('refused');
    expect(result.journal.refusals.join('\n')).toContain('guardrail public-exposure');
    expect(writes(sim)).toEqual([]);
  });

  it('gates scheme deletion on prune and --allow-delete, and never deletes a scheme in use', async () => {
    const sim = await simulator();
    const files = filesOf(sim).filter((scheme) => scheme.id !== 10002);

    const withoutSwitch = await applyWith(applyOptions(sim, files, settings({ prune: true })));
    expect(withoutSwitch.outcome).toBe('converged');
    expect(withoutSwitch.journal.entries[0]).toMatchObject({ action: 'delete-scheme', result: 'skipped' });
    expect(withoutSwitch.journal.message).toContain('need --allow-delete');
    expect(sim.state.schemes.some((scheme) => scheme.id === 10002)).toBe(true);

    const withoutPrune = await applyWith(
      applyOptions(sim, files, settings({ prune: false }), { allowDelete: true }),
    );
    expect(withoutPrune.outcome).toBe('no-changes');
    expect(sim.state.schemes.some((scheme) => scheme.id === 10002)).toBe(true);

    // A project moves onto the scheme after the plan was made, just before the deletion.
    const files2 = files.map((scheme) => structuredClone(scheme));
    files2
      .find((scheme) => scheme.id === 10000)!
      .grants.push({ permission: 'EDIT_ISSUES', holder: releaseManagers });
    const stopWatching = sim.onWrite((state) => {
      const project = state.projects.find((candidate) => candidate.key === 'MKT');
      if (project !== undefined) project.permissionSchemeId = 10002;
    });
    const inUse = await applyWith(
      applyOptions(sim, files2, settings({ prune: true }), { allowDelete: true }),
    );
    stopWatching();
    expect(inUse.outcome).toBe('failed');
    const deletion = inUse.journal.entries.find((entry) => entry.action === 'delete-scheme');
    expect(deletion).toMatchObject({ result: 'failed', attempts: 0 });
    expect(deletion?.detail).toContain('use this scheme (MKT)');
    expect(sim.state.schemes.some((scheme) => scheme.id === 10002)).toBe(true);
  });

  it('says the token lacks delete access when a removal gets 403', async () => {
    const sim = await simulator();
    const files = filesOf(sim);
    const software = files.find((scheme) => scheme.id === 10000)!;
    software.grants = software.grants.filter((grant) => grant.holder.type !== 'user');
    const writer = createJiraWriter(connectionFromEnv(sim.env('noDelete')), { retry: { maxAttempts: 1 } });
    const result = await applyWith(applyOptions(sim, files, settings(), { writer }));
    expect(result.outcome).toBe('failed');
    const removal = result.journal.entries.find((entry) => entry.action === 'remove-grant');
    expect(removal?.result).toBe('failed');
    expect(removal?.detail).toContain('the token lacks delete access');
    expect(removal?.detail).toContain('delete:permission:jira');
    expect(result.journal.remaining).toHaveLength(1);
  });
});
