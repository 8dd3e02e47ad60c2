/**
 * The drift issue's lifecycle (pure): which open issue is ours, and what to do with it this run.
 *
 * One issue per scheme folder, labelled `jira-permissions-drift`, found by a hidden marker on its first
 * line written by the token's own identity (as the plan comment is, so nobody can hijack it by pasting
 * the marker). The marker carries a digest of the drifted changes: the issue is edited only when the
 * drift itself changed, not because the audit window moved or a run happened.
 */
import { createHash } from 'node:crypto';

import { originKey } from '../drift/origin.js';
import type { DriftItem } from '../drift/explain.js';
import {
  GITHUB_COMMENT_LIMIT,
  findOwnComment,
  type CommentIdentity,
  type ExistingComment,
} from './comment.js';

export const DRIFT_LABEL = 'jira-permissions-drift';
export const DRIFT_MARKER_PREFIX = '<!-- jira-permissions-as-code:drift';

export interface DriftIssueKey {
  path?: string;
}

/** An open issue, as the list endpoint gives it (pull requests already left out). */
export interface ExistingIssue extends ExistingComment {
  number: number;
  title: string;
}

export type DriftIssueAction =
  | { action: 'create'; title: string; body: string }
  | { action: 'update'; number: number; title: string; body: string }
  | { action: 'unchanged'; number: number }
  | { action: 'close'; number: number; comment: string }
  | { action: 'none' };

/** Who changed what, in a form that does not move with time: the change and the audit record it has. */
export function driftDigest(items: readonly DriftItem[]): string {
  const lines = items
    .map((item) =>
      JSON.stringify([
        originKey(item.change),
        item.changedBy?.accountId ?? item.changedBy?.name ?? '',
        item.changedBy?.at ?? '',
      ]),
    )
    .sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16);
}

/** `encodeURIComponent` keeps no `>`, so no value can close the HTML comment. */
export function driftMarker(key: DriftIssueKey, digest?: string): string {
  const path = key.path === undefined || key.path === '' ? '' : ` path=${encodeURIComponent(key.path)}`;
  return `${DRIFT_MARKER_PREFIX}${path}${digest === undefined ? '' : ` digest=${digest}`} -->`;
}

function firstLine(body: string | null | undefined): string {
  const text = body ?? '';
  const end = text.indexOf('\n');
  return (end === -1 ? text : text.slice(0, end)).trim();
}

/** The marker of `body` without its digest, and the digest. */
function parseMarker(body: string | null | undefined): { base: string; digest?: string } | undefined {
  const line = firstLine(body);
  if (!line.startsWith(DRIFT_MARKER_PREFIX) || !line.endsWith('-->')) return undefined;
  const match = / digest=([0-9a-f]+) -->$/.exec(line);
  return match === null
    ? { base: line }
    : { base: line.replace(/ digest=[0-9a-f]+ -->$/, ' -->'), digest: match[1] ?? '' };
}

/** Our open drift issue for this folder: the oldest with our marker, written by us. */
export function findDriftIssue(
  issues: readonly ExistingIssue[],
  key: DriftIssueKey,
  identity: CommentIdentity,
): ExistingIssue | undefined {
  const wanted = driftMarker(key);
  const candidates = issues
    .filter((issue) => parseMarker(issue.body)?.base === wanted)
    .sort((a, b) => a.number - b.number)
    // findOwnComment matches the first line exactly: give it the marker without the digest.
    .map((issue) => ({ ...issue, body: wanted }));
  const ours = findOwnComment(candidates, wanted, identity);
  return ours === undefined ? undefined : issues.find((issue) => issue.number === ours.number);
}

function issueBody(marker: string, content: string): string {
  const body = `${marker}\n${content.endsWith('\n') ? content : `${content}\n`}`;
  return body.length < GITHUB_COMMENT_LIMIT ? body : `${body.slice(0, GITHUB_COMMENT_LIMIT - 200)}\n\n…\n`;
}

export interface DriftIssueInput {
  key: DriftIssueKey;
  existing: ExistingIssue | undefined;
  /** The drifted changes; empty when Jira matches the files. */
  items: readonly DriftItem[];
  title: string;
  /** The issue's Markdown (escaped already), written when the drift is new or changed. */
  content: string;
  /** The closing comment's Markdown, for when the drift is gone. */
  closing: string;
}

export function planDriftIssue(input: DriftIssueInput): DriftIssueAction {
  const { existing } = input;
  if (input.items.length === 0) {
    return existing === undefined
      ? { action: 'none' }
      : { action: 'close', number: existing.number, comment: input.closing };
  }
  const digest = driftDigest(input.items);
  const body = issueBody(driftMarker(input.key, digest), input.content);
  if (existing === undefined) return { action: 'create', title: input.title, body };
  if (parseMarker(existing.body)?.digest === digest) return { action: 'unchanged', number: existing.number };
  return { action: 'update', number: existing.number, title: input.title, body };
}
