/**
 * What the action needs to know about the workflow event, read from the event payload (pure: the
 * payload and the environment are arguments).
 */

export interface PullRequestInfo {
  number: number;
  /** `owner/name` of the repository the pull request's branch lives in (null: the fork was deleted). */
  headRepository: string | null;
  baseRepository: string | null;
  /** True when the branch lives in another repository: the workflow then gets no secrets. */
  fromFork: boolean;
}

type Payload = Record<string, unknown>;

function record(value: unknown): Payload | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Payload)
    : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/**
 * Events named for pull requests. `pull_request_target` is the dangerous one: it runs the base branch's
 * workflow with the base repository's secrets and a write token, for a pull request from anyone, and a
 * workflow may check out the pull request's head there.
 */
export const PULL_REQUEST_EVENTS: ReadonlySet<string> = new Set(['pull_request', 'pull_request_target']);

/**
 * Whether the run was started by a pull request: `pull_request`, `pull_request_target`, or any other
 * event whose payload carries a `pull_request` (reviews, review comments, comments on a pull request).
 * Such a run may be working on
 * files a contributor wrote, so apply never runs on it.
 */
export function isPullRequestEvent(eventName: string | undefined, payload: Payload): boolean {
  if (eventName !== undefined && PULL_REQUEST_EVENTS.has(eventName)) return true;
  // A comment on a pull request (`issue_comment`) carries it under `issue`.
  return (
    record(payload.pull_request) !== undefined || record(record(payload.issue)?.pull_request) !== undefined
  );
}

export function pullRequestInfo(
  eventName: string | undefined,
  payload: Payload,
  /** `owner/name` the workflow runs in (`GITHUB_REPOSITORY`), when the payload does not say. */
  runnerRepository?: string,
): PullRequestInfo | undefined {
  // The events about the pull request itself; another event that carries one (a push does not) is
  // still a pull-request event for `untrustedHead`, which then trusts nothing it cannot see.
  if (eventName?.startsWith('pull_request') !== true) return undefined;
  const pullRequest = record(payload.pull_request);
  const number = pullRequest?.number ?? payload.number;
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number <= 0) return undefined;
  const head = record(pullRequest?.head);
  const headRepo = record(head?.repo);
  const baseRepo = record(record(pullRequest?.base)?.repo) ?? record(payload.repository);
  const headRepository = text(headRepo?.full_name) ?? null;
  const baseRepository =
    text(baseRepo?.full_name) ??
    (runnerRepository === undefined || runnerRepository === '' ? null : runnerRepository);
  return {
    number,
    headRepository,
    baseRepository,
    fromFork: isFromFork(head, headRepo, headRepository, baseRepository),
  };
}

/**
 * Why this pull-request run must not use the Jira credentials on the checked-out files, or undefined
 * when it may: the head is in another repository (a fork), or, on an event that runs with the base
 * repository's secrets (anything but `pull_request`), the payload does not say where the head lives.
 * Unknown is not trusted there: a hand-made or truncated payload must not open the door.
 */
export function untrustedHead(
  eventName: string | undefined,
  payload: Payload,
  pullRequest: PullRequestInfo | undefined,
): 'fork' | 'unknown-head' | undefined {
  if (!isPullRequestEvent(eventName, payload)) return undefined;
  if (pullRequest?.fromFork === true) return 'fork';
  const knowsHead =
    pullRequest !== undefined && pullRequest.headRepository !== null && pullRequest.baseRepository !== null;
  if (eventName !== 'pull_request' && !knowsHead) return 'unknown-head';
  return undefined;
}

/**
 * Apply writes to Jira with an administrator's token; a pull-request run may hold a contributor's files
 * (with `pull_request_target`, even a fork's, with the secrets). Apply belongs to the default branch
 * after review and merge, so it refuses every pull-request event, whatever `apply-on-any-branch` says.
 */
export function refuseApplyOnPullRequest(
  eventName: string | undefined,
  payload: Payload,
): string | undefined {
  if (!isPullRequestEvent(eventName, payload)) return undefined;
  return (
    `apply does not run on pull-request events (this run is "${eventName ?? 'unknown'}"): their files ` +
    "can be a contributor's, and pull_request_target even gives a fork's files the secrets. " +
    'Run apply on push to the default branch, after the pull request is merged; use command: plan on ' +
    'pull requests.'
  );
}

/**
 * A pull request is from a fork when its branch lives in another repository than the base. GitHub
 * sends `head.repo: null` when the fork was deleted: a fork too. `head.repo.fork` alone says only that
 * the head repository is itself a fork of something (it is also true for a pull request between two
 * branches of one forked repository), so it decides only when the base repository is unknown. A
 * payload without any head repository (not one GitHub sends) gives no sign of a fork.
 */
function isFromFork(
  head: Payload | undefined,
  headRepo: Payload | undefined,
  headRepository: string | null,
  baseRepository: string | null,
): boolean {
  if (head !== undefined && 'repo' in head && head.repo === null) return true;
  if (headRepository !== null && baseRepository !== null) {
    return headRepository.toLowerCase() !== baseRepository.toLowerCase();
  }
  return headRepo?.fork === true;
}

export type BranchCheck =
  { allowed: true; branch: string; note?: string } | { allowed: false; reason: string };

/** The names GitHub and git give a new repository's default branch. */
const CONVENTIONAL_DEFAULT_BRANCHES = ['main', 'master'];

/**
 * Apply changes production access, so it runs only from the default branch: `GITHUB_REF` must be
 * `refs/heads/<repository.default_branch>`. Every event GitHub sends names the default branch; when a
 * payload does not (a hand-made run), only `main` or `master` pass, and the answer says it assumed so.
 */
export function checkApplyBranch(ref: string | undefined, payload: Payload): BranchCheck {
  const defaultBranch = text(record(payload.repository)?.default_branch);
  const branch = ref?.startsWith('refs/heads/') === true ? ref.slice('refs/heads/'.length) : undefined;
  const onRef = ref === undefined || ref === '' ? 'an unknown ref' : `"${ref}"`;
  if (defaultBranch === undefined) {
    if (branch !== undefined && CONVENTIONAL_DEFAULT_BRANCHES.includes(branch)) {
      return {
        allowed: true,
        branch,
        note:
          `the event payload does not name the default branch (no repository.default_branch); ` +
          `applying on "${branch}", taken as the default branch.`,
      };
    }
    return {
      allowed: false,
      reason:
        'apply runs only on the default branch, and this event does not say which branch that is ' +
        `(no repository.default_branch in the event payload), while this run is on ${onRef}, not main or ` +
        'master. Run apply on push to the default branch, or set the input apply-on-any-branch: true.',
    };
  }
  if (branch !== defaultBranch) {
    return {
      allowed: false,
      reason:
        `apply runs only on the default branch "${defaultBranch}", and this run is on ${onRef}. ` +
        'Merge the change first (apply on push to the default branch), or set the input ' +
        'apply-on-any-branch: true.',
    };
  }
  return { allowed: true, branch };
}
