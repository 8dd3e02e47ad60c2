import { describe, expect, it } from '@jest/globals';

import {
  ACTIONS_BOT_LOGIN,
  commentMarker,
  composeCommentBody,
  findOwnComment,
  GITHUB_COMMENT_LIMIT,
} from '../../src/action/comment.js';
import {
  checkApplyBranch,
  isPullRequestEvent,
  pullRequestInfo,
  refuseApplyOnPullRequest,
  untrustedHead,
} from '../../src/action/event.js';
import {
  getErrorMessage,
  hasJiraCredentials,
  jiraEnvironment,
  readInputs,
  runnerInputReader,
  secretValues,
} from '../../src/action/inputs.js';
import { findingsMarkdown } from '../../src/view/findings-markdown.js';
import { escapeMarkdown } from '../../src/view/markdown.js';
import { annotationCommand, annotationFor } from '../../src/view/workflow.js';
import { forTheAction } from '../../src/action/inputs.js';
import type { Finding } from '../../src/model/finding.js';

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('inputs', () => {
  it('reads the runner spelling of input names (hyphens kept, upper-cased)', () => {
    const read = runnerInputReader({
      'INPUT_JIRA-URL': ' https://x.atlassian.net ',
      INPUT_COMMAND: 'validate',
    });
    expect(read('jira-url')).toBe('https://x.atlassian.net');
    expect(read('command')).toBe('validate');
    expect(read('path')).toBe('');
  });

  it('also reads an input spelt with underscores for the hyphens, the runner spelling first', () => {
    const read = runnerInputReader({
      INPUT_JIRA_URL: 'https://underscore.atlassian.net',
      'INPUT_JIRA-EMAIL': 'runner@example.com',
      INPUT_JIRA_EMAIL: 'other@example.com',
    });
    expect(read('jira-url')).toBe('https://underscore.atlassian.net');
    expect(read('jira-email')).toBe('runner@example.com');
  });

  it('takes the GitHub token from GITHUB_TOKEN when the input is empty, and masks it', () => {
    expect(readInputs(reader({}), { GITHUB_TOKEN: 'ghs_fromenv' }).githubToken).toBe('ghs_fromenv');
    expect(
      readInputs(reader({ 'github-token': 'ghs_input' }), { GITHUB_TOKEN: 'ghs_fromenv' }).githubToken,
    ).toBe('ghs_input');
    expect(secretValues(reader({}), { GITHUB_TOKEN: 'ghs_fromenv' })).toEqual(['ghs_fromenv']);
  });

  it('applies defaults and falls back to the step environment for Jira', () => {
    const inputs = readInputs(reader({}), {
      JIRA_BASE_URL: 'https://env.atlassian.net',
      JIRA_BEARER_TOKEN: 'b-token',
    });
    expect(inputs).toEqual({
      command: 'plan',
      path: undefined,
      settings: undefined,
      jira: {
        url: 'https://env.atlassian.net',
        email: undefined,
        apiToken: undefined,
        bearerToken: 'b-token',
        apiVersion: undefined,
      },
      githubToken: undefined,
      comment: true,
      allowDelete: false,
      applyOnAnyBranch: false,
      planFile: undefined,
      access: 'always',
    });
    expect(hasJiraCredentials(inputs.jira)).toBe(true);
    expect(jiraEnvironment(inputs.jira).JIRA_BASE_URL).toBe('https://env.atlassian.net');
  });

  it('lets inputs win over the environment', () => {
    const inputs = readInputs(reader({ 'jira-url': 'https://input.atlassian.net' }), {
      JIRA_BASE_URL: 'https://env.atlassian.net',
    });
    expect(inputs.jira.url).toBe('https://input.atlassian.net');
    expect(hasJiraCredentials(inputs.jira)).toBe(false);
  });

  it('access: on by default, off from the input or JIRA_PERMS_ACCESS (input first), anything else refused', () => {
    expect(readInputs(reader({ access: 'off' }), {}).access).toBe('limits');
    expect(readInputs(reader({}), { JIRA_PERMS_ACCESS: 'off' }).access).toBe('limits');
    expect(readInputs(reader({ access: 'on' }), { JIRA_PERMS_ACCESS: 'off' }).access).toBe('always');
    expect(() => readInputs(reader({ access: 'sometimes' }), {})).toThrow(
      'input "access" (or JIRA_PERMS_ACCESS) must be "on", "full" or "off"; got "sometimes"',
    );
  });

  it('access: full from the input or JIRA_PERMS_ACCESS reads every holder (no budget)', () => {
    expect(readInputs(reader({ access: 'full' }), {}).access).toBe('full');
    expect(readInputs(reader({}), { JIRA_PERMS_ACCESS: 'full' }).access).toBe('full');
    expect(readInputs(reader({ access: 'on' }), { JIRA_PERMS_ACCESS: 'full' }).access).toBe('always');
  });

  it('refuses an unknown command and a non-boolean switch, saying what is allowed', () => {
    expect(() => readInputs(reader({ command: 'destroy' }), {})).toThrow(
      'input "command" must be one of validate, plan, apply, export, doctor, drift; got "destroy"',
    );
    expect(() => readInputs(reader({ 'allow-delete': 'yes' }), {})).toThrow(
      'input "allow-delete" must be true or false, got "yes"',
    );
    expect(readInputs(reader({ comment: 'FALSE', 'apply-on-any-branch': 'True' }), {})).toMatchObject({
      comment: false,
      applyOnAnyBranch: true,
    });
  });

  it('lists the token, base64(email:token), the bearer token and the GitHub token as secrets', () => {
    const secrets = secretValues(
      reader({ 'jira-email': 'a@b.c', 'jira-api-token': 'tok-123456', 'github-token': 'ghs_abcdef' }),
      { JIRA_BEARER_TOKEN: 'bearer-99999' },
    );
    expect(secrets).toEqual([
      'tok-123456',
      Buffer.from('a@b.c:tok-123456').toString('base64'),
      'bearer-99999',
      'ghs_abcdef',
    ]);
  });

  it('prints non-Error throws', () => {
    expect(getErrorMessage(new Error('boom'))).toBe('boom');
    expect(getErrorMessage('plain')).toBe('plain');
    expect(getErrorMessage({ code: 7 })).toBe('{"code":7}');
    expect(getErrorMessage(undefined)).toBe('undefined');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(getErrorMessage(cyclic)).toBe('a thrown object that cannot be printed');
  });
});

describe('event', () => {
  const pullRequest = (head: string, base = 'octo/perms') => ({
    pull_request: {
      number: 12,
      head: { repo: { full_name: head, fork: head !== base } },
      base: { repo: { full_name: base } },
    },
  });

  it('knows a pull request from the same repository from one from a fork', () => {
    expect(pullRequestInfo('pull_request', pullRequest('octo/perms'))).toEqual({
      number: 12,
      headRepository: 'octo/perms',
      baseRepository: 'octo/perms',
      fromFork: false,
    });
    expect(pullRequestInfo('pull_request', pullRequest('someone/perms'))?.fromFork).toBe(true);
    // A deleted fork has no head repository: treat it as a fork.
    expect(
      pullRequestInfo('pull_request', {
        pull_request: { number: 3, head: { repo: null }, base: { repo: { full_name: 'o/r' } } },
      })?.fromFork,
    ).toBe(true);
    expect(pullRequestInfo('push', pullRequest('octo/perms'))).toBeUndefined();
    // pull_request_target is a pull-request event too (#13): it used to be taken for none.
    expect(pullRequestInfo('pull_request_target', pullRequest('someone/perms'))?.fromFork).toBe(true);
  });

  it('treats pull_request_target, and any event carrying a pull request, as a pull-request event', () => {
    const fork = pullRequest('attacker/perms');
    expect(isPullRequestEvent('pull_request_target', fork)).toBe(true);
    expect(isPullRequestEvent('pull_request_target', {})).toBe(true);
    expect(isPullRequestEvent('pull_request_review', fork)).toBe(true);
    expect(isPullRequestEvent('push', {})).toBe(false);
    expect(isPullRequestEvent('workflow_dispatch', { inputs: {} })).toBe(false);
    expect(pullRequestInfo('pull_request_review', fork)).toMatchObject({ number: 12, fromFork: true });

    // A fork's head on pull_request_target: the run holds the secrets, so the files are not trusted.
    const info = pullRequestInfo('pull_request_target', fork);
    expect(untrustedHead('pull_request_target', fork, info)).toBe('fork');
    // The same repository's branch is trusted, on either event.
    const own = pullRequest('octo/perms');
    expect(untrustedHead('pull_request_target', own, pullRequestInfo('pull_request_target', own))).toBe(
      undefined,
    );
    expect(untrustedHead('pull_request', own, pullRequestInfo('pull_request', own))).toBeUndefined();
    // Where the head lives is unknown: no trust on pull_request_target, the old behaviour on pull_request.
    const bare = { pull_request: { number: 5 } };
    expect(untrustedHead('pull_request_target', bare, pullRequestInfo('pull_request_target', bare))).toBe(
      'unknown-head',
    );
    expect(untrustedHead('pull_request_target', {}, undefined)).toBe('unknown-head');
    expect(untrustedHead('pull_request', bare, pullRequestInfo('pull_request', bare))).toBeUndefined();
    expect(untrustedHead('push', {}, undefined)).toBeUndefined();
    // A comment on a pull request runs on the base branch with the secrets; its payload says so in issue.
    const comment = { issue: { number: 3, pull_request: { url: 'https://api.github.com/x' } } };
    expect(isPullRequestEvent('issue_comment', comment)).toBe(true);
    expect(isPullRequestEvent('issue_comment', { issue: { number: 3 } })).toBe(false);
    expect(untrustedHead('issue_comment', comment, pullRequestInfo('issue_comment', comment))).toBe(
      'unknown-head',
    );
  });

  it('refuses apply on every pull-request event', () => {
    for (const [name, payload] of [
      ['pull_request_target', pullRequest('attacker/perms')],
      ['pull_request_target', pullRequest('octo/perms')],
      ['pull_request', pullRequest('octo/perms')],
      ['pull_request_review', pullRequest('octo/perms')],
      ['issue_comment', { issue: { number: 3, pull_request: {} } }],
    ] as const) {
      expect(refuseApplyOnPullRequest(name, payload)).toContain('apply does not run on pull-request events');
    }
    expect(refuseApplyOnPullRequest('push', { repository: { default_branch: 'main' } })).toBeUndefined();
  });

  it('does not take a pull request inside a forked repository, or a payload without head, for a fork', () => {
    // Both branches in one repository that is itself a fork: head.repo.fork is true, yet no fork PR.
    const insideFork = {
      pull_request: {
        number: 4,
        head: { repo: { full_name: 'me/perms', fork: true } },
        base: { repo: { full_name: 'me/perms', fork: true } },
      },
    };
    expect(pullRequestInfo('pull_request', insideFork)?.fromFork).toBe(false);
    // A minimal payload (no head at all): no sign of a fork.
    expect(pullRequestInfo('pull_request', { pull_request: { number: 5 } })).toEqual({
      number: 5,
      headRepository: null,
      baseRepository: null,
      fromFork: false,
    });
    // The base repository from the runner (GITHUB_REPOSITORY) when the payload has none.
    const headOnly = { pull_request: { number: 6, head: { repo: { full_name: 'someone/perms' } } } };
    expect(pullRequestInfo('pull_request', headOnly, 'octo/perms')?.fromFork).toBe(true);
    expect(pullRequestInfo('pull_request', headOnly, 'someone/perms')?.fromFork).toBe(false);
    // Only the fork flag to go by.
    const flagOnly = { pull_request: { number: 7, head: { repo: { fork: true } } } };
    expect(pullRequestInfo('pull_request', flagOnly)?.fromFork).toBe(true);
  });

  it('allows apply only on the default branch', () => {
    const payload = { repository: { default_branch: 'main' } };
    expect(checkApplyBranch('refs/heads/main', payload)).toEqual({ allowed: true, branch: 'main' });
    const feature = checkApplyBranch('refs/heads/feature', payload);
    expect(feature.allowed).toBe(false);
    expect(feature.allowed ? '' : feature.reason).toContain('default branch "main"');
    expect(feature.allowed ? '' : feature.reason).toContain('"refs/heads/feature"');
    expect(checkApplyBranch('refs/pull/4/merge', payload).allowed).toBe(false);
    expect(checkApplyBranch('refs/tags/main', payload).allowed).toBe(false);
    // A payload without the default branch (GitHub always sends it): main or master, saying so.
    const assumed = checkApplyBranch('refs/heads/main', {});
    expect(assumed).toEqual({ allowed: true, branch: 'main', note: expect.stringContaining('"main"') });
    expect(checkApplyBranch('refs/heads/master', {}).allowed).toBe(true);
    const unknown = checkApplyBranch('refs/heads/feature', {});
    expect(unknown.allowed ? '' : unknown.reason).toContain('apply-on-any-branch');
    expect(unknown.allowed ? '' : unknown.reason).toContain('"refs/heads/feature"');
    expect(checkApplyBranch(undefined, {}).allowed).toBe(false);
  });
});

describe('comment', () => {
  it('keys the marker by folder and settings, and cannot be closed early', () => {
    expect(commentMarker({})).toBe('<!-- jira-permissions-as-code:plan -->');
    expect(commentMarker({ settings: '.jira-permissions.yml' })).toBe(
      '<!-- jira-permissions-as-code:plan -->',
    );
    expect(commentMarker({ path: 'teams/a b', settings: 'x.yml' })).toBe(
      '<!-- jira-permissions-as-code:plan path=teams%2Fa%20b settings=x.yml -->',
    );
    expect(commentMarker({ path: 'a-->b' })).not.toMatch(/-->.*-->/);
  });

  it('takes the marked comment of our identity only, oldest first', () => {
    const marker = commentMarker({});
    const comments = [
      { id: 1, body: `${marker}\nfake`, user: { login: 'mallory', type: 'User' } },
      { id: 2, body: `quoting ${marker}`, user: { login: 'me', type: 'User' } },
      { id: 3, body: `${marker}\nmine`, user: { login: 'Me', type: 'User' } },
      { id: 4, body: `${marker}\nmine again`, user: { login: 'me', type: 'User' } },
      { id: 5, body: `${marker}\nother app`, user: { login: 'other-app[bot]', type: 'Bot' } },
      { id: 6, body: `${marker}\nactions`, user: { login: ACTIONS_BOT_LOGIN, type: 'Bot' } },
      { id: 7, body: null, user: null },
    ];
    expect(findOwnComment(comments, marker, { kind: 'login', login: 'me' })?.id).toBe(3);
    expect(findOwnComment(comments, marker, { kind: 'bot' })?.id).toBe(6);
    expect(findOwnComment(comments.slice(0, 5), marker, { kind: 'bot' })?.id).toBe(5);
    // A bot without the Bot type is still known by its login.
    const untyped = [{ id: 8, body: `${marker}\nx`, user: { login: 'some-app[bot]' } }];
    expect(findOwnComment(untyped, marker, { kind: 'bot' })?.id).toBe(8);
    // No GET /user on the API: the marker decides, bots first, else the oldest.
    expect(findOwnComment(comments, marker, { kind: 'unknown' })?.id).toBe(6);
    expect(findOwnComment(comments.slice(0, 4), marker, { kind: 'unknown' })?.id).toBe(1);
    expect(
      findOwnComment(comments, commentMarker({ path: 'x' }), { kind: 'login', login: 'me' }),
    ).toBeUndefined();
  });

  it('keeps the body under the limit, closing open blocks', () => {
    const marker = commentMarker({});
    expect(composeCommentBody(marker, 'short')).toBe(`${marker}\nshort\n`);
    const content = `<details><summary>x</summary>\n\n\`\`\`diff\n${'+ line\n'.repeat(20_000)}\`\`\`\n</details>\n`;
    const body = composeCommentBody(marker, content);
    expect(body.length).toBeLessThan(GITHUB_COMMENT_LIMIT);
    expect(body.startsWith(`${marker}\n`)).toBe(true);
    expect(body.match(/^```/gm)?.length).toBe(2);
    expect(body.match(/<\/details>/g)?.length).toBe(1);
    expect(body).toContain('job summary');
  });
});

describe('runner', () => {
  it('names the inputs when a message names a connection variable, and only then', () => {
    const missing = forTheAction('JIRA_BASE_URL is not set. Set it to your site.');
    expect(missing).toContain('JIRA_BASE_URL is not set. Set it to your site.\nIn the action');
    expect(missing).toContain('jira-url, jira-email + jira-api-token or jira-bearer-token');
    expect(forTheAction('2 error(s) in the scheme files')).toBe('2 error(s) in the scheme files');
  });
});

describe('report', () => {
  const finding: Finding = {
    file: 'jira-permissions/dev.yml',
    line: 4,
    column: 5,
    endLine: 4,
    endColumn: 19,
    severity: 'warning',
    ruleId: 'prefer-group-id',
    message: 'group "a|b" is named, not pinned by id',
    hint: 'write {name: a|b, id: <groupId>}',
  };

  it('turns a finding into an annotation on its file and line', () => {
    expect(annotationFor(finding)).toEqual({
      level: 'warning',
      message: 'group "a|b" is named, not pinned by id [prefer-group-id]\nwrite {name: a|b, id: <groupId>}',
      properties: { file: 'jira-permissions/dev.yml', startLine: 4, startColumn: 5 },
    });
    expect(annotationFor({ ...finding, severity: 'info' }).level).toBe('notice');
    expect(annotationFor({ ...finding, severity: 'error', hint: undefined }).message).toBe(
      'group "a|b" is named, not pinned by id [prefer-group-id]',
    );
  });

  it('writes the workflow command as GitHub documents it, escaped as the runner expects', () => {
    const line = annotationCommand(annotationFor({ ...finding, file: 'a,b:c.yml', message: '50% off\nnow' }));
    expect(line).toBe(
      '::warning file=a%2Cb%3Ac.yml,line=4,col=5::50%25 off%0Anow [prefer-group-id]%0Awrite {name: a|b, id: <groupId>}',
    );
    const redacted = annotationCommand(annotationFor({ ...finding, message: 'token s3cret-value' }), (text) =>
      text.replace('s3cret-value', '***'),
    );
    expect(redacted).toContain('token ***');
  });

  it('escapes scheme-file text in the summary table', () => {
    expect(escapeMarkdown('<img src=x> | @team\nnext')).toBe('\\<img src=x\\> \\| @\u200Dteam<br>next');
    const markdown = findingsMarkdown([finding, { ...finding, severity: 'error', ruleId: 'schema' }], 1);
    expect(markdown).toContain('❌ 1 error, 1 warning in 1 file');
    expect(markdown).toContain('| jira-permissions/dev.yml:4:5 | prefer-group-id |');
    expect(markdown).not.toContain('<groupId>');
    expect(findingsMarkdown([], 3)).toContain('✅ no problems in 3 files');
  });
});

describe('action.yml', () => {
  it('declares exactly the inputs the action reads, and the outputs it sets', async () => {
    const { load } = await import('js-yaml');
    const { readFileSync } = await import('node:fs');
    const manifest = load(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as {
      inputs: Record<string, { default?: string }>;
      outputs: Record<string, unknown>;
      runs: { using: string; main: string };
    };
    const asked = new Set<string>();
    readInputs((name) => {
      asked.add(name);
      return manifest.inputs[name]?.default ?? '';
    }, {});
    secretValues((name) => {
      asked.add(name);
      return '';
    }, {});
    expect(Object.keys(manifest.inputs).sort()).toEqual([...asked].sort());
    expect(Object.keys(manifest.outputs).sort()).toEqual([
      'drift',
      'errors',
      'has-changes',
      'issue-number',
      'plan-json',
      'summary',
      'warnings',
    ]);
    expect(manifest.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    // The defaults action.yml gives are the ones readInputs would choose for an empty input.
    const withDefaults = readInputs(
      (name) => (name === 'github-token' ? '' : (manifest.inputs[name]?.default ?? '')),
      {},
    );
    expect(withDefaults).toEqual(readInputs(() => '', {}));
  });
});
