/**
 * A local stand-in for the part of GitHub's REST API a pull-request-commenting action uses, on
 * 127.0.0.1, shaped per `__tests__/reference/github-rest-comments-subset.json`:
 *
 * - GET /user (403 for GitHub App installation tokens, as GitHub answers them)
 * - GET/POST /repos/{owner}/{repo}/issues/{number}/comments (per_page ≤ 100, page, Link headers,
 *   ascending ids)
 * - GET/PATCH/DELETE /repos/{owner}/{repo}/issues/comments/{id}
 * - GET /repos/{owner}/{repo}/pulls/{number}
 *
 * Every request is recorded (method, path, query, status, body) for assertions.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StubAccount {
  token: string;
  login: string;
  type: 'User' | 'Bot';
  /** A GitHub App installation token (like the default GITHUB_TOKEN): GET /user answers 403. */
  installation?: boolean;
}

export interface StubPullRequest {
  number: number;
  /** `owner/name` of the head repository; another name than the base makes it a fork. */
  headRepository?: string;
  headRef?: string;
  title?: string;
}

export interface GitHubStubOptions {
  /** `owner/name` of the base repository. */
  repository?: string;
  defaultBranch?: string;
  accounts?: StubAccount[];
  pulls?: StubPullRequest[];
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  status: number;
  /** The token the request carried (tests assert secrets; never print this). */
  token?: string;
  body?: unknown;
}

export interface StoredComment {
  id: number;
  repository: string;
  issue: number;
  body: string;
  login: string;
  type: 'User' | 'Bot';
  createdAt: string;
  updatedAt: string;
}

export interface GitHubStub {
  baseUrl: string;
  requests: RecordedRequest[];
  /** The comments of one issue, oldest first. */
  comments(issue: number, repository?: string): StoredComment[];
  /** Seeds a comment as if `login` had written it. */
  addComment(
    issue: number,
    body: string,
    login: string,
    type?: 'User' | 'Bot',
    repository?: string,
  ): StoredComment;
  /** The API's answer for a repository / pull request (also usable in event payloads). */
  repositoryObject(fullName?: string): Record<string, unknown>;
  pullRequestObject(number: number): Record<string, unknown>;
  stop(): Promise<void>;
}

export const STUB_ACCOUNTS: StubAccount[] = [
  { token: 'ghp_stubPersonalToken0001', login: 'perms-bot', type: 'User' },
  { token: 'ghs_stubInstallationToken0001', login: 'github-actions[bot]', type: 'Bot', installation: true },
  { token: 'ghp_stubOtherPersonToken0002', login: 'someone-else', type: 'User' },
];

const DOCS = 'https://docs.github.com/rest';
const FIXED_TIME = '2026-01-01T00:00:00Z';

function simpleUser(login: string, type: string, id: number): Record<string, unknown> {
  const api = `https://api.github.com/users/${encodeURIComponent(login)}`;
  return {
    login,
    id,
    node_id: `U_${id}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url: api,
    html_url: `https://github.com/${encodeURIComponent(login)}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type,
    site_admin: false,
    user_view_type: 'public',
  };
}

function publicUser(login: string, type: string, id: number): Record<string, unknown> {
  return {
    ...simpleUser(login, type, id),
    name: login,
    company: null,
    blog: '',
    location: null,
    email: null,
    hireable: null,
    bio: null,
    public_repos: 1,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: FIXED_TIME,
    updated_at: FIXED_TIME,
  };
}

function repositoryObject(fullName: string, defaultBranch: string, fork: boolean, id: number) {
  const [owner = 'owner', name = 'repo'] = fullName.split('/');
  const api = `https://api.github.com/repos/${fullName}`;
  const templated: Record<string, string> = {};
  for (const [field, suffix] of Object.entries({
    archive_url: '/{archive_format}{/ref}',
    assignees_url: '/assignees{/user}',
    blobs_url: '/git/blobs{/sha}',
    branches_url: '/branches{/branch}',
    collaborators_url: '/collaborators{/collaborator}',
    comments_url: '/comments{/number}',
    commits_url: '/commits{/sha}',
    compare_url: '/compare/{base}...{head}',
    contents_url: '/contents/{+path}',
    contributors_url: '/contributors',
    deployments_url: '/deployments',
    downloads_url: '/downloads',
    events_url: '/events',
    forks_url: '/forks',
    git_commits_url: '/git/commits{/sha}',
    git_refs_url: '/git/refs{/sha}',
    git_tags_url: '/git/tags{/sha}',
    hooks_url: '/hooks',
    issue_comment_url: '/issues/comments{/number}',
    issue_events_url: '/issues/events{/number}',
    issues_url: '/issues{/number}',
    keys_url: '/keys{/key_id}',
    labels_url: '/labels{/name}',
    languages_url: '/languages',
    merges_url: '/merges',
    milestones_url: '/milestones{/number}',
    notifications_url: '/notifications{?since,all,participating}',
    pulls_url: '/pulls{/number}',
    releases_url: '/releases{/id}',
    stargazers_url: '/stargazers',
    statuses_url: '/statuses/{sha}',
    subscribers_url: '/subscribers',
    subscription_url: '/subscription',
    tags_url: '/tags',
    teams_url: '/teams',
    trees_url: '/git/trees{/sha}',
  })) {
    templated[field] = `${api}${suffix}`;
  }
  return {
    id,
    node_id: `R_${id}`,
    name,
    full_name: fullName,
    owner: simpleUser(owner, 'Organization', id + 1000),
    private: false,
    html_url: `https://github.com/${fullName}`,
    description: null,
    fork,
    url: api,
    ...templated,
    git_url: `git://github.com/${fullName}.git`,
    ssh_url: `git@github.com:${fullName}.git`,
    clone_url: `https://github.com/${fullName}.git`,
    svn_url: `https://github.com/${fullName}`,
    mirror_url: null,
    homepage: null,
    language: 'TypeScript',
    forks_count: 0,
    forks: 0,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    size: 1,
    default_branch: defaultBranch,
    open_issues_count: 1,
    open_issues: 1,
    has_issues: true,
    has_projects: true,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    archived: false,
    disabled: false,
    license: null,
    pushed_at: FIXED_TIME,
    created_at: FIXED_TIME,
    updated_at: FIXED_TIME,
  };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
    request.on('error', reject);
  });
}

export async function startGitHubStub(options: GitHubStubOptions = {}): Promise<GitHubStub> {
  const baseRepository = options.repository ?? 'octo-org/permissions';
  const defaultBranch = options.defaultBranch ?? 'main';
  const accounts = options.accounts ?? STUB_ACCOUNTS;
  const pulls = new Map((options.pulls ?? [{ number: 7 }]).map((pull) => [pull.number, pull]));
  const requests: RecordedRequest[] = [];
  const store: StoredComment[] = [];
  const userIds = new Map<string, number>();
  let nextCommentId = 1_000_001;
  let baseUrl = '';

  const userId = (login: string) => {
    let id = userIds.get(login);
    if (id === undefined) {
      id = 5000 + userIds.size;
      userIds.set(login, id);
    }
    return id;
  };

  const commentObject = (comment: StoredComment) => {
    const api = `https://api.github.com/repos/${comment.repository}`;
    return {
      id: comment.id,
      node_id: `IC_${comment.id}`,
      url: `${api}/issues/comments/${comment.id}`,
      html_url: `https://github.com/${comment.repository}/pull/${comment.issue}#issuecomment-${comment.id}`,
      body: comment.body,
      user: simpleUser(comment.login, comment.type, userId(comment.login)),
      created_at: comment.createdAt,
      updated_at: comment.updatedAt,
      issue_url: `${api}/issues/${comment.issue}`,
      author_association: comment.type === 'Bot' ? 'NONE' : 'MEMBER',
      performed_via_github_app: null,
    };
  };

  const pullRequestObject = (number: number) => {
    const pull = pulls.get(number) ?? { number };
    const headRepository = pull.headRepository ?? baseRepository;
    const fork = headRepository !== baseRepository;
    const api = `https://api.github.com/repos/${baseRepository}`;
    const html = `https://github.com/${baseRepository}/pull/${number}`;
    const author = simpleUser(fork ? 'outside-contributor' : 'perms-author', 'User', userId('perms-author'));
    const link = (href: string) => ({ href });
    const headRef = pull.headRef ?? 'change-permissions';
    return {
      url: `${api}/pulls/${number}`,
      id: 90_000 + number,
      node_id: `PR_${number}`,
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: `${api}/issues/${number}`,
      commits_url: `${api}/pulls/${number}/commits`,
      review_comments_url: `${api}/pulls/${number}/comments`,
      review_comment_url: `${api}/pulls/comments{/number}`,
      comments_url: `${api}/issues/${number}/comments`,
      statuses_url: `${api}/statuses/0000000000000000000000000000000000000002`,
      number,
      state: 'open',
      locked: false,
      title: pull.title ?? 'Change permissions',
      user: author,
      body: null,
      labels: [],
      milestone: null,
      active_lock_reason: null,
      created_at: FIXED_TIME,
      updated_at: FIXED_TIME,
      closed_at: null,
      merged_at: null,
      merge_commit_sha: null,
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      requested_teams: [],
      head: {
        label: `${headRepository.split('/')[0] ?? ''}:${headRef}`,
        ref: headRef,
        repo: repositoryObject(headRepository, defaultBranch, fork, fork ? 43 : 42),
        sha: '0000000000000000000000000000000000000002',
        user: author,
      },
      base: {
        label: `${baseRepository.split('/')[0] ?? ''}:${defaultBranch}`,
        ref: defaultBranch,
        repo: repositoryObject(baseRepository, defaultBranch, false, 42),
        sha: '0000000000000000000000000000000000000001',
        user: author,
      },
      _links: {
        self: link(`${api}/pulls/${number}`),
        html: link(html),
        issue: link(`${api}/issues/${number}`),
        comments: link(`${api}/issues/${number}/comments`),
        review_comments: link(`${api}/pulls/${number}/comments`),
        review_comment: link(`${api}/pulls/comments{/number}`),
        commits: link(`${api}/pulls/${number}/commits`),
        statuses: link(`${api}/statuses/0000000000000000000000000000000000000002`),
      },
      author_association: 'MEMBER',
      auto_merge: null,
      draft: false,
      merged: false,
      mergeable: true,
      rebaseable: true,
      mergeable_state: 'clean',
      merged_by: null,
      comments: store.filter((comment) => comment.issue === number).length,
      review_comments: 0,
      maintainer_can_modify: false,
      commits: 1,
      additions: 1,
      deletions: 0,
      changed_files: 1,
    };
  };

  const addComment = (
    issue: number,
    body: string,
    login: string,
    type: 'User' | 'Bot' = 'User',
    repository = baseRepository,
  ) => {
    const comment: StoredComment = {
      id: nextCommentId,
      repository,
      issue,
      body,
      login,
      type,
      createdAt: FIXED_TIME,
      updatedAt: FIXED_TIME,
    };
    nextCommentId += 1;
    store.push(comment);
    return comment;
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const method = request.method ?? 'GET';
    const text = await readBody(request);
    let body: unknown;
    try {
      body = text === '' ? undefined : (JSON.parse(text) as unknown);
    } catch {
      body = text;
    }
    const authorization = request.headers.authorization ?? '';
    const token = /^(?:token|bearer)\s+(.+)$/i.exec(authorization)?.[1];
    const record: RecordedRequest = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      status: 0,
      token,
      body,
    };
    requests.push(record);
    const send = (status: number, payload?: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      response.writeHead(status, {
        ...(payload === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
        ...headers,
      });
      response.end(payload === undefined ? undefined : JSON.stringify(payload));
    };
    const notFound = () => {
      send(404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
    };

    const account = accounts.find((candidate) => candidate.token === token);
    if (account === undefined) {
      send(401, { message: 'Bad credentials', documentation_url: DOCS, status: '401' });
      return;
    }

    if (url.pathname === '/user' && method === 'GET') {
      if (account.installation === true) {
        send(403, {
          message: 'Resource not accessible by integration',
          documentation_url: `${DOCS}/users/users#get-the-authenticated-user`,
          status: '403',
        });
        return;
      }
      send(200, publicUser(account.login, account.type, userId(account.login)));
      return;
    }

    const listMatch = /^\/repos\/([^/]+\/[^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname);
    if (listMatch !== null) {
      const repository = decodeURIComponent(listMatch[1] ?? '');
      const issue = Number(listMatch[2]);
      if (repository !== baseRepository || !pulls.has(issue)) {
        notFound();
        return;
      }
      if (method === 'GET') {
        const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? '30') || 30));
        const page = Math.max(1, Number(url.searchParams.get('page') ?? '1') || 1);
        const all = store
          .filter((comment) => comment.repository === repository && comment.issue === issue)
          .sort((a, b) => a.id - b.id);
        const lastPage = Math.max(1, Math.ceil(all.length / perPage));
        const pageUrl = (n: number) => {
          const next = new URL(`${baseUrl}${url.pathname}`);
          next.searchParams.set('per_page', String(perPage));
          next.searchParams.set('page', String(n));
          return next.toString();
        };
        const links: string[] = [];
        if (page > 1) links.push(`<${pageUrl(page - 1)}>; rel="prev"`);
        if (page < lastPage) links.push(`<${pageUrl(page + 1)}>; rel="next"`);
        if (page < lastPage) links.push(`<${pageUrl(lastPage)}>; rel="last"`);
        if (page > 1) links.push(`<${pageUrl(1)}>; rel="first"`);
        send(
          200,
          all.slice((page - 1) * perPage, page * perPage).map(commentObject),
          links.length === 0 ? {} : { link: links.join(', ') },
        );
        return;
      }
      if (method === 'POST') {
        const commentBody = (body as { body?: unknown } | undefined)?.body;
        if (typeof commentBody !== 'string') {
          send(422, {
            message: 'Invalid request.\n\n"body" wasn\'t supplied.',
            documentation_url: `${DOCS}/issues/comments#create-an-issue-comment`,
            status: '422',
          });
          return;
        }
        if (commentBody.length > 65_536) {
          send(422, {
            message: 'Validation Failed',
            errors: [
              {
                resource: 'IssueComment',
                code: 'custom',
                field: 'body',
                message: 'body is too long (maximum is 65536 characters)',
              },
            ],
            documentation_url: `${DOCS}/issues/comments#create-an-issue-comment`,
            status: '422',
          });
          return;
        }
        const created = addComment(issue, commentBody, account.login, account.type, repository);
        send(201, commentObject(created), {
          location: `https://api.github.com/repos/${repository}/issues/comments/${created.id}`,
        });
        return;
      }
    }

    const commentMatch = /^\/repos\/([^/]+\/[^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (commentMatch !== null) {
      const repository = decodeURIComponent(commentMatch[1] ?? '');
      const id = Number(commentMatch[2]);
      const index = store.findIndex((comment) => comment.repository === repository && comment.id === id);
      const comment = store[index];
      if (comment === undefined) {
        notFound();
        return;
      }
      if (method === 'GET') {
        send(200, commentObject(comment));
        return;
      }
      if (method === 'PATCH') {
        const commentBody = (body as { body?: unknown } | undefined)?.body;
        if (typeof commentBody !== 'string' || commentBody.length > 65_536) {
          send(422, {
            message: 'Validation Failed',
            errors: [{ resource: 'IssueComment', code: 'invalid', field: 'body' }],
            documentation_url: `${DOCS}/issues/comments#update-an-issue-comment`,
            status: '422',
          });
          return;
        }
        comment.body = commentBody;
        comment.updatedAt = '2026-01-02T00:00:00Z';
        send(200, commentObject(comment));
        return;
      }
      if (method === 'DELETE') {
        store.splice(index, 1);
        send(204);
        return;
      }
    }

    const pullMatch = /^\/repos\/([^/]+\/[^/]+)\/pulls\/(\d+)$/.exec(url.pathname);
    if (pullMatch !== null && method === 'GET') {
      const number = Number(pullMatch[2]);
      if (decodeURIComponent(pullMatch[1] ?? '') !== baseRepository || !pulls.has(number)) {
        notFound();
        return;
      }
      send(200, pullRequestObject(number));
      return;
    }
    notFound();
  };

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.writeHead(500, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ message: String(error) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    baseUrl,
    requests,
    comments: (issue, repository = baseRepository) =>
      store.filter((comment) => comment.issue === issue && comment.repository === repository),
    addComment,
    repositoryObject: (fullName = baseRepository) =>
      repositoryObject(
        fullName,
        defaultBranch,
        fullName !== baseRepository,
        fullName === baseRepository ? 42 : 43,
      ),
    pullRequestObject,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => {
          if (error === undefined) resolve();
          else reject(error);
        });
      }),
  };
}
