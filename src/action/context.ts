/**
 * The workflow run's context, read from the runner's environment as `@actions/github`'s `context` reads
 * it. Read here so the action does not load `@actions/github` (Octokit and its dependencies) at
 * start-up: only a step that posts a comment loads it.
 */
import { existsSync, readFileSync } from 'node:fs';

export interface RunContext {
  eventName: string | undefined;
  /** The event's payload (GITHUB_EVENT_PATH), `{}` when there is none. */
  payload: Record<string, unknown>;
  ref: string | undefined;
  /** `owner/name` of the repository the workflow runs in, when the runner says. */
  repository: { owner: string; repo: string } | undefined;
  /** GitHub's REST API: GITHUB_API_URL (GitHub Enterprise Server), else api.github.com. */
  apiUrl: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readPayload(path: string | undefined, warn: (text: string) => void): Record<string, unknown> {
  if (path === undefined || path === '') return {};
  if (!existsSync(path)) {
    warn(`GITHUB_EVENT_PATH ${path} does not exist`);
    return {};
  }
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  return isRecord(parsed) ? parsed : {};
}

function repositoryOf(
  env: Record<string, string | undefined>,
  payload: Record<string, unknown>,
): RunContext['repository'] {
  const named = env.GITHUB_REPOSITORY;
  if (named !== undefined && named !== '') {
    const [owner = '', repo = ''] = named.split('/');
    return { owner, repo };
  }
  const repository = payload.repository;
  if (!isRecord(repository) || !isRecord(repository.owner)) return undefined;
  const { login } = repository.owner;
  const { name } = repository;
  return typeof login === 'string' && typeof name === 'string' ? { owner: login, repo: name } : undefined;
}

export function runContext(
  env: Record<string, string | undefined>,
  warn: (text: string) => void,
): RunContext {
  const payload = readPayload(env.GITHUB_EVENT_PATH, warn);
  return {
    eventName: env.GITHUB_EVENT_NAME,
    payload,
    ref: env.GITHUB_REF,
    repository: repositoryOf(env, payload),
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
  };
}
