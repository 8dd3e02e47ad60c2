import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import { githubErrors } from '../support/github-schema.js';
import { type GitHubStub, STUB_ACCOUNTS, startGitHubStub, type StubAccount } from '../support/github-stub.js';

/** The GitHub stand-in's issues, labels and commit → pull request lookup (#16), in GitHub's shapes. */

const personal = STUB_ACCOUNTS[0]!;
const installation = STUB_ACCOUNTS[1]!;
const REPO = '/repos/octo-org/permissions';
const MERGE_SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const HEAD_SHA = 'f00dfeedf00dfeedf00dfeedf00dfeedf00dfeed';

let stub: GitHubStub;

beforeEach(async () => {
  stub = await startGitHubStub({
    pulls: [
      { number: 7 },
      {
        number: 12,
        mergeCommitSha: MERGE_SHA,
        mergedAt: '2026-02-03T04:05:06Z',
        headRef: 'grant-contractors',
      },
      { number: 13, headSha: HEAD_SHA, headRef: 'move-mob' },
    ],
    issues: [{ number: 3, title: 'Old drift', state: 'closed', labels: ['jira-permissions-drift'] }],
  });
});
afterEach(() => stub.stop());

interface Answer {
  status: number;
  link: string | null;
  location: string | null;
  body: unknown;
}

async function request(
  method: string,
  path: string,
  body?: unknown,
  account: StubAccount = personal,
): Promise<Answer> {
  const init: RequestInit = { method, headers: { authorization: `token ${account.token}` } };
  if (body !== undefined) init.body = JSON.stringify(body);
  const response = await fetch(`${stub.baseUrl}${path}`, init);
  const text = await response.text();
  return {
    status: response.status,
    link: response.headers.get('link'),
    location: response.headers.get('location'),
    body: text === '' ? undefined : (JSON.parse(text) as unknown),
  };
}

interface Issue {
  number: number;
  title: string;
  body: string | null;
  state: string;
  state_reason: string | null;
  closed_at: string | null;
  labels: { name: string }[];
  user: { login: string };
  pull_request?: { merged_at: string | null };
}

function expectIssue(value: unknown): Issue {
  expect(githubErrors('issue', value)).toEqual([]);
  return value as Issue;
}

describe('issues', () => {
  it('creates an issue (201 + Location) with labels, in the issue shape', async () => {
    const created = await request('POST', `${REPO}/issues`, {
      title: 'Jira permissions drift',
      body: 'SOFT: + DELETE_ISSUES group contractors',
      labels: ['jira-permissions-drift'],
    });
    expect(created.status).toBe(201);
    const issue = expectIssue(created.body);
    expect(issue).toMatchObject({
      number: 14,
      state: 'open',
      state_reason: null,
      title: 'Jira permissions drift',
      body: 'SOFT: + DELETE_ISSUES group contractors',
      user: { login: 'perms-bot' },
    });
    expect(issue.labels.map((label) => label.name)).toEqual(['jira-permissions-drift']);
    for (const label of issue.labels) expect(githubErrors('label', label)).toEqual([]);
    expect(created.location).toBe('https://api.github.com/repos/octo-org/permissions/issues/14');
    // The validator does refuse a wrong shape.
    const { number: _number, ...withoutNumber } = created.body as Record<string, unknown>;
    expect(githubErrors('issue', withoutNumber)).not.toEqual([]);
    expect(stub.issue(14)?.labels).toEqual(['jira-permissions-drift']);
    // The same number answers GET.
    expectIssue((await request('GET', `${REPO}/issues/14`)).body);
  });

  it('refuses an issue without a title (422) and accounts without issues: write (403)', async () => {
    const untitled = await request('POST', `${REPO}/issues`, { body: 'no title' });
    expect(untitled.status).toBe(422);
    expect(githubErrors('validation-error', untitled.body)).toEqual([]);
    const readOnly: StubAccount = { ...installation, token: 'ghs_readOnly', issuesWrite: false };
    const limited = await startGitHubStub({ accounts: [readOnly] });
    try {
      const response = await fetch(`${limited.baseUrl}${REPO}/issues`, {
        method: 'POST',
        headers: { authorization: `token ${readOnly.token}` },
        body: JSON.stringify({ title: 'x' }),
      });
      expect(response.status).toBe(403);
      expect(githubErrors('basic-error', await response.json())).toEqual([]);
    } finally {
      await limited.stop();
    }
  });

  it('lists open issues by default; state and labels filter; pull requests are listed too', async () => {
    await request('POST', `${REPO}/issues`, { title: 'Drift', labels: ['jira-permissions-drift'] });
    await request('POST', `${REPO}/issues`, { title: 'Unrelated', labels: ['bug'] });
    const open = await request('GET', `${REPO}/issues`);
    const openList = (open.body as Issue[]).map(expectIssue);
    expect(openList.map((issue) => [issue.number, issue.pull_request !== undefined])).toEqual([
      [15, false],
      [14, false],
      [13, true],
      [7, true],
    ]);
    const drift = await request('GET', `${REPO}/issues?labels=jira-permissions-drift&state=all`);
    expect((drift.body as Issue[]).map((issue) => issue.number)).toEqual([14, 3]);
    const closed = await request('GET', `${REPO}/issues?state=closed`);
    expect((closed.body as Issue[]).map((issue) => issue.number)).toEqual([12, 3]);
    expect((closed.body as Issue[])[0]?.pull_request?.merged_at).toBe('2026-02-03T04:05:06Z');
    const both = await request('GET', `${REPO}/issues?labels=jira-permissions-drift,bug`);
    expect(both.body).toEqual([]);
    expect((await request('GET', `${REPO}/issues?state=shut`)).status).toBe(422);
  });

  it('pages the list with Link headers that keep the filters', async () => {
    for (let index = 0; index < 5; index++) {
      await request('POST', `${REPO}/issues`, {
        title: `drift ${index}`,
        labels: ['jira-permissions-drift'],
      });
    }
    const first = await request('GET', `${REPO}/issues?labels=jira-permissions-drift&per_page=2`);
    expect((first.body as unknown[]).length).toBe(2);
    const next = /<([^>]+)>; rel="next"/.exec(first.link ?? '')?.[1] ?? '';
    expect(new URL(next).searchParams.get('labels')).toBe('jira-permissions-drift');
    expect(first.link).toMatch(/page=3[^>]*>; rel="last"/);
    const ascending = await request('GET', `${REPO}/issues?labels=jira-permissions-drift&direction=asc`);
    expect((ascending.body as Issue[]).map((issue) => issue.title)).toEqual([
      'drift 0',
      'drift 1',
      'drift 2',
      'drift 3',
      'drift 4',
    ]);
  });

  it('updates in place: body, title, labels; closes with a state_reason and reopens', async () => {
    const { number } = stub.addIssue({ title: 'Drift', body: 'old', labels: ['jira-permissions-drift'] });
    const edited = await request('PATCH', `${REPO}/issues/${number}`, { body: 'new', title: 'Drift (2)' });
    expect(expectIssue(edited.body)).toMatchObject({ body: 'new', title: 'Drift (2)', state: 'open' });
    const closed = await request('PATCH', `${REPO}/issues/${number}`, {
      state: 'closed',
      state_reason: 'completed',
    });
    const issue = expectIssue(closed.body);
    expect(issue).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(issue.closed_at).not.toBeNull();
    // state_reason alone, without a state change, changes nothing.
    const ignored = await request('PATCH', `${REPO}/issues/${number}`, { state_reason: 'not_planned' });
    expect((ignored.body as Issue).state_reason).toBe('completed');
    const reopened = await request('PATCH', `${REPO}/issues/${number}`, { state: 'open' });
    expect(reopened.body).toMatchObject({ state: 'open', state_reason: 'reopened', closed_at: null });
    const relabelled = await request('PATCH', `${REPO}/issues/${number}`, { labels: [] });
    expect((relabelled.body as Issue).labels).toEqual([]);
    expect((await request('PATCH', `${REPO}/issues/${number}`, { state: 'done' })).status).toBe(422);
    expect((await request('PATCH', `${REPO}/issues/999`, { state: 'closed' })).status).toBe(404);
    expect((await request('GET', `${REPO}/issues/999`)).status).toBe(404);
  });

  it('adds labels from {labels: [...]} or a bare array, keeping the ones it had', async () => {
    const { number } = stub.addIssue({ title: 'Drift', labels: ['a'] });
    const added = await request('POST', `${REPO}/issues/${number}/labels`, {
      labels: ['jira-permissions-drift'],
    });
    expect(added.status).toBe(200);
    for (const label of added.body as unknown[]) expect(githubErrors('label', label)).toEqual([]);
    expect((added.body as { name: string }[]).map((label) => label.name)).toEqual([
      'a',
      'jira-permissions-drift',
    ]);
    const bare = await request('POST', `${REPO}/issues/${number}/labels`, [{ name: 'b' }]);
    expect((bare.body as { name: string }[]).map((label) => label.name)).toEqual([
      'a',
      'jira-permissions-drift',
      'b',
    ]);
    expect((await request('POST', `${REPO}/issues/${number}/labels`, { labels: [] })).status).toBe(422);
  });

  it('takes comments on issues as on pull requests', async () => {
    const { number } = stub.addIssue({ title: 'Drift' });
    const created = await request('POST', `${REPO}/issues/${number}/comments`, {
      body: 'Jira matches the files again.',
    });
    expect(created.status).toBe(201);
    expect(githubErrors('issue-comment', created.body)).toEqual([]);
    expect((created.body as { html_url: string }).html_url).toContain(`/issues/${number}#issuecomment-`);
    const list = await request('GET', `${REPO}/issues/${number}/comments`);
    expect((list.body as unknown[]).length).toBe(1);
    expect(stub.comments(number).map((comment) => comment.body)).toEqual(['Jira matches the files again.']);
  });

  it('records every request; writes() lists only the ones that could change something', async () => {
    const { number } = stub.addIssue({ title: 'Drift', labels: ['jira-permissions-drift'] });
    await request('GET', `${REPO}/issues?labels=jira-permissions-drift`);
    await request('GET', `${REPO}/issues/${number}`);
    expect(stub.writes()).toEqual([]);
    await request('PATCH', `${REPO}/issues/${number}`, { body: 'changed' });
    expect(stub.writes().map((entry) => [entry.method, entry.path, entry.status])).toEqual([
      ['PATCH', `${REPO}/issues/${number}`, 200],
    ]);
    expect(stub.writes()[0]?.body).toEqual({ body: 'changed' });
    expect(stub.requests.map((entry) => entry.query)).toContainEqual({ labels: 'jira-permissions-drift' });
  });
});

describe('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', () => {
  it('finds the merged pull request of a merge commit, in the pull-request-simple shape', async () => {
    const answer = await request('GET', `${REPO}/commits/${MERGE_SHA}/pulls`);
    expect(answer.status).toBe(200);
    const list = answer.body as unknown[];
    expect(list).toHaveLength(1);
    expect(githubErrors('pull-request-simple', list[0])).toEqual([]);
    expect(list[0]).toMatchObject({
      number: 12,
      state: 'closed',
      merged_at: '2026-02-03T04:05:06Z',
      merge_commit_sha: MERGE_SHA,
    });
  });

  it('finds open pull requests by head commit or branch name; nothing for an unknown commit', async () => {
    const byHead = await request('GET', `${REPO}/commits/${HEAD_SHA}/pulls`);
    expect((byHead.body as { number: number }[]).map((pull) => pull.number)).toEqual([13]);
    const byBranch = await request('GET', `${REPO}/commits/move-mob/pulls`);
    expect((byBranch.body as { number: number }[]).map((pull) => pull.number)).toEqual([13]);
    const none = await request('GET', `${REPO}/commits/0123456789012345678901234567890123456789/pulls`);
    expect(none).toMatchObject({ status: 200, body: [] });
  });

  it('shows a merged pull request as merged in GET /pulls/{number} as well', async () => {
    const pull = await request('GET', `${REPO}/pulls/12`);
    expect(githubErrors('pull-request', pull.body)).toEqual([]);
    expect(pull.body).toMatchObject({ merged: true, state: 'closed', merge_commit_sha: MERGE_SHA });
  });
});
