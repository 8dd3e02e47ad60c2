import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { runContext } from '../../src/action/context.js';

/** The run's context, read from the runner's environment as @actions/github reads it (without loading it). */

describe('runContext', () => {
  const dir = mkdtempSync(join(tmpdir(), 'run-context-'));
  const event = join(dir, 'event.json');
  writeFileSync(
    event,
    JSON.stringify({ pull_request: { number: 7 }, repository: { name: 'perms', owner: { login: 'octo' } } }),
  );

  it('reads the event, its payload, the ref, the repository and the API URL', () => {
    const warnings: string[] = [];
    const context = runContext(
      {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: event,
        GITHUB_REF: 'refs/pull/7/merge',
        GITHUB_REPOSITORY: 'octo-org/permissions',
        GITHUB_API_URL: 'https://ghe.example.com/api/v3',
      },
      (text) => warnings.push(text),
    );
    expect(context).toEqual({
      eventName: 'pull_request',
      payload: { pull_request: { number: 7 }, repository: { name: 'perms', owner: { login: 'octo' } } },
      ref: 'refs/pull/7/merge',
      repository: { owner: 'octo-org', repo: 'permissions' },
      apiUrl: 'https://ghe.example.com/api/v3',
    });
    expect(warnings).toEqual([]);
  });

  it("falls back to the payload's repository and to api.github.com", () => {
    const context = runContext({ GITHUB_EVENT_PATH: event }, () => undefined);
    expect(context.repository).toEqual({ owner: 'octo', repo: 'perms' });
    expect(context.apiUrl).toBe('https://api.github.com');
  });

  it('says when the event file is missing, and has no repository without one', () => {
    const warnings: string[] = [];
    const context = runContext({ GITHUB_EVENT_PATH: join(dir, 'missing.json') }, (text) =>
      warnings.push(text),
    );
    expect(context.payload).toEqual({});
    expect(context.repository).toBeUndefined();
    expect(warnings).toEqual([`GITHUB_EVENT_PATH ${join(dir, 'missing.json')} does not exist`]);
  });
});
