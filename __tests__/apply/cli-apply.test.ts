import { afterEach, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { dump, load } from 'js-yaml';

import { readJournalFile } from '../../src/apply/journal-file.js';
import type { Journal } from '../../src/apply/journal.js';
import type { CliContext } from '../../src/cli/command.js';
import { parseOptions } from '../../src/cli/arguments.js';
import { APPLY_SPEC, applyCommand, createApplyCommand } from '../../src/cli/commands/apply.js';
import { runCli } from '../../src/cli/main.js';
import { GROUP_IDS, startSimulator, type Simulator } from '../../src/sim/index.js';

const sims: Simulator[] = [];
const dirs: string[] = [];

afterEach(async () => {
  await Promise.all(sims.splice(0).map((sim) => sim.stop()));
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function project(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'apply-cli-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), text);
  }
  return dir;
}

function io(cwd: string, env: Record<string, string>, argv: string[] = []) {
  const out = { stdout: '', stderr: '' };
  const context: CliContext = {
    argv,
    env,
    cwd,
    isTTY: false,
    signal: new AbortController().signal,
    stdout: { write: (text) => (out.stdout += text) },
    stderr: { write: (text) => (out.stderr += text) },
  };
  return { context, out };
}

const TEAM_SCHEME = `name: CLI Team
description: Made by the apply command test.
grants:
  ADMINISTER_PROJECTS:
    - projectRole: Administrators
  BROWSE_PROJECTS:
    - group: jira-software-users
    - projectRole: Developers
  ASSIGNABLE_USER: [assignee, projectLead]
`;

function writesTo(sim: Simulator): number {
  return sim.requests.filter((request) => request.method !== 'GET').length;
}

describe('jira-perms apply (command line)', () => {
  it('documents itself and rejects unknown options', async () => {
    const help = io(process.cwd(), {});
    expect(await runCli(['apply', '--help'], help.context)).toBe(0);
    for (const phrase of [
      '--plan FILE',
      '--allow-delete',
      '--yes',
      '--out FILE',
      'Interrupts',
      'Delete categor',
    ]) {
      expect(help.out.stdout).toContain(phrase);
    }
    const bad = io(process.cwd(), {});
    expect(await runCli(['apply', '--force'], bad.context)).toBe(1);
    expect(bad.out.stderr).toContain('unknown option "--force"');
    expect(parseOptions(APPLY_SPEC, ['--plan'])).toEqual({
      ok: false,
      error: expect.stringContaining('--plan needs a value'),
    });
    expect(parseOptions(APPLY_SPEC, ['--plan=p.json', '-y', '--allow-delete'])).toEqual({
      ok: true,
      options: expect.objectContaining({
        plan: 'p.json',
        yes: true,
        allowDelete: true,
        noColor: false,
      }),
    });
  });

  it('asks before writing, refuses without a terminal, applies on "yes" and writes the journal', async () => {
    const sim = await startSimulator();
    sims.push(sim);
    const cwd = await project({ 'jira-permissions/cli-team.yml': TEAM_SCHEME });
    const env = sim.env('admin');

    const noTerminal = io(cwd, env);
    expect(await applyCommand.run(noTerminal.context)).toBe(1);
    expect(noTerminal.out.stdout).toContain('CLI Team');
    expect(noTerminal.out.stderr).toContain('no terminal to confirm on');
    expect(writesTo(sim)).toBe(0);

    const questions: string[] = [];
    const answering = (answer: string) =>
      createApplyCommand({
        prompt: () => (question) => {
          questions.push(question);
          return Promise.resolve(answer);
        },
      });
    const declined = io(cwd, env);
    expect(await answering('no').run(declined.context)).toBe(1);
    expect(declined.out.stderr).toContain('Apply cancelled');
    expect(questions).toHaveLength(1);
    expect(writesTo(sim)).toBe(0);

    const approved = io(cwd, env, ['--out', 'out/journal.json']);
    expect(await answering('yes').run(approved.context)).toBe(0);
    // Without a terminal, planning is reported a line per step (#17), before the plan is shown.
    expect(approved.out.stderr).toContain('Reading the live permission schemes...\n');
    expect(approved.out.stdout).toMatch(/\[1\/\d+\] \+ scheme "CLI Team" \.\.\. done/);
    expect(approved.out.stdout).toContain('Apply done: Jira matches the files');
    const journal = JSON.parse(await readFile(join(cwd, 'out/journal.json'), 'utf8')) as Journal;
    expect(journal.outcome).toBe('converged');
    expect(journal.entries.length).toBeGreaterThan(1);
    const created = sim.state.schemes.find((scheme) => scheme.name === 'CLI Team');
    expect(created?.description).toBe('Made by the apply command test.');

    // Another apply, alive on this machine, is still writing a journal there: refused before Jira is read.
    const busyFile = join(cwd, 'out/busy.json');
    const start = { record: 'start', version: 1, startedAt: '2026-01-01T00:00:00.000Z' };
    await writeFile(busyFile, `${JSON.stringify({ ...start, pid: process.ppid, host: hostname() })}\n`);
    const requestsBefore = sim.requests.length;
    const busy = io(cwd, env, ['--yes', '--out', 'out/busy.json']);
    expect(await applyCommand.run(busy.context)).toBe(1);
    expect(busy.out.stderr).toContain(`another apply (process ${process.ppid}) is writing this journal`);
    expect(busy.out.stderr).toContain('Nothing was written to Jira');
    expect(sim.requests.length).toBe(requestsBefore);
    // The journal of an apply that was killed (its process is gone) is taken over.
    const gone = spawn(process.execPath, ['-e', '']);
    await new Promise((resolveExit) => gone.on('exit', resolveExit));
    await writeFile(busyFile, `${JSON.stringify({ ...start, pid: gone.pid, host: hostname() })}\n`);
    const takeOver = io(cwd, env, ['--yes', '--out', 'out/busy.json']);
    expect(await applyCommand.run(takeOver.context)).toBe(0);
    expect((JSON.parse(await readFile(busyFile, 'utf8')) as Journal).outcome).toBe('no-changes');

    const again = io(cwd, env, ['--yes']);
    expect(await applyCommand.run(again.context)).toBe(0);
    expect(again.out.stdout).toContain('No changes');
  });

  it('refuses files with errors before connecting', async () => {
    const cwd = await project({
      'jira-permissions/bad.yml': 'name: Bad\ngrants:\n  BROWSE_PROJECTS: [nobody]\n',
    });
    const run = io(cwd, { JIRA_BASE_URL: 'http://127.0.0.1:9', JIRA_EMAIL: 'a@b.c', JIRA_API_TOKEN: 't' }, [
      '--yes',
    ]);
    expect(await applyCommand.run(run.context)).toBe(1);
    expect(run.out.stderr).toContain('Apply refused; nothing was written');
    // The one finding line (#12): `file:line:col  severity  message  rule`, as validate writes it.
    expect(run.out.stderr).toMatch(/jira-permissions\/bad\.yml:3:21 {2}error {2}.* {2}schema\n/);
    expect(run.out.stderr).not.toContain('127.0.0.1:9');
    // Said once, with its reasons (#17): not again in the closing line's words.
    expect(run.out.stderr.match(/nothing was written/g)).toHaveLength(1);
  });
});

describe('jira-perms export, plan --out, apply --plan: the whole loop on real files', () => {
  it('refuses a reviewed plan that Jira moved away from, applies it once true again, then every change kind', async () => {
    const sim = await startSimulator();
    sims.push(sim);
    const cwd = await project({});
    const env = sim.env('admin');
    const cli = async (...args: string[]) => {
      const run = io(cwd, env, []);
      const code = await runCli(args, run.context);
      return { code, ...run.out };
    };
    expect((await cli('export')).code).toBe(0);
    const files = await readdir(join(cwd, 'jira-permissions'));
    const fileOf = (fragment: string) =>
      join(
        cwd,
        'jira-permissions',
        files.find((name) => name.includes(fragment))!,
      );
    const software = fileOf('software');
    // The default scheme (id 0) stays unmanaged here: this test is about apply, not about pinning id 0.
    await rm(fileOf('default-permission-scheme'));
    const edit = async (file: string, change: (doc: Record<string, unknown>) => void) => {
      const doc = load(await readFile(file, 'utf8')) as Record<string, unknown>;
      change(doc);
      await writeFile(file, dump(doc));
    };
    type Grants = Record<string, unknown[]>;
    await edit(software, (doc) => {
      (doc.grants as Grants).EDIT_ISSUES!.push({
        group: { name: 'release-managers', id: GROUP_IDS.releaseManagers },
      });
    });

    const planned = await cli('plan', '--out', 'plan.json', '--detailed-exitcode');
    expect(planned.code).toBe(2);

    // Someone changes the scheme in Jira after the plan was reviewed.
    const softwareScheme = () => sim.state.schemes.find((scheme) => scheme.id === 10000)!;
    softwareScheme().grants.push({ id: 99990, permission: 'LINK_ISSUES', holder: { type: 'reporter' } });
    const stale = await cli('apply', '--plan', 'plan.json', '--yes');
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain(
      'scheme "Software Development" (10000): grant LINK_ISSUES reporter was added in Jira since the plan was made',
    );
    expect(writesTo(sim)).toBe(0);

    softwareScheme().grants.pop();
    // No --yes and no terminal: the reviewed plan file is the approval.
    const applied = await cli('apply', '--plan', 'plan.json');
    expect(applied.stderr).not.toContain('refused');
    expect(applied.code).toBe(0);
    expect(
      softwareScheme().grants.some(
        (grant) => grant.permission === 'EDIT_ISSUES' && grant.holder.ref === GROUP_IDS.releaseManagers,
      ),
    ).toBe(true);

    // Every change kind from files: rename + description, add, remove, create, delete (prune).
    await edit(software, (doc) => {
      doc.name = 'Software Development (renamed)';
      doc.description = 'Renamed through apply.';
      const grants = doc.grants as Grants;
      grants.ADD_COMMENTS = grants.ADD_COMMENTS!.filter(
        (holder) => typeof holder !== 'object' || holder === null || !('user' in holder),
      );
      grants.CLOSE_ISSUES!.push('assignee');
    });
    await writeFile(join(cwd, 'jira-permissions', 'new-team.yml'), TEAM_SCHEME);
    await rm(fileOf('archived'));
    await writeFile(join(cwd, '.jira-permissions.yml'), 'prune: true\n');
    const all = await cli('apply', '--yes', '--allow-delete', '--out', 'journal.json');
    expect(all.stderr).not.toContain('failed');
    expect(all.code).toBe(0);
    const journal = JSON.parse(await readFile(join(cwd, 'journal.json'), 'utf8')) as Journal;
    expect(new Set(journal.entries.map((entry) => entry.action))).toEqual(
      new Set(['update-scheme', 'create-scheme', 'add-grant', 'remove-grant', 'delete-scheme']),
    );
    expect(sim.state.schemes.some((scheme) => scheme.id === 10002)).toBe(false);
    expect(softwareScheme().name).toBe('Software Development (renamed)');
    expect(sim.state.schemes.some((scheme) => scheme.name === 'CLI Team')).toBe(true);
    expect((await cli('plan', '--detailed-exitcode')).code).toBe(0);
  });
});

describe('jira-perms apply on Data Center and with Jira-managed grants on new schemes', () => {
  it('converges on a Data Center site (REST v2, groups by name) and keeps the add-ons role Jira grants', async () => {
    for (const flavour of ['datacenter', 'cloud'] as const) {
      const sim = await startSimulator({ flavour, apiBehaviour: { addonsRoleOnCreate: true } });
      sims.push(sim);
      const cwd = await project({});
      const env = sim.env('admin');
      const cli = async (...args: string[]) => {
        const run = io(cwd, env, []);
        const code = await runCli(args, run.context);
        return { code, ...run.out };
      };
      expect((await cli('export', '--scheme', 'Software Development')).code).toBe(0);
      const [file] = await readdir(join(cwd, 'jira-permissions'));
      const path = join(cwd, 'jira-permissions', file!);
      const doc = load(await readFile(path, 'utf8')) as { grants: Record<string, unknown[]> };
      doc.grants.EDIT_ISSUES!.push({ group: 'release-managers' });
      doc.grants.ADD_COMMENTS = doc.grants.ADD_COMMENTS!.filter((holder) => holder !== 'reporter');
      await writeFile(path, dump(doc));
      await writeFile(join(cwd, 'jira-permissions', 'team.yml'), TEAM_SCHEME);

      const applied = await cli('apply', '--yes');
      expect(applied.stderr).not.toContain('failed');
      expect(applied.code).toBe(0);
      expect((await cli('plan', '--detailed-exitcode')).code).toBe(0);
      const team = sim.state.schemes.find((scheme) => scheme.name === 'CLI Team')!;
      // Jira granted its add-ons role on every permission of the new scheme; it is Jira's, so it stays.
      expect(
        team.grants.some((grant) => grant.holder.type === 'projectRole' && grant.holder.ref === '10003'),
      ).toBe(true);
      const software = sim.state.schemes.find((scheme) => scheme.id === 10000)!;
      expect(
        software.grants.some(
          (grant) => grant.permission === 'EDIT_ISSUES' && grant.holder.ref === GROUP_IDS.releaseManagers,
        ),
      ).toBe(true);
      expect(
        software.grants.some(
          (grant) => grant.permission === 'ADD_COMMENTS' && grant.holder.type === 'reporter',
        ),
      ).toBe(false);
    }
  });
});

/** Fifty-one grants to add one by one to the unused "Archived Projects" scheme: a long apply. */
function longScheme(): string {
  const permissions = [
    'CREATE_ISSUES',
    'EDIT_ISSUES',
    'LINK_ISSUES',
    'ADD_COMMENTS',
    'CREATE_ATTACHMENTS',
    'WORK_ON_ISSUES',
    'MANAGE_WATCHERS',
    'ASSIGN_ISSUES',
    'RESOLVE_ISSUES',
    'CLOSE_ISSUES',
  ];
  const holders = [
    'projectRole: Developers',
    'projectRole: Users',
    `group: {name: release-managers, id: ${GROUP_IDS.releaseManagers}}`,
    'reporter',
    'assignee',
  ];
  const lines = [
    'name: Archived Projects (unused)',
    'id: 10002',
    'description: Read-only access for archived work. No project uses it yet.',
    'grants:',
    '  ADMINISTER_PROJECTS: [projectRole: Administrators]',
    '  BROWSE_PROJECTS: [projectRole: Administrators]',
  ];
  for (const permission of permissions) {
    lines.push(`  ${permission}:`);
    for (const holder of holders) lines.push(`    - ${holder}`);
  }
  return `${lines.join('\n')}\n`;
}

interface ChildRun {
  code: number | null;
  stdout: string;
  stderr: string;
  msAfterSignal?: number;
}

/** Runs the real CLI entry in a child process (as a person would), optionally interrupting it. */
function runChild(
  cwd: string,
  env: Record<string, string>,
  args: string[],
  interruptWhen?: (out: string) => boolean,
  signal: NodeJS.Signals = 'SIGINT',
) {
  return new Promise<ChildRun>((resolveRun, reject) => {
    // tsx's loader by path: the child runs in a temporary folder, where `tsx` would not resolve.
    const loader = pathToFileURL(join(process.cwd(), 'node_modules/tsx/dist/loader.mjs')).href;
    const child = spawn(
      process.execPath,
      ['--import', loader, join(process.cwd(), 'src/cli/index.ts'), ...args],
      {
        cwd,
        env: { ...process.env, ...env, NODE_OPTIONS: '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    let signalledAt: number | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (signalledAt === undefined && interruptWhen?.(stdout) === true) {
        signalledAt = Date.now();
        child.kill(signal);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const run: ChildRun = { code, stdout, stderr };
      if (signalledAt !== undefined) run.msAfterSignal = Date.now() - signalledAt;
      resolveRun(run);
    });
  });
}

describe('jira-perms apply: interrupts', () => {
  it('stops starting writes on SIGINT, writes the journal, exits 1 within 5 s, and a second run converges', async () => {
    const sim = await startSimulator({ latencyMs: 40 });
    sims.push(sim);
    const cwd = await project({ 'jira-permissions/archived.yml': longScheme() });
    const env = { ...sim.env('admin'), NO_COLOR: '1' };

    const interrupted = await runChild(cwd, env, ['apply', '--yes', '--out', 'journal.json'], (out) =>
      /\[\s*5\/\d+\]/.test(out),
    );
    expect(interrupted.code).toBe(1);
    expect(interrupted.msAfterSignal).toBeDefined();
    expect(interrupted.msAfterSignal!).toBeLessThan(5_000);
    expect(existsSync(join(cwd, 'journal.json'))).toBe(true);
    const journal = JSON.parse(await readFile(join(cwd, 'journal.json'), 'utf8')) as Journal;
    expect(journal.outcome).toBe('interrupted');
    expect(journal.counts.done).toBeGreaterThanOrEqual(5);
    expect(journal.counts.skipped).toBeGreaterThan(0);
    expect(
      journal.entries.filter((entry) => entry.result === 'skipped').every((entry) => entry.attempts === 0),
    ).toBe(true);
    const grantsAfterInterrupt = sim.state.schemes.find((scheme) => scheme.id === 10002)!.grants.length;

    const second = await runChild(cwd, env, ['apply', '--yes']);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('Apply done: Jira matches the files');
    const finalGrants = sim.state.schemes.find((scheme) => scheme.id === 10002)!.grants;
    expect(finalGrants.length).toBeGreaterThan(grantsAfterInterrupt);
    // 2 + 10 x 5 from the file, plus the add-ons role Jira manages.
    expect(finalGrants.filter((grant) => grant.holder.ref !== '10003')).toHaveLength(52);
  }, 30_000);

  it('leaves a journal when killed with SIGKILL mid-apply: every settled change, the rest in doubt', async () => {
    const sim = await startSimulator({ latencyMs: 40 });
    sims.push(sim);
    const cwd = await project({ 'jira-permissions/archived.yml': longScheme() });
    const env = { ...sim.env('admin'), NO_COLOR: '1' };

    // kill -9: no handler runs, nothing is written at exit; only what apply flushed as it went is left.
    const killed = await runChild(
      cwd,
      env,
      ['apply', '--yes', '--out', 'journal.json'],
      (out) => /\[\s*5\/\d+\]/.test(out),
      'SIGKILL',
    );
    expect(killed.code).toBeNull();
    expect(killed.stdout).not.toMatch(/Apply (done|failed|interrupted)/);
    // Still in lines (apply never ended): a start record, the planned changes, what settled.
    const lines = (await readFile(join(cwd, 'journal.json'), 'utf8')).split('\n').filter(Boolean);
    const records = lines.map((line) => (JSON.parse(line) as { record: string }).record);
    expect(records[0]).toBe('start');
    expect(records).toContain('planned');
    expect(records.filter((record) => record === 'settled').length).toBeGreaterThanOrEqual(5);
    const journal = readJournalFile(join(cwd, 'journal.json'));
    expect(journal.outcome).toBe('interrupted');
    expect(journal.message).toContain('stopped');
    // Every line printed as settled was on the disk first; the changes never settled are still listed.
    expect(journal.counts.done).toBeGreaterThanOrEqual(5);
    expect(journal.counts.pending).toBeGreaterThan(0);
    expect(journal.counts.total).toBe(journal.entries.length);
    // What the journal says was done is in Jira.
    const live = sim.state.schemes.find((scheme) => scheme.id === 10002)!;
    const done = journal.entries.filter((entry) => entry.result === 'done' && entry.action === 'add-grant');
    expect(done.length).toBeGreaterThanOrEqual(5);
    for (const entry of done) {
      expect(live.grants.some((grant) => grant.permission === entry.permission)).toBe(true);
    }

    // A second run finishes the job; once it ends, the file is the journal as one JSON document.
    const second = await runChild(cwd, env, ['apply', '--yes', '--out', 'journal.json']);
    expect(second.code).toBe(0);
    const finished = JSON.parse(await readFile(join(cwd, 'journal.json'), 'utf8')) as Journal;
    expect(finished.outcome).toBe('converged');
    expect(finished.counts.pending).toBe(0);
    expect(finished.counts.done).toBe(finished.counts.total);
    expect(readdirSync(cwd).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  }, 30_000);

  it('does not wait for a write Jira never answers: SIGTERM, 2 s grace, journal, exit within 5 s', async () => {
    const sim = await startSimulator();
    sims.push(sim);
    sim.setFaults({ hang: { rate: 1, methods: 'writes' } });
    const cwd = await project({ 'jira-permissions/archived.yml': longScheme() });
    const env = { ...sim.env('admin'), NO_COLOR: '1' };

    const interrupted = await runChild(
      cwd,
      env,
      ['apply', '--yes', '--out', 'journal.json'],
      (out) => out.includes('Adding grants'),
      'SIGTERM',
    );
    expect(interrupted.code).toBe(1);
    expect(interrupted.msAfterSignal!).toBeLessThan(5_000);
    const journal = JSON.parse(await readFile(join(cwd, 'journal.json'), 'utf8')) as Journal;
    expect(journal.outcome).toBe('interrupted');
    // The adds go out together (#18): at most the client's limit (10 at first) hang, no more start.
    const inFlight = journal.entries.filter((entry) => entry.attempts > 0);
    expect(inFlight.length).toBeGreaterThanOrEqual(1);
    expect(inFlight.length).toBeLessThanOrEqual(10);
    for (const entry of inFlight) {
      expect(entry).toMatchObject({ result: 'failed' });
      expect(entry.detail).toContain('outcome is unknown');
    }
    expect(journal.counts.skipped).toBe(journal.counts.total - inFlight.length);

    sim.setFaults({});
    const second = await runChild(cwd, env, ['apply', '--yes']);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('Apply done: Jira matches the files');
  }, 30_000);
});
