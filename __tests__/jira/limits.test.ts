import { afterEach, describe, expect, it } from '@jest/globals';

import { diagnosticContext } from '../../src/jira/diagnostics.js';
import { createJiraReader } from '../../src/jira/factory.js';
import { JiraHttp } from '../../src/jira/http.js';
import { readAllPages } from '../../src/jira/paginate.js';
import { basicConnection, failureOf, json, recordingSleep, startStandIn } from './helpers.js';
import type { StandIn } from './helpers.js';

/** Hostile sizes: endless answers are cut off at the limit, huge pages do not overflow the stack. */

let server: StandIn | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

describe('response size limit (#13.6)', () => {
  it('stops reading an endless answer at the default 64 MB and says so', async () => {
    let sent = 0;
    server = await startStandIn((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      response.write('{"permissionSchemes": [');
      const more = (): void => {
        // Endless: 500 MB and more, unless the client hangs up first.
        while (!response.destroyed && sent < 600 * 1024 * 1024) {
          sent += chunk.length;
          if (!response.write(chunk)) {
            response.once('drain', more);
            return;
          }
        }
        response.end(']}');
      };
      more();
    });
    const { sleep } = recordingSleep();
    const reader = createJiraReader(basicConnection(server.baseUrl), { sleep });
    const error = await failureOf(reader.listPermissionSchemes());
    expect(error.kind).toBe('too-large');
    expect(error.outcome).toBe('rejected');
    expect(error.message).toContain('GET /rest/api/3/permissionscheme');
    expect(error.message).toContain('more than the 64 MB limit');
    expect(error.message).toContain('JIRA_PERMS_MAX_RESPONSE_MB');
    // Not retried, and the server was not read to its end.
    expect(server.seen).toHaveLength(1);
    expect(sent).toBeLessThan(600 * 1024 * 1024);
  });

  it('refuses an announced Content-Length over the limit before reading it', async () => {
    server = await startStandIn((_request, response) => {
      response.writeHead(200, {
        'Content-Type': 'application/json',
        'Content-Length': String(500 * 1024 * 1024),
      });
      response.write('{"permissionSchemes": [');
    });
    const { sleep } = recordingSleep();
    const reader = createJiraReader(basicConnection(server.baseUrl), { sleep });
    const error = await failureOf(reader.listPermissionSchemes());
    expect(error.kind).toBe('too-large');
    expect(error.message).toContain('Content-Length 500 MB');
  });

  it('takes an answer within the limit, and a write answered beyond it has an unknown outcome', async () => {
    const scheme = { id: 1, name: 'A', description: 'x'.repeat(200_000), permissions: [] };
    server = await startStandIn((request, response) => {
      if (request.method === 'GET') json(response, 200, { permissionSchemes: [scheme] });
      else
        json(response, 201, {
          id: 9,
          permission: 'BROWSE_PROJECTS',
          holder: { type: 'anyone', pad: 'y'.repeat(300_000) },
        });
    });
    const { sleep } = recordingSleep();
    const connection = basicConnection(server.baseUrl);
    const http = new JiraHttp(connection, { readOnly: false, sleep, maxResponseBytes: 250_000 });
    const read = await http.get('/permissionscheme');
    expect(read.status).toBe(200);
    const error = await failureOf(http.request('POST', '/permissionscheme/1/permission', undefined, {}));
    expect(error.kind).toBe('too-large');
    expect(error.outcome).toBe('unknown');
    expect(error.message).toContain('more than the 0.24 MB limit');
  });

  it('quotes the start of a huge error answer and still reports its status', async () => {
    server = await startStandIn((_request, response) => {
      response.writeHead(400, { 'Content-Type': 'text/plain' });
      response.end(`Bad request: ${'z'.repeat(5 * 1024 * 1024)}`);
    });
    const { sleep } = recordingSleep();
    const reader = createJiraReader(basicConnection(server.baseUrl), { sleep });
    const error = await failureOf(reader.listPermissionSchemes());
    expect(error.status).toBe(400);
    expect(error.message.length).toBeLessThan(5000);
  });
});

describe('huge pages (#13.7)', () => {
  it('reads a page of 300,000 projects', async () => {
    const count = 300_000;
    const values = Array.from({ length: count }, (_, index) => ({
      id: String(index),
      key: `P${String(index)}`,
    }));
    server = await startStandIn((_request, response) => {
      json(response, 200, { startAt: 0, maxResults: count, total: count, isLast: true, values });
    });
    const connection = basicConnection(server.baseUrl);
    const http = new JiraHttp(connection, { readOnly: true });
    const read = await readAllPages(
      { http, path: '/project/search', context: diagnosticContext(connection) },
      { pageSize: 100 },
    );
    expect(read).toHaveLength(count);
    expect(read[count - 1]).toEqual({ id: String(count - 1), key: `P${String(count - 1)}` });
  });

  it('hands each page to onPage as it arrives and keeps none of it', async () => {
    const total = 5;
    server = await startStandIn((request, response) => {
      const startAt = Number(new URL(request.url ?? '/', 'http://x').searchParams.get('startAt'));
      const values = Array.from({ length: Math.min(2, total - startAt) }, (_, index) => ({
        id: String(startAt + index),
      }));
      json(response, 200, {
        startAt,
        maxResults: 2,
        total,
        isLast: startAt + values.length >= total,
        values,
      });
    });
    const connection = basicConnection(server.baseUrl);
    const http = new JiraHttp(connection, { readOnly: true });
    const pages: unknown[][] = [];
    const read = await readAllPages(
      { http, path: '/project/search', context: diagnosticContext(connection) },
      { pageSize: 2, onPage: (values) => pages.push([...values]) },
    );
    expect(pages).toEqual([[{ id: '0' }, { id: '1' }], [{ id: '2' }, { id: '3' }], [{ id: '4' }]]);
    expect(read).toEqual([]);
  });
});
