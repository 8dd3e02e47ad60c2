import { afterEach, describe, expect, it } from '@jest/globals';
import { deflateSync, gzipSync } from 'node:zlib';

import { createJiraReader } from '../../src/jira/factory.js';
import { JiraHttp } from '../../src/jira/http.js';
import { basicConnection, failureOf, recordingSleep, startStandIn } from './helpers.js';
import type { StandIn } from './helpers.js';

/**
 * Compressed answers (#18): the transport asks for gzip and deflate as fetch did, and removes the
 * coding itself; the size limit counts the bytes after decoding, so a small bomb is still cut off.
 */

let server: StandIn | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

const CODERS = { gzip: gzipSync, deflate: deflateSync };

describe('a compressed answer', () => {
  it.each(Object.keys(CODERS) as (keyof typeof CODERS)[])(
    'is asked for and decoded (%s), the scheme list streamed as plain',
    async (coding) => {
      const asked: string[] = [];
      const list = {
        permissionSchemes: [
          {
            id: 7,
            name: 'Zipped',
            permissions: [{ id: 1, permission: 'BROWSE_PROJECTS', holder: { type: 'anyone' } }],
          },
        ],
      };
      server = await startStandIn((request, response) => {
        asked.push(request.headers['accept-encoding'] ?? '');
        response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': coding });
        response.end(CODERS[coding](JSON.stringify(list)));
      });
      const reader = createJiraReader(basicConnection(server.baseUrl), { sleep: recordingSleep().sleep });
      const schemes = await reader.listPermissionSchemes();
      expect(schemes.map((scheme) => scheme.name)).toEqual(['Zipped']);
      expect(schemes[0]?.grants).toHaveLength(1);
      expect(asked[0]).toBe('gzip, deflate');
    },
  );

  it('is held to the size limit once decoded', async () => {
    // 4 MB of spaces inside a valid document: a few kilobytes on the wire.
    const bomb = gzipSync(`{"permissionSchemes": [${' '.repeat(4 * 1024 * 1024)}]}`);
    expect(bomb.length).toBeLessThan(100_000);
    server = await startStandIn((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' });
      response.end(bomb);
    });
    const http = new JiraHttp(basicConnection(server.baseUrl), {
      readOnly: true,
      sleep: recordingSleep().sleep,
      maxResponseBytes: 1024 * 1024,
    });
    const error = await failureOf(http.get('/permissionscheme'));
    expect(error.kind).toBe('too-large');
    expect(server.seen).toHaveLength(1);
  });
});
