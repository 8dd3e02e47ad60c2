import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';

import { jiraEnvironment, readInputs } from '../../src/action/inputs.js';
import { runCli } from '../../src/cli/main.js';
import { ConnectionConfigError, connectionFromEnv } from '../../src/jira/connection.js';
import { createJiraReader } from '../../src/jira/factory.js';
import { JiraHttp } from '../../src/jira/http.js';
import { AdaptiveLimiter } from '../../src/jira/limiter.js';
import { startSimulator } from '../../src/sim/index.js';
import type { Simulator } from '../../src/sim/index.js';
import { basicConnection, capture, failureOf, json, recordingSleep, startStandIn } from './helpers.js';
import type { StandIn } from './helpers.js';

/** JIRA_PERMS_TIMEOUT, JIRA_PERMS_CONCURRENCY and the adaptive limit below it (#17, #18). */

let server: StandIn | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

function configError(env: Record<string, string>): string {
  try {
    connectionFromEnv(env);
  } catch (error) {
    if (error instanceof ConnectionConfigError) return error.message;
    throw error;
  }
  throw new Error('expected a ConnectionConfigError');
}

/** A server that answers after `delayMs` and records the most requests it had in flight. */
async function countingServer(delayMs: number): Promise<{ peak: () => number }> {
  let inFlight = 0;
  let peak = 0;
  server = await startStandIn((_request, response) => {
    inFlight++;
    peak = Math.max(peak, inFlight);
    setTimeout(() => {
      inFlight--;
      json(response, 200, { id: 1, name: 'A', permissions: [] });
    }, delayMs);
  });
  return { peak: () => peak };
}

const base = { JIRA_EMAIL: 'a@example.com', JIRA_API_TOKEN: 'transport-token-1', JIRA_API_VERSION: '3' };

describe('settings from the environment', () => {
  it('checks them and names the variable', () => {
    const url = { JIRA_BASE_URL: 'https://x.atlassian.net', ...base };
    expect(configError({ ...url, JIRA_PERMS_TIMEOUT: 'soon' })).toContain(
      'JIRA_PERMS_TIMEOUT must be a number',
    );
    expect(configError({ ...url, JIRA_PERMS_TIMEOUT: '0' })).toContain('JIRA_PERMS_TIMEOUT');
    expect(configError({ ...url, JIRA_PERMS_CONCURRENCY: '2.5' })).toContain(
      'JIRA_PERMS_CONCURRENCY must be a whole number',
    );
    expect(configError({ ...url, JIRA_PERMS_CONCURRENCY: '0' })).toContain('JIRA_PERMS_CONCURRENCY');
    expect(configError({ ...url, JIRA_PERMS_CONCURRENCY: '1000' })).toContain('up to 100');
    expect(configError({ ...url, JIRA_PERMS_MAX_RESPONSE_MB: '-1' })).toContain('JIRA_PERMS_MAX_RESPONSE_MB');
    const connection = connectionFromEnv({
      ...url,
      JIRA_PERMS_TIMEOUT: '2.5',
      JIRA_PERMS_CONCURRENCY: '4',
      JIRA_PERMS_MAX_RESPONSE_MB: '128',
    });
    expect(connection.transport).toEqual({
      requestTimeoutMs: 2500,
      maxConcurrency: 4,
      maxResponseBytes: 128 * 1024 * 1024,
    });
  });

  it('the action passes its timeout and concurrency inputs, and the step env proxies, to the same parser', () => {
    const read = (values: Record<string, string>) => (name: string) => values[name] ?? '';
    const inputs = readInputs(read({ timeout: '12', concurrency: '3' }), {
      JIRA_BASE_URL: 'https://x.atlassian.net',
    });
    const env = jiraEnvironment(inputs.jira, {
      HTTPS_PROXY: 'http://proxy.example.com:3128',
      NO_PROXY: 'internal.example.com',
      JIRA_ALLOW_HTTP: '1',
      UNRELATED: 'x',
    });
    expect(env).toMatchObject({
      JIRA_PERMS_TIMEOUT: '12',
      JIRA_PERMS_CONCURRENCY: '3',
      HTTPS_PROXY: 'http://proxy.example.com:3128',
      NO_PROXY: 'internal.example.com',
      JIRA_ALLOW_HTTP: '1',
    });
    expect(env.UNRELATED).toBeUndefined();
    const fromEnv = readInputs(read({}), { JIRA_PERMS_TIMEOUT: '7', JIRA_PERMS_CONCURRENCY: '5' });
    expect(fromEnv.jira).toMatchObject({ timeout: '7', concurrency: '5' });
  });
});

describe('JIRA_PERMS_TIMEOUT', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator();
  });
  afterAll(async () => {
    await sim.stop();
  });

  it('a Jira that stops answering fails within the timeout given, and the message names the variable', async () => {
    sim.setFaults({ hang: { rate: 1 } });
    try {
      const io = capture({ ...sim.env('admin'), JIRA_PERMS_TIMEOUT: '0.3' });
      const started = Date.now();
      expect(await runCli(['doctor'], io.context)).toBe(1);
      // Each call: one attempt and one retry of 0.3 s, plus backoff; far from 30 s.
      expect(Date.now() - started).toBeLessThan(15_000);
      expect(io.all()).toContain('no answer within 300 ms (JIRA_PERMS_TIMEOUT)');
      const reader = createJiraReader(connectionFromEnv({ ...sim.env('admin'), JIRA_PERMS_TIMEOUT: '0.2' }), {
        sleep: recordingSleep().sleep,
      });
      const error = await failureOf(reader.listPermissionSchemes());
      expect(error.message).toContain(
        'raise JIRA_PERMS_TIMEOUT (seconds per request, default 30; action input `timeout`)',
      );
      expect(error.message).toContain('JIRA_PERMS_CONCURRENCY');
      expect(error.attempts).toBe(2);
    } finally {
      sim.setFaults({});
    }
  });
});

describe('JIRA_PERMS_CONCURRENCY', () => {
  it('bounds requests in flight, and wins over a command default', async () => {
    const counter = await countingServer(30);
    const reader = createJiraReader(
      connectionFromEnv({ JIRA_BASE_URL: server?.baseUrl ?? '', ...base, JIRA_PERMS_CONCURRENCY: '2' }),
      { concurrency: 8 },
    );
    await Promise.all(Array.from({ length: 8 }, (_, index) => reader.getPermissionScheme(index)));
    expect(counter.peak()).toBe(2);
  });

  it('without it, ten requests go out at once', async () => {
    const counter = await countingServer(50);
    const reader = createJiraReader(connectionFromEnv({ JIRA_BASE_URL: server?.baseUrl ?? '', ...base }));
    await Promise.all(Array.from({ length: 25 }, (_, index) => reader.getPermissionScheme(index)));
    expect(counter.peak()).toBe(10);
  });

  it('writes count against it too', async () => {
    const counter = await countingServer(30);
    const http = new JiraHttp(basicConnection(server?.baseUrl ?? ''), { readOnly: false, concurrency: 3 });
    await Promise.all(
      Array.from({ length: 9 }, (_, index) =>
        http.request('DELETE', `/permissionscheme/1/permission/${String(index)}`),
      ),
    );
    expect(counter.peak()).toBe(3);
  });
});

describe('adaptive concurrency (pure)', () => {
  it('starts at 10, or the maximum when lower', () => {
    expect(new AdaptiveLimiter(25).limit).toBe(10);
    expect(new AdaptiveLimiter(4).limit).toBe(4);
    expect(new AdaptiveLimiter(0).limit).toBe(1);
  });

  it('halves once per round of throttled answers, grows back by one per round, never above the maximum', async () => {
    const limiter = new AdaptiveLimiter(12);
    const slots = await Promise.all(Array.from({ length: 10 }, () => limiter.acquire()));
    // Every request of the round answers 429: one halving, not ten.
    for (const slot of slots) {
      slot.release();
      limiter.throttled(slot.epoch);
    }
    expect(limiter.limit).toBe(5);
    const next = await limiter.acquire();
    next.release();
    limiter.throttled(next.epoch);
    expect(limiter.limit).toBe(2);
    // Two successes (a round at 2) grow it to 3, three more to 4, ...
    const grown: number[] = [];
    for (let answer = 0; answer < 100; answer++) {
      limiter.succeeded();
      grown.push(limiter.limit);
    }
    expect(grown[1]).toBe(3);
    expect(grown[4]).toBe(4);
    expect(Math.max(...grown)).toBe(12);
    expect(grown.at(-1)).toBe(12);
  });

  it('lets no more than the limit in, first come first served', async () => {
    const limiter = new AdaptiveLimiter(2);
    const order: number[] = [];
    const first = await limiter.acquire();
    const second = await limiter.acquire();
    const waiting = [1, 2, 3].map((id) =>
      limiter.acquire().then((slot) => {
        order.push(id);
        return slot;
      }),
    );
    expect(limiter.inFlight).toBe(2);
    first.release();
    second.release();
    const [third] = await Promise.all(waiting.slice(0, 2));
    expect(order).toEqual([1, 2]);
    third?.release();
    await waiting[2];
    expect(order).toEqual([1, 2, 3]);
  });
});

describe('adaptive concurrency against a rate-limited Jira', () => {
  it('halves on 429 and on a Retry-After, and every read still completes', async () => {
    let inFlight = 0;
    let limited = 0;
    server = await startStandIn((_request, response) => {
      inFlight++;
      if (inFlight > 3) {
        limited++;
        inFlight--;
        json(response, 429, { errorMessages: ['Rate limit exceeded.'] }, { 'Retry-After': '0' });
        return;
      }
      setTimeout(() => {
        inFlight--;
        json(response, 200, { id: 1, name: 'A', permissions: [] });
      }, 15);
    });
    const { sleep } = recordingSleep();
    const http = new JiraHttp(basicConnection(server.baseUrl), { readOnly: true, sleep });
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, index) => http.get(`/permissionscheme/${String(index)}`)),
    );
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    expect(limited).toBeGreaterThan(0);
    // Fewer in flight than the start, and far fewer 429s than one per read.
    expect(http.concurrency.now).toBeLessThan(10);
    expect(limited).toBeLessThan(40);
  });

  it('a Retry-After on a successful answer lowers it too', async () => {
    server = await startStandIn((_request, response) => {
      json(response, 200, { id: 1, name: 'A', permissions: [] }, { 'Retry-After': '1' });
    });
    const http = new JiraHttp(basicConnection(server.baseUrl), { readOnly: true });
    await http.get('/permissionscheme/1');
    expect(http.concurrency).toEqual({ now: 5, max: 10 });
  });
});
