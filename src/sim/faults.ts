import { createRandom, type Random } from './prng.js';
import type { FaultConfig, FaultKind, FaultMatch, RateFault } from './types.js';

/**
 * Decides, per request, which fault (if any) shapes the answer. Every random draw comes from one seeded
 * PRNG in a fixed order, so the same seed and the same sequence of requests give the same faults.
 */

const WRITE_METHODS = ['POST', 'PUT', 'DELETE'];

export function matches(match: FaultMatch, method: string, route: string): boolean {
  if (match.methods !== undefined) {
    const methods = match.methods === 'writes' ? WRITE_METHODS : match.methods.map((m) => m.toUpperCase());
    if (!methods.includes(method)) return false;
  }
  if (match.route !== undefined) {
    if (typeof match.route === 'string' ? !route.includes(match.route) : !match.route.test(route))
      return false;
  }
  return true;
}

export interface FaultPlan {
  /** Extra delay before answering. */
  delayMs: number;
  /** Answer instead of handling the request (no state change). */
  before?: 'rate-limit' | 'server-error' | 'refusal' | 'hang' | 'html-login' | 'blocked-address';
  /** Handle the request, then spoil the answer. */
  after?: 'drop-after-commit' | 'truncated-json';
  /** For rate-limit answers. */
  rateLimit?: { limit: number; remaining: number; retryAfterSeconds: number; resetAt: Date };
  status?: number;
  /** Headers every answer to this request carries (rate-limit state while a bucket is configured). */
  headers?: Record<string, string>;
}

export class FaultEngine {
  private config: FaultConfig;
  private random: Random;
  private tokens: number;
  private lastRefill: number;
  /** How many requests each fault with `times` has shaped so far. */
  private used = new Map<RateFault, number>();
  private readonly now: () => number;

  constructor(config: FaultConfig = {}, now: () => number = () => Date.now()) {
    this.now = now;
    this.config = config;
    this.random = createRandom(config.seed ?? 1);
    this.tokens = config.rateLimit?.capacity ?? 0;
    this.lastRefill = now();
  }

  /** Replaces the configuration and restarts the PRNG and bucket (a new, reproducible run). */
  configure(config: FaultConfig): void {
    this.config = config;
    this.random = createRandom(config.seed ?? 1);
    this.tokens = config.rateLimit?.capacity ?? 0;
    this.lastRefill = this.now();
    this.used = new Map();
  }

  get current(): FaultConfig {
    return this.config;
  }

  private draw(fault: RateFault | undefined, method: string, route: string): boolean {
    if (fault === undefined || !matches(fault, method, route)) return false;
    // Always draw for a matching request so later decisions do not depend on earlier outcomes.
    const hit = this.random.next() < fault.rate;
    return hit && (fault.times === undefined || (this.used.get(fault) ?? 0) < fault.times);
  }

  /** Counts a fault as applied (for `times`), and returns the plan it shapes. */
  private applied(fault: RateFault | undefined, plan: FaultPlan): FaultPlan {
    if (fault?.times !== undefined) this.used.set(fault, (this.used.get(fault) ?? 0) + 1);
    return plan;
  }

  plan(method: string, route: string): FaultPlan {
    const config = this.config;
    const plan: FaultPlan = { delayMs: 0 };
    if (config.latency !== undefined && matches(config.latency, method, route)) {
      const jitter = config.latency.jitterMs ?? 0;
      plan.delayMs = config.latency.fixedMs + (jitter > 0 ? this.random.next() * jitter : 0);
    }
    const serverError = this.draw(config.serverErrors, method, route);
    const refusal = this.draw(config.refusals, method, route);
    const hang = this.draw(config.hang, method, route);
    const html = this.draw(config.htmlLogin, method, route);
    const drop = this.draw(config.dropAfterCommit, method, route);
    const truncate = this.draw(config.truncatedJson, method, route);
    if (config.blockedAddress === true) return { ...plan, before: 'blocked-address' };
    const bucket = this.takeToken(method, route);
    if (bucket?.limited !== undefined) return { ...plan, before: 'rate-limit', rateLimit: bucket.limited };
    if (bucket !== undefined) {
      // Jira sends the rate-limit state on every answer, not only on 429s.
      plan.headers = {
        'X-RateLimit-Limit': String(bucket.limit),
        'X-RateLimit-Remaining': String(Math.floor(bucket.remaining)),
      };
    }
    if (hang) return this.applied(config.hang, { ...plan, before: 'hang' });
    if (serverError) {
      const status = config.serverErrors?.status ?? 503;
      return this.applied(config.serverErrors, { ...plan, before: 'server-error', status });
    }
    if (refusal) {
      const status = config.refusals?.status ?? 400;
      return this.applied(config.refusals, { ...plan, before: 'refusal', status });
    }
    if (html) return this.applied(config.htmlLogin, { ...plan, before: 'html-login' });
    if (drop && WRITE_METHODS.includes(method)) {
      return this.applied(config.dropAfterCommit, { ...plan, after: 'drop-after-commit' });
    }
    if (truncate) return this.applied(config.truncatedJson, { ...plan, after: 'truncated-json' });
    return plan;
  }

  /** Token bucket: the state after taking a token, or the 429 details when the bucket is empty. */
  private takeToken(
    method: string,
    route: string,
  ): { limit: number; remaining: number; limited?: FaultPlan['rateLimit'] } | undefined {
    const limit = this.config.rateLimit;
    if (limit === undefined || !matches(limit, method, route)) return undefined;
    const now = this.now();
    const refill = ((now - this.lastRefill) / 1000) * limit.refillPerSecond;
    this.tokens = Math.min(limit.capacity, this.tokens + refill);
    this.lastRefill = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return { limit: limit.capacity, remaining: this.tokens };
    }
    const perToken = limit.refillPerSecond > 0 ? 1 / limit.refillPerSecond : 60;
    const retryAfterSeconds = limit.retryAfterSeconds ?? Math.max(1, Math.ceil(perToken * (1 - this.tokens)));
    return {
      limit: limit.capacity,
      remaining: 0,
      limited: {
        limit: limit.capacity,
        remaining: 0,
        retryAfterSeconds,
        resetAt: new Date(now + retryAfterSeconds * 1000),
      },
    };
  }
}

export const FAULT_KINDS: readonly FaultKind[] = [
  'rate-limit',
  'server-error',
  'refusal',
  'drop-after-commit',
  'hang',
  'html-login',
  'truncated-json',
  'blocked-address',
];
