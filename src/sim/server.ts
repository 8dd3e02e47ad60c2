import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import {
  authenticate,
  categoryOf,
  DEFAULT_CLOUD_ID,
  defaultCredentials,
  exampleCredentials,
} from './auth.js';
import type { RequestContext } from './context.js';
import { errorResponse, MESSAGES, type SimResponse } from './errors.js';
import { FaultEngine, type FaultPlan } from './faults.js';
import { appendAuditRecord } from './audit.js';
import { createClock, type SimClock } from './clock.js';
import { outOfBand, type OutOfBand, type OutOfBandOptions } from './control.js';
import { AUDITING_ROUTES, matchRoute, ROUTES } from './router.js';
import { serverInfo } from './routes/directory.js';
import { defaultSeed } from './seeds/default.js';
import { cloneSite, normaliseSite } from './state.js';
import type {
  ApiBehaviour,
  BehaviourChanges,
  ExampleCredentials,
  FaultConfig,
  FaultKind,
  Flavour,
  Invariant,
  InvariantViolation,
  RequestLogEntry,
  SimAuditRecord,
  SimCredential,
  SimulatorOptions,
  SiteData,
} from './types.js';

/** The defaults (frozen: copy before changing). */
export const DEFAULT_BEHAVIOUR: Readonly<ApiBehaviour> = Object.freeze({
  errorWording: 'jira',
  deleteInUseScheme: 'refuse',
  deleteInUseStatus: 400,
  parameterlessHolders: 'omit',
  grantIdsAfterPut: 'new',
  maxResultsCap: Object.freeze({ projects: 50, groups: 50, users: 100, fields: 50, members: 50 }),
  addonsRoleOnCreate: false,
  expandHolderObjects: true,
  projectKeyCase: 'sensitive',
  teamManagedAssignStatus: 400,
  auditAuthorAccountId: true,
  auditFreePlan: false,
  auditOffset: 'honoured',
  dataCenterProjectSearch: false,
  leadActive: true,
  emptyProjectSearch: 'page',
  pageMarkers: 'documented',
  memberTotal: 'listed',
  teamManagedSchemeStatus: 200,
  cloudServerInfoV2: true,
  roleGroupNames: true,
  listProjectSchemes: false,
});

/** A running simulator: the server, its state, and the controls tests use. */
export interface Simulator {
  /** `http://127.0.0.1:PORT`: the site URL (what `JIRA_BASE_URL` is set to). */
  readonly baseUrl: string;
  readonly port: number;
  readonly flavour: Flavour;
  readonly cloudId: string;
  /** `baseUrl + /ex/jira/{cloudId}`: where scoped tokens and OAuth tokens work. */
  readonly gatewayUrl: string;
  /** The default credentials (when `options.credentials` was not given these all work). */
  readonly credentials: ExampleCredentials;
  /** Every credential the server accepts; tests may push more. */
  readonly allCredentials: SimCredential[];
  /** The live site: tests may read and change it directly. */
  readonly state: SiteData;
  /** The live behaviour switches (mutable). */
  readonly behaviour: ApiBehaviour;
  /** Every request answered (or dropped/hung) so far, oldest first. */
  readonly requests: RequestLogEntry[];
  /** Invariant failures recorded after writes. */
  readonly violations: InvariantViolation[];
  /** Requests per route template (`GET /rest/api/3/permissionscheme/{schemeId}`). */
  countsByRoute(): Record<string, number>;
  clearLog(): void;
  /** A deep copy of the state. */
  snapshot(): SiteData;
  /** Replaces the state with a deep copy of `snapshot`. */
  restore(snapshot: SiteData): void;
  /**
   * The clock audit records and `serverTime` read: `sim.clock.set('2026-11-20T10:00:00Z')` stops it there
   * (reproducible records), `advance(ms)` moves it, `set(null)` lets it follow real time again.
   */
  readonly clock: SimClock;
  /**
   * Changes made by hand in Jira's UI, as the named person (accountId, email, username or display name,
   * e.g. `'Alice Admin'`): they change the site and write the audit records the UI would, at `at` (or the
   * clock's time). `sim.actAs('Alice Admin', { at }).addGrant(10000, 'DELETE_ISSUES', { type: 'group', ref: 'contractors' })`.
   */
  actAs(who: string, options?: OutOfBandOptions): OutOfBand;
  /** The audit log, oldest first (the live list: part of the state, so snapshots include it). */
  readonly auditRecords: readonly SimAuditRecord[];
  /** Adds any audit record (history or noise for a test); `created` defaults to the clock's time. */
  recordAudit(record: Omit<SimAuditRecord, 'id' | 'created'> & { created?: string }): SimAuditRecord;
  /** The current fault configuration. */
  readonly faults: FaultConfig;
  /** Replaces the fault configuration and restarts its PRNG and rate-limit bucket. */
  setFaults(config: FaultConfig): void;
  setBehaviour(changes: BehaviourChanges): void;
  /** Registers a check run after every successful write; a throw is recorded in `violations`. Returns an unsubscribe. */
  onWrite(invariant: Invariant): () => void;
  /** `Authorization` header value for one of the example credentials (default `admin`). */
  authHeader(kind?: keyof ExampleCredentials): string;
  /** Environment for the product's connection (`JIRA_BASE_URL`, `JIRA_EMAIL`, ...). */
  env(kind?: keyof ExampleCredentials): Record<string, string>;
  stop(): Promise<void>;
}

const REST_PATH = /^\/rest\/api\/(2|3)(\/.*)?$/;
const AUDITING_PATH = /^\/rest\/auditing\/1\.0(\/.*)?$/;
const GATEWAY_PATH = /^\/ex\/jira\/([^/]+)(\/.*)?$/;

const LOGIN_PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Log in with Atlassian account</title></head>
<body><div id="root"><h1>Log in to continue</h1>
<form action="/login" method="post"><input name="username" type="email"><button>Continue</button></form>
</div></body></html>
`;

/** `X-RateLimit-Reset` as Jira documents it: ISO 8601 to the minute (`yyyy-MM-ddTHH:mmZ`), rounded up. */
function resetStamp(at: Date): string {
  const minute = 60_000;
  return new Date(Math.ceil(at.getTime() / minute) * minute).toISOString().slice(0, 16) + 'Z';
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
    request.on('error', reject);
  });
}

export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const flavour: Flavour = options.flavour ?? 'cloud';
  const cloudId = options.cloudId ?? DEFAULT_CLOUD_ID;
  let site = normaliseSite(cloneSite(options.seed ?? defaultSeed()));
  const behaviour: ApiBehaviour = {
    ...DEFAULT_BEHAVIOUR,
    ...options.apiBehaviour,
    maxResultsCap: { ...DEFAULT_BEHAVIOUR.maxResultsCap, ...options.apiBehaviour?.maxResultsCap },
  };
  const credentials = options.credentials ?? defaultCredentials();
  const faultConfig: FaultConfig = { ...options.faults };
  if (options.latencyMs !== undefined && faultConfig.latency === undefined) {
    faultConfig.latency = { fixedMs: options.latencyMs };
  }
  const faults = new FaultEngine(faultConfig);
  const clock = createClock(options.clock);
  const requests: RequestLogEntry[] = [];
  /** When the simulator started: requests say when they arrived relative to it. */
  const startedAt = performance.now();
  const violations: InvariantViolation[] = [];
  const invariants = new Set<Invariant>();
  const sockets = new Set<Socket>();
  const hung = new Set<ServerResponse>();

  const server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) {
        send(response, errorResponse(500, [`Simulator error: ${String(error)}`]));
      } else {
        response.destroy();
      }
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  function send(response: ServerResponse, answer: SimResponse, truncate = false): void {
    const headers: Record<string, string> = { ...answer.headers };
    let text: string | undefined;
    if (answer.raw !== undefined) {
      headers['Content-Type'] = answer.raw.contentType;
      text = answer.raw.text;
    } else if (answer.body !== undefined) {
      headers['Content-Type'] = 'application/json;charset=UTF-8';
      text = JSON.stringify(answer.body);
    }
    if (text !== undefined && truncate) text = text.slice(0, Math.max(1, Math.floor(text.length / 2)));
    const bytes = text === undefined ? undefined : Buffer.from(text, 'utf8');
    if (bytes !== undefined) headers['Content-Length'] = String(bytes.length);
    response.writeHead(answer.status, headers);
    response.end(bytes);
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const started = performance.now();
    const method = (request.method ?? 'GET').toUpperCase();
    const url = new URL(request.url ?? '/', 'http://placeholder');
    const host = request.headers.host ?? `127.0.0.1:${String(port)}`;
    const rawBody = await readBody(request);

    // Where is it addressed: the site (`/rest/api/N`) or the OAuth gateway (`/ex/jira/{cloudId}/rest/api/N`)?
    let gateway = false;
    let restPath = url.pathname;
    let siteUrl = `http://${host}`;
    const viaGateway = GATEWAY_PATH.exec(url.pathname);
    if (viaGateway !== null) {
      gateway = true;
      restPath = viaGateway[2] ?? '/';
      siteUrl = `http://${host}/ex/jira/${viaGateway[1] ?? ''}`;
    }
    // Two route tables: the platform REST API, and Data Center's auditing plugin.
    const api = REST_PATH.exec(restPath);
    const auditingPath = api === null ? AUDITING_PATH.exec(restPath) : null;
    const version = api?.[1] === '3' ? '3' : '2';
    const base = api !== null ? `/rest/api/${version}` : auditingPath !== null ? '/rest/auditing/1.0' : null;
    const subPath = api?.[2] ?? auditingPath?.[1] ?? '/';
    const found =
      base === null
        ? { allowed: [] }
        : matchRoute(method, subPath, auditingPath === null ? ROUTES : AUDITING_ROUTES);
    const route =
      found.match === undefined ? 'unmatched' : `${method} ${base ?? ''}${found.match.route.template}`;

    let credentialLabel: string | undefined = undefined;
    let delayMs = 0;
    const finish = (status: number, fault?: FaultKind): void => {
      const entry: RequestLogEntry = {
        method,
        path: url.pathname,
        route,
        status,
        at: Math.round((started - startedAt) * 100) / 100,
        ms: Math.round((performance.now() - started) * 100) / 100,
      };
      if (fault !== undefined) entry.fault = fault;
      if (delayMs > 0) entry.delayMs = delayMs;
      if (credentialLabel !== undefined) entry.credential = credentialLabel;
      if (rawBody !== '') entry.body = rawBody;
      requests.push(entry);
    };
    let planHeaders: Record<string, string> = {};
    const answer = (result: SimResponse, fault?: FaultKind): void => {
      send(response, { ...result, headers: { ...planHeaders, ...result.headers } });
      finish(result.status, fault);
    };

    const plan: FaultPlan = faults.plan(method, route);
    planHeaders = plan.headers ?? {};
    delayMs = Math.round(plan.delayMs * 100) / 100;
    if (delayMs > 0) await sleep(delayMs);
    const w = behaviour.errorWording;
    switch (plan.before) {
      case 'blocked-address':
        answer(errorResponse(403, [MESSAGES.blockedAddress(w)]), 'blocked-address');
        return;
      case 'rate-limit': {
        const limit = plan.rateLimit;
        const headers: Record<string, string> = {
          'Retry-After': String(limit?.retryAfterSeconds ?? 1),
          'X-RateLimit-Limit': String(limit?.limit ?? 0),
          'X-RateLimit-Remaining': '0',
          'X-RateLimit-Reset': resetStamp(limit?.resetAt ?? new Date()),
          'X-RateLimit-NearLimit': 'true',
          'RateLimit-Reason': 'jira-burst-based',
        };
        answer(errorResponse(429, [MESSAGES.rateLimited(w)], {}, headers), 'rate-limit');
        return;
      }
      case 'hang':
        // Never answered; the socket is destroyed when the client gives up or the server stops.
        hung.add(response);
        response.on('close', () => hung.delete(response));
        finish(0, 'hang');
        return;
      case 'server-error': {
        const status = plan.status ?? 503;
        const retryAfter = faults.current.serverErrors?.retryAfterSeconds;
        const headers = retryAfter === undefined ? undefined : { 'Retry-After': String(retryAfter) };
        if (status === 500)
          answer(errorResponse(500, [MESSAGES.serverError(w)], {}, headers), 'server-error');
        else {
          answer(
            {
              status,
              raw: {
                contentType: 'text/html;charset=UTF-8',
                text: `<html><body><h1>${String(status)} Service Unavailable</h1></body></html>`,
              },
              ...(headers === undefined ? {} : { headers }),
            },
            'server-error',
          );
        }
        return;
      }
      case 'refusal': {
        const message = faults.current.refusals?.message ?? 'The request was refused.';
        const status = plan.status ?? 400;
        answer(
          faults.current.refusals?.html === true
            ? {
                status,
                raw: {
                  contentType: 'text/html;charset=UTF-8',
                  text: `<html><body><h1>${String(status)}</h1><p>${message}</p></body></html>`,
                },
              }
            : errorResponse(status, [message]),
          'refusal',
        );
        return;
      }
      case 'html-login':
        answer(
          { status: 200, raw: { contentType: 'text/html;charset=UTF-8', text: LOGIN_PAGE } },
          'html-login',
        );
        return;
      default:
        break;
    }

    if (base === null || (gateway && viaGateway?.[1] !== cloudId)) {
      answer(errorResponse(404, [`null for uri: http://${host}${url.pathname}`]));
      return;
    }
    if (flavour === 'datacenter' && (version === '3' || gateway)) {
      answer(errorResponse(404, [`null for uri: http://${host}${url.pathname}`]));
      return;
    }
    // Cloud's reference documents serverInfo only under REST 3: a Cloud may not answer it under REST 2.
    if (
      flavour === 'cloud' &&
      version === '2' &&
      !behaviour.cloudServerInfoV2 &&
      found.match?.route.template === '/serverInfo'
    ) {
      answer(errorResponse(404, [`null for uri: http://${host}${url.pathname}`]));
      return;
    }

    // Authentication.
    const auth = authenticate(request.headers.authorization, credentials);
    if (
      auth.kind === 'missing' &&
      !gateway &&
      method === 'GET' &&
      found.match?.route.template === '/serverInfo'
    ) {
      // "This operation can be accessed anonymously" (the only one here); the gateway always wants a token.
      answer(serverInfo(flavour, siteUrl, clock.now()));
      return;
    }
    if (auth.kind !== 'ok') {
      const headers = { 'WWW-Authenticate': 'Basic realm="protected-area"' };
      if (gateway) {
        answer({ status: 401, body: { code: 401, message: 'Unauthorized' }, headers });
        return;
      }
      const message = auth.kind === 'missing' ? MESSAGES.notAuthenticated(w) : MESSAGES.badCredentials(w);
      answer(errorResponse(401, [message], {}, headers));
      return;
    }
    const credential = auth.credential;
    credentialLabel = credential.label;
    if ((credential.scoped ?? false) !== gateway) {
      // Scoped/OAuth tokens only work through the gateway; classic tokens only on the site.
      if (gateway) answer({ status: 401, body: { code: 401, message: 'Unauthorized' } });
      else answer(errorResponse(401, [MESSAGES.badCredentials(w)]));
      return;
    }

    if (found.match === undefined) {
      if (found.allowed.length > 0) {
        answer({ status: 405, headers: { Allow: found.allowed.join(', ') } });
      } else {
        answer(errorResponse(404, [`null for uri: http://${host}${url.pathname}`]));
      }
      return;
    }
    const matched = found.match;
    if (
      (matched.route.cloudOnly === true && flavour === 'datacenter') ||
      (matched.route.dataCenterOnly === true && flavour === 'cloud')
    ) {
      answer(errorResponse(404, [`null for uri: http://${host}${url.pathname}`]));
      return;
    }

    // Authorisation: the token's categories, then the user's admin right.
    const category = matched.route.category ?? categoryOf(method);
    if (!credential.categories.includes(category)) {
      if (gateway)
        answer({ status: 401, body: { code: 401, message: 'Unauthorized; scope does not match' } });
      else answer(errorResponse(403, [MESSAGES.categoryDenied(w, category)]));
      return;
    }
    if (matched.route.admin === true && !credential.admin) {
      answer(errorResponse(403, [MESSAGES.notAdmin(w)]));
      return;
    }

    // Body.
    let body: unknown;
    if (rawBody.trim() !== '') {
      const contentType = request.headers['content-type'] ?? '';
      if (!contentType.toLowerCase().includes('json')) {
        answer({ status: 415, body: { errorMessages: ['Unsupported Media Type'], errors: {} } });
        return;
      }
      try {
        body = JSON.parse(rawBody);
      } catch (error) {
        answer(errorResponse(400, [MESSAGES.badJson(w, error instanceof Error ? error.message : 'invalid')]));
        return;
      }
    }

    const ctx: RequestContext = {
      method,
      params: matched.params,
      query: url.searchParams,
      body,
      apiVersion: version,
      siteUrl,
      restUrl: `${siteUrl}${base}`,
      flavour,
      behaviour,
      site,
      credential,
      user: site.users.find((user) => user.accountId === credential.accountId),
      now: clock.now(),
      author: {
        accountId: credential.accountId,
        remoteAddress: (request.socket.remoteAddress ?? '127.0.0.1').replace(/^::ffff:/, ''),
        eventSource: 'REST',
        at: clock.now(),
      },
    };
    const result = matched.route.handler(ctx);
    const isWrite = category !== 'read';
    if (isWrite && result.status >= 200 && result.status < 300) runInvariants(method, route, url.pathname);

    if (plan.after === 'drop-after-commit') {
      finish(0, 'drop-after-commit');
      response.socket?.destroy();
      return;
    }
    if (plan.after === 'truncated-json' && result.body !== undefined) {
      send(response, { ...result, headers: { ...planHeaders, ...result.headers } }, true);
      finish(result.status, 'truncated-json');
      return;
    }
    answer(result);
  }

  function runInvariants(method: string, route: string, path: string): void {
    for (const invariant of invariants) {
      try {
        invariant(site, { method, route, path });
      } catch (error) {
        violations.push({
          method,
          route,
          path,
          message: error instanceof Error ? error.message : String(error),
        });
      }
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  const hostName = options.host ?? '127.0.0.1';
  const baseUrl = `http://${hostName.includes(':') ? `[${hostName}]` : hostName}:${String(port)}`;
  const examples = exampleCredentials(cloudId);

  const simulator: Simulator = {
    baseUrl,
    port,
    flavour,
    cloudId,
    gatewayUrl: `${baseUrl}/ex/jira/${cloudId}`,
    credentials: examples,
    allCredentials: credentials,
    get state() {
      return site;
    },
    behaviour,
    requests,
    violations,
    countsByRoute() {
      const counts: Record<string, number> = {};
      for (const entry of requests) counts[entry.route] = (counts[entry.route] ?? 0) + 1;
      return counts;
    },
    clearLog() {
      requests.length = 0;
    },
    snapshot: () => cloneSite(site),
    clock,
    actAs: (who, actOptions) => outOfBand(() => site, clock, who, actOptions),
    get auditRecords() {
      return site.auditRecords ?? [];
    },
    recordAudit(record) {
      return appendAuditRecord(site, { ...record, created: record.created ?? clock.now().toISOString() });
    },
    restore(snapshot) {
      site = normaliseSite(cloneSite(snapshot));
    },
    get faults() {
      return faults.current;
    },
    setFaults(config) {
      faults.configure(config);
    },
    setBehaviour(changes) {
      Object.assign(behaviour, changes, {
        maxResultsCap: { ...behaviour.maxResultsCap, ...changes.maxResultsCap },
      });
    },
    onWrite(invariant) {
      invariants.add(invariant);
      return () => {
        invariants.delete(invariant);
      };
    },
    authHeader(kind = 'admin') {
      if (kind === 'bearer' || kind === 'scoped') return `Bearer ${examples[kind].token}`;
      const { email, apiToken } = examples[kind];
      return `Basic ${Buffer.from(`${email}:${apiToken}`).toString('base64')}`;
    },
    env(kind = 'admin'): Record<string, string> {
      const version = flavour === 'datacenter' ? '2' : '3';
      if (kind === 'bearer') {
        return {
          JIRA_BASE_URL: baseUrl,
          JIRA_BEARER_TOKEN: examples.bearer.token,
          JIRA_API_VERSION: version,
        };
      }
      if (kind === 'scoped') {
        return {
          JIRA_BASE_URL: `${baseUrl}/ex/jira/${cloudId}`,
          JIRA_BEARER_TOKEN: examples.scoped.token,
          JIRA_API_VERSION: version,
        };
      }
      const { email, apiToken } = examples[kind];
      return {
        JIRA_BASE_URL: baseUrl,
        JIRA_EMAIL: email,
        JIRA_API_TOKEN: apiToken,
        JIRA_API_VERSION: version,
      };
    },
    stop() {
      return new Promise<void>((resolve) => {
        for (const response of hung) response.destroy();
        for (const socket of sockets) socket.destroy();
        server.close(() => {
          resolve();
        });
      });
    },
  };
  return simulator;
}
