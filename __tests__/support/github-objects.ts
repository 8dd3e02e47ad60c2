/**
 * The JSON objects GitHub's REST API answers with (users, repositories, pull requests, issues,
 * labels, comments), shaped per `__tests__/reference/github-rest-comments-subset.json`. Pure functions
 * of the stand-in's stored state; `github-stub.ts` serves them.
 */

export type Json = Record<string, unknown>;

export const API = 'https://api.github.com';
export const FIXED_TIME = '2026-01-01T00:00:00Z';

export function simpleUser(login: string, type: string, id: number): Json {
  const api = `${API}/users/${encodeURIComponent(login)}`;
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

export function publicUser(login: string, type: string, id: number): Json {
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

export function repositoryObject(fullName: string, defaultBranch: string, fork: boolean, id: number): Json {
  const [owner = 'owner', name = 'repo'] = fullName.split('/');
  const api = `${API}/repos/${fullName}`;
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

/** A label as GitHub describes one; ids are stable per name within a stand-in. */
export function labelObject(repository: string, name: string, id: number): Json {
  return {
    id,
    node_id: `LA_${id}`,
    url: `${API}/repos/${repository}/labels/${encodeURIComponent(name)}`,
    name,
    description: null,
    color: 'ededed',
    default: false,
  };
}

export interface IssueView {
  repository: string;
  number: number;
  id: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  stateReason: 'completed' | 'not_planned' | 'duplicate' | 'reopened' | null;
  labels: Json[];
  user: Json;
  comments: number;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  /** Set for pull requests: every pull request is an issue too. */
  pullRequest?: { mergedAt: string | null };
}

/** An issue (or a pull request seen as an issue) in the `issue` shape. */
export function issueObject(view: IssueView): Json {
  const api = `${API}/repos/${view.repository}`;
  const html = `https://github.com/${view.repository}/${view.pullRequest === undefined ? 'issues' : 'pull'}/${view.number}`;
  const out: Json = {
    id: view.id,
    node_id: `I_${view.id}`,
    url: `${api}/issues/${view.number}`,
    repository_url: api,
    labels_url: `${api}/issues/${view.number}/labels{/name}`,
    comments_url: `${api}/issues/${view.number}/comments`,
    events_url: `${api}/issues/${view.number}/events`,
    html_url: html,
    number: view.number,
    state: view.state,
    state_reason: view.stateReason,
    title: view.title,
    body: view.body,
    user: view.user,
    labels: view.labels,
    assignee: null,
    assignees: [],
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments: view.comments,
    closed_at: view.closedAt,
    created_at: view.createdAt,
    updated_at: view.updatedAt,
    closed_by: null,
    author_association: 'MEMBER',
    timeline_url: `${api}/issues/${view.number}/timeline`,
  };
  if (view.pullRequest !== undefined) {
    out['pull_request'] = {
      url: `${api}/pulls/${view.number}`,
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      merged_at: view.pullRequest.mergedAt,
    };
    out['draft'] = false;
  }
  return out;
}

export interface PullView {
  repository: string;
  headRepository: string;
  defaultBranch: string;
  number: number;
  title: string;
  headRef: string;
  headSha: string;
  state: 'open' | 'closed';
  mergedAt: string | null;
  mergeCommitSha: string | null;
  labels: Json[];
  author: Json;
  comments: number;
}

/** `pull-request-simple`: what lists of pull requests hold (`/commits/{sha}/pulls`). */
export function pullRequestSimple(view: PullView): Json {
  const fork = view.headRepository !== view.repository;
  const api = `${API}/repos/${view.repository}`;
  const html = `https://github.com/${view.repository}/pull/${view.number}`;
  const link = (href: string) => ({ href });
  const statuses = `${api}/statuses/${view.headSha}`;
  return {
    url: `${api}/pulls/${view.number}`,
    id: 90_000 + view.number,
    node_id: `PR_${view.number}`,
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${api}/issues/${view.number}`,
    commits_url: `${api}/pulls/${view.number}/commits`,
    review_comments_url: `${api}/pulls/${view.number}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${api}/issues/${view.number}/comments`,
    statuses_url: statuses,
    number: view.number,
    state: view.state,
    locked: false,
    title: view.title,
    user: view.author,
    body: null,
    labels: view.labels,
    milestone: null,
    active_lock_reason: null,
    created_at: FIXED_TIME,
    updated_at: view.mergedAt ?? FIXED_TIME,
    closed_at: view.state === 'closed' ? (view.mergedAt ?? FIXED_TIME) : null,
    merged_at: view.mergedAt,
    merge_commit_sha: view.mergeCommitSha,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: {
      label: `${view.headRepository.split('/')[0] ?? ''}:${view.headRef}`,
      ref: view.headRef,
      repo: repositoryObject(view.headRepository, view.defaultBranch, fork, fork ? 43 : 42),
      sha: view.headSha,
      user: view.author,
    },
    base: {
      label: `${view.repository.split('/')[0] ?? ''}:${view.defaultBranch}`,
      ref: view.defaultBranch,
      repo: repositoryObject(view.repository, view.defaultBranch, false, 42),
      sha: '0000000000000000000000000000000000000001',
      user: view.author,
    },
    _links: {
      self: link(`${api}/pulls/${view.number}`),
      html: link(html),
      issue: link(`${api}/issues/${view.number}`),
      comments: link(`${api}/issues/${view.number}/comments`),
      review_comments: link(`${api}/pulls/${view.number}/comments`),
      review_comment: link(`${api}/pulls/comments{/number}`),
      commits: link(`${api}/pulls/${view.number}/commits`),
      statuses: link(statuses),
    },
    author_association: 'MEMBER',
    auto_merge: null,
    draft: false,
  };
}

/** `pull-request`: one pull request, with the fields only a single answer has. */
export function pullRequestFull(view: PullView): Json {
  return {
    ...pullRequestSimple(view),
    merged: view.mergedAt !== null,
    mergeable: view.state === 'open' ? true : null,
    rebaseable: view.state === 'open' ? true : null,
    mergeable_state: view.state === 'open' ? 'clean' : 'unknown',
    merged_by: null,
    comments: view.comments,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: 1,
    additions: 1,
    deletions: 0,
    changed_files: 1,
  };
}
