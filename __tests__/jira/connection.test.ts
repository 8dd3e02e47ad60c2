import { describe, expect, it } from '@jest/globals';

import {
  ConnectionConfigError,
  connectionFromEnv,
  describeConnection,
  transportSecurity,
} from '../../src/jira/connection.js';
import { accessFor, describeAccess, diagnoseHttp } from '../../src/jira/diagnostics.js';
import { JiraError, errorMessage } from '../../src/jira/errors.js';
import { onSecretRegistered, redact, registerSecret } from '../../src/jira/secrets.js';

function configError(env: Record<string, string>): string {
  try {
    connectionFromEnv(env);
  } catch (error) {
    if (error instanceof ConnectionConfigError) return error.message;
    throw error;
  }
  throw new Error('expected a ConnectionConfigError');
}

describe('connectionFromEnv', () => {
  it('reads a Cloud site with email and API token', () => {
    const connection = connectionFromEnv({
      JIRA_BASE_URL: 'https://example.atlassian.net/',
      JIRA_EMAIL: 'me@example.com',
      JIRA_API_TOKEN: 'cloud-token-abcdef',
    });
    expect(connection).toEqual({
      baseUrl: 'https://example.atlassian.net',
      apiVersion: '3',
      deployment: 'cloud-site',
      auth: { kind: 'basic', email: 'me@example.com', token: 'cloud-token-abcdef' },
    });
    expect(describeConnection(connection)).not.toContain('cloud-token-abcdef');
  });

  it('recognises the OAuth / scoped-token gateway and Data Center', () => {
    const gateway = connectionFromEnv({
      JIRA_BASE_URL: 'https://api.atlassian.com/ex/jira/11223344-aaaa-bbbb-cccc-ddddeeeeffff',
      JIRA_BEARER_TOKEN: 'oauth-access-token-1',
    });
    expect(gateway.deployment).toBe('cloud-gateway');
    expect(gateway.auth.kind).toBe('bearer');
    const dc = connectionFromEnv({
      JIRA_BASE_URL: 'https://jira.example.com/jira',
      JIRA_BEARER_TOKEN: 'dc-personal-access-token',
      JIRA_API_VERSION: '2',
    });
    expect(dc).toMatchObject({
      baseUrl: 'https://jira.example.com/jira',
      apiVersion: '2',
      deployment: 'data-center',
    });
  });

  it('says what is missing or wrong', () => {
    expect(configError({})).toContain('JIRA_BASE_URL is not set');
    expect(configError({ JIRA_BASE_URL: 'https://x.atlassian.net' })).toContain('No Jira credential');
    expect(configError({ JIRA_BASE_URL: 'https://x.atlassian.net', JIRA_API_TOKEN: 'abcdefgh' })).toContain(
      'JIRA_EMAIL is not',
    );
    expect(
      configError({
        JIRA_BASE_URL: 'https://x.atlassian.net',
        JIRA_BEARER_TOKEN: 'abcdefgh',
        JIRA_API_TOKEN: 'abcdefgh',
        JIRA_EMAIL: 'a@b.c',
      }),
    ).toContain('set only one');
    expect(configError({ JIRA_BASE_URL: 'x.atlassian.net', JIRA_BEARER_TOKEN: 'abcdefgh' })).toContain(
      'is not a URL',
    );
    expect(
      configError({ JIRA_BASE_URL: 'https://x.atlassian.net/rest/api/3', JIRA_BEARER_TOKEN: 'abcdefgh' }),
    ).toContain('try "https://x.atlassian.net"');
    expect(
      configError({ JIRA_BASE_URL: 'https://api.atlassian.com/', JIRA_BEARER_TOKEN: 'abcdefgh' }),
    ).toContain('/ex/jira/<cloudId>');
    expect(
      configError({
        JIRA_BASE_URL: 'https://x.atlassian.net',
        JIRA_BEARER_TOKEN: 'abcdefgh',
        JIRA_API_VERSION: '4',
      }),
    ).toContain('JIRA_API_VERSION must be 3');
  });

  it('refuses a credential with a line break or control character inside, naming the variable, never the value', () => {
    const site = { JIRA_BASE_URL: 'https://x.atlassian.net' };
    const cases: [Record<string, string>, string][] = [
      [{ ...site, JIRA_BEARER_TOKEN: 'first-half-secret\nsecond-half-secret' }, 'JIRA_BEARER_TOKEN'],
      [{ ...site, JIRA_BEARER_TOKEN: 'first-half-secret\r\nsecond-half' }, 'JIRA_BEARER_TOKEN'],
      [{ ...site, JIRA_EMAIL: 'a@b.c', JIRA_API_TOKEN: 'first-half-secret\u0000second' }, 'JIRA_API_TOKEN'],
      [{ ...site, JIRA_EMAIL: 'a@b.c\nsecond-half', JIRA_API_TOKEN: 'abcdefgh' }, 'JIRA_EMAIL'],
    ];
    for (const [env, variable] of cases) {
      const message = configError(env);
      expect(message).toContain(`${variable} holds a line break or another control character`);
      expect(message).not.toContain('first-half');
      expect(message).not.toContain('second-half');
    }
    // A line end around the value is trimmed, as before.
    expect(connectionFromEnv({ ...site, JIRA_BEARER_TOKEN: 'whole-token-123\n' }).auth).toEqual({
      kind: 'bearer',
      token: 'whole-token-123',
    });
  });

  it('registers the token and base64(email:token) as secrets before anything can fail', () => {
    const seen: string[] = [];
    const stop = onSecretRegistered((secret) => seen.push(secret));
    try {
      connectionFromEnv({
        JIRA_BASE_URL: 'https://x.atlassian.net',
        JIRA_EMAIL: 'a@example.com',
        JIRA_API_TOKEN: 'tok-123456789',
      });
      const base64 = Buffer.from('a@example.com:tok-123456789').toString('base64');
      expect(seen).toEqual(expect.arrayContaining(['tok-123456789', base64, `Basic ${base64}`]));
      expect(redact(`Authorization: Basic ${base64} and tok-123456789`)).toBe('Authorization: *** and ***');
      // A config error after the token was read still cannot echo it.
      configError({ JIRA_BASE_URL: 'nope', JIRA_BEARER_TOKEN: 'bearer-early-secret' });
      expect(redact('x bearer-early-secret y')).toBe('x *** y');
    } finally {
      stop();
    }
  });

  it('ignores values too short to be secrets, and redacts errors of any kind', () => {
    registerSecret('ab');
    expect(redact('ab cd')).toBe('ab cd');
    registerSecret('some-long-secret-value');
    expect(errorMessage(new Error('failed with some-long-secret-value'))).toBe('failed with ***');
    expect(errorMessage('plain some-long-secret-value')).toBe('plain ***');
  });
});

describe('diagnostics (pure)', () => {
  const context = {
    baseUrl: 'https://x.atlassian.net',
    deployment: 'cloud-site' as const,
    authKind: 'basic' as const,
    email: 'a@b.c',
  };

  it('knows which access each call needs', () => {
    expect(accessFor('GET', '/rest/api/3/permissionscheme?expand=all').category).toBe('read');
    const grantWrite = accessFor('POST', '/rest/api/3/permissionscheme/1/permission');
    expect(grantWrite).toMatchObject({ category: 'write and manage', administerJira: true });
    expect(grantWrite.scopes).toContain('write:permission:jira');
    expect(accessFor('DELETE', '/rest/api/3/permissionscheme/1').scopes).toContain(
      'delete:permission-scheme:jira',
    );
    expect(accessFor('GET', '/rest/api/3/role').administerJira).toBe(true);
    expect(describeAccess(accessFor('GET', '/rest/api/3/group/bulk'))).toContain('Browse users and groups');
  });

  it('401 on a Cloud site mentions the gateway for scoped tokens; 403 names IP allowlists and sessions', () => {
    const unauthorised = new JiraError(
      diagnoseHttp({ method: 'GET', path: '/rest/api/3/myself', status: 401, outcome: 'rejected' }, context),
    );
    expect(unauthorised.message).toContain('JIRA_EMAIL ("a@b.c")');
    expect(unauthorised.message).toContain('If this is a scoped API token');
    expect(unauthorised.message).toContain('https://x.atlassian.net/_edge/tenant_info');
    const forbidden = new JiraError(
      diagnoseHttp(
        { method: 'PUT', path: '/rest/api/3/permissionscheme/3', status: 403, outcome: 'rejected' },
        context,
      ),
    );
    expect(forbidden.message).toContain('PUT /rest/api/3/permissionscheme/3');
    expect(forbidden.message).toContain('Administer Jira');
    expect(forbidden.message).toContain('IP allowlist');
    expect(forbidden.message).toContain('revoked sessions');
    const dc = new JiraError(
      diagnoseHttp(
        { method: 'GET', path: '/rest/api/2/myself', status: 401, outcome: 'rejected' },
        { baseUrl: 'https://jira.example.com', deployment: 'data-center', authKind: 'bearer' },
      ),
    );
    expect(dc.message).not.toContain('api.atlassian.com');
    expect(dc.message).toContain('personal access tokens');
  });

  it('a 5xx on a write says the change may have happened', () => {
    const error = new JiraError(
      diagnoseHttp(
        { method: 'POST', path: '/rest/api/3/permissionscheme', status: 502, outcome: 'unknown' },
        context,
      ),
    );
    expect(error.outcome).toBe('unknown');
    expect(error.message).toContain('may or may not have been made');
  });
});

describe('plain http (#13.4)', () => {
  const credential = { JIRA_EMAIL: 'me@example.com', JIRA_API_TOKEN: 'plain-http-token-1' };

  it.each([
    'http://example.atlassian.net',
    'http://EXAMPLE.atlassian.net./',
    'http://api.atlassian.com/ex/jira/11223344-aaaa-bbbb-cccc-ddddeeeeffff',
    'http://team.jira.com',
  ])('refuses %s, even with JIRA_ALLOW_HTTP=1', (url) => {
    for (const allow of [{}, { JIRA_ALLOW_HTTP: '1' }] as Record<string, string>[]) {
      const message = configError({ JIRA_BASE_URL: url, ...credential, ...allow });
      expect(message).toContain('http://');
      expect(message).toContain('Atlassian Cloud');
      expect(message).not.toContain('plain-http-token-1');
    }
  });

  it('refuses other hosts unless JIRA_ALLOW_HTTP=1', () => {
    const message = configError({ JIRA_BASE_URL: 'http://jira.example.com', ...credential });
    expect(message).toContain('in clear');
    expect(message).toContain('JIRA_ALLOW_HTTP=1');
    expect(
      configError({ JIRA_BASE_URL: 'http://10.0.0.8:8080', ...credential, JIRA_ALLOW_HTTP: '0' }),
    ).toContain('JIRA_ALLOW_HTTP=1');
    const lab = connectionFromEnv({
      JIRA_BASE_URL: 'http://jira.example.com',
      ...credential,
      JIRA_ALLOW_HTTP: '1',
    });
    expect(lab.baseUrl).toBe('http://jira.example.com');
    expect(transportSecurity(lab.baseUrl)).toBe('http-allowed');
  });

  it.each(['http://localhost:2990', 'http://127.0.0.1:8080', 'http://127.8.9.10', 'http://[::1]:9000'])(
    'accepts the loopback host %s without being told',
    (url) => {
      const connection = connectionFromEnv({ JIRA_BASE_URL: url, ...credential });
      expect(transportSecurity(connection.baseUrl)).toBe('http-loopback');
    },
  );

  it('https is always accepted', () => {
    const connection = connectionFromEnv({ JIRA_BASE_URL: 'https://jira.example.com', ...credential });
    expect(transportSecurity(connection.baseUrl)).toBe('https');
  });
});
