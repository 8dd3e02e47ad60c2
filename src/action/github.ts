/**
 * The pull-request comment client: the only module that speaks to GitHub's REST API. Built on
 * `@actions/github`'s Octokit, pointed at `GITHUB_API_URL` (GitHub Enterprise Server, or a local
 * stand-in in tests). Octokit is loaded on the first call, so runs that post nothing never load it.
 */

import {
  type CommentIdentity,
  type ExistingComment,
  commentMarker,
  composeCommentBody,
  findOwnComment,
  type MarkerKey,
} from './comment.js';
import type { ExistingIssue } from './drift-issue.js';
import { proxyAwareFetch } from '../jira/proxied-fetch.js';

export interface Repository {
  owner: string;
  repo: string;
}

export interface CommentClient {
  /** The token's own account, or `bot` when the token cannot ask (GitHub App installation tokens). */
  identity(): Promise<CommentIdentity>;
  /** Every comment of the issue or pull request, all pages, oldest first. */
  listComments(issueNumber: number): Promise<ExistingComment[]>;
  createComment(issueNumber: number, body: string): Promise<number>;
  updateComment(commentId: number, body: string): Promise<void>;
}

function statusOf(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'status' in error) {
    const status = error.status;
    return typeof status === 'number' ? status : undefined;
  }
  return undefined;
}

const COMMENTS_PER_PAGE = 100;
/** 100,000 comments: far beyond any pull request, and a stop for an API that repeats its last page. */
const MAX_COMMENT_PAGES = 1_000;

/**
 * Whether to ask for another page of comments. GitHub says so with a `Link: <…>; rel="next"` header;
 * an API that pages without Link headers is read on while pages come back full and new.
 */
export function hasNextPage(link: string | undefined, count: number, fresh: number): boolean {
  if (fresh === 0) return false;
  if (link !== undefined && link !== '') return /rel="?next"?/.test(link);
  return count >= COMMENTS_PER_PAGE;
}

type Octokit = ReturnType<(typeof import('@actions/github'))['getOctokit']>;

/** Octokit for this token and API URL, loaded on first use (a validate run never loads it). */
function octokitLoader(
  token: string,
  apiUrl: string,
  env: Record<string, string | undefined>,
): () => Promise<Octokit> {
  let loading: Promise<Octokit> | undefined;
  return () => {
    loading ??= import('@actions/github').then(({ getOctokit }) =>
      // The same proxy handling as the requests to Jira (HTTPS_PROXY, HTTP_PROXY, NO_PROXY), decided for
      // this API URL (@actions/github decides it once for GITHUB_API_URL, and always skips loopback hosts).
      getOctokit(token, {
        baseUrl: apiUrl.replace(/\/+$/, ''),
        request: { fetch: proxyAwareFetch(env) },
      }),
    );
    return loading;
  };
}

export function createCommentClient(
  token: string,
  repository: Repository,
  apiUrl: string = process.env.GITHUB_API_URL ?? 'https://api.github.com',
  env: Record<string, string | undefined> = process.env,
): CommentClient {
  const kit = octokitLoader(token, apiUrl, env);
  return {
    async identity() {
      try {
        const { data } = await (await kit()).rest.users.getAuthenticated();
        return { kind: 'login', login: data.login };
      } catch (error) {
        // 403 "Resource not accessible by integration": installation tokens may not call GET /user.
        const status = statusOf(error);
        if (status === 403) return { kind: 'bot' };
        // 404: an API without the endpoint (GitHub itself always has it): the author cannot be told.
        if (status === 404) return { kind: 'unknown' };
        throw error;
      }
    },
    async listComments(issueNumber) {
      const octokit = await kit();
      const comments: ExistingComment[] = [];
      const seen = new Set<number>();
      for (let page = 1; page <= MAX_COMMENT_PAGES; page++) {
        const response = await octokit.rest.issues.listComments({
          ...repository,
          issue_number: issueNumber,
          per_page: COMMENTS_PER_PAGE,
          page,
        });
        let fresh = 0;
        for (const comment of response.data) {
          if (seen.has(comment.id)) continue;
          seen.add(comment.id);
          fresh++;
          comments.push({
            id: comment.id,
            body: comment.body ?? null,
            user: comment.user === null ? null : { login: comment.user.login, type: comment.user.type },
          });
        }
        if (!hasNextPage(response.headers.link, response.data.length, fresh)) break;
      }
      return comments;
    },
    async createComment(issueNumber, body) {
      const { data } = await (
        await kit()
      ).rest.issues.createComment({
        ...repository,
        issue_number: issueNumber,
        body,
      });
      return data.id;
    },
    async updateComment(commentId, body) {
      await (await kit()).rest.issues.updateComment({ ...repository, comment_id: commentId, body });
    },
  };
}

export interface IssueClient {
  identity(): Promise<CommentIdentity>;
  /** Open issues (not pull requests) carrying `label`, all pages, oldest first. */
  openIssuesWithLabel(label: string): Promise<ExistingIssue[]>;
  createIssue(title: string, body: string, labels: readonly string[]): Promise<number>;
  updateIssue(
    number: number,
    fields: { title?: string; body?: string; state?: 'open' | 'closed' },
  ): Promise<void>;
  comment(number: number, body: string): Promise<void>;
}

export interface MergedPullRequest {
  number: number;
}

const ISSUES_PER_PAGE = 100;

export function createIssueClient(
  token: string,
  repository: Repository,
  apiUrl: string = process.env.GITHUB_API_URL ?? 'https://api.github.com',
  env: Record<string, string | undefined> = process.env,
): IssueClient {
  const kit = octokitLoader(token, apiUrl, env);
  const comments = createCommentClient(token, repository, apiUrl, env);
  return {
    identity: () => comments.identity(),
    async openIssuesWithLabel(label) {
      const issues: ExistingIssue[] = [];
      const seen = new Set<number>();
      for (let page = 1; page <= MAX_COMMENT_PAGES; page++) {
        const response = await (
          await kit()
        ).rest.issues.listForRepo({
          ...repository,
          state: 'open',
          labels: label,
          sort: 'created',
          direction: 'asc',
          per_page: ISSUES_PER_PAGE,
          page,
        });
        let fresh = 0;
        for (const issue of response.data) {
          if (seen.has(issue.number)) continue;
          seen.add(issue.number);
          fresh++;
          // The issues endpoints list pull requests too.
          if (issue.pull_request !== undefined) continue;
          issues.push({
            id: issue.id,
            number: issue.number,
            title: issue.title,
            body: issue.body ?? null,
            user: issue.user === null ? null : { login: issue.user.login, type: issue.user.type },
          });
        }
        if (!hasNextPage(response.headers.link, response.data.length, fresh)) break;
      }
      return issues;
    },
    async createIssue(title, body, labels) {
      const { data } = await (
        await kit()
      ).rest.issues.create({ ...repository, title, body, labels: [...labels] });
      return data.number;
    },
    async updateIssue(number, fields) {
      await (
        await kit()
      ).rest.issues.update({
        ...repository,
        issue_number: number,
        ...fields,
        ...(fields.state === 'closed' ? { state_reason: 'completed' as const } : {}),
      });
    },
    async comment(number, body) {
      await comments.createComment(number, body);
    },
  };
}

/** The pull request a commit of the default branch merged (GET /repos/{o}/{r}/commits/{sha}/pulls). */
export async function mergedPullRequest(
  token: string,
  repository: Repository,
  sha: string,
  apiUrl: string = process.env.GITHUB_API_URL ?? 'https://api.github.com',
  env: Record<string, string | undefined> = process.env,
): Promise<MergedPullRequest | undefined> {
  const octokit = await octokitLoader(token, apiUrl, env)();
  const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
    ...repository,
    commit_sha: sha,
    per_page: 100,
  });
  // The merge commit's own pull request first; on a squash or rebase merge, the one that was merged.
  const merged = data.filter((pull) => pull.merged_at !== null);
  const exact = merged.find((pull) => pull.merge_commit_sha === sha);
  const chosen = exact ?? merged[0];
  return chosen === undefined ? undefined : { number: chosen.number };
}

export type CommentOutcome =
  | { action: 'created'; commentId: number }
  | { action: 'updated'; commentId: number }
  | { action: 'unchanged'; commentId: number };

/**
 * Creates the plan comment once, then updates it in place; leaves it alone when the body would not
 * change (no notification, no "edited" noise for reviewers).
 */
export async function upsertPlanComment(
  client: CommentClient,
  issueNumber: number,
  key: MarkerKey,
  content: string,
): Promise<CommentOutcome> {
  const marker = commentMarker(key);
  const body = composeCommentBody(marker, content);
  const [identity, comments] = await Promise.all([client.identity(), client.listComments(issueNumber)]);
  const existing = findOwnComment(comments, marker, identity);
  if (existing === undefined) {
    return { action: 'created', commentId: await client.createComment(issueNumber, body) };
  }
  // Bodies edited in the web UI come back with CRLF line ends: compare content, not line-end style.
  if (existing.body?.replace(/\r\n/g, '\n') === body) return { action: 'unchanged', commentId: existing.id };
  await client.updateComment(existing.id, body);
  return { action: 'updated', commentId: existing.id };
}
