import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';

import { renderDoctor } from '../../src/view/doctor.js';
import { runCli } from '../../src/cli/main.js';
import { commandDeps } from '../../src/commands/deps.js';
import { runDoctor } from '../../src/commands/doctor.js';
import { startSimulator } from '../../src/sim/index.js';
import type { Simulator } from '../../src/sim/index.js';
import { capture } from './helpers.js';

/** `doctor --write-check`: proves write and delete access, fails for tokens without them, leaves nothing. */

let sim: Simulator;
let dc: Simulator;
beforeAll(async () => {
  sim = await startSimulator();
  dc = await startSimulator({ flavour: 'datacenter' });
});
afterAll(async () => {
  await sim.stop();
  await dc.stop();
});
beforeEach(() => {
  sim.clearLog();
  dc.clearLog();
});

const NOW = new Date('2026-12-01T10:11:12.345Z');
const NAME = 'jira-perms doctor check 2026-12-01T10:11:12Z';

function schemeNames(on: Simulator): string[] {
  return on.state.schemes.map((scheme) => scheme.name).sort();
}

function creates(on: Simulator): number {
  return on.requests.filter((entry) => entry.method === 'POST' && entry.route.endsWith('/permissionscheme'))
    .length;
}

describe('doctor --write-check', () => {
  it('passes for the admin token: creates and deletes one throwaway scheme, leaving the site as it was', async () => {
    const before = schemeNames(sim);
    const result = await runDoctor(
      { writeCheck: true },
      commandDeps({ cwd: '.', env: sim.env('admin'), clock: () => NOW }),
    );
    expect(result.ok).toBe(true);
    const write = result.checks.find((check) => check.id === 'write-access');
    expect(write?.status).toBe('pass');
    expect(write?.detail).toContain(`created and deleted the throwaway scheme "${NAME}"`);
    expect(creates(sim)).toBe(1);
    expect(sim.requests.filter((entry) => entry.method === 'DELETE' && entry.status === 204)).toHaveLength(1);
    expect(schemeNames(sim)).toEqual(before);
  });

  it.each([
    ['readOnly', 'may neither write nor delete'],
    ['noDelete', 'may write but not delete'],
    ['nonAdmin', 'may neither write nor delete'],
  ] as const)('fails for the %s token, saying what is missing, and creates nothing', async (kind, says) => {
    const before = schemeNames(sim);
    const result = await runDoctor(
      { writeCheck: true },
      commandDeps({ cwd: '.', env: sim.env(kind), clock: () => NOW }),
    );
    expect(result.ok).toBe(false);
    const write = result.checks.find((check) => check.id === 'write-access');
    expect(write?.status).toBe('fail');
    expect(write?.detail).toContain(says);
    expect(write?.detail).toContain('Nothing was created');
    expect(write?.fix).toMatch(/delete|write/i);
    expect(creates(sim)).toBe(0);
    expect(schemeNames(sim)).toEqual(before);
    expect(schemeNames(sim)).not.toContain(NAME);
  });

  it('passes on Data Center too', async () => {
    const before = schemeNames(dc);
    const result = await runDoctor(
      { writeCheck: true },
      commandDeps({ cwd: '.', env: dc.env('bearer'), clock: () => NOW }),
    );
    expect(result.checks.find((check) => check.id === 'write-access')?.status).toBe('pass');
    expect(schemeNames(dc)).toEqual(before);
  });

  it('from the command line: exit 0 for the admin, 1 for a token that may not delete', async () => {
    const admin = capture(sim.env('admin'));
    expect(await runCli(['doctor', '--write-check'], admin.context)).toBe(0);
    expect(admin.out()).toMatch(
      /^ok {4}write and delete\s+created and deleted the throwaway scheme "jira-perms doctor check /m,
    );
    const noDelete = capture(sim.env('noDelete'));
    expect(await runCli(['doctor', '--write-check'], noDelete.context)).toBe(1);
    expect(noDelete.out()).toMatch(/^FAIL {2}write and delete\s+the token may write but not delete/m);
    expect(schemeNames(sim).some((name) => name.startsWith('jira-perms doctor check'))).toBe(false);
  });

  it('without it, doctor writes nothing and says plainly that write and delete were not checked', async () => {
    const result = await runDoctor({}, commandDeps({ cwd: '.', env: sim.env('noDelete') }));
    const write = result.checks.find((check) => check.id === 'write-access');
    expect(write?.status).toBe('skip');
    expect(write?.detail).toContain('not checked');
    expect(write?.detail).toContain('--write-check');
    expect(result.ok).toBe(true);
    expect(renderDoctor(result)).toContain(
      'All checks passed.\nWrite and delete access were not checked: run jira-perms doctor --write-check to prove them.',
    );
    expect(sim.requests.every((entry) => entry.method === 'GET')).toBe(true);
  });

  it('has the option in --help', async () => {
    const io = capture({});
    expect(await runCli(['doctor', '--help'], io.context)).toBe(0);
    expect(io.out()).toContain('--write-check');
    expect(io.out()).toContain('jira-perms doctor check <time>');
  });
});
