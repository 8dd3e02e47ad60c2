import { afterEach, describe, expect, it } from '@jest/globals';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';

import { createJiraReader } from '../../src/jira/factory.js';
import { basicConnection, failureOf, json, recordingSleep, startStandIn } from './helpers.js';
import type { StandIn } from './helpers.js';

let server: StandIn | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

function query(url: string): URLSearchParams {
  return new URL(url, 'http://x').searchParams;
}

/** Projects 1..n, served in pages of at most `cap`, whatever maxResults asks. */
function projectPages(n: number, cap: number, mutate?: (page: Record<string, unknown>) => void) {
  return startStandIn((request, response) => {
    const url = request.url ?? '';
    if (url.startsWith('/rest/api/3/project/search')) {
      const params = query(url);
      const startAt = Number(params.get('startAt') ?? '0');
      const granted = Math.min(cap, Number(params.get('maxResults') ?? '50'));
      const values = Array.from({ length: Math.max(0, Math.min(granted, n - startAt)) }, (_, i) => ({
        id: String(10000 + startAt + i),
        key: `P${String(startAt + i).padStart(3, '0')}`,
      }));
      const page: Record<string, unknown> = {
        startAt,
        maxResults: granted,
        total: n,
        isLast: startAt + values.length >= n,
        values,
      };
      mutate?.(page);
      json(response, 200, page);
      return;
    }
    const match = /\/project\/(\d+)\/permissionscheme/.exec(url);
    if (match !== null) {
      json(response, 200, { id: Number(match[1]) % 2 === 0 ? 0 : 10000, name: 'S' });
      return;
    }
    json(response, 404, { errorMessages: ['no route'] });
  });
}

describe('pagination', () => {
  it('follows pages the server caps below what was asked, and maps projects to schemes', async () => {
    server = await projectPages(23, 7);
    const reader = createJiraReader(basicConnection(server.baseUrl));
    const byScheme = await reader.getProjectsByScheme();
    const total = [...byScheme.values()].reduce((sum, list) => sum + list.length, 0);
    expect(total).toBe(23);
    expect(byScheme.get(0)?.length).toBe(12);
    expect(byScheme.get(10000)?.length).toBe(11);
    const pages = server.seen.filter((entry) => entry.url.startsWith('/rest/api/3/project/search'));
    expect(pages.map((entry) => query(entry.url).get('startAt'))).toEqual(['0', '7', '14', '21']);
  });

  it("asks for the next page before the reads of this page's projects, so it does not wait behind them", async () => {
    server = await projectPages(120, 50);
    const reader = createJiraReader(basicConnection(server.baseUrl));
    const byScheme = await reader.getProjectsByScheme();
    expect([...byScheme.values()].reduce((sum, list) => sum + list.length, 0)).toBe(120);
    const second = server.seen.findIndex(
      (entry) =>
        entry.url.startsWith('/rest/api/3/project/search') && query(entry.url).get('startAt') === '50',
    );
    expect(second).toBeGreaterThan(0);
    // The first page's 50 lookups queue behind the second page: at most the reads already in flight
    // (10) reach the server before it, never all 50.
    const lookupsBefore = server.seen
      .slice(0, second)
      .filter((entry) => /\/project\/\d+\/permissionscheme/.test(entry.url)).length;
    expect(lookupsBefore).toBeLessThanOrEqual(10);
  });

  it('fails when the server, saying nothing of the last page, returns fewer items than it announced', async () => {
    server = await projectPages(10, 4, (page) => {
      delete page.isLast;
      if (page.startAt === 8) page.values = [];
    });
    const reader = createJiraReader(basicConnection(server.baseUrl));
    const error = await failureOf(reader.getProjectsByScheme());
    expect(error.kind).toBe('incomplete');
    expect(error.message).toContain('announced 10 items but returned 8');
  });

  it('trusts isLast: true over a total it does not reach (a total counting what the answer leaves out)', async () => {
    server = await projectPages(10, 4, (page) => {
      if (page.startAt === 8) {
        page.values = [];
        page.isLast = true;
      }
    });
    const reader = createJiraReader(basicConnection(server.baseUrl));
    const byScheme = await reader.getProjectsByScheme();
    expect([...byScheme.values()].flat().map((project) => project.key)).toHaveLength(8);
  });

  it('fails when a page starts somewhere else than asked', async () => {
    server = await projectPages(10, 4, (page) => {
      if (page.startAt === 4) page.startAt = 3;
    });
    const reader = createJiraReader(basicConnection(server.baseUrl));
    const error = await failureOf(reader.getProjectsByScheme());
    expect(error.kind).toBe('incomplete');
    expect(error.message).toContain('got a page starting at 3');
  });

  it('reads grants scheme by scheme when the list ignores expand, never assuming none', async () => {
    server = await startStandIn((request, response) => {
      const url = request.url ?? '';
      if (url.startsWith('/rest/api/3/permissionscheme?')) {
        json(response, 200, { permissionSchemes: [{ id: 5, name: 'Five', description: '' }] });
      } else if (url.startsWith('/rest/api/3/permissionscheme/5/permission')) {
        json(response, 200, {
          permissions: [
            {
              id: 2,
              permission: 'BROWSE_PROJECTS',
              holder: { type: 'group', parameter: 'devs', value: 'g-1' },
            },
            { id: 1, permission: 'BROWSE_PROJECTS', holder: { type: 'applicationRole', parameter: null } },
          ],
        });
      } else json(response, 404, {});
    });
    const reader = createJiraReader(basicConnection(server.baseUrl));
    const [scheme] = await reader.listPermissionSchemes();
    expect(scheme).toEqual({
      id: 5,
      name: 'Five',
      grants: [
        {
          id: 1,
          permission: 'BROWSE_PROJECTS',
          holder: { type: 'applicationRole' },
          label: 'applicationRole (any logged-in user)',
        },
        {
          id: 2,
          permission: 'BROWSE_PROJECTS',
          holder: { type: 'group', parameter: 'devs', value: 'g-1' },
          label: 'group devs (g-1)',
        },
      ],
    });
    expect(query(server.seen[0]?.url ?? '').get('expand')).toContain('permissions');
  });
});

describe('diagnostics for broken answers', () => {
  it('an HTML login page instead of JSON', async () => {
    server = await startStandIn((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end('<!DOCTYPE html><html><body>Log in</body></html>');
    });
    const error = await failureOf(createJiraReader(basicConnection(server.baseUrl)).listPermissionSchemes());
    expect(error.kind).toBe('html');
    expect(error.message).toContain('expected JSON but got an HTML page');
    expect(error.message).toContain('login');
  });

  it('truncated JSON is retried for reads, then reported', async () => {
    server = await startStandIn((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end('{"permissionSchemes": [{"id": 1, "na');
    });
    const { sleep } = recordingSleep();
    const error = await failureOf(
      createJiraReader(basicConnection(server.baseUrl), {
        sleep,
        retry: { maxAttempts: 2 },
      }).listPermissionSchemes(),
    );
    expect(error.kind).toBe('invalid-json');
    expect(error.message).toContain('not valid JSON');
    expect(server.seen).toHaveLength(2);
  });

  it('a redirect is reported with its target, never followed', async () => {
    server = await startStandIn((_request, response) => {
      response.writeHead(302, { Location: 'https://id.example.com/login?continue=x' });
      response.end();
    });
    const error = await failureOf(createJiraReader(basicConnection(server.baseUrl)).listPermissionSchemes());
    expect(error.kind).toBe('redirect');
    expect(error.message).toContain('https://id.example.com/login');
    expect(server.seen).toHaveLength(1);
  });

  it('a 404 points at the base URL and API version', async () => {
    server = await startStandIn((_request, response) => {
      json(response, 404, { errorMessages: ['null for uri'] });
    });
    const error = await failureOf(createJiraReader(basicConnection(server.baseUrl)).listPermissionSchemes());
    expect(error.status).toBe(404);
    expect(error.message).toContain('Check JIRA_BASE_URL');
    expect(error.message).toContain('JIRA_API_VERSION');
  });

  it('an answer of the wrong shape names the call', async () => {
    server = await startStandIn((_request, response) => {
      json(response, 200, { something: 'else' });
    });
    const error = await failureOf(createJiraReader(basicConnection(server.baseUrl)).listPermissionSchemes());
    expect(error.kind).toBe('unexpected-shape');
    expect(error.message).toContain('GET /rest/api/3/permissionscheme');
  });

  it('a host that does not resolve', async () => {
    const { sleep } = recordingSleep();
    const reader = createJiraReader(basicConnection('http://jira.does-not-exist.invalid'), { sleep });
    const error = await failureOf(reader.listPermissionSchemes());
    expect(error.kind).toBe('dns');
    expect(error.outcome).toBe('not-sent');
    expect(error.message).toContain('cannot find the host jira.does-not-exist.invalid');
  });

  it('a TLS failure', async () => {
    // A plain TCP server that answers garbage to a TLS client hello.
    const sockets = new Set<import('node:net').Socket>();
    const tcp = createServer((socket) => {
      sockets.add(socket);
      socket.on('error', () => undefined);
      socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
    });
    await new Promise<void>((resolve) => tcp.listen(0, '127.0.0.1', resolve));
    const { port } = tcp.address() as AddressInfo;
    try {
      const { sleep } = recordingSleep();
      const reader = createJiraReader(basicConnection(`https://127.0.0.1:${String(port)}`), { sleep });
      const error = await failureOf(reader.listPermissionSchemes());
      expect(error.kind).toBe('tls');
      expect(error.message).toContain('secure connection');
      expect(error.message).toContain('NODE_EXTRA_CA_CERTS');
    } finally {
      for (const socket of sockets) socket.destroy();
      tcp.close();
    }
  });
});

describe('Data Center group lookups', () => {
  it('checks a name directly when the group picker cut its list short', async () => {
    server = await startStandIn((request, response) => {
      const url = new URL(request.url ?? '/', 'http://x');
      if (url.pathname === '/rest/api/2/groups/picker') {
        // 25 groups contain "devs"; the picker shows 20 of them, without "devs" itself.
        const groups = Array.from({ length: 20 }, (_, i) => ({ name: `a-devs-${String(i)}`, html: '' }));
        json(response, 200, { header: 'Showing 20 of 25 matching groups', total: 25, groups });
      } else if (url.pathname === '/rest/api/2/group/member') {
        if (url.searchParams.get('groupname') === 'devs') json(response, 200, { values: [], isLast: true });
        else json(response, 404, { errorMessages: ['group not found'] });
      } else json(response, 404, {});
    });
    const connection = {
      ...basicConnection(server.baseUrl),
      apiVersion: '2' as const,
      deployment: 'data-center' as const,
    };
    const reader = createJiraReader(connection);
    const found = await reader.findGroupsByName(['devs', 'devs-nope']);
    expect(found.get('devs')).toEqual({ name: 'devs' });
    expect(found.has('devs-nope')).toBe(false);
    expect(server.seen.filter((entry) => entry.url.startsWith('/rest/api/2/group/member'))).toHaveLength(2);
  });
});
