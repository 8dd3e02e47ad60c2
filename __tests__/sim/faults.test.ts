import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { startSimulator, type FaultConfig, type Simulator, type SiteData } from '../../src/sim/index.js';
import { call, expectError } from './helpers.js';

/**
 * Each fault, and that a fault pattern is reproducible: the same seed and the same request sequence
 * give the same faults; another seed gives another pattern.
 */

let sim: Simulator;
let pristine: SiteData;

beforeAll(async () => {
  sim = await startSimulator();
  pristine = sim.snapshot();
});
afterAll(async () => {
  await sim.stop();
});
beforeEach(() => {
  sim.restore(pristine);
  sim.setFaults({});
  sim.clearLog();
});

/** Runs the same 30 reads under `config` and returns which were answered normally (true) or faulted. */
async function pattern(config: FaultConfig, requests = 30): Promise<string[]> {
  sim.setFaults(config);
  const outcomes: string[] = [];
  for (let index = 0; index < requests; index++) {
    const path = index % 2 === 0 ? '/rest/api/3/permissionscheme' : '/rest/api/3/project/search';
    try {
      const answer = await call(sim, 'GET', path, { signal: AbortSignal.timeout(2000) });
      outcomes.push(String(answer.status));
    } catch {
      outcomes.push('no answer');
    }
  }
  return outcomes;
}

describe('5xx answers at a rate', () => {
  it('gives the same pattern for the same seed and another for another seed', async () => {
    const config = { seed: 7, serverErrors: { rate: 0.3 } };
    const first = await pattern(config);
    const again = await pattern(config);
    const other = await pattern({ ...config, seed: 8 });
    expect(first).toEqual(again);
    expect(first).not.toEqual(other);
    expect(first.filter((status) => status === '503').length).toBeGreaterThan(0);
    expect(first.filter((status) => status === '200').length).toBeGreaterThan(0);
  });

  it('answers 500 with a Jira error body, and 503 with a proxy page, and changes nothing on writes', async () => {
    sim.setFaults({ serverErrors: { rate: 1, status: 500 } });
    const before = sim.snapshot();
    expectError(await call(sim, 'POST', '/rest/api/3/permissionscheme', { body: { name: 'never' } }), 500);
    expect(sim.state).toEqual(before);
    sim.setFaults({ serverErrors: { rate: 1 } });
    const unavailable = await call(sim, 'GET', '/rest/api/3/permissionscheme');
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers.get('content-type')).toMatch(/text\/html/);
    expect(sim.requests.at(-1)?.fault).toBe('server-error');
  });

  it('sends Retry-After with 5xx answers when configured', async () => {
    sim.setFaults({ serverErrors: { rate: 1, retryAfterSeconds: 2 } });
    const answer = await call(sim, 'GET', '/rest/api/3/permissionscheme');
    expect(answer.status).toBe(503);
    expect(answer.headers.get('retry-after')).toBe('2');
    sim.setFaults({ serverErrors: { rate: 1 } });
    expect((await call(sim, 'GET', '/rest/api/3/permissionscheme')).headers.get('retry-after')).toBeNull();
  });

  it('can be limited to writes, or to routes', async () => {
    sim.setFaults({ serverErrors: { rate: 1, methods: 'writes' } });
    expect((await call(sim, 'GET', '/rest/api/3/permissionscheme')).status).toBe(200);
    expect((await call(sim, 'POST', '/rest/api/3/permissionscheme', { body: { name: 'x' } })).status).toBe(
      503,
    );
    sim.setFaults({ serverErrors: { rate: 1, route: 'project/search' } });
    expect((await call(sim, 'GET', '/rest/api/3/permissionscheme')).status).toBe(200);
    expect((await call(sim, 'GET', '/rest/api/3/project/search')).status).toBe(503);
    sim.setFaults({ serverErrors: { rate: 1, route: /permissionscheme\/\{schemeId\}$/, methods: ['GET'] } });
    expect((await call(sim, 'GET', '/rest/api/3/permissionscheme')).status).toBe(200);
    expect((await call(sim, 'GET', '/rest/api/3/permissionscheme/0')).status).toBe(503);
  });
});

describe('rate limiting', () => {
  it('answers 429 with Retry-After and X-RateLimit headers when the bucket is empty', async () => {
    sim.setFaults({ rateLimit: { capacity: 3, refillPerSecond: 0, retryAfterSeconds: 7 } });
    const answers = [];
    for (let index = 0; index < 5; index++)
      answers.push(await call(sim, 'GET', '/rest/api/3/permissionscheme'));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 429, 429]);
    const limited = answers[3]!;
    expectError(limited, 429);
    expect(limited.headers.get('retry-after')).toBe('7');
    expect(limited.headers.get('x-ratelimit-limit')).toBe('3');
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    // ISO 8601 to the minute, as Jira documents it, and not before the Retry-After period ends.
    const reset = limited.headers.get('x-ratelimit-reset') ?? '';
    expect(reset).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}Z$/);
    expect(Date.parse(reset)).toBeGreaterThanOrEqual(Date.now() + 6000 - 60_000);
    expect(limited.headers.get('ratelimit-reason')).toBe('jira-burst-based');
    // Answers that got through carry the bucket's state too.
    expect(answers.slice(0, 3).map((answer) => answer.headers.get('x-ratelimit-remaining'))).toEqual([
      '2',
      '1',
      '0',
    ]);
    expect(answers[0]!.headers.get('x-ratelimit-limit')).toBe('3');
    expect(sim.requests.filter((entry) => entry.fault === 'rate-limit')).toHaveLength(2);
  });

  it('derives Retry-After from the refill rate when none is configured', async () => {
    sim.setFaults({ rateLimit: { capacity: 1, refillPerSecond: 0.25 } });
    await call(sim, 'GET', '/rest/api/3/permissionscheme');
    const limited = await call(sim, 'GET', '/rest/api/3/permissionscheme');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });
});

describe('latency', () => {
  it('adds fixed latency plus seeded jitter, the same for the same seed', async () => {
    const run = async (seed: number): Promise<number[]> => {
      sim.clearLog();
      await pattern({ seed, latency: { fixedMs: 2, jitterMs: 10 } }, 6);
      return sim.requests.map((entry) => entry.delayMs ?? 0);
    };
    const first = await run(3);
    expect(await run(3)).toEqual(first);
    expect(await run(4)).not.toEqual(first);
    for (const delay of first) {
      expect(delay).toBeGreaterThanOrEqual(2);
      expect(delay).toBeLessThan(12);
    }
  });

  it('takes latencyMs as a start option', async () => {
    const slow = await startSimulator({ latencyMs: 3 });
    try {
      await call(slow, 'GET', '/rest/api/3/myself');
      expect(slow.requests[0]?.delayMs).toBe(3);
    } finally {
      await slow.stop();
    }
  });
});

describe('write committed, then connection dropped', () => {
  it('stores the grant but never answers', async () => {
    sim.setFaults({ dropAfterCommit: { rate: 1 } });
    const grant = { permission: 'DELETE_ISSUES', holder: { type: 'reporter' } };
    await expect(
      call(sim, 'POST', '/rest/api/3/permissionscheme/10000/permission', { body: grant }),
    ).rejects.toThrow();
    const stored = sim.state.schemes
      .find((scheme) => scheme.id === 10000)
      ?.grants.filter(
        (candidate) => candidate.permission === 'DELETE_ISSUES' && candidate.holder.type === 'reporter',
      );
    expect(stored).toHaveLength(1);
    expect(sim.requests.at(-1)).toMatchObject({ fault: 'drop-after-commit', status: 0 });
  });

  it('never drops reads, and follows its seed', async () => {
    sim.setFaults({ dropAfterCommit: { rate: 1 } });
    expect((await call(sim, 'GET', '/rest/api/3/permissionscheme')).status).toBe(200);
    const run = async (seed: number): Promise<string[]> => {
      sim.restore(pristine);
      sim.setFaults({ seed, dropAfterCommit: { rate: 0.5 } });
      const outcomes: string[] = [];
      for (let index = 0; index < 12; index++) {
        const answer = await call(sim, 'POST', '/rest/api/3/permissionscheme', {
          body: { name: `Dropped ${String(index)}` },
        }).catch(() => undefined);
        outcomes.push(answer === undefined ? 'dropped' : String(answer.status));
      }
      expect(sim.state.schemes.filter((scheme) => scheme.name.startsWith('Dropped '))).toHaveLength(12);
      return outcomes;
    };
    const first = await run(11);
    expect(first).toContain('dropped');
    expect(first).toContain('201');
    expect(await run(11)).toEqual(first);
  });
});

describe('answers slower than any timeout', () => {
  it('never answers; the client times out and the server still stops', async () => {
    const hanging = await startSimulator({ faults: { hang: { rate: 1, route: 'permissionscheme' } } });
    try {
      await expect(
        call(hanging, 'GET', '/rest/api/3/permissionscheme', { signal: AbortSignal.timeout(150) }),
      ).rejects.toThrow();
      expect((await call(hanging, 'GET', '/rest/api/3/myself')).status).toBe(200);
      expect(hanging.requests[0]).toMatchObject({ fault: 'hang', status: 0 });
    } finally {
      await hanging.stop();
    }
  });

  it('stops cleanly while a request is still hanging', async () => {
    const hanging = await startSimulator({ faults: { hang: { rate: 1 } } });
    const pending = call(hanging, 'GET', '/rest/api/3/permissionscheme').catch((error: unknown) => error);
    while (hanging.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    await hanging.stop();
    // fetch() rejects (its TypeError comes from another realm under jest, so match the text).
    expect(String(await pending)).toMatch(/fetch failed|terminated|socket/i);
  });
});

describe('HTML login page with status 200', () => {
  it('answers 200 text/html that is not JSON', async () => {
    sim.setFaults({ htmlLogin: { rate: 1 } });
    const answer = await call(sim, 'GET', '/rest/api/3/permissionscheme');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/text\/html/);
    expect(answer.text).toContain('Log in');
    expect(answer.body).toBeUndefined();
  });

  it('follows its seed', async () => {
    const first = await pattern({ seed: 21, htmlLogin: { rate: 0.4 } }, 12);
    expect(await pattern({ seed: 21, htmlLogin: { rate: 0.4 } }, 12)).toEqual(first);
  });
});

describe('truncated JSON', () => {
  it('cuts the body so it no longer parses, with a matching Content-Length', async () => {
    sim.setFaults({ truncatedJson: { rate: 1 } });
    const answer = await call(sim, 'GET', '/rest/api/3/permissionscheme');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/json/);
    expect(() => JSON.parse(answer.text) as unknown).toThrow();
    expect(Number(answer.headers.get('content-length'))).toBe(Buffer.byteLength(answer.text));
  });

  it('follows its seed', async () => {
    const runs = async (seed: number): Promise<boolean[]> => {
      sim.setFaults({ seed, truncatedJson: { rate: 0.5 } });
      const parsed: boolean[] = [];
      for (let index = 0; index < 12; index++) {
        parsed.push((await call(sim, 'GET', '/rest/api/3/permissionscheme')).body !== undefined);
      }
      return parsed;
    };
    const first = await runs(5);
    expect(first).toContain(true);
    expect(first).toContain(false);
    expect(await runs(5)).toEqual(first);
  });
});

describe('several faults together', () => {
  it('are reproducible as a whole from one seed', async () => {
    const config: FaultConfig = {
      seed: 99,
      serverErrors: { rate: 0.15 },
      htmlLogin: { rate: 0.1 },
      truncatedJson: { rate: 0.1 },
    };
    const first = await pattern(config, 40);
    expect(new Set(first).size).toBeGreaterThan(1);
    expect(await pattern(config, 40)).toEqual(first);
  });
});
