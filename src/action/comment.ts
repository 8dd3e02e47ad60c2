/**
 * The one pull-request comment a plan lives in (pure: which comment is ours, what its body is).
 *
 * A comment is ours when its body starts with our hidden marker AND it was written by the token's own
 * identity. The marker carries the scheme folder and settings file when they are not the defaults, so
 * several workflows (one per folder) each keep their own comment. The identity check means nobody can
 * hijack the comment by pasting the marker into theirs.
 */

export const MARKER_PREFIX = '<!-- jira-permissions-as-code:plan';

/** GitHub refuses comment bodies longer than this (characters). */
export const GITHUB_COMMENT_LIMIT = 65_536;

export interface MarkerKey {
  path?: string;
  settings?: string;
}

const DEFAULT_SETTINGS_PATH = '.jira-permissions.yml';

/** `encodeURIComponent` keeps `-` and `!` but encodes `>`, so no value can close the HTML comment. */
function attribute(name: string, value: string): string {
  return ` ${name}=${encodeURIComponent(value)}`;
}

export function commentMarker(key: MarkerKey): string {
  let marker = MARKER_PREFIX;
  if (key.path !== undefined && key.path !== '') marker += attribute('path', key.path);
  if (key.settings !== undefined && key.settings !== DEFAULT_SETTINGS_PATH) {
    marker += attribute('settings', key.settings);
  }
  return `${marker} -->`;
}

/** Who wrote a comment, as the list endpoint gives it. */
export interface CommentAuthor {
  login: string;
  type?: string;
}

export interface ExistingComment {
  id: number;
  body?: string | null;
  user?: CommentAuthor | null;
}

/**
 * Whose comments count as ours:
 * - `login`: the token's own account (`GET /user` answered).
 * - `bot`: `GET /user` is not open to GitHub App installation tokens (the default `GITHUB_TOKEN` is
 *   one), so a comment by any bot account counts; people cannot post as a bot. The default token's
 *   bot, `github-actions[bot]`, is preferred when several bots carry the marker.
 * - `unknown`: the API has no `GET /user` at all (a GitHub-compatible stand-in; GitHub always has it):
 *   the marker alone decides, bot comments first.
 */
export type CommentIdentity = { kind: 'login'; login: string } | { kind: 'bot' } | { kind: 'unknown' };

export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

function firstLine(body: string): string {
  const end = body.indexOf('\n');
  return end === -1 ? body : body.slice(0, end);
}

/** GitHub marks bot accounts with type "Bot" and a "[bot]" suffix on the login (people cannot use `[`). */
function isBot(user: CommentAuthor): boolean {
  return user.type === 'Bot' || user.login.toLowerCase().endsWith('[bot]');
}

function isOurs(comment: ExistingComment, identity: CommentIdentity): boolean {
  if (identity.kind === 'unknown') return true;
  const user = comment.user;
  if (user === undefined || user === null) return false;
  if (identity.kind === 'login') return user.login.toLowerCase() === identity.login.toLowerCase();
  return isBot(user);
}

/** The oldest comment carrying exactly this marker on its first line, written by us. */
export function findOwnComment<T extends ExistingComment>(
  comments: readonly T[],
  marker: string,
  identity: CommentIdentity,
): T | undefined {
  const candidates = comments.filter(
    (comment) => typeof comment.body === 'string' && firstLine(comment.body).trim() === marker,
  );
  const ours = candidates.filter((comment) => isOurs(comment, identity));
  if (identity.kind === 'bot' || identity.kind === 'unknown') {
    const actionsBot = ours.find((comment) => comment.user?.login === ACTIONS_BOT_LOGIN);
    if (actionsBot !== undefined) return actionsBot;
  }
  if (identity.kind === 'unknown') {
    const bot = ours.find(
      (comment) => comment.user !== undefined && comment.user !== null && isBot(comment.user),
    );
    if (bot !== undefined) return bot;
  }
  return ours[0];
}

const TRUNCATION_NOTICE =
  "\n\n> [!WARNING]\n> This comment was cut to fit GitHub's comment size limit. The full plan is in the " +
  "workflow run's job summary and in its plan file.\n";

/**
 * Marker line, then the content, kept under GitHub's limit. The renderer is asked for a size that fits;
 * this is the last line of defence, cutting at a line boundary and saying so.
 */
export function composeCommentBody(marker: string, content: string, limit = GITHUB_COMMENT_LIMIT): string {
  const body = `${marker}\n${content.endsWith('\n') ? content : `${content}\n`}`;
  if (body.length < limit) return body;
  const room = limit - 1 - TRUNCATION_NOTICE.length - 200;
  let cut = body.slice(0, room);
  const lastBreak = cut.lastIndexOf('\n');
  if (lastBreak > marker.length) cut = cut.slice(0, lastBreak);
  // An unclosed code fence would swallow the notice.
  const fences = cut.match(/^```/gm)?.length ?? 0;
  if (fences % 2 === 1) cut += '\n```';
  const openDetails = (cut.match(/<details>/g)?.length ?? 0) - (cut.match(/<\/details>/g)?.length ?? 0);
  for (let index = 0; index < openDetails; index++) cut += '\n</details>';
  return `${cut}${TRUNCATION_NOTICE}`;
}

/** How much room the content has once the marker line is added. */
export function contentBudget(marker: string, limit = GITHUB_COMMENT_LIMIT): number {
  return limit - marker.length - 2;
}
