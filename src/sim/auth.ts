import { ACCOUNT_IDS } from './seeds/default.js';
import type { AccessCategory, ExampleCredentials, SimCredential } from './types.js';

/**
 * Credentials and what each may do. Basic auth is `email:apiToken`; bearer tokens stand for Data Center
 * personal access tokens or OAuth 2.0 access tokens. Each credential acts as a user and carries the
 * access categories (read / write / delete) of Atlassian's TWG CLI model, enforced here server-side.
 */

export const DEFAULT_CLOUD_ID = '3f1c9a2e-7b4d-4e8f-a6c5-1d2e3f4a5b6c';

const ALL: AccessCategory[] = ['read', 'write', 'delete'];

export function defaultCredentials(): SimCredential[] {
  return [
    {
      label: 'admin (basic)',
      accountId: ACCOUNT_IDS.admin,
      email: 'admin@example.com',
      apiToken: 'sim-admin-token',
      admin: true,
      categories: ALL,
    },
    {
      label: 'admin (bearer)',
      accountId: ACCOUNT_IDS.admin,
      bearerToken: 'sim-bearer-admin-token',
      admin: true,
      categories: ALL,
    },
    {
      label: 'non-admin (basic)',
      accountId: ACCOUNT_IDS.developer,
      email: 'dev@example.com',
      apiToken: 'sim-nonadmin-token',
      admin: false,
      categories: ALL,
    },
    {
      label: 'no-browse (basic)',
      accountId: ACCOUNT_IDS.reader,
      email: 'reader@example.com',
      apiToken: 'sim-nobrowse-token',
      admin: false,
      browseUsers: false,
      categories: ALL,
    },
    {
      label: 'read-only (basic)',
      accountId: ACCOUNT_IDS.admin,
      email: 'admin@example.com',
      apiToken: 'sim-readonly-token',
      admin: true,
      categories: ['read'],
    },
    {
      label: 'no-delete (basic)',
      accountId: ACCOUNT_IDS.admin,
      email: 'admin@example.com',
      apiToken: 'sim-nodelete-token',
      admin: true,
      categories: ['read', 'write'],
    },
    {
      label: 'scoped OAuth (bearer)',
      accountId: ACCOUNT_IDS.admin,
      bearerToken: 'sim-scoped-oauth-token',
      admin: true,
      categories: ALL,
      scoped: true,
    },
  ];
}

/** The example credentials of the default set, in the shape tests and the CLI print. */
export function exampleCredentials(cloudId: string): ExampleCredentials {
  return {
    admin: { email: 'admin@example.com', apiToken: 'sim-admin-token' },
    bearer: { token: 'sim-bearer-admin-token' },
    nonAdmin: { email: 'dev@example.com', apiToken: 'sim-nonadmin-token' },
    noBrowse: { email: 'reader@example.com', apiToken: 'sim-nobrowse-token' },
    readOnly: { email: 'admin@example.com', apiToken: 'sim-readonly-token' },
    noDelete: { email: 'admin@example.com', apiToken: 'sim-nodelete-token' },
    scoped: { token: 'sim-scoped-oauth-token', cloudId },
  };
}

export type AuthResult =
  { kind: 'ok'; credential: SimCredential } | { kind: 'missing' } | { kind: 'unknown'; scheme: string };

export function authenticate(header: string | undefined, credentials: readonly SimCredential[]): AuthResult {
  if (header === undefined || header.trim() === '') return { kind: 'missing' };
  const [scheme = '', ...rest] = header.trim().split(/\s+/);
  const token = rest.join(' ');
  if (scheme.toLowerCase() === 'basic') {
    let decoded: string;
    try {
      decoded = Buffer.from(token, 'base64').toString('utf8');
    } catch {
      return { kind: 'unknown', scheme: 'basic' };
    }
    const colon = decoded.indexOf(':');
    if (colon < 0) return { kind: 'unknown', scheme: 'basic' };
    const email = decoded.slice(0, colon);
    const secret = decoded.slice(colon + 1);
    const found = credentials.find(
      (credential) =>
        credential.email !== undefined &&
        credential.email.toLowerCase() === email.toLowerCase() &&
        credential.apiToken === secret,
    );
    return found === undefined ? { kind: 'unknown', scheme: 'basic' } : { kind: 'ok', credential: found };
  }
  if (scheme.toLowerCase() === 'bearer') {
    const found = credentials.find((credential) => credential.bearerToken === token);
    return found === undefined ? { kind: 'unknown', scheme: 'bearer' } : { kind: 'ok', credential: found };
  }
  return { kind: 'unknown', scheme: scheme.toLowerCase() };
}

export function categoryOf(method: string): AccessCategory {
  if (method === 'DELETE') return 'delete';
  if (method === 'GET' || method === 'HEAD') return 'read';
  return 'write';
}
