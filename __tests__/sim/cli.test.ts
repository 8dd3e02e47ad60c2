import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main.js';
import { simCommand } from '../../src/cli/commands/sim.js';
import { defaultSeed } from '../../src/sim/index.js';

/** `jira-perms sim`: options, output, and running until interrupted. */

interface Running {
  output: () => string;
  errors: () => string;
  stop: () => void;
  done: Promise<number>;
}

function start(argv: string[]): Running {
  const controller = new AbortController();
  let stdout = '';
  let stderr = '';
  const done = simCommand.run({
    argv,
    env: {},
    cwd: process.cwd(),
    isTTY: false,
    signal: controller.signal,
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return {
    output: () => stdout,
    errors: () => stderr,
    stop: () => {
      controller.abort();
    },
    done,
  };
}

async function started(run: Running): Promise<string> {
  for (let tries = 0; tries < 400 && !run.output().includes('Ctrl+C'); tries++) {
    if (run.errors() !== '') throw new Error(run.errors());
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const match = /listening on (http:\/\/\S+)/.exec(run.output());
  if (match?.[1] === undefined) throw new Error(`no URL in output: ${run.output()}`);
  return match[1];
}

const basic = `Basic ${Buffer.from('admin@example.com:sim-admin-token').toString('base64')}`;

describe('jira-perms sim', () => {
  it('prints its URL, credentials and a curl example that works, and stops on abort', async () => {
    const run = start([]);
    const url = await started(run);
    const curl = /curl -u (\S+):(\S+) (\S+)/.exec(run.output());
    expect(curl?.[3]).toBe(`${url}/rest/api/3/permissionscheme`);
    const answer = await fetch(curl?.[3] ?? '', {
      headers: {
        Authorization: `Basic ${Buffer.from(`${curl?.[1] ?? ''}:${curl?.[2] ?? ''}`).toString('base64')}`,
      },
    });
    expect(answer.status).toBe(200);
    expect(((await answer.json()) as { permissionSchemes: unknown[] }).permissionSchemes.length).toBe(
      defaultSeed().schemes.length,
    );
    expect(run.output()).toContain(`export JIRA_BASE_URL=${url} JIRA_EMAIL=admin@example.com`);
    run.stop();
    expect(await run.done).toBe(0);
    expect(run.output()).toContain('Answered 1 requests');
    await expect(fetch(`${url}/rest/api/3/myself`)).rejects.toThrow();
  });

  it('applies --flavour, --latency, --behaviour and fault options', async () => {
    const run = start([
      '--flavour',
      'datacenter',
      '--latency=1',
      '--behaviour',
      'errorWording=terse',
      '--errors',
      '1',
      '--writes-only',
      '--fault-seed',
      '3',
    ]);
    const url = await started(run);
    expect(run.output()).toContain('/rest/api/2/permissionscheme');
    expect(run.output()).toContain('JIRA_API_VERSION=2');
    const read = await fetch(`${url}/rest/api/2/permissionscheme/404`, { headers: { Authorization: basic } });
    expect(read.status).toBe(404);
    expect(await read.json()).toEqual({ errorMessages: ['No such permission scheme: 404'], errors: {} });
    const write = await fetch(`${url}/rest/api/2/permissionscheme`, {
      method: 'POST',
      headers: { Authorization: basic, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'x' }),
    });
    expect(write.status).toBe(503);
    run.stop();
    expect(await run.done).toBe(0);
  });

  it('generates team-managed and archived projects and takes the project behaviour switches', async () => {
    const run = start([
      '--generate',
      'schemes=2,projects=5,teamManaged=2,archived=1,users=3,seed=4',
      '--behaviour',
      'projectKeyCase=insensitive',
      '--behaviour',
      'teamManagedAssignStatus=403',
    ]);
    const url = await started(run);
    expect(run.output()).toContain('5 projects');
    expect(run.output()).toContain('no-browse   basic  reader@example.com / sim-nobrowse-token');
    const headers = { Authorization: basic, 'Content-Type': 'application/json' };
    const search = await fetch(`${url}/rest/api/3/project/search`, { headers });
    const values = ((await search.json()) as { values: { key: string; style: string }[] }).values;
    // One archived project is hidden; the last two are team-managed.
    expect(values.map((project) => project.style)).toEqual(['classic', 'classic', 'next-gen', 'next-gen']);
    const teamKey = values[3]?.key ?? '';
    const lower = await fetch(`${url}/rest/api/3/project/${teamKey.toLowerCase()}`, { headers });
    expect(lower.status).toBe(200);
    const refused = await fetch(`${url}/rest/api/3/project/${teamKey}/permissionscheme`, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ id: 0 }),
    });
    expect(refused.status).toBe(403);
    run.stop();
    expect(await run.done).toBe(0);
  });

  it('loads --seed files and builds --generate sites', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-cli-'));
    const seed = defaultSeed();
    seed.projects = seed.projects.slice(0, 1);
    writeFileSync(join(dir, 'seed.json'), JSON.stringify(seed));
    const fromFile = start(['--seed', join(dir, 'seed.json')]);
    await started(fromFile);
    expect(fromFile.output()).toContain('1 projects');
    fromFile.stop();
    await fromFile.done;

    const generated = start(['--generate', 'schemes=5,grants=10,groups=7,roles=4,projects=9,users=3,seed=2']);
    await started(generated);
    expect(generated.output()).toContain('5 schemes (50 grants), 7 groups, 4 roles, 3 users, 9 projects');
    generated.stop();
    await generated.done;
  });

  it('prints the seed with --print-seed, which --seed loads back', async () => {
    const printed = start(['--print-seed']);
    expect(await printed.done).toBe(0);
    expect(JSON.parse(printed.output())).toEqual(defaultSeed());
    const dir = mkdtempSync(join(tmpdir(), 'sim-cli-'));
    writeFileSync(join(dir, 'site.json'), printed.output());
    const generated = start(['--generate', 'schemes=3,grants=4', '--print-seed']);
    expect(await generated.done).toBe(0);
    expect((JSON.parse(generated.output()) as { schemes: unknown[] }).schemes).toHaveLength(3);
    const reloaded = start(['--seed', join(dir, 'site.json')]);
    await started(reloaded);
    const seed = defaultSeed();
    const grants = seed.schemes.reduce((sum, scheme) => sum + scheme.grants.length, 0);
    expect(reloaded.output()).toContain(`${String(seed.schemes.length)} schemes (${String(grants)} grants)`);
    reloaded.stop();
    await reloaded.done;
  });

  it.each([
    [['--port', 'abc'], /--port needs a whole number/],
    [['--flavour', 'server'], /cloud or datacenter/],
    [['--errors', '2'], /between 0 and 1/],
    [['--rate-limit', 'lots'], /N\/S/],
    [['--behaviour', 'grantIdsAfterPut=sometimes'], /new, keep/],
    [['--behaviour', 'colour=blue'], /unknown --behaviour key/],
    [['--generate', 'planets=3'], /unknown size "planets"/],
    [['--seed', '/nonexistent/seed.json'], /cannot read seed file/],
    [['--seed', 'a.json', '--generate', 'schemes=1'], /either --seed or --generate/],
    [['--frobnicate'], /unknown option "--frobnicate"/],
    [['--latency'], /--latency needs a value/],
  ])('refuses %j with a clear message and exit code 1', async (argv, pattern) => {
    const run = start(argv);
    expect(await run.done).toBe(1);
    expect(run.errors()).toMatch(pattern);
    expect(run.errors()).toContain('jira-perms sim --help');
  });

  it('reports a port that is taken', async () => {
    const first = start([]);
    const url = await started(first);
    const second = start(['--port', new URL(url).port]);
    expect(await second.done).toBe(1);
    expect(second.errors()).toMatch(/could not start.*--port/s);
    first.stop();
    await first.done;
  });

  it('has complete --help text', async () => {
    let out = '';
    const code = await runCli(['sim', '--help'], {
      env: {},
      cwd: process.cwd(),
      isTTY: false,
      signal: new AbortController().signal,
      stdout: { write: (text: string) => (out += text) },
      stderr: { write: () => undefined },
    });
    expect(code).toBe(0);
    for (const option of [
      '--port',
      '--seed',
      '--latency',
      '--flavour',
      '--generate',
      '--rate-limit',
      '--behaviour',
    ]) {
      expect(out).toContain(option);
    }
  });

  it('runs from the command-line entry point and exits 0 on SIGINT', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'sim', '--port', '0'], {
      cwd: process.cwd(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<number | null>((resolve) =>
      child.on('exit', (code) => {
        resolve(code);
      }),
    );
    for (let tries = 0; tries < 600 && !stdout.includes('Ctrl+C'); tries++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    const url = /listening on (http:\/\/\S+)/.exec(stdout)?.[1] ?? '';
    const answer = await fetch(`${url}/rest/api/3/myself`, { headers: { Authorization: basic } });
    expect(answer.status).toBe(200);
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(stdout).toContain('Stopped.');
  });
});
