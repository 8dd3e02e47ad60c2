import { describe, expect, it } from '@jest/globals';
import { FaultEngine, matches } from '../../src/sim/faults.js';
import { createRandom } from '../../src/sim/prng.js';
import { matchRoute } from '../../src/sim/router.js';
import { authenticate, defaultCredentials } from '../../src/sim/auth.js';

/** The simulator's pure parts, without a server. */

describe('createRandom', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const take = (seed: number) => {
      const random = createRandom(seed);
      return Array.from({ length: 8 }, () => random.next());
    };
    expect(take(42)).toEqual(take(42));
    expect(take(42)).not.toEqual(take(43));
    for (const value of take(7)) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });

  it('hits a probability roughly as often as asked', () => {
    const random = createRandom(1);
    let hits = 0;
    for (let index = 0; index < 10000; index++) if (random.chance(0.25)) hits++;
    expect(hits).toBeGreaterThan(2200);
    expect(hits).toBeLessThan(2800);
    expect(random.chance(0)).toBe(false);
  });

  it('picks items and refuses an empty list', () => {
    const random = createRandom(3);
    expect(['a', 'b']).toContain(random.pick(['a', 'b']));
    expect(() => random.pick([])).toThrow(/at least one/);
    expect(random.int(5)).toBeLessThan(5);
  });
});

describe('fault matching', () => {
  it('matches methods, the writes shorthand, route substrings and patterns', () => {
    expect(matches({}, 'GET', 'GET /rest/api/3/permissionscheme')).toBe(true);
    expect(matches({ methods: 'writes' }, 'GET', 'x')).toBe(false);
    expect(matches({ methods: 'writes' }, 'DELETE', 'x')).toBe(true);
    expect(matches({ methods: ['get'] }, 'GET', 'x')).toBe(true);
    expect(matches({ route: 'group/bulk' }, 'GET', 'GET /rest/api/3/group/bulk')).toBe(true);
    expect(matches({ route: 'group/bulk' }, 'GET', 'GET /rest/api/3/role')).toBe(false);
    expect(matches({ route: /\{schemeId\}$/ }, 'PUT', 'PUT /rest/api/3/permissionscheme/{schemeId}')).toBe(
      true,
    );
  });
});

describe('FaultEngine', () => {
  it('refills its token bucket with time', () => {
    let now = 0;
    const engine = new FaultEngine({ rateLimit: { capacity: 2, refillPerSecond: 1 } }, () => now);
    expect(engine.plan('GET', 'r').before).toBeUndefined();
    expect(engine.plan('GET', 'r').before).toBeUndefined();
    const limited = engine.plan('GET', 'r');
    expect(limited.before).toBe('rate-limit');
    expect(limited.rateLimit?.retryAfterSeconds).toBe(1);
    now += 1000;
    expect(engine.plan('GET', 'r').before).toBeUndefined();
    expect(engine.plan('GET', 'r').before).toBe('rate-limit');
  });

  it('never drops reads and restarts its sequence on configure()', () => {
    const engine = new FaultEngine({ seed: 5, dropAfterCommit: { rate: 1 } });
    expect(engine.plan('GET', 'r').after).toBeUndefined();
    expect(engine.plan('POST', 'r').after).toBe('drop-after-commit');
    const config = { seed: 9, serverErrors: { rate: 0.5 } };
    engine.configure(config);
    const first = Array.from({ length: 20 }, () => engine.plan('GET', 'r').before);
    engine.configure(config);
    expect(Array.from({ length: 20 }, () => engine.plan('GET', 'r').before)).toEqual(first);
    expect(engine.current).toBe(config);
  });

  it('stops a fault after `times` requests, and refuses with the status asked for', () => {
    const engine = new FaultEngine({ refusals: { rate: 1, times: 2, status: 409, methods: ['DELETE'] } });
    expect(engine.plan('GET', 'r').before).toBeUndefined();
    const plans = Array.from({ length: 4 }, () => engine.plan('DELETE', 'r'));
    expect(plans.map((plan) => plan.before)).toEqual(['refusal', 'refusal', undefined, undefined]);
    expect(plans[0]?.status).toBe(409);
    // A new configuration counts again.
    engine.configure({ hang: { rate: 1, times: 1 } });
    expect([engine.plan('GET', 'r').before, engine.plan('GET', 'r').before]).toEqual(['hang', undefined]);
  });
});

describe('matchRoute', () => {
  it('finds templates and their parameters, and lists other methods of a path', () => {
    const found = matchRoute('GET', '/permissionscheme/10000/permission/10201');
    expect(found.match?.route.template).toBe('/permissionscheme/{schemeId}/permission/{permissionId}');
    expect(found.match?.params).toEqual({ schemeId: '10000', permissionId: '10201' });
    const wrongMethod = matchRoute('PATCH', '/permissionscheme/1');
    expect(wrongMethod.match).toBeUndefined();
    expect(wrongMethod.allowed.sort()).toEqual(['DELETE', 'GET', 'PUT']);
    expect(matchRoute('GET', '/nothing').allowed).toEqual([]);
  });
});

describe('authenticate', () => {
  const credentials = defaultCredentials();
  const basic = (text: string) => `Basic ${Buffer.from(text).toString('base64')}`;

  it('recognises basic and bearer credentials, email case-insensitively', () => {
    const admin = authenticate(basic('Admin@Example.com:sim-admin-token'), credentials);
    expect(admin.kind === 'ok' && admin.credential.label).toBe('admin (basic)');
    const bearer = authenticate('Bearer sim-bearer-admin-token', credentials);
    expect(bearer.kind === 'ok' && bearer.credential.label).toBe('admin (bearer)');
  });

  it('tells missing credentials from unknown ones', () => {
    expect(authenticate(undefined, credentials).kind).toBe('missing');
    expect(authenticate('  ', credentials).kind).toBe('missing');
    expect(authenticate(basic('admin@example.com:nope'), credentials).kind).toBe('unknown');
    expect(authenticate('Token abc', credentials)).toEqual({ kind: 'unknown', scheme: 'token' });
  });
});
