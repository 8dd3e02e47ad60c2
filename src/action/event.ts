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
): PullRequestInfo | undefined {
  if (eventName === undefined || !PULL_REQUEST_EVENTS.has(eventName)) return undefined;
  const pullRequest = record(payload.pull_request);
  const number = pullRequest?.number ?? payload.number;
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number <= 0) return undefined;
  const headRepo = record(record(pullRequest?.head)?.repo);
  const baseRepo = record(record(pullRequest?.base)?.repo) ?? record(payload.repository);
  const headRepository = text(headRepo?.full_name) ?? null;
  const baseRepository = text(baseRepo?.full_name) ?? null;
  const fromFork =
    headRepo?.fork === true ||
    headRepository === null ||
    (baseRepository !== null && headRepository.toLowerCase() !== baseRepository.toLowerCase());
  return { number, headRepository, baseRepository, fromFork };
}

export type BranchCheck = { allowed: true; branch: string } | { allowed: false; reason: string };

/**
 * Apply changes production access, so it runs only from the default branch: `GITHUB_REF` must be
 * `refs/heads/<repository.default_branch>`. When the default branch cannot be read from the event, the
 * answer is no: guessing could apply an unreviewed branch.
 */
export function checkApplyBranch(ref: string | undefined, payload: Payload): BranchCheck {
  const defaultBranch = text(record(payload.repository)?.default_branch);
  const branch = ref?.startsWith('refs/heads/') === true ? ref.slice('refs/heads/'.length) : undefined;
  if (defaultBranch === undefined) {
    return {
      allowed: false,
      reason:
        'apply runs only on the default branch, and this event does not say which branch that is ' +
        '(no repository.default_branch in the event payload). Run apply on push to the default branch, ' +
        'or set the input apply-on-any-branch: true.',
    };
  }
  if (branch !== defaultBranch) {
    return {
      allowed: false,
      reason:
        `apply runs only on the default branch "${defaultBranch}", and this run is on ` +
        `${ref === undefined || ref === '' ? 'an unknown ref' : `"${ref}"`}. Merge the change first ` +
        '(apply on push to the default branch), or set the input apply-on-any-branch: true.',
    };
  }
  return { allowed: true, branch };
}
