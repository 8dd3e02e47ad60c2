import { expect } from '@jest/globals';
import { request } from 'node:http';
import type { Simulator } from '../../src/sim/index.js';
import { OpenApi } from './openapi.js';

/** Real HTTP calls against a running simulator, and checks of the answers against the reference. */

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  /** Parsed JSON, or undefined when the body is empty or not JSON. */
  body: unknown;
}

export interface CallOptions {
  body?: unknown;
  /** An `Authorization` header value, `none`, or a credential kind (default `admin`). */
  auth?: Parameters<Simulator['authHeader']>[0] | 'none' | { header: string };
  headers?: Record<string, string>;
  /** Site URL to call (default `sim.baseUrl`). */
  base?: string;
  signal?: AbortSignal;
}

export async function call(
  sim: Simulator,
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<Answer> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  const auth = options.auth ?? 'admin';
  if (typeof auth === 'object') headers['Authorization'] = auth.header;
  else if (auth !== 'none') headers['Authorization'] = sim.authHeader(auth);
  let body: string | undefined;
  if (options.body !== undefined) {
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    headers['Content-Type'] ??= 'application/json';
  }
  const init: RequestInit = { method, headers };
  if (body !== undefined) init.body = body;
  if (options.signal !== undefined) init.signal = options.signal;
  const response = await fetch(`${options.base ?? sim.baseUrl}${path}`, init);
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text === '' ? undefined : JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: response.status, headers: response.headers, text, body: parsed };
}

/** A GET with a chosen Host header (fetch() does not let callers set one). */
export function rawGet(sim: Simulator, path: string, host: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${sim.baseUrl}${path}`,
      { headers: { Host: host, Authorization: sim.authHeader('admin'), Accept: 'application/json' } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const headers = new Headers();
          for (const [key, value] of Object.entries(response.headers)) {
            if (typeof value === 'string') headers.set(key, value);
          }
          resolve({ status: response.statusCode ?? 0, headers, text, body: JSON.parse(text) as unknown });
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}

let openApi: OpenApi | undefined;
export function reference(): OpenApi {
  openApi ??= new OpenApi();
  return openApi;
}

const EXPANDED_HOLDER_KEYS: Record<string, string> = {
  group: 'GroupName',
  projectRole: 'ProjectRole',
  user: 'User',
  field: 'FieldDetails',
};

/**
 * Jira puts the expanded object (`group`, `projectRole`, `user`, `field`) inside a holder when `expand`
 * asks, but the published `PermissionHolder` schema does not list those properties. Each expanded
 * object is validated against its own component schema, then removed so the rest can be checked
 * against the operation's schema. Returns the body without them, and how many were found.
 */
export function splitExpandedHolders(body: unknown): { body: unknown; expanded: number } {
  const copy = structuredClone(body);
  let expanded = 0;
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(visit);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const record = value as Record<string, unknown>;
    const holder = record['holder'];
    if (typeof holder === 'object' && holder !== null && 'permission' in record) {
      const kept: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(holder as Record<string, unknown>)) {
        const component = EXPANDED_HOLDER_KEYS[key];
        if (component === undefined) {
          kept[key] = child;
        } else {
          expect(reference().checkComponent(component, child)).toEqual([]);
          expanded++;
        }
      }
      record['holder'] = kept;
    }
    Object.values(record).forEach(visit);
  };
  visit(copy);
  return { body: copy, expanded };
}

/**
 * Asserts the answer has the status and that its body matches the reference's schema for that
 * operation and status (error bodies: `ErrorCollection`). `path` is the reference's path template.
 */
export function expectContract(answer: Answer, method: string, path: string, status: number): void {
  expect({ status: answer.status, text: answer.text.slice(0, 300) }).toMatchObject({ status });
  if (status === 204) {
    expect(answer.text).toBe('');
    return;
  }
  expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
  expect(answer.body).toBeDefined();
  const { body } = splitExpandedHolders(answer.body);
  expect(reference().check(method, path, status, body)).toEqual([]);
}

/** Error answers: the status, an `ErrorCollection` body, and at least one message or field error. */
export function expectError(answer: Answer, status: number, pattern?: RegExp): void {
  expect({ status: answer.status, text: answer.text.slice(0, 300) }).toMatchObject({ status });
  expect(reference().checkComponent('ErrorCollection', answer.body)).toEqual([]);
  const body = answer.body as { errorMessages: string[]; errors: Record<string, string> };
  expect(Array.isArray(body.errorMessages)).toBe(true);
  expect(typeof body.errors).toBe('object');
  const all = [...body.errorMessages, ...Object.values(body.errors)].join(' | ');
  expect(all.length).toBeGreaterThan(0);
  if (pattern !== undefined) expect(all).toMatch(pattern);
}
