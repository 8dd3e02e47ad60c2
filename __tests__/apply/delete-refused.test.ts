import { afterEach, describe, expect, it } from '@jest/globals';

import { plannerFor } from '../../src/apply/fresh-plan.js';
import { connectionFromEnv } from '../../src/jira/connection.js';
import { createJiraWriter } from '../../src/jira/factory.js';
import { GROUP_IDS, startSimulator, type Simulator } from '../../src/sim/index.js';
import { applyWith, desiredFromState, settings } from './sim-helpers.js';

/** A token that may write but not delete: apply adds, is refused at the removals, and says how to finish (#17). */

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.stop();
  sim = undefined;
});

describe('apply with a token that may not delete', () => {
  it('says what was done, what is left, and that a re-run with a token that may delete finishes the job', async () => {
    sim = await startSimulator();
    const files = sim.state.schemes.map((scheme) => desiredFromState(sim!.state, scheme));
    const software = files.find((scheme) => scheme.id === 10000)!;
    software.grants = software.grants.filter((grant) => grant.holder.type !== 'user');
    software.grants.push({
      permission: 'BROWSE_PROJECTS',
      holder: { type: 'group', parameter: 'release-managers', value: GROUP_IDS.releaseManagers },
    });
    const planner = plannerFor(files, settings(), 'files-1');

    const noDelete = createJiraWriter(connectionFromEnv(sim.env('noDelete')), { retry: { maxAttempts: 1 } });
    const stopped = await applyWith({ cwd: process.cwd(), env: {}, writer: noDelete, planner });
    expect(stopped.outcome).toBe('failed');
    const message = stopped.journal.message;
    expect(message).toContain('the token may not delete');
    expect(message).toContain('Done: 1 grant added.');
    expect(message).toMatch(/Left: 1 grant removal[;,]/);
    expect(message).toContain('Run apply again with a token that may delete');
    expect(message).toContain('finishes the job');

    // And it does: the admin token finishes with the removal alone.
    sim.clearLog();
    const admin = createJiraWriter(connectionFromEnv(sim.env('admin')));
    const finished = await applyWith({ cwd: process.cwd(), env: {}, writer: admin, planner });
    expect(finished.outcome).toBe('converged');
    expect(finished.journal.entries.map((entry) => entry.action)).toEqual(['remove-grant']);
  });

  it('keeps the ordinary summary when something else failed', async () => {
    sim = await startSimulator();
    const files = sim.state.schemes.map((scheme) => desiredFromState(sim!.state, scheme));
    files
      .find((scheme) => scheme.id === 10000)!
      .grants.push({
        permission: 'BROWSE_PROJECTS',
        holder: { type: 'group', parameter: 'release-managers', value: GROUP_IDS.releaseManagers },
      });
    const readOnly = createJiraWriter(connectionFromEnv(sim.env('readOnly')), { retry: { maxAttempts: 1 } });
    const result = await applyWith({
      cwd: process.cwd(),
      env: {},
      writer: readOnly,
      planner: plannerFor(files, settings(), 'files-1'),
    });
    expect(result.outcome).toBe('failed');
    expect(result.journal.message).toContain('Apply failed: 1 change(s) failed');
    expect(result.journal.message).not.toContain('may not delete');
  });
});
