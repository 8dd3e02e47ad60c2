import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createPlainServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer as createSecureServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { startForwardProxy } from '../support/forward-proxy.js';
import type { ForwardProxy } from '../support/forward-proxy.js';
import { TEST_CERTIFICATE, TEST_KEY } from '../support/tls.js';

/**
 * node:https (node:tls with it) is loaded only when a connection needs TLS: an http:// Jira, the
 * simulator's or one on the loopback, directly or through an http:// proxy, is read without it (it
 * costs about 1 MB of resident memory, #18). Checked in a process of its own, since this one has
 * loaded node:https for its own servers.
 */

const dir = mkdtempSync(join(tmpdir(), 'lazy-tls-'));
const servers: Server[] = [];
const proxies: ForwardProxy[] = [];
afterEach(async () => {
  await Promise.all(proxies.splice(0).map((proxy) => proxy.stop()));
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => {
      server.close(() => {
        resolve();
      });
    });
  }
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const loader = pathToFileURL(join(process.cwd(), 'node_modules/tsx/dist/loader.mjs')).href;

async function startSite(secure: boolean): Promise<string> {
  const listener = (request: IncomingMessage, response: ServerResponse): void => {
    request.resume();
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end('{"ok":true}');
  };
  const server = secure
    ? createSecureServer({ cert: TEST_CERTIFICATE, key: TEST_KEY }, listener)
    : createPlainServer(listener);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return `${secure ? 'https' : 'http'}://127.0.0.1:${String(port)}`;
}

interface Loaded {
  https: boolean;
  tls: boolean;
}

interface Report {
  /** After the transport module was imported, before any request. */
  imported: Loaded;
  /** After one request was answered and its body read. */
  answered: Loaded;
  status: number;
  body: string;
}

/** A child that imports the transport, makes one request to `url` (through `proxy`), and reports. */
function childScript(): string {
  const script = join(dir, 'one-request.mts');
  const transport = pathToFileURL(join(process.cwd(), 'src/jira/transport.ts')).href;
  const tls = pathToFileURL(join(process.cwd(), '__tests__/support/tls.ts')).href;
  writeFileSync(
    script,
    `const loaded = () => ({
  https: process.moduleLoadList.includes('NativeModule https'),
  tls: process.moduleLoadList.includes('NativeModule tls'),
});
const { proxiedSend } = await import('${transport}');
const imported = loaded();
const { TEST_CERTIFICATE } = await import('${tls}');
const [url, proxy] = process.argv.slice(2);
const send = proxiedSend(
  proxy === undefined ? undefined : { httpProxy: proxy, httpsProxy: proxy, noProxy: '' },
  { ca: TEST_CERTIFICATE },
);
const response = await send(url, { method: 'GET', headers: {}, signal: new AbortController().signal });
let body = '';
for await (const chunk of response.body) body += Buffer.from(chunk).toString('utf8');
console.log(JSON.stringify({ imported, answered: loaded(), status: response.status, body }));
process.exit(0);
`,
  );
  return script;
}

function run(url: string, proxy?: string): Promise<Report> {
  const args = ['--import', loader, childScript(), url, ...(proxy === undefined ? [] : [proxy])];
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      args,
      { env: { ...process.env, NODE_OPTIONS: '' }, timeout: 60_000 },
      (error, stdout, stderr) => {
        if (error !== null) reject(new Error(`${error.message}\n${stderr}`));
        else resolve(JSON.parse(stdout) as Report);
      },
    );
  });
}

const NOTHING: Loaded = { https: false, tls: false };
const BOTH: Loaded = { https: true, tls: true };

describe('node:https', () => {
  it('is not loaded with the transport, nor to read an http:// Jira', async () => {
    const report = await run(`${await startSite(false)}/rest/api/3/serverInfo`);
    expect(report).toEqual({ imported: NOTHING, answered: NOTHING, status: 200, body: '{"ok":true}' });
  }, 60_000);

  it('is not loaded to read an http:// Jira through an http:// proxy', async () => {
    const proxy = await startForwardProxy();
    proxies.push(proxy);
    const site = await startSite(false);
    const report = await run(`${site}/rest/api/3/serverInfo`, proxy.url);
    expect(report).toEqual({ imported: NOTHING, answered: NOTHING, status: 200, body: '{"ok":true}' });
    expect(proxy.forwarded).toEqual([{ method: 'GET', url: `${site}/rest/api/3/serverInfo` }]);
  }, 60_000);

  it('is loaded when an https:// Jira is read, directly or through a CONNECT tunnel', async () => {
    const site = await startSite(true);
    const direct = await run(`${site}/rest/api/3/serverInfo`);
    expect(direct).toEqual({ imported: NOTHING, answered: BOTH, status: 200, body: '{"ok":true}' });
    const proxy = await startForwardProxy();
    proxies.push(proxy);
    const tunnelled = await run(`${site}/rest/api/3/serverInfo`, proxy.url);
    expect(tunnelled).toEqual({ imported: NOTHING, answered: BOTH, status: 200, body: '{"ok":true}' });
    expect(proxy.tunnels).toEqual([site.replace('https://', '')]);
  }, 60_000);
});
