import { afterEach, describe, expect, it } from '@jest/globals';
import { getEventListeners } from 'node:events';

import { createJiraReader, createJiraWriter } from '../../src/jira/factory.js';
import { JiraHttp, backoffDelay, parseRetryAfter } from '../../src/jira/http.js';
import { basicConnection, failureOf, json, recordingSleep, startStandIn } from './helpers.js';
import type { StandIn } from './helpers.js';

let server: StandIn | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

const SCHEMES = { permissionSchemes: [{ id: 1, name: 'A', permissions: [] }] };

describe('Retry-After and backoff (pure)', () => {
  it('reads seconds and HTTP dates, never negative', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it('doubles up to the cap, with jitter between half and all of it', () => {
    const retry = { maxAttempts: 9, budget: 9, baseDelayMs: 100, maxDelayMs: 1000 };
    expect(backoffDelay(1, retry, 0)).toBe(50);
    expect(backoffDelay(1, retry, 0.999)).toBeCloseTo(100, -1);
    expect(backoffDelay(3, retry, 0)).toBe(200);
    expect(backoffDelay(10, retry, 0)).toBe(500);
    expect(backoffDelay(10, retry, 0.999)).toBeLessThanOrEqual(1000);
  });
});

describe('retries over real HTTP (stand-in server)', () => {
  it('honours Retry-After in seconds as a minimum on 429, then succeeds', async () => {
    server = await startStandIn((_request, response, index) => {
      if (index === 0) json(response, 429, { errorMessages: ['slow down'] }, { 'Retry-After': '7' });
      else json(response, 200, SCHEMES);
    });
    const { sleep, waits } = recordingSleep();
    const reader = createJiraReader(basicConnection(server.baseUrl), { sleep, random: () => 0 });
    const schemes = await reader.listPermissionSchemes();
    expect(schemes.map((s) => s.name)).toEqual(['A']);
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThanOrEqual(7000);
    expect(reader.stats.retries).toBe(1);
  });

  it('honours Retry-After as an HTTP date', async () => {
    let now = Date.parse('2026-03-01T12:00:00Z');
    server = await startStandIn((_request, response, index) => {
      if (index === 0) json(response, 503, {}, { 'Retry-After': new Date(now + 4000).toUTCString() });
      else json(response, 200, SCHEMES);
    });
    const waits: number[] = [];
    const reader = createJiraReader(basicConnection(server.baseUrl), {
      now: () => now,
      random: () => 0,
      sleep: (ms) => {
        waits.push(ms);
        now += ms;
        return Promise.resolve();
      },
    });
    await reader.listPermissionSchemes();
    expect(waits[0]).toBeGreaterThanOrEqual(4000);
  });

  it('uses capped exponential backoff for 5xx on reads', async () => {
    server = await startStandIn((_request, response, index) => {
      if (index < 3) json(response, 502, {});
      else json(response, 200, SCHEMES);
    });
    const { sleep, waits } = recordingSleep();
    const reader = createJiraReader(basicConnection(server.baseUrl), {
      sleep,
      random: () => 0.999,
      retry: { baseDelayMs: 100, maxDelayMs: 250 },
    });
    await reader.listPermissionSchemes();
    expect(waits).toHaveLength(3);
    expect(waits[0]).toBeLessThanOrEqual(100);
    expect(waits[1]).toBeGreaterThan(waits[0] ?? 0);
    expect(waits[2]).toBeLessThanOrEqual(250);
  });

  it('fails with a clear message when the retry budget is used up', async () => {
    server = await startStandIn((_request, response) => {
      json(response, 429, { errorMessages: ['Rate limit exceeded.'] }, { 'Retry-After': '1' });
    });
    const { sleep } = recordingSleep();
    const reader = createJiraReader(basicConnection(server.baseUrl), {
      sleep,
      retry: { maxAttempts: 10, budget: 2 },
    });
    const error = await failureOf(reader.listPermissionSchemes());
    expect(error.kind).toBe('rate-limited');
    expect(error.status).toBe(429);
    expect(error.message).toContain('GET /rest/api/3/permissionscheme');
    expect(error.message).toMatch(/retries allowed .* are used up/);
    expect(server.seen).toHaveLength(3);
  });

  it('gives up when Jira asks to wait past the run deadline', async () => {
    server = await startStandIn((_request, response) => {
      json(response, 429, {}, { 'Retry-After': '600' });
    });
    const { sleep, waits } = recordingSleep();
    const reader = createJiraReader(basicConnection(server.baseUrl), { sleep, runDeadlineMs: 5000 });
    const error = await failureOf(reader.listPermissionSchemes());
    expect(error.kind).toBe('rate-limited');
    expect(error.message).toContain('past the run deadline');
    expect(waits).toHaveLength(0);
  });

  it('stops before sending once the run deadline has passed', async () => {
    server = await startStandIn((_request, response) => {
      json(response, 200, SCHEMES);
    });
    let now = 1_000_000;
    const reader = createJiraReader(basicConnection(server.baseUrl), { now: () => now, runDeadlineMs: 1000 });
    await reader.listPermissionSchemes();
    now += 1001;
    const error = await failureOf(reader.listPermissionSchemes());
    expect(error.kind).toBe('deadline');
    expect(error.outcome).toBe('not-sent');
    expect(server.seen).toHaveLength(1);
  });

  it('times out one request and retries the read', async () => {
    server = await startStandIn((_request, response, index) => {
      if (index === 0) return; // never answers
      json(response, 200, SCHEMES);
    });
    const { sleep } = recordingSleep();
    const reader = createJiraReader(basicConnection(server.baseUrl), { sleep, requestTimeoutMs: 200 });
    const schemes = await reader.listPermissionSchemes();
    expect(schemes).toHaveLength(1);
    expect(server.seen).toHaveLength(2);
  });

  it("ends a read in flight when the run's signal aborts, and leaves no listener on that signal", async () => {
    server = await startStandIn((request, response, index) => {
      // The first read is answered; the second never is, until the run is interrupted.
      if (index === 0) json(response, 200, { permissions: {} });
    });
    const run = new AbortController();
    const reader = createJiraReader(basicConnection(server.baseUrl), {
      signal: run.signal,
      requestTimeoutMs: 60_000,
    });
    await reader.getPermissionCatalogue();
    expect(getEventListeners(run.signal, 'abort')).toHaveLength(0);
    const pending = failureOf(reader.listPermissionSchemes());
    while (server.seen.length < 2) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(getEventListeners(run.signal, 'abort')).toHaveLength(1);
    run.abort();
    const error = await pending;
    expect(error.kind).toBe('aborted');
    expect(getEventListeners(run.signal, 'abort')).toHaveLength(0);
  });

  it('a write that times out is not re-sent and its outcome is unknown', async () => {
    server = await startStandIn(() => undefined);
    const { sleep } = recordingSleep();
    const writer = createJiraWriter(basicConnection(server.baseUrl), { sleep, requestTimeoutMs: 200 });
    const error = await failureOf(
      writer.createPermissionGrant(1, { permission: 'BROWSE_PROJECTS', holder: { type: 'anyone' } }),
    );
    expect(error.kind).toBe('timeout');
    expect(error.outcome).toBe('unknown');
    expect(error.message).toContain('POST /rest/api/3/permissionscheme/1/permission');
    expect(server.seen).toHaveLength(1);
  });

  it('a write answered 5xx is not re-sent (unknown); 4xx is rejected; 429 is retried', async () => {
    const statuses = [500, 400, 429, 201];
    server = await startStandIn((_request, response, index) => {
      const status = statuses[index] ?? 500;
      if (status === 201)
        json(response, 201, { id: 7, permission: 'BROWSE_PROJECTS', holder: { type: 'anyone' } });
      else json(response, status, { errorMessages: [`status ${String(status)}`] }, { 'Retry-After': '0' });
    });
    const { sleep } = recordingSleep();
    const writer = createJiraWriter(basicConnection(server.baseUrl), { sleep });
    const grant = { permission: 'BROWSE_PROJECTS', holder: { type: 'anyone' } };
    const first = await failureOf(writer.createPermissionGrant(1, grant));
    expect(first.outcome).toBe('unknown');
    expect(server.seen).toHaveLength(1);
    const second = await failureOf(writer.createPermissionGrant(1, grant));
    expect(second.outcome).toBe('rejected');
    expect(second.jiraMessage).toBe('status 400');
    const created = await writer.createPermissionGrant(1, grant);
    expect(created).toMatchObject({ id: 7, permission: 'BROWSE_PROJECTS', holder: { type: 'anyone' } });
    expect(server.seen).toHaveLength(4);
  });

  it('connection refused: a write is not sent, a read fails after its retries', async () => {
    const probe = await startStandIn(() => undefined);
    const baseUrl = probe.baseUrl;
    await probe.stop();
    const { sleep } = recordingSleep();
    const writer = createJiraWriter(basicConnection(baseUrl), { sleep, retry: { maxAttempts: 2 } });
    const error = await failureOf(writer.deletePermissionScheme(5));
    expect(error.kind).toBe('refused');
    expect(error.outcome).toBe('not-sent');
    expect(error.message).toContain('connection was refused');
    const reader = createJiraReader(basicConnection(baseUrl), { sleep, retry: { maxAttempts: 3 } });
    const readError = await failureOf(reader.listPermissionSchemes());
    expect(readError.kind).toBe('refused');
    expect(readError.attempts).toBe(3);
  });

  it('bounds reads in flight', async () => {
    let inFlight = 0;
    let peak = 0;
    server = await startStandIn((_request, response) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      setTimeout(() => {
        inFlight--;
        json(response, 200, { id: 1, name: 'A', permissions: [] });
      }, 20);
    });
    const reader = createJiraReader(basicConnection(server.baseUrl), { concurrency: 2 });
    await Promise.all(Array.from({ length: 8 }, (_, index) => reader.getPermissionScheme(index)));
    expect(peak).toBe(2);
    expect(server.seen).toHaveLength(8);
  });
});

describe('read-only client', () => {
  it('refuses writes before any byte leaves', async () => {
    server = await startStandIn((_request, response) => {
      json(response, 200, {});
    });
    const http = new JiraHttp(basicConnection(server.baseUrl), { readOnly: true });
    for (const method of ['POST', 'PUT', 'DELETE'] as const) {
      const error = await failureOf(http.request(method, '/permissionscheme/1', undefined, { name: 'x' }));
      expect(error.kind).toBe('read-only');
      expect(error.outcome).toBe('not-sent');
      expect(error.message).toContain(`${method} /rest/api/3/permissionscheme/1`);
    }
    expect(server.seen).toHaveLength(0);
  });

  it('has no write methods at all', () => {
    const reader = createJiraReader(basicConnection('http://127.0.0.1:9'));
    for (const name of [
      'createPermissionScheme',
      'updatePermissionSchemeDetails',
      'createPermissionGrant',
      'deletePermissionGrant',
      'deletePermissionScheme',
    ]) {
      expect(name in reader).toBe(false);
    }
  });
});
