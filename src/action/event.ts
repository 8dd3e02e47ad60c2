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

/** Pull-request events whose run can comment on the pull request. */
export const PULL_REQUEST_EVENTS: ReadonlySet<string> = new Set(['pull_request']);

export function pullRequestInfo(
  eventName: string | undefined,
  payload: Payload,
  /** `owner/name` the workflow runs in (`GITHUB_REPOSITORY`), when the payload does not say. */
  runnerRepository?: string,
): PullRequestInfo | undefined {
  if (eventName === undefined || !PULL_REQUEST_EVENTS.has(eventName)) return undefined;
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
