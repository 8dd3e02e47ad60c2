/**
 * A local stand-in for the part of GitHub's REST API the action uses, on 127.0.0.1, shaped per
 * `__tests__/reference/github-rest-comments-subset.json` (objects in `github-objects.ts`):
 *
 * - GET /user (403 for GitHub App installation tokens, as GitHub answers them)
 * - GET/POST /repos/{owner}/{repo}/issues/{number}/comments, for issues and pull requests
 *   (per_page ≤ 100, page, Link headers, ascending ids)
 * - GET/PATCH/DELETE /repos/{owner}/{repo}/issues/comments/{id}
 * - GET /repos/{owner}/{repo}/pulls/{number}
 * - GET/POST /repos/{owner}/{repo}/issues (list: state, labels, creator, sort, direction, paging; pull
 *   requests are listed too, with `pull_request`), GET/PATCH /repos/{owner}/{repo}/issues/{number}
 *   (state, state_reason, title, body, labels), POST /repos/{owner}/{repo}/issues/{number}/labels
 * - GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls (the merged pull request of a merge commit;
 *   for a head commit or branch name, the pull requests of that head)
 *
 * Every request is recorded (method, path, query, status, body) for assertions; `writes()` lists the
 * ones that could change something, so a test can say "no edit when nothing changed".
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import {
  API,
  FIXED_TIME,
  issueObject,
  labelObject,
  publicUser,
  pullRequestFull,
  pullRequestSimple,
  repositoryObject,
  simpleUser,
  type Json,
  type PullView,
} from './github-objects.js';

export interface StubAccount {
  token: string;
  login: string;
  type: 'User' | 'Bot';
  /** A GitHub App installation token (like the default GITHUB_TOKEN): GET /user answers 403. */
  installation?: boolean;
  /** Without `issues: write` (default true): creating and editing issues and labels answers 403. */
  issuesWrite?: boolean;
}

export interface StubPullRequest {
  number: number;
  /** `owner/name` of the head repository; another name than the base makes it a fork. */
  headRepository?: string;
  headRef?: string;
  /** The head commit (default `000…0002`). */
  headSha?: string;
  title?: string;
  /** Default open; a merged pull request is closed. */
  state?: 'open' | 'closed';
  /** The commit that merged it into the default branch (makes it merged, and closed). */
  mergeCommitSha?: string;
  /** When it was merged (default: the stand-in's fixed time) when `mergeCommitSha` is set. */
  mergedAt?: string;
  labels?: string[];
}

export interface StubIssue {
  number: number;
  title: string;
  body?: string | null;
  state?: 'open' | 'closed';
  stateReason?: 'completed' | 'not_planned' | 'duplicate' | 'reopened' | null;
  labels?: string[];
  /** Who opened it (default `perms-bot`). */
  login?: string;
  createdAt?: string;
}

export interface GitHubStubOptions {
  /** `owner/name` of the base repository. */
  repository?: string;
  defaultBranch?: string;
  accounts?: StubAccount[];
  pulls?: StubPullRequest[];
  /** Issues that exist when the stand-in starts (numbers must not clash with `pulls`). */
  issues?: StubIssue[];
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

export interface StoredIssue {
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  stateReason: 'completed' | 'not_planned' | 'duplicate' | 'reopened' | null;
  labels: string[];
  login: string;
  type: 'User' | 'Bot';
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface GitHubStub {
  baseUrl: string;
  requests: RecordedRequest[];
  /** The requests that could change something (POST, PATCH, PUT, DELETE), oldest first. */
  writes(): RecordedRequest[];
  /** The comments of one issue or pull request, oldest first. */
  comments(issue: number, repository?: string): StoredComment[];
  /** Seeds a comment as if `login` had written it. */
  addComment(
    issue: number,
    body: string,
    login: string,
    type?: 'User' | 'Bot',
    repository?: string,
  ): StoredComment;
  /** The issues (not pull requests), by number; live objects. */
  issues(): StoredIssue[];
  issue(number: number): StoredIssue | undefined;
  /** Seeds an issue as if it had been opened (by `perms-bot` unless `login` says). */
  addIssue(issue: Omit<StubIssue, 'number'> & { number?: number }): StoredIssue;
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
const DEFAULT_HEAD_SHA = '0000000000000000000000000000000000000002';
const STATE_REASONS = ['completed', 'not_planned', 'duplicate', 'reopened'] as const;
const WRITE_METHODS = ['POST', 'PATCH', 'PUT', 'DELETE'];

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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Label names from `["a", {"name": "b"}]`, or undefined when an item is neither. */
function labelNames(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const names: string[] = [];
  for (const item of value) {
    if (typeof item === 'string') names.push(item);
    else if (isRecord(item) && typeof item['name'] === 'string') names.push(item['name']);
    else return undefined;
  }
  return names;
}

export async function startGitHubStub(options: GitHubStubOptions = {}): Promise<GitHubStub> {
  const baseRepository = options.repository ?? 'octo-org/permissions';
  const defaultBranch = options.defaultBranch ?? 'main';
  const accounts = options.accounts ?? STUB_ACCOUNTS;
  const pulls = new Map((options.pulls ?? [{ number: 7 }]).map((pull) => [pull.number, pull]));
  const requests: RecordedRequest[] = [];
  const store: StoredComment[] = [];
  const issueStore = new Map<number, StoredIssue>();
  const userIds = new Map<string, number>();
  const labelIds = new Map<string, number>();
  let nextCommentId = 1_000_001;
  let baseUrl = '';
  // The stand-in's own clock: each change is a minute after the last, so `updated_at` orders them.
  let clock = Date.parse(FIXED_TIME);
  const tick = () => {
    clock += 60_000;
    return new Date(clock).toISOString().replace('.000Z', 'Z');
  };

  const userId = (login: string) => {
    let id = userIds.get(login);
    if (id === undefined) {
      id = 5000 + userIds.size;
      userIds.set(login, id);
    }
    return id;
  };
  const labelId = (name: string) => {
    let id = labelIds.get(name);
    if (id === undefined) {
      id = 208_045_946 + labelIds.size;
      labelIds.set(name, id);
    }
    return id;
  };
  const labels = (names: readonly string[]) =>
    names.map((name) => labelObject(baseRepository, name, labelId(name)));
  const commentCount = (issue: number) => store.filter((comment) => comment.issue === issue).length;

  const commentObject = (comment: StoredComment) => {
    const api = `${API}/repos/${comment.repository}`;
    const kind = pulls.has(comment.issue) ? 'pull' : 'issues';
    return {
      id: comment.id,
      node_id: `IC_${comment.id}`,
      url: `${api}/issues/comments/${comment.id}`,
      html_url: `https://github.com/${comment.repository}/${kind}/${comment.issue}#issuecomment-${comment.id}`,
      body: comment.body,
      user: simpleUser(comment.login, comment.type, userId(comment.login)),
      created_at: comment.createdAt,
      updated_at: comment.updatedAt,
      issue_url: `${api}/issues/${comment.issue}`,
      author_association: comment.type === 'Bot' ? 'NONE' : 'MEMBER',
      performed_via_github_app: null,
    };
  };

  const pullView = (number: number): PullView => {
    const pull = pulls.get(number) ?? { number };
    const headRepository = pull.headRepository ?? baseRepository;
    const fork = headRepository !== baseRepository;
    const merged = pull.mergeCommitSha !== undefined;
    return {
      repository: baseRepository,
      headRepository,
      defaultBranch,
      number,
      title: pull.title ?? 'Change permissions',
      headRef: pull.headRef ?? 'change-permissions',
      headSha: pull.headSha ?? DEFAULT_HEAD_SHA,
      state: merged ? 'closed' : (pull.state ?? 'open'),
      mergedAt: merged ? (pull.mergedAt ?? FIXED_TIME) : null,
      mergeCommitSha: pull.mergeCommitSha ?? null,
      labels: labels(pull.labels ?? []),
      author: simpleUser(fork ? 'outside-contributor' : 'perms-author', 'User', userId('perms-author')),
      comments: commentCount(number),
    };
  };

  /** An issue or a pull request, as the issues endpoints show either. */
  const issueView = (number: number): Json | undefined => {
    const issue = issueStore.get(number);
    if (issue !== undefined) {
      return issueObject({
        repository: baseRepository,
        number,
        id: 80_000 + number,
        title: issue.title,
        body: issue.body,
        state: issue.state,
        stateReason: issue.stateReason,
        labels: labels(issue.labels),
        user: simpleUser(issue.login, issue.type, userId(issue.login)),
        comments: commentCount(number),
        createdAt: issue.createdAt,
        updatedAt: issue.updatedAt,
        closedAt: issue.closedAt,
      });
    }
    if (!pulls.has(number)) return undefined;
    const pull = pullView(number);
    return issueObject({
      repository: baseRepository,
      number,
      id: 90_000 + number,
      title: pull.title,
      body: null,
      state: pull.state,
      stateReason: null,
      labels: pull.labels,
      user: pull.author,
      comments: pull.comments,
      createdAt: FIXED_TIME,
      updatedAt: pull.mergedAt ?? FIXED_TIME,
      closedAt: pull.state === 'closed' ? (pull.mergedAt ?? FIXED_TIME) : null,
      pullRequest: { mergedAt: pull.mergedAt },
    });
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

  const nextNumber = () => Math.max(0, ...pulls.keys(), ...issueStore.keys()) + 1;
  const addIssue = (
    input: Omit<StubIssue, 'number'> & { number?: number },
    author: { login: string; type: 'User' | 'Bot' } = { login: input.login ?? 'perms-bot', type: 'User' },
    at = input.createdAt ?? FIXED_TIME,
  ): StoredIssue => {
    const number = input.number ?? nextNumber();
    if (pulls.has(number) || issueStore.has(number)) throw new Error(`issue number ${number} is taken`);
    const state = input.state ?? 'open';
    const issue: StoredIssue = {
      number,
      title: input.title,
      body: input.body ?? null,
      state,
      stateReason: input.stateReason ?? (state === 'closed' ? 'completed' : null),
      labels: [...new Set(input.labels ?? [])],
      login: author.login,
      type: author.type,
      createdAt: at,
      updatedAt: at,
      closedAt: state === 'closed' ? at : null,
    };
    issueStore.set(number, issue);
    return issue;
  };
  for (const issue of options.issues ?? []) addIssue(issue);

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
    const invalid = (docs: string, errors: Json[], message = 'Validation Failed') => {
      send(422, { message, errors, documentation_url: `${DOCS}/${docs}`, status: '422' });
    };
    /** `Link` header and the slice for `page`/`per_page` (default 30, at most 100). */
    const paged = <T>(items: T[]): { page: T[]; headers: Record<string, string> } => {
      const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? '30') || 30));
      const page = Math.max(1, Number(url.searchParams.get('page') ?? '1') || 1);
      const lastPage = Math.max(1, Math.ceil(items.length / perPage));
      const pageUrl = (n: number) => {
        const next = new URL(`${baseUrl}${url.pathname}`);
        for (const [key, value] of url.searchParams) next.searchParams.set(key, value);
        next.searchParams.set('per_page', String(perPage));
        next.searchParams.set('page', String(n));
        return next.toString();
      };
      const links: string[] = [];
      if (page > 1) links.push(`<${pageUrl(page - 1)}>; rel="prev"`);
      if (page < lastPage) links.push(`<${pageUrl(page + 1)}>; rel="next"`);
      if (page < lastPage) links.push(`<${pageUrl(lastPage)}>; rel="last"`);
      if (page > 1) links.push(`<${pageUrl(1)}>; rel="first"`);
      return {
        page: items.slice((page - 1) * perPage, page * perPage),
        headers: links.length === 0 ? {} : { link: links.join(', ') },
      };
    };

    const account = accounts.find((candidate) => candidate.token === token);
    if (account === undefined) {
      send(401, { message: 'Bad credentials', documentation_url: DOCS, status: '401' });
      return;
    }
    const mayWriteIssues = () => {
      if (account.issuesWrite !== false) return true;
      send(403, {
        message: 'Resource not accessible by integration',
        documentation_url: `${DOCS}/issues/issues`,
        status: '403',
      });
      return false;
    };

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

    const repoMatch = /^\/repos\/([^/]+\/[^/]+)(\/.*)$/.exec(url.pathname);
    const repository = decodeURIComponent(repoMatch?.[1] ?? '');
    const rest = repoMatch?.[2] ?? '';
    if (repoMatch === null || repository !== baseRepository) {
      notFound();
      return;
    }

    if (rest === '/issues') {
      if (method === 'GET') {
        const state = url.searchParams.get('state') ?? 'open';
        if (!['open', 'closed', 'all'].includes(state)) {
          invalid('issues/issues#list-repository-issues', [
            { resource: 'Issue', field: 'state', code: 'invalid', value: state },
          ]);
          return;
        }
        const wanted = (url.searchParams.get('labels') ?? '')
          .split(',')
          .map((name) => name.trim())
          .filter((name) => name !== '');
        const creator = url.searchParams.get('creator');
        const sort = url.searchParams.get('sort') ?? 'created';
        const ascending = url.searchParams.get('direction') === 'asc';
        const all = [...new Set([...issueStore.keys(), ...pulls.keys()])]
          .map((number) => issueView(number))
          .filter((issue): issue is Json => issue !== undefined)
          .filter((issue) => state === 'all' || issue['state'] === state)
          .filter((issue) => {
            const names = (issue['labels'] as Json[]).map((label) => label['name']);
            return wanted.every((name) => names.includes(name));
          })
          .filter((issue) => creator === null || (issue['user'] as Json)['login'] === creator)
          .sort((a, b) => {
            const key = sort === 'updated' ? 'updated_at' : sort === 'comments' ? 'comments' : 'created_at';
            const left = String(a[key]).padStart(24, '0');
            const right = String(b[key]).padStart(24, '0');
            const order = left < right ? -1 : left > right ? 1 : Number(a['number']) - Number(b['number']);
            return ascending ? order : -order;
          });
        const { page, headers } = paged(all);
        send(200, page, headers);
        return;
      }
      if (method === 'POST') {
        if (!mayWriteIssues()) return;
        const input = isRecord(body) ? body : {};
        const title = input['title'];
        if (typeof title !== 'string' && typeof title !== 'number') {
          invalid('issues/issues#create-an-issue', [
            { resource: 'Issue', code: 'missing_field', field: 'title' },
          ]);
          return;
        }
        const names = input['labels'] === undefined ? [] : labelNames(input['labels']);
        if (names === undefined) {
          invalid('issues/issues#create-an-issue', [{ resource: 'Issue', code: 'invalid', field: 'labels' }]);
          return;
        }
        const issueBody = typeof input['body'] === 'string' ? input['body'] : null;
        const created = addIssue(
          { title: String(title), body: issueBody, labels: names },
          { login: account.login, type: account.type },
          tick(),
        );
        send(201, issueView(created.number), {
          location: `${API}/repos/${repository}/issues/${created.number}`,
        });
        return;
      }
    }

    const issueMatch = /^\/issues\/(\d+)$/.exec(rest);
    if (issueMatch !== null) {
      const number = Number(issueMatch[1]);
      if (issueView(number) === undefined) {
        notFound();
        return;
      }
      if (method === 'GET') {
        send(200, issueView(number));
        return;
      }
      if (method === 'PATCH') {
        if (!mayWriteIssues()) return;
        const issue = issueStore.get(number);
        if (issue === undefined) {
          // Pull requests are edited through their own endpoints in the action; not modelled here.
          notFound();
          return;
        }
        const input = isRecord(body) ? body : {};
        const docs = 'issues/issues#update-an-issue';
        const state = input['state'];
        if (state !== undefined && state !== 'open' && state !== 'closed') {
          invalid(docs, [{ resource: 'Issue', field: 'state', code: 'invalid' }]);
          return;
        }
        const reason = input['state_reason'];
        if (
          reason !== undefined &&
          reason !== null &&
          !(STATE_REASONS as readonly unknown[]).includes(reason)
        ) {
          invalid(docs, [{ resource: 'Issue', field: 'state_reason', code: 'invalid' }]);
          return;
        }
        const names = input['labels'] === undefined ? undefined : labelNames(input['labels']);
        if (input['labels'] !== undefined && names === undefined) {
          invalid(docs, [{ resource: 'Issue', field: 'labels', code: 'invalid' }]);
          return;
        }
        const at = tick();
        if (typeof input['title'] === 'string' || typeof input['title'] === 'number')
          issue.title = String(input['title']);
        if (typeof input['body'] === 'string' || input['body'] === null) issue.body = input['body'];
        if (names !== undefined) issue.labels = [...new Set(names)];
        // `state_reason` counts only when the state changes.
        if (state !== undefined && state !== issue.state) {
          issue.state = state;
          if (state === 'closed') {
            issue.closedAt = at;
            issue.stateReason = (reason as StoredIssue['stateReason'] | undefined) ?? 'completed';
          } else {
            issue.closedAt = null;
            issue.stateReason = 'reopened';
          }
        }
        issue.updatedAt = at;
        send(200, issueView(number));
        return;
      }
    }

    const labelsMatch = /^\/issues\/(\d+)\/labels$/.exec(rest);
    if (labelsMatch !== null && method === 'POST') {
      const number = Number(labelsMatch[1]);
      const issue = issueStore.get(number);
      if (issue === undefined) {
        notFound();
        return;
      }
      if (!mayWriteIssues()) return;
      const names = labelNames(isRecord(body) ? body['labels'] : body);
      if (names === undefined || names.length === 0) {
        invalid('issues/labels#add-labels-to-an-issue', [
          { resource: 'Label', field: 'labels', code: 'missing_field' },
        ]);
        return;
      }
      issue.labels = [...new Set([...issue.labels, ...names])];
      issue.updatedAt = tick();
      send(200, labels(issue.labels));
      return;
    }

    const listMatch = /^\/issues\/(\d+)\/comments$/.exec(rest);
    if (listMatch !== null) {
      const issue = Number(listMatch[1]);
      if (issueView(issue) === undefined) {
        notFound();
        return;
      }
      if (method === 'GET') {
        const all = store
          .filter((comment) => comment.repository === repository && comment.issue === issue)
          .sort((a, b) => a.id - b.id);
        const { page, headers } = paged(all);
        send(200, page.map(commentObject), headers);
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
          invalid('issues/comments#create-an-issue-comment', [
            {
              resource: 'IssueComment',
              code: 'custom',
              field: 'body',
              message: 'body is too long (maximum is 65536 characters)',
            },
          ]);
          return;
        }
        const created = addComment(issue, commentBody, account.login, account.type, repository);
        send(201, commentObject(created), {
          location: `${API}/repos/${repository}/issues/comments/${created.id}`,
        });
        return;
      }
    }

    const commentMatch = /^\/issues\/comments\/(\d+)$/.exec(rest);
    if (commentMatch !== null) {
      const id = Number(commentMatch[1]);
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
          invalid('issues/comments#update-an-issue-comment', [
            { resource: 'IssueComment', code: 'invalid', field: 'body' },
          ]);
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

    const pullMatch = /^\/pulls\/(\d+)$/.exec(rest);
    if (pullMatch !== null && method === 'GET') {
      const number = Number(pullMatch[1]);
      if (!pulls.has(number)) {
        notFound();
        return;
      }
      send(200, pullRequestFull(pullView(number)));
      return;
    }

    const commitMatch = /^\/commits\/([^/]+)\/pulls$/.exec(rest);
    if (commitMatch !== null && method === 'GET') {
      const ref = decodeURIComponent(commitMatch[1] ?? '');
      const views = [...pulls.keys()].sort((a, b) => a - b).map(pullView);
      // A commit on the default branch: the pull request that merged it. Otherwise the pull requests
      // whose head it is (a commit sha or a branch name).
      const merged = views.filter((view) => view.mergeCommitSha === ref);
      const found =
        merged.length > 0 ? merged : views.filter((view) => view.headSha === ref || view.headRef === ref);
      const { page, headers } = paged(found);
      send(200, page.map(pullRequestSimple), headers);
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
    writes: () => requests.filter((entry) => WRITE_METHODS.includes(entry.method)),
    comments: (issue, repository = baseRepository) =>
      store.filter((comment) => comment.issue === issue && comment.repository === repository),
    addComment,
    issues: () => [...issueStore.values()].sort((a, b) => a.number - b.number),
    issue: (number) => issueStore.get(number),
    addIssue: (input) => addIssue(input),
    repositoryObject: (fullName = baseRepository) =>
      repositoryObject(
        fullName,
        defaultBranch,
        fullName !== baseRepository,
        fullName === baseRepository ? 42 : 43,
      ),
    pullRequestObject: (number) => pullRequestFull(pullView(number)),
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
