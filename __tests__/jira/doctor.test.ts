import { commandDeps } from '../../src/commands/deps.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';

import { doctorCommand } from '../../src/cli/commands/doctor.js';
import { renderDoctor } from '../../src/view/doctor.js';
import { runCli } from '../../src/cli/main.js';
import { runDoctor } from '../../src/commands/doctor.js';
import { startSimulator } from '../../src/sim/index.js';
import type { Simulator } from '../../src/sim/index.js';
import { capture, json, startStandIn } from './helpers.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator();
});
afterAll(async () => {
  await sim.stop();
});
beforeEach(() => {
  sim.setFaults({});
  sim.clearLog();
});

describe('jira-perms doctor', () => {
  it('passes every check for an admin token and writes nothing', async () => {
    const io = capture(sim.env('admin'));
    expect(await runCli(['doctor'], io.context)).toBe(0);
    const out = io.out();
    for (const title of [
      'site reachable',
      'API version',
      'credential',
      'Administer Jira',
      'permission schemes',
      'rate-limit headroom',
    ]) {
      expect(out).toMatch(new RegExp(`^ok {4}${title}`, 'm'));
    }
    expect(out).toContain('authenticated as Alex Admin <admin@example.com>');
    expect(out).toContain(`readable: ${String(sim.state.schemes.length)} schemes`);
    expect(out).toContain('All checks passed.');
    expect(sim.requests.every((entry) => entry.method === 'GET')).toBe(true);
  });

  it('fails the Administer Jira check for a non-admin, with the fix, and exits 1', async () => {
    const result = await runDoctor({}, commandDeps({ cwd: '.', env: sim.env('nonAdmin') }));
    expect(result.ok).toBe(false);
    const admin = result.checks.find((check) => check.id === 'administer-jira');
    expect(admin?.status).toBe('fail');
    expect(admin?.fix).toContain('Administer Jira global permission');
    const io = capture(sim.env('nonAdmin'));
    expect(await doctorCommand.run({ ...io.context, argv: [] })).toBe(1);
    expect(io.out()).toMatch(/^FAIL {2}Administer Jira/m);
    expect(io.out()).toContain('fix:');
  });

  it('reports missing settings without contacting anything', async () => {
    const result = await runDoctor({}, commandDeps({ cwd: '.', env: { JIRA_BASE_URL: sim.baseUrl } }));
    expect(result.checks).toEqual([
      expect.objectContaining({
        id: 'configuration',
        status: 'fail',
        detail: expect.stringContaining('No Jira credential'),
      }),
    ]);
    expect(sim.requests).toHaveLength(0);
  });

  it('an unreachable site fails "site reachable" and skips the rest', async () => {
    const probe = await startStandIn(() => undefined);
    const url = probe.baseUrl;
    await probe.stop();
    const result = await runDoctor(
      {},
      commandDeps({
        cwd: '.',
        env: { JIRA_BASE_URL: url, JIRA_EMAIL: 'a@example.com', JIRA_API_TOKEN: 'unreachable-token-1' },
        clientOptions: { retry: { maxAttempts: 1 } },
      }),
    );
    expect(result.checks.map((check) => `${check.id}:${check.status}`)).toEqual([
      'configuration:pass',
      'site:fail',
      'api-version:skip',
      'credential:skip',
      'administer-jira:skip',
      'read-schemes:skip',
      'rate-limit:skip',
    ]);
    expect(renderDoctor(result)).toContain('connection was refused');
  });

  it('warns about rate-limit headroom from the headers', async () => {
    sim.setFaults({ rateLimit: { capacity: 50, refillPerSecond: 1, retryAfterSeconds: 1 } });
    const result = await runDoctor({}, commandDeps({ cwd: '.', env: sim.env('admin') }));
    // The simulator only sends rate-limit headers on 429; with headroom there are none to read.
    expect(result.checks.find((check) => check.id === 'rate-limit')?.status).toBe('pass');
    // Three tokens for the doctor's four reads: the last is answered 429 with the headers.
    sim.setFaults({ rateLimit: { capacity: 3, refillPerSecond: 0.001, retryAfterSeconds: 1 } });
    const limited = await runDoctor(
      {},
      commandDeps({ cwd: '.', env: sim.env('admin'), clientOptions: { retry: { maxAttempts: 1 } } }),
    );
    const check = limited.checks.find((entry) => entry.id === 'rate-limit');
    expect(check?.status).toBe('warn');
    expect(check?.detail).toContain('0 of 3 requests left');
    expect(limited.checks.find((entry) => entry.id === 'read-schemes')?.detail).toContain('429');
  });

  it('checks JIRA_API_VERSION against a Data Center server', async () => {
    const dc = await startSimulator({ flavour: 'datacenter' });
    try {
      const good = await runDoctor({}, commandDeps({ cwd: '.', env: dc.env('bearer') }));
      expect(good.ok).toBe(true);
      expect(good.checks.find((check) => check.id === 'api-version')?.detail).toContain('REST 2');
      const wrong = await runDoctor(
        {},
        commandDeps({ cwd: '.', env: { ...dc.env('bearer'), JIRA_API_VERSION: '3' } }),
      );
      const version = wrong.checks.find((check) => check.id === 'api-version');
      expect(version?.status).toBe('fail');
      expect(version?.fix).toContain('JIRA_API_VERSION');
    } finally {
      await dc.stop();
    }
  });

  it('says how the credential travels: https, loopback http, or http allowed by JIRA_ALLOW_HTTP', async () => {
    const local = await runDoctor({}, commandDeps({ cwd: '.', env: sim.env('admin') }));
    const settings = local.checks.find((check) => check.id === 'configuration');
    expect(settings?.status).toBe('pass');
    expect(settings?.detail).toContain('plain http to a loopback host');
    const refused = await runDoctor(
      {},
      commandDeps({ cwd: '.', env: { ...sim.env('admin'), JIRA_BASE_URL: 'http://jira.example.com' } }),
    );
    expect(refused.checks).toEqual([
      expect.objectContaining({
        id: 'configuration',
        status: 'fail',
        detail: expect.stringContaining('JIRA_ALLOW_HTTP=1'),
      }),
    ]);
    const lab = await runDoctor(
      {},
      commandDeps({
        cwd: '.',
        env: {
          ...sim.env('admin'),
          JIRA_BASE_URL: 'http://jira.does-not-exist.invalid',
          JIRA_ALLOW_HTTP: '1',
        },
        clientOptions: { retry: { maxAttempts: 1 } },
      }),
    );
    const labSettings = lab.checks.find((check) => check.id === 'configuration');
    expect(labSettings?.status).toBe('warn');
    expect(labSettings?.detail).toContain('JIRA_ALLOW_HTTP=1');
    expect(labSettings?.detail).toContain('in clear');
  });

  it('has complete --help', async () => {
    const io = capture({});
    expect(await runCli(['doctor', '--help'], io.context)).toBe(0);
    for (const word of [
      'JIRA_BASE_URL',
      'JIRA_BEARER_TOKEN',
      'JIRA_API_VERSION',
      'Administer Jira',
      'Exit codes',
      '--json',
    ]) {
      expect(io.out()).toContain(word);
    }
  });
});

describe('secrets never appear in the output of failing runs', () => {
  const email = 'ci-bot@example.com';
  const token = 'ATATT3xFfGF0-very-secret-token-value-42';
  const base64 = Buffer.from(`${email}:${token}`).toString('base64');

  function assertClean(output: string): void {
    expect(output.length).toBeGreaterThan(0);
    expect(output).not.toContain(token);
    expect(output).not.toContain(base64);
    expect(output).not.toContain(base64.replace(/=+$/, ''));
  }

  async function doctorOutput(
    env: Record<string, string>,
    args: string[] = ['doctor'],
  ): Promise<{ code: number; output: string }> {
    const io = capture(env);
    const code = await runCli(args, io.context);
    return { code, output: io.all() };
  }

  it('401: wrong token', async () => {
    const env = { JIRA_BASE_URL: sim.baseUrl, JIRA_EMAIL: email, JIRA_API_TOKEN: token };
    for (const args of [['doctor'], ['doctor', '--json']]) {
      const { code, output } = await doctorOutput(env, args);
      expect(code).toBe(1);
      expect(output).toContain('401');
      assertClean(output);
    }
  });

  it('403: the address is outside the IP allowlist', async () => {
    sim.allCredentials.push({
      label: 'ci',
      accountId: 'ci-1',
      email,
      apiToken: token,
      admin: true,
      categories: ['read'],
    });
    sim.setFaults({ blockedAddress: true });
    const { code, output } = await doctorOutput({
      JIRA_BASE_URL: sim.baseUrl,
      JIRA_EMAIL: email,
      JIRA_API_TOKEN: token,
    });
    expect(code).toBe(1);
    expect(output).toContain('403');
    expect(output).toContain('IP allowlist');
    assertClean(output);
  });

  it('500: server errors', async () => {
    sim.setFaults({ serverErrors: { rate: 1, status: 500 } });
    const { code, output } = await doctorOutput({
      JIRA_BASE_URL: sim.baseUrl,
      JIRA_EMAIL: email,
      JIRA_API_TOKEN: token,
    });
    expect(code).toBe(1);
    expect(output).toContain('500');
    assertClean(output);
  });

  it('a server that echoes the credential back in its error is redacted', async () => {
    const server = await startStandIn((request, response) => {
      json(response, 401, {
        errorMessages: [`bad credentials: ${request.headers.authorization ?? ''} (token ${token})`],
      });
    });
    try {
      const { code, output } = await doctorOutput({
        JIRA_BASE_URL: server.baseUrl,
        JIRA_EMAIL: email,
        JIRA_API_TOKEN: token,
      });
      expect(code).toBe(1);
      expect(output).toContain('bad credentials: ***');
      assertClean(output);
    } finally {
      await server.stop();
    }
  });

  it('a bearer token is redacted too', async () => {
    const bearer = 'eyJhbGciOiJIUzI1NiJ9.secret-bearer-payload';
    const server = await startStandIn((request, response) => {
      json(response, 401, { errorMessages: [`rejected ${request.headers.authorization ?? ''}`] });
    });
    try {
      const { output } = await doctorOutput({ JIRA_BASE_URL: server.baseUrl, JIRA_BEARER_TOKEN: bearer });
      expect(output).toContain('rejected ***');
      expect(output).not.toContain(bearer);
    } finally {
      await server.stop();
    }
  });
});
