import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { Connection } from '../../src/jira/connection.js';
import { JiraError } from '../../src/jira/errors.js';
import type { GrantSpec, HolderSpec, SchemeSpec } from '../../src/model/spec.js';

/** A tiny real HTTP server for edge cases the simulator does not play (real sockets, not mocked fetch). */
export interface StandIn {
  baseUrl: string;
  /** Requests seen: method and URL (path + query). */
  seen: { method: string; url: string; authorization?: string }[];
  stop(): Promise<void>;
}

export type Handler = (request: IncomingMessage, response: ServerResponse, index: number) => void;

export async function startStandIn(handler: Handler): Promise<StandIn> {
  const seen: StandIn['seen'] = [];
  const server = createServer((request, response) => {
    const index = seen.length;
    seen.push({
      method: request.method ?? 'GET',
      url: request.url ?? '/',
      ...(request.headers.authorization !== undefined
        ? { authorization: request.headers.authorization }
        : {}),
    });
    request.resume();
    request.on('end', () => {
      handler(request, response, index);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${String(port)}`,
    seen,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}

export function json(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  response.end(text);
}

export function basicConnection(baseUrl: string, token = 'stand-in-secret-token-123'): Connection {
  return {
    baseUrl,
    apiVersion: '3',
    deployment: 'cloud-site',
    auth: { kind: 'basic', email: 'ci@example.com', token },
  };
}

/** A sleep that records what it was asked and waits only a token time. */
export function recordingSleep(): { sleep: (ms: number) => Promise<void>; waits: number[] } {
  const waits: number[] = [];
  return {
    waits,
    sleep: (ms: number) => {
      waits.push(ms);
      return new Promise((resolve) => setTimeout(resolve, 1));
    },
  };
}

export interface Captured {
  context: {
    env: Record<string, string | undefined>;
    cwd: string;
    isTTY: boolean;
    signal: AbortSignal;
    stdout: { write(text: string): void };
    stderr: { write(text: string): void };
  };
  all(): string;
  out(): string;
  err(): string;
}

export function capture(env: Record<string, string | undefined>, cwd = process.cwd()): Captured {
  let stdout = '';
  let stderr = '';
  return {
    context: {
      env,
      cwd,
      isTTY: false,
      signal: new AbortController().signal,
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
    },
    all: () => stdout + stderr,
    out: () => stdout,
    err: () => stderr,
  };
}

/** A scheme file as the loader would hand it over; holder i sits on line i + 4. */
export function spec(
  file: string,
  grants: [string, HolderSpec][],
  extra: Partial<SchemeSpec> = {},
): SchemeSpec {
  return {
    file,
    name: extra.name ?? file.replace(/\.ya?ml$/, ''),
    nameLocation: { file, line: 1, column: 7 },
    grants: grants.map(([permission, holder], index): GrantSpec => ({
      permission,
      holder,
      location: { file, line: index + 4, column: 7 },
      permissionLocation: { file, line: index + 4, column: 3 },
    })),
    ...extra,
  };
}

/** The JiraError a call fails with; any other outcome fails the test. */
export async function failureOf(promise: Promise<unknown>): Promise<JiraError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof JiraError) return error;
    throw error;
  }
  throw new Error('expected a JiraError');
}
