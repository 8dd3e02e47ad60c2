import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { CliContext } from '../../src/cli/command.js';
import { runCli } from '../../src/cli/main.js';
import { ROLE_IDS, startSimulator, type Simulator } from '../../src/sim/index.js';

/**
 * Two applies of the same files at once against one site (two merges in a row, two runners): whatever
 * order their writes interleave in, no grant is added twice, an apply that sees Jira change under it
 * stops before its removals and says so, and a re-run leaves Jira equal to the files (an empty plan).
 */

const sims: Simulator[] = [];
const dirs: string[] = [];

afterEach(async () => {
  await Promise.all(sims.splice(0).map((sim) => sim.stop()));
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function run(cwd: string, env: Record<string, string>, argv: string[]) {
  const out = { stdout: '', stderr: '' };
  const context: CliContext = {
    argv: [],
    env,
    cwd,
    isTTY: false,
    signal: new AbortController().signal,
    stdout: { write: (text) => (out.stdout += text) },
    stderr: { write: (text) => (out.stderr += text) },
  };
  const code = await runCli(argv, context);
  return { code, ...out };
}

describe('two applies of the same files at once', () => {
  it('add no grant twice, stop before removing when they see each other, and a re-run converges', async () => {
    const sim = await startSimulator();
    sims.push(sim);
    const cwd = await mkdtemp(join(tmpdir(), 'apply-concurrent-'));
    dirs.push(cwd);
    const env = sim.env();
    expect((await run(cwd, env, ['export'])).code).toBe(0);

    // Five additions and the removal of a whole permission's grants in one scheme.
    const file = join(cwd, 'jira-permissions', 'software-development.yml');
    const text = await readFile(file, 'utf8');
    const edited = text
      .replace(/\n {2}DELETE_ISSUES:\n(?: {4}- .*\n)+/, '\n')
      .replace(
        '\ngrants:\n',
        '\ngrants:\n  SCHEDULE_ISSUES:\n    - projectRole: Developers\n    - projectRole: Users\n' +
          '  MOVE_ISSUES:\n    - projectRole: Developers\n    - projectRole: Users\n    - projectRole: Administrators\n',
      );
    expect(edited).not.toBe(text);
    await writeFile(file, edited);
    const before = await run(cwd, env, ['plan', '--json']);
    expect(before.code).toBe(0);
    const planned = (JSON.parse(before.stdout) as { changes: { action: string }[] }).changes;
    expect(planned.filter((change) => change.action === 'add-grant').length).toBeGreaterThanOrEqual(5);
    expect(planned.some((change) => change.action === 'remove-grant')).toBe(true);

    // Latency on every request, so the two runs' reads and writes interleave.
    sim.setFaults({ latency: { fixedMs: 15, jitterMs: 20 } });
    const [first, second] = await Promise.all([
      run(cwd, env, ['apply', '--yes']),
      run(cwd, env, ['apply', '--yes']),
    ]);
    sim.setFaults({});

    // Each one finished the job or, seeing Jira change under it, stopped before its removals and said so.
    for (const outcome of [first, second]) {
      if (outcome.code !== 0) expect(outcome.stderr).toContain('Another apply or a person is changing');
    }
    const grantKeys = (): string[] =>
      (sim.state.schemes.find((candidate) => candidate.name === 'Software Development')?.grants ?? []).map(
        (grant) => `${grant.permission}|${grant.holder.type}:${grant.holder.ref ?? ''}`,
      );
    // No grant was added twice, whichever run's write landed first.
    expect(new Set(grantKeys()).size).toBe(grantKeys().length);
    expect(grantKeys().filter((key) => key.startsWith('MOVE_ISSUES|'))).toHaveLength(3);

    // A re-run finishes whatever the stopped runs left.
    const again = await run(cwd, env, ['apply', '--yes']);
    expect(again.code).toBe(0);
    // Only the app role Jira manages itself keeps DELETE_ISSUES: the files leave it alone.
    expect(grantKeys().filter((key) => key.startsWith('DELETE_ISSUES|'))).toEqual([
      `DELETE_ISSUES|projectRole:${String(ROLE_IDS.addons)}`,
    ]);
    expect(new Set(grantKeys()).size).toBe(grantKeys().length);

    const after = await run(cwd, env, ['plan', '--json']);
    expect(after.code).toBe(0);
    expect((JSON.parse(after.stdout) as { changes: unknown[] }).changes).toEqual([]);
  });
});
