import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { createServer } from 'node:net';
import type { AddressInfo, Socket } from 'node:net';

import { createCommentClient, upsertPlanComment } from '../../src/action/github.js';
import { runCli } from '../../src/cli/main.js';
import { connectionFromEnv } from '../../src/jira/connection.js';
import { createJiraReader } from '../../src/jira/factory.js';
import { startSimulator } from '../../src/sim/index.js';
import type { Simulator } from '../../src/sim/index.js';
import { startForwardProxy } from '../support/forward-proxy.js';
import { STUB_ACCOUNTS, startGitHubStub } from '../support/github-stub.js';
import type { ForwardProxy } from '../support/forward-proxy.js';
import { capture, failureOf, recordingSleep } from './helpers.js';

/** HTTPS_PROXY / HTTP_PROXY / NO_PROXY, through a real forward proxy that counts what passes (#17). */

let sim: Simulator;
let proxy: ForwardProxy;
beforeAll(async () => {
  sim = await startSimulator();
});
afterAll(async () => {
  await sim.stop();
});
beforeEach(async () => {
  sim.clearLog();
  proxy = await startForwardProxy();
});
afterEach(async () => {
  await proxy.stop();
});

describe('a forward proxy in front of Jira', () => {
  it('sees every request of a doctor run when HTTP_PROXY is set', async () => {
    const io = capture({ ...sim.env('admin'), HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url });
    expect(await runCli(['doctor'], io.context)).toBe(0);
    expect(sim.requests.length).toBeGreaterThan(3);
    expect(proxy.forwarded).toHaveLength(sim.requests.length);
    for (const entry of proxy.forwarded) expect(entry.url.startsWith(`${sim.baseUrl}/rest/api/`)).toBe(true);
  });

  it('reads the lower-case variables too, and prefers them, as curl does', async () => {
    const reader = createJiraReader(
      connectionFromEnv({ ...sim.env('admin'), http_proxy: proxy.url, HTTP_PROXY: 'http://127.0.0.1:9' }),
    );
    const schemes = await reader.listPermissionSchemes();
    expect(schemes.length).toBe(sim.state.schemes.length);
    expect(proxy.count).toBe(sim.requests.length);
    expect(proxy.count).toBeGreaterThan(0);
  });

  it.each(['127.0.0.1', '127.0.0.1:PORT', '*', 'example.com, 127.0.0.1'])(
    'sends nothing through it when NO_PROXY=%s matches the host',
    async (noProxy) => {
      const io = capture({
        ...sim.env('admin'),
        HTTP_PROXY: proxy.url,
        HTTPS_PROXY: proxy.url,
        NO_PROXY: noProxy.replace('PORT', String(sim.port)),
      });
      expect(await runCli(['doctor'], io.context)).toBe(0);
      expect(sim.requests.length).toBeGreaterThan(3);
      expect(proxy.count).toBe(0);
    },
  );

  it('a NO_PROXY entry for another host or port does not bypass it', async () => {
    const reader = createJiraReader(
      connectionFromEnv({
        ...sim.env('admin'),
        HTTP_PROXY: proxy.url,
        NO_PROXY: `jira.example.com,127.0.0.1:${String(sim.port + 1)}`,
      }),
    );
    await reader.getPermissionCatalogue();
    expect(proxy.count).toBe(1);
  });

  it('uses the variables of the environment it is given, not the process', async () => {
    const saved = process.env.HTTP_PROXY;
    process.env.HTTP_PROXY = 'http://127.0.0.1:9';
    try {
      const reader = createJiraReader(connectionFromEnv(sim.env('admin')));
      await reader.getPermissionCatalogue();
      expect(sim.requests).toHaveLength(1);
    } finally {
      if (saved === undefined) delete process.env.HTTP_PROXY;
      else process.env.HTTP_PROXY = saved;
    }
  });

  it('https targets go through a CONNECT tunnel', async () => {
    // Not a TLS server: the tunnel opens, then the handshake fails, which shows the path taken.
    const sockets = new Set<Socket>();
    const tcp = createServer((socket) => {
      sockets.add(socket);
      socket.on('error', () => undefined);
      socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
    });
    await new Promise<void>((resolve) => tcp.listen(0, '127.0.0.1', resolve));
    const { port } = tcp.address() as AddressInfo;
    try {
      const { sleep } = recordingSleep();
      const reader = createJiraReader(
        connectionFromEnv({
          JIRA_BASE_URL: `https://127.0.0.1:${String(port)}`,
          JIRA_EMAIL: 'a@example.com',
          JIRA_API_TOKEN: 'tunnel-token-123',
          JIRA_API_VERSION: '3',
          HTTPS_PROXY: proxy.url,
        }),
        { sleep, retry: { maxAttempts: 1 } },
      );
      const error = await failureOf(reader.listPermissionSchemes());
      expect(proxy.tunnels).toEqual([`127.0.0.1:${String(port)}`]);
      expect(proxy.forwarded).toHaveLength(0);
      expect(error.message).toContain(`through the proxy ${proxy.url}`);
    } finally {
      for (const socket of sockets) socket.destroy();
      tcp.close();
    }
  });

  it('a proxy that is down is named in the error, without its password', async () => {
    const url = proxy.url;
    await proxy.stop();
    const { sleep } = recordingSleep();
    const withPassword = url.replace('http://', 'http://corp-user:proxy-pass-9876543210@');
    const reader = createJiraReader(connectionFromEnv({ ...sim.env('admin'), HTTP_PROXY: withPassword }), {
      sleep,
      retry: { maxAttempts: 1 },
    });
    const error = await failureOf(reader.getPermissionCatalogue());
    expect(error.message).toContain(`through the proxy ${url}`);
    expect(error.message).toContain('NO_PROXY');
    expect(error.message).not.toContain('proxy-pass-9876543210');
    expect(sim.requests).toHaveLength(0);
  });

  it('a malformed proxy setting is a configuration error naming the variable', () => {
    expect(() => connectionFromEnv({ ...sim.env('admin'), HTTPS_PROXY: 'not a url' })).toThrow(
      /HTTPS_PROXY is not a URL/,
    );
    expect(() => connectionFromEnv({ ...sim.env('admin'), HTTP_PROXY: 'socks5://127.0.0.1:1080' })).toThrow(
      /HTTP_PROXY must start with http/,
    );
    // A % not followed by two hex digits: not a bare URIError, and the password is not echoed.
    let message = '';
    try {
      connectionFromEnv({ ...sim.env('admin'), HTTPS_PROXY: 'http://user:50%off-secret@127.0.0.1:3128' });
    } catch (error) {
      message = error instanceof Error ? error.message : String(error);
    }
    expect(message).toContain(
      'HTTPS_PROXY: the user or password is not URL-encoded; write a % in them as %25',
    );
    expect(message).not.toContain('off-secret');
  });
});

describe("the action's GitHub API calls", () => {
  it('go through the same proxy, and directly with NO_PROXY', async () => {
    const stub = await startGitHubStub({ pulls: [{ number: 3 }] });
    try {
      const token = STUB_ACCOUNTS[0]?.token ?? '';
      const repository = { owner: 'octo-org', repo: 'permissions' };
      const proxied = createCommentClient(token, repository, stub.baseUrl, { HTTP_PROXY: proxy.url });
      expect((await upsertPlanComment(proxied, 3, {}, 'plan A')).action).toBe('created');
      expect(stub.requests.length).toBeGreaterThan(1);
      expect(proxy.forwarded).toHaveLength(stub.requests.length);
      const seen = proxy.count;
      const direct = createCommentClient(token, repository, stub.baseUrl, {
        HTTP_PROXY: proxy.url,
        NO_PROXY: '127.0.0.1',
      });
      expect((await upsertPlanComment(direct, 3, {}, 'plan B')).action).toBe('updated');
      expect(proxy.count).toBe(seen);
    } finally {
      await stub.stop();
    }
  });
});
