import { describe, expect, it } from '@jest/globals';

import { runCli } from '../../src/cli/main.js';
import { commandDeps } from '../../src/commands/deps.js';
import { runPin } from '../../src/commands/pin.js';
import type { Simulator } from '../../src/sim/index.js';
import { SCHEMES, planIn, simulatorWithRepos, type Repo } from './helpers.js';

/**
 * `jira-perms pin` against the simulator over real HTTP: the live ids go into the files that lack
 * them, one line each and nothing else; plan then has nothing to warn about; Jira is only read.
 */

let sim: Simulator;
const repo = simulatorWithRepos((started) => {
  sim = started;
});

/** Output of the command line, as a person sees it. */
async function cli(files: Repo, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(['pin', ...args], {
    env: sim.env(),
    cwd: files.cwd,
    stdout: { write: (text) => void (out += text) },
    stderr: { write: (text) => void (err += text) },
    isTTY: false,
    signal: new AbortController().signal,
  });
  return { code, out, err };
}

describe('jira-perms pin', () => {
  it('writes the id under name: in every file without one, changes nothing else, and only reads Jira', async () => {
    const files = await repo();
    const pinnedSoftware = files.read(SCHEMES.software);
    // A person's edits: the id lines gone, a comment and another quoting of the name added.
    files.edit(SCHEMES.software, 'id: 10000\n', '');
    files.edit(SCHEMES.software, 'name: Software Development\n', "name: 'Software Development'  # ours\n");
    files.edit(SCHEMES.default, 'id: 0\n', '');
    const editedDefault = files.read(SCHEMES.default);
    const before = await planIn(sim, files);
    expect(before.findings.filter((finding) => finding.ruleId === 'unpinned-scheme')).toHaveLength(2);
    sim.clearLog();

    const result = await runPin({}, commandDeps({ cwd: files.cwd, env: sim.env() }));

    expect(result.status).toBe('done');
    expect(result.pinned).toEqual([
      {
        file: SCHEMES.default,
        scheme: 'Default Permission Scheme',
        schemeId: 0,
        line: files.lineOf(SCHEMES.default, 'id: 0'),
      },
      {
        file: SCHEMES.software,
        scheme: 'Software Development',
        schemeId: 10000,
        line: files.lineOf(SCHEMES.software, 'id: 10000'),
      },
    ]);
    expect(result).toMatchObject({ alreadyPinned: 2, notLive: [], refused: [], unreadable: [] });
    expect(files.read(SCHEMES.software)).toBe(
      pinnedSoftware
        .replace('id: 10000\n', '')
        .replace('name: Software Development\n', "name: 'Software Development'  # ours\nid: 10000\n"),
    );
    expect(files.read(SCHEMES.default)).toBe(
      editedDefault.replace('name: Default Permission Scheme\n', 'name: Default Permission Scheme\nid: 0\n'),
    );
    expect(sim.requests.filter((request) => request.method !== 'GET')).toEqual([]);

    const after = await planIn(sim, files);
    expect(after.findings.filter((finding) => finding.ruleId === 'unpinned-scheme')).toEqual([]);
    expect(after.plan?.changes).toEqual([]);
    // Run again: nothing left to pin, nothing written.
    const again = await runPin({}, commandDeps({ cwd: files.cwd, env: sim.env() }));
    expect(again).toMatchObject({ status: 'done', pinned: [], alreadyPinned: 4 });
  });

  it('leaves a new scheme alone, lists a file it cannot edit, and exits 1 for it', async () => {
    const files = await repo();
    files.write(
      'jira-permissions/mobile.yml',
      'name: Mobile Team\ngrants:\n  BROWSE_PROJECTS: [{ projectRole: Developers }]\n',
    );
    // The whole scheme as one flow mapping: name: has no line of its own.
    files.write(
      SCHEMES.archived,
      `{name: "Archived Projects (unused)", grants: {BROWSE_PROJECTS: [anyone]}}\n`,
    );
    const text = files.read(SCHEMES.archived);

    const { code, out, err } = await cli(files);

    expect(code).toBe(1);
    expect(err).not.toContain('jira-perms pin:');
    expect(out).toContain(
      `not pinned ${SCHEMES.archived} ("Archived Projects (unused)"): name: is not on a line of its own`,
    );
    expect(out).toContain(
      '0 files pinned, 3 already pinned, 1 not in Jira yet (apply creates them and reports their ids), 1 not pinned.',
    );
    expect(files.read(SCHEMES.archived)).toBe(text);
    expect(files.read('jira-permissions/mobile.yml')).not.toContain('id:');
  });

  it('says why when Jira cannot be reached, and writes nothing', async () => {
    const files = await repo();
    files.edit(SCHEMES.software, 'id: 10000\n', '');
    const text = files.read(SCHEMES.software);
    sim.setFaults({ blockedAddress: true });
    const { code, out, err } = await cli(files);
    expect([code, out]).toEqual([1, '']);
    expect(err).toMatch(/^jira-perms pin: GET \S+permissionscheme\S*: 403 Forbidden/m);
    expect(files.read(SCHEMES.software)).toBe(text);
  });
});
