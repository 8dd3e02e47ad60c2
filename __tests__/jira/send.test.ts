import { afterEach, describe, expect, it } from '@jest/globals';
import { createServer as createPlainServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer as createSecureServer } from 'node:https';
import { spawn } from 'node:child_process';
import { connect as connectTcp, createServer as createTcpServer } from 'node:net';
import type { AddressInfo, Socket } from 'node:net';
import type { TLSSocket } from 'node:tls';

import { readCappedText } from '../../src/jira/body.js';
import { connectionFromEnv } from '../../src/jira/connection.js';
import { createJiraReader } from '../../src/jira/factory.js';
import { JiraHttp } from '../../src/jira/http.js';
import { proxiedSend } from '../../src/jira/transport.js';
import type { ProxySettings, TransportRequest } from '../../src/jira/transport.js';
import { startForwardProxy } from '../support/forward-proxy.js';
import type { ForwardProxy } from '../support/forward-proxy.js';
import { TEST_CERTIFICATE, TEST_KEY } from '../support/tls.js';
import { basicConnection, failureOf, recordingSleep } from './helpers.js';
import { VERSION } from '../../src/version.js';

/**
 * Jira's transport on node:http (#18): keep-alive connections reused, no cap of its own below the
 * client's limiter, the abort signal over the body too, CONNECT tunnels carrying TLS to an https site,
 * the proxy's credentials, and a proxy's refusals reported as such.
 */

interface Site {
  baseUrl: string;
  port: number;
  /** TCP connections accepted, and closed. */
  readonly connections: number;
  readonly closed: number;
  /** The headers of every request. */
  headers: IncomingMessage['headers'][];
  stop(): Promise<void>;
}

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

let sites: Site[] = [];
let proxies: ForwardProxy[] = [];
afterEach(async () => {
  await Promise.all([...sites, ...proxies].map((one) => one.stop()));
  sites = [];
  proxies = [];
});

async function startSite(handler: Handler, secure = false, host = '127.0.0.1'): Promise<Site> {
  const headers: Site['headers'] = [];
  const sockets = new Set<Socket>();
  let connections = 0;
  let closed = 0;
  const listener = (request: IncomingMessage, response: ServerResponse): void => {
    headers.push(request.headers);
    request.resume();
    request.on('end', () => {
      handler(request, response);
    });
  };
  const server: Server = secure
    ? createSecureServer({ cert: TEST_CERTIFICATE, key: TEST_KEY }, listener)
    : createPlainServer(listener);
  server.on('connection', (socket: Socket) => {
    connections++;
    sockets.add(socket);
    socket.on('close', () => {
      closed++;
      sockets.delete(socket);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  const site: Site = {
    baseUrl: `${secure ? 'https' : 'http'}://${host.includes(':') ? `[${host}]` : host}:${String(port)}`,
    port,
    get connections() {
      return connections;
    },
    get closed() {
      return closed;
    },
    headers,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => {
          resolve();
        });
      }),
  };
  sites.push(site);
  return site;
}

async function startProxy(credentials?: string): Promise<ForwardProxy> {
  const proxy = await startForwardProxy(credentials === undefined ? {} : { credentials });
  proxies.push(proxy);
  return proxy;
}

function answer(response: ServerResponse, body: unknown): void {
  response.writeHead(200, { 'Content-Type': 'application/json' });
  response.end(JSON.stringify(body));
}

function get(signal = new AbortController().signal): TransportRequest {
  return { method: 'GET', headers: { accept: 'application/json' }, signal };
}

async function until(condition: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition() && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 10));
}

const NO_PROXY: ProxySettings = { httpProxy: '', httpsProxy: '', noProxy: '' };

/** A client allowed to write, to an https:// Jira (never reached) through the proxy on `port`, 2 attempts a call. */
function writerThrough(port: number, sleep: (ms: number) => Promise<void>): JiraHttp {
  return new JiraHttp(
    {
      ...basicConnection('https://127.0.0.1:9'),
      transport: { proxy: { ...NO_PROXY, httpsProxy: `http://127.0.0.1:${String(port)}` } },
    },
    { readOnly: false, sleep, retry: { maxAttempts: 2 } },
  );
}

/** Whether this machine has IPv6 loopback (some containers have none). */
const IPV6 = await new Promise<boolean>((resolve) => {
  const probe = createPlainServer();
  probe.once('error', () => {
    resolve(false);
  });
  probe.listen(0, '::1', () => {
    probe.close(() => {
      resolve(true);
    });
  });
});

describe('keep-alive connections', () => {
  it('are reused by reads one after another, and under the limiter at most one per request in flight', async () => {
    const site = await startSite((_request, response) => {
      setTimeout(() => {
        answer(response, { ok: true });
      }, 5);
    });
    const http = new JiraHttp(basicConnection(site.baseUrl), { readOnly: true });
    for (let index = 0; index < 5; index++) await http.get('/serverInfo');
    expect(site.connections).toBe(1);
    await Promise.all(Array.from({ length: 40 }, () => http.get('/serverInfo')));
    expect(site.headers).toHaveLength(45);
    expect(site.connections).toBeGreaterThan(1);
    expect(site.connections).toBeLessThanOrEqual(10);
    expect(site.headers[0]).toMatchObject({
      'user-agent': `jira-perms/${VERSION}`,
      'accept-encoding': 'gzip, deflate',
    });
  });

  it('add no cap of their own: 100 requests in flight (the highest JIRA_PERMS_CONCURRENCY) all go out', async () => {
    let inFlight = 0;
    let peak = 0;
    const site = await startSite((_request, response) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      setTimeout(() => {
        inFlight--;
        answer(response, {});
      }, 200);
    });
    const send = proxiedSend(undefined);
    await Promise.all(
      Array.from({ length: 100 }, async () => {
        const response = await send(`${site.baseUrl}/rest/api/3/serverInfo`, get());
        await readCappedText(response, 1024);
      }),
    );
    expect(peak).toBe(100);
  });

  it('a body read to its end leaves the connection for the next request; a discarded one closes it', async () => {
    const site = await startSite((request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      // A long answer, so that the first chunk is not the whole of it.
      response.end(JSON.stringify({ url: request.url, padding: 'x'.repeat(4 * 1024 * 1024) }));
    });
    const send = proxiedSend(undefined);
    const first = await send(`${site.baseUrl}/one`, get());
    expect(JSON.parse(await readCappedText(first, 8 * 1024 * 1024))).toMatchObject({ url: '/one' });
    const second = await send(`${site.baseUrl}/two`, get());
    expect(site.connections).toBe(1);
    for await (const chunk of second.body) {
      expect(chunk.byteLength).toBeGreaterThan(0);
      break;
    }
    second.discard();
    await until(() => site.closed === 1);
    expect(site.closed).toBe(1);
    const third = await send(`${site.baseUrl}/three`, get());
    expect(JSON.parse(await readCappedText(third, 8 * 1024 * 1024))).toMatchObject({ url: '/three' });
    expect(site.connections).toBe(2);
  });
});

describe('a write that times out', () => {
  /** Accepts connections and says nothing: a TLS handshake never ends, a request is never answered. */
  async function silent(): Promise<{ port: number; accepted: () => number; stop: () => void }> {
    let accepted = 0;
    const sockets = new Set<Socket>();
    const server = createTcpServer((socket) => {
      accepted++;
      sockets.add(socket);
      socket.resume();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return {
      port: (server.address() as AddressInfo).port,
      accepted: () => accepted,
      stop: () => {
        for (const socket of sockets) socket.destroy();
        server.close();
      },
    };
  }

  it.each([
    [
      'during the TLS handshake: nothing sent, sent again once',
      'https',
      'not-sent',
      2,
      'no connection within',
    ],
    ['once sent: outcome unknown, not sent again', 'http', 'unknown', 1, 'no answer within'],
  ] as const)('%s', async (_name, scheme, outcome, attempts, said) => {
    const site = await silent();
    try {
      const { sleep, waits } = recordingSleep();
      const http = new JiraHttp(basicConnection(`${scheme}://127.0.0.1:${String(site.port)}`), {
        readOnly: false,
        sleep,
        requestTimeoutMs: 200,
      });
      const error = await failureOf(http.request('POST', '/permissionscheme', undefined, { name: 'x' }));
      expect(error.kind).toBe('timeout');
      expect(error.outcome).toBe(outcome);
      expect(error.attempts).toBe(attempts);
      expect(waits).toHaveLength(attempts - 1);
      expect(site.accepted()).toBe(attempts);
      expect(error.message).toContain(said);
    } finally {
      site.stop();
    }
  });
});

describe('a kept-alive connection Jira drops', () => {
  /** A site that drops the connection, unanswered, when a second request comes on it. */
  async function droppingSite(): Promise<Site> {
    const served = new WeakMap<Socket, number>();
    return startSite((request, response) => {
      const count = (served.get(request.socket) ?? 0) + 1;
      served.set(request.socket, count);
      if (count === 2) request.socket.destroy();
      else answer(response, { id: 1 });
    });
  }

  it('a read is sent again on a new connection; a write is not, its outcome unknown', async () => {
    const site = await droppingSite();
    const { sleep, waits } = recordingSleep();
    const http = new JiraHttp(basicConnection(site.baseUrl), { readOnly: false, sleep });
    await http.get('/serverInfo');
    await expect(http.get('/permissionscheme')).resolves.toMatchObject({ status: 200 });
    expect(waits).toHaveLength(1);
    expect(site.headers).toHaveLength(3);
    expect(site.connections).toBe(2);
    // Jira may have received the write before the connection dropped: not sent again blindly.
    const error = await failureOf(http.request('POST', '/permissionscheme', undefined, { name: 'x' }));
    expect(error.kind).toBe('network');
    expect(error.message).toContain('dropped (ECONNRESET)');
    expect(error.outcome).toBe('unknown');
    expect(error.attempts).toBe(1);
    expect(waits).toHaveLength(1);
    expect(site.headers).toHaveLength(4);
  });

  it('one idle past its time while the event loop was busy is not used: the next write goes on a new connection', async () => {
    // The site in a process of its own, so that it closes the idle connection while this one is busy:
    // Keep-Alive: timeout=2 (the client keeps it 1 s), closed by the site about 3 s after its answer.
    const child = spawn(process.execPath, [
      '-e',
      `const server = require('node:http').createServer((request, response) => {
         request.resume();
         request.on('end', () => {
           response.writeHead(200, { 'Content-Type': 'application/json' });
           response.end(JSON.stringify({ connection: request.socket.connectionNumber }));
         });
       });
       let connections = 0;
       server.on('connection', (socket) => { socket.connectionNumber = ++connections; });
       server.keepAliveTimeout = 2000;
       server.listen(0, '127.0.0.1', () => { console.log(server.address().port); });`,
    ]);
    try {
      const port = await new Promise<string>((resolve, reject) => {
        child.stdout.once('data', (data: Buffer) => {
          resolve(data.toString().trim());
        });
        child.once('error', reject);
      });
      const http = new JiraHttp(basicConnection(`http://127.0.0.1:${port}`), {
        readOnly: false,
        sleep: recordingSleep().sleep,
      });
      const first = await http.request('POST', '/permissionscheme', undefined, { name: 'a' });
      expect(first.headers.get('keep-alive')).toBe('timeout=2');
      expect(first.body).toEqual({ connection: 1 });
      // A plan computing: no timer runs meanwhile, the socket's idle timeout among them.
      const busyUntil = Date.now() + 4500;
      while (Date.now() < busyUntil) {
        // busy
      }
      const second = await http.request('POST', '/permissionscheme', undefined, { name: 'b' });
      expect(second.body).toEqual({ connection: 2 });
    } finally {
      child.kill();
    }
  });
});

describe('a connection that drops before the request went out', () => {
  /** A TCP server that drops each connection when its first bytes come (a TLS hello, a CONNECT). */
  async function dropper(): Promise<{ port: number; connections: () => number; stop: () => void }> {
    let connections = 0;
    const server = createTcpServer((socket) => {
      connections++;
      socket.once('data', () => socket.destroy());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return {
      port: (server.address() as AddressInfo).port,
      connections: () => connections,
      stop: () => {
        server.close();
      },
    };
  }

  it('during the TLS handshake: nothing sent, a write sent again, not called a certificate problem', async () => {
    const site = await dropper();
    try {
      const { sleep, waits } = recordingSleep();
      const http = new JiraHttp(basicConnection(`https://127.0.0.1:${String(site.port)}`), {
        readOnly: false,
        sleep,
        retry: { maxAttempts: 2 },
      });
      const error = await failureOf(http.request('POST', '/permissionscheme', undefined, { name: 'x' }));
      expect(error.kind).toBe('network');
      expect(error.outcome).toBe('not-sent');
      expect(error.attempts).toBe(2);
      expect(waits).toHaveLength(1);
      expect(site.connections()).toBe(2);
      expect(error.message).toContain('dropped (ECONNRESET)');
      expect(error.message).not.toContain('NODE_EXTRA_CA_CERTS');
    } finally {
      site.stop();
    }
  });

  it('at a proxy that closes the connection instead of answering CONNECT: ERR_PROXY_TUNNEL, nothing sent', async () => {
    const proxy = await dropper();
    try {
      const { sleep, waits } = recordingSleep();
      const http = writerThrough(proxy.port, sleep);
      const error = await failureOf(http.request('PUT', '/permissionscheme/1', undefined, { name: 'x' }));
      expect(error.kind).toBe('network');
      expect(error.outcome).toBe('not-sent');
      expect(error.attempts).toBe(2);
      expect(waits).toHaveLength(1);
      expect(error.message).toContain('ERR_PROXY_TUNNEL');
      expect(error.message).toContain(
        `the proxy http://127.0.0.1:${String(proxy.port)} closed the connection without answering the tunnel request to 127.0.0.1:9`,
      );
    } finally {
      proxy.stop();
    }
  });
});

describe('the abort signal', () => {
  it('ends a body that stops coming, with its reason, and closes the connection', async () => {
    const site = await startSite((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.write('{"permissionSchemes": [');
    });
    const controller = new AbortController();
    const response = await proxiedSend(undefined)(
      `${site.baseUrl}/rest/api/3/permissionscheme`,
      get(controller.signal),
    );
    setTimeout(() => {
      controller.abort(new Error('stopped by the test'));
    }, 50);
    await expect(readCappedText(response, 1024)).rejects.toThrow('stopped by the test');
    await until(() => site.closed === 1);
    expect(site.closed).toBe(1);
  });

  it("is the client's timeout for a body that stops coming: a timeout, within it", async () => {
    const site = await startSite((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.write('{"permissionSchemes": [');
    });
    const http = new JiraHttp(basicConnection(site.baseUrl), {
      readOnly: true,
      requestTimeoutMs: 300,
      retry: { maxAttempts: 1 },
      sleep: recordingSleep().sleep,
    });
    const started = Date.now();
    const error = await failureOf(http.get('/permissionscheme'));
    expect(error.kind).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('ends a request whose headers never come, and one aborted before it was sent', async () => {
    const site = await startSite(() => undefined);
    const send = proxiedSend(undefined);
    const controller = new AbortController();
    const pending = send(`${site.baseUrl}/hang`, get(controller.signal));
    setTimeout(() => {
      controller.abort(new Error('no headers'));
    }, 50);
    await expect(pending).rejects.toThrow('no headers');
    await expect(send(`${site.baseUrl}/never`, get(controller.signal))).rejects.toThrow('no headers');
    expect(site.headers).toHaveLength(1);
  });
});

describe('an https site through a proxy', () => {
  it('is reached through one CONNECT tunnel, kept alive, with the proxy credentials from the URL', async () => {
    const site = await startSite((request, response) => {
      answer(response, { url: request.url });
    }, true);
    const proxy = await startProxy('corp user:p@ss:word');
    const withCredentials = proxy.url.replace('http://', 'http://corp%20user:p%40ss%3Aword@');
    const send = proxiedSend({ ...NO_PROXY, httpsProxy: withCredentials }, { ca: TEST_CERTIFICATE });
    for (const name of ['a', 'b', 'c']) {
      const response = await send(`${site.baseUrl}/rest/api/3/${name}`, get());
      expect(response.status).toBe(200);
      expect(JSON.parse(await readCappedText(response, 1024))).toEqual({ url: `/rest/api/3/${name}` });
    }
    expect(proxy.tunnels).toEqual([`127.0.0.1:${String(site.port)}`]);
    expect(proxy.forwarded).toHaveLength(0);
    expect(proxy.authorizations).toEqual([`Basic ${Buffer.from('corp user:p@ss:word').toString('base64')}`]);
    expect(site.connections).toBe(1);
    // Nothing of the proxy's reaches Jira; br is asked for over https.
    expect(site.headers[0]?.['proxy-authorization']).toBeUndefined();
    expect(site.headers[0]).toMatchObject({
      host: `127.0.0.1:${String(site.port)}`,
      'accept-encoding': 'br, gzip, deflate',
    });
  });

  (IPV6 ? it : it.skip)('at an IPv6 address is asked for as [address]:port', async () => {
    const site = await startSite(
      (request, response) => {
        answer(response, { url: request.url });
      },
      true,
      '::1',
    );
    const proxy = await startProxy();
    // The test certificate names 127.0.0.1 and localhost only: the name check is the one thing skipped.
    const send = proxiedSend(
      { ...NO_PROXY, httpsProxy: proxy.url },
      { ca: TEST_CERTIFICATE, checkServerIdentity: () => undefined },
    );
    const response = await send(`${site.baseUrl}/rest/api/3/serverInfo`, get());
    expect(JSON.parse(await readCappedText(response, 1024))).toEqual({ url: '/rest/api/3/serverInfo' });
    expect(proxy.tunnels).toEqual([`[::1]:${String(site.port)}`]);
  });

  it("checks the site's certificate as Node does: a self-signed one is a TLS failure naming the proxy", async () => {
    const site = await startSite((_request, response) => {
      answer(response, {});
    }, true);
    const proxy = await startProxy();
    const reader = createJiraReader(
      connectionFromEnv({
        JIRA_BASE_URL: site.baseUrl,
        JIRA_EMAIL: 'a@example.com',
        JIRA_API_TOKEN: 'tunnel-token-123',
        JIRA_API_VERSION: '3',
        HTTPS_PROXY: proxy.url,
      }),
      { sleep: recordingSleep().sleep, retry: { maxAttempts: 1 } },
    );
    const error = await failureOf(reader.listPermissionSchemes());
    expect(error.kind).toBe('tls');
    expect(error.message).toContain('DEPTH_ZERO_SELF_SIGNED_CERT');
    expect(error.message).toContain(`through the proxy ${proxy.url}`);
    expect(proxy.tunnels).toHaveLength(1);
    expect(site.headers).toHaveLength(0);
  });
});

describe('a proxy that does not answer CONNECT', () => {
  it('holds nothing once the signal aborts: the call ends with the reason, the CONNECT is closed', async () => {
    // Accepts the connection, reads the CONNECT, never answers.
    let accepted = 0;
    let closed = 0;
    const sockets = new Set<Socket>();
    const silent = createTcpServer((socket) => {
      accepted++;
      sockets.add(socket);
      socket.resume();
      socket.on('close', () => {
        closed++;
      });
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    try {
      const send = proxiedSend({ ...NO_PROXY, httpsProxy: `http://127.0.0.1:${String(port)}` });
      const controller = new AbortController();
      const pending = send('https://127.0.0.1:9/rest/api/3/serverInfo', get(controller.signal));
      await until(() => accepted === 1);
      controller.abort(new Error('gave up on the proxy'));
      await expect(pending).rejects.toThrow('gave up on the proxy');
      await until(() => closed === 1);
      expect(accepted).toBe(1);
      expect(closed).toBe(1);
    } finally {
      for (const socket of sockets) socket.destroy();
      silent.close();
    }
  });
});

describe('an https:// proxy', () => {
  /** A proxy spoken to over TLS: it answers absolute-URI requests itself, and tunnels CONNECT to `tunnelTo`. */
  async function startTlsProxy(tunnelTo?: number): Promise<{ port: number; names: unknown[] }> {
    const names: unknown[] = [];
    const sockets = new Set<Socket>();
    const server = createSecureServer({ cert: TEST_CERTIFICATE, key: TEST_KEY }, (request, response) => {
      answer(response, { url: request.url, host: request.headers.host });
    });
    server.on('secureConnection', (socket: TLSSocket) => {
      // The name the client asked for (SNI): false when it sent none.
      names.push(socket.servername);
      sockets.add(socket);
    });
    server.on('connect', (_request: IncomingMessage, client: Socket) => {
      const upstream = connectTcp(tunnelTo ?? 0, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.pipe(client);
        client.pipe(upstream);
      });
      upstream.on('error', () => client.destroy());
      sockets.add(upstream);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    sites.push({
      baseUrl: '',
      port: 0,
      connections: 0,
      closed: 0,
      headers: [],
      stop: () =>
        new Promise<void>((resolve) => {
          // Tunnels are no longer the server's connections: closed one by one.
          for (const socket of sockets) socket.destroy();
          server.closeAllConnections();
          server.close(() => {
            resolve();
          });
        }),
    });
    return { port: (server.address() as AddressInfo).port, names };
  }

  it("is checked against its own name, not Jira's, for an http site asked by absolute URI", async () => {
    const proxy = await startTlsProxy();
    for (const [host, name] of [
      ['localhost', 'localhost'],
      ['127.0.0.1', false],
    ] as const) {
      const send = proxiedSend(
        { ...NO_PROXY, httpProxy: `https://${host}:${String(proxy.port)}` },
        { ca: TEST_CERTIFICATE },
      );
      const response = await send('http://jira.example.test:8080/rest/api/2/serverInfo', get());
      expect(JSON.parse(await readCappedText(response, 1024))).toEqual({
        url: 'http://jira.example.test:8080/rest/api/2/serverInfo',
        host: 'jira.example.test:8080',
      });
      expect(proxy.names.at(-1)).toBe(name);
    }
  });

  it("is named by its own name in the TLS handshake of a CONNECT, Jira's inside the tunnel", async () => {
    const site = await startSite((_request, response) => {
      answer(response, {});
    }, true);
    const proxy = await startTlsProxy(site.port);
    const send = proxiedSend(
      { ...NO_PROXY, httpsProxy: `https://127.0.0.1:${String(proxy.port)}` },
      { ca: TEST_CERTIFICATE },
    );
    const response = await send(`https://localhost:${String(site.port)}/rest/api/3/serverInfo`, get());
    expect(response.status).toBe(200);
    await readCappedText(response, 1024);
    // An IP address: no name sent to the proxy (it was Jira's, from the CONNECT's Host header).
    expect(proxy.names).toEqual([false]);
    expect(site.headers[0]?.host).toBe(`localhost:${String(site.port)}`);
  });
});

describe('a proxy that refuses', () => {
  const base = { JIRA_EMAIL: 'a@example.com', JIRA_API_TOKEN: 'refused-token-123', JIRA_API_VERSION: '3' };

  it.each([
    ['an http site (absolute URI): 407', false, 'HTTP_PROXY', 'asked for credentials: 407'],
    ['an https site (CONNECT): 407', true, 'HTTPS_PROXY', 'refused the tunnel to 127.0.0.1:'],
  ])(
    '%s is a failure naming the proxy, not retried, nothing sent to Jira',
    async (_name, secure, variable, said) => {
      const site = await startSite((_request, response) => {
        answer(response, {});
      }, secure);
      const proxy = await startProxy('corp-user:right-password-123');
      const wrong = proxy.url.replace('http://', 'http://corp-user:wrong-password-456@');
      const { sleep, waits } = recordingSleep();
      const reader = createJiraReader(
        connectionFromEnv({ JIRA_BASE_URL: site.baseUrl, ...base, JIRA_ALLOW_HTTP: '1', [variable]: wrong }),
        { sleep },
      );
      const error = await failureOf(reader.getPermissionCatalogue());
      expect(error.kind).toBe('network');
      expect(error.outcome).toBe('not-sent');
      expect(error.attempts).toBe(1);
      expect(waits).toEqual([]);
      expect(error.message).toContain('ERR_PROXY_AUTH');
      // The proxy answered: said as a refusal, with the fix, not as a dropped connection.
      expect(error.message).toContain('not sent: the proxy would not carry it');
      expect(error.message).not.toContain('dropped');
      expect(error.message).toContain('Check the user and password in the proxy URL');
      expect(error.message).toContain(said);
      expect(error.message).toContain(`the proxy ${proxy.url}`);
      expect(error.message).not.toContain('wrong-password-456');
      expect(proxy.authorizations).toEqual([
        `Basic ${Buffer.from('corp-user:wrong-password-456').toString('base64')}`,
      ]);
      expect(site.headers).toHaveLength(0);
    },
  );
});

describe('a write', () => {
  it('sends its body with a Content-Length, not chunked', async () => {
    const site = await startSite((_request, response) => {
      answer(response, { id: 1 });
    });
    const http = new JiraHttp(basicConnection(site.baseUrl), { readOnly: false });
    await http.request('POST', '/permissionscheme', undefined, { name: 'Ünïcode' });
    const body = JSON.stringify({ name: 'Ünïcode' });
    expect(site.headers[0]?.['content-length']).toBe(String(Buffer.byteLength(body)));
    expect(site.headers[0]?.['transfer-encoding']).toBeUndefined();
    expect(site.headers[0]?.['content-type']).toBe('application/json');
  });
});

describe('a header Node refuses', () => {
  it.each([
    ['a character beyond Latin-1', 'token-with-a-euro-€-sign-123'],
    ['a line break', 'first-line-of-token\nsecond-line-of-token'],
  ])(
    '(%s) fails the call before a connection is asked for: not sent, not retried, the value never echoed',
    async (_name, token) => {
      const site = await startSite((_request, response) => {
        answer(response, {});
      });
      const { sleep, waits } = recordingSleep();
      const http = new JiraHttp(
        { baseUrl: site.baseUrl, apiVersion: '3', deployment: 'cloud-site', auth: { kind: 'bearer', token } },
        { readOnly: false, sleep },
      );
      for (const method of ['GET', 'POST'] as const) {
        const error = await failureOf(
          http.request(method, '/permissionscheme', undefined, method === 'POST' ? { name: 'x' } : undefined),
        );
        expect(error.kind).toBe('network');
        // Nothing reached Jira: a write is not "may or may not have been made", and nothing is retried.
        expect(error.outcome).toBe('not-sent');
        expect(error.attempts).toBe(1);
        expect(error.message).toContain('not sent: Node refused the request as given (ERR_INVALID_CHAR)');
        expect(error.message).toContain('JIRA_BEARER_TOKEN');
        expect(error.message).not.toContain('may or may not');
        expect(error.message).not.toMatch(/euro|line-of-token/);
      }
      expect(waits).toEqual([]);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(site.connections).toBe(0);
    },
  );
});

describe('a proxy that answers CONNECT with an error', () => {
  /** A TCP server answering every CONNECT with `status`, as a proxy's policy or a failing upstream does. */
  async function refuser(status: number): Promise<{ port: number; asked: () => number; stop: () => void }> {
    let asked = 0;
    const server = createTcpServer((socket) => {
      socket.once('data', () => {
        asked++;
        socket.end(`HTTP/1.1 ${String(status)} Refused\r\nContent-Length: 0\r\n\r\n`);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return {
      port: (server.address() as AddressInfo).port,
      asked: () => asked,
      stop: () => {
        server.close();
      },
    };
  }

  it.each([
    [403, 1],
    [502, 2],
  ])(
    '%i: nothing sent; the same request is sent again only when the refusal may pass (%i attempts)',
    async (status, attempts) => {
      const proxy = await refuser(status);
      try {
        const { sleep, waits } = recordingSleep();
        const http = writerThrough(proxy.port, sleep);
        const error = await failureOf(http.request('PUT', '/permissionscheme/1', undefined, { name: 'x' }));
        expect(error.outcome).toBe('not-sent');
        expect(error.attempts).toBe(attempts);
        expect(waits).toHaveLength(attempts - 1);
        expect(proxy.asked()).toBe(attempts);
        expect(error.message).toContain('ERR_PROXY_TUNNEL');
        expect(error.message).toContain(`refused the tunnel to 127.0.0.1:9: ${String(status)} Refused`);
        expect(error.message).toContain('not sent: the proxy would not carry it');
        expect(error.message).not.toContain('dropped');
      } finally {
        proxy.stop();
      }
    },
  );
});
