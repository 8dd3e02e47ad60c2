import { afterEach, describe, expect, it } from '@jest/globals';
import type { ServerResponse } from 'node:http';

import { createJiraReader } from '../../src/jira/factory.js';
import { basicConnection, failureOf, json, recordingSleep, startStandIn } from './helpers.js';
import type { StandIn } from './helpers.js';

/**
 * The scheme list is read scheme by scheme as its bytes arrive (src/jira/json-split.ts): over real HTTP,
 * in chunks a few bytes long, it must give what reading it whole gave, and fail as that failed.
 */

let server: StandIn | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

/** Writes the answer a few bytes at a time, each write on its own turn of the event loop. */
function dribble(response: ServerResponse, bytes: Buffer, size: number): void {
  response.writeHead(200, { 'Content-Type': 'application/json' });
  let at = 0;
  const next = (): void => {
    if (response.destroyed) return;
    if (at >= bytes.length) {
      response.end();
      return;
    }
    response.write(bytes.subarray(at, at + size));
    at += size;
    setImmediate(next);
  };
  next();
}

const grant = (id: number, parameter: string, value: string) => ({
  id,
  permission: 'BROWSE_PROJECTS',
  holder: { type: 'group', parameter, value, expand: 'group', group: { name: parameter, groupId: value } },
});

const answer = {
  expand: 'permissions,user,group,projectRole,field',
  permissionSchemes: [
    {
      id: 12,
      name: 'Zoë’s 日本 🚀 {scheme} [one] "quoted" \\ slash',
      description: '}]"\\',
      permissions: [grant(3, 'dévs } ]', 'g-3'), grant(1, '开发者', 'g-1')],
    },
    { id: 11, name: 'Unexpanded', description: '' },
    { id: 10, name: 'Empty', permissions: [] },
  ],
  after: { permissionSchemes: [{ id: 99 }] },
};

const expected = [
  { id: 10, name: 'Empty', grants: [] },
  {
    id: 11,
    name: 'Unexpanded',
    grants: [
      {
        id: 5,
        permission: 'BROWSE_PROJECTS',
        holder: { type: 'group', parameter: 'ops', value: 'g-5' },
        label: 'group ops (g-5)',
      },
    ],
  },
  {
    id: 12,
    name: 'Zoë’s 日本 🚀 {scheme} [one] "quoted" \\ slash',
    description: '}]"\\',
    grants: [
      {
        id: 1,
        permission: 'BROWSE_PROJECTS',
        holder: { type: 'group', parameter: '开发者', value: 'g-1' },
        label: 'group 开发者 (g-1)',
      },
      {
        id: 3,
        permission: 'BROWSE_PROJECTS',
        holder: { type: 'group', parameter: 'dévs } ]', value: 'g-3' },
        label: 'group dévs } ] (g-3)',
      },
    ],
  },
];

function serve(list: Buffer, size: number): Promise<StandIn> {
  return startStandIn((request, response) => {
    const url = request.url ?? '';
    if (url.startsWith('/rest/api/3/permissionscheme?')) dribble(response, list, size);
    else if (url.startsWith('/rest/api/3/permissionscheme/11/permission'))
      json(response, 200, { permissions: [grant(5, 'ops', 'g-5')] });
    else json(response, 404, {});
  });
}

describe('the scheme list, read scheme by scheme as it arrives', () => {
  it('gives what the whole answer gives, in chunks of a few bytes, with a BOM and multi-byte names', async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(JSON.stringify(answer, null, 2)),
    ]);
    for (const size of [1, 3, 7]) {
      server = await serve(bytes, size);
      const reader = createJiraReader(basicConnection(server.baseUrl));
      expect(await reader.listPermissionSchemes()).toEqual(expected);
      // The unexpanded scheme's grants were read on their own; nothing else was asked.
      expect(server.seen.map((seen) => seen.url.split('?')[0])).toEqual([
        '/rest/api/3/permissionscheme',
        '/rest/api/3/permissionscheme/11/permission',
      ]);
      await server.stop();
      server = undefined;
    }
  });

  it('keeps one copy of a holder the schemes repeat', async () => {
    const repeated = {
      permissionSchemes: [1, 2].map((id) => ({
        id,
        name: `S${String(id)}`,
        permissions: [grant(id, 'devs', 'g-1')],
      })),
    };
    server = await serve(Buffer.from(JSON.stringify(repeated)), 9);
    const [first, second] = await createJiraReader(basicConnection(server.baseUrl)).listPermissionSchemes();
    expect(first?.grants[0]?.holder).toEqual({ type: 'group', parameter: 'devs', value: 'g-1' });
    expect(second?.grants[0]?.holder).toBe(first?.grants[0]?.holder);
    expect(second?.grants[0]?.label).toBe('group devs (g-1)');
  });

  it('reports a scheme of the wrong shape only once the answer proved to be JSON, naming the call', async () => {
    const broken = { permissionSchemes: [answer.permissionSchemes[0], { id: 'x', permissions: [] }] };
    server = await serve(Buffer.from(JSON.stringify(broken)), 5);
    const error = await failureOf(createJiraReader(basicConnection(server.baseUrl)).listPermissionSchemes());
    expect(error.kind).toBe('unexpected-shape');
    expect(error.message).toContain('GET /rest/api/3/permissionscheme');
    expect(error.message).toContain('a permission scheme has no numeric id');
  });

  it('reports an element that is not an object, wherever it stands', async () => {
    const listed = { permissionSchemes: [{ id: 1, name: 'A', permissions: [] }, 7] };
    server = await serve(Buffer.from(JSON.stringify(listed)), 4);
    const error = await failureOf(createJiraReader(basicConnection(server.baseUrl)).listPermissionSchemes());
    expect(error.kind).toBe('unexpected-shape');
    expect(error.message).toContain('a permission scheme is not an object');
  });

  it('a broken scheme in the middle is invalid JSON, retried, and never half-read', async () => {
    const text = JSON.stringify(answer).replace('"id":11', '"id":11,,');
    server = await serve(Buffer.from(text), 64);
    const { sleep } = recordingSleep();
    const reader = createJiraReader(basicConnection(server.baseUrl), { sleep, retry: { maxAttempts: 2 } });
    const error = await failureOf(reader.listPermissionSchemes());
    expect(error.kind).toBe('invalid-json');
    expect(error.message).toContain('not valid JSON');
    expect(server.seen).toHaveLength(2);
  });

  it('a broken answer outside the schemes is invalid JSON too', async () => {
    const text = JSON.stringify(answer).replace('"after":', '"after"');
    server = await serve(Buffer.from(text), 64);
    const { sleep } = recordingSleep();
    const reader = createJiraReader(basicConnection(server.baseUrl), { sleep, retry: { maxAttempts: 1 } });
    const error = await failureOf(reader.listPermissionSchemes());
    expect(error.kind).toBe('invalid-json');
  });

  it('a JSON answer labelled as HTML is reported as a page, as before', async () => {
    server = await startStandIn((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html' });
      response.end(JSON.stringify(answer));
    });
    const error = await failureOf(createJiraReader(basicConnection(server.baseUrl)).listPermissionSchemes());
    expect(error.kind).toBe('html');
  });
});
